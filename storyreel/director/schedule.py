"""Scheduling: a duration for every scene, meeting a requested film length. Pure functions."""

from __future__ import annotations

import math

from ..script import MAX_SCENE_S, MIN_SCENE_S

SPEECH_WORDS_PER_S = 2.6  # an unhurried narrator, about 155 words a minute


def speech_seconds(narration: str) -> float:
    """Estimated time to say `narration` (the voice stage measures the real one)."""
    return len(narration.split()) / SPEECH_WORDS_PER_S


def planned_seconds(narration: str, minimum: float = 3.0, maximum: float = 12.0) -> float:
    """A scene's natural length: time to say its narration plus a breath, in half seconds."""
    seconds = speech_seconds(narration) + 1.0
    return min(maximum, max(minimum, round(seconds * 2) / 2))


def schedule(narrations: list[str], target_s: float | None = None, pause_s: float = 0.6) -> list[float]:
    """Durations for the scenes. Without a target, each scene's natural length. With one,
    the natural lengths are scaled by one factor (found by bisection) so the total meets
    the target, never below the time its narration needs nor outside the contract's range.
    When even the narration alone is longer than the target, the floors are returned."""
    natural = [planned_seconds(n) for n in narrations]
    if target_s is None or not narrations:
        return natural
    floors = [min(MAX_SCENE_S, max(MIN_SCENE_S, speech_seconds(n) + pause_s)) for n in narrations]

    def lengths(scale: float) -> list[float]:
        return [min(MAX_SCENE_S, max(f, scale * b)) for f, b in zip(floors, natural)]

    lo, hi = 0.0, MAX_SCENE_S / min(natural)
    for _ in range(60):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if sum(lengths(mid)) < target_s else (lo, mid)
    return [math.ceil(x * 100) / 100 for x in lengths(hi)]  # up, so never below a floor
