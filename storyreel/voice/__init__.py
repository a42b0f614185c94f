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

from ..errors import StoryreelError
from ..registry import Registry
from . import piper
from .espeak import EspeakVoice
from .languages import is_english


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


def wav_seconds(path: Path) -> float:
    """Duration of a WAV file in seconds."""
    try:
        with wave.open(str(path), "rb") as wav:
            return wav.getnframes() / wav.getframerate()
    except (OSError, EOFError, wave.Error) as exc:
        raise StoryreelError(f"cannot read WAV file {path}: {exc}") from None


__all__ = ["REGISTRY", "VoiceBackend", "resolve", "wav_seconds"]
