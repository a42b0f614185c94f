"""The studio under load in a short form (bench/load.py, `make bench-load`, docs/reliability.md): 20
clients read projects, scripts, the job, byte ranges of a film and event streams from a real
`storyreel serve` while it renders; no read may fail and every stream must get its events (the job's
streams their `end`). No latency is asserted here: speed targets live in the bench."""

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from conftest import THREE_SCENES
from test_studio_support import TOML

from storyreel import tools

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import load  # noqa: E402

# `python -c CODE ARGS...`: the studio's CLI with the tests' fake director registered (test_studio_support).
SERVE = ("import sys; sys.path.insert(0, {tests!r}); import test_studio_support; "
         "from storyreel.cli import run; sys.exit(run(sys.argv[1:]))")


@pytest.mark.slow
def test_the_studio_answers_every_read_of_20_clients_while_it_renders(tmp_path):
    # no score or ambience: the render the clients run against takes seconds, not a minute
    (tmp_path / "storyreel.toml").write_text(TOML + "[edit]\nscore = false\nambience = false\n")
    projects, port = tmp_path / "projects", load.free_port()
    url = f"http://127.0.0.1:{port}"
    code = SERVE.format(tests=str(Path(__file__).resolve().parent))
    server = load.start_server(projects, port, tmp_path / "storyreel.toml", tmp_path / "server.log", code)
    sampler = load.Sampler(server.pid)
    sampler.start()
    try:
        load.wait_http(url, server)
        with httpx.Client(base_url=url, timeout=60) as http:
            load.create(http, "film", THREE_SCENES)  # a film the clients read ranges of, made by ffmpeg alone
            tools.run(["ffmpeg", "-nostdin", "-v", "error", "-f", "lavfi", "-i", "testsrc=size=320x180:rate=12",
                       "-t", "20", *tools.h264_args(), str(projects / "film" / "film.mp4")])
            longer = json.loads(json.dumps(THREE_SCENES))
            for scene in longer["scenes"]:
                scene["duration_s"] = 3.0
            load.create(http, "busy", longer)
            job = load.start_render(http, "busy")
            found = asyncio.run(load.hammer(url, film="film", project="busy", job_id=job["id"], clients=20, sse=4,
                                            think=(0.0, 0.2), max_s=90))
            assert load.wait_job(http, job["id"], timeout=30)["state"] == "done"
    finally:
        load.stop_server(server)
        sampler.stop()
    figures = found.figures()
    assert figures["errors"] == 0, figures["error_samples"]
    assert all(figures["kinds"][kind]["n"] >= 3 for kind in load.READS), figures["kinds"]
    assert figures["streams"] == {"job": 2, "job_ended": 2, "project": 2, "project_with_events": 2}
    assert figures["kinds"]["sse"]["n"] == 4  # every stream had its first event
    assert sampler.samples > 0 and sampler.peak_mb > 0


def test_the_long_script_is_valid_and_has_its_scenes():
    from storyreel.script import validate_script

    script = validate_script(load.long_script(200))
    assert len(script.scenes) == 200 and len({s.id for s in script.scenes}) == 200
    assert all(s.duration_s <= 2.0 for s in script.scenes) and (script.width, script.fps) == (320, 8)


def test_the_tree_sampler_counts_the_children_of_a_process():
    # a parent whose child holds 64 MiB: the tree's RSS must include the child's, the parent's not
    parent = subprocess.Popen([sys.executable, "-c", "import subprocess, sys, time; "
                               "c = subprocess.Popen([sys.executable, '-c', 'x = bytes(range(256)) * (1 << 18); "
                               "import time; time.sleep(30)']); time.sleep(30)"],
                              start_new_session=True)
    try:
        sampler = load.Sampler(parent.pid, whole_tree=True)
        deadline = time.monotonic() + 20
        while sampler.peak_tree_kb - sampler.peak_kb < 60 << 10 and time.monotonic() < deadline:
            sampler.sample()
            time.sleep(0.05)
        assert len(load.tree(parent.pid)) == 2
        assert sampler.peak_tree_kb - sampler.peak_kb >= 60 << 10
        assert sampler.peak_kb < 60 << 10
    finally:
        os.killpg(parent.pid, signal.SIGKILL)
        parent.wait()


def test_the_cache_of_file_hashes_keeps_a_bounded_number(tmp_path, monkeypatch):
    # the studio's process hashes every file of render after render: the cache must not grow with them
    import hashlib

    from storyreel import project

    monkeypatch.setattr(project, "_IDENTITIES", {})
    monkeypatch.setattr(project, "_IDENTITIES_KEPT", 3)
    for n in range(10):
        path = tmp_path / f"f{n}.bin"
        path.write_bytes(bytes([n]) * (n + 1))
        assert project.identity(path) == (n + 1, hashlib.sha256(bytes([n]) * (n + 1)).hexdigest())
    assert len(project._IDENTITIES) == 3
    assert str((tmp_path / "f9.bin").resolve()) in {key[0] for key in project._IDENTITIES}


def test_a_job_s_stream_has_all_its_events_and_a_deleted_project_s_events_stay_gone(tmp_path):
    # streams read the events one poll of the store brought in (studio/events.py), and the store for a backlog
    from test_studio_support import LiveServer, sse_events

    with LiveServer(tmp_path / "projects", workers=0) as live, live.client() as http:
        assert http.post("/api/projects", json={"name": "p", "script": THREE_SCENES}).status_code == 201
        jobs = [http.post("/api/projects/p/jobs", json={"kind": "render"}).json() for _ in range(2)]
        store = live.studio.store
        for job in jobs:
            assert http.post(f"/api/jobs/{job['id']}/cancel").status_code == 200
        for job in jobs:
            events = sse_events(http, f"/api/jobs/{job['id']}/events")
            assert [e["data"]["state"] for e in events if e["event"] == "state"] == ["queued", "cancelled"]
            assert events[-1]["event"] == "end"
            assert [int(e["id"]) for e in events[:-1]] == [e["seq"] for e in store.events(0, job=job["id"])]
        assert http.delete("/api/projects/p").status_code == 204
        assert http.post("/api/projects", json={"name": "p", "script": THREE_SCENES}).status_code == 201
        job = http.post("/api/projects/p/jobs", json={"kind": "render"}).json()
        http.post(f"/api/jobs/{job['id']}/cancel")
        events = sse_events(http, "/api/projects/p/events", limit=2)
        assert all(e["data"]["job"] == job["id"] for e in events)  # none of the deleted project's


def _nice_of_threads(pid: int) -> dict[int, int]:
    """{thread id: nice value} of a process, read from /proc (field 19 of a task's stat)."""
    found = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        stat = (task / "stat").read_text()
        found[int(task.name)] = int(stat[stat.rindex(")") + 2:].split()[16])
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a thread's own nice value is Linux's")
def test_the_studio_answers_requests_below_the_priority_of_its_renders(tmp_path):
    from test_studio_support import free_port, launch_server, stop, wait_http

    (tmp_path / "storyreel.toml").write_text(TOML + "[studio]\nserve_nice = 7\n")
    port = free_port()
    server = launch_server(tmp_path / "projects", port, tmp_path / "storyreel.toml")
    try:
        wait_http(f"http://127.0.0.1:{port}")
        httpx.get(f"http://127.0.0.1:{port}/api/projects", timeout=10)
        nice = _nice_of_threads(server.pid)
        assert nice[server.pid] == 7, nice  # the main thread runs the event loop that answers
        assert 0 in nice.values(), nice  # the job thread, started before, renders at the process's own
    finally:
        stop(server)
