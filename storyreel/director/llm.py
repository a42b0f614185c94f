"""The seam between planning and language models.

`LLMClient` is all the director needs: send chat messages, optionally constrained by a
JSON schema, get text back. The embedded client runs llama.cpp in process; other
clients (any OpenAI-compatible endpoint) implement the same method. `LoggedLLM`
appends every exchange to a JSONL file so a plan can be audited and reproduced.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from pathlib import Path
from typing import Protocol

from ..errors import LLMError, ToolMissingError

log = logging.getLogger(__name__)


class LLMClient(Protocol):
    model: str

    def chat(self, messages: list[dict], *, schema: dict | None = None, max_tokens: int = 1024,
             temperature: float = 0.0, seed: int = 0) -> str:
        """Return the assistant's reply. With `schema`, the reply is JSON constrained to it."""
        ...


PROMPT_CACHE_BYTES = 1 << 30  # about three saved prompt states of a Qwen2.5 model


def _prompt_cache(capacity_bytes: int):
    """llama-cpp-python's RAM prompt cache (LRU), bounded by what its states really hold."""
    from llama_cpp import LlamaRAMCache

    class PromptCache(LlamaRAMCache):
        @property
        def cache_size(self) -> int:
            # The stock count leaves out each state's copy of the logits (up to n_batch x vocabulary
            # floats: 311 MB for Qwen2.5's 152k tokens), so its capacity would not bound memory.
            return sum(state.llama_state_size + state.scores.nbytes for state in self.cache_state.values())

    return PromptCache(capacity_bytes)


class LlamaCppClient:
    """llama.cpp in process (llama-cpp-python), with grammar-constrained JSON output."""

    def __init__(self, model_path: Path, *, n_ctx: int = 8192, threads: int = 0, seed: int = 0):
        try:
            from llama_cpp import Llama
        except ImportError:
            raise ToolMissingError("llama-cpp-python is not installed: run `make setup`") from None
        self.model = Path(model_path).name
        self._lock = threading.Lock()  # one context: calls must not interleave
        started = time.perf_counter()
        self._llm = Llama(
            model_path=str(model_path),
            n_ctx=n_ctx,
            n_threads=threads or os.cpu_count() or 1,
            seed=seed,
            verbose=False,
        )
        # llama.cpp by itself reuses the KV cache only for the prefix shared with the previous call.
        # The prompt cache also keeps the states of earlier prompts, so a call that returns to an
        # older, longer prefix (after a different prompt in between) restores it instead of
        # re-evaluating it: on the 0.5B model, 2 threads, a 759-token prompt took 1.4 s instead of
        # 3.4 s. Saving a state costs about 0.1 s per call.
        self._llm.set_cache(_prompt_cache(PROMPT_CACHE_BYTES))
        log.info("loaded %s in %.1fs", self.model, time.perf_counter() - started)

    def chat(self, messages: list[dict], *, schema: dict | None = None, max_tokens: int = 1024,
             temperature: float = 0.0, seed: int = 0) -> str:
        kwargs: dict = {"messages": messages, "max_tokens": max_tokens, "temperature": temperature, "seed": seed}
        if schema is not None:
            kwargs["response_format"] = {"type": "json_object", "schema": schema}
        with self._lock:
            try:
                out = self._llm.create_chat_completion(**kwargs)
            except ValueError as exc:  # e.g. prompt longer than the context window
                raise LLMError(f"llama.cpp refused the request: {exc}") from None
        choice = out["choices"][0]
        if choice.get("finish_reason") == "length":
            log.warning("LLM answer hit max_tokens=%d and may be truncated", max_tokens)
        return choice["message"]["content"] or ""


class LoggedLLM:
    """Wraps a client and appends each exchange (prompt, reply, timing, model) to a JSONL file."""

    def __init__(self, inner: LLMClient, log_path: Path):
        self.inner = inner
        self.model = inner.model
        self.log_path = Path(log_path)

    def chat(self, messages: list[dict], *, schema: dict | None = None, max_tokens: int = 1024,
             temperature: float = 0.0, seed: int = 0) -> str:
        started = time.perf_counter()
        error = None
        reply = ""
        try:
            reply = self.inner.chat(messages, schema=schema, max_tokens=max_tokens, temperature=temperature, seed=seed)
            return reply
        except Exception as exc:
            error = str(exc)
            raise
        finally:
            record = {"time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "model": self.model,
                      "seconds": round(time.perf_counter() - started, 3), "temperature": temperature, "seed": seed,
                      "schema": schema is not None, "messages": messages, "reply": reply, "error": error}
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            # Appending one line is the log's unit of atomicity; a killed run loses at most its last line.
            with open(self.log_path, "a", encoding="utf-8") as fh:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
