"""Progress display: one bar per stage, one per scene for long per-scene work.

Rich draws live bars on a terminal; elsewhere (CI logs, pipes) it prints nothing
live and the log lines carry the information.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

console = Console(stderr=True)


class StageProgress:
    """Thin wrapper so stages do not depend on rich directly (a web UI can supply its own)."""

    def __init__(self, progress: Progress | None):
        self._progress = progress

    @contextmanager
    def stage(self, name: str, total: int, transient: bool = False) -> Iterator["_Bar"]:
        """A bar for `total` steps; a transient bar (one scene's frames) disappears when done."""
        task = self._progress.add_task(name, total=total) if self._progress else None
        yield _Bar(self._progress, task)
        if self._progress is not None and task is not None:
            if transient:
                self._progress.remove_task(task)
            else:
                self._progress.update(task, completed=total)


class _Bar:
    def __init__(self, progress: Progress | None, task):
        self._progress, self._task = progress, task

    def advance(self, n: int = 1) -> None:
        if self._progress is not None:
            self._progress.advance(self._task, n)

    def describe(self, text: str) -> None:
        if self._progress is not None:
            self._progress.update(self._task, description=text)


@contextmanager
def live(enabled: bool = True) -> Iterator[StageProgress]:
    if not enabled:
        yield StageProgress(None)
        return
    columns = (TextColumn("{task.description:<28}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=False) as progress:
        yield StageProgress(progress)
