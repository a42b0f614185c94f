"""Clip art (cast/clipart.py): names read from titles and file names, drawings that lie off their
page, the cut-out test, the index over a small folder of real SVGs; the cast of a thing only clip art shows
(an anvil) cast from Debian's openclipart-svg is in test_things.py."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from storyreel.cast import clipart, sprites, things
from storyreel.errors import StoryreelError


def _svg(body: str, title: str = "", creator: str = "", keywords: tuple[str, ...] = (),
         size: str = 'width="100" height="100"') -> str:
    meta = (f"<metadata><rdf:RDF><cc:Work><dc:title>{title}</dc:title><dc:creator><cc:Agent><dc:title>{creator}"
            f"</dc:title></cc:Agent></dc:creator><dc:subject><rdf:Bag>"
            + "".join(f"<rdf:li>{k}</rdf:li>" for k in keywords) + "</rdf:Bag></dc:subject></cc:Work></rdf:RDF>"
            "</metadata>")
    return (f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
            f'xmlns:cc="http://web.resource.org/cc/" xmlns:dc="http://purl.org/dc/elements/1.1/" {size}>'
            f"{meta}{body}</svg>")


@pytest.mark.parametrize("title, stem, creator, name", [
    ("Desk Lamp", "desk_lamp_gerald_g._01", "Gerald G.", "desk lamp"),
    ("R15 General", "blacksmith_anvil_ganson", "Gerald G.", "blacksmith anvil"),  # a contest title, a signature
    ("Clipart by Nicu Buculei - bee", "umbrella", "Nicu Buculei", "umbrella"),
    ("RoundPointShovel", "roundpointshovel_benji_p_01", "Benji Park", "round point shovel"),
    ("boat2", "boat_jarno_vasamaa1", "Jarno Vasamaa", "boat"),
    ("Loaf of bread", "bread", "", "loaf of bread"),
    ("AIGA_Symbol_Signs", "aiga_bus1", "", "aiga bus"),
    ("Etiquette Icons", "", "Someone", None),
])
def test_a_drawing_is_named_by_its_title_or_its_file_name(title, stem, creator, name):
    assert clipart.name_of(title, stem, creator, frozenset({"ganson"})) == name


def test_a_word_ending_many_files_of_one_creator_is_a_signature_not_a_thing():
    stems = [("blacksmith_anvil_ganson", "Gerald G."), ("coffee_ganson", "Gerald G."),
             ("oboe_ganson", "Gerald G."), ("fall_tree", "A"), ("cartoon_tree", "B"), ("christmas_tree", "C"),
             ("two_tree", "A")]
    assert clipart.signatures(stems) == frozenset({"ganson"})


def test_a_drawing_off_its_page_is_drawn_whole_and_cropped():
    # Old Inkscape files often draw beside their page; the page is widened, then cropped.
    svg = _svg('<rect x="150" y="-80" width="60" height="30" fill="#c00"/>', size='width="100pt" height="80.000pt"')
    image = clipart.rasterise(svg, 100)
    assert image.width > image.height > 0
    alpha = np.asarray(image.getchannel("A"))
    assert alpha[1:-1, 1:-1].min() > 200  # cropped to the red rectangle (its edges antialiased)
    assert np.asarray(image)[..., 0].mean() > 150


def test_only_cut_outs_on_a_clear_ground_are_kept():
    circle = clipart.rasterise(_svg('<circle cx="50" cy="50" r="40" fill="#0a0"/>'), 96)
    framed = clipart.rasterise(_svg('<rect width="100" height="100" fill="#eee"/><circle cx="50" cy="50" r="20"/>'),
                               96)
    speck = clipart.rasterise(_svg('<circle cx="50" cy="50" r="0.3"/>'), 96)
    assert clipart.is_cutout(circle)
    assert not clipart.is_cutout(framed)
    assert not clipart.is_cutout(speck)


def test_the_index_of_a_folder_keeps_distinct_usable_named_drawings(tmp_path):
    root = tmp_path / "svg"
    (root / "tools").mkdir(parents=True)
    (root / "food").mkdir()
    (root / "computer").mkdir()
    anvil = _svg('<path d="M10 30 H90 L70 50 V80 H30 V50 Z" fill="#555"/>', "Anvil", "Smith", ("tool", "forge"))
    (root / "tools" / "anvil_smith_01.svg").write_text(anvil)
    (root / "tools" / "anvil_copy.svg").write_text(anvil)  # the package files one drawing twice
    (root / "tools" / "anvil_bw_smith.svg").write_text(_svg('<circle cx="50" cy="50" r="30"/>', "Anvil (B and W)"))
    (root / "food" / "bread.svg").write_text(_svg('<ellipse cx="50" cy="60" rx="40" ry="20" fill="#c84"/>', "Bread"))
    (root / "computer" / "icon.svg").write_text(_svg('<circle cx="50" cy="50" r="30"/>', "Anvil icon"))
    (root / "tools" / "frame.svg").write_text(_svg('<rect width="100" height="100" fill="#fff"/>', "Frame"))
    (root / "tools" / "broken.svg").write_text("<svg")
    art = clipart.load(tmp_path / "cache", root)
    drawings = {g.name: g for g in art.catalogue.glyphs}
    assert set(drawings) == {"anvil", "bread"}
    assert drawings["anvil"].char == "tools/anvil_copy.svg" and drawings["anvil"].pools == {"thing"}
    assert drawings["bread"].pools == {"food"}
    assert art.keywords["tools/anvil_copy.svg"] == ("tool", "forge")
    assert clipart.index_path(tmp_path / "cache").is_file()
    picture = art.render("tools/anvil_copy.svg", art.sha256["tools/anvil_copy.svg"], 200)
    assert 150 <= picture.width <= 210 and picture.getchannel("A").getextrema()[1] == 255
    # A drawing that changed since it was cast is refused, not drawn as whatever it is now.
    (root / "tools" / "anvil_copy.svg").write_text(anvil.replace("#555", "#f00"))
    with pytest.raises(StoryreelError, match="not the drawing cast"):
        art.render("tools/anvil_copy.svg", art.sha256["tools/anvil_copy.svg"])
    clipart._load.cache_clear()


def test_a_missing_package_gives_no_clip_art(tmp_path):
    assert clipart.load(tmp_path / "cache", tmp_path / "nowhere") is None


@pytest.mark.parametrize("noun, name, said, shows", [
    ("anvil", "blacksmith anvil", "An old anvil.", True),
    ("ring", "onion rings", "An iron mooring ring.", False),   # another thing before the head
    ("key", "piano keys", "A ring of keys.", False),
    ("lamp", "desk lamp", "A lamp.", True),                    # a desk is no thing the art shows here
    ("wheel", "sunwheel", "A ship's wheel.", False),           # a compound: sun + wheel
    ("bread", "loaf of bread", "A loaf of bread.", True),
    ("bread", "bread and wine", "Bread.", False),              # its head is wine
    ("castle", "sand castle", "A castle of sand.", True),      # the sand is said
    ("lighthouse", "lighthouse", "Leuchtturm aus Sand", False),  # a figure of sand is no lighthouse
    ("lighthouse", "lighthouse", "A red lighthouse.", True),
    ("can", "pop can", "A green watering can.", False),       # the story's compound is not the art's
    ("can", "can", "A watering can.", False),
    ("anvil", "blacksmith anvil", "A heavy iron anvil.", True),  # a material is no compound
    ("box", "box", "A cake box.", False),                         # cake is a thing: a cake box is its own kind
])
def test_clip_art_shows_a_thing_only_when_its_name_says_that_thing(noun, name, said, shows):
    ranked = [(0.5, things.Glyph(f"x/{name}.svg", name, frozenset({"thing"})))]
    known = frozenset({"onion", "piano", "sun", "wine", "sand", "lighthouse", "bread", "cake"})
    hits = things.clipart_showing(noun, ranked, said, known, frozenset({"lighthouse", "lion"}))
    assert bool(hits) is shows


@pytest.mark.parametrize("text, material", [
    ("Leuchtturm aus Sand", "sand"), ("a lion of glass", "glass"), ("ガラスのライオン", "glass"),
    ("un bateau en papier", "paper"), ("a red lighthouse", None),
])
def test_the_material_a_figure_is_made_of_is_read_in_several_languages(text, material):
    assert things.made_of(text) == material


def test_the_colour_said_before_the_noun_recolours_the_drawing():
    assert sprites.colour_said("A small red sledge with a blue rope.", "sledge") == sprites.COLOUR_HUES["red"]
    assert sprites.colour_said("A sledge, painted green.", "sledge") == sprites.COLOUR_HUES["green"]
    assert sprites.colour_said("An old anvil.", "anvil") is None
