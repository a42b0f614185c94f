"""Projects as the studio sees them: a folder of PROJECTS per name, script.json edited with
ETags, and the invalidation plan (a dry run of the render) after every change.

Names are checked against NAME_RE and every path is resolved and checked to stay inside
its folder, so neither a project name nor any other path a client sends can reach a file
outside the projects folder.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import shutil
import threading
import time
from pathlib import Path
from typing import Any, Callable

from anyascii import anyascii

from .. import files
from ..config import Config
from ..errors import Busy as RenderBusy
from ..errors import InputError, ScriptError, StoryreelError
from ..pipeline import plan_render
from ..project import Project
from ..script import Script, validate_script
from ..timing import timeline

STALE_S = 2.0  # while a project renders, its plan is made again at most this often (a dry run: ~0.1 s of CPU)
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
UPLOADS = "cast/uploads"


class NotFound(Exception):
    """A project, scene, entity or file that does not exist (HTTP 404)."""


class Conflict(Exception):
    """The client's ETag is not the script's (HTTP 412); carries the current script."""

    def __init__(self, etag: str, data: dict):
        super().__init__("script.json changed since you read it")
        self.etag, self.data = etag, data


class Busy(Exception):
    """The project has a job running (HTTP 409)."""


def etag_of(raw: bytes) -> str:
    return '"' + hashlib.sha256(raw).hexdigest()[:32] + '"'


def inside(base: Path, path: Path) -> bool:
    """True when `path`, with every symlink resolved, is `base` or below it."""
    try:
        path.resolve().relative_to(base.resolve())
    except (ValueError, OSError):
        return False
    return True


def slugify(text: str, fallback: str = "film") -> str:
    words = re.findall(r"[a-z0-9]+", anyascii(text).lower())[:5]
    slug = "-".join(words)[:40].strip("-")
    return slug if slug and NAME_RE.match(slug) else fallback


def _merge(target: dict, patch: dict) -> dict:
    """JSON merge patch (RFC 7386): null removes a key, objects merge, anything else replaces."""
    out = copy.deepcopy(target)
    for key, value in patch.items():
        if value is None:
            out.pop(key, None)
        elif isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


class Projects:
    """The projects folder: one sub-folder per project, plus the studio's database."""

    def __init__(self, root: Path, config: Config):
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self.config = config
        self._locks: dict[str, threading.RLock] = {}
        self._locks_guard = threading.Lock()
        self._plans: dict[str, tuple[tuple, dict, float]] = {}  # name -> (stamp, plan, when it was made)
        self._planning: dict[str, threading.Lock] = {}  # project -> held while its dry run runs

    # -- names and paths --------------------------------------------------------------------------
    def public(self, text: str) -> str:
        """`text` (an error, a log line) as a client may read it: the server's own folders left out,
        a project's files named from the projects folder ("mine/shots/s01.mp4")."""
        for root in {str(self.root.resolve()), str(self.root.absolute()), str(self.root)}:
            text = text.replace(root + "/", "").replace(root, "the projects folder")
        return text

    def lock(self, name: str) -> threading.RLock:
        with self._locks_guard:
            return self._locks.setdefault(name, threading.RLock())

    def path(self, name: str, *, must_exist: bool = True) -> Path:
        if not isinstance(name, str) or not NAME_RE.match(name):
            raise NotFound(f"no project {name!r} (names are letters, digits, '-' and '_')")
        path = self.root / name
        if not inside(self.root, path) or path.is_symlink():
            raise NotFound(f"no project {name!r}")
        if must_exist and not (path / "script.json").is_file() and not (path / "story.txt").is_file() \
                and not (path / "idea.txt").is_file():
            raise NotFound(f"no project {name!r} in {self.root}")
        return path

    def file(self, name: str, rel: str) -> Path:
        """An existing file of a project, by its path relative to the project, never outside it."""
        root = self.path(name)
        target = root / rel
        if ".." in Path(rel).parts or Path(rel).is_absolute() or not inside(root, target) or not target.is_file():
            raise NotFound(f"{rel} does not exist in project {name!r}")
        return target

    def names(self) -> list[str]:
        out = []
        for child in sorted(self.root.iterdir()) if self.root.is_dir() else []:
            if child.is_dir() and not child.is_symlink() and NAME_RE.match(child.name) and any(
                    (child / f).is_file() for f in ("script.json", "story.txt", "idea.txt")):
                out.append(child.name)
        return out

    def new_name(self, wanted: str | None, hint: str) -> str:
        """`wanted` when given (it must be free), else a free slug of `hint`."""
        if wanted:
            if not NAME_RE.match(wanted):
                raise InputError(f"name {wanted!r}: use letters, digits, '-' and '_' (at most 64, starting with a "
                                 "letter or digit)")
            if (self.root / wanted).exists():
                raise InputError(f"name {wanted!r}: a project with this name exists already")
            return wanted
        base = slugify(hint)
        name, n = base, 2
        while (self.root / name).exists():
            name, n = f"{base}-{n}", n + 1
        return name

    def clean_after_crash(self) -> int:
        """At start: remove the temporary files a killed studio left in its projects (a script.json
        cut off mid-write, a render's half-made pieces); a project a render holds (from a terminal)
        is left alone, its temporary files may be in use. Returns how many were removed."""
        removed = 0
        for name in self.names():
            root = self.root / name
            if next(root.rglob(".*.part*"), None) is None:
                continue  # the usual case: no lock taken, no lock file made
            try:
                with Project(root).rendering():
                    removed += files.clean_stale_temps(root)
            except RenderBusy:  # a render of it is running now
                continue
        return removed

    def delete(self, name: str) -> None:
        path = self.path(name)
        with self.lock(name):
            shutil.rmtree(path)
        self._plans.pop(name, None)

    # -- script -----------------------------------------------------------------------------------
    def read_script(self, name: str) -> tuple[dict, str]:
        path = self.path(name) / "script.json"
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise NotFound(f"project {name!r} has no script.json yet (it is being planned, or planning failed)") from None
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InputError(f"script.json of {name!r} is not valid JSON: {exc}") from None
        return data, etag_of(raw)

    def _check_references(self, root: Path, data: dict) -> None:
        problems = []
        for entity in data.get("entities", []) if isinstance(data, dict) else []:
            ref = entity.get("reference") if isinstance(entity, dict) else None
            if ref is None or ref == f"cast/{entity.get('id')}.png":  # none, or the drawn look the cast stage makes
                continue
            where = f"entity {entity.get('id')!r}: reference"
            if not isinstance(ref, str) or Path(ref).is_absolute() or ".." in Path(ref).parts \
                    or not inside(root, root / ref):
                problems.append(f"{where} {ref!r} must be a path inside the project folder")
            elif not (root / ref).is_file():
                problems.append(f"{where} {ref!r} does not exist in the project folder (upload a picture instead)")
        if problems:
            raise ScriptError(problems, "script")

    def write_script(self, name: str, data: dict) -> str:
        """Validate `data` (the contract plus safe references), fill the default references and save; the new ETag."""
        root = self.path(name, must_exist=False)
        script = validate_script(data, "script")
        self._check_references(root, data)
        project = Project(root)
        for entity in script.entities:  # what the cast stage would fill in: a render then never rewrites the file
            if entity.reference is None:
                entity.reference = project.rel(project.cast(entity.id))
        raw = (json.dumps(script.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n").encode("utf-8")
        root.mkdir(parents=True, exist_ok=True)
        files.write_bytes(root / "script.json", raw)
        return etag_of(raw)

    def change(self, name: str, if_match: str | None, edit: Callable[[dict], dict]) -> tuple[dict, str]:
        """Read-check-edit-validate-write under the project's lock. `if_match` must be the current
        ETag ("*" matches any); raises Conflict otherwise."""
        with self.lock(name):
            data, etag = self.read_script(name)
            if if_match is not None and if_match.strip() != "*" and etag not in [t.strip().removeprefix("W/")
                                                                                 for t in if_match.split(",")]:
                raise Conflict(etag, data)
            new = edit(copy.deepcopy(data))
            new_etag = self.write_script(name, new)
        return self.read_script(name)[0], new_etag

    # -- edits ------------------------------------------------------------------------------------
    @staticmethod
    def _index(items: list, item_id: str, what: str) -> int:
        for i, item in enumerate(items):
            if isinstance(item, dict) and item.get("id") == item_id:
                return i
        raise NotFound(f"no {what} {item_id!r} in script.json")

    @staticmethod
    def patched(item: dict, patch: dict, what: str) -> dict:
        if "id" in patch and patch["id"] != item.get("id"):
            raise ScriptError([f"{what} {item.get('id')}: id cannot be changed (insert a new {what} instead)"], "patch")
        return _merge(item, patch)

    def patch_scene(self, data: dict, scene_id: str, patch: dict) -> dict:
        """The scene merged with `patch`. A narration whose quoted lines change, with no new
        `speakers` given, has its speakers read again by code (director/progressive.py
        `speakers_of`), so no line keeps the speaker of the line it replaced."""
        from ..director.progressive import speakers_of
        from ..voice.dialogue import quotes

        i = self._index(data.get("scenes", []), scene_id, "scene")
        old = data["scenes"][i]
        new = self.patched(old, patch, "scene")
        said = [[text[a:b] for a, b in quotes(text)] for text in (str(old.get("narration", "")),
                                                                  str(new.get("narration", "")))]
        if "speakers" not in patch and said[0] != said[1] and isinstance(new.get("narration"), str):
            entities = [e for e in data.get("entities", []) if isinstance(e, dict) and "id" in e]
            new["speakers"] = speakers_of(new["narration"], [e for e in new.get("entities", []) if isinstance(e, str)],
                                          [{"kind": "object", **e, "name": str(e.get("name", e["id"]))}
                                           for e in entities], str(data.get("language", "en")))
        data["scenes"][i] = new
        return data

    def patch_entity(self, data: dict, entity_id: str, patch: dict) -> dict:
        i = self._index(data.get("entities", []), entity_id, "entity")
        data["entities"][i] = self.patched(data["entities"][i], patch, "entity")
        return data

    @staticmethod
    def insert_scene(data: dict, scene: dict, position: int | None) -> dict:
        scenes = data.setdefault("scenes", [])
        at = len(scenes) if position is None else max(0, min(position, len(scenes)))
        scene = dict(scene)
        taken = {s.get("id") for s in scenes}
        if not scene.get("id"):
            n = len(scenes) + 1
            while f"s{n:02d}" in taken:
                n += 1
            scene["id"] = f"s{n:02d}"
        neighbour = scenes[at - 1] if at > 0 else (scenes[0] if scenes else {})
        scene.setdefault("background", neighbour.get("background"))
        scene.setdefault("duration_s", 3.0)
        scene.setdefault("time", neighbour.get("time", "day"))
        scene.setdefault("weather", neighbour.get("weather", "clear"))
        scenes.insert(at, scene)
        return data

    def delete_scene(self, data: dict, scene_id: str) -> dict:
        i = self._index(data.get("scenes", []), scene_id, "scene")
        del data["scenes"][i]
        return data

    @staticmethod
    def reorder(data: dict, order: list[str]) -> dict:
        scenes = {s["id"]: s for s in data.get("scenes", [])}
        if sorted(order) != sorted(scenes) or len(set(order)) != len(order):
            raise ScriptError([f"order {order}: list every scene id once ({', '.join(scenes)})"], "reorder")
        data["scenes"] = [scenes[sid] for sid in order]
        return data

    # -- what is stale ----------------------------------------------------------------------------
    @staticmethod
    def _stamp(root: Path) -> tuple:
        # what a dry run reads: the script, the manifest, the saved looks, which files exist
        return tuple(_mtime(root / f) for f in ("script.json", "manifest.json", "cast/looks.json", ".", "cast",
                                                 "voice", "keyframes", "shots", "music", "ambience"))

    def cached_plan(self, name: str) -> dict | None:
        """The plan if one is computed for the project as it is now, else None (no dry run)."""
        cached = self._plans.get(name)
        return cached[1] if cached and cached[0] == self._stamp(self.path(name)) else None

    def plan(self, name: str, stale_ok: bool = False) -> dict:
        """The invalidation plan (`storyreel render --dry-run`), cached until script.json, the
        manifest or cast/looks.json change. An error is reported in the plan, not raised.

        One dry run per project at a time; the others wait for it. With `stale_ok` (a page read while
        the project renders: the manifest then changes every second, and every open page asked for a
        dry run of its own, each a share of the one GIL) the last plan made is answered while
        another dry run is under way, or when it is less than STALE_S old."""
        root = self.path(name)
        stamp = self._stamp(root)
        cached = self._plans.get(name)
        if cached and (cached[0] == stamp or (stale_ok and time.monotonic() - cached[2] < STALE_S)):
            return cached[1]
        with self._locks_guard:
            running = self._planning.setdefault(name, threading.Lock())
        if stale_ok and cached and not running.acquire(blocking=False):
            return cached[1]
        if not (stale_ok and cached):
            running.acquire()
        try:
            stamp = self._stamp(root)
            cached = self._plans.get(name)
            if cached and cached[0] == stamp:  # made while this one waited
                return cached[1]
            try:
                plan = plan_render(root, self.config).to_dict()
                plan["error"] = None
            except StoryreelError as exc:
                plan = {"stale": [], "scenes": {}, "entities": [], "film": True, "counts": {}, "fresh": 0,
                        "notes": [], "error": str(exc)}
            self._plans[name] = (stamp, plan, time.monotonic())
            return plan
        finally:
            running.release()

    # -- what the page shows ----------------------------------------------------------------------
    def timings(self, root: Path, script: Script) -> dict[str, dict[str, Any]]:
        """Start and length of each scene in the rendered film (planned lengths where a shot is not
        rendered; then later starts are estimates)."""
        manifest = Project(root).manifest.read()
        frames, rendered = [], []
        for s in script.scenes:
            entry = manifest.get(f"shots/{s.id}.mp4") or {}
            made = isinstance(entry.get("frames"), int)
            rendered.append(made)
            frames.append(entry["frames"] if made else max(1, round(s.duration_s * script.fps)))
        ec = self.config.edit
        overlap = ec.crossfade_s if ec.transition == "crossfade" and len(script.scenes) > 1 else 0.0
        slots = timeline([s.id for s in script.scenes], frames, script.fps, overlap)
        return {slot.scene_id: {"start_s": round(slot.start_s, 3), "seconds": round(slot.seconds, 3),
                                "rendered": made} for slot, made in zip(slots, rendered, strict=True)}


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0
