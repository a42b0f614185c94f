import pytest

from storyreel.animatic.camera import (
    CLOSE_SCALE, FAR_DEPTH, PAN_TRAVEL, TILT_TRAVEL, WIDE_SCALE, ZOOM_FACTOR, Framing, Rect, camera_rect, ease, framing,
    parallax_offset, world_size,
)

FW, FH = 1280, 720
WW, WH = world_size(FW, FH)
MOVES = ["static", "pan_left", "pan_right", "tilt_up", "tilt_down", "zoom_in", "zoom_out"]
TS = [i / 40 for i in range(41)]


def rect(move, t, speed="medium", focus=None):
    return camera_rect(move, speed, t, FW, FH, WW, WH, focus=focus)


def test_world_size_is_a_quarter_larger_and_even():
    assert world_size(1280, 720) == (1600, 900)
    for w, h in [(66, 66), (100, 90), (1920, 1080), (642, 362)]:
        ww, wh = world_size(w, h)
        assert ww % 2 == 0 and wh % 2 == 0
        assert abs(ww - 1.25 * w) <= 1.5 and abs(wh - 1.25 * h) <= 1.5


def test_ease_starts_and_ends_at_rest():
    assert ease(0.0) == 0.0 and ease(1.0) == 1.0
    assert ease(-1.0) == 0.0 and ease(2.0) == 1.0
    # Velocity near the ends is far below the velocity in the middle.
    eps = 1e-3
    mid_speed = (ease(0.5 + eps) - ease(0.5 - eps)) / (2 * eps)
    assert ease(eps) / eps < 0.01 * mid_speed
    assert (1 - ease(1 - eps)) / eps < 0.01 * mid_speed


@pytest.mark.parametrize("move", MOVES)
@pytest.mark.parametrize("speed", ["slow", "medium", "fast"])
def test_rect_always_inside_the_world(move, speed):
    for focus in (None, (0.0, 0.0), (WW, WH), (WW * 0.7, WH * 0.6)):
        for t in TS:
            r = camera_rect(move, speed, t, FW, FH, WW, WH, focus=focus)
            assert r.x >= 0 and r.y >= 0
            assert r.x + r.w <= WW + 1e-9 and r.y + r.h <= WH + 1e-9
            # The frame's aspect ratio is kept, so nothing is stretched.
            assert r.w / r.h == pytest.approx(FW / FH)


def test_static_is_centred_and_frame_sized():
    for t in TS:
        assert rect("static", t) == Rect((WW - FW) / 2, (WH - FH) / 2, FW, FH)


@pytest.mark.parametrize("move,axis,sign", [
    ("pan_right", "x", +1), ("pan_left", "x", -1), ("tilt_down", "y", +1), ("tilt_up", "y", -1)])
def test_pans_travel_the_right_way(move, axis, sign):
    other = "y" if axis == "x" else "x"
    values = [getattr(rect(move, t), axis) for t in TS]
    steps = [b - a for a, b in zip(values, values[1:])]
    assert all(sign * s >= 0 for s in steps)
    assert sign * (values[-1] - values[0]) > 0
    assert {getattr(rect(move, t), other) for t in TS} == {getattr(rect("static", 0), other)}
    assert all((rect(move, t).w, rect(move, t).h) == (FW, FH) for t in TS)
    # The move passes through the centred view halfway.
    assert getattr(rect(move, 0.5), axis) == pytest.approx(getattr(rect("static", 0), axis))


def test_pan_eases_in_and_out():
    x = [rect("pan_right", t).x for t in TS]
    end_step, mid_step = x[1] - x[0], x[21] - x[20]
    assert end_step < 0.1 * mid_step
    assert x[-1] - x[-2] < 0.1 * mid_step


def test_faster_pans_travel_further():
    travel = {s: rect("pan_right", 1.0, s).x - rect("pan_right", 0.0, s).x for s in PAN_TRAVEL}
    assert 0 < travel["slow"] < travel["medium"] < travel["fast"] <= WW - FW
    tilt = {s: rect("tilt_down", 1.0, s).y - rect("tilt_down", 0.0, s).y for s in TILT_TRAVEL}
    assert 0 < tilt["slow"] < tilt["medium"] < tilt["fast"] <= WH - FH
    # Sprites' feet stand at up to 89% of the frame height: a tilt must not push them out.
    assert 0.89 * FH + tilt["fast"] / 2 < FH


def test_zoom_in_shrinks_the_view_and_zoom_out_grows_it():
    z = ZOOM_FACTOR["medium"]
    widths = [rect("zoom_in", t).w for t in TS]
    assert widths[0] == pytest.approx(FW) and widths[-1] == pytest.approx(FW / z)
    assert all(b <= a for a, b in zip(widths, widths[1:]))
    assert rect("zoom_in", 0.0) == rect("static", 0.0)
    out = [rect("zoom_out", t).w for t in TS]
    assert out[0] == pytest.approx(FW / z) and out[-1] == pytest.approx(FW)
    assert rect("zoom_out", 1.0) == rect("static", 0.0)
    assert ZOOM_FACTOR["slow"] < ZOOM_FACTOR["medium"] < ZOOM_FACTOR["fast"]


def test_zoom_is_centred_without_focus_and_leans_toward_it():
    r = rect("zoom_in", 1.0)
    assert r.x + r.w / 2 == pytest.approx(WW / 2) and r.y + r.h / 2 == pytest.approx(WH / 2)
    focus = (WW * 0.65, WH * 0.55)
    r = rect("zoom_in", 1.0, focus=focus)
    cx, cy = r.x + r.w / 2, r.y + r.h / 2
    assert WW / 2 < cx < focus[0] and WH / 2 < cy < focus[1]


def test_far_layer_moves_less_than_the_camera():
    a, b = rect("pan_right", 0.0), rect("pan_right", 1.0)
    fa, fb = parallax_offset(a, FW, FH, WW, WH), parallax_offset(b, FW, FH, WW, WH)
    assert 0 < fb[0] - fa[0] < b.x - a.x
    assert fb[0] - fa[0] == pytest.approx(FAR_DEPTH * (b.x - a.x))
    centred = rect("static", 0.0)
    assert parallax_offset(centred, FW, FH, WW, WH) == (centred.x, centred.y)
    # Depth 1 moves with the camera.
    assert parallax_offset(b, FW, FH, WW, WH, depth=1.0) == pytest.approx((b.x, b.y))


def test_unknown_move_is_rejected():
    with pytest.raises(ValueError, match="dolly"):
        camera_rect("dolly", "medium", 0.5, FW, FH, WW, WH)


# -- shot sizes ---------------------------------------------------------------------------------

SUBJECT = (WW * 0.35, WH * 0.4, FH * 0.5)  # a person: centre x, head top y, height (world pixels)


def test_a_medium_shot_is_the_frame_sized_view():
    assert framing("medium", FH, SUBJECT) == Framing()
    for move in MOVES:
        for t in (0.0, 0.3, 1.0):
            assert camera_rect(move, "fast", t, FW, FH, WW, WH, shot=framing("medium", FH)) == rect(move, t, "fast")


def test_a_wide_shot_shows_more_of_the_place_and_still_pans():
    wide = framing("wide", FH)
    still = camera_rect("static", "medium", 0.5, FW, FH, WW, WH, shot=wide)
    assert still.w == pytest.approx(FW / WIDE_SCALE) and still.w > FW and still.x + still.w <= WW
    start, end = (camera_rect("pan_right", "fast", t, FW, FH, WW, WH, shot=wide) for t in (0.0, 1.0))
    assert end.x > start.x and end.w == start.w


def test_a_close_shot_frames_the_subjects_head_and_shoulders():
    close = framing("close", FH, SUBJECT)
    assert CLOSE_SCALE[0] <= close.scale <= CLOSE_SCALE[1]
    x, top, height = SUBJECT
    for move in MOVES:
        for t in (0.0, 0.5, 1.0):
            r = camera_rect(move, "medium", t, FW, FH, WW, WH, focus=close.centre, shot=close)
            assert r.w < FW / 1.5 and r.w / r.h == pytest.approx(FW / FH)
            assert r.x < x < r.x + r.w  # the subject stays in the picture
            assert r.y <= top < r.y + 0.3 * r.h  # its head near the top, not cut off
            assert r.y + r.h < top + height  # and not its feet: a close shot
    # A smaller subject is framed tighter, within the bounds; nobody to frame is a tighter centred view.
    assert framing("close", FH, (x, top, height / 2)).scale >= close.scale
    assert framing("close", FH) == Framing(CLOSE_SCALE[0])
    with pytest.raises(ValueError, match="shot size"):
        framing("extreme", FH)
