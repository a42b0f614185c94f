"""Loading diffusers pipelines with the memory options, one at a time.

A stage's backend holds a `PipelineSlot`: the pipeline loads on first use (so a stage
whose artifacts are all reused never loads a model) and `release()` frees it when the
stage ends, so the next stage's model has the whole GPU (or RAM) to itself.
"""

from __future__ import annotations

import gc
import logging
import os
import time
from typing import Any, Callable

from ..config import DiffusionConfig
from ..errors import StoryreelError, ToolMissingError
from .models import Resolved

log = logging.getLogger(__name__)
INSTALL_HINT = "install the diffusion extra: `make setup EXTRAS=diffusion` (requirements/diffusion.txt)"


def import_torch():
    """torch and diffusers, or a ToolMissingError saying how to install them."""
    try:
        import diffusers  # noqa: F401
        import torch
    except ImportError as exc:
        raise ToolMissingError(f"the diffusion backends need torch and diffusers ({exc.name} is missing): "
                               f"{INSTALL_HINT}") from None
    return torch


def pick_device(preference: str) -> str:
    """cuda, then mps, then cpu for "auto"; an explicit choice must be available."""
    torch = import_torch()
    available = {"cpu": True, "cuda": torch.cuda.is_available(),
                 "mps": bool(getattr(torch.backends, "mps", None)) and torch.backends.mps.is_available()}
    if preference == "auto":
        return next(d for d in ("cuda", "mps", "cpu") if available[d])
    if not available[preference]:
        raise StoryreelError(f"diffusion.device = {preference!r}, but this machine has no {preference} device; "
                             f"use \"auto\" or \"cpu\"")
    return preference


def pick_dtype(preference: str, device: str, family: str):
    """float32 on the CPU; bfloat16 for the video transformers and float16 for SDXL on a GPU."""
    torch = import_torch()
    if preference != "auto":
        return getattr(torch, preference)
    if device == "cpu":
        return torch.float32
    return torch.float16 if family == "sdxl" else torch.bfloat16


def apply_memory_options(pipe, config: DiffusionConfig, device: str) -> None:
    """Offload, VAE tiling/slicing as configured; otherwise move the whole pipeline to `device`."""
    if config.offload != "none" and device != "cpu":
        # accelerate moves sub-models (or layers) onto the GPU only while they run.
        if config.offload == "model":
            pipe.enable_model_cpu_offload(device=device)
        else:
            pipe.enable_sequential_cpu_offload(device=device)
    else:
        pipe.to(device)
    vae = getattr(pipe, "vae", None)
    if vae is not None:
        if config.vae_tiling and hasattr(vae, "enable_tiling"):
            vae.enable_tiling()
        if config.vae_slicing and hasattr(vae, "enable_slicing"):
            vae.enable_slicing()


def load(pipeline_class: Callable[..., Any], model: Resolved, config: DiffusionConfig,
         prepare: Callable[[Any], None] | None = None, **kwargs):
    """`pipeline_class.from_pretrained(model.source)` on the configured device and dtype.
    `prepare(pipe)` runs before the memory options (adapters must be loaded before offload)."""
    torch = import_torch()
    device = pick_device(config.device)
    dtype = pick_dtype(config.dtype, device, model.spec.family)
    if device == "cpu" and os.environ.get("OMP_NUM_THREADS"):
        torch.set_num_threads(int(os.environ["OMP_NUM_THREADS"]))
    started = time.perf_counter()
    try:
        pipe = pipeline_class.from_pretrained(model.source, dtype=dtype, local_files_only=model.local, **kwargs)
    except (OSError, ValueError, EnvironmentError) as exc:
        raise StoryreelError(f"cannot load model {model.spec.name!r} from {model.source}: {exc}") from None
    if prepare is not None:
        prepare(pipe)
    apply_memory_options(pipe, config, device)
    pipe.set_progress_bar_config(disable=True)  # storyreel draws its own progress
    log.info("loaded %s from %s on %s (%s) in %.1fs", model.spec.name, model.source, device,
             str(dtype).removeprefix("torch."), time.perf_counter() - started)
    return pipe


class PipelineSlot:
    """Holds at most one loaded pipeline; `get()` loads it once, `release()` frees it."""

    def __init__(self, loader: Callable[[], Any]):
        self._loader = loader
        self._pipe = None

    def get(self):
        if self._pipe is None:
            self._pipe = self._loader()
        return self._pipe

    @property
    def loaded(self) -> bool:
        return self._pipe is not None

    def release(self) -> None:
        if self._pipe is None:
            return
        self._pipe = None
        gc.collect()
        torch = import_torch()
        if torch.cuda.is_available():
            torch.cuda.empty_cache()
