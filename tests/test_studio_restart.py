"""A restart during a job loses nothing: `storyreel serve` (a child process) is killed while it
renders; the next server finds the job interrupted, with its stage, and resumes it to a valid
film. Jobs and events live in SQLite next to the projects."""

import copy
import signal
import time

import httpx
import pytest
from conftest import THREE_SCENES
from test_studio_support import TOML, free_port, launch_server, sse_events, stop, wait_http, wait_job

from storyreel.tools import ffprobe


@pytest.mark.slow
def test_a_job_killed_with_its_server_is_interrupted_and_resumes(tmp_path):
    (tmp_path / "storyreel.toml").write_text(TOML)
    projects, port = tmp_path / "projects", free_port()
    url = f"http://127.0.0.1:{port}"
    script = copy.deepcopy(THREE_SCENES)
    script.update(width=320, height=180, fps=12)
    for scene in script["scenes"]:
        scene["duration_s"] = 4.0

    server = launch_server(projects, port, tmp_path / "storyreel.toml")
    try:
        wait_http(url)
        with httpx.Client(base_url=url, timeout=60) as http:
            assert http.post("/api/projects", json={"name": "long", "script": script}).status_code == 201
            job = http.post("/api/projects/long/jobs", json={"kind": "render"}).json()
            queued = http.post("/api/projects/long/jobs", json={"kind": "render", "scenes": ["s1"]}).json()
            deadline = time.monotonic() + 120
            while (now := http.get(f"/api/jobs/{job['id']}").json())["stage"] != "shots" or now["progress"] < 0.5:
                assert time.monotonic() < deadline and now["state"] in ("queued", "running"), now
                time.sleep(0.05)
            seen = max(int(e["id"]) for e in sse_events(http, f"/api/jobs/{job['id']}/events", limit=5))
    finally:
        stop(server, signal.SIGKILL)  # no goodbye: the job is left "running" in the database

    server = launch_server(projects, port, tmp_path / "storyreel.toml")
    try:
        wait_http(url)
        with httpx.Client(base_url=url, timeout=60) as http:
            was = http.get(f"/api/jobs/{job['id']}").json()
            assert was["state"] == "interrupted"
            assert was["error"]["code"] == "interrupted" and "resume" in was["error"]["message"]
            assert wait_job(http, queued["id"])["state"] == "done"  # the queue survived too
            assert not (projects / "long" / "film.mp4").exists()
            assert http.post(f"/api/jobs/{job['id']}/resume").status_code == 200
            done = wait_job(http, job["id"], timeout=240)
            assert done["state"] == "done" and done["attempts"] == 2
            assert done["result"]["reused"].get("cast") == 5  # what the first run made is kept
            events = sse_events(http, f"/api/jobs/{job['id']}/events", headers={"Last-Event-ID": str(seen)})
            states = [e["data"]["state"] for e in events if e["event"] == "state"]
            assert states[-3:] == ["queued", "running", "done"] and "interrupted" in states
            assert all(int(e["id"]) > seen for e in events)
    finally:
        stop(server)
    info = ffprobe(projects / "long" / "film.mp4")
    assert float(info["format"]["duration"]) >= 12 - 0.1
