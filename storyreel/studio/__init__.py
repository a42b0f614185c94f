"""The studio: a web page and an HTTP API to write, edit, re-render only what changed, and watch
(`storyreel serve`; docs/studio.md).

    app.py       FastAPI app: the API (OpenAPI at /openapi.json) and the server-rendered pages
    projects.py  project folders, script.json edits with ETags, the invalidation plan
    jobs.py      the worker: plan, render, evaluate jobs through storyreel.api, with progress events
    store.py     jobs and events in SQLite next to the projects (a restart loses nothing)
    security.py  Host check, token, cross-site and size limits
    server.py    uvicorn
    otio.py      the edit as an OpenTimelineIO timeline (no web dependencies)
"""

from __future__ import annotations

__all__ = ["StudioSettings", "create_app"]


def __getattr__(name: str):
    # The web stack is imported only by what serves (`storyreel export --otio` does not need it).
    if name in __all__:
        from . import app

        return getattr(app, name)
    raise AttributeError(name)
