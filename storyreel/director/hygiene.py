"""Text hygiene for every field a model writes. Pure functions.

Small models repeat themselves ("She winds the clocks. She winds the clocks. ..."), stop in
the middle of a word when a length cap cuts them, and copy the examples of their prompt.
These functions find and mend that: a sentence said twice is said once, an unfinished
sentence is cut back to the last finished one, and a phrase looping inside a sentence is
stopped after its first time.
"""

from __future__ import annotations

import re
import unicodedata

from .text import CJK_ENDS, LATIN_ENDS, join_text, split_story

_ENDS = LATIN_ENDS + CJK_ENDS
_TRAILING = "\"'”’»)]」』）】"


def normalize(text: str) -> str:
    """Lower case, letters and digits only, single spaces: for comparing sentences."""
    text = unicodedata.normalize("NFKC", text).lower()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def ends_a_sentence(text: str) -> bool:
    return bool(text.rstrip(_TRAILING + " ")) and text.rstrip(_TRAILING + " ")[-1] in _ENDS


def stop_loops(text: str, min_words: int = 3) -> str:
    """A run of words repeated back to back ("one by one one by one one by one") kept once."""
    words = text.split()
    out: list[str] = []
    for word in words:
        out.append(word)
        for size in range(min_words, len(out) // 2 + 1):
            if [normalize(w) for w in out[-size:]] == [normalize(w) for w in out[-2 * size:-size]]:
                ending = re.search(r"[^\w]+$", out[-1])
                del out[-size:]
                if ending and not re.search(r"[^\w]+$", out[-1]):
                    out[-1] += ending.group()  # the sentence keeps its full stop
                break
    return " ".join(out)


def drop_repeats(text: str, seen: set[str] | None = None) -> str:
    """The text without sentences it already said (or that are in `seen`, which is updated)."""
    seen = set() if seen is None else seen
    kept = []
    for sentence in split_story(text, "en").sentences if text.strip() else []:
        key = normalize(sentence)
        if key and key not in seen:
            seen.add(key)
            kept.append(sentence)
    return join_text(kept)


def finish(text: str) -> str:
    """The text cut back to its last finished sentence; unchanged when it has none (then the
    caller decides whether a fragment will do)."""
    text = text.strip()
    if not text or ends_a_sentence(text):
        return text
    last = max(text.rfind(c) for c in _ENDS)
    if last <= 0:
        return text
    end = last + 1
    while end < len(text) and text[end] in _TRAILING:
        end += 1
    return text[:end]


def clean(text: str, limit: int) -> str:
    """Whitespace tidied, loops stopped, repeated sentences dropped, and a text the length cap
    cut short ended at its last finished sentence, else at its last whole word."""
    text = " ".join(text.split())
    text = drop_repeats(stop_loops(text)) or text
    if len(text) < limit - 1 or ends_a_sentence(text):
        return text
    finished = finish(text)
    if finished != text and len(finished) >= limit // 3:
        return finished
    return text[: text.rfind(" ")].rstrip(",;:") if " " in text else text


_DANGLING = {"a", "an", "the", "and", "or", "of", "with", "to", "in", "on", "at", "for", "from", "by", "his", "her",
             "its", "their", "while", "who", "which", "that"}


def one_sentence_of(text: str, limit: int) -> str:
    """A one-sentence field as it should read: a sentence the length cap cut short ends at its
    last whole word that is not a dangling "and" or "the", with a full stop."""
    text = " ".join(text.split())
    if len(text) < limit - 1:
        return text
    words = text[:limit].rstrip(".!?").split()[:-1]  # the last word may be cut in half
    while words and words[-1].lower().strip(",;:") in _DANGLING:
        words.pop()
    kept = " ".join(words)
    comma = kept.rfind(",")
    if comma > len(kept) // 2:  # an unfinished last clause goes: "..., wearing a white" -> "..."
        kept = kept[:comma]
    return kept.rstrip(",;:") + "." if kept else text


def looping(text: str, times: int = 3) -> list[str]:
    """Content words said `times` times or more in one short field: a list or a loop, not a sentence."""
    counts: dict[str, int] = {}
    for word in normalize(text).split():
        if len(word) > 3:
            counts[word] = counts.get(word, 0) + 1
    return [w for w, c in counts.items() if c >= times]


def is_list(text: str) -> bool:
    """A comma-separated list of words ("Oskar, Pepper, island, lamp."), not a sentence."""
    pieces = [p.split() for p in re.split(r"[,、，]", text.strip(" .")) if p.strip()]
    return len(pieces) >= 4 and sum(map(len, pieces)) / len(pieces) <= 2.5


_CAMERA_TALK = re.compile(r"^(?:in (?:this|the) (?:shot|scene),?\s*)?(?:the |a )?camera\s+"
                          r"(?:shows|pans|zooms|focuses|captures|follows|sees|films|moves|cuts|tilts)"
                          r"(?:\s+(?:in\s+on|on|to|over|across|along|up|down|in|out))?"
                          r"(?:\s+to\s+(?:show|reveal))?[\s,:]+", re.IGNORECASE)


def seen(description: str) -> str:
    """A picture description says what is seen: "The camera shows Oskar climbing." -> "Oskar climbing."."""
    stripped = _CAMERA_TALK.sub("", description, count=1).strip()
    return stripped[:1].upper() + stripped[1:] if stripped else description
