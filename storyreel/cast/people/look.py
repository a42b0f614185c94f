"""A person's look from their description, and the figure that plays each pose. Pure functions.

What the description says plainly is read here, in code (sex, age, hair, beard, glasses, a
hat, the colour of each garment it names); what it leaves open is chosen from the entity's id
with a stable hash, among neutral options, so two people of one film differ and the same
person looks the same on every run. The story's own words win over the description where
they settle something (the caller passes them in `said`: Grandpa Joe is old whatever the
description says).
"""

from __future__ import annotations

import hashlib
import re

from ...script import EXPRESSIONS, POSES
from .kit import Figure

# Colours a description may name, as drawn.
COLOURS = {
    "black": "#2b2b2e", "white": "#f4f4f1", "grey": "#9a9a9e", "gray": "#9a9a9e", "silver": "#c4c6cc",
    "red": "#d0392f", "scarlet": "#d0392f", "crimson": "#b0213a", "orange": "#ea7d24", "yellow": "#f2c72a",
    "golden": "#d9a52b", "gold": "#d9a52b", "green": "#4f9a4a", "olive": "#7a7d3a", "teal": "#2a9a94",
    "turquoise": "#2ab3b0", "blue": "#2f63c4", "navy": "#27345e", "purple": "#7d4bb0", "violet": "#8a5bc4",
    "pink": "#ec8fb5", "brown": "#7a4e2d", "beige": "#d8c6a0", "cream": "#efe6cc", "tan": "#c59a6a",
}
HAIR_COLOURS = {
    "black": "#231f20", "dark": "#2e2320", "brown": "#5a3825", "chestnut": "#6e3b22", "blond": "#dcb35c",
    "blonde": "#dcb35c", "fair": "#dcb35c", "golden": "#d8a93f", "red": "#b0431c", "ginger": "#c0561f",
    "auburn": "#8a3a1f", "grey": "#b6b6b8", "gray": "#b6b6b8", "white": "#eeeeea", "silver": "#cfd1d6",
}
GREY_HAIR = ("grey", "gray", "white", "silver")
NATURAL_HAIR = ("black", "brown", "dark", "blond", "chestnut", "auburn")
SKIN_TONES = ("#f3d2b3", "#e8b99a", "#d29b72", "#a86b45", "#6e452e")
# Clothes the description does not colour: tops far apart in hue, bottoms plain and dark.
TOPS = ("#d0532f", "#3a78c2", "#e0b03a", "#4f9a5a", "#8a5bb0", "#2a9a94", "#e07aa0", "#c96f2c")
BOTTOMS = ("#34405a", "#4a3b30", "#3b3b3f", "#52583a", "#2c4a66")

TOP_GARMENTS = ("raincoat", "coat", "overcoat", "jacket", "blazer", "shirt", "t-shirt", "blouse", "sweater",
                "jumper", "pullover", "hoodie", "cardigan", "vest", "waistcoat", "uniform", "apron", "cloak",
                "cape", "robe", "gown", "dress", "tunic", "smock", "overalls", "top", "sweatshirt", "parka",
                "anorak", "poncho", "kimono", "suit", "clothes")
WHOLE_GARMENTS = ("dress", "gown", "robe", "cloak", "overalls", "uniform", "suit", "kimono")  # top and bottom
BOTTOM_GARMENTS = ("trousers", "pants", "jeans", "skirt", "shorts", "leggings", "breeches", "kilt")
HATS = ("cap", "hat", "beanie", "bonnet", "helmet", "beret", "bowler", "sombrero", "fedora")

HAIR_STYLES = {  # (sex, age) -> the kit's hair parts a person may get where the words say no more
    ("male", "adult"): ("Short", "ShortWavy", "ShortCurly", "FlatTop", "Pomp", "ShortMessy", "ShortVolumed"),
    ("female", "adult"): ("Long", "Medium", "MediumLong", "MediumBangs", "Bun", "LongCurly", "MediumStraight"),
    (None, "adult"): ("MediumShort", "ShortCurly", "Bun", "ShortWavy", "Medium"),
    ("male", "child"): ("ShortMessy", "ShortWavy", "ShortCurly"),
    ("female", "child"): ("Buns", "Bun", "MediumBangs", "Bangs"),
    (None, "child"): ("ShortCurly", "Buns", "ShortMessy"),
    ("male", "old"): ("GrayShort", "BaldSides", "BaldTop"),
    ("female", "old"): ("GrayBun", "GrayMedium"),
    (None, "old"): ("GrayShort", "GrayMedium"),
}
# Styles the words name: (pattern, {age: part}) — the first that matches wins.
NAMED_STYLES = (
    (r"\bbald", {"old": "BaldTop", None: "Bald"}),
    (r"pigtails?|bunches|two buns", {None: "Buns"}),
    (r"ponytail|\bbun\b", {"old": "GrayBun", None: "Bun"}),
    (r"braids?|plaits?|cornrows", {None: "Twists"}),
    (r"\bafro\b", {None: "Afro"}),
    (r"mohawk", {None: "Mohawk"}),
    (r"hijab|headscarf|head scarf", {None: "Hijab"}),
    (r"turban", {None: "Turban"}),
    (r"beanie|woolly hat|wool hat|knitted hat|bobble hat", {None: "Beanie"}),
    (r"\b(?:hat|cap|bonnet|beret|fedora|bowler|sombrero|helmet)s?\b", {None: "HatHip"}),
    (r"curly", {"female": "LongCurly", None: "ShortCurly"}),
    (r"long (?:\w+ )?hair", {"old": "GrayMedium", None: "Long"}),
    (r"short (?:\w+ )?hair", {"female": "MediumShort", "old": "GrayShort", None: "Short"}),
)
GREY_STYLES = {"GrayShort": "Short", "GrayBun": "Bun", "GrayMedium": "Medium"}  # when the hair is not grey

# What each pose is drawn with, by outfit ("BW": dark top, "WB": dark bottom); the renderer turns
# and moves the figure for the rest (lie and sleep turned flat, run leaning, climb going up).
POSE_BODIES = {
    "stand": "ShirtPants{v}", "walk": "Walking{v}", "run": "Walking{v}", "climb": "Walking{v}",
    "jump": "Walking{v}", "sit": "ClosedLeg{v}", "kneel": "HandsBack{v}", "point": "PointingFinger{v}",
    "hold": "RoboDance{v}", "wave": "RoboDance{v}", "lie": "ShirtPants{v}", "sleep": "ShirtPants{v}",
}
SMART_STAND = "BlazerPants{v}"  # a suit, a blazer, a jacket
FACES = {"neutral": "Calm", "happy": "SmileBig", "sad": "Solemn", "afraid": "Fear", "angry": "Angry",
         "surprised": "Awe", "tired": "Tired"}
OLD_FACES = {"neutral": "OldAged", "happy": "Smile"}
SLEEP_FACE = "EyesClosed"
CHILD_SCALE = 0.72  # a child is drawn this much smaller than a grown-up
GROUP_SIZE = 3      # members drawn for a group the words do not count
NUMBERS = {"two": 2, "both": 2, "pair": 2, "couple": 2, "three": 3, "four": 4, "several": 3, "few": 3}

assert set(POSE_BODIES) == set(POSES) and set(FACES) == set(EXPRESSIONS)


def _pick(options: tuple, key: str, salt: str):
    digest = hashlib.sha256(f"{salt}:{key}".encode()).digest()
    return options[int.from_bytes(digest[:4], "big") % len(options)]


def _colour_before(text: str, nouns: tuple[str, ...]) -> str | None:
    """The colour word right before one of `nouns` ("a yellow raincoat", "a dark blue cap")."""
    names = "|".join(COLOURS)
    found = re.search(rf"\b({names})(?:[- ]and[- ](?:{names}))?\s+(?:[a-z-]+\s+)?(?:{'|'.join(nouns)})s?\b", text)
    return found.group(1) if found else None


def clothes(description: str) -> dict:
    """The colours the description gives the clothes: {"top", "bottom", "hat"} -> colour name.
    "Dressed in red" colours the top; a dress, robe or uniform colours top and bottom."""
    text = description.lower()
    out = {}
    top = _colour_before(text, TOP_GARMENTS)
    whole = _colour_before(text, WHOLE_GARMENTS)
    dressed = re.search(rf"\b(?:dressed|clad) (?:all )?in ({'|'.join(COLOURS)})\b", text)
    if top or dressed:
        out["top"] = top or dressed.group(1)
    if whole or (dressed and not top):
        out["bottom"] = whole or dressed.group(1)
    bottom = _colour_before(text, BOTTOM_GARMENTS)
    if bottom:
        out["bottom"] = bottom
    hat = _colour_before(text, HATS)
    if hat:
        out["hat"] = hat
    return out


def hair(description: str) -> dict:
    """Hair the description names: {"colour": name, "style": kit part, "beard": bool,
    "moustache": bool, "glasses": kit part} (only what it says)."""
    text = description.lower()
    out = {}
    names = "|".join(HAIR_COLOURS)
    colour = re.search(rf"\b({names})(?:[- ](?:and[- ])?(?:{names}))?[- ](?:\w+[- ])?(?:hair|curls|locks|braids?|"
                       rf"pigtails?|ponytail|bun|beard|plaits?)\b", text) \
        or re.search(rf"\b({names})-haired\b|\b(blond|blonde|redhead|ginger)\b", text)
    if colour:
        word = next(g for g in colour.groups() if g)
        out["colour"] = {"redhead": "red"}.get(word, word)
    out["beard"] = bool(re.search(r"\bbeard", text))
    out["moustache"] = bool(re.search(r"\bmoustache|\bmustache", text))
    if re.search(r"sunglasses|shades", text):
        out["glasses"] = "SunglassWayfarer"
    elif re.search(r"glasses|spectacles", text):
        out["glasses"] = "GlassRound"
    elif re.search(r"eye ?patch", text):
        out["glasses"] = "Eyepatch"
    for pattern, parts in NAMED_STYLES:
        if re.search(pattern, text):
            out["style_word"] = pattern
            out["styles"] = parts
            break
    return out


def person(entity_id: str, description: str, said: dict, index: int = 0) -> dict:
    """The JSON-able look of a person (or, with said["group"], of a group of 2-4): sex and age
    (the story's words in `said` first, then the description), hair style and colour, skin,
    facial hair, glasses or hat, and the clothes' colours; named colours are kept by name so
    the eval can compare them with the description. `index` spreads unnamed clothes colours."""
    sex = said.get("sex")
    age = said.get("age") if said.get("age") in ("child", "old") else None
    age = age or ("adult" if said.get("age") in ("adult", "young") else None) or "adult"
    worn = clothes(description)
    look = {"kind": "character", "kit": "open-peeps", "sex": sex, "age": age,
            "scale": CHILD_SCALE if age == "child" else 1.0, "clothes": worn}
    group = said.get("group")
    if group:
        count = next((n for w, n in NUMBERS.items() if re.search(rf"\b{w}\b", description.lower())), GROUP_SIZE)
        look["members"] = [_member(f"{entity_id}#{i}", description, sex, age, worn, index + i)
                           for i in range(max(2, min(4, count)))]
    else:
        look.update(_member(entity_id, description, sex, age, worn, index))
    return look


def _member(key: str, description: str, sex: str | None, age: str, worn: dict, index: int) -> dict:
    said = hair(description)
    # Unsaid sex stays unsaid: unisex hair; a beard says male.
    member_sex = sex or ("male" if said.get("beard") or said.get("moustache") else None)
    styles = said.get("styles")
    style = None
    if styles:
        style = styles.get(age) or styles.get(member_sex) or styles.get(None)
    style = style or _pick(HAIR_STYLES[(member_sex, age)], key, "hair")
    colour = said.get("colour") or ("grey" if age == "old" else _pick(NATURAL_HAIR, key, "hair colour"))
    if colour not in GREY_HAIR and style in GREY_STYLES:
        style = GREY_STYLES[style]  # an old man with short brown hair keeps it brown
    facial = None
    if said.get("beard"):
        facial = "GrayFull" if colour in GREY_HAIR else "Full"
    elif said.get("moustache"):
        facial = "MoustacheThin"
    hat = worn.get("hat") if style in ("HatHip", "Beanie") else None
    top = worn.get("top")
    bottom = worn.get("bottom")
    return {
        "sex": member_sex, "age": age, "hair": style, "hair_colour": colour, "facial_hair": facial,
        "accessory": said.get("glasses"), "hat_colour": hat,
        "skin": _pick(SKIN_TONES, key, "skin"),
        "top": top or TOPS[index % len(TOPS)], "bottom": bottom or _pick(BOTTOMS, key, "bottom"),
        # The kit's bodies have one dark piece ("BW": the top, "WB": the bottom), drawn a shade
        # darker: a colour the description names goes on the light piece where it can.
        "outfit": "WB" if top and not bottom else "BW" if bottom and not top else _pick(("BW", "WB"), key, "outfit"),
        "smart": bool(re.search(r"\b(?:suit|blazer|jacket|coat|uniform)\b", description.lower())),
    }


def _hex(colour: str, table: dict) -> str:
    return colour if colour.startswith("#") else table[colour]


def figure(member: dict, pose: str = "stand", expression: str = "neutral", mouth: str | None = None) -> Figure:
    """The kit figure of one member of a look (or of a one-person look) in `pose` with `expression`,
    its mouth "open" or "shut" while it speaks (kit.face_svg; None: as the face is drawn)."""
    age = member.get("age", "adult")
    body = (SMART_STAND if pose == "stand" and member.get("smart") else POSE_BODIES[pose]).format(v=member["outfit"])
    face = SLEEP_FACE if pose == "sleep" else (OLD_FACES.get(expression) if age == "old" else None) \
        or FACES[expression]
    return Figure(body=body, face=face, hair=member["hair"], skin=member["skin"],
                  hair_colour=_hex(member["hair_colour"], HAIR_COLOURS), top=_hex(member["top"], COLOURS),
                  bottom=_hex(member["bottom"], COLOURS), facial_hair=member.get("facial_hair"),
                  accessory=member.get("accessory"),
                  hat_colour=_hex(member["hat_colour"], COLOURS) if member.get("hat_colour") else None,
                  mouth=mouth)


def members(look: dict) -> list[dict]:
    """The people a look draws: its members for a group, else the look itself."""
    return look.get("members") or [look]


def named_colours(description: str) -> dict[str, str]:
    """Every colour the description gives a person: {"top"|"bottom"|"hat"|"hair": colour name}."""
    out = dict(clothes(description))
    colour = hair(description).get("colour")
    if colour:
        out["hair"] = colour
    return out


def drawn_colours(look: dict) -> set[str]:
    """The colour names a look draws (its members' clothes and hair); unnamed picks are hex codes."""
    return {m.get(k) for m in members(look) for k in ("top", "bottom", "hat_colour", "hair_colour") if m.get(k)}
