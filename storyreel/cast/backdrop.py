"""Painted backdrops for locations, in two parallax layers.

A location is read for its time of day and terrain (keyword rules, `analyse`), and
painted at the *world size* (25% larger than the frame, so the renderer can move a
camera inside it) as:

- the far layer (RGB): sky with sun or moon, stars and clouds, and far scenery
  (hills, peaks, dunes, a skyline); indoors, a wall with a window instead;
- the near layer (RGBA): ground (or floor), the landmark glyph and scattered scenery
  glyphs, smaller and hazier near the horizon; transparent above the ground, except
  where the landmark and the scenery rise into the sky.

Painting is a pure function of the look chosen by `plan_location`; every random
choice comes from a generator seeded with a SHA-256 of the entity's id and description,
so a backdrop is byte-identical on every run.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from ..animatic.camera import world_size  # the renderer's camera moves inside this size
from ..script import Entity
from . import glyphs

Colour = tuple[int, int, int]

# First matching rule wins; "day" when none matches.
TIME_RULES = (
    ("storm", r"storm|stormy|thunder|thunderstorm|lightning|rain|rainy|tempest|hurricane"),
    ("night", r"night|midnight|nighttime|moon|moonlit|moonlight|starry|stars"),
    ("sunset", r"sunset|dusk|evening|twilight"),
    ("dawn", r"dawn|sunrise|daybreak"),
    ("morning", r"morning"),
)
# First matching rule wins; "grass" (a meadow) when none matches.
TERRAIN_RULES = (
    ("indoor", r"kitchen|room|bedroom|bathroom|shop|store|house|home|studio|office|classroom|library|"
               r"bakery|workshop|indoors|inside|attic|hall|cafe|restaurant|museum|cabin|shelf"),
    ("sand", r"sand|sandy|desert|beach|dunes?|pyramids?|oasis"),
    ("water", r"sea|ocean|lake|river|pond|harbou?r|boat|ship|island|coast|lighthouse"),
    ("snow", r"snow|snowy|ski|skiing|winter|ice|icy|frozen|glacier|arctic|igloo"),
    ("mountain", r"mountains?|hills?|cliffs?|valley|peaks?|great wall"),
    ("forest", r"forest|woods|jungle|trees"),
    ("city", r"city|street|town|road|square|market|airport|station|village|plaza|stone|bridge"),
    ("grass", r"grass|meadow|park|garden|field|farm|picnic|lawn"),
)
TIMES = ("dawn", "morning", "day", "sunset", "night", "storm")
TERRAINS = ("grass", "forest", "mountain", "snow", "sand", "water", "city", "indoor")

# Sky colours: top, middle, horizon.
SKY: dict[str, tuple[Colour, Colour, Colour]] = {
    "dawn": ((70, 80, 150), (236, 150, 160), (255, 208, 160)),
    "morning": ((92, 156, 228), (165, 205, 240), (236, 240, 222)),
    "day": ((52, 124, 218), (118, 178, 240), (200, 228, 250)),
    "sunset": ((44, 42, 104), (204, 92, 112), (255, 172, 84)),
    "night": ((6, 10, 32), (18, 28, 66), (42, 56, 102)),
    "storm": ((52, 57, 67), (88, 93, 103), (128, 133, 140)),
}
# How the time of day lights the ground, landmark and scenery (RGB multipliers).
LIGHT: dict[str, tuple[float, float, float]] = {
    "dawn": (0.96, 0.86, 0.88), "morning": (1.0, 1.0, 0.97), "day": (1.0, 1.0, 1.0),
    "sunset": (1.0, 0.8, 0.68), "night": (0.36, 0.42, 0.62), "storm": (0.62, 0.65, 0.7),
}
INDOOR_LIGHT: dict[str, tuple[float, float, float]] = {
    "night": (0.78, 0.72, 0.64), "sunset": (1.0, 0.9, 0.8), "dawn": (0.95, 0.9, 0.9), "storm": (0.8, 0.8, 0.82),
}
# Ground colours: at the horizon, at the bottom.
GROUND: dict[str, tuple[Colour, Colour]] = {
    "grass": ((152, 196, 98), (72, 142, 52)),
    "forest": ((98, 142, 82), (46, 102, 46)),
    "mountain": ((150, 168, 118), (98, 126, 78)),
    "snow": ((222, 230, 244), (246, 249, 255)),
    "sand": ((236, 212, 154), (214, 178, 114)),
    "water": ((96, 164, 204), (38, 98, 160)),
    "city": ((176, 170, 164), (128, 124, 120)),
    "indoor": ((196, 146, 96), (150, 100, 62)),  # a wooden floor
}
# By the water, the open water ends this far down the ground (0 = horizon, 1 = bottom) and a
# shore begins: the renderer stands characters at about 0.45-0.55, so they stand on the shore.
SHORE_DEPTH = 0.4
TILES: tuple[Colour, Colour] = ((214, 204, 186), (172, 160, 140))
# Scenery per terrain: (big glyphs that frame the picture at the edges, glyphs scattered behind).
SCENERY: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "grass": (("\U0001F333", "\U0001F332"),
              ("\U0001F333", "\U0001F332", "\U0001F337", "\U0001F33C", "\U0001F33B", "\U0001F33F",
               "\U0001FAA8", "\U0001F344")),
    "forest": (("\U0001F332", "\U0001F333"),
               ("\U0001F332", "\U0001F333", "\U0001F332", "\U0001F344", "\U0001F33F", "\U0001FAB5")),
    "mountain": (("\U0001F332", "\U0001FAA8"), ("\U0001F332", "\U0001FAA8", "\U0001F33F", "\U0001F333")),
    "snow": (("\U0001F332",), ("\U0001F332", "\U0001FAA8", "\U0001F332")),
    "sand": (("\U0001F335", "\U0001F334"), ("\U0001F335", "\U0001FAA8", "\U0001F334")),
    "beach": (("\U0001F334",), ("\U0001F334", "\U0001F41A", "\u26F1\uFE0F", "\U0001FAA8")),
    "water": (("\U0001F334", "\U0001FAA8"), ("\U0001FAA8", "\U0001F33E")),
    "city": (("\U0001F333",), ("\U0001F333", "\U0001F6A6", "\U0001F3E0", "\U0001F3E2", "\U0001F3EA", "\U0001F68F")),
    "indoor": ((), ("\U0001FAB4", "\U0001F9FA", "\U0001FA91")),
}
# Indoor landmarks big enough to stand on the floor; any other fixture is put on a table.
FLOOR_FIXTURES = frozenset({
    "\U0001F6CF\uFE0F", "\U0001F6CB\uFE0F", "\U0001F6C1", "\U0001F6AA", "\U0001F6BD", "\U0001F6BF",
    "\U0001FA91", "\U0001FA9F", "\U0001F6D2", "\U0001F3B9", "\U0001FA9E",
})
WALL_DECOR = ("\U0001F5BC\uFE0F", "\U0001F570\uFE0F")
WALL_COLOURS: tuple[Colour, ...] = (
    (238, 222, 196), (214, 230, 214), (212, 224, 240), (240, 214, 214), (232, 226, 204), (226, 214, 236),
)


_TIME_WORDS = "|".join(rule for _, rule in TIME_RULES) + r"|day|daytime|noon|afternoon|sunny"


def without_time_words(text: str) -> str:
    """`text` without words about the time of day, which the sky already shows."""
    return re.sub(rf"\b(?:{_TIME_WORDS})\b", " ", text, flags=re.IGNORECASE).strip()


def _has(rule: str, text: str) -> bool:
    return re.search(rf"\b(?:{rule})\b", text) is not None


def analyse(text: str) -> tuple[str, str]:
    """(time of day, terrain) read from a location's name and description."""
    text = text.lower()
    time = next((name for name, rule in TIME_RULES if _has(rule, text)), "day")
    terrain = next((name for name, rule in TERRAIN_RULES if _has(rule, text)), "grass")
    return time, terrain


def seed_of(entity: Entity) -> int:
    """A stable 63-bit seed from the entity's id and description (never Python's salted hash)."""
    digest = hashlib.sha256(f"{entity.id}\n{entity.description}".encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") >> 1


def plan_location(entity: Entity, landmark: glyphs.Glyph, frame: tuple[int, int]) -> dict:
    """The JSON-able look of a location: everything `paint` needs, nothing it must guess."""
    text = f"{entity.name}. {entity.description}".lower()
    time, terrain = analyse(text)
    seed = seed_of(entity)
    rng = np.random.default_rng(seed)
    shore = None
    if terrain == "water":
        shore = "grass" if _has(r"lake|river|pond", text) else "sand"
    elif terrain == "sand" and _has(r"beach|sea|ocean|coast|shore", text):
        shore = "sea"
    return {
        "kind": "location",
        "time": time,
        "terrain": terrain,
        "shore": shore,
        "floor": "tiles" if _has(r"kitchen|bathroom|shop|store|cafe|bakery|restaurant", text) else "wood",
        "horizon": round(0.56 + 0.04 * float(rng.random()), 3),
        "seed": seed,
        "landmark": landmark.char,
        "landmark_name": landmark.name,
        "landmark_side": "left" if rng.random() < 0.5 else "right",
        "world": list(world_size(*frame)),
    }


# ----------------------------------------------------------------------------- helpers


def _mix(a, b, t: float):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b))


def _vertical_gradient(height: int, width: int, stops: list[tuple[float, Colour]]) -> np.ndarray:
    """An (height, width, 3) float array blending colour stops placed at fractions of the height."""
    pos = np.array([p for p, _ in stops], dtype=np.float32)
    cols = np.array([c for _, c in stops], dtype=np.float32)
    y = np.linspace(0.0, 1.0, max(height, 1), dtype=np.float32)
    column = np.stack([np.interp(y, pos, cols[:, k]) for k in range(3)], axis=1)
    return np.broadcast_to(column[:, None, :], (height, width, 3)).copy()


def _lit(img: Image.Image, light: tuple[float, float, float]) -> Image.Image:
    """Multiply the RGB of an RGBA image by the light of the time of day."""
    if light == (1.0, 1.0, 1.0):
        return img
    arr = np.asarray(img).astype(np.float32)
    arr[..., :3] *= np.array(light, dtype=np.float32)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGBA")


def _hazed(img: Image.Image, colour: Colour, amount: float) -> Image.Image:
    """Blend an RGBA glyph towards the air colour: far things look paler."""
    if amount <= 0:
        return img
    rgb = Image.blend(img.convert("RGB"), Image.new("RGB", img.size, colour), amount)
    rgb.putalpha(img.getchannel("A"))
    return rgb


def _sheet(layer: Image.Image) -> Image.Image:
    """A transparent sheet the size of `layer` to draw translucent ink on.

    ImageDraw replaces the pixels of an RGBA image (alpha included) instead of blending,
    so translucent marks are drawn on a sheet that is then alpha-composited on the layer.
    """
    return Image.new("RGBA", layer.size, (0, 0, 0, 0))


def _glow(canvas: np.ndarray, cx: float, cy: float, radius: float, colour: Colour, strength: float) -> None:
    """Add a soft radial glow (and a solid disc of `radius`) to a float RGB canvas, in place."""
    h, w, _ = canvas.shape
    reach = radius * 5
    x0, x1 = max(0, int(cx - reach)), min(w, int(cx + reach) + 1)
    y0, y1 = max(0, int(cy - reach)), min(h, int(cy + reach) + 1)
    if x0 >= x1 or y0 >= y1:
        return
    yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    d = np.hypot(xx - cx, yy - cy)
    halo = strength * np.exp(-((d / (radius * 2.2)) ** 2))
    disc = np.clip(radius - d + 0.5, 0, 1)
    a = np.maximum(halo, disc)[..., None]
    patch = canvas[y0:y1, x0:x1]
    canvas[y0:y1, x0:x1] = patch * (1 - a) + np.array(colour, dtype=np.float32) * a


def _paste_glyph(layer: Image.Image, char: str, height: int, base_x: float, base_y: float,
                 haze: tuple[Colour, float] | None = None, shadow: bool = True) -> None:
    """Stand a glyph on the point (base_x, base_y) of an RGBA layer, with a soft contact shadow."""
    art = glyphs.render_height(char, max(4, height))
    if haze:
        art = _hazed(art, *haze)
    x, y = round(base_x - art.width / 2), round(base_y - art.height)
    if shadow:
        sw, sh = art.width * 0.8, max(3.0, art.height * 0.07)
        blot = Image.new("RGBA", (round(sw) + 8, round(sh) + 8), (0, 0, 0, 0))
        ImageDraw.Draw(blot).ellipse((4, 4, 4 + sw, 4 + sh), fill=(20, 30, 20, 70))
        blot = blot.filter(ImageFilter.GaussianBlur(2))
        layer.alpha_composite(blot, (round(base_x - blot.width / 2), round(base_y - blot.height / 2)))
    layer.alpha_composite(art, (x, y))


# ----------------------------------------------------------------------------- far layer


def _sky(look: dict, w: int, h: int, horizon: int) -> np.ndarray:
    top, mid, low = SKY[look["time"]]
    sky = np.empty((h, w, 3), dtype=np.float32)
    sky[:horizon] = _vertical_gradient(horizon, w, [(0.0, top), (0.55, mid), (1.0, low)])
    sky[horizon:] = np.array(_ground_colours(look)[0], dtype=np.float32) * np.array(LIGHT[look["time"]])
    return sky


def _celestial(sky: np.ndarray, look: dict, rng: np.random.Generator, horizon: int) -> None:
    """Sun, moon and stars, painted straight onto the float sky."""
    h, w, _ = sky.shape
    time = look["time"]
    x = w * float(rng.uniform(0.15, 0.85))
    if time == "night":
        n = int(w * horizon / 3500)
        xs = rng.integers(0, w, n)
        ys = (rng.random(n) ** 1.4 * horizon * 0.92).astype(int)
        level = rng.uniform(150, 255, n).astype(np.float32)
        big = rng.random(n) < 0.15
        for sx, sy, lv, b in zip(xs, ys, level, big):
            sky[sy:sy + 1 + b, sx:sx + 1 + b] = np.maximum(sky[sy:sy + 1 + b, sx:sx + 1 + b], lv)
        r = h * 0.045
        cy = horizon * 0.28
        _glow(sky, x, cy, r, (250, 244, 214), 0.22)
        # A crescent: cover part of the disc with the sky colour just beside it.
        shade = sky[int(cy), min(w - 1, int(x + r * 3))].copy()
        x0, y0 = max(0, int(x - r - 2)), max(0, int(cy - r - 2))
        yy, xx = np.mgrid[y0:int(cy + r + 3), x0:int(x + r + 3)]
        bite = np.hypot(xx - (x + r * 0.45), yy - (cy - r * 0.2)) < r * 0.92
        disc = np.hypot(xx - x, yy - cy) < r + 1
        sky[y0:y0 + yy.shape[0], x0:x0 + yy.shape[1]][bite & disc] = shade
    elif time in ("day", "morning", "dawn", "sunset"):
        height = {"day": 0.2, "morning": 0.38, "dawn": 0.7, "sunset": 0.66}[time]
        colour = {"day": (255, 250, 220), "morning": (255, 246, 200),
                  "dawn": (255, 214, 150), "sunset": (255, 170, 90)}[time]
        r = h * (0.05 if time in ("day", "morning") else 0.07)
        _glow(sky, x, horizon * height, r, colour, 0.55)


def _clouds(layer: Image.Image, look: dict, rng: np.random.Generator, horizon: int) -> None:
    """Soft clouds made of overlapping ellipses, coloured by the time of day."""
    w, h = layer.size
    time = look["time"]
    colour, alpha, count = {
        "day": ((255, 255, 255), 235, 4), "morning": ((255, 252, 246), 235, 5),
        "dawn": ((255, 214, 214), 220, 4), "sunset": ((255, 178, 156), 220, 4),
        "night": ((58, 68, 110), 150, 3), "storm": ((76, 80, 92), 245, 9),
    }[time]
    for _ in range(count):
        cw = w * float(rng.uniform(0.12, 0.24)) * (1.5 if time == "storm" else 1.0)
        ch = cw * 0.32
        cx, cy = w * float(rng.uniform(0.0, 1.0)), horizon * float(rng.uniform(0.08, 0.6))
        # Transparent pixels carry the cloud colour too, so blurring the edge leaves no dark fringe.
        cloud = Image.new("RGBA", (round(cw * 1.3), round(ch * 2.2)), (*colour, 0))
        draw = ImageDraw.Draw(cloud)
        base = cloud.height * 0.78
        for _ in range(6):
            bw = cw * float(rng.uniform(0.3, 0.55))
            bx = cloud.width * 0.15 + float(rng.uniform(0, cw - bw))
            bh = bw * float(rng.uniform(0.55, 0.9))
            draw.ellipse((bx, base - bh, bx + bw, base), fill=(*colour, alpha))
        draw.rectangle((cloud.width * 0.15 + cw * 0.1, base - ch * 0.35, cloud.width * 0.15 + cw * 0.9, base),
                       fill=(*colour, alpha))
        cloud = cloud.filter(ImageFilter.GaussianBlur(3))
        layer.alpha_composite(cloud, (round(cx - cloud.width / 2), round(cy - cloud.height / 2)))


def _ridge(w: int, base: int, amplitude: float, rng: np.random.Generator, sharp: bool) -> list[tuple[float, float]]:
    """The outline of a range of hills (smooth) or peaks (sharp) standing on the line y=base."""
    xs = np.linspace(0, w, 64 if sharp else 48)
    ys = np.zeros_like(xs)
    for k in range(1, 5):
        ys += np.sin(xs / w * np.pi * (k * 1.7 + float(rng.uniform(0, 1))) + float(rng.uniform(0, 6.3))) / k
    if sharp:
        ys = np.abs(ys) * 1.4
    ys = (ys - ys.min()) / max(1e-6, float(np.ptp(ys)))
    return [(0, base)] + [(float(x), base - amplitude * (0.25 + 0.75 * float(y))) for x, y in zip(xs, ys)] + [(w, base)]


def _far_scenery(layer: Image.Image, look: dict, rng: np.random.Generator, horizon: int) -> list[tuple[float, float]]:
    """Hills, peaks, dunes, a tree line or a skyline along the horizon, paler with distance.

    Returns the positions of the skyline's windows, lit after the time-of-day shading.
    """
    windows: list[tuple[float, float]] = []
    w, h = layer.size
    draw = ImageDraw.Draw(layer)
    terrain = look["terrain"]
    air = SKY[look["time"]][2]
    if terrain in ("mountain", "snow"):
        for depth, amp in ((0.55, 0.30), (0.3, 0.2)):
            rock = _mix((112, 120, 142) if terrain == "mountain" else (168, 184, 212), air, depth)
            points = _ridge(w, horizon + 2, h * amp, rng, sharp=True)
            draw.polygon(points, fill=(*rock, 255))
            # Snow caps: the same ridge in white, erased below a wavy snow line.
            caps = Image.new("RGBA", (w, h), (0, 0, 0, 0))
            cap_draw = ImageDraw.Draw(caps)
            cap_draw.polygon(points, fill=(*_mix((250, 252, 255), air, depth * 0.5), 255))
            snow_line = horizon - h * amp * 0.7
            wave = [(float(x), snow_line + h * 0.012 * np.sin(x / 23.0)) for x in np.linspace(0, w, 90)]
            cap_draw.polygon(wave + [(w, h), (0, h)], fill=(0, 0, 0, 0))
            layer.alpha_composite(caps)
    elif terrain == "city":
        x = 0.0
        while x < w:
            bw = w * float(rng.uniform(0.03, 0.07))
            bh = h * float(rng.uniform(0.08, 0.26))
            tone = _mix((104, 114, 136), air, float(rng.uniform(0.25, 0.55)))
            draw.rectangle((x, horizon - bh, x + bw, horizon + 2), fill=(*tone, 255))
            for wy in np.arange(horizon - bh + 8, horizon - 10, 16):
                for wx in np.arange(x + 6, x + bw - 8, 12):
                    if rng.random() < 0.35:
                        windows.append((float(wx), float(wy)))
            x += bw + w * float(rng.uniform(0.0, 0.012))
    elif terrain == "forest":
        for depth in (0.5, 0.25):
            tone = _mix((44, 94, 62), air, depth)
            for x in np.arange(0, w + 40, w * 0.018):
                th = h * float(rng.uniform(0.06, 0.13)) * (1.2 - depth)
                tx = float(x + rng.uniform(-8, 8))
                draw.polygon([(tx - th * 0.3, horizon + 2), (tx, horizon - th), (tx + th * 0.3, horizon + 2)],
                             fill=(*tone, 255))
    elif terrain != "indoor":  # grass, sand, water: rolling hills, dunes, a low far shore
        far_tone = {"grass": (112, 168, 104), "sand": (226, 192, 132), "water": (96, 138, 118)}[terrain]
        amp = 0.05 if terrain == "water" else 0.1
        for depth, scale in ((0.5, 1.0), (0.22, 0.6)):
            ridge = _ridge(w, horizon + 2, h * amp * scale, rng, sharp=False)
            draw.polygon(ridge, fill=(*_mix(far_tone, air, depth), 255))
    return windows


def _rain(layer: Image.Image, rng: np.random.Generator, bottom: int) -> None:
    w, _ = layer.size
    draw = ImageDraw.Draw(sheet := _sheet(layer))
    for _ in range(w // 4):
        x, y = float(rng.uniform(0, w)), float(rng.uniform(0, bottom))
        draw.line((x, y, x - 6, y + 22), fill=(200, 210, 225, 90), width=1)
    layer.alpha_composite(sheet)


def _wall(look: dict, rng: np.random.Generator, w: int, h: int, horizon: int) -> Image.Image:
    """Indoors: a wallpapered wall, a window showing the time of day, a picture or a clock."""
    wall = WALL_COLOURS[int(rng.integers(len(WALL_COLOURS)))]
    stripe = _mix(wall, (255, 255, 255), 0.35)
    img = Image.new("RGBA", (w, h), (*wall, 255))
    draw = ImageDraw.Draw(img)
    step = max(8, h // 18)
    for x in range(0, w, step * 2):
        draw.rectangle((x, 0, x + step // 2, horizon), fill=(*stripe, 255))
    # The window goes on the side away from the landmark so the two never overlap.
    wx = w * (0.68 if look["landmark_side"] == "left" else 0.32)
    ww, wh = w * 0.2, h * 0.3
    box = (round(wx - ww / 2), round(horizon * 0.2), round(wx + ww / 2), round(horizon * 0.2 + wh))
    bw, bh = box[2] - box[0], box[3] - box[1]
    outside = np.empty((bh, bw, 3), dtype=np.float32)
    top, mid, low = SKY[look["time"]]
    outside[:] = _vertical_gradient(bh, bw, [(0.0, top), (0.6, mid), (1.0, low)])
    if look["time"] == "night":
        for sx, sy in zip(rng.integers(0, bw, 18), rng.integers(0, bh, 18)):
            outside[sy, sx] = 240
        _glow(outside, bw * 0.7, bh * 0.3, bh * 0.09, (250, 244, 214), 0.25)
    elif look["time"] != "storm":
        _glow(outside, bw * 0.3, bh * 0.35, bh * 0.1, (255, 246, 210), 0.5)
    img.paste(Image.fromarray(outside.astype(np.uint8), "RGB"), box[:2])
    frame, bar = (250, 248, 240, 255), max(6, bw // 28)
    draw.rectangle(box, outline=frame, width=bar)
    draw.line(((box[0] + box[2]) / 2, box[1], (box[0] + box[2]) / 2, box[3]), fill=frame, width=bar)
    draw.line((box[0], (box[1] + box[3]) / 2, box[2], (box[1] + box[3]) / 2), fill=frame, width=bar)
    draw.rectangle((box[0] - bar, box[3], box[2] + bar, box[3] + bar * 1.6), fill=(236, 232, 222, 255))
    # One decoration stands on a wall shelf between the window and the far edge.
    decor = WALL_DECOR[int(rng.integers(len(WALL_DECOR)))]
    dx = w * (0.9 if look["landmark_side"] == "left" else 0.1)
    shelf_y = horizon * 0.55
    draw.rectangle((dx - w * 0.06, shelf_y, dx + w * 0.06, shelf_y + h * 0.012), fill=(150, 102, 64, 255))
    _paste_glyph(img, decor, round(h * 0.14), dx, shelf_y + 2, shadow=False)
    # Skirting board along the foot of the wall.
    draw.rectangle((0, horizon - h * 0.025, w, horizon), fill=(*_mix(wall, (90, 70, 50), 0.45), 255))
    return img


def paint_far(look: dict, rng: np.random.Generator) -> Image.Image:
    w, h = look["world"]
    horizon = round(h * look["horizon"])
    if look["terrain"] == "indoor":
        wall = _wall(look, rng, w, h, horizon)
        return _lit(wall, INDOOR_LIGHT.get(look["time"], (1.0, 1.0, 1.0))).convert("RGB")
    sky = _sky(look, w, h, horizon)
    _celestial(sky, look, rng, horizon)
    far = Image.fromarray(np.clip(sky, 0, 255).astype(np.uint8), "RGB").convert("RGBA")
    clouds = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    _clouds(clouds, look, rng, horizon)
    far.alpha_composite(clouds)
    scenery = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    windows = _far_scenery(scenery, look, rng, horizon)
    far.alpha_composite(_lit(scenery, LIGHT[look["time"]]))
    if look["time"] in ("night", "sunset", "storm"):
        draw = ImageDraw.Draw(far)
        for x, y in windows:
            draw.rectangle((x, y, x + 4, y + 6), fill=(255, 214, 120, 255))
    if look["time"] == "storm":
        _rain(far, rng, horizon)
    return far.convert("RGB")


# ----------------------------------------------------------------------------- near layer


def _ground_colours(look: dict) -> tuple[Colour, Colour]:
    if look["terrain"] == "indoor" and look["floor"] == "tiles":
        return TILES
    return GROUND[look["terrain"]]


def _ground(look: dict, w: int, h: int, horizon: int) -> np.ndarray:
    """RGBA float array: the ground gradient below the horizon, transparent above it."""
    near = np.zeros((h, w, 4), dtype=np.float32)
    top, bottom = _ground_colours(look)
    span = h - horizon
    near[horizon:, :, :3] = _vertical_gradient(span, w, [(0.0, top), (1.0, bottom)])
    if look["terrain"] == "water":
        shore_row = round(span * SHORE_DEPTH)
        shore = GROUND["grass" if look["shore"] == "grass" else "sand"]
        near[horizon + shore_row:, :, :3] = _vertical_gradient(span - shore_row, w, [(0.0, shore[0]), (1.0, shore[1])])
    elif look["shore"] == "sea":
        sea_rows = round(span * 0.2)
        sea_top, sea_bottom = GROUND["water"]
        near[horizon:horizon + sea_rows, :, :3] = _vertical_gradient(sea_rows, w, [(0.0, sea_top), (1.0, sea_bottom)])
    near[horizon:, :, 3] = 255
    return near


def _texture(layer: Image.Image, look: dict, rng: np.random.Generator, horizon: int) -> None:
    """Small marks that make the ground read as grass, sand, snow, water, street or floor."""
    w, h = layer.size
    draw = ImageDraw.Draw(sheet := _sheet(layer))
    span = h - horizon
    terrain = look["terrain"]
    marks = {"grass": (40, 110, 36), "forest": (30, 80, 34), "mountain": (80, 104, 64), "snow": (180, 196, 226),
             "sand": (196, 156, 98), "water": (210, 236, 250), "city": (96, 92, 90), "indoor": (110, 70, 40)}[terrain]
    if terrain == "indoor":
        # Boards (or tile joints) run towards a vanishing point above the middle of the floor.
        tiles = look["floor"] == "tiles"
        joint = (255, 255, 255, 120) if tiles else (*marks, 80)
        spread = 0.16 if tiles else 0.09
        for k in range(-14 if tiles else -26, 15 if tiles else 27):
            draw.line((w / 2 + k * w * spread * 0.2, horizon, w / 2 + k * w * spread, h), fill=joint, width=2)
        if tiles:
            for i in range(1, 8):
                y = horizon + span * (i / 7) ** 1.6
                draw.line((0, y, w, y), fill=joint, width=2)
    elif terrain == "city":
        road_top, road_bottom = horizon + span * 0.18, horizon + span * 0.46
        draw.rectangle((0, road_top, w, road_bottom), fill=(84, 86, 92, 255))
        mid = (road_top + road_bottom) / 2
        for x in range(0, w, 120):
            draw.rectangle((x, mid - 3, x + 60, mid + 3), fill=(240, 236, 220, 255))
        draw.line((0, road_bottom, w, road_bottom), fill=(200, 196, 190, 255), width=6)
        for x in range(0, w, 90):
            draw.line((x, road_bottom, x - 40, h), fill=(*marks, 120), width=2)
    else:
        # Marks grow and thicken towards the viewer.
        for _ in range(w // 3):
            d = float(rng.random()) ** 0.7
            y = horizon + 4 + d * (span - 8)
            x = float(rng.uniform(0, w))
            size = 2 + d * 14
            if terrain in ("grass", "forest", "mountain"):
                stroke = max(1, round(size / 6))
                draw.line((x, y, x - size * 0.3, y - size), fill=(*marks, 170), width=stroke)
                draw.line((x, y, x + size * 0.3, y - size * 0.9), fill=(*marks, 170), width=stroke)
            elif terrain == "water" and y < horizon + span * SHORE_DEPTH:
                box = (x - size * 2, y - size * 0.5, x + size * 2, y + size * 0.5)
                draw.arc(box, 200, 340, fill=(*marks, 150), width=2)
            else:
                box = (x - size * 3, y - size * 0.4, x + size * 3, y + size * 0.4)
                draw.arc(box, 190, 350, fill=(*marks, 130), width=2)
    layer.alpha_composite(sheet)


def _table(layer: Image.Image, x: float, base_y: float, width: int, height: int) -> float:
    """Draw a plain wooden table standing on (x, base_y); return the y of its top."""
    draw = ImageDraw.Draw(sheet := _sheet(layer))
    wood, dark = (150, 102, 64, 255), (112, 74, 46, 255)
    top = base_y - height
    slab = max(6, height // 8)
    leg = max(6, width // 20)
    draw.ellipse((x - width * 0.55, base_y - 8, x + width * 0.55, base_y + 8), fill=(20, 30, 20, 50))
    for lx in (x - width / 2 + leg, x + width / 2 - 2 * leg):
        draw.rectangle((lx, top + slab, lx + leg, base_y), fill=dark)
    draw.rectangle((x - width / 2, top, x + width / 2, top + slab), fill=wood)
    draw.line((x - width / 2, top + slab, x + width / 2, top + slab), fill=dark, width=2)
    layer.alpha_composite(sheet)
    return top


def paint_near(look: dict, rng: np.random.Generator) -> Image.Image:
    w, h = look["world"]
    horizon = round(h * look["horizon"])
    span = h - horizon
    near = Image.fromarray(_ground(look, w, h, horizon).astype(np.uint8), "RGBA")
    _texture(near, look, rng, horizon)
    indoor = look["terrain"] == "indoor"
    air = (236, 226, 210) if indoor else SKY[look["time"]][2]

    # Scenery glyphs and the landmark, painted from the horizon forwards so nearer ones overlap.
    items: list[tuple[float, float, str, int]] = []  # (depth 0=horizon..1=bottom, x, glyph, height)
    framing, pool = SCENERY["beach" if look["shore"] == "sea" else look["terrain"]]
    count = 3 if indoor else (13 if look["terrain"] == "forest" else 8)
    for _ in range(count):
        if indoor:  # along the walls, left or right of the middle where characters stand
            depth = float(rng.uniform(0.22, 0.5))
            x = w * float(rng.uniform(0.02, 0.3) if rng.random() < 0.5 else rng.uniform(0.7, 0.98))
        else:
            depth, x = float(rng.uniform(0.02, 0.45)), w * float(rng.random())
        height = h * (0.1 + 0.16 * depth if indoor else 0.05 + 0.2 * depth)
        items.append((depth, x, pool[int(rng.integers(len(pool)))], round(height)))
    if not indoor:  # two big ones at the edges frame the picture
        for x in (w * float(rng.uniform(0.02, 0.1)), w * float(rng.uniform(0.9, 0.98))):
            depth = float(rng.uniform(0.78, 0.92))
            items.append((depth, x, framing[int(rng.integers(len(framing)))], round(h * (0.05 + 0.2 * depth))))
    if look["terrain"] == "water":
        items = [item for item in items if item[0] > SHORE_DEPTH]  # nothing stands on open water
    side = w * (0.27 if look["landmark_side"] == "left" else 0.73)
    landmark_depth = 0.28 if indoor else 0.04
    # A small indoor landmark (a pan, a teapot, books) stands on a table instead of the floor;
    # the table is the empty glyph "" in the depth order.
    on_table = indoor and look["landmark"] not in FLOOR_FIXTURES
    items.append((landmark_depth, side, "" if on_table else look["landmark"], round(h * (0.3 if indoor else 0.36))))
    for depth, x, char, height in sorted(items, key=lambda item: item[0]):
        base = horizon + depth * span
        if not char:
            top = _table(near, x, base, round(w * 0.2), round(h * 0.16))
            _paste_glyph(near, look["landmark"], round(h * 0.17), x, top + 4, shadow=False)
        else:
            _paste_glyph(near, char, height, x, base, haze=(air, 0.0 if indoor else 0.3 * (1 - depth) ** 2))
    light = INDOOR_LIGHT.get(look["time"], (1.0, 1.0, 1.0)) if indoor else LIGHT[look["time"]]
    return _lit(near, light)


def paint(look: dict) -> tuple[Image.Image, Image.Image]:
    """(far RGB, near RGBA) layers of a location look, each of the look's world size."""
    rng = np.random.default_rng(look["seed"])
    far = paint_far(look, rng)
    near = paint_near(look, rng)
    return far, near


def compose(far: Image.Image, near: Image.Image) -> Image.Image:
    """The reference sheet: the near layer over the far one, RGB."""
    sheet = far.convert("RGBA")
    sheet.alpha_composite(near)
    return sheet.convert("RGB")
