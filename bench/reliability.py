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

The studio rounds (`studio_campaign`) do the same to a real `storyreel serve` in its own process
group, over one projects folder that lives through every kill. A render round creates a project
with an unrendered small script, queues its render and SIGKILLs the server after a random time
within one measured uninterrupted studio render; the restarted server must show the job
interrupted with a message saying to resume it, and the resumed job must end with a film that
passes the same checks. A PATCH round sends a stream of scene edits (narration and length, each
with the If-Match ETag of the last answer) and SIGKILLs the server at a random moment; after the
restart script.json must parse, validate and be exactly the last acknowledged version or the one
in flight, the ETag the server reports must be the file's, no temporary file may be left, and a
render afterwards must pass the checks. Their figures go between the "studio campaign" markers.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import hashlib
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from report import replace_between  # noqa: E402

CLI = [sys.executable, "-m", "storyreel"]
BEGIN, END = "<!-- campaign: begin -->", "<!-- campaign: end -->"
STUDIO_BEGIN, STUDIO_END = "<!-- studio campaign: begin -->", "<!-- studio campaign: end -->"


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


def campaign(rounds: int, executor: str = "local", seed: int = 0, work: Path | None = None,
             within: tuple[float, float] = (0.0, 1.0)) -> dict:
    """Run the kill campaign; return its figures (see the module docstring). `within` bounds the kill
    times as fractions of the uninterrupted render (never before 0.3 s): (0.2, 0.8) lands every kill
    mid-render, so one round is enough to test with."""
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
            at = max(0.3, rng.uniform(within[0] * span, within[1] * span))
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
    replace_between(path, BEGIN, END, lines)


# -- the studio: its server killed during a render and during a stream of edits ----------------------

def studio_script(scenes: int = 2, seconds: float = 3.0) -> dict:
    """The first `scenes` scenes of the small script, each `seconds` long: a studio round's project."""
    data = small_script()
    data["scenes"] = data["scenes"][:scenes]
    for scene in data["scenes"]:
        scene["duration_s"] = seconds
    used = {e for s in data["scenes"] for e in (*s["entities"], s["background"])}
    data["entities"] = [e for e in data["entities"] if e["id"] in used]  # no cast drawn for nobody on screen
    return data


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """A real `storyreel serve` over one projects folder, in its own process group, started again
    after each kill on the same port (its log appended to `log`; `config` a TOML file)."""

    def __init__(self, projects: Path, log: Path, config: Path | None = None):
        self.projects, self.log, self.config = projects, log, config
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None

    def start(self, timeout: float = 60.0) -> None:
        """Start the server and wait until it answers."""
        import httpx

        with open(self.log, "ab") as out:  # a file, not a pipe: nothing reads the server's output while it runs
            extra = ["--config", str(self.config)] if self.config else []
            self.proc = subprocess.Popen([*CLI, "serve", "--projects", str(self.projects), "--port", str(self.port),
                                          *extra], stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the studio exited with {self.proc.returncode}: {self._tail()}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(self.url + "/api/health", timeout=2).status_code == 200:
                    return
            time.sleep(0.1)
        raise RuntimeError(f"the studio did not answer within {timeout} s: {self._tail()}")

    def kill(self) -> None:
        """SIGKILL the whole process group (the server and its render workers), and wait until every
        process of it is gone: the next server must not meet a dying one's locks."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                os.killpg(self.proc.pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.05)
        raise RuntimeError(f"processes of the killed studio's group {self.proc.pid} outlived it by 30 s")

    def stop(self) -> None:
        """End the server politely (SIGTERM), or kill it when it does not end."""
        if self.proc is None or self.proc.poll() is not None:
            return
        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.kill()

    def client(self):
        """An HTTP client of this server."""
        import httpx

        return httpx.Client(base_url=self.url, timeout=120)

    def _tail(self) -> str:
        try:
            return self.log.read_text(errors="replace")[-600:]
        except OSError:
            return ""


def _get(http, url: str, tries: int = 5):
    """GET `url`, again after a dropped connection: a busy server may close a kept-alive connection
    just as the next request goes out on it (a reset, not an answer)."""
    import httpx

    for n in range(tries):
        try:
            return http.get(url)
        except httpx.TransportError:
            if n == tries - 1:
                raise
            time.sleep(0.5)


def _wait_job(http, job_id: str, timeout: float = 900.0) -> dict:
    deadline = time.monotonic() + timeout
    while (job := _get(http, f"/api/jobs/{job_id}").json())["state"] in ("queued", "running"):
        if time.monotonic() > deadline:
            raise RuntimeError(f"job {job_id} still {job['state']} after {timeout} s")
        time.sleep(0.2)
    return job


def _render_job(http, name: str) -> dict:
    res = http.post(f"/api/projects/{name}/jobs", json={"kind": "render"})
    if res.status_code != 202:
        raise RuntimeError(f"POST a render of {name}: HTTP {res.status_code}: {res.text[:300]}")
    return res.json()


def _job_problems(job: dict, folder: Path) -> list[str]:
    if job["state"] != "done":
        return [f"the job ended {job['state']}: {(job.get('error') or {}).get('message')}"]
    return problems(folder)


def studio_render_round(server: Server, n: int, script: dict, span: float | None, rng: random.Random,
                        within: tuple[float, float] = (0.0, 1.0)) -> dict:
    """Create a project, queue its render, SIGKILL the server a random time into it (between the
    fractions `within` of `span`, at least 0.3 s; without a `span`, once the job's progress passes a
    random fraction within `within`), start it again, resume the job when it is interrupted and
    check the film (see the module docstring)."""
    name = f"render-{n}"
    with server.client() as http:
        res = http.post("/api/projects", json={"name": name, "script": script})
        if res.status_code != 201:
            raise RuntimeError(f"POST project {name}: HTTP {res.status_code}: {res.text[:300]}")
        job = _render_job(http, name)
        started = time.monotonic()
        if span is not None:
            time.sleep(max(0.3, rng.uniform(within[0] * span, within[1] * span)))
        else:  # no measured render to draw a time from: a random point of the job's own progress
            target = rng.uniform(*within)
            while (now := _get(http, f"/api/jobs/{job['id']}").json())["state"] in ("queued", "running") \
                    and now["progress"] < target:
                time.sleep(0.05)
        at = time.monotonic() - started
    server.kill()
    stages = sorted({rel.split("/")[0] for rel in _made(server.projects / name)})
    server.start()
    found = []
    with server.client() as http:
        after = _get(http, f"/api/jobs/{job['id']}").json()
        if after["state"] == "interrupted":
            message = (after.get("error") or {}).get("message") or ""
            if "resume" not in message:
                found.append(f"interrupted without saying to resume: {message!r}")
            res = http.post(f"/api/jobs/{job['id']}/resume")
            if res.status_code != 200:
                found.append(f"resume: HTTP {res.status_code}: {res.text[:200]}")
        elif after["state"] not in ("queued", "done"):  # killed before the worker took it, or after it ended
            found.append(f"after the restart the job is {after['state']}")
        if not found:
            found = _job_problems(_wait_job(http, job["id"]), server.projects / name)
    return {"round": n, "kill_at_s": round(at, 2), "after_restart": after["state"], "made_before": stages,
            "survived": not found, "problems": found}


def _expected(acked: dict, scene_id: str, patch: dict) -> dict:
    out = copy.deepcopy(acked)
    next(s for s in out["scenes"] if s["id"] == scene_id).update(copy.deepcopy(patch))
    return out


def studio_patch_round(server: Server, n: int, name: str, rng: random.Random, render: bool = True) -> dict:
    """Send a stream of PATCHes to one scene of project `name`, each with the last answer's ETag,
    SIGKILL the server at a random moment, start it again and check script.json (see the module
    docstring); `render` renders the project afterwards and checks the film."""
    from storyreel.script import validate_script
    from storyreel.studio.projects import etag_of

    folder = server.projects / name
    with server.client() as http:
        res = _get(http, f"/api/projects/{name}/script")
        acked, etag = res.json(), res.headers["etag"]
    scene = rng.choice(acked["scenes"])
    words = scene["narration"].rstrip(".")
    at = rng.uniform(0.2, 3.0)
    killer = threading.Timer(at, server.kill)
    killer.start()
    sent, in_flight, refused = 0, None, []
    with server.client() as http:
        while True:
            patch = {"narration": f"{words}, take {n}-{sent}.", "duration_s": rng.choice([3.0, 3.5, 4.0, 4.5])}
            in_flight = _expected(acked, scene["id"], patch)
            try:
                res = http.patch(f"/api/projects/{name}/scenes/{scene['id']}", json=patch,
                                 headers={"If-Match": etag})
            except Exception:  # noqa: BLE001  (any way the connection ends: the server is gone)
                break
            if res.status_code != 200:
                refused.append(f"PATCH {sent}: HTTP {res.status_code}: {res.text[:200]}")
                break
            body = res.json()
            acked, etag, in_flight = body["script"], body["etag"], None
            sent += 1
    killer.join()  # a refused PATCH ends the stream early; the kill still comes at its time
    temps = [p.name for p in folder.rglob(".*.part*")]
    found = list(refused)
    raw = (folder / "script.json").read_bytes()
    if etag_of(raw) == etag:
        landed = "acknowledged"
    else:
        try:
            data = json.loads(raw)
        except ValueError as exc:
            data, landed = None, "unreadable"
            found.append(f"script.json does not parse after the kill: {exc}")
        if data is not None:
            landed = "in flight" if data == in_flight else "neither"
            if landed == "neither":
                found.append("script.json is neither the acknowledged version nor the one in flight")
    if landed != "unreadable":
        try:
            validate_script(json.loads(raw), "script")
        except Exception as exc:  # noqa: BLE001  (whatever the contract says is wrong is a finding)
            found.append(f"script.json does not validate after the kill: {exc}")
    server.start()
    with server.client() as http:
        res = _get(http, f"/api/projects/{name}/script")
        if res.status_code != 200 or res.headers.get("etag") != etag_of(raw) or res.json() != json.loads(raw):
            found.append(f"the restarted server reports {res.status_code} {res.headers.get('etag')}, "
                         f"the file's ETag is {etag_of(raw)}")
        left = [p.name for p in folder.rglob(".*.part*")]
        if left:
            found.append(f"temporary files left after the restart: {left}")
        if render and not found:
            found = _job_problems(_wait_job(http, _render_job(http, name)["id"]), folder)
    return {"round": n, "kill_at_s": round(at, 2), "acknowledged": sent, "script_was": landed,
            "temps_at_kill": temps, "survived": not found, "problems": found}


def studio_campaign(render_rounds: int, patch_rounds: int, seed: int = 0, work: Path | None = None,
                    scenes: int = 2, seconds: float = 3.0, render_each: bool = True, config: str | None = None,
                    within: tuple[float, float] = (0.0, 1.0), measure: bool = True) -> dict:
    """Run the studio rounds on one server and projects folder: an uninterrupted render (its time
    sets the kill range; its project is the one the PATCH rounds edit), then `render_rounds` render
    rounds and `patch_rounds` PATCH rounds. Without `measure` there is no uninterrupted render: the
    render rounds kill at a random point of the job's progress, and the PATCH rounds edit the first
    render round's project (so at least one render round is needed). The project is rendered after
    every PATCH round, or only after the last one without `render_each`. `config` is the server's
    storyreel.toml (default: none, the settings a user gets); `within` narrows the kill points
    (fractions of the uninterrupted render's time, or of the job's progress).
    Returns the figures."""
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="reliability-studio-", dir=work) as tmp:
        projects = Path(tmp) / "projects"
        toml = None
        if config is not None:
            toml = Path(tmp) / "storyreel.toml"
            toml.write_text(config, encoding="utf-8")
        server = Server(projects, Path(tmp) / "serve.log", toml)
        script = studio_script(scenes, seconds)
        if not measure and patch_rounds and not render_rounds:
            raise ValueError("without an uninterrupted render the PATCH rounds edit a render round's project")
        server.start()
        try:
            span, edited = None, "render-0"
            if measure:
                with server.client() as http:
                    res = http.post("/api/projects", json={"name": "edits", "script": script})
                    if res.status_code != 201:
                        raise RuntimeError(f"POST project edits: HTTP {res.status_code}: {res.text[:300]}")
                    started = time.monotonic()
                    first = _job_problems(_wait_job(http, _render_job(http, "edits")["id"]), projects / "edits")
                    span, edited = time.monotonic() - started, "edits"
                if first:
                    raise SystemExit(f"an uninterrupted studio render failed: {first}")
            renders, patches = [], []
            for n in range(render_rounds):
                renders.append(r := studio_render_round(server, n, script, span, rng, within))
                print(f"studio render round {n}: killed at {r['kill_at_s']} s "
                      f"({', '.join(r['made_before']) or 'nothing made'}), then {r['after_restart']}: "
                      f"{'survived' if r['survived'] else r['problems']}", flush=True)
            for n in range(patch_rounds):
                patches.append(r := studio_patch_round(server, n, edited, rng,
                                                       render=render_each or n == patch_rounds - 1))
                print(f"studio PATCH round {n}: killed at {r['kill_at_s']} s after {r['acknowledged']} "
                      f"acknowledged, script.json was the {r['script_was']} version"
                      f"{' (a temporary file at the kill)' if r['temps_at_kill'] else ''}: "
                      f"{'survived' if r['survived'] else r['problems']}", flush=True)
        finally:
            server.stop()
    return {"uninterrupted_s": None if span is None else round(span, 1), "render": renders, "patch": patches}


def write_studio_figures(path: Path, found: dict) -> None:
    """Write the studio rounds' figures between the "studio campaign" markers of `path`."""
    r, p = found["render"], found["patch"]
    states = {s: sum(x["after_restart"] == s for x in r) for s in ("interrupted", "queued", "done")}
    landed = {s: sum(x["script_was"] == s for x in p) for s in ("acknowledged", "in flight")}
    acked = sum(x["acknowledged"] for x in p)
    said = sum(x["after_restart"] == "interrupted" and not any("without saying" in y for y in x["problems"]) for x in r)
    lines = [f"Measured {time.strftime('%Y-%m-%d')} by `make reliability` on {len(os.sched_getaffinity(0))} cores.",
             "", "| studio rounds | rounds | where the kill landed | what the restarted server showed | survived |",
             "|---|---|---|---|---|",
             f"| render | {len(r)} | {states['interrupted']} while the job ran, {states['queued']} before it started, "
             f"{states['done']} after it ended (an uninterrupted studio render: {found['uninterrupted_s']} s) | "
             f"the job interrupted, saying to resume it: {said} of {states['interrupted']} | "
             f"{sum(x['survived'] for x in r)} of {len(r)} (resumed to a valid film, every artifact as recorded) |",
             f"| PATCH | {len(p)} | after {min((x['acknowledged'] for x in p), default=0)} to "
             f"{max((x['acknowledged'] for x in p), default=0)} acknowledged edits ({acked} in all); "
             f"{sum(bool(x['temps_at_kill']) for x in p)} while script.json was being written (its temporary file "
             "left) | "
             f"script.json the last acknowledged version {landed['acknowledged']}, the one in flight "
             f"{landed['in flight']}, anything else {len(p) - sum(landed.values())} | "
             f"{sum(x['survived'] for x in p)} of {len(p)} (parses, validates, the server's ETag is the file's, no "
             "temporary file, a render after it valid) |"]
    failed = [(kind, x) for kind, xs in (("render", r), ("PATCH", p)) for x in xs if not x["survived"]]
    lines += ["", "Problems: " + ("; ".join(f"{kind} round {x['round']}: {x['problems']}" for kind, x in failed)
                                  if failed else "none.")]
    replace_between(path, STUDIO_BEGIN, STUDIO_END, lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--ray-rounds", type=int, default=20, help="rounds on a Ray instance (0: none)")
    parser.add_argument("--studio-rounds", type=int, default=10, help="studio rounds killed during a render")
    parser.add_argument("--patch-rounds", type=int, default=10, help="studio rounds killed during a stream of PATCHes")
    parser.add_argument("--seed", type=int, default=0)
    # hostile input (bench/hostile.py): stories and studio requests; 0 and 0 leave that part out
    parser.add_argument("--hostile-stories", type=int, default=200, help="generated hostile stories checked")
    parser.add_argument("--hostile-requests", type=int, default=400, help="studio requests with a hostile field")
    parser.add_argument("--hostile-films", type=int, default=1, help="accepted hostile stories made into films "
                        "with the 0.5B model (minutes each)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "reliability.md")
    args = parser.parse_args()
    found = [campaign(args.rounds, "local", args.seed)] if args.rounds else []
    if args.ray_rounds:
        found.append(campaign(args.ray_rounds, "ray", args.seed + 1))
    if found:  # each block is written only by the rounds that ran: one kind can be measured again alone
        write_figures(args.out, found)
    lost = any(f["survived"] < f["rounds"] for f in found)
    if args.studio_rounds or args.patch_rounds:
        studio = studio_campaign(args.studio_rounds, args.patch_rounds, args.seed + 2)
        write_studio_figures(args.out, studio)
        lost = lost or not all(x["survived"] for x in studio["render"] + studio["patch"])
    if args.hostile_stories or args.hostile_requests:
        from hostile import hostile_campaign, hostile_failed, write_hostile_figures  # bench/hostile.py

        hostile = hostile_campaign(args.hostile_stories, args.hostile_requests, args.hostile_films, args.seed + 3)
        write_hostile_figures(args.out, hostile)
        lost = lost or hostile_failed(hostile)
    if lost:
        raise SystemExit("some rounds did not survive (or hostile input got a server error): see " + str(args.out))


if __name__ == "__main__":
    main()
