"""Long shots from short-clip models: a first chunk, then extensions. Pure functions.

Video models make a few seconds at a time and only certain frame counts (LTX-Video
8k+1, Wan 4k+1: the VAE packs `ratio` frames into one latent frame after the first).
A shot of any length is a first chunk plus extensions, each conditioned on the last
`overlap` frames of the one before; those repeated frames are dropped when stitching,
and the last chunk is trimmed, so the shot has exactly the planned number of frames.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence, TypeVar

T = TypeVar("T")


def valid_frames(n: int, ratio: int) -> int:
    """The smallest frame count >= n that a model with temporal compression `ratio` accepts."""
    if ratio < 1:
        raise ValueError("ratio must be at least 1")
    return ((max(n, 1) - 1 + ratio - 1) // ratio) * ratio + 1


@dataclass(frozen=True)
class Chunk:
    """One generation: frames [start, start + length) of the shot; the first `overlap`
    of them are the previous chunk's last frames, given to the model as conditioning."""

    start: int
    length: int
    overlap: int

    @property
    def end(self) -> int:
        return self.start + self.length


def plan_chunks(total: int, chunk: int, overlap: int, ratio: int) -> list[Chunk]:
    """Chunks covering `total` frames: each at most `chunk` frames (a valid count), each
    after the first starting `overlap` frames before the previous one ends."""
    if total < 1:
        raise ValueError("a shot needs at least one frame")
    chunk = valid_frames(chunk, ratio)
    if not 1 <= overlap < chunk:
        raise ValueError(f"overlap must be between 1 and {chunk - 1} frames (got {overlap})")
    chunks = [Chunk(0, min(chunk, valid_frames(total, ratio)), 0)]
    while chunks[-1].end < total:
        start = chunks[-1].end - overlap
        length = min(chunk, valid_frames(total - start, ratio))
        chunks.append(Chunk(start, length, overlap))
    return chunks


def stitch(parts: Sequence[Sequence[T]], chunks: Sequence[Chunk], total: int) -> list[T]:
    """The shot's frames from each chunk's output: repeated conditioning frames dropped,
    the surplus of the last chunk trimmed."""
    frames: list[T] = []
    for part, c in zip(parts, chunks, strict=True):
        if len(part) != c.length:
            raise ValueError(f"chunk at frame {c.start} gave {len(part)} frames, expected {c.length}")
        frames.extend(part[c.overlap:])
    return frames[:total]


def resample(total: int, fps: int, model_fps: int) -> tuple[int, list[int]]:
    """Frames to generate at the model's rate for `total` frames at `fps`, and which
    generated frame each output frame shows (nearest in time)."""
    generated = max(1, round(total * model_fps / fps))
    return generated, [min(generated - 1, round(i * model_fps / fps)) for i in range(total)]
