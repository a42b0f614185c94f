"""Jobs and their events in SQLite, next to the projects (PROJECTS/.studio.sqlite3).

A job is a row that moves queued -> running -> done | failed | cancelled; a job that was
running when the server stopped is marked interrupted at the next start, and any of the
last three can be resumed (queued again). Events (state changes, stages, progress, log
warnings, script edits) are rows with an increasing number: a client that reconnects asks
for the events after the last number it saw (SSE Last-Event-ID).
"""

from __future__ import annotations

import fcntl
import json
import os
import secrets
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

from ..errors import InputError

DB_NAME = ".studio.sqlite3"
TERMINAL = ("done", "failed", "cancelled", "interrupted")
RESUMABLE = ("failed", "cancelled", "interrupted")

SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY,
    project TEXT NOT NULL,
    kind TEXT NOT NULL,
    params TEXT NOT NULL,
    state TEXT NOT NULL,
    stage TEXT,
    scene TEXT,
    progress REAL NOT NULL DEFAULT 0,
    message TEXT NOT NULL DEFAULT '',
    error TEXT,
    result TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    cancel INTEGER NOT NULL DEFAULT 0,
    created REAL NOT NULL,
    started REAL,
    finished REAL,
    updated REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS jobs_by_state ON jobs(state, created);
CREATE INDEX IF NOT EXISTS jobs_by_project ON jobs(project, created);
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    job TEXT,
    project TEXT NOT NULL,
    type TEXT NOT NULL,
    data TEXT NOT NULL,
    at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS events_by_job ON events(job, seq);
CREATE INDEX IF NOT EXISTS events_by_project ON events(project, seq);
"""

INTERRUPTED = {"code": "interrupted", "message": "the server stopped while this job ran; resume it to continue "
               "from what is on disk", "stage": None, "scene": None, "log_tail": []}


def _job(row: sqlite3.Row | None) -> dict | None:
    if row is None:
        return None
    job = dict(row)
    job["params"] = json.loads(job["params"])
    job["error"] = json.loads(job["error"]) if job["error"] else None
    job["result"] = json.loads(job["result"]) if job["result"] else None
    job["cancel"] = bool(job["cancel"])
    return job


class Store:
    """One SQLite file shared by the request handlers and the worker threads (one lock)."""

    def __init__(self, folder: Path):
        self.path = Path(folder) / DB_NAME
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # One studio per projects folder: a second would take the first one's running jobs for interrupted.
        self._lock_file = open(self.path.with_suffix(".lock"), "a")  # noqa: SIM115  (held while the store lives)
        try:
            fcntl.flock(self._lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._lock_file.close()
            raise InputError(f"another studio is serving {Path(folder).resolve()} already (one studio per projects "
                             "folder: open that one, or serve another folder)") from None
        os.chmod(self.path.with_suffix(".lock"), 0o600)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=30)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()
        self._lock_file.close()

    def _exec(self, sql: str, args: tuple = ()) -> int:
        """Run a statement; the new row's id."""
        with self._lock:
            return self._db.execute(sql, args).lastrowid or 0

    def _all(self, sql: str, args: tuple = ()) -> list[sqlite3.Row]:
        with self._lock:  # fetched under the lock: the connection is shared between threads
            return self._db.execute(sql, args).fetchall()

    def _one(self, sql: str, args: tuple = ()) -> sqlite3.Row | None:
        rows = self._all(sql, args)
        return rows[0] if rows else None

    # -- jobs -------------------------------------------------------------------------------------
    def create_job(self, project: str, kind: str, params: dict) -> dict:
        job_id = secrets.token_hex(8)
        now = time.time()
        self._exec("INSERT INTO jobs (id, project, kind, params, state, created, updated) VALUES (?,?,?,?,?,?,?)",
                   (job_id, project, kind, json.dumps(params), "queued", now, now))
        self.add_event(job_id, project, "state", {"state": "queued", "kind": kind})
        return self.job(job_id)

    def job(self, job_id: str) -> dict | None:
        return _job(self._one("SELECT * FROM jobs WHERE id = ?", (job_id,)))

    def jobs(self, project: str | None = None, states: tuple[str, ...] | None = None, limit: int = 100) -> list[dict]:
        sql, args = "SELECT * FROM jobs WHERE 1=1", []
        if project is not None:
            sql += " AND project = ?"
            args.append(project)
        if states:
            sql += f" AND state IN ({','.join('?' * len(states))})"
            args.extend(states)
        sql += " ORDER BY created DESC, rowid DESC LIMIT ?"
        args.append(limit)
        return [_job(r) for r in self._all(sql, tuple(args))]

    def active_job(self, project: str) -> dict | None:
        """The project's running job, else its oldest queued one."""
        row = self._one("SELECT * FROM jobs WHERE project = ? AND state IN ('running', 'queued') "
                        "ORDER BY state = 'running' DESC, created ASC LIMIT 1", (project,))
        return _job(row)

    def claim(self) -> dict | None:
        """The oldest queued job of a project with no running job, now running; None if there is none."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                row = self._db.execute(
                    "SELECT * FROM jobs WHERE state = 'queued' AND project NOT IN "
                    "(SELECT project FROM jobs WHERE state = 'running') ORDER BY created ASC, rowid ASC LIMIT 1"
                ).fetchone()
                if row is None:
                    self._db.execute("COMMIT")
                    return None
                now = time.time()
                self._db.execute("UPDATE jobs SET state = 'running', started = ?, updated = ?, attempts = attempts + 1, "
                                 "error = NULL, stage = NULL, scene = NULL, progress = 0, message = '' WHERE id = ?",
                                 (now, now, row["id"]))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        job = self.job(row["id"])
        self.add_event(job["id"], job["project"], "state", {"state": "running", "kind": job["kind"],
                                                             "attempt": job["attempts"]})
        return job

    def progress(self, job_id: str, stage: str | None, scene: str | None, progress: float, message: str) -> None:
        self._exec("UPDATE jobs SET stage = ?, scene = ?, progress = ?, message = ?, updated = ? WHERE id = ?",
                   (stage, scene, round(progress, 4), message, time.time(), job_id))

    def finish(self, job_id: str, state: str, *, error: dict | None = None, result: dict | None = None) -> dict:
        now = time.time()
        progress = ", progress = 1" if state == "done" else ""
        self._exec(f"UPDATE jobs SET state = ?, error = ?, result = ?, finished = ?, updated = ?{progress} WHERE id = ?",
                   (state, json.dumps(error) if error else None, json.dumps(result) if result is not None else None,
                    now, now, job_id))
        job = self.job(job_id)
        self.add_event(job_id, job["project"], "state", {"state": state, "kind": job["kind"], "error": error,
                                                         "result": result})
        return job

    def request_cancel(self, job_id: str) -> dict | None:
        """Cancel a queued job now; ask a running one to stop (the worker stops it at its next step)."""
        job = self.job(job_id)
        if job is None:
            return None
        if job["state"] == "queued":
            return self.finish(job_id, "cancelled", error={"code": "cancelled", "message": "cancelled before it "
                               "started", "stage": None, "scene": None, "log_tail": []})
        if job["state"] == "running":
            self._exec("UPDATE jobs SET cancel = 1, updated = ? WHERE id = ?", (time.time(), job_id))
        return self.job(job_id)

    def cancel_requested(self, job_id: str) -> bool:
        row = self._one("SELECT cancel FROM jobs WHERE id = ?", (job_id,))
        return bool(row and row["cancel"])

    def requeue(self, job_id: str) -> dict:
        """Queue a failed, cancelled or interrupted job again (resume)."""
        self._exec("UPDATE jobs SET state = 'queued', cancel = 0, finished = NULL, updated = ? WHERE id = ?",
                   (time.time(), job_id))
        job = self.job(job_id)
        self.add_event(job_id, job["project"], "state", {"state": "queued", "kind": job["kind"], "resumed": True})
        return job

    def recover(self) -> list[str]:
        """At start: jobs left running by a server that stopped are interrupted (resumable)."""
        ids = [r["id"] for r in self._all("SELECT id FROM jobs WHERE state = 'running'")]
        for job_id in ids:
            self.finish(job_id, "interrupted", error=INTERRUPTED)
        return ids

    def forget_project(self, project: str) -> None:
        self._exec("DELETE FROM jobs WHERE project = ?", (project,))
        self._exec("DELETE FROM events WHERE project = ?", (project,))

    # -- events -----------------------------------------------------------------------------------
    def add_event(self, job_id: str | None, project: str, kind: str, data: dict[str, Any]) -> int:
        now = time.time()
        seq = self._exec("INSERT INTO events (job, project, type, data, at) VALUES (?,?,?,?,?)",
                         (job_id, project, kind, json.dumps(data, ensure_ascii=False), now))
        return seq

    def events(self, after: int = 0, *, job: str | None = None, project: str | None = None,
               limit: int = 500) -> list[dict]:
        sql, args = "SELECT * FROM events WHERE seq > ?", [after]
        if job is not None:
            sql += " AND job = ?"
            args.append(job)
        if project is not None:
            sql += " AND project = ?"
            args.append(project)
        sql += " ORDER BY seq ASC LIMIT ?"
        args.append(limit)
        rows = self._all(sql, tuple(args))
        return [{"seq": r["seq"], "job": r["job"], "project": r["project"], "type": r["type"],
                 "data": json.loads(r["data"]), "at": r["at"]} for r in rows]

    def last_seq(self, project: str | None = None) -> int:
        if project is None:
            row = self._one("SELECT MAX(seq) AS m FROM events")
        else:
            row = self._one("SELECT MAX(seq) AS m FROM events WHERE project = ?", (project,))
        return int(row["m"] or 0)
