"""A fault-injecting HTTP proxy for tests, in front of a real OpenAI-compatible server.

Each request is either passed through unchanged or answered with a fault, chosen per request:
first from the queue given to `play` (None passes one request through), then by the `rule`
(a function of the request's JSON body) when the queue is empty. The faults:

- "http500":   HTTP 500 with an OpenAI-style error body;
- "timeout":   nothing at all, until the client gives up (its timeout);
- "truncated": a 200 whose headers promise the whole body, half of it, then the socket closed;
- "cut_json":  a 200 whose body is JSON cut in half, its Content-Length saying that is all;
- "prose":     a 200 chat.completion whose content is prose, not the JSON asked for;
- "drip":      a 200 whose body trickles in a byte at a time (`drip_s` apart, each well within
               the client's timeout, the whole far slower than it);
- "closed":    the status line and part of a header, then the socket closed mid-answer;
- "reset":     headers and a few bytes of the body, then the connection reset (RST).

A faulted request never reaches the server (a fault costs no model time, and the server sees
only what the client sends again). Every request is recorded in `exchanges`, with its fault and
what became of it (when the client hung up on a timeout or a drip, how much of a drip it read).

A request passed through waits for the real server's answer; meanwhile the proxy sends an
interim `100 Continue` response every `keepalive_s` (a client must skip any 1xx response before
the final one: RFC 9110, 15.2), so a real model that is slow on a busy machine is not mistaken
for the "timeout" fault, and the tests can keep the client's timeout small. The answer itself
is passed on unchanged.
"""

from __future__ import annotations

import http.client
import io
import json
import select
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable
from urllib.parse import urlsplit

FAULTS = ("http500", "timeout", "truncated", "cut_json", "prose", "drip", "closed", "reset")
TRANSPORT_FAULTS = tuple(f for f in FAULTS if f != "prose")  # the ones the HTTP client retries itself
PROSE = ("Sure! In this story a girl walks to a lake and sees a duck there. It is a lovely, calm little tale "
         "about friendship.")
UPSTREAM_TIMEOUT_S = 900  # the real model on a busy machine


def completion(content: str) -> bytes:
    """A chat.completion answer with `content`, as a server sends it."""
    return json.dumps({"id": "chatcmpl-faulty", "object": "chat.completion", "model": "faulty",
                       "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                                    "finish_reason": "stop"}],
                       "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}).encode()


CANNED = completion('{"note": "this answer never arrives whole"}')  # the body the broken faults start to send


@dataclass
class Exchange:
    """One request the proxy received and what it did with it."""

    index: int
    path: str
    body: dict | None
    fault: str | None
    started: float
    ended: float = 0.0
    status: int | None = None  # of a request passed through
    client_gone_after_s: float | None = None  # "timeout", "drip": when the client hung up
    sent: int = 0  # "drip": body bytes written before the client hung up
    done: threading.Event = field(default_factory=threading.Event, repr=False, compare=False)


class FaultyProxy(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, upstream: str, *, keepalive_s: float = 0.25, drip_s: float = 0.1, max_wait_s: float = 120.0):
        super().__init__(("127.0.0.1", 0), _Handler)
        parts = urlsplit(upstream)
        self.upstream = (parts.hostname, parts.port)
        self.url = f"http://127.0.0.1:{self.server_address[1]}{parts.path}"
        self.keepalive_s, self.drip_s, self.max_wait_s = keepalive_s, drip_s, max_wait_s
        self.exchanges: list[Exchange] = []
        self.queue: list[str | None] = []
        self.rule: Callable[[dict | None], str | None] | None = None
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    # -- the script -----------------------------------------------------------------------------
    def play(self, *faults: str | None) -> "FaultyProxy":
        """Faults for the next requests in turn (None passes one through); then the rule, if any."""
        unknown = [f for f in faults if f is not None and f not in FAULTS]
        assert not unknown, f"unknown faults {unknown}; choose from {FAULTS}"
        with self._lock:
            self.queue.extend(faults)
        return self

    def always(self, fault: str, when: Callable[[dict | None], bool] = lambda body: True) -> "FaultyProxy":
        """`fault` for every request whose body `when` accepts, until `heal`."""
        assert fault in FAULTS, fault
        self.rule = lambda body: fault if when(body) else None
        return self

    def heal(self) -> None:
        """Pass everything through from now on."""
        with self._lock:
            self.queue.clear()
            self.rule = None

    def settle(self, timeout_s: float = 10.0) -> list[Exchange]:
        """The exchanges, once every handler has finished (a fault notices a client that hung up a
        moment after the client moved on)."""
        deadline = time.monotonic() + timeout_s
        for exchange in list(self.exchanges):
            exchange.done.wait(max(0.0, deadline - time.monotonic()))
        return self.exchanges

    def reset_log(self) -> None:
        with self._lock:
            self.exchanges = []

    def _choose(self, path: str, body: dict | None) -> Exchange:
        with self._lock:
            if self.queue:
                fault = self.queue.pop(0)
            else:
                fault = self.rule(body) if self.rule else None
            exchange = Exchange(len(self.exchanges), path, body, fault, time.monotonic())
            self.exchanges.append(exchange)
            return exchange

    # -- running --------------------------------------------------------------------------------
    def start(self) -> "FaultyProxy":
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self.shutdown()
        self.server_close()

    def wait(self, seconds: float) -> bool:
        """Sleep `seconds` unless the proxy stops meanwhile; True if it stopped."""
        return self._stopping.wait(seconds)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: FaultyProxy

    def do_GET(self):
        self._serve(None)

    def do_POST(self):
        self._serve(self.rfile.read(int(self.headers.get("Content-Length") or 0)))

    def log_message(self, *args):
        pass

    def _serve(self, raw: bytes | None) -> None:
        self.close_connection = True
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = None
        exchange = self.server._choose(self.path, body)
        try:
            if exchange.fault is None:
                self._pass(raw, exchange)
            else:
                getattr(self, f"_{exchange.fault}")(exchange)
        except (BrokenPipeError, ConnectionResetError):  # the client hung up
            pass
        finally:
            exchange.ended = time.monotonic()
            exchange.done.set()

    # -- passing through ----------------------------------------------------------------------
    def _pass(self, raw: bytes | None, exchange: Exchange) -> None:
        result: dict = {}

        def ask() -> None:
            headers = {k: v for k, v in self.headers.items()
                       if k.lower() not in ("host", "connection", "content-length", "expect")}
            connection = http.client.HTTPConnection(*self.server.upstream, timeout=UPSTREAM_TIMEOUT_S)
            try:
                connection.request(self.command, self.path, body=raw, headers=headers)
                response = connection.getresponse()
                result.update(status=response.status, headers=response.getheaders(), body=response.read())
            except (OSError, http.client.HTTPException) as exc:
                result["error"] = exc
            finally:
                connection.close()

        worker = threading.Thread(target=ask, daemon=True)
        worker.start()
        while worker.is_alive():
            worker.join(self.server.keepalive_s)
            if worker.is_alive():
                self._raw(b"HTTP/1.1 100 Continue\r\n\r\n")
        if "error" in result:  # the real server failed: the client sees a broken connection, as it would
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        exchange.status = result["status"]
        keep = ("content-type",)
        head = [f"HTTP/1.1 {result['status']} {http.client.responses.get(result['status'], '')}"]
        head += [f"{k}: {v}" for k, v in result["headers"] if k.lower() in keep]
        head += [f"Content-Length: {len(result['body'])}", "Connection: close"]
        self._raw(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + result["body"])

    # -- the faults -----------------------------------------------------------------------------
    def _raw(self, data: bytes) -> None:
        self.wfile.write(data)
        self.wfile.flush()

    def _head(self, status: int, length: int, reason: str = "OK") -> bytes:
        return (f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\nContent-Length: {length}\r\n"
                "Connection: close\r\n\r\n").encode()

    def _http500(self, exchange: Exchange) -> None:
        body = json.dumps({"error": {"message": "injected fault: internal server error", "type": "server_error",
                                     "code": 500}}).encode()
        self._raw(self._head(500, len(body), "Internal Server Error") + body)

    def _timeout(self, exchange: Exchange) -> None:
        """Say nothing; note when the client hangs up."""
        while not self.server.wait(0.05):
            if self._client_gone():
                exchange.client_gone_after_s = time.monotonic() - exchange.started
                return
            if time.monotonic() - exchange.started > self.server.max_wait_s:
                return

    def _truncated(self, exchange: Exchange) -> None:
        self._raw(self._head(200, len(CANNED)) + CANNED[: len(CANNED) // 2])
        self.connection.shutdown(socket.SHUT_WR)

    def _cut_json(self, exchange: Exchange) -> None:
        half = CANNED[: len(CANNED) // 2]
        self._raw(self._head(200, len(half)) + half)

    def _prose(self, exchange: Exchange) -> None:
        body = completion(PROSE)
        self._raw(self._head(200, len(body)) + body)

    def _drip(self, exchange: Exchange) -> None:
        """Headers at once, then the body a byte at a time; note when the client hangs up."""
        self._raw(self._head(200, len(CANNED)))
        for byte in CANNED:
            if self.server.wait(self.server.drip_s):
                return
            if self._client_gone():
                break
            try:
                self._raw(bytes([byte]))
            except OSError:
                break
            exchange.sent += 1
        if exchange.sent < len(CANNED):
            exchange.client_gone_after_s = time.monotonic() - exchange.started

    def _closed(self, exchange: Exchange) -> None:
        self._raw(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Le")
        self.connection.shutdown(socket.SHUT_WR)

    def _reset(self, exchange: Exchange) -> None:
        self._raw(self._head(200, len(CANNED)) + CANNED[:20])
        time.sleep(0.05)  # let the client read what was sent before the reset
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.wfile.close()  # the socket closes (with a reset) only once its file objects are closed too
        self.rfile.close()
        self.connection.close()
        self.wfile = io.BytesIO()  # for the server's own flush after the handler

    def _client_gone(self) -> bool:
        """The client closed its end (it timed out): the socket reads as ended."""
        try:
            readable, _, _ = select.select([self.connection], [], [], 0)
            return bool(readable) and not self.connection.recv(1, socket.MSG_PEEK)
        except OSError:
            return True
