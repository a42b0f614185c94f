"""What stands between the network and the studio: the Host header (DNS rebinding), the
token (any address but loopback), the origin of changes (cross-site requests), body sizes,
and the headers every answer carries. A pure ASGI middleware, so streams pass through it.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import socket
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from urllib.parse import parse_qsl, urlencode, urlsplit

from ..errors import InputError

COOKIE = "storyreel_token"
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}
CSP = ("default-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; style-src 'self'; "
       "script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
       "form-action 'self'")
# A stored report opened inside the studio: its own inline styles, no scripts, no access to the studio.
REPORT_CSP = "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_bind(host: str, token: str | None) -> None:
    """Refuse to listen off loopback without a token."""
    if not is_loopback(host) and not token:
        raise InputError(f"refusing to serve on {host}: any address but loopback (127.0.0.1) needs a token; "
                         "give --token TOKEN or set STORYREEL_TOKEN (clients then send it), or serve on 127.0.0.1")
    if token is not None and len(token) < 16:
        raise InputError("the token is too short: use at least 16 characters (e.g. `python3 -c \"import secrets; "
                         "print(secrets.token_urlsafe())\"`)")


def host_names(host: str, extra: list[str] | tuple[str, ...] = ()) -> set[str]:
    """The names the Host header may carry: loopback, the address served on (with a wildcard
    address: this machine's names and addresses) and any names given."""
    names = set(LOOPBACK_NAMES)
    if host in ("0.0.0.0", "::", ""):
        for name in {socket.gethostname(), socket.getfqdn()}:
            names.add(name.lower())
            try:
                names.update(info[4][0] for info in socket.getaddrinfo(name, None))
            except OSError:
                pass
    else:
        names.add(host.lower().strip("[]"))
    names.update(h.lower().strip("[]") for h in extra)
    return names


def host_of(header: str) -> str:
    """'[::1]:8000' -> '::1', 'Example.org:80' -> 'example.org'."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:].split("]", 1)[0]
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


@dataclass
class GuardSettings:
    host: str = "127.0.0.1"
    token: str | None = None
    allowed_hosts: set[str] = field(default_factory=lambda: set(LOOPBACK_NAMES))
    max_body: int = 2 << 20  # JSON bodies
    max_upload: int = 10 << 20  # picture uploads (paths containing /cast/)
    upload_setting: str = "studio.max_upload_mb"


async def _send_json(send, status: int, code: str, message: str, headers: list | None = None) -> None:
    body = json.dumps({"error": {"code": code, "message": message}}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *_security_headers(), *(headers or [])]})
    await send({"type": "http.response.body", "body": body})


def _security_headers() -> list[tuple[bytes, bytes]]:
    return [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer"),
            (b"x-frame-options", b"DENY"), (b"cross-origin-opener-policy", b"same-origin"),
            (b"cross-origin-resource-policy", b"same-origin")]


class Guard:
    def __init__(self, app, settings: GuardSettings):
        self.app, self.settings = app, settings

    def _token_ok(self, headers: dict[bytes, bytes], query: dict[str, str]) -> tuple[bool, bool]:
        """(authorised, came in the query string)."""
        token = self.settings.token
        if token is None:
            return True, False
        wanted = token.encode()
        auth = headers.get(b"authorization", b"")
        if auth[:7].lower() == b"bearer " and hmac.compare_digest(auth[7:].strip(), wanted):
            return True, False
        cookie = SimpleCookie()
        try:
            cookie.load(headers.get(b"cookie", b"").decode("latin-1"))
        except Exception:  # noqa: BLE001  (a malformed cookie header is no token)
            pass
        if COOKIE in cookie and hmac.compare_digest(cookie[COOKIE].value.encode(), wanted):
            return True, False
        if "token" in query and hmac.compare_digest(query["token"].encode(), wanted):
            return True, True
        return False, False

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.lower(): v for k, v in scope["headers"]}
        method = scope["method"]
        host = host_of(headers.get(b"host", b"").decode("latin-1"))
        if host not in self.settings.allowed_hosts:
            return await _send_json(send, 421 if host else 400, "bad_host",
                                    f"Host {host or '(none)'!r} is not served here (protection against DNS rebinding); "
                                    "use http://127.0.0.1 or add the name with --allow-host")
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        ok, from_query = self._token_ok(headers, query)
        if not ok:
            return await _send_json(send, 401, "unauthorized", "this studio needs its token: send 'Authorization: "
                                    "Bearer TOKEN', or open the link `storyreel serve` printed",
                                    [(b"www-authenticate", b'Bearer realm="storyreel"')])
        if from_query and method == "GET":  # the link with ?token=: keep it in a cookie, drop it from the address
            rest = urlencode([(k, v) for k, v in parse_qsl(scope.get("query_string", b"").decode("latin-1"))
                              if k != "token"])
            location = scope["path"] + (f"?{rest}" if rest else "")
            cookie = f"{COOKIE}={self.settings.token}; HttpOnly; SameSite=Strict; Path=/"
            await send({"type": "http.response.start", "status": 303,
                        "headers": [(b"location", location.encode()), (b"set-cookie", cookie.encode()),
                                    (b"content-length", b"0"), *_security_headers()]})
            return await send({"type": "http.response.body", "body": b""})
        if method in UNSAFE:
            origin = headers.get(b"origin", b"").decode("latin-1")
            own = headers.get(b"host", b"").decode("latin-1").strip().lower()
            if origin and origin != "null" and urlsplit(origin).netloc.lower() != own:  # another port is another site
                return await _send_json(send, 403, "cross_origin", f"changes from another site ({origin}) are refused")
            if origin == "null" or headers.get(b"sec-fetch-site") == b"cross-site":
                return await _send_json(send, 403, "cross_origin", "changes from another site are refused")
            upload = "/cast/" in scope["path"]
            limit = self.settings.max_upload if upload else self.settings.max_body
            length = headers.get(b"content-length")
            if length is None and b"chunked" in headers.get(b"transfer-encoding", b""):
                return await _send_json(send, 411, "length_required", "send the body with a Content-Length")
            try:
                size = int(length or 0)
            except ValueError:
                return await _send_json(send, 400, "bad_request", "Content-Length is not a number")
            if size > limit:
                what = (f"the picture is {size / 2**20:.1f} MB; the limit is {limit / 2**20:g} MB "
                        f"({self.settings.upload_setting})") if upload else \
                    f"the request body is {size} bytes; the limit is {limit} bytes"
                return await _send_json(send, 413, "too_large", what)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                extra = _security_headers()
                names = {k.lower() for k, _ in message.get("headers", [])}
                if b"content-security-policy" not in names:
                    extra.append((b"content-security-policy", CSP.encode()))
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        return await self.app(scope, receive, send_with_headers)
