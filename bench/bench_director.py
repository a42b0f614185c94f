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
- contradicted: characters whose species, sex or age as planned (director/rough.json) contradicts
  the key's `beings` (what the story's words settle; unsaid values are not compared);
- times, weather: share of the key's times of day and weathers that some scene shows;
- retries: answers sent back as invalid;
- time: wall time from model load to script.
The stories marked "tuning" were read while the prompts were written; "held out" ones were not read
while writing the prompts (but were read while writing the word lists of director/words.py);
"unseen" ones (bench/unseen) were written after the code and read by none of its authors.

A second section measures time and weather read from a sentence's words (director/words.py) on two
labelled sets: bench/settings_heldout.json (written before the code, then used to tune it: first
run 84.8% of sentences right with no names given) and bench/settings_unseen.json (written after
it); and, on the first set, what the model answers where the words say nothing.

A third section compares the planned pose and expression of each character with a labelled sample
(bench/keys/poses.json: sentences of these stories, each character's pose and expression as a reader
pictures them, written by hand before the code that reads them): the plans' choices, and what the
words alone say (director/acting.py; "stand" and "neutral" where they say nothing). After the first
run, the rows of the stories outside bench/unseen were read to find what the planner missed; the rows
of bench/unseen never were, and are reported apart.
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
from storyreel.director.planner import SAME, obj, prompt  # noqa: E402
from storyreel.director.progressive import staged_acting  # noqa: E402
from storyreel.director.acting import acting, acting_each  # noqa: E402
from storyreel.director.words import setting  # noqa: E402
from storyreel.director.text import split_story  # noqa: E402
from storyreel.evaluate.fidelity import fidelity  # noqa: E402
from storyreel.script import WEATHERS, Script  # noqa: E402
from report import replace_section  # noqa: E402

TARGET_S = 60.0
SECTION = "## Director: story fidelity"
TUNING = {"anna_cooks.txt", "el_faro.txt", "lighthouse_keeper.txt", "long_clockmaker.txt"}  # read while writing prompts


def story_files(include_long: bool) -> list[Path]:
    shared = ROOT.parent / "shared" / "stories"
    found = sorted(p for p in shared.glob("*.txt") if p.name != "ideas.txt") if shared.is_dir() else []
    if not include_long:
        found = [p for p in found if not p.name.startswith("long_")]
    return (found + sorted((ROOT / "examples").glob("*.txt")) + sorted((HERE / "stories").glob("*.txt"))
            + sorted((HERE / "unseen").glob("*.txt")))


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


AGE_GROUPS = {"child": "young", "young": "young", "adult": "grown", "old": "old"}


def _ages_clash(a: str, b: str) -> bool:
    """A child and an adult, a child and an old one, a young one and an old one clash; young and adult do not."""
    return {AGE_GROUPS[a], AGE_GROUPS[b]} in ({"young", "old"},) or {a, b} in ({"child", "adult"},)


def contradictions(entities: list[dict], key: dict) -> list[str]:
    """Where a planned character's facts contradict what the key says the story settles."""
    found = []
    for name, wanted in key.get("beings", {}).items():
        planned = next((e for e in entities if e.get("category") == "character" and _same(name, e["name"])), None)
        if planned is None:
            continue
        facts = planned.get("facts") or {}
        species, sex, age = facts.get("species"), facts.get("sex"), facts.get("age")
        if wanted.get("species") and species and wanted["species"].split()[-1] != species.split()[-1] and \
                not (wanted["species"] == "human" and species in ("human", "person")):
            found.append(f"{name}: {species}, not {wanted['species']}")
        if wanted.get("sex") and sex and sex != wanted["sex"]:
            found.append(f"{name}: {sex}, not {wanted['sex']}")
        if wanted.get("age") and age and _ages_clash(age, wanted["age"]):
            found.append(f"{name}: {age}, not {wanted['age']}")
    return found


def shown(script: Script, key: dict, field: str, key_field: str) -> float | None:
    """Share of the key's values (times of day, weathers) that some scene shows."""
    wanted = set(key.get(key_field, []))
    return len(wanted & {getattr(s, field) for s in script.scenes}) / len(wanted) if wanted else None


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
    rough = json.loads((folder / "rough.json").read_text(encoding="utf-8"))
    clashes = contradictions(rough["entities"], key)
    return {"story": story_path.name, "language": key["language"], "sentences": len(told),
            "contradicted": clashes, "times": shown(script, key, "time", "times"),
            "weather": shown(script, key, "weather", "weather"),
            "key_sentences": key["sentences"], "scenes": len(script.scenes),
            "film_s": sum(s.duration_s for s in script.scenes), "coverage": found["strict_coverage"],
            "order": found["order_tau"], "repeats": len(found["repeated_pairs"]),
            "language_ok": found["language"]["match"], "cast": cast_agreement(script, key),
            "retries": retries(log_path), "seconds": seconds,
            "set": "unseen" if story_path.parent.name == "unseen" else "tuning" if story_path.name in TUNING else
            "held out"}


def _share(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def write_section(path: Path, rows: list[dict], model: str) -> None:
    lines = [f"Measured {time.strftime('%Y-%m-%d')} by `make bench-director` with `{model}` on 2 cores; target "
             f"{TARGET_S:.0f} s per film (the long story: no target). Definitions in bench/bench_director.py; "
             "keys in bench/keys, bench/stories and bench/unseen.", "",
             "| story | lang | set | sentences (key) | scenes | film (s) | strict coverage | order tau | repeats | "
             "language | cast | contradicted | times | weather | retries | time (s) |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        clashes = "; ".join(r["contradicted"]) or "0"
        lines.append(f"| {r['story']} | {r['language']} | {r['set']} | "
                     f"{r['sentences']} ({r['key_sentences']}) | {r['scenes']} | {r['film_s']:.0f} | "
                     f"{r['coverage']:.2f} | {r['order']:.2f} | {r['repeats']} | "
                     f"{'yes' if r['language_ok'] else 'NO'} | {r['cast']:.2f} | {clashes} | {_share(r['times'])} | "
                     f"{_share(r['weather'])} | {r['retries']} | {r['seconds']:.0f} |")
    if rows:
        mean = lambda k: sum(float(r[k]) for r in rows if r[k] is not None) / max(1, sum(r[k] is not None for r in rows))  # noqa: E731
        lines += [f"| **mean** | | | | {mean('scenes'):.1f} | | {mean('coverage'):.2f} | {mean('order'):.2f} | "
                  f"{mean('repeats'):.1f} | {100 * mean('language_ok'):.0f}% | {mean('cast'):.2f} | "
                  f"{sum(len(r['contradicted']) for r in rows)} in all | {mean('times'):.2f} | {mean('weather'):.2f} | "
                  f"{mean('retries'):.1f} | {mean('seconds'):.0f} |", "",
                  f"{len(rows)} stories ({sum(r['set'] != 'tuning' for r in rows)} not read while writing the prompts, "
                  f"{sum(r['set'] == 'unseen' for r in rows)} of them unseen by the code's authors); total planning time "
                  f"{sum(r['seconds'] for r in rows) / 60:.1f} min. Targets: order 1.0, 0 repeated scenes, strict "
                  "coverage >= 0.95, language 100%, 0 contradicted characters, the 850-word story <= 5 minutes."]
    replace_section(path, SECTION, "\n".join(lines))


SETTINGS_SECTION = "## Director: time and weather from the words"
# The times of day as the shot request asked the model for them before, and the script's TIMES.
SPOKEN_TIMES = {"dawn": "dawn", "morning": "morning", "afternoon": "day", "evening": "sunset", "night": "night"}
SETS = {"settings_heldout.json": "written before the code, then used to tune it",
        "settings_unseen.json": "written after the code; its first run tuned it too",
        "settings_blind.json": "written after that; measured once untouched, then its errors tuned it too",
        "settings_final.json": "written last, read by no one: never used to tune"}


def settings_rows() -> list[dict]:
    """Per labelled set and language: sentences whose time and weather words.setting reads as labelled."""
    rows = []
    for name, how in SETS.items():
        path = HERE / name
        if not path.is_file():
            continue
        labelled = json.loads(path.read_text(encoding="utf-8"))
        for r in labelled:
            r["read"] = setting(r["sentence"], r["language"], r.get("names", []))
        right = lambda rs, f: sum(r["read"][f] == r[f] for r in rs)  # noqa: E731
        both = lambda rs: sum(r["read"]["time"] == r["time"] and r["read"]["weather"] == r["weather"] for r in rs)  # noqa: E731
        languages = sorted({r["language"] for r in labelled})
        rows.append({"set": name, "how": how, "n": len(labelled), "languages": len(languages),
                     "time": right(labelled, "time") / len(labelled), "weather": right(labelled, "weather") / len(labelled),
                     "both": both(labelled) / len(labelled),
                     "by_language": {lang: both([r for r in labelled if r["language"] == lang]) /
                                     sum(r["language"] == lang for r in labelled) for lang in languages}})
    return rows


def model_in_the_gaps(model: str) -> dict:
    """On the first labelled set: the model asked the shot request's time and weather question
    about every sentence (alone), and what its answers add where the words say nothing."""
    labelled = json.loads((HERE / "settings_heldout.json").read_text(encoding="utf-8"))
    director = create_director(load_config(overrides={"llm": {"model": model}}, environ={}))
    schema = obj(time={"enum": [*SPOKEN_TIMES, SAME]}, weather={"enum": [*WEATHERS, SAME]})
    counts = {"sentences": len(labelled), "model_both": 0, "combined_both": 0, "code_both": 0, "filled_right": 0,
              "added_wrong": 0}
    started = time.perf_counter()
    for r in labelled:
        code = setting(r["sentence"], r["language"], r.get("names", []))
        user = (f'The narrator reads: "{r["sentence"]}"\nGive:\n- "time": the time of day, if the sentence shows '
                'it; else "same"\n- "weather": the weather, if the sentence shows it; else "same"')
        answer = director._ask(user, schema, lambda d: d, "time and weather", 30)
        said = {"time": SPOKEN_TIMES.get(answer["time"]), "weather": None if answer["weather"] == SAME else
                answer["weather"]}
        combined = {f: code[f] or said[f] for f in ("time", "weather")}
        for key, found in (("code_both", code), ("model_both", said), ("combined_both", combined)):
            counts[key] += found["time"] == r["time"] and found["weather"] == r["weather"]
        for f in ("time", "weather"):
            if code[f] is None and said[f] is not None:
                counts["filled_right" if said[f] == r[f] else "added_wrong"] += 1
    counts["seconds"] = time.perf_counter() - started
    return counts


def write_settings(path: Path, rows: list[dict], gaps: dict | None, model: str) -> None:
    lines = [f"Measured {time.strftime('%Y-%m-%d')} by `make bench-director`: share of labelled sentences whose time "
             "of day and weather `storyreel/director/words.py` reads exactly as labelled (none where the sentence "
             "says none; the story's names are given, as the planner gives them).", "",
             "| set | how it was used | sentences | languages | time | weather | both | both, by language |",
             "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        by = ", ".join(f"{lang} {v:.2f}" for lang, v in r["by_language"].items())
        lines.append(f"| {r['set']} | {r['how']} | {r['n']} | {r['languages']} | {r['time']:.3f} | "
                     f"{r['weather']:.3f} | **{r['both']:.3f}** | {by} |")
    lines += ["", "First runs, before any tuning on them: settings_heldout 0.848 (with no names given), settings_unseen "
              "0.857, settings_blind 0.874. Target: >= 0.95."]
    if gaps:
        n = gaps["sentences"]
        lines += ["", f"The model (`{model}`) asked about each sentence of settings_heldout alone, as the shot request "
                  f"asked before ({gaps['seconds']:.0f} s for {n} requests): alone it reads {gaps['model_both'] / n:.3f} "
                  f"of them right; the words read {gaps['code_both'] / n:.3f}; the words with the model filling what "
                  f"they leave open {gaps['combined_both'] / n:.3f}. Where the words say nothing the model filled "
                  f"{gaps['filled_right']} field(s) right and added {gaps['added_wrong']} wrong (a time or weather the "
                  "sentence does not say), so the planner does not ask it: what no word says carries over from the "
                  "shot before."]
    replace_section(path, SETTINGS_SECTION, "\n".join(lines))


ACTING_SECTION = "## Director: poses and expressions"


def _who(script: Script, name: str) -> str | None:
    """The character of the plan a label names ("Oskar", "the fishermen")."""
    characters = [e for e in script.entities if e.kind == "character"]
    return next((e.id for e in characters if _same(e.name, name)), None)


def _same_in(name: str, text: str) -> bool:
    core = name.lower().removeprefix("the ").strip()
    return core in text.lower()


def _words_of(shot: dict, sample: list[dict], language: str) -> dict:
    """What the words alone give the labelled character: its own part of the sentence where the
    sentence names it (director/acting.py `acting_each`, with the sentence's other labelled characters),
    else the whole sentence's."""
    text = shot["text"]
    names = {r["who"] for r in sample if r["story"] == shot["story"] and r["sentence"] == shot["sentence"]}
    spans = {}
    for name in names:
        core = name.removeprefix("the ").strip()
        at = text.lower().find(core.lower())
        if at >= 0:
            spans[name] = (at, at + len(core))
    return acting_each(text, language, spans)[shot["who"]] if shot["who"] in spans else acting(text, language)


def acting_rows(work: Path, reread: bool = False) -> list[dict]:
    """Each labelled shot of bench/keys/poses.json with the pose and expression planned for its
    character in the scenes telling its sentence (None when the plan is missing or the character
    is not on screen there), and what the words alone say. With `reread`, the plans' poses and faces
    are read again from their shots by the current code (as the planner does), so a change to
    director/acting.py is measured on the last run's plans without planning again."""
    sample = json.loads((HERE / "keys" / "poses.json").read_text(encoding="utf-8"))["shots"]
    plans: dict[str, Script | None] = {}
    rows = []
    for shot in sample:
        stem = Path(shot["story"]).stem
        if stem not in plans:
            path = work / stem / "script.json"
            plans[stem] = Script.model_validate_json(path.read_text(encoding="utf-8")) if path.is_file() else None
        script = plans[stem]
        planned = None
        if script is not None:
            eid = _who(script, shot["who"])
            scenes = [sc for sc in script.scenes if shot["sentence"] in (sc.source or []) and eid in sc.entities]
            # A sentence told in several shots: the one whose words name the character shows what it does.
            scenes.sort(key=lambda sc: not _same_in(shot["who"], sc.narration))
            if scenes:
                poses, expressions = scenes[0].poses, scenes[0].expressions
                if reread:
                    poses, expressions = staged_acting([e.model_dump() for e in script.entities], script.language,
                                                       scenes[0].narration, scenes[0].entities)
                planned = (poses.get(eid, "stand"), expressions.get(eid, "neutral"))
        language = script.language if script is not None else "en"
        words = _words_of(shot, sample, language)
        rows.append({**shot, "planned": planned, "words": (words["pose"] or "stand", words["expression"] or "neutral"),
                     "set": "unseen" if (HERE / "unseen" / shot["story"]).is_file() else "tuning"})
    return rows


def _pose_agrees(got: str, want: str) -> bool:
    return got == want or {got, want} == {"lie", "sleep"}  # the sample's "lie" includes sleeping


def write_acting(path: Path, rows: list[dict], model: str, reread: bool = False) -> None:
    on_screen = [r for r in rows if r["planned"] is not None]

    def share(items: list[dict], source: str, index: int) -> str:
        agree = [(_pose_agrees if index == 0 else str.__eq__)(r[source][index], r[("pose", "expression")[index]])
                 for r in items]
        return f"{sum(agree) / len(agree):.2f} ({sum(agree)}/{len(agree)})" if agree else "-"

    by_pose = {}
    for r in on_screen:
        by_pose.setdefault(r["pose"], []).append(r)
    lines = [f"Measured {time.strftime('%Y-%m-%d')} by `make bench-director` with `{model}`: the sample "
             f"bench/keys/poses.json ({len(rows)} labelled characters in sentences of the benchmark stories, "
             "written by hand before the code that reads them). A plan agrees when the "
             "scene telling the sentence draws the labelled character in the labelled pose (\"lie\" also counts "
             "\"sleep\") and expression; \"words\" is director/acting.py alone, with stand and neutral where the "
             "words say nothing." + (" The plans are the last full run's; their poses and faces were read again "
                                     "from each shot by the current code (`--measure-only`)." if reread else ""), "",
             "| | characters | pose | expression |", "|---|---|---|---|",
             f"| planned | {len(on_screen)} on screen of {len(rows)} | "
             f"{share(on_screen, 'planned', 0)} | {share(on_screen, 'planned', 1)} |",
             f"| words alone | {len(rows)} | {share(rows, 'words', 0)} | {share(rows, 'words', 1)} |"]
    for part, about in (("tuning", "the stories of bench/stories and examples (their rows were read once to "
                                   "find what the planner missed: a character's own part of a sentence, rowing)"),
                        ("unseen", "the stories of bench/unseen (never read while writing or tuning the code)")):
        items = [r for r in on_screen if r["set"] == part]
        lines.append(f"| planned, {about} | {len(items)} | {share(items, 'planned', 0)} | "
                     f"{share(items, 'planned', 1)} |")
    lines += ["",
             "Planned pose by labelled pose: " + ", ".join(
                 f"{pose} {share(items, 'planned', 0)}" for pose, items in sorted(by_pose.items())) + ".",
             "", "Target: pose agrees on >= 80% of the sample."]
    replace_section(path, ACTING_SECTION, "\n".join(lines))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    parser.add_argument("--work", type=Path, default=ROOT / ".bench" / "director")
    parser.add_argument("--model", default="qwen2.5-coder-1.5b")
    parser.add_argument("--long", action="store_true", help="also plan the ~850-word story (about 5 minutes)")
    parser.add_argument("--only", nargs="*", help="plan only these story files (names)")
    parser.add_argument("--measure-only", action="store_true",
                        help="measure the plans of the last run again (after a change to the metrics)")
    parser.add_argument("--skip-gaps", action="store_true",
                        help="do not ask the model the labelled sentences again (the last run's figures are kept)")
    args = parser.parse_args()
    gaps_file = args.work / "gaps.json"
    if args.skip_gaps or args.measure_only:
        gaps = json.loads(gaps_file.read_text()) if gaps_file.is_file() else None
    else:
        gaps = model_in_the_gaps(args.model)
        args.work.mkdir(parents=True, exist_ok=True)
        gaps_file.write_text(json.dumps(gaps))
    write_settings(args.out, settings_rows(), gaps, args.model)
    rows = []
    for story in story_files(args.long):
        if args.only and story.name not in args.only:
            continue
        print(f"{story.name} ...", flush=True)
        rows.append(run(story, args.model, args.work, args.measure_only))
        print(f"  {rows[-1]}", flush=True)
    if rows:  # `--only` naming no story measures the labelled sentences alone
        write_section(args.out, rows, args.model)
        write_acting(args.out, acting_rows(args.work, reread=args.measure_only), args.model, args.measure_only)
    print(args.out.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
