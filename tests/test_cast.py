"""Cast stage, emoji backend: real Noto Color Emoji font, real MiniLM embeddings."""

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from storyreel.cast import REGISTRY, backdrop, glyphs, import_reference, landmarks, sprites
from storyreel.errors import InputError
from storyreel.project import Project
from storyreel.script import Entity, Script

from conftest import with_set_up_art


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory) -> Path:
    """One emoji index for the whole session: it is built (and embedded) once."""
    path = with_set_up_art(tmp_path_factory.mktemp("cast-cache"))
    glyphs.load_catalogue(path)
    return path


@pytest.fixture(scope="session")
def cast(cache_dir):
    return REGISTRY.create("emoji", cache_dir=cache_dir)


def make_script(*entities: dict, width: int = 320, height: int = 180) -> Script:
    location = next((e["id"] for e in entities if e["kind"] == "location"), None)
    extra = [] if location else [{"id": "field", "name": "Field", "kind": "location", "description": "A green field."}]
    return Script(
        title="Test", width=width, height=height, entities=[*entities, *extra],
        scenes=[{"id": "s1", "description": "x", "narration": "x", "duration_s": 2.0,
                 "background": location or "field"}],
    )


def char(id_: str, description: str, name: str | None = None) -> dict:
    return {"id": id_, "name": name or id_.title(), "kind": "character", "description": description}


def place(id_: str, description: str, name: str | None = None) -> dict:
    return {"id": id_, "name": name or id_.title(), "kind": "location", "description": description}


def build(cast, script: Script, root: Path) -> Project:
    """Plan and make every entity of `script` into a project at `root`."""
    project = Project(root)
    looks = cast.plan(script)
    for entity in script.entities:
        cast.make(entity, looks[entity.id], script, project, project.cast(entity.id))
    return project


def rgba(path: Path) -> np.ndarray:
    with Image.open(path) as img:
        return np.asarray(img.convert("RGBA")).astype(np.int16)


# --------------------------------------------------------------------------- catalogue


def test_catalogue_keeps_only_single_drawable_glyphs_and_is_cached(cache_dir):
    catalogue = glyphs.load_catalogue(cache_dir)
    assert len(catalogue) > 800
    chars = {g.char for g in catalogue.glyphs}
    assert "\U0001F427" in chars and "\U0001F9F8" in chars  # penguin, teddy bear
    for g in catalogue.glyphs:
        cps = [ord(c) for c in g.char]
        assert not any(0x1F1E6 <= c <= 0x1F1FF for c in cps), g.name  # no flags
        assert not any(0x1F3FB <= c <= 0x1F3FF for c in cps), g.name  # no skin-tone variants
        assert 0x20E3 not in cps, g.name  # no keycaps
    assert catalogue.glyph("\U0001F427").pools == {"animal"}
    assert (cache_dir / f"emoji-index-v{glyphs.INDEX_VERSION}.npz").is_file()

    index = cache_dir / f"emoji-index-v{glyphs.INDEX_VERSION}.npz"
    written = index.stat().st_mtime_ns
    again = glyphs.load_catalogue.__wrapped__(cache_dir)  # bypass the in-process cache: read the file
    assert index.stat().st_mtime_ns == written  # read back, not embedded and written again
    assert [g.char for g in again.glyphs] == [g.char for g in catalogue.glyphs]
    assert np.array_equal(again.vectors, catalogue.vectors)


def test_sequences_the_font_cannot_join_are_left_out():
    polar_bear = "\U0001F43B\u200D\u2744\uFE0F"
    assert glyphs._excluded_sequence(polar_bear, with_raqm=False)
    assert not glyphs._excluded_sequence(polar_bear, with_raqm=True)
    assert glyphs._excluded_sequence("\U0001F1EB\U0001F1F7", with_raqm=True)  # a flag
    assert glyphs._excluded_sequence("\U0001F44D\U0001F3FD", with_raqm=True)  # a skin tone
    assert not glyphs.draws("\U0010FFFD")  # private use: the font has nothing


def test_every_catalogue_glyph_renders_as_one_picture(cache_dir):
    catalogue = glyphs.load_catalogue(cache_dir)
    for g in catalogue.glyphs[::25]:
        img = glyphs.render(g.char)
        assert img.mode == "RGBA" and img.height > 40 and img.width <= glyphs.FONT_SIZE * 1.5, g.name


# --------------------------------------------------------------------------- planning


def test_plan_matches_glyphs_by_meaning(cast):
    script = make_script(
        char("pete", "A penguin who loves skiing."),
        char("anna", "A little girl with a yellow apron."),
        char("teddy", "A small brown teddy bear with a red scarf."),
        # a companion named in the description must not become the character's own look
        char("oskar", "A wise and elderly lighthouse keeper with a black cat named Pepper."),
        place("paris", "A picnic on the grass in front of the Eiffel Tower on a sunny day."),
        place("kitchen", "A warm kitchen in the morning."),
    )
    looks = cast.plan(script)
    catalogue = glyphs.load_catalogue(cast.cache_dir)
    assert looks["pete"]["glyph"] == "\U0001F427"
    assert "person" in catalogue.glyph(looks["anna"]["glyph"]).pools
    assert looks["teddy"]["glyph"] == "\U0001F9F8"
    assert "person" in catalogue.glyph(looks["oskar"]["glyph"]).pools
    assert [a["name"] for a in looks["teddy"]["accessories"]] == ["scarf"]
    assert looks["paris"]["landmark"] == "\U0001F5FC"  # the tower
    assert looks["paris"]["terrain"] == "grass" and "time" not in looks["paris"]  # each scene has its own time
    assert looks["kitchen"]["terrain"] == "indoor"
    assert "fixture" in catalogue.glyph(looks["kitchen"]["landmark"]).pools


def test_plan_gives_every_character_its_own_look(cast):
    penguins = [char(f"penguin{i}", "A penguin who loves skiing.") for i in range(3)]
    girls = [char(f"girl{i}", "A little girl.") for i in range(2)]
    looks = cast.plan(make_script(*penguins, *girls))
    signatures = {(look["glyph"], look["hue_shift"], tuple(a["name"] for a in look["accessories"]))
                  for look in looks.values() if look["kind"] == "character"}
    assert len(signatures) == 5
    assert len({looks[c["id"]]["outline"] for c in penguins + girls}) == 5
    # Penguins sharing the glyph are hue-shifted; a second girl gets another skin tone instead.
    assert [looks[p["id"]]["hue_shift"] != 0 for p in penguins] == [False, True, True]
    assert looks["girl1"]["hue_shift"] == 0 and looks["girl1"]["glyph"] != looks["girl0"]["glyph"]


def test_plan_is_stable_when_an_unrelated_entity_is_added(cast):
    base = [char("teddy", "A brown teddy bear with a red scarf."), char("mia", "A girl with pigtails."),
            place("room", "A cosy bedroom at night.")]
    before = cast.plan(make_script(*base))
    after = cast.plan(make_script(*base, {"id": "key", "name": "Key", "kind": "object",
                                          "description": "A tiny golden key."},
                                  place("desert", "A sandy desert at noon.")))
    assert {k: after[k] for k in before} == before


# --------------------------------------------------------------------------- sprites


def test_sprite_is_a_tall_transparent_png(cast, tmp_path):
    project = build(cast, make_script(char("pete", "A penguin.")), tmp_path)
    with Image.open(project.cast("pete")) as img:
        assert img.mode == "RGBA"
        assert 360 <= img.height <= 400
        pixels = np.asarray(img)
    assert pixels[0, 0, 3] == 0 and pixels[-1, -1, 3] == 0  # transparent corners
    assert (pixels[..., 3] == 255).mean() > 0.3


def test_identical_descriptions_still_give_different_images(cast, tmp_path):
    project = build(cast, make_script(char("a", "A little grey mouse."), char("b", "A little grey mouse.")), tmp_path)
    images = []
    for entity_id in ("a", "b"):
        with Image.open(project.cast(entity_id)) as img:
            images.append(np.asarray(img.convert("RGBA").resize((96, 96))).astype(np.int16))
    assert np.abs(images[0] - images[1]).mean() > 8


def test_named_accessory_is_drawn(cast, tmp_path):
    project = build(cast, make_script(char("plain", "A brown teddy bear."),
                                      char("dressed", "A brown teddy bear with a red scarf.")), tmp_path)

    def red_share(entity_id: str) -> float:
        px = rgba(project.cast(entity_id))
        red = (px[..., 0] > 170) & (px[..., 1] < 90) & (px[..., 2] < 90) & (px[..., 3] > 200)
        return red.mean()

    assert red_share("dressed") > red_share("plain") + 0.03


def test_accessories_are_read_from_the_description():
    found = sprites.find_accessories("An old man in a blue top hat and round glasses.")
    assert [(a["name"], a["hue"]) for a in found] == [("top hat", 215), ("glasses", None)]
    assert sprites.find_accessories("A fox that loves rainbows and caps.")[0]["name"] == "cap"
    assert sprites.find_accessories("A plain grey cat.") == []
    assert sprites.strip_accessories("A bear with a red scarf") == "A bear with a"


# --------------------------------------------------------------------------- backdrops


def test_same_entity_gives_byte_identical_files(cast, tmp_path):
    script = make_script(char("teddy", "A brown teddy bear with a red scarf."), place("park", "A sunny park."))
    first, second = build(cast, script, tmp_path / "one"), build(cast, script, tmp_path / "two")
    for project_path in (lambda p: p.cast("teddy"), lambda p: p.cast("park"),
                         lambda p: p.cast_layer("park", "far"), lambda p: p.cast_layer("park", "near")):
        assert project_path(first).read_bytes() == project_path(second).read_bytes()


def test_backdrop_layers_and_sizes(cast, tmp_path):
    script = make_script(place("hill", "A grassy hill on a sunny morning."), width=320, height=180)
    project = build(cast, script, tmp_path)
    world = backdrop.world_size(320, 180)
    assert world == (400, 224)
    with Image.open(project.cast("hill")) as ref, Image.open(project.cast_layer("hill", "far")) as far, \
            Image.open(project.cast_layer("hill", "near")) as near:
        assert ref.size == far.size == near.size == world
        assert (ref.mode, far.mode, near.mode) == ("RGB", "RGBA", "RGBA")
        alpha = np.asarray(near.getchannel("A"))
        far_alpha = np.asarray(far.getchannel("A"))
        ref_sky = np.asarray(ref)[: world[1] // 10].astype(int)
    assert alpha[: world[1] // 10].max() == 0  # sky band: the far layer shows through
    assert far_alpha[: world[1] // 10].max() == 0  # and the far layer has no sky: each scene paints its own
    assert alpha[-world[1] // 4:].min() == 255 and far_alpha[-world[1] // 4:].min() == 255  # ground: solid
    horizon_rows = np.flatnonzero(alpha.min(axis=1) == 255)
    assert 0.55 <= horizon_rows[0] / world[1] <= 0.62
    assert (ref_sky[..., 2] > ref_sky[..., 0] + 40).mean() > 0.5  # the reference sheet shows a day sky (and clouds)


def test_a_location_has_no_time_of_day(cast, tmp_path):
    """Time words in a location's text change nothing but the seed: no sky, no darkness in its layers."""
    script = make_script(place("noon", "A meadow at noon."), place("midnight", "A meadow at midnight."))
    looks = cast.plan(script)
    assert looks["noon"]["terrain"] == looks["midnight"]["terrain"] == "grass"
    assert "time" not in looks["noon"] and "time" not in looks["midnight"]
    project = build(cast, script, tmp_path)

    def ground_brightness(entity_id: str) -> float:
        px = rgba(project.cast_layer(entity_id, "near"))
        return float(px[-px.shape[0] // 4:, :, :3].mean())

    assert abs(ground_brightness("noon") - ground_brightness("midnight")) < 10


def test_terrain_keywords():
    assert backdrop.terrain_from_text("a stormy night at sea") == "water"
    assert backdrop.terrain_from_text("a quiet street at dusk") == "city"
    assert backdrop.terrain_from_text("the kitchen at dawn") == "indoor"
    assert backdrop.terrain_from_text("snowy mountains in the morning") == "snow"
    assert backdrop.terrain_from_text("golden dunes of the desert") == "sand"
    assert backdrop.terrain_from_text("somewhere") == "grass"
    assert backdrop.without_time_words("a foggy harbour at night").split() == ["a", "harbour", "at"]


def test_plan_location_takes_terrain_and_landmark_from_its_caller():
    entity = Entity(id="bay", name="Bay", kind="location", description="A calm bay by a lake at night.")
    look = backdrop.plan_location(entity, "proc:lighthouse", "lighthouse", "water", (320, 180))
    assert (look["terrain"], look["landmark"], look["landmark_name"], look["shore"]) == \
        ("water", "proc:lighthouse", "lighthouse", "grass")  # a lake has a grassy shore
    assert "time" not in look
    indoor = backdrop.plan_location(entity, "\U0001F373", "cooking", "indoor", (320, 180))
    assert indoor["terrain"] == "indoor" and indoor["landmark"] == "\U0001F373"
    with pytest.raises(ValueError, match="terrain"):
        backdrop.plan_location(entity, "\U0001F3E0", "house", "swamp", (320, 180))
    with pytest.raises(ValueError, match="procedural"):
        backdrop.plan_location(entity, "proc:windmill", "windmill", "grass", (320, 180))


def test_procedural_lighthouse_is_painted_red_and_white_and_glows_at_night():
    entity = Entity(id="cape", name="Cape", kind="location", description="A rocky cape by the sea.")
    look = backdrop.plan_location(entity, "proc:lighthouse", "lighthouse", "water", (320, 180))
    _far, near = backdrop.paint(look)
    pixels_ = np.asarray(near.convert("RGB"), dtype=np.int16)
    place = backdrop.landmark_place(look)
    art = landmarks.render("lighthouse", place["height"])
    x0, y0 = round(place["x"] - art.width / 2), round(place["foot"] - art.height)

    def red_white(area):
        red = (area[..., 0] > 170) & (area[..., 1] < 110) & (area[..., 2] < 110)
        return red.mean(), (area > 205).all(axis=2).mean()

    red, white = red_white(pixels_[y0:y0 + art.height, x0:x0 + art.width])
    assert red > 0.05 and white > 0.05
    sky_red, _ = red_white(pixels_[y0:y0 + art.height // 2])  # the rows of the tower's top, across the layer
    assert sky_red < red / 5  # the stripes are the landmark's, not the scenery's
    glows = backdrop.lights(look)["near"]
    assert glows and glows[0].kind == "beacon"
    top = glows[0].y + glows[0].mask.getbbox()[1]
    assert y0 <= top < y0 + art.height * 0.35  # the lamp room is at the top of the tower


def test_windows_of_emoji_buildings_are_found_to_light_them_at_night():
    house = glyphs.render_height("\U0001F3E0", 200)
    panes = backdrop.glass_mask(house)
    assert panes is not None
    lit = np.asarray(panes) > 0
    glass = np.asarray(house.convert("RGB"), dtype=np.int16)[lit]
    assert 0.01 < lit.mean() < 0.2 and (glass[:, 2] > glass[:, 0] + 20).mean() > 0.9
    assert backdrop.glass_mask(glyphs.render_height("\U0001F333", 200)) is None  # a tree has no windows
    entity = Entity(id="lane", name="Lane", kind="location", description="A quiet lane.")
    look = backdrop.plan_location(entity, "\U0001F3E0", "house", "grass", (320, 180))
    assert [g.kind for g in backdrop.lights(look)["near"]] == ["window"]
    look = backdrop.plan_location(entity, "\U0001F333", "deciduous tree", "grass", (320, 180))
    assert backdrop.lights(look) == {"far": [], "near": []}


def test_procedural_landmarks_draw_at_any_height():
    for name in landmarks.PROCEDURAL:
        for height in (40, 200):
            art, lit = landmarks.render(name, height), landmarks.lights(name, height)
            assert art.mode == "RGBA" and art.height == height and lit.size == art.size, name
            alpha = np.asarray(art.getchannel("A"))
            assert (alpha > 200).mean() > 0.2 and (alpha < 20).mean() > 0.05, name  # a shape, not a block
            assert lit.getbbox() is not None, name  # something glows at night
    again = landmarks._drawing.__wrapped__("lighthouse", 120)[0]  # drawn anew, not from the cache
    assert landmarks.render("lighthouse", 120).tobytes() == again.tobytes()
    with pytest.raises(ValueError, match="windmill"):
        landmarks.render("windmill", 100)


def test_backdrop_seed_ignores_python_hash_salt():
    entity = Entity(id="park", name="Park", kind="location", description="A sunny park.")
    assert backdrop.seed_of(entity) == backdrop.seed_of(entity.model_copy())
    assert backdrop.seed_of(entity) != backdrop.seed_of(entity.model_copy(update={"description": "A park."}))


def test_a_full_size_backdrop_is_painted_at_the_world_size(cast):
    # Its speed is measured by `make bench` (render + encode), not asserted here: timings flake on shared cores.
    looks = cast.plan(make_script(place("wood", "A deep forest at sunset."), width=1280, height=720))
    far, near = backdrop.paint(looks["wood"])
    assert far.size == near.size == (1600, 900)


# --------------------------------------------------------------------------- user references


def test_import_reference_converts_a_jpeg(tmp_path):
    src = tmp_path / "anna.jpg"
    Image.new("RGB", (2000, 1000), (200, 40, 40)).save(src, format="JPEG")
    entity = Entity(id="anna", name="Anna", kind="character", description="A girl.", reference="anna.jpg")
    out = tmp_path / "cast" / "anna.png"
    import_reference(src, entity, out)
    with Image.open(out) as img:
        assert img.format == "PNG" and img.mode == "RGBA" and img.size == (1024, 512)

    location = Entity(id="home", name="Home", kind="location", description="A house.")
    import_reference(src, location, tmp_path / "home.png", max_side=500)
    with Image.open(tmp_path / "home.png") as img:
        assert img.mode == "RGB" and img.size == (500, 250)


def test_import_reference_of_a_non_image_names_entity_and_path(tmp_path):
    src = tmp_path / "notes.txt"
    src.write_text("not a picture")
    entity = Entity(id="anna", name="Anna", kind="character", description="A girl.", reference="notes.txt")
    with pytest.raises(InputError, match=r"entity 'anna': reference 'notes.txt' cannot be read"):
        import_reference(src, entity, tmp_path / "anna.png")
    with pytest.raises(InputError, match=r"entity 'anna'.*file not found"):
        import_reference(tmp_path / "missing.png", entity, tmp_path / "anna.png")
    assert not (tmp_path / "anna.png").exists()


def test_unknown_backend_is_a_clear_error(cache_dir):
    with pytest.raises(InputError, match="emoji"):
        REGISTRY.create("watercolour", cache_dir=cache_dir)


def test_an_animal_has_the_coat_its_words_say(cast, tmp_path):
    script = make_script(char("tom", "A grey cat."), char("rex", "A dog.", "black dog"), char("fox", "A red fox."))
    looks = cast.plan(script)
    assert looks["tom"]["shade"] == "grey" and looks["rex"]["shade"] == "black"
    assert "shade" not in looks["fox"] and "hue" not in looks["fox"]  # "a red fox" names a species: drawn as it is
    project = build(cast, script, tmp_path)
    for eid, low, high in (("tom", 60, 230), ("rex", 0, 110)):
        px = rgba(project.cast(eid))
        coat = px[px[..., 3] > 200][:, :3]
        spread = coat.max(axis=1) - coat.min(axis=1)
        assert np.median(spread) < 25  # no colour left in the coat (the emoji cat is orange)
        assert low <= np.median(coat) <= high  # grey, or dark
