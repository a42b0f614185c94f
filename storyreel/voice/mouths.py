"""Where a speaking character's mouth is open: the spans of a scene's voice that each character
says, and within each, the times its mouth is open, from the line's loudness 40 ms at a time (a
vowel is loud, the stops and pauses between syllables are quiet). The animatic opens and shuts the
speaker's mouth on these times (animatic/renderer.py). Pure functions of the samples.
"""

from __future__ import annotations

import numpy as np

VERSION = "1"      # bump when the times change for the same voice: its record and the shots showing it are made again
BLOCK_S = 0.04    # the loudness is measured over blocks this long
NEAR_BLOCKS = 9   # a block is compared with the loudest of the blocks around it (0.36 s: a word or two)
OPEN_DB = 8.0     # within this of that loudest block the mouth is open: each syllable's peak, in loud
RANGE_DB = 30.0   # words and quiet ones alike, but never a block this far under the line's loudest
FLOOR_DB = -50.0  # or quieter than this (dBFS): silence keeps it shut


def openings(samples: np.ndarray, rate: int) -> list[tuple[float, float]]:
    """The times (start_s, end_s from the first sample) a line's mouth is open: each run of
    BLOCK_S blocks whose RMS is within OPEN_DB of the loudest block near it (NEAR_BLOCKS), within
    RANGE_DB of the line's loudest and above FLOOR_DB."""
    from scipy import ndimage

    block = max(1, round(BLOCK_S * rate))
    count = len(samples) // block
    if count == 0:
        return []
    x = np.asarray(samples[:count * block], dtype=np.float64).reshape(count, block) / 32768.0
    level = 10 * np.log10(np.mean(x * x, axis=1) + 1e-12)
    near = ndimage.maximum_filter1d(level, NEAR_BLOCKS, mode="nearest")
    loud = (level > near - OPEN_DB) & (level > max(level.max() - RANGE_DB, FLOOR_DB))
    edges = np.flatnonzero(np.diff(np.concatenate([[0], loud.astype(np.int8), [0]])))
    return [(round(float(a) * block / rate, 3), round(float(b) * block / rate, 3))
            for a, b in zip(edges[0::2], edges[1::2])]


def spoken(samples: np.ndarray, rate: int, lines: list[tuple[str | None, int, int]]) -> list[dict]:
    """The lines characters say in a scene's voice `samples`, from `lines`: (speaker or None for the
    narrator, first sample, end sample) each, as voice/dialogue.py `speak_lines` laid them. Each
    is {"speaker", "start_s", "end_s", "open": [[start_s, end_s], ...]}, times in the voice's own
    seconds, in order; the narrator's lines are left out."""
    out = []
    for speaker, first, end in lines:
        if speaker is None:
            continue
        at = first / rate
        out.append({"speaker": speaker, "start_s": round(at, 3), "end_s": round(end / rate, 3),
                     "open": [[round(at + a, 3), round(at + b, 3)] for a, b in openings(samples[first:end], rate)]})
    return out


def shifted(spoken_lines: list[dict], by_s: float, speakers: set[str] | None = None) -> list[dict]:
    """`spoken_lines` (as `spoken` gives them) `by_s` later, keeping those of `speakers` (all
    when None): the lines as a shot shows them, its voice starting `by_s` into it."""
    def move(t: float) -> float:
        return round(t + by_s, 3)

    return [{"speaker": line["speaker"], "start_s": move(line["start_s"]), "end_s": move(line["end_s"]),
             "open": [[move(a), move(b)] for a, b in line["open"]]}
            for line in spoken_lines if speakers is None or line["speaker"] in speakers]


def is_open(spoken_lines: list[dict], speaker: str, t: float) -> bool | None:
    """Whether `speaker`'s mouth is open at `t` s: True or False while one of its lines plays,
    None outside them."""
    for line in spoken_lines:
        if line["speaker"] == speaker and line["start_s"] <= t < line["end_s"]:
            return any(a <= t < b for a, b in line["open"])
    return None
