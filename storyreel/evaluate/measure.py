"""Measure one film: read the project folder, run every metric, return one JSON-able dict.

The metrics (each defined with its formula in its own module):
1. schedule (schedule.py): planned vs actual lengths, narration fit, subtitle coverage;
2. story fidelity (fidelity.py): strict coverage of the story's sentences, their order,
   repeated scenes, the narration's language; depiction (depiction.py): what each keyframe
   drew (place, time, weather, cast) against what its scene says, and casts that contradict
   their descriptions;
3. frame consistency (consistency.py): within each shot, consecutive and VBench subject form;
4. cross-scene entity consistency (consistency.py): an entity's appearances across scenes
   (crops where the keyframe backend recorded where it drew the entity, the whole keyframe
   otherwise) against each other and against its cast reference;
5. identity (identity.py): dlib face descriptors of a character whose reference shows a face;
6. text alignment (CLIP-T) when a CLIP model is configured;
7. the sound (audio.py): loudness, speech above the background, music and ambience per scene,
   the voice of each quoted line.
Frames are sampled (`eval.samples` per shot); a 5-minute film of 40 shots is measured in about a
minute on 2 cores, most of it ffmpeg decoding up to each shot's last sampled frame (BENCHMARKS.md).
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path

import numpy as np
from PIL import Image

from .. import tools
from ..config import Config
from ..director.progressive import SENTENCES_FILE
from ..director.text import detect_language, split_story
from ..errors import InputError
from ..pipeline import NARRATION_LEAD_S
from ..progress import StageProgress
from ..project import Project
from ..script import Script, load_script
from ..subtitles import parse_srt
from ..voice import wav_seconds
from . import consistency, embedders, frames, identity
from .audio import audio_report
from .depiction import cast_check, depiction
from .fidelity import fidelity
from .schedule import SceneTiming, schedule_metrics

log = logging.getLogger(__name__)


def _rgb(path: Path) -> np.ndarray:
    with Image.open(path) as image:
        if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
            base = Image.new("RGBA", image.size, (127, 127, 127, 255))
            base.alpha_composite(image.convert("RGBA"))
            image = base
        return np.asarray(image.convert("RGB"))


def _shot_seconds(project: Project, manifest: dict, scene_id: str, fps: int) -> float | None:
    entry = manifest.get(f"shots/{scene_id}.mp4") or {}
    if "frames" in entry:
        return entry["frames"] / fps
    shot = project.shot(scene_id)
    return tools.media_duration(shot) if shot.is_file() else None


def _timings(project: Project, script: Script, manifest: dict) -> list[SceneTiming]:
    out = []
    for s in script.scenes:
        voice = project.voice(s.id)
        out.append(SceneTiming(s.id, s.duration_s, _shot_seconds(project, manifest, s.id, script.fps),
                               wav_seconds(voice) if voice.is_file() else None, s.narration))
    return out


def _crossfade(timings: list[SceneTiming], film_s: float | None) -> float:
    """The overlap between scenes, read off the film: shots add up to more than the film."""
    known = [t.actual_s for t in timings]
    if film_s is None or len(known) < 2 or None in known:
        return 0.0
    overlap = (sum(known) - film_s) / (len(known) - 1)
    return overlap if overlap > 0.02 else 0.0


def _appearance(keyframe: np.ndarray, box: list[int] | None) -> np.ndarray:
    if box is None:
        return keyframe
    x0, y0, x1, y1 = box
    return keyframe[y0:y1, x0:x1]


def story_sentences(project: Project) -> list[str] | None:
    """The story's numbered sentences as the planner saved them (director/sentences.json), else
    story.txt split the same way; None without a story."""
    saved = project.root / "director" / SENTENCES_FILE
    try:
        return json.loads(saved.read_text(encoding="utf-8"))["sentences"]
    except (FileNotFoundError, json.JSONDecodeError, KeyError, TypeError):
        pass
    if project.story.is_file():
        return split_story(project.story.read_text(encoding="utf-8")).sentences
    return None


def story_fidelity(project: Project, script: Script) -> dict:
    """Strict coverage, order, repetition and language of the script against its story."""
    sentences = story_sentences(project)
    if not sentences:
        return {"strict_coverage": None, "note": "no story.txt in the project"}
    scenes = [{"id": s.id, "narration": s.narration, "description": s.description} for s in script.scenes]
    names = [e.name for e in script.entities if e.kind == "character"]
    found = fidelity(sentences, scenes, detect_language(" ".join(sentences)), script.language, names)
    found["missing_sentences"] = [sentences[n - 1] for n in found["missing"]]
    return found


def _cast_check(project: Project, script: Script, config: Config) -> list[dict] | dict:
    """Entities whose drawn glyph contradicts their description, from the cast's looks."""
    try:
        looks = json.loads((project.root / "cast" / "looks.json").read_text(encoding="utf-8"))["looks"]
    except (FileNotFoundError, json.JSONDecodeError, KeyError):
        return {"note": "no cast/looks.json (a cast backend without glyphs)"}
    from ..cast import casting, glyphs

    return cast_check(script, looks, casting.animal_words(glyphs.load_catalogue(config.cache_path())))


def evaluate(project_dir: Path, config: Config, progress: StageProgress | None = None) -> dict:
    """Every metric of the film in `project_dir` (script.json plus what was rendered)."""
    project = Project(Path(project_dir))
    if not project.script.is_file():
        raise InputError(f"{project.root} has no script.json: evaluate a storyreel project folder")
    script = load_script(project.script)
    manifest = project.manifest.read()
    ec = config.eval
    progress = progress or StageProgress(None)
    started = time.perf_counter()
    report: dict = {"project": str(project.root), "title": script.title, "scenes": [s.id for s in script.scenes]}

    with progress.stage("eval: schedule", 1) as bar:
        timings = _timings(project, script, manifest)
        film_s = tools.media_duration(project.film) if project.film.is_file() else None
        cues = parse_srt(project.subtitles.read_text(encoding="utf-8")) if project.subtitles.is_file() else None
        report["schedule"] = schedule_metrics(timings, film_s, cues, NARRATION_LEAD_S, _crossfade(timings, film_s))
        bar.advance()

    with progress.stage("eval: audio", 1) as bar:
        report["audio"] = audio_report(project, script)
        bar.advance()

    with progress.stage("eval: story fidelity", 1) as bar:
        report["fidelity"] = story_fidelity(project, script)
        bar.advance()

    with progress.stage("eval: depiction", 1) as bar:
        drawn = {s.id: (manifest.get(f"keyframes/{s.id}.png") or {}).get("drawn") for s in script.scenes}
        report["depiction"] = depiction(script, drawn)
        report["cast_check"] = _cast_check(project, script, config)
        bar.advance()

    embedder = embedders.create(ec.embedder, ec.clip_model)
    clip = embedder if ec.embedder == "clip" else (embedders.create("clip", ec.clip_model) if ec.clip_model else None)
    middle: dict[str, np.ndarray] = {}  # one sampled frame per shot, for identity
    per_scene: dict[str, dict] = {s.id: {} for s in script.scenes}
    shots = [s for s in script.scenes if project.shot(s.id).is_file()]
    with progress.stage("eval: frames", len(shots)) as bar:
        for s in shots:
            bar.describe(f"eval: frames {s.id}")
            # Decoding is most of the cost (ffmpeg already uses both cores); only the middle frame is kept.
            sampled = frames.sample_frames(project.shot(s.id), ec.samples)
            row = per_scene[s.id]
            row.update(consistency.frame_consistency(embedder.embed(sampled)))
            if clip is not None:
                text = clip.embed_text([s.description])
                row["clip_t"] = round(float(consistency.text_alignment(text[0], clip.embed(sampled))), 4)
            middle[s.id] = sampled[len(sampled) // 2]
            bar.advance()
    report["frames"] = per_scene
    if clip is None:
        report["text_alignment"] = {"note": "skipped: no CLIP model configured (eval.clip_model = a local "
                                            "CLIPModel folder, or --clip PATH)"}

    keyframes = {s.id: _rgb(project.keyframe(s.id)) for s in script.scenes if project.keyframe(s.id).is_file()}
    entities: dict[str, dict] = {}
    recurring = [e for e in script.entities if sum(e.id in (*s.entities, s.background) for s in script.scenes) >= 2]
    with progress.stage("eval: entities", len(recurring)) as bar:
        for entity in recurring:
            bar.describe(f"eval: entity {entity.id}")
            crops, located, hidden = {}, 0, 0
            for s in script.scenes:
                if s.id not in keyframes or entity.id not in (*s.entities, s.background):
                    continue
                boxes = (manifest.get(f"keyframes/{s.id}.png") or {}).get("boxes")
                box = boxes.get(entity.id) if boxes is not None and entity.kind != "location" else None
                if boxes is not None and entity.kind != "location" and box is None:
                    hidden += 1  # the backend drew it outside the keyframe (e.g. entering later)
                    continue
                located += box is not None
                crops[s.id] = _appearance(keyframes[s.id], box)
            if len(crops) < 2:
                continue
            vectors = embedder.embed(list(crops.values()))
            reference = project.cast(entity.id)
            ref_vector = embedder.embed([_rgb(reference)])[0] if reference.is_file() else None
            result = consistency.entity_consistency(dict(zip(crops, vectors, strict=True)), ref_vector)
            result["located"] = (f"{located}/{len(crops)} crops" + (f", {hidden} scene(s) off-screen" if hidden else "")
                                 if entity.kind != "location" else "whole keyframe")
            entities[entity.id] = result
            bar.advance()
    report["entities"] = entities

    characters = [e for e in script.entities if e.kind == "character" and project.cast(e.id).is_file()]
    people: dict[str, dict] = {}
    with progress.stage("eval: identity", len(characters)) as bar:
        for entity in characters:
            bar.describe(f"eval: identity {entity.id}")
            reference = _rgb(project.cast(entity.id))
            # Only human characters: a reference without a face (an emoji, an animal) is skipped
            # before any frame is searched, which is most of the cost.
            if identity.descriptor_of(reference) is not None:
                # The keyframe and the middle sampled frame; upsample 0 finds faces from ~80 px
                # at a quarter of the cost of upsampling once.
                scenes = {s.id: [keyframes[s.id], *([middle[s.id]] if s.id in middle else [])]
                          for s in script.scenes if entity.id in s.entities and s.id in keyframes}
                result = identity.identity_metrics(reference, scenes, ec.face_threshold, upsample=0)
                if result["long_term"] is not None:  # some scene shows a face to compare
                    people[entity.id] = result
            bar.advance()
    report["identity"] = people or {"note": "no character with a face dlib can find in both its reference and "
                                            "its scenes"}

    report["summary"] = summarize(report)
    report["seconds"] = round(time.perf_counter() - started, 2)
    log.info("evaluated %s in %.1fs", project.root, report["seconds"])
    return report


def _mean(values) -> float | None:
    values = [v for v in values if v is not None]
    return round(float(np.mean(values)), 4) if values else None


def summarize(report: dict) -> dict:
    """One number per metric for the summary table and comparisons (None when not measured)."""
    sched = report["schedule"]["summary"]
    frames_ = report["frames"].values()
    return {
        "film_error_rel": sched["film_error_rel"],
        "scene_error_mean_s": sched["scene_error_mean_s"],
        "narration_fits": sched["narration_fits"],
        "subtitle_words": sched["subtitle_words"],
        "depiction": report["depiction"]["depiction"],
        "cast_contradictions": len(report["cast_check"]) if isinstance(report["cast_check"], list) else None,
        "strict_coverage": report["fidelity"].get("strict_coverage"),
        "order_tau": report["fidelity"].get("order_tau"),
        "repeated_scenes": len(report["fidelity"]["repeated_pairs"]) if "repeated_pairs" in report["fidelity"] else None,
        "language_match": (float(report["fidelity"]["language"]["match"]) if "language" in report["fidelity"]
                           else None),
        "frame_consistency": _mean(f.get("consecutive") for f in frames_),
        "subject_consistency": _mean(f.get("subject") for f in frames_),
        "entity_cross_scene": _mean(e["cross_scene"] for e in report["entities"].values()),
        "entity_to_reference": _mean(e["to_reference"] for e in report["entities"].values()),
        "identity_long_term": _mean(p.get("long_term") for p in report["identity"].values() if isinstance(p, dict)),
        "identity_short_term": _mean(p.get("short_term") for p in report["identity"].values() if isinstance(p, dict)),
        "clip_t": _mean(f.get("clip_t") for f in frames_),
        "loudness_lufs": report.get("audio", {}).get("integrated"),
        "true_peak_dbtp": report.get("audio", {}).get("true_peak"),
        "speech_margin_db": report.get("audio", {}).get("speech_margin", {}).get("median_db"),
    }
