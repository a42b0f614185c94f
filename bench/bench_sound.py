"""`make bench-sound`: what the score and ambience cost, and how the film then sounds.

The fixed 60 s script (bench/fixed_60s.json, its eight scenes given moods and weathers of every
kind) is rendered whole into fresh project folders, without sound under the narration and with
the score and ambience, alternately, REPEATS times each, in one process (the SoundFont is loaded
by every render with sound, as a fresh `storyreel render` does). Reported: the medians, the
ratio, the sound stage's own time, and the film's loudness and speech margin (evaluate/audio.py).
Writes a section of BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from report import replace_section  # noqa: E402

from storyreel import api  # noqa: E402
from storyreel.config import load_config  # noqa: E402
from storyreel.evaluate.audio import audio_report  # noqa: E402
from storyreel.project import Project  # noqa: E402
from storyreel.script import load_script  # noqa: E402

SECTION = "## Sound: cost and level (make bench-sound)"
REPEATS = 2
# A mood and a weather for each of the eight scenes, so every kind of music and sound is made.
MOODS = ["calm", "happy", "playful", "tense", "sad", "mysterious", "triumphant", "calm"]
WEATHERS = ["clear", "cloudy", "fog", "storm", "rain", "snow", "clear", "clear"]
TIMES = ["dawn", "morning", "day", "day", "sunset", "night", "day", "night"]


def script() -> dict:
    data = json.loads((HERE / "fixed_60s.json").read_text(encoding="utf-8"))
    for scene, mood, weather, when in zip(data["scenes"], MOODS, WEATHERS, TIMES):
        scene.update(mood=mood, weather=weather, time=when)
    return data


def render(work: Path, name: str, sound: bool) -> dict:
    folder = work / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    (folder / "script.json").write_text(json.dumps(script()), encoding="utf-8")
    config = load_config(overrides={"edit": {"score": sound, "ambience": sound}})
    started = time.perf_counter()
    summary = api.render(folder, config=config)
    return {"seconds": time.perf_counter() - started, "stages": summary.stage_seconds, "folder": folder}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    args = parser.parse_args()
    runs: dict[bool, list[dict]] = {False: [], True: []}
    with tempfile.TemporaryDirectory(prefix="bench-sound-") as tmp:
        for i in range(REPEATS):
            for sound in (False, True):
                run = render(Path(tmp), f"{'with' if sound else 'without'}-{i}", sound)
                runs[sound].append(run)
                print(f"{'with' if sound else 'without'} sound: {run['seconds']:.1f} s {run['stages']}", flush=True)
        last = runs[True][-1]["folder"]
        heard = audio_report(Project(last), load_script(last / "script.json"))
    without = statistics.median(r["seconds"] for r in runs[False])
    with_sound = statistics.median(r["seconds"] for r in runs[True])
    stage = statistics.median(r["stages"].get("sound", 0.0) for r in runs[True])
    edit = [statistics.median(r["stages"].get("edit", 0.0) for r in runs[s]) for s in (False, True)]
    margin = heard["speech_margin"]
    scenes = heard["scenes"].values()
    lines = [
        f"Measured {time.strftime('%Y-%m-%d')} by `make bench-sound` on {len(__import__('os').sched_getaffinity(0))} "
        f"cores: `bench/fixed_60s.json` (8 scenes, 60 s, 1280x720, 24 fps) with a mood, a time and a weather of "
        f"every kind, rendered whole from an empty folder {REPEATS} times each way, alternately; medians.", "",
        "| render | seconds | per second of film |", "|---|---|---|",
        f"| no score, no ambience (`--no-music --no-ambience`) | {without:.1f} | {without / 60:.2f} |",
        f"| score and ambience (default) | {with_sound:.1f} | {with_sound / 60:.2f} |",
        f"| of which the sound stage (8 scenes' music and ambience) | {stage:.1f} | {stage / 60:.2f} |",
        f"| edit stage without / with the bed | {edit[0]:.1f} / {edit[1]:.1f} | |", "",
        f"**The score and ambience add {100 * (with_sound / without - 1):.0f}% to the render** (target <= 15%); "
        f"each pair, in the order run: " + ", ".join(f"{100 * (w['seconds'] / o['seconds'] - 1):+.0f}%"
                                                   for o, w in zip(runs[False], runs[True])) +
        f"; the sound stage alone is {100 * stage / without:.0f}% of a render without sound.", "",
        f"The film with sound: {heard.get('integrated')} LUFS integrated, true peak {heard.get('true_peak')} dBTP; "
        f"speech above the ducked score and ambience while it speaks: median {margin.get('median_db')} dB, "
        f"10th percentile {margin.get('p10_db')} dB over {margin.get('blocks')} blocks of 0.4 s (target >= "
        f"{margin.get('target_db')} dB); music in {sum(s['music'] for s in scenes)} of {len(scenes)} scenes, "
        f"ambience in {sum(s['ambience'] for s in scenes)}.",
    ]
    print("\n".join(lines))
    replace_section(args.out, SECTION, "\n".join(lines))


if __name__ == "__main__":
    main()
