"""The contract between stages: script.json.

Pydantic models describe the shape; `validate_script` adds the rules that need the
whole script (references, uniqueness, ranges) and reports every problem with the
scene or entity and the field it concerns, so a person editing script.json by hand
knows what to fix.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from . import files
from .errors import ScriptError

SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,47}$")
MIN_SCENE_S = 0.5
MAX_SCENE_S = 60.0
MAX_FOREGROUND = 3

EntityKind = Literal["character", "object", "location"]
CameraMove = Literal["static", "pan_left", "pan_right", "tilt_up", "tilt_down", "zoom_in", "zoom_out"]
CameraSpeed = Literal["slow", "medium", "fast"]
Action = Literal[
    "idle", "enter_left", "enter_right", "exit_left", "exit_right",
    "walk_to_center", "walk_left", "walk_right", "jump", "shake",
]
# What the people kit can draw a character doing, and the faces it can make (cast/people).
Pose = Literal["stand", "walk", "run", "sit", "lie", "sleep", "climb", "point", "hold", "wave", "kneel", "jump"]
Expression = Literal["neutral", "happy", "sad", "afraid", "angry", "surprised", "tired"]
# How close the camera is (wide: the place and everyone in it; close: the lead's face), and from
# which side of its place a scene is seen.
ShotSize = Literal["wide", "medium", "close"]
View = Literal["outside", "inside"]
TimeOfDay = Literal["dawn", "morning", "day", "sunset", "night"]
Weather = Literal["clear", "cloudy", "fog", "rain", "snow", "storm"]
# The feeling of a scene, which the score plays (storyreel/sound/score.py).
Mood = Literal["calm", "happy", "playful", "tense", "sad", "mysterious", "triumphant"]
TIMES: tuple[str, ...] = TimeOfDay.__args__
WEATHERS: tuple[str, ...] = Weather.__args__
CAMERA_MOVES: tuple[str, ...] = CameraMove.__args__
CAMERA_SPEEDS: tuple[str, ...] = CameraSpeed.__args__
ACTIONS: tuple[str, ...] = Action.__args__
POSES: tuple[str, ...] = Pose.__args__
EXPRESSIONS: tuple[str, ...] = Expression.__args__
SHOT_SIZES: tuple[str, ...] = ShotSize.__args__
VIEWS: tuple[str, ...] = View.__args__
MOODS: tuple[str, ...] = Mood.__args__


class _Model(BaseModel):
    # Unknown keys are a typo in a hand-edited file far more often than intent.
    model_config = ConfigDict(extra="forbid")


class Entity(_Model):
    """A character, object or location with one look reused in every scene."""

    id: str = Field(description="Slug used to reference the entity: lowercase letters, digits, '-' or '_'.")
    name: str = Field(description="Display name, used identically everywhere.")
    kind: EntityKind
    description: str = Field(description="Visual description, 1-3 sentences.")
    reference: str | None = Field(
        default=None,
        description="Path of the reference image (relative to the project folder). "
        "Filled by the cast stage, or set by the user to use their own image.",
    )


class Camera(_Model):
    move: CameraMove = "static"
    speed: CameraSpeed = "medium"


class Scene(_Model):
    """One shot of the film: what is seen, what is said, and how long it lasts."""

    id: str = Field(description="Slug, unique within the script.")
    description: str = Field(description="What is seen.")
    narration: str = Field(description="What the narrator says during the scene.")
    duration_s: float = Field(description=f"Planned length in seconds, {MIN_SCENE_S} to {MAX_SCENE_S}.")
    entities: list[str] = Field(default_factory=list, description=f"Foreground entity ids, at most {MAX_FOREGROUND}.")
    background: str = Field(description="Id of the location entity where the scene happens.")
    time: TimeOfDay = Field(default="day", description="Time of day: dawn, morning, day, sunset or night.")
    weather: Weather = Field(default="clear", description="Weather: clear, cloudy, fog, rain, snow or storm.")
    mood: Mood = Field(default="calm", description="The feeling the score plays: " + ", ".join(Mood.__args__) + ".")
    camera: Camera = Field(default_factory=Camera)
    shot: ShotSize = Field(default="medium", description="How close the camera is: wide (the whole place), medium, "
                           "or close (the protagonist's face).")
    view: View | None = Field(default=None, description="Seen from outside or inside the background location; "
                              "not given: the place's own side (inside a room, outside anything else).")
    protagonist: str | None = Field(default=None, description="Id of the foreground entity the scene is about.")
    actions: dict[str, Action] = Field(default_factory=dict, description="Optional simple action per foreground entity id.")
    poses: dict[str, Pose] = Field(default_factory=dict, description="What each foreground character is doing "
                                   "(stand when not given): " + ", ".join(Pose.__args__) + ".")
    expressions: dict[str, Expression] = Field(default_factory=dict, description="Each foreground character's "
                                               "face (neutral when not given): " + ", ".join(Expression.__args__) + ".")
    speakers: list[str | None] = Field(default_factory=list, description="Who says each quoted line of the "
                                       "narration, in order: a character's id, or null for the narrator (who also "
                                       "reads a line not listed). Each speaker has a voice of its own.")
    source: list[int] | None = Field(default=None, description="Numbers of the story sentences this scene tells "
                                     "(1 = the first sentence of story.txt, as in director/sentences.json); "
                                     "written by the planner, optional in hand-written scripts.")


class Script(_Model):
    """A whole film plan. Rendered by `storyreel render`."""

    title: str
    logline: str = ""
    style: str = ""
    language: str = Field(default="en", description="Language of the narration (ISO 639-1 code, e.g. 'en', 'es').")
    fps: int = Field(default=24, ge=1, le=60)
    width: int = Field(default=1280, ge=64, le=3840)
    height: int = Field(default=720, ge=64, le=2160)
    seed: int = 0
    entities: list[Entity]
    scenes: list[Scene]

    def entity(self, entity_id: str) -> Entity:
        for e in self.entities:
            if e.id == entity_id:
                return e
        raise KeyError(entity_id)

    def scene(self, scene_id: str) -> Scene:
        for s in self.scenes:
            if s.id == scene_id:
                return s
        raise KeyError(scene_id)


def semantic_problems(script: Script) -> list[str]:
    """Rules that need the whole script. Returns human-readable problems (empty = valid)."""
    problems: list[str] = []
    if script.width % 2 or script.height % 2:
        problems.append(f"width x height {script.width}x{script.height}: both must be even (H.264 needs it)")
    if not script.title.strip():
        problems.append("title is empty")

    kinds: dict[str, str] = {}
    for i, e in enumerate(script.entities):
        where = f"entity {e.id!r}" if e.id else f"entity #{i + 1}"
        if not SLUG_RE.match(e.id):
            problems.append(f"{where}: id must be a slug (lowercase letters, digits, '-' or '_', at most 48 characters)")
        if e.id in kinds:
            problems.append(f"{where}: duplicate entity id")
        kinds[e.id] = e.kind
        if not e.name.strip():
            problems.append(f"{where}: name is empty")
        if not e.description.strip():
            problems.append(f"{where}: description is empty")

    if not script.scenes:
        problems.append("scenes: the script has no scenes")
    seen_scenes: set[str] = set()
    for i, s in enumerate(script.scenes):
        where = f"scene {s.id}" if s.id else f"scene #{i + 1}"
        if not SLUG_RE.match(s.id):
            problems.append(f"{where}: id must be a slug (lowercase letters, digits, '-' or '_', at most 48 characters)")
        if s.id in seen_scenes:
            problems.append(f"{where}: duplicate scene id")
        seen_scenes.add(s.id)
        if not s.description.strip():
            problems.append(f"{where}: description is empty")
        if not s.narration.strip():
            problems.append(f"{where}: narration is empty")
        if not (MIN_SCENE_S <= s.duration_s <= MAX_SCENE_S):
            problems.append(f"{where}: duration_s {s.duration_s:g} is outside [{MIN_SCENE_S:g}, {MAX_SCENE_S:g}] s")
        if len(s.entities) > MAX_FOREGROUND:
            problems.append(f"{where}: {len(s.entities)} foreground entities, at most {MAX_FOREGROUND} allowed")
        if len(set(s.entities)) != len(s.entities):
            problems.append(f"{where}: an entity is listed twice in entities")
        for eid in s.entities:
            if eid not in kinds:
                problems.append(f"{where}: entity {eid!r} is not in the entity registry")
            elif kinds[eid] == "location":
                problems.append(f"{where}: entity {eid!r} is a location; use it as background, not in entities")
        if s.background not in kinds:
            problems.append(f"{where}: background {s.background!r} is not in the entity registry")
        elif kinds[s.background] != "location":
            problems.append(f"{where}: background {s.background!r} is not a location entity")
        if s.protagonist is not None and s.protagonist not in s.entities:
            problems.append(f"{where}: protagonist {s.protagonist!r} is not one of the scene's entities {s.entities}")
        for field, given in (("action", s.actions), ("pose", s.poses), ("expression", s.expressions)):
            for eid in given:
                if eid not in s.entities:
                    problems.append(f"{where}: {field} given for {eid!r}, which is not one of the scene's entities")
        for speaker in s.speakers:
            if speaker is not None and kinds.get(speaker) != "character":
                problems.append(f"{where}: speaker {speaker!r} is not a character of the entity registry "
                                "(use a character's id, or null for the narrator)")
        if s.source is not None and (not s.source or any(n < 1 for n in s.source)
                                     or s.source != sorted(set(s.source))):
            problems.append(f"{where}: source {s.source} must list story sentence numbers (1 or more), "
                            "ascending, each once")
    return problems


def _describe_pydantic_error(err: dict[str, Any], data: Any) -> str:
    """Turn a pydantic error location into 'scene s3: field: message'."""
    loc = list(err["loc"])
    prefix = ""
    if len(loc) >= 2 and loc[0] in ("scenes", "entities") and isinstance(loc[1], int):
        items = data.get(loc[0]) if isinstance(data, dict) else None
        item = items[loc[1]] if isinstance(items, list) and loc[1] < len(items) else None
        ident = item.get("id") if isinstance(item, dict) else None
        kind = "scene" if loc[0] == "scenes" else "entity"
        prefix = f"{kind} {ident}" if ident else f"{kind} #{loc[1] + 1}"
        loc = loc[2:]
    field = ".".join(str(p) for p in loc)
    msg = err["msg"]
    if err["type"] == "extra_forbidden":
        msg = "unknown field (check the spelling)"
    elif err["type"] == "missing":
        msg = "field is required"
    parts = [p for p in (prefix, field) if p]
    return f"{': '.join(parts)}: {msg}" if parts else msg


def _unencodable(data: Any, loc: tuple = ()) -> list[tuple]:
    """Where the data holds a lone UTF-16 surrogate ("\\ud800" in JSON): text no file can hold."""
    if isinstance(data, str):
        return [loc] if _SURROGATE.search(data) else []
    if isinstance(data, dict):
        return [w for k, v in data.items() for w in _unencodable(k, loc) + _unencodable(v, (*loc, k))]
    if isinstance(data, list):
        return [w for i, v in enumerate(data) for w in _unencodable(v, (*loc, i))]
    return []


_SURROGATE = re.compile("[\ud800-\udfff]")


def validate_script(data: Any, source: str = "script") -> Script:
    """Validate raw JSON data against the contract; raise ScriptError listing every problem."""
    if not isinstance(data, dict):
        raise ScriptError([f"top level must be a JSON object, got {type(data).__name__}"], source)
    # Checked first: such text passes the model but fails when script.json or a subtitle is written.
    broken = _unencodable(data)
    if broken:
        raise ScriptError([_describe_pydantic_error({"loc": loc, "type": "surrogate", "msg": "text holds a lone "
                                                     "UTF-16 surrogate (an emoji cut in half?): remove it"}, data)
                           for loc in broken[:20]], source)
    try:
        script = Script.model_validate(data)
    except ValidationError as exc:
        raise ScriptError([_describe_pydantic_error(e, data) for e in exc.errors()], source) from None
    problems = semantic_problems(script)
    if problems:
        raise ScriptError(problems, source)
    return script


def load_script(path: Path) -> Script:
    """Read and validate script.json, with errors that name the problem and the place."""
    path = Path(path)
    if not path.is_file():
        raise ScriptError([f"{path} does not exist (run `storyreel plan` first, or write it by hand)"], str(path))
    text = path.read_text(encoding="utf-8", errors="replace")
    if not text.strip():
        raise ScriptError(["the file is empty"], str(path))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        hint = " (the file looks truncated)" if exc.pos >= len(text.rstrip()) else ""
        raise ScriptError([f"not valid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}{hint}"], str(path)) from None
    return validate_script(data, str(path))


def save_script(script: Script, path: Path) -> None:
    files.write_json(Path(path), script.model_dump(mode="json"))


def json_schema() -> dict:
    """The JSON schema of script.json (exported to docs/script.schema.json)."""
    schema = Script.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "storyreel script.json"
    return schema
