"""`storyreel llm-server`: the embedded model as an OpenAI-compatible HTTP server.

The same llama.cpp server the director runs in process, listening on a port, so other
programs (or a storyreel on another machine, with `--llm-url`) can plan with it.
"""

from __future__ import annotations

import ipaddress
import threading
from typing import Callable

from ..config import Config
from ..errors import InputError
from .llm import EmbeddedLLM
from .models import model_path


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses (127.0.0.0/8, ::1)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(config: Config, host: str, port: int, announce: Callable[[str], None],
          stop: threading.Event | None = None) -> None:
    """Serve config.llm.model on host:port until `stop` is set (or the process is interrupted).
    Off loopback an API key is required, since anyone who reaches the port could use it."""
    if not is_loopback(host) and not config.llm.api_key:
        raise InputError(f"serving on {host} makes the model reachable from other machines: set an API key "
                         "(--api-key, STORYREEL_LLM__API_KEY or OPENAI_API_KEY), or serve on 127.0.0.1")
    if not 0 < port < 65536:
        raise InputError(f"port {port} is not a TCP port (1-65535)")
    llm = EmbeddedLLM(model_path(config.llm.model, config.cache_path()), n_ctx=config.llm.n_ctx,
                      threads=config.llm.threads, seed=config.seed, parallel=config.llm.parallel, host=host, port=port,
                      api_key=config.llm.api_key)
    key_note = "requests need the API key" if config.llm.api_key else "no API key needed"
    announce(f"serving {llm.model} at {llm.url}/v1 (OpenAI-compatible; {key_note}; "
             f"{llm.parallel} parallel slot(s)); Ctrl-C stops it")
    (stop or threading.Event()).wait()
