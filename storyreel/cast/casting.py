"""Casting from meaning: which glyph plays each entity, chosen by a language model from a
shortlist the code draws up, never by a keyword or an embedding alone.

The code retrieves candidates (MiniLM top-k over the emoji catalogue, as before) and drops
those that contradict the entity's description: an old man is never the old-woman glyph, a
fox never a dog, a person never an animal. The model then picks one candidate by name, under
a JSON-schema enum, told the description; for a place it also picks indoor or outdoor, the
terrain and the landmark (a glyph, or one of the landmarks drawn procedurally where no emoji
fits: there is no lighthouse emoji). Choices are cached by their inputs, so an entity is cast
once, whatever project it appears in.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path
from typing import Callable, Protocol

from .. import files
from ..director.entities import COLOURS
from .backdrop import TERRAINS
from .landmarks import PREFIX, PROCEDURAL

log = logging.getLogger(__name__)

SHORTLIST = 8
DRAWN = " (drawn)"  # how a procedural landmark is offered to the model: "lighthouse (drawn)"

_MALE = re.compile(r"\b(man|men|boy|boys|he|him|his|male|king|prince|father|dad|grandfather|grandpa|"
                   r"gentleman|mr|sir|uncle|brother|son|husband|monk|wizard|santa)\b")
_FEMALE = re.compile(r"\b(woman|women|girl|girls|she|her|hers|female|queen|princess|mother|mum|mom|"
                     r"grandmother|granny|grandma|lady|mrs|ms|miss|aunt|sister|daughter|wife|witch|mermaid)\b")
_OLD = re.compile(r"\b(old|older|elderly|aged|grandfather|grandmother|grandpa|grandma|granny|ancient)\b")
_CHILD = re.compile(r"\b(child|children|kid|kids|boy|girl|baby|toddler|little girl|little boy|young girl|"
                    r"young boy)\b")
_HUMAN = re.compile(r"\b(man|woman|boy|girl|person|people|child|kid|baby|human|lady|gentleman|king|queen|"
                    r"prince|princess|keeper|master|baker|farmer|guard|teacher|doctor|sailor|fisherman|"
                    r"fishermen|clockmaker|mayor|apprentice|postman|grandfather|grandmother)\b")


class Chooser(Protocol):
    model: str

    def chat(self, messages: list[dict], *, schema: dict | None = None, max_tokens: int = 1024,
             temperature: float = 0.0, seed: int = 0, frequency_penalty: float = 0.0) -> str: ...


def animal_words(catalogue) -> frozenset[str]:
    """The species words of the catalogue's animal glyphs ("cat face" -> "cat", "black cat" -> "cat")."""
    words = set()
    for glyph in catalogue.glyphs:
        if "animal" in glyph.pools:
            parts = glyph.name.lower().split()
            words.add(parts[0] if parts[-1] == "face" else parts[-1])
    return frozenset(w for w in words if len(w) >= 3)


def traits(text: str, animals: frozenset[str] = frozenset()) -> dict:
    """Sex, age and species the head of a text states (English; the words before "with",
    "who", "named"...): {"sex": male|female|None, "age": old|child|None, "species": an animal
    word of `animals`, "human", or None}."""
    # What a being is comes first: "a keeper with a black cat named Pepper" is not a cat.
    low = re.split(r"\b(?:with|who|that|which|wearing|holding|carrying|whose|named|called)\b|[.;:!?()]",
                   text.lower(), maxsplit=1)[0]
    male, female = bool(_MALE.search(low)), bool(_FEMALE.search(low))
    words = re.findall(r"[a-z]+", low)
    species = next((w for w in words if w in animals), None) or ("human" if _HUMAN.search(low) else None)
    return {"sex": "male" if male and not female else "female" if female and not male else None,
            "age": "old" if _OLD.search(low) else "child" if _CHILD.search(low) else None,
            "species": species}


# How a glyph reads, where its name says less: Noto's "older person" is drawn as an old woman.
LOOKS_LIKE = {"older person": {"sex": "female"}}


def glyph_traits(name: str, animals: frozenset[str]) -> dict:
    """Sex, age and species a glyph shows, from its name (and LOOKS_LIKE): a "man" or "woman"
    glyph is grown up."""
    found = {**traits(name, animals), **LOOKS_LIKE.get(name, {})}
    if found["age"] is None and re.search(r"\b(man|woman)\b", name):
        found["age"] = "adult"
    return found


def _grown(age: str | None) -> bool | None:
    return None if age is None else age != "child"


def contradictions(entity: dict, glyph: dict) -> list[str]:
    """Where a glyph's traits (from its name) contradict an entity's (from its description):
    another sex, a child for a grown-up (or the other way), another species."""
    found = []
    if entity["sex"] and glyph["sex"] and entity["sex"] != glyph["sex"]:
        found.append(f"sex: {entity['sex']} drawn as {glyph['sex']}")
    if _grown(entity["age"]) is not None and _grown(glyph["age"]) is not None and \
            _grown(entity["age"]) != _grown(glyph["age"]):
        found.append(f"age: {entity['age']} drawn as {glyph['age']}")
    if entity["species"] and glyph["species"] and entity["species"] != glyph["species"]:
        if not (entity["species"] == "human" and glyph["species"] == "human"):
            found.append(f"species: {entity['species']} drawn as {glyph['species']}")
    return found


def shortlist(ranked: list, description: str, animals: frozenset[str], k: int = SHORTLIST) -> list:
    """The best-ranked glyphs ((score, Glyph) pairs) that do not contradict the description,
    those that show more of what it says (the same sex, the same age) first."""
    wanted = traits(description, animals)

    def agreement(glyph) -> int:
        shown = glyph_traits(glyph.name, animals)
        return sum(bool(wanted[t]) and wanted[t] == shown[t] for t in ("sex", "age", "species"))

    fitting = [(s, g) for s, g in ranked if not contradictions(wanted, glyph_traits(g.name, animals))]
    offered = sorted(fitting or ranked, key=lambda pair: -agreement(pair[1]))[:k]
    return colour_variants(offered, description, animals)


def _colours(name: str) -> tuple[frozenset[str], str]:
    """A glyph name's colour words and the rest: "black cat" -> ({"black"}, "cat")."""
    words = name.split()
    return frozenset(w for w in words if w in COLOURS), " ".join(w for w in words if w not in COLOURS)


def colour_variants(offered: list, description: str, animals: frozenset[str] = frozenset()) -> list:
    """Of a glyph and its colour variants ("cat", "cat face", "black cat"), only what the
    description's colours fit is offered: the variant whose colour it states (and no other
    glyph of that species), else the glyphs without a colour. A small model picks a plain cat
    even for "a black cat" when both are offered."""
    stated = set(re.findall(r"[a-z]+", description.lower()))
    names = [_colours(g.name) for _, g in offered]
    plain = {base for colours, base in names if not colours}
    fitting = {base for colours, base in names if colours and colours <= stated}
    species = {glyph_traits(base, animals)["species"] for base in fitting} - {None, "human"}  # a colour of hair is no species

    def kept(name: str) -> bool:
        colours, base = _colours(name)
        if colours:
            return colours <= stated or base not in plain
        return base not in fitting and glyph_traits(base, animals)["species"] not in species

    return [pair for pair in offered if kept(pair[1].name)]


def _key(question: str, schema: dict, model: str) -> str:
    """A cached choice is reused only for the very question, schema and model it answered."""
    return files.sha256_json({"question": question, "schema": schema, "model": model})[:24]


def _cached(cache_dir: Path, key: str) -> dict | None:
    try:
        return json.loads((cache_dir / "casting" / f"{key}.json").read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return None


def _ask(llm: Chooser, question: str, schema: dict, max_tokens: int) -> dict | None:
    """One constrained answer, or None when the model gives nothing usable (the caller falls
    back to the best-ranked candidate)."""
    messages = [{"role": "system", "content": "You cast an animated film. Answer only with JSON."},
                {"role": "user", "content": question}]
    try:
        answer = json.loads(llm.chat(messages, schema=schema, max_tokens=max_tokens))
    except (json.JSONDecodeError, ValueError) as exc:
        log.warning("casting answer unusable (%s); the best-ranked candidate is used", exc)
        return None
    return answer if isinstance(answer, dict) else None


def choose_glyph(llm: Callable[[], Chooser], model: str, cache_dir: Path, name: str, description: str,
                 candidates: list[str], accessories: list[str]) -> dict:
    """{"glyph": one of `candidates` (glyph names), "accessories": some of `accessories` (those
    the description names)}. `llm()` gives the model (called only when the choice is not
    cached); `model` names it."""
    schema = {"type": "object", "required": ["glyph", "accessories"], "additionalProperties": False,
              "properties": {"glyph": {"enum": candidates},
                             "accessories": {"type": "array", "maxItems": min(2, len(accessories)),
                                             "items": {"enum": accessories or ["none"]}}}}
    question = (f"Which picture should play {name} in every scene? {name}: {description}\n"
                f"Pictures: {', '.join(candidates)}.\n"
                "Pick the one that shows what it is (the same kind of being, sex and age)."
                + (f" Then pick what {name} wears or carries, of: {', '.join(accessories)}." if accessories else
                   " Leave \"accessories\" empty."))
    key = _key(question, schema, model)
    if (found := _cached(cache_dir, key)) is not None:
        return found
    answer = _ask(llm(), question, schema, 60) or {}
    choice = {"glyph": answer.get("glyph") if answer.get("glyph") in candidates else candidates[0],
              "accessories": [a for a in dict.fromkeys(answer.get("accessories") or []) if a in accessories]}
    files.write_json(cache_dir / "casting" / f"{key}.json", choice)
    return choice


def landmark_options(glyph_names: list[str]) -> list[str]:
    """What a place's landmark may be: the shortlisted glyphs, then the procedural drawings."""
    return [*glyph_names, *(f"{p}{DRAWN}" for p in PROCEDURAL)]


def landmark_of(option: str, glyph_chars: dict[str, str]) -> tuple[str, str]:
    """(landmark as a look names it, its name) for an option of `landmark_options`."""
    if option.endswith(DRAWN):
        return PREFIX + option[: -len(DRAWN)], option[: -len(DRAWN)]
    return glyph_chars[option], option


def choose_place(llm: Callable[[], Chooser], model: str, cache_dir: Path, name: str, description: str,
                 landmarks: list[str]) -> dict:
    """{"setting": indoors|outdoors (indoors when the terrain is "indoor"), "terrain": one of
    TERRAINS, "landmark": one of `landmarks`}. `llm()` as for `choose_glyph`."""
    # The ground first: whether the place is a room decides which landmarks make sense there.
    schema = {"type": "object", "required": ["terrain", "landmark"], "additionalProperties": False,
              "properties": {"terrain": {"enum": list(TERRAINS)}, "landmark": {"enum": landmarks}}}
    question = (f"Paint the place {name} for an animated film: {description}\n"
                "What is the ground of the scene: indoor (the place is a room, or a thing inside a building), grass, "
                "forest, mountain, snow, sand, water (by the sea, a lake or a river), or city? Then which landmark "
                f"stands there, from: {', '.join(landmarks)}?")
    key = _key(question, schema, model)
    if (found := _cached(cache_dir, key)) is not None:
        return found
    answer = _ask(llm(), question, schema, 50) or {}
    terrain = answer.get("terrain") if answer.get("terrain") in TERRAINS else "grass"
    landmark = answer.get("landmark") if answer.get("landmark") in landmarks else landmarks[0]
    if terrain == "indoor" and landmark.endswith(DRAWN):  # the drawn landmarks are buildings and boats seen outside
        landmark = next((o for o in landmarks if not o.endswith(DRAWN)), landmark)
    choice = {"setting": "indoors" if terrain == "indoor" else "outdoors", "terrain": terrain, "landmark": landmark}
    files.write_json(cache_dir / "casting" / f"{key}.json", choice)
    return choice
