"""Planning math for time: scene lengths, frame counts, the film timeline. Pure functions."""

from __future__ import annotations

from dataclasses import dataclass

AUDIO_RATE = 48_000  # every narration WAV is resampled to this rate


def scene_seconds(planned_s: float, narration_s: float, pause_s: float) -> float:
    """A scene lasts its planned length, stretched when the narration (plus a pause) is longer."""
    return max(planned_s, narration_s + pause_s)


def frame_count(seconds: float, fps: int) -> int:
    """Whole frames for a duration (at least one)."""
    return max(1, round(seconds * fps))


def frames_to_samples(frames: int, fps: int, rate: int = AUDIO_RATE) -> int:
    """Audio samples covering exactly `frames` video frames."""
    return round(frames * rate / fps)


@dataclass(frozen=True)
class Slot:
    """Where one scene sits in the film."""

    scene_id: str
    start_s: float
    frames: int
    seconds: float


def timeline(scene_ids: list[str], frames: list[int], fps: int, overlap_s: float = 0.0) -> list[Slot]:
    """Start time of each scene. With crossfades each scene starts `overlap_s` before
    the previous one ends, so the film is shorter by (n-1) * overlap_s."""
    slots: list[Slot] = []
    t = 0.0
    for sid, n in zip(scene_ids, frames, strict=True):
        secs = n / fps
        slots.append(Slot(sid, t, n, secs))
        t += secs - overlap_s
    return slots


def film_seconds(slots: list[Slot]) -> float:
    if not slots:
        return 0.0
    return slots[-1].start_s + slots[-1].seconds
