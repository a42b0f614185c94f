"""System tools (ffmpeg, ffprobe, espeak-ng): locate them, run them with argument lists only.

User text never reaches a shell: every command is an argument list, and free text
is passed on stdin or in files.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from .errors import StoryreelError, ToolMissingError

INSTALL_HINTS = {
    "ffmpeg": "install it with `apt-get install ffmpeg` (Debian/Ubuntu) or `brew install ffmpeg`, or run `make setup`",
    "ffprobe": "it comes with ffmpeg: `apt-get install ffmpeg`, or run `make setup`",
    "espeak-ng": "install it with `apt-get install espeak-ng` (Debian/Ubuntu) or `brew install espeak-ng`, or run `make setup`",
}


def require(tool: str) -> str:
    """Absolute path of `tool`, or a ToolMissingError that says how to install it."""
    found = shutil.which(tool)
    if not found:
        raise ToolMissingError(f"{tool} is not installed: {INSTALL_HINTS.get(tool, 'install it and retry')}")
    return found


def run(args: list[str], *, input: bytes | None = None, cwd: Path | None = None, what: str = "") -> subprocess.CompletedProcess:
    """Run a tool; on failure raise an error with the tail of its stderr."""
    exe = require(args[0])
    proc = subprocess.run([exe, *args[1:]], input=input, cwd=cwd, capture_output=True)
    if proc.returncode != 0:
        tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-8:]
        raise StoryreelError(f"{what or args[0]} failed (exit {proc.returncode}):\n" + "\n".join(tail))
    return proc


def ffprobe(path: Path) -> dict:
    """ffprobe's JSON description of a media file (format and streams)."""
    out = run(["ffprobe", "-v", "error", "-print_format", "json", "-show_format", "-show_streams", str(path)],
              what=f"ffprobe {path}")
    return json.loads(out.stdout)


def media_duration(path: Path) -> float:
    return float(ffprobe(path)["format"]["duration"])


def h264_args(crf: int = 20, preset: str = "veryfast") -> list[str]:
    """Encoder settings shared by every stage that writes video, so shots can be joined
    by stream copy and the result plays in browsers (yuv420p, baseline-friendly)."""
    return ["-c:v", "libx264", "-preset", preset, "-crf", str(crf), "-pix_fmt", "yuv420p",
            "-profile:v", "high", "-movflags", "+faststart"]
