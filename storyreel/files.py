"""Atomic file writes: a reader never sees a half-written artifact.

Every artifact is written to a temporary file in the same folder and then renamed
over the target; rename is atomic on POSIX file systems, so a process killed at any
moment leaves either the old file or the new one, never a torn one.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Iterator

# mkstemp creates files readable by their owner only; artifacts get the usual umask instead.
_UMASK = os.umask(0)
os.umask(_UMASK)
FILE_MODE = 0o666 & ~_UMASK


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path next to `target`; rename it over `target` on success.

    The temporary name keeps the target's suffix so tools that infer the format
    from the extension (ffmpeg, PIL) still work.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=f".part{target.suffix}", dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        with open(tmp_path, "rb") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp_path, FILE_MODE)
        os.replace(tmp_path, target)
        _fsync_folder(target.parent)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


def _fsync_folder(folder: Path) -> None:
    # The rename lives in the folder's entries: until they reach the disk a power cut can bring the
    # old file back after the write was reported done (a studio edit acknowledged, a manifest entry).
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:  # some file systems cannot sync a folder; the rename itself is still atomic
        pass
    finally:
        os.close(fd)


def write_bytes(target: Path, data: bytes) -> None:
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)


def write_text(target: Path, text: str) -> None:
    write_bytes(target, text.encode("utf-8"))


def write_json(target: Path, obj) -> None:
    write_text(target, json.dumps(obj, indent=2, ensure_ascii=False) + "\n")


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


def verified(path: Path, sha256: str, what: str, hint: str) -> Path:
    """`path` if it exists and hashes to `sha256`; else an error naming the file and saying
    (`hint`) how to get it again. Model files are checked this way before they are loaded."""
    from .errors import StoryreelError, ToolMissingError

    path = Path(path)
    if not path.is_file():
        raise ToolMissingError(f"{what} {path} is missing: {hint}")
    actual = sha256_file(path)
    if actual != sha256:
        raise StoryreelError(f"{what} {path} is corrupt or another version (sha256 {actual}, expected {sha256}): "
                             f"{hint}")
    return path


def sha256_json(obj) -> str:
    """Stable hash of a JSON-able object (sorted keys), used as a cache key."""
    blob = json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def clean_stale_temps(folder: Path) -> int:
    """Remove temp files a killed process left behind; return how many."""
    removed = 0
    if folder.is_dir():
        for p in folder.rglob(".*.part*"):
            if p.is_file():
                p.unlink()
                removed += 1
    return removed
