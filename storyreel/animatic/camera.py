"""Camera planning: where the view rectangle sits in the painted world at each moment.

The backdrop is painted larger than the frame (the "world", 1.25x each way) so the
camera has room to move. A camera move is a rectangle in world pixels that the
renderer crops (and, when zooming, scales) to the frame. Pure functions.
"""

from __future__ import annotations

from dataclasses import dataclass

WORLD_SCALE = 1.25
# Share of the available margin a pan travels over the whole scene.
PAN_TRAVEL = {"slow": 0.4, "medium": 0.7, "fast": 1.0}
# Tilts travel less: the sprites stand low in the frame and must keep their feet in view.
TILT_TRAVEL = {"slow": 0.3, "medium": 0.5, "fast": 0.7}
# How much larger the picture is at the tight end of a zoom.
ZOOM_FACTOR = {"slow": 1.1, "medium": 1.2, "fast": 1.35}
# Fraction of the way from the world centre to the focus point the tight end of a zoom is centred.
FOCUS_BIAS = 0.5
# Far layers move at this fraction of the camera's travel; near layers and sprites move fully.
FAR_DEPTH = 0.5

PANS = ("pan_left", "pan_right", "tilt_up", "tilt_down")
ZOOMS = ("zoom_in", "zoom_out")


@dataclass(frozen=True)
class Rect:
    """A view rectangle in world pixels (top-left corner and size)."""

    x: float
    y: float
    w: float
    h: float


def world_size(frame_w: int, frame_h: int) -> tuple[int, int]:
    """Size of the painted world for a frame size: 1.25x each way, rounded to even numbers."""

    return 2 * round(frame_w * WORLD_SCALE / 2), 2 * round(frame_h * WORLD_SCALE / 2)


def ease(t: float) -> float:
    """Smoothstep on [0, 1]: starts and ends with zero velocity, so moves begin and settle gently."""
    t = min(1.0, max(0.0, t))
    return t * t * (3.0 - 2.0 * t)


def zoom_scale(move: str, speed: str, t: float) -> float:
    """Magnification at time t: 1.0 is the frame-sized view; larger means closer."""
    z = ZOOM_FACTOR[speed]
    e = ease(t)
    if move == "zoom_in":
        return 1.0 + (z - 1.0) * e
    if move == "zoom_out":
        return z - (z - 1.0) * e
    return 1.0


def camera_rect(
    move: str,
    speed: str,
    t: float,
    frame_w: int,
    frame_h: int,
    world_w: int,
    world_h: int,
    focus: tuple[float, float] | None = None,
) -> Rect:
    """The view rectangle at normalized time t in [0, 1] (eased; always inside the world).

    static is the centred, frame-sized view. Pans and tilts keep that size and travel a
    share of the margin set by `speed`, centred on the middle of the world; pan_right
    moves the view right (so the content slides left on screen), tilt_up moves it up.
    Zooms shrink (zoom_in) or grow (zoom_out) the view between frame size and
    frame size / ZOOM_FACTOR; the tight end leans toward `focus` (world pixels), e.g.
    the protagonist.
    """
    if move not in ("static", *PANS, *ZOOMS):
        raise ValueError(f"unknown camera move {move!r}")
    if speed not in PAN_TRAVEL:
        raise ValueError(f"unknown camera speed {speed!r}")
    margin_x, margin_y = world_w - frame_w, world_h - frame_h
    x, y = margin_x / 2.0, margin_y / 2.0
    w, h = float(frame_w), float(frame_h)

    if move in PANS:
        horizontal = move in ("pan_left", "pan_right")
        travel = PAN_TRAVEL[speed] * margin_x if horizontal else TILT_TRAVEL[speed] * margin_y
        offset = (ease(t) - 0.5) * travel
        if move in ("pan_left", "tilt_up"):
            offset = -offset
        if horizontal:
            x += offset
        else:
            y += offset
    elif move in ZOOMS:
        z = ZOOM_FACTOR[speed]
        s = zoom_scale(move, speed, t)
        w, h = frame_w / s, frame_h / s
        cx, cy = world_w / 2.0, world_h / 2.0
        if focus is not None:
            # Lean toward the focus in proportion to how tight the view is, so the
            # wide end is exactly the static view.
            lean = FOCUS_BIAS * (s - 1.0) / (z - 1.0)
            cx += (focus[0] - cx) * lean
            cy += (focus[1] - cy) * lean
        x, y = cx - w / 2.0, cy - h / 2.0

    x = min(max(x, 0.0), world_w - w)
    y = min(max(y, 0.0), world_h - h)
    return Rect(x, y, w, h)


def parallax_offset(rect: Rect, frame_w: int, frame_h: int, world_w: int, world_h: int,
                    depth: float = FAR_DEPTH) -> tuple[float, float]:
    """Top-left of the crop for a layer at `depth` (0 = infinitely far, 1 = moves with the camera).

    A far layer follows the camera's displacement from the centred view only partly,
    which is what makes a pan read as depth.
    """
    cx, cy = (world_w - frame_w) / 2.0, (world_h - frame_h) / 2.0
    return cx + (rect.x - cx) * depth, cy + (rect.y - cy) * depth
