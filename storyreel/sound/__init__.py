"""Sound: what plays under the narration.

score.py composes an original score (a mood per scene, written as MIDI and played by a
General MIDI SoundFont); ambience.py makes the sound of each scene's place, time and weather.
Each scene's music and ambience is its own WAV (music/<scene>.wav, ambience/<scene>.wav), so an
edit to one scene's mood or weather makes only that scene's sound again; edit/mixing.py lays them
on the film's bed, which the editor ducks under the narration.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ..registry import Registry
from ..voice.audio import write_pcm


def to_pcm(samples: np.ndarray) -> np.ndarray:
    """float samples (-1..1) as int16, clipped."""
    return np.clip(np.round(np.asarray(samples, dtype=np.float32) * 32767.0), -32768, 32767).astype(np.int16)


class SynthSound:
    """The offline sound backend: the score played by tinysoundfont from a General MIDI SoundFont,
    the ambience synthesised with numpy. The SoundFont is loaded on the first scene's music and
    kept for the next ones (loading it is most of the score's cost)."""

    name = "synth"

    def __init__(self, **_):
        self._synth = None

    @property
    def version(self) -> str:
        from . import ambience, score

        return f"{score.VERSION}.{ambience.VERSION}"

    def music(self, mood: str, seconds: float, seed: int, index: int, out: Path) -> None:
        """The score of one scene (`seconds` long, and score.TAIL_S more fading out) into `out`."""
        from . import score

        if self._synth is None:
            self._synth = score.Synthesiser()
        write_pcm(out, to_pcm(score.render_scene(mood, seconds, seed, index, self._synth)))

    def ambience(self, scape, seconds: float, seed: int, out: Path) -> None:
        """The sound of one scene's place, time and weather (`seconds` long) into `out`."""
        from . import ambience

        write_pcm(out, to_pcm(ambience.synthesise(scape, seconds, seed)))

    def close(self) -> None:
        self._synth = None


REGISTRY: Registry[SynthSound] = Registry("sound")
REGISTRY.register("synth")(SynthSound)

__all__ = ["REGISTRY", "SynthSound", "to_pcm"]
