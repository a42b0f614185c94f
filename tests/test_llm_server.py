"""The director through an OpenAI-compatible HTTP server.

Real components first: llama.cpp's own server (xllamacpp, started as `storyreel llm-server`)
runs the 0.5B model on 127.0.0.1, the real planner talks to it over HTTP, and the server is
killed in the middle of a `storyreel plan` run to check the error and that the project can be
resumed.

The failure modes of a remote server (HTTP 500, 401, a body that is not JSON, an answer
slower than the timeout, a server that rejects `json_schema`) cannot be produced on demand
by a real server here, so a tiny standard-library HTTP server on 127.0.0.1 fakes them with
scripted answers (`Scripted` below); it is the only fake in this file.
"""

import json
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import pytest

from storyreel.config import load_config
from storyreel.director import OpenAIClient, ProgressiveDirector, create_director
from storyreel.director.llm import LoggedLLM
from storyreel.director.structure import order_problems
from storyreel.errors import InputError, LLMError
from storyreel.script import validate_script

STORY = ("Pip the little robot lives in a workshop full of tools. One morning Pip finds a seed on the floor. "
         "Pip plants the seed in a flower pot by the window and waters it every day. "
         "A week later a yellow flower opens, and Pip dances around the pot with joy.")
API_KEY = "sk-test-7f3a9c"  # the real server is started with it; it must never show up in an error
SERVER_START_S = 90  # bounded wait for the model to load and /v1/models to answer
SLOW_S = 600  # the 0.5B model on 2 shared cores: generous, so a busy machine does not fail a test


# -- a real llama.cpp server ----------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LlamaServer:
    """`storyreel llm-server` with the 0.5B model on 127.0.0.1, its output in a log file."""

    def __init__(self, log_path: Path, port: int | None = None):
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self.log_path = log_path
        self.proc: subprocess.Popen | None = None

    def start(self) -> "LlamaServer":
        args = [sys.executable, "-m", "storyreel", "llm-server", "--model", "qwen2.5-0.5b", "--host", "127.0.0.1",
                "--port", str(self.port), "--api-key", API_KEY]
        env = {k: v for k, v in os.environ.items() if not k.startswith("STORYREEL_")}
        env.update(STORYREEL_LLM__N_CTX="4096", STORYREEL_LLM__THREADS="2")
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env)
        deadline = time.monotonic() + SERVER_START_S
        request = urllib.request.Request(f"{self.url}/models", headers={"Authorization": f"Bearer {API_KEY}"})
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"storyreel llm-server exited with {self.proc.returncode}:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(request, timeout=2) as response:
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"storyreel llm-server did not answer within {SERVER_START_S} s:\n{self.log_tail()}")

    def kill(self) -> None:
        """A crash: SIGKILL, so requests in flight are cut off."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()

    def log_tail(self) -> str:
        return self.log_path.read_text(errors="replace")[-3000:] if self.log_path.is_file() else ""


@pytest.fixture(scope="session")
def llama_server(tmp_path_factory):
    server = LlamaServer(tmp_path_factory.mktemp("llama-server") / "server.log").start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def config():
    return load_config(overrides={"llm": {"model": "qwen2.5-0.5b"}}, environ={})


@pytest.mark.llm
def test_real_model_plans_a_valid_script_over_http(llama_server, config, tmp_path, caplog):
    client = OpenAIClient(llama_server.url, "qwen2.5-0.5b", API_KEY, timeout_s=SLOW_S)
    log_path = tmp_path / "log.jsonl"
    started = time.perf_counter()
    with caplog.at_level(logging.INFO, logger="storyreel.director.openai_client"):
        script = ProgressiveDirector(LoggedLLM(client, log_path), config).plan_progressive(STORY, tmp_path / "plan")
    print(f"planned over HTTP in {time.perf_counter() - started:.1f} s")
    script = validate_script(json.loads(script.model_dump_json()))
    sources = [s.source for s in script.scenes]
    assert {n for src in sources for n in src} == {1, 2, 3, 4}  # every sentence of the story
    # in order, and a sentence told twice only as consecutive halves of a split
    assert order_problems([{"source": src} for src in sources]) == []
    assert any(e.kind == "location" for e in script.entities)
    assert any("pip" in e.id for e in script.entities if e.kind != "location")
    # llama.cpp's server enforces OpenAI's json_schema form itself: no fallback was needed.
    assert not [r for r in caplog.records if "does not accept response_format" in r.getMessage()]
    assert client.formats[client._form] == "json_schema"
    records = [json.loads(line) for line in log_path.read_text().splitlines()]
    assert len(records) >= 2 and all(r["error"] is None for r in records)


def test_wrong_key_is_refused_clearly_by_the_real_server(llama_server):
    client = OpenAIClient(llama_server.url, "qwen2.5-0.5b", "sk-wrong-key-0000", timeout_s=SLOW_S)
    with pytest.raises(LLMError, match=r"denied access \(HTTP 401.*Check the key") as err:
        client.chat([{"role": "user", "content": "Hi"}], max_tokens=5)
    assert "sk-wrong-key-0000" not in str(err.value)


def _run_plan(story: Path, out: Path, url: str, stdout: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith("STORYREEL_")}
    # the key through the conventional variable; one quick retry so the failure shows fast
    env.update(OPENAI_API_KEY=API_KEY, STORYREEL_LLM__HTTP_RETRIES="1", STORYREEL_LLM__TIMEOUT_S=str(SLOW_S),
               OMP_NUM_THREADS="1")
    args = [sys.executable, "-m", "storyreel", "plan", str(story), "-o", str(out), "--llm-url", url,
            "--model", "qwen2.5-0.5b", "-q"]
    with open(stdout, "wb") as fh:
        return subprocess.Popen(args, stdout=fh, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env)


@pytest.mark.llm
def test_server_killed_mid_plan_gives_clear_error_and_resumable_project(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(STORY + "\n", encoding="utf-8")
    out = tmp_path / "project"
    server = LlamaServer(tmp_path / "server.log").start()
    try:
        run = _run_plan(story, out, server.url, tmp_path / "first.txt")
        exchanges = out / "director" / "log.jsonl"
        deadline = time.monotonic() + SLOW_S
        while not (exchanges.is_file() and exchanges.read_text().strip()) and run.poll() is None:
            assert time.monotonic() < deadline, "the plan made no exchange with the server in time"
            time.sleep(0.2)
        assert run.poll() is None, (tmp_path / "first.txt").read_text()
        server.kill()
        assert run.wait(timeout=120) == 1
    finally:
        server.kill()
    output = (tmp_path / "first.txt").read_text()
    assert f"cannot reach the LLM server at {server.url}: connection refused" in output
    assert "Is it running?" in output and "Traceback" not in output
    assert API_KEY not in output and API_KEY not in (out / "storyreel.log").read_text()
    assert not (out / "script.json").exists()
    assert not [p for p in out.rglob("*") if ".part" in p.name]  # no half-written file left behind

    server = LlamaServer(tmp_path / "server.log", port=server.port).start()
    try:
        again = _run_plan(story, out, server.url, tmp_path / "second.txt")
        assert again.wait(timeout=SLOW_S) == 0, (tmp_path / "second.txt").read_text()
    finally:
        server.stop()
    script = validate_script(json.loads((out / "script.json").read_text()))
    assert script.scenes and any("pip" in e.id for e in script.entities)


# -- scripted failures from a fake remote server --------------------------------------------------

def answer(content: str = '{"n": 4}', finish: str = "stop") -> dict:
    return {"object": "chat.completion",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": finish}]}


class Scripted(ThreadingHTTPServer):
    """Replays (status, body, delay_s) answers in order and records every request."""

    daemon_threads = True
    block_on_close = False  # do not wait for a handler still sleeping through a timeout test

    def __init__(self, answers: list[tuple[int, dict | bytes, float]]):
        super().__init__(("127.0.0.1", 0), _ScriptedHandler)
        self.answers = list(answers)
        self.requests: list[dict] = []
        self.url = f"http://127.0.0.1:{self.server_address[1]}/v1"


class _ScriptedHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.requests.append({"path": self.path, "body": body, "auth": self.headers.get("Authorization")})
        status, payload, delay_s = self.server.answers.pop(0)
        time.sleep(delay_s)
        data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json" if isinstance(payload, dict) else "text/html")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
            pass

    def log_message(self, *args):
        pass


@pytest.fixture
def scripted():
    servers: list[Scripted] = []

    def start(*answers) -> Scripted:
        server = Scripted(list(answers))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


ASK = [{"role": "system", "content": "You answer in JSON."}, {"role": "user", "content": "Give n."}]
SCHEMA = {"type": "object", "properties": {"n": {"type": "integer"}}, "required": ["n"]}


@pytest.mark.parametrize("status", [500, 503, 429])
def test_transient_error_is_retried(scripted, status):
    server = scripted((status, {"error": {"message": "busy"}}, 0), (200, answer(), 0))
    client = OpenAIClient(server.url, "m", timeout_s=5, retries=2, backoff_s=0.01)
    assert client.chat(ASK, max_tokens=7, temperature=0.3, seed=11) == '{"n": 4}'
    assert len(server.requests) == 2
    sent = server.requests[1]
    assert sent["path"] == "/v1/chat/completions" and sent["auth"] is None
    assert sent["body"]["model"] == "m" and sent["body"]["messages"] == ASK
    assert (sent["body"]["max_tokens"], sent["body"]["temperature"], sent["body"]["seed"]) == (7, 0.3, 11)


def test_retries_are_bounded(scripted):
    server = scripted(*[(502, b"Bad Gateway", 0)] * 3)
    with pytest.raises(LLMError, match=r"HTTP 502: Bad Gateway \(tried 3 times\)"):
        OpenAIClient(server.url, "m", retries=2, backoff_s=0.01).chat(ASK)
    assert len(server.requests) == 3


def test_auth_failure_is_clear_not_retried_and_hides_the_key(scripted, caplog):
    key = "sk-secret-123456"
    server = scripted((401, {"error": {"message": f"Incorrect API key provided: {key}"}}, 0))
    client = OpenAIClient(server.url, "m", key, retries=3, backoff_s=0.01)
    with caplog.at_level(logging.DEBUG), pytest.raises(LLMError, match="denied access.*STORYREEL_LLM__API_KEY") as err:
        client.chat(ASK)
    assert len(server.requests) == 1  # a wrong key does not get better by asking again
    assert server.requests[0]["auth"] == f"Bearer {key}"
    assert key not in str(err.value) and key not in caplog.text and key not in repr(client)


@pytest.mark.parametrize("status", [400, 404, 422])
def test_other_client_errors_are_not_retried(scripted, status):
    server = scripted((status, {"error": {"message": "model 'm' not found"}}, 0))
    with pytest.raises(LLMError, match=f"rejected the request \\(HTTP {status}: model 'm' not found"):
        OpenAIClient(server.url, "m", retries=3, backoff_s=0.01).chat(ASK)
    assert len(server.requests) == 1


@pytest.mark.parametrize("body, problem", [
    (b"<html><body>502 gateway</body></html>", "not JSON"),
    ({"object": "error", "message": "overloaded"}, "without choices"),
    (answer(""), "empty answer"),
])
def test_garbage_answer_is_a_clear_error(scripted, body, problem):
    server = scripted((200, body, 0))
    with pytest.raises(LLMError, match=problem):
        OpenAIClient(server.url, "m", retries=0).chat(ASK)


def test_slow_server_times_out_with_a_hint(scripted):
    server = scripted((200, answer(), 2.0), (200, answer(), 2.0))
    started = time.monotonic()
    with pytest.raises(LLMError, match=r"no answer within 0.5 s \(tried 2 times\).*llm.timeout_s"):
        OpenAIClient(server.url, "m", timeout_s=0.5, retries=1, backoff_s=0.01).chat(ASK)
    assert time.monotonic() - started < 3.0
    assert len(server.requests) == 2


def test_rejected_json_schema_falls_back_to_json_mode_once(scripted):
    rejection = {"error": {"message": "response_format.type: 'json_schema' is not supported"}}
    server = scripted((400, rejection, 0), (200, answer(), 0), (200, answer('{"n": 5}'), 0))
    client = OpenAIClient(server.url, "m")
    assert client.chat(ASK, schema=SCHEMA) == '{"n": 4}'
    assert client.chat(ASK, schema=SCHEMA) == '{"n": 5}'
    first, second, third = (r["body"] for r in server.requests)
    assert first["response_format"] == {"type": "json_schema",
                                        "json_schema": {"name": "answer", "schema": SCHEMA, "strict": True}}
    assert first["messages"] == ASK  # the server enforces the schema itself: no need to spell it out
    assert second["response_format"] == {"type": "json_object", "schema": SCHEMA}
    system = second["messages"][0]["content"]
    assert system.startswith("You answer in JSON.") and json.dumps(SCHEMA, separators=(",", ":")) in system
    assert third["response_format"]["type"] == "json_object"  # remembered: no second probe


def test_nothing_left_to_fall_back_to_is_a_clear_error(scripted):
    server = scripted((422, {"detail": [{"loc": ["body", "response_format"], "msg": "bad"}]}, 0))
    with pytest.raises(LLMError, match="does not accept response_format 'json_schema'.*json_mode='auto'"):
        OpenAIClient(server.url, "m", json_mode="schema").chat(ASK, schema=SCHEMA)


def test_server_not_running_is_a_clear_error():
    url = f"http://127.0.0.1:{free_port()}/v1"  # nothing listens there
    with pytest.raises(LLMError, match=r"cannot reach the LLM server at .*connection refused \(tried 2 times\)"
                                       r"\. Is it running\? Start it"):
        OpenAIClient(url, "m", retries=1, backoff_s=0.01).chat(ASK)


def test_configuration_selects_the_http_client():
    environ = {"STORYREEL_BACKENDS__DIRECTOR": "openai", "STORYREEL_LLM__BASE_URL": "http://127.0.0.1:9/v1",
               "STORYREEL_LLM__MODEL": "llama3.2", "STORYREEL_LLM__TIMEOUT_S": "30", "OPENAI_API_KEY": "sk-env"}
    config = load_config(environ=environ)
    client = create_director(config).llm
    assert isinstance(client, OpenAIClient)
    assert (client.url, client.model, client.timeout_s) == ("http://127.0.0.1:9/v1", "llama3.2", 30.0)
    assert config.llm.api_key == "sk-env" and "sk-env" not in repr(config) + config.model_dump_json()
    assert load_config(environ={**environ, "STORYREEL_LLM__API_KEY": "sk-own"}).llm.api_key == "sk-own"
    with pytest.raises(InputError, match="--llm-url"):
        create_director(load_config(environ={"STORYREEL_BACKENDS__DIRECTOR": "openai"}))
    with pytest.raises(InputError, match="not an http"):
        OpenAIClient("localhost:11434", "m")
