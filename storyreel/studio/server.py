"""`storyreel serve`: the studio on uvicorn."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Callable

from .app import StudioSettings, create_app
from .security import check_bind

log = logging.getLogger(__name__)


def make_server(settings: StudioSettings, *, log_level: str = "warning"):
    """A uvicorn.Server for the studio (not started): `.run()` blocks; `.should_exit = True` stops it."""
    import uvicorn

    check_bind(settings.host, settings.token)
    app = create_app(settings)

    class Server(uvicorn.Server):
        async def shutdown(self, sockets=None):
            app.state.studio.stopping.set()  # live event streams end, so the shutdown need not wait for them
            await super().shutdown(sockets)

    # The C parser and loop (requirements/base.txt), named so a missing one fails here rather than
    # silently costing each read a quarter more of the CPU a render shares.
    config = uvicorn.Config(app, host=settings.host, port=settings.port, log_level=log_level, proxy_headers=False,
                            server_header=False, timeout_graceful_shutdown=5, access_log=False,
                            http="httptools", loop="uvloop")
    return Server(config)


def serve(settings: StudioSettings, on_ready: Callable[[str], None] = print) -> None:
    """Serve until interrupted (Ctrl-C)."""
    server = make_server(settings)
    host = f"[{settings.host}]" if ":" in settings.host else settings.host
    url = f"http://{host}:{settings.port}/"
    if settings.token:
        url += "?token=" + settings.token

    def announce() -> None:
        import time

        while not server.started and not server.should_exit:
            time.sleep(0.05)
        if server.started:
            on_ready(f"storyreel studio on {url}  (projects in {Path(settings.projects).resolve()}; Ctrl-C stops)")

    threading.Thread(target=announce, daemon=True).start()
    server.run()
