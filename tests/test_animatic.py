"""Real renders through ffmpeg at a small size: frame count, size, rate, camera direction,
parallax, keyframe = first frame, and clear errors."""

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps

from storyreel import keyframes, shots, tools
from storyreel.animatic.camera import PAN_TRAVEL, world_size
from storyreel.animatic.renderer import SceneRenderer
from storyreel.errors import StoryreelError
from storyreel.project import Project
from storyreel.script import validate_script
from storyreel.shots import FrameWriter

W, H, FPS = 320, 180, 12
WW, WH = world_size(W, H)
SOFA = (255, 0, 255)  # a colour the test backdrops never contain
EMOJI_FONT = "/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf"


def emoji_sprite(char: str) -> Image.Image:
    font = ImageFont.truetype(EMOJI_FONT, 109)
    im = Image.new("RGBA", (160, 160), (0, 0, 0, 0))
    ImageDraw.Draw(im).text((80, 80), char, font=font, embedded_color=True, anchor="mm")
    return im


def texture(size, seed, mode="RGB") -> Image.Image:
    """Blurred random blobs: plenty of detail for measuring shifts."""
    rng = np.random.default_rng(seed)
    small = rng.integers(40, 216, (size[1] // 10 + 1, size[0] // 10 + 1, 3), dtype=np.uint8)
    im = Image.fromarray(small).resize(size, Image.BICUBIC).filter(ImageFilter.GaussianBlur(1))
    return im.convert(mode)


@pytest.fixture
def project(tmp_path):
    p = Project(tmp_path / "proj")
    p.cast("fox").parent.mkdir(parents=True)
    emoji_sprite("🦊").save(p.cast("fox"))
    # A user's own picture: no transparency, unusual aspect.
    Image.new("RGB", (90, 40), SOFA).save(p.cast("sofa"))
    texture((500, 260), 1).save(p.cast("forest"))  # not world-sized: scaled to cover
    return p


def add_layers(p: Project) -> None:
    """Far layer: texture; near layer: another texture, opaque below the horizon only."""
    p.cast_layer("forest", "far").parent.mkdir(parents=True, exist_ok=True)
    texture((WW, WH), 2).save(p.cast_layer("forest", "far"))
    near = texture((WW, WH), 3, "RGBA")
    alpha = np.zeros((WH, WW), np.uint8)
    horizon = int(WH * 0.58)
    alpha[horizon:] = 255
    alpha[horizon - 3:horizon + 3] = np.linspace(40, 220, 6, dtype=np.uint8)[:, None]  # a soft edge
    near.putalpha(Image.fromarray(alpha))
    near.save(p.cast_layer("forest", "near"))


def make_script(entities=("fox", "sofa"), move="static", speed="medium", actions=None, duration=2.0):
    return validate_script({
        "title": "Test", "fps": FPS, "width": W, "height": H,
        "entities": [
            {"id": "fox", "name": "Fox", "kind": "character", "description": "A red fox."},
            {"id": "sofa", "name": "Sofa", "kind": "object", "description": "A red sofa."},
            {"id": "forest", "name": "Forest", "kind": "location", "description": "A forest."},
        ],
        "scenes": [{
            "id": "s1", "description": "d", "narration": "n", "duration_s": duration,
            "entities": list(entities), "background": "forest",
            "protagonist": entities[0] if entities else None,
            "camera": {"move": move, "speed": speed}, "actions": actions or {},
        }],
    })


def render_shot(project, script, frames, name="shot.mp4"):
    out = project.root / name
    shots.REGISTRY.create("animatic").render(script.scenes[0], script, project, frames, out)
    return out


def decode(path) -> np.ndarray:
    """All frames of a video as an array (n, H, W, 3)."""
    raw = tools.run(["ffmpeg", "-v", "error", "-i", str(path), "-f", "rawvideo", "-pix_fmt", "rgb24", "-"]).stdout
    return np.frombuffer(raw, np.uint8).reshape(-1, H, W, 3)


def shift_x(a: np.ndarray, b: np.ndarray) -> int:
    """Horizontal shift d (pixels) such that b(x) ~ a(x - d), by phase correlation."""
    a = a.mean(axis=2) - a.mean()
    b = b.mean(axis=2) - b.mean()
    window = np.outer(np.hanning(a.shape[0]), np.hanning(a.shape[1]))
    cross = np.fft.fft2(b * window) * np.conj(np.fft.fft2(a * window))
    corr = np.fft.ifft2(cross / (np.abs(cross) + 1e-9)).real
    dy, dx = np.unravel_index(np.argmax(corr), corr.shape)
    return int(dx if dx <= a.shape[1] // 2 else dx - a.shape[1])


def test_shot_has_exact_frames_size_and_rate(project):
    script = make_script(actions={"fox": "enter_left", "sofa": "shake"})
    out = render_shot(project, script, frames=17)
    info = tools.ffprobe(out)
    (video,) = [s for s in info["streams"] if s["codec_type"] == "video"]
    assert not [s for s in info["streams"] if s["codec_type"] == "audio"]
    assert (video["width"], video["height"]) == (W, H)
    assert video["codec_name"] == "h264" and video["pix_fmt"] == "yuv420p"
    assert video["r_frame_rate"] == f"{FPS}/1"
    assert int(video["nb_frames"]) == 17
    assert len(decode(out)) == 17


def test_keyframe_is_the_first_frame_of_the_shot(project):
    add_layers(project)
    script = make_script(move="zoom_in", actions={"fox": "jump", "sofa": "idle"})
    # The shot's length comes from the narration later, so it differs from duration_s.
    out = render_shot(project, script, frames=7)
    key = project.keyframe("s1")
    key.parent.mkdir(parents=True)
    keyframes.REGISTRY.create("animatic").render(script.scenes[0], script, project, key)
    with Image.open(key) as im:
        assert im.format == "PNG" and im.mode == "RGB" and im.size == (W, H)
        still = np.asarray(im)
    assert np.array_equal(still, np.asarray(SceneRenderer(script, project, script.scenes[0], 7).frame(0)))
    luma = lambda a: a.astype(float) @ [0.299, 0.587, 0.114]  # noqa: E731
    first, second, last = (luma(f) for f in decode(out)[[0, 1, -1]])
    error = np.abs(luma(still) - first).mean()
    assert error < 2.0  # only compression
    assert np.abs(luma(still) - second).mean() > error  # the camera and sprites move at once
    assert np.abs(luma(still) - last).mean() > 8


def test_pan_right_moves_content_left_by_the_planned_travel(project):
    script = make_script(entities=(), move="pan_right", speed="fast")
    frames = decode(render_shot(project, script, frames=12))
    travel = PAN_TRAVEL["fast"] * (WW - W)
    assert shift_x(frames[0], frames[-1]) == pytest.approx(-travel, abs=2)
    left = make_script(entities=(), move="pan_left", speed="fast")
    frames = decode(render_shot(project, left, frames=12, name="left.mp4"))
    assert shift_x(frames[0], frames[-1]) == pytest.approx(travel, abs=2)


def test_far_layer_moves_half_as_much_as_the_near_layer(project):
    add_layers(project)
    script = make_script(entities=(), move="pan_right", speed="fast")
    first, last = decode(render_shot(project, script, frames=12))[[0, -1]]
    horizon = round(WH * 0.58 - (WH - H) / 2)  # the near layer's top edge on screen
    travel = PAN_TRAVEL["fast"] * (WW - W)
    far = shift_x(first[: horizon - 8], last[: horizon - 8])
    near = shift_x(first[horizon + 8:], last[horizon + 8:])
    assert near == pytest.approx(-travel, abs=2)
    assert far == pytest.approx(-travel / 2, abs=2)


@pytest.mark.parametrize("move", ["pan_left", "pan_right", "tilt_up", "tilt_down"])
def test_moving_camera_passes_through_the_static_picture(project, move):
    add_layers(project)
    actions = {"fox": "idle", "sofa": "shake"}
    still, moving = make_script(actions=actions), make_script(move=move, actions=actions)
    static = SceneRenderer(still, project, still.scenes[0], 9).frame(4)
    middle = SceneRenderer(moving, project, moving.scenes[0], 9).frame(4)  # t = 0.5: the centred view
    assert np.array_equal(np.asarray(static), np.asarray(middle))


def test_sprites_stand_on_the_ground_and_protagonist_is_biggest(project):
    script = make_script(actions={"fox": "idle", "sofa": "idle"})
    r = SceneRenderer(script, project, script.scenes[0], 5)
    fox, sofa = sorted(r.placements, key=lambda p: p.entity_id != "fox")
    assert fox.height > sofa.height
    frame = np.asarray(r.frame(0)).astype(int)
    # The sofa image is one solid colour: find it and check its feet are on the ground line.
    rows = np.flatnonzero((frame == SOFA).all(axis=2).any(axis=1))
    assert abs(rows[-1] + 1 - sofa.baseline) <= 2
    assert 0.8 * H <= rows[-1] <= 0.92 * H


def test_zoom_frames_match_an_exact_resample(project):
    script = make_script(entities=(), move="zoom_in", speed="fast")
    r = SceneRenderer(script, project, script.scenes[0], 9)
    with Image.open(project.cast("forest")) as im:
        world = ImageOps.fit(im.convert("RGB"), (WW, WH), Image.LANCZOS)
    for i in (0, 4, 8):
        rect = r.rect(i / 8)
        exact = world.resize((W, H), Image.BICUBIC, box=(rect.x, rect.y, rect.x + rect.w, rect.y + rect.h))
        assert np.abs(np.asarray(r.frame(i), float) - np.asarray(exact, float)).mean() < 1.5


def test_zoom_starts_and_ends_on_the_static_picture(project):
    actions = {"fox": "idle", "sofa": "jump"}
    still = make_script(actions=actions)
    static = SceneRenderer(still, project, still.scenes[0], 9)
    zoom_in = make_script(move="zoom_in", actions=actions)
    zoom_out = make_script(move="zoom_out", actions=actions)
    first = SceneRenderer(zoom_in, project, zoom_in.scenes[0], 9).frame(0)
    last = SceneRenderer(zoom_out, project, zoom_out.scenes[0], 9).frame(8)
    assert np.abs(np.asarray(first, float) - np.asarray(static.frame(0), float)).mean() < 1.5
    assert np.abs(np.asarray(last, float) - np.asarray(static.frame(8), float)).mean() < 1.5


@pytest.mark.parametrize("move", ["static", "pan_right", "zoom_in"])
def test_shot_sizes_frame_the_protagonist_closer_or_wider(project, move):
    sizes = {}
    for shot in ("wide", "medium", "close"):
        script = make_script(move=move, actions={"fox": "idle", "sofa": "idle"})
        scene = script.scenes[0].model_copy(update={"shot": shot})
        r = SceneRenderer(script, project, scene, 5)
        boxes = [r.boxes(i) for i in range(5)]
        assert all("fox" in b for b in boxes), f"{shot}: the protagonist left the picture"
        sizes[shot] = boxes[0]["fox"][3] - boxes[0]["fox"][1]
        if shot == "close":  # the fox's head is in the picture, near its top
            assert all(b["fox"][1] < 0.3 * H for b in boxes)
        assert np.asarray(r.frame(4)).shape == (H, W, 3)
    assert sizes["wide"] < sizes["medium"] < sizes["close"]


def test_a_still_wide_shot_is_an_exact_resample(project):
    script = make_script(entities=())
    scene = script.scenes[0].model_copy(update={"shot": "wide"})
    r = SceneRenderer(script, project, scene, 3)
    with Image.open(project.cast("forest")) as im:
        world = ImageOps.fit(im.convert("RGB"), (WW, WH), Image.LANCZOS)
    rect = r.rect(0.0)
    assert rect.w > W
    exact = world.resize((W, H), Image.BICUBIC, box=(rect.x, rect.y, rect.x + rect.w, rect.y + rect.h))
    assert np.abs(np.asarray(r.frame(0), float) - np.asarray(exact, float)).mean() < 2.5


def test_missing_cast_image_names_the_entity_and_the_file(project):
    project.cast("sofa").unlink()
    script = make_script()
    with pytest.raises(StoryreelError) as err:
        render_shot(project, script, frames=3)
    assert "'sofa'" in str(err.value) and str(project.cast("sofa")) in str(err.value)
    project.cast("forest").unlink()
    with pytest.raises(StoryreelError) as err:
        SceneRenderer(make_script(entities=()), project, make_script(entities=()).scenes[0], 3)
    assert "'forest'" in str(err.value) and str(project.cast("forest")) in str(err.value)


def test_unreadable_cast_image_is_a_clear_error(project):
    project.cast("fox").write_bytes(b"not a png")
    with pytest.raises(StoryreelError, match="cannot read image .*fox.png"):
        SceneRenderer(make_script(), project, make_script().scenes[0], 3)


def test_frame_writer_kills_ffmpeg_when_the_block_fails(tmp_path):
    with pytest.raises(RuntimeError, match="boom"):
        with FrameWriter(tmp_path / "x.mp4", 64, 64, FPS) as writer:
            writer.write(bytes(64 * 64 * 3))
            proc = writer.process
            assert proc.poll() is None
            raise RuntimeError("boom")
    assert proc.returncode is not None and proc.returncode < 0  # killed, not finished
    assert writer.process.stdin.closed


def test_frame_writer_reports_ffmpeg_failure(tmp_path):
    with pytest.raises(StoryreelError, match="(?s)ffmpeg failed writing.*No such file or directory"):
        with FrameWriter(tmp_path / "missing-dir" / "x.mp4", 64, 64, FPS) as writer:
            writer.write(bytes(64 * 64 * 3))
    with pytest.raises(ValueError, match="expected 12288"):
        with FrameWriter(tmp_path / "y.mp4", 64, 64, FPS) as writer:
            writer.write(bytes(10))


@pytest.mark.parametrize("move", ["static", "tilt_up", "tilt_down", "zoom_in", "pan_left"])
def test_faces_stay_clear_of_the_subtitles_and_of_each_other_on_screen(project, move):
    from storyreel.animatic.layout import FACE, SUBTITLE_BAND

    add_layers(project)
    script = make_script(move=move, speed="fast", actions={"fox": "walk_right", "sofa": "walk_left"})
    r = SceneRenderer(script, project, script.scenes[0], 12)
    z = {p.entity_id: p.z for p in r.placements}
    for i in range(12):
        boxes = r.boxes(i)
        for eid, (x0, y0, x1, y1) in boxes.items():
            face = (x0, y0, x1, y0 + FACE * (y1 - y0))
            assert face[3] <= (1 - SUBTITLE_BAND) * H, (move, i, eid)
            for other, (a0, b0, a1, b1) in boxes.items():
                if z[other] > z[eid]:
                    assert a1 <= face[0] or face[2] <= a0 or b1 <= face[1] or face[3] <= b0, (move, i, eid, other)


def test_a_single_picture_backdrop_is_lit_for_the_scene(project):
    """A user's own picture of a place has no layers and no look: it is still graded and rained on."""
    day, night = make_script(), make_script()
    night.scenes[0].time, night.scenes[0].weather = "night", "rain"
    a = np.asarray(SceneRenderer(day, project, day.scenes[0], 4).frame(0), dtype=float)
    r = SceneRenderer(night, project, night.scenes[0], 4)
    b = np.asarray(r.frame(0), dtype=float)
    assert b.mean() < 0.6 * a.mean()
    assert not np.array_equal(np.asarray(r.frame(1)), np.asarray(r.frame(2)))  # rain falls
    drawn = r.drawn()["background"]
    assert drawn["time"] == "night" and drawn["weather"] == "rain" and drawn["landmark"] is None


def test_a_rider_is_drawn_in_its_boat_and_moves_with_it(project):
    from storyreel.animatic.layout import IN_CUT

    emoji_sprite("🚣").save(project.cast("sofa"))  # the "sofa" entity plays a boat here
    script = make_script(actions={"sofa": "walk_right"}, duration=2.0)
    script.entities[1].name = "boat"
    scene = script.scenes[0].model_copy(update={"narration": "The fox rowed the boat across the lake."})
    r = SceneRenderer(script, project, scene, 9)
    fox, boat = (next(a for a in r.actors if a.placement.entity_id == e) for e in ("fox", "sofa"))
    assert r.riders == {"fox": ("sofa", "in")} and fox.carrier == "sofa"
    assert boat.placement.left <= fox.placement.cx <= boat.placement.right and fox.placement.z > boat.placement.z
    whole = Image.open(project.cast("fox"))
    whole = whole.crop(whole.getchannel("A").getbbox())
    # cut at the hull, not squeezed: the part shown keeps the figure's own proportions
    assert fox.sprite.width / fox.sprite.height == pytest.approx(whole.width / (whole.height * (1 - IN_CUT)), rel=0.05)
    poses = {a.placement.entity_id: ps for a, ps, _, _ in r._poses(0.7, (0.0, 0.0), 1.0)}
    assert poses["fox"].dx == poses["sofa"].dx != 0.0  # the boat moves, the fox with it
    assert r.drawn()["entities"]["fox"]["aboard"] == "sofa"
    # Nobody is put in a boat the words only look at.
    looking = script.scenes[0].model_copy(update={"narration": "The fox watched the boat."})
    assert SceneRenderer(script, project, looking, 3).riders == {}
