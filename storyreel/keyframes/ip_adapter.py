"""Keyframes from an SDXL-family model conditioned on the cast through IP-Adapter.

Three instances of the same IP-Adapter run side by side, each with its own weight:
the scene's characters and objects (their cast references), the location's reference,
and the previous scene's keyframe (rolling context: consecutive scenes keep the same
light and details). The scene's description is the prompt. An instance with nothing to
show gets a blank picture at weight 0, which is the same as leaving it out.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from ..config import Config
from ..diffusion import loading, models
from ..diffusion.common import (NEUTRAL, drawn_record, fit_size, flatten, generator, image_multiple, scene_prompt,
                               seed_for, settings_version, to_script_size)
from ..errors import InputError
from ..project import Project
from ..script import Scene, Script

GROUPS = ("foreground", "background", "context")


@dataclass
class References:
    """The pictures each IP-Adapter instance sees, and its weight (order of GROUPS)."""

    images: list[list[Image.Image]]
    scales: list[float]
    sources: list[list[str]]  # project-relative paths, for logs and tests


def _open(path: Path) -> Image.Image:
    with Image.open(path) as image:
        return flatten(image)


class IPAdapterKeyframes:
    """Text-to-image with the cast as image prompts; one pipeline for the whole stage."""

    name = "diffusion"

    def __init__(self, config: Config):
        self.config = config
        dc = config.diffusion
        self.image = models.resolve(dc.image_model, dc, task="image")
        self.adapter = models.resolve(dc.ip_adapter, dc, task="ip-adapter")
        if self.image.spec.family != self.adapter.spec.family:
            raise InputError(f"IP-Adapter {dc.ip_adapter!r} is for {self.adapter.spec.family} models, but "
                             f"diffusion.image_model = {dc.image_model!r} is a {self.image.spec.family} model")
        self.steps, self.guidance = self.image.sampling(dc.image_steps, dc.image_guidance)
        self.uses_previous_keyframe = dc.context_scale > 0
        self.version = settings_version(
            "ip-adapter-keyframes", self.image.spec.name, self.image.tuned, self.adapter.spec.name, self.steps,
            self.guidance, dc.negative_prompt, dc.foreground_scale, dc.background_scale, dc.context_scale)
        self.slot = loading.PipelineSlot(self._load)

    def _load(self):
        from diffusers import AutoPipelineForText2Image

        spec = self.adapter.spec
        # The same adapter three times: one weight each for foreground, background, context.
        return loading.load(AutoPipelineForText2Image, self.image, self.config.diffusion, prepare=lambda pipe:
                            pipe.load_ip_adapter(self.adapter.source, subfolder=spec.subfolder,
                                                 weight_name=[spec.weight_name] * len(GROUPS),
                                                 image_encoder_folder=spec.image_encoder_folder,
                                                 local_files_only=self.adapter.local))

    def references(self, scene: Scene, script: Script, project: Project) -> References:
        """The cast references of the scene's entities and location, and the previous keyframe."""
        dc = self.config.diffusion
        groups = [[project.cast(e) for e in scene.entities], [project.cast(scene.background)], []]
        index = [s.id for s in script.scenes].index(scene.id)
        if self.uses_previous_keyframe and index > 0:
            groups[2].append(project.keyframe(script.scenes[index - 1].id))
        scales = [dc.foreground_scale, dc.background_scale, dc.context_scale]
        images: list[list[Image.Image]] = []
        for i, paths in enumerate(groups):
            if paths:
                images.append([_open(p) for p in paths])
            else:
                images.append([Image.new("RGB", (64, 64), NEUTRAL)])
                scales[i] = 0.0
        return References(images, scales, [[project.rel(p) for p in paths] for paths in groups])

    def render(self, scene: Scene, script: Script, project: Project, out: Path) -> dict:
        """Write the scene's keyframe (script size) to `out`; return what was drawn."""
        pipe = self.slot.get()
        refs = self.references(scene, script, project)
        pipe.set_ip_adapter_scale(refs.scales)
        width, height = fit_size(script.width, script.height, self.image.spec.area, image_multiple(pipe))
        prompt = scene_prompt(scene, script)
        picture = pipe(prompt=prompt, negative_prompt=self.config.diffusion.negative_prompt,
                       width=width, height=height, num_inference_steps=self.steps, guidance_scale=self.guidance,
                       ip_adapter_image=refs.images,
                       generator=generator(seed_for(script.seed, "keyframe", scene.id))).images[0]
        to_script_size(picture, script).save(out, format="PNG")
        return {"drawn": drawn_record(scene, script, prompt)}

    def close(self) -> None:
        self.slot.release()
