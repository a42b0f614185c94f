"""Schedule metrics: does the film keep to its plan, and does the narration fit its scenes?

Definitions (seconds; a scene's narration starts `lead_s` after the scene does):
- duration error of a scene = actual - planned; of the film = film length - sum of planned;
  the summary gives the mean absolute error per scene and the relative error of the film
  (|actual - planned| / planned, 0 is perfect, unbounded above).
- a narration is *cut* when it is still speaking after its scene's picture ends, and
  *overlaps* when it is still speaking when the next scene's narration starts; it *fits*
  when neither happens. The summary gives the share of scenes whose narration fits, in [0, 1].
- subtitle time coverage of a scene = time inside the narration's span shown by some cue,
  divided by the span, in [0, 1]; word coverage = share of the narration's words found in
  the cues shown during the span, in [0, 1].
Pure functions: the caller reads the lengths off the project folder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..subtitles import Cue

TOLERANCE_S = 0.02  # half a frame at 24 fps: rounding, not a fault


@dataclass(frozen=True)
class SceneTiming:
    scene_id: str
    planned_s: float
    actual_s: float | None  # None when the scene's shot is not on disk
    speech_s: float | None  # None when its narration audio is not on disk
    narration: str = ""


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _covered(span: tuple[float, float], cues: list[Cue]) -> float:
    """Seconds of `span` during which some cue is shown (cues may overlap each other)."""
    pieces = sorted((max(span[0], c.start_s), min(span[1], c.end_s)) for c in cues)
    total, reach = 0.0, span[0]
    for start, end in pieces:
        start = max(start, reach)
        if end > start:
            total += end - start
            reach = end
    return total


def _round(value: float | None, digits: int = 3) -> float | None:
    return None if value is None else round(value, digits)


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def schedule_metrics(scenes: list[SceneTiming], film_s: float | None, cues: list[Cue] | None,
                     lead_s: float, overlap_s: float = 0.0) -> dict:
    """Per-scene and summary schedule metrics (see the module docstring for the formulas).

    `overlap_s` is the crossfade between scenes (each starts that much before the previous ends).
    """
    starts, t = [], 0.0
    for s in scenes:
        starts.append(t)
        t += (s.actual_s if s.actual_s is not None else s.planned_s) - overlap_s
    rows = []
    for i, s in enumerate(scenes):
        row = {"scene": s.scene_id, "start_s": _round(starts[i]), "planned_s": _round(s.planned_s),
               "actual_s": _round(s.actual_s), "error_s": _round(None if s.actual_s is None else s.actual_s - s.planned_s),
               "speech_s": _round(s.speech_s)}
        if s.speech_s is not None:
            begin, end = starts[i] + lead_s, starts[i] + lead_s + s.speech_s
            scene_end = starts[i] + (s.actual_s if s.actual_s is not None else s.planned_s)
            next_begin = starts[i + 1] + lead_s if i + 1 < len(scenes) else None
            row.update(narration=[_round(begin), _round(end)],
                       cut=end > scene_end + TOLERANCE_S,
                       overlaps_next=next_begin is not None and end > next_begin + TOLERANCE_S)
            row["fits"] = not (row["cut"] or row["overlaps_next"])
            if cues is not None and s.speech_s > 0:
                shown = [c for c in cues if c.end_s > begin and c.start_s < end]
                said = _words(s.narration)
                seen = set(_words(" ".join(c.text for c in shown)))
                row["subtitle_time"] = _round(_covered((begin, end), cues) / s.speech_s)
                row["subtitle_words"] = _round(sum(w in seen for w in said) / len(said)) if said else 1.0
        rows.append(row)

    planned = sum(s.planned_s for s in scenes)
    actual = film_s if film_s is not None else (t + overlap_s if all(s.actual_s is not None for s in scenes) else None)
    errors = [abs(r["error_s"]) for r in rows if r["error_s"] is not None]
    fits = [r["fits"] for r in rows if "fits" in r]
    summary = {
        "planned_s": _round(planned), "actual_s": _round(actual),
        "film_error_rel": _round(None if actual is None or not planned else abs(actual - planned) / planned),
        "scene_error_mean_s": _round(_mean(errors)),
        "narration_fits": _round(_mean([float(f) for f in fits])),
        "narration_problems": [r["scene"] for r in rows if "fits" in r and not r["fits"]],
        "subtitle_time": _round(_mean([r["subtitle_time"] for r in rows if "subtitle_time" in r])),
        "subtitle_words": _round(_mean([r["subtitle_words"] for r in rows if "subtitle_words" in r])),
    }
    return {"summary": summary, "scenes": rows}
