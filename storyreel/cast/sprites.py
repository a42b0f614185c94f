"""Sprites for characters and objects: one emoji, dressed and outlined, on a transparent background.

A sprite is the entity's glyph, with up to two accessory emoji named by the description
("a red scarf" -> a scarf at the neck), scaled up to about `SPRITE_HEIGHT` pixels and
given a sticker border whose colour is unique to each character. Characters that must
share a glyph differ by skin tone (people) or hue, and by an extra accessory. Everything
here is a pure function of the look that `plan` chose, so a sprite is byte-identical on
every run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import emoji
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageOps

from . import glyphs

SPRITE_HEIGHT = 384
BORDER = 9  # sticker border of characters, pixels at SPRITE_HEIGHT
OBJECT_BORDER = 6
OBJECT_OUTLINE = "#ffffff"
MAX_ACCESSORIES = 2
CHIN = 0.9  # where a scarf goes on a head-only glyph, as a fraction of its height

# Character outline colours, in the order characters appear; chosen far apart in hue.
OUTLINE_PALETTE = (
    "#e63946", "#1d7bd8", "#2a9d3f", "#f4a300", "#8e44ad", "#00a6a6",
    "#ff6fb5", "#6d4c41", "#3f51b5", "#9ccc1c", "#ff7f2a", "#37474f",
)

# Hue (degrees) of colour words, used to tint an accessory ("a blue scarf").
COLOUR_HUES = {
    "red": 0, "scarlet": 0, "crimson": 350, "orange": 28, "golden": 45, "gold": 45, "yellow": 52,
    "green": 120, "teal": 175, "turquoise": 175, "blue": 215, "navy": 225, "purple": 275,
    "violet": 275, "pink": 330, "magenta": 310,
}


# Noto draws these animals as a head only; every other being has a body.
HEAD_ONLY = frozenset({"frog", "hamster", "wolf", "bear", "polar bear", "panda", "lion", "unicorn", "fox",
                       "koala", "raccoon", "moose", "zebra"})


def body_of(glyph_name: str) -> str:
    """"head" when the glyph draws only a head ("cat face", "lion"), else "full"."""
    return "head" if glyph_name.endswith(" face") or glyph_name in HEAD_ONLY else "full"


@dataclass(frozen=True)
class Accessory:
    name: str
    words: str  # regex alternatives naming it; an optional plural 's' is added
    glyph: str
    anchor: str  # head | head_side | eyes | neck | hand


# Order matters: longer names first, so "top hat" is not read as "hat".
ACCESSORIES = (
    Accessory("sunglasses", r"sunglasses|shades", "\U0001F576\uFE0F", "eyes"),
    Accessory("glasses", r"glasses|spectacles|eyeglasses", "\U0001F453", "eyes"),
    Accessory("scarf", r"scarf|scarves", "\U0001F9E3", "neck"),
    Accessory("crown", r"crown|tiara", "\U0001F451", "head"),
    Accessory("top hat", r"top hat", "\U0001F3A9", "head"),
    Accessory("graduation cap", r"graduation cap|mortarboard", "\U0001F393", "head"),
    Accessory("cap", r"cap|baseball cap", "\U0001F9E2", "head"),
    Accessory("hat", r"hat|bonnet", "\U0001F452", "head"),
    Accessory("helmet", r"helmet", "\u26D1\uFE0F", "head"),
    Accessory("headphones", r"headphones", "\U0001F3A7", "head"),
    Accessory("bow", r"bow|ribbon", "\U0001F380", "head_side"),
    Accessory("flower", r"flower in (?:his|her|its|their) hair|flower crown", "\U0001F338", "head_side"),
    Accessory("medal", r"medal|necklace|pendant", "\U0001F3C5", "neck"),
    Accessory("bell", r"bell|collar", "\U0001F514", "neck"),
    Accessory("backpack", r"backpack|rucksack", "\U0001F392", "hand"),
    Accessory("umbrella", r"umbrella", "\u2602\uFE0F", "hand"),
    Accessory("balloon", r"balloon", "\U0001F388", "hand"),
    Accessory("wand", r"magic wand|wand", "\U0001FA84", "hand"),
    Accessory("lantern", r"lantern", "\U0001F3EE", "hand"),
    Accessory("book", r"book", "\U0001F4D5", "hand"),
    Accessory("bag", r"handbag|purse|satchel|bag", "\U0001F45C", "hand"),
    Accessory("sword", r"sword", "\U0001F5E1\uFE0F", "hand"),
)
_BY_NAME = {a.name: a for a in ACCESSORIES}

# The 2nd, 3rd... character kept on the same glyph: people get another skin tone (a hue
# shift would give them green or red skin); anything else gets a hue shift, small first
# to stay natural (an orange camel turns russet or gold), then larger.
SKIN_TONES = ("\U0001F3FC", "\U0001F3FE", "\U0001F3FB", "\U0001F3FD", "\U0001F3FF")
DUPLICATE_HUES = (-30, 30, -60, 60, 180)

# Accessories added, in this order, to tell apart characters that had to share a glyph.
DISTINGUISHERS = ("bow", "cap", "glasses", "crown", "hat", "scarf")

# Size of each anchor's accessory, as a fraction of the body width.
_ANCHOR_WIDTH = {"head": 0.62, "head_side": 0.36, "eyes": 0.62, "neck": 0.5, "hand": 0.4}


def _pattern(acc: Accessory) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{acc.words})(?:e?s)?\b")


def find_accessories(text: str) -> list[dict]:
    """Accessories named in a description, in the order they are mentioned (at most two).

    Each is {"name", "glyph", "anchor", "hue"}; hue is the degrees of a colour word just
    before it ("a blue scarf" -> 215) or None to keep the emoji's own colours.
    """
    work = text.lower()
    found: list[tuple[int, dict]] = []
    for acc in ACCESSORIES:
        match = _pattern(acc).search(work)
        if not match:
            continue
        before = re.findall(r"[a-z]+", work[max(0, match.start() - 24):match.start()])[-2:]
        hue = next((COLOUR_HUES[w] for w in reversed(before) if w in COLOUR_HUES), None)
        found.append((match.start(), {"name": acc.name, "glyph": acc.glyph, "anchor": acc.anchor, "hue": hue}))
        # Blank the words out so "cap" does not match again inside "graduation cap".
        work = work[:match.start()] + " " * (match.end() - match.start()) + work[match.end():]
    return [item for _, item in sorted(found, key=lambda f: f[0])][:MAX_ACCESSORIES]


def accessories(names: list[str], description: str, sex: str | None) -> list[dict]:
    """The chosen accessories, coloured as the description says ("a blue scarf"); a man's hat
    is a top hat, never the woman's sun hat."""
    coloured = {a["name"]: a for a in find_accessories(description)}
    out = []
    for name in names[:MAX_ACCESSORIES]:
        if name == "hat" and sex == "male":
            name = "top hat"
        acc = _BY_NAME[name]
        named = coloured.get(name) or (coloured.get("hat") if name == "top hat" else None) or {}
        out.append({"name": acc.name, "glyph": acc.glyph, "anchor": acc.anchor, "hue": named.get("hue")})
    return out


def strip_accessories(text: str) -> str:
    """The description without accessory words (and their colours), for matching the body glyph."""
    colours = "|".join(COLOUR_HUES)
    for acc in ACCESSORIES:
        text = re.sub(rf"(?:\b(?:{colours})\s+)?\b(?:{acc.words})(?:e?s)?\b", " ", text, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", text).strip()


def distinguisher(taken: set[str], index: int) -> dict:
    """An accessory nobody sharing the glyph wears yet, to tell a character apart (cycles when all are)."""
    free = [name for name in DISTINGUISHERS if name not in taken]
    acc = _BY_NAME[free[0] if free else DISTINGUISHERS[index % len(DISTINGUISHERS)]]
    return {"name": acc.name, "glyph": acc.glyph, "anchor": acc.anchor, "hue": None}


def duplicate_variant(char: str, repeat: int) -> tuple[str, int]:
    """(glyph, hue shift in degrees) for the `repeat`-th extra character drawn from `char` (repeat >= 1)."""
    base = char[0] + char[2:] if char[1:2] == "\uFE0F" else char  # a tone replaces the emoji selector
    toned = base[0] + SKIN_TONES[(repeat - 1) % len(SKIN_TONES)] + base[1:]
    if toned in emoji.EMOJI_DATA and glyphs.draws(toned):
        return toned, 0
    return char, DUPLICATE_HUES[(repeat - 1) % len(DUPLICATE_HUES)]


def shift_hue(img: Image.Image, degrees: float) -> Image.Image:
    """Rotate the hue of an RGBA image, keeping its alpha."""
    if not degrees % 360:
        return img
    offset = round(degrees / 360 * 256) % 256
    h, s, v = img.convert("RGB").convert("HSV").split()
    h = h.point(lambda x: (x + offset) % 256)
    out = Image.merge("HSV", (h, s, v)).convert("RGB")
    out.putalpha(img.getchannel("A"))
    return out


def tint(img: Image.Image, degrees: float) -> Image.Image:
    """Give the coloured pixels of an RGBA image one hue; greys, black and white stay as they are."""
    target = round(degrees / 360 * 256) % 256
    h, s, v = img.convert("RGB").convert("HSV").split()
    coloured = s.point(lambda x: 255 if x > 60 else 0)
    h = Image.composite(Image.new("L", img.size, target), h, coloured)
    out = Image.merge("HSV", (h, s, v)).convert("RGB")
    out.putalpha(img.getchannel("A"))
    return out


def _fill_holes(img: Image.Image) -> Image.Image:
    """Fill transparent holes enclosed by an RGBA glyph with its own colour in shadow.

    A scarf emoji is a loop: without this, whatever the character has at its neck shows
    through the loop and reads as a mouth, not as the inside of a scarf.
    """
    solid = img.getchannel("A").point(lambda a: 255 if a > 40 else 0)
    outside = ImageOps.expand(solid, border=1, fill=0)
    ImageDraw.floodfill(outside, (0, 0), 128)
    holes = outside.crop((1, 1, outside.width - 1, outside.height - 1)).point(lambda v: 255 if v == 0 else 0)
    if not holes.getbbox():
        return img
    pixels = np.asarray(img.convert("RGB"))[np.asarray(solid) > 0]
    shade = tuple(int(c * 0.8) for c in np.median(pixels, axis=0))
    filled = img.copy()
    filled.paste(Image.new("RGBA", img.size, (*shade, 255)), (0, 0), holes)
    return filled


def _row_extents(alpha: np.ndarray) -> np.ndarray:
    """Width of the silhouette on each row (first to last opaque pixel)."""
    solid = alpha > 96
    any_ = solid.any(axis=1)
    first = np.where(any_, solid.argmax(axis=1), 0)
    last = np.where(any_, solid.shape[1] - 1 - solid[:, ::-1].argmax(axis=1), -1)
    return np.maximum(last - first + 1, 0)


def _neck_fraction(alpha: np.ndarray) -> float:
    """Height (fraction from the top) where a scarf goes.

    Full-body glyphs (teddy bear, rabbit) narrow between head and body: the scarf goes
    there. A round, well-filled glyph without a narrowing is a head (girl, cat face):
    the scarf goes under the chin. Anything else (penguin, bird) gets it a bit above
    the middle, where a neck usually is.
    """
    extents = _row_extents(alpha)
    h, w = alpha.shape
    lo, hi = int(h * 0.36), int(h * 0.72)
    row = lo + int(np.argmin(extents[lo:hi]))
    if extents[row] < 0.86 * extents[:row].max() and extents[row] < 0.86 * extents[row:].max():
        return row / h
    fill = float((alpha > 96).mean())
    return CHIN if fill >= 0.6 and 0.85 <= w / h <= 1.35 else 0.42


def _place(anchor: str, acc_size: tuple[int, int], body: Image.Image, neck: float) -> tuple[int, int]:
    """Top-left corner of an accessory relative to the body's top-left corner."""
    bw, bh = body.size
    aw, ah = acc_size
    if anchor == "head":
        return (bw - aw) // 2, -round(ah * 0.62)
    if anchor == "head_side":
        return round(bw * 0.68 - aw / 2), -round(ah * 0.25)
    if anchor == "eyes":
        # Eyes sit a little below the middle of a head, which spans the top down to the neck.
        return (bw - aw) // 2, round(bh * neck * 0.6 - ah / 2)
    if anchor == "neck":
        return (bw - aw) // 2, round(bh * neck - ah * 0.12)
    return round(bw - aw * 0.45), round(bh * 0.62 - ah / 2)  # hand: held out at the right side


def _outline(img: Image.Image, colour: str, width: int) -> Image.Image:
    """Put a rounded sticker border of `width` pixels and `colour` around the opaque part of `img`."""
    alpha = img.getchannel("A").point(lambda a: 255 if a > 40 else 0)
    # A blurred mask thresholded low grows the shape by about `width` with round corners.
    grown = alpha.filter(ImageFilter.GaussianBlur(width / 2.2))
    ring = grown.point(lambda a: 0 if a < 8 else min(255, (a - 8) * 12))
    base = Image.new("RGBA", img.size, colour)
    base.putalpha(ring)
    base.alpha_composite(img)
    return base


# Colours with no hue, for an animal's coat: (the saturation kept, the brightness times this) of
# its coloured pixels (its outline and eyes are black or white already and stay so).
SHADES = {"grey": (0.08, 0.78), "gray": (0.08, 0.78), "silver": (0.05, 0.95), "black": (0.1, 0.3),
          "white": (0.06, 1.35)}


def shade(img: Image.Image, colour: str) -> Image.Image:
    """An RGBA image's coloured pixels greyed, blackened or whitened (SHADES): an orange cat emoji
    drawn as the story's grey cat."""
    keep, times = SHADES[colour]
    h, s, v = img.convert("RGB").convert("HSV").split()
    coloured = s.point(lambda x: 255 if x > 60 else 0)
    s = Image.composite(s.point(lambda x: round(x * keep)), s, coloured)
    v = Image.composite(v.point(lambda x: min(255, round(x * times))), v, coloured)
    out = Image.merge("HSV", (h, s, v)).convert("RGB")
    out.putalpha(img.getchannel("A"))
    return out


def colour_said(description: str, noun: str | None, colours: dict | None = None):
    """The hue (degrees) of the colour word nearest before the thing's noun in its description
    ("a small red sledge" -> 0), else the first after it that still speaks of it ("a sledge, painted
    green", not "a sledge with a blue rope"); None when it names none. With `colours` (a colour
    word -> a value), that word's value instead."""
    colours = COLOUR_HUES if colours is None else colours
    found = re.findall(r"[a-z]+", description.lower())
    at = found.index(noun) if noun in found else len(found)
    after = []
    for word in found[at + 1:]:
        if word in ("with", "and", "on", "in", "of", "holding", "carrying", "beside", "near"):
            break
        after.append(word)
    return next((colours[w] for w in [*reversed(found[:at]), *after] if w in colours), None)


def make_sprite(look: dict, body: Image.Image | None = None) -> Image.Image:
    """The sprite (RGBA, about SPRITE_HEIGHT px tall, tightly cropped) for a character or object
    look: its emoji, or `body` (a drawing: clip art) in the colour the look names."""
    if body is None:
        body = glyphs.render(look["glyph"])
    if look.get("hue") is not None:
        body = tint(body, look["hue"])
    if look.get("shade"):
        body = shade(body, look["shade"])
    if look.get("hue_shift"):
        body = shift_hue(body, look["hue_shift"])
    # An animal "face" glyph (rabbit face, mouse face) is a head: a scarf goes under its chin.
    neck = CHIN if "face" in look.get("glyph_name", "") else _neck_fraction(np.asarray(body.getchannel("A")))

    # Lay out at the font's native size, where the body is about 110 px tall.
    pieces: list[tuple[Image.Image, tuple[int, int]]] = [(body, (0, 0))]
    for acc in look.get("accessories", []):
        art = glyphs.render(acc["glyph"])
        width = max(8, round(body.width * _ANCHOR_WIDTH[acc["anchor"]]))
        art = art.resize((width, max(1, round(art.height * width / art.width))), Image.Resampling.LANCZOS)
        if acc.get("hue") is not None:
            art = tint(art, acc["hue"])
        if acc["anchor"] == "neck":
            art = _fill_holes(art)
        pieces.append((art, _place(acc["anchor"], art.size, body, neck)))
    left = min(x for _, (x, _) in pieces)
    top = min(y for _, (_, y) in pieces)
    right = max(x + p.width for p, (x, _) in pieces)
    bottom = max(y + p.height for p, (_, y) in pieces)
    canvas = Image.new("RGBA", (right - left, bottom - top), (0, 0, 0, 0))
    for piece, (x, y) in pieces:
        canvas.alpha_composite(piece, (x - left, y - top))

    border = look.get("border", BORDER)
    inner = SPRITE_HEIGHT - 2 * border - 2
    scaled = canvas.resize((max(1, round(canvas.width * inner / canvas.height)), inner), Image.Resampling.LANCZOS)
    padded = Image.new("RGBA", (scaled.width + 2 * border + 4, scaled.height + 2 * border + 4), (0, 0, 0, 0))
    padded.alpha_composite(scaled, (border + 2, border + 2))
    sprite = _outline(padded, look["outline"], border)
    return sprite.crop(sprite.getbbox())
