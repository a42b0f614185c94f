"""`make bench`: render speed against the ffmpeg floor, and what planning costs with the real model.

Render: the fixed 60 s 1280x720 24 fps script in bench/fixed_60s.json. For each scene, the
same frames are (a) rendered and streamed into ffmpeg, as the shots stage does, and
(b) pre-rendered into memory and then piped into ffmpeg with the same codec settings: the
floor. The two are measured alternately, scene by scene, in one run; the ratio is (a)/(b).
Planning: the planner before issue 16 (a git worktree of BASELINE) and today's, side by side on the
same stories: seconds, requests and tokens per minute of film and per 100 words, casting included;
and speculative decoding (a draft model, n-gram lookup) on today's requests.
Results are written to BENCHMARKS.md (a figure in a table, never a pass/fail).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from storyreel.animatic.renderer import SceneRenderer  # noqa: E402
from storyreel.config import load_config  # noqa: E402
from storyreel.director import cost  # noqa: E402
from storyreel.director.llm import EmbeddedLLM, llguidance_grammar  # noqa: E402
from storyreel.director.models import model_path  # noqa: E402
from storyreel.pipeline import Context, RenderSummary, run_cast  # noqa: E402
from storyreel.progress import StageProgress  # noqa: E402
from storyreel.project import Project  # noqa: E402
from storyreel.script import load_script  # noqa: E402
from storyreel.shots import FrameWriter  # noqa: E402
from storyreel.timing import frame_count  # noqa: E402
from report import replace_section  # noqa: E402

SECTION = "## Render and planning speed (make bench)"


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


# The planner as it was before issue 16 (one request per sentence for time and weather, per entity for
# its description and its kind, per shot with every staging field, and per entity again to cast it):
# checked out from git into a worktree and run beside today's, on the same stories, in one run.
BASELINE = "82080ef"
PLANNED = [(ROOT.parent / "shared" / "stories" / "anna_cooks.txt", 60.0), (ROOT / "examples" / "lighthouse_keeper.txt", 60.0),
           (HERE / "stories" / "harbour_storm.txt", 60.0)]
# Plans one story and casts it with the same logged model, in a fresh process (the model is loaded
# as a user's run loads it), with the casting cache emptied first so every choice is asked.
RUNNER = r"""
import json, shutil, sys, time
from pathlib import Path
import storyreel
from storyreel.config import load_config
from storyreel.director import create_director
from storyreel.cast import REGISTRY
story, folder, model, target = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], float(sys.argv[4])
config = load_config(overrides={"llm": {"model": model}}, environ={})
shutil.rmtree(config.cache_path() / "casting", ignore_errors=True)
shutil.rmtree(folder, ignore_errors=True)
started = time.perf_counter()
director = create_director(config, folder / "log.jsonl")
script = director.plan_progressive(story.read_text(encoding="utf-8"), folder / "director", target_s=target)
director.llm.stage = "cast"
cast = REGISTRY.create(config.backends.cast, cache_dir=config.cache_path(), config=config)
cast._chooser = director.llm
cast.plan(script)
print(json.dumps({"seconds": time.perf_counter() - started, "film_s": sum(s.duration_s for s in script.scenes),
                  "scenes": len(script.scenes), "code": storyreel.__file__}))
"""


def baseline_tree(work: Path, rev: str) -> Path:
    """A git worktree of the baseline planner (made once)."""
    tree = work / f"baseline-{rev}"
    if not tree.is_dir():
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), rev], check=True,
                       capture_output=True)
    return tree


def plan_in(tree: Path, story: Path, folder: Path, model: str, target: float) -> dict:
    """Plan + cast `story` with the planner in `tree`; its wall time and what its exchange log counts."""
    env = {**os.environ, "PYTHONPATH": str(tree), "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS", "2")}
    done = subprocess.run([sys.executable, "-c", RUNNER, str(story), str(folder), model, str(target)], env=env,
                          cwd=tree, check=True, capture_output=True, text=True)
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert Path(found["code"]).resolve().is_relative_to(tree.resolve()), found["code"]
    records = cost.read_log(folder / "log.jsonl")
    casting = sum("You cast an animated film" in r["messages"][0]["content"] for r in records)  # both planners' cast prompt
    return {**found, **cost.by_stage(records)["total"], "words": len(story.read_text(encoding="utf-8").split()),
            "cast_requests": casting}


def bench_planners(work: Path, model: str, rev: str) -> list[dict]:
    """The baseline and today's planner, story by story, one after the other."""
    tree = baseline_tree(work, rev)
    rows = []
    for story, target in PLANNED:
        if not story.is_file():
            continue
        for name, where in (("before", tree), ("now", ROOT)):
            found = plan_in(where, story, work / "plans" / name / story.stem, model, target)
            rows.append({"story": story.name, "planner": name, **found})
            print(f"  {story.name} {name}: {found['seconds']:.0f} s, {found['requests']} requests, "
                  f"{found['generated']} tokens", flush=True)
    return rows


def planner_lines(rows: list[dict], model: str, rev: str) -> list[str]:
    def per(r: dict, key: str, unit: float) -> float:
        return r[key] / unit

    lines = ["### Planning cost: the planner before issue 16 and now", "",
             f"`{model}` on this machine, plan + cast of each story with a 60 s target, each in a fresh process (model "
             f"load included), the baseline (`{rev}`, from git) and today's planner one after the other. Requests, "
             "prompt tokens evaluated and tokens generated are counted from each run's exchange log, casting included.",
             "", "| story | planner | wall (s) | film (s) | requests | prompt tok | generated tok | s per min of film | "
             "s per 100 words | requests per min | generated tok per min |", "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        minutes = r["film_s"] / 60
        lines.append(f"| {r['story']} | {r['planner']} | {r['seconds']:.0f} | {r['film_s']:.0f} | {r['requests']} "
                     f"({r['cast_requests']} casting) | {r['prompt']} | {r['generated']} | "
                     f"{per(r, 'seconds', minutes):.0f} | {per(r, 'seconds', r['words'] / 100):.0f} | "
                     f"{per(r, 'requests', minutes):.1f} | {per(r, 'generated', minutes):.0f} |")
    for name in ("before", "now"):
        mine = [r for r in rows if r["planner"] == name]
        if mine:
            minutes = sum(r["film_s"] for r in mine) / 60
            lines.append(f"| **all** | **{name}** | {sum(r['seconds'] for r in mine):.0f} | "
                         f"{60 * minutes:.0f} | {sum(r['requests'] for r in mine)} | "
                         f"{sum(r['prompt'] for r in mine)} | {sum(r['generated'] for r in mine)} | "
                         f"{sum(r['seconds'] for r in mine) / minutes:.0f} | "
                         f"{sum(r['seconds'] for r in mine) / (sum(r['words'] for r in mine) / 100):.0f} | "
                         f"{sum(r['requests'] for r in mine) / minutes:.1f} | "
                         f"{sum(r['generated'] for r in mine) / minutes:.0f} |")
    before = [r for r in rows if r["planner"] == "before"]
    now = [r for r in rows if r["planner"] == "now"]
    if before and now:
        ratio = sum(r["seconds"] for r in before) / sum(r["seconds"] for r in now)
        lines += ["", f"**Today's planner takes 1/{ratio:.1f} of the baseline's time on the same stories** "
                  "(targets per minute of film: <= 60 s on the CI machine, <= 600 generated tokens, <= 15 requests)."]
    return lines + [""]


def replay(llm: EmbeddedLLM, records: list[dict]) -> dict:
    """The logged requests sent again as they were (messages, schema, limit; temperature 0): seconds,
    generated tokens and the answers."""
    started, generated, answers = time.perf_counter(), 0, []
    for r in records:
        request = {"messages": r["messages"], "max_tokens": r["max_tokens"], "temperature": 0, "seed": 0}
        if isinstance(r["schema"], dict):
            request["grammar"] = llguidance_grammar(r["schema"])
        answer = llm.complete(request)
        generated += answer["usage"]["completion_tokens"]
        answers.append(answer["choices"][0]["message"]["content"])
    return {"seconds": time.perf_counter() - started, "generated": generated, "answers": answers}


SPECULATIVE = {"none": "no speculation", "ngram": "n-gram lookup in the prompt (no draft model)",
               "draft": "qwen2.5-0.5b as a draft model (4 tokens ahead)"}


def bench_speculative(work: Path, model: str) -> dict:
    """The same planner requests answered with and without speculative decoding: the exchanges of
    today's plan of the first story are replayed on each runtime."""
    config = load_config(overrides={"llm": {"model": model}}, environ={})
    records = cost.read_log(work / "plans" / "now" / PLANNED[0][0].stem / "log.jsonl")
    out = {}
    for mode in SPECULATIVE:
        draft = model_path("qwen2.5-0.5b", config.cache_path()) if mode == "draft" else None
        llm = EmbeddedLLM(model_path(model, config.cache_path()), n_ctx=config.llm.n_ctx, speculative=mode,
                          draft=draft)
        out[mode] = replay(llm, records)
        print(f"  speculative {mode}: {out[mode]['seconds']:.1f} s for {out[mode]['generated']} tokens", flush=True)
        del llm
    return out


def speculative_lines(found: dict) -> list[str]:
    base = found["none"]
    lines = ["### Speculative decoding", "",
             f"The {len(base['answers'])} requests of today's plan of `{PLANNED[0][0].name}` replayed on each runtime "
             "(same messages and schemas, temperature 0).", "",
             "| decoding | seconds | generated tokens | time vs none | same answers |", "|---|---|---|---|---|"]
    for mode, v in found.items():
        same = sum(a == b for a, b in zip(v["answers"], base["answers"]))
        lines.append(f"| {SPECULATIVE[mode]} | {v['seconds']:.1f} | {v['generated']} | "
                     f"{v['seconds'] / base['seconds']:.2f}x | {same}/{len(base['answers'])} |")
    slower = all(v["seconds"] >= base["seconds"] for v in found.values())
    return lines + ["", "Kept: no speculation (on 2 CPU cores both kinds cost more time than they save: the draft "
                    "model's own decoding and the rejected guesses outweigh the tokens accepted)." if slower else
                    "A speculative mode was faster here: see the table.", ""]


def is_small_question(record: dict) -> bool:
    """The classification questions of a plan: what each entity is (rough stage, after the registry)
    and which picture plays it (cast stage)."""
    schema = record["schema"] if isinstance(record["schema"], dict) else {}
    nested = all(isinstance(p, dict) and p.get("type") == "object" for p in schema.get("properties", {}).values())
    return record.get("stage") == "cast" or (record.get("stage") == "rough" and nested and bool(schema.get("properties")))


def bench_small_model(work: Path, model: str) -> dict:
    """The small classification questions of today's plans answered by the default model and by the
    0.5B one: seconds (each model loaded once, load timed apart) and the share of answers that agree."""
    config = load_config(environ={})
    records = [r for story, _ in PLANNED
               for r in cost.read_log(work / "plans" / "now" / story.stem / "log.jsonl") if is_small_question(r)]
    out = {"questions": len(records)}
    for name in (model, "qwen2.5-0.5b"):
        started = time.perf_counter()
        llm = EmbeddedLLM(model_path(name, config.cache_path()), n_ctx=config.llm.n_ctx)
        load_s = time.perf_counter() - started
        out[name] = {**replay(llm, records), "load_s": load_s}
        print(f"  {name}: {len(records)} small questions in {out[name]['seconds']:.1f} s", flush=True)
        del llm
    return out


def small_model_lines(found: dict, model: str) -> list[str]:
    big, small = found[model], found["qwen2.5-0.5b"]
    agree = sum(a == b for a, b in zip(big["answers"], small["answers"]))
    n = found["questions"]
    return ["### The 0.5B model for the small questions", "",
            f"The {n} classification questions of today's plans above (what each entity is; which picture plays "
            "it) replayed on each model:", "",
            "| model | load (s) | seconds | generated tokens | answers as the default model's |", "|---|---|---|---|---|",
            f"| {model} | {big['load_s']:.1f} | {big['seconds']:.1f} | {big['generated']} | - |",
            f"| qwen2.5-0.5b | {small['load_s']:.1f} | {small['seconds']:.1f} | {small['generated']} | {agree}/{n} |", "",
            f"The 0.5B model would save {big['seconds'] - small['seconds']:.0f} s of answering over these "
            f"{len(PLANNED)} films, cost {small['load_s']:.1f} s to load beside the default one, and answers "
            f"{n - agree} of the {n} questions otherwise.", ""]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    parser.add_argument("--work", type=Path, default=ROOT / ".bench")
    parser.add_argument("--model", default="qwen2.5-coder-1.5b")
    parser.add_argument("--skip-plan", action="store_true")
    parser.add_argument("--baseline", default=BASELINE, help="git revision of the planner to compare with")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    config = load_config(environ={})

    print("render benchmark (60 s, 1280x720, 24 fps)...", flush=True)
    r = bench_render(args.work, config.edit.crf, config.edit.preset)
    planners = speculative = small = None
    if not args.skip_plan:
        print("planners, before and now...", flush=True)
        planners = bench_planners(args.work, args.model, args.baseline)
        print("speculative decoding...", flush=True)
        speculative = bench_speculative(args.work, args.model)
        print("the 0.5B model for the small questions...", flush=True)
        small = bench_small_model(args.work, args.model)

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
    if planners:
        lines += planner_lines(planners, args.model, args.baseline)
    if speculative:
        lines += speculative_lines(speculative)
    if small:
        lines += small_model_lines(small, args.model)
    replace_section(args.out, SECTION, "\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
