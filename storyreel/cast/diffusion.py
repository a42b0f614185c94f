"""Cast references from a text-to-image model (SDXL, or any model `AutoPipelineForText2Image` loads).

Characters and objects are drawn alone, full figure, on a plain background, then cut out
(matting.py), so their reference carries no scenery; locations are drawn empty, and any
person the segmenter still finds is painted out, so their reference carries nobody.
Each entity has its own seed, derived from the script's seed and its id, so adding an
entity never changes another's look.
"""

from __future__ import annotations

import logging
from pathlib import Path

from ..config import Config
from ..diffusion import loading, models
from ..diffusion.common import entity_prompt, fit_size, generator, image_multiple, seed_for, settings_version
from ..project import Project
from ..script import Entity, Script
from . import REGISTRY, matting

log = logging.getLogger(__name__)


@REGISTRY.register("diffusion")
class DiffusionCast:
    """One generated reference per entity, separated from its background."""

    name = "diffusion"

    def __init__(self, cache_dir: Path, config: Config):
        self.cache_dir = Path(cache_dir)
        self.config = config
        dc = config.diffusion
        self.image = models.resolve(dc.image_model, dc, task="image")
        self.steps, self.guidance = self.image.sampling(dc.image_steps, dc.image_guidance)
        self.version = settings_version("cast", self.image.spec.name, self.image.tuned, self.steps, self.guidance,
                                        dc.negative_prompt)
        self.slot = loading.PipelineSlot(lambda: self._load())

    def _load(self):
        if self.image.spec.family == "flux-kontext":
            # An editing model: given no picture it draws from the prompt alone (loaded by its own class,
            # not every diffusers version maps it in AutoPipelineForText2Image).
            from diffusers import FluxKontextPipeline as pipeline_class
        else:  # sdxl, flux
            from diffusers import AutoPipelineForText2Image as pipeline_class
        return loading.load(pipeline_class, self.image, self.config.diffusion)

    def plan(self, script: Script) -> dict[str, dict]:
        """Prompt, seed and separation of every entity's reference."""
        available = matting.available(self.cache_dir)
        looks = {}
        for entity in script.entities:
            prompt, negative = entity_prompt(entity, script.style)
            method = matting.method_for(self.config.diffusion.matting, entity.kind, available)
            if method == "none" and self.config.diffusion.matting != "none":
                log.warning("cast: %s's reference keeps its background (%s)", entity.id, matting.INSTALL_HINT)
            looks[entity.id] = {"kind": entity.kind, "prompt": prompt, "negative": negative,
                                "seed": seed_for(script.seed, "cast", entity.id), "matting": method}
        return looks

    def make(self, entity: Entity, look: dict, script: Script, project: Project, out: Path) -> None:
        """Draw the entity's reference, separate it, and write it (PNG, RGBA when cut out)."""
        pipe = self.slot.get()
        aspect = (script.width, script.height) if entity.kind == "location" else (1, 1)
        width, height = fit_size(*aspect, self.image.spec.area, image_multiple(pipe))
        # Kontext rescales width x height to about max_area (default 1024x1024) even without an input picture.
        size = {"max_area": width * height} if self.image.spec.family == "flux-kontext" else {}
        # FLUX pipelines accept the negative prompt and ignore it (it only acts with true_cfg_scale > 1).
        picture = pipe(prompt=look["prompt"], negative_prompt=f"{self.config.diffusion.negative_prompt}, "
                       f"{look['negative']}", width=width, height=height, num_inference_steps=self.steps,
                       guidance_scale=self.guidance, generator=generator(look["seed"]), **size).images[0]
        if look["matting"] != "none":
            if entity.kind == "location":
                picture = matting.remove_people(picture, self.cache_dir)
            else:
                picture = matting.cut_out(picture, matting.foreground_mask(picture, look["matting"], self.cache_dir))
        picture.save(out, format="PNG")

    def close(self) -> None:
        self.slot.release()
