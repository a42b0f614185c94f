"""Per-scene light and weather: real painted layers (no model: looks are planned by hand),
small frames. The same location is drawn at any time and in any weather; what was drawn is
recorded from the same looks, time and weather the pixels come from."""

import json
import os

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np
import pytest
from PIL import Image

from storyreel import keyframes
from storyreel.animatic import light, weather
from storyreel.animatic.renderer import SceneRenderer
from storyreel.cast import backdrop, glyphs, landmarks
from storyreel.project import Project
from storyreel.script import Entity, validate_script

W, H, FPS = 320, 180, 12
FOX, BEAR = "\U0001F98A", "\U0001F43B"


def luma(a) -> np.ndarray:
    return np.asarray(a, dtype=np.float32)[..., :3] @ np.array([0.299, 0.587, 0.114], dtype=np.float32)


def make_project(root, terrain="water", landmark="proc:lighthouse", landmark_name="lighthouse",
                 description="A rocky cape by the sea.") -> tuple[Project, dict]:
    """A project whose cast is made here: the location painted from a hand-made look, two sprites."""
    project = Project(root)
    project.ensure()
    place = Entity(id="place", name="Place", kind="location", description=description)
    look = backdrop.plan_location(place, landmark, landmark_name, terrain, (W, H))
    far, near = backdrop.paint(look)
    project.cast_layer("place", "far").parent.mkdir(parents=True, exist_ok=True)
    far.save(project.cast_layer("place", "far"))
    near.save(project.cast_layer("place", "near"))
    backdrop.compose(far, near).save(project.cast("place"))
    looks = {"place": look}
    for eid, glyph, name in (("fox", FOX, "fox"), ("bear", BEAR, "bear")):
        glyphs.render_height(glyph, 160).save(project.cast(eid))
        looks[eid] = {"kind": "character", "glyph": glyph, "glyph_name": name}
    (project.root / "cast" / "looks.json").write_text(json.dumps({"key": "test", "looks": looks}))
    return project, look


def make_script(time="day", weather_="clear", move="static", entities=("fox",), actions=None, duration=2.0):
    return validate_script({
        "title": "Test", "fps": FPS, "width": W, "height": H, "seed": 5,
        "entities": [
            {"id": "fox", "name": "Fox", "kind": "character", "description": "A red fox."},
            {"id": "bear", "name": "Bear", "kind": "character", "description": "A brown bear."},
            {"id": "place", "name": "Place", "kind": "location", "description": "A rocky cape by the sea."},
        ],
        "scenes": [{
            "id": "s1", "description": "d", "narration": "n", "duration_s": duration,
            "entities": list(entities), "background": "place", "time": time, "weather": weather_,
            "protagonist": entities[0] if entities else None,
            "camera": {"move": move, "speed": "medium"}, "actions": actions or {},
        }],
    })


def renderer(project, frames=12, **kw) -> SceneRenderer:
    script = make_script(**kw)
    return SceneRenderer(script, project, script.scenes[0], frames)


@pytest.fixture
def cape(tmp_path):
    return make_project(tmp_path / "cape")


def landmark_box(look) -> tuple[int, int, int, int]:
    """The landmark's box on screen with a static camera (world minus the margin)."""
    place = backdrop.landmark_place(look)
    art = backdrop.landmark_art(look["landmark"], place["height"])
    mx, my = (look["world"][0] - W) / 2, (look["world"][1] - H) / 2
    x0, y0 = round(place["x"] - art.width / 2 - mx), round(place["foot"] - art.height - my)
    return x0, y0, x0 + art.width, y0 + art.height


# --------------------------------------------------------------------------- moving, deterministic


@pytest.mark.parametrize("kind", ["cloudy", "fog", "rain", "snow", "storm"])
def test_weather_moves_between_frames_and_is_deterministic(cape, kind):
    project, _ = cape
    clear = renderer(project, entities=(), weather_="clear")
    assert np.array_equal(np.asarray(clear.frame(3)), np.asarray(clear.frame(4)))  # nothing moves by itself
    first = renderer(project, entities=(), weather_=kind)
    frames = [np.asarray(first.frame(i), dtype=np.int16) for i in (3, 4)]
    assert (np.abs(frames[0] - frames[1]).max(axis=2) > 0).mean() > 0.005  # the weather layer moved
    again = renderer(project, entities=(), weather_=kind)
    later = again.frame(9)  # out of order: frame i depends on i only
    assert np.array_equal(np.asarray(again.frame(4)), frames[1].astype(np.uint8))
    assert np.array_equal(np.asarray(later), np.asarray(first.frame(9)))
    assert b"".join(first.frames()) == b"".join(again.frames())


def test_keyframe_rerenders_byte_identical(cape, tmp_path):
    project, _ = cape
    script = make_script(time="night", weather_="storm", entities=("fox", "bear"))
    backend = keyframes.REGISTRY.create("animatic")
    outs = [tmp_path / "a.png", tmp_path / "b.png"]
    records = [backend.render(script.scenes[0], script, project, out) for out in outs]
    assert outs[0].read_bytes() == outs[1].read_bytes()
    assert records[0] == records[1]


# --------------------------------------------------------------------------- time of day


def test_night_is_darker_than_day_but_characters_stay_readable(cape):
    project, look = cape
    day = renderer(project, time="day")
    night = renderer(project, time="night")
    day_px, night_px = luma(day.frame(0)), luma(night.frame(0))
    assert night_px.mean() < 0.5 * day_px.mean()
    x0, y0, x1, y1 = night.boxes(0)["fox"]
    fox = night_px[y0:y1, x0:x1]
    with Image.open(project.cast("fox")) as im:
        opaque = np.asarray(im.convert("RGBA").resize((x1 - x0, y1 - y0)).getchannel("A")) > 200
    assert fox[opaque].mean() > 70  # graded, but still readable
    assert fox[opaque].mean() > 1.5 * night_px[: H // 3].mean()  # and brighter than the night sky
    # Sunset is warm, dawn and morning differ from day.
    sunset = np.asarray(renderer(project, time="sunset").frame(0), dtype=np.float32)
    assert sunset[..., 0].mean() > sunset[..., 2].mean() + 20
    pictures = {t: np.asarray(renderer(project, time=t).frame(0), dtype=np.float32)
                for t in ("dawn", "morning", "day")}
    assert np.abs(pictures["dawn"] - pictures["day"]).mean() > 8
    assert np.abs(pictures["morning"] - pictures["day"]).mean() > 2


def test_the_lighthouse_is_drawn_and_its_lamp_lights_up_at_night(cape):
    project, look = cape
    x0, y0, x1, y1 = landmark_box(look)
    day = np.asarray(renderer(project, entities=(), time="day").frame(0), dtype=np.int16)[y0:y1, x0:x1]
    red = (day[..., 0] > 170) & (day[..., 1] < 110) & (day[..., 2] < 110)
    white = (day > 200).all(axis=2)
    assert red.mean() > 0.04 and white.mean() > 0.04
    lamp = landmarks.lights("lighthouse", backdrop.landmark_place(look)["height"], "lamp").getbbox()
    lx0, ly0, lx1, ly1 = lamp
    night = luma(renderer(project, entities=(), time="night").frame(0))[y0:y1, x0:x1]
    lamp_px = night[ly0:ly1, lx0:lx1]
    tower = night[ly1 + (y1 - y0) // 4:, lx0:lx1]
    assert lamp_px.mean() > 140  # the lamp shines
    assert lamp_px.mean() > tower.mean() + 80  # while the tower below is in the dark
    # Its light reaches into the dark sky beside it (and its beam sweeps to the left).
    frame = luma(renderer(project, entities=(), time="night").frame(0))
    beside = frame[y0 + ly0:y0 + ly1, x0 + lx0 - 12:x0 + lx0 - 2]
    far_sky = frame[y0 + ly0:y0 + ly1, :8]
    assert beside.mean() > far_sky.mean() + 10


def test_windows_of_a_house_light_up_at_night(tmp_path):
    project, look = make_project(tmp_path / "meadow", terrain="grass", landmark="proc:house", landmark_name="house",
                                 description="A green meadow.")
    x0, y0, x1, y1 = landmark_box(look)
    windows = landmarks.lights("house", backdrop.landmark_place(look)["height"])
    pane = np.asarray(windows) > 200
    day = np.asarray(renderer(project, entities=(), time="day").frame(0), dtype=np.float32)[y0:y1, x0:x1]
    night = np.asarray(renderer(project, entities=(), time="night").frame(0), dtype=np.float32)[y0:y1, x0:x1]
    # By day the panes are glass blue; at night warm yellow light.
    assert day[pane][:, 2].mean() > day[pane][:, 0].mean()
    assert night[pane][:, 0].mean() > night[pane][:, 2].mean() + 60
    assert luma(night)[pane].mean() > luma(night)[~pane & (np.asarray(windows) == 0)].mean() + 60


def test_a_room_at_night_is_lamp_lit_with_a_dark_window(tmp_path):
    project, look = make_project(tmp_path / "room", terrain="indoor", landmark="\U0001F373", landmark_name="cooking",
                                 description="A small kitchen.")
    mx, my = (look["world"][0] - W) / 2, (look["world"][1] - H) / 2
    wx0, wy0, wx1, wy1 = backdrop.window_box(look)
    pane = (slice(round(wy0 - my) + 4, round(wy1 - my) - 4), slice(round(wx0 - mx) + 4, round(wx1 - mx) - 4))
    day = np.asarray(renderer(project, entities=(), time="day").frame(0), dtype=np.float32)
    night = np.asarray(renderer(project, entities=(), time="night").frame(0), dtype=np.float32)
    assert np.median(luma(night[pane])) < 0.4 * np.median(luma(day[pane]))  # the window is dark
    bx, by = backdrop.lamp_place(look)
    near_lamp = night[round(by - my) + 6:round(by - my) + 30, round(bx - mx) - 12:round(bx - mx) + 12]
    corner = night[:24, :24] if bx - mx > W / 2 else night[:24, -24:]
    assert luma(near_lamp).mean() > luma(corner).mean() + 15  # the lamp lights the room around it
    assert near_lamp[..., 0].mean() > near_lamp[..., 2].mean() + 30  # in warm light
    # Rain is seen through the window only.
    rain = renderer(project, entities=(), time="day", weather_="rain")
    changed = np.abs(np.asarray(rain.frame(3), np.int16) - np.asarray(rain.frame(4), np.int16)).max(axis=2) > 0
    inside = np.zeros_like(changed)
    inside[round(wy0 - my):round(wy1 - my), round(wx0 - mx):round(wx1 - mx)] = True
    assert changed[inside].any() and not changed[~inside].any()


# --------------------------------------------------------------------------- weather


def test_storm_flashes_on_some_frames_only(cape):
    project, _ = cape
    storm = renderer(project, frames=48, entities=(), weather_="storm", duration=4.0)
    levels = np.array([luma(storm.frame(i)).mean() for i in range(48)])
    flashed = storm.weather.flash >= 0.8
    assert 0 < flashed.sum() < 48 * 0.3
    assert levels[flashed].min() > np.median(levels) + 25
    assert np.median(levels) < luma(renderer(project, entities=()).frame(0)).mean() - 20  # a storm is dark
    # A bolt strikes in the sky on the brightest frames.
    assert storm.weather.bolts and set(storm.weather.bolts) <= set(np.flatnonzero(flashed))


def test_fog_lowers_contrast(cape):
    project, _ = cape
    clear = luma(renderer(project, entities=("fox",), time="morning").frame(0))
    fog = luma(renderer(project, entities=("fox",), time="morning", weather_="fog").frame(0))
    assert fog.std() < 0.7 * clear.std()


def test_rain_falls_in_streaks_and_snow_in_flakes():
    grade = light.grade("day", "rain")
    canvas = Image.new("RGB", (W, H), (60, 60, 60))

    def marks(kind: str) -> np.ndarray:
        w = weather.Weather(kind, light.grade("day", kind), (W, H), (400, 224), 130, FPS, 12, seed=3)
        raw = w.fall(canvas.copy(), 5)  # the frame's bytes, particles drawn in
        return np.abs(np.frombuffer(raw, np.uint8).reshape(H, W, 3).astype(np.int16) - 60).max(axis=2) > 20

    def vertical_runs(mask: np.ndarray) -> float:
        """Mean length of the vertical runs of marked pixels."""
        padded = np.pad(mask, ((1, 1), (0, 0)))
        starts = (padded[1:-1] & ~padded[:-2]).sum()
        return mask.sum() / max(1, starts)

    rain, snow = marks("rain"), marks("snow")
    assert rain.any() and snow.any() and not np.array_equal(rain, snow)
    assert vertical_runs(rain) > 4 > vertical_runs(snow)
    # Two depths, the near one faster: parallax.
    for kind in ("rain", "snow"):
        far, near = weather.Weather(kind, grade, (W, H), (400, 224), 130, FPS, 12, seed=3).particles
        assert near.vy.mean() > 1.5 * far.vy.mean()
    # Snow falls slower than rain.
    rain_w = weather.Weather("rain", grade, (W, H), (400, 224), 130, FPS, 12, seed=3)
    snow_w = weather.Weather("snow", grade, (W, H), (400, 224), 130, FPS, 12, seed=3)
    assert snow_w.particles[1].vy.mean() < rain_w.particles[0].vy.mean() / 4


def test_clouds_drift_behind_the_landmark(cape):
    project, look = cape
    cloudy = renderer(project, entities=(), weather_="cloudy")
    a, b = (np.asarray(cloudy.frame(i), dtype=np.int16) for i in (0, 11))
    moved = np.abs(a - b).max(axis=2) > 6
    x0, y0, x1, y1 = landmark_box(look)
    art = backdrop.landmark_art(look["landmark"], y1 - y0)
    solid = np.asarray(art.getchannel("A")) == 255
    assert moved[: H // 3].mean() > 0.05  # the sky changed
    assert not moved[y0:y1, x0:x1][solid].any()  # the lighthouse did not: clouds pass behind it


def test_weather_follows_the_camera_with_parallax(cape):
    project, _ = cape
    pan = renderer(project, entities=(), weather_="snow", move="pan_right")
    assert np.abs(np.asarray(pan.frame(0), np.int16) - np.asarray(pan.frame(1), np.int16)).mean() > 0
    grade = light.grade("day", "snow")
    w = weather.Weather("snow", grade, (W, H), (400, 224), 130, FPS, 12, seed=3)
    far, near = w.particles
    idx_far, _ = far.pixels(0, 0.0, None)
    idx_far_shifted, _ = far.pixels(0, 20.0, None)
    idx_near_shifted, _ = near.pixels(0, 20.0, None)
    idx_near, _ = near.pixels(0, 0.0, None)
    shift = lambda a, b: np.median((b % W - a % W + W // 2) % W - W // 2)  # noqa: E731
    assert shift(idx_near, idx_near_shifted) == 20 and shift(idx_far, idx_far_shifted) == 6


def test_unknown_time_or_weather_is_a_clear_error():
    with pytest.raises(ValueError, match="time of day 'noonish'"):
        light.grade("noonish", "clear")
    with pytest.raises(ValueError, match="weather 'hail'"):
        light.grade("day", "hail")


# --------------------------------------------------------------------------- what was drawn


def test_the_drawn_record_matches_what_the_renderer_used(cape, tmp_path):
    project, look = cape
    backend = keyframes.REGISTRY.create("animatic")
    day = make_script(time="day", weather_="clear", entities=("fox", "bear"))
    night = make_script(time="night", weather_="rain", entities=("fox", "bear"))
    record = backend.render(day.scenes[0], day, project, tmp_path / "day.png")
    assert record["drawn"] == {
        "entities": {"fox": {"glyph": FOX, "glyph_name": "fox", "body": "head"},  # Noto has no whole fox
                     "bear": {"glyph": BEAR, "glyph_name": "bear", "body": "head"}},
        "background": {"location": "place", "view": "outside", "terrain": "water", "landmark": "proc:lighthouse",
                       "landmark_name": "lighthouse", "time": "day", "weather": "clear"},
        "shot": "medium",
    }
    assert set(record["boxes"]) == {"fox", "bear"}
    other = backend.render(night.scenes[0], night, project, tmp_path / "night.png")
    assert other["drawn"]["background"]["time"] == "night" and other["drawn"]["background"]["weather"] == "rain"
    assert other["drawn"]["entities"] == record["drawn"]["entities"]
    # The pixels changed with the record.
    assert np.abs(luma(Image.open(tmp_path / "day.png")) - luma(Image.open(tmp_path / "night.png"))).mean() > 30
    # A picture the user gave is recorded as such, not as a glyph.
    script = make_script(entities=("fox",))
    script.entities[0].reference = "mine/fox.png"
    mine = backend.render(script.scenes[0], script, project, tmp_path / "mine.png")
    assert mine["drawn"]["entities"]["fox"] == {"glyph": None, "glyph_name": None, "reference": "mine/fox.png"}


# --------------------------------------------------------------------------- seen from the other side


def test_a_place_has_an_other_side_named_by_its_words():
    def other(name, description, terrain, landmark="\U0001F3E0"):
        entity = Entity(id="p", name=name, kind="location", description=description)
        own = backdrop.plan_location(entity, landmark, "house", terrain, (W, H))
        return backdrop.other_side(entity, own, (W, H))

    lamp_room = other("lighthouse", "A red and white lighthouse on a rock.", "water", "proc:lighthouse")
    assert lamp_room["terrain"] == "indoor" and lamp_room["landmark_name"] == "electric light bulb"
    assert other("bus", "A number nine bus.", "city")["landmark_name"] == "seat"
    assert other("Die Schmiede", "A blacksmith's forge by the river.", "grass")["landmark_name"] == \
        "hammer and pick"
    assert other("meadow", "A wide meadow.", "grass")["landmark_name"] == "couch and lamp"  # a room
    bakery = other("bakery", "A small bakery.", "indoor", "\U0001F956")
    assert bakery["terrain"] == "city" and bakery["landmark_name"] == "convenience store"
    assert other("kitchen", "A warm kitchen.", "indoor", "\U0001F373")["landmark_name"] == "house building"
    office = other("harbour office", "A harbour office.", "indoor", "\U0001F4BB")  # by the harbour, not on a street
    assert office["landmark_name"] == "office building" and office["terrain"] == "water" and office["scenery"]
    assert backdrop.side_of(lamp_room) == "inside" and backdrop.side_of(bakery) == "outside"


def test_a_scene_seen_from_the_other_side_is_drawn_there(tmp_path):
    from storyreel.cast import EmojiCast

    project, look = make_project(tmp_path / "cape")
    place = Entity(id="place", name="Place", kind="location", description="A rocky cape by the sea.")
    look = {**look, "other": backdrop.other_side(place, look, (W, H))}
    EmojiCast(tmp_path / "cache").make(place, look, make_script(), project, project.cast("place"))
    assert project.cast_layer("place", "other.far").is_file() and project.cast_layer("place", "other.near").is_file()
    looks = json.loads((project.root / "cast" / "looks.json").read_text())
    looks["looks"]["place"] = look
    (project.root / "cast" / "looks.json").write_text(json.dumps(looks))

    def drawn(view):
        script = make_script(entities=("fox",))
        scene = script.scenes[0].model_copy(update={"view": view})
        r = SceneRenderer(script, project, scene, 3)
        return r.drawn()["background"], luma(r.frame(0))

    own, own_pixels = drawn(None)
    outside, outside_pixels = drawn("outside")
    inside, inside_pixels = drawn("inside")
    assert own["view"] == outside["view"] == "outside" and own["landmark"] == "proc:lighthouse"
    assert np.array_equal(own_pixels, outside_pixels)  # the place's own side: nothing changes
    assert inside["view"] == "inside" and inside["terrain"] == "indoor" and inside["landmark_name"] == "couch and lamp"
    assert np.abs(inside_pixels - own_pixels).mean() > 20  # a room, not the cape


def test_a_place_its_words_name_is_composed_of_its_elements():
    harbour = backdrop.place_said("harbour. A small harbour with fishing boats.")
    assert harbour["terrain"] == "water" and harbour["landmark"] == "proc:boat" and "\u26F5" in harbour["scenery"]
    assert backdrop.place_said("the market. A busy market square.")["landmark_name"] == "convenience store"
    assert backdrop.place_said("Wald. A dark forest.")["terrain"] == "forest"
    roof = backdrop.place_said("the roof. A flat roof in a city of glass towers.")
    assert roof["terrain"] == "city" and len(roof["scenery"]) >= 3  # buildings around, not a meadow
    assert backdrop.place_said("kitchen. A warm kitchen.") is None  # a room: see room_said
    forge = backdrop.room_said("the forge. A blacksmith's forge by the river.")
    assert forge["terrain"] == "indoor" and forge["landmark_name"] == "hammer and pick" and forge["floor"] == "wood"
    assert backdrop.room_said("kitchen. A warm kitchen.")["landmark_name"] == "cooking"
    assert backdrop.room_said("the hearth. A warm hearth.")["landmark_name"] == "fire"
    assert backdrop.room_said("meadow. A wide meadow.") is None
    place = Entity(id="harbour", name="harbour", kind="location", description="A small harbour.")
    look = {**backdrop.plan_location(place, harbour["landmark"], harbour["landmark_name"], "water", (W, H)),
            "scenery": harbour["scenery"]}
    items = backdrop._near_items(look)
    afloat = [i for i in items if i[2] in backdrop.AFLOAT]
    assert afloat and all(depth <= backdrop.SHORE_DEPTH for depth, *_ in afloat)  # boats on the water
    assert all(depth > backdrop.SHORE_DEPTH for depth, _, char, _ in items if char not in backdrop.AFLOAT)
    assert {char for _, _, char, _ in items} <= set(harbour["scenery"]) | set(backdrop.SCENERY["water"][0])


def test_the_cast_composes_a_named_place_without_asking_the_model(tmp_path):
    from storyreel.cast import REGISTRY
    from storyreel.script import Script

    from conftest import with_set_up_art

    script = Script(title="T", width=W, height=H, entities=[
        {"id": "harbour", "name": "the harbour", "kind": "location", "description": "A harbour with fishing boats."},
        {"id": "forge", "name": "the forge", "kind": "location", "description": "A forge."},
        {"id": "hospital", "name": "the hospital", "kind": "location", "description": "A hospital."},
        {"id": "river", "name": "river", "kind": "location", "description": "A wide river."},
        {"id": "hill", "name": "hill", "kind": "location", "description": "A hill."},
        {"id": "cape", "name": "the lighthouse", "kind": "location", "description": "A lighthouse on a cliff."},
        {"id": "raft", "name": "raft", "kind": "object", "description": "A wooden raft."}],
        scenes=[{"id": "s1", "description": "x", "narration": "x", "duration_s": 2.0, "background": "harbour"}])
    looks = REGISTRY.create("emoji", cache_dir=with_set_up_art(tmp_path / "cache"), config=None).plan(script)
    look = looks["harbour"]
    assert look["landmark"] == "proc:boat" and look["terrain"] == "water" and look["scenery"]
    assert look["other"]["terrain"] == "indoor"  # its other side, for a scene seen from inside
    # A room its words name: its fixture inside (never a frying pan for a forge), its building outside.
    assert looks["forge"]["terrain"] == "indoor" and looks["forge"]["landmark_name"] == "hammer and pick"
    assert looks["forge"]["other"]["landmark_name"] == "house building"
    assert looks["hospital"]["landmark_name"] == "bed" and looks["hospital"]["other"]["landmark_name"] == "hospital"
    # A natural place its name says: what grows there (a model had put a fountain by a river, a castle on a hill).
    assert looks["river"]["terrain"] == "water" and looks["river"]["landmark_name"] == "deciduous tree"
    assert looks["hill"]["terrain"] == "mountain" and looks["hill"]["landmark_name"] == "evergreen tree"
    assert looks["cape"]["landmark"] == "proc:lighthouse"  # named by its name: a cliff under it does not compose it
    assert looks["raft"]["drawn"] == "raft" and looks["raft"]["labels"] == ["raft"]  # no glyph shows one: drawn


# --------------------------------------------------------------------------- lying snow


@pytest.mark.parametrize("terrain", ["grass", "water", "city"])
def test_snow_lies_on_the_ground_not_on_the_water_or_the_scenery(terrain):
    place = Entity(id="p", name="place", kind="location", description="A place by the lake.")
    look = backdrop.plan_location(place, "\U0001F3E0", "house", terrain, (W, H))
    near = backdrop.paint_near(look)
    snowy = np.asarray(backdrop.snowed(near, look)).astype(int)
    plain = np.asarray(near).astype(int)
    h = near.height
    bottom = (slice(h - 5, h), slice(None))
    assert snowy[bottom][..., :3].mean() > 200 > plain[bottom][..., :3].mean()  # white underfoot
    changed = np.abs(snowy - plain).sum(axis=2) > 0
    assert not changed[: round(h * look["horizon"])].any()  # nothing above the horizon
    if terrain == "water":  # the open water stays water
        assert not changed[round(h * look["horizon"]): round(h * look["horizon"]) + 3].any()
    assert changed.mean() < 0.6  # the scenery standing on the ground keeps its colours
    indoor = backdrop.plan_location(place, "\U0001F6CB\uFE0F", "couch", "indoor", (W, H))
    assert backdrop.snowed(near, indoor) is near


def test_a_snowy_scene_is_drawn_on_white_ground(tmp_path):
    project, _ = make_project(tmp_path / "field", terrain="grass", landmark="\U0001F3E0", landmark_name="house",
                              description="A green field.")
    clear = np.asarray(renderer(project, 3, entities=()).backdrop.ground).astype(int)
    snowy = np.asarray(renderer(project, 3, entities=(), weather_="snow").backdrop.ground).astype(int)
    assert snowy[-5:].mean() > clear[-5:].mean() + 60  # the ground the snow falls on is white


@pytest.mark.parametrize("time_", ["day", "morning"])
def test_an_overcast_hides_the_sun_that_a_clear_sky_shows(time_):
    from storyreel.animatic.light import paint_sky

    for seed in range(4):
        clear = np.asarray(paint_sky(time_, "clear", (320, 180), 120, seed))[:120].min(axis=2)
        grey = np.asarray(paint_sky(time_, "cloudy", (320, 180), 120, seed))[:120].min(axis=2)
        assert (clear >= 220).sum() > 300  # the sun's disc: hundreds of near-white pixels
        assert (grey >= 220).sum() == 0  # "a grey morning": clouds only, no pale sun behind them


def test_a_scene_on_a_raft_is_seen_out_on_the_water(tmp_path):
    from storyreel.cast import EmojiCast

    project, look = make_project(tmp_path / "river", description="A wide river.")
    look["shore"] = "grass"
    place = Entity(id="place", name="Place", kind="location", description="A wide river.")
    EmojiCast(tmp_path / "cache").make(place, look, make_script(), project, project.cast("place"))
    assert project.cast_layer("place", "afloat.near").is_file()
    near, open_water = (np.asarray(Image.open(project.cast_layer("place", p + "near")).convert("RGB"), dtype=int)
                        for p in ("", "afloat."))
    bottom = (slice(-8, None), slice(None))
    assert near[bottom][..., 1].mean() > near[bottom][..., 2].mean()  # the bank: green grass underfoot
    assert open_water[bottom][..., 2].mean() > open_water[bottom][..., 1].mean() + 20  # out on it: water
    raft = {"kind": "object", "drawn": "raft", "glyph_name": "raft", "noun": "raft", "labels": ["raft"],
            "hue_shift": 0, "accessories": [], "outline": "#ffffff", "border": 6}
    bear = Entity(id="bear", name="raft", kind="object", description="A raft.")  # the "bear" entity plays a raft
    EmojiCast(tmp_path / "cache").make(bear, raft, make_script(), project, project.cast("bear"))
    sprite = Image.open(project.cast("bear"))
    assert sprite.width > 2 * sprite.height and np.asarray(sprite.getchannel("A")).mean() > 100  # a wide, solid raft
    looks = json.loads((project.root / "cast" / "looks.json").read_text())
    looks["looks"].update(place=look, bear=raft)
    (project.root / "cast" / "looks.json").write_text(json.dumps(looks))

    def seen(narration: str) -> SceneRenderer:
        script = make_script(entities=("fox", "bear"))
        script.entities[1].kind, script.entities[1].name = "object", "raft"
        return SceneRenderer(script, project, script.scenes[0].model_copy(update={"narration": narration}), 3)

    out = seen("The fox steered the raft across the river.")
    assert out.riders == {"fox": ("bear", "on")} and out.layers == "afloat."  # on a raft: standing, out on the water
    assert seen("The fox waited beside the raft.").layers == ""  # on the bank beside it: the bank
