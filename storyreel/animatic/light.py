"""Light of one scene: the sky of its time of day and weather, how that light falls on each
layer, and what glows (lit windows, lamps, a lighthouse's lamp).

A location's painted layers carry no time: the same harbour is drawn at dawn, at noon or
at night by grading its layers here, once per scene. Everything is a pure function of
(time, weather, sizes, seed); the renderer calls it when a scene starts, never per frame.

- `grade(time, weather, indoor)` says how each layer is lit: the far scenery, the near
  layer and the characters (graded more gently, so they stay readable at night), what
  glows and how strongly, the colour of fog and of lightning.
- `paint_sky(...)` paints the sky: a gradient per time, veiled by the weather's overcast,
  the sun, or the moon and stars, and a few still clouds.
- `apply(image, tone)` grades an image (per-channel lookup tables: cheap at any size).
- `add_glows(layer, glows, strength)` lights the window panes and lamps of a layer and
  lays a warm halo around them; `lamp_light` lights a room around its lamp at night.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageEnhance, ImageFilter

Colour = tuple[int, int, int]
Mul = tuple[float, float, float]

TIMES = ("dawn", "morning", "day", "sunset", "night")
WEATHERS = ("clear", "cloudy", "fog", "rain", "snow", "storm")

# Sky colours for a clear sky: top, middle, horizon.
SKY: dict[str, tuple[Colour, Colour, Colour]] = {
    "dawn": ((70, 80, 150), (236, 150, 160), (255, 208, 160)),
    "morning": ((92, 156, 228), (165, 205, 240), (236, 240, 222)),
    "day": ((52, 124, 218), (118, 178, 240), (200, 228, 250)),
    "sunset": ((44, 42, 104), (204, 92, 112), (255, 172, 84)),
    "night": ((6, 10, 32), (18, 28, 66), (42, 56, 102)),
}
# How bright an overcast is at each time: a grey sky at night is nearly black.
DAYLIGHT = {"dawn": 0.72, "morning": 0.95, "day": 1.0, "sunset": 0.66, "night": 0.2}
# The weather veils the sky with its cloud colour (in daylight) by this share.
OVERCAST: dict[str, tuple[Colour, float]] = {
    "clear": ((0, 0, 0), 0.0), "cloudy": ((172, 178, 188), 0.7), "fog": ((206, 210, 214), 0.85),
    "rain": ((128, 134, 146), 0.8), "snow": ((214, 218, 226), 0.86), "storm": ((62, 66, 78), 0.88),
}
# Light of the time of day on outdoor things (RGB multipliers).
TIME_LIGHT: dict[str, Mul] = {
    "dawn": (0.94, 0.84, 0.88), "morning": (1.0, 0.98, 0.92), "day": (1.0, 1.0, 1.0),
    "sunset": (1.0, 0.8, 0.66), "night": (0.3, 0.36, 0.58),
}
# Indoors the room is lit by the window by day and by a lamp at night (see `lamp_light`).
INDOOR_LIGHT: dict[str, Mul] = {
    "dawn": (0.92, 0.88, 0.9), "morning": (1.0, 0.98, 0.94), "day": (1.0, 1.0, 1.0),
    "sunset": (1.0, 0.9, 0.8), "night": (0.5, 0.42, 0.34),
}
# The weather dims and cools the light.
WEATHER_LIGHT: dict[str, Mul] = {
    "clear": (1.0, 1.0, 1.0), "cloudy": (0.84, 0.86, 0.9), "fog": (0.92, 0.93, 0.95),
    "rain": (0.72, 0.75, 0.82), "snow": (0.9, 0.93, 1.0), "storm": (0.56, 0.58, 0.68),
}
# Colours lose saturation under clouds (characters only: a layer is graded with per-channel curves).
SATURATION = {"clear": 1.0, "cloudy": 0.84, "fog": 0.7, "rain": 0.76, "snow": 0.84, "storm": 0.66}
# Fog (and the haze of rain and snow) hides far things more than near ones: share of
# the air colour blended into the far layer, the near layer and the characters.
HAZE: dict[str, tuple[float, float, float]] = {
    "clear": (0.0, 0.0, 0.0), "cloudy": (0.08, 0.0, 0.0), "fog": (0.62, 0.36, 0.16),
    "rain": (0.28, 0.1, 0.04), "snow": (0.3, 0.12, 0.05), "storm": (0.3, 0.1, 0.0),
}
# Characters get this share of the darkening (and none of the colour cast beyond it), so
# that they stay readable at night; `ACTOR_FLOOR` is the least light they ever get.
ACTOR_SHARE = 0.6
ACTOR_FLOOR = 0.58
# How strongly windows and lamps glow: by time, raised by dark weather.
GLOW_TIME = {"dawn": 0.35, "morning": 0.0, "day": 0.0, "sunset": 0.55, "night": 1.0}
GLOW_WEATHER = {"clear": 0.0, "cloudy": 0.0, "fog": 0.3, "rain": 0.35, "snow": 0.2, "storm": 0.6}
# Lamps shine through the weather in front of them this much (their halo is laid again on top).
BLOOM = {"fog": 0.7, "rain": 0.4, "snow": 0.4, "storm": 0.4}
WARM: Colour = (255, 204, 112)     # a lit window
LAMP: Colour = (255, 232, 160)     # the glass of a lamp
HALO: Colour = (255, 196, 96)      # the light around them


@dataclass(frozen=True)
class Tone:
    """How a layer is lit: desaturated to `saturation`, multiplied by `mul`, then blended
    towards `air` by `haze`."""

    mul: Mul = (1.0, 1.0, 1.0)
    haze: float = 0.0
    air: Colour = (0, 0, 0)
    saturation: float = 1.0

    @property
    def identity(self) -> bool:
        return self.mul == (1.0, 1.0, 1.0) and self.haze == 0.0 and self.saturation == 1.0


@dataclass(frozen=True)
class Grade:
    """The light of one scene."""

    time: str
    weather: str
    indoor: bool
    far: Tone
    near: Tone
    actor: Tone
    glow: float               # 0..1: how strongly windows and lamps are lit
    air: Colour               # colour of the air at the horizon (fog bands, haze)
    flash: float              # lightning: how far a flash brightens the frame, 0..1
    particle: Colour = (220, 226, 236)  # colour of rain and snow in this light
    bloom: float = 0.0        # 0..1: how much lamps glow through the fog, rain or snow in front


@dataclass(frozen=True)
class Glow:
    """Something that glows at night, in world pixels of a layer.

    `mask` ("L") marks the pixels that light up (window panes, lamp glass), its top-left
    corner at (x, y); `halo` is the radius of the soft light around them. kind: "window",
    "lamp" (brighter, larger halo), "beacon" (a lighthouse: a lamp with two beams) or
    "room" (an indoor lamp: it also lights the room around it, see `lamp_light`).
    """

    x: int
    y: int
    mask: Image.Image = field(compare=False)
    halo: float
    kind: str = "window"


def _mix(a, b, t: float) -> tuple[int, ...]:
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b))


def _times(mul: Mul, k) -> Mul:
    if isinstance(k, (int, float)):
        return tuple(m * k for m in mul)
    return tuple(m * x for m, x in zip(mul, k))


def seed_of(*parts) -> int:
    """A stable 63-bit seed from any parts (never Python's salted hash)."""
    digest = hashlib.sha256("\n".join(str(p) for p in parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") >> 1


def sky_colours(time: str, weather: str) -> tuple[Colour, Colour, Colour]:
    """(top, middle, horizon) of the sky at `time` in `weather`."""
    grey, share = OVERCAST[weather]
    dim = tuple(round(c * DAYLIGHT[time]) for c in grey)
    # Under an overcast the horizon keeps a little of the time's colour (a grey sunset is still warm).
    return tuple(_mix(c, dim, share * (0.8 if k == 2 else 1.0)) for k, c in enumerate(SKY[time]))


def grade(time: str, weather: str, indoor: bool = False) -> Grade:
    """How the scene at `time` in `weather` is lit (see `Grade`)."""
    if time not in SKY:
        raise ValueError(f"unknown time of day {time!r}; one of {', '.join(TIMES)}")
    if weather not in WEATHER_LIGHT:
        raise ValueError(f"unknown weather {weather!r}; one of {', '.join(WEATHERS)}")
    horizon = sky_colours(time, weather)[2]
    if weather == "fog":
        horizon = _mix(horizon, tuple(round(c * DAYLIGHT[time]) for c in OVERCAST["fog"][0]), 0.5)
    glow = min(1.0, GLOW_TIME[time] + GLOW_WEATHER[weather] * (0.6 if time in ("morning", "day") else 1.0))
    if indoor:
        # Indoors the weather only dims the window light a little; nothing is hazed.
        mul = _times(INDOOR_LIGHT[time], tuple(1 - (1 - w) * 0.4 for w in WEATHER_LIGHT[weather]))
        room = Tone(mul=mul)
        actor = Tone(mul=tuple(max(ACTOR_FLOOR + 0.1, 1 - (1 - m) * ACTOR_SHARE) for m in mul))
        return Grade(time, weather, True, room, room, actor, glow if time != "day" else glow * 0.5, horizon,
                     0.25 if weather == "storm" else 0.0, _particle(time, weather))
    mul = _times(TIME_LIGHT[time], WEATHER_LIGHT[weather])
    sat = SATURATION[weather] * (0.8 if time == "night" else 1.0)
    haze_far, haze_near, haze_actor = HAZE[weather]
    if time != "day" and weather == "clear":
        haze_far = 0.12  # the air takes the colour of the low sun or of the night
    # The layers are big: only per-channel curves (cheap); the haze greys them. Characters,
    # small, also lose some colour.
    far = Tone(mul=mul, haze=haze_far, air=horizon)
    near = Tone(mul=mul, haze=haze_near, air=horizon)
    actor_mul = tuple(max(ACTOR_FLOOR, 1 - (1 - m) * ACTOR_SHARE) for m in mul)
    actor = Tone(mul=actor_mul, haze=haze_actor, air=horizon, saturation=1.0 - (1.0 - sat) * 0.5)
    return Grade(time, weather, False, far, near, actor, glow, horizon,
                 0.45 if weather == "storm" else 0.0, _particle(time, weather), glow * BLOOM.get(weather, 0.0))


def _particle(time: str, weather: str) -> Colour:
    """Rain and snow catch the light: white by day, blue-grey at night."""
    base = (250, 252, 255) if weather == "snow" else (214, 222, 236)
    level = {"night": 0.55, "sunset": 0.85, "dawn": 0.85}.get(time, 1.0)
    return tuple(round(c * level) for c in base)


# ----------------------------------------------------------------------------- grading


def _lut(tone: Tone, channels: int) -> list[int]:
    v = np.arange(256, dtype=np.float32)
    table: list[int] = []
    for k in range(3):
        out = v * tone.mul[k] * (1 - tone.haze) + tone.air[k] * tone.haze
        table += np.clip(np.round(out), 0, 255).astype(int).tolist()
    if channels == 4:
        table += list(range(256))
    return table


def apply(img: Image.Image, tone: Tone) -> Image.Image:
    """`img` (RGB or RGBA, alpha kept) lit by `tone`; the image itself when the tone changes nothing."""
    if tone.identity:
        return img
    if tone.saturation != 1.0:
        rgb = ImageEnhance.Color(img.convert("RGB")).enhance(tone.saturation)
        if img.mode == "RGBA":
            rgb.putalpha(img.getchannel("A"))
        img = rgb
    return img.point(_lut(tone, len(img.getbands())))


# ----------------------------------------------------------------------------- sky


def vertical_gradient(height: int, width: int, stops: list[tuple[float, Colour]]) -> np.ndarray:
    """An (height, width, 3) float array blending colour stops placed at fractions of the height."""
    pos = np.array([p for p, _ in stops], dtype=np.float32)
    cols = np.array([c for _, c in stops], dtype=np.float32)
    y = np.linspace(0.0, 1.0, max(height, 1), dtype=np.float32)
    column = np.stack([np.interp(y, pos, cols[:, k]) for k in range(3)], axis=1)
    return np.broadcast_to(column[:, None, :], (height, width, 3))


def _celestial(image: Image.Image, cx: float, cy: float, radius: float, colour: Colour, halo: float,
               bite: tuple[float, float, float] | None = None) -> None:
    """Paint a sun or a moon on an RGB image (in place): a soft halo of `halo` strength, then a
    smooth disc of `radius`; `bite` (dx, dy, r relative to the centre) cuts a crescent out of it."""
    reach = radius * 5
    x0, y0 = int(max(0, cx - reach)), int(max(0, cy - reach))
    x1, y1 = int(min(image.width, cx + reach)), int(min(image.height, cy + reach))
    if x0 >= x1 or y0 >= y1:
        return
    k = 4  # the halo is smooth: computed at a quarter of the size
    yy, xx = np.mgrid[y0:y1:k, x0:x1:k].astype(np.float32)
    a = halo * np.exp(-((np.hypot(xx - cx, yy - cy) / (radius * 2.2)) ** 2))
    small = Image.fromarray(np.clip(a * 255, 0, 255).astype(np.uint8), "L")
    mask = small.resize((small.width * k, small.height * k), Image.Resampling.BILINEAR).crop((0, 0, x1 - x0, y1 - y0))
    image.paste(colour, (x0, y0, x1, y1), mask)
    # The disc, drawn four times larger and reduced: a smooth edge.
    size = int(math.ceil(radius * 2 + 4))
    big = Image.new("L", (size * k, size * k), 0)
    draw = ImageDraw.Draw(big)
    c = size * k / 2
    draw.ellipse((c - radius * k, c - radius * k, c + radius * k, c + radius * k), fill=255)
    if bite is not None:
        dx, dy, r = bite
        draw.ellipse((c + (dx - r) * k, c + (dy - r) * k, c + (dx + r) * k, c + (dy + r) * k), fill=0)
    disc = big.resize((size, size), Image.Resampling.BOX)
    image.paste(colour, (round(cx - size / 2), round(cy - size / 2)), disc)


CLOUD_COLOUR = {"dawn": (255, 214, 214), "morning": (255, 252, 246), "day": (255, 255, 255),
                "sunset": (255, 178, 156), "night": (58, 68, 110)}
CLOUD_SCALE = 4  # clouds are drawn this many times smaller and enlarged: soft edges for free


def cloud_colour(time: str, weather: str) -> Colour:
    """Colour of the clouds at `time` in `weather` (white puffs by day, dark grey in a storm)."""
    base = CLOUD_COLOUR[time]
    grey = {"cloudy": (206, 210, 218), "rain": (150, 156, 168), "snow": (226, 230, 236),
            "storm": (84, 88, 100), "fog": (220, 222, 226)}.get(weather)
    if grey is None:
        return base
    return _mix(base, tuple(round(c * DAYLIGHT[time]) for c in grey), 0.75)


def draw_clouds(size: tuple[int, int], rng: np.random.Generator, count: int, colour: Colour, alpha: int,
                top: float, bottom: float, width: tuple[float, float]) -> tuple[Image.Image, tuple[int, int]]:
    """Soft clouds of overlapping ellipses on a sheet of `size`: `count` of them, centred between
    rows `top` and `bottom`, each `width` (a range, px) wide, anywhere across. Returns the part
    of the sheet they cover (RGBA) and its top-left corner on the sheet.

    They are drawn CLOUD_SCALE times smaller and enlarged, which blurs their edges cheaply."""
    w, h = size
    k = CLOUD_SCALE
    small = Image.new("RGBA", (max(1, -(-w // k)), max(1, -(-h // k))), (*colour, 0))
    draw = ImageDraw.Draw(small)
    for _ in range(count):
        cw = float(rng.uniform(*width)) / k
        ch = cw * 0.3
        cx, cy = float(rng.uniform(0, w)) / k, float(rng.uniform(top, bottom)) / k
        left, base = cx - cw / 2, cy + ch * 0.5
        # A flat, rounded base with puffs rising from it, the biggest near the middle.
        draw.ellipse((left, base - ch * 0.55, left + cw, base + ch * 0.2), fill=(*colour, alpha))
        for j in range(6):
            bw = cw * float(rng.uniform(0.28, 0.5)) * (1.0 - 0.24 * abs(j - 2.5) / 2.5)
            bx = left + cw * (0.05 + 0.9 * (j + float(rng.uniform(-0.3, 0.3))) / 6) - bw / 2
            bh = bw * float(rng.uniform(0.7, 1.0))
            draw.ellipse((bx, base - bh * 0.95, bx + bw, base + bh * 0.05), fill=(*colour, alpha))
    small = small.filter(ImageFilter.GaussianBlur(0.8))
    box = small.getchannel("A").getbbox() or (0, 0, 1, 1)
    x0, y0 = max(0, box[0] - 1), max(0, box[1] - 1)
    x1, y1 = min(small.width, box[2] + 1), min(small.height, box[3] + 1)
    part = small.crop((x0, y0, x1, y1)).resize(((x1 - x0) * k, (y1 - y0) * k), Image.Resampling.BILINEAR)
    return part.crop((0, 0, min(part.width, w - x0 * k), min(part.height, h - y0 * k))), (x0 * k, y0 * k)


def paint_sky(time: str, weather: str, size: tuple[int, int], horizon: int, seed: int) -> Image.Image:
    """The sky (RGB, `size`) of `time` in `weather`, its horizon at row `horizon`: a gradient,
    the sun, or the moon and stars, and a few still clouds. Below the horizon: the horizon colour."""
    w, h = size
    horizon = max(1, min(h, int(horizon)))
    rng = np.random.default_rng(seed)
    top, mid, low = sky_colours(time, weather)
    column = np.empty((h, 3), dtype=np.float32)
    column[:horizon] = vertical_gradient(horizon, 1, [(0.0, top), (0.55, mid), (1.0, low)])[:, 0]
    column[horizon:] = np.array(low, dtype=np.float32)
    strip = Image.fromarray(np.round(column).astype(np.uint8)[:, None, :], "RGB")
    image = strip.resize((w, h), Image.Resampling.NEAREST)
    x = w * float(rng.uniform(0.15, 0.85))
    if time == "night" and weather in ("clear", "cloudy"):
        n = int(w * horizon / (3500 if weather == "clear" else 12000))
        xs = rng.integers(0, w, n)
        ys = (rng.random(n) ** 1.4 * horizon * 0.92).astype(int)
        level = rng.uniform(140, 255, n)
        big = rng.random(n) < 0.15
        draw = ImageDraw.Draw(image)
        for lo in range(140, 256, 16):  # a few calls, one per brightness
            pick = (level >= lo) & (level < lo + 16)
            draw.point(list(zip(xs[pick].tolist(), ys[pick].tolist())), fill=(lo + 8,) * 3)
            wide = pick & big
            for dx, dy in ((1, 0), (0, 1), (1, 1)):
                draw.point(list(zip((xs[wide] + dx).tolist(), (ys[wide] + dy).tolist())),
                           fill=(round((lo + 8) * 0.8),) * 3)
        r = h * 0.045
        _celestial(image, x, horizon * 0.28, r, (250, 244, 214), 0.22, bite=(r * 0.45, -r * 0.2, r * 0.92))
    elif time != "night" and weather in ("clear", "fog"):  # an overcast ("a grey morning") hides the sun
        height = {"day": 0.2, "morning": 0.38, "dawn": 0.7, "sunset": 0.66}[time]
        colour = {"day": (255, 250, 220), "morning": (255, 246, 200),
                  "dawn": (255, 214, 150), "sunset": (255, 170, 90)}[time]
        r = h * (0.05 if time in ("day", "morning") else 0.07)
        if weather == "clear":
            _celestial(image, x, horizon * height, r, colour, 0.55)
        else:  # a pale disc behind the fog
            _celestial(image, x, horizon * height, r, _mix(colour, low, 0.35), 0.5)
    count = {"clear": 0 if time == "night" else 4, "cloudy": 5, "rain": 9, "snow": 7, "storm": 10}.get(weather, 0)
    if count:
        wide = 1.5 if weather in ("rain", "storm", "snow") else 1.0
        clouds, corner = draw_clouds(size, rng, count, cloud_colour(time, weather), 235 if weather == "clear" else 200,
                                     horizon * 0.08, horizon * 0.62, (w * 0.12 * wide, w * 0.24 * wide))
        image.paste(clouds, corner, clouds)
    return image


# ----------------------------------------------------------------------------- glows


def _gain(mask: Image.Image, gain: float) -> Image.Image:
    return mask.point(lambda v: min(255, round(v * gain)))


def _soft_gain(mask: Image.Image, gain: float) -> Image.Image:
    """`mask` brightened by `gain`, saturating smoothly (a halo without a flat, hard-edged core)."""
    return mask.point(lambda v: round(255 * (1 - math.exp(-v * gain / 255))))


def add_glows(layer: Image.Image, glows: list[Glow], strength: float) -> Image.Image:
    """`layer` (RGBA) with its window panes and lamps lit and a warm halo around each,
    `strength` 0..1. Halos may reach into transparent parts (the sky): they become warm light there."""
    if strength <= 0 or not glows:
        return layer
    out = layer.copy()
    for g in glows:
        if g.kind == "room":
            continue  # lights the whole room: see lamp_light
        if g.kind == "beacon":
            _beams(out, g, strength)
        x, y, glow, sheet = halo(g, strength)
        core = Image.new("RGBA", sheet.size, (*(LAMP if g.kind != "window" else WARM), 0))
        core.putalpha(_gain(sheet, min(1.0, 1.2 * strength)))
        glow.alpha_composite(core)
        _composite_clipped(out, glow, x, y)
    return out


def halo(g: Glow, strength: float) -> tuple[int, int, Image.Image, Image.Image]:
    """The soft warm light around a glow: (x, y, RGBA patch, its "L" mask sheet), the patch's
    top-left corner at (x, y) in the glow's layer."""
    mw, mh = g.mask.size
    pad = int(g.halo * 3) + 2
    sheet = Image.new("L", (mw + 2 * pad, mh + 2 * pad), 0)
    sheet.paste(g.mask, (pad, pad))
    gain = {"window": 1.5, "lamp": 3.5, "beacon": 5.0}.get(g.kind, 1.5)
    patch = Image.new("RGBA", sheet.size, (*HALO, 0))
    patch.putalpha(_soft_gain(sheet.filter(ImageFilter.GaussianBlur(g.halo)), gain * strength))
    return g.x - pad, g.y - pad, patch, sheet


def _beams(layer: Image.Image, g: Glow, strength: float) -> None:
    """Two soft beams from a lighthouse's lamp, widening and fading with distance (in place)."""
    box = g.mask.getbbox() or (0, 0, g.mask.width, g.mask.height)
    cx, cy = g.x + (box[0] + box[2]) / 2, g.y + (box[1] + box[3]) / 2
    half = max(2.0, (box[3] - box[1]) * 0.3)
    reach = layer.width * 0.4
    x0, x1 = int(max(0, cx - reach)), int(min(layer.width, cx + reach))
    y0, y1 = int(max(0, cy - half * 10)), int(min(layer.height, cy + half * 10))
    if x0 >= x1 or y0 >= y1:
        return
    k = 4  # computed at a quarter of the size: a beam is soft
    yy, xx = np.mgrid[y0:y1:k, x0:x1:k].astype(np.float32)
    dx, dy = xx - cx, yy - cy
    spread = half * 0.8 + np.abs(dx) * 0.07
    level = np.where(dx < 0, 0.55, 0.32) * strength  # one beam brighter: the lamp turns
    fade = np.exp(-np.abs(dx) / (reach * 0.4)) * np.clip(1 - np.abs(dx) / reach, 0, 1) ** 2
    a = level * np.exp(-((dy + np.abs(dx) * 0.03) / spread) ** 2) * fade
    a *= np.clip(np.abs(dx) / (half * 2), 0, 1)  # born inside the lamp, not in front of the tower
    small = Image.fromarray(np.clip(a * 255, 0, 255).astype(np.uint8), "L")
    beam = Image.new("RGBA", (x1 - x0, y1 - y0), (*LAMP, 0))
    beam.putalpha(small.resize((small.width * k, small.height * k), Image.Resampling.BILINEAR)
                  .crop((0, 0, x1 - x0, y1 - y0)))
    layer.alpha_composite(beam, (x0, y0))


def _composite_clipped(layer: Image.Image, patch: Image.Image, x: int, y: int) -> None:
    """alpha_composite `patch` at (x, y), clipping what falls outside `layer`."""
    w, h = layer.size
    cx0, cy0 = max(0, -x), max(0, -y)
    cx1, cy1 = min(patch.width, w - x), min(patch.height, h - y)
    if cx1 <= cx0 or cy1 <= cy0:
        return
    layer.alpha_composite(patch.crop((cx0, cy0, cx1, cy1)), (x + cx0, y + cy0))


def lamp_light(img: Image.Image, centre: tuple[float, float], reach: float, base: Mul,
               peak: Mul = (1.0, 0.9, 0.72)) -> Image.Image:
    """`img` (RGB or RGBA) lit by a lamp at `centre`: `peak` light at the lamp, falling off to
    `base` over `reach` pixels (a room at night)."""
    w, h = img.size
    step = 8
    sw, sh = max(2, w // step), max(2, h // step)
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    d2 = ((xx + 0.5) * w / sw - centre[0]) ** 2 + ((yy + 0.5) * h / sh - centre[1]) ** 2
    fall = np.exp(-d2 / (2 * reach ** 2))[..., None]
    light = np.array(base, np.float32) + (np.array(peak, np.float32) - np.array(base, np.float32)) * fall
    small = Image.fromarray(np.clip(light * 255, 0, 255).astype(np.uint8), "RGB")
    lit = ImageChops.multiply(img.convert("RGB"), small.resize((w, h), Image.Resampling.BILINEAR))
    if img.mode == "RGBA":
        lit.putalpha(img.getchannel("A"))
    return lit
