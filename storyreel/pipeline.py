"""The production line: script.json -> cast -> voice -> keyframes -> shots -> sound -> edit -> film.mp4.

Each artifact has a cache key: the hash of everything it is made from (its inputs'
keys, the backend and its version, the settings that matter). An artifact is reused
when its file exists and the manifest records the same key, so a re-run does only
what changed and a killed run resumes from what is on disk. Voice runs before the
pictures because a narration longer than its scene stretches the scene.

Every per-item step reads and writes only the project folder: `_build` hands each stale
artifact to an executor (storyreel/executors) as a job, with the artifacts it reads; the
local executor makes it at once, here, in this order; the Ray executor runs the jobs on a
cluster, each when what it reads is made. This process computes every key and is the only
writer of the manifest, whichever executor runs the jobs.

`plan_render` is a dry run of the same code path: every key is computed as for a render,
nothing is made, and the artifacts whose key the manifest does not hold are listed (the
invalidation plan of an edit). An output that decides later keys (a voice's length times
its shot and the film) is unknown until it is made: it stands in those keys as
"pending:<its own key>", so whatever it decides is stale too, and says why.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__, executors, files
from .cast import REGISTRY as CAST
from .cast import matting
from .config import Config
from .diffusion import models
from .edit import REGISTRY as EDIT
from .errors import InputError
from .executors import BackendSpec, Job
from .executors import steps as make
from .keyframes import REGISTRY as KEYFRAMES
from .progress import StageProgress
from .project import Project, identity
from .script import Entity, Scene, Script, load_script, save_script
from .shots import REGISTRY as SHOTS
from .sound import REGISTRY as SOUND
from .subtitles import scene_cues, to_srt
from .timing import Slot, film_seconds, frame_count, scene_seconds, timeline
from .voice import check_language, dialogue, mouths
from .voice import resolve as resolve_voice
from .voice import wav_seconds

log = logging.getLogger(__name__)
NARRATION_LEAD_S = 0.15  # a breath of silence before each scene's narration


@dataclass
class RenderSummary:
    """What a render did, for the CLI summary and for callers of the API."""

    project: Path
    film: Path
    scenes: int
    film_seconds: float
    stage_seconds: dict[str, float] = field(default_factory=dict)
    made: dict[str, int] = field(default_factory=dict)
    reused: dict[str, int] = field(default_factory=dict)
    stretched: list[tuple[str, float, float]] = field(default_factory=list)  # (scene, planned, real)
    skipped: dict[str, int] = field(default_factory=dict)  # stale, but outside the scenes asked for


@dataclass
class PlannedArtifact:
    """One artifact in a dry run: made from the current inputs already (fresh) or not (stale)."""

    path: str  # relative to the project, e.g. "shots/s2.mp4"
    stage: str  # cast, voice, keyframes, shots, sound, edit
    stale: bool
    reason: str = ""  # why it is stale: "not made yet", "file missing", "inputs changed"
    because: list[str] = field(default_factory=list)  # stale artifacts among its inputs

    @property
    def scene(self) -> str | None:
        folder, _, name = self.path.partition("/")
        return Path(name).stem if folder in ("voice", "keyframes", "shots", "music", "ambience") else None

    @property
    def entity(self) -> str | None:
        folder, _, name = self.path.partition("/")
        return Path(name).stem if folder == "cast" else None

    def to_dict(self) -> dict:
        return {"path": self.path, "stage": self.stage, "scene": self.scene, "entity": self.entity,
                "stale": self.stale, "reason": self.reason, "because": self.because}


@dataclass
class RenderPlan:
    """What a render would make now (`plan_render`): the invalidation plan of the edits since
    the last render, computed from the same cache keys as the render itself."""

    project: Path
    artifacts: list[PlannedArtifact] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def stale(self) -> list[PlannedArtifact]:
        return [a for a in self.artifacts if a.stale]

    def stale_scenes(self) -> dict[str, list[str]]:
        """Scene id -> its stale stages (voice, keyframes, shots, sound), in film order."""
        out: dict[str, list[str]] = {}
        for a in self.stale:
            if a.scene is not None and a.stage not in out.get(a.scene, []):
                out.setdefault(a.scene, []).append(a.stage)
        return out

    def stale_entities(self) -> list[str]:
        return [a.entity for a in self.stale if a.entity is not None]

    @property
    def film_stale(self) -> bool:
        return any(a.path == "film.mp4" and a.stale for a in self.artifacts)

    def to_dict(self) -> dict:
        counts: dict[str, int] = {}
        for a in self.stale:
            counts[a.stage] = counts.get(a.stage, 0) + 1
        return {"stale": [a.to_dict() for a in self.stale], "scenes": self.stale_scenes(),
                "entities": self.stale_entities(), "film": self.film_stale, "counts": counts,
                "fresh": sum(not a.stale for a in self.artifacts), "notes": self.notes}


def _pending(key: str) -> str:
    """Stands for an output that is not made yet, in the keys it decides (see the module docstring)."""
    return f"pending:{key}"


def _is_pending(value) -> bool:
    return isinstance(value, str) and value.startswith("pending:")


@dataclass
class Context:
    project: Project
    script: Script
    config: Config
    summary: RenderSummary
    progress: StageProgress = field(default_factory=lambda: StageProgress(None))
    keys: dict[str, str] = field(default_factory=dict)  # artifact rel path -> key, filled stage by stage
    plan: RenderPlan | None = None  # a dry run (plan_render): record what is stale, make nothing
    only: set[str] | None = None  # artifacts that may be made (rel paths); None = all
    force: set[str] = field(default_factory=set)  # artifacts made again even when up to date
    executor: executors.Executor | None = None  # runs the jobs (None in a dry run)


def _stale_reason(ctx: Context, path: Path, rel: str) -> str:
    entry = ctx.project.manifest.get(rel)
    if rel in ctx.force:
        return "asked to make it again"
    if not entry:
        return "not made yet"
    if not Path(path).is_file():
        return "file missing"
    if entry.get("key") == ctx.keys.get(rel):
        damage = ctx.project.damage(path, entry)
        if damage:
            return f"file changed on disk: {damage}"
    return "inputs changed"


def _build(ctx: Context, path: Path, inputs: dict, backend: str, version: str, step, stage: str, *,
           after: tuple[str, ...] = (), reads: tuple[str, ...] = (), label: str = "") -> str:
    """Make `path` from `inputs` with `step` unless the manifest says it is already made from them.

    `after` names the artifacts the step reads (it waits while any is being made), `reads`
    the files to send a worker that does not share the project folder."""
    key = files.sha256_json({"inputs": inputs, "backend": backend, "version": version})
    rel = ctx.project.rel(path)
    ctx.keys[rel] = key
    summary = ctx.summary
    if rel not in ctx.force and ctx.project.fresh(path, key):
        summary.reused[stage] = summary.reused.get(stage, 0) + 1
        if ctx.plan is not None:
            ctx.plan.artifacts.append(PlannedArtifact(rel, stage, False))
        return key
    if ctx.plan is not None:  # a dry run: name it and what among its inputs is stale too
        blob = json.dumps(inputs, sort_keys=True, default=str)
        because = [a.path for a in ctx.plan.stale if ctx.keys.get(a.path, "\0") in blob]
        ctx.plan.artifacts.append(PlannedArtifact(rel, stage, True, _stale_reason(ctx, path, rel), because))
        return key
    if ctx.only is not None and rel not in ctx.only:
        summary.skipped[stage] = summary.skipped.get(stage, 0) + 1
        return key
    _executor(ctx).submit(Job(stage, rel, key, backend, version, step, after, reads, label or rel))
    return key


def _executor(ctx: Context) -> executors.Executor | None:
    """The render's executor; None in a dry run. A stage run on its own (bench/bench.py calls
    run_cast) gets the local executor, every job made here, at once."""
    if ctx.plan is None and ctx.executor is None:
        from .executors.local import LocalExecutor

        inline = ctx.config.model_copy(update={"local": ctx.config.local.model_copy(update={"workers": 1})})
        ctx.executor = LocalExecutor(inline, lambda job, result: _record(ctx, job, result), ctx.progress)
        ctx.executor.begin(ctx.script, ctx.config, ctx.project.root)
    return ctx.executor


def _record(ctx: Context, job: Job, result: executors.Result) -> None:
    """A job is done: the manifest records its key (only this process writes the manifest)."""
    extra = dict(result.extra)
    if result.node:
        extra["node"] = result.node
    made = ctx.project.root / job.rel
    if made.is_file():  # what was written, so a file damaged or replaced later is found stale
        extra["size"], extra["sha256"] = identity(made)
    ctx.project.manifest.record(job.rel, job.key, job.backend, job.version, result.seconds, **extra)
    ctx.summary.made[job.stage] = ctx.summary.made.get(job.stage, 0) + 1
    log.info("%s: made %s in %.2fs%s", job.stage, job.rel, result.seconds,
             f" on {result.node}" if result.node else "")


def _default_reference(project: Project, entity: Entity) -> str:
    return project.rel(project.cast(entity.id))


def _looks_path(project: Project) -> Path:
    return project.root / "cast" / "looks.json"


def _looks_key(script: Script, backend) -> str:
    return files.sha256_json({"entities": [e.model_dump(exclude={"reference"}) for e in script.entities],
                              "backend": backend.name, "version": backend.version,
                              "size": [script.width, script.height]})


def plan_looks(project: Project, script: Script, backend) -> dict[str, dict]:
    """The cast backend's looks for the script, planned and kept in cast/looks.json (or read
    from it when the entities did not change): planning them may load an embedding model and
    ask the language model, which a re-render should not pay for again. `storyreel plan` calls
    this with the model it planned with, so the render finds the looks made."""
    path = _looks_path(project)
    key = _looks_key(script, backend)
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
        if saved.get("key") == key:
            return saved["looks"]
    except (FileNotFoundError, json.JSONDecodeError, AttributeError):
        pass
    looks = backend.plan(script)
    files.write_json(path, {"key": key, "looks": looks})
    return looks


def _saved_looks(project: Project) -> dict[str, dict]:
    """The looks in cast/looks.json as the cast stage last planned them ({} when there are none)."""
    try:
        saved = json.loads(_looks_path(project).read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return {}
    looks = saved.get("looks") if isinstance(saved, dict) else None
    return looks if isinstance(looks, dict) else {}


def _looks(ctx: Context, backend) -> dict[str, dict]:
    """The looks of the render's script (`plan_looks`); a dry run plans none."""
    if ctx.plan is not None:
        # A dry run plans no looks (that may load models): each entity keeps the look saved for
        # it, so an entity whose own description changed is stale, and a new one has none yet.
        try:
            saved = json.loads(_looks_path(ctx.project).read_text(encoding="utf-8"))
        except (FileNotFoundError, json.JSONDecodeError):
            saved = {}
        if isinstance(saved, dict) and saved.get("key") == _looks_key(ctx.script, backend):
            return saved["looks"]
        known = saved.get("looks") if isinstance(saved, dict) and isinstance(saved.get("looks"), dict) else {}
        if known:
            ctx.plan.notes.append("the looks are planned again at render time; an edited entity's new look can "
                                  "also change the looks chosen after it")
        return {e.id: known.get(e.id, {"unplanned": e.id}) for e in ctx.script.entities}
    return plan_looks(ctx.project, ctx.script, backend)


@contextlib.contextmanager
def _backend(registry, name: str, ctx: Context, **kwargs):
    """A stage's backend for the length of the stage; whatever it loaded (a model) is freed
    at the end, so the next stage's model has the memory to itself. The executor gets it (for
    the steps it runs here) and how to make it (for its workers)."""
    backend = registry.create(name, config=ctx.config, **kwargs)
    try:
        _use(ctx, BackendSpec(registry.stage, name), backend)
        yield backend
    finally:
        backend.close()


def _use(ctx: Context, spec: BackendSpec, backend) -> None:
    executor = _executor(ctx)
    if executor is not None:
        executor.use(spec, backend)


def _reference_matting(ctx: Context, entity: Entity) -> str:
    """How a user's own picture of a character or object is cut out ("none" for locations,
    or when the matting extra is not installed)."""
    if entity.kind == "location":
        return "none"
    return matting.method_for(ctx.config.diffusion.matting, entity.kind, matting.available(ctx.config.cache_path()))


def run_cast(ctx: Context, bar) -> None:
    with _backend(CAST, ctx.config.backends.cast, ctx, cache_dir=ctx.config.cache_path()) as backend:
        _run_cast(ctx, backend, bar)


def _run_cast(ctx: Context, backend, bar) -> None:
    looks = _looks(ctx, backend)
    changed = False
    for entity in ctx.script.entities:
        bar.describe(f"cast: {entity.id}")
        path = ctx.project.cast(entity.id)
        user_ref = entity.reference not in (None, _default_reference(ctx.project, entity))
        if user_ref:
            src = ctx.project.resolve(entity.reference)
            source_hash = files.sha256_file(src) if src.is_file() else "missing"
            method = _reference_matting(ctx, entity)
            inputs = {"entity": entity.model_dump(exclude={"reference"}), "source": source_hash, "matting": method}
            _build(ctx, path, inputs, "user-reference", __version__,
                   make.ImportReference(entity.id, str(src.absolute()), method), "cast", label=f"entity {entity.id}")
        else:
            inputs = {"entity": entity.model_dump(exclude={"reference"}), "look": looks[entity.id],
                      "size": [ctx.script.width, ctx.script.height], "style": ctx.script.style}
            _build(ctx, path, inputs, backend.name, backend.version, make.DrawCast(entity.id, looks[entity.id]),
                   "cast", label=f"entity {entity.id}")
            if entity.reference is None:
                entity.reference = _default_reference(ctx.project, entity)
                changed = True
        bar.advance()
    if changed and ctx.plan is None:  # the contract says the cast stage fills in `reference`
        save_script(ctx.script, ctx.project.script)
        _executor(ctx).script_changed()


def voices(script: Script) -> dict[str, float]:
    """Each character's voice, as a pitch factor on the narrator's (voice/dialogue.py `voice_of`):
    by what the words say it is (sex, age, species), in registry order, no two alike."""
    from .cast.people import said_of

    taken: list[float] = []
    out: dict[str, float] = {}
    for entity in script.entities:
        if entity.kind == "character":
            out[entity.id] = dialogue.voice_of(said_of(entity, script.language), taken)
            taken.append(out[entity.id])
    return out


def run_voice(ctx: Context, bar) -> dict[str, float | str]:
    """Synthesize each scene's narration; return the spoken length per scene (a pending
    marker for a voice a dry run, or a render of other scenes, did not make)."""
    vc = ctx.config.voice
    check_language([s.narration for s in ctx.script.scenes], ctx.script.language)
    backend = resolve_voice(ctx.config.backends.voice, ctx.script.language,
                            words_per_minute=vc.words_per_minute, espeak_voice=vc.espeak_voice)
    _use(ctx, BackendSpec("voice", backend.name, (("language", ctx.script.language),
                                                  ("words_per_minute", vc.words_per_minute),
                                                  ("espeak_voice", vc.espeak_voice))), backend)
    keys: dict[str, str] = {}
    pitches = voices(ctx.script)
    voice_key = files.sha256_json([backend.name, backend.version, ctx.script.language, vc.words_per_minute,
                                   vc.espeak_voice])[:16]
    for scene in ctx.script.scenes:
        bar.describe(f"voice: {scene.id}")
        said = dialogue.lines(scene.narration, scene.speakers)
        # A scene where a character speaks is read line by line, each speaker in its own voice.
        lines = tuple((line.text, pitches.get(line.speaker, 1.0)) for line in said) \
            if any(line.speaker for line in said) else ()
        # Its record says where each character's line is and when its mouth opens (voice/mouths.py).
        speakers = tuple(line.speaker for line in said) if lines else ()
        spoken = {"lines": lines, "speakers": speakers, "mouths": mouths.VERSION} if lines else {}
        inputs = {"text": scene.narration, "language": ctx.script.language,
                  "wpm": vc.words_per_minute, "voice": vc.espeak_voice, **spoken}
        keys[scene.id] = _build(ctx, ctx.project.voice(scene.id), inputs, backend.name, backend.version,
                                make.Speak(scene.narration, lines, voice_key, speakers), "voice",
                                label=f"scene {scene.id}")
        bar.advance()
    if ctx.executor is not None:  # the lengths decide the shots' frames: wait for the voices
        ctx.executor.wait([ctx.project.rel(ctx.project.voice(s.id)) for s in ctx.script.scenes])
    made = ctx.plan is None and ctx.only is None  # a full render made it or found it made
    lengths: dict[str, float] = {}
    for scene in ctx.script.scenes:
        path = ctx.project.voice(scene.id)
        lengths[scene.id] = wav_seconds(path) if made or ctx.project.fresh(path, keys[scene.id]) \
            else _pending(keys[scene.id])
    return lengths


def schedule(script: Script, speech: dict[str, float], config: Config) -> list[Slot]:
    """Frames per scene (planned length, stretched to fit the narration) and where each starts."""
    overlap = config.edit.crossfade_s if config.edit.transition == "crossfade" and len(script.scenes) > 1 else 0.0
    frames = [frame_count(scene_seconds(s.duration_s, speech[s.id], config.voice.pause_s + overlap), script.fps)
              for s in script.scenes]
    return timeline([s.id for s in script.scenes], frames, script.fps, overlap)


def _schedule(script: Script, speech: dict, config: Config) -> list[Slot]:
    """`schedule`, where a pending voice leaves its scene's length, and the start of every
    scene after it, pending on that voice's key."""
    if not any(_is_pending(v) for v in speech.values()):
        return schedule(script, speech, config)
    slots = schedule(script, {k: 0.0 if _is_pending(v) else v for k, v in speech.items()}, config)
    out, waiting = [], None
    for slot in slots:
        own = speech[slot.scene_id] if _is_pending(speech[slot.scene_id]) else None
        out.append(Slot(slot.scene_id, waiting or slot.start_s, own or slot.frames, own or slot.seconds))
        waiting = waiting or own
    return out


def _visual_inputs(ctx: Context, scene: Scene) -> dict:
    """Everything a scene's pictures depend on (not its narration, nor what is only heard: who says
    a line, the mood the score plays)."""
    cast_keys = {eid: ctx.keys[ctx.project.rel(ctx.project.cast(eid))] for eid in [*scene.entities, scene.background]}
    return {"scene": scene.model_dump(exclude={"narration", "duration_s", "source", "speakers", "mood"}),
            "cast": cast_keys,
            "size": [ctx.script.width, ctx.script.height], "seed": ctx.script.seed}


def _keyframe_key(ctx: Context, scenes: list[Scene], index: int) -> str | None:
    """The cache key of scenes[index]'s keyframe; None past either end."""
    if not 0 <= index < len(scenes):
        return None
    return ctx.keys[ctx.project.rel(ctx.project.keyframe(scenes[index].id))]


def _cast_rels(ctx: Context) -> tuple[str, ...]:
    """Every entity's reference: a scene's pictures start once the cast is drawn."""
    return tuple(ctx.project.rel(ctx.project.cast(e.id)) for e in ctx.script.entities)


def _keyframe_rel(ctx: Context, scenes: list[Scene], index: int) -> tuple[str, ...]:
    """scenes[index]'s keyframe (rel path), none past either end."""
    return (ctx.project.rel(ctx.project.keyframe(scenes[index].id)),) if 0 <= index < len(scenes) else ()


def run_keyframes(ctx: Context, bar) -> None:
    with _backend(KEYFRAMES, ctx.config.backends.keyframes, ctx) as backend:
        scenes = ctx.script.scenes
        for index, scene in enumerate(scenes):
            bar.describe(f"keyframes: {scene.id}")
            inputs = _visual_inputs(ctx, scene)
            after = _cast_rels(ctx)
            if backend.uses_previous_keyframe:  # rolling context: an edit also re-renders the next keyframes
                inputs["previous_keyframe"] = _keyframe_key(ctx, scenes, index - 1)
                after += _keyframe_rel(ctx, scenes, index - 1)  # a chain: made once the previous one is
            _build(ctx, ctx.project.keyframe(scene.id), inputs, backend.name, backend.version,
                   make.DrawKeyframe(scene.id), "keyframes", after=after, reads=("cast/", *after[len(_cast_rels(ctx)):]),
                   label=f"scene {scene.id}")
            bar.advance()


def run_shots(ctx: Context, slots: list[Slot], bar) -> None:
    with _backend(SHOTS, ctx.config.backends.shots, ctx) as backend:
        _run_shots(ctx, backend, slots, bar)


def _spoken(ctx: Context, scene: Scene, slot: Slot) -> list[dict] | str:
    """The lines the characters on screen say in a scene, as its shot plays them (voice/mouths.py
    `shifted`: its voice starts NARRATION_LEAD_S in), read from its voice's record; its voice's
    pending marker where its length (so its frames) is pending."""
    if _is_pending(slot.frames):
        return slot.frames
    entry = ctx.project.manifest.get(ctx.project.rel(ctx.project.voice(scene.id))) or {}
    return mouths.shifted(entry.get("spoken") or [], NARRATION_LEAD_S, set(scene.entities))


def _run_shots(ctx: Context, backend, slots: list[Slot], bar) -> None:
    ec = ctx.config.edit
    scenes = ctx.script.scenes
    for index, (scene, slot) in enumerate(zip(scenes, slots, strict=True)):
        bar.describe(f"shots: {scene.id}")
        inputs = {"visual": _visual_inputs(ctx, scene), "keyframe": _keyframe_key(ctx, scenes, index),
                  "frames": slot.frames, "fps": ctx.script.fps, "crf": ec.crf, "preset": ec.preset}
        # A backend that moves the speakers' mouths draws their lines: who says one and when is seen.
        spoken = _spoken(ctx, scene, slot) if getattr(backend, "shows_speech", False) else []
        if spoken:
            inputs["spoken"] = spoken
        keyframes = _keyframe_rel(ctx, scenes, index)  # a shot starts once its keyframe is made
        if backend.uses_next_keyframe:  # first-last-frame: the shot ends on the next keyframe
            inputs["next_keyframe"] = _keyframe_key(ctx, scenes, index + 1)
            keyframes += _keyframe_rel(ctx, scenes, index + 1)
        _build(ctx, ctx.project.shot(scene.id), inputs, backend.name, backend.version,
               make.RenderShot(scene.id, slot.frames, ec.crf, ec.preset,
                               json.dumps(spoken) if spoken and not _is_pending(spoken) else ""),
               "shots", after=_cast_rels(ctx) + keyframes,
               reads=("cast/", *keyframes), label=f"scene {scene.id}")
        bar.advance()


def _scores(config: Config) -> bool:
    """The original score plays unless it is turned off or the user's music file replaces it."""
    return config.edit.score and not config.edit.music


def run_sound(ctx: Context, slots: list[Slot], bar) -> None:
    """Each scene's part of the score (its mood) and its ambience (its place, time and weather),
    each a WAV of its own, so an edit to one scene makes only that scene's sound again."""
    from .sound import ambience

    ec, script = ctx.config.edit, ctx.script
    looks = _saved_looks(ctx.project)  # a place sounds as the cast drew it (a cottage drawn as a room is quiet)
    with _backend(SOUND, ctx.config.backends.sound, ctx) as backend:
        for scene, slot in zip(script.scenes, slots, strict=True):
            bar.describe(f"sound: {scene.id}")
            # scenes of one mood differ by a number of their own: the scene's id, not its place, so
            # moving a scene keeps its music
            index = int(files.sha256_json(["scene", scene.id])[:8], 16)
            timing = {"frames": slot.frames, "fps": script.fps, "seed": script.seed, "index": index}
            if _scores(ctx.config):
                _build(ctx, ctx.project.music(scene.id), {"mood": scene.mood, **timing}, backend.name,
                       backend.version, make.ComposeMusic(scene.mood, slot.seconds, index), "sound",
                       label=f"scene {scene.id}")
            if ec.ambience:  # thunder falls on the drawn flashes, which depend on the scene's frames
                look = looks.get(scene.background)
                scape = None if _is_pending(slot.frames) else ambience.soundscape_of(
                    scene, script, slot.frames, script.fps, look=look if isinstance(look, dict) and "terrain" in look
                    else None)
                heard = dataclasses.asdict(scape) if scape is not None else slot.frames
                place = ctx.keys[ctx.project.rel(ctx.project.cast(scene.background))]  # as the cast draws it
                _build(ctx, ctx.project.ambience(scene.id), {"soundscape": heard, "place": place, **timing},
                       backend.name, backend.version, make.MakeAmbience(scape, slot.seconds, index), "sound",
                       label=f"scene {scene.id}")
            bar.advance()


def run_edit(ctx: Context, slots: list[Slot], speech: dict[str, float], bar) -> None:
    p, ec, script = ctx.project, ctx.config.edit, ctx.script
    pending = [v for v in speech.values() if _is_pending(v)]
    if pending:  # the cues wait for the voices that are not made
        srt = " ".join(pending)
    else:
        names = {e.id: e.name for e in script.entities if e.kind == "character"}
        cues = [cue for scene, slot in zip(script.scenes, slots, strict=True)  # a character's line names it
                for cue in scene_cues(dialogue.subtitled(scene.narration, scene.speakers, names),
                                      slot.start_s + NARRATION_LEAD_S, speech[scene.id])]
        srt = to_srt(cues)
    timing = [[s.scene_id, s.frames, s.start_s if _is_pending(s.start_s) else round(s.start_s, 4)] for s in slots]
    voice_keys = [ctx.keys[p.rel(p.voice(s.id))] for s in script.scenes]

    editor = EDIT.create(ctx.config.backends.edit)
    _use(ctx, BackendSpec("edit", ctx.config.backends.edit), editor)
    srt_key = _build(ctx, p.subtitles, {"srt": srt}, "srt", __version__, make.WriteSubtitles(srt), "edit",
                     label="subtitles")
    bar.advance()
    voices = tuple(p.rel(p.voice(s.id)) for s in script.scenes)
    narration_key = _build(ctx, p.narration, {"voices": voice_keys, "timing": timing}, editor.name, editor.version,
                           make.BuildNarration(tuple(slots), voices, NARRATION_LEAD_S), "edit", after=voices,
                           reads=voices, label="narration")
    bar.advance()
    bed, bed_key = _bed(ctx, editor, slots, timing)
    bar.advance()
    music = p.resolve(ec.music) if ec.music else None
    inputs = {"shots": [ctx.keys[p.rel(p.shot(s.id))] for s in script.scenes], "narration": narration_key,
              "bed": bed_key,
              "subtitles": srt_key, "timing": timing, "edit": ec.model_dump(),
              "music": files.sha256_file(music) if music and music.is_file() else None,
              "language": script.language}
    shots = tuple(p.rel(p.shot(s.id)) for s in script.scenes)
    outside = music is not None and not music.absolute().is_relative_to(p.root.absolute())
    film = make.AssembleFilm(shots, tuple(slots), p.rel(p.narration), p.rel(p.subtitles), bed,
                             str(music.absolute()) if music else None, on_driver=outside)
    reads = (*shots, p.rel(p.narration), p.rel(p.subtitles), *((bed,) if bed else ()))
    _build(ctx, p.film, inputs, editor.name, editor.version, film, "edit", after=reads, reads=reads, label="film")
    bar.advance()


def _bed(ctx: Context, editor, slots: list[Slot], timing: list) -> tuple[str | None, str | None]:
    """The score and ambience laid on one track as long as the film: (its rel path, its key), or
    (None, None) when neither plays."""
    from .sound.score import TAIL_S

    p, scenes = ctx.project, ctx.script.scenes
    music = tuple(p.rel(p.music(s.id)) for s in scenes) if _scores(ctx.config) else None
    ambience = tuple(p.rel(p.ambience(s.id)) for s in scenes) if ctx.config.edit.ambience else None
    if music is None and ambience is None:
        return None, None
    tracks = (*(music or ()), *(ambience or ()))
    inputs = {"music": [ctx.keys[m] for m in music] if music else None,
              "ambience": [ctx.keys[a] for a in ambience] if ambience else None, "timing": timing, "tail_s": TAIL_S}
    key = _build(ctx, p.bed, inputs, editor.name, editor.version, make.BuildBed(tuple(slots), music, ambience, TAIL_S),
                 "edit", after=tracks, reads=tracks, label="sound bed")
    return p.rel(p.bed), key


def scene_artifacts(project: Project, script: Script, scene_ids: list[str]) -> set[str]:
    """The artifacts (rel paths) that belong to the named scenes: their voices, keyframes and
    shots, and the cast of the entities they show."""
    known = {s.id: s for s in script.scenes}
    missing = [sid for sid in scene_ids if sid not in known]
    if missing:
        raise InputError(f"no scene {', '.join(map(repr, missing))} in script.json; scenes: {', '.join(known)}")
    out: set[str] = set()
    for sid in scene_ids:
        scene = known[sid]
        out |= {project.rel(project.voice(sid)), project.rel(project.keyframe(sid)), project.rel(project.shot(sid))}
        out |= {project.rel(project.cast(eid)) for eid in [*scene.entities, scene.background]}
    return out


def plan_render(project_dir: Path, config: Config) -> RenderPlan:
    """A dry run of `render`: which artifacts are stale (with why), from the same cache keys;
    nothing is made or written."""
    project = Project(project_dir)
    script = load_script(project.script)
    summary = RenderSummary(project.root, project.film, len(script.scenes), 0.0)
    plan = RenderPlan(project.root)
    _run_stages(Context(project, script, config, summary, StageProgress(None), plan=plan))
    return plan


def render(project_dir: Path, config: Config, progress: StageProgress | None = None, *,
           scenes: list[str] | None = None, force: bool = False) -> RenderSummary:
    """Render script.json in `project_dir` into film.mp4, reusing every unchanged artifact.

    `scenes` renders only those scenes' artifacts (and the cast they show), not the film:
    a preview. `force` makes artifacts again even when they are up to date: the named
    scenes' voices, keyframes and shots, or without `scenes` everything."""
    project = Project(project_dir)
    script = load_script(project.script)
    only = scene_artifacts(project, script, scenes) if scenes is not None else None
    models.preflight(config.backends, config.diffusion)
    if _scores(config):  # a missing SoundFont is said before anything is made, not at the sound stage
        from .sound import score

        score.soundfont()
    with project.rendering():  # one render of a project at a time (another one is refused)
        project.ensure()
        removed = files.clean_stale_temps(project.root)
        if removed:
            log.info("removed %d temporary file(s) left by an interrupted run", removed)
        summary = RenderSummary(project.root, project.film, len(script.scenes), 0.0)
        ctx = Context(project, script, config, summary, progress or StageProgress(None), only=only)
        if force:
            ctx.force = {a for a in only if not a.startswith("cast/")} if only is not None \
                else _all_artifacts(project, script)
        return _run_stages(ctx)


def _all_artifacts(project: Project, script: Script) -> set[str]:
    out = scene_artifacts(project, script, [s.id for s in script.scenes])
    out |= {project.rel(f(s.id)) for s in script.scenes for f in (project.music, project.ambience)}
    return out | {project.rel(p) for p in (project.subtitles, project.narration, project.bed, project.film)}


def _run_stages(ctx: Context) -> RenderSummary:
    if ctx.plan is not None:
        return _stages(ctx)
    ctx.executor = executors.create(ctx.config, lambda job, result: _record(ctx, job, result), ctx.progress)
    failed = True
    try:
        ctx.executor.begin(ctx.script, ctx.config, ctx.project.root)
        summary = _stages(ctx)
        failed = False
        return summary
    finally:
        ctx.executor.close(failed)


def _stages(ctx: Context) -> RenderSummary:
    script, summary = ctx.script, ctx.summary
    n = len(script.scenes)

    def timed(stage: str, total: int, fn, *args):
        started = time.perf_counter()
        with ctx.progress.stage(stage, total) as bar:
            result = fn(ctx, *args, bar)
            if ctx.executor is not None:  # the local pool finishes the stage's jobs here; Ray moves on
                ctx.executor.release(stage)
        summary.stage_seconds[stage] = round(time.perf_counter() - started, 2)
        return result

    timed("cast", len(script.entities), run_cast)
    speech = timed("voice", n, run_voice)
    slots = _schedule(script, speech, ctx.config)
    timed("keyframes", n, run_keyframes)
    timed("shots", n, run_shots, slots)
    timed("sound", n, run_sound, slots)
    timed("edit", 4, run_edit, slots, speech)
    if ctx.executor is not None:
        ctx.executor.wait()  # the jobs still running elsewhere (nothing with the local executor)
        if ctx.executor.asynchronous:  # stages overlap: a stage's time is from its first job to its last
            for stage, (first, last) in ctx.executor.spans.items():
                summary.stage_seconds[stage] = round(max(last - first, 0.0), 2)

    if not any(_is_pending(s.seconds) for s in slots):
        summary.film_seconds = film_seconds(slots)
    for scene, slot in zip(script.scenes, slots, strict=True):
        if not _is_pending(slot.seconds) and slot.seconds > scene.duration_s + 0.5 / script.fps:
            summary.stretched.append((scene.id, scene.duration_s, round(slot.seconds, 2)))
    return summary
