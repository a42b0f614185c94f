"""What storyreel takes as a story or an idea: the limits, stated and checked in this one place for
the CLI (`storyreel plan|make`), the Python API (`storyreel.api.plan`) and the studio.

Planning costs about one language-model request per sentence (a long sentence is cut into shots of
about 30 words, one request each), plus one per part of about 350 words; a plan's memory grows
with its sentences. So a story is bounded by its length, its number of sentences and the length of
its longest sentence (so no shot runs longer than a scene may last) and word; past a limit it is
refused with a message that says which limit and what to change. Text that is not writing is
refused (NUL characters: a binary file) or cleaned (other control characters are removed, line and
page breaks become line breaks, lone UTF-16 surrogates sent through JSON are dropped). Right-to-
left and mixed scripts are text like any other: nothing here depends on the script.

The studio takes a smaller story by default (`studio.max_story_chars`, at most MAX_STORY_CHARS);
it passes its cap to the same `check_story`.
"""

from __future__ import annotations

import logging
import re

from .errors import InputError

log = logging.getLogger(__name__)

MAX_STORY_CHARS = 200_000  # about 35 000 words: a feature film; beyond that, one film per part
MAX_IDEA_CHARS = 2_000  # an idea (or a replan's request) is a line or two; a longer text is a story
MAX_SENTENCES = 3_000  # about one scene each: 200 000 characters of prose is about 2 500 sentences
# A sentence is cut into shots at its clauses, but a sentence with none stays one shot: past about
# 150 words (a CJK character counts half) it would take longer to say than a scene may last (60 s
# at 2.6 words a second). The character cap is for scripts written without spaces and not CJK.
MAX_SENTENCE_WORDS = 150
MAX_SENTENCE_CHARS = 2_000
# A "word" longer than this (not in a script written without spaces) is a hash, a blob or a URL
# run together: the voice would spell it out for minutes.
MAX_WORD_CHARS = 100
# More control characters than this share of the text (or any NUL) is a binary file, not a story.
MAX_CONTROL_SHARE = 0.01

# Scripts written without spaces between words: CJK, kana, Hangul, Thai, Lao, Myanmar, Khmer.
_UNSPACED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
                       "\uf900-\ufaff\uff66-\uff9f\uac00-\ud7af]")
_LONG_WORD = re.compile(rf"\S{{{MAX_WORD_CHARS + 1},}}")
_SURROGATES = re.compile("[\ud800-\udfff]")
# Line and page breaks of every kind become a line break; tabs stay (they are spaces to the splitter).
_BREAKS = re.compile("\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# C0 and C1 control characters other than tab and line feed (after _BREAKS), and DEL.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")
_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")  # terminal colours and cursor moves, removed whole


class StoryTooLong(InputError):
    """A story or an idea over a size limit (the studio answers HTTP 413)."""


def _line_of(text: str, pos: int) -> int:
    return text.count("\n", 0, max(0, pos)) + 1


def _start(text: str, n: int = 40) -> str:
    return text[:n] + ("…" if len(text) > n else "")


def check_story(text: object, *, what: str = "story", max_chars: int | None = None, setting: str | None = None,
                who: str = "storyreel", where: str | None = None) -> str:
    """The story (or, with `what="idea"` or `what="request"`, the idea or a replan's request) as
    planning takes it: control characters removed, line breaks made plain, stripped. Raises
    InputError naming what to fix when it is empty, binary or past a limit of the module docstring
    (StoryTooLong for a size limit).

    `max_chars` is a smaller cap than MAX_STORY_CHARS (MAX_IDEA_CHARS for an idea), with the
    `setting` that sets it (e.g. "studio.max_story_chars") and `who` takes that much ("the
    studio"); `where` names the source (a file)."""
    source = f" in {where}" if where else ""
    if not isinstance(text, str):
        raise InputError(f"the {what}{source} must be text, not {type(text).__name__}")
    limit = MAX_STORY_CHARS if what == "story" else MAX_IDEA_CHARS
    if max_chars is not None and max_chars < limit:
        limit = max_chars
    else:
        setting = None
    if len(text) > limit:
        whose = f"{who} takes at most {limit:,} ({setting})" if setting else f"the limit is {limit:,}"
        fix = {"story": "split it into parts and make one film per part", "idea": "give it as a story instead"}.get(
            what, "say in a line or two what to change")
        raise StoryTooLong(f"the {what}{source} has {len(text):,} characters; {whose}: {fix}")
    nul = text.find("\0")
    if nul >= 0:
        raise InputError(f"the {what}{source} contains NUL characters (the first on line {_line_of(text, nul)}): "
                         "it looks like a binary file; give the story as plain UTF-8 text")
    text = _BREAKS.sub("\n", _ANSI.sub("", _SURROGATES.sub("", text)))
    controls = _CONTROLS.findall(text)
    if controls:
        first = _CONTROLS.search(text)
        at = f"U+{ord(first.group()):04X} on line {_line_of(text, first.start())}"
        if len(controls) > max(3, MAX_CONTROL_SHARE * len(text)):
            raise InputError(f"the {what}{source} has {len(controls):,} control characters (the first is {at}): it "
                             "looks like a binary file or terminal output; give the story as plain text")
        log.warning("the %s%s had %d control character(s) (the first is %s); removed", what, source,
                    len(controls), at)
        text = _CONTROLS.sub("", text)
    text = text.strip()
    if not text:
        raise InputError(f"the {what}{source} is empty: write a few sentences" + (" (or use --idea)"
                                                                                 if what == "story" else ""))
    word = _LONG_WORD.search(_UNSPACED.sub(" ", text))
    if word:
        raise InputError(f"line {_line_of(text, word.start())} of the {what}{source} has a word of "
                         f"{len(word.group()):,} characters ({_start(word.group(), 30)!r}); at most {MAX_WORD_CHARS} "
                         "are taken: put spaces between words, or leave out links and codes")
    if what == "story":
        _check_sentences(text, source)
    return text


def _check_sentences(text: str, source: str) -> None:
    """Refuse a story of too many sentences, or with a sentence too long to stage."""
    from .director.text import split_story, word_count  # lazily: the splitter loads the language identifier

    sentences = split_story(text).sentences
    if len(sentences) > MAX_SENTENCES:
        raise StoryTooLong(f"the story{source} has {len(sentences):,} sentences; storyreel takes at most "
                           f"{MAX_SENTENCES:,} (about one scene each): split it into parts and make one film per part")
    for number, sentence in enumerate(sentences, 1):
        words = word_count(sentence)
        if words > MAX_SENTENCE_WORDS or len(sentence) > MAX_SENTENCE_CHARS:
            found = text.find(sentence[:30])
            line = f"line {_line_of(text, found)}, " if found >= 0 else ""
            size = f"{words:,.0f} words" if words > MAX_SENTENCE_WORDS else f"{len(sentence):,} characters"
            raise InputError(f"the story{source} has a sentence of {size} ({line}sentence {number}: "
                             f"{_start(sentence)!r}); a sentence may have at most {MAX_SENTENCE_WORDS} words and "
                             f"{MAX_SENTENCE_CHARS:,} characters (a scene lasts at most 60 s): end its sentences "
                             "with full stops")


__all__ = ["MAX_CONTROL_SHARE", "MAX_IDEA_CHARS", "MAX_SENTENCES", "MAX_SENTENCE_CHARS", "MAX_SENTENCE_WORDS",
           "MAX_STORY_CHARS", "MAX_WORD_CHARS", "StoryTooLong", "check_story"]
