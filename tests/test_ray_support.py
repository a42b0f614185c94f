"""Shared pieces of the Ray executor tests (this module holds no tests itself).

Ray runs for real, on the loopback address, with no dashboard, a small object store and no
usage reports; each test module starts its own Ray (a local instance, or a 2-node
`ray.cluster_utils.Cluster`) and shuts down only what it started (never `ray stop`, which
would stop every Ray cluster on the machine).

The emoji cast's glyph chooser is the fake LLM of test_studio_support ("studio-fake"); it runs
on the driver only: the looks are planned there, and workers only draw them.
"""

from __future__ import annotations

import copy
import hashlib
import os
from pathlib import Path

# Before Ray is imported: loopback only (Ray otherwise binds the machine's routable address), no
# token authentication on a test cluster, no usage reports.
os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
os.environ["RAY_AUTH_MODE"] = "disabled"
os.environ["RAY_USAGE_STATS_ENABLED"] = "0"

import pytest  # noqa: E402

ray = pytest.importorskip("ray")

from conftest import THREE_SCENES, manifest, write_project  # noqa: E402,F401  (shared with the Ray tests)
from test_studio_support import FAKE  # noqa: E402  (registers the fake LLM)

from storyreel.config import load_config  # noqa: E402

OBJECT_STORE = 150 * 2**20

FOUR_SCENES = copy.deepcopy(THREE_SCENES)
FOUR_SCENES["scenes"].append(
    {"id": "s4", "description": "Rex sleeps by the kitchen stove.", "narration": "Then Rex fell asleep.",
     "duration_s": 2.0, "entities": ["rex"], "background": "home", "time": "night",
     "camera": {"move": "static", "speed": "slow"}, "protagonist": "rex", "actions": {"rex": "idle"}})


def config(**overrides):
    """Small renders with espeak, the fake glyph chooser (under its own model name, so its answers
    are cached apart from the real model's) and no matting."""
    base = {"backends": {"voice": "espeak", "director": FAKE}, "llm": {"model": FAKE},
            "diffusion": {"matting": "none"}}
    for key, value in overrides.items():
        base[key] = {**base.get(key, {}), **value} if isinstance(value, dict) else value
    return load_config(overrides=base, environ={})


def artifact_hashes(root: Path) -> dict[str, str]:
    """sha256 of every file a render wrote (the artifacts, the cast layers, the looks), by relative path."""
    skip = {"manifest.json", ".manifest.lock", ".render.lock", "storyreel.log", "script.json"}
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and p.name not in skip}


def keys(root: Path) -> dict[str, str]:
    return {rel: entry["key"] for rel, entry in manifest(root).items()}


def snapshot(root: Path) -> dict[str, tuple[int, str]]:
    """Every file's modification time and content: a run that changes no file leaves it equal (the log
    and the render's lock, which says who renders, are no files a render makes)."""
    return {p.relative_to(root).as_posix(): (p.stat().st_mtime_ns, hashlib.sha256(p.read_bytes()).hexdigest())
            for p in sorted(root.rglob("*")) if p.is_file() and p.name not in ("storyreel.log", ".render.lock")}


def ray_processes(title: str) -> list[int]:
    """Pids of the Ray worker processes whose title (`ray::<task name>`) starts with `title`."""
    found = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if cmdline.startswith(f"ray::{title}"):
            found.append(int(pid))
    return found


def parent_of(pid: int) -> int:
    return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
