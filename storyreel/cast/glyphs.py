"""The emoji catalogue: which emoji exist, which the font really draws, and what each one means.

Glyphs come from the `emoji` package (names and aliases) and are drawn with Noto Color
Emoji, a bitmap font that only has one size: 109 px. An entry is kept only when
Pillow draws it here as one glyph, so a ZWJ sequence is kept only when libraqm joins
it (without raqm it would show as two or three separate pictures). Flags, keycaps and
skin-tone variants are left out: they are not characters, objects or places.

Each entry belongs to one or more *pools*, decided from its first code point
(see `_POOL_RANGES`), so a character is only ever matched against beings, an object
against things and a landmark against places. Entities are matched by cosine
similarity between MiniLM embeddings of their text and of the emoji names; the
name embeddings are cached on disk because drawing and embedding ~1,400 names takes seconds.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import emoji
import numpy as np
from PIL import Image, ImageDraw, ImageFont, features

from .. import files
from ..embed import MODEL_NAME, embed
from ..errors import ToolMissingError

FONT_SIZE = 109  # the only bitmap strike in NotoColorEmoji.ttf
FONT_CANDIDATES = (
    Path("/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf"),  # Debian, Ubuntu
    Path("/usr/share/fonts/noto/NotoColorEmoji.ttf"),  # Arch
    Path("/usr/share/fonts/google-noto-color-emoji-fonts/NotoColorEmoji.ttf"),  # Fedora
)
INDEX_VERSION = 4  # bump when pools or name texts change: invalidates the cached index

ZWJ = 0x200D

# Pools by the first code point of an emoji sequence (so "cook" = person + ZWJ + pan is a person).
#   person:  people and their roles          animal: mammals, birds, fish, bugs
#   fantasy: beings from tales, toys that act like characters
#   food:    food and drink                  plant:  trees, flowers, leaves
#   thing:   objects, tools, clothes, toys, instruments, vehicles
#   place:   buildings and landmarks that stand on the ground (outdoor locations); not
#            the framed scene pictures (sunset, cityscape, night with stars...)
#   fixture: furniture and things that make a room (indoor locations)
# Faces, hands, hearts, signs and symbols belong to no pool and are never chosen.
_POOL_RANGES: dict[str, tuple[tuple[int, int], ...]] = {
    "person": (
        (0x1F385, 0x1F385), (0x1F3C2, 0x1F3C4), (0x1F3C7, 0x1F3C7), (0x1F3CA, 0x1F3CC),
        (0x1F466, 0x1F478), (0x1F481, 0x1F483), (0x1F574, 0x1F575), (0x1F57A, 0x1F57A),
        (0x1F645, 0x1F647), (0x1F64B, 0x1F64B), (0x1F64D, 0x1F64E), (0x1F6A3, 0x1F6A3),
        (0x1F6B4, 0x1F6B6), (0x1F6C0, 0x1F6C0), (0x1F6CC, 0x1F6CC), (0x1F934, 0x1F939),
        (0x1F93C, 0x1F93E), (0x1F977, 0x1F977), (0x1F9B8, 0x1F9B9), (0x1F9CD, 0x1F9CF),
        (0x1F9D1, 0x1F9DD), (0x1FAC5, 0x1FAC5), (0x26F7, 0x26F7), (0x26F9, 0x26F9),
    ),
    "animal": (
        (0x1F400, 0x1F43C), (0x1F43F, 0x1F43F), (0x1F54A, 0x1F54A), (0x1F577, 0x1F577),
        (0x1F980, 0x1F9AE), (0x1FAB0, 0x1FAB3), (0x1FABC, 0x1FABC), (0x1FABF, 0x1FABF),
        (0x1FACE, 0x1FACF),
    ),
    "fantasy": (
        (0x1F383, 0x1F383), (0x1F385, 0x1F385), (0x1F38E, 0x1F38E), (0x1F409, 0x1F409),
        (0x1F432, 0x1F432), (0x1F479, 0x1F47E), (0x1F916, 0x1F916), (0x1F921, 0x1F921),
        (0x1F936, 0x1F936), (0x1F984, 0x1F984), (0x1F9B8, 0x1F9B9), (0x1F9CC, 0x1F9CC),
        (0x1F9D9, 0x1F9DF), (0x1F9F8, 0x1F9F8), (0x1FA86, 0x1FA86), (0x2603, 0x2603),
        (0x26C4, 0x26C4),
    ),
    "food": (
        (0x1F32D, 0x1F330), (0x1F336, 0x1F336), (0x1F33D, 0x1F33D), (0x1F344, 0x1F37F),
        (0x1F382, 0x1F382), (0x1F942, 0x1F944), (0x1F950, 0x1F96F), (0x1F9C0, 0x1F9CB),
        (0x1FAD0, 0x1FADB), (0x2615, 0x2615),
    ),
    "plant": (
        (0x1F331, 0x1F335), (0x1F337, 0x1F33C), (0x1F33E, 0x1F343), (0x1F384, 0x1F384),
        (0x1F38B, 0x1F38B), (0x1F38D, 0x1F38D), (0x1F490, 0x1F490),
        (0x1FAB4, 0x1FAB5), (0x1FAB7, 0x1FAB8), (0x1FABB, 0x1FABB), (0x1FABE, 0x1FABE),
        (0x2618, 0x2618),
    ),
    "thing": (
        (0x1F380, 0x1F381), (0x1F386, 0x1F38A), (0x1F38F, 0x1F390), (0x1F392, 0x1F393),
        (0x1F396, 0x1F39F), (0x1F3A3, 0x1F3A9), (0x1F3AB, 0x1F3B4), (0x1F3B7, 0x1F3C1),
        (0x1F3C5, 0x1F3C6), (0x1F3C8, 0x1F3C9), (0x1F3CD, 0x1F3D3), (0x1F3EE, 0x1F3EE),
        (0x1F3F5, 0x1F3F5), (0x1F3F7, 0x1F3FA), (0x1F41A, 0x1F41A), (0x1F451, 0x1F462),
        (0x1F484, 0x1F485), (0x1F488, 0x1F48A), (0x1F48C, 0x1F48E), (0x1F4A1, 0x1F4A1),
        (0x1F4A3, 0x1F4A3), (0x1F4B0, 0x1F4B0), (0x1F4B3, 0x1F4B7), (0x1F4BA, 0x1F4E6),
        (0x1F4EA, 0x1F4F2), (0x1F4F7, 0x1F4FF), (0x1F50B, 0x1F514), (0x1F516, 0x1F517),
        (0x1F525, 0x1F52E), (0x1F56F, 0x1F570), (0x1F576, 0x1F576), (0x1F579, 0x1F579),
        (0x1F587, 0x1F58D), (0x1F5A5, 0x1F5DE), (0x1F5E1, 0x1F5E1), (0x1F5F3, 0x1F5F3),
        (0x1F5FA, 0x1F5FA), (0x1F680, 0x1F688), (0x1F68A, 0x1F6A2), (0x1F6A4, 0x1F6A6),
        (0x1F6A8, 0x1F6AA), (0x1F6B2, 0x1F6B2), (0x1F6BD, 0x1F6BD), (0x1F6BF, 0x1F6BF),
        (0x1F6C1, 0x1F6C1), (0x1F6CB, 0x1F6CB), (0x1F6CD, 0x1F6CF), (0x1F6D2, 0x1F6D2),
        (0x1F6DE, 0x1F6E2), (0x1F6E5, 0x1F6E5), (0x1F6E9, 0x1F6E9), (0x1F6F0, 0x1F6FC),
        (0x1F93F, 0x1F93F), (0x1F941, 0x1F941), (0x1F945, 0x1F94F), (0x1F97B, 0x1F97F),
        (0x1F9AF, 0x1F9AF), (0x1F9BA, 0x1F9BA), (0x1F9E2, 0x1F9E6), (0x1F9E8, 0x1F9FF),
        (0x1FA70, 0x1FA74), (0x1FA79, 0x1FA7C), (0x1FA80, 0x1FA88), (0x1FA90, 0x1FAAF),
        (0x1FAB6, 0x1FAB6), (0x1FAB9, 0x1FABA), (0x1FAD6, 0x1FAD6), (0x231A, 0x231B),
        (0x2328, 0x2328), (0x23F0, 0x23F3), (0x2602, 0x2602), (0x2614, 0x2614),
        (0x260E, 0x260E), (0x2692, 0x2697), (0x2699, 0x2699), (0x26B0, 0x26B1),
        (0x26BD, 0x26BE), (0x26CF, 0x26CF), (0x26D1, 0x26D1), (0x26D3, 0x26D3),
        (0x26F3, 0x26F5), (0x26F8, 0x26F8), (0x2702, 0x2702), (0x2708, 0x2709),
        (0x270F, 0x270F), (0x2712, 0x2712),
    ),
    "place": (
        (0x1F30B, 0x1F30B), (0x1F3A0, 0x1F3A2), (0x1F3AA, 0x1F3AA), (0x1F3D4, 0x1F3D8),
        (0x1F3DA, 0x1F3DB), (0x1F3DD, 0x1F3DD), (0x1F3DF, 0x1F3E6), (0x1F3E8, 0x1F3ED), (0x1F3EF, 0x1F3F0),
        (0x1F492, 0x1F492), (0x1F54B, 0x1F54D), (0x1F5FB, 0x1F5FD), (0x1F5FF, 0x1F5FF),
        (0x1F689, 0x1F689), (0x1F68F, 0x1F68F), (0x1F6A2, 0x1F6A2), (0x1F6D5, 0x1F6D6),
        (0x1F6DD, 0x1F6DD), (0x1F6EB, 0x1F6EC), (0x1FAA6, 0x1FAA6), (0x26E9, 0x26EA),
        (0x26F0, 0x26F2), (0x26F5, 0x26F5), (0x26FA, 0x26FA),
    ),
    "fixture": (
        (0x1F373, 0x1F373), (0x1F3B9, 0x1F3B9), (0x1F4DA, 0x1F4DA), (0x1F4FA, 0x1F4FA),
        (0x1F56F, 0x1F570), (0x1F5A5, 0x1F5A5), (0x1F5BC, 0x1F5BC), (0x1F5FA, 0x1F5FA),
        (0x1F6AA, 0x1F6AA), (0x1F6BD, 0x1F6BD), (0x1F6BF, 0x1F6BF), (0x1F6C1, 0x1F6C1),
        (0x1F6CB, 0x1F6CB), (0x1F6CF, 0x1F6CF), (0x1F6D2, 0x1F6D2), (0x1F9FA, 0x1F9FA),
        (0x1FA91, 0x1FA91), (0x1FA9E, 0x1FA9F), (0x1FAB4, 0x1FAB4), (0x1FAD6, 0x1FAD6),
    ),
}

# Extra names for a few glyphs whose own names miss what they commonly stand for: everyday
# words for people ("young woman" must not find "old woman") and the room or place a thing
# evokes ("kitchen" -> cooking). Each is embedded as one more name of the glyph.
_EVOKES: dict[str, tuple[str, ...]] = {
    "\U0001F469": ("young woman", "lady", "mother"),
    "\U0001F468": ("young man", "gentleman", "father"),
    "\U0001F467": ("little girl", "daughter"),
    "\U0001F466": ("little boy", "son"),
    "\U0001F9D2": ("kid", "young child"),
    "\U0001F475": ("grandmother", "granny"),
    "\U0001F474": ("grandfather", "grandpa"),
    "\U0001F9D1\u200D\u2708\uFE0F": ("captain", "sailor"),
    "\U0001F6CF\uFE0F": ("bedroom",),
    "\U0001F373": ("kitchen", "stove"),
    "\U0001F6C1": ("bathroom",),
    "\U0001F6CB\uFE0F": ("living room", "sofa"),
    "\U0001F4DA": ("library", "bookshelf", "study"),
    "\U0001F6D2": ("shop", "supermarket"),
    "\U0001F5BC\uFE0F": ("art studio", "gallery", "museum"),
    "\U0001F3B9": ("piano", "music room"),
    "\U0001F5A5\uFE0F": ("office",),
    "\U0001FAD6": ("tea room", "cafe"),
    "\U0001F6EB": ("airport",),
    "\U0001F3E2": ("city street", "downtown"),
    "\U0001F3D8\uFE0F": ("town", "village"),
    "\U0001F332": ("forest", "pine woods"),
    "\U0001F333": ("park", "woods"),
    "\U0001F334": ("tropical beach", "oasis"),
    "\U0001F335": ("desert",),
}

# Group pictures and body-care scenes make poor characters even though they show people.
_NOT_A_CHARACTER = re.compile(
    r"family|couple|kiss|holding_hands|hugging|bunny_ears|wrestling|massage|haircut|steamy_room"
)


@dataclass(frozen=True)
class Glyph:
    """One drawable emoji: the characters to draw, its readable name and its pools."""

    char: str
    name: str
    pools: frozenset[str]


def pools_of(char: str, en_name: str) -> frozenset[str]:
    """The pools an emoji belongs to (empty: never chosen). Pure; decided by the first code point."""
    first = ord(char[0])
    pools = {pool for pool, ranges in _POOL_RANGES.items() if any(lo <= first <= hi for lo, hi in ranges)}
    if _NOT_A_CHARACTER.search(en_name):
        pools -= {"person", "fantasy"}
    return frozenset(pools)


def _excluded_sequence(char: str, with_raqm: bool) -> bool:
    """Flags, keycaps, skin tones and tag sequences; ZWJ sequences too when raqm cannot join them."""
    cps = [ord(c) for c in char]
    return (
        any(0x1F1E6 <= c <= 0x1F1FF for c in cps)  # regional indicators (flags)
        or any(0xE0020 <= c <= 0xE007F for c in cps)  # tag sequences (subdivision flags)
        or 0x20E3 in cps  # keycaps
        or any(0x1F3FB <= c <= 0x1F3FF for c in cps)  # skin-tone modifiers
        or (ZWJ in cps and not with_raqm)
    )


def _readable(code: str) -> str:
    """':dromedary_camel:' -> 'dromedary camel'."""
    return code.strip(":").replace("_", " ").replace("’", "'")


def font_path() -> Path:
    """Location of NotoColorEmoji.ttf, or a ToolMissingError saying how to install it."""
    for path in FONT_CANDIDATES:
        if path.is_file():
            return path
    raise ToolMissingError(
        "the Noto Color Emoji font is not installed: install it with `apt-get install fonts-noto-color-emoji` "
        "(Debian/Ubuntu) or `dnf install google-noto-color-emoji-fonts` (Fedora)"
    )


@functools.lru_cache(maxsize=1)
def font() -> ImageFont.FreeTypeFont:
    """Noto Color Emoji at its only size (loaded once per process)."""
    return ImageFont.truetype(str(font_path()), FONT_SIZE)


@functools.lru_cache(maxsize=512)
def render(char: str) -> Image.Image:
    """The emoji drawn at the font's native size, cropped to its visible pixels (RGBA).

    Returns a fully transparent 1x1 image when the font has nothing for `char`.
    Callers must not modify the returned (shared, cached) image.
    """
    # Wide enough for three separate glyphs, so a sequence the font cannot join is visible as such.
    canvas = Image.new("RGBA", (FONT_SIZE * 4, FONT_SIZE * 2), (0, 0, 0, 0))
    ImageDraw.Draw(canvas).text((FONT_SIZE // 4, FONT_SIZE // 4), char, font=font(), embedded_color=True)
    box = canvas.getbbox()
    return canvas.crop(box) if box else Image.new("RGBA", (1, 1), (0, 0, 0, 0))


def draws(char: str) -> bool:
    """True when the font draws `char` as one picture (not empty, not split into pieces)."""
    img = render(char)
    return img.height > 1 and img.width <= FONT_SIZE * 1.5


def render_height(char: str, height: int) -> Image.Image:
    """The emoji scaled (LANCZOS) so that its visible part is `height` pixels tall."""
    img = render(char)
    width = max(1, round(img.width * height / img.height))
    return img.resize((width, max(1, height)), Image.Resampling.LANCZOS)


class Catalogue:
    """Drawable emoji with unit-length embeddings of their names, searchable by meaning within pools.

    A glyph may have several names (its CLDR name, aliases, evoked words); each is embedded
    on its own and a glyph matches as well as its best name, so "cooking" is found for a
    kitchen through "kitchen stove" without "fried egg" diluting it.
    """

    def __init__(self, glyphs: list[Glyph], vectors: np.ndarray, owners: np.ndarray):
        self.glyphs = glyphs
        self.vectors = vectors  # one row per name
        self.owners = owners  # glyph index of each row
        self._by_char = {g.char: g for g in glyphs}
        self._pool_glyphs = {
            pool: np.array([i for i, g in enumerate(glyphs) if pool in g.pools], dtype=np.int64)
            for pool in _POOL_RANGES
        }

    def __len__(self) -> int:
        return len(self.glyphs)

    def glyph(self, char: str) -> Glyph:
        return self._by_char[char]

    def rank(self, full: np.ndarray, parts: np.ndarray, pools: tuple[str, ...],
             top: int = 12) -> list[tuple[float, Glyph]]:
        """The `top` glyphs of `pools` best matching an entity, best first (ties: catalogue order).

        `full` is the unit embedding of the entity's whole text and `parts` a matrix of
        embeddings of its key phrases; a glyph scores the mean of its best cosine with the
        whole text and its best cosine with any phrase, so a named thing ("the Eiffel
        Tower") counts even inside a long description.
        """
        with_full = np.full(len(self.glyphs), -np.inf, dtype=np.float32)
        with_part = np.full(len(self.glyphs), -np.inf, dtype=np.float32)
        np.maximum.at(with_full, self.owners, self.vectors @ full)
        np.maximum.at(with_part, self.owners, (self.vectors @ np.atleast_2d(parts).T).max(axis=1))
        candidates = np.unique(np.concatenate([self._pool_glyphs[p] for p in pools]))
        scores = 0.5 * (with_full[candidates] + with_part[candidates])
        # A stable sort of the negated scores keeps equal scores in catalogue order: deterministic.
        order = np.argsort(-scores, kind="stable")[:top]
        return [(float(scores[i]), self.glyphs[candidates[i]]) for i in order]


def _cache_key() -> str:
    font_file = font_path()
    return "|".join([
        f"index-v{INDEX_VERSION}",
        f"emoji-{emoji.__version__}",
        f"font-{files.sha256_file(font_file)[:16]}",
        f"raqm-{features.check('raqm')}",
        f"model-{MODEL_NAME}",
    ])


def _build() -> tuple[list[Glyph], list[str], list[int]]:
    """Every drawable, pooled emoji; its names (name, aliases, extra names) and their owners."""
    with_raqm = bool(features.check("raqm"))
    glyphs: list[Glyph] = []
    texts: list[str] = []
    owners: list[int] = []
    for char in sorted(emoji.EMOJI_DATA):
        data = emoji.EMOJI_DATA[char]
        if data["status"] != emoji.STATUS["fully_qualified"] or _excluded_sequence(char, with_raqm):
            continue
        pools = pools_of(char, data["en"])
        if not pools or not draws(char):
            continue
        names = list(dict.fromkeys(_readable(n) for n in [data["en"], *data.get("alias", [])]))
        names.extend(_EVOKES.get(char, ()))
        owners.extend([len(glyphs)] * len(names))
        texts.extend(names)
        glyphs.append(Glyph(char, names[0], pools))
    return glyphs, texts, owners


@functools.lru_cache(maxsize=4)
def load_catalogue(cache_dir: Path) -> Catalogue:
    """The catalogue, from `cache_dir/emoji-index-v<INDEX_VERSION>.npz` when it matches this font, package
    and model; otherwise built (a few seconds: every emoji is drawn once, every name embedded) and saved."""
    path = Path(cache_dir) / f"emoji-index-v{INDEX_VERSION}.npz"
    key = _cache_key()
    if path.is_file():
        try:
            with np.load(path, allow_pickle=False) as data:
                if str(data["key"]) == key:
                    glyphs = [Glyph(c, n, frozenset(p.split(","))) for c, n, p in
                              zip(data["chars"].tolist(), data["names"].tolist(), data["pools"].tolist())]
                    return Catalogue(glyphs, data["vectors"].astype(np.float32), data["owners"].astype(np.int64))
        except (OSError, KeyError, ValueError):
            pass  # a damaged cache is rebuilt below
    glyphs, texts, owners = _build()
    vectors = embed(texts)
    with files.atomic_path(path) as tmp, open(tmp, "wb") as fh:
        np.savez(fh, key=np.array(key), vectors=vectors, owners=np.array(owners, dtype=np.int64),
                 chars=np.array([g.char for g in glyphs]), names=np.array([g.name for g in glyphs]),
                 pools=np.array([",".join(sorted(g.pools)) for g in glyphs]))
    return Catalogue(glyphs, vectors, np.array(owners, dtype=np.int64))
