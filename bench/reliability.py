"""`make reliability`: a render killed at random points, then run again, must end with a valid film
whose every artifact is what the manifest says it is.

Each round copies an unrendered project (bench/fixed_60s.json, made small: 480x270, 12 fps, so a
round takes seconds), starts `storyreel render` in its own process group, SIGKILLs the whole group
(the render and its worker processes) after a random time within one measured uninterrupted
render, and runs the same command again. A round survives when the re-run exits 0, film.mp4 has
its video, audio and subtitle streams and the length the manifest's shots add up to, every
artifact the manifest records exists with the size and sha256 recorded, and no temporary file is
left. `--executor ray` runs the rounds on a Ray instance started on this machine instead of the
local pool. Writes the figures into docs/reliability.md (between its "campaign" markers).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CLI = [sys.executable, "-m", "storyreel"]
BEGIN, END = "<!-- campaign: begin -->", "<!-- campaign: end -->"


def small_script() -> dict:
    data = json.loads((HERE / "fixed_60s.json").read_text(encoding="utf-8"))
    data.update(width=480, height=270, fps=12)
    return data


def render(folder: Path, executor: str, timeout: float) -> subprocess.Popen:
    env = {**os.environ, "STORYREEL_EXECUTOR": executor}
    return subprocess.Popen([*CLI, "render", str(folder), "-q"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True)


def problems(folder: Path) -> list[str]:
    """What is wrong with a project after a render said it finished: an empty list when nothing."""
    found = []
    try:
        artifacts = json.loads((folder / "manifest.json").read_text())["artifacts"]
    except (OSError, ValueError, KeyError) as exc:
        return [f"manifest unreadable: {exc}"]
    for rel, entry in artifacts.items():
        path = folder / rel
        if not path.is_file():
            found.append(f"{rel}: missing")
        elif "sha256" in entry and (path.stat().st_size != entry["size"] or
                                    hashlib.sha256(path.read_bytes()).hexdigest() != entry["sha256"]):
            found.append(f"{rel}: differs from its manifest entry")
    left = [p.name for p in folder.rglob(".*.part*")]
    if left:
        found.append(f"temporary files left: {left}")
    probe = subprocess.run(["ffprobe", "-v", "error", "-show_streams", "-show_format", "-of", "json",
                            str(folder / "film.mp4")], capture_output=True, text=True)
    if probe.returncode != 0:
        return [*found, f"film.mp4 unreadable: {probe.stderr.strip()}"]
    info = json.loads(probe.stdout)
    kinds = sorted(s["codec_type"] for s in info["streams"])
    if kinds != ["audio", "subtitle", "video"]:
        found.append(f"film.mp4 has streams {kinds}")
    script = json.loads((folder / "script.json").read_text())
    frames = sum(artifacts[f"shots/{s['id']}.mp4"].get("frames", 0) for s in script["scenes"])
    if abs(float(info["format"]["duration"]) - frames / script["fps"]) > 0.2:
        found.append(f"film.mp4 lasts {info['format']['duration']} s, its shots {frames / script['fps']:.2f} s")
    return found


def campaign(rounds: int, executor: str = "local", seed: int = 0, work: Path | None = None) -> dict:
    """Run the kill campaign; return its figures (see the module docstring)."""
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="reliability-", dir=work) as tmp:
        base = Path(tmp) / "base"
        base.mkdir()
        (base / "script.json").write_text(json.dumps(small_script()), encoding="utf-8")
        whole = Path(tmp) / "whole"
        shutil.copytree(base, whole)
        started = time.monotonic()
        first = render(whole, executor, 600)
        if first.wait(timeout=900) != 0:
            raise SystemExit(f"an uninterrupted render failed: {first.stderr.read().decode()}")
        span = time.monotonic() - started
        results = []
        for n in range(rounds):
            folder = Path(tmp) / f"round-{n}"
            shutil.copytree(base, folder)
            at = rng.uniform(0.3, span)
            proc = render(folder, executor, 600)
            try:
                proc.wait(timeout=at)
                killed = False  # it finished first
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
                killed = True
            stages = sorted({rel.split("/")[0] for rel in _made(folder)})  # recorded before the kill
            again = render(folder, executor, 600)
            code = again.wait(timeout=900)
            found = problems(folder) if code == 0 else [f"re-run exited {code}: "
                                                         f"{again.stderr.read().decode().strip()[-300:]}"]
            results.append({"round": n, "kill_at_s": round(at, 2), "killed": killed, "made_before": stages,
                            "survived": not found, "problems": found})
            print(f"round {n}: killed at {at:.1f} s ({', '.join(stages) or 'nothing made'}): "
                  f"{'survived' if not found else found}", flush=True)
    return {"executor": executor, "rounds": rounds, "uninterrupted_s": round(span, 1),
            "killed": sum(r["killed"] for r in results), "survived": sum(r["survived"] for r in results),
            "results": results}


def _made(folder: Path) -> list[str]:
    try:
        return list(json.loads((folder / "manifest.json").read_text())["artifacts"])
    except (OSError, ValueError, KeyError):
        return []


def write_figures(path: Path, found: list[dict]) -> None:
    lines = [f"Measured {time.strftime('%Y-%m-%d')} by `make reliability` on {len(os.sched_getaffinity(0))} cores.", "",
             "| executor | rounds | killed before the film was made | killed after | re-runs ending with a valid "
             "film, every artifact as recorded | an uninterrupted render |", "|---|---|---|---|---|---|"]
    for f in found:
        early = sum(r["killed"] and "film.mp4" not in r["made_before"] for r in f["results"])
        lines.append(f"| {f['executor']} | {f['rounds']} | {early} | {f['killed'] - early} | "
                     f"{f['survived']} of {f['rounds']} | {f['uninterrupted_s']} s |")
    failed = [r for f in found for r in f["results"] if not r["survived"]]
    lines += ["", "Problems: " + ("; ".join(f"round {r['round']}: {r['problems']}" for r in failed) if failed
                                  else "none.")]
    text = path.read_text(encoding="utf-8")
    head, _, rest = text.partition(BEGIN)
    _, _, tail = rest.partition(END)
    path.write_text(f"{head}{BEGIN}\n{chr(10).join(lines)}\n{END}{tail}", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--ray-rounds", type=int, default=5, help="rounds on a Ray instance (0: none)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "reliability.md")
    args = parser.parse_args()
    found = [campaign(args.rounds, "local", args.seed)]
    if args.ray_rounds:
        found.append(campaign(args.ray_rounds, "ray", args.seed + 1))
    write_figures(args.out, found)
    if any(f["survived"] < f["rounds"] for f in found):
        raise SystemExit("some rounds did not survive: see " + str(args.out))


if __name__ == "__main__":
    main()
