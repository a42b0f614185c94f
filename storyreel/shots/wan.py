"""Wan2.1 image-to-video through diffusers' `WanImageToVideoPipeline`.

Wan starts a clip from one image: the keyframe for the first chunk, the previous chunk's
last frame for extensions. Wan2.1-I2V also sees a CLIP embedding of its image; extensions
are anchored by blending that embedding toward the keyframe's, so the look of the scene
holds however many chunks follow. Wan2.1-FLF2V (first-last-frame) needs an end frame for
every chunk: the next scene's keyframe for the last chunk of a bridged shot, otherwise the
keyframe moved to where the camera is at the chunk's end, which anchors it as well.
"""

from __future__ import annotations

from PIL import Image

from ..config import Config
from ..diffusion import loading
from ..diffusion.camera import CameraWarp, View
from ..diffusion.common import generator
from ..diffusion.models import Resolved
from ..errors import InputError
from .driver import ChunkRequest


def pipeline_class():
    from diffusers import WanImageToVideoPipeline

    class AnchoredWanImageToVideoPipeline(WanImageToVideoPipeline):
        """Wan I2V that takes a precomputed image embedding together with the first frame
        (diffusers refuses both, though the frame is still needed for the video latents)."""

        def check_inputs(self, prompt, negative_prompt, image, height, width, prompt_embeds=None,
                         negative_prompt_embeds=None, image_embeds=None, *args, **kwargs):
            image = image if image_embeds is None else None  # hide the image from this one check only
            return super().check_inputs(prompt, negative_prompt, image, height, width, prompt_embeds,
                                        negative_prompt_embeds, image_embeds, *args, **kwargs)

    return AnchoredWanImageToVideoPipeline


def _first_last(pipe) -> bool:
    """True for Wan2.1-FLF2V: its image tokens come as (first, last) pairs."""
    return pipe.transformer.config.pos_embed_seq_len is not None


class WanDriver:
    def load(self, model: Resolved, config: Config):
        return loading.load(pipeline_class(), model, config.diffusion)

    def geometry(self, pipe) -> tuple[int, int]:
        return pipe.vae_scale_factor_temporal, pipe.vae_scale_factor_spatial * pipe.transformer.config.patch_size[1]

    def validate(self, pipe, overlap: int, bridge: bool) -> None:
        if overlap != 1:
            raise InputError(f"Wan extends a shot from its last frame only: set diffusion.overlap_frames = 1 "
                             f"(it is {overlap})")
        if bridge and not _first_last(pipe):
            raise InputError("diffusion.bridge needs a first-last-frame model: wan2.1-flf2v-720p or ltx-video")

    def camera(self, pipe, request: ChunkRequest, views: list[View], dc) -> CameraWarp:
        # Wan's latents are already [B, C, F, H, W]; frame 0 is generated (its view is the identity).
        return CameraWarp(views, request.steps, start=dc.camera_start, stop=dc.camera_stop, blend=dc.camera_blend)

    def _embeds(self, pipe, request: ChunkRequest, images: list[Image.Image]):
        """The CLIP image embedding, pulled toward the anchor's by `anchor_strength`; None
        (the pipeline's own) for a first chunk or a model without image embeddings."""
        import torch

        if request.anchor_strength <= 0 or pipe.transformer.config.image_dim is None:
            return None
        own = pipe.encode_image(images)
        anchor = pipe.encode_image([request.anchor, *images[1:]])
        return torch.lerp(own, anchor, request.anchor_strength)

    def generate(self, pipe, request: ChunkRequest) -> list[Image.Image]:
        image = request.context[-1] if request.context else request.keyframe
        last = request.last_image
        if last is None and _first_last(pipe):
            last = request.anchor  # FLF2V always needs an end frame
        images = [image] if last is None else [image, last]
        warp = request.camera if request.camera is not None and request.camera.active else None
        result = pipe(image=image, prompt=request.prompt, negative_prompt=request.negative_prompt,
                      height=request.height, width=request.width, num_frames=request.length,
                      num_inference_steps=request.steps, guidance_scale=request.guidance,
                      generator=generator(request.seed), image_embeds=self._embeds(pipe, request, images),
                      last_image=last, callback_on_step_end=warp, output_type="pil")
        return list(result.frames[0])
