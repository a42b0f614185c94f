"""The director's plumbing: prompts, checked JSON answers, staging rules, stories from ideas.

The model's output is never trusted: every answer is parsed, checked, repaired where the fix
is unambiguous, and otherwise sent back with the problems for a bounded number of re-asks.
Decoding is constrained by JSON schemas whose enums hold the valid ids and numbers, so most
mistakes cannot even be written. The stages that use this are in progressive.py.
"""

from __future__ import annotations

import json
import logging
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from string import Template
from typing import Any, Callable, TypeVar

from ..config import Config
from ..errors import InputError, InvalidAnswers, LLMError
# The limits of a story live in one place for the CLI, the API and the studio (re-exported here).
from ..limits import MAX_STORY_CHARS, check_story  # noqa: F401
from ..script import ACTIONS, CAMERA_MOVES, CAMERA_SPEEDS, EXPRESSIONS, POSES, SHOT_SIZES, VIEWS
from .hygiene import clean, ends_a_sentence, normalize
from .llm import LLMClient
from .text import LANGUAGE_NAMES, detect_language, join_text, split_story

log = logging.getLogger(__name__)
T = TypeVar("T")

PROMPTS = Path(__file__).with_name("prompts")
# Part of every plan's cache key: bump it when planning logic changes what a plan contains.
PLANNER_VERSION = "15"
# Free writing (a story from an idea) loops on one sentence under greedy decoding; this penalty on
# tokens already written (OpenAI's frequency_penalty) stops that (seen with both shipped models).
STORY_PENALTY = 0.5
DESCRIPTION_MAX = 140  # characters of a shot's picture description; the grammar enforces it


class Problems(ValueError):
    """What is wrong with one model answer, phrased so the model can fix it."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("; ".join(problems))


def prompt(template: str, **values: Any) -> str:
    return Template((PROMPTS / f"{template}.txt").read_text(encoding="utf-8")).substitute(**values).strip()


RETRY_WARMTH = 0.25  # added to the temperature at each re-ask: greedy decoding would repeat its answer


def ask_json(llm: LLMClient, messages: list[dict], schema: dict, check: Callable[[Any], T], *,
             what: str, retries: int, max_tokens: int, temperature: float, seed: int,
             frequency_penalty: float = 0.0, show_answer: bool = True) -> T:
    """Ask for JSON, check it, and re-ask with the problems up to `retries` times, each time a
    little warmer (and with another seed) so the answer can change. With `show_answer` False the
    re-ask does not repeat the invalid answer: a model that looped copies its loop when shown it."""
    first = list(messages)
    messages = list(messages)
    problems: list[str] = []
    for attempt in range(retries + 1):
        reply = llm.chat(messages, schema=schema, max_tokens=max_tokens, seed=seed + attempt,
                         temperature=min(1.0, temperature + RETRY_WARMTH * attempt),
                         frequency_penalty=frequency_penalty)
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
        repair = prompt("repair", problems="\n".join(f"- {p}" for p in problems))
        if show_answer:
            messages = [*messages, {"role": "assistant", "content": reply}, {"role": "user", "content": repair}]
        else:
            messages = [*first[:-1], {**first[-1], "content": f"{first[-1]['content']}\n\n{repair}"}]
    raise InvalidAnswers(f"the language model kept giving invalid {what} after {retries + 1} attempts: "
                   + "; ".join(problems) + ". See director/log.jsonl in the project for the exchanges.")


def string(max_len: int) -> dict:
    """A JSON-schema string the grammar caps at `max_len` characters."""
    return {"type": "string", "minLength": 1, "maxLength": max_len}


def one_sentence(max_len: int) -> dict:
    """A string of exactly one sentence: it must end at its first full stop (small models
    otherwise add a second sentence until the length cap cuts it)."""
    return {"type": "string", "pattern": rf"^[^.!?。！？]{{8,{max_len - 1}}}[.!?。！？]$"}


def obj(**properties: dict) -> dict:
    """A JSON-schema object with every property required, in this order (small models answer
    best when the order is fixed)."""
    return {"type": "object", "required": list(properties), "additionalProperties": False, "properties": properties}


STAGING_FIELDS = ["entities", "place", "protagonist", "action", "pose", "expression", "camera", "speed"]
SAME = "same"  # the answer for a place, time or weather the shot's words do not change


def staging_properties(foreground: list[str], locations: list[str]) -> dict:
    """Schema of a shot's staging; the enums hold the valid ids, so wrong ones cannot be written."""
    return {
        "entities": {"type": "array", "maxItems": 3 if foreground else 0,
                     "items": {"enum": foreground} if foreground else {"type": "string"}},
        "place": {"enum": [*locations, SAME]},
        "protagonist": {"enum": [*foreground, "none"]},
        "action": {"enum": list(ACTIONS)},
        "pose": {"enum": list(POSES)},
        "expression": {"enum": list(EXPRESSIONS)},
        "camera": {"enum": list(CAMERA_MOVES)},
        "speed": {"enum": list(CAMERA_SPEEDS)},
        "shot": {"enum": list(SHOT_SIZES)},
        "view": {"enum": [*VIEWS, PLACE_SIDE]},
    }


def staging(raw: dict, foreground: list[str]) -> dict:
    """Contract fields from a staging answer: unknown or repeated ids dropped, and a named
    protagonist the model forgot to put on screen put there. `place`, `time` and `weather`
    may still be "same" (carried over from the shot before by `carry_over`)."""
    ents = list(dict.fromkeys(e for e in raw["entities"] if e in foreground))[:3]
    protagonist = raw["protagonist"] if raw["protagonist"] in foreground else None
    if protagonist and protagonist not in ents:
        ents = [protagonist, *ents][:3]
    return {"entities": ents, "place": raw["place"], "time": raw.get("time", SAME), "weather": raw.get("weather", SAME),
            "camera": {"move": raw["camera"], "speed": raw["speed"]},
            "shot": raw.get("shot", "medium"), "view": None if raw.get("view") in (None, PLACE_SIDE) else raw["view"],
            "protagonist": protagonist, "actions": {protagonist: raw["action"]} if protagonist else {},
            **{field: {protagonist: raw[key]} if protagonist and raw.get(key) not in (None, default) else {}
               for field, key, default in (("poses", "pose", "stand"), ("expressions", "expression", "neutral"))}}


def carry_over(values: list[str], allowed: list[str] | tuple[str, ...], first: str) -> list[str]:
    """Each shot's value, "same" (or anything not allowed) replaced by the one before: "one
    foggy night" holds until the story says "in the morning". `first` starts the film. Pure."""
    out, current = [], first
    for value in values:
        current = value if value in allowed else current
        out.append(current)
    return out


# Words that move the camera with the action (English, with the most common forms of the other
# languages the director reads): up a tower, down a slope, along a road, onto what is found.
_MOVES = [
    ("tilt_up", r"climb\w*|rose|rise[sn]?|up|upstairs|tallest|top|sky|fly|flew|flies|soar\w*|steig\w*|hinauf|"
                r"sub\w*|monta\w*|grimp\w*|爬|升|登"),
    ("tilt_down", r"down|fell|fall\w*|sank|sink\w*|dive\w*|dove|descend\w*|below|hinunter|herab|bajó|baja\w*|"
                  r"descend\w*|tomb\w*|落|降"),
    ("pan_right", r"walk\w*|ran|run\w*|rode|ride\w*|sail\w*|drove|drive\w*|race\w*|raced|hurr\w*|cross\w*|"
                  r"along|past|across|travel\w*|rowed|row\w*|lief|fuhr|corr\w*|camin\w*|march\w*|跑|走"),
    ("zoom_in", r"found|find\w*|saw|see\w*|look\w*|noticed|discover\w*|watch\w*|reach\w*|arriv\w*|fand|sah|vio|"
                r"encontr\w*|trouv\w*|"
                r"看|发现"),
    ("zoom_out", r"left|leave\w*|away|disappear\w*|vanish\w*|farewell|goodbye|ende|fin|离开"),
]
_FAST = re.compile(r"\b(?:ran|run\w*|race\w*|raced|hurr\w*|chase\w*|rush\w*|dash\w*|storm\w*)\b", re.IGNORECASE)


def camera_for(narration: str, seconds: float) -> dict:
    """A camera move from what the words do: climbing tilts up, falling tilts down, travelling
    pans, finding zooms in, leaving zooms out; else static. Running is fast, a long shot slow.
    (The model is not asked: a small model gives every shot one move.) Pure."""
    text = narration.lower()
    found = [(m.start(), move) for move, rule in _MOVES
             for m in [re.search(rf"(?<!\w)(?:{rule})(?!\w)" if rule.isascii() else rf"(?:{rule})", text)] if m]
    move = min(found)[1] if found else "static"
    speed = "fast" if _FAST.search(text) else "slow" if seconds >= 6 or move == "static" else "medium"
    return {"move": move, "speed": speed}


PLACE_SIDE = "the place's own side"  # a view not given: inside a room, outside anything else
# Quotation marks of the story languages: a shot with a quoted line shows who speaks it, close.
_QUOTED = re.compile(r"[\"“”„«»「」『』]")


def shot_sizes(scenes: list[dict]) -> list[str]:
    """A shot size for each scene, from the plan's structure (the model is not asked): the first
    shot at a place (or on its other side) is wide, to show where we are; a shot whose lead shows a feeling or speaks
    is close, unless it moves (walking, running, climbing, jumping leave a close frame) or shares
    the screen with two others; three on screen are wide; the rest medium. Pure."""
    sizes = []
    for n, scene in enumerate(scenes):
        lead = scene.get("protagonist")
        crowd = len(scene.get("entities") or [])
        moving = (scene.get("poses") or {}).get(lead) in ("walk", "run", "climb", "jump")
        feeling = (scene.get("expressions") or {}).get(lead, "neutral") != "neutral"
        where = (scene["background"], scene.get("view"))
        if n == 0 or where != (scenes[n - 1]["background"], scenes[n - 1].get("view")):
            sizes.append("wide")
        elif lead and crowd <= 2 and not moving and (feeling or _QUOTED.search(scene["narration"])):
            sizes.append("close")
        else:
            sizes.append("wide" if crowd >= 3 else "medium")
    return sizes


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


_STOPWORDS = set("""a an the and or but of to in on at by for with from into onto over under back up down out off
away their his her its our your my this that these those who whom which what when where while as is are was were be
been being has have had do does did will would can could shall should may might must very so too then than just
one two three some any all each every no not""".split())


def idea_words(idea: str, language: str) -> list[str]:
    """The content words of an idea a story written from it must keep ("An old fisherman and a
    seagull race a storm back to the harbour" -> old, fisherman, seagull, race, storm, harbour),
    in order. Scripts without spaces (Chinese, Japanese) have none the code can read. Pure."""
    from .words import DETERMINERS, STOPS

    if language in ("zh", "ja", "ko"):
        return []
    common = _STOPWORDS | DETERMINERS.get(language, set()) | STOPS.get(language, set())
    found = re.findall(r"[^\W\d_]{3,}", idea.lower())
    return list(dict.fromkeys(w for w in found if w not in common))


def _kept(word: str, text: str) -> bool:
    """The text uses the word, or a form sharing its stem ("raced", "racing" for "race")."""
    return re.search(rf"(?<!\w){re.escape(word[:max(3, len(word) - 2)])}", text.lower()) is not None


def _near_repeat(a: str, b: str) -> bool:
    """Two sentences that say the same with a word or two changed ("Jack saw a boat" / "Sam saw a boat")."""
    x, y = set(normalize(a).split()), set(normalize(b).split())
    return bool(x and y) and len(x & y) / len(x | y) >= 0.75


def story_problems(sentences: list[str], name: str, language: str, limit: int = 200, idea: str = "",
                   goal: str = "", ending: int = 2) -> tuple[list[str], list[str]]:
    """A written story's sentences after hygiene (whole, each said once: a near repeat is dropped
    too), and what is still wrong: too short, another language, the hero unnamed, the idea's words
    left out, its first being ("a mouse explores...") not in the opening sentence, or an ending (the
    last `ending` sentences) that does not reach the idea's goal (the last of the idea's words that
    `goal` uses, else its last word: "the harbour"). A sentence the length cap cut is dropped; one
    that only lacks its full stop gets one."""
    from .words import noun

    kept: list[str] = []
    stop = "。" if language in ("zh", "ja") else "."
    for sentence in sentences:
        sentence = " ".join(sentence.split())
        if not ends_a_sentence(sentence):
            if len(sentence) >= limit - 1:
                continue
            sentence += stop
        if normalize(sentence) and not any(_near_repeat(sentence, k) for k in kept):
            kept.append(sentence)
    problems = []
    if len(kept) < 4:
        problems.append("write at least 4 different, complete sentences, none repeated")
    text = join_text(kept)
    if kept and detect_language(text, language) != language:
        problems.append(f"write the story in {LANGUAGE_NAMES.get(language, language)}")
    if name.strip() and not re.search(re.escape(name.strip()), text, re.IGNORECASE):
        problems.append(f"the story must name its main character, {name.strip()}")
    wanted = idea_words(idea, language)
    missing = [w for w in wanted if not _kept(w, text)]
    if missing:
        problems.append(f"keep what the idea says: the story never says {', '.join(missing)}")
    hero = next((w for w in wanted if noun(w, language)), None)
    if hero and kept and not _kept(hero, kept[0]):
        problems.append(f"the story is about the idea's {hero}: say so in the first sentence")
    aim = ([w for w in wanted if _kept(w, goal)] or wanted)[-1:]
    if aim and kept and not _kept(aim[0], join_text(kept[-ending:])):
        problems.append(f"end the story with the goal of the idea reached: the ending must say {aim[0]}")
    return kept, problems


class Director:
    """The LLM plumbing every planning step shares: prompts with the configured description
    language, checked answers, and independent requests sent `llm.parallel` at a time."""

    def __init__(self, llm: LLMClient, config: Config):
        self.llm = llm
        self.config = config

    @property
    def stage(self) -> str:
        return getattr(self.llm, "stage", getattr(self, "_stage", "plan"))

    @stage.setter
    def stage(self, name: str) -> None:
        """The stage the next requests serve, for the cost summary (a logged client records it)
        and for errors, which say where planning stopped."""
        self._stage = name
        if hasattr(self.llm, "stage"):
            self.llm.stage = name

    @property
    def _visual_language(self) -> str:
        """The name of the language visual descriptions are written in (config visual_language)."""
        return LANGUAGE_NAMES.get(self.config.visual_language, "English")

    def _prompt(self, template: str, **values: Any) -> str:
        """A prompt template filled in, with the language of visual descriptions from the config."""
        return prompt(template, visual_language=self._visual_language, **values)

    def _ask(self, user: str | list[dict], schema: dict, check: Callable[[Any], T], what: str, max_tokens: int,
             frequency_penalty: float = 0.0, show_answer: bool = True) -> T:
        """One question (or a dialogue's turns so far) after the system prompt, answered as checked JSON."""
        turns = [{"role": "user", "content": user}] if isinstance(user, str) else user
        messages = [{"role": "system", "content": prompt("system")}, *turns]
        try:
            return ask_json(self.llm, messages, schema, check, what=what, retries=self.config.llm.max_retries,
                            max_tokens=max_tokens, temperature=self.config.llm.temperature, seed=self.config.seed,
                            frequency_penalty=frequency_penalty, show_answer=show_answer)
        except LLMError as exc:  # say where planning stopped: the stage, and what was asked (which sentence)
            where = "planning" if self.stage == "plan" else f"planning stage {self.stage}"
            exc.args = (f"{where}: {exc}" if isinstance(exc, InvalidAnswers) else f"{where}, {what}: {exc}",)
            raise

    def _ask_all(self, jobs: list[Callable[[], T]]) -> list[T]:
        """Independent requests, up to `llm.parallel` in flight at once; results in job order."""
        if self.llm.parallel <= 1 or len(jobs) <= 1:
            return [job() for job in jobs]
        with ThreadPoolExecutor(min(self.llm.parallel, len(jobs))) as pool:
            return list(pool.map(lambda job: job(), jobs))

    def write_story(self, idea: str, language: str | None = None) -> str:
        """A short story from a one-line idea, in the idea's language unless `language` is given:
        a named main character, a place, a beginning, a turn and an end, in whole sentences,
        none repeated (checked, and re-asked otherwise)."""
        idea = " ".join(idea.split())
        if not idea:
            raise InputError("the idea is empty: give a one-line idea, e.g. --idea \"A young man is making a cake\"")
        language = language or detect_language(idea)
        self.stage = "idea"
        # Sentences as a list keep each string short: a grammar expands a string's maxLength into
        # rules, and one very long string is slow to constrain.
        limit = 90 if language in ("zh", "ja", "ko") else 200  # characters per sentence (a CJK one says more)
        told = one_sentence(limit)
        # A beginning, a turn and an ending, each its own list: the ending is asked for by name, so it is written.
        schema = obj(who=string(80), where=string(60), goal=string(80), name=string(40),
                     beginning={"type": "array", "minItems": 2, "maxItems": 2, "items": told},
                     turn={"type": "array", "minItems": 2, "maxItems": 3, "items": told},
                     ending={"type": "array", "minItems": 1, "maxItems": 2, "items": told})
        tries: list[tuple[int, str]] = []

        def check(data: Any) -> str:
            parts = [*data["beginning"], *data["turn"], *data["ending"]]
            sentences = [s for part in parts for s in split_story(clean(part, limit), language).sentences]
            kept, problems = story_problems(sentences, data["name"], language, limit, idea, data["goal"],
                                            len(data["ending"]))
            if not any(p.startswith(("write at least", "write the story in")) for p in problems):
                tries.append((len(problems), join_text(kept)))  # a story that can be filmed, if not the best
            if problems:
                raise Problems(problems)
            return join_text(kept)

        from .words import noun

        wanted = idea_words(idea, language)
        hero = next((w for w in wanted if noun(w, language)), None)
        keep = (f" The main character is the {hero} of the idea: say so in the first sentence." if hero else "") + \
            (f" Use these words of the idea: {', '.join(wanted)}." if wanted else "")
        try:
            return self._ask(self._prompt("idea", idea=idea, language=LANGUAGE_NAMES.get(language, language),
                                          keep=keep),
                             schema, check, "story", max_tokens=1100, frequency_penalty=STORY_PENALTY,
                             show_answer=False)
        except InvalidAnswers:
            if not tries:
                raise
            log.warning("no story written from the idea kept all of it; the one with the fewest problems is used")
            return min(tries)[1]
