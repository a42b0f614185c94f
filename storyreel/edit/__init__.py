"""Edit: lay the voices on one narration track and assemble the film with ffmpeg.

`build_narration` mixes the per-scene voices into a WAV exactly as long as the film;
`assemble` joins the shots (cut or crossfade), adds narration, optional ducked music
(the sound normalised to -16 LUFS, loudness.py) and subtitles (soft track, optionally burnt
in).
name so another editor can plug in; "ffmpeg" is the one there is.
"""

from __future__ import annotations

from ..registry import Registry
from .assembly import assemble, language_code
from .mixing import build_narration


class FfmpegEditor:
    """The ffmpeg assembler as a registry entry."""

    name = "ffmpeg"
    version = "3"
    assemble = staticmethod(assemble)
    build_narration = staticmethod(build_narration)


REGISTRY: Registry[FfmpegEditor] = Registry("edit")
REGISTRY.register("ffmpeg")(FfmpegEditor)

__all__ = ["REGISTRY", "FfmpegEditor", "assemble", "build_narration", "language_code"]
