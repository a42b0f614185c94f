"""The final cut: join the shots, lay the narration (with the score, ambience or music) under them, add subtitles.

The sound is mixed and brought to -16 LUFS first (loudness.py); the picture, sound and subtitles
are then joined in one ffmpeg run. With plain cuts and no burnt-in subtitles the
shots are joined by stream copy (they share tools.h264_args settings), so the
picture is never re-encoded; crossfades and burnt-in subtitles need one re-encode.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Literal

from .. import tools
from . import loudness
from ..errors import InputError, StoryreelError
from ..timing import AUDIO_RATE, Slot, film_seconds
from ..voice import wav_seconds
from ..voice.languages import primary_language

TRANSITIONS = ("cut", "crossfade")

# ISO 639-1 -> ISO 639-2/B, the form MP4 language tags take.
ISO_639_2 = {
    "ar": "ara", "bg": "bul", "bn": "ben", "ca": "cat", "cs": "cze", "cy": "wel", "da": "dan", "de": "ger",
    "el": "gre", "en": "eng", "eo": "epo", "es": "spa", "et": "est", "eu": "baq", "fa": "per", "fi": "fin",
    "fr": "fre", "ga": "gle", "he": "heb", "hi": "hin", "hr": "hrv", "hu": "hun", "id": "ind", "is": "ice",
    "it": "ita", "ja": "jpn", "ko": "kor", "lt": "lit", "lv": "lav", "ms": "may", "nb": "nob", "nl": "dut",
    "no": "nor", "pl": "pol", "pt": "por", "ro": "rum", "ru": "rus", "sk": "slo", "sl": "slv", "sr": "srp",
    "sv": "swe", "sw": "swa", "ta": "tam", "th": "tha", "tr": "tur", "uk": "ukr", "ur": "urd", "vi": "vie",
    "zh": "chi",
}

# Ducking: while the narration is louder than THRESHOLD the music drops by up to RATIO.
DUCK_THRESHOLD = 0.02
DUCK_RATIO = 10
DUCK_ATTACK_MS = 20
DUCK_RELEASE_MS = 400


# AAC at 192 kbit/s keeps the sound's true peak within about 0.1 dB of what loudness.py made (at
# 128 kbit/s a levelled voice overshot by up to 1.9 dB).
AUDIO_BITRATE = "192k"

# Burnt-in subtitles sit on a translucent box so they stay readable over bright sprites and skies.
BURN_STYLE = "FontName=DejaVu Sans,FontSize=18,BorderStyle=3,Outline=2,Shadow=0,BackColour=&H90000000,MarginV=18"


def language_code(language: str) -> str:
    """ISO 639-2 code for an ISO 639-1 tag ('en' -> 'eng'); 'und' (undetermined) when unknown."""
    primary = primary_language(language)
    if len(primary) == 3 and primary.isalpha():
        return primary
    return ISO_639_2.get(primary, "und")


def concat_list(shots: list[Path]) -> str:
    """A concat-demuxer list: one `file '<path>'` line per shot, single quotes escaped."""
    lines = []
    for shot in shots:
        path = str(Path(shot).resolve())
        if "\n" in path or "\r" in path:
            raise InputError(f"shot path {path!r} contains a line break; rename the project folder")
        lines.append("file '" + path.replace("'", "'\\''") + "'")
    return "\n".join(lines) + "\n"


def xfade_chain(slots: list[Slot], crossfade_s: float) -> tuple[str, str]:
    """Filter graph crossfading inputs 0..n-1 at the slots' start times; returns (graph, output label)."""
    parts = []
    label = "0:v"
    for i in range(1, len(slots)):
        out = f"x{i}"
        parts.append(f"[{label}][{i}:v]xfade=transition=fade:duration={crossfade_s:.6f}"
                     f":offset={slots[i].start_s:.6f}[{out}]")
        label = out
    return ";".join(parts), label


def _check_slots(slots: list[Slot], transition: str, crossfade_s: float, fps: int) -> None:
    half_frame = 0.5 / fps
    expected = crossfade_s if transition == "crossfade" else 0.0
    for prev, slot in zip(slots, slots[1:]):
        overlap = prev.start_s + prev.seconds - slot.start_s
        if abs(overlap - expected) > half_frame:
            raise ValueError(
                f"scene {slot.scene_id!r} starts {overlap:.3f} s before the previous one ends, but a {transition} "
                f"needs {expected:.3f} s: plan the timeline with overlap_s={expected}"
            )
    if transition == "crossfade":
        short = [s.scene_id for s in slots if s.seconds <= crossfade_s]
        if short:
            raise ValueError(f"scenes {short} are not longer than the {crossfade_s} s crossfade")


def _check_shots(shots: list[Path], slots: list[Slot], fps: int) -> None:
    """Shots must exist, agree on size and rate, and hold exactly their slot's frames."""
    first: tuple | None = None
    for shot, slot in zip(shots, slots):
        if not Path(shot).is_file():
            raise StoryreelError(f"shot {shot} is missing; render the shots first")
        video = [s for s in tools.ffprobe(shot)["streams"] if s.get("codec_type") == "video"]
        if not video:
            raise StoryreelError(f"shot {shot} has no video stream; delete it to have it re-rendered")
        v = video[0]
        shape = (v.get("codec_name"), v.get("width"), v.get("height"), v.get("pix_fmt"), v.get("r_frame_rate"))
        if v.get("r_frame_rate") != f"{fps}/1":
            raise StoryreelError(f"shot {shot} runs at {v.get('r_frame_rate')} fps, the film at {fps}; re-render it")
        if first is None:
            first = shape
        elif shape != first:
            raise StoryreelError(f"shot {shot} is {shape}, the first shot {first}; all shots must match, re-render it")
        frames = int(v.get("nb_frames") or 0)
        if frames and frames != slot.frames:
            raise StoryreelError(f"shot {shot} has {frames} frames but scene {slot.scene_id!r} needs "
                                 f"{slot.frames}; delete it to have it re-rendered")


def _check_music(music: Path) -> None:
    if not Path(music).is_file():
        raise InputError(f"music file {music} does not exist; fix the path or drop the music option")
    try:
        streams = tools.ffprobe(music)["streams"]
    except StoryreelError:
        streams = []
    if not any(s.get("codec_type") == "audio" for s in streams):
        raise InputError(f"music file {music} is not audio ffmpeg can decode; give an mp3, ogg, wav or flac file")


def _background_graph(narration_in: int, bed_in: int | None, music_in: int | None, film_s: float,
                      volume: float, mixed: bool = True) -> str:
    """The narration with what plays under it ([mix]): the bed (score and ambience, as long as the
    film) and/or a music file (trimmed to the film, lowered to `volume`), ducked under the
    narration. With `mixed` False the graph ends at the ducked background ([ducked])."""
    mono = f"aformat=sample_fmts=fltp:sample_rates={AUDIO_RATE}:channel_layouts=mono"
    parts = [f"[{narration_in}:a]{mono},asplit=2[voice][key]"]
    under = []
    if bed_in is not None:
        parts.append(f"[{bed_in}:a]{mono}[bed]")
        under.append("[bed]")
    if music_in is not None:
        parts.append(f"[{music_in}:a]{mono},atrim=end={film_s:.6f},asetpts=PTS-STARTPTS,volume={volume:.4f}[music]")
        under.append("[music]")
    if len(under) == 2:
        parts.append("[bed][music]amix=inputs=2:duration=first:normalize=0[under]")
    else:
        parts.append(f"{under[0]}anull[under]")
    parts += [f"[under][key]sidechaincompress=threshold={DUCK_THRESHOLD}:ratio={DUCK_RATIO}"
              f":attack={DUCK_ATTACK_MS}:release={DUCK_RELEASE_MS}[ducked]",
              "[voice][ducked]amix=inputs=2:duration=first:normalize=0[mix]" if mixed else "[voice]anullsink"]
    return ";".join(parts)


def ducked(narration: Path, bed: Path, out: Path) -> None:
    """Write `out`: the bed as it sounds in the film, ducked under the narration (for measuring)."""
    graph = _background_graph(0, 1, None, wav_seconds(narration), 1.0, mixed=False)
    tools.run(["ffmpeg", "-nostdin", "-y", "-v", "error", "-i", str(Path(narration).resolve()),
               "-i", str(Path(bed).resolve()), "-filter_complex", graph, "-map", "[ducked]",
               "-ar", str(AUDIO_RATE), "-ac", "1", "-c:a", "pcm_s16le", str(out)], what="ducking the bed")


def assemble(shots: list[Path], slots: list[Slot], narration: Path, subtitles: Path, out: Path, *, fps: int,
             transition: Literal["cut", "crossfade"] = "cut", crossfade_s: float = 0.5, burn_subtitles: bool = False,
             bed: Path | None = None, music: Path | None = None, music_volume: float = 0.35, crf: int = 20,
             preset: str = "veryfast", language: str = "en") -> None:
    """Write the film to `out` (H.264 + AAC MP4, soft subtitle track, +faststart).

    `slots` say where each shot sits: contiguous for "cut", overlapping by `crossfade_s`
    for "crossfade". `narration` is the WAV from build_narration, exactly the film's length;
    `bed` (score and ambience, from build_bed) and `music` (a user's file) play under it, ducked.
    The sound is normalised to loudness.TARGET_LUFS integrated, true peak at most -1 dBTP.
    """
    if transition not in TRANSITIONS:
        raise InputError(f"unknown transition {transition!r}; choose one of {', '.join(TRANSITIONS)}")
    if not shots or len(shots) != len(slots):
        raise ValueError(f"need one shot per slot, got {len(shots)} shots for {len(slots)} slots")
    if len(shots) == 1:
        transition = "cut"  # nothing to fade between
    _check_slots(slots, transition, crossfade_s, fps)
    _check_shots(shots, slots, fps)
    film_s = film_seconds(slots)
    narration_s = wav_seconds(narration)
    if abs(narration_s - film_s) > 1 / fps:
        raise StoryreelError(f"the narration lasts {narration_s:.3f} s but the film {film_s:.3f} s; "
                             "rebuild the narration")
    if not Path(subtitles).is_file():
        raise StoryreelError(f"subtitles {subtitles} are missing; write them before assembling")
    if music is not None:
        _check_music(music)
    if bed is not None and abs(wav_seconds(bed) - film_s) > 1 / fps:
        raise StoryreelError(f"the sound under the narration ({bed}) lasts {wav_seconds(bed):.3f} s but the film "
                             f"{film_s:.3f} s; rebuild it")

    with tempfile.TemporaryDirectory(prefix="storyreel-edit-") as tmp:
        work = Path(tmp)
        # ffmpeg runs inside `work` and finds the subtitles by a plain name: the
        # subtitles filter's option syntax would otherwise need the path escaped.
        shutil.copyfile(subtitles, work / "subtitles.srt")
        args = ["ffmpeg", "-nostdin", "-y", "-v", "error"]
        graph: list[str] = []
        if transition == "cut":
            (work / "shots.txt").write_text(concat_list(shots), encoding="utf-8")
            args += ["-f", "concat", "-safe", "0", "-i", "shots.txt"]
            video_label, n_video = "0:v", 1
        else:
            for shot in shots:
                args += ["-i", str(Path(shot).resolve())]
            chain, video_label = xfade_chain(slots, crossfade_s)
            graph.append(chain)
            n_video = len(shots)
        # The sound first: the narration (with the bed and music ducked under it) at the level of
        # everything else a viewer plays (loudness.py), then laid under the picture as it is.
        mix = Path(narration).resolve()
        if bed is not None or music is not None:
            mix = work / "mix.wav"
            inputs = ["-i", str(Path(narration).resolve())]
            if bed is not None:
                inputs += ["-i", str(Path(bed).resolve())]
            if music is not None:
                inputs += ["-stream_loop", "-1", "-i", str(Path(music).resolve())]
            graph_in = _background_graph(0, 1 if bed is not None else None,
                                         (2 if bed is not None else 1) if music is not None else None,
                                         film_s, music_volume)
            tools.run(["ffmpeg", "-nostdin", "-y", "-v", "error", *inputs, "-filter_complex", graph_in,
                       "-map", "[mix]", "-ar", str(AUDIO_RATE), "-ac", "1", "-c:a", "pcm_s16le", str(mix)],
                      what="mixing the sound")
        loudness.normalise(mix, work / "sound.wav", AUDIO_RATE)
        narration_in, subs_in = n_video, n_video + 1
        args += ["-i", "sound.wav", "-i", "subtitles.srt"]

        if burn_subtitles:
            graph.append(f"[{video_label}]subtitles=filename=subtitles.srt:charenc=UTF-8:force_style='{BURN_STYLE}'[burnt]")
            video_label = "burnt"
        audio_map = f"{narration_in}:a"

        if graph:
            args += ["-filter_complex", ";".join(graph)]
        filtered_video = transition == "crossfade" or burn_subtitles
        args += ["-map", f"[{video_label}]" if filtered_video else video_label, "-map", audio_map,
                 "-map", f"{subs_in}:s"]
        if filtered_video:
            args += tools.h264_args(crf, preset)
        else:
            args += ["-c:v", "copy", "-movflags", "+faststart"]
        lang = language_code(language)
        args += ["-c:a", "aac", "-b:a", AUDIO_BITRATE, "-ar", str(AUDIO_RATE), "-ac", "1",
                 "-c:s", "mov_text", "-metadata:s:a:0", f"language={lang}", "-metadata:s:s:0", f"language={lang}",
                 "-f", "mp4", str(Path(out).resolve())]
        tools.run(args, cwd=work, what="assembling the film")
