"""Story -> script.json with a language model: entities first, then scenes.

The model's output is never trusted: every answer is parsed, checked against the
contract, repaired where the fix is unambiguous, and otherwise sent back with the
problems for a bounded number of re-asks. Decoding is constrained by JSON schemas
whose enums hold the valid entity ids, so most mistakes cannot even be written.
"""

from __future__ import annotations

import json
import logging
import math
import re
from pathlib import Path
from string import Template
from typing import Any, Callable, TypeVar

from ..config import Config
from ..errors import InputError, LLMError, ScriptError
from ..script import ACTIONS, CAMERA_MOVES, CAMERA_SPEEDS, Script, validate_script
from .llm import LLMClient
from .schedule import planned_seconds
from .text import LANGUAGE_NAMES, chunk_story, detect_language, sentences, slugify, word_count

log = logging.getLogger(__name__)
T = TypeVar("T")

PROMPTS = Path(__file__).with_name("prompts")
# Part of every plan's cache key: bump it when planning logic changes what a plan contains.
PLANNER_VERSION = "2"
MAX_STORY_CHARS = 200_000  # about 35k words: a feature film; beyond that, split the story
MAX_CHARACTERS, MAX_OBJECTS, MAX_LOCATIONS = 4, 3, 3  # per chunk: the ones that matter on screen
KINDS = {"characters": "character", "objects": "object", "locations": "location"}
NARRATION_MAX, DESCRIPTION_MAX = 220, 140  # characters; the grammar enforces them


class Problems(ValueError):
    """What is wrong with one model answer, phrased so the model can fix it."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("; ".join(problems))


def prompt(name: str, **values: Any) -> str:
    return Template((PROMPTS / f"{name}.txt").read_text(encoding="utf-8")).substitute(**values).strip()


def ask_json(llm: LLMClient, messages: list[dict], schema: dict, check: Callable[[Any], T], *,
             what: str, retries: int, max_tokens: int, temperature: float, seed: int) -> T:
    """Ask for JSON, check it, and re-ask with the problems up to `retries` times."""
    messages = list(messages)
    problems: list[str] = []
    for attempt in range(retries + 1):
        reply = llm.chat(messages, schema=schema, max_tokens=max_tokens, temperature=temperature, seed=seed + attempt)
        try:
            data = json.loads(reply)
        except json.JSONDecodeError as exc:
            problems = [f"the answer is not valid JSON ({exc.msg} at character {exc.pos}); it may be cut off"]
        else:
            try:
                return check(data)
            except Problems as exc:
                problems = exc.problems
            except (KeyError, TypeError, AttributeError, ValueError) as exc:
                # Unconstrained servers can return JSON of the wrong shape.
                problems = [f"the answer does not follow the JSON structure asked for ({type(exc).__name__}: {exc})"]
        log.warning("%s: invalid answer (attempt %d/%d): %s", what, attempt + 1, retries + 1, "; ".join(problems))
        messages = [*messages, {"role": "assistant", "content": reply},
                    {"role": "user", "content": prompt("repair", problems="\n".join(f"- {p}" for p in problems))}]
    raise LLMError(f"the language model kept giving invalid {what} after {retries + 1} attempts: "
                   + "; ".join(problems) + ". See director/log.jsonl in the project for the exchanges.")


def tidy(text: str, limit: int) -> str:
    """Clean a string the grammar may have cut at `limit`: back to the last sentence end,
    else the last whole word, so no scene says half a word."""
    text = " ".join(text.split())
    if len(text) < limit - 1:
        return text
    end = max(text.rfind(p) for p in ".!?")
    if end >= limit // 3:
        return text[: end + 1]
    return text[: text.rfind(" ")].rstrip(",;:") if " " in text else text


def _string(max_len: int) -> dict:
    return {"type": "string", "minLength": 1, "maxLength": max_len}


def entities_schema() -> dict:
    """Characters, objects and locations in separate lists: a location is then always present."""

    def group(min_items: int, max_items: int) -> dict:
        item = {"type": "object", "properties": {"name": _string(40), "description": _string(180)},
                "required": ["name", "description"]}
        return {"type": "array", "minItems": min_items, "maxItems": max_items, "items": item}

    return {
        "type": "object",
        "properties": {
            "title": _string(60),
            "logline": _string(160),
            # A film needs a subject: at least one character (a person, an animal, a talking thing).
            "characters": group(1, MAX_CHARACTERS),
            "objects": group(0, MAX_OBJECTS),
            "locations": group(1, MAX_LOCATIONS),
        },
        "required": ["title", "logline", "characters", "objects", "locations"],
    }


STAGING_FIELDS = ["entities", "background", "protagonist", "action", "camera", "speed"]


def staging_properties(foreground: list[str], locations: list[str]) -> dict:
    """Schema of a scene's staging; the enums hold the valid ids, so wrong ones cannot be written."""
    return {
        "entities": {"type": "array", "maxItems": 3 if foreground else 0,
                     "items": {"enum": foreground} if foreground else {"type": "string"}},
        "background": {"enum": locations},
        "protagonist": {"enum": [*foreground, "none"]},
        "action": {"enum": list(ACTIONS)},
        "camera": {"enum": list(CAMERA_MOVES)},
        "speed": {"enum": list(CAMERA_SPEEDS)},
    }


def staging(raw: dict, foreground: list[str]) -> dict:
    """Contract fields from a staging answer: unknown or repeated ids dropped, and a named
    protagonist the model forgot to put on screen put there."""
    ents = list(dict.fromkeys(e for e in raw["entities"] if e in foreground))[:3]
    protagonist = raw["protagonist"] if raw["protagonist"] in foreground else None
    if protagonist and protagonist not in ents:
        ents = [protagonist, *ents][:3]
    return {"entities": ents, "background": raw["background"],
            "camera": {"move": raw["camera"], "speed": raw["speed"]}, "protagonist": protagonist,
            "actions": {protagonist: raw["action"]} if protagonist else {}}


def ground_in_text(staged: dict, text: str, entities: list[dict]) -> dict:
    """Small models often repeat one cast list for every scene. When the scene's own words
    name foreground entities, those are the ones on screen (in order of mention, at most 3),
    and the protagonist is one of them; otherwise the model's staging stands. Pure."""
    found = []
    for e in entities:
        if e["kind"] != "location":
            m = re.search(rf"\b{re.escape(e['name'])}\b", text, re.IGNORECASE)
            if m:
                found.append((m.start(), e["id"]))
    named = [eid for _, eid in sorted(found)][:3]
    if not named:
        return staged
    protagonist = staged["protagonist"] if staged["protagonist"] in named else named[0]
    action = next(iter(staged["actions"].values()), "idle")
    return {**staged, "entities": named, "protagonist": protagonist, "actions": {protagonist: action}}


def check_story(story: str) -> str:
    """The stripped story, or an InputError when it is empty or too long to plan."""
    story = story.strip()
    if not story:
        raise InputError("the story is empty: write a few sentences (or use --idea)")
    if len(story) > MAX_STORY_CHARS:
        raise InputError(f"the story has {len(story):,} characters; the limit is {MAX_STORY_CHARS:,}. "
                         "Split it into parts and make one film per part.")
    return story


def scenes_schema(foreground: list[str], locations: list[str], min_items: int, max_items: int) -> dict:
    return {
        "type": "object",
        "properties": {
            "scenes": {
                "type": "array", "minItems": min_items, "maxItems": max_items,
                "items": {
                    "type": "object",
                    # description first and narration last: the order small models answer best in
                    "properties": {"description": _string(DESCRIPTION_MAX),
                                   **staging_properties(foreground, locations),
                                   "narration": _string(NARRATION_MAX)},
                    "required": ["description", *STAGING_FIELDS, "narration"],
                },
            }
        },
        "required": ["scenes"],
    }


# Moves that read well one after another; used to break up runs of the same move.
CAMERA_CYCLE = ["static", "pan_right", "zoom_in", "pan_left", "tilt_up", "zoom_out", "tilt_down"]


def vary_cameras(scenes: list[dict]) -> list[dict]:
    """Small models repeat one camera move for every scene. A move equal to the previous
    scene's is replaced by another one, chosen by scene number so long runs do not settle
    into a two-move pattern; the film alternates calm and moving shots. Pure."""
    out: list[dict] = []
    for n, scene in enumerate(scenes):
        camera = dict(scene["camera"])
        if out and camera["move"] == out[-1]["camera"]["move"]:
            start = CAMERA_CYCLE.index(camera["move"])
            # an offset in 1..len-1 never lands back on the same move
            camera["move"] = CAMERA_CYCLE[(start + 1 + n % (len(CAMERA_CYCLE) - 1)) % len(CAMERA_CYCLE)]
        out.append({**scene, "camera": camera})
    return out


class Director:
    """Plans a Script from a story with any LLMClient."""

    def __init__(self, llm: LLMClient, config: Config):
        self.llm = llm
        self.config = config

    def _prompt(self, name: str, **values: Any) -> str:
        """A prompt template filled in, with the language of visual descriptions from the config."""
        return prompt(name, visual_language=LANGUAGE_NAMES.get(self.config.visual_language, "English"), **values)

    def _ask(self, user: str | list[dict], schema: dict, check: Callable[[Any], T], what: str, max_tokens: int) -> T:
        """One question (or a dialogue's turns so far) after the system prompt, answered as checked JSON."""
        turns = [{"role": "user", "content": user}] if isinstance(user, str) else user
        messages = [{"role": "system", "content": prompt("system")}, *turns]
        return ask_json(self.llm, messages, schema, check, what=what, retries=self.config.llm.max_retries,
                        max_tokens=max_tokens, temperature=self.config.llm.temperature, seed=self.config.seed)

    def write_story(self, idea: str, language: str | None = None) -> str:
        """Expand a one-line idea into a short story (logical steps, a clear ending), in the
        idea's language unless `language` is given."""
        idea = " ".join(idea.split())
        language = language or detect_language(idea)
        if not idea:
            raise InputError("the idea is empty: give a one-line idea, e.g. --idea \"A young man is making a cake\"")
        # Sentences as a list keep each string short: llama.cpp expands a string's maxLength
        # into grammar rules, and one very long string overflows its stack.
        schema = {"type": "object", "required": ["sentences"], "properties": {
            "sentences": {"type": "array", "minItems": 4, "maxItems": 9, "items": _string(220)}}}

        def check(data: Any) -> str:
            story = " ".join(" ".join(s.split()) for s in data["sentences"] if s.strip())
            if len(sentences(story)) < 3:
                raise Problems(["the story needs at least 3 sentences"])
            return story

        return self._ask(self._prompt("idea", idea=idea, language=LANGUAGE_NAMES.get(language, "English")),
                         schema, check, "story", max_tokens=600)

    def plan(self, story: str, on_step: Callable[[str], None] = lambda _: None) -> Script:
        """Plan the whole film: entity registry, then scenes chunk by chunk."""
        story = check_story(story)
        language = detect_language(story)
        chunks = chunk_story(story, self.config.chunk_words)
        log.info("planning a %d-word story in %d chunk(s), language %s", word_count(story), len(chunks), language)

        title, logline, entities = self._registry(chunks, on_step)
        scenes: list[dict] = []
        for i, chunk in enumerate(chunks, 1):
            on_step(f"scenes {i}/{len(chunks)}")
            scenes.extend(self._scenes(chunk, entities, language, scenes[-1] if scenes else None, single=len(chunks) == 1))

        data = {
            "title": title or "Untitled", "logline": logline, "style": self.config.style, "language": language,
            "fps": self.config.fps, "width": self.config.width, "height": self.config.height, "seed": self.config.seed,
            "entities": entities,
            "scenes": [{"id": f"s{n:02d}", **s} for n, s in enumerate(vary_cameras(scenes), 1)],
        }
        try:
            return validate_script(data, "planned script")
        except ScriptError as exc:  # the per-call checks should make this unreachable; say so clearly if not
            raise LLMError(f"the plan does not validate: {exc}") from None

    def _registry(self, chunks: list[str], on_step: Callable[[str], None]) -> tuple[str, str, list[dict]]:
        """Title, logline and the entity registry, built part by part: each part sees the
        entities already listed, so a character keeps one entry and one name."""
        title, logline, entities = "", "", []
        for i, chunk in enumerate(chunks, 1):
            on_step(f"entities {i}/{len(chunks)}")
            t, lg, new = self._entities(chunk, entities)
            title, logline = title or t, logline or lg
            entities.extend(new)
        return title, logline, entities

    def _entities(self, chunk: str, known: list[dict]) -> tuple[str, str, list[dict]]:
        taken = {e["id"] for e in known}
        known_names = {e["name"].lower() for e in known}
        known_text = ""
        if known:
            known_text = ("\nAlready listed (do not repeat them; list only new ones, or repeat one if nothing is new): "
                          + ", ".join(e["name"] for e in known) + "\n")

        def check(data: Any) -> tuple[str, str, list[dict]]:
            new: list[dict] = []
            for group, kind in KINDS.items():
                for item in data[group]:
                    name = " ".join(item["name"].split())
                    if name.lower() in known_names or not item["description"].strip():
                        continue
                    known_names.add(name.lower())
                    eid = slugify(name, taken)
                    taken.add(eid)
                    new.append({"id": eid, "name": name, "kind": kind, "description": item["description"].strip()})
            if not known and not any(e["kind"] == "location" for e in new):
                raise Problems(["list at least one location, with a description"])
            return data["title"].strip(), data["logline"].strip(), new

        user = self._prompt("entities", story=chunk, known=known_text)
        return self._ask(user, entities_schema(), check, "entities", max_tokens=800)

    def _scenes(self, chunk: str, entities: list[dict], language: str, previous: dict | None, single: bool) -> list[dict]:
        foreground = [e["id"] for e in entities if e["kind"] != "location"]
        locations = [e["id"] for e in entities if e["kind"] == "location"]
        n_sent = len(sentences(chunk))
        cap = self.config.max_scenes if single else 12
        max_items = max(2, min(cap, n_sent + 1))
        min_items = max(1, min(max_items, math.ceil(n_sent * 0.6)))
        context = ""
        if previous:
            context = f"\nThe previous part of the film ended with: {previous['description']}\n"
        listing = "\n".join(f"- {e['id']}: {e['name']}, {e['kind']}" for e in entities)

        def check(data: Any) -> list[dict]:
            out: list[dict] = []
            problems: list[str] = []
            seen: set[str] = set()
            for n, raw in enumerate(data["scenes"], 1):
                desc, narration = tidy(raw["description"], DESCRIPTION_MAX), tidy(raw["narration"], NARRATION_MAX)
                if not desc or not narration:
                    problems.append(f"scene {n}: description and narration must not be empty")
                    continue
                if desc.lower() in seen:  # a repeated scene adds nothing to the film
                    continue
                seen.add(desc.lower())
                out.append({"description": desc, "narration": narration, "duration_s": planned_seconds(narration),
                            **ground_in_text(staging(raw, foreground), f"{desc} {narration}", entities)})
            if problems:
                raise Problems(problems)
            if not out:
                raise Problems(["plan at least one scene"])
            return out

        user = self._prompt("scenes", story=chunk, entities=listing, context=context, min_scenes=min_items,
                      max_scenes=max_items, language=LANGUAGE_NAMES.get(language, "English"))
        schema = scenes_schema(foreground, locations, min_items, max_items)
        return self._ask(user, schema, check, "scenes", max_tokens=150 * max_items + 100)
