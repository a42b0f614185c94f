"""Procedural landmarks: common story places that have no emoji (there is no lighthouse emoji).

Each is a small vector drawing in the flat style of Noto Color Emoji: flat fills, a soft
highlight band, and an outline a darker shade of each fill. A drawing is made at four times
the asked size and scaled down, so its edges are smooth at any height.

    render("lighthouse", 200)  -> RGBA image 200 px tall
    lights("lighthouse", 200)  -> "L" mask of the same size: the window panes and lamps
                                  that glow at night (see storyreel.animatic.light);
                                  lights(..., "lamp") the lamps only, "window" the panes

A location look names a procedural landmark as "proc:<name>" (`PREFIX + name`), and an
emoji landmark by its character; `backdrop` draws both. A few things a story may name that no
emoji or clip art shows (a raft) are drawn here too (`THINGS`, `render_thing`): an object look
names one as "drawn". Everything here is a pure function of (name, height): a drawing is
byte-identical on every run.
"""

from __future__ import annotations

import functools
import math
from typing import Callable

from PIL import Image, ImageChops, ImageDraw

PREFIX = "proc:"
SUPERSAMPLE = 4
LIGHT_KINDS = ("window", "lamp")  # what glows at night: panes (a warm light), lamps (bright)

Colour = tuple[int, int, int]
Point = tuple[float, float]

RED: Colour = (222, 52, 48)
WHITE: Colour = (246, 244, 238)
STONE: Colour = (176, 172, 160)
STONE_DARK: Colour = (140, 136, 126)
ROCK: Colour = (122, 118, 112)
GLASS_DAY: Colour = (168, 212, 232)  # a window pane by day (lit at night by the light module)
LAMP_DAY: Colour = (255, 238, 160)   # a lamp's glass by day
DOOR: Colour = (132, 80, 48)
ROOF: Colour = (214, 84, 54)
WALL: Colour = (248, 234, 204)
WOOD: Colour = (150, 96, 56)
NAVY: Colour = (44, 74, 128)


def _shade(colour: Colour, k: float) -> Colour:
    """Darker (k < 1) or lighter (k > 1, towards white) shade of a colour."""
    if k <= 1:
        return tuple(round(c * k) for c in colour)
    return tuple(round(c + (255 - c) * (k - 1)) for c in colour)


class _Pen:
    """Draws in drawing units (the drawing is 1.0 tall, `aspect` wide; y grows downwards) on a
    supersampled RGBA canvas, with an outline in a darker shade of each fill, and keeps the
    mask of the shapes that glow at night."""

    def __init__(self, height: int, aspect: float):
        self.height = max(8, int(height))
        self.scale = self.height * SUPERSAMPLE
        size = (max(2, round(aspect * self.height)) * SUPERSAMPLE, self.scale)
        self.image = Image.new("RGBA", size, (0, 0, 0, 0))
        self.masks = {kind: Image.new("L", size, 0) for kind in LIGHT_KINDS}
        self.draw = ImageDraw.Draw(self.image)
        self.line_width = max(SUPERSAMPLE, round(self.scale * 0.014))

    def _xy(self, points: list[Point]) -> list[tuple[float, float]]:
        return [(x * self.scale, y * self.scale) for x, y in points]

    def _box(self, box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
        return tuple(v * self.scale for v in box)

    def polygon(self, points: list[Point], fill: Colour, outline: bool = True, glow: str | None = None) -> None:
        """A filled polygon; `glow` ("window" or "lamp") marks it as lit at night."""
        xy = self._xy(points)
        self.draw.polygon(xy, fill=(*fill, 255))
        if outline:
            self.draw.line(xy + xy[:1], fill=(*_shade(fill, 0.55), 255), width=self.line_width, joint="curve")
        if glow:
            ImageDraw.Draw(self.masks[glow]).polygon(xy, fill=255)

    def rect(self, box: tuple[float, float, float, float], fill: Colour, outline: bool = True,
             glow: str | None = None) -> None:
        x0, y0, x1, y1 = box
        self.polygon([(x0, y0), (x1, y0), (x1, y1), (x0, y1)], fill, outline, glow)

    def ellipse(self, box: tuple[float, float, float, float], fill: Colour, outline: bool = True,
                glow: str | None = None) -> None:
        xy = self._box(box)
        self.draw.ellipse(xy, fill=(*fill, 255),
                          outline=(*_shade(fill, 0.55), 255) if outline else None,
                          width=self.line_width if outline else 0)
        if glow:
            ImageDraw.Draw(self.masks[glow]).ellipse(xy, fill=255)

    def line(self, points: list[Point], colour: Colour, width: float = 1.0) -> None:
        self.draw.line(self._xy(points), fill=(*colour, 255), width=max(1, round(self.line_width * width)),
                       joint="curve")

    def clear(self, points: list[Point]) -> None:
        """Cut a transparent hole (an arch under a bridge)."""
        self.draw.polygon(self._xy(points), fill=(0, 0, 0, 0))

    def arch(self, x0: float, x1: float, top: float, bottom: float, steps: int = 16) -> list[Point]:
        """Outline of a round-topped arch (door, window, bridge opening)."""
        r = (x1 - x0) / 2
        cx, cy = (x0 + x1) / 2, top + r
        pts = [(x0, bottom), (x0, cy)]
        pts += [(cx - r * math.cos(math.pi * k / steps), cy - r * math.sin(math.pi * k / steps))
                for k in range(1, steps)]
        return pts + [(x1, cy), (x1, bottom)]

    def finish(self) -> tuple[Image.Image, dict[str, Image.Image]]:
        size = (self.image.width // SUPERSAMPLE, self.height)
        return (self.image.resize(size, Image.Resampling.LANCZOS),
                {kind: mask.resize(size, Image.Resampling.BOX) for kind, mask in self.masks.items()})


def _window(pen: _Pen, box: tuple[float, float, float, float], cross: bool = True, arched: bool = False) -> None:
    """A window: a pane that glows at night, a white frame and optionally a cross of bars."""
    x0, y0, x1, y1 = box
    if arched:
        pen.polygon(pen.arch(x0, x1, y0, y1), GLASS_DAY, glow="window")
    else:
        pen.rect(box, GLASS_DAY, glow="window")
    if cross:
        mx, my = (x0 + x1) / 2, (y0 + y1) / 2 + (0.15 * (x1 - x0) if arched else 0.0)
        pen.line([(mx, y0 + (x1 - x0) * (0.5 if arched else 0.0)), (mx, y1)], WHITE, 0.8)
        pen.line([(x0, my), (x1, my)], WHITE, 0.8)


def _crenels(pen: _Pen, x0: float, x1: float, top: float, depth: float, count: int, fill: Colour) -> None:
    """Merlons along the top of a wall: `count` teeth between x0 and x1."""
    step = (x1 - x0) / (2 * count - 1)
    for k in range(count):
        left = x0 + 2 * k * step
        pen.rect((left, top, left + step, top + depth), fill)


def draw_lighthouse(height: int) -> tuple[Image.Image, dict[str, Image.Image]]:
    """Red and white stripes, a gallery with a railing, the lamp room and a red dome, on a rock."""
    pen = _Pen(height, 0.46)
    pen.polygon([(0.02, 1.0), (0.05, 0.93), (0.12, 0.9), (0.3, 0.885), (0.36, 0.9), (0.44, 0.95), (0.45, 1.0)], ROCK)
    top_y, bottom_y = 0.33, 0.92
    top_half, bottom_half = 0.085, 0.145
    cx = 0.23

    def edge(y: float) -> float:
        return top_half + (bottom_half - top_half) * (y - top_y) / (bottom_y - top_y)

    tower = [(cx - top_half, top_y), (cx + top_half, top_y), (cx + bottom_half, bottom_y), (cx - bottom_half, bottom_y)]
    pen.polygon(tower, WHITE, outline=False)
    bands = 5
    for k in range(bands):
        if k % 2:
            continue
        y0 = top_y + (bottom_y - top_y) * k / bands
        y1 = top_y + (bottom_y - top_y) * (k + 1) / bands
        pen.polygon([(cx - edge(y0), y0), (cx + edge(y0), y0), (cx + edge(y1), y1), (cx - edge(y1), y1)], RED,
                    outline=False)
    # A highlight down the left side of the tower, then its outline.
    pen.polygon([(cx - top_half + 0.012, top_y), (cx - top_half + 0.04, top_y),
                 (cx - bottom_half + 0.06, bottom_y), (cx - bottom_half + 0.016, bottom_y)],
                (255, 255, 255), outline=False)
    pen.line(tower + tower[:1], _shade(RED, 0.55))
    pen.polygon(pen.arch(cx - 0.04, cx + 0.04, 0.8, bottom_y), DOOR)
    _window(pen, (cx - 0.025, 0.5, cx + 0.025, 0.56), cross=False, arched=True)
    _window(pen, (cx - 0.025, 0.68, cx + 0.025, 0.74), cross=False, arched=True)
    # Gallery and railing.
    pen.rect((cx - 0.15, 0.3, cx + 0.15, 0.335), (70, 74, 82))
    for k in range(7):
        x = cx - 0.13 + k * 0.26 / 6
        pen.line([(x, 0.25), (x, 0.3)], (70, 74, 82), 0.7)
    pen.line([(cx - 0.14, 0.25), (cx + 0.14, 0.25)], (70, 74, 82), 0.9)
    # The lamp room: glass that glows at night, with mullions.
    pen.rect((cx - 0.09, 0.155, cx + 0.09, 0.3), LAMP_DAY, glow="lamp")
    pen.ellipse((cx - 0.04, 0.19, cx + 0.04, 0.27), (255, 250, 220), outline=False, glow="lamp")
    for x in (cx - 0.03, cx + 0.03):
        pen.line([(x, 0.155), (x, 0.3)], (70, 74, 82), 0.8)
    # The dome and its knob.
    dome = [(cx - 0.12 * math.cos(math.pi * k / 12), 0.16 - 0.09 * math.sin(math.pi * k / 12)) for k in range(13)]
    pen.polygon(dome, RED)
    pen.ellipse((cx - 0.022, 0.035, cx + 0.022, 0.08), (70, 74, 82))
    pen.line([(cx, 0.0), (cx, 0.04)], (70, 74, 82), 0.8)
    return pen.finish()


def draw_tower(height: int) -> tuple[Image.Image, dict[str, Image.Image]]:
    """A round stone tower with a crenellated top, arched windows, a door and a flag."""
    pen = _Pen(height, 0.5)
    cx = 0.25
    pen.rect((cx - 0.15, 0.27, cx + 0.15, 1.0), STONE)
    pen.rect((cx - 0.15 + 0.012, 0.27, cx - 0.15 + 0.05, 0.995), _shade(STONE, 1.25), outline=False)
    for y in (0.4, 0.55, 0.7, 0.85):
        pen.line([(cx - 0.14, y), (cx + 0.14, y)], STONE_DARK, 0.6)
    pen.rect((cx - 0.2, 0.2, cx + 0.2, 0.29), STONE)
    _crenels(pen, cx - 0.2, cx + 0.2, 0.12, 0.09, 4, STONE)
    pen.line([(cx + 0.1, 0.12), (cx + 0.1, 0.0)], (70, 60, 50), 0.8)
    pen.polygon([(cx + 0.1, 0.0), (cx + 0.22, 0.03), (cx + 0.1, 0.06)], RED)
    _window(pen, (cx - 0.04, 0.36, cx + 0.04, 0.46), cross=False, arched=True)
    _window(pen, (cx - 0.09, 0.56, cx - 0.02, 0.65), cross=False, arched=True)
    _window(pen, (cx + 0.02, 0.56, cx + 0.09, 0.65), cross=False, arched=True)
    pen.polygon(pen.arch(cx - 0.06, cx + 0.06, 0.82, 1.0), DOOR)
    return pen.finish()


def draw_house(height: int) -> tuple[Image.Image, dict[str, Image.Image]]:
    """A cottage: cream walls, a red roof with a chimney, a door and two cross-barred windows."""
    pen = _Pen(height, 1.0)
    pen.rect((0.66, 0.14, 0.77, 0.36), (176, 96, 72))
    pen.rect((0.64, 0.11, 0.79, 0.16), (150, 80, 60))
    pen.rect((0.14, 0.46, 0.86, 0.99), WALL)
    pen.rect((0.15, 0.47, 0.2, 0.98), _shade(WALL, 1.4), outline=False)
    pen.polygon([(0.04, 0.5), (0.5, 0.1), (0.96, 0.5)], ROOF)
    pen.polygon([(0.1, 0.47), (0.5, 0.13), (0.52, 0.17), (0.16, 0.47)], _shade(ROOF, 1.2), outline=False)
    pen.ellipse((0.44, 0.27, 0.56, 0.39), GLASS_DAY, glow="window")
    _window(pen, (0.21, 0.58, 0.37, 0.76))
    _window(pen, (0.63, 0.58, 0.79, 0.76))
    pen.rect((0.43, 0.66, 0.57, 0.99), DOOR)
    pen.ellipse((0.53, 0.81, 0.55, 0.83), (240, 200, 80), outline=False)
    pen.rect((0.1, 0.97, 0.9, 1.0), (120, 120, 120), outline=False)
    return pen.finish()


def draw_bridge(height: int) -> tuple[Image.Image, dict[str, Image.Image]]:
    """A stone bridge of three arches with a parapet and lamp posts."""
    aspect = 2.6
    pen = _Pen(height, aspect)
    body = [(0.0, 0.5), (aspect, 0.5), (aspect, 1.0), (0.0, 1.0)]
    pen.polygon(body, (190, 168, 134))
    for x0, x1 in ((0.18, 0.86), (0.96, 1.64), (1.74, 2.42)):
        pen.clear(pen.arch(x0, x1, 0.64, 1.01))
        pen.line(pen.arch(x0, x1, 0.64, 1.0), _shade((190, 168, 134), 0.55))
    pen.rect((0.0, 0.46, aspect, 0.53), (170, 148, 116))
    pen.rect((0.0, 0.4, aspect, 0.46), (206, 186, 152))
    for k in range(11):
        x = 0.06 + k * (aspect - 0.12) / 10
        pen.line([(x, 0.4), (x, 0.46)], _shade((206, 186, 152), 0.6), 0.7)
    for x in (0.3, aspect / 2, aspect - 0.3):
        pen.rect((x - 0.015, 0.16, x + 0.015, 0.4), (60, 64, 72))
        pen.polygon([(x - 0.05, 0.08), (x + 0.05, 0.08), (x + 0.035, 0.17), (x - 0.035, 0.17)], LAMP_DAY, glow="lamp")
        pen.polygon([(x - 0.065, 0.085), (x, 0.03), (x + 0.065, 0.085)], (60, 64, 72))
    return pen.finish()


def draw_castle(height: int) -> tuple[Image.Image, dict[str, Image.Image]]:
    """A castle: a crenellated wall with a gate between two towers with red cone roofs and flags."""
    aspect = 1.2
    pen = _Pen(height, aspect)
    # The keep behind the wall.
    pen.rect((0.42, 0.28, 0.78, 0.6), STONE_DARK)
    _crenels(pen, 0.42, 0.78, 0.22, 0.07, 4, STONE_DARK)
    _window(pen, (0.55, 0.36, 0.65, 0.48), cross=False, arched=True)
    # The wall and the gate.
    pen.rect((0.18, 0.55, 1.02, 1.0), STONE)
    _crenels(pen, 0.18, 1.02, 0.49, 0.07, 7, STONE)
    pen.polygon(pen.arch(0.5, 0.7, 0.72, 1.0), (70, 52, 40))
    for x in (0.55, 0.6, 0.65):
        pen.line([(x, 0.77), (x, 1.0)], (40, 40, 44), 0.6)
    for y in (0.82, 0.9):
        pen.line([(0.51, y), (0.69, y)], (40, 40, 44), 0.6)
    # Two towers with cone roofs.
    for x0 in (0.02, 0.94):
        x1 = x0 + 0.24
        pen.rect((x0, 0.34, x1, 1.0), STONE)
        pen.rect((x0 + 0.012, 0.35, x0 + 0.05, 0.99), _shade(STONE, 1.25), outline=False)
        pen.polygon([(x0 - 0.03, 0.35), ((x0 + x1) / 2, 0.1), (x1 + 0.03, 0.35)], RED)
        pen.line([((x0 + x1) / 2, 0.1), ((x0 + x1) / 2, 0.0)], (70, 60, 50), 0.8)
        pen.polygon([((x0 + x1) / 2, 0.0), ((x0 + x1) / 2 + 0.11, 0.025), ((x0 + x1) / 2, 0.05)], (40, 110, 200))
        _window(pen, ((x0 + x1) / 2 - 0.035, 0.46, (x0 + x1) / 2 + 0.035, 0.56), cross=False, arched=True)
        _window(pen, ((x0 + x1) / 2 - 0.035, 0.68, (x0 + x1) / 2 + 0.035, 0.78), cross=False, arched=True)
    return pen.finish()


def draw_boat(height: int) -> tuple[Image.Image, dict[str, Image.Image]]:
    """A small fishing boat: a red hull with a white stripe, a cabin with portholes, a mast and a lamp."""
    aspect = 1.3
    pen = _Pen(height, aspect)
    pen.line([(0.92, 0.62), (0.92, 0.05)], WOOD, 1.2)
    pen.polygon([(0.9, 0.1), (0.9, 0.56), (0.42, 0.56)], WHITE)
    pen.ellipse((0.895, 0.015, 0.945, 0.065), LAMP_DAY, glow="lamp")
    pen.rect((0.3, 0.4, 0.72, 0.64), WHITE)
    pen.rect((0.27, 0.35, 0.75, 0.41), NAVY)
    for x in (0.4, 0.6):
        pen.ellipse((x - 0.045, 0.46, x + 0.045, 0.55), GLASS_DAY, glow="window")
    hull = [(0.02, 0.6), (aspect - 0.02, 0.6), (aspect - 0.14, 0.95), (0.16, 0.95)]
    pen.polygon(hull, RED)
    pen.polygon([(0.035, 0.64), (aspect - 0.035, 0.64), (aspect - 0.05, 0.69), (0.055, 0.69)], WHITE, outline=False)
    pen.line(hull + hull[:1], _shade(RED, 0.55))
    return pen.finish()


def draw_raft(height: int) -> tuple[Image.Image, dict[str, Image.Image]]:
    """A log raft seen from the side and a little above: a deck of lashed logs, their round ends
    along the front, two ropes across."""
    aspect = 2.4
    pen = _Pen(height, aspect)
    light, dark = _shade(WOOD, 1.25), _shade(WOOD, 0.8)
    deck = [(0.16, 0.18), (aspect - 0.02, 0.18), (aspect - 0.16, 0.56), (0.02, 0.56)]
    pen.polygon(deck, light)
    for k in range(1, 7):  # the seams between the logs, from the front to the back
        t = k / 7
        pen.line([(0.02 + (aspect - 0.18) * t, 0.56), (0.16 + (aspect - 0.18) * t, 0.18)], dark, 1.0)
    for y in (0.28, 0.46):  # the ropes across the logs that hold them together
        inset = 0.16 * (0.56 - y) / 0.38
        pen.line([(0.02 + inset + 0.04, y), (aspect - 0.16 + inset - 0.04, y)], (214, 196, 150), 2.2)
    logs = 8
    r = (aspect - 0.14) / logs / 2
    for k in range(logs):  # the logs' ends, round, along the front
        cx = 0.02 + r + k * 2 * r
        pen.ellipse((cx - r, 0.56 - r * 0.2, cx + r, 0.56 + r * 1.8), WOOD)
        pen.ellipse((cx - r * 0.55, 0.56 + r * 0.25, cx + r * 0.55, 0.56 + r * 1.35), light, outline=False)
    return pen.finish()


# Things a story names that no emoji or clip art shows, drawn here: drawn as what they are, never
# as the nearest glyph (a raft is no canoe, and was once an aircraft).
THINGS: dict[str, Callable[[int], tuple[Image.Image, dict[str, Image.Image]]]] = {"raft": draw_raft}


def render_thing(name: str, height: int) -> Image.Image:
    """The thing `name` (one of THINGS) drawn `height` pixels tall (RGBA)."""
    if name not in THINGS:
        raise ValueError(f"no drawing of a {name!r}; drawn things: {', '.join(THINGS)}")
    return THINGS[name](int(height))[0]


PROCEDURAL: dict[str, Callable[[int], tuple[Image.Image, dict[str, Image.Image]]]] = {
    "lighthouse": draw_lighthouse,
    "tower": draw_tower,
    "house": draw_house,
    "bridge": draw_bridge,
    "castle": draw_castle,
    "boat": draw_boat,
}


def is_procedural(landmark: str) -> bool:
    return landmark.startswith(PREFIX) and landmark[len(PREFIX):] in PROCEDURAL


def name_of(landmark: str) -> str:
    """'proc:lighthouse' -> 'lighthouse'."""
    if not is_procedural(landmark):
        raise ValueError(f"{landmark!r} is not a procedural landmark (one of "
                         f"{', '.join(PREFIX + n for n in PROCEDURAL)})")
    return landmark[len(PREFIX):]


@functools.lru_cache(maxsize=64)
def _drawing(name: str, height: int) -> tuple[Image.Image, dict[str, Image.Image]]:
    if name not in PROCEDURAL:
        raise ValueError(f"unknown procedural landmark {name!r}; known: {', '.join(PROCEDURAL)}")
    return PROCEDURAL[name](height)


def render(name: str, height: int) -> Image.Image:
    """The landmark `name` drawn `height` pixels tall (RGBA; shared, do not modify)."""
    return _drawing(name, int(height))[0]


def lights(name: str, height: int, kind: str | None = None) -> Image.Image:
    """Mask ("L", the size of `render(name, height)`) of what glows at night: the window panes
    and the lamps, or only those of `kind` ("window" or "lamp")."""
    masks = _drawing(name, int(height))[1]
    if kind is not None:
        return masks[kind]
    return ImageChops.lighter(*(masks[k] for k in LIGHT_KINDS))
