"""Evaluation: quality as numbers (`storyreel eval`).

`evaluate_films` measures one film (or two films of the same script, side by side) and
writes DIR/eval.json and DIR/eval.html. The metrics and their formulas are in measure.py
and the modules it names; docs/evaluation.md explains each one with its range.
"""

from __future__ import annotations

import json
from pathlib import Path

from .. import files
from ..config import Config
from ..errors import InputError
from ..progress import StageProgress
from .measure import evaluate
from .report import render_html


def _script(report: dict) -> dict:
    return json.loads((Path(report["project"]) / "script.json").read_text(encoding="utf-8"))


def evaluate_films(dirs: list[Path], config: Config, progress: StageProgress | None = None,
                   out: Path | None = None) -> tuple[list[dict], list[Path]]:
    """Measure each film, write its eval.json and eval.html; with two films also a side-by-side
    page (`out`, default A/eval-vs-B.html). Returns the reports and the pages written."""
    if not 1 <= len(dirs) <= 2:
        raise InputError("give one project folder, or two films of the same script to compare")
    reports = [evaluate(d, config, progress) for d in dirs]
    scripts = [_script(r) for r in reports]
    pages = []
    for d, report, script in zip(dirs, reports, scripts, strict=True):
        files.write_json(Path(d) / "eval.json", report)
        pages.append(Path(d) / "eval.html")
        files.write_text(pages[-1], render_html([report], [script], [Path(d).name]))
    if len(dirs) == 2:
        a, b = (Path(d) for d in dirs)
        if reports[0]["scenes"] != reports[1]["scenes"]:
            raise InputError(f"{a} and {b} are not films of the same script (their scenes differ): "
                             "compare two renders of one script.json")
        names = [a.name, b.name] if a.name != b.name else [str(a), str(b)]
        pages.append(out or a / f"eval-vs-{b.name}.html")
        files.write_text(pages[-1], render_html(reports, scripts, names))
    return reports, pages


__all__ = ["evaluate", "evaluate_films", "render_html"]
