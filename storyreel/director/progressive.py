"""Progressive planning on the story's sentences: rough -> detailed -> completed -> scheduled.

The story is split into numbered sentences once, and every shot carries `source`: the
numbers of the sentences it tells, in the story's own words. What the words say plainly is
read by code (who is named, where, the time and the weather, what a being is: words.py); the
model makes the small choices they leave open, under JSON schemas that ask only the open
fields; the code owns the structure, so the film tells every event, in order, once:

1. rough      sentences, parts (acts) of a long story, the entity registry (names the story
              uses, one request per part, plus characters and places it names in passing),
              descriptions from the story's words with what they leave open asked in one
              request per part, time and weather of every sentence, and the moments: one per
              sentence (a very short one joins the next), more shots for a requested length;
2. detailed   each moment's shots (`structure.shots_of`), and for each shot who is on screen
              and where from its words, and one small request for what they leave open (the
              action; the place and who, where the words do not say; the picture's
              description when a backend draws from it);
3. completed  sentences no shot tells (after hand edits) get a shot where their number
              says; the coverage report;
4. scheduled  places, times and weathers carried over, cameras from the words and varied,
              durations from the narration, scaled to meet a requested film length.

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
from ..errors import InputError, InvalidAnswers, ScriptError
from ..script import ACTIONS, CAMERA_MOVES, MAX_FOREGROUND, MOODS, TIMES, WEATHERS, Script, validate_script
from . import entities as registry
from . import framing, moods, words
from .acting import acting, acting_each
from .hygiene import clean, is_list, looping, normalize, one_sentence_of, seen
from .planner import (DESCRIPTION_MAX, SAME, Director, Problems, camera_for, carry_over, check_story, obj,
                      one_sentence, shot_sizes, staging, staging_properties, string, vary_cameras)
from .schedule import schedule
from .structure import (Moment, enforce_moments, insertion_index, missing_sentences, order_problems, sentence_moments,
                        shots_of)
from .text import LANGUAGE_NAMES, StoryText, detect_language, parts, split_story, word_count

log = logging.getLogger(__name__)

STAGES = ("rough", "detailed", "completed", "scheduled")
ENTITY_DESCRIPTION_MAX = 180
SENTENCES_FILE = "sentences.json"
SECONDS_PER_SHOT = 7.0  # when a film length is asked for: about one shot per this many seconds


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


# What each action looks like on screen, so the model picks by meaning (and not the same one every time).
ACTION_HELP = ("idle (stays in place: stands, sits, sleeps, looks, works, talks), walk_left or walk_right (walks, "
               "runs, rides, climbs, travels), walk_to_center (comes closer), enter_left or enter_right (arrives), "
               "exit_left or exit_right (leaves), jump (jumps, dances, cheers), shake (trembles, is afraid or angry, "
               "struggles)")
LEAD = ""  # in a shot's acting: what the words say of a lead they do not name


def named_cast(text: str, entities: list[dict]) -> list[str]:
    """The characters and things a text names: characters first, each in the order it names them
    (at most 3 in all). Pure."""
    found = sorted((e["kind"] != "character", spans[0][0], e["id"]) for e in entities if e["kind"] != "location"
                   for spans in [registry.called(e["name"], text)] if spans)
    return [eid for *_, eid in found][:MAX_FOREGROUND]


# Subject pronouns for a being, by language; in the languages that drop the subject ("subía la
# escalera"), any sentence without a named character may be about the one before.
_PRONOUNS = {"en": r"he|she|they|him|her|his|them", "de": r"er|sie|ihn|ihm|ihr", "fr": r"il|elle|ils|elles|lui",
             "nl": r"hij|zij|ze|hem|haar", "zh": r"他|她|它", "ja": r"彼|彼女"}
_DROPS_SUBJECT = {"es", "it", "pt", "ja", "zh"}


def refers_back(text: str, language: str) -> bool:
    """Whether a sentence that names no character still speaks of one (a pronoun). Pure."""
    if language in _DROPS_SUBJECT:
        return True
    rule = _PRONOUNS.get(language)
    if rule is None:
        return False
    pattern = rf"(?<!\w)(?:{rule})(?!\w)" if rule.isascii() else rf"(?:{rule})"
    return re.search(pattern, text, re.IGNORECASE) is not None


def joined(seen: list[str], recent: list[str], together: int | None, characters: set[str], groups: set[str],
           named_here: bool) -> list[str] | None:
    """Who a shot shows when its words say several act together (`together`, words.together): the
    characters `seen` (named in the shot when `named_here`, else on screen before) joined by those
    seen most recently (`recent`, the last first), up to the number said; a plural pronoun alone
    ("they") joins them where `seen` holds one character only: they are whom "they" stands for, so
    they lead where the shot names its one character ("they ran to the farm, where a dog barked").
    A group ("the children") is several already: it is never joined, and it ends what joins. A
    thing the shot names keeps a place; at most MAX_FOREGROUND in all. None when no one joins. Pure."""
    if together is None or any(i in groups for i in seen):
        return None
    people = [i for i in seen if i in characters]
    things = [i for i in seen if i not in characters]
    if together == 0 and len(people) != 1:
        return None
    want = min(MAX_FOREGROUND if together == 0 else together, MAX_FOREGROUND - (1 if things else 0))
    extra: list[str] = []
    for i in recent:
        if len(people) + len(extra) >= want:
            break
        if i not in seen:
            extra.append(i)
            if i in groups:
                break
    if not extra:
        return None
    ordered = [*extra, *people] if together == 0 and named_here else [*people, *extra]
    return [*ordered, *things][:MAX_FOREGROUND]


def seen_in_words(narration: str, who: list[str], place: str | None, entities: list[dict], same_language: bool) -> str:
    """A shot's description from its own words, where no model wrote one: the narration itself in
    the language of descriptions, else who is seen, and where. Pure."""
    if same_language:
        return narration
    names = {e["id"]: e["name"] for e in entities}
    where = f" at the {names[place]}" if place in names else ""
    return f"{' and '.join(names[i] for i in who) or 'The scene'}{where}."


def _head(name: str) -> str | None:
    """The noun a place is called by for short ("the tower" for the town hall tower): the last
    word of a name of several Latin-script words."""
    parts_ = name.lower().split()
    return parts_[-1] if len(parts_) > 1 and re.fullmatch(r"[a-z]{3,}", parts_[-1]) else None


def named_place(text: str, entities: list[dict]) -> str | None:
    """The location the words name first, if any: a shot whose narration says "reached the
    harbour" happens at the harbour, whatever the model chose. A place is also named by its
    head noun when no other place shares it and it is not part of another entity's name there
    ("the tower" is the town hall tower; "the tower clock" is not). A place named inside a quoted
    line is where someone speaks of, not where they are ("Will we reach the town?"). Pure."""
    from ..voice.dialogue import quotes

    for start, end in quotes(text):  # blanked, so the places after keep their positions
        text = text[:start] + " " * (end - start) + text[end:]
    locations = [e for e in entities if e["kind"] == "location"]
    heads = Counter(_head(e["name"]) for e in locations)
    others = [span for e in entities if e["kind"] != "location" for span in registry.called(e["name"], text)]

    def a_role(end: int) -> bool:  # "the lighthouse keeper" is a person, not the lighthouse
        after = re.match(r"\s+([^\W\d_]+)", text[end:])
        return bool(after) and words.noun(after.group(1), "en") is not None

    found = []
    for entity in locations:
        head = _head(entity["name"])
        for start, end in registry.mentions(entity["name"], text):
            if not a_role(end):
                found.append((start, start - end, entity["id"]))  # the longest name first where two start together
        if head and heads[head] == 1:
            found += [(start, start - end, entity["id"]) for start, end in registry.mentions(head, text)
                      if not any(a <= start < b for a, b in others) and not a_role(end)]
    return min(found)[2] if found else None


def speakers_of(narration: str, on_screen: list[str], entities: list[dict], language: str, before: str = "",
                after: str = "", pick: Callable[[str, list[Any], list[int]], dict[int, str | None]] | None = None
                ) -> list[str | None]:
    """Who says each quoted line of a shot, read by code (voice/dialogue.py `readings`): a
    character named beside it with a verb of saying, a pronoun's antecedent, a turn taken, the
    one character on screen; else the narrator (None). `before` and `after` are the story's words
    around the narration, read for the cues they hold (whom "she" is, "Tomás whispered." in the
    next sentence). Where code only guessed, `pick` (given the words read, the readings of their
    quotes and the indexes of those guessed in the narration) may answer instead: {index: id or
    None}. Pure but for `pick`."""
    from ..voice import dialogue

    characters = {e["id"]: e["name"] for e in entities if e["kind"] == "character"}
    # A new paragraph between the words around and the shot's stays one: it tells a new speaker.
    lead = before.strip() + ("\n" if before.endswith("\n") else " ") if before.strip() else ""
    text = lead + narration + (("\n" if after.startswith("\n") else " ") + after.strip() if after.strip() else "") \
        + ("\n" if after.endswith("\n") else "")  # a paragraph's end after a line says who acts on it
    start = len(lead)
    spans = dialogue.quotes(text)
    mine = [k for k, (a, b) in enumerate(spans) if start <= a and b <= start + len(narration)]
    if len(mine) != len(dialogue.quotes(narration)):  # a mark the words around pair otherwise: the shot alone
        text, mine = narration, list(range(len(dialogue.quotes(narration))))
    read = dialogue.readings(text, characters, language, on_screen)
    speakers = {k: read[k].speaker for k in mine}
    guessed = [k for k in mine if not read[k].sure]
    if pick is not None and guessed:
        speakers |= {k: who for k, who in pick(text, read, guessed).items() if k in guessed}
    return [speakers[k] for k in mine]


def with_vehicle(named: list[str], narration: str, entities: list[dict], language: str) -> list[str]:
    """`named` (the ids a shot's words name) with the story's one boat or bicycle added where the
    words put someone in or on it without naming it ("the fishermen rowed to the island"), so the
    picture can show them aboard; unchanged when the story has several or the shot is full. Pure."""
    vehicles = [e for e in entities if e["kind"] == "object" and framing.rideable(e["name"], language)]
    if len(vehicles) != 1 or vehicles[0]["id"] in named or len(named) >= MAX_FOREGROUND:
        return named
    return [*named, vehicles[0]["id"]] if framing.aboard(narration, vehicles[0]["name"], language) else named


def describes_shots(config) -> bool:
    """Whether a shot's picture description is asked of the model: only when a backend that
    draws from it is chosen (the animatic draws from the staging alone; the description is then
    the shot's own words), since answers no backend reads are not worth their tokens."""
    return config.backends.keyframes != "animatic" or config.backends.shots != "animatic"



def seen_from(narrations: list[str], places: list[str], names: dict[str, str], language: str,
              on_screen: list[list[str]] | None = None) -> list[str | None]:
    """The side each shot's place is seen from: what its words say (director/framing.py: "in the
    kitchen", "stepped out", "灯塔里"), else the side of the shot before at the same place, else
    None (the place's own side: inside a room, outside anything else). Inside is not carried over
    to a shot with a vehicle on screen (`on_screen`: its entity ids): a boat sailing home is seen
    in the open. Pure."""
    views: list[str | None] = []
    for n, (narration, place) in enumerate(zip(narrations, places, strict=True)):
        said = framing.view(narration, language, names.get(place))
        if said is None and n and places[n - 1] == place:
            vehicle = any(framing.is_vehicle(names.get(eid, ""), language) for eid in (on_screen[n] if on_screen else []))
            said = None if views[-1] == "inside" and vehicle else views[-1]
        views.append(said)
    return views


def staged_acting(entities: list[dict], language: str, narration: str, who: list[str]) -> tuple[dict, dict]:
    """The poses and faces of a shot's characters `who` (the first is its lead): what the words say
    plainly, each character read in its own part of the sentence (director/acting.py); where the
    sentence names none of them (a pronoun, a dropped subject), the whole sentence's goes to the lead.
    Standing and neutral (left out) where the words say nothing. The model is not asked: measured,
    its choices agreed with a labelled sample less often than the words alone did (BENCHMARKS.md,
    "Director: poses and expressions")."""
    characters = {e["id"]: e for e in entities if e["kind"] == "character"}
    named = {eid: spans[0] for eid, e in characters.items()
             for spans in [registry.called(e["name"], narration)] if spans}
    acted = acting_each(narration, language, named) if named else {LEAD: acting(narration, language)}
    chosen = {eid: acted.get(eid, acted.get(LEAD, {}) if index == 0 else {})
              for index, eid in enumerate(who) if eid in characters}
    return ({eid: c["pose"] for eid, c in chosen.items() if c.get("pose") not in (None, "stand")},
            {eid: c["expression"] for eid, c in chosen.items() if c.get("expression") not in (None, "neutral")})

class ProgressiveDirector(Director):
    """Plans a film from a story (see the module docstring)."""

    def plan_progressive(self, story: str, folder: Path, *, until: str | None = None, resume: bool = False,
                         target_s: float | None = None,
                         on_step: Callable[[str], None] = lambda _: None) -> Script | None:
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
            self.stage = stage
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
        data["entities"] = self._describe(data, on_step)
        # Time and weather are read from the words (words.setting); what no word says carries over.
        # Names are masked ("Stormy" the pony, 小雨 the girl), not a thing the model listed as "rain".
        names = [e["name"] for e in data["entities"] if e["category"] == "character" or not e["name"][:1].islower()]
        data["settings"] = [words.setting(sentence, language, names) for sentence in text.sentences]
        moments = sentence_moments({n: word_count(s) for n, s in enumerate(text.sentences, 1)})
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
            listed = ("\nAlready listed (do not list them again): " + ", ".join(e["name"] for e in known)) if known \
                else ""
            wants_title = not data["title"] and i == 0
            name = string(40)
            props: dict = {
                "characters": {"type": "array", "maxItems": 6, "items": obj(name=name)},
                "things": {"type": "array", "maxItems": 3, "items": obj(name=name)},
                "places": {"type": "array", "minItems": 0 if known else 1, "maxItems": 4,
                           "items": obj(name=name, kind={"enum": ["building", "place"]})}}
            if wants_title:
                props = {"title": string(50), **props}
            user = (f"{self._context(data, i)}\n\n" + self._prompt(
                "registry", first=numbers[0], last=numbers[-1], known=listed,
                title="\nAlso give the film a short title." if wants_title else ""))

            def check(answer: Any, first_part: bool = not known) -> dict:
                named = []
                # places before things: a name given as both ("the lighthouse") is a place
                listed_items = [*({**c, "kind": "character"} for c in answer["characters"]), *answer["places"],
                                *({**t, "kind": "thing"} for t in answer["things"])]
                for item in listed_items:
                    name = registry.proper_name(registry.worded_as_in(registry.bare_name(item["name"]), story), story)
                    name = registry.as_written(name, story) if name else name
                    said = words.setting(name, data["language"]) if name and item["kind"] != "character" else {}
                    if any(said.values()):  # "rain", "the night": the sky draws it, not a thing or a place
                        log.info("%r is a time or a weather, not a thing to draw; left out", name)
                    elif name and registry.in_story(name, story):
                        kind = item["kind"]
                        if kind == "thing" and registry.names_a_place(name, data["language"]):
                            kind = "place"  # "river", "town": a backdrop, not a cut-out
                        named.append({"name": name, "category": kind})
                    else:
                        log.info("entity %r is not named in the story; left out", item["name"])
                everyone = [e["name"] for e in known + named]
                for item in named:
                    if item["category"] != "character":
                        item["name"] = registry.head_name(item["name"], story, everyone)
                new = registry.merge_names(known, named)
                if first_part and not new:
                    raise Problems(["list the characters, things and places using the words the story uses"])
                return {**answer, "entities": new}

            answer = self._ask(user, obj(**props), check, "entities", 200)
            if answer.get("title"):
                data["title"] = clean(answer["title"], 50)
            for e in answer["entities"]:
                # "Am Samstagmorgen", listed as a place or even a character, says when, not who or where
                # (one word may be a name: a dog called Storm)
                if registry.is_time_phrase(e["name"], data["language"]) and \
                        (registry.CATEGORIES[e["category"]] == "location" or len(e["name"].split()) > 1):
                    log.info("%s says when, not who or where: no entity", e["name"])
                    continue
                known.append(registry.registry_entry(e["name"], e["category"], taken))
            part_sentences = [data["sentences"][n - 1] for n in numbers]
            for extra in registry.passing_names(part_sentences, data["language"], known):
                log.info("%s is named in passing: added as a %s", extra["name"], extra["category"])
                known.append(registry.registry_entry(extra["name"], extra["category"], taken))
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

    def _place(self, data: dict, story: str, taken: set[str]) -> dict:
        """The story named no place: ask where it happens (any short phrase will do)."""
        user = f"{self._context(data, 0)}\n\n{self._prompt('place')}"
        where = self._ask(user, obj(where=string(40)), lambda d: registry.bare_name(d["where"]), "place", 30)
        return registry.registry_entry(where or "setting", "place", taken)

    def _describe(self, data: dict, on_step) -> list[dict]:
        """Each entity's description from what the story's words settle (words.being: species,
        sex, age; in English also its looks and the words before a thing's name), and what they
        leave open asked of the model: one request per part, about the entities it names first."""
        language, sentences = data["language"], data["sentences"]
        entities = [dict(e) for e in data["entities"]]
        facts = {e["id"]: registry.story_facts(e["name"], e["category"], sentences, language) for e in entities}
        first_part = {e["id"]: self._part_of(data, (registry.sentences_naming(e["name"], sentences, 1) or [1])[0])
                      for e in entities}
        for part in range(len(data["parts"])):
            asked = {e["id"]: registry.open_questions(e["category"], facts[e["id"]], language)
                     for e in entities if first_part[e["id"]] == part}
            asked = {k: v for k, v in asked.items() if v}
            if not asked:
                continue
            on_step(f"rough: describing {len(asked)} of the cast")
            listing = "\n".join(f"- {e['id']}: {e['name']}{registry.known_facts(e['category'], facts[e['id']])}"
                                for e in entities if e["id"] in asked)
            fields = {f for props in asked.values() for f in props}
            user = f"{self._context(data, part)}\n\n" + self._prompt(
                "describe", fields=registry.question_help(fields), entities=listing)
            schema = obj(**{eid: obj(**props) for eid, props in asked.items()})
            try:
                answer = self._ask(user, schema, lambda d: d, "descriptions", 24 * sum(map(len, asked.values())))
            except InvalidAnswers as exc:  # what the words settle still describes them
                log.warning("%s", exc)
                answer = {}
            for e in entities:
                if e["id"] in asked and isinstance(answer.get(e["id"]), dict):
                    category, facts[e["id"]] = registry.settle(e["category"], facts[e["id"]], answer[e["id"]])
                    if category != e["category"]:
                        log.info("%s is %s, not a character", e["name"],
                                 "an object" if category == "thing" else "a place")
                        e.update(category=category, kind=registry.CATEGORIES[category])
                        facts[e["id"]] = registry.story_facts(e["name"], category, sentences, language)
        for e in entities:
            e["description"] = registry.compose(e["category"], e["name"], facts[e["id"]])
            e["facts"] = {k: v for k, v in facts[e["id"]].items() if v not in (None, "", [], False)}
        return entities

    # -- 2. detailed --------------------------------------------------------------------------------
    def _detailed(self, data: dict) -> dict:
        sentences = data["sentences"]  # moments edited by hand are repaired to cover every sentence once, in order
        lengths = {n: word_count(s) for n, s in enumerate(sentences, 1)}
        moments = enforce_moments(data["moments"], 1, len(sentences), lengths)
        told = [shot for m in moments for shot in shots_of(m, sentences)]
        # Who is on screen is read from the words: the characters and things a shot names; where it
        # names no character but a pronoun stands for one ("he climbed", or no subject at all in a
        # language that drops it), the character the story followed last; where it names no one,
        # whoever was on screen. Where the words say several act together ("the three of them",
        # "they"), the characters seen last join whoever is named. The model is asked only before
        # anyone is named.
        on_screen, last, lead, seen_at = [], [], None, {}
        people = {e["id"] for e in data["entities"] if e["kind"] == "character"}
        groups = {e["id"] for e in data["entities"] if e["id"] in people and words.is_group(e["name"], data["language"])}
        for n, shot in enumerate(told):
            named = with_vehicle(named_cast(shot["narration"], data["entities"]), shot["narration"],
                                 data["entities"], data["language"])
            characters = [i for i in named if self._kind(data, i) == "character"]
            if named and not characters and lead and refers_back(shot["narration"], data["language"]):
                named = [lead, *named][:MAX_FOREGROUND]
            together = words.together(shot["narration"], data["language"])
            # a number reaches back as far as needed; a bare "they", only to the last three shots
            recent = sorted((i for i, at in seen_at.items() if together or at >= n - 3), key=lambda i: -seen_at[i])
            group = joined(named or last, recent, together, people, groups, bool(characters))
            last = group or named or last
            lead = next((i for i in last if self._kind(data, i) == "character"), lead)
            seen_at.update((i, n) for i in last if self._kind(data, i) == "character")
            on_screen.append(last)
        pictures = self._ask_all([lambda s=s, w=w: self._picture(data, s, w) for s, w in zip(told, on_screen)])
        return {**data, "shots": [{**shot, **picture} for shot, picture in zip(told, pictures)]}

    def _picture(self, data: dict, shot: dict, on_screen: list[str]) -> dict:
        """What one shot shows and how it is staged: what its words say plainly (who, where) by
        code, the rest in one small request with only the open fields. The time and the weather are
        not asked: what no word says carries over (asked, the model adds times and weathers the
        sentence does not say: BENCHMARKS.md, "Director: time and weather from the words")."""
        entities = data["entities"]
        foreground = [e["id"] for e in entities if e["kind"] != "location"]
        locations = [e["id"] for e in entities if e["kind"] == "location"]
        place = named_place(shot["narration"], entities)
        props: dict = {}
        if describes_shots(self.config):
            props["description"] = one_sentence(DESCRIPTION_MAX)
        if not on_screen and foreground:
            props["who"] = {"type": "array", "maxItems": 3, "items": {"enum": foreground}}
        if place is None and len(locations) > 1:
            props["place"] = {"enum": [*locations, SAME]}
        if foreground and (on_screen or "who" in props):
            props["action"] = {"enum": list(ACTIONS)}
        names = {e["id"]: e["name"] for e in entities}

        def picture(answer: dict) -> dict:
            who = answer.get("who", on_screen)
            protagonist = who[0] if who else None
            description = answer.get("description") or seen_in_words(shot["narration"], who, place, entities,
                                                                     data["language"] == self.config.visual_language)
            poses, expressions = staged_acting(entities, data["language"], shot["narration"], who)
            return {"description": description, "entities": who, "protagonist": protagonist,
                    "place": answer.get("place", place or SAME),
                    "actions": {protagonist: answer.get("action", "idle")} if protagonist else {},
                    "poses": poses, "expressions": expressions}

        if not props:
            return picture({})
        numbers = ", ".join(map(str, shot["source"]))
        known = f"\nOn screen: {', '.join(names[i] for i in on_screen)} (the main one: {names[on_screen[0]]})." \
            if on_screen else ""
        user = f"{self._context(data, self._part_of(data, shot['source'][0]))}\n\n" + self._prompt(
            "shot", registry=self._cast_list(entities), numbers=numbers, narration=shot["narration"], known=known,
            fields=self._shot_fields(), asked=", ".join(f'"{k}"' for k in props))

        def check(answer: Any) -> dict:
            if "who" in answer:
                answer["who"] = list(dict.fromkeys(i for i in answer["who"] if i in foreground))[:3]
            if "description" in answer:
                description = names_for_ids(seen(one_sentence_of(answer["description"], DESCRIPTION_MAX)), entities)
                if len(normalize(description)) < 8 or staging_words(description) or looping(description) or \
                        is_list(description) or "camera" in description.lower():
                    raise Problems(["\"description\" must be one sentence saying what is seen (who does what, "
                                    "where), not a list of ids or staging words, and not what a camera does"])
                answer["description"] = description
            return picture(answer)

        try:
            return self._ask(user, obj(**props), check, f"shot for sentence {numbers}", 12 + 8 * len(props) +
                             (40 if "description" in props else 0))
        except InvalidAnswers as exc:  # one shot the model cannot answer does not stop the film
            log.warning("%s; the shot is staged from its own words instead", exc)
            return picture({})

    def _said(self, data: dict, shot: dict) -> dict:
        """The time of day and the weather the words of a shot's sentences say (None where they do not)."""
        settings = data.get("settings") or [{}] * len(data["sentences"])
        return {field: next((settings[n - 1][field] for n in shot["source"] if settings[n - 1].get(field)), None)
                for field in ("time", "weather")}

    def _speakers(self, data: dict, shot: dict, ask: bool = True) -> list[str | None]:
        """Who says each quoted line of a shot: read by code from its words and the sentences
        around them (`speakers_of`); the lines code only guessed are asked of the model in one small
        request, the passage shown with each line's speaker where code read it plainly and a letter
        where it did not, each letter answered under an enum of the characters' ids and "narrator"
        (None), so the answer is always one of them. An answer the model cannot give leaves code's
        guesses. Measured: BENCHMARKS.md, "Dialogue: who says each line"."""
        from ..voice import dialogue

        sentences, entities = data["sentences"], data["entities"]
        paragraphs = data.get("paragraphs") or [1] * len(sentences)
        numbers = shot.get("source") or [0]  # the words around: 8 sentences before, 1 after (none if unknown)
        first, last = numbers[0], numbers[-1]

        def words(a: int, b: int) -> str:  # sentences a..b-1 (0-based), a line break where a paragraph ends
            return "".join(sentences[n] + ("\n" if n + 1 < len(sentences) and paragraphs[n + 1] != paragraphs[n]
                                           else " ") for n in range(max(0, a), min(b, len(sentences))))

        before = words(first - 9, first - 1) if first else ""
        after = ("\n" if last < len(sentences) and paragraphs[last] != paragraphs[last - 1] else "") + \
            words(last, last + 1) if last else ""
        characters = {e["id"]: e["name"] for e in entities if e["kind"] == "character"}
        narrator = "narrator" if "narrator" not in characters else "nobody"

        def pick(text: str, read: list, guessed: list[int]) -> dict[int, str | None]:
            letters = {k: chr(ord("A") + n) for n, k in enumerate(guessed[:26])}
            passage, at = [], 0
            for k, (a, b) in enumerate(dialogue.quotes(text)):  # a line led by a letter, or the id its words name
                mark = letters.get(k) or (read[k].speaker if read[k].how in dialogue.PLAIN else None)
                passage += [text[at:a], f"[{mark}] " if mark else "", text[a:b]]
                at = b
            user = self._prompt("speakers", characters="\n".join(f"- {i}: {n}" for i, n in characters.items()),
                                passage="".join(passage) + text[at:], narrator=narrator)
            choices = [*characters, narrator]

            def check(answer: Any) -> dict[int, str | None]:
                wrong = [f'"{letter}" must be one of {choices}' for letter in letters.values()
                         if answer[letter] not in choices]
                if wrong:
                    raise Problems(wrong)
                return {k: None if answer[letter] == narrator else answer[letter] for k, letter in letters.items()}

            try:
                return self._ask(user, obj(**{letter: {"enum": choices} for letter in letters.values()}), check,
                                 f"speakers of sentence {first}", 8 + 12 * len(letters))
            except InvalidAnswers as exc:
                log.warning("%s; those lines keep the speakers read by code", exc)
                return {}

        return speakers_of(shot["narration"], shot["entities"], entities, data["language"], before, after,
                           pick if ask and characters else None)

    def _shot_fields(self) -> str:
        """What each field of a shot's answer means: the same text for every shot of a plan (so the
        prompt up to the narration is a prefix the runtime reuses), whichever fields one is asked."""
        meaning = {"description": f"what is seen, in one short {self._visual_language} sentence of at most 15 words: "
                                  "who, doing what, where (what is seen, not what a camera does)",
                   "who": "the ids of who and what is seen (at most 3), the main one first",
                   "place": "the id of the place where it happens, or \"same\" if the sentence does not say",
                   "action": f"what the main one does on screen: {ACTION_HELP}"}
        if not describes_shots(self.config):
            del meaning["description"]
        return "\n".join(f'- "{k}": {v}' for k, v in meaning.items())

    @staticmethod
    def _kind(data: dict, entity_id: str) -> str:
        return next(e["kind"] for e in data["entities"] if e["id"] == entity_id)

    @staticmethod
    def _cast_list(entities: list[dict]) -> str:
        return "\n".join(f"- {e['id']}: {e['name']}, {e['description'][:-1].lower()}" for e in entities)

    # -- 3. completed -------------------------------------------------------------------------------
    def _completed(self, data: dict) -> dict:
        shots = list(data["shots"])
        problems = order_problems(shots)
        if problems:
            log.warning("the shots do not follow the story's order (hand edits?): %s", "; ".join(problems))
        missing = missing_sentences(shots, len(data["sentences"]))
        if missing:
            log.info("adding shots for %d sentence(s) no shot tells: %s", len(missing), missing)
            def told(n: int) -> dict:
                shot = {"source": [n], "narration": data["sentences"][n - 1]}
                return {**shot, **self._picture(data, shot, named_cast(shot["narration"], data["entities"]))}

            added = self._ask_all([lambda n=n: told(n) for n in missing])
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
        names = {e["id"]: e["name"] for e in entities}
        views = seen_from([s["narration"] for s in shots], places, names, data["language"],
                          [s["entities"] for s in shots])
        said = [self._said(data, s) for s in shots]
        times = carry_over([w["time"] or s.get("time", SAME) for s, w in zip(shots, said)], TIMES, "day")
        weathers = carry_over([w["weather"] or s.get("weather", SAME) for s, w in zip(shots, said)], WEATHERS, "clear")
        scenes = []
        for n, (shot, seconds) in enumerate(zip(shots, durations, strict=True), 1):
            staged = {k: shot[k] for k in ("entities", "protagonist", "actions")}
            staged |= {k: shot.get(k) or {} for k in ("poses", "expressions")}
            staged["camera"] = shot.get("camera") or camera_for(shot["narration"], seconds)
            staged["mood"] = moods.mood_said(shot["narration"], data["language"], staged["expressions"],
                                             weathers[n - 1])
            staged["speakers"] = self._speakers(data, shot)
            scenes.append({"id": f"s{n:02d}", "description": shot["description"], "narration": shot["narration"],
                           "duration_s": seconds, "source": shot["source"], "background": places[n - 1],
                           "time": times[n - 1], "weather": weathers[n - 1], "view": views[n - 1], **staged})
        for scene, before in zip(scenes[::-1], scenes[-2::-1]):  # what no word says: the mood before, one scene
            scene["mood"] = scene["mood"] or before["mood"]
        for scene in scenes:
            scene["mood"] = scene["mood"] or "calm"
        return {"title": data["title"], "logline": data["logline"], "style": self.config.style,
                "language": data["language"], "fps": self.config.fps, "width": self.config.width,
                "height": self.config.height, "seed": self.config.seed,
                "entities": [{k: e[k] for k in ("id", "name", "kind", "description")} for e in entities],
                "scenes": [{**scene, "shot": size} for scene, size in zip(vary_cameras(scenes), shot_sizes(scenes))]}

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
                 "weather": {"enum": list(WEATHERS)}, "mood": {"enum": list(MOODS)},
                 "background_description": string(ENTITY_DESCRIPTION_MAX)}
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
        mood = moods.mood_said(narration, script.language, staged["expressions"], raw["weather"]) or raw["mood"]
        data["scenes"][i] = {"id": scene_id, "description": clean(raw["description"], DESCRIPTION_MAX),
                             "narration": narration, "duration_s": max(scene.duration_s, schedule([narration])[0]),
                             "source": scene.source, "background": background, "mood": mood, **staged}
        return validate_script(data, "rewritten script")

