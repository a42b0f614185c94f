"""Keyframes from FLUX.1 Kontext, which edits one input picture following the prompt.

Kontext sees a single picture, so the scene's cast is laid out on a reference *board*:
the location's reference fills it as the backdrop, and the scene's characters and objects
(their cast references, cut-outs where matting made them) stand side by side in its lower
part. With rolling context the previous scene's keyframe is blended into the backdrop
(weight `context_scale`), so consecutive scenes keep the same light and details. The
prompt asks Kontext to turn the board into one coherent frame of the scene.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps

from ..config import Config
from ..diffusion import loading, models
from ..diffusion.common import (drawn_record, fit_size, flatten, generator, image_multiple, scene_prompt, seed_for,
                               settings_version, to_script_size)
from ..errors import InputError
from ..project import Project
from ..script import Scene, Script

FOREGROUND_SHARE = 0.6  # height of the foreground references on the board, as a share of its height
SLOT_FILL = 0.9  # share of its slot's width a foreground reference may take (a gap between neighbours)
BOTTOM_MARGIN = 0.04  # share of the height left below the foreground: nobody stands on the frame's edge
# Short: CLIP reads only the first 77 tokens of the prompt, which should be mostly the scene (T5 reads it all).
INSTRUCTION = ("Turn this collage into one coherent film frame: the figures at the bottom stand naturally in the "
               "pictured place, same look, consistent light and perspective. ")


@dataclass
class References:
    """What the board is made of, and the project-relative paths it came from."""

    backdrop: Image.Image  # the location's reference (RGB)
    foreground: list[Image.Image]  # the scene's characters and objects (RGBA cut-outs or RGB)
    previous: Image.Image | None  # the previous scene's keyframe (RGB), with rolling context only
    sources: list[list[str]]  # foreground, background, context (as IPAdapterKeyframes.references)


def reference_board(backdrop: Image.Image, foreground: list[Image.Image], size: tuple[int, int],
                    previous: Image.Image | None = None, context_scale: float = 0.0) -> Image.Image:
    """The single picture Kontext edits: `backdrop` covering `size` (resized and centre-cropped),
    `previous` blended into it with weight `context_scale` (0 = no effect, capped at 1), and the
    `foreground` references side by side in the lower part, each in an equal slot of the width,
    at most `FOREGROUND_SHARE` of the height, bottom-aligned. Transparent parts of RGBA cut-outs
    show the backdrop. Returns an RGB image of `size`."""
    board = ImageOps.fit(flatten(backdrop), size, Image.Resampling.LANCZOS)
    if previous is not None and context_scale > 0:
        board = Image.blend(board, ImageOps.fit(flatten(previous), size, Image.Resampling.LANCZOS),
                            min(context_scale, 1.0))
    if not foreground:
        return board
    width, height = size
    slot = width / len(foreground)
    box = (max(1, int(slot * SLOT_FILL)), max(1, round(height * FOREGROUND_SHARE)))
    bottom = height - round(height * BOTTOM_MARGIN)
    for i, reference in enumerate(foreground):
        picture = ImageOps.contain(reference, box, Image.Resampling.LANCZOS)
        left = round(slot * i + (slot - picture.width) / 2)
        mask = picture.getchannel("A") if picture.mode == "RGBA" else None
        board.paste(picture.convert("RGB"), (left, bottom - picture.height), mask)
    return board


def _open_reference(path: Path) -> Image.Image:
    """A cast reference as RGBA when it is a cut-out (has transparency), else RGB."""
    with Image.open(path) as image:
        if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
            return image.convert("RGBA")
        return image.convert("RGB")


class KontextKeyframes:
    """Kontext edits a board of the scene's cast references into the keyframe; one pipeline for the stage."""

    name = "diffusion"

    def __init__(self, config: Config):
        self.config = config
        dc = config.diffusion
        self.image = models.resolve(dc.image_model, dc, task="image")
        if self.image.spec.family != "flux-kontext":
            raise InputError(f"the Kontext keyframes need a flux-kontext model, but diffusion.image_model = "
                             f"{dc.image_model!r} is a {self.image.spec.family} model")
        self.steps, self.guidance = self.image.sampling(dc.image_steps, dc.image_guidance)
        self.uses_previous_keyframe = dc.context_scale > 0
        # No negative prompt: Kontext-dev is guidance-distilled and ignores it (true_cfg_scale stays 1).
        self.version = settings_version(
            "kontext-keyframes", self.image.spec.name, self.image.tuned, self.steps, self.guidance,
            dc.context_scale, FOREGROUND_SHARE, SLOT_FILL, BOTTOM_MARGIN, INSTRUCTION)
        self.slot = loading.PipelineSlot(self._load)

    def _load(self):
        from diffusers import FluxKontextPipeline

        return loading.load(FluxKontextPipeline, self.image, self.config.diffusion)

    def references(self, scene: Scene, script: Script, project: Project) -> References:
        """The cast references of the scene's location and entities, and the previous keyframe."""
        paths = [[project.cast(e) for e in scene.entities], [project.cast(scene.background)], []]
        index = [s.id for s in script.scenes].index(scene.id)
        if self.uses_previous_keyframe and index > 0:
            paths[2].append(project.keyframe(script.scenes[index - 1].id))
        with Image.open(paths[1][0]) as image:
            backdrop = flatten(image)
        previous = None
        if paths[2]:
            with Image.open(paths[2][0]) as image:
                previous = flatten(image)
        return References(backdrop, [_open_reference(p) for p in paths[0]], previous,
                          [[project.rel(p) for p in group] for group in paths])

    def board(self, scene: Scene, script: Script, project: Project, size: tuple[int, int]) -> Image.Image:
        """The reference board of `scene` at `size` (what Kontext is given to edit)."""
        refs = self.references(scene, script, project)
        return reference_board(refs.backdrop, refs.foreground, size, refs.previous, self.config.diffusion.context_scale)

    def render(self, scene: Scene, script: Script, project: Project, out: Path) -> dict:
        """Write the scene's keyframe (script size) to `out`; return what was drawn."""
        pipe = self.slot.get()
        prompt = INSTRUCTION + scene_prompt(scene, script)
        # image_multiple: the VAE's factor times FLUX's 2x2 latent packing (16)
        width, height = fit_size(script.width, script.height, self.image.spec.area, image_multiple(pipe))
        # Kontext otherwise resizes its input to a preferred resolution (_auto_resize) and its output to about
        # max_area (default 1024x1024): keep both at the size chosen here.
        picture = pipe(image=self.board(scene, script, project, (width, height)),
                       prompt=prompt, width=width, height=height,
                       max_area=width * height, _auto_resize=False, num_inference_steps=self.steps,
                       guidance_scale=self.guidance,
                       generator=generator(seed_for(script.seed, "keyframe", scene.id))).images[0]
        to_script_size(picture, script).save(out, format="PNG")
        return {"drawn": drawn_record(scene, script, prompt)}

    def close(self) -> None:
        self.slot.release()

