"""espeak-ng: the always-available narrator (Debian package, many languages, robotic but clear).

The text goes to espeak-ng on stdin (`--stdin`), never on the command line, so
narration starting with '-' or holding `$(...)`, quotes or newlines is just spoken.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from .. import tools
from ..errors import InputError
from . import audio, readings
from .languages import normalize_tag, primary_language

# ISO 639-1 codes whose espeak-ng voice has another name; every other code is
# used as is when espeak-ng has a voice by that name (es, de, it, nl, pt, pl, ...).
VOICE_ALIASES = {
    "en": "en-us",
    "fr": "fr-fr",
    "zh": "cmn",
    "no": "nb",
}


class EspeakVoice:
    """Narration with espeak-ng at `words_per_minute`; `espeak_voice` overrides the voice chosen by language."""

    name = "espeak"

    def __init__(self, words_per_minute: int = 160, espeak_voice: str | None = None):
        if not 80 <= words_per_minute <= 450:
            raise ValueError(f"words_per_minute must be between 80 and 450 (espeak-ng's range), got {words_per_minute}")
        self.words_per_minute = words_per_minute
        self.espeak_voice = espeak_voice
        self._voices: set[str] | None = None
        self._version: str | None = None

    @property
    def version(self) -> str:
        """Engine release plus the speaking rate, since both change the audio."""
        if self._version is None:
            banner = tools.run(["espeak-ng", "--version"], what="espeak-ng --version").stdout.decode("utf-8", "replace")
            release = banner.split("text-to-speech:")[-1].split()[0] if "text-to-speech:" in banner else banner.strip()
            self._version = f"espeak-ng {release}, {self.words_per_minute} wpm"
        return self._version

    def installed_voices(self) -> set[str]:
        """Language names of the voices espeak-ng has here (e.g. 'es', 'pt-br', 'en-us')."""
        if self._voices is None:
            listing = tools.run(["espeak-ng", "--voices"], what="espeak-ng --voices").stdout.decode("utf-8", "replace")
            rows = [line.split() for line in listing.splitlines()[1:]]
            self._voices = {row[1].lower() for row in rows if len(row) > 1}
        return self._voices

    def voice_for(self, language: str) -> str:
        """The espeak-ng voice for a language tag. A language without a voice is an error: a
        narration is never read out by another language's voice."""
        if self.espeak_voice:
            return self.espeak_voice
        installed = self.installed_voices()
        tag, primary = normalize_tag(language), primary_language(language)
        for candidate in (tag, VOICE_ALIASES.get(primary, primary)):
            if candidate in installed:
                return candidate
        raise InputError(f"espeak-ng has no voice for the script's language {language!r}; check `language` in "
                         "script.json (an ISO 639-1 code such as 'en', 'es', 'zh'), or name a voice with "
                         "voice.espeak_voice (see `espeak-ng --voices`)")

    def command(self, language: str, wav: Path, voice: str | None = None) -> list[str]:
        """The espeak-ng invocation writing `wav`; the text itself arrives on stdin."""
        return ["espeak-ng", "--stdin", "-b", "1", "-v", voice or self.voice_for(language),
                "-s", str(self.words_per_minute), "-w", str(wav)]

    def synthesize(self, text: str, language: str, out: Path) -> None:
        """Speak `text` into `out` (48 kHz mono 16-bit WAV, written atomically). Chinese and
        Japanese are spoken from their readings (see readings.py)."""
        tools.require("espeak-ng")
        spoken, voice = readings.for_espeak(text, language) if not self.espeak_voice else (text, None)
        with tempfile.TemporaryDirectory(prefix="storyreel-espeak-") as tmp:
            raw = Path(tmp) / "speech.wav"
            tools.run(self.command(language, raw, voice), input=spoken.encode("utf-8"), what="espeak-ng")
            audio.finish(raw, out, text)
