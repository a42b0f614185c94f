"""The narration WAV format every voice delivers: 48 kHz mono 16-bit PCM, silence trimmed.

Engines speak at their own rates (espeak-ng and Piper at 22.05 kHz); ffmpeg resamples
their output once, here, so the editor can place voices sample-exactly. Engines also pad
speech with silence (espeak-ng adds ~0.35 s after the last sentence); trimming it keeps
the measured narration length honest, which drives scene lengths and subtitle timing.
"""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

from .. import files, tools
from ..errors import InputError, StoryreelError
from ..timing import AUDIO_RATE

SILENCE_LEVEL = 100  # |sample| below this (-50 dBFS) counts as silence
KEEP_S = 0.04  # silence kept around the speech so consonants are not clipped


def read_pcm(path: Path) -> np.ndarray:
    """Samples of a narration WAV as int16; raise if it is not 48 kHz mono 16-bit."""
    try:
        with wave.open(str(path), "rb") as wav:
            fmt = (wav.getframerate(), wav.getnchannels(), wav.getsampwidth())
            data = wav.readframes(wav.getnframes())
    except (OSError, EOFError, wave.Error) as exc:
        raise StoryreelError(f"cannot read narration audio {path}: {exc}") from None
    if fmt != (AUDIO_RATE, 1, 2):
        raise StoryreelError(
            f"{path} is {fmt[0]} Hz, {fmt[1]} channel(s), {8 * fmt[2]}-bit; "
            f"narration must be {AUDIO_RATE} Hz mono 16-bit (delete it to have it re-made)"
        )
    return np.frombuffer(data, dtype="<i2").astype(np.int16)


def write_pcm(path: Path, samples: np.ndarray) -> None:
    """Write int16 samples as a 48 kHz mono 16-bit WAV, atomically."""
    with files.atomic_path(path) as tmp:
        with wave.open(str(tmp), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(AUDIO_RATE)
            wav.writeframes(np.asarray(samples, dtype="<i2").tobytes())


def trim_silence(samples: np.ndarray, level: int = SILENCE_LEVEL, keep_s: float = KEEP_S) -> np.ndarray:
    """Drop leading and trailing silence, keeping `keep_s` of it on each side."""
    loud = np.flatnonzero(np.abs(samples.astype(np.int32)) >= level)
    if loud.size == 0:
        return samples[:0]
    keep = round(keep_s * AUDIO_RATE)
    return samples[max(0, loud[0] - keep): loud[-1] + 1 + keep]


def finish(raw: Path, out: Path, text: str) -> None:
    """Resample an engine's WAV of `text` to 48 kHz mono 16-bit, trim its silence, write `out` atomically."""
    proc = tools.run(["ffmpeg", "-nostdin", "-v", "error", "-i", str(raw), "-ac", "1", "-ar", str(AUDIO_RATE),
                      "-f", "s16le", "-c:a", "pcm_s16le", "-"], what="resampling the narration")
    speech = trim_silence(np.frombuffer(proc.stdout, dtype="<i2"))
    if speech.size == 0:
        raise InputError(f"the narration {text!r} produced no audible speech; give the scene some words to say")
    write_pcm(out, speech)
