"""What planning cost: model requests, tokens and seconds, per stage, read back from the
exchange log (director/log.jsonl) that `LoggedLLM` writes. Pure functions over its records.

`prompt` counts the prompt tokens the model evaluated; `cached` those it reused from an earlier
request sharing the prefix (not evaluated again); `generated` the tokens it wrote.
"""

from __future__ import annotations

import json
from pathlib import Path

FIELDS = ("requests", "prompt", "cached", "generated", "seconds")


def read_log(log_path: Path, run: str | None = None) -> list[dict]:
    """The exchange records of one run (all of them when `run` is None); a torn last line is skipped."""
    records = []
    try:
        lines = Path(log_path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    for line in lines:
        try:
            record = json.loads(line)
        except json.JSONDecodeError:  # a run killed while appending leaves half a line
            continue
        if run is None or record.get("run") == run:
            records.append(record)
    return records


def by_stage(records: list[dict]) -> dict[str, dict]:
    """{stage: {requests, prompt, cached, generated, seconds}} in the order stages first appear,
    and "total"."""
    out: dict[str, dict] = {}
    for r in records:
        row = out.setdefault(r.get("stage") or "plan", dict.fromkeys(FIELDS, 0))
        tokens = r.get("tokens") or {}
        row["requests"] += 1
        row["prompt"] += tokens.get("prompt") or 0
        row["cached"] += tokens.get("cached") or 0
        row["generated"] += tokens.get("completion") or 0
        row["seconds"] += r.get("seconds") or 0.0
    total = dict.fromkeys(FIELDS, 0)
    for row in out.values():
        for field in FIELDS:
            total[field] += row[field]
    return {**out, "total": total} if out else {}


def per_minute(total: dict, film_s: float) -> dict:
    """The totals per minute of film (requests, generated tokens, seconds)."""
    minutes = film_s / 60 if film_s > 0 else float("nan")
    return {field: total[field] / minutes for field in ("requests", "generated", "seconds")}
