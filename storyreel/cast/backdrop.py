"""Painted backdrops for locations, in two parallax layers, with no time of day in them.

A location's look (`plan_location`) holds its terrain and landmark, decided by the caller
(`terrain_from_text` is a keyword fallback for the terrain). It is painted at the *world
size* (25% larger than the frame, so the renderer can move a camera inside it) as:

- the far layer (RGBA): far scenery (hills, peaks, dunes, a tree line, a skyline) on a
  transparent sky, opaque from the horizon down; indoors, the wall, with a window whose
  pane is transparent so the scene's sky shows through it, and a hanging lamp;
- the near layer (RGBA): ground (or floor), the landmark (an emoji, or a procedural
  drawing "proc:<name>", see `landmarks`) and scattered scenery glyphs, smaller and hazier
  near the horizon; transparent above the ground, except where the landmark and the
  scenery rise into the sky.

The sky, the light of the time of day and the weather belong to each scene: the renderer
paints them (storyreel.animatic.light, .weather) behind and over these layers, and lights
what `lights(look)` says glows at night (window panes, lamps, a lighthouse's lamp).

Painting is a pure function of the look; every random choice comes from generators seeded
with the look's seed (a SHA-256 of the entity's id and description), one per part of the
picture, so `lights` can find again where `paint` put things, and a backdrop is
byte-identical on every run.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from ..animatic import light
from ..animatic.camera import world_size  # the renderer's camera moves inside this size
from ..script import Entity
from . import glyphs, landmarks

Colour = tuple[int, int, int]

# First matching rule wins; "grass" (a meadow) when none matches.
TERRAIN_RULES = (
    ("indoor", r"kitchen|room|bedroom|bathroom|shop|store|house|home|studio|office|classroom|library|"
               r"bakery|workshop|indoors|inside|attic|hall|cafe|restaurant|museum|cabin|shelf|forge|smithy|"
               r"blacksmith'?s?|hearth|fireplace|school|hospital|bank|hotel|inn|tavern|pub|church|chapel"),
    ("sand", r"sand|sandy|desert|beach|dunes?|pyramids?|oasis"),
    ("water", r"sea|ocean|lake|river|pond|harbou?r|boat|ship|island|coast|lighthouse|pier|quay|dock|wharf|jetty"),
    ("snow", r"snow|snowy|ski|skiing|winter|ice|icy|frozen|glacier|arctic|igloo"),
    ("mountain", r"mountains?|hills?|cliffs?|valley|peaks?|great wall"),
    ("forest", r"forest|woods|jungle|trees"),
    ("city", r"city|street|town|road|square|market|airport|station|village|plaza|stone|bridge"),
    ("grass", r"grass|meadow|park|garden|field|farm|picnic|lawn"),
)
TERRAINS = ("grass", "forest", "mountain", "snow", "sand", "water", "city", "indoor")
# Places the words name plainly, each composed of several elements: (rule, terrain, landmark,
# scenery). First matching rule wins. A harbour is boats on the water below houses, not one glyph.
PLACES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (r"harbou?rs?|ports?|quays?|quayside|piers?|docks?|wharf|marina|jetty|fishing village", "water", "proc:boat",
     ("\u26F5", "\U0001F6E5\uFE0F", "\U0001F6A4", "\U0001F3E0", "\U0001F3E1")),
    (r"markets?|marketplace|bazaar", "city", "\U0001F3EA",
     ("\U0001F9FA", "\U0001F34E", "\U0001F955", "\u26F1\uFE0F", "\U0001F3E0")),
    (r"villages?|hamlet", "grass", "\U0001F3D8\uFE0F", ("\U0001F3E0", "\U0001F3E1", "\U0001F333", "\U0001F3E0")),
    (r"city|cities|towns?|downtown", "city", "\U0001F3D9\uFE0F",
     ("\U0001F3E2", "\U0001F3EC", "\U0001F3E0", "\U0001F6A6", "\U0001F333")),
    (r"stations?|railway|platform", "city", "\U0001F689", ("\U0001F3E2", "\U0001F6A6", "\U0001F333")),
    (r"roofs?|rooftops?|skyscrapers?|towers? of glass|glass towers?", "city", "\U0001F3D9\uFE0F",
     ("\U0001F3E2", "\U0001F3EC", "\U0001F4E1", "\U0001F3E2")),  # up among the buildings
    (r"farms?|farmyard|barns?", "grass", "\U0001F6D6", ("\U0001F69C", "\U0001F33E", "\U0001F33B", "\U0001F333")),
    (r"forests?|woods|woodland|jungle|grove", "forest", "\U0001F332",
     ("\U0001F332", "\U0001F333", "\U0001F344", "\U0001FAB5")),
    (r"parks?|gardens?", "grass", "\u26F2", ("\U0001F333", "\U0001F337", "\U0001F33B", "\U0001F33C")),
)
# Natural places, by their name alone ("the hill", "the far shore"; not "a lighthouse on a cliff"):
# what stands there is what grows there. Chosen from a shortlist, a model put a fountain by a
# river and a castle on a hill.
NATURE: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (r"rivers?|riverbanks?|riversides?|streams?|brooks?|creeks?|lakes?|lakeside|ponds?|shores?", "water",
     "\U0001F333", ("\U0001F33E", "\U0001FAA8", "\U0001F33F", "\U0001F333")),
    (r"hills?|hillsides?|hilltops?|slopes?|valleys?|mountains?|peaks?|cliffs?", "mountain", "\U0001F332",
     ("\U0001F333", "\U0001F33C", "\U0001FAA8", "\U0001F332")),
    (r"meadows?|fields?|pastures?|prairies?", "grass", "\U0001F333",
     ("\U0001F33C", "\U0001F33E", "\U0001F33B", "\U0001F333")),
)
# Scenery that floats: on water it stands on the open water, the rest on the shore.
AFLOAT = frozenset({"\u26F5", "\U0001F6E5\uFE0F", "\U0001F6A4", "\U0001F6F6"})
# Words about the time of day and the weather: a location's text may carry them, but the
# scene decides both, so they must not pull its landmark anywhere.
TIME_WORDS = (r"night|midnight|nighttime|moon|moonlit|moonlight|starry|stars|sunset|dusk|evening|twilight|"
              r"dawn|sunrise|daybreak|morning|day|daytime|noon|afternoon|sunny|storm|stormy|thunder|"
              r"thunderstorm|lightning|rain|rainy|tempest|hurricane|foggy|fog|misty|mist|cloudy")

# The other side of a place, for scenes seen from it: inside a place whose own side is outside
# (a lighthouse's lamp room, a bus's seats), a room with the fixture its words name; outside a
# room, the building it is in. First matching rule wins; the last entries are the defaults.
ROOMS: tuple[tuple[str, str, str], ...] = (  # (rule, fixture glyph, floor)
    (r"lighthouses?|beacon|towers?", "\U0001F4A1", "wood"),  # the lamp room's great lamp
    (r"bus|coach|tram|trains?|carriage|compartment|railway|metro|subway|plane|aeroplane|airplane|shuttle"
     r"|spaceship|spacecraft|rocket", "\U0001F4BA", "tiles"),
    (r"boats?|ship|ferry|yacht|submarine|barge", "\U0001F6DF", "wood"),
    (r"bakery|baker'?s", "\U0001F956", "tiles"),
    (r"shops?|stores?|market|grocer'?s?", "\U0001F6D2", "tiles"),
    (r"forge|smithy|blacksmith'?s?|workshop|garage|shed", "\u2692\uFE0F", "wood"),
    (r"kitchen", "\U0001F373", "tiles"),
    (r"hearth|fireplace", "\U0001F525", "wood"),
    (r"bedroom|hospital|inn|hotel", "\U0001F6CF\uFE0F", "wood"),
    (r"school|classroom|library", "\U0001F4DA", "wood"),
    (r"office|bank", "\U0001F4BB", "wood"),
    (r"church|chapel|temple|shrine", "\U0001F56F\uFE0F", "tiles"),
    (r"cafe|café|restaurant|tavern|pub", "\u2615", "tiles"),
    (r"museum|gallery", "\U0001F5BC\uFE0F", "tiles"),
    (r"station", "\U0001F570\uFE0F", "tiles"),
    (r"castle|palace", "\U0001F451", "tiles"),
    (r"", "\U0001F6CB\uFE0F", "wood"),  # a living room
)
BUILDINGS: tuple[tuple[str, str], ...] = (  # (rule, building glyph)
    (r"bakery|baker'?s|shops?|stores?|market|cafe|café|restaurant|grocer'?s?", "\U0001F3EA"),
    (r"school|classroom", "\U0001F3EB"),
    (r"office|bank", "\U0001F3E2"),
    (r"hospital|ward", "\U0001F3E5"),
    (r"church|chapel", "\u26EA"),
    (r"castle|palace|throne", "\U0001F3F0"),
    (r"museum|library|gallery", "\U0001F3DB\uFE0F"),
    (r"station", "\U0001F689"),
    (r"hotel|inn", "\U0001F3E8"),
    (r"factory|workshop|garage", "\U0001F3ED"),
    (r"", "\U0001F3E0"),  # a house
)
SIDES = ("outside", "inside")

# Distant things fade towards this neutral air colour; the scene's light then tints it.
AIR: Colour = (206, 218, 232)
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


def shore_depth(look: dict) -> float:
    """Where the open water ends in a look's ground (see SHORE_DEPTH); seen from a boat out on the
    water ("afloat", `afloat`) there is no shore: water to the bottom."""
    return 1.0 if look.get("afloat") else SHORE_DEPTH


def afloat(look: dict) -> dict | None:
    """The look of a place by the water seen from out on it (a scene on a boat or a raft): its own
    look with no shore, only what floats near; None for a place with no open water."""
    return {**look, "afloat": True} if look.get("terrain") == "water" else None
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
    "bank": (("\U0001F333", "\U0001FAA8"), ("\U0001FAA8", "\U0001F33E", "\U0001F33F")),  # a river's or lake's: no palm
    "city": (("\U0001F333",), ("\U0001F333", "\U0001F6A6", "\U0001F3E0", "\U0001F3E2", "\U0001F3EA", "\U0001F68F")),
    "indoor": ((), ("\U0001FAB4", "\U0001F9FA", "\U0001FA91")),
}
# Scenery glyphs with windows that light up at night.
LIT_SCENERY = frozenset({"\U0001F3E0", "\U0001F3E2", "\U0001F3EA"})
# Emoji landmarks whose name says they have windows (lit at night).
BUILDING_WORDS = re.compile(
    r"\b(?:house|houses|home|building|office|school|hospital|hotel|church|mosque|synagogue|temple|shrine|"
    r"store|shop|bank|post office|castle|factory|wedding|hut|stadium|station|cottage|cabin)\b")
# Indoor landmarks big enough to stand on the floor; any other fixture is put on a table.
FLOOR_FIXTURES = frozenset({
    "\U0001F6CF\uFE0F", "\U0001F6CB\uFE0F", "\U0001F6C1", "\U0001F6AA", "\U0001F6BD", "\U0001F6BF",
    "\U0001FA91", "\U0001FA9F", "\U0001F6D2", "\U0001F3B9", "\U0001FA9E", "\U0001F525",  # ... a hearth's fire
})
WALL_DECOR = ("\U0001F5BC\uFE0F", "\U0001F570\uFE0F")
WALL_COLOURS: tuple[Colour, ...] = (
    (238, 222, 196), (214, 230, 214), (212, 224, 240), (240, 214, 214), (232, 226, 204), (226, 214, 236),
)
# Height of a landmark, share of the world height: emoji landmarks, then procedural ones
# (a lighthouse is tall, a bridge and a boat are low and wide).
LANDMARK_HEIGHT = 0.36
INDOOR_LANDMARK_HEIGHT = 0.3
PROC_HEIGHT = {"lighthouse": 0.44, "tower": 0.4, "house": 0.3, "bridge": 0.2, "castle": 0.38, "boat": 0.2}
LANDMARK_HAZE = 0.12
# One random stream per part of the picture, so each part can be found again on its own.
_STREAMS = {"far": 1, "near": 2, "texture": 3, "skyline": 4, "wall": 5}


def without_time_words(text: str) -> str:
    """`text` without words about the time of day or the weather, which the scene decides."""
    return re.sub(rf"\b(?:{TIME_WORDS})\b", " ", text, flags=re.IGNORECASE).strip()


def _has(rule: str, text: str) -> bool:
    return re.search(rf"\b(?:{rule})\b", text) is not None


def terrain_said(text: str) -> str | None:
    """The terrain (one of TERRAINS) a location's name and description say plainly ("kitchen",
    "beach", "island"), or None when they say none."""
    text = text.lower()
    return next((name for name, rule in TERRAIN_RULES if _has(rule, text)), None)


def place_said(text: str, rules: tuple = PLACES) -> dict | None:
    """What a location's name and description say it is plainly, as elements to compose it from:
    {"terrain", "landmark", "landmark_name", "scenery"} (see PLACES), or None. With NATURE as
    `rules`, what a natural place's name alone says."""
    import unicodedata

    text = without_time_words(text).lower()
    for rule, terrain, landmark, scenery in rules:
        if _has(rule, text):
            name = landmarks.name_of(landmark) if landmark.startswith(landmarks.PREFIX) else \
                unicodedata.name(landmark[0]).lower()
            return {"terrain": terrain, "landmark": landmark, "landmark_name": name, "scenery": list(scenery)}
    return None


def room_said(text: str) -> dict | None:
    """A room its words name plainly (a forge, a bakery, a kitchen, a classroom), composed like a
    place (see `place_said`) from the fixture and floor ROOMS gives it; None for any other room."""
    import unicodedata

    text = without_time_words(text).lower()
    for rule, fixture, floor in ROOMS:
        if rule and _has(rule, text):
            return {"terrain": "indoor", "landmark": fixture, "landmark_name": unicodedata.name(fixture[0]).lower(),
                    "scenery": [], "floor": floor}
    return None


def terrain_from_text(text: str) -> str:
    """A terrain read from a location's words, grass where they say none: a fallback for a caller
    that has no better way to decide it."""
    return terrain_said(text) or "grass"


def seed_of(entity: Entity) -> int:
    """A stable 63-bit seed from the entity's id and description (never Python's salted hash)."""
    digest = hashlib.sha256(f"{entity.id}\n{entity.description}".encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") >> 1


def plan_location(entity: Entity, landmark_char: str, landmark_name: str, terrain: str,
                  frame: tuple[int, int]) -> dict:
    """The JSON-able look of a location: everything `paint` needs, nothing it must guess.

    `terrain` (one of TERRAINS) and the landmark (an emoji character, or "proc:<name>" for
    a procedural drawing, see `landmarks.PROCEDURAL`) are decided by the caller; the shore
    and the floor are read from the description. The look holds no time of day: each
    scene lights the location its own way.
    """
    if terrain not in TERRAINS:
        raise ValueError(f"location {entity.id!r}: unknown terrain {terrain!r}; one of {', '.join(TERRAINS)}")
    if landmark_char.startswith(landmarks.PREFIX):
        landmarks.name_of(landmark_char)  # raises for an unknown procedural landmark
    text = f"{entity.name}. {entity.description}".lower()
    seed = seed_of(entity)
    rng = np.random.default_rng(seed)
    shore = None
    if terrain == "water":
        shore = "grass" if _has(r"lake|river|pond", text) else "sand"
    elif terrain == "sand" and _has(r"beach|sea|ocean|coast|shore", text):
        shore = "sea"
    return {
        "kind": "location",
        "terrain": terrain,
        "shore": shore,
        "floor": "tiles" if _has(r"kitchen|bathroom|shop|store|cafe|bakery|restaurant", text) else "wood",
        "horizon": round(0.56 + 0.04 * float(rng.random()), 3),
        "seed": seed,
        "landmark": landmark_char,
        "landmark_name": landmark_name,
        "landmark_side": "left" if rng.random() < 0.5 else "right",
        "world": list(world_size(*frame)),
    }


def side_of(look: dict) -> str:
    """The side a location look shows: inside for a room, outside for anything else."""
    return "inside" if look["terrain"] == "indoor" else "outside"


def other_side(entity: Entity, look: dict, frame: tuple[int, int]) -> dict:
    """The look of `entity` seen from the side its own `look` does not show: the room inside a
    building, vehicle or any outdoor place, with the fixture its words name (ROOMS); the
    building around a room, on a street (BUILDINGS). Chosen by code from the place's words."""
    import unicodedata

    text = without_time_words(f"{entity.name}. {entity.description}").lower()
    if side_of(look) == "inside":
        glyph = next(g for rule, g in BUILDINGS if not rule or _has(rule, text))
        # The building stands where its words say (a harbour office by the harbour), else on a street.
        around = place_said(text)
        other = plan_location(entity, glyph, unicodedata.name(glyph[0]).lower(),
                              around["terrain"] if around else "city", frame)
        if around:
            other["scenery"] = around["scenery"]
    else:
        glyph, floor = next((g, f) for rule, g, f in ROOMS if not rule or _has(rule, text))
        other = {**plan_location(entity, glyph, unicodedata.name(glyph[0]).lower(), "indoor", frame), "floor": floor}
    return other


# ----------------------------------------------------------------------------- helpers


def _rng(look: dict, part: str) -> np.random.Generator:
    return np.random.default_rng([int(look["seed"]), _STREAMS[part]])


def _mix(a, b, t: float):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b))


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


def _shadow_under(layer: Image.Image, width: float, height: float, base_x: float, base_y: float) -> None:
    sw, sh = width * 0.8, max(3.0, height * 0.07)
    blot = Image.new("RGBA", (round(sw) + 8, round(sh) + 8), (0, 0, 0, 0))
    ImageDraw.Draw(blot).ellipse((4, 4, 4 + sw, 4 + sh), fill=(20, 30, 20, 70))
    blot = blot.filter(ImageFilter.GaussianBlur(2))
    layer.alpha_composite(blot, (round(base_x - blot.width / 2), round(base_y - blot.height / 2)))


def _paste_art(layer: Image.Image, art: Image.Image, base_x: float, base_y: float,
               haze: tuple[Colour, float] | None = None, shadow: bool = True) -> tuple[int, int]:
    """Stand a picture on the point (base_x, base_y) of an RGBA layer, with a soft contact
    shadow; returns its top-left corner."""
    if haze:
        art = _hazed(art, *haze)
    x, y = round(base_x - art.width / 2), round(base_y - art.height)
    if shadow:
        _shadow_under(layer, art.width, art.height, base_x, base_y)
    layer.alpha_composite(art, (x, y))
    return x, y


def _paste_glyph(layer: Image.Image, char: str, height: int, base_x: float, base_y: float,
                 haze: tuple[Colour, float] | None = None, shadow: bool = True) -> tuple[int, int]:
    """Stand a glyph on the point (base_x, base_y) of an RGBA layer, with a soft contact shadow."""
    return _paste_art(layer, glyphs.render_height(char, max(4, height)), base_x, base_y, haze, shadow)


def landmark_art(landmark: str, height: int) -> Image.Image:
    """The landmark drawn `height` px tall (RGBA): an emoji character or a procedural "proc:<name>"."""
    if landmark.startswith(landmarks.PREFIX):
        return landmarks.render(landmarks.name_of(landmark), max(8, height))
    return glyphs.render_height(landmark, max(4, height))


def glass_mask(art: Image.Image) -> Image.Image | None:
    """The window panes of an emoji building ("L"), or None: Noto draws glass in pale blues
    and teals (not in saturated blue, not in greys)."""
    a = np.asarray(art.convert("RGBA")).astype(np.int16)
    r, g, b, alpha = a[..., 0], a[..., 1], a[..., 2], a[..., 3]
    hi = np.maximum(np.maximum(r, g), b)
    lo = np.minimum(np.minimum(r, g), b)
    sat = (hi - lo) / np.maximum(hi, 1)
    glass = (b >= r + 25) & (g >= r + 10) & (sat < 0.7) & (hi > 80) & (hi < 242) & (alpha > 200)
    if not glass.any():
        return None
    mask = Image.fromarray(glass.astype(np.uint8) * 255, "L")
    if min(art.size) >= 48:  # drop single stray pixels of shading
        mask = mask.filter(ImageFilter.MinFilter(3)).filter(ImageFilter.MaxFilter(3))
    return mask if mask.getbbox() else None


# ----------------------------------------------------------------------------- where things stand


def _horizon(look: dict) -> int:
    return round(look["world"][1] * look["horizon"])


def landmark_place(look: dict) -> dict:
    """Where the landmark stands in the near layer: {"x", "foot", "height", "on_table", "base"}
    (world px; `base` is the floor point under a table)."""
    w, h = look["world"]
    horizon = _horizon(look)
    span = h - horizon
    indoor = look["terrain"] == "indoor"
    landmark = look["landmark"]
    proc = landmark.startswith(landmarks.PREFIX)
    name = landmark[len(landmarks.PREFIX):] if proc else ""
    x = w * (0.27 if look["landmark_side"] == "left" else 0.73)
    depth = 0.28 if indoor else (0.18 if name == "boat" and look["terrain"] == "water" else 0.04)
    base = horizon + depth * span
    on_table = indoor and not proc and landmark not in FLOOR_FIXTURES
    if on_table:
        return {"x": x, "foot": base - round(h * 0.16) + 4, "height": round(h * 0.17), "on_table": True, "base": base}
    share = PROC_HEIGHT.get(name, LANDMARK_HEIGHT) if proc else (INDOOR_LANDMARK_HEIGHT if indoor else LANDMARK_HEIGHT)
    return {"x": x, "foot": base, "height": round(h * share), "on_table": False, "base": base}


def _near_items(look: dict) -> list[tuple[float, float, str, int]]:
    """Scenery glyphs of the near layer: (depth 0=horizon..1=bottom, x, glyph, height)."""
    w, h = look["world"]
    rng = _rng(look, "near")
    indoor = look["terrain"] == "indoor"
    items: list[tuple[float, float, str, int]] = []
    shore = {"sea": "beach", "grass": "bank"}.get(look["shore"])
    framing, pool = SCENERY[shore or look["terrain"]]
    pool = tuple(look.get("scenery") or pool)  # the elements the place is made of, where its words say
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
    if look["terrain"] == "water":  # boats float on the open water, nothing else stands on it
        items = [(depth * SHORE_DEPTH if char in AFLOAT else depth, x, char, height)
                 for depth, x, char, height in items]
        items = [item for item in items if item[2] in AFLOAT or item[0] > shore_depth(look)]
    return items


def _skyline(look: dict) -> list[tuple[float, float, float, Colour, list[tuple[float, float]]]]:
    """City skyline: (x, top, width, colour, windows [(x, y)]) of each far building."""
    w, h = look["world"]
    horizon = _horizon(look)
    rng = _rng(look, "skyline")
    out = []
    x = 0.0
    while x < w:
        bw = w * float(rng.uniform(0.03, 0.07))
        bh = h * float(rng.uniform(0.08, 0.26))
        tone = _mix((104, 114, 136), AIR, float(rng.uniform(0.25, 0.55)))
        windows = [(float(wx), float(wy)) for wy in np.arange(horizon - bh + 8, horizon - 10, 16)
                   for wx in np.arange(x + 6, x + bw - 8, 12)]
        out.append((x, horizon - bh, bw, tone, windows))
        x += bw + w * float(rng.uniform(0.0, 0.012))
    return out


def window_box(look: dict) -> tuple[int, int, int, int]:
    """Indoors: the window's pane in the far layer (world px, x0, y0, x1, y1): the sky shows there."""
    w, h = look["world"]
    horizon = _horizon(look)
    # The window goes on the side away from the landmark so the two never overlap.
    wx = w * (0.68 if look["landmark_side"] == "left" else 0.32)
    ww, wh = w * 0.2, h * 0.3
    return round(wx - ww / 2), round(horizon * 0.2), round(wx + ww / 2), round(horizon * 0.2 + wh)


def lamp_place(look: dict) -> tuple[float, float]:
    """Indoors: the bulb of the hanging lamp (world px)."""
    w, h = look["world"]
    return w * 0.5, h * 0.19


# ----------------------------------------------------------------------------- far layer


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


WINDOW_GLASS: Colour = (78, 92, 118)  # an unlit window of the far skyline


def _far_scenery(layer: Image.Image, look: dict, horizon: int) -> None:
    """Hills, peaks, dunes, a tree line or a skyline along the horizon, paler with distance."""
    w, h = layer.size
    rng = _rng(look, "far")
    draw = ImageDraw.Draw(layer)
    terrain = look["terrain"]
    if terrain in ("mountain", "snow"):
        for depth, amp in ((0.55, 0.30), (0.3, 0.2)):
            rock = _mix((112, 120, 142) if terrain == "mountain" else (168, 184, 212), AIR, depth)
            points = _ridge(w, horizon + 2, h * amp, rng, sharp=True)
            draw.polygon(points, fill=(*rock, 255))
            # Snow caps: the same ridge in white, erased below a wavy snow line.
            caps = Image.new("RGBA", (w, h), (0, 0, 0, 0))
            cap_draw = ImageDraw.Draw(caps)
            cap_draw.polygon(points, fill=(*_mix((250, 252, 255), AIR, depth * 0.5), 255))
            snow_line = horizon - h * amp * 0.7
            wave = [(float(x), snow_line + h * 0.012 * np.sin(x / 23.0)) for x in np.linspace(0, w, 90)]
            cap_draw.polygon(wave + [(w, h), (0, h)], fill=(0, 0, 0, 0))
            layer.alpha_composite(caps)
    elif terrain == "city":
        for x, top, bw, tone, windows in _skyline(look):
            draw.rectangle((x, top, x + bw, horizon + 2), fill=(*tone, 255))
            glass = _mix(WINDOW_GLASS, tone, 0.35)
            for wx, wy in windows:
                draw.rectangle((wx, wy, wx + 4, wy + 6), fill=(*glass, 255))
    elif terrain == "forest":
        for depth in (0.5, 0.25):
            tone = _mix((44, 94, 62), AIR, depth)
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
            draw.polygon(ridge, fill=(*_mix(far_tone, AIR, depth), 255))


def _lamp(draw: ImageDraw.ImageDraw, look: dict) -> None:
    """A lamp hanging from the ceiling: cord, shade and bulb (lit at night by the renderer)."""
    w, h = look["world"]
    bx, by = lamp_place(look)
    shade_top, shade_w = by - h * 0.055, h * 0.1
    draw.line((bx, 0, bx, shade_top), fill=(70, 60, 50, 255), width=max(2, round(h * 0.004)))
    draw.ellipse((bx - shade_w * 0.22, by - shade_w * 0.1, bx + shade_w * 0.22, by + shade_w * 0.22),
                 fill=(*landmarks.LAMP_DAY, 255))
    draw.polygon([(bx - shade_w * 0.2, shade_top), (bx + shade_w * 0.2, shade_top),
                  (bx + shade_w * 0.55, by), (bx - shade_w * 0.55, by)], fill=(58, 110, 96, 255),
                 outline=(36, 70, 60, 255), width=max(1, round(h * 0.003)))


def _wall(look: dict, w: int, h: int, horizon: int) -> Image.Image:
    """Indoors: a wallpapered wall, a window (its pane transparent), a picture or a clock, a lamp."""
    rng = _rng(look, "wall")
    wall = WALL_COLOURS[int(rng.integers(len(WALL_COLOURS)))]
    stripe = _mix(wall, (255, 255, 255), 0.35)
    img = Image.new("RGBA", (w, h), (*wall, 255))
    draw = ImageDraw.Draw(img)
    step = max(8, h // 18)
    for x in range(0, w, step * 2):
        draw.rectangle((x, 0, x + step // 2, horizon), fill=(*stripe, 255))
    box = window_box(look)
    bw = box[2] - box[0]
    draw.rectangle(box, fill=(0, 0, 0, 0))  # the scene's sky shows through the pane
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
    _lamp(draw, look)
    # Skirting board along the foot of the wall.
    draw.rectangle((0, horizon - h * 0.025, w, horizon), fill=(*_mix(wall, (90, 70, 50), 0.45), 255))
    return img


def paint_far(look: dict) -> Image.Image:
    """The far layer (RGBA): far scenery on a transparent sky, or the wall of a room."""
    w, h = look["world"]
    horizon = _horizon(look)
    if look["terrain"] == "indoor":
        return _wall(look, w, h, horizon)
    far = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    # Below the horizon the far layer is the ground's far edge: when the camera tilts, the
    # near layer slides over it and a strip of it may show.
    ImageDraw.Draw(far).rectangle((0, horizon, w, h), fill=(*_ground_colours(look)[0], 255))
    _far_scenery(far, look, horizon)
    return far


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
    near[horizon:, :, :3] = light.vertical_gradient(span, w, [(0.0, top), (1.0, bottom)])
    if look["terrain"] == "water" and not look.get("afloat"):
        shore_row = round(span * SHORE_DEPTH)
        shore = GROUND["grass" if look["shore"] == "grass" else "sand"]
        near[horizon + shore_row:, :, :3] = light.vertical_gradient(span - shore_row, w,
                                                                    [(0.0, shore[0]), (1.0, shore[1])])
    elif look["shore"] == "sea":
        sea_rows = round(span * 0.2)
        sea_top, sea_bottom = GROUND["water"]
        near[horizon:horizon + sea_rows, :, :3] = light.vertical_gradient(sea_rows, w,
                                                                          [(0.0, sea_top), (1.0, sea_bottom)])
    near[horizon:, :, 3] = 255
    return near


SNOW: Colour = (236, 241, 250)


def snowed(near: Image.Image, look: dict) -> Image.Image:
    """The near layer (RGBA, any size) under lying snow, for a scene where it snows: its ground
    whitened, the texture's light and shade kept faintly; the scenery standing on it and open water
    as they are. A room, and ground that is snow already, are returned unchanged."""
    if look.get("terrain") in ("indoor", "snow") or "horizon" not in look:
        return near
    w, h = near.size
    horizon = round(h * look["horizon"])
    clean = _ground(look, w, h, horizon)[..., :3]
    pixels = np.asarray(near.convert("RGBA")).astype(np.float32)
    # Ground is what is still near the painted gradient (its tufts and pebbles are shades of it).
    ground = (np.abs(pixels[..., :3] - clean).sum(axis=2) < 60) & (pixels[..., 3] > 0)
    ground[:horizon] = False
    span = h - horizon
    if look["terrain"] == "water":  # the open water does not whiten, its shore does
        ground[:horizon + round(span * shore_depth(look))] = False
    elif look.get("shore") == "sea":
        ground[:horizon + round(span * 0.2)] = False
    shade = pixels[..., :3].mean(axis=2) - clean.mean(axis=2)
    white = np.clip(np.array(SNOW, np.float32) + 0.4 * shade[..., None], 0, 255)
    pixels[ground, :3] = white[ground]
    return Image.fromarray(pixels.astype(np.uint8), "RGBA")


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
            elif terrain == "water" and y < horizon + span * shore_depth(look):
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


def paint_near(look: dict) -> Image.Image:
    """The near layer (RGBA): ground or floor, scenery and the landmark."""
    w, h = look["world"]
    horizon = _horizon(look)
    span = h - horizon
    near = Image.fromarray(_ground(look, w, h, horizon).astype(np.uint8), "RGBA")
    _texture(near, look, _rng(look, "texture"), horizon)
    indoor = look["terrain"] == "indoor"

    # Scenery glyphs and the landmark, painted from the horizon forwards so nearer ones overlap;
    # the landmark is the item None.
    place = landmark_place(look)
    items: list[tuple[float, float, str | None, int]] = list(_near_items(look))
    items.append(((place["base"] - horizon) / span, place["x"], None, place["height"]))
    for depth, x, char, height in sorted(items, key=lambda item: item[0]):
        base = horizon + depth * span
        if char is not None:
            _paste_glyph(near, char, height, x, base, haze=(AIR, 0.0 if indoor else 0.3 * (1 - depth) ** 2))
            continue
        art = landmark_art(look["landmark"], place["height"])
        if place["on_table"]:
            _table(near, x, base, round(w * 0.2), round(h * 0.16))
            _paste_art(near, art, x, place["foot"], shadow=False)
        else:
            _paste_art(near, art, x, place["foot"], haze=None if indoor else (AIR, LANDMARK_HAZE))
    return near


def paint(look: dict) -> tuple[Image.Image, Image.Image]:
    """(far RGBA, near RGBA) layers of a location look, each of the look's world size."""
    return paint_far(look), paint_near(look)


# ----------------------------------------------------------------------------- what glows


def lights(look: dict) -> dict[str, list[light.Glow]]:
    """What glows at night in each layer ({"far": [...], "near": [...]}), where `paint` put it:
    the landmark's windows or lamp (a lighthouse's lamp is a beacon), the windows of scenery
    buildings and of the far skyline, and indoors the hanging lamp (which lights the room)."""
    w, h = look["world"]
    far: list[light.Glow] = []
    near: list[light.Glow] = []
    if look["terrain"] == "indoor":
        bx, by = lamp_place(look)
        r = max(2, round(h * 0.022))
        bulb = Image.new("L", (2 * r, 2 * r), 0)
        ImageDraw.Draw(bulb).ellipse((0, 0, 2 * r - 1, 2 * r - 1), fill=255)
        far.append(light.Glow(round(bx - r), round(by - r), bulb, h * 0.02, "lamp"))
        far.append(light.Glow(round(bx - r), round(by - r), bulb, h * 0.5, "room"))
    elif look["terrain"] == "city":
        rng = np.random.default_rng([int(look["seed"]), 99])
        horizon = _horizon(look)
        top = min((b[1] for b in _skyline(look)), default=horizon)
        y0 = max(0, int(top))
        mask = Image.new("L", (w, horizon - y0 + 1), 0)
        draw = ImageDraw.Draw(mask)
        for _x, _top, _bw, _tone, windows in _skyline(look):
            for wx, wy in windows:
                if rng.random() < 0.4:
                    draw.rectangle((wx, wy - y0, wx + 4, wy - y0 + 6), fill=255)
        far.append(light.Glow(0, y0, mask, max(2.0, h * 0.004), "window"))

    place = landmark_place(look)
    landmark = look["landmark"]
    art = landmark_art(landmark, place["height"])
    x0, y0 = round(place["x"] - art.width / 2), round(place["foot"] - art.height)
    if landmark.startswith(landmarks.PREFIX):
        name = landmarks.name_of(landmark)
        lamp = "beacon" if name == "lighthouse" else "lamp"  # a lighthouse's lamp also casts beams
        for kind, share in ((lamp, 0.09 if lamp == "beacon" else 0.05), ("window", 0.03)):
            mask = landmarks.lights(name, place["height"], "lamp" if kind != "window" else "window")
            if mask.getbbox():
                near.append(light.Glow(x0, y0, mask, max(2.0, place["height"] * share), kind))
    elif BUILDING_WORDS.search(look.get("landmark_name", "")):
        mask = glass_mask(art)
        if mask is not None:
            near.append(light.Glow(x0, y0, mask, max(2.0, place["height"] * 0.03), "window"))

    horizon = _horizon(look)
    for depth, x, char, height in _near_items(look):
        if char in LIT_SCENERY:
            glyph = glyphs.render_height(char, max(4, height))
            mask = glass_mask(glyph)
            if mask is not None:
                base = horizon + depth * (h - horizon)
                near.append(light.Glow(round(x - glyph.width / 2), round(base - glyph.height), mask,
                                       max(2.0, height * 0.04), "window"))
    return {"far": far, "near": near}


def compose(far: Image.Image, near: Image.Image) -> Image.Image:
    """The reference sheet: the near layer over the far one, under a clear day sky, RGB."""
    alpha = np.asarray(far.convert("RGBA").getchannel("A"))
    holes = np.flatnonzero(alpha.min(axis=1) < 255)  # the sky ends where the layer turns solid for good
    horizon = int(holes[-1]) + 1 if holes.size else far.height
    sheet = light.paint_sky("day", "clear", far.size, horizon, seed=0).convert("RGBA")
    sheet.alpha_composite(far.convert("RGBA"))
    sheet.alpha_composite(near.convert("RGBA"))
    return sheet.convert("RGB")
