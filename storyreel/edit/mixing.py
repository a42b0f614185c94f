"""The dialogue track: every scene's voice laid on one WAV exactly as long as the film.

Both tracks are written a block at a time, holding only the block and the scenes' sounds that
overlap it: a whole track in memory grew with the film (a 200-scene film's bed took some 400 MB
in float32 arrays and their temporaries; bench/load.py).
"""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

from .. import files
from ..errors import StoryreelError
from ..timing import AUDIO_RATE, Slot, frames_to_samples
from ..voice.audio import read_pcm

BLOCK = 1 << 20  # samples written at a time (about 22 s at 48 kHz)


def slot_fps(slot: Slot) -> int:
    """The frame rate a slot was planned at (its seconds are frames / fps)."""
    return round(slot.frames / slot.seconds)


def sample_starts(slots: list[Slot]) -> tuple[list[int], int]:
    """First sample of each slot and the film's total sample count.

    Counted from frames, as the video is, so audio and picture end together: a slot
    covers frames_to_samples(frames) samples and starts where the previous one ends,
    less the planned overlap when scenes crossfade.
    """
    starts: list[int] = []
    position = 0
    for i, slot in enumerate(slots):
        if i:
            prev = slots[i - 1]
            overlap_s = prev.start_s + prev.seconds - slot.start_s
            position -= round(overlap_s * AUDIO_RATE)
        starts.append(position)
        position += frames_to_samples(slot.frames, slot_fps(slot))
    return starts, position


class _Writer:
    """A 48 kHz mono 16-bit WAV written in pieces, atomically (the file appears when it is whole)."""

    def __init__(self, out: Path):
        self._atomic = files.atomic_path(out)
        self._wav: wave.Wave_write | None = None

    def __enter__(self) -> "_Writer":
        tmp = self._atomic.__enter__()
        self._wav = wave.open(str(tmp), "wb")
        self._wav.setnchannels(1)
        self._wav.setsampwidth(2)
        self._wav.setframerate(AUDIO_RATE)
        return self

    def write(self, samples: np.ndarray) -> None:
        self._wav.writeframes(np.asarray(samples, dtype="<i2").tobytes())

    def silence(self, count: int) -> None:
        for start in range(0, count, BLOCK):
            self.write(np.zeros(min(BLOCK, count - start), dtype=np.int16))

    def __exit__(self, *exc) -> bool | None:
        self._wav.close()
        return self._atomic.__exit__(*exc)


def build_narration(slots: list[Slot], voices: list[Path], out: Path, lead_s: float = 0.15) -> None:
    """Write `out`: a 48 kHz mono 16-bit WAV as long as the film, each scene's voice
    starting `lead_s` into its slot. Raise if a voice would run past its slot's end
    or into the next scene's voice."""
    if len(slots) != len(voices):
        raise ValueError(f"{len(slots)} slots but {len(voices)} voices")
    starts, total = sample_starts(slots)
    lead = round(lead_s * AUDIO_RATE)
    with _Writer(out) as wav:
        written = 0  # voices never overlap (checked below), so the track is written in film order
        for i, (slot, voice) in enumerate(zip(slots, voices)):
            samples = read_pcm(voice)
            begin = starts[i] + lead
            slot_end = starts[i] + frames_to_samples(slot.frames, slot_fps(slot))
            # With crossfades a voice may run into the fade, but not into the next voice.
            limit = min(slot_end, starts[i + 1] + lead) if i + 1 < len(slots) else min(slot_end, total)
            if begin + samples.size > limit:
                room = max(0, limit - begin) / AUDIO_RATE
                raise StoryreelError(
                    f"the voice of scene {slot.scene_id!r} lasts {samples.size / AUDIO_RATE:.2f} s but only "
                    f"{room:.2f} s fit in its slot after the {lead_s:.2f} s lead; the scene must be planned longer"
                )
            if samples.size:  # then it ends within the film (checked above)
                wav.silence(begin - written)
                wav.write(samples)
                written = begin + samples.size
        wav.silence(total - written)


def build_bed(slots: list[Slot], music: list[Path] | None, ambience: list[Path] | None, out: Path,
              tail_s: float) -> None:
    """Write `out`: the sound under the narration, a 48 kHz mono 16-bit WAV as long as the film.

    Each scene's music starts with its slot and runs `tail_s` past it, fading (sound/score.py),
    so it sounds under the next scene's fade-in: the mood changes in a crossfade, not a hard
    stop. Each scene's ambience fills its slot. The film's last `tail_s` fade the music out.
    """
    starts, total = sample_starts(slots)
    layers = []
    for tracks in (music, ambience):
        if tracks is None:
            continue
        if len(tracks) != len(slots):
            raise ValueError(f"{len(slots)} slots but {len(tracks)} sound files")
        layers.append((tracks is music, list(zip(starts, tracks))))
    fade = min(total, round(tail_s * AUDIO_RATE))
    fading = np.linspace(1.0, 0.0, fade, dtype=np.float32)
    loaded: list[dict[int, np.ndarray]] = [{} for _ in layers]  # per layer: the sounds overlapping the block
    with _Writer(out) as wav:
        for b0 in range(0, total, BLOCK):
            b1 = min(total, b0 + BLOCK)
            bed = np.zeros(b1 - b0, dtype=np.float32)
            for (is_music, placed), held in zip(layers, loaded):
                layer = np.zeros(b1 - b0, dtype=np.float32)
                for n, (start, track) in enumerate(placed):
                    if start >= b1:
                        break  # starts only grow
                    samples = held.get(n)
                    if samples is None:
                        if start < b0:
                            continue  # laid and let go in an earlier block
                        samples = held[n] = read_pcm(track).astype(np.float32)[: max(0, total - start)]
                    lo, hi = max(start, b0), min(start + samples.size, b1)
                    if lo < hi:
                        layer[lo - b0: hi - b0] += samples[lo - start: hi - start]
                for n in [n for n, samples in held.items() if placed[n][0] + samples.size <= b1]:
                    del held[n]  # wholly laid
                if is_music and b1 > total - fade:
                    lo = max(b0, total - fade)
                    layer[lo - b0:] *= fading[lo - (total - fade): b1 - (total - fade)]
                bed += layer
            wav.write(np.clip(np.round(bed), -32768, 32767).astype(np.int16))
