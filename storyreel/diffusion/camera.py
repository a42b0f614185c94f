"""Camera moves for generated shots: a warp of the predicted clean latents during sampling.

An image-to-video model moves the camera when it feels like it. To make it follow the
script, `CameraWarp` runs after each sampling step (diffusers' `callback_on_step_end`):
it recovers the model's prediction of the clean video from two consecutive latents,
pulls every frame toward "the first frame, moved by the planned camera", and puts the
correction back into the noisy latents. Early steps decide the layout, so the warp acts
between `start` and `stop` (shares of the steps) and leaves the details to the model.

The views are pure functions of (move, speed, time), like the animatic's camera.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from ..animatic.camera import ease, zoom_scale

# Share of the frame (width for pans, height for tilts) the content travels over a whole shot.
PAN_SHARE = {"slow": 0.08, "medium": 0.15, "fast": 0.25}


@dataclass(frozen=True)
class View:
    """Where frame-0 content sits in a later frame: magnified `scale` times about the centre,
    then moved by (dx, dy) shares of the frame (+x right, +y down)."""

    scale: float = 1.0
    dx: float = 0.0
    dy: float = 0.0

    def relative_to(self, start: View) -> View:
        """This view as seen from `start` (moves here are pure pans or pure zooms)."""
        return View(self.scale / start.scale, self.dx - start.dx, self.dy - start.dy)


def view_at(move: str, speed: str, t: float) -> View:
    """The view at normalised time t in [0, 1] of a shot. pan_right moves the camera right,
    so the content slides left; tilt_up moves the camera up, so the content slides down."""
    if speed not in PAN_SHARE:
        raise ValueError(f"unknown camera speed {speed!r}")
    travel = PAN_SHARE[speed] * ease(t)
    if move == "static":
        return View()
    if move in ("zoom_in", "zoom_out"):
        return View(scale=zoom_scale(move, speed, t) / zoom_scale(move, speed, 0.0))
    shifts = {"pan_right": (-travel, 0.0), "pan_left": (travel, 0.0),
              "tilt_up": (0.0, travel), "tilt_down": (0.0, -travel)}
    if move not in shifts:
        raise ValueError(f"unknown camera move {move!r}")
    return View(dx=shifts[move][0], dy=shifts[move][1])


def shot_views(move: str, speed: str, frames: int) -> list[View]:
    """The view of each of a shot's `frames` frames (frame 0 is the keyframe's own view)."""
    last = max(frames - 1, 1)
    return [view_at(move, speed, i / last) for i in range(frames)]


def warp(video, views: list[View]):
    """Move each frame of `video` (a torch tensor [B, C, F, H, W]) by its view.

    Revealed borders are filled by reflection, which keeps latent statistics close to
    what the model expects (zeros would read as a flat grey band).
    """
    import torch
    import torch.nn.functional as F

    b, c, f, h, w = video.shape
    if len(views) != f:
        raise ValueError(f"{len(views)} views for {f} frames")
    # grid_sample reads output pixel p from input (p - 2d) / s in [-1, 1] coordinates.
    theta = torch.tensor([[[1 / v.scale, 0.0, -2 * v.dx / v.scale], [0.0, 1 / v.scale, -2 * v.dy / v.scale]]
                          for v in views], dtype=torch.float32, device=video.device)
    frames = video.permute(0, 2, 1, 3, 4).reshape(b * f, c, h, w)
    grid = F.affine_grid(theta.repeat(b, 1, 1), [b * f, c, h, w], align_corners=False)
    moved = F.grid_sample(frames.float(), grid, mode="bilinear", padding_mode="reflection", align_corners=False)
    return moved.to(video.dtype).reshape(b, f, c, h, w).permute(0, 2, 1, 3, 4)


def warp_image(image, view: View):
    """A PIL image moved by `view` (the same warp as the latents'), e.g. an anchor keyframe."""
    import torch
    from PIL import Image

    array = torch.from_numpy(np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0)
    video = array.permute(2, 0, 1)[None, :, None]  # [1, 3, 1, H, W]
    moved = warp(video, [view])[0, :, 0].permute(1, 2, 0).clamp(0, 1).numpy()
    return Image.fromarray((moved * 255.0 + 0.5).astype(np.uint8))


def phase_shift(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    """(dy, dx) in pixels by which 2-D array `b` is `a` shifted, by phase correlation."""
    fa, fb = np.fft.fft2(a - a.mean()), np.fft.fft2(b - b.mean())
    cross = fb * np.conj(fa)
    response = np.fft.ifft2(cross / (np.abs(cross) + 1e-9)).real
    dy, dx = np.unravel_index(int(np.argmax(response)), response.shape)
    h, w = response.shape
    return float(dy - h if dy > h // 2 else dy), float(dx - w if dx > w // 2 else dx)


class CameraWarp:
    """`callback_on_step_end` that makes a flow-matching video pipeline follow `views`.

    `views[i]` is latent frame i's view relative to latent frame 0. The pipeline's
    scheduler must expose `sigmas` (flow matching: x_t = (1 - sigma) x0 + sigma noise).
    `unpack`/`pack` turn the pipeline's latents into [B, C, F, H, W] and back (identity
    for Wan; LTX packs tokens). The first `frozen` latent frames are conditioning and are
    left alone. `prediction` keeps the last corrected clean-video prediction, to measure.
    """

    def __init__(self, views: list[View], steps: int, *, start: float = 0.1, stop: float = 0.6,
                 blend: float = 0.7, frozen: int = 0, unpack: Callable | None = None, pack: Callable | None = None):
        self.views, self.blend, self.frozen = views, blend, frozen
        self.first, self.last = max(1, round(start * steps)), round(stop * steps)
        self.unpack = unpack or (lambda x: x)
        self.pack = pack or (lambda x: x)
        self.prev = None
        self.prediction = None
        self.applied = 0

    @property
    def active(self) -> bool:
        return self.blend > 0 and self.first < self.last and any(v != View() for v in self.views)

    def __call__(self, pipe, step: int, timestep, callback_kwargs: dict) -> dict:
        latents = callback_kwargs["latents"]
        if self.prev is not None and self.first <= step < self.last and self.active:
            sigmas = pipe.scheduler.sigmas
            s0, s1 = float(sigmas[step]), float(sigmas[step + 1])
            if s0 > s1:
                # One Euler step: x1 = x0_t + (s1 - s0) v, and the clean video is x_t - s0 v.
                velocity = (latents - self.prev) / (s1 - s0)
                clean = self.unpack(self.prev - s0 * velocity)
                target = warp(clean[:, :, :1].expand_as(clean).contiguous(), self.views)
                delta = self.blend * (target - clean)
                delta[:, :, : self.frozen] = 0
                latents = latents + (1.0 - s1) * self.pack(delta)
                self.prediction = clean + delta
                self.applied += 1
        self.prev = latents
        return {"latents": latents}
