"""The studio's worker: queued jobs run one at a time (studio.workers at once) in threads,
through storyreel.api (plan, render, evaluate), reporting through the pipeline's
StageProgress seam as events in the store.

A job is cancelled at its next step (a frame of a shot, a scene, a planning step): the
progress sink raises JobCancelled from inside the stage, and every artifact is written
to a temporary name first, so nothing half-made is kept and a resumed job continues from
what is on disk. A failed job keeps a structured error: a code, the message, the stage and
scene it failed in, and the tail of its log.
"""

from __future__ import annotations

import collections
import logging
import re
import threading
import time
import traceback
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .. import api
from ..config import Config
from ..errors import InputError, LLMError, ScriptError, StoryreelError, ToolMissingError
from .projects import Projects
from .store import Store

log = logging.getLogger(__name__)

KINDS = ("plan", "render", "evaluate")
RENDER_WEIGHTS = {"cast": 0.15, "voice": 0.1, "keyframes": 0.1, "shots": 0.45, "sound": 0.05, "edit": 0.15}
EVAL_STAGES = ("eval: schedule", "eval: story fidelity", "eval: depiction", "eval: frames", "eval: entities",
               "eval: identity")
PLAN_STEPS = {"rough": 0.15, "detailed": 0.45, "completed": 0.8, "scheduled": 0.9}
EVENT_EVERY_S = 0.2  # progress events of one job at most this often (stage and scene changes always)
LOG_TAIL = 20


class JobCancelled(Exception):
    """Raised inside a job's stage when it is asked to stop."""


class JobProgress:
    """A StageProgress for one job: stages, scenes and fractions as store events and job fields."""

    def __init__(self, store: Store, job: dict, stop: threading.Event):
        self.store, self.job, self._stop = store, job, stop
        self.kind = job["kind"]
        self.stage_name: str | None = None
        self.item: str | None = None  # scene (or entity) being worked on
        self.fraction = 0.0  # of the current stage
        self.done_weight = 0.0
        self.message = ""
        self._last_emit = 0.0
        self._last_key: tuple = ()

    # what the pipeline calls -----------------------------------------------------------------------
    @contextmanager
    def stage(self, name: str, total: int, transient: bool = False) -> Iterator["_JobBar"]:
        self.check()
        if transient:  # a shot's frames: a finer fraction of the current scene
            match = re.match(r"\s*(\S+): frames", name)
            bar = _JobBar(self, total, sub=True)
            if match:
                self.item = match.group(1)
            yield bar
            self.check()
            return
        self.stage_name, self.item, self.fraction, self.message = name, None, 0.0, name
        self._started = time.perf_counter()
        self.event("stage", {"stage": name, "status": "start", "total": total})
        bar = _JobBar(self, total)
        yield bar
        self.done_weight += self._weight(name)
        self.fraction = 0.0
        self.event("stage", {"stage": name, "status": "done", "total": total,
                             "seconds": round(time.perf_counter() - self._started, 2)})
        self.check()

    # helpers ---------------------------------------------------------------------------------------
    def check(self) -> None:
        if self._stop.is_set():
            raise JobCancelled()

    def _weight(self, stage: str) -> float:
        if self.kind == "render":
            return RENDER_WEIGHTS.get(stage, 0.0)
        if self.kind == "evaluate":
            return 1.0 / len(EVAL_STAGES) if stage in EVAL_STAGES else 0.0
        return 1.0 if stage == "plan" else 0.0

    def overall(self) -> float:
        current = self._weight(self.stage_name or "") * self.fraction
        return max(0.0, min(0.99, self.done_weight + current))

    def event(self, kind: str, data: dict) -> None:
        self.store.add_event(self.job["id"], self.job["project"], kind, {"job": self.job["id"], **data})

    def report(self, force: bool = False) -> None:
        key = (self.stage_name, self.item)
        now = time.monotonic()
        if not force and key == self._last_key and now - self._last_emit < EVENT_EVERY_S:
            return
        self._last_key, self._last_emit = key, now
        overall = self.overall()
        self.store.progress(self.job["id"], self.stage_name, self.item, overall, self.message)
        self.event("progress", {"stage": self.stage_name, "scene": self.item, "stage_progress": round(self.fraction, 4),
                                "progress": round(overall, 4), "message": self.message})


class _JobBar:
    def __init__(self, owner: JobProgress, total: int, sub: bool = False):
        self.owner, self.total, self.sub, self.done = owner, max(total, 1), sub, 0
        self._base = owner.fraction  # a scene's frames fill the part of the stage that scene stands for
        self._span = (1.0 / owner._bar_total) if sub and getattr(owner, "_bar_total", 0) else 0.0
        if not sub:
            owner._bar_total = self.total

    def advance(self, n: int = 1) -> None:
        o = self.owner
        o.check()
        self.done += n
        if self.sub:
            o.fraction = min(1.0, self._base + self._span * min(1.0, self.done / self.total))
        else:
            o.fraction = min(1.0, self.done / self.total)
        o.report()

    def describe(self, text: str) -> None:
        o = self.owner
        o.check()
        o.message = text
        if o.kind == "plan":
            step = text.removeprefix("plan: ").split(":")[0].strip()
            o.fraction = max(o.fraction, PLAN_STEPS.get(step, o.fraction))
        else:
            head, _, item = text.partition(": ")
            if item and " " not in item.strip():  # "voice: s1", "cast: milo"
                o.item = item.strip()
            elif head.startswith("eval") and item:
                o.item = item.split()[-1]
        o.report()


class _JobLog(logging.Handler):
    """Keeps a job's log lines (from its own thread) for the error's tail, appends them to the
    project's storyreel.log and sends warnings as events."""

    def __init__(self, progress: JobProgress, logfile: Path):
        super().__init__(logging.INFO)
        self.thread = threading.get_ident()
        self.progress = progress
        self.tail: collections.deque[str] = collections.deque(maxlen=LOG_TAIL)
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        self.logfile = logfile

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread != self.thread:
            return
        try:
            line = self.format(record)
            self.tail.append(line)
            if self.logfile.parent.is_dir():
                with open(self.logfile, "a", encoding="utf-8") as fh:
                    fh.write(line + "\n")
            if record.levelno >= logging.WARNING:
                self.progress.event("log", {"level": record.levelname.lower(), "message": record.getMessage()})
        except Exception:  # noqa: BLE001  (logging must never break a job)
            self.handleError(record)


def error_code(exc: BaseException) -> str:
    if isinstance(exc, ScriptError):
        return "invalid_script"
    if isinstance(exc, ToolMissingError):
        return "tool_missing"
    if isinstance(exc, LLMError):
        return "llm_failed"
    if isinstance(exc, InputError):
        return "bad_input"
    if isinstance(exc, StoryreelError):
        return "failed"
    return "internal_error"


class Worker:
    """Runs queued jobs in `count` threads; `count` 0 leaves them queued (a paused queue)."""

    def __init__(self, store: Store, projects: Projects, config: Config, count: int = 1):
        self.store, self.projects, self.config, self.count = store, projects, config, count
        self._threads: list[threading.Thread] = []
        self._quit = threading.Event()
        self._wake = threading.Event()
        self._running: dict[str, threading.Event] = {}  # job id -> its stop flag
        self._guard = threading.Lock()

    def start(self) -> None:
        logging.getLogger("storyreel").setLevel(logging.INFO)
        self.store.recover()
        # After the store's lock: only one studio serves this folder, so no write of ours is under way.
        if removed := self.projects.clean_after_crash():
            log.info("removed %d temporary file(s) left in the projects by a server that was killed", removed)
        for i in range(self.count):
            thread = threading.Thread(target=self._loop, name=f"studio-worker-{i}", daemon=True)
            thread.start()
            self._threads.append(thread)

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 15.0) -> None:
        """Stop taking jobs; running jobs stop at their next step and are left interrupted (resumable)."""
        self._quit.set()
        self._wake.set()
        with self._guard:
            for flag in self._running.values():
                flag.set()
        for thread in self._threads:
            thread.join(timeout)

    def cancel(self, job_id: str) -> dict | None:
        job = self.store.request_cancel(job_id)
        with self._guard:
            flag = self._running.get(job_id)
        if flag is not None:
            flag.set()
        return job

    def _loop(self) -> None:
        while not self._quit.is_set():
            job = self.store.claim()
            if job is None:
                self._wake.wait(0.5)
                self._wake.clear()
                continue
            self._run(job)

    def _run(self, job: dict) -> None:
        stop = threading.Event()
        with self._guard:
            self._running[job["id"]] = stop
        progress = JobProgress(self.store, job, stop)
        try:
            root = self.projects.path(job["project"], must_exist=False)
        except Exception:  # noqa: BLE001
            root = self.projects.root / "_missing_"
        handler = _JobLog(progress, root / "storyreel.log")
        logging.getLogger("storyreel").addHandler(handler)
        try:
            if self.store.cancel_requested(job["id"]):
                raise JobCancelled()
            result = self._dispatch(job, root, progress)
            self.store.finish(job["id"], "done", result=result)
            if job["kind"] == "plan" and job["params"].get("render"):
                self.store.create_job(job["project"], "render", {"scenes": None, "force": False})
        except JobCancelled:
            where = self._error(progress, handler)
            if self._quit.is_set() and not self.store.cancel_requested(job["id"]):
                self.store.finish(job["id"], "interrupted", error={**where, "code": "interrupted",
                                  "message": "the server stopped while this job ran; resume it to continue from "
                                             "what is on disk"})
            else:
                self.store.finish(job["id"], "cancelled", error={**where, "code": "cancelled",
                                  "message": "cancelled by request; resume it to continue from what is on disk"})
        except BaseException as exc:  # noqa: BLE001  (any failure is the job's, never the worker's)
            if not isinstance(exc, StoryreelError):
                handler.tail.extend(traceback.format_exception(exc)[-3:])
                log.exception("job %s failed", job["id"])
            message = str(exc) if isinstance(exc, StoryreelError) else f"{type(exc).__name__}: {exc}"
            self.store.finish(job["id"], "failed", error={**self._error(progress, handler), "code": error_code(exc),
                                                          "message": self.projects.public(message)})
        finally:
            logging.getLogger("storyreel").removeHandler(handler)
            with self._guard:
                self._running.pop(job["id"], None)

    def _error(self, progress: JobProgress, handler: _JobLog) -> dict:
        """Where a job stopped and the end of its log, as a client may read them (no server folder)."""
        return {"stage": progress.stage_name, "scene": progress.item,
                "log_tail": [self.projects.public(line) for line in handler.tail]}

    def _dispatch(self, job: dict, root: Path, progress: JobProgress) -> dict:
        kind, params = job["kind"], job["params"]
        if kind == "plan":
            return self._plan(job, root, progress)
        if kind == "render":
            with self.projects.lock(job["project"]):  # fill default references, so the render never writes the script
                data, _etag = self.projects.read_script(job["project"])
                self.projects.write_script(job["project"], data)
            summary = api.render(root, config=self.config, progress=progress, scenes=params.get("scenes"),
                                 force=bool(params.get("force")))
            return {"made": summary.made, "reused": summary.reused, "skipped": summary.skipped,
                    "film_seconds": round(summary.film_seconds, 3), "stage_seconds": summary.stage_seconds,
                    "stretched": [list(s) for s in summary.stretched]}
        if kind == "evaluate":
            report = api.evaluate(root, config=self.config, progress=progress)
            return {"summary": report.get("summary", {})}
        raise InputError(f"unknown job kind {kind!r}; kinds: {', '.join(KINDS)}")

    def _plan(self, job: dict, root: Path, progress: JobProgress) -> dict:
        story_file, idea_file = root / "story.txt", root / "idea.txt"
        if story_file.is_file() and (job["attempts"] > 1 or job["params"].get("resume")) \
                and any((root / "director").glob("*.json")):
            script = api.plan(root, config=self.config, progress=progress, resume=True)  # from the failed step on
        elif story_file.is_file():
            script = api.plan(root, story=story_file.read_text(encoding="utf-8"), config=self.config, progress=progress)
        elif idea_file.is_file():
            script = api.plan(root, idea=idea_file.read_text(encoding="utf-8"), config=self.config, progress=progress)
        else:
            raise InputError(f"project {job['project']!r} has no story.txt or idea.txt to plan from")
        with self.projects.lock(job["project"]):
            data, _etag = self.projects.read_script(job["project"])
            self.projects.write_script(job["project"], data)
        self.store.add_event(None, job["project"], "script", {"reason": "planned"})
        return {"scenes": len(script.scenes) if script else 0, "entities": len(script.entities) if script else 0,
                "title": script.title if script else None}
