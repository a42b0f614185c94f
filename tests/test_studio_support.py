"""Shared pieces of the studio tests (this module holds no tests itself).

* FakeLLM, registered as the director backend "studio-fake" in storyreel.director.LLM_BACKENDS —
  the same seam the director and the emoji cast's glyph chooser use. A real language model is far
  too slow to load for these tests (and the suite's rules forbid it here): the fake answers every
  request from its JSON schema, so the planner's real code (checks, repairs, scheduling) runs on it.
* studio_config(): small, fast renders (320x180 at 12 fps, espeak, no matting) with the fake director.
* LiveServer: the real studio on uvicorn on a free loopback port, in a thread of the test process.
* launch_server(): the real `storyreel serve` in a child process (for killing it), with the fake registered.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from load import wait_http  # noqa: E402,F401  (one wait for the studio, shared with the load bench)
from storyreel.config import load_config  # noqa: E402
from storyreel.director import LLM_BACKENDS  # noqa: E402

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
ARTIFACTS = Path(os.environ.get("STORYREEL_TEST_ARTIFACTS") or REPO / "out" / "test-artifacts" / "studio")
FAKE = "studio-fake"
STORY = ("Milo lived by the windy hill with his dog Rex. Every morning Milo and Rex ran up the hill. "
         "One day the wind took his red kite. Rex chased the kite across the grass. "
         "At night they ate soup and laughed.")


class FakeLLM:
    """Answers each request with the simplest JSON its schema allows, naming the story's own
    characters (Milo, Rex), thing (kite) and place (hill) where a list of names is asked for."""

    model = FAKE
    parallel = 1
    NAMES = {"characters": ["Milo", "Rex"], "things": ["kite"], "places": ["hill"]}
    PARTS = {"beginning": slice(0, 2), "turn": slice(2, 4), "ending": slice(4, 5)}
    TEXT = {"name": "Milo", "place": "hill", "title": "The Red Kite", "logline": "A boy, his dog and a kite.",
            "summary": "Milo and Rex play on the hill.", "species": "boy", "colour": "green", "looks": "a green jumper"}

    def __init__(self, config=None):
        self.calls = 0

    def chat(self, messages, *, schema=None, max_tokens=1024, temperature=0.0, seed=0, frequency_penalty=0.0):
        self.calls += 1
        return json.dumps(self._value(schema or {"type": "string"}, "answer", messages[-1]["content"]))

    def _value(self, s: dict, key: str, text: str):
        if "enum" in s:
            return s["enum"][0]
        kind = s.get("type")
        if kind == "object":
            return {k: self._value(v, k, text) for k, v in s.get("properties", {}).items()}
        if kind == "array":
            if key in self.NAMES:
                names = [n for n in self.NAMES[key] if re.search(rf"\b{n}\b", text, re.IGNORECASE)]
                return [{"name": n, **({"kind": "place"} if key == "places" else {})} for n in names][:s.get("maxItems", 5)]
            if key in self.PARTS:  # a story written from an idea: its beginning, turn and ending
                return re.split(r"(?<=\.) ", STORY)[self.PARTS[key]]
            return [self._value(s.get("items", {}), key, text) for _ in range(s.get("minItems", 0))]
        if kind in ("integer", "number"):
            return s.get("minimum", 1)
        if kind == "boolean":
            return False
        if "pattern" in s:  # one sentence describing a shot
            return "Milo stands on the green hill with Rex."
        return self.TEXT.get(key, "plain")


LLM_BACKENDS.register(FAKE)(FakeLLM)

OVERRIDES = {"width": 320, "height": 180, "fps": 12, "backends": {"voice": "espeak", "director": FAKE},
             "diffusion": {"matting": "none"}}
TOML = """width = 320
height = 180
fps = 12
[backends]
voice = "espeak"
director = "studio-fake"
[diffusion]
matting = "none"
"""


def studio_config(**extra):
    overrides = json.loads(json.dumps(OVERRIDES))
    for key, value in extra.items():
        if isinstance(value, dict):
            overrides.setdefault(key, {}).update(value)
        else:
            overrides[key] = value
    return load_config(overrides=overrides, environ={})


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


class LiveServer:
    """The studio served by uvicorn in a thread of this process, on a free loopback port."""

    def __init__(self, projects: Path, config=None, **settings):
        from storyreel.studio.app import StudioSettings
        from storyreel.studio.server import make_server

        host = settings.pop("host", "127.0.0.1")
        self.settings = StudioSettings(projects=Path(projects), config=config or studio_config(), host=host,
                                       port=free_port(host), **settings)
        self.server = make_server(self.settings)
        self.url = f"http://127.0.0.1:{self.settings.port}"
        self.thread: threading.Thread | None = None

    @property
    def studio(self):
        return self.server.config.app.state.studio if hasattr(self.server.config.app, "state") else None

    def __enter__(self) -> "LiveServer":
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            assert self.thread.is_alive() and time.monotonic() < deadline, "the studio did not start"
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(30)

    def client(self, **kwargs) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=60, **kwargs)


def launch_server(projects: Path, port: int, config_file: Path, *args: str) -> subprocess.Popen:
    """`storyreel serve` in a child process, with the fake director registered first."""
    code = ("import sys; sys.path.insert(0, sys.argv.pop(1)); import test_studio_support; "
            "from storyreel.cli import run; sys.exit(run(sys.argv[1:]))")
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    return subprocess.Popen([sys.executable, "-c", code, str(TESTS), "serve", "--projects", str(projects),
                             "--port", str(port), "--config", str(config_file), *args],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True)


def stop(proc: subprocess.Popen, sig: int = signal.SIGTERM) -> str:
    if proc.poll() is None:
        os.killpg(proc.pid, sig)
    out, _ = proc.communicate(timeout=30)
    return out or ""


def wait_job(client: httpx.Client, job_id: str, states=("done", "failed", "cancelled", "interrupted"),
             timeout: float = 120.0) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        job = client.get(f"/api/jobs/{job_id}").json()
        if job["state"] in states:
            return job
        assert time.monotonic() < deadline, f"job {job_id} still {job['state']} after {timeout} s: {job}"
        time.sleep(0.1)


def sse_events(client: httpx.Client, url: str, headers: dict | None = None, limit: int = 10_000) -> list[dict]:
    """Read a server-sent event stream to its end (or `limit` events): [{id, event, data}]."""
    events, current = [], {}
    with client.stream("GET", url, headers=headers or {}) as res:
        assert res.status_code == 200, res.read()
        assert res.headers["content-type"].startswith("text/event-stream")
        for line in res.iter_lines():
            if not line:
                if "event" in current:
                    events.append(current)
                    if current["event"] == "end" or len(events) >= limit:
                        break
                current = {}
            elif line.startswith(":") or line.startswith("retry:"):
                continue
            else:
                field, _, value = line.partition(": ")
                current[field] = json.loads(value) if field == "data" else value
    return events
