"""The studio's HTTP API and pages, one FastAPI app (OpenAPI at /openapi.json).

Every request handler does small file work only (read or edit script.json, compute the
invalidation plan, queue a job); plans, renders and evaluations run in the worker. The
page is server-rendered (Jinja2) and enhanced by static/studio.js (no framework, no CDN).
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import re
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from fastapi import Body, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__, files
from ..config import Config
from ..errors import InputError, ScriptError
from ..limits import MAX_STORY_CHARS, StoryTooLong, check_story
from ..project import Project
from ..script import (ACTIONS, CAMERA_MOVES, CAMERA_SPEEDS, EXPRESSIONS, MOODS, POSES, SHOT_SIZES, SLUG_RE, TIMES,
                      VIEWS, WEATHERS, Script, validate_script)
from ..voice import dialogue
from .events import EventHub
from .jobs import KINDS, Worker
from .projects import UPLOADS, Busy, Conflict, NotFound, Projects
from .security import REPORT_CSP, Guard, GuardSettings, host_names
from .store import RESUMABLE, TERMINAL, Store

log = logging.getLogger(__name__)

HERE = Path(__file__).parent
IMAGE_FORMATS = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp", "GIF": "gif"}
MAX_IMAGE_PIXELS = 40_000_000


@dataclass
class StudioSettings:
    """How one studio runs (from `storyreel serve` flags and the [studio] config section)."""

    projects: Path
    config: Config
    host: str = "127.0.0.1"
    port: int = 8000
    token: str | None = None
    workers: int = 1
    allowed_hosts: list[str] = field(default_factory=list)
    max_story_chars: int = 20_000
    max_upload_bytes: int = 10 << 20
    max_batch: int = 20
    serve_nice: int = 0


# -- models (the OpenAPI schema) ------------------------------------------------------------------
class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CreateProject(_In):
    """Exactly one of story, idea or script."""

    name: str | None = Field(None, description="Folder name (letters, digits, '-', '_'); default: from the text.",
                             max_length=64)
    story: str | None = Field(None, description="The story to plan a film from.")
    idea: str | None = Field(None, description="A one-line idea: a short story is written from it first.")
    script: dict[str, Any] | None = Field(None, description="A ready script.json (validated by the same contract).")
    render: bool = Field(False, description="Queue a render as soon as the plan is ready.")


class BatchCreate(_In):
    ideas: str | list[str] = Field(description="One idea per line (or a list): one project and one plan job each.")
    render: bool = Field(False, description="Render each film once it is planned.")


class JobRequest(_In):
    kind: Literal["plan", "render", "evaluate"]
    scenes: list[str] | None = Field(None, description="render: only these scenes (a preview; not the film).")
    force: bool = Field(False, description="render: make the artifacts again even when they are up to date.")


class RetryRequest(_In):
    scene: str = Field(description="The scene to render again from scratch.")


class InsertScene(_In):
    scene: dict[str, Any] = Field(description="The new scene (id, background, time, weather default from its "
                                              "neighbour).")
    position: int | None = Field(None, ge=0, description="Index in the film; default: at the end.")


class Reorder(_In):
    order: list[str] = Field(description="Every scene id once, in the new order.")


class JobError(BaseModel):
    code: str
    message: str
    stage: str | None = None
    scene: str | None = None
    log_tail: list[str] = []


class Job(BaseModel):
    id: str
    project: str
    kind: str
    params: dict[str, Any]
    state: Literal["queued", "running", "done", "failed", "cancelled", "interrupted"]
    stage: str | None = None
    scene: str | None = None
    progress: float
    message: str = ""
    error: JobError | None = None
    result: dict[str, Any] | None = None
    attempts: int
    cancel: bool
    created: float
    started: float | None = None
    finished: float | None = None
    updated: float


class PlanItem(BaseModel):
    path: str
    stage: str
    scene: str | None = None
    entity: str | None = None
    stale: bool
    reason: str
    because: list[str]


class InvalidationPlan(BaseModel):
    stale: list[PlanItem]
    scenes: dict[str, list[str]] = Field(description="Scene id -> its stale stages (voice, keyframes, shots).")
    entities: list[str] = Field(description="Entities whose cast picture is stale.")
    film: bool = Field(description="True when film.mp4 is stale (or not rendered).")
    counts: dict[str, int]
    fresh: int
    notes: list[str]
    error: str | None = None


class ProjectSummary(BaseModel):
    name: str
    title: str | None = None
    scenes: int
    entities: int
    state: str = Field(description="new, planning, planned, rendering, queued, ready, changed, failed")
    film: bool
    thumbnail: str | None = None
    job: Job | None = None
    updated: float


class Change(BaseModel):
    etag: str
    script: dict[str, Any]
    plan: InvalidationPlan


class Created(BaseModel):
    project: ProjectSummary
    job: Job | None = None


class BatchCreated(BaseModel):
    projects: list[Created]


class ProjectDetail(ProjectSummary):
    etag: str | None = None
    script: dict[str, Any] | None = None
    plan: InvalidationPlan | None = None
    timings: dict[str, dict[str, Any]] = {}
    artifacts: dict[str, str | None] = {}
    evaluation: dict[str, Any] | None = None
    story: str | None = None
    last_event: int = 0
    problems: list[str] = Field([], description="Why script.json cannot be shown (a hand edit that breaks the "
                                                 "contract); then `script` is null.")


class ErrorInfo(BaseModel):
    code: str
    message: str
    problems: list[str] | None = None
    etag: str | None = None
    current: dict[str, Any] | None = None


class ErrorBody(BaseModel):
    error: ErrorInfo


def _errors(*codes: int) -> dict:
    return {code: {"model": ErrorBody} for code in codes}


COMMON = (400, 401, 403, 404, 411, 413, 421, 422)


# -- helpers ---------------------------------------------------------------------------------------
class _TooLarge(Exception):
    """A story, an idea or a batch over the studio's limits (HTTP 413)."""


class _AsciiJSON(JSONResponse):
    """JSON with every non-ASCII character escaped: an error quotes what the client sent, which
    may hold a lone surrogate (JSON "\\ud800") that UTF-8 cannot encode (it failed with HTTP 500)."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=True, allow_nan=False, separators=(",", ":")).encode("ascii")


def _reply_error(status: int, code: str, message: str, **extra) -> JSONResponse:
    return _AsciiJSON({"error": {"code": code, "message": message, **extra}}, status_code=status)


def _slug(value: str, what: str) -> str:
    if not SLUG_RE.match(value):
        raise NotFound(f"no {what} {value!r}")
    return value


DEPICTION = {"cast": "some of the cast it plans", "time said": "the time of day its words say",
             "weather said": "the weather its words say", "place said": "the place its narration names",
             "who said": "someone its narration names"}


def eval_flags(report: dict, scene_ids: list[str]) -> list[dict]:
    """What the evaluation found wrong, each tied to its scene (or entity) where it has one."""
    flags: list[dict] = []
    known = set(scene_ids)
    try:
        for row in (report.get("schedule") or {}).get("scenes", []):
            if row.get("fits") is False and row.get("scene") in known:
                flags.append({"scene": row["scene"], "entity": None,
                              "text": "the narration is cut or runs into the next scene"})
        for sid, shown in ((report.get("depiction") or {}).get("scenes") or {}).items():
            wrong = [DEPICTION.get(k, k) for k, v in (shown.get("checks") or {}).items()
                     if isinstance(v, (int, float)) and v < 1]
            if wrong and sid in known:
                flags.append({"scene": sid, "entity": None, "text": "the picture misses " + "; ".join(wrong)})
        for sid, row in (report.get("frames") or {}).items():
            value = row.get("consecutive") if isinstance(row, dict) else None
            if isinstance(value, (int, float)) and value < 0.8 and sid in known:
                flags.append({"scene": sid, "entity": None, "text": f"jumpy frames (consistency {value:.2f})"})
        fidelity = report.get("fidelity") or {}
        for pair in fidelity.get("repeated_pairs") or []:  # [first, second] scene ids
            if isinstance(pair, list) and len(pair) == 2 and pair[1] in known:
                flags.append({"scene": pair[1], "entity": None, "text": f"repeats the narration of {pair[0]}"})
        for sid in fidelity.get("untold_scenes") or []:
            if sid in known:
                flags.append({"scene": sid, "entity": None, "text": "tells none of the story's sentences"})
        for missing in fidelity.get("missing_sentences") or []:
            flags.append({"scene": None, "entity": None, "text": f"no scene tells: {missing}"})
        cast = report.get("cast_check")
        for item in cast if isinstance(cast, list) else []:
            flags.append({"scene": None, "entity": item.get("entity"),
                          "text": f"drawn as {item.get('glyph')}: " + "; ".join(item.get("problems") or [])})
    except (AttributeError, TypeError, ValueError):
        flags.append({"scene": None, "entity": None, "text": "eval.json is from another version; run Evaluate again"})
    return flags


def srt_to_vtt(srt: str) -> str:
    body = re.sub(r"(\d\d:\d\d:\d\d),(\d\d\d)", r"\1.\2", srt.replace("\r\n", "\n"))
    return "WEBVTT\n\n" + body


class Studio:
    """The state one app shares: settings, projects, store, worker."""

    def __init__(self, settings: StudioSettings):
        self.settings = settings
        self.projects = Projects(settings.projects, settings.config)
        self.store = Store(self.projects.root)
        self.worker = Worker(self.store, self.projects, settings.config, settings.workers)
        self.stopping = threading.Event()
        self._scripts: dict[str, tuple[str, Script]] = {}  # project -> (ETag, its script validated)

    # projects -------------------------------------------------------------------------------------
    def summary(self, name: str, plan: dict | None = None) -> dict:
        root = self.projects.path(name)
        project = Project(root)
        title, scenes, entities = None, 0, 0
        try:
            data = json.loads(project.script.read_text(encoding="utf-8"))
            title = data.get("title")
            scenes, entities = len(data.get("scenes", [])), len(data.get("entities", []))
            first = data["scenes"][0]["id"] if data.get("scenes") else None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            data, first = None, None
        job = self.store.active_job(name)
        last = None if job else next(iter(self.store.jobs(name, limit=1)), None)
        film = project.film.is_file()
        if job is not None:
            state = {"plan": "planning", "render": "rendering", "evaluate": "evaluating"}[job["kind"]] \
                if job["state"] == "running" else "queued"
        elif data is None:
            state = "failed" if last and last["state"] in RESUMABLE else "new"
        elif not film:
            state = "planned"
        else:
            plan = plan or self.projects.cached_plan(name)  # the list never waits for a dry run
            state = "changed" if plan is not None and plan["film"] else "ready"
        thumb = None
        if first and project.keyframe(first).is_file():
            thumb = f"/api/projects/{name}/keyframes/{first}.png?v={int(project.keyframe(first).stat().st_mtime)}"
        stamps = [p.stat().st_mtime for p in (project.script, project.film, project.story) if p.is_file()]
        return {"name": name, "title": title, "scenes": scenes, "entities": entities, "state": state, "film": film,
                "thumbnail": thumb, "job": job or last, "updated": max(stamps, default=root.stat().st_mtime)}

    def _validated(self, name: str, etag: str, data: dict) -> Script:
        """The script validated, once per version (its ETag): a page polled during a render reads the
        same script again and again, and validating it was half of a read's CPU."""
        kept = self._scripts.get(name)
        if kept is not None and kept[0] == etag:
            return kept[1]
        script = validate_script(data)
        self._scripts[name] = (etag, script)
        return script

    def forget(self, name: str) -> None:
        """Drop what the studio keeps of a deleted project (its folder, jobs and events go elsewhere)."""
        self._scripts.pop(name, None)

    def detail(self, name: str) -> dict:
        root = self.projects.path(name)
        project = Project(root)
        out: dict[str, Any] = {"etag": None, "script": None, "plan": None, "timings": {}, "artifacts": {},
                               "evaluation": None, "story": None, "last_event": self.store.last_seq(name),
                               "problems": []}
        if project.story.is_file():
            out["story"] = project.story.read_text(encoding="utf-8", errors="replace")[:MAX_STORY_CHARS]
        plan = None
        if project.script.is_file():
            try:
                data, etag = self.projects.read_script(name)
                out["etag"] = etag
                script = self._validated(name, etag, data)
            except ScriptError as exc:  # a hand edit broke it: say what, show no cards
                out["problems"] = exc.problems
            except InputError as exc:
                out["problems"] = [str(exc)]
            else:
                out["script"] = data
                plan = self.projects.plan(name, stale_ok=self.store.active_job(name) is not None)
                out["plan"] = plan
                out["timings"] = self.projects.timings(root, script)
        manifest = project.manifest.read()

        def url(rel: str) -> str | None:
            path = root / rel
            if not path.is_file():
                return None
            key = (manifest.get(rel) or {}).get("key") or str(int(path.stat().st_mtime))
            return f"/api/projects/{name}/{rel}?v={key[:12]}"

        arts: dict[str, str | None] = {"film": url("film.mp4"), "subtitles": url("subtitles.srt"),
                                       "script": f"/api/projects/{name}/script.json" if project.script.is_file() else None,
                                       "eval_html": url("eval.html"), "eval_json": url("eval.json"),
                                       "otio": f"/api/projects/{name}/film.otio" if project.film.is_file() else None}
        arts["vtt"] = arts["subtitles"].replace("subtitles.srt", "subtitles.vtt") if arts["subtitles"] else None
        for scene in (out["script"] or {}).get("scenes", []):
            arts[f"keyframes/{scene['id']}"] = url(f"keyframes/{scene['id']}.png")
        for entity in (out["script"] or {}).get("entities", []):
            arts[f"cast/{entity['id']}"] = url(f"cast/{entity['id']}.png")
        out["artifacts"] = arts
        if (root / "eval.json").is_file():
            try:
                report = json.loads((root / "eval.json").read_text(encoding="utf-8"))
                scene_ids = [s["id"] for s in (out["script"] or {}).get("scenes", [])]
                out["evaluation"] = {"summary": report.get("summary") or {},
                                     "flags": eval_flags(report, scene_ids)}
            except (OSError, ValueError):
                out["evaluation"] = None
        return {**self.summary(name, plan), **out}


def answer_below_renders(nice: int) -> None:
    """Lower the priority of the calling thread (the event loop: on Linux each thread has its own
    nice value) by `nice`. The job threads, started before, and the render workers they start keep
    theirs; the threads that answer requests, started after from this one, inherit it. Measured with
    bench/load.py on 2 cores, 50 clients reading ~130 times a second: at +5 the render took 1.22x its
    unloaded time instead of 1.59x, and the reads' p95 rose from 287 to 926 ms (docs/reliability.md)."""
    if not nice or not sys.platform.startswith("linux"):  # elsewhere a thread id is no process id
        return
    thread = threading.get_native_id()
    try:
        os.setpriority(os.PRIO_PROCESS, thread, min(19, os.getpriority(os.PRIO_PROCESS, thread) + nice))
    except OSError as exc:
        log.warning("could not lower the priority of answering requests: %s", exc)


def _warm() -> None:
    """Import what a project's first dry run needs (the sound stage's synthesisers, the score's MIDI
    libraries: about 1.5 s), so the first page read of a fresh studio does not wait for it."""
    import importlib

    for module in ("storyreel.sound.ambience", "storyreel.sound.score"):
        try:
            importlib.import_module(module)
        except Exception:  # noqa: BLE001  (a missing extra is reported by the dry run that needs it)
            log.debug("could not import %s ahead of the first dry run", module, exc_info=True)


def create_app(settings: StudioSettings) -> FastAPI:
    studio = Studio(settings)

    async def lifespan(app: FastAPI):
        studio.worker.start()
        answer_below_renders(settings.serve_nice)
        threading.Thread(target=_warm, name="studio-warm", daemon=True).start()
        yield
        studio.stopping.set()
        await run_in_threadpool(studio.worker.stop)
        studio.store.close()

    # No /docs: the interactive pages load their scripts from a CDN; the schema is at /openapi.json.
    app = FastAPI(title="storyreel studio", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Write, edit, re-render only what changed, and watch: the storyreel studio's API. "
                              "Errors answer {\"error\": {\"code\", \"message\", ...}}.")
    app.state.studio = studio
    guard = GuardSettings(host=settings.host, token=settings.token,
                          allowed_hosts=host_names(settings.host, settings.allowed_hosts),
                          max_upload=settings.max_upload_bytes)
    app.add_middleware(Guard, settings=guard)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    # the quoted lines of a narration, for the card's "who says it" choices
    templates.env.globals["quoted"] = lambda text: [text[a + 1:b - 1] for a, b in dialogue.quotes(text)]
    projects, store, worker = studio.projects, studio.store, studio.worker

    def _error(status: int, code: str, message: str, **extra) -> JSONResponse:  # no server folder in a reply
        return _reply_error(status, code, projects.public(message), **extra)
    hub = EventHub(store, studio.stopping)  # the event streams' one poll of the store

    # -- errors ------------------------------------------------------------------------------------
    @app.exception_handler(NotFound)
    async def _not_found(request: Request, exc: NotFound):
        return _error(404, "not_found", str(exc))

    @app.exception_handler(Conflict)
    async def _conflict(request: Request, exc: Conflict):
        return _error(412, "stale_etag", "script.json changed since you read it: here is the current version; "
                      "apply your change to it and send it with its ETag", etag=exc.etag, current=exc.data)

    @app.exception_handler(Busy)
    async def _busy(request: Request, exc: Busy):
        return _error(409, "busy", str(exc))

    @app.exception_handler(ScriptError)
    async def _script_error(request: Request, exc: ScriptError):
        return _error(422, "invalid_script", "; ".join(exc.problems), problems=exc.problems)

    @app.exception_handler(InputError)
    async def _input_error(request: Request, exc: InputError):
        return _error(422, "bad_input", str(exc))

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        problems = [f"{'.'.join(str(p) for p in e.get('loc', ()) if p != 'body') or 'body'}: {e.get('msg')}"
                    for e in exc.errors()]
        return _error(422, "invalid_request", "; ".join(problems), problems=problems)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        return _error(exc.status_code, "http_error", str(exc.detail))

    # -- projects ----------------------------------------------------------------------------------
    def _job_or_404(job_id: str) -> dict:
        job = store.job(job_id) if re.fullmatch(r"[0-9a-f]{16}", job_id) else None
        if job is None:
            raise NotFound(f"no job {job_id!r}")
        return job

    def _queue(name: str, kind: str, params: dict) -> dict:
        job = store.create_job(name, kind, params)
        worker.wake()
        return job

    def _create(body: CreateProject) -> dict:
        given = [k for k in ("story", "idea", "script") if getattr(body, k) is not None]
        if len(given) != 1:
            raise InputError("give exactly one of story, idea or script")
        text = body.story if body.story is not None else body.idea
        if text is not None:  # the limits of the CLI and the API, with the studio's own cap (storyreel/limits.py)
            text = check_story(text, what=given[0], max_chars=settings.max_story_chars,
                               setting="studio.max_story_chars", who="the studio")
        hint = (body.script or {}).get("title") if body.script is not None else text
        name = projects.new_name(body.name, str(hint or "film"))
        root = projects.path(name, must_exist=False)
        job = None
        if body.script is not None:
            projects.write_script(name, body.script)
            if body.render:
                job = _queue(name, "render", {"scenes": None, "force": False})
        else:
            root.mkdir(parents=True)
            target = root / ("story.txt" if body.story is not None else "idea.txt")
            files.write_text(target, text + "\n")
            job = _queue(name, "plan", {"source": given[0], "render": body.render})
        return {"project": studio.summary(name), "job": job}

    @app.exception_handler(_TooLarge)
    @app.exception_handler(StoryTooLong)
    async def _too_large(request: Request, exc: Exception):
        return _error(413, "too_large", str(exc))

    @app.get("/api/health", tags=["studio"])
    def health() -> dict[str, Any]:
        return {"ok": True, "version": __version__, "workers": settings.workers}

    @app.get("/api/projects", tags=["projects"], response_model=list[ProjectSummary], responses=_errors(*COMMON))
    def list_projects():
        return [studio.summary(n) for n in projects.names()]

    @app.post("/api/projects", tags=["projects"], status_code=201, response_model=Created,
              responses=_errors(*COMMON))
    def create_project(body: CreateProject):
        """Create a project from a story or an idea (a plan job is queued), or from a ready script."""
        return _create(body)

    @app.post("/api/projects/batch", tags=["projects"], status_code=201, response_model=BatchCreated,
              responses=_errors(*COMMON))
    def create_batch(body: BatchCreate):
        """One project per idea (one per line), each with its plan job in the queue."""
        ideas = body.ideas.splitlines() if isinstance(body.ideas, str) else body.ideas
        ideas = [i.strip() for i in ideas if i and i.strip()]
        if not ideas:
            raise InputError("ideas: give at least one idea (one per line)")
        if len(ideas) > settings.max_batch:
            raise _TooLarge(f"{len(ideas)} ideas; a batch takes at most {settings.max_batch} (studio.max_batch)")
        for n, idea in enumerate(ideas, 1):  # all checked before any project is made
            try:
                check_story(idea, what="idea", max_chars=settings.max_story_chars, setting="studio.max_story_chars",
                            who="the studio")
            except InputError as exc:
                raise type(exc)(f"ideas, idea {n}: {exc}") from None
        return {"projects": [_create(CreateProject(idea=idea, render=body.render)) for idea in ideas]}

    @app.get("/api/projects/{name}", tags=["projects"], response_model=ProjectDetail, responses=_errors(*COMMON))
    def get_project(name: str):
        return studio.detail(name)

    @app.delete("/api/projects/{name}", tags=["projects"], status_code=204, responses=_errors(*COMMON, 409))
    def delete_project(name: str):
        projects.path(name)
        for job in store.jobs(name, states=("running",)):
            raise Busy(f"project {name!r} has a {job['kind']} job running: cancel it first")
        for job in store.jobs(name, states=("queued",)):
            store.request_cancel(job["id"])
        projects.delete(name)
        store.forget_project(name)
        hub.forget(name)
        studio.forget(name)
        return Response(status_code=204)

    # -- script ------------------------------------------------------------------------------------
    def _change(name: str, if_match: str | None, edit, status: int = 200) -> JSONResponse:
        if if_match is None:
            return _error(428, "etag_required", "send If-Match with the ETag of the script you edited "
                          "(GET /api/projects/{name}/script)")
        data, etag = projects.change(name, if_match, edit)
        store.add_event(None, name, "script", {"etag": etag})
        body = Change(etag=etag, script=data, plan=projects.plan(name)).model_dump()
        return JSONResponse(body, status_code=status, headers={"ETag": etag})

    @app.get("/api/projects/{name}/script", tags=["script"], responses={
        200: {"content": {"application/json": {}}, "headers": {"ETag": {"schema": {"type": "string"}}}},
        304: {"description": "Not modified"}, **_errors(*COMMON)})
    def get_script(name: str, if_none_match: str | None = Header(None)) -> Response:
        data, etag = projects.read_script(name)
        if if_none_match and etag in [t.strip() for t in if_none_match.split(",")]:
            return Response(status_code=304, headers={"ETag": etag})
        return JSONResponse(data, headers={"ETag": etag, "Cache-Control": "no-cache"})

    edit_errors = _errors(*COMMON, 412, 428)

    @app.put("/api/projects/{name}/script", tags=["script"], response_model=Change, responses=edit_errors)
    def put_script(name: str, script: dict[str, Any] = Body(...), if_match: str | None = Header(None)):
        """Replace the whole script (validated by the contract)."""
        return _change(name, if_match, lambda _data: script)

    @app.patch("/api/projects/{name}/scenes/{scene_id}", tags=["script"], response_model=Change,
               responses=edit_errors)
    def patch_scene(name: str, scene_id: str, patch: dict[str, Any] = Body(..., media_type="application/json"),
                    if_match: str | None = Header(None)):
        """Change fields of one scene (JSON merge patch); answers with the invalidation plan."""
        _slug(scene_id, "scene")
        return _change(name, if_match, lambda data: projects.patch_scene(data, scene_id, patch))

    @app.patch("/api/projects/{name}/entities/{entity_id}", tags=["script"], response_model=Change,
               responses=edit_errors)
    def patch_entity(name: str, entity_id: str, patch: dict[str, Any] = Body(..., media_type="application/json"),
                     if_match: str | None = Header(None)):
        """Change fields of one entity (JSON merge patch); answers with the invalidation plan."""
        _slug(entity_id, "entity")
        return _change(name, if_match, lambda data: projects.patch_entity(data, entity_id, patch))

    @app.post("/api/projects/{name}/scenes", tags=["script"], status_code=201, response_model=Change,
              responses=edit_errors)
    def insert_scene(name: str, body: InsertScene, if_match: str | None = Header(None)):
        return _change(name, if_match, lambda data: projects.insert_scene(data, body.scene, body.position), 201)

    @app.delete("/api/projects/{name}/scenes/{scene_id}", tags=["script"], response_model=Change,
                responses=edit_errors)
    def delete_scene(name: str, scene_id: str, if_match: str | None = Header(None)):
        _slug(scene_id, "scene")
        return _change(name, if_match, lambda data: projects.delete_scene(data, scene_id))

    @app.post("/api/projects/{name}/scenes/order", tags=["script"], response_model=Change, responses=edit_errors)
    def reorder_scenes(name: str, body: Reorder, if_match: str | None = Header(None)):
        return _change(name, if_match, lambda data: projects.reorder(data, body.order))

    @app.get("/api/projects/{name}/plan", tags=["script"], response_model=InvalidationPlan,
             responses=_errors(*COMMON))
    def get_plan(name: str):
        """What a render would make now and why (the same as `storyreel render --dry-run`)."""
        projects.read_script(name)
        return projects.plan(name)

    # -- cast --------------------------------------------------------------------------------------
    @app.put("/api/projects/{name}/cast/{entity_id}/reference", tags=["cast"], response_model=Change,
             responses=_errors(*COMMON, 412, 415),
             openapi_extra={"requestBody": {"required": True, "content": {
                 "image/png": {"schema": {"type": "string", "format": "binary"}},
                 "image/jpeg": {"schema": {"type": "string", "format": "binary"}},
                 "image/webp": {"schema": {"type": "string", "format": "binary"}}}}})
    async def upload_reference(name: str, entity_id: str, request: Request, if_match: str | None = Header(None)):
        """Use a picture (the request body: PNG, JPEG, WebP or GIF) as the entity's look in every scene."""
        _slug(entity_id, "entity")
        root = projects.path(name)
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if not ctype.startswith("image/"):
            return _error(415, "not_an_image", f"send the picture itself as the body with an image/* Content-Type "
                          f"(got {ctype or 'none'})")
        raw = await request.body()
        if len(raw) > settings.max_upload_bytes:
            raise _TooLarge(f"the picture is {len(raw) / 2**20:.1f} MB; the limit is "
                            f"{settings.max_upload_bytes / 2**20:g} MB (studio.max_upload_mb)")
        ext, problem = await run_in_threadpool(_sniff_image, raw)
        if problem:
            return _error(415, "not_an_image", problem)
        rel = f"{UPLOADS}/{entity_id}-{hashlib.sha256(raw).hexdigest()[:12]}.{ext}"

        def edit(data: dict) -> dict:
            projects._index(data.get("entities", []), entity_id, "entity")
            files.write_bytes(root / rel, raw)
            return projects.patch_entity(data, entity_id, {"reference": rel})

        return await run_in_threadpool(_change, name, if_match or "*", edit)

    @app.delete("/api/projects/{name}/cast/{entity_id}/reference", tags=["cast"], response_model=Change,
                responses=_errors(*COMMON, 412))
    def reset_reference(name: str, entity_id: str, if_match: str | None = Header(None)):
        """Go back to the drawn look."""
        _slug(entity_id, "entity")
        return _change(name, if_match or "*", lambda data: projects.patch_entity(data, entity_id, {"reference": None}))

    # -- jobs --------------------------------------------------------------------------------------
    @app.get("/api/projects/{name}/jobs", tags=["jobs"], response_model=list[Job], responses=_errors(*COMMON))
    def project_jobs(name: str):
        projects.path(name)
        return store.jobs(name)

    @app.post("/api/projects/{name}/jobs", tags=["jobs"], status_code=202, response_model=Job,
              responses=_errors(*COMMON))
    def start_job(name: str, body: JobRequest):
        """Queue a plan, a render (everything stale; only `scenes`; or `force` everything) or an evaluation."""
        root = projects.path(name)
        if body.kind != "plan":
            data, _etag = projects.read_script(name)
            if body.scenes is not None:
                known = [s.get("id") for s in data.get("scenes", []) if isinstance(s, dict)]
                unknown = [s for s in body.scenes if s not in known]
                if unknown or not body.scenes:
                    raise InputError(f"scenes: {', '.join(map(repr, unknown)) or 'none given'}; the scenes are "
                                     f"{', '.join(map(str, known))}")
        elif not any((root / f).is_file() for f in ("story.txt", "idea.txt")):
            raise InputError("this project has no story.txt to plan from (it was created from a script)")
        params = {"scenes": body.scenes, "force": body.force} if body.kind == "render" else {}
        return _queue(name, body.kind, params)

    @app.get("/api/jobs", tags=["jobs"], response_model=list[Job], responses=_errors(*COMMON))
    def list_jobs(state: Literal["queued", "running", "done", "failed", "cancelled", "interrupted"] | None = None,
                  limit: int = Query(100, ge=1, le=1000)):
        """The queue and the history, newest first."""
        return store.jobs(states=(state,) if state else None, limit=limit)

    @app.get("/api/jobs/{job_id}", tags=["jobs"], response_model=Job, responses=_errors(*COMMON))
    def get_job(job_id: str):
        return _job_or_404(job_id)

    @app.post("/api/jobs/{job_id}/cancel", tags=["jobs"], response_model=Job, responses=_errors(*COMMON))
    def cancel_job(job_id: str):
        """Cancel a queued job, or stop a running one at its next step."""
        _job_or_404(job_id)
        return worker.cancel(job_id)

    @app.post("/api/jobs/{job_id}/resume", tags=["jobs"], response_model=Job, responses=_errors(*COMMON, 409))
    def resume_job(job_id: str):
        """Queue a failed, cancelled or interrupted job again: it continues from what is on disk (a
        plan from its last finished stage)."""
        job = _job_or_404(job_id)
        if job["state"] not in RESUMABLE:
            raise Busy(f"job {job_id} is {job['state']}; only a failed, cancelled or interrupted job can resume")
        job = store.requeue(job_id)
        worker.wake()
        return job

    @app.post("/api/jobs/{job_id}/retry", tags=["jobs"], status_code=202, response_model=Job,
              responses=_errors(*COMMON))
    def retry_scene(job_id: str, body: RetryRequest):
        """Render one scene of this job's project again from scratch (its voice, keyframe and shot)."""
        job = _job_or_404(job_id)
        data, _etag = projects.read_script(job["project"])
        if body.scene not in [s.get("id") for s in data.get("scenes", []) if isinstance(s, dict)]:
            raise NotFound(f"no scene {body.scene!r} in project {job['project']!r}")
        return _queue(job["project"], "render", {"scenes": [body.scene], "force": True, "retry_of": job_id})

    # -- events (SSE) ------------------------------------------------------------------------------
    async def _stream(after: int, job_id: str | None = None, project: str | None = None):
        last, quiet, last_state = after, 0.0, None
        yield b"retry: 1500\n\n"
        hub.listen()
        from_store = True  # the backlog from the store first: the hub may not have polled the newest yet
        try:
            while not studio.stopping.is_set():
                seen = hub.head
                rows = None if from_store else hub.since(last, job_id, project)  # one poll serves every stream
                if rows is None:  # the backlog, or further back than the hub holds: a batch at a time
                    rows = await run_in_threadpool(store.events, last, job=job_id, project=project)
                    from_store = len(rows) == 500
                for ev in rows:
                    last = ev["seq"]
                    if ev["type"] == "state":
                        last_state = ev["data"].get("state")
                    payload = json.dumps({**ev["data"], "job": ev["job"], "project": ev["project"], "at": ev["at"]},
                                         ensure_ascii=False)
                    yield f"id: {ev['seq']}\nevent: {ev['type']}\ndata: {payload}\n\n".encode()
                if from_store:
                    continue
                if rows:
                    quiet = 0.0
                # Whether the job ended, asked only when its stream has seen no state yet or a final one
                # (a state event says the rest; the final one comes as an event).
                if job_id is not None and last_state in (*TERMINAL, None):
                    job = await run_in_threadpool(store.job, job_id)
                    if job is None or job["state"] in TERMINAL:
                        if await run_in_threadpool(store.events, last, job=job_id, limit=1):
                            from_store = True  # events the hub has not polled yet come first
                            continue
                        yield f"id: {last}\nevent: end\ndata: {json.dumps({'job': job_id})}\n\n".encode()
                        return
                if not await hub.wait(1.0, seen):  # at most a second, to notice a server stopping
                    quiet += 1.0
                    if quiet >= 10:
                        quiet = 0.0
                        yield b": keep-alive\n\n"
        finally:
            hub.leave()

    def _after(last_event_id: str | None, after: int | None) -> int:
        for value in (last_event_id, after):
            try:
                if value is not None:
                    return max(0, int(value))
            except ValueError:
                continue
        return 0

    sse = {200: {"content": {"text/event-stream": {}}, "description": "Server-sent events; resumable with "
                 "Last-Event-ID (or ?after=N)"}, **_errors(*COMMON)}

    @app.get("/api/jobs/{job_id}/events", tags=["jobs"], response_class=StreamingResponse, responses=sse)
    def job_events(job_id: str, after: int | None = Query(None, ge=0),
                   last_event_id: str | None = Header(None)):
        """The job's events (state, stage, progress, log) from the start or after Last-Event-ID; ends with
        an `end` event once the job is done, failed, cancelled or interrupted."""
        _job_or_404(job_id)
        return StreamingResponse(_stream(_after(last_event_id, after), job_id=job_id),
                                 media_type="text/event-stream", headers={"Cache-Control": "no-cache"})

    @app.get("/api/projects/{name}/events", tags=["projects"], response_class=StreamingResponse, responses=sse)
    def project_events(name: str, after: int | None = Query(None, ge=0), last_event_id: str | None = Header(None)):
        """Every event of the project (its jobs' and its script's changes), live; resumable."""
        projects.path(name)
        return StreamingResponse(_stream(_after(last_event_id, after), project=name),
                                 media_type="text/event-stream", headers={"Cache-Control": "no-cache"})

    # -- artifacts ---------------------------------------------------------------------------------
    def _file(name: str, rel: str, media_type: str, download: str | None = None, **headers) -> FileResponse:
        path = projects.file(name, rel)
        extra = {"Cache-Control": "no-cache", **headers}
        return FileResponse(path, media_type=media_type, headers=extra,
                            filename=download, content_disposition_type="attachment" if download else "inline")

    def files_ok(media_type: str) -> dict:
        binary = {"schema": {"type": "object"} if media_type.endswith("json") else {"type": "string", "format": "binary"}}
        return {200: {"content": {media_type: binary}}, 206: {"description": "Partial content (a Range request)",
                "content": {media_type: binary}}, **_errors(*COMMON, 416)}

    @app.get("/api/projects/{name}/film.mp4", tags=["artifacts"], response_class=FileResponse, responses=files_ok("video/mp4"))
    def film(name: str, download: bool = False):
        """The film (H.264 + AAC + subtitles); HTTP range requests for seeking."""
        return _file(name, "film.mp4", "video/mp4", f"{name}.mp4" if download else None)

    @app.get("/api/projects/{name}/keyframes/{scene_id}.png", tags=["artifacts"], response_class=FileResponse,
             responses=files_ok("image/png"))
    def keyframe(name: str, scene_id: str):
        return _file(name, f"keyframes/{_slug(scene_id, 'scene')}.png", "image/png")

    @app.get("/api/projects/{name}/cast/{entity_id}.png", tags=["artifacts"], response_class=FileResponse,
             responses=files_ok("image/png"))
    def cast_sheet(name: str, entity_id: str):
        return _file(name, f"cast/{_slug(entity_id, 'entity')}.png", "image/png")

    @app.get("/api/projects/{name}/subtitles.srt", tags=["artifacts"], response_class=FileResponse,
             responses=files_ok("application/x-subrip"))
    def subtitles(name: str):
        return _file(name, "subtitles.srt", "application/x-subrip", f"{name}.srt")

    @app.get("/api/projects/{name}/subtitles.vtt", tags=["artifacts"], responses={
        200: {"content": {"text/vtt": {}}}, **_errors(*COMMON)})
    def subtitles_vtt(name: str) -> Response:
        """The subtitles as WebVTT (for the page's player)."""
        srt = projects.file(name, "subtitles.srt").read_text(encoding="utf-8")
        return Response(srt_to_vtt(srt), media_type="text/vtt", headers={"Cache-Control": "no-cache"})

    @app.get("/api/projects/{name}/script.json", tags=["artifacts"], response_class=FileResponse,
             responses=files_ok("application/json"))
    def script_download(name: str):
        return _file(name, "script.json", "application/json", f"{name}.script.json")

    @app.get("/api/projects/{name}/story.txt", tags=["artifacts"], response_class=FileResponse,
             responses=files_ok("text/plain"))
    def story_download(name: str):
        return _file(name, "story.txt", "text/plain; charset=utf-8")

    @app.get("/api/projects/{name}/eval.json", tags=["artifacts"], response_class=FileResponse,
             responses=files_ok("application/json"))
    def eval_json(name: str):
        return _file(name, "eval.json", "application/json")

    @app.get("/api/projects/{name}/eval.html", tags=["artifacts"], response_class=FileResponse,
             responses=files_ok("text/html"))
    def eval_html(name: str):
        """The evaluation report (sandboxed: its own styles, no scripts)."""
        return _file(name, "eval.html", "text/html; charset=utf-8", **{"Content-Security-Policy": REPORT_CSP})

    @app.get("/api/projects/{name}/film.otio", tags=["artifacts"], response_class=FileResponse,
             responses=files_ok("application/json"))
    def film_otio(name: str):
        """The edit as an OpenTimelineIO timeline, to finish the cut in a video editor."""
        from .otio import export_otio

        root = projects.path(name)
        export_otio(root, None, settings.config)
        return _file(name, "film.otio", "application/json", f"{name}.otio")

    # -- pages -------------------------------------------------------------------------------------
    def _page(request: Request, template: str, **context) -> HTMLResponse:
        return templates.TemplateResponse(request, template, {"version": __version__, **context})

    def _state_json(value: Any) -> str:
        return (json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
                .replace("&", "\\u0026"))

    @app.get("/", include_in_schema=False, response_class=HTMLResponse)
    def projects_page(request: Request):
        items = [studio.summary(n) for n in projects.names()]
        items.sort(key=lambda p: -p["updated"])
        return _page(request, "projects.html", projects=items, limits={
            "story": settings.max_story_chars, "batch": settings.max_batch})

    @app.get("/p/{name}", include_in_schema=False, response_class=HTMLResponse)
    def project_page(request: Request, name: str):
        try:
            detail = studio.detail(name)
        except NotFound as exc:
            return HTMLResponse(templates.get_template("missing.html").render(message=str(exc), version=__version__),
                                status_code=404)
        enums = {"time": TIMES, "weather": WEATHERS, "mood": MOODS, "move": CAMERA_MOVES, "speed": CAMERA_SPEEDS,
                 "action": ACTIONS, "pose": POSES, "expression": EXPRESSIONS, "shot": SHOT_SIZES, "view": VIEWS}
        state = {k: detail[k] for k in ("name", "etag", "script", "plan", "timings", "artifacts", "evaluation",
                                          "job", "last_event", "state")}
        return _page(request, "project.html", p=detail, enums=enums, state_json=_state_json(state))

    return app


def _sniff_image(raw: bytes) -> tuple[str, str | None]:
    """(file extension, problem): whether the bytes are a picture Pillow reads, by content."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(raw)) as image:
            fmt = image.format
            if fmt not in IMAGE_FORMATS:
                return "", f"a {fmt or 'unknown'} file is not taken: send PNG, JPEG, WebP or GIF"
            if image.width * image.height > MAX_IMAGE_PIXELS:
                return "", f"the picture is {image.width}x{image.height}; at most {MAX_IMAGE_PIXELS:,} pixels"
            image.verify()
    except (OSError, ValueError, Image.DecompressionBombError, SyntaxError):
        return "", "the body is not a picture (PNG, JPEG, WebP or GIF) that can be read"
    return IMAGE_FORMATS[fmt], None


__all__ = ["KINDS", "StudioSettings", "create_app"]
