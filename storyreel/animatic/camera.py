"""Camera planning: where the view rectangle sits in the painted world at each moment.

The backdrop is painted larger than the frame (the "world", 1.25x each way) so the
camera has room to move. A shot size frames the view (wide, medium, close on the
protagonist's face) and a camera move changes it over time: a rectangle in world pixels
that the renderer crops (and, when not frame-sized, scales) to the frame. Pure functions.
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
# Shot sizes: the magnification of the view before any zoom (medium is the frame-sized view). A
# wide shot shows more of the place, leaving a little margin for pans; a close shot is sized to
# its subject: the view is CLOSE_VIEW times the subject's height tall (head and shoulders of a
# standing person), within CLOSE_SCALE, with the subject's top CLOSE_HEADROOM of the view down.
WIDE_SCALE = 0.84
CLOSE_VIEW = 0.55
CLOSE_SCALE = (1.6, 2.6)
CLOSE_HEADROOM = 0.12
# Pans travel a share of the margin, but never more than this share of the view's own width.
PAN_MAX = 0.25
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


@dataclass(frozen=True)
class Framing:
    """Where a shot is framed before its camera move: `scale` magnifies the frame-sized view
    (1.0 = medium) and `centre` (world pixels) is the view's middle, None for the world's."""

    scale: float = 1.0
    centre: tuple[float, float] | None = None


def framing(shot: str, frame_h: int, subject: tuple[float, float, float] | None = None) -> Framing:
    """The framing of a shot size. `subject` is (centre x, top y, height) in world pixels of what
    a close shot shows (the protagonist); a close shot without one is a tighter centred view."""
    if shot == "medium":
        return Framing()
    if shot == "wide":
        return Framing(WIDE_SCALE)
    if shot != "close":
        raise ValueError(f"unknown shot size {shot!r}")
    low, high = CLOSE_SCALE
    if subject is None:
        return Framing(low)
    x, top, height = subject
    scale = min(high, max(low, frame_h / (CLOSE_VIEW * max(height, 1.0))))
    view_h = frame_h / scale
    return Framing(scale, (x, top - CLOSE_HEADROOM * view_h + view_h / 2))


def camera_rect(
    move: str,
    speed: str,
    t: float,
    frame_w: int,
    frame_h: int,
    world_w: int,
    world_h: int,
    focus: tuple[float, float] | None = None,
    shot: Framing = Framing(),
) -> Rect:
    """The view rectangle at normalized time t in [0, 1] (eased; always inside the world).

    The shot's framing sets the view's size and middle (medium: frame-sized, at the world's
    middle); static holds it. Pans and tilts keep that size and travel a share of the margin
    set by `speed` (at most PAN_MAX of the view); pan_right moves the view right (so the
    content slides left on screen), tilt_up moves it up. Zooms magnify the framed view by 1
    to ZOOM_FACTOR (zoom_in) or back (zoom_out); the tight end leans toward `focus` (world
    pixels), e.g. the protagonist.
    """
    if move not in ("static", *PANS, *ZOOMS):
        raise ValueError(f"unknown camera move {move!r}")
    if speed not in PAN_TRAVEL:
        raise ValueError(f"unknown camera speed {speed!r}")
    w, h = min(float(world_w), frame_w / shot.scale), min(float(world_h), frame_h / shot.scale)
    cx, cy = shot.centre or (world_w / 2.0, world_h / 2.0)

    if move in PANS:
        horizontal = move in ("pan_left", "pan_right")
        travel = PAN_TRAVEL[speed] * min(world_w - w, PAN_MAX * w) if horizontal else \
            TILT_TRAVEL[speed] * min(world_h - h, PAN_MAX * h)
        offset = (ease(t) - 0.5) * travel
        if move in ("pan_left", "tilt_up"):
            offset = -offset
        if horizontal:
            cx += offset
        else:
            cy += offset
    elif move in ZOOMS:
        z = ZOOM_FACTOR[speed]
        s = zoom_scale(move, speed, t)
        w, h = w / s, h / s
        if focus is not None:
            # Lean toward the focus in proportion to how tight the view is, so the
            # wide end is exactly the framed view.
            lean = FOCUS_BIAS * (s - 1.0) / (z - 1.0)
            cx += (focus[0] - cx) * lean
            cy += (focus[1] - cy) * lean

    x = min(max(cx - w / 2.0, 0.0), world_w - w)
    y = min(max(cy - h / 2.0, 0.0), world_h - h)
    return Rect(x, y, w, h)


def parallax_offset(rect: Rect, frame_w: int, frame_h: int, world_w: int, world_h: int,
                    depth: float = FAR_DEPTH) -> tuple[float, float]:
    """Top-left of the crop for a layer at `depth` (0 = infinitely far, 1 = moves with the camera).

    A far layer follows the camera's displacement from the centred view only partly,
    which is what makes a pan read as depth.
    """
    cx, cy = (world_w - frame_w) / 2.0, (world_h - frame_h) / 2.0
    return cx + (rect.x - cx) * depth, cy + (rect.y - cy) * depth
