"""The emoji's own labels: what each glyph shows, in English words, so a thing the story names
is drawn only by a glyph that shows it.

Names alone are too few ("flashlight" is also a torch, "package" a box, "rocket" a shuttle):
emojilib (npm, MIT, by Mu-An Chiou) gives each emoji its keywords. `npm pack` fetches the pinned
tarball by name at set-up; `assemble` checks its integrity and copies its English keyword file
into the cache with a pinned sha256, like the models and the people kit. Nothing is fetched at
run time.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
from pathlib import Path

from ..errors import StoryreelError, ToolMissingError
from . import npm
from .npm import NpmPackage

log = logging.getLogger(__name__)

PACKAGE = NpmPackage("emojilib", "4.0.3",
                     "sha512-KbWiYre9aRSaPbHrHZIz9zmoM+21LAsK1VFJtnTh1VCtWE/rNMDviGhQTmselFl95dhqtGlY22iH0leG5BuW0g==")
SOURCE = "dist/emoji-en-US.json"
FILE = "emojilib-4.0.3-en-US.json"
SHA256 = "7974e9162e1505aa1b02d07a04e4eefa5c51864d6c32e477121c635201e2eca2"
INSTALL_HINT = f"set it up with `make setup` (it runs `npm pack {PACKAGE.spec}`; needs npm)"
VARIATION = "\ufe0f"  # emoji presentation selector: emojilib's keys and the font's glyphs differ in it


def path(cache_dir: Path) -> Path:
    return Path(cache_dir) / "emoji" / FILE


def assemble(tarball: Path, cache_dir: Path) -> Path:
    """Copy the keyword file from the `npm pack` tarball into the cache (atomically), checking the
    tarball's integrity and the file's sha256."""
    target = path(cache_dir)
    with PACKAGE.unpacked(tarball, "storyreel-emojilib-") as package:
        data = (package / SOURCE).read_bytes()
    npm.keep(data, target, SHA256, f"{SOURCE} of {PACKAGE.spec}")
    log.info("emoji labels written to %s (sha256 verified)", target)
    return target


def check(cache_dir: Path) -> Path:
    """The keyword file after checking its sha256; a clear error when missing or damaged."""
    keywords(cache_dir)
    return path(cache_dir)


def available(cache_dir: Path) -> bool:
    """True when the labels are set up (cheap: no hashing), for `storyreel doctor`."""
    return path(cache_dir).is_file()


@functools.lru_cache(maxsize=2)
def _load(file: str, size: int, mtime: float) -> dict[str, tuple[str, ...]]:
    data = Path(file).read_bytes()
    if hashlib.sha256(data).hexdigest() != SHA256:
        raise StoryreelError(f"the emoji labels {file} are damaged (sha256 differs); {INSTALL_HINT}")
    return {char.replace(VARIATION, ""): tuple(k.replace("_", " ").lower() for k in words)
            for char, words in json.loads(data).items()}


def keywords(cache_dir: Path) -> dict[str, tuple[str, ...]]:
    """{emoji without variation selectors: its keywords, lower case, spaces for underscores};
    the first keyword is the emoji's own name."""
    file = path(cache_dir)
    try:
        stat = file.stat()
    except FileNotFoundError:
        raise ToolMissingError(f"the emoji labels are not set up ({file} is missing); {INSTALL_HINT}") from None
    return _load(str(file), stat.st_size, stat.st_mtime)


def of(table: dict[str, tuple[str, ...]], char: str) -> tuple[str, ...]:
    """A glyph's keywords in `table` (empty for one emojilib does not list)."""
    return table.get(char.replace(VARIATION, ""), ())


def main(argv: list[str] | None = None) -> None:
    """`python -m storyreel.cast.labels npm-spec|check|assemble TARBALL [--cache-dir DIR]` (setup.sh)."""
    npm.main("storyreel.cast.labels", PACKAGE, check, assemble, argv)


if __name__ == "__main__":
    main()
