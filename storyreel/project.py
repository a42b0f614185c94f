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
import os
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from . import files
from .errors import Busy


_IDENTITIES: dict[tuple[str, int, int], str] = {}
# Bounded: the studio's process lives on through render after render, and every file a render
# makes (or remakes) was a new key; the oldest are let go (a 200-scene film has about 1,000 files).
_IDENTITIES_KEPT = 8192
_IDENTITIES_LOCK = threading.Lock()  # the studio's request threads and its render share the cache


def identity(path: Path) -> tuple[int, str]:
    """(size, sha256) of a file; hashed once per process for a file that has not changed since
    (same size and modification time), so checking every artifact on every run stays cheap."""
    stat = path.stat()
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    digest = _IDENTITIES.get(key)
    if digest is None:
        digest = files.sha256_file(path)
        with _IDENTITIES_LOCK:
            _IDENTITIES[key] = digest
            while len(_IDENTITIES) > _IDENTITIES_KEPT:
                del _IDENTITIES[next(iter(_IDENTITIES))]  # the oldest first (dicts keep insertion order)
    return stat.st_size, digest


class Manifest:
    """manifest.json, read fresh and updated under a file lock for every record. What was read is
    kept while the file is unchanged (the same inode, size and time: every write is a rename), so
    checking and recording each of a long film's thousand artifacts does not parse it each time."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock_path = self.path.with_name(".manifest.lock")
        self._read: tuple[tuple[int, int, int], dict[str, dict[str, Any]]] | None = None
        self._texts: dict[str, tuple[dict, str]] = {}  # each entry as last written, and its JSON

    @contextmanager
    def _locked(self) -> Iterator[None]:
        self._lock_path.parent.mkdir(parents=True, exist_ok=True)
        with open(self._lock_path, "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _stamp(self) -> tuple[int, int, int] | None:
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            return None
        return stat.st_ino, stat.st_size, stat.st_mtime_ns

    def read(self) -> dict[str, dict[str, Any]]:
        """The artifacts' entries (a fresh dict: the caller may change it)."""
        stamp = self._stamp()
        if stamp is not None and self._read is not None and self._read[0] == stamp:
            return dict(self._read[1])
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (FileNotFoundError, json.JSONDecodeError):
            # A missing or unreadable manifest only costs re-rendering, never a wrong reuse.
            return {}
        artifacts = data.get("artifacts", {}) if isinstance(data, dict) else {}
        if stamp is not None and stamp == self._stamp():
            self._read = (stamp, artifacts)
        return dict(artifacts)

    def get(self, rel: str) -> dict[str, Any] | None:
        entry = self.read().get(rel)
        return dict(entry) if entry is not None else None

    def dumps(self, artifacts: dict[str, dict[str, Any]]) -> str:
        """The manifest's JSON (as json.dumps with indent=2 writes it), each unchanged entry's text
        kept from the last time: a film of a thousand artifacts is not serialised whole per record."""
        parts = []
        for rel, entry in artifacts.items():
            kept = self._texts.get(rel)
            if kept is None or kept[0] != entry:
                text = json.dumps(entry, indent=2, ensure_ascii=False).replace("\n", "\n    ")
                kept = self._texts[rel] = (entry, text)
            parts.append(f"    {json.dumps(rel, ensure_ascii=False)}: {kept[1]}")
        body = "{\n" + ",\n".join(parts) + "\n  }" if parts else "{}"
        return '{\n  "version": 1,\n  "artifacts": ' + body + "\n}\n"

    def record(self, rel: str, key: str, backend: str, version: str, seconds: float, **extra: Any) -> dict:
        entry = {"key": key, "backend": backend, "version": version, "seconds": round(seconds, 3),
                 "made_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), **extra}
        with self._locked():
            artifacts = self.read()
            artifacts[rel] = entry
            artifacts = dict(sorted(artifacts.items()))
            files.write_text(self.path, self.dumps(artifacts))
            if (stamp := self._stamp()) is not None:
                self._read = (stamp, artifacts)
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
        """True when `path` exists, was made from inputs hashing to `key`, and is still what was
        written (its size and sha256 as the manifest recorded them)."""
        entry = self.manifest.get(self.rel(path))
        return bool(entry) and entry.get("key") == key and Path(path).is_file() and self.damage(path, entry) is None

    def damage(self, path: Path, entry: dict | None = None) -> str | None:
        """How the file at `path` differs from what the manifest recorded of it (its size, its
        sha256), or None when it does not, or when the manifest recorded neither (older runs)."""
        entry = self.manifest.get(self.rel(path)) if entry is None else entry
        if not entry or "sha256" not in entry:
            return None
        try:
            size = Path(path).stat().st_size
        except FileNotFoundError:
            return "the file is missing"
        if size != entry.get("size"):
            return f"it has {size} bytes, {entry.get('size')} were written"
        if identity(Path(path))[1] != entry["sha256"]:
            return "its content is not what was written (sha256 differs)"
        return None

    @contextmanager
    def rendering(self) -> Iterator[None]:
        """Held while this project renders: a second render of it (another terminal, the studio)
        is refused with Busy, so a film is never assembled from two runs' pieces. The lock goes
        with the process that holds it, also when it is killed."""
        self.root.mkdir(parents=True, exist_ok=True)
        lock = open(self.root / ".render.lock", "a+", encoding="utf-8")
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.seek(0)
            holder = lock.read().strip() or "another process"
            lock.close()
            raise Busy(f"{self.root} is being rendered by {holder}; wait for that render to end (or stop it), "
                       "then run this again") from None
        try:
            lock.truncate(0)
            lock.write(f"process {os.getpid()} since {time.strftime('%H:%M:%S')}")
            lock.flush()
            yield
        finally:
            lock.truncate(0)
            fcntl.flock(lock, fcntl.LOCK_UN)
            lock.close()

    def ensure(self) -> None:
        for sub in ("cast", "keyframes", "shots", "voice", "music", "ambience"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
