"""Planning through a faulty language-model server.

A fault-injecting proxy (tests/faulty_proxy.py) stands in front of the real `storyreel
llm-server` (the 0.5B model on 127.0.0.1, started once for this module) and answers chosen
requests with HTTP 500s, silence past the client's timeout, truncated or cut-off bodies, prose
instead of JSON, a slow drip, or a socket closed or reset mid-answer; every other request
goes to the real server unchanged. `storyreel plan` runs as a subprocess with small timeouts
and retry bounds (config values): a fault once is retried within its bound and the plan
finishes; a fault that never stops fails the plan with an error naming the stage and the
sentence, leaves only whole stage files, and `plan --resume` continues from the last one.

The tests without the `llm` mark put the proxy in front of a scripted stand-in for the server
instead (no model): each fault straight through the HTTP client, and endless prose, which the
proxy answers alone.
"""

import json
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import pytest

from faulty_proxy import CANNED, FAULTS, PROSE, TRANSPORT_FAULTS, FaultyProxy
from storyreel.director import OpenAIClient
from storyreel.director.llm import LoggedLLM
from storyreel.director.structure import order_problems
from storyreel.errors import LLMError
from storyreel.script import validate_script
from test_llm_server import API_KEY, LlamaServer, Scripted, answer

STORY = ("Mia walks to the lake on a sunny morning. At the lake Mia sees a white duck. "
         "The duck swims over to Mia, and she laughs.")  # few names: a short answer to write for each stage
SENTENCES = 3
TIMEOUT_S = 2.0  # llm.timeout_s: the proxy keeps a slow real answer from looking like a timeout
HTTP_RETRIES = 2  # llm.http_retries: a request is sent at most 3 times
MAX_RETRIES = 2  # llm.max_retries: an invalid answer is asked again at most twice
SLOW_S = 600  # bound on one `storyreel plan` run: the 0.5B model on 2 busy shared cores
REPAIR = "Your answer could not be used"  # prompts/repair.txt: a re-ask


def user(body: dict | None) -> str:
    """The question a chat request asks: its first user message (a re-ask appends the problems)."""
    messages = (body or {}).get("messages") or []
    return next((m["content"] for m in messages if m.get("role") == "user"), "")


def is_shot(body: dict | None) -> bool:
    """A request of the detailed stage: one shot's staging (prompts/shot.txt)."""
    return "Each shot of the film" in user(body)


def is_rough(body: dict | None) -> bool:
    """A request of the rough stage: the entities or their descriptions (prompts/registry.txt, describe.txt)."""
    return any(words in user(body) for words in ("List who and what must be drawn", "An illustrator draws"))


# -- the HTTP client, each fault once, against a scripted server (no model) ---------------------------

@pytest.fixture
def scripted_proxy():
    made = []

    def start(*answers):
        upstream = Scripted(list(answers))
        threading.Thread(target=upstream.serve_forever, daemon=True).start()
        proxy = FaultyProxy(upstream.url).start()
        made.append((upstream, proxy))
        return upstream, proxy

    yield start
    for upstream, proxy in made:
        proxy.stop()
        upstream.shutdown()
        upstream.server_close()


@pytest.mark.parametrize("fault", TRANSPORT_FAULTS)
def test_each_transport_fault_is_retried_once_then_answered(scripted_proxy, fault):
    upstream, proxy = scripted_proxy((200, answer(), 0))
    proxy.play(fault)
    client = OpenAIClient(proxy.url, "m", timeout_s=1.0, retries=1, backoff_s=0.01)
    started = time.monotonic()
    assert client.chat([{"role": "user", "content": "Give n."}]) == '{"n": 4}'
    assert time.monotonic() - started < 4.0  # a drip is given up on like silence, after the timeout
    first, second = proxy.settle()
    assert (first.fault, second.fault) == (fault, None) and first.body == second.body
    assert len(upstream.requests) == 1  # the fault never reached the server; the retry did
    if fault in ("timeout", "drip"):
        assert 0.9 <= first.client_gone_after_s < 3.0
    if fault == "drip":
        assert 0 < first.sent < len(CANNED)


@pytest.mark.parametrize("fault", TRANSPORT_FAULTS)
def test_a_transport_fault_that_never_stops_is_a_clear_bounded_error(scripted_proxy, fault):
    upstream, proxy = scripted_proxy()
    proxy.always(fault)
    client = OpenAIClient(proxy.url, "m", timeout_s=0.5, retries=2, backoff_s=0.01)
    with pytest.raises(LLMError, match=rf"the LLM server at {re.escape(proxy.url)} .*\(tried 3 times\)") as err:
        client.chat([{"role": "user", "content": "Give n."}])
    assert len(proxy.exchanges) == 3 and not upstream.requests
    assert "Is it running" not in str(err.value) and "usually ends in /v1" not in str(err.value)


def test_prose_is_an_answer_for_the_planner_to_judge(scripted_proxy):
    upstream, proxy = scripted_proxy()
    proxy.play("prose")
    assert OpenAIClient(proxy.url, "m", retries=2).chat([{"role": "user", "content": "Give n."}]) == PROSE
    assert len(proxy.exchanges) == 1  # a 200 is an answer: judging it is ask_json's job, with its own bound


def test_a_failed_request_is_logged_without_the_token_counts_of_the_one_before(scripted_proxy, tmp_path):
    usage = {"prompt_tokens": 9, "completion_tokens": 3}
    upstream, proxy = scripted_proxy((200, {**answer(), "usage": usage}, 0))
    logged = LoggedLLM(OpenAIClient(proxy.url, "m", retries=0), tmp_path / "log.jsonl")
    logged.chat([{"role": "user", "content": "Give n."}])
    proxy.always("http500")
    with pytest.raises(LLMError, match="HTTP 500"):
        logged.chat([{"role": "user", "content": "Give n."}])
    answered, failed = (json.loads(line) for line in (tmp_path / "log.jsonl").read_text().splitlines())
    assert answered["tokens"]["completion"] == 3 and answered["error"] is None
    assert failed["tokens"] is None and "HTTP 500" in failed["error"]  # not counted twice in the cost


# -- the real server behind the proxy -------------------------------------------------------------------

@pytest.fixture(scope="module")
def real_server(tmp_path_factory):
    server = LlamaServer(tmp_path_factory.mktemp("llm-faults") / "server.log").start()
    yield server
    server.stop()


@pytest.fixture
def proxy(real_server):
    proxy = FaultyProxy(real_server.url).start()
    yield proxy
    proxy.stop()


def plan(out: Path, url: str, log: Path, *, story: Path | None = None) -> tuple[int, str]:
    """`storyreel plan` (or `plan --resume` without a story) through `url`; (exit code, output)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("STORYREEL_")}
    env.update(OPENAI_API_KEY=API_KEY, OMP_NUM_THREADS="1", STORYREEL_LLM__TIMEOUT_S=str(TIMEOUT_S),
               STORYREEL_LLM__HTTP_RETRIES=str(HTTP_RETRIES), STORYREEL_LLM__MAX_RETRIES=str(MAX_RETRIES))
    args = [sys.executable, "-m", "storyreel", "plan", *([str(story)] if story else ["--resume"]), "-o", str(out),
            "--llm-url", url, "--model", "qwen2.5-0.5b", "-q"]
    with open(log, "wb") as fh:
        code = subprocess.run(args, stdout=fh, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env,
                              timeout=SLOW_S).returncode
    output = log.read_text(errors="replace")
    assert "Traceback" not in output and API_KEY not in output, output
    return code, output


def a_story(tmp_path: Path) -> Path:
    story = tmp_path / "story.txt"
    story.write_text(STORY + "\n", encoding="utf-8")
    return story


def tells_the_story(out: Path) -> None:
    script = validate_script(json.loads((out / "script.json").read_text()))
    sources = [s.source for s in script.scenes]
    assert {n for src in sources for n in src} == set(range(1, SENTENCES + 1))
    assert order_problems([{"source": src} for src in sources]) == []
    assert any("mia" in e.id for e in script.entities)


def whole_files_only(out: Path) -> None:
    """Every JSON file in the project parses; no temporary file is left."""
    for path in out.rglob("*.json"):
        json.loads(path.read_text())
    assert not [p for p in out.rglob("*") if ".part" in p.name]


@pytest.mark.llm
@pytest.mark.slow
def test_each_fault_once_then_the_plan_finishes_within_the_retry_bounds(proxy, tmp_path):
    # Two transport faults at most per request (http_retries = 2): the third try goes through.
    script = ["prose", "http500", "timeout", None, "truncated", "cut_json", None, "drip", "closed", None, "reset"]
    assert set(script) - {None} == set(FAULTS)
    proxy.play(*script)
    out = tmp_path / "project"
    started = time.monotonic()
    code, output = plan(out, proxy.url, tmp_path / "plan.txt", story=a_story(tmp_path))
    print(f"planned through {len(proxy.exchanges)} requests, faults included, in {time.monotonic() - started:.1f} s")
    assert code == 0, output
    tells_the_story(out)
    whole_files_only(out)

    exchanges = proxy.settle()
    assert not proxy.queue and [x.fault for x in exchanges[:len(script)]] == script  # every fault was served
    assert not any(x.fault for x in exchanges[len(script):])
    for x in exchanges:  # a fault was followed at once by the same request again (a transport retry) ...
        if x.fault in TRANSPORT_FAULTS:
            assert exchanges[x.index + 1].body == x.body
    runs, run = [], 1  # ... and no request was sent more than http_retries + 1 times
    for before, after in zip(exchanges, exchanges[1:]):
        run = run + 1 if after.body == before.body else 1
        runs.append(run)
    assert max(runs) <= HTTP_RETRIES + 1
    # prose was answered by asking again, with the problem, within llm.max_retries re-asks
    prose = next(x for x in exchanges if x.fault == "prose")
    again = exchanges[prose.index + 1].body
    asked = prose.body["messages"]
    assert again["messages"][:len(asked)] == asked
    assert again["messages"][len(asked)] == {"role": "assistant", "content": PROSE}
    assert REPAIR in again["messages"][len(asked) + 1]["content"]
    assert all(sum(REPAIR in m["content"] for m in x.body["messages"]) <= MAX_RETRIES for x in exchanges)
    # the timeout and the drip were given up on after llm.timeout_s, not after the whole drip
    silent, drip = (next(x for x in exchanges if x.fault == f) for f in ("timeout", "drip"))
    assert TIMEOUT_S - 0.5 <= silent.client_gone_after_s < TIMEOUT_S + 3
    assert drip.client_gone_after_s < TIMEOUT_S + 3 and drip.sent < len(CANNED)
    # The planner's own exchange log has one line per answer it got (all answered: no error):
    # the proxy saw exactly those requests plus one per transport fault.
    records = [json.loads(line) for line in (out / "director" / "log.jsonl").read_text().splitlines()]
    assert all(r["error"] is None for r in records)
    assert len(exchanges) == len(records) + len(TRANSPORT_FAULTS)
    assert sum(r["reply"] == PROSE for r in records) == 1


@pytest.mark.llm
@pytest.mark.slow
def test_endless_http_500_at_detailed_names_stage_and_sentence_then_resume_continues(proxy, tmp_path):
    proxy.always("http500", when=is_shot)
    out = tmp_path / "project"
    code, output = plan(out, proxy.url, tmp_path / "first.txt", story=a_story(tmp_path))
    assert code == 1, output
    shots = [x for x in proxy.exchanges if is_shot(x.body)]
    assert len(shots) == HTTP_RETRIES + 1 and all(x.fault == "http500" and x.body == shots[0].body for x in shots)
    assert shots[-1] is proxy.exchanges[-1]  # the plan stopped at the first shot that could not be asked
    numbers = re.search(r"\(sentence ([\d, ]+) of the story\)", user(shots[0].body)).group(1)
    message = " ".join(output.split())
    assert (f"error: planning stage detailed, shot for sentence {numbers}: the LLM server at {proxy.url} failed: "
            f"HTTP 500: injected fault: internal server error (tried {HTTP_RETRIES + 1} times)") in message, output
    director = out / "director"
    assert (director / "rough.json").is_file() and not (out / "script.json").exists()
    assert not [s for s in ("detailed", "completed", "scheduled") if (director / f"{s}.json").exists()]
    whole_files_only(out)
    before = {p.name: p.stat().st_mtime_ns for p in (director / "rough.json", director / "sentences.json")}

    proxy.heal()
    proxy.reset_log()
    code, output = plan(out, proxy.url, tmp_path / "second.txt")
    assert code == 0, output
    tells_the_story(out)
    whole_files_only(out)
    assert {p.name: p.stat().st_mtime_ns for p in (director / "rough.json", director / "sentences.json")} == before
    assert proxy.exchanges and not any(is_rough(x.body) for x in proxy.exchanges)  # rough was not planned again
    assert user(proxy.exchanges[0].body) == user(shots[0].body)  # it went on with the shot that failed


def test_endless_prose_at_rough_names_the_stage_and_leaves_no_stage_file(scripted_proxy, tmp_path):
    upstream, proxy = scripted_proxy()  # every request is answered by the proxy: no model is needed
    proxy.always("prose")
    out = tmp_path / "project"
    code, output = plan(out, proxy.url, tmp_path / "plan.txt", story=a_story(tmp_path))
    assert code == 1, output
    message = " ".join(output.split())
    assert (f"error: planning stage rough: the language model kept giving invalid entities after "
            f"{MAX_RETRIES + 1} attempts: the answer is not valid JSON") in message, output
    assert len(proxy.exchanges) == MAX_RETRIES + 1 and all(is_rough(x.body) for x in proxy.exchanges)
    assert not list((out / "director").glob("rough.json")) and not (out / "script.json").exists()
    assert not upstream.requests
    whole_files_only(out)
