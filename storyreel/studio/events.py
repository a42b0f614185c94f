"""One poll of the store for every open event stream (the studio's SSE).

Each stream used to ask the store for its new events every 0.25 s, in a thread of the pool: with
tens of pages open during a render that was tens of queries and thread hops a second, paid for in
the server's one event loop and GIL next to every other request (bench/load.py). The hub asks
once for everybody's new events, keeps the last KEEP of them in memory and wakes the streams; a
stream takes its own from memory, and goes to the store only for a backlog older than memory
holds (a client resuming from far back with Last-Event-ID).
"""

from __future__ import annotations

import asyncio
import collections
import threading

from starlette.concurrency import run_in_threadpool

from .store import Store

POLL_S = 0.25  # how often the store is asked while any stream listens
KEEP = 5000  # events kept in memory (a render of a long film makes a few thousand)
BATCH = 1000


class EventHub:
    """The store's newest events, polled once for every listening stream (see the module docstring)."""

    def __init__(self, store: Store, stopping: threading.Event, every: float = POLL_S, keep: int = KEEP):
        self.store, self.stopping, self.every = store, stopping, every
        self.recent: collections.deque[dict] = collections.deque(maxlen=keep)
        self.head = store.last_seq()  # every event up to here is in the store; memory covers (floor, head]
        self._floor = self.head
        self._listeners = 0
        self._cut: dict[str, int] = {}  # a deleted project -> its events up to here are gone from the store too
        self._task: asyncio.Task | None = None
        self._changed = asyncio.Event()

    def since(self, after: int, job: str | None = None, project: str | None = None) -> list[dict] | None:
        """The events after `after` (of `job`, of `project`) from memory, in order; None when memory
        does not reach back that far (ask the store)."""
        floor = self.recent[0]["seq"] - 1 if len(self.recent) == self.recent.maxlen else self._floor
        if after < floor:
            return None
        return [e for e in self.recent if e["seq"] > after and (job is None or e["job"] == job)
                and (project is None or e["project"] == project) and e["seq"] > self._cut.get(e["project"], 0)]

    def forget(self, project: str) -> None:
        """A project was deleted with its events: a new one of the same name must not get them."""
        self._cut[project] = self.store.last_seq()

    def listen(self) -> None:
        """A stream opens: poll while any listens."""
        self._listeners += 1
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._poll())

    def leave(self) -> None:
        self._listeners -= 1

    async def wait(self, timeout: float, seen: int) -> bool:
        """Until events after `seen` (the head a stream last looked at) are in (True), or `timeout`
        seconds passed (False)."""
        if self.head != seen:
            return True
        changed = self._changed
        try:
            await asyncio.wait_for(changed.wait(), timeout)
            return True
        except asyncio.TimeoutError:
            return False

    async def _poll(self) -> None:
        while self._listeners > 0 and not self.stopping.is_set():
            rows = await run_in_threadpool(self.store.events, self.head, limit=BATCH)
            if rows:
                self.recent.extend(rows)
                self.head = rows[-1]["seq"]
                changed, self._changed = self._changed, asyncio.Event()
                changed.set()  # wakes every stream waiting on it; later waits take the new one
                if len(rows) == BATCH:
                    continue  # more are waiting
            await asyncio.sleep(self.every)


__all__ = ["EventHub"]
