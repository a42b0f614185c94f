"""The dialogue track: every scene's voice laid on one WAV exactly as long as the film."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ..errors import StoryreelError
from ..timing import AUDIO_RATE, Slot, frames_to_samples
from ..voice.audio import read_pcm, write_pcm


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


def build_narration(slots: list[Slot], voices: list[Path], out: Path, lead_s: float = 0.15) -> None:
    """Write `out`: a 48 kHz mono 16-bit WAV as long as the film, each scene's voice
    starting `lead_s` into its slot. Raise if a voice would run past its slot's end
    or into the next scene's voice."""
    if len(slots) != len(voices):
        raise ValueError(f"{len(slots)} slots but {len(voices)} voices")
    starts, total = sample_starts(slots)
    track = np.zeros(total, dtype=np.int16)
    lead = round(lead_s * AUDIO_RATE)
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
        track[begin: begin + samples.size] = samples
    write_pcm(out, track)


def build_bed(slots: list[Slot], music: list[Path] | None, ambience: list[Path] | None, out: Path,
              tail_s: float) -> None:
    """Write `out`: the sound under the narration, a 48 kHz mono 16-bit WAV as long as the film.

    Each scene's music starts with its slot and runs `tail_s` past it, fading (sound/score.py),
    so it sounds under the next scene's fade-in: the mood changes in a crossfade, not a hard
    stop. Each scene's ambience fills its slot. The film's last `tail_s` fade the music out.
    """
    starts, total = sample_starts(slots)
    bed = np.zeros(total, dtype=np.float32)
    for tracks in (music, ambience):
        if tracks is None:
            continue
        if len(tracks) != len(slots):
            raise ValueError(f"{len(slots)} slots but {len(tracks)} sound files")
        layer = np.zeros(total, dtype=np.float32)
        for start, track in zip(starts, tracks):
            samples = read_pcm(track).astype(np.float32)[: max(0, total - start)]
            layer[start: start + samples.size] += samples
        if tracks is music:
            fade = min(total, round(tail_s * AUDIO_RATE))
            layer[total - fade:] *= np.linspace(1.0, 0.0, fade, dtype=np.float32)
        bed += layer
    write_pcm(out, np.clip(np.round(bed), -32768, 32767).astype(np.int16))
