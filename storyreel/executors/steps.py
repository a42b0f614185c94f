"""The per-item steps of a render, as small picklable objects an executor can send to a worker.

Each step holds only what names its item (an entity id, a scene id, its frame count...);
the script, the settings and the backend come from the worker's `StepEnv`. A step reads
and writes only the project folder (`env.project`), plus the files it is given.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..voice import wav_seconds


@dataclass(frozen=True)
class DrawCast:
    """An entity's reference drawn by the cast backend from its planned look."""

    entity_id: str
    look: dict
    stage = "cast"
    on_driver = False

    def run(self, env, out: Path) -> None:
        env.backend("cast").make(env.script.entity(self.entity_id), self.look, env.script, env.project, out)


@dataclass(frozen=True)
class ImportReference:
    """A user's own picture brought in as the entity's reference (it may live anywhere on the
    driver's disk, so this runs on the driver)."""

    entity_id: str
    source: str  # absolute path
    matting: str  # method, or "none"
    stage = "cast"
    on_driver = True

    def run(self, env, out: Path) -> None:
        from ..cast import import_reference, matting

        cut_out = None
        if self.matting != "none":
            cache = env.config.cache_path()
            cut_out = lambda image: matting.cut_out(image, matting.foreground_mask(image, self.matting, cache))  # noqa: E731
        import_reference(Path(self.source), env.script.entity(self.entity_id), out, cut_out=cut_out)


@dataclass(frozen=True)
class Speak:
    """A scene's narration spoken into a WAV: by the narrator alone, or, where characters speak,
    line by line (`lines`: (text, pitch factor) each, 1.0 the narrator's voice; `speakers`: who
    says each, None for the narrator), each line kept in voice/lines/ so an edit re-voices only
    the lines it changed. Its record says how long it speaks ("speech_s") and, where characters
    speak, where their lines are and when their mouths are open ("spoken": voice/mouths.py)."""

    text: str
    lines: tuple[tuple[str, float], ...] = ()
    voice_key: str = ""
    speakers: tuple[str | None, ...] = ()
    stage = "voice"
    on_driver = False

    def run(self, env, out: Path) -> dict:
        if self.lines:
            from ..timing import AUDIO_RATE
            from ..voice import mouths
            from ..voice.audio import read_pcm
            from ..voice.dialogue import speak_lines

            laid = speak_lines(env.backend("voice"), list(self.lines), env.script.language, out,
                               env.project.root / "voice" / "lines", self.voice_key)
            said = [(speaker, *span) for speaker, span in zip(self.speakers, laid)]
            return {"speech_s": round(wav_seconds(out), 3), "spoken": mouths.spoken(read_pcm(out), AUDIO_RATE, said)}
        env.backend("voice").synthesize(self.text, env.script.language, out)
        return {"speech_s": round(wav_seconds(out), 3)}


@dataclass(frozen=True)
class DrawKeyframe:
    scene_id: str
    stage = "keyframes"
    on_driver = False

    def run(self, env, out: Path) -> dict | None:
        return env.backend("keyframes").render(env.script.scene(self.scene_id), env.script, env.project, out)


@dataclass(frozen=True)
class RenderShot:
    scene_id: str
    frames: int
    crf: int
    preset: str
    # The characters' lines as the shot plays them (voice/mouths.py `shifted`) as JSON, for a backend
    # that moves the speakers' mouths ("": none).
    spoken: str = ""
    stage = "shots"
    on_driver = False

    def run(self, env, out: Path) -> dict:
        scene = env.script.scene(self.scene_id)
        # Only a backend that shows speech is given it (the pipeline adds `spoken` for it alone).
        shown = {"spoken": json.loads(self.spoken)} if self.spoken else {}
        with env.progress.stage(f"  {scene.id}: frames", self.frames, transient=True) as frame_bar:
            drew = env.backend("shots").render(scene, env.script, env.project, self.frames, out, crf=self.crf,
                                               preset=self.preset, on_frame=frame_bar.advance, **shown)
        return {"frames": self.frames, **(drew or {})}


@dataclass(frozen=True)
class ComposeMusic:
    """A scene's part of the score: its mood, as long as its slot and sound.score.TAIL_S more."""

    mood: str
    seconds: float
    index: int  # a number of the scene's own: scenes of one mood still differ
    stage = "sound"
    on_driver = False

    def run(self, env, out: Path) -> None:
        env.backend("sound").music(self.mood, self.seconds, env.script.seed, self.index, out)


@dataclass(frozen=True)
class MakeAmbience:
    """The sound of a scene's place, time and weather, as long as its slot."""

    scape: object  # sound.ambience.Soundscape
    seconds: float
    index: int
    stage = "sound"
    on_driver = False

    def run(self, env, out: Path) -> None:
        env.backend("sound").ambience(self.scape, self.seconds, env.script.seed + self.index, out)


@dataclass(frozen=True)
class WriteSubtitles:
    srt: str
    stage = "edit"
    on_driver = False

    def run(self, env, out: Path) -> None:
        out.write_text(self.srt, encoding="utf-8")


@dataclass(frozen=True)
class BuildNarration:
    """The voices laid on one track as long as the film."""

    slots: tuple
    voices: tuple[str, ...]  # rel paths, in film order
    lead_s: float
    stage = "edit"
    on_driver = False

    def run(self, env, out: Path) -> None:
        root = env.project.root
        env.backend("edit").build_narration(list(self.slots), [root / v for v in self.voices], out,
                                            lead_s=self.lead_s)


@dataclass(frozen=True)
class BuildBed:
    """The scenes' music and ambience laid on one track as long as the film."""

    slots: tuple
    music: tuple[str, ...] | None  # rel paths, in film order; None: no score
    ambience: tuple[str, ...] | None
    tail_s: float
    stage = "edit"
    on_driver = False

    def run(self, env, out: Path) -> None:
        root = env.project.root
        env.backend("edit").build_bed(list(self.slots), [root / m for m in self.music] if self.music else None,
                                      [root / a for a in self.ambience] if self.ambience else None, out,
                                      tail_s=self.tail_s)


@dataclass(frozen=True)
class AssembleFilm:
    shots: tuple[str, ...]  # rel paths, in film order
    slots: tuple
    narration: str
    subtitles: str
    bed: str | None  # rel path: the score and ambience (None: neither)
    music: str | None  # absolute path
    on_driver: bool  # the music is outside the project folder, or workers do not share it
    stage = "edit"

    def run(self, env, out: Path) -> dict:
        root, ec, script = env.project.root, env.config.edit, env.script
        env.backend("edit").assemble(
            [root / s for s in self.shots], list(self.slots), root / self.narration, root / self.subtitles, out,
            bed=root / self.bed if self.bed else None, fps=script.fps, transition=ec.transition,
            crossfade_s=ec.crossfade_s, burn_subtitles=ec.burn_subtitles,
            music=Path(self.music) if self.music else None, music_volume=ec.music_volume, crf=ec.crf,
            preset=ec.preset, language=script.language)
        return {"bed": self.bed, "music": self.music is not None}  # what plays under the narration
