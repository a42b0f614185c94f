"""`make bench-load`: the studio under load while it renders, and the memory of a 200-scene render (issue 20).

Load. A real `storyreel serve` (a child process, on 127.0.0.1) first renders a small film (the fixed
60 s script at 480x270, 12 fps): it warms the server up and gives the clients a film to read. Then,
in pairs, the same script is rendered in two fresh project copies, one with no client connected
(unloaded) and one while CLIENTS clients read (loaded); the order alternates from pair to pair so
neither side always runs first. Of the clients, SSE hold an event stream each (half the job's stream
to its `end` event, half the project's stream), the others loop, each with its own connection, over
reads of the project list, a project's page data, its script, the render's job and a 64 KiB byte
range of the film, with a pause of THINK seconds (uniform) between two reads. A read is an error
when it fails or answers anything but 200 (206 for a range). The render's time is the job's own
(started to finished, from the server). The server's RSS (/proc/PID/status) is sampled every 0.1 s.

Scale. A script of 200 short scenes (320x180, 8 fps; the fixed script's scenes over and over) is
rendered with `storyreel render` in a child process, and the RSS of its whole process tree (the
render, its pool workers, ffmpeg) is sampled every 0.1 s; the same for 8 scenes of the same kind.
The peaks say whether memory grows with the number of scenes.

The load bench runs twice by default, with a pause of 0-0.5 s and of 0.5-1.5 s between a client's
reads (about 120 and 40 reads a second). Writes the figures into docs/reliability.md (between its
"load" markers); `--only load|scale`.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import json
import os
import random
import shutil
import signal
import socket
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from report import replace_between  # noqa: E402

BEGIN, END = "<!-- load: begin -->", "<!-- load: end -->"
READS = ("projects", "project", "script", "job", "film")  # kinds of plain reads; "sse" is a stream's first event
TERMINAL = ("done", "failed", "cancelled", "interrupted")
RANGE = 64 << 10
# One TLS context for every client: httpx builds one per client otherwise (some 70 ms each, on the event
# loop), which held the clients back for seconds at the start; the studio is plain HTTP anyway.
_TLS = ssl.create_default_context()
TOML = 'width = 480\nheight = 270\nfps = 12\n[backends]\nvoice = "espeak"\n[diffusion]\nmatting = "none"\n'


# -- scripts -----------------------------------------------------------------------------------------
def small_script() -> dict:
    """The fixed 60 s script (8 scenes) at 480x270, 12 fps: a render of some 30-60 s on 2 cores."""
    data = json.loads((HERE / "fixed_60s.json").read_text(encoding="utf-8"))
    data.update(width=480, height=270, fps=12)
    return data


def long_script(scenes: int, width: int = 320, height: int = 180, fps: int = 8) -> dict:
    """A script of `scenes` short scenes: the fixed script's 8 scenes over and over, each at most 2 s
    (its narration may make it longer), with ids s001, s002, ..."""
    data = json.loads((HERE / "fixed_60s.json").read_text(encoding="utf-8"))
    base = data["scenes"]
    data.update(width=width, height=height, fps=fps, title=f"{scenes} scenes")
    data["scenes"] = []
    for n in range(scenes):
        scene = copy.deepcopy(base[n % len(base)])
        scene.update(id=f"s{n + 1:03d}", duration_s=min(2.0, scene["duration_s"]))
        data["scenes"].append(scene)
    return data


# -- memory ------------------------------------------------------------------------------------------
def _kb(path: str, key: str) -> int | None:
    """A "key: N kB" line of a /proc file, or None when the file or the line is not there."""
    try:
        with open(path, encoding="ascii") as fh:
            return next((int(line.split()[1]) for line in fh if line.startswith(key)), None)
    except (OSError, ValueError):
        return None


def rss_kb(pid: int) -> int:
    """The resident set of one process in KiB (0 once it is gone)."""
    return _kb(f"/proc/{pid}/status", "VmRSS:") or 0


def pss_kb(pid: int) -> int:
    """The proportional set of one process in KiB (its own pages, plus its share of the pages it
    shares: libraries, a pool's common memory), so a sum over processes counts each page once;
    its RSS where the kernel does not say."""
    found = _kb(f"/proc/{pid}/smaps_rollup", "Pss:")
    return rss_kb(pid) if found is None else found


def cpu_s(pid: int) -> float:
    """CPU seconds (user + system) one process has used so far, all its threads; 0 once it is gone."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def tree(pid: int) -> list[int]:
    """`pid` and every process descending from it (from the parent ids in /proc/*/stat)."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])  # the name may hold spaces and ')'
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


class Sampler(threading.Thread):
    """Samples the RSS of a process (and, with `whole_tree`, the PSS of it and all its descendants,
    summed: each shared page counted once) every `every` seconds; peaks in MiB."""

    def __init__(self, pid: int, every: float = 0.1, whole_tree: bool = False):
        super().__init__(daemon=True)
        self.pid, self.every, self.whole_tree = pid, every, whole_tree
        self.peak_kb = self.peak_tree_kb = self.samples = 0
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            self.sample()
            self._halt.wait(self.every)

    def sample(self) -> None:
        own = rss_kb(self.pid)
        self.peak_kb = max(self.peak_kb, own)
        if self.whole_tree:
            self.peak_tree_kb = max(self.peak_tree_kb, sum(pss_kb(p) for p in tree(self.pid)))
        self.samples += 1

    def reset(self) -> None:
        """Start the peaks again (the next phase's own)."""
        self.peak_kb = self.peak_tree_kb = 0

    def stop(self) -> None:
        self._halt.set()
        self.join(5)

    @property
    def peak_mb(self) -> float:
        return round(self.peak_kb / 1024, 1)

    @property
    def peak_tree_mb(self) -> float:
        return round(self.peak_tree_kb / 1024, 1)


# -- the server --------------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(projects: Path, port: int, config_file: Path, log: Path, python_code: str | None = None
                 ) -> subprocess.Popen:
    """`storyreel serve` in a child process of its own group (`python_code`: run this instead of
    `python -m storyreel`, e.g. to register a test backend first; it gets the CLI arguments)."""
    head = [sys.executable, "-c", python_code] if python_code else [sys.executable, "-m", "storyreel"]
    env = {**os.environ, "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS", "1")}
    with open(log, "ab") as out:
        return subprocess.Popen([*head, "serve", "--projects", str(projects), "--port", str(port),
                                 "--config", str(config_file)], env=env, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)


def wait_http(url: str, proc: subprocess.Popen | None = None, timeout: float = 60.0) -> None:
    """Wait until the studio answers /api/health (and stop waiting if `proc`, the server, exits)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"the studio exited with {proc.returncode}")
        try:
            if httpx.get(url + "/api/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"no studio answered at {url}")


def stop_server(proc: subprocess.Popen) -> None:
    """SIGTERM the server's group (it interrupts its jobs and ends its streams), SIGKILL if it lingers."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(30)


def create(http: httpx.Client, name: str, script: dict) -> None:
    """A project made from `script` through the API (no job queued)."""
    res = http.post("/api/projects", json={"name": name, "script": script})
    if res.status_code != 201:
        raise RuntimeError(f"creating {name}: HTTP {res.status_code}: {res.text[:300]}")


def start_render(http: httpx.Client, name: str) -> dict:
    """Queue a render of the project; the job."""
    res = http.post(f"/api/projects/{name}/jobs", json={"kind": "render"})
    if res.status_code != 202:
        raise RuntimeError(f"queueing a render of {name}: HTTP {res.status_code}: {res.text[:300]}")
    return res.json()


def wait_job(http: httpx.Client, job_id: str, timeout: float = 900.0) -> dict:
    """Poll the job until it ends; the job."""
    deadline = time.monotonic() + timeout
    while True:
        job = http.get(f"/api/jobs/{job_id}").json()
        if job["state"] in TERMINAL:
            return job
        if time.monotonic() > deadline:
            raise RuntimeError(f"job {job_id} still {job['state']} after {timeout:.0f} s")
        time.sleep(0.2)


# -- the clients -------------------------------------------------------------------------------------
@dataclass
class Load:
    """What the clients saw: latencies per kind of read (seconds), errors, and the streams."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: {k: [] for k in (*READS, "sse")})
    errors: list[str] = field(default_factory=list)
    streams: list[dict] = field(default_factory=list)  # {"kind": "job"|"project", "events": n, "ended": bool}
    seconds: float = 0.0
    timeline: list[tuple[float, str, float]] = field(default_factory=list)  # (sent at, kind, latency) s, to find stalls
    began: float = field(default_factory=time.perf_counter)

    def add(self, kind: str, sent: float, took: float) -> None:
        self.latencies[kind].append(took)
        self.timeline.append((round(sent - self.began, 3), kind, round(took, 4)))

    @property
    def requests(self) -> int:
        return sum(len(v) for v in self.latencies.values()) + len(self.errors)

    def figures(self) -> dict:
        """Counts and percentiles (milliseconds) per kind, and over all plain reads."""
        def pcts(values: list[float]) -> dict:
            if not values:
                return {"n": 0}
            ordered = sorted(values)
            at = lambda q: round(1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))], 1)  # noqa: E731
            return {"n": len(values), "p50": at(0.50), "p95": at(0.95), "p99": at(0.99),
                    "max": round(1000 * ordered[-1], 1)}

        reads = [v for k in READS for v in self.latencies[k]]
        return {"requests": self.requests, "errors": len(self.errors), "error_samples": self.errors[:5],
                "seconds": round(self.seconds, 1), "kinds": {k: pcts(v) for k, v in self.latencies.items()},
                "reads": pcts(reads), "streams": {
                    "job": sum(s["kind"] == "job" for s in self.streams),
                    "job_ended": sum(s["kind"] == "job" and s["ended"] for s in self.streams),
                    "project": sum(s["kind"] == "project" for s in self.streams),
                    "project_with_events": sum(s["kind"] == "project" and s["events"] > 0 for s in self.streams)}}


async def _reader(url: str, film: str, project: str, job_id: str, film_size: int, stop: asyncio.Event,
                  load: Load, think: tuple[float, float], seed: int) -> None:
    rng = random.Random(seed)
    paths = {"projects": "/api/projects", "project": f"/api/projects/{project}",
             "script": f"/api/projects/{project}/script", "job": f"/api/jobs/{job_id}",
             "film": f"/api/projects/{film}/film.mp4"}
    async with httpx.AsyncClient(base_url=url, timeout=30, limits=httpx.Limits(max_connections=1), verify=_TLS) as http:
        await asyncio.sleep(rng.uniform(*think))  # the clients do not all start at the same instant
        while not stop.is_set():
            kind = rng.choice(READS)
            headers, want = {}, 200
            if kind == "film":
                start = rng.randrange(0, max(1, film_size - RANGE))
                headers, want = {"Range": f"bytes={start}-{start + RANGE - 1}"}, 206
            began = time.perf_counter()
            try:
                res = await http.get(paths[kind], headers=headers)
                took = time.perf_counter() - began
                if res.status_code != want:
                    load.errors.append(f"{kind}: HTTP {res.status_code} {res.text[:120]}")
                elif kind == "film" and len(res.content) != min(RANGE, film_size - start):
                    load.errors.append(f"film: {len(res.content)} bytes for a {RANGE}-byte range")
                else:
                    load.add(kind, began, took)
            except httpx.HTTPError as exc:
                load.errors.append(f"{kind}: {type(exc).__name__}: {exc}")
            try:
                await asyncio.wait_for(stop.wait(), rng.uniform(*think))
            except asyncio.TimeoutError:
                pass


async def _stream(url: str, path: str, kind: str, stop: asyncio.Event, load: Load, grace: float) -> None:
    """Read one SSE stream: the job's to its `end` event, the project's until the load stops."""
    record = {"kind": kind, "events": 0, "ended": False}
    load.streams.append(record)
    began = time.perf_counter()

    async def read(http: httpx.AsyncClient) -> None:
        async with http.stream("GET", path) as res:
            if res.status_code != 200:
                load.errors.append(f"sse {kind}: HTTP {res.status_code}")
                return
            async for line in res.aiter_lines():
                if line.startswith("event: "):
                    if record["events"] == 0:
                        load.add("sse", began, time.perf_counter() - began)
                    record["events"] += 1
                    if line == "event: end":
                        record["ended"] = True
                        return

    async with httpx.AsyncClient(base_url=url, timeout=httpx.Timeout(30, read=60), verify=_TLS) as http:
        task = asyncio.create_task(read(http))
        stopping = asyncio.create_task(stop.wait())
        await asyncio.wait({task, stopping}, return_when=asyncio.FIRST_COMPLETED)
        if not task.done() and kind == "job":  # the job ended: its stream has `grace` s to send `end`
            await asyncio.wait({task}, timeout=grace)
        stopping.cancel()
        if not task.done():
            task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            pass
        except httpx.HTTPError as exc:
            load.errors.append(f"sse {kind}: {type(exc).__name__}: {exc}")


async def hammer(url: str, *, film: str, project: str, job_id: str, clients: int = 50, sse: int = 10,
                 think: tuple[float, float] = (0.0, 0.5), max_s: float = 600.0, seed: int = 0) -> Load:
    """`clients` clients against the studio at `url` until the job `job_id` ends (or `max_s` pass):
    `sse` of them hold event streams (the job's, the project's), the rest read (see the module
    docstring). Returns what they saw."""
    load = Load()
    stop = asyncio.Event()
    async with httpx.AsyncClient(base_url=url, timeout=30, verify=_TLS) as http:
        head = await http.get(f"/api/projects/{film}/film.mp4", headers={"Range": "bytes=0-0"})
        film_size = int(head.headers["content-range"].rsplit("/", 1)[1])
        began = load.began = time.perf_counter()
        tasks = [asyncio.create_task(_stream(url, f"/api/jobs/{job_id}/events" if i % 2 == 0 else
                                             f"/api/projects/{project}/events", "job" if i % 2 == 0 else "project",
                                             stop, load, grace=10.0)) for i in range(sse)]
        tasks += [asyncio.create_task(_reader(url, film, project, job_id, film_size, stop, load, think,
                                              seed * 1000 + i)) for i in range(clients - sse)]
        while time.perf_counter() - began < max_s:  # the watcher: one more client, its reads not counted
            job = (await http.get(f"/api/jobs/{job_id}")).json()
            if job["state"] in TERMINAL:
                break
            await asyncio.sleep(0.25)
        stop.set()
        await asyncio.gather(*tasks)
        load.seconds = time.perf_counter() - began
    return load


# -- the two benches ---------------------------------------------------------------------------------
def _seed_looks(projects: Path, source: str, name: str) -> None:
    """Copy the cast's planned looks of `source` into project `name` (same entities, same size)."""
    looks = projects / source / "cast" / "looks.json"
    if looks.is_file():
        (projects / name / "cast").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(looks, projects / name / "cast" / "looks.json")


def bench_load(pairs: int = 2, clients: int = 50, sse: int = 10, think: tuple[float, float] = (0.0, 0.5),
               work: Path | None = None) -> dict:
    """The load bench (module docstring): figures per pair and over all of them."""
    with tempfile.TemporaryDirectory(prefix="load-", dir=work) as tmp:
        tmp_path = Path(tmp)
        (tmp_path / "storyreel.toml").write_text(TOML, encoding="utf-8")
        projects, port = tmp_path / "projects", free_port()
        url = f"http://127.0.0.1:{port}"
        server = start_server(projects, port, tmp_path / "storyreel.toml", tmp_path / "server.log")
        sampler = Sampler(server.pid)
        sampler.start()
        script = small_script()
        rows: list[dict] = []
        try:
            wait_http(url, server)
            with httpx.Client(base_url=url, timeout=60) as http:
                create(http, "film", script)
                warm = wait_job(http, start_render(http, "film")["id"])
                if warm["state"] != "done":
                    raise RuntimeError(f"the first render failed: {warm['error']}")
                warm_s = warm["finished"] - warm["started"]
                idle_mb = round(rss_kb(server.pid) / 1024, 1)
                print(f"first render {warm_s:.1f} s; server RSS {idle_mb} MiB", flush=True)
                for n in range(pairs):
                    row: dict = {"pair": n}
                    for side in (("unloaded", "loaded") if n % 2 == 0 else ("loaded", "unloaded")):
                        name = f"{side}-{n}"
                        create(http, name, script)
                        _seed_looks(projects, "film", name)
                        sampler.reset()
                        cpu_before = cpu_s(server.pid)
                        job = start_render(http, name)
                        if side == "loaded":
                            mine = cpu_s(os.getpid())  # the clients' own CPU: they share the machine too
                            found = asyncio.run(hammer(url, film="film", project=name, job_id=job["id"],
                                                       clients=clients, sse=sse, think=think, seed=n))
                            row["load"] = found.figures()
                            row["clients_cpu"] = round((cpu_s(os.getpid()) - mine) / found.seconds, 2)
                        job = wait_job(http, job["id"])
                        if job["state"] != "done":
                            raise RuntimeError(f"the {side} render failed: {job['error']}")
                        row[f"{side}_s"] = round(job["finished"] - job["started"], 2)
                        # the server process's own CPU (its event loop, request and render threads; not
                        # the render's pool processes), as a share of one core over the render
                        row[f"{side}_server_cpu"] = round((cpu_s(server.pid) - cpu_before) / row[f"{side}_s"], 2)
                        row[f"{side}_peak_mb"] = sampler.peak_mb
                    row["ratio"] = round(row["loaded_s"] / row["unloaded_s"], 3)
                    reads = row["load"]["reads"]
                    print(f"pair {n}: unloaded {row['unloaded_s']} s, loaded {row['loaded_s']} s "
                          f"({row['ratio']}x); server CPU {row['unloaded_server_cpu']} / "
                          f"{row['loaded_server_cpu']} of a core, the clients {row['clients_cpu']}; "
                          f"{row['load']['requests']} requests, {row['load']['errors']} errors, "
                          f"reads p50/p95/p99 {reads.get('p50')}/{reads.get('p95')}/{reads.get('p99')} ms; "
                          f"server peak {row['loaded_peak_mb']} MiB", flush=True)
                    rows.append(row)
        finally:
            stop_server(server)
            sampler.stop()
    unloaded = statistics.mean(r["unloaded_s"] for r in rows)
    loaded = statistics.mean(r["loaded_s"] for r in rows)
    return {"pairs": rows, "clients": clients, "sse": sse, "think": list(think), "first_render_s": round(warm_s, 1),
            "idle_mb": idle_mb, "peak_mb": sampler.peak_mb if rows else 0,
            "server_peak_mb": max(max(r["loaded_peak_mb"], r["unloaded_peak_mb"]) for r in rows),
            "unloaded_s": round(unloaded, 1), "loaded_s": round(loaded, 1), "ratio": round(loaded / unloaded, 3)}


def render_tree_peak(script: dict, work: Path, timeout: float = 1800.0) -> dict:
    """`storyreel render` of `script` in a fresh folder under `work`; its seconds and the peak memory of
    the render process (RSS) and of its whole process tree (PSS), in MiB."""
    folder = work / f"scenes-{len(script['scenes'])}"
    folder.mkdir(parents=True)
    (folder / "script.json").write_text(json.dumps(script), encoding="utf-8")
    (work / "storyreel.toml").write_text('[backends]\nvoice = "espeak"\n[diffusion]\nmatting = "none"\n',
                                         encoding="utf-8")
    began = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "storyreel", "render", str(folder), "-q",
                             "--config", str(work / "storyreel.toml")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    sampler = Sampler(proc.pid, whole_tree=True)
    sampler.start()
    try:
        _, err = proc.communicate(timeout=timeout)
    finally:
        sampler.stop()
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    if proc.returncode != 0:
        raise RuntimeError(f"rendering {len(script['scenes'])} scenes failed: {err.decode()[-500:]}")
    film = folder / "film.mp4"
    probe = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "json", str(film)],
                           capture_output=True, text=True, check=True)
    return {"scenes": len(script["scenes"]), "seconds": round(time.monotonic() - began, 1),
            "film_s": round(float(json.loads(probe.stdout)["format"]["duration"]), 1),
            "main_peak_mb": sampler.peak_mb, "tree_peak_mb": sampler.peak_tree_mb,
            "manifest_kb": round((folder / "manifest.json").stat().st_size / 1024, 1)}


def bench_scale(counts: tuple[int, ...] = (8, 200), work: Path | None = None) -> dict:
    """The scale bench (module docstring): one render per scene count, from scratch."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="scale-", dir=work) as tmp:
        for n in counts:
            row = render_tree_peak(long_script(n), Path(tmp))
            print(f"{n} scenes: {row['seconds']} s for a {row['film_s']} s film; peak RSS: render process "
                  f"{row['main_peak_mb']} MiB, whole tree {row['tree_peak_mb']} MiB", flush=True)
            rows.append(row)
    return {"rows": rows, "ratio": round(rows[-1]["tree_peak_mb"] / rows[0]["tree_peak_mb"], 2)}


# -- the report --------------------------------------------------------------------------------------
def write_figures(path: Path, loads: list[dict], scale: dict | None) -> None:
    """Replace the text between the load markers of `path` with the figures (one load bench per pause)."""
    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    lines = [f"Measured {time.strftime('%Y-%m-%d')} by `make bench-load` on {len(os.sched_getaffinity(0))} cores"
             f"{f' (at commit {head.stdout.strip()})' if head.returncode == 0 else ''}."]
    if loads:
        first = loads[0]
        lines += ["", f"{first['clients']} clients ({first['sse']} on event streams, the rest reading with a pause "
                  "between reads) while the studio renders the fixed 60 s script at 480x270, 12 fps; each pair "
                  "renders it once unloaded and once loaded, side by side. Latencies in ms; the server's CPU is its "
                  "own process's (event loop, request and render threads), not the render's pool processes; the "
                  "clients' is the bench's own process, on the same cores.", "",
                  "| pause | pair | reads | reads/s | errors | reads p50 / p95 / p99 | SSE first event p95 | "
                  "job streams ended | render unloaded | render loaded | ratio | server CPU, unloaded / loaded | "
                  "clients' CPU | server peak RSS |", "|---" * 14 + "|"]
        for load in loads:
            pause = f"{load['think'][0]:g}-{load['think'][1]:g} s"
            for r in load["pairs"]:
                f, reads, sse = r["load"], r["load"]["reads"], r["load"]["kinds"]["sse"]
                lines.append(f"| {pause} | {r['pair']} | {reads['n']} | {reads['n'] / f['seconds']:.0f} | "
                             f"{f['errors']} | "
                             f"{reads.get('p50')} / {reads.get('p95')} / {reads.get('p99')} | {sse.get('p95')} | "
                             f"{f['streams']['job_ended']} of {f['streams']['job']} | {r['unloaded_s']} s | "
                             f"{r['loaded_s']} s | {r['ratio']}x | {r['unloaded_server_cpu']} / "
                             f"{r['loaded_server_cpu']} of a core | {r.get('clients_cpu', '-')} | "
                             f"{r['loaded_peak_mb']} MiB |")
        for load in loads:
            last = load["pairs"][-1]["load"]["kinds"]
            lines += ["", f"With a {load['think'][0]:g}-{load['think'][1]:g} s pause: per kind of read (the last "
                      "pair), p50 / p95 / p99 ms (reads): " + "; ".join(
                          f"{k} {v.get('p50')} / {v.get('p95')} / {v.get('p99')} ({v['n']})" for k, v in last.items()
                          if v["n"]) + f". Over the pairs, the render took {load['unloaded_s']} s unloaded and "
                      f"{load['loaded_s']} s loaded ({load['ratio']}x); the server's RSS was {load['idle_mb']} MiB "
                      f"after the first render and at most {load['server_peak_mb']} MiB."]
    if scale:
        lines += ["", "| scenes | film | render | peak RSS, render process | peak PSS, process tree | manifest |",
                  "|---|---|---|---|---|---|"]
        for r in scale["rows"]:
            lines.append(f"| {r['scenes']} | {r['film_s']} s | {r['seconds']} s | {r['main_peak_mb']} MiB | "
                         f"{r['tree_peak_mb']} MiB | {r['manifest_kb']} KiB |")
        lines += ["", f"The process tree's peak with {scale['rows'][-1]['scenes']} scenes is {scale['ratio']:.2f}x the "
                  f"peak with {scale['rows'][0]['scenes']}."]
    replace_between(path, BEGIN, END, lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("load", "scale"), help="run one of the two benches")
    parser.add_argument("--pairs", type=int, default=2, help="unloaded + loaded render pairs")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--sse", type=int, default=10, help="of the clients, how many hold event streams")
    parser.add_argument("--think", type=float, nargs=2, action="append", metavar=("MIN", "MAX"),
                        help="pause between a client's reads, seconds (uniform); once per load bench "
                             "(default: 0 0.5, then 0.5 1.5)")
    parser.add_argument("--scenes", type=int, default=200)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "reliability.md")
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    args = parser.parse_args()
    levels = [tuple(t) for t in args.think] if args.think else [(0.0, 0.5), (0.5, 1.5)]
    loads = [bench_load(args.pairs, args.clients, args.sse, level) for level in levels] if args.only != "scale" else []
    scale = bench_scale((8, args.scenes)) if args.only != "load" else None
    if args.json:
        args.json.write_text(json.dumps({"loads": loads, "scale": scale}, indent=1), encoding="utf-8")
    if args.out and args.out.is_file():
        write_figures(args.out, loads, scale)
        print(f"figures in {args.out}")


if __name__ == "__main__":
    main()
