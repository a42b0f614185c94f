"""Shots from an image-to-video model: the keyframe set in motion, for as long as the scene lasts.

A scene longer than one clip is made of chunks (diffusion/chunks.py): the first starts
from the keyframe, each extension is conditioned on the last frames of the one before
and anchored on the keyframe (so the tenth chunk still looks like the first), and the
camera move of the script is imposed during sampling (diffusion/camera.py). With
`bridge`, the last chunk ends on the next scene's keyframe (first-last-frame mode).

The model's own code lives in one file per pipeline: ltx.py (LTX-Video) and wan.py
(Wan2.1). Frames are generated at the model's frame rate, resampled to the script's,
and streamed into ffmpeg as soon as they are final.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PIL import Image

from ..config import Config
from ..diffusion import loading, models
from ..diffusion.camera import View, shot_views, warp_image
from ..diffusion.chunks import Chunk, plan_chunks, resample
from ..diffusion.common import fit_size, flatten, scene_prompt, seed_for, settings_version, to_script_size
from ..errors import StoryreelError
from ..project import Project
from ..script import Scene, Script
from . import REGISTRY, FrameWriter, ltx, wan
from .driver import ChunkRequest, Driver


def drivers() -> dict[str, Driver]:
    return {"ltx": ltx.LTXDriver(), "wan": wan.WanDriver()}


def latent_views(views: list[View], chunk: Chunk, ratio: int) -> list[View]:
    """The camera view of each latent frame of `chunk`, relative to the chunk's first frame
    (latent frame i stands for generated frame i * ratio)."""
    count = (chunk.length - 1) // ratio + 1
    start = views[chunk.start]
    return [views[chunk.start + min(i * ratio, chunk.length - 1)].relative_to(start) for i in range(count)]


@REGISTRY.register("diffusion")
class DiffusionShots:
    """Image-to-video shots of the planned length, extended chunk by chunk."""

    name = "diffusion"

    def __init__(self, config: Config):
        self.config = config
        dc = config.diffusion
        self.model = models.resolve(dc.video_model, dc, task="video")
        self.driver = drivers()[self.model.spec.family]
        spec = self.model.spec
        self.steps, self.guidance = self.model.sampling(dc.video_steps, dc.video_guidance)
        self.chunk_frames = dc.chunk_frames or spec.chunk_frames
        self.overlap = dc.overlap_frames or spec.overlap_frames
        self.uses_next_keyframe = dc.bridge
        self.version = settings_version(
            "shots", spec.name, self.model.tuned, self.steps, self.guidance, self.chunk_frames, self.overlap,
            dc.negative_prompt, dc.anchor_strength, dc.bridge, dc.camera_start, dc.camera_stop, dc.camera_blend)
        self.slot = loading.PipelineSlot(lambda: self.driver.load(self.model, config))
        self.last_requests: list[ChunkRequest] = []  # the chunks of the last shot, for logs and tests

    def _keyframes(self, scene: Scene, script: Script, project: Project) -> tuple[Image.Image, Image.Image | None]:
        def load(scene_id: str) -> Image.Image:
            with Image.open(project.keyframe(scene_id)) as image:
                return flatten(image)

        ids = [s.id for s in script.scenes]
        after = ids.index(scene.id) + 1
        following = load(ids[after]) if self.uses_next_keyframe and after < len(ids) else None
        return load(scene.id), following

    def render(self, scene: Scene, script: Script, project: Project, frames: int, out: Path, *,
               crf: int = 20, preset: str = "veryfast", on_frame: Callable[[], None] | None = None) -> None:
        """Generate the shot chunk by chunk and write exactly `frames` frames to `out`."""
        pipe = self.slot.get()
        dc, spec = self.config.diffusion, self.model.spec
        ratio, multiple = self.driver.geometry(pipe)
        self.driver.validate(pipe, self.overlap, self.uses_next_keyframe)
        width, height = fit_size(script.width, script.height, spec.area, multiple)
        keyframe, following = self._keyframes(scene, script, project)
        keyframe = keyframe.resize((width, height), Image.Resampling.LANCZOS)
        if following is not None:
            following = following.resize((width, height), Image.Resampling.LANCZOS)
        generated, shown = resample(frames, script.fps, spec.fps)
        chunks = plan_chunks(generated, self.chunk_frames, self.overlap, ratio)
        if following is not None:
            # The bridge frame is the last chunk's last frame: keep the surplus so the shot ends on it.
            generated = chunks[-1].end
            shown = [round(i * (generated - 1) / max(frames - 1, 1)) for i in range(frames)]
        views = shot_views(scene.camera.move, scene.camera.speed, generated)
        views += views[-1:] * (chunks[-1].end - generated)  # the last chunk's surplus frames hold still
        self.last_requests = []

        shot: list[Image.Image | None] = []  # generated frames; written ones are dropped (None)
        written = 0
        with FrameWriter(out, script.width, script.height, script.fps, crf, preset) as writer:
            previous: list[Image.Image] = []
            for n, chunk in enumerate(chunks):
                last = n == len(chunks) - 1
                request = ChunkRequest(
                    prompt=scene_prompt(scene, script), negative_prompt=dc.negative_prompt, width=width,
                    height=height, length=chunk.length, keyframe=keyframe,
                    context=previous[len(previous) - chunk.overlap:] if n else [],
                    anchor=warp_image(keyframe, views[chunk.end - 1]),
                    anchor_strength=dc.anchor_strength if n else 0.0,
                    last_image=following if last else None, steps=self.steps, guidance=self.guidance,
                    fps=spec.fps, seed=seed_for(script.seed, "shot", scene.id, str(n)))
                request.camera = self.driver.camera(pipe, request, latent_views(views, chunk, ratio), dc)
                self.last_requests.append(request)
                part = self.driver.generate(pipe, request)
                if len(part) != chunk.length:
                    raise StoryreelError(f"{spec.name} gave {len(part)} frames for a chunk of {chunk.length}")
                previous = part
                shot.extend(part[chunk.overlap:])
                # Write every output frame whose generated frame is final; drop what is no longer needed.
                while written < frames and shown[written] < len(shot):
                    writer.write(to_script_size(shot[shown[written]], script).convert("RGB").tobytes())
                    written += 1
                    if on_frame is not None:
                        on_frame()
                keep_from = shown[written] if written < frames else len(shot)
                shot[:keep_from] = [None] * keep_from

    def close(self) -> None:
        self.slot.release()
