"""Progressive planning on the story's sentences: rough -> detailed -> completed -> scheduled.

The story is split into numbered sentences once, and every shot carries `source`: the
numbers of the sentences it tells, in the story's own words. The model makes small local
choices under JSON schemas (who is in the story and of what kind, how sentences group into
moments, what one shot shows); the code owns the structure, so the film tells every event,
in order, once:

1. rough      sentences, parts (acts) of a long story, the entity registry (names the story
              uses, kinds from a closed list, one description each) and the moments: groups
              of consecutive sentences, repaired by `structure.enforce_moments`;
2. detailed   each moment's shots (`structure.shots_of`), and for each shot one request for
              its picture and staging (description, who is on screen, where, camera);
3. completed  sentences no shot tells (after hand edits) get a shot where their number
              says; the coverage report;
4. scheduled  places carried over, cameras varied, durations from the narration, scaled to
              meet a requested film length: the final script.

Every stage is written to director/<stage>.json. `until` stops after a stage; `resume`
continues from the stage file edited last (hand edits included).
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from pathlib import Path
from typing import Any, Callable

from .. import files
from ..errors import InputError, LLMError, ScriptError
from ..script import ACTIONS, CAMERA_MOVES, TIMES, WEATHERS, Script, validate_script
from . import entities as registry
from .hygiene import clean, is_list, looping, normalize, one_sentence_of
from .planner import (DESCRIPTION_MAX, SAME, Director, Problems, carry_over, check_story, ground_in_text, obj,
                      one_sentence, staging, staging_properties, string, vary_cameras)
from .schedule import schedule
from .structure import Moment, enforce_moments, insertion_index, missing_sentences, order_problems, shots_of
from .text import LANGUAGE_NAMES, StoryText, detect_language, parts, split_story, word_count

log = logging.getLogger(__name__)

STAGES = ("rough", "detailed", "completed", "scheduled")
ENTITY_DESCRIPTION_MAX = 180
SENTENCES_FILE = "sentences.json"
SECONDS_PER_SHOT = 7.0  # when a film length is asked for: about one shot per this many seconds
NOT_SAID = "not said"
# The times of day as the model is asked for them, and the script's TIMES they stand for: the 1.5B
# model answers "every evening" and "late afternoon" with these words, not with "sunset" or "day".
SPOKEN_TIMES = {"dawn": "dawn", "morning": "morning", "afternoon": "day", "evening": "sunset", "night": "night"}


def stage_path(folder: Path, stage: str) -> Path:
    return Path(folder) / f"{stage}.json"


def _read_stage(folder: Path, stage: str) -> dict:
    path = stage_path(folder, stage)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    if not isinstance(data, dict) or "entities" not in data or "sentences" not in data:
        raise InputError(f"{path}: expected an object with 'sentences' and 'entities' (was it edited by hand?)")
    return data


def numbered(sentences: list[str], numbers: list[int]) -> str:
    return "\n".join(f"{n}. {sentences[n - 1]}" for n in numbers)


def fill_to(moments: list[Moment], sentences: list[str], wanted: int) -> list[Moment]:
    """More shots on the longest moments until the film has about `wanted` shots (for a
    requested length much longer than the narration). Pure."""
    moments = list(moments)
    total = sum(len(shots_of(m, sentences)) for m in moments)
    by_length = sorted(range(len(moments)), key=lambda i: -sum(word_count(sentences[n - 1]) for n in moments[i].source))
    for i in by_length:
        if total >= wanted:
            break
        m = moments[i]
        for shots in range(m.shots + 1, 4):
            grown = Moment(m.first, m.last, shots)
            gained = len(shots_of(grown, sentences)) - len(shots_of(moments[i], sentences))
            if gained > 0:
                moments[i] = grown
                total += gained
            if total >= wanted:
                break
    return moments


# Field values no sentence uses ("walk_to_center"), and "same", "none", "static": an answer's fields listed.
_STAGING_WORDS = {v for v in (*CAMERA_MOVES, *ACTIONS) if "_" in v} | {"same", "none", "static", "fps"}


def staging_words(description: str) -> list[str]:
    """Staging vocabulary in a description: a sign that the model listed its answer's fields
    instead of describing the picture."""
    return [w for w in (w.strip(".,;:!?\"'") for w in description.lower().split()) if w in _STAGING_WORDS]


def names_for_ids(description: str, entities: list[dict]) -> str:
    """A description that says "fishing-boat" says "fishing boat": ids written as names. Pure."""
    for e in entities:
        if "-" in e["id"]:
            description = re.sub(rf"(?<![\w-]){re.escape(e['id'])}(?![\w-])", e["name"], description)
    return description


def fallback_picture(narration: str, entities: list[dict], same_language: bool) -> dict:
    """A shot's picture and staging from its words alone: who and where they name. Pure."""
    named = [e for e in entities if e["kind"] != "location" and registry.mentions(e["name"], narration)][:3]
    place = named_place(narration, entities)
    if same_language:
        description = narration
    else:
        who = " and ".join(e["name"] for e in named) or "The scene"
        where = next((e["name"] for e in entities if e["id"] == place), None)
        description = f"{who}{f' at the {where}' if where else ''}."
    protagonist = named[0]["id"] if named else None
    return {"description": description, "entities": [e["id"] for e in named], "place": place or SAME,
            "time": SAME, "weather": SAME,
            "camera": {"move": "static", "speed": "slow"}, "protagonist": protagonist,
            "actions": {protagonist: "idle"} if protagonist else {}}


def _head(name: str) -> str | None:
    """The noun a place is called by for short ("the tower" for the town hall tower): the last
    word of a name of several Latin-script words."""
    words = name.lower().split()
    return words[-1] if len(words) > 1 and re.fullmatch(r"[a-z]{3,}", words[-1]) else None


def named_place(text: str, entities: list[dict]) -> str | None:
    """The location the words name first, if any: a shot whose narration says "reached the
    harbour" happens at the harbour, whatever the model chose. A place is also named by its
    head noun when no other place shares it and it is not part of another entity's name there
    ("the tower" is the town hall tower; "the tower clock" is not). Pure."""
    locations = [e for e in entities if e["kind"] == "location"]
    heads = Counter(_head(e["name"]) for e in locations)
    others = [span for e in entities if e["kind"] != "location" for span in registry.mentions(e["name"], text)]
    found = []
    for entity in locations:
        head = _head(entity["name"])
        for start, end in registry.mentions(entity["name"], text):
            found.append((start, start - end, entity["id"]))  # the longest name first where two start together
        if head and heads[head] == 1:
            found += [(start, start - end, entity["id"]) for start, end in registry.mentions(head, text)
                      if not any(a <= start < b for a, b in others)]
    return min(found)[2] if found else None


class ProgressiveDirector(Director):
    """Plans a film from a story (see the module docstring)."""

    def plan_progressive(self, story: str, folder: Path, *, until: str | None = None, resume: bool = False,
                         target_s: float | None = None, on_step: Callable[[str], None] = lambda _: None) -> Script | None:
        """Run the stages from the first missing one (or from scratch); return the Script,
        or None when stopped early by `until`."""
        if until is not None and until not in STAGES:
            raise InputError(f"unknown stage {until!r}; choose one of {', '.join(STAGES)}")
        story = check_story(story)
        folder = Path(folder)
        done = [s for s in STAGES if stage_path(folder, s).is_file()] if resume else []
        latest = max(done, key=lambda s: stage_path(folder, s).stat().st_mtime_ns) if done else None
        data = _read_stage(folder, latest) if latest else {}
        steps = {"rough": lambda d: self._rough(story, folder, target_s, on_step), "detailed": self._detailed,
                 "completed": self._completed, "scheduled": lambda d: self._scheduled(d, target_s)}
        for stage in STAGES[STAGES.index(latest) + 1 if latest else 0:]:
            on_step(stage)
            try:
                data = steps[stage](data)
            except (KeyError, TypeError, IndexError) as exc:
                if latest is None:
                    raise
                # a hand-edited stage file lost a field
                raise InputError(f"{stage_path(folder, latest)}: cannot continue from it ({type(exc).__name__}: "
                                 f"{exc}); restore the missing field or plan again without --resume") from None
            files.write_json(stage_path(folder, stage), data)
            for later in STAGES[STAGES.index(stage) + 1:]:  # older results of later stages no longer apply
                stage_path(folder, later).unlink(missing_ok=True)
            log.info("plan stage %s written to %s", stage, stage_path(folder, stage))
            if stage == until:
                return None
        try:
            return validate_script(data, "scheduled plan")
        except ScriptError as exc:  # possible after hand edits of a stage file
            raise InputError(str(exc)) from None

    # -- shared prompt parts ------------------------------------------------------------------------
    def _context(self, data: dict, part: int) -> str:
        """What every request about one part starts with (a prefix the runtime caches): the
        summary of the parts before it and the part's numbered sentences."""
        numbers = data["parts"][part]
        text = f"Sentences {numbers[0]} to {numbers[-1]} of the story:" if len(data["parts"]) > 1 else "The story:"
        before = data["summaries"][part - 1] if part else ""
        head = f"The story so far: {before}\n\n" if before else ""
        return f"{head}{text}\n{numbered(data['sentences'], numbers)}"

    def _part_of(self, data: dict, sentence: int) -> int:
        return next(i for i, numbers in enumerate(data["parts"]) if sentence in numbers)

    # -- 1. rough -----------------------------------------------------------------------------------
    def _rough(self, story: str, folder: Path, target_s: float | None, on_step) -> dict:
        language = detect_language(story)
        text = split_story(story, language)
        groups = parts(text, self.config.chunk_words)
        log.info("rough plan: %d sentences, %d part(s), language %s", len(text.sentences), len(groups), language)
        files.write_json(folder / SENTENCES_FILE, {"title": text.title, "language": language,
                                                   "sentences": text.sentences, "paragraphs": text.paragraphs})
        data: dict[str, Any] = {"title": text.title, "logline": "", "language": language, "sentences": text.sentences,
                                "paragraphs": text.paragraphs, "parts": groups, "summaries": [""] * len(groups)}
        if len(groups) > 1:
            for i in range(len(groups) - 1):  # part i+1 starts from what happened before it
                on_step(f"rough: summary {i + 1}/{len(groups) - 1}")
                data["summaries"][i + 1] = self._summary(data, i)
        data["entities"] = self._registry(data, text, on_step)
        on_step(f"rough: describing {len(data['entities'])} entities")
        data["entities"] = self._describe(data)
        on_step(f"rough: time and weather of {len(text.sentences)} sentences")
        data["settings"] = self._ask_all([lambda n=n: self._setting(data, n) for n in range(1, len(text.sentences) + 1)])
        on_step(f"rough: moments of {len(groups)} part(s)")
        found = self._ask_all([lambda i=i: self._moments(data, i) for i in range(len(groups))])
        moments = [m for part in found for m in part]
        if target_s:
            moments = fill_to(moments, text.sentences, round(target_s / SECONDS_PER_SHOT))
        data["moments"] = [{"first": m.first, "last": m.last, "shots": m.shots} for m in moments]
        return data

    def _summary(self, data: dict, part: int) -> str:
        last = data["parts"][part][-1]
        user = f"{self._context(data, part)}\n\n{self._prompt('summary', last=last)}"
        summary = self._ask(user, obj(summary=string(400)), lambda d: clean(d["summary"], 400), "summary", 160)
        before = data["summaries"][part]
        return f"{before} {summary}".strip() if before else summary

    def _registry(self, data: dict, text: StoryText, on_step) -> list[dict]:
        """Names the story uses, part by part, each with a kind; ids are readable slugs."""
        story = "\n".join(text.sentences)
        known: list[dict] = []
        taken: set[str] = set()
        for i, numbers in enumerate(data["parts"]):
            on_step(f"rough: entities {i + 1}/{len(data['parts'])}")
            listed = "\nAlready listed (do not list them again): " + ", ".join(e["name"] for e in known) if known else ""
            wants_title = not data["title"] and i == 0
            name = string(40)
            props: dict = {
                "characters": {"type": "array", "maxItems": 5, "items": obj(name=name)},
                "things": {"type": "array", "maxItems": 3, "items": obj(name=name)},
                "places": {"type": "array", "minItems": 0 if known else 1, "maxItems": 3,
                           "items": obj(name=name, kind={"enum": ["building", "place"]})}}
            if i == 0:
                props = {"title": string(60), "logline": string(160), **props} if wants_title else {
                    "logline": string(160), **props}
            user = (f"{self._context(data, i)}\n\n" + self._prompt(
                "registry", first=numbers[0], last=numbers[-1], known=listed,
                title="\nAlso give the film a short title and a one-sentence logline." if wants_title else
                ("\nAlso give a one-sentence logline." if i == 0 else "")))

            def check(answer: Any, first_part: bool = not known) -> dict:
                named = []
                # places before things: a name given as both ("the lighthouse") is a place
                listed_items = [*({**c, "kind": "character"} for c in answer["characters"]), *answer["places"],
                                *({**t, "kind": "thing"} for t in answer["things"])]
                for item in listed_items:
                    name = registry.proper_name(registry.bare_name(item["name"]), story)
                    if name and registry.in_story(name, story):
                        named.append({"name": name, "category": item["kind"]})
                    else:
                        log.info("entity %r is not named in the story; left out", item["name"])
                new = registry.merge_names(known, named)
                if first_part and not new:
                    raise Problems(["list the characters, things and places using the words the story uses"])
                return {**answer, "entities": new}

            answer = self._ask(user, obj(**props), check, "entities", 300)
            if answer.get("title"):
                data["title"] = clean(answer["title"], 60)
            if answer.get("logline"):
                data["logline"] = clean(answer["logline"], 160)
            known.extend(registry.registry_entry(e["name"], e["category"], taken) for e in answer["entities"])
        self._check_characters(data, known)
        if not any(e["kind"] == "location" for e in known):
            known.append(self._place(data, story, taken))
        if data["language"] == "en":  # whoever speaks is a character; a building is a place
            for e in known:
                if e["category"] == "thing" and registry.acts(e["name"], text.sentences):
                    log.info("%s speaks in the story: a character, not an object", e["name"])
                    e.update(category="character", kind="character")
                elif e["category"] == "thing" and registry.is_building(e["name"]):
                    log.info("%s is a building: a place where scenes happen, not an object", e["name"])
                    e.update(category="building", kind="location")
        data["title"] = data["title"] or "Untitled"
        return known

    def _check_characters(self, data: dict, known: list[dict]) -> None:
        """Small models list lodges and chairlifts among the characters: each listed character is
        asked about once more, alone with the sentences that name it (a question they answer well),
        and an object or a place is moved to its kind."""
        characters = [e for e in known if e["category"] == "character"]
        schema = obj(kind={"enum": ["person", "animal", "creature", "object", "place"]})

        def kind_of(entity: dict) -> str | None:
            named = registry.sentences_naming(entity["name"], data["sentences"], limit=4) or [1]
            user = self._prompt("kind", name=entity["name"], sentences=numbered(data["sentences"], named))
            try:
                return self._ask(user, schema, lambda d: d["kind"], f"kind of {entity['name']}", 15)
            except LLMError as exc:  # the registry's answer stands
                log.warning("%s", exc)
                return None

        for entity, kind in zip(characters, self._ask_all([lambda e=e: kind_of(e) for e in characters])):
            if kind in ("object", "place"):
                category = "thing" if kind == "object" else "place"
                log.info("%s is %s, not a character", entity["name"], "an object" if kind == "object" else "a place")
                entity.update(category=category, kind=registry.CATEGORIES[category])

    def _place(self, data: dict, story: str, taken: set[str]) -> dict:
        """The story named no place: ask where it happens (any short phrase will do)."""
        schema = obj(place=string(40), setting={"enum": ["indoors", "outdoors"]})
        user = f"{self._context(data, 0)}\n\n{self._prompt('place')}"
        answer = self._ask(user, schema, lambda d: {**d, "place": registry.bare_name(d["place"])}, "place", 40)
        entry = registry.registry_entry(answer["place"] or "setting", "place", taken)
        entry["setting"] = answer["setting"]
        return entry

    def _describe(self, data: dict) -> list[dict]:
        """Each entity's traits (closed choices and short phrases) from the sentences that name
        it, one request each; its description is written from them."""
        listing = ", ".join(f"{e['name']} ({e['category']})" for e in data["entities"])

        def describe(entity: dict) -> dict:
            named = registry.sentences_naming(entity["name"], data["sentences"]) or data["parts"][0][:3]
            category = entity["category"]
            user = f"{self._context(data, self._part_of(data, named[0]))}\n\n" + self._prompt(
                "describe", registry=listing, name=entity["name"], category=category, fields=registry.traits_help(category, self._visual_language),
                mentions=numbered(data["sentences"], named))
            fixed = registry.story_traits(entity["name"], category, data["sentences"]) if data["language"] == "en" else {}

            def check(answer: Any) -> dict:
                traits = registry.apply_story_traits({k: clean(v, 60) if isinstance(v, str) else v
                                                      for k, v in answer.items()}, fixed)
                return {"traits": traits, "description": registry.compose(category, traits)}

            return self._ask(user, registry.traits_schema(category), check, f"description of {entity['name']}", 60)

        described = self._ask_all([lambda e=e: describe(e) for e in data["entities"]])
        return [{**entity, **found} for entity, found in zip(data["entities"], described)]

    def _setting(self, data: dict, sentence: int) -> dict:
        """The time of day and weather one sentence states ({"time": None, ...} when it does not):
        a small question about one sentence, which small models answer well where a field among
        many in a shot's staging was left at "same"."""
        schema = obj(time={"enum": [*SPOKEN_TIMES, NOT_SAID]}, weather={"enum": [*WEATHERS, NOT_SAID]})
        user = self._prompt("setting", sentence=data["sentences"][sentence - 1])
        try:
            answer = self._ask(user, schema, lambda d: d, f"time and weather of sentence {sentence}", 30)
        except LLMError as exc:  # the setting then carries over from the sentence before
            log.warning("%s", exc)
            answer = {}
        weather = answer.get("weather")
        return {"time": SPOKEN_TIMES.get(answer.get("time")), "weather": weather if weather in WEATHERS else None}

    def _moments(self, data: dict, part: int) -> list[Moment]:
        numbers = data["parts"][part]
        first, last = numbers[0], numbers[-1]
        span = {"enum": numbers}
        schema = obj(moments={"type": "array", "minItems": 1, "maxItems": len(numbers),
                              "items": obj(first=span, last=span, shots={"enum": [1, 2, 3]})})
        user = f"{self._context(data, part)}\n\n{self._prompt('moments', first=first, last=last)}"
        words = {n: word_count(data["sentences"][n - 1]) for n in numbers}
        try:
            answer = self._ask(user, schema, lambda d: d["moments"], "moments", 30 + 20 * len(numbers))
        except LLMError as exc:  # the structure does not need the model: one moment per sentence
            log.warning("%s; sentences %d-%d are one moment each", exc, first, last)
            answer = []
        return enforce_moments(answer, first, last, words)

    # -- 2. detailed --------------------------------------------------------------------------------
    def _detailed(self, data: dict) -> dict:
        moments = [Moment(m["first"], m["last"], m["shots"]) for m in data["moments"]]
        told = [shot for m in moments for shot in shots_of(m, data["sentences"])]
        pictures = self._ask_all([lambda s=s: self._picture(data, s) for s in told])
        return {**data, "shots": [{**shot, **picture} for shot, picture in zip(told, pictures)]}

    def _picture(self, data: dict, shot: dict) -> dict:
        """What one shot shows: its description and staging, from the words it tells."""
        entities = data["entities"]
        foreground = [e["id"] for e in entities if e["kind"] != "location"]
        locations = [e["id"] for e in entities if e["kind"] == "location"]
        cast_list = "\n".join(f"- {e['id']}: {e['name']}, {e['category']}: {e['description']}" for e in entities)
        part = self._part_of(data, shot["source"][0])
        numbers = ", ".join(map(str, shot["source"]))
        user = f"{self._context(data, part)}\n\n" + self._prompt(
            "shot", registry=cast_list, numbers=numbers, narration=shot["narration"])
        schema = obj(description=one_sentence(DESCRIPTION_MAX), **staging_properties(foreground, locations))

        def check(answer: Any) -> dict:
            description = names_for_ids(one_sentence_of(answer["description"], DESCRIPTION_MAX), entities)
            if len(normalize(description)) < 8 or staging_words(description) or looping(description) or \
                    is_list(description):
                raise Problems(["\"description\" must be one sentence saying what the camera sees (who does what, "
                                "where), not a list of ids or staging words"])
            return {"description": description, **staging(answer, foreground)}

        try:
            return self._ask(user, schema, check, f"shot for sentence {numbers}", 120)
        except LLMError as exc:  # one shot the model cannot describe does not stop the film
            log.warning("%s; the shot is staged from its own words instead", exc)
            return fallback_picture(shot["narration"], entities, data["language"] == self.config.visual_language)

    # -- 3. completed -------------------------------------------------------------------------------
    def _completed(self, data: dict) -> dict:
        shots = list(data["shots"])
        problems = order_problems(shots)
        if problems:
            log.warning("the shots do not follow the story's order (hand edits?): %s", "; ".join(problems))
        missing = missing_sentences(shots, len(data["sentences"]))
        if missing:
            log.info("adding shots for %d sentence(s) no shot tells: %s", len(missing), missing)
            added = self._ask_all([lambda n=n: {"source": [n], "narration": data["sentences"][n - 1],
                                               **self._picture(data, {"source": [n], "narration": data["sentences"][n - 1]})}
                                   for n in missing])
            for shot in added:  # in number order, each after the shots telling earlier sentences
                shots.insert(insertion_index(shots, shot["source"][0]), shot)
        told = {n for s in shots for n in s.get("source") or []}
        coverage = {"sentences": len(data["sentences"]), "told": len(told & set(range(1, len(data["sentences"]) + 1))),
                    "added": missing, "order_problems": order_problems(shots)}
        return {**data, "shots": shots, "coverage": coverage}

    # -- 4. scheduled -------------------------------------------------------------------------------
    def _scheduled(self, data: dict, target_s: float | None) -> dict:
        entities = data["entities"]
        locations = [e["id"] for e in entities if e["kind"] == "location"]
        shots = data["shots"]
        durations = schedule([s["narration"] for s in shots], target_s, self.config.voice.pause_s)
        places = carry_over([named_place(s["narration"], entities) or s["place"] for s in shots], locations,
                            locations[0])
        settings = data.get("settings") or [{}] * len(data["sentences"])

        def stated(shot: dict, field: str) -> str:
            said = [settings[n - 1].get(field) for n in shot["source"] if settings[n - 1].get(field)]
            return said[0] if said else shot.get(field, SAME)

        times = carry_over([stated(s, "time") for s in shots], TIMES, "day")
        weathers = carry_over([stated(s, "weather") for s in shots], WEATHERS, "clear")
        scenes = []
        for n, (shot, seconds) in enumerate(zip(shots, durations, strict=True), 1):
            staged = {k: shot[k] for k in ("entities", "protagonist", "actions", "camera")}
            staged = ground_in_text(staged, f"{shot['description']} {shot['narration']}", entities)
            scenes.append({"id": f"s{n:02d}", "description": shot["description"], "narration": shot["narration"],
                           "duration_s": seconds, "source": shot["source"], "background": places[n - 1],
                           "time": times[n - 1], "weather": weathers[n - 1], **staged})
        return {"title": data["title"], "logline": data["logline"], "style": self.config.style,
                "language": data["language"], "fps": self.config.fps, "width": self.config.width,
                "height": self.config.height, "seed": self.config.seed,
                "entities": [{k: e[k] for k in ("id", "name", "kind", "description")} for e in entities],
                "scenes": vary_cameras(scenes)}

    # -- one scene, on request ----------------------------------------------------------------------
    def replan_scene(self, script: Script, scene_id: str, request: str) -> Script:
        """Rewrite one scene following `request`, keeping the entities, its narration's source
        and the neighbours. A request that changes the place's look ("make it night") gets a
        new location entity for this scene only, so no other scene's background changes."""
        request = " ".join(request.split())
        if not request:
            raise InputError("the request is empty: say what to change, e.g. \"make it night\"")
        ids = [s.id for s in script.scenes]
        if scene_id not in ids:
            raise InputError(f"scene {scene_id!r} is not in the script; scenes are: {', '.join(ids)}")
        i = ids.index(scene_id)
        scene = script.scenes[i]
        foreground = [e.id for e in script.entities if e.kind != "location"]
        locations = [e.id for e in script.entities if e.kind == "location"]

        def show(s) -> str:
            return json.dumps(s.model_dump(exclude={"id", "duration_s", "source"}), ensure_ascii=False) if s else "(none)"

        user = self._prompt("replan", request=request, scene=show(scene), before=show(script.scenes[i - 1] if i else None),
                            after=show(script.scenes[i + 1] if i + 1 < len(ids) else None),
                            language=LANGUAGE_NAMES.get(script.language, script.language),
                            entities="\n".join(f"- {e.id}: {e.name}, {e.kind}: {e.description}" for e in script.entities))
        props = {"description": string(DESCRIPTION_MAX), "narration": string(400),
                 **staging_properties(foreground, locations), "time": {"enum": list(TIMES)},
                 "weather": {"enum": list(WEATHERS)}, "background_description": string(ENTITY_DESCRIPTION_MAX)}
        props["place"] = {"enum": locations}

        def check(answer: Any) -> dict:
            if len(normalize(answer["description"])) < 8 or not normalize(answer["narration"]):
                raise Problems(["description and narration must be full sentences"])
            return answer

        raw = self._ask(user, obj(**props), check, "rewritten scene", 500)
        data = script.model_dump(mode="json")
        background = raw["place"]
        current = script.entity(background).description
        new_look = clean(raw["background_description"], ENTITY_DESCRIPTION_MAX)
        if normalize(new_look) != normalize(current):
            variant = f"{background}-{scene_id}"
            data["entities"] = [e for e in data["entities"] if e["id"] != variant]
            data["entities"].append({"id": variant, "name": f"{script.entity(background).name} ({scene_id})",
                                     "kind": "location", "description": new_look, "reference": None})
            background = variant
        narration = clean(raw["narration"], 400)
        staged = staging(raw, foreground)
        del staged["place"]
        data["scenes"][i] = {"id": scene_id, "description": clean(raw["description"], DESCRIPTION_MAX),
                             "narration": narration, "duration_s": max(scene.duration_s, schedule([narration])[0]),
                             "source": scene.source, "background": background, **staged}
        return validate_script(data, "rewritten script")

