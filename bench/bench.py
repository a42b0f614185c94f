"""`make bench`: render speed against the ffmpeg floor, and planning time with the real model.

Render: the fixed 60 s 1280x720 24 fps script in bench/fixed_60s.json. For each scene, the
same frames are (a) rendered and streamed into ffmpeg, as the shots stage does, and
(b) pre-rendered into memory and then piped into ffmpeg with the same codec settings: the
floor. The two are measured alternately, scene by scene, in one run; the ratio is (a)/(b).
Planning: a fixed story planned by the default model, timed from model load to script.
Results are written to BENCHMARKS.md (a figure in a table, never a pass/fail).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from storyreel.animatic.renderer import SceneRenderer  # noqa: E402
from storyreel.config import load_config  # noqa: E402
from storyreel.director import create_director  # noqa: E402
from storyreel.pipeline import Context, RenderSummary, run_cast  # noqa: E402
from storyreel.progress import StageProgress  # noqa: E402
from storyreel.project import Project  # noqa: E402
from storyreel.script import load_script  # noqa: E402
from storyreel.shots import FrameWriter  # noqa: E402
from storyreel.timing import frame_count  # noqa: E402
from report import replace_section  # noqa: E402

SECTION = "## Render and planning speed (make bench)"
PLAN_STORIES = [ROOT.parent / "shared" / "stories" / "anna_cooks.txt", ROOT / "examples" / "lighthouse_keeper.txt"]


def bench_render(work: Path, crf: int, preset: str) -> dict:
    project = Project(work / "render")
    shutil.rmtree(project.root, ignore_errors=True)
    project.root.mkdir(parents=True)
    shutil.copy(HERE / "fixed_60s.json", project.script)
    script = load_script(project.script)
    project.ensure()
    config = load_config(environ={})
    with StageProgress(None).stage("cast", len(script.entities)) as bar:
        run_cast(Context(project, script, config, RenderSummary(project.root, project.film, 0, 0.0)), bar)

    totals = {"frames": 0, "render_encode_s": 0.0, "floor_s": 0.0, "render_only_s": 0.0}
    for scene in script.scenes:
        n = frame_count(scene.duration_s, script.fps)
        out = work / f"{scene.id}.mp4"
        # (b) the floor: frames already in memory, only encoding is timed
        frames = list(SceneRenderer(script, project, scene, n).frames())
        started = time.perf_counter()
        with FrameWriter(out, script.width, script.height, script.fps, crf, preset) as writer:
            for rgb in frames:
                writer.write(rgb)
        totals["floor_s"] += time.perf_counter() - started
        del frames
        # render alone, for the record
        started = time.perf_counter()
        for _ in SceneRenderer(script, project, scene, n).frames():
            pass
        totals["render_only_s"] += time.perf_counter() - started
        # (a) the real thing: render and stream into ffmpeg
        started = time.perf_counter()
        with FrameWriter(out, script.width, script.height, script.fps, crf, preset) as writer:
            for rgb in SceneRenderer(script, project, scene, n).frames():
                writer.write(rgb)
        totals["render_encode_s"] += time.perf_counter() - started
        totals["frames"] += n
        print(f"  {scene.id} ({scene.camera.move}): {n} frames", flush=True)
    totals["ratio"] = totals["render_encode_s"] / totals["floor_s"]
    return totals


def bench_plan(work: Path, model: str) -> dict:
    story_path = next(p for p in PLAN_STORIES if p.is_file())
    config = load_config(overrides={"llm": {"model": model}}, environ={})
    log_path = work / "plan-log.jsonl"
    log_path.unlink(missing_ok=True)  # the log appends; keep only this run's exchanges
    started = time.perf_counter()
    director = create_director(config, log_path)
    loaded = time.perf_counter()
    script = director.plan(story_path.read_text(encoding="utf-8"))
    done = time.perf_counter()
    return {"story": story_path.name, "model": model, "load_s": loaded - started, "plan_s": done - loaded,
            "total_s": done - started, "scenes": len(script.scenes),
            "planned_s": sum(s.duration_s for s in script.scenes)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    parser.add_argument("--work", type=Path, default=ROOT / ".bench")
    parser.add_argument("--model", default="qwen2.5-coder-1.5b")
    parser.add_argument("--skip-plan", action="store_true")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    config = load_config(environ={})

    print("render benchmark (60 s, 1280x720, 24 fps)...", flush=True)
    r = bench_render(args.work, config.edit.crf, config.edit.preset)
    p = None if args.skip_plan else bench_plan(args.work, args.model)

    cpu = platform.processor() or platform.machine()
    lines = [
        f"Measured {time.strftime('%Y-%m-%d')} by `make bench` on {os.cpu_count()} cores ({cpu}), "
        f"Python {platform.python_version()}. Figures from one run, side by side.", "",
        "### Render + encode vs the ffmpeg floor", "",
        "Fixed script `bench/fixed_60s.json`: 8 scenes, 60 s, 1280x720, 24 fps, every camera move. "
        f"Codec: libx264 `{config.edit.preset}`, crf {config.edit.crf}, yuv420p.", "",
        "| measure | seconds | per frame (ms) |", "|---|---|---|",
        f"| render + encode (streamed, as the shots stage does) | {r['render_encode_s']:.1f} | {1000 * r['render_encode_s'] / r['frames']:.1f} |",
        f"| floor: encode the same frames piped from memory | {r['floor_s']:.1f} | {1000 * r['floor_s'] / r['frames']:.1f} |",
        f"| render alone (no encode) | {r['render_only_s']:.1f} | {1000 * r['render_only_s'] / r['frames']:.1f} |",
        "", f"**Ratio render+encode / floor: {r['ratio']:.2f}** (target <= 1.5) over {r['frames']} frames.", "",
    ]
    if p:
        lines += [
            "### Planning with the real model", "",
            f"Story `{p['story']}` planned by `{p['model']}` (llama.cpp, Q4_K_M, all cores).", "",
            "| model load (s) | planning (s) | total (s) | scenes | planned film length (s) |", "|---|---|---|---|---|",
            f"| {p['load_s']:.1f} | {p['plan_s']:.1f} | {p['total_s']:.1f} | {p['scenes']} | {p['planned_s']:.0f} |",
            "", "Target: planning a 1-minute film in <= 120 s on 2 cores.", "",
        ]
    replace_section(args.out, SECTION, "\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
