"""The project folder: where every artifact lives, and the manifest that says how it was made.

Layout of out/NAME/:
    story.txt, script.json, cast/<entity>.png, keyframes/<scene>.png,
    shots/<scene>.mp4 (silent), voice/<scene>.wav, music/<scene>.wav, ambience/<scene>.wav,
    subtitles.srt, narration.wav, bed.wav (score and ambience), film.mp4, manifest.json

The manifest maps each artifact (path relative to the project) to the hash of its
inputs, the backend and version that made it and the time it took. An artifact is
reused when the file exists and its recorded key equals the key computed from the
current inputs, so editing one scene re-renders only what depends on it. Updates
take an exclusive lock, so several worker processes can share one project folder.
"""

from __future__ import annotations

import fcntl
import json
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from . import files


class Manifest:
    """manifest.json, read fresh and updated under a file lock for every record."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock_path = self.path.with_name(".manifest.lock")

    @contextmanager
    def _locked(self) -> Iterator[None]:
        self._lock_path.parent.mkdir(parents=True, exist_ok=True)
        with open(self._lock_path, "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def read(self) -> dict[str, dict[str, Any]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (FileNotFoundError, json.JSONDecodeError):
            # A missing or unreadable manifest only costs re-rendering, never a wrong reuse.
            return {}
        return data.get("artifacts", {}) if isinstance(data, dict) else {}

    def get(self, rel: str) -> dict[str, Any] | None:
        return self.read().get(rel)

    def record(self, rel: str, key: str, backend: str, version: str, seconds: float, **extra: Any) -> dict:
        entry = {"key": key, "backend": backend, "version": version, "seconds": round(seconds, 3),
                 "made_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), **extra}
        with self._locked():
            artifacts = self.read()
            artifacts[rel] = entry
            files.write_json(self.path, {"version": 1, "artifacts": dict(sorted(artifacts.items()))})
        return entry


class Project:
    """Paths of one project folder. Pure path arithmetic, no I/O besides `ensure`."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self.manifest = Manifest(self.root / "manifest.json")

    story = property(lambda self: self.root / "story.txt")
    script = property(lambda self: self.root / "script.json")
    subtitles = property(lambda self: self.root / "subtitles.srt")
    narration = property(lambda self: self.root / "narration.wav")
    film = property(lambda self: self.root / "film.mp4")

    def cast(self, entity_id: str) -> Path:
        return self.root / "cast" / f"{entity_id}.png"

    def cast_layer(self, entity_id: str, layer: str) -> Path:
        """Extra parallax layers of a painted location backdrop (far / near)."""
        return self.root / "cast" / "layers" / f"{entity_id}.{layer}.png"

    def keyframe(self, scene_id: str) -> Path:
        return self.root / "keyframes" / f"{scene_id}.png"

    def shot(self, scene_id: str) -> Path:
        return self.root / "shots" / f"{scene_id}.mp4"

    def voice(self, scene_id: str) -> Path:
        return self.root / "voice" / f"{scene_id}.wav"

    def music(self, scene_id: str) -> Path:
        """A scene's part of the score, running on past the scene as it fades (sound/score.py)."""
        return self.root / "music" / f"{scene_id}.wav"

    def ambience(self, scene_id: str) -> Path:
        return self.root / "ambience" / f"{scene_id}.wav"

    @property
    def bed(self) -> Path:
        """The score and ambience laid on one track as long as the film, under the narration."""
        return self.root / "bed.wav"

    def rel(self, path: Path) -> str:
        return Path(path).relative_to(self.root).as_posix()

    def resolve(self, user_path: str) -> Path:
        """A path written in script.json: relative to the project folder unless absolute."""
        p = Path(user_path).expanduser()
        return p if p.is_absolute() else self.root / p

    def fresh(self, path: Path, key: str) -> bool:
        """True when `path` exists and was made from inputs hashing to `key`."""
        entry = self.manifest.get(self.rel(path))
        return bool(entry) and entry.get("key") == key and Path(path).is_file()

    def ensure(self) -> None:
        for sub in ("cast", "keyframes", "shots", "voice", "music", "ambience"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
