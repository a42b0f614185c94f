"""Executors: where the per-item steps of a render run.

The pipeline decides *what* is stale (every artifact's key is the hash of its inputs, see
pipeline.py) and hands each stale artifact to an executor as a `Job`: the artifact's path,
its key, the small picklable `Step` that makes it (steps.py), and the artifacts it reads
that may still be in the making (`after`). The executor decides *where and when* it runs:

* `local` (default, local.py): on this machine, stage after stage; the CPU steps of some
  stages go to a pool of processes, one per core (`local.workers`; 1 runs every step in this
  process, at once, in the pipeline's order).
* `ray` (ray.py): on a Ray cluster. The driver (this process) reads the manifest, submits
  only the stale jobs, each when what it reads is made, and is the only writer of the
  manifest; workers write their artifact atomically on a shared project folder, or return
  its bytes for the driver to write.

Whatever runs a job calls `run_job`, so an artifact is made by the same code, from the same
inputs, whichever executor is used, and the manifest records the same key.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import shutil
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Protocol

from .. import files
from ..config import Config
from ..errors import StoryreelError
from ..progress import StageProgress
from ..project import Project
from ..script import Script

log = logging.getLogger(__name__)

# Backends that load a model: run by a worker that keeps them loaded between items (a Ray actor,
# or the driver itself for the local executor), one such model per worker at a time.
MODEL_BACKENDS = frozenset({"diffusion"})


@dataclass(frozen=True)
class BackendSpec:
    """How a worker makes the backend of a stage: the registry name and its options."""

    stage: str  # cast, voice, keyframes, shots, sound, edit
    name: str
    options: tuple[tuple[str, Any], ...] = ()

    @property
    def loads_model(self) -> bool:
        return self.name in MODEL_BACKENDS


def make_backend(spec: BackendSpec, config: Config):
    """The backend `spec` names, built exactly as the pipeline builds its stage's backend."""
    options = dict(spec.options)
    if spec.stage == "cast":
        from ..cast import REGISTRY

        return REGISTRY.create(spec.name, config=config, cache_dir=config.cache_path())
    if spec.stage == "keyframes":
        from ..keyframes import REGISTRY

        return REGISTRY.create(spec.name, config=config)
    if spec.stage == "shots":
        from ..shots import REGISTRY

        return REGISTRY.create(spec.name, config=config)
    if spec.stage == "voice":
        from ..voice import resolve

        return resolve(spec.name, options.pop("language"), **options)
    if spec.stage == "edit":
        from ..edit import REGISTRY

        return REGISTRY.create(spec.name)
    if spec.stage == "sound":
        from ..sound import REGISTRY

        return REGISTRY.create(spec.name)
    raise ValueError(f"no stage {spec.stage!r}")


class Backends:
    """The backends one worker holds, made on first use and kept for the next items (a loaded
    model serves many scenes). At most one model-loading backend is kept: asking for another
    frees the first, so a stage's model has the memory to itself, as in the local pipeline."""

    def __init__(self):
        self._held: dict[str, tuple[BackendSpec, Any]] = {}

    def get(self, spec: BackendSpec, config: Config):
        fingerprint = hashlib.sha256(repr((spec, config.model_dump_json())).encode()).hexdigest()
        if fingerprint in self._held:
            return self._held[fingerprint][1]
        for key, (held, backend) in list(self._held.items()):
            if spec.loads_model and held.loads_model or len(self._held) >= 8:
                self._close(key)
        backend = make_backend(spec, config)
        self._held[fingerprint] = (spec, backend)
        return backend

    def _close(self, key: str) -> None:
        _spec, backend = self._held.pop(key)
        close = getattr(backend, "close", None)
        if close is not None:
            close()

    def close(self) -> None:
        for key in list(self._held):
            self._close(key)


@dataclass
class Env:
    """What every job of a render shares: the script, the settings (without secrets), the
    project folder and how each stage's backend is made. Sent to workers once per stage."""

    script: Script
    config: Config
    root: str
    specs: dict[str, BackendSpec] = field(default_factory=dict)


def worker_config(config: Config) -> Config:
    """The settings sent to workers: the LLM key and the studio token stay with the driver."""
    return config.model_copy(update={"llm": config.llm.model_copy(update={"api_key": None}),
                                     "studio": config.studio.model_copy(update={"token": None})})


class StepEnv:
    """What a step sees while it makes one artifact."""

    def __init__(self, env: Env, project: Project, backend: Callable[[str], Any], progress: StageProgress):
        self.script, self.config, self.project, self.progress = env.script, env.config, project, progress
        self._backend = backend

    def backend(self, stage: str):
        return self._backend(stage)


class Step(Protocol):
    """Makes one artifact: writes `out` (a temporary path renamed over the artifact after it
    returns) and returns what the manifest should record besides the key."""

    stage: str
    on_driver: bool  # True: runs in the driver process whatever the executor (reads files only it has)

    def run(self, env: StepEnv, out: Path) -> dict | None: ...


@dataclass
class Job:
    """One stale artifact to make."""

    stage: str
    rel: str  # the artifact, relative to the project folder
    key: str
    backend: str
    version: str
    step: Any  # a Step
    after: tuple[str, ...] = ()  # artifacts it reads (rel paths): it waits while any is being made
    reads: tuple[str, ...] = ()  # files it reads (rel paths; "cast/" is the folder), shipped without shared storage
    label: str = ""  # "scene s03", "entity milo": how errors name it


@dataclass
class Result:
    """What a worker reports for a job."""

    rel: str
    extra: dict = field(default_factory=dict)
    seconds: float = 0.0
    files: dict[str, bytes] | None = None  # without shared storage: every file the job wrote
    node: str | None = None
    error: str | None = None
    exit_code: int = 1
    trace: str | None = None


def _write_artifact(job: Job, env: Env, project: Project, backend: Callable[[str], Any],
                    progress: StageProgress) -> tuple[dict, float]:
    step_env = StepEnv(env, project, backend, progress)
    started = time.perf_counter()
    with files.atomic_path(project.root / job.rel) as tmp:
        extra = job.step.run(step_env, tmp) or {}
    return extra, time.perf_counter() - started


def _snapshot(root: Path) -> dict[str, tuple[int, int]]:
    return {p.relative_to(root).as_posix(): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in root.rglob("*") if p.is_file()}


def run_job(job: Job, env: Env, backends: Backends, inputs: dict[str, bytes] | None = None,
            node: str | None = None) -> Result:
    """Make one job's artifact in a worker; an error is reported in the Result, never raised.

    With `inputs` (no shared storage) the job runs in a scratch copy of the project folder
    holding those files, and every file it wrote comes back in `Result.files`."""
    config = env.config
    try:
        if inputs is None:
            extra, seconds = _write_artifact(job, env, Project(Path(env.root)), lambda s: backends.get(env.specs[s],
                                             config), StageProgress(None))
            return Result(job.rel, extra, round(seconds, 3), node=node)
        scratch = Path(tempfile.mkdtemp(prefix="storyreel-job-"))
        try:
            for rel, data in inputs.items():
                (scratch / rel).parent.mkdir(parents=True, exist_ok=True)
                (scratch / rel).write_bytes(data)
            project = Project(scratch)
            project.ensure()
            before = _snapshot(scratch)
            extra, seconds = _write_artifact(job, env, project, lambda s: backends.get(env.specs[s], config),
                                             StageProgress(None))
            written = {rel: (scratch / rel).read_bytes() for rel, stat in _snapshot(scratch).items()
                       if before.get(rel) != stat}
            return Result(job.rel, extra, round(seconds, 3), files=written, node=node)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
    except Exception as exc:  # reported with the item, on the driver
        if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:  # no traceback: the user can only free space
            return Result(job.rel, node=node, error=f"the disk is full ({exc.filename or job.rel}): free some space "
                          "and run the same command again; everything made before is kept", exit_code=1)
        return Result(job.rel, node=node, error=f"{type(exc).__name__}: {exc}" if not isinstance(exc, StoryreelError)
                      else str(exc), exit_code=getattr(exc, "exit_code", 1), trace=traceback.format_exc())


class JobError(StoryreelError):
    """A job failed in a worker: the message names the item and the worker's error."""


def failure(job: Job, result: Result) -> JobError:
    where = f" on node {result.node}" if result.node else ""
    error = JobError(f"{job.label or job.rel}: making {job.rel} failed{where}: {result.error}")
    error.exit_code = result.exit_code
    return error


DoneCallback = Callable[[Job, Result], None]


class Executor:
    """The seam the pipeline submits jobs to. Subclasses launch jobs; this class keeps the
    order: a job is launched once none of the artifacts it reads is still queued or running."""

    name = "executor"

    def __init__(self, on_done: DoneCallback, progress: StageProgress | None = None):
        self.on_done = on_done
        self.progress = progress or StageProgress(None)
        self.env: Env | None = None
        self._instances: dict[str, Any] = {}  # stage -> the pipeline's own backend (in-process steps)
        self._queue: list[Job] = []
        self._running: dict[str, Job] = {}  # rel -> job
        self._here: Backends | None = None  # backends made here for jobs that outlive their stage
        self.spans: dict[str, list[float]] = {}  # stage -> [first launch, last end] (perf_counter)
        self.asynchronous = False  # jobs may still run when the pipeline moves on to the next stage
        self.made = 0
        self._bar = None  # while waiting: advanced as the jobs waited for end
        self._counted: set[str] | None = None  # the jobs waited for (None: all)

    # what the pipeline calls ---------------------------------------------------------------------
    def begin(self, script: Script, config: Config, root: Path) -> None:
        self.env = Env(script, worker_config(config), str(root))

    def use(self, spec: BackendSpec, backend) -> None:
        """The stage's backend: its spec for workers, the instance for steps run in this process."""
        self.env.specs[spec.stage] = spec
        self._instances[spec.stage] = backend
        self._env_changed()

    def script_changed(self) -> None:
        """The script was edited by a stage (the cast fills in `reference`)."""
        self._env_changed()

    def release(self, stage: str) -> None:
        """The stage submitted all its jobs; its in-process backend is closed by the pipeline."""
        self._instances.pop(stage, None)

    def submit(self, job: Job) -> None:
        self._queue.append(job)
        self._dispatch()

    def wait(self, rels: list[str] | None = None) -> None:
        """Until the jobs making `rels` (all jobs when None) are done; raises the first failure.
        Jobs that run elsewhere fill a progress bar as they end (the stages' bars fill as jobs
        are submitted)."""
        pending = [j.rel for j in self._queue] + list(self._running)
        total = len(pending) if rels is None else len(set(pending) & set(rels))
        if not total:
            return
        with self.progress.stage(f"{self.name}: jobs", total, transient=True) as bar:
            self._bar, self._counted = bar, None if rels is None else set(rels)
            try:
                self._wait(rels)
            finally:
                self._bar = None

    def _wait(self, rels: list[str] | None) -> None:
        def pending() -> bool:
            if rels is None:
                return bool(self._queue or self._running)
            return any(j.rel in wanted for j in self._queue) or any(r in wanted for r in self._running)

        wanted = set(rels or ())
        while True:
            self._dispatch()
            if not pending():
                return
            if not self._running:
                stuck = ", ".join(j.rel for j in self._queue)
                raise StoryreelError(f"internal error: jobs wait for artifacts nobody makes: {stuck}")
            self._poll(1.0)

    def close(self, failed: bool = False) -> None:
        self._queue.clear()
        if self._here is not None:
            self._here.close()
            self._here = None

    # what subclasses provide ---------------------------------------------------------------------
    def _launch(self, job: Job) -> None:
        raise NotImplementedError

    def _poll(self, timeout: float) -> None:
        """Wait up to `timeout` seconds for running jobs; `_complete` those that ended."""
        raise NotImplementedError

    def _env_changed(self) -> None:
        pass

    # shared --------------------------------------------------------------------------------------
    def _ready(self, job: Job) -> bool:
        return not any(rel in self._running or any(q.rel == rel for q in self._queue) for rel in job.after)

    def _dispatch(self) -> None:
        launched = True
        while launched:
            launched = False
            for job in list(self._queue):
                if self._ready(job):
                    self._queue.remove(job)
                    self._running[job.rel] = job
                    log.debug("launch %s", job.rel)
                    self.spans.setdefault(job.stage, [time.perf_counter(), 0.0])
                    self._launch(job)
                    launched = True
                    break  # in-process jobs complete at once and may free later ones: scan again

    def _complete(self, job: Job, result: Result) -> None:
        self._running.pop(job.rel, None)
        log.debug("done %s", job.rel)
        if result.error is not None:
            if result.trace:
                log.error("%s failed:\n%s", job.rel, result.trace)
            raise failure(job, result)
        if result.files is not None:  # no shared storage: the driver writes what the worker made
            root = Path(self.env.root)
            for rel, data in sorted(result.files.items(), key=lambda kv: kv[0] == job.rel):
                files.write_bytes(root / rel, data)
        self.made += 1
        self.spans[job.stage][1] = time.perf_counter()
        self.on_done(job, result)
        if self._bar is not None and (self._counted is None or job.rel in self._counted):
            self._bar.advance()

    def _run_here(self, job: Job) -> None:
        """Run a job in this process, now (the local executor, and steps bound to the driver): with
        the stage's own backend while the stage runs, else one made from its spec."""
        def backend(stage: str):
            if stage in self._instances:
                return self._instances[stage]
            if self._here is None:
                self._here = Backends()
            return self._here.get(self.env.specs[stage], self.env.config)

        try:
            extra, seconds = _write_artifact(job, self.env, Project(Path(self.env.root)), backend, self.progress)
        except Exception:
            self._running.pop(job.rel, None)
            raise  # in this process: the error keeps its type and traceback
        self._complete(job, Result(job.rel, extra, round(seconds, 3)))


def create(config: Config, on_done: DoneCallback, progress: StageProgress | None = None) -> Executor:
    """The executor `config.executor` names."""
    if config.executor == "ray":
        from .ray import RayExecutor

        return RayExecutor(config, on_done, progress)
    from .local import LocalExecutor

    return LocalExecutor(config, on_done, progress)


def cpu_count() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


__all__ = ["Backends", "BackendSpec", "Env", "Executor", "Job", "JobError", "MODEL_BACKENDS", "Result", "Step",
           "StepEnv", "create", "make_backend", "run_job", "worker_config"]
