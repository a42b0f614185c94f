"""The local executor: the CPU jobs of the stages in `local.pool_stages` in a pool of worker
processes on this machine (`local.workers`, one per core by default), every other job in this
process; each stage ends when its jobs are made. With `local.workers = 1` every job runs in
this process, at once, in the pipeline's order.

Jobs whose backend loads a model (diffusion) always run here: one process keeps the model
loaded for every scene, and one GPU runs one model at a time anyway. What a pool is worth on
one machine was measured (`make bench-scale`, docs/scaling.md): on 2 cores a pool of 2 renders
a 16-scene animatic in 0.8-0.87x the time of one process (two renderers draw while the x264
encoders share the cores) and breaks even on 2 scenes, so the default is one worker per core.
"""

from __future__ import annotations

import concurrent.futures as cf
import ctypes
import multiprocessing
import os
import signal
import sys

from . import Backends, Executor, Job, cpu_count, run_job

_POOL_BACKENDS: Backends | None = None  # in a pool process: the backends it keeps between jobs


def _die_with_parent(parent: int) -> None:
    """A pool process ends with the storyreel process that started it: a killed render
    (SIGKILL) cannot shut its pool down, and the idle workers would live on."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG
    if os.getppid() != parent:  # it died before the line above took effect
        os._exit(0)


def _pool_run(job: Job, env) -> object:
    global _POOL_BACKENDS
    if _POOL_BACKENDS is None:
        _POOL_BACKENDS = Backends()
    return run_job(job, env, _POOL_BACKENDS)


class LocalExecutor(Executor):
    name = "local"

    def __init__(self, config, on_done, progress=None):
        super().__init__(on_done, progress)
        self.workers = config.local.workers or cpu_count()
        self.pool_stages = set(config.local.pool_stages)
        self._pool: cf.ProcessPoolExecutor | None = None
        self._futures: dict[cf.Future, Job] = {}

    def _pooled(self, job: Job) -> bool:
        spec = self.env.specs.get(job.stage)
        return (self.workers > 1 and job.stage in self.pool_stages and not job.step.on_driver
                and spec is not None and not spec.loads_model)

    def _launch(self, job: Job) -> None:
        if not self._pooled(job):
            self._run_here(job)
            return
        if self._pool is None:
            # spawn, not fork: this process may hold threads (an LLM, torch) that a fork would copy mid-work.
            self._pool = cf.ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                                initializer=_die_with_parent, initargs=(os.getpid(),))
        self._futures[self._pool.submit(_pool_run, job, self.env)] = job

    def release(self, stage: str) -> None:
        """A stage ends when its jobs are made: the next stage's backend (a model) then has the
        machine to itself, and each stage's time is its own."""
        super().release(stage)
        self.wait()

    def _poll(self, timeout: float) -> None:
        done, _ = cf.wait(list(self._futures), timeout=timeout, return_when=cf.FIRST_COMPLETED)
        for future in done:
            job = self._futures.pop(future)
            self._complete(job, future.result())

    def close(self, failed: bool = False) -> None:
        super().close(failed)
        if self._pool is not None:
            for future in self._futures:
                future.cancel()
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
            # a killed render leaves the pool's temporary files; the next render cleans them (files.clean_stale_temps)
        self._futures.clear()


__all__ = ["LocalExecutor"]
