"""`make bench-director`: single-pass vs progressive planning, same model, side by side.

Plans each sample story (../shared/stories when present, plus examples/) both ways with a
60 s target and writes a table to BENCHMARKS.md (section "Director"):
- scenes: number of scenes planned;
- coverage: share of story sentences whose best MiniLM cosine to a scene (description +
  narration) is >= 0.5 (storyreel/director/coverage.py);
- names: entity-name consistency, the share of characters whose registry name is the
  story's own (appears verbatim in it) and is not a second entry for a character already
  listed (a name sharing its first word with another character's);
- duration error: |planned total - target| / target;
- retries: answers sent back as invalid (re-asks in director/log.jsonl);
- time: wall time from model load to script.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from storyreel.config import load_config  # noqa: E402
from storyreel.director import create_director  # noqa: E402
from storyreel.director.coverage import coverage  # noqa: E402
from storyreel.director.planner import prompt  # noqa: E402
from storyreel.script import Script  # noqa: E402
from report import replace_section  # noqa: E402

TARGET_S = 60.0
SECTION = "## Director: single-pass vs progressive"


def story_files(include_long: bool) -> list[Path]:
    shared = ROOT.parent / "shared" / "stories"
    found = sorted(p for p in shared.glob("*.txt") if p.name != "ideas.txt") if shared.is_dir() else []
    if not include_long:
        found = [p for p in found if not p.name.startswith("long_")]
    return found + sorted((ROOT / "examples").glob("*.txt"))


def name_consistency(script: Script, story: str) -> float:
    characters = [e for e in script.entities if e.kind == "character"]
    if not characters:
        return 0.0
    good, firsts = 0, set()
    for e in characters:
        first = e.name.split()[0].lower()
        verbatim = re.search(rf"\b{re.escape(e.name)}\b", story, re.IGNORECASE) is not None
        if verbatim and first not in firsts:
            good += 1
        firsts.add(first)
    return good / len(characters)


def retries(log_path: Path) -> int:
    repair_start = prompt("repair", problems="").split("\n")[0]
    count = 0
    for line in log_path.read_text(encoding="utf-8").splitlines():
        messages = json.loads(line)["messages"]
        count += messages[-1]["role"] == "user" and messages[-1]["content"].startswith(repair_start)
    return count


def run(story_path: Path, planner: str, model: str, work: Path) -> dict:
    config = load_config(overrides={"llm": {"model": model}, "planner": planner, "duration_s": TARGET_S}, environ={})
    folder = work / f"{story_path.stem}-{planner}"
    folder.mkdir(parents=True, exist_ok=True)
    log_path = folder / "log.jsonl"
    log_path.unlink(missing_ok=True)
    story = story_path.read_text(encoding="utf-8")
    started = time.perf_counter()
    director = create_director(config, log_path)
    if planner == "single":
        script = director.plan(story)
    else:
        script = director.plan_progressive(story, folder, target_s=TARGET_S)
    seconds = time.perf_counter() - started
    (folder / "script.json").write_text(script.model_dump_json(indent=2), encoding="utf-8")
    total = sum(s.duration_s for s in script.scenes)
    return {"story": story_path.name, "planner": planner, "scenes": len(script.scenes),
            "coverage": coverage(story, [f"{s.description} {s.narration}" for s in script.scenes]).covered,
            "names": name_consistency(script, story), "duration_error": abs(total - TARGET_S) / TARGET_S,
            "retries": retries(log_path), "seconds": seconds}


def write_section(path: Path, rows: list[dict], model: str) -> None:
    lines = [f"Measured {time.strftime('%Y-%m-%d')} by `make bench-director` with `{model}` on 2 cores; "
             f"target {TARGET_S:.0f} s per film. Definitions in bench/bench_director.py.", "",
             "| story | planner | scenes | coverage | names | duration error | retries | time (s) |",
             "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['story']} | {r['planner']} | {r['scenes']} | {r['coverage']:.2f} | {r['names']:.2f} | "
                     f"{100 * r['duration_error']:.0f}% | {r['retries']} | {r['seconds']:.0f} |")
    for planner in ("single", "progressive"):
        mine = [r for r in rows if r["planner"] == planner]
        if mine:
            mean = lambda k: sum(r[k] for r in mine) / len(mine)  # noqa: E731
            lines.append(f"| **mean** | {planner} | {mean('scenes'):.1f} | {mean('coverage'):.2f} | {mean('names'):.2f} | "
                         f"{100 * mean('duration_error'):.0f}% | {mean('retries'):.1f} | {mean('seconds'):.0f} |")
    replace_section(path, SECTION, "\n".join(lines))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    parser.add_argument("--work", type=Path, default=ROOT / ".bench" / "director")
    parser.add_argument("--model", default="qwen2.5-coder-1.5b")
    parser.add_argument("--long", action="store_true", help="also plan the ~850-word story (slow)")
    args = parser.parse_args()
    rows = []
    for story in story_files(args.long):
        for planner in ("single", "progressive"):
            print(f"{story.name} / {planner} ...", flush=True)
            rows.append(run(story, planner, args.model, args.work))
            print(f"  {rows[-1]}", flush=True)
    write_section(args.out, rows, args.model)
    print((args.out).read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
