"""Story text: numbered sentences (the spine of a plan), parts, language, readable ids. Pure functions.

The splitter is rule-based and deterministic, so the same story always gets the same
sentence numbers. It knows Latin and CJK sentence ends, quotations (a sentence does not end
inside a quotation unless that would make it very long), abbreviations and initials, and a
title line at the top of the story.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass

import py3langid
from anyascii import anyascii

# Kana, CJK ideographs, Hangul syllables and half-width katakana: scripts written without spaces
# (Hangul has spaces, but its sentence ends follow the same rules here).
_CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\uac00-\ud7af"
CJK = re.compile(f"[{_CJK_CHARS}]")
LATIN_ENDS = ".!?…‼⁇⁈⁉"
CJK_ENDS = "。！？｡"
CLOSERS = "\"'”’»)]}」』）】〉》›"
LINE_ENDS = LATIN_ENDS + CJK_ENDS + CLOSERS + "“«"  # a line that ends a sentence (German „…“ and »…« close so)
# Opening quotation marks and the mark that closes each; the straight double quote toggles.
QUOTES = {"“": "”", "«": "»", "「": "」", "『": "』", "„": "“", "‹": "›", "《": "》"}
# Words that end with a full stop without ending the sentence: titles and common abbreviations.
ABBREVIATIONS = set("""
mr mrs ms dr prof st sr jr sra srta dra mme mlle mm hr fr frl nr vol fig gen capt col lt sgt rev hon
ca vs approx dept mt ft ave av sig dott vgl bzw ggf usw evtl inkl sog ggü bspw
""".split())
GERMAN_MONTHS = set("januar februar märz april mai juni juli august september oktober november dezember".split())
MAX_SENTENCE_UNITS = 45  # a longer "sentence" (unbalanced quotes, no punctuation) is split where it can be
TITLE_MAX_WORDS = 12


@dataclass(frozen=True)
class StoryText:
    """A story as numbered sentences: `sentences[0]` is sentence 1. `paragraphs[i]` is the
    (1-based) paragraph of sentence i+1; `title` is a heading line found above the story."""

    title: str | None
    sentences: list[str]
    paragraphs: list[int]


def is_cjk(char: str) -> bool:
    return bool(CJK.match(char))


def word_count(text: str) -> float:
    """Words, where a CJK character counts as half a word (about the time it takes to say it)."""
    cjk = len(CJK.findall(text))
    return len(CJK.sub(" ", text).split()) + cjk / 2


def join_text(pieces: list[str]) -> str:
    """Pieces of text joined with a space, or with none where CJK text meets (no spaces there)."""
    out = ""
    for piece in (p.strip() for p in pieces if p.strip()):
        if out and not (is_cjk(out[-1]) or is_cjk(piece[0]) or out[-1] in CJK_ENDS + "，；：、"):
            out += " "
        out += piece
    return out


def _word_before(text: str, end: int) -> str:
    """The token that ends at `end` (the position of a full stop), without leading punctuation."""
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end].lstrip("\"'“‘«„(¿¡[")


def _next_word(text: str, start: int) -> str:
    m = re.match(r"\s*([^\s]+)", text[start:])
    return m.group(1) if m else ""


def _boundaries(text: str, language: str) -> list[tuple[int, bool]]:
    """Candidate sentence ends in one paragraph: (position after the end, inside a quotation)."""
    found: list[tuple[int, bool]] = []
    stack: list[str] = []
    quotes, closers = QUOTES, CLOSERS
    if "»" in text and text.index("»") < (text.index("«") if "«" in text else len(text)):
        quotes, closers = {**QUOTES, "»": "«"}, CLOSERS + "«"  # German books quote »so«
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if stack and ch == stack[-1]:
            stack.pop()
        elif ch == '"':
            stack.append('"')
        elif ch in quotes:
            stack.append(quotes[ch])
        if ch not in LATIN_ENDS and ch not in CJK_ENDS:
            i += 1
            continue
        end_char, j = ch, i + 1
        while j < n and (text[j] in LATIN_ENDS or text[j] in CJK_ENDS):
            j += 1
        inside = bool(stack)
        while j < n:  # closing quotes and brackets belong to the sentence (French puts a space before »)
            k = j
            while k < n and text[k] in " \u00a0\u202f" and stack and stack[-1] in "»›":
                k += 1
            if k >= n or text[k] not in closers:
                break
            if stack and text[k] == stack[-1]:
                stack.pop()
            j = k + 1
        if j >= n:
            found.append((n, inside and bool(stack)))
            break
        following = text[j]
        if end_char in CJK_ENDS:
            # "“快来帮忙！”他喊道。" is one sentence: after a quotation closed by its own end mark,
            # only a space or a new quotation starts the next one.
            closed_here = inside and not stack
            if not closed_here or following.isspace() or following in QUOTES or following == '"':
                found.append((j, bool(stack)))
            i = j
            continue
        if not following.isspace():  # 3.5, e.g.the, a URL
            i = j
            continue
        word = _next_word(text, j)
        first = word.lstrip("\"'“‘«„(¿¡[")[:1]
        if first.islower():
            i = j
            continue
        if end_char in "?!…" and inside and not stack and _tag_follows(text[j:], language):
            i = j  # "Will we make it?" Ines asked. is one sentence: the tag says who asked
            continue
        if end_char == ".":
            before = _word_before(text, i)
            bare = before.lower().rstrip(".")
            if (bare in ABBREVIATIONS or (len(before) == 1 and before.isalpha())  # initials, z. B.
                    or re.fullmatch(r"(?:\w\.)+\w", before)  # e.g., p.m.
                    or (language == "de" and bare.endswith("str"))):  # Hauptstr. 5
                i = j
                continue
            if language == "de" and before.isdigit() and word.lower().strip(".,") in GERMAN_MONTHS:
                i = j
                continue
        found.append((j, bool(stack)))
        i = j
    return found


def _tag_follows(rest: str, language: str) -> bool:
    """Whether `rest`, the words after a quoted question or cry, opens with its tag: a verb of
    saying among its first five words, before its sentence ends ("Ines asked." "the old man cried out.")."""
    from ..voice.dialogue import saying_verbs

    clause = re.split(r"[.!?…\"“”«»„]", rest, maxsplit=1)[0]
    return bool(re.match(rf"\s*(?:\S+\s+){{0,4}}?(?:{saying_verbs(language)})(?!\w)", clause, re.IGNORECASE))


def _split_paragraph(text: str, language: str) -> list[str]:
    cuts = _boundaries(text, language)
    sentences: list[str] = []
    start = 0
    strong = [pos for pos, inside in cuts if not inside]
    for pos in [*strong, len(text)]:
        piece = text[start:pos].strip()
        if piece:
            weak = [p - start for p, inside in cuts if inside and start < p < pos]
            sentences.extend(_split_long(piece, weak))
        start = pos
    return sentences


def _split_long(sentence: str, weak: list[int]) -> list[str]:
    """A very long "sentence" (a quotation left open, a speech of many sentences) split at every
    sentence end inside it."""
    if word_count(sentence) <= MAX_SENTENCE_UNITS or not weak:
        return [sentence]
    cuts = [0, *weak, len(sentence)]
    return [p for p in (sentence[a:b].strip() for a, b in zip(cuts, cuts[1:])) if p]


def split_story(text: str, language: str | None = None) -> StoryText:
    """The story's title (a short heading line above it, if any) and its numbered sentences."""
    language = language or detect_language(text)
    paragraphs = [p for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip()) if p.strip()]
    title = None
    if len(paragraphs) > 1:
        head = paragraphs[0].strip()
        if ("\n" not in head and word_count(head) <= TITLE_MAX_WORDS
                and head[-1] not in LATIN_ENDS + CJK_ENDS + CLOSERS + ",;:"):
            title, paragraphs = head, paragraphs[1:]
    lines = [line for paragraph in paragraphs for line in paragraph.split("\n") if line.strip()]
    if len(lines) > len(paragraphs) and all(line.rstrip()[-1] in LINE_ENDS for line in lines):
        paragraphs = lines  # no line breaks off mid-sentence: the text is not wrapped, each line is a paragraph
    sentences: list[str] = []
    numbers: list[int] = []
    for number, paragraph in enumerate(paragraphs, 1):
        found = _split_paragraph(join_text(paragraph.split("\n")), language)
        sentences.extend(found)
        numbers.extend([number] * len(found))
    return StoryText(title, sentences, numbers)


def sentences(text: str) -> list[str]:
    """The story's sentences in order (see `split_story`)."""
    return split_story(text).sentences


def parts(story: StoryText, max_words: int = 350) -> list[list[int]]:
    """Sentence numbers (1-based) grouped into consecutive parts of about `max_words` words, for
    planning a long story act by act. A part ends at a paragraph end when one is near."""
    groups: list[list[int]] = []
    current: list[int] = []
    count = 0.0
    for n, sentence in enumerate(story.sentences, 1):
        words = word_count(sentence)
        new_paragraph = n > 1 and story.paragraphs[n - 1] != story.paragraphs[n - 2]
        if current and (count + words > max_words or (new_paragraph and count > 0.7 * max_words)):
            groups.append(current)
            current, count = [], 0.0
        current.append(n)
        count += words
    if current:
        groups.append(current)
    return groups


def chunk_story(text: str, max_words: int = 350) -> list[str]:
    """The story as text chunks of whole sentences, about `max_words` words each (see `parts`)."""
    story = split_story(text)
    return [" ".join(story.sentences[n - 1] for n in group) for group in parts(story, max_words)]


LANGUAGE_NAMES = {"en": "English", "es": "Spanish", "fr": "French", "de": "German", "it": "Italian",
                  "pt": "Portuguese", "nl": "Dutch", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
                  "ru": "Russian", "pl": "Polish", "sv": "Swedish", "da": "Danish", "nb": "Norwegian",
                  "fi": "Finnish", "cs": "Czech", "tr": "Turkish", "el": "Greek", "uk": "Ukrainian",
                  "ca": "Catalan", "ro": "Romanian", "hu": "Hungarian", "ar": "Arabic", "hi": "Hindi",
                  "vi": "Vietnamese", "id": "Indonesian"}
_IDENTIFIER = None
_IDENTIFIER_LOCK = threading.Lock()


def _identifier():
    global _IDENTIFIER
    if _IDENTIFIER is None:
        # Loaded once per process: in the studio, requests in several threads asked at once and each
        # decompressed the model (about a second of CPU apiece) while the others waited for the GIL.
        with _IDENTIFIER_LOCK:
            if _IDENTIFIER is None:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                _IDENTIFIER = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return _IDENTIFIER


def language_scores(text: str) -> tuple[str, float]:
    """The most likely language of `text` (ISO 639-1) and its probability, by py3langid
    (a naive Bayes model over byte n-grams, 97 languages)."""
    lang, prob = _identifier().classify(text)
    return lang, float(prob)


def detect_language(text: str, default: str = "en") -> str:
    """ISO 639-1 code of the language `text` is written in; `default` for text without letters.
    Text in CJK script is decided by its script (kana means Japanese), which is certain, where
    the statistical model can hesitate on a few characters."""
    if not re.search(r"[^\W\d_]", text):
        return default
    cjk = CJK.findall(text)
    if len(cjk) > 0.3 * len(re.findall(r"[^\W\d_]", text)):
        if re.search("[\u3040-\u30ff]", text):
            return "ja"
        if re.search("[\uac00-\ud7af]", text):
            return "ko"
        return "zh"
    return language_scores(text)[0]


def slugify(name: str, taken: set[str] | None = None) -> str:
    """A lowercase ASCII slug for `name` in any script ('Lucía' -> 'lucia', '小明' -> 'xiaoming'),
    made unique against `taken` with a numeric suffix."""
    ascii_name = anyascii(unicodedata.normalize("NFKC", name))
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40].strip("-") or "item"
    taken = taken or set()
    candidate, n = slug, 2
    while candidate in taken:
        candidate = f"{slug}-{n}"
        n += 1
    return candidate
