"""What espeak-ng can say of scripts it does not read well.

espeak-ng's Mandarin voice knows few characters (the rest it reads as English names of
symbols), and its Japanese voice reads kana only (a kanji becomes "Chinese letter"). So
Chinese is spoken as tone-numbered pinyin by the pinyin voice, and Japanese as the kana
readings of its words: a narration is never read out by another language's rules. The
subtitles keep the story's own script.
"""

from __future__ import annotations

from functools import lru_cache

from .languages import primary_language

PINYIN_VOICE = "cmn-latn-pinyin"


def for_espeak(text: str, language: str) -> tuple[str, str | None]:
    """(what to speak, the espeak-ng voice it needs, or None for the language's usual voice)."""
    primary = primary_language(language)
    if primary in ("zh", "cmn"):
        return pinyin(text), PINYIN_VOICE
    if primary == "ja":
        return kana(text), None
    return text, None


def pinyin(text: str) -> str:
    """Chinese text as pinyin with tone numbers ("xiao3 ming2"); punctuation becomes pauses."""
    from pypinyin import Style, lazy_pinyin

    pieces = lazy_pinyin(text, style=Style.TONE3, neutral_tone_with_five=True, errors=lambda chars: [
        {"。": ".", "！": "!", "？": "?", "，": ",", "、": ",", "；": ";", "：": ":"}.get(c, c) for c in chars])
    return " ".join(pieces).replace(" .", ".").replace(" ,", ",").replace(" !", "!").replace(" ?", "?")


@lru_cache(maxsize=1)
def _tokenizer():
    from janome.tokenizer import Tokenizer

    return Tokenizer()


def kana(text: str) -> str:
    """Japanese text with every word written as its reading in katakana ("々" repeats the word
    before it, as it does in writing)."""
    out: list[str] = []
    for token in _tokenizer().tokenize(text):
        reading = token.reading if token.reading not in ("*", "") else token.surface
        out.append(out[-1] if reading == "々" and out else reading)
    return "".join(out)
