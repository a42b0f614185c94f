"""The edit as an OpenTimelineIO timeline (film.otio), to finish the cut in a video editor.

One video track with a clip per scene (its shot, shots/<scene>.mp4), cut or cross-faded as
the film was, a marker at each scene with its narration; one audio track with the
narration (narration.wav). Lengths come from the manifest (frames of each rendered shot),
so the timeline matches the film frame for frame. Media are referenced by absolute file
URLs; subtitles.srt is named in the timeline's metadata.
"""

from __future__ import annotations

from pathlib import Path

from .. import files
from ..config import Config
from ..errors import InputError
from ..project import Project
from ..script import load_script
from ..timing import timeline

FILE_NAME = "film.otio"


def build_timeline(project_dir: Path, config: Config):
    """The timeline of the rendered film in `project_dir` (an otio.schema.Timeline)."""
    import opentimelineio as otio

    project = Project(project_dir)
    script = load_script(project.script)
    manifest = project.manifest.read()
    frames: list[int] = []
    missing = []
    for scene in script.scenes:
        entry = manifest.get(project.rel(project.shot(scene.id))) or {}
        if not project.shot(scene.id).is_file() or not isinstance(entry.get("frames"), int):
            missing.append(project.rel(project.shot(scene.id)))
        frames.append(entry.get("frames") or 0)
    if missing:
        raise InputError(f"{project.root}: {', '.join(missing)} not rendered; render the film first "
                         f"(storyreel render {project.root})")
    fps = script.fps
    ec = config.edit
    overlap_s = ec.crossfade_s if ec.transition == "crossfade" and len(script.scenes) > 1 else 0.0
    overlap = round(overlap_s * fps)
    slots = timeline([s.id for s in script.scenes], frames, fps, overlap / fps)
    rate = float(fps)

    def t(n: int):
        return otio.opentime.RationalTime(n, rate)

    def span(start: int, length: int):
        return otio.opentime.TimeRange(t(start), t(length))

    tl = otio.schema.Timeline(name=script.title, global_start_time=t(0))
    tl.metadata["storyreel"] = {
        "project": str(project.root.resolve()), "language": script.language, "fps": fps,
        "size": [script.width, script.height], "transition": ec.transition if overlap else "cut",
        "subtitles": project.subtitles.resolve().as_uri() if project.subtitles.is_file() else None,
        "film": project.film.resolve().as_uri() if project.film.is_file() else None}
    video = otio.schema.Track(name="Shots", kind=otio.schema.TrackKind.Video)
    head_cut, tail_cut = overlap - overlap // 2, overlap // 2  # the transition's frames before / after the cut
    last = len(script.scenes) - 1
    for i, (scene, slot) in enumerate(zip(script.scenes, slots, strict=True)):
        start = head_cut if i > 0 else 0
        length = slot.frames - start - (tail_cut if i < last else 0)
        shot = project.shot(scene.id)
        media = otio.schema.ExternalReference(target_url=shot.resolve().as_uri(),
                                              available_range=span(0, slot.frames))
        clip = otio.schema.Clip(name=scene.id, media_reference=media, source_range=span(start, length))
        clip.metadata["storyreel"] = {"scene": scene.id, "description": scene.description,
                                      "narration": scene.narration, "planned_s": scene.duration_s,
                                      "start_s": round(slot.start_s, 4)}
        clip.markers.append(otio.schema.Marker(
            name=scene.id, marked_range=span(start, 0), color=otio.schema.MarkerColor.GREEN,
            comment=scene.narration, metadata={"storyreel": {"scene": scene.id}}))
        if i > 0 and overlap:
            video.append(otio.schema.Transition(name=f"crossfade {script.scenes[i - 1].id}-{scene.id}",
                                                transition_type=otio.schema.TransitionTypes.SMPTE_Dissolve,
                                                in_offset=t(tail_cut), out_offset=t(head_cut)))
        video.append(clip)
    total = sum(slot.frames for slot in slots) - overlap * last
    audio = otio.schema.Track(name="Narration", kind=otio.schema.TrackKind.Audio)
    if project.narration.is_file():
        media = otio.schema.ExternalReference(target_url=project.narration.resolve().as_uri(),
                                              available_range=span(0, total))
        audio.append(otio.schema.Clip(name="narration", media_reference=media, source_range=span(0, total)))
    tl.tracks.append(video)
    tl.tracks.append(audio)
    return tl


def export_otio(project_dir: Path, path: Path | None, config: Config) -> Path:
    """Write the timeline to `path` (default PROJECT/film.otio) atomically; return the path."""
    import opentimelineio as otio

    tl = build_timeline(project_dir, config)
    path = Path(path) if path is not None else Project(project_dir).root / FILE_NAME
    files.write_text(path, otio.adapters.write_to_string(tl, "otio_json"))
    return path
