"""Story text helpers: sentences, chunks, language, slugs. Pure functions."""

from __future__ import annotations

import re
import unicodedata

_SENTENCE_END = re.compile(r"(?<=[.!?…][\"'”»)])\s+|(?<=[.!?…])\s+|\n\s*\n")

# Frequent function words per language; enough to tell apart the languages espeak-ng voices well.
_STOPWORDS = {
    "en": "the and a to of was he she his her in it with on at for they is that had but".split(),
    "es": "el la los las y de que en un una con su por se del al lo pero como para".split(),
    "fr": "le la les et de des un une est dans il elle que qui sur pour pas au avec".split(),
    "de": "der die das und ein eine ist nicht mit sie er auf den dem zu es sich im".split(),
    "it": "il lo la gli le e di che un una con per non si del della nel sono".split(),
    "pt": "o a os as e de que um uma com do da em no na não se por para".split(),
    "nl": "de het een en van ik je dat niet is op te zijn met voor hij zij".split(),
}
LANGUAGE_NAMES = {"en": "English", "es": "Spanish", "fr": "French", "de": "German", "it": "Italian",
                  "pt": "Portuguese", "nl": "Dutch"}


def sentences(text: str) -> list[str]:
    """Split prose into sentences (good enough for narration and coverage; not a full parser)."""
    parts = _SENTENCE_END.split(text.strip())
    return [" ".join(p.split()) for p in parts if p and p.strip()]


def word_count(text: str) -> int:
    return len(text.split())


def chunk_story(text: str, max_words: int = 350) -> list[str]:
    """Group whole sentences into chunks of at most ~max_words words, keeping paragraph order.

    A single sentence longer than max_words becomes its own chunk rather than being cut.
    """
    chunks: list[str] = []
    current: list[str] = []
    count = 0
    for sent in sentences(text):
        n = word_count(sent)
        if current and count + n > max_words:
            chunks.append(" ".join(current))
            current, count = [], 0
        current.append(sent)
        count += n
    if current:
        chunks.append(" ".join(current))
    return chunks


def detect_language(text: str) -> str:
    """ISO 639-1 code of the most likely language among those above, 'en' when unsure."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    if not words:
        return "en"
    scores = {lang: sum(1 for w in words if w in set(stop)) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=lambda lang: (scores[lang], lang == "en"))
    return best if scores[best] > 0 else "en"


def slugify(name: str, taken: set[str] | None = None) -> str:
    """A lowercase ASCII slug for `name`, made unique against `taken` with a numeric suffix."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40] or "item"
    taken = taken or set()
    candidate, n = slug, 2
    while candidate in taken:
        candidate = f"{slug}-{n}"
        n += 1
    return candidate
