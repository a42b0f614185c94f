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


def ask_together(llm: Callable[[], Chooser], model: str, cache_dir: Path, intro: str,
                 items: list[tuple[str, str, dict]], max_tokens: int) -> dict[str, dict]:
    """Several small casting questions in one request: `items` are (key, the question's line,
    the JSON schema of its answer); the answer is {key: answer} for the keys answered as asked
    (a key missing means the caller falls back to its best-ranked candidate). One request for
    the whole cast instead of one per entity; the answer is cached under the whole question.
    `llm()` gives the model (called only when the answer is not cached); `model` names it."""
    if not items:
        return {}
    schema = {"type": "object", "required": [k for k, _, _ in items], "additionalProperties": False,
              "properties": {k: s for k, _, s in items}}
    question = intro + "\n" + "\n".join(line for _, line, _ in items)
    key = _key(question, schema, model)
    if (found := _cached(cache_dir, key)) is not None:
        return found
    messages = [{"role": "system", "content": "You cast an animated film. Answer only with JSON."},
                {"role": "user", "content": question}]
    try:
        answer = json.loads(llm().chat(messages, schema=schema, max_tokens=max_tokens))
    except (json.JSONDecodeError, ValueError) as exc:
        log.warning("casting answer unusable (%s); the best-ranked candidates are used", exc)
        answer = {}
    answers = {k: answer[k] for k, _, s in items
               if isinstance(answer, dict) and isinstance(answer.get(k), dict) and _fits(answer[k], s)}
    files.write_json(cache_dir / "casting" / f"{key}.json", answers)
    return answers


def _fits(answer: dict, schema: dict) -> bool:
    """An answer has every field its schema asks for, each enum value among the allowed (a server
    without constrained decoding may answer anything)."""
    for field, rule in schema["properties"].items():
        value = answer.get(field)
        values = value if rule.get("type") == "array" else [value]
        allowed = (rule.get("items") or {}).get("enum") if rule.get("type") == "array" else rule.get("enum")
        if field not in answer or (allowed is not None and not all(v in allowed for v in values or [])):
            return False
    return True


def _head_phrase(description: str) -> str:
    """What a description says the entity is, without article: "An old man with a beard." -> "old man"."""
    head = re.split(r"\b(?:with|who|that|which|wearing|holding|carrying|whose|named|called|in|on|at|by|near|made|"
                    r"dressed)\b|"
                    r"[.;:!?(),]", description.lower(), maxsplit=1)[0]
    return re.sub(r"^(?:a|an|the)\s+", "", " ".join(head.split()))


def named_option(name: str, description: str, options: list[str]) -> str | None:
    """The option the words name plainly, so the model need not be asked: the one called what
    the description says the entity is ("old man", "black cat"), else the only one whose name has
    its noun ("light bulb" for a spare bulb, "lighthouse (drawn)" for a lighthouse). Pure."""
    head = _head_phrase(description)
    bare = {o: o.removesuffix(DRAWN) for o in options}
    exact = [o for o, b in bare.items() if b == head]
    if exact:
        return exact[0]
    for noun in (name.lower().split()[-1:] + head.split()[-1:]):  # the name's own noun first
        having = [o for o, b in bare.items() if len(noun) >= 3 and noun in b.split()]
        if len(having) == 1:
            return having[0]
    return None


def glyph_question(entity_id: str, name: str, description: str, candidates: list[str],
                   accessories: list[str]) -> tuple[str, str, dict]:
    """One entity's line of the cast's question: which picture plays it (and, where the
    description names some, what it wears or carries). Accessories are offered only then: a
    menu of hats and scarves would otherwise dress every character alike."""
    properties: dict = {"glyph": {"enum": candidates}}
    line = f"- {entity_id}: {name}, {description} Pictures: {', '.join(candidates)}."
    if accessories:
        properties["wears"] = {"type": "array", "maxItems": min(2, len(accessories)), "items": {"enum": accessories}}
        line += f" Wears or carries: {', '.join(accessories)}."
    schema = {"type": "object", "required": list(properties), "additionalProperties": False, "properties": properties}
    return entity_id, line, schema


GLYPH_INTRO = ("Pick the picture that plays each of them in every scene: the one that shows what it is (the same "
               "kind of being, sex and age); where offered, also what it wears or carries.")


def glyph_choice(answer: dict | None, candidates: list[str], accessories: list[str]) -> dict:
    """{"glyph", "accessories"} from one entity's answer, the best-ranked candidate without one."""
    answer = answer or {}
    return {"glyph": answer.get("glyph") if answer.get("glyph") in candidates else candidates[0],
            "accessories": [a for a in dict.fromkeys(answer.get("wears") or []) if a in accessories]}


def landmark_options(glyph_names: list[str]) -> list[str]:
    """What a place's landmark may be: the shortlisted glyphs, then the procedural drawings."""
    return [*glyph_names, *(f"{p}{DRAWN}" for p in PROCEDURAL)]


def landmark_of(option: str, glyph_chars: dict[str, str]) -> tuple[str, str]:
    """(landmark as a look names it, its name) for an option of `landmark_options`."""
    if option.endswith(DRAWN):
        return PREFIX + option[: -len(DRAWN)], option[: -len(DRAWN)]
    return glyph_chars[option], option


PLACE_INTRO = ("Paint each place of an animated film. Its ground: grass, forest, mountain, snow, sand, water (by the "
               "sea, a lake or a river), city (streets and squares), or indoor (only for a room inside a building); "
               "then the landmark that stands there, from its list.")


def place_question(entity_id: str, name: str, description: str, landmarks: list[str]) -> tuple[str, str, dict]:
    """One place's line of the places' question: its ground, then its landmark (the ground first:
    whether the place is a room decides which landmarks make sense there)."""
    schema = {"type": "object", "required": ["terrain", "landmark"], "additionalProperties": False,
              "properties": {"terrain": {"enum": list(TERRAINS)}, "landmark": {"enum": landmarks}}}
    return entity_id, f"- {entity_id}: {name}, {description} Landmarks: {', '.join(landmarks)}.", schema


def place_choice(answer: dict | None, landmarks: list[str]) -> dict:
    """{"setting": indoors|outdoors (indoors when the terrain is "indoor"), "terrain": one of
    TERRAINS, "landmark": one of `landmarks`} from one place's answer."""
    answer = answer or {}
    terrain = answer.get("terrain") if answer.get("terrain") in TERRAINS else "grass"
    landmark = answer.get("landmark") if answer.get("landmark") in landmarks else landmarks[0]
    if terrain == "indoor" and landmark.endswith(DRAWN):  # the drawn landmarks are buildings and boats seen outside
        landmark = next((o for o in landmarks if not o.endswith(DRAWN)), landmark)
    return {"setting": "indoors" if terrain == "indoor" else "outdoors", "terrain": terrain, "landmark": landmark}
