"""Hostile input for `make reliability` (bench/reliability.py calls `hostile_campaign`): stories
and studio requests a careless or hostile user sends, and what storyreel answered.

1. Stories: the named hostile ones (1 MB, binary, NUL, terminal output, one 5,000-character
   sentence, a 150-letter word, 3,001 sentences, 500 tiny sentences, control characters,
   right-to-left, mixed scripts) and `stories` more generated from words of several scripts,
   sentence marks and characters that are not text. Each goes through `storyreel plan` (the CLI,
   for the named ones) and through `storyreel.limits.check_story`, which the CLI, the API and
   the studio share: refused (exit code 2, a message) or taken; the slowest check is reported.
   With `films` > 0, that many taken stories are made into films for real (`storyreel make`, the
   0.5B model), each checked with ffprobe.
2. Studio requests: `requests` random requests (any route, one field of a valid body replaced by
   a hostile value: wrong type, huge, negative, NUL, a lone surrogate, "../../etc", ...) against
   the real app (FastAPI's TestClient, no job worker): answered 2xx, 4xx, or 5xx (a failure); and
   whether any file appeared outside the projects folder.

Writes its figures into docs/reliability.md between the "hostile" markers.
"""

from __future__ import annotations

import copy
import json
import logging
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from report import replace_between  # noqa: E402

CLI = [sys.executable, "-m", "storyreel"]
BEGIN, END = "<!-- hostile: begin -->", "<!-- hostile: end -->"

PROSE = "Milo ran up the windy hill with his dog Rex, and the red kite rose over the grass. "
NAMED: dict[str, str | bytes] = {
    "1 MB of prose": PROSE * 13_000,
    "binary": bytes(range(256)) * 8,
    "NUL characters": "Milo ran.\x00\x00\x00" * 20,
    "terminal output": "\x1b\x07\x01\x02\x03\x04" * 50 + "Milo ran.",
    "one 5,000-character sentence": ("and the fox ran on " * 270)[:5_000] + ".",
    "a 150-letter word": "Milo typed " + "x" * 150 + " and slept.",
    "3,001 sentences": "Go. " * 3_001,
    "500 tiny sentences": "Go. " * 500,
    "control characters": "Ali\x07 and his dog Noa\x1b[31m ran to the harbour.\r\nThere Noa found a red kite in "
                          "the sand.\x0c\r\nAli said \u202bשלום\u202c to the old sailor, and they flew the kite until "
                          "sunset.",
    "right-to-left": "كان يا ما كان ولد اسمه علي يعيش قرب البحر. ذهب علي إلى السوق مع كلبه.\n\nשלום, אמר הכלב. "
                     "הם הלכו הביתה בערב.",
    "mixed scripts": "Milo met Ли Вэй at the market. 小雨在河边钓鱼。 Ali said مرحبا and waved 👋. Then they all ran "
                     "home together, laughing.",
}
WORDS = ["Milo", "ran", "and", "the", "hill", "Rex", "kite", "said", "小雨", "河边", "علي", "السوق", "שלום", "Вэй",
         "😀", "x" * 60, "\u202e", "\x07", "\x1b[1m", "\ud800", "\r\n", "\t"]
MARKS = [" ", " ", " ", ", ", ". ", "! ", "。", "\n", "\n\n", '"', "; "]
NASTY = ["../../etc", "/etc/passwd", "a\x00b", "\ud800", "\u202eevil", "שלום", "", "x" * 70_000, -1, -(2 ** 63),
         10 ** 40, 1e308, float("nan"), True, None, [], {}, [None], {"../../etc": "x"}]


def generated(rng: random.Random) -> str:
    """A story of words of several scripts, sentence marks and characters that are not text."""
    return "".join(rng.choice(WORDS) + rng.choice(MARKS) for _ in range(rng.randrange(0, 2_000)))


def _cli_verdict(story: str | bytes, tmp: Path) -> tuple[int, str]:
    path = tmp / "story.txt"
    path.write_bytes(story if isinstance(story, bytes) else story.encode("utf-8", "surrogatepass"))
    done = subprocess.run([*CLI, "plan", str(path), "-o", str(tmp / "never"), "-q", "--until", "rough"],
                          capture_output=True, text=True, timeout=600)
    return done.returncode, " ".join((done.stdout + done.stderr).split())


def stories_campaign(count: int, films: int, seed: int) -> dict:
    """Part 1 of the module docstring."""
    from storyreel.errors import InputError
    from storyreel.limits import check_story

    rng = random.Random(seed)
    rows, slowest, taken_texts = [], 0.0, []
    check_story("Warm up.")  # loads the language identifier once, outside the timings
    with tempfile.TemporaryDirectory(prefix="hostile-") as tmp:
        for name, story in NAMED.items():
            text = story if isinstance(story, str) else None
            verdict, said = "taken", ""
            if text is not None:
                started = time.perf_counter()
                try:
                    check_story(text)
                except InputError as exc:
                    verdict, said = "refused", str(exc)
                slowest = max(slowest, time.perf_counter() - started)
            if verdict == "refused" or text is None:  # the CLI's own answer (a taken one would start planning)
                code, said = _cli_verdict(story, Path(tmp))
                verdict = "refused" if code == 2 else f"exit {code}"
            else:
                taken_texts.append((name, text))
            rows.append({"story": name, "verdict": verdict, "said": said[:160]})
            print(f"story {name}: {verdict} {said[:100]}", flush=True)
        refused_generated = 0
        logging.getLogger("storyreel.limits").setLevel(logging.ERROR)  # one "removed" warning a story is noise here
        for _ in range(count):
            text = generated(rng)
            started = time.perf_counter()
            try:
                check_story(text)
            except InputError:
                refused_generated += 1
            slowest = max(slowest, time.perf_counter() - started)
        made = []
        # the short stories first: 500 tiny sentences are 167 scenes, some 3 minutes from story to film
        order = ["control characters", "mixed scripts", "right-to-left", "500 tiny sentences"]
        taken_texts.sort(key=lambda item: order.index(item[0]) if item[0] in order else len(order))
        for name, text in taken_texts[:films]:
            made.append(_film(name, text, Path(tmp)))
            print(f"film of {name}: {made[-1]}", flush=True)
    return {"named": rows, "generated": count, "generated_refused": refused_generated,
            "slowest_check_s": round(slowest, 3), "films": made}


def _film(name: str, text: str, tmp: Path) -> dict:
    """`storyreel make` with the 0.5B model: a film whose streams ffprobe reads, or why not."""
    folder = tmp / "film"
    story = tmp / "film-story.txt"
    story.write_text(text, encoding="utf-8")
    started = time.monotonic()
    env = {**os.environ, "OMP_NUM_THREADS": "2"}
    done = subprocess.run([*CLI, "make", str(story), "-o", str(folder), "-q", "--model", "qwen2.5-0.5b",
                           "--width", "320", "--height", "180", "--fps", "12"], capture_output=True, text=True,
                          timeout=3600, env=env)
    seconds = round(time.monotonic() - started, 1)
    if done.returncode != 0:
        return {"story": name, "film": False, "seconds": seconds, "problem": (done.stdout + done.stderr)[-300:]}
    probe = subprocess.run(["ffprobe", "-v", "error", "-show_streams", "-of", "json", str(folder / "film.mp4")],
                           capture_output=True, text=True)
    kinds = sorted(s["codec_type"] for s in json.loads(probe.stdout or "{}").get("streams", []))
    return {"story": name, "film": "video" in kinds and "audio" in kinds, "seconds": seconds, "streams": kinds}


def requests_campaign(count: int, seed: int) -> dict:
    """Part 2 of the module docstring."""
    sys.path.insert(0, str(ROOT / "tests"))
    from conftest import THREE_SCENES
    from fastapi.testclient import TestClient
    from test_studio_support import studio_config

    from storyreel.studio.app import StudioSettings, create_app

    rng = random.Random(seed)
    counts = {"2xx": 0, "4xx": 0, "5xx": 0}
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="hostile-studio-") as tmp:
        base = Path(tmp)
        projects = base / "a" / "b" / "projects"
        projects.mkdir(parents=True)
        (base / "a" / "etc").mkdir()
        (base / "a" / "etc" / "passwd").write_text("canary\n")
        app = create_app(StudioSettings(projects=projects, config=studio_config(), workers=0))

        def outside() -> list[str]:
            return sorted(str(p.relative_to(base)) for p in base.rglob("*") if projects not in (p, *p.parents))

        before = outside()
        with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as client:
            def send(method: str, url: str, value=None, hostile: bool = True, **headers):
                body = None if value is None else json.dumps(value, allow_nan=True).encode("ascii")
                res = client.request(method, url, content=body,
                                     headers={"Content-Type": "application/json", **headers})
                if hostile:  # the set-up and the resets between requests are not counted
                    counts[f"{min(res.status_code // 100, 5)}xx" if res.status_code >= 400 else "2xx"] += 1
                if res.status_code >= 500:
                    failures.append(f"{method} {url}: {res.status_code}")
                return res

            send("POST", "/api/projects", {"name": "kite", "script": THREE_SCENES}, hostile=False)
            for _ in range(count):
                value = rng.choice(NASTY)
                route = rng.randrange(7)
                if route == 0:
                    body = {"story": "Milo ran up the hill.", "name": "n"}
                    send("POST", "/api/projects", {**body, rng.choice(["name", "story", "idea", "script"]): value})
                elif route == 1:
                    send("POST", "/api/projects/batch", {"ideas": rng.choice([value, [value], "a dog\n" * 30])})
                elif route in (2, 3):
                    data = copy.deepcopy(THREE_SCENES)
                    target = rng.choice([data, data["scenes"][1], data["entities"][0]])
                    target[rng.choice(sorted(target))] = value
                    if route == 2:
                        send("PUT", "/api/projects/kite/script", data, **{"If-Match": "*"})
                    else:
                        field = rng.choice(sorted(THREE_SCENES["scenes"][1]))
                        send("PATCH", "/api/projects/kite/scenes/s2", {field: value}, **{"If-Match": "*"})
                    send("PUT", "/api/projects/kite/script", THREE_SCENES, hostile=False, **{"If-Match": "*"})
                elif route == 4:
                    send("POST", "/api/projects/kite/scenes", {"scene": {"narration": value, "description": "d"},
                                                               "position": rng.choice([value, 1])}, **{"If-Match": "*"})
                    send("PUT", "/api/projects/kite/script", THREE_SCENES, hostile=False, **{"If-Match": "*"})
                elif route == 5:
                    send("POST", "/api/projects/kite/jobs", {"kind": "render", "scenes": value})
                else:
                    send("POST", "/api/projects/kite/scenes/order", {"order": value}, **{"If-Match": "*"})
        escaped = sorted(set(outside()) - set(before))
    return {"requests": sum(counts.values()), **counts, "failures": failures[:10], "written_outside": escaped}


def hostile_campaign(stories: int = 200, requests: int = 400, films: int = 0, seed: int = 0) -> dict:
    """Both parts; the figures `write_hostile_figures` writes."""
    return {"stories": stories_campaign(stories, films, seed), "studio": requests_campaign(requests, seed + 1)}


def write_hostile_figures(path: Path, found: dict) -> None:
    """The figures, between the "hostile" markers of docs/reliability.md."""
    s, r = found["stories"], found["studio"]
    refused = [row["story"] for row in s["named"] if row["verdict"] == "refused"]
    taken = [row["story"] for row in s["named"] if row["verdict"] == "taken"]
    other = [f"{row['story']} ({row['verdict']})" for row in s["named"] if row["verdict"] not in ("refused", "taken")]
    lines = [f"Measured {time.strftime('%Y-%m-%d')} by `make reliability` (bench/hostile.py) on "
             f"{len(os.sched_getaffinity(0))} cores.", "",
             "| input | tried | refused with a message | taken | server errors (5xx) |", "|---|---|---|---|---|",
             f"| named hostile stories (the refused: `storyreel plan`, exit 2) | {len(s['named'])} | {len(refused)} "
             f"| {len(taken)} | — |",
             f"| generated hostile stories (`check_story`) | {s['generated']} | {s['generated_refused']} | "
             f"{s['generated'] - s['generated_refused']} | — |",
             f"| studio requests with a hostile field | {r['requests']} | {r['4xx']} | {r['2xx']} | {r['5xx']} |",
             "", f"Refused: {', '.join(refused)}. Taken: {', '.join(taken)}." + (f" Other: {', '.join(other)}."
                                                                              if other else ""),
             f"The slowest check of a story took {s['slowest_check_s']} s. Files written outside the projects "
             f"folder: {len(r['written_outside'])}."]
    for film in s["films"]:
        lines.append(f"Film of the {film['story']} story (`storyreel make`, 0.5B model): "
                     + (f"made in {film['seconds']} s, streams {', '.join(film['streams'])}." if film["film"]
                        else f"none ({film.get('problem', film.get('streams'))})."))
    if r["failures"]:
        lines.append("Server errors: " + "; ".join(r["failures"]))
    replace_between(path, BEGIN, END, lines)


def hostile_failed(found: dict) -> bool:
    """True when any input was answered with a server error, an unexpected exit code, or a file
    written outside the projects folder."""
    s, r = found["stories"], found["studio"]
    return bool(r["5xx"] or r["written_outside"] or any(row["verdict"] not in ("refused", "taken")
                                                        for row in s["named"])
                or any(not f["film"] for f in s["films"]))


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=200)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--films", type=int, default=0)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "reliability.md")
    args = parser.parse_args()
    figures = hostile_campaign(args.stories, args.requests, args.films)
    write_hostile_figures(args.out, figures)
    raise SystemExit(1 if hostile_failed(figures) else 0)
