"""Things drawn only by art whose own labels say what they are (storyreel/cast/things.py), the
emoji's labels installed from emojilib (cast/labels.py), and a thing no art shows left out."""

import json

import pytest

from storyreel.cast import REGISTRY, glyphs, labels, things
from storyreel.embed import embed
from storyreel.evaluate.depiction import scene_depiction
from storyreel.script import Script

from conftest import with_set_up_art


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return with_set_up_art(tmp_path_factory.mktemp("things-cache"))


@pytest.fixture(scope="module")
def catalogue(cache):
    return glyphs.load_catalogue(cache)


@pytest.mark.parametrize("text, noun", [
    ("A small fishing boat.", "boat"), ("A pair of tiny blue skis.", "ski"), ("A loaf of bread.", "bread"),
    ("Dough baskets.", "basket"), ("A flat tyre.", "tire"), ("A cake box with a ribbon.", "box"),
    ("Some berries.", "berry"), ("Two kitchen knives.", "knife"), ("A material.", None), ("An object.", None),
    ("A wooden bucket of water.", "bucket"), ("A ring of keys.", "key"), ("A cup of hot coffee.", "cup"),
    ("A kind of drum.", "drum"),
])
def test_the_noun_a_description_gives_a_thing(text, noun):
    assert things.noun_of(text) == noun


def test_how_plainly_a_glyph_shows_a_noun():
    assert things.depicts("boat", "sailboat") == 3 and things.depicts("boat", "motor boat") == 3
    assert things.depicts("bus", "bus") == 3 and things.depicts("bus", "bus stop") == 2
    assert things.depicts("torch", "flashlight", ("flashlight", "light", "torch")) == 1
    assert things.depicts("kite", "red apple", ("fruit", "mac", "school")) == 0
    assert things.depicts("lamp", "clamp") == 0 and things.depicts("boat", "speedboat") == 3  # c+lamp is no compound
    # a compound starts with a word of its own: air+plane is a plane, airc+raft no raft (a raft was drawn as one)
    assert things.depicts("plane", "airplane") == 3 and things.depicts("raft", "aircraft") == 0


def test_the_emoji_labels_are_installed_and_verified(cache):
    table = labels.keywords(cache)
    assert "kite" in labels.of(table, "\U0001FA81") and "torch" in labels.of(table, "\U0001F526")
    assert labels.of(table, "\u2692\ufe0f") == labels.of(table, "\u2692")  # with or without the selector


def test_a_missing_or_damaged_label_file_says_how_to_set_it_up(tmp_path):
    from storyreel.errors import StoryreelError, ToolMissingError

    with pytest.raises(ToolMissingError, match="make setup"):
        labels.keywords(tmp_path)
    labels.path(tmp_path).parent.mkdir(parents=True)
    labels.path(tmp_path).write_text('{"x": ["y"]}', encoding="utf-8")
    with pytest.raises(StoryreelError, match="damaged"):
        labels.keywords(tmp_path)


def shown(catalogue, cache, noun, text, least=1):
    full, part = embed([text, text])
    pool = ("thing", "food", "plant")
    return [g.name for _, g in things.showing(noun, catalogue.rank(full, part[None, :], pool, top=len(catalogue)),
                                              labels.keywords(cache), least, said=text)]


def test_only_art_that_shows_the_thing_is_offered(catalogue, cache):
    assert shown(catalogue, cache, "kite", "A red kite.")[0] == "kite"
    assert shown(catalogue, cache, "anvil", "A heavy anvil.") == []  # nothing shows it: missing
    assert "flashlight" in shown(catalogue, cache, "torch", "An old torch.")  # a keyword says it
    boats = shown(catalogue, cache, "boat", "A little red boat.")
    assert boats and all("boat" in name for name in boats) and "anchor" not in boats
    assert shown(catalogue, cache, "can", "A watering can.", least=2) == []  # only a keyword: not the model's word
    assert "flying saucer" not in shown(catalogue, cache, "saucer", "A saucer of warm milk.")  # a UFO had been drawn
    assert "flying saucer" in shown(catalogue, cache, "saucer", "A flying saucer.")
    assert things.another_kind("pole", "fishing pole", "A long pole.") and \
        not things.another_kind("pole", "fishing pole", "His fishing pole.")


def test_a_keyword_alone_shows_a_thing_only_when_it_means_the_same(catalogue, cache):
    def with_meaning(noun, text):
        full, part = embed([text, text])
        return [g.name for _, g in things.showing(noun, catalogue.rank(full, part[None, :], ("thing", "food", "plant"),
                                                                      top=len(catalogue)), labels.keywords(cache),
                                                  embed=embed)]

    assert "flashlight" in with_meaning("torch", "An old torch.")  # a synonym
    assert "wheel" in with_meaning("tire", "A flat tyre.")
    assert with_meaning("sheet", "An old sheet.") == []  # sheet music is no bed sheet
    assert with_meaning("sand", "Wet sand.") == []  # an hourglass is no sand


def script_of(*objects, language="en"):
    return Script(title="T", width=320, height=180, language=language, entities=[
        *({"id": i, "name": n, "kind": "object", "description": d} for i, n, d in objects),
        {"id": "field", "name": "field", "kind": "location", "description": "A green field."}],
        scenes=[{"id": "s1", "description": "x", "narration": "Mia flew her kite and fixed the anvil.",
                 "duration_s": 2.0, "background": "field", "entities": [i for i, _, _ in objects]}])


def test_the_cast_never_draws_a_thing_as_another_and_records_what_it_left_out(cache, tmp_path):
    from PIL import Image

    from storyreel.animatic.renderer import SceneRenderer
    from storyreel.cast import sprites
    from storyreel.project import Project

    script = script_of(("kite", "kite", "A red kite."), ("anvil", "anvil", "A heavy iron anvil."),
                       ("can", "watering can", "A green watering can."),
                       ("barrel", "barrel", "A big red barrel."))
    cast = REGISTRY.create("emoji", cache_dir=cache, config=None)
    looks = cast.plan(script)
    assert looks["kite"]["glyph_name"] == "kite" and looks["kite"]["noun"] == "kite"
    assert "kite" in looks["kite"]["labels"]
    # No emoji shows an anvil or a barrel: the installed clip art does, named so, the barrel in red.
    assert looks["anvil"]["art"] == "openclipart" and things.depicts("anvil", looks["anvil"]["glyph_name"]) == 3
    assert looks["anvil"]["labels"][0] == looks["anvil"]["glyph_name"] and len(looks["anvil"]["sha256"]) == 64
    assert looks["barrel"]["art"] == "openclipart" and looks["barrel"]["hue"] == sprites.COLOUR_HUES["red"]
    # No art at all shows a watering can: left out, never a can of pop.
    assert looks["can"] == {"kind": "object", "missing": True, "noun": "can"}
    project = Project(tmp_path / "film")
    project.ensure()
    for entity in script.entities:
        cast.make(entity, looks[entity.id], script, project, project.cast(entity.id))
    anvil = Image.open(project.cast("anvil"))
    assert anvil.mode == "RGBA" and anvil.height > 300 and anvil.getchannel("A").getextrema() == (0, 255)
    (project.root / "cast" / "looks.json").write_text(json.dumps({"key": "test", "looks": looks}))
    r = SceneRenderer(script, project, script.scenes[0], 2)
    assert [p.entity_id for p in r.placements] == ["kite", "anvil", "barrel"]  # the can takes no place
    drawn = r.drawn()
    assert drawn["entities"]["can"] == {"glyph": None, "glyph_name": None, "missing": "can"}
    assert drawn["entities"]["anvil"]["art"] == "openclipart"
    checks = scene_depiction(script.scenes[0], script, drawn)["checks"]
    assert checks["thing said"] == 1.0  # the narration names the kite and the anvil: both shown
    assert checks["cast"] == 0.75  # of the four things the scene lists, the can is not drawn


def test_a_thing_s_record_that_shows_another_noun_fails_the_depiction_check():
    script = script_of(("kite", "kite", "A red kite."))
    drawn = {"entities": {"kite": {"glyph": "\U0001F34E", "glyph_name": "red apple", "noun": "kite",
                                   "labels": ["red apple", "fruit"]}},
             "background": {"location": "field", "time": "day", "weather": "clear"}}
    assert scene_depiction(script.scenes[0], script, drawn)["checks"]["thing said"] == 0.0


@pytest.mark.llm
def test_the_real_model_names_things_of_another_language_and_nothing_is_drawn_as_another(cache, tmp_path):
    """The dictionary names a German story's things; the default model is asked only for a word no
    dictionary has, and what it answers counts only where a glyph's own name says it."""
    from storyreel.config import load_config

    config = load_config(overrides={"llm": {"threads": 2}}, environ={})
    cast = REGISTRY.create("emoji", cache_dir=with_set_up_art(tmp_path / "cache"), config=config)
    script = script_of(("laterne", "Laterne", "A Laterne."), ("fahrrad", "Fahrrad", "A Fahrrad."),
                       ("amboss", "Amboss", "An object."), ("quatsch", "Quatschding", "An object."), language="de")
    try:
        looks = cast.plan(script)
    finally:
        cast.close()
    for eid, look in looks.items():
        if look.get("kind") != "object" or look.get("missing"):
            continue
        assert things.depicts(look["noun"], look["glyph_name"]) >= 2, (eid, look)
    # the dictionary names them (cast/nouns.py); the model is asked only for a word no dictionary has
    assert looks["laterne"]["noun"] == "lantern" and "lantern" in looks["laterne"]["glyph_name"]
    assert looks["fahrrad"]["glyph_name"] == "bicycle"
    # no emoji is an anvil; the clip art's anvil is
    assert looks["amboss"]["noun"] == "anvil" and looks["amboss"]["art"] == "openclipart"


def test_a_tarball_that_is_not_the_pinned_package_is_refused(tmp_path):
    import io
    import tarfile

    from storyreel.errors import StoryreelError

    tarball = tmp_path / "emojilib-4.0.3.tgz"
    with tarfile.open(tarball, "w:gz") as tar:
        data = json.dumps({"\U0001FA81": ["kite"]}).encode()
        info = tarfile.TarInfo("package/dist/emoji-en-US.json")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    with pytest.raises(StoryreelError, match="integrity"):
        labels.assemble(tarball, tmp_path / "cache")
    assert not labels.path(tmp_path / "cache").exists()
