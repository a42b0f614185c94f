"""`make bench-quality`: make and evaluate the benchmark stories; one row per film in BENCHMARKS.md.

Each story (the samples in ../shared/stories, examples/ and bench/stories: the stories of
`make bench-director`) is planned with the default model and rendered with the embedded
backends into .bench/quality/<story>/, then measured with `storyreel eval`
(storyreel/evaluate). A contact sheet per film (one keyframe per scene, with its time, weather,
place and its lead's pose; the emoji style on the left, the people kit on the right, from the same
plan) is written to bench/sheets/<story>.png, next to BENCHMARKS.md, so a reader can see the films. Projects are kept, so a second run re-plans and re-renders only what changed.
It also times the evaluation of a 5-minute film (bench/fixed_60s.json five times over, 40
scenes at 1280x720), against the target of under a minute on 2 cores.
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

from bench_director import story_files  # noqa: E402
from report import replace_section  # noqa: E402

from storyreel import api, files  # noqa: E402
from storyreel.config import load_config  # noqa: E402
from storyreel.evaluate import evaluate_films  # noqa: E402

SECTION = "## Film quality (make bench-quality)"
COLUMNS = [("strict_coverage", "coverage"), ("order_tau", "order"), ("depiction", "depiction"),
           ("cast_contradictions", "contradicted casts"), ("frame_consistency", "frame cons."),
           ("subject_consistency", "subject cons."), ("entity_cross_scene", "entity cross-scene"),
           ("entity_to_reference", "entity vs ref."), ("narration_fits", "narration fits"),
           ("subtitle_words", "subtitles"), ("scene_error_mean_s", "scene err. (s)"),
           ("film_error_rel", "film err.")]


def five_minute_film(work: Path, config) -> tuple[float, int, float]:
    """(film seconds, scenes, evaluation seconds) for the fixed 60 s script repeated five times."""
    data = json.loads((HERE / "fixed_60s.json").read_text(encoding="utf-8"))
    data["scenes"] = [{**scene, "id": f"r{r}-{scene['id']}"} for r in range(5) for scene in data["scenes"]]
    folder = work / "five-minutes"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "script.json").write_text(json.dumps(data), encoding="utf-8")
    summary = api.render(folder, config=config)
    started = time.perf_counter()
    evaluate_films([folder], config)
    return summary.film_seconds, summary.scenes, time.perf_counter() - started


def contact_sheet(folders: list[Path], out: Path, width: int = 320) -> None:
    """One keyframe per scene from each folder side by side (the same plan drawn in each style),
    a scene per row, captioned with its id, time, weather, place and what its lead does."""
    from PIL import Image, ImageDraw

    from storyreel.script import load_script

    script = load_script(folders[0] / "script.json")
    height = width * script.height // script.width
    caption = 18
    sheet = Image.new("RGB", (len(folders) * width, len(script.scenes) * (height + caption)), (250, 250, 250))
    draw = ImageDraw.Draw(sheet)
    for i, scene in enumerate(script.scenes):
        y = i * (height + caption)
        for column, folder in enumerate(folders):
            with Image.open(folder / "keyframes" / f"{scene.id}.png") as frame:
                sheet.paste(frame.convert("RGB").resize((width, height)), (column * width, y))
        lead = scene.protagonist
        acting = f"; {lead}: {scene.poses.get(lead, 'stand')}, {scene.expressions.get(lead, 'neutral')}" if lead else ""
        side = f" ({scene.view})" if scene.view else ""
        draw.text((4, y + height + 3), f"{scene.id} {scene.shot}, {scene.time}, {scene.weather}, "
                  f"{scene.background}{side}{acting}", fill=(40, 40, 40))
    out.parent.mkdir(parents=True, exist_ok=True)
    sheet.save(out, optimize=True)


_ARTICLES = re.compile(r"^(?:the|a|an|der|die|das|den|dem|ein|eine|einen|el|la|los|las|un|una|le|les|l'|une|il|lo"
                       r"|gli|o|os|as|um|uma|de|het|een)\s+", re.IGNORECASE)


def _bare(name: str) -> str:
    return _ARTICLES.sub("", " ".join(name.lower().replace("l'", "l' ").split())).strip()


def _entity(name: str, entities: list, kind: str):
    """The plan's entity a label names ("a cake box" -> the cake box; "die Schmiede" -> Schmiede)."""
    want = _bare(name)
    found = [e for e in entities if e.kind in kind and want and (_bare(e.name) == want)]
    return (found or [e for e in entities if e.kind in kind and want and _bare(e.name) and
                      (_bare(e.name) in want or want in _bare(e.name))] or [None])[0]


def _says(accept: list[str], labels: list[str]) -> bool:
    """Some accepted word or phrase stands whole among the art's own labels (singular)."""
    from storyreel.cast.things import singular, words

    got = {singular(w) for label in labels for w in words(label)}
    return any(words(a) and all(singular(w) in got for w in words(a)) for a in accept)


def labelled(folder: Path, key: dict) -> dict:
    """The places and things bench/keys/things_places.json labels for a story, against what its film
    drew (each keyframe's `drawn` record): a thing is shown (its art's labels say what it is), drawn
    as another (they do not), left out (no art shows it), not on screen or not planned; a place is
    drawn when some scene is set there, shown when its art's labels say it."""
    from storyreel.project import Project
    from storyreel.script import load_script

    project = Project(folder)
    script = load_script(project.script)
    manifest = project.manifest.read()
    drawn = {s.id: (manifest.get(f"keyframes/{s.id}.png") or {}).get("drawn") or {} for s in script.scenes}
    things = []
    for label in key.get("things", []):
        entity = _entity(label["name"], script.entities, ("object",))
        records = [drawn[s.id].get("entities", {}).get(entity.id) for s in script.scenes
                   if entity is not None and entity.id in s.entities]
        records = [r for r in records if r]
        if entity is None:
            status = "not planned"
        elif not records:
            status = "not on screen"
        elif all(r.get("missing") for r in records):
            status = "left out"
        else:
            r = next(r for r in records if not r.get("missing"))
            status = "shown" if _says(label["accept"], [r.get("glyph_name") or "", *(r.get("labels") or [])]) \
                else "another"
        things.append({"name": label["name"], "status": status})
    places = []
    for label in key.get("places", []):
        entity = _entity(label["name"], script.entities, ("location",))
        backgrounds = [drawn[s.id].get("background", {}) for s in script.scenes
                       if entity is not None and s.background == entity.id]
        shown = any(_says(label["accept"], [b.get("landmark_name") or "", b.get("terrain") or ""]) for b in backgrounds)
        places.append({"name": label["name"], "drawn": bool(backgrounds), "shown": shown})
    return {"things": things, "places": places}


def _share(items: list[dict], field: str) -> str:
    """"hits/all": things whose status is `field`, places whose `field` is true."""
    hits = sum(i.get("status") == field or i.get(field) is True for i in items)
    return f"{hits}/{len(items)}" if items else "—"


def labels_summary(seen: list[tuple[str, dict]]) -> str:
    """The places and things of bench/keys/things_places.json over all films: how each thing ended."""
    things = [t for _, found in seen for t in found["things"]]
    places = [p for _, found in seen for p in found["places"]]
    counts = {status: sum(t["status"] == status for t in things)
              for status in ("shown", "another", "left out", "not on screen", "not planned")}
    another = [f"{story}: {t['name']}" for story, found in seen for t in found["things"] if t["status"] == "another"]
    return (f"Labelled places and things (bench/keys/things_places.json, written from the stories alone): of "
            f"{len(things)} things, {counts['shown']} shown by art whose own labels say them, {counts['another']} "
            f"drawn as another thing{' (' + '; '.join(another) + ')' if another else ''}, {counts['left out']} left "
            f"out (no art shows them), {counts['not on screen']} planned but on no scene, {counts['not planned']} "
            f"not in the plan; of {len(places)} places, {sum(p['drawn'] for p in places)} drawn in at least one "
            f"scene, {sum(p['shown'] for p in places)} with a landmark whose labels say what they are. Targets: no "
            "named thing drawn as another, every location the story names drawn in at least one scene.")


def emoji_style(folder: Path, config) -> Path:
    """The same plan rendered with the emoji cast (the style before the people kit), beside it."""
    other = folder.with_name(folder.name + "-emoji")
    other.mkdir(parents=True, exist_ok=True)
    files.write_text(other / "script.json", (folder / "script.json").read_text(encoding="utf-8"))
    api.render(other, config=config.model_copy(update={"backends": config.backends.model_copy(
        update={"cast": "emoji"})}))
    return other


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    parser.add_argument("--work", type=Path, default=ROOT / ".bench" / "quality")
    parser.add_argument("--long", action="store_true", help="include the ~5-minute story")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="just these stories (file names without .txt)")
    parser.add_argument("--plans", type=Path, metavar="DIR",
                        help="render the plans `make bench-director` left in DIR/<story>/script.json instead of "
                             "planning again (the make column is then the render alone)")
    args = parser.parse_args()
    config = load_config(environ={})
    rows, total, labels_seen = [], time.perf_counter(), []
    keys = json.loads((HERE / "keys" / "things_places.json").read_text(encoding="utf-8"))["stories"]
    stories = [s for s in story_files(args.long or bool(args.only)) if not args.only or s.stem in args.only]
    for story in stories:
        folder = args.work / story.stem
        started = time.perf_counter()
        text = story.read_text(encoding="utf-8")
        planned = args.plans / story.stem / "script.json" if args.plans else None
        if planned is not None and planned.is_file():
            folder.mkdir(parents=True, exist_ok=True)
            files.write_text(folder / "story.txt", text)
            files.write_text(folder / "script.json", planned.read_text(encoding="utf-8"))
            summary = api.render(folder, config=config)
        else:
            summary = api.make(folder, story=text, config=config)
        made = time.perf_counter() - started
        (report,), _ = evaluate_films([folder], config)
        contact_sheet([emoji_style(folder, config), folder], HERE / "sheets" / f"{story.stem}.png")
        values = " | ".join("—" if report["summary"][k] is None else f"{report['summary'][k]:.3f}" for k, _ in COLUMNS)
        found = labelled(folder, keys.get(story.name, {}))
        labels_seen.append((story.name, found))
        rows.append(f"| [{story.name}](bench/sheets/{story.stem}.png) | {summary.scenes} | {summary.film_seconds:.0f} | "
                    f"{values} | {_share(found['things'], 'shown')} | "
                    f"{sum(t['status'] == 'another' for t in found['things'])} | "
                    f"{_share(found['places'], 'drawn')} | {made:.0f} | {report['seconds']:.1f} |")
        print(rows[-1], flush=True)
    film_s, scenes, eval_s = five_minute_film(args.work, config)
    print(f"5-minute film: {film_s:.0f} s, {scenes} scenes, evaluated in {eval_s:.1f} s", flush=True)
    header = " | ".join(label for _, label in COLUMNS)
    body = (f"Measured {time.strftime('%Y-%m-%d')} by `make bench-quality` on {len(rows)} stories (embedded "
            f"backends, default model), {time.perf_counter() - total:.0f} s in all. Metrics as in "
            f"[docs/evaluation.md](docs/evaluation.md); make/eval are seconds (make reuses what an earlier run "
            f"left in .bench/quality{'; the plans are those of `make bench-director`, so make is the render alone' if args.plans else ''}). Each story links to its contact sheet (one keyframe per scene, emoji style left, people kit "
            f"right, from the same plan). Targets: "
            f"depiction >= 0.9, no contradicted cast.\n\n"
            f"Evaluation of a {film_s / 60:.1f}-minute film ({scenes} scenes, 1280x720, `bench/fixed_60s.json` five "
            f"times over): **{eval_s:.1f} s** (target: under 60 s on 2 cores).\n\n"
            f"| story | scenes | film (s) | {header} | things shown | drawn as another | places drawn | make (s) | "
            f"eval (s) |\n"
            f"|---|---|---|{'---|' * len(COLUMNS)}---|---|---|---|---|\n" + "\n".join(rows) + "\n\n" +
            labels_summary(labels_seen))
    replace_section(args.out, SECTION, body)


if __name__ == "__main__":
    main()
