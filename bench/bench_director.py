"""`make bench-director`: does the plan tell the story? Story fidelity on stories of every kind.

Plans each benchmark story with the default model and a 60 s target (the ~850-word story
without a target: it is the 5-minute film) and writes a table to BENCHMARKS.md (section
"Director: story fidelity"). Stories: ../shared/stories (the samples), examples/, and
bench/stories (written for this benchmark). Each has a hand-written key (bench/keys or next
to the story): its events in order and who is a character.

Columns (formulas in storyreel/evaluate/fidelity.py and docs/evaluation.md):
- scenes, and the story's sentences;
- strict coverage: share of story sentences whose event some scene tells;
- order: Kendall tau between scene order and the order of the sentences they tell;
- repeats: pairs of scenes whose narrations are near-duplicates;
- language: the narration's language is the story's (key) and the script's;
- cast: share of the key's characters registered as characters, and of its non-characters
  not registered as characters (names matched case-insensitively, either way contained);
- retries: answers sent back as invalid;
- time: wall time from model load to script.
The stories marked "tuning" were read while the prompts were written; the others were not.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from storyreel.config import load_config  # noqa: E402
from storyreel.director import create_director  # noqa: E402
from storyreel.director.planner import prompt  # noqa: E402
from storyreel.director.text import split_story  # noqa: E402
from storyreel.evaluate.fidelity import fidelity  # noqa: E402
from storyreel.script import Script  # noqa: E402
from report import replace_section  # noqa: E402

TARGET_S = 60.0
SECTION = "## Director: story fidelity"
TUNING = {"anna_cooks.txt", "el_faro.txt", "lighthouse_keeper.txt", "long_clockmaker.txt"}  # read while writing prompts


def story_files(include_long: bool) -> list[Path]:
    shared = ROOT.parent / "shared" / "stories"
    found = sorted(p for p in shared.glob("*.txt") if p.name != "ideas.txt") if shared.is_dir() else []
    if not include_long:
        found = [p for p in found if not p.name.startswith("long_")]
    return found + sorted((ROOT / "examples").glob("*.txt")) + sorted((HERE / "stories").glob("*.txt"))


def key_of(story: Path) -> dict:
    for path in (story.with_suffix(".key.json"), HERE / "keys" / f"{story.stem}.key.json"):
        if path.is_file():
            return json.loads(path.read_text(encoding="utf-8"))
    raise SystemExit(f"no key for {story} (bench/keys/{story.stem}.key.json)")


def _same(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a in b or b in a


def cast_agreement(script: Script, key: dict) -> float:
    """Share of the key's characters that are characters in the script, and of its
    non-characters that are not."""
    characters = [e.name for e in script.entities if e.kind == "character"]
    checks = [any(_same(c, name) for name in characters) for c in key["characters"]]
    checks += [not any(_same(c, name) for name in characters) for c in key.get("not_characters", [])]
    return sum(checks) / len(checks) if checks else 1.0


def retries(log_path: Path) -> int:
    repair_start = prompt("repair", problems="").split("\n")[0]
    count = 0
    for line in log_path.read_text(encoding="utf-8").splitlines():
        messages = json.loads(line)["messages"]
        count += messages[-1]["role"] == "user" and messages[-1]["content"].startswith(repair_start)
    return count


def run(story_path: Path, model: str, work: Path, measure_only: bool = False) -> dict:
    """Plan the story (or, with `measure_only`, take the plan and times of the last run) and measure it."""
    long = story_path.name.startswith("long_")
    folder = work / story_path.stem
    log_path = folder / "log.jsonl"
    story = story_path.read_text(encoding="utf-8")
    key = key_of(story_path)
    if measure_only:
        script = Script.model_validate_json((folder / "script.json").read_text(encoding="utf-8"))
        seconds = json.loads((folder / "seconds.json").read_text())["seconds"]
    else:
        config = load_config(overrides={"llm": {"model": model}}, environ={})
        folder.mkdir(parents=True, exist_ok=True)
        log_path.unlink(missing_ok=True)
        started = time.perf_counter()
        director = create_director(config, log_path)
        script = director.plan_progressive(story, folder, target_s=None if long else TARGET_S)
        seconds = time.perf_counter() - started
        (folder / "script.json").write_text(script.model_dump_json(indent=2), encoding="utf-8")
        (folder / "seconds.json").write_text(json.dumps({"seconds": seconds}))
    told = split_story(story).sentences
    scenes = [{"id": s.id, "narration": s.narration, "description": s.description} for s in script.scenes]
    names = [e.name for e in script.entities if e.kind == "character"]
    found = fidelity(told, scenes, key["language"], script.language, names)
    return {"story": story_path.name, "language": key["language"], "sentences": len(told),
            "key_sentences": key["sentences"], "scenes": len(script.scenes),
            "film_s": sum(s.duration_s for s in script.scenes), "coverage": found["strict_coverage"],
            "order": found["order_tau"], "repeats": len(found["repeated_pairs"]),
            "language_ok": found["language"]["match"], "cast": cast_agreement(script, key),
            "retries": retries(log_path), "seconds": seconds, "tuning": story_path.name in TUNING}


def write_section(path: Path, rows: list[dict], model: str) -> None:
    lines = [f"Measured {time.strftime('%Y-%m-%d')} by `make bench-director` with `{model}` on 2 cores; target "
             f"{TARGET_S:.0f} s per film (the long story: no target). Definitions in bench/bench_director.py; "
             "keys in bench/keys and bench/stories.", "",
             "| story | lang | set | sentences (key) | scenes | film (s) | strict coverage | order tau | repeats | "
             "language | cast | retries | time (s) |", "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['story']} | {r['language']} | {'tuning' if r['tuning'] else 'held out'} | "
                     f"{r['sentences']} ({r['key_sentences']}) | {r['scenes']} | {r['film_s']:.0f} | "
                     f"{r['coverage']:.2f} | {r['order']:.2f} | {r['repeats']} | "
                     f"{'yes' if r['language_ok'] else 'NO'} | {r['cast']:.2f} | {r['retries']} | {r['seconds']:.0f} |")
    if rows:
        mean = lambda k: sum(float(r[k]) for r in rows) / len(rows)  # noqa: E731
        lines += [f"| **mean** | | | | {mean('scenes'):.1f} | | {mean('coverage'):.2f} | {mean('order'):.2f} | "
                  f"{mean('repeats'):.1f} | {100 * mean('language_ok'):.0f}% | {mean('cast'):.2f} | "
                  f"{mean('retries'):.1f} | {mean('seconds'):.0f} |", "",
                  f"{len(rows)} stories ({sum(not r['tuning'] for r in rows)} held out); total planning time "
                  f"{sum(r['seconds'] for r in rows) / 60:.1f} min. Targets: order 1.0, 0 repeated scenes, strict "
                  "coverage >= 0.95, language 100%, the 850-word story <= 10 minutes."]
    replace_section(path, SECTION, "\n".join(lines))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    parser.add_argument("--work", type=Path, default=ROOT / ".bench" / "director")
    parser.add_argument("--model", default="qwen2.5-coder-1.5b")
    parser.add_argument("--long", action="store_true", help="also plan the ~850-word story (about 10 minutes)")
    parser.add_argument("--only", nargs="*", help="plan only these story files (names)")
    parser.add_argument("--measure-only", action="store_true",
                        help="measure the plans of the last run again (after a change to the metrics)")
    args = parser.parse_args()
    rows = []
    for story in story_files(args.long):
        if args.only and story.name not in args.only:
            continue
        print(f"{story.name} ...", flush=True)
        rows.append(run(story, args.model, args.work, args.measure_only))
        print(f"  {rows[-1]}", flush=True)
    write_section(args.out, rows, args.model)
    print(args.out.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
