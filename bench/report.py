"""BENCHMARKS.md and the docs are shared by several benchmarks: each one replaces only its own
section (under its heading, or between its two markers), writing the file whole or not at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def _write(path: Path, text: str) -> None:
    """Write `text` to a temporary file beside `path`, then rename it over `path`."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def replace_between(path: Path, begin: str, end: str, lines: list[str]) -> None:
    """Put `lines` between the markers `begin` and `end` of `path` (appended at its end if missing)."""
    text = path.read_text(encoding="utf-8")
    if begin not in text:
        text += f"\n{begin}\n{end}\n"
    head, _, rest = text.partition(begin)
    _, _, tail = rest.partition(end)
    _write(path, f"{head}{begin}\n" + "\n".join(lines) + f"\n{end}{tail}")


def replace_section(path: Path, heading: str, body: str) -> None:
    """Write `heading` + `body` into `path`, replacing that section (up to the next '## ')."""
    section = f"{heading}\n\n{body.strip()}\n"
    text = path.read_text(encoding="utf-8") if path.is_file() else "# Benchmarks\n"
    if heading in text:
        head, _, rest = text.partition(heading)
        nxt = rest.find("\n## ")
        text = head + section + (rest[nxt:] if nxt >= 0 else "")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    _write(path, text)
