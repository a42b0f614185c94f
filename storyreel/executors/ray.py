"""The Ray executor: a render's jobs on a Ray cluster (`storyreel render --executor ray`).

This process is the driver: it computes every key, reads and writes the manifest (nobody
else does), and submits only the stale jobs, each once the artifacts it reads are made. So
rolling-context keyframes form a chain (keyframe i+1 is submitted when keyframe i is made)
and shot i is submitted at that same moment: shots overlap the chain.

* Plain CPU jobs (the animatic's keyframes and shots, the emoji cast, voices, the edit) are
  Ray tasks; a task whose worker dies is retried (`ray.max_retries`).
* Jobs of a model backend (diffusion) run on actors that load the model once and serve many
  scenes, handed out by `ray.util.ActorPool` to whichever actor is idle; one "image" pool
  serves the cast and the keyframes (the same image model), a "video" pool the shots. A dead
  actor is restarted (`ray.max_restarts`) and its call retried (`ray.max_task_retries`): a
  call may then run twice, which is harmless since an artifact is a function of its key.
  Pools grow up to what the cluster fits (or `ray.<stage>.actors`) and are dropped when their
  stages are over, freeing the GPUs.
* Every job asks for `ray.<stage>` resources (CPUs, GPUs, memory, custom resources to pin a
  stage to a class of node). A request no node can meet fails the render after
  `ray.placement_timeout_s` (time for an autoscaler to add such a node), never hangs.
* An error in a job fails the render with the item's name (and the node), never retried.
* Storage: the project folder is meant to be mounted at the same path on every node; a
  sentinel file checks it at start. Without such a mount (`ray.storage`), each job receives the
  files it reads through Ray's object store and returns the files it wrote, which this
  process writes; the edit then runs here, where the shots are.
"""

from __future__ import annotations

import logging
import math
import os
import platform
import secrets
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__, files
from ..errors import StoryreelError, ToolMissingError
from . import MODEL_BACKENDS, Backends, Executor, Job, Result, run_job

log = logging.getLogger(__name__)
INSTALL_HINT = "install the ray extra: `make setup EXTRAS=ray` (requirements/ray.txt)"

_WORKER_BACKENDS: Backends | None = None  # in a Ray worker process: the backends kept between tasks
_CONNECTING = threading.Lock()


def _fetch(inputs):
    import ray

    if inputs is None:
        return None
    return dict(zip(inputs, ray.get(list(inputs.values()))))


def _node_id() -> str:
    import ray

    return ray.get_runtime_context().get_node_id()


def run_task(job: Job, env, inputs) -> Result:
    """A plain Ray task: one job, with the backends this worker process already holds."""
    global _WORKER_BACKENDS
    if _WORKER_BACKENDS is None:
        _WORKER_BACKENDS = Backends()
    return run_job(job, env, _WORKER_BACKENDS, _fetch(inputs), node=_node_id())


def probe(sentinel: str) -> dict:
    """Run on every node at start: does it see the project folder, and what does it run."""
    try:
        seen = Path(sentinel).read_text(encoding="utf-8")
    except OSError:
        seen = None
    return {"node": _node_id(), "host": platform.node(), "seen": seen, "storyreel": __version__,
            "python": platform.python_version()}


class ModelWorker:
    """A Ray actor holding a model backend (loaded on its first job) for many jobs."""

    def __init__(self):
        self.backends = Backends()

    def node(self) -> str:
        return _node_id()

    def run(self, job: Job, env, inputs) -> Result:
        return run_job(job, env, self.backends, _fetch(inputs), node=_node_id())


@dataclass
class _Pool:
    name: str  # image, video
    stages: set[str]  # the stages whose jobs it serves
    options: dict
    limit: int
    pool: object  # ray.util.ActorPool
    actors: list = field(default_factory=list)


def _describe(request: dict) -> str:
    def amount(name: str, value: float) -> str:
        return f"{value / 2**30:g} GB memory" if name == "memory" else f"{value:g} {name}"

    return ", ".join(amount(k, v) for k, v in request.items() if v) or "nothing"


class RayExecutor(Executor):
    name = "ray"

    def __init__(self, config, on_done, progress=None):
        super().__init__(on_done, progress)
        if not config.ray.address:
            # A Ray instance started here: on the loopback address (Ray otherwise binds the machine's
            # routable address, even when told 127.0.0.1), and offline (no usage reports). Read by Ray
            # when it is imported, and by the processes it starts.
            if config.ray.node_ip in ("127.0.0.1", "localhost", "::1"):
                os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
            os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
        try:
            import ray
            from ray.util import ActorPool
        except ImportError:
            raise ToolMissingError(f"the ray executor needs Ray: {INSTALL_HINT}") from None
        self.ray, self._actor_pool = ray, ActorPool
        self.config, self.rc = config, config.ray
        self.asynchronous = True
        self._connected = False
        self._storage: str | None = None
        self._env_ref = None
        self._tasks: dict = {}  # ObjectRef -> Job
        self._calls: dict = {}  # ObjectRef -> (pool name, Job)
        self._pools: dict[str, _Pool] = {}
        self._files: dict[tuple, object] = {}  # (rel, size, mtime) -> ObjectRef, without shared storage
        self._feasible: set[tuple] = set()
        self._open = {"cast", "voice", "keyframes", "shots", "sound", "edit"}  # stages that may still submit jobs
        self._progress_at = time.monotonic()

    # the cluster -----------------------------------------------------------------------------------
    def _connect(self) -> None:
        if self._connected:
            return
        with _CONNECTING:  # renders in threads (the studio's workers) share one connection
            self._join()
        self._task = self.ray.remote(run_task)
        self._probe = self.ray.remote(probe)
        self._actor = self.ray.remote(ModelWorker)
        self._connected = True
        self._check_storage()

    def _join(self) -> None:
        ray, rc = self.ray, self.rc
        if not ray.is_initialized():  # else: this process joined a cluster already (a test, a notebook)
            options = dict(include_dashboard=False, log_to_driver=rc.worker_logs, logging_level=logging.WARNING)
            try:
                if rc.address:
                    ray.init(address=rc.address, **options)
                else:
                    ray.init(address="local", num_cpus=rc.num_cpus, num_gpus=rc.num_gpus,
                             object_store_memory=rc.object_store_mb * 2**20 if rc.object_store_mb else None,
                             _node_ip_address=rc.node_ip, **options)
            except (ConnectionError, RuntimeError, ValueError) as exc:
                where = f"the Ray cluster at {rc.address!r}" if rc.address else "a local Ray instance"
                raise StoryreelError(f"cannot start or join {where}: {exc}") from None

    def _nodes(self) -> list[dict]:
        return [n for n in self.ray.nodes() if n.get("Alive")]

    def _check_storage(self) -> None:
        """Does every node see the project folder at the same path (a sentinel file)?"""
        ray, rc = self.ray, self.rc
        from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

        root = Path(self.env.root)
        token = secrets.token_hex(16)
        sentinel = root / f".storyreel-sentinel-{token[:12]}"
        files.write_text(sentinel, token)
        try:
            refs = [self._probe.options(num_cpus=0, max_retries=1, scheduling_strategy=NodeAffinitySchedulingStrategy(
                n["NodeID"], soft=False)).remote(str(sentinel)) for n in self._nodes()]
            try:
                answers = ray.get(refs, timeout=rc.placement_timeout_s)
            except ray.exceptions.GetTimeoutError:
                raise StoryreelError(f"a Ray node did not answer within {rc.placement_timeout_s:g} s "
                                     "(ray.placement_timeout_s); is every node healthy (`ray status`)?") from None
        finally:
            sentinel.unlink(missing_ok=True)
        other = [a for a in answers if (a["storyreel"], a["python"]) != (__version__, platform.python_version())]
        if other:
            a = other[0]
            raise StoryreelError(f"Ray node {a['host']} runs storyreel {a['storyreel']} on Python {a['python']}, this "
                                 f"one storyreel {__version__} on Python {platform.python_version()}: install the "
                                 "same versions on every node, so every node makes the same artifacts")
        blind = sorted({a["host"] for a in answers if a["seen"] != token})
        if not blind or rc.storage == "ship":
            self._storage = "ship" if rc.storage == "ship" else "shared"
        elif rc.storage == "shared":
            raise StoryreelError(f"the project folder {root} is not shared with Ray node(s) {', '.join(blind)}: "
                                 "mount it at the same path on every node (NFS, a cluster file system), or set "
                                 "ray.storage = \"ship\" to send the files through Ray")
        else:
            log.warning("the project folder is not shared with Ray node(s) %s: the files go through Ray's object "
                        "store (ray.storage = \"ship\")", ", ".join(blind))
            self._storage = "ship"
        log.info("Ray: %d node(s), storage %s", len(answers), self._storage)

    def _request(self, stage: str, model: bool) -> dict:
        """What one job (or model actor) of `stage` asks for, Ray's resource names."""
        sc = getattr(self.rc, stage)
        gpus = sc.num_gpus
        if gpus is None:
            gpus = 1 if model and self.ray.cluster_resources().get("GPU", 0) > 0 else 0
        cpus = sc.num_cpus if sc.num_cpus is not None else 0 if model else 1
        request = {"CPU": cpus, "GPU": gpus, "memory": sc.memory_gb * 2**30, **sc.resources}
        self._wait_feasible(request, stage)
        return request

    def _fits(self, request: dict, node: dict) -> int:
        """How many of `request` the node holds."""
        have = node.get("Resources", {})
        counts = [math.floor(have.get(name, 0) / amount + 1e-9) for name, amount in request.items() if amount]
        return min(counts) if counts else 1_000_000

    def _wait_feasible(self, request: dict, stage: str) -> None:
        """Return once some node can run `request`; fail after ray.placement_timeout_s."""
        signature = tuple(sorted(request.items()))
        if signature in self._feasible:
            return
        deadline = time.monotonic() + self.rc.placement_timeout_s
        while True:
            nodes = self._nodes()
            if any(self._fits(request, n) for n in nodes):
                self._feasible.add(signature)
                return
            if time.monotonic() >= deadline:
                have = "; ".join(f"{n.get('NodeManagerAddress')}: {_describe(n.get('Resources', {}))}"
                                 for n in nodes)
                raise StoryreelError(
                    f"the {stage} stage asks each Ray worker for {_describe(request)}, and no node of the cluster has "
                    f"that (waited {self.rc.placement_timeout_s:g} s for one to join; nodes: {have}): change "
                    f"[ray.{stage}] in the settings, or start a node with those resources (`ray start --resources`)")
            time.sleep(min(1.0, max(0.0, deadline - time.monotonic())))

    @staticmethod
    def _options(request: dict) -> dict:
        options = {"num_cpus": request["CPU"], "num_gpus": request["GPU"]}
        if request["memory"]:
            options["memory"] = int(request["memory"])
        custom = {k: v for k, v in request.items() if k not in ("CPU", "GPU", "memory")}
        if custom:
            options["resources"] = custom
        return options

    # jobs ------------------------------------------------------------------------------------------
    def _env_changed(self) -> None:
        self._env_ref = None

    def _shared_env(self):
        if self._env_ref is None:
            self._env_ref = self.ray.put(self.env)
        return self._env_ref

    def _inputs(self, job: Job):
        """Without shared storage: the files the job reads, each put in the object store once."""
        if self._storage != "ship":
            return None
        root = Path(self.env.root)
        paths: list[Path] = []
        for rel in job.reads:
            where = root / rel
            paths += sorted(p for p in where.rglob("*") if p.is_file()) if rel.endswith("/") else \
                [where] if where.is_file() else []
        out = {}
        for path in paths:
            stat = path.stat()
            rel = path.relative_to(root).as_posix()
            key = (rel, stat.st_size, stat.st_mtime_ns)
            if key not in self._files:
                self._files[key] = self.ray.put(path.read_bytes())
            out[rel] = self._files[key]
        return out

    def _model_pool(self, stage: str) -> str | None:
        spec = self.env.specs[stage]
        if spec.name not in MODEL_BACKENDS:
            return None
        return "image" if stage in ("cast", "keyframes") else "video"

    def _launch(self, job: Job) -> None:
        self._connect()
        if job.step.on_driver or (self._storage == "ship" and job.stage == "edit"):
            self._run_here(job)
            return
        name = self._model_pool(job.stage)
        payload = (job, self._shared_env(), self._inputs(job))
        if name is not None:
            pool = self._pool(name)
            if not pool.pool.has_free() and len(pool.actors) < pool.limit:
                self._add_actor(pool)
            pool.pool.submit(lambda actor, p, n=name: self._track(n, p[0], actor.run.remote(*p)), payload)
            return
        request = self._request(job.stage, model=False)
        ref = self._task.options(**self._options(request), max_retries=self.rc.max_retries, retry_exceptions=False,
                                 name=f"storyreel {job.stage} {job.label}").remote(*payload)
        self._tasks[ref] = job

    def _track(self, pool: str, job: Job, ref):
        self._calls[ref] = (pool, job)
        return ref

    def _pool(self, name: str) -> _Pool:
        if name in self._pools:
            return self._pools[name]
        backends = self.config.backends
        if name == "image":
            stages = {s for s in ("cast", "keyframes") if getattr(backends, s) in MODEL_BACKENDS}
            sized_by = "keyframes" if "keyframes" in stages else "cast"  # one actor serves both: keyframes' size
        else:
            stages, sized_by = {"shots"}, "shots"
        request = self._request(sized_by, model=True)
        nodes = self._nodes()
        # an actor that reserves nothing would fit without end: then one per node
        fit = sum(self._fits(request, n) for n in nodes) if any(request.values()) else len(nodes)
        limit = max(1, min(getattr(self.rc, sized_by).actors or fit, fit))
        options = {**self._options(request), "max_restarts": self.rc.max_restarts,
                   "max_task_retries": self.rc.max_task_retries}
        pool = _Pool(name, stages, options, limit, self._actor_pool([]))
        self._add_actor(pool)
        self._pools[name] = pool
        log.info("Ray: %s model pool for %s, up to %d actor(s) of %s", name, "+".join(sorted(stages)), limit,
                 _describe(request))
        return pool

    def _add_actor(self, pool: _Pool) -> None:
        actor = self._actor.options(**pool.options).remote()
        pool.actors.append(actor)
        pool.pool.push(actor)

    def _retire_pools(self, idle: bool = False) -> None:
        """Drop the actors of a pool whose stages are over (frees their GPUs for what follows), or with
        `idle` of every pool with nothing to do (they come back when needed)."""
        for name, pool in list(self._pools.items()):
            busy = any(p == name for p, _job in self._calls.values())
            waiting = any(self._model_pool(j.stage) == name for j in self._queue if j.stage in self.env.specs)
            if (idle or not (pool.stages & self._open)) and not busy and not waiting:
                log.info("Ray: %s model pool dropped (%s)", name, "idle while other jobs wait" if idle else "done")
                for actor in pool.actors:
                    self.ray.kill(actor, no_restart=True)
                del self._pools[name]
                continue
            # Nothing queued for it: keep one actor warm (the keyframe chain needs one), free the GPUs of the
            # others (after the cast, while the chain runs, they would sit idle and keep the shots waiting).
            while not waiting and len(pool.actors) > 1 and pool.pool.has_free():
                actor = pool.pool.pop_idle()
                pool.actors.remove(actor)
                self.ray.kill(actor, no_restart=True)

    def release(self, stage: str) -> None:
        super().release(stage)
        self._open.discard(stage)
        self._retire_pools()

    def _result(self, ref, job: Job) -> Result:
        ray = self.ray
        try:
            return ray.get(ref)
        except ray.exceptions.RayError as exc:
            # Not an error of the job's own code (that comes back in the Result): its worker died and
            # the retries are spent, or Ray lost it.
            cause = f"{type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''}"
            return Result(job.rel, error=f"its Ray worker died and the retries are spent (ray.max_retries, "
                          f"ray.max_restarts): {cause}", trace=str(exc))

    def _poll(self, timeout: float) -> None:
        refs = [*self._tasks, *self._calls]
        if not refs:  # jobs wait in a model pool that has no live actor left
            raise StoryreelError(f"no Ray worker is left to make {', '.join(sorted(self._running))}: the model "
                                 "actors died more often than ray.max_restarts allows")
        ready, _ = self.ray.wait(refs, num_returns=1, timeout=timeout, fetch_local=False)
        if ready:
            self._progress_at = time.monotonic()
        elif time.monotonic() - self._progress_at > self.rc.placement_timeout_s:
            # Nothing ended for a long while: an idle model actor may hold what waiting jobs need
            # (CPUs reserved with ray.<stage>.num_cpus). Never a deadlock: let idle pools go.
            self._retire_pools(idle=True)
            self._progress_at = time.monotonic()
        for ref in ready:
            if ref in self._tasks:
                job = self._tasks.pop(ref)
                result = self._result(ref, job)
            else:
                name, job = self._calls.pop(ref)
                result = self._result(ref, job)
                try:  # hand the actor back to its pool (it pops one finished call: this one or another)
                    self._pools[name].pool.get_next_unordered(timeout=30)
                except Exception:  # noqa: BLE001  (that call's outcome is read from its own ref)
                    pass
            self._complete(job, result)
        self._retire_pools()

    def close(self, failed: bool = False) -> None:
        super().close(failed)
        ray = self.ray
        if failed:
            for ref in self._tasks:
                try:
                    ray.cancel(ref, force=True)
                except Exception:  # noqa: BLE001  (already finished)
                    pass
        for pool in self._pools.values():
            for actor in pool.actors:
                ray.kill(actor, no_restart=True)
        self._pools.clear()
        self._tasks.clear()
        self._calls.clear()
        self._files.clear()
        if self._connected and self._storage == "shared" and not failed:
            # a worker killed mid-job leaves its temporary file; its retry made the artifact
            files.clean_stale_temps(Path(self.env.root))
        # A Ray instance this process started stops when the process ends (Ray's exit hook); it is
        # kept until then, so the next render (the studio's) does not pay the start-up again.
