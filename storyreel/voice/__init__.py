"""Voice: the narrator. Each backend speaks one scene's narration into a WAV.

Every backend writes 48 kHz (timing.AUDIO_RATE) mono 16-bit PCM with the engine's
leading and trailing silence trimmed, so `wav_seconds` is the time actually spoken.
Backends: "espeak" (espeak-ng, many languages, always installed) and "piper"
(neural English voice, optional GPL extra); "auto" picks piper for English when it
is installed, else espeak.
"""

from __future__ import annotations

import wave
from pathlib import Path
from typing import Protocol

from ..errors import InputError, StoryreelError
from ..registry import Registry
from . import piper
from .espeak import EspeakVoice
from .languages import is_english, primary_language


class VoiceBackend(Protocol):
    name: str
    version: str

    def synthesize(self, text: str, language: str, out: Path) -> None:
        """Speak `text` (in `language`, an ISO 639-1 code) into the WAV file `out`."""


REGISTRY: Registry[VoiceBackend] = Registry("voice")
REGISTRY.register("espeak")(EspeakVoice)
REGISTRY.register("piper")(piper.PiperVoice)


def resolve(name: str, language: str, **options) -> VoiceBackend:
    """The voice backend called `name` ("auto", "espeak", "piper") for narration in `language`.

    Options: words_per_minute (every backend) and espeak_voice (espeak only; setting
    it makes "auto" choose espeak, since the user asked for that voice).
    """
    if name == "auto":
        use_piper = is_english(language) and piper.available() and not options.get("espeak_voice")
        name = "piper" if use_piper else "espeak"
    if name == "piper":
        options.pop("espeak_voice", None)
    return REGISTRY.create(name, **options)


def check_language(narrations: list[str], language: str) -> None:
    """Refuse a script whose narration is plainly written in another language than its
    `language` (a Chinese story marked "en" would be spelled out by an English voice).
    Scripts of text are told apart for certain; Latin-script languages only when the text is
    long enough for the language model to be sure."""
    from ..director.text import CJK, detect_language, language_scores

    text = " ".join(narrations)
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return
    expected = primary_language(language)
    written = detect_language(text, expected)
    cjk_text = sum(bool(CJK.match(c)) for c in letters) > 0.3 * len(letters)
    sure = cjk_text or expected in ("zh", "ja", "ko") or (len(letters) >= 60 and language_scores(text)[1] >= 0.8)
    if written != expected and sure:
        raise InputError(f"the narration is written in {written!r} but script.json says language {language!r}: "
                         f"set \"language\": \"{written}\" in script.json (the voice follows it)")


def wav_seconds(path: Path) -> float:
    """Duration of a WAV file in seconds."""
    try:
        with wave.open(str(path), "rb") as wav:
            return wav.getnframes() / wav.getframerate()
    except (OSError, EOFError, wave.Error) as exc:
        raise StoryreelError(f"cannot read WAV file {path}: {exc}") from None


__all__ = ["REGISTRY", "VoiceBackend", "check_language", "resolve", "wav_seconds"]
