"""Edit: lay the voices and the sound on their tracks and assemble the film with ffmpeg.

`build_narration` mixes the per-scene voices into a WAV exactly as long as the film; `build_bed`
lays the scenes' score and ambience (storyreel/sound) on another; `assemble` joins the shots (cut
or crossfade), adds the narration with the bed (and an optional music file) ducked under it (the
sound normalised to -16 LUFS, loudness.py) and subtitles (soft track, optionally burnt in).
The editor is a registry entry so another editor can plug in by name; "ffmpeg" is the one there is.
"""

from __future__ import annotations

from ..registry import Registry
from .assembly import assemble, language_code
from .mixing import build_bed, build_narration


class FfmpegEditor:
    """The ffmpeg assembler as a registry entry."""

    name = "ffmpeg"
    version = "4"
    assemble = staticmethod(assemble)
    build_narration = staticmethod(build_narration)
    build_bed = staticmethod(build_bed)


REGISTRY: Registry[FfmpegEditor] = Registry("edit")
REGISTRY.register("ffmpeg")(FfmpegEditor)

__all__ = ["REGISTRY", "FfmpegEditor", "assemble", "build_bed", "build_narration", "language_code"]
