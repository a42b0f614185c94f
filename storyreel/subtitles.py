"""Subtitles: split each scene's narration into readable cues and write them as SRT. Pure functions.

A cue holds at most `max_lines` lines of at most `max_chars` characters (the usual
broadcast limits are 42 x 2). Narration is cut at sentence ends first, then at
clause punctuation, then between words; short neighbouring pieces share a cue so
nothing flashes by. Cues split the scene's speech time in proportion to their
length, which tracks a steady narrator closely enough to read along.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass

# A sentence ends at . ! ? … (plus closing quotes/brackets) followed by space, or at CJK stops.
_SENTENCE_END = re.compile(r"(?<=[.!?…][\"'”’)\]])\s+|(?<=[.!?…])\s+|(?<=[。！？])")
# Clause boundaries: after , ; : or around dashes.
_CLAUSE_END = re.compile(r"(?<=[,;:，；：])\s+|\s+(?=[—–]\s)")


@dataclass(frozen=True)
class Cue:
    """One subtitle: shown from start_s to end_s; `text` is already wrapped (lines joined by newlines)."""

    start_s: float
    end_s: float
    text: str


def wrap(text: str, max_chars: int) -> list[str]:
    """Word-wrap into as few lines as greedy wrapping needs, with line lengths balanced
    (a 50-character sentence becomes 25 + 25, not 42 + 8). Words longer than a line are broken."""
    text = " ".join(text.split())
    if not text:
        return []
    lines = _wrap_at(text, max_chars)
    # Narrow the width while the line count stays the same: the lines even out.
    width, floor = max_chars, _longest_word(text, max_chars)
    while width > floor:
        narrower = _wrap_at(text, width - 1)
        if len(narrower) > len(lines):
            break
        lines, width = narrower, width - 1
    return lines


def _longest_word(text: str, max_chars: int) -> int:
    """Narrowest line width that breaks no word (words longer than max_chars break anyway)."""
    return min(max_chars, max(len(word) for word in text.split()))


def _wrap_at(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False)


def _fits(text: str, max_chars: int, max_lines: int) -> bool:
    return len(_wrap_at(text, max_chars)) <= max_lines


def _split_to_fit(text: str, max_chars: int, max_lines: int) -> list[str]:
    """Pieces of one sentence that each fit a cue: whole, else by clauses, else by words."""
    if _fits(text, max_chars, max_lines):
        return [text]
    clauses = [c for c in _CLAUSE_END.split(text) if c.strip()]
    if len(clauses) > 1:
        pieces: list[str] = []
        for clause in clauses:
            pieces.extend(_split_to_fit(clause, max_chars, max_lines))
        return _pack(pieces, max_chars, max_lines)
    # One long clause: as few cues as it needs, made even by narrowing the lines
    # (so no lone word is left for the last cue). Words longer than a line are broken.
    width, floor = max_chars, _longest_word(text, max_chars)
    cues_needed = -(-len(_wrap_at(text, width)) // max_lines)
    while width > floor and -(-len(_wrap_at(text, width - 1)) // max_lines) == cues_needed:
        width -= 1
    lines = _wrap_at(text, width)
    return [" ".join(lines[i:i + max_lines]) for i in range(0, len(lines), max_lines)]


def _pack(pieces: list[str], max_chars: int, max_lines: int) -> list[str]:
    """Join consecutive pieces while the result still fits one cue."""
    packed: list[str] = []
    for piece in pieces:
        if packed and _fits(f"{packed[-1]} {piece}", max_chars, max_lines):
            packed[-1] = f"{packed[-1]} {piece}"
        else:
            packed.append(piece)
    return packed


def split_narration(text: str, max_chars: int = 42, max_lines: int = 2) -> list[str]:
    """The narration cut into cue-sized pieces (unwrapped), in order, covering every word."""
    if max_chars < 1 or max_lines < 1:
        raise ValueError("max_chars and max_lines must be at least 1")
    text = " ".join(text.split())
    sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
    pieces: list[str] = []
    for sentence in sentences:
        pieces.extend(_split_to_fit(sentence.strip(), max_chars, max_lines))
    return _pack(pieces, max_chars, max_lines)


def scene_cues(text: str, start_s: float, speech_s: float, max_chars: int = 42, max_lines: int = 2) -> list[Cue]:
    """Cues for one scene's narration, spread over [start_s, start_s + speech_s].

    Each cue lasts in proportion to its character count; cues are contiguous (each
    ends where the next starts) and the last one ends exactly at start_s + speech_s.
    """
    if speech_s <= 0:
        raise ValueError(f"speech_s must be positive, got {speech_s}")
    pieces = split_narration(text, max_chars, max_lines)
    total = sum(len(p) for p in pieces)
    cues: list[Cue] = []
    done = 0
    for i, piece in enumerate(pieces):
        begin = start_s + speech_s * done / total
        done += len(piece)
        end = start_s + speech_s if i == len(pieces) - 1 else start_s + speech_s * done / total
        cues.append(Cue(begin, end, "\n".join(wrap(piece, max_chars))))
    return cues


def srt_time(seconds: float) -> str:
    """SRT timestamp HH:MM:SS,mmm."""
    ms = max(0, round(seconds * 1000))
    hours, ms = divmod(ms, 3_600_000)
    minutes, ms = divmod(ms, 60_000)
    secs, ms = divmod(ms, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d},{ms:03d}"


def to_srt(cues: list[Cue]) -> str:
    """SubRip text: numbered from 1, one blank line between cues.

    Blank lines inside a cue would end it early in every SRT reader, so they are dropped.
    """
    blocks = []
    for index, cue in enumerate(cues, start=1):
        lines = [line.strip() for line in cue.text.splitlines() if line.strip()]
        blocks.append(f"{index}\n{srt_time(cue.start_s)} --> {srt_time(cue.end_s)}\n" + "\n".join(lines) + "\n")
    return "\n".join(blocks)


_SRT_TIME = re.compile(r"(\d+):(\d{2}):(\d{2})[,.](\d{3})\s*-->\s*(\d+):(\d{2}):(\d{2})[,.](\d{3})")


def parse_srt(text: str) -> list[Cue]:
    """The cues of SubRip text (the inverse of `to_srt`); blocks without a timing line are skipped."""
    cues = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip()):
        lines = block.splitlines()
        for i, line in enumerate(lines):
            m = _SRT_TIME.search(line)
            if m:
                h1, m1, s1, ms1, h2, m2, s2, ms2 = (int(g) for g in m.groups())
                cues.append(Cue(h1 * 3600 + m1 * 60 + s1 + ms1 / 1000, h2 * 3600 + m2 * 60 + s2 + ms2 / 1000,
                                "\n".join(lines[i + 1:])))
                break
    return cues
