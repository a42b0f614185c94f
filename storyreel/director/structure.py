"""The plan's structure, enforced by code: which story sentences each shot tells. Pure functions.

The model proposes moments as numbers (first and last sentence, how many shots). Whatever it
answers, `enforce_moments` returns moments that are in story order, cover every sentence of
the part exactly once and stay within it: a looping list, numbers out of range or going
backwards, duplicates and empty groups are repaired here, not trusted. `shots_of` then gives
each moment its shots, each telling a contiguous piece of the story in the story's own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, TypeVar

from .text import join_text, word_count

T = TypeVar("T")

MAX_SHOTS_PER_MOMENT = 3
MAX_MOMENT_SENTENCES = 3
MAX_MOMENT_WORDS = 45  # longer moments are cut into several (a shot's narration stays sayable)
MAX_SHOT_WORDS = 30  # a longer narration is split into more shots: at sentence ends, else at clauses
MIN_SHOT_WORDS = 7  # no shot says less than this when a sentence is cut ("careful not to crush them.")
# Where a sentence can be cut: after ; : and their CJK forms, before a dash, and after a comma
# that a conjunction follows (", and then she ..."), not between the items of a list.
_CLAUSE = re.compile(r"(?<=[;:；：])\s*|\s+(?=[—–]\s)|(?<=[,，、])\s*(?=(?:and|but|then|while|so|when|as|until|"
                     r"because|who|which|where|y|pero|mientras|cuando|et|mais|puis|quand|und|aber|dann|als|während)\b)"
                     r"|(?<=[，、])")
_COMMA = re.compile(r"(?<=[;:；：,，、])\s*|\s+(?=[—–]\s)")


@dataclass(frozen=True)
class Moment:
    """Consecutive story sentences (1-based numbers, inclusive) shown as one continuous action."""

    first: int
    last: int
    shots: int = 1

    @property
    def source(self) -> list[int]:
        return list(range(self.first, self.last + 1))


def _number(value, low: int, high: int) -> int | None:
    """An answer's sentence number clamped into [low, high]; None when it is not a number."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return min(high, max(low, int(value)))


def enforce_moments(answer: list[dict], first: int, last: int, words: dict[int, float] | None = None) -> list[Moment]:
    """Moments covering sentences first..last in order, exactly once, from a model's proposal.

    Each proposed item has "first", "last" and "shots". Items are clamped into the range and
    sorted; an item whose sentences are already covered (a list that loops back, a duplicate)
    is dropped, one that overlaps the previous is trimmed, each sentence of a gap becomes a
    moment of its own, and a moment longer than MAX_MOMENT_SENTENCES sentences or MAX_MOMENT_WORDS words is cut.
    `words` gives each sentence's length (for the last rule)."""
    proposed: list[Moment] = []
    for item in answer if isinstance(answer, list) else []:
        if not isinstance(item, dict):
            continue
        a, b = _number(item.get("first"), first, last), _number(item.get("last", item.get("first")), first, last)
        if a is None or b is None:
            continue
        if a > b:
            a, b = b, a
        shots = _number(item.get("shots", 1), 1, MAX_SHOTS_PER_MOMENT) or 1
        proposed.append(Moment(a, b, shots))
    proposed.sort(key=lambda m: (m.first, m.last))
    moments: list[Moment] = []
    needed = first  # the first sentence no moment covers yet
    for m in proposed:
        if m.last < needed:  # already told: a repeat, or the list looping back to the start
            continue
        moments.extend(Moment(n, n) for n in range(needed, m.first))  # a gap: one moment per sentence
        moments.append(Moment(max(m.first, needed), m.last, m.shots))
        needed = m.last + 1
    moments.extend(Moment(n, n) for n in range(needed, last + 1))
    return [piece for m in moments for piece in _cut(m, words or {})]


SHORT_SENTENCE_WORDS = 5  # a sentence this short ("Nothing moved.") is told with the one after it


def sentence_moments(words: dict[int, float]) -> list[Moment]:
    """The moments of a story by code: one per sentence (numbered as the keys of `words`, their
    lengths), a very short sentence joined to the next (the last to the one before). Pure."""
    numbers = sorted(words)
    moments: list[Moment] = []
    start = None
    for n in numbers:
        start = n if start is None else start
        if words[n] >= SHORT_SENTENCE_WORDS or n == numbers[-1]:
            moments.append(Moment(start, n))
            start = None
    if len(moments) > 1 and words[moments[-1].first] < SHORT_SENTENCE_WORDS and moments[-1].first == moments[-1].last:
        last = moments.pop()
        moments[-1] = Moment(moments[-1].first, last.last)
    return [piece for m in moments for piece in _cut(m, words)]


def _cut(moment: Moment, words: dict[int, float]) -> list[Moment]:
    """A moment split into runs of at most MAX_MOMENT_SENTENCES sentences and MAX_MOMENT_WORDS words."""
    out: list[Moment] = []
    start, count = moment.first, 0.0
    for n in moment.source:
        w = words.get(n, 0.0)
        if n > start and (n - start >= MAX_MOMENT_SENTENCES or count + w > MAX_MOMENT_WORDS):
            out.append(Moment(start, n - 1, 1))
            start, count = n, 0.0
        count += w
    out.append(Moment(start, moment.last, 1))
    if len(out) == 1:
        return [moment]
    return out


def clauses(sentence: str, min_words: float = MIN_SHOT_WORDS, at_commas: bool = False) -> list[str]:
    """A sentence cut at its clause boundaries (with `at_commas`, at every comma: a list of
    actions) into pieces of at least `min_words` words; the pieces joined back give the sentence."""
    pieces: list[str] = []
    for piece in (p for p in (_COMMA if at_commas else _CLAUSE).split(sentence) if p.strip()):
        if pieces and word_count(pieces[-1]) < min_words:
            pieces[-1] = join_text([pieces[-1], piece])
        else:
            pieces.append(piece)
    if len(pieces) > 1 and word_count(pieces[-1]) < min_words:
        pieces[-2:] = [join_text(pieces[-2:])]
    return pieces or [sentence]


def _balanced(items: list[T], k: int, weight: Callable[[T], float]) -> list[list[T]]:
    """Contiguous items in k groups of about equal weight (1 <= k <= len(items))."""
    total = sum(weight(item) for item in items)
    groups: list[list[T]] = []
    current: list[T] = []
    done = 0.0
    for i, item in enumerate(items):
        current.append(item)
        done += weight(item)
        groups_left, items_left = k - len(groups) - 1, len(items) - i - 1
        if groups_left > 0 and (done >= total * (len(groups) + 1) / k or items_left == groups_left):
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def shots_of(moment: Moment, sentences: list[str]) -> list[dict]:
    """The shots of one moment: {"source": [...], "narration": ...}, in the story's own words.

    The moment's sentences are shared out among its shots at sentence ends; a single sentence
    is cut at its clauses only when the model asked for more shots than the moment has
    sentences, or when it is longer than MAX_SHOT_WORDS. Both halves of a cut sentence name it
    as their source (a split on purpose). A sentence with no clause boundary stays whole: no
    shot is without words, and none says less than MIN_SHOT_WORDS words of a cut sentence."""
    weight = lambda unit: word_count(unit[1])  # noqa: E731
    units = [(n, sentences[n - 1]) for n in moment.source]
    if moment.shots > len(units):
        units = [(n, piece) for n, text in units for piece in clauses(text)]
    if moment.shots > len(units):  # still too few: a sentence listing actions is cut at its commas
        units = [(n, piece) for n, text in units for piece in clauses(text, at_commas=True)]
    shots: list[dict] = []
    for group in _balanced(units, min(moment.shots, len(units)), weight):
        words = sum(map(weight, group))
        if words > MAX_SHOT_WORDS and len(group) == 1:
            group = [(group[0][0], piece) for piece in clauses(group[0][1])]
        k = min(len(group), int(words // MAX_SHOT_WORDS) + 1)
        for cut in _balanced(group, k, weight):
            shots.append({"source": sorted({n for n, _ in cut}), "narration": join_text([t for _, t in cut])})
    return shots


def missing_sentences(shots: list[dict], count: int) -> list[int]:
    """Story sentence numbers (1..count) that no shot's source names."""
    told = {n for s in shots for n in s.get("source") or []}
    return [n for n in range(1, count + 1) if n not in told]


def insertion_index(shots: list[dict], sentence: int) -> int:
    """Where a shot telling `sentence` belongs: after every shot that tells an earlier sentence."""
    index = 0
    for i, shot in enumerate(shots):
        if shot.get("source") and min(shot["source"]) < sentence:
            index = i + 1
    return index


def order_problems(shots: list[dict]) -> list[str]:
    """What breaks story order in a list of shots (their `source`), for messages and tests."""
    problems = []
    previous = 0
    for i, shot in enumerate(shots, 1):
        source = shot.get("source") or []
        if source and min(source) < previous:
            problems.append(f"shot {i} tells sentence {min(source)} after sentence {previous}")
        previous = max([previous, *source])
    return problems
