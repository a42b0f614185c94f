"""The director on any OpenAI-compatible chat endpoint (Ollama, vLLM, LM Studio, llama.cpp's
server and `storyreel llm-server`, llama-cpp-python's server, hosted APIs), with the standard
library only. `parallel` requests may be in flight at once (one connection each).

Structured output is asked for in the strongest form the server accepts, found by trying:

1. `{"type": "json_schema", "json_schema": {...}}`, OpenAI's structured outputs (vLLM,
   Ollama, LM Studio, llama.cpp's server, hosted APIs);
2. `{"type": "json_object", "schema": {...}}`, the form llama-cpp-python's server
   understands (it turns the schema into a grammar; it rejects `json_schema`, with HTTP 500);
3. `{"type": "json_object"}`, plain JSON mode.

Forms 2 and 3 also carry the schema in the system prompt, since the server may not enforce
it; the planner validates every answer and re-asks anyway. A server's rejection of one form
moves the client to the next one for the rest of its life, so the probe costs one request.

Transient failures (connection refused or reset, timeouts, an answer cut off or dripping in
slower than the timeout, HTTP 429 and 5xx) are retried a bounded number of times with
exponential backoff; everything else fails at once with an LLMError that says what happened
and what to do. The API key never appears in a message.
"""

from __future__ import annotations

import json
import logging
import socket
import threading
import time
import urllib.error
import urllib.request
from http.client import HTTPException, IncompleteRead
from typing import Literal
from urllib.parse import urlsplit, urlunsplit

from ..errors import InputError, LLMError

log = logging.getLogger(__name__)

JsonMode = Literal["schema", "json_object", "auto"]
# The response formats tried in turn for each json_mode (see the module docstring).
FORMATS: dict[str, tuple[str, ...]] = {
    "auto": ("json_schema", "json_object+schema", "json_object"),
    "schema": ("json_schema",),
    "json_object": ("json_object+schema", "json_object"),
}
START_HINT = ("Start it, e.g. `storyreel llm-server --port 8080` (base URL http://127.0.0.1:8080/v1), "
              "`ollama serve` (http://127.0.0.1:11434/v1) or `vllm serve MODEL` (http://127.0.0.1:8000/v1)")
KEY_HINT = "set llm.api_key, STORYREEL_LLM__API_KEY or OPENAI_API_KEY"
MAX_RETRY_AFTER_S = 60.0  # a server asking for a longer pause is better reported than waited for


class _FormatRejected(Exception):
    """The server does not accept the response_format sent."""


class _CutOff(Exception):
    """A 200 whose body is empty or JSON that stops short: the answer was cut off on the way."""


def _display_url(url: str) -> str:
    """The URL without any user:password part, for messages."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:  # an IPv6 address keeps its brackets
        host = f"[{host}]"
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def _server_message(body: bytes, limit: int = 300) -> str:
    """The error text of an OpenAI-style error body ({"error": {"message": ...}}), else the raw text."""
    text = body.decode("utf-8", errors="replace").strip()
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if isinstance(data, dict):
        error = data.get("error", data.get("detail", data.get("message")))
        if isinstance(error, dict):
            error = error.get("message", error)
        if error is not None:
            text = error if isinstance(error, str) else json.dumps(error)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def schema_instruction(schema: dict) -> str:
    """The system-prompt addition that carries the schema to a server that may not enforce it."""
    return ("Answer with one JSON object only, no other text, following this JSON schema:\n"
            + json.dumps(schema, ensure_ascii=False, separators=(",", ":")))


def response_format(form: str, schema: dict) -> dict:
    """The `response_format` request field for one of the FORMATS."""
    if form == "json_schema":
        return {"type": "json_schema", "json_schema": {"name": "answer", "schema": schema, "strict": True}}
    if form == "json_object+schema":
        return {"type": "json_object", "schema": schema}
    return {"type": "json_object"}


def with_schema_prompt(messages: list[dict], schema: dict) -> list[dict]:
    """The messages with the schema instruction appended to the system prompt (added first if
    there is none). Appended, not prepended, so the fixed system prompt stays a cacheable prefix."""
    extra = schema_instruction(schema)
    if messages and messages[0].get("role") == "system":
        return [{**messages[0], "content": f"{messages[0]['content']}\n\n{extra}"}, *messages[1:]]
    return [{"role": "system", "content": extra}, *messages]


class OpenAIClient:
    """An LLMClient for any server with an OpenAI-compatible /chat/completions endpoint."""

    def __init__(self, base_url: str, model: str, api_key: str | None = None, *, timeout_s: float = 120.0,
                 retries: int = 3, backoff_s: float = 1.0, json_mode: JsonMode = "auto", parallel: int = 1):
        parts = urlsplit(base_url or "")
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise InputError(f"LLM server URL {base_url!r} is not an http(s) URL; give the API's base URL, "
                             "e.g. http://127.0.0.1:11434/v1 for Ollama")
        if json_mode not in FORMATS:
            raise InputError(f"json_mode must be one of {', '.join(FORMATS)}, not {json_mode!r}")
        if timeout_s <= 0 or retries < 0 or backoff_s < 0:
            raise InputError("timeout_s must be positive; retries and backoff_s must not be negative")
        self.base_url = base_url.rstrip("/")
        self.url = _display_url(self.base_url)
        self.model = model
        self.parallel = max(1, parallel)
        self._api_key = api_key or None
        self.timeout_s = timeout_s
        self.retries = retries
        self.backoff_s = backoff_s
        self.formats = FORMATS[json_mode]
        self._form = 0  # index into self.formats; advances when the server rejects a form
        self._last = threading.local()  # each thread's last usage, for the exchange log

    def __repr__(self) -> str:  # no key in reprs, tracebacks or logs
        return f"OpenAIClient({self.url!r}, model={self.model!r})"

    def chat(self, messages: list[dict], *, schema: dict | None = None, max_tokens: int = 1024,
             temperature: float = 0.0, seed: int = 0, frequency_penalty: float = 0.0) -> str:
        """Send the chat; with `schema`, in the strongest structured-output form the server accepts."""
        while True:
            body = {"model": self.model, "messages": messages, "max_tokens": max_tokens,
                    "temperature": temperature, "seed": seed, "stream": False}
            if frequency_penalty:
                body["frequency_penalty"] = frequency_penalty
            form = self.formats[self._form] if schema is not None else None
            if form is not None:
                body["response_format"] = response_format(form, schema)
                if form != "json_schema":
                    body["messages"] = with_schema_prompt(messages, schema)
            try:
                return self._content(self._post(body, form), max_tokens)
            except _FormatRejected as exc:
                if self._form + 1 >= len(self.formats):
                    raise LLMError(f"the LLM server at {self.url} does not accept response_format {form!r}: "
                                   f"{exc}. Use json_mode='auto' (the default) or 'json_object'.") from None
                self._form += 1
                # Expected with llama-cpp-python's server; only plain JSON mode loses the schema's guarantees.
                level = logging.WARNING if self.formats[self._form] == "json_object" else logging.INFO
                log.log(level, "the LLM server at %s does not accept response_format %r; using %r from now on",
                        self.url, form, self.formats[self._form])

    @property
    def usage(self) -> dict | None:
        """Tokens of this thread's last request, as the server counted them (None if it did not say)."""
        return getattr(self._last, "usage", None)

    def _content(self, data: dict, max_tokens: int) -> str:
        """The assistant's text from a chat.completion object, or a clear error for anything else."""
        usage = data.get("usage") if isinstance(data, dict) else None
        if isinstance(usage, dict):
            details = usage.get("prompt_tokens_details") or {}
            cached = details.get("cached_tokens") if isinstance(details, dict) else None
            prompt = usage.get("prompt_tokens")
            self._last.usage = {"prompt": prompt - cached if isinstance(prompt, int) and isinstance(cached, int)
                                else prompt, "cached": cached, "completion": usage.get("completion_tokens")}
        else:
            self._last.usage = None
        try:
            choice = data["choices"][0]
            content = choice["message"]["content"]
        except (KeyError, IndexError, TypeError):
            raise LLMError(f"the LLM server at {self.url} answered without choices[0].message.content: "
                           f"{_server_message(json.dumps(data).encode())}. Is it an OpenAI-compatible "
                           "chat endpoint?") from None
        finish = choice.get("finish_reason")
        if not isinstance(content, str) or not content.strip():
            hint = (f" It stopped at max_tokens={max_tokens}: a reasoning model may spend them all thinking; "
                    "use a non-reasoning model." if finish == "length" else "")
            raise LLMError(f"the model {self.model!r} at {self.url} returned an empty answer "
                           f"(finish_reason={finish!r}).{hint}")
        if finish == "length":
            log.warning("LLM answer hit max_tokens=%d and may be truncated", max_tokens)
        return content

    def _post(self, body: dict, form: str | None) -> dict:
        """POST the chat request, retrying transient failures; the decoded JSON answer."""
        payload = json.dumps(body, ensure_ascii=False).encode("utf-8")
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self._api_key:
            headers["Authorization"] = f"Bearer {self._api_key}"
        attempts = self.retries + 1
        for attempt in range(1, attempts + 1):
            request = urllib.request.Request(f"{self.base_url}/chat/completions", data=payload, headers=headers,
                                             method="POST")
            started = time.perf_counter()
            retry_after = 0.0
            try:
                with urllib.request.urlopen(request, timeout=self.timeout_s) as response:
                    raw, status = self._read(response), response.status
                log.debug("LLM server answered in %.1fs", time.perf_counter() - started)
                return self._decode(raw, status)
            except _CutOff as exc:
                kind, problem = "broken", str(exc)
            except urllib.error.HTTPError as exc:
                kind, problem, retry_after = "http", *self._http_problem(exc, form)
            except TimeoutError:
                kind, problem = "timeout", f"no answer within {self.timeout_s:g} s"
            except urllib.error.URLError as exc:
                kind, problem = self._connection_problem(exc.reason)
            except (OSError, HTTPException) as exc:  # connection reset or answer cut off mid-way
                kind, problem = "broken", f"the connection broke ({type(exc).__name__}: {exc})"
            if attempt == attempts:
                break
            delay = max(self.backoff_s * 2 ** (attempt - 1), retry_after)
            log.warning("LLM server at %s: %s; retrying in %.1f s (attempt %d of %d)",
                        self.url, problem, delay, attempt + 1, attempts)
            time.sleep(delay)
        tries = f" (tried {attempts} times)" if attempts > 1 else ""
        if kind == "unreachable":
            raise LLMError(f"cannot reach the LLM server at {self.url}: {problem}{tries}. Is it running? {START_HINT}")
        if kind == "timeout":
            raise LLMError(f"the LLM server at {self.url} gave {problem}{tries}. It may be overloaded or the model "
                           "too slow for this machine: raise llm.timeout_s (STORYREEL_LLM__TIMEOUT_S) or use a "
                           "smaller model")
        raise LLMError(f"the LLM server at {self.url} failed: {problem}{tries}. Check the server's log")

    def _read(self, response) -> bytes:
        """The answer's body, whole within timeout_s of its headers: the socket's timeout only bounds
        each wait, so a server dripping a few bytes at a time would otherwise hold the plan for ever."""
        deadline = time.monotonic() + self.timeout_s
        chunks = []
        while chunk := response.read1(1 << 16):
            chunks.append(chunk)
            if time.monotonic() > deadline:
                raise TimeoutError(f"the answer was not whole within {self.timeout_s:g} s")
        if response.length:  # the connection closed before the Content-Length promised was read
            raise IncompleteRead(b"".join(chunks), response.length)
        return b"".join(chunks)

    def _decode(self, raw: bytes, status: int) -> dict:
        try:
            data = json.loads(raw)
        except ValueError:
            if not raw.strip() or raw.lstrip()[:1] in (b"{", b"["):  # JSON that stops short, or nothing at all
                what = f"{len(raw)} bytes of unfinished JSON" if raw.strip() else "an empty body"
                raise _CutOff(f"the answer was cut off (HTTP {status} with {what})") from None
            snippet = _server_message(raw, 120) or "an empty body"
            raise LLMError(f"the LLM server at {self.url} answered HTTP {status} with something that is not JSON "
                           f"({snippet!r}). Is {self.url} the OpenAI-compatible API? Its base URL usually ends "
                           "in /v1") from None
        if not isinstance(data, dict):
            raise LLMError(f"the LLM server at {self.url} answered with JSON that is not an object: "
                           f"{_server_message(raw, 120)!r}")
        return data

    def _http_problem(self, exc: urllib.error.HTTPError, form: str | None) -> tuple[str, float]:
        """Classify an HTTP error: raise for the final ones, return (problem, retry_after) for transient ones."""
        try:
            body = exc.read()
        except (OSError, HTTPException):
            body = b""
        message = self._redact(_server_message(body))
        code = exc.code
        # llama-cpp-python's server answers an unknown response_format with 500, others with 400 or 422.
        if form is not None and code in (400, 422, 500) and any(
                word in message.lower() for word in ("response_format", "json_schema")):
            raise _FormatRejected(f"HTTP {code}: {message}")
        if code in (401, 403):
            given = "the API key was refused" if self._api_key else "no API key was given"
            raise LLMError(f"the LLM server at {self.url} denied access (HTTP {code}: {message}): {given}. "
                           f"Check the key: {KEY_HINT}") from None
        if code == 429 or code >= 500:
            retry_after = 0.0
            try:
                retry_after = min(float(exc.headers.get("Retry-After", 0)), MAX_RETRY_AFTER_S)
            except (TypeError, ValueError):
                pass
            return f"HTTP {code}: {message or exc.reason}", retry_after
        hint = ""
        if code == 404:
            hint = (f". Check the base URL (usually ending in /v1; storyreel posts to {self.url}/chat/completions) "
                    f"and that the model {self.model!r} exists on the server (llm.model, --model)")
        raise LLMError(f"the LLM server at {self.url} rejected the request (HTTP {code}: {message}){hint}") from None

    def _connection_problem(self, reason: object) -> tuple[str, str]:
        """(kind, description) of a failure to connect."""
        if isinstance(reason, TimeoutError):
            return "timeout", f"no answer within {self.timeout_s:g} s"
        if isinstance(reason, ConnectionRefusedError):
            return "unreachable", "connection refused"
        if isinstance(reason, socket.gaierror):
            return "unreachable", f"cannot resolve the host name ({reason})"
        return "unreachable", f"cannot connect ({reason})"

    def _redact(self, text: str) -> str:
        """Servers sometimes quote the key they refused; never pass it on."""
        return text.replace(self._api_key, "***") if self._api_key else text
