"""LTX-Video through diffusers' `LTXConditionPipeline`.

Conditions at frame 0: the keyframe (first chunk) or the previous chunk's last frames
(extensions; a count of the form 8k+1, which the VAE encodes to whole latent frames).
The anchor and the first-last-frame target are single-image conditions placed at the
chunk's last frame: LTX adds them as extra tokens at that time position.
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


class _Tokens:
    """LTX's packed latents [B, extra + F*H*W, C] <-> the video [B, C, F, H, W]; the extra
    conditioning tokens come first and are left alone."""

    def __init__(self, pipe, frames: int, height: int, width: int):
        self.pipe = pipe
        self.p, self.pt = pipe.transformer_spatial_patch_size, pipe.transformer_temporal_patch_size
        self.shape = (frames, height, width)
        self.tokens = frames * height * width // (self.p * self.p * self.pt)
        self.extra = 0

    def unpack(self, latents):
        self.extra = latents.shape[1] - self.tokens
        f, h, w = self.shape
        return self.pipe._unpack_latents(latents[:, self.extra:], f, h, w, self.p, self.pt)

    def pack(self, video):
        import torch.nn.functional as F

        return F.pad(self.pipe._pack_latents(video, self.p, self.pt), (0, 0, self.extra, 0))


class LTXDriver:
    def load(self, model: Resolved, config: Config):
        from diffusers import LTXConditionPipeline

        return loading.load(LTXConditionPipeline, model, config.diffusion)

    def geometry(self, pipe) -> tuple[int, int]:
        return pipe.vae_temporal_compression_ratio, pipe.vae_spatial_compression_ratio * \
            pipe.transformer_spatial_patch_size

    def validate(self, pipe, overlap: int, bridge: bool) -> None:
        ratio = pipe.vae_temporal_compression_ratio
        if (overlap - 1) % ratio:
            raise InputError(f"LTX-Video extends from {ratio}k+1 frames, and diffusion.overlap_frames = {overlap} "
                             f"is not; use {(overlap - 1) // ratio * ratio + 1} or {(overlap - 1) // ratio * ratio + 1 + ratio}")

    def camera(self, pipe, request: ChunkRequest, views: list[View], dc) -> CameraWarp:
        ratio, spatial = pipe.vae_temporal_compression_ratio, pipe.vae_spatial_compression_ratio
        tokens = _Tokens(pipe, len(views), request.height // spatial, request.width // spatial)
        conditioned = (len(request.context) - 1) // ratio + 1 if request.context else 1
        return CameraWarp(views, request.steps, start=dc.camera_start, stop=dc.camera_stop, blend=dc.camera_blend,
                          frozen=conditioned, unpack=tokens.unpack, pack=tokens.pack)

    def generate(self, pipe, request: ChunkRequest) -> list[Image.Image]:
        from diffusers.pipelines.ltx.pipeline_ltx_condition import LTXVideoCondition

        end = request.length - 1
        conditions = [LTXVideoCondition(video=request.context, frame_index=0) if request.context
                      else LTXVideoCondition(image=request.keyframe, frame_index=0)]
        if request.last_image is not None:
            conditions.append(LTXVideoCondition(image=request.last_image, frame_index=end, strength=1.0))
        elif request.anchor_strength > 0:
            conditions.append(LTXVideoCondition(image=request.anchor, frame_index=end,
                                                strength=request.anchor_strength))
        warp = request.camera if request.camera is not None and request.camera.active else None
        result = pipe(conditions=conditions, prompt=request.prompt, negative_prompt=request.negative_prompt,
                      width=request.width, height=request.height, num_frames=request.length,
                      frame_rate=request.fps, num_inference_steps=request.steps,
                      guidance_scale=request.guidance, generator=generator(request.seed),
                      callback_on_step_end=warp, output_type="pil")
        return list(result.frames[0])
