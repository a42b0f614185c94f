"""Which open models storyreel can use, and where their weights are.

A model is asked for by a short name (``sdxl``, ``ltx-video``, ``wan2.1-i2v-480p``). The
name is looked up, in order: a per-name override in the config (`diffusion.models`), a
sub-folder of `diffusion.models_dir` named after the model, the Hugging Face cache. Only
when `diffusion.allow_download` is set may diffusers fetch a missing hub id; otherwise a
missing model is a clear error saying which model, where it was looked for and how to get it.

A local model folder may carry a `storyreel.json` with defaults for that model (steps,
guidance, area, fps, chunk_frames, overlap_frames), e.g. for a distilled few-step variant.
The published requirements below are the model authors' figures, not measured here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from ..config import DiffusionConfig
from ..errors import InputError, StoryreelError

Task = Literal["image", "ip-adapter", "video"]


@dataclass(frozen=True)
class ModelSpec:
    """A registered model: where it lives on the hub and how storyreel drives it."""

    name: str
    task: Task
    family: str  # sdxl | flux | flux-kontext | ltx | wan: decides the pipeline code that drives it
    hub_id: str
    license: str
    needs: str  # published requirements (VRAM, time), as the authors give them
    steps: int = 30
    guidance: float = 5.0
    area: int = 1024 * 1024  # pixels generated per picture/frame (the aspect follows the script)
    fps: int = 24  # video: the frame rate the model was trained at
    chunk_frames: int = 0  # video: frames per generated chunk
    overlap_frames: int = 1  # video: last frames of a chunk that condition the next one
    subfolder: str | None = None  # ip-adapter: folder of the weights inside the repository
    weight_name: str | None = None  # ip-adapter: file of the weights
    image_encoder_folder: str | None = None  # ip-adapter: CLIP vision encoder, relative to `subfolder`


# Keys a model folder's storyreel.json may set.
TUNABLE = ("steps", "guidance", "area", "fps", "chunk_frames", "overlap_frames")

SPECS: dict[str, ModelSpec] = {
    s.name: s
    for s in (
        ModelSpec("sdxl", "image", "sdxl", "stabilityai/stable-diffusion-xl-base-1.0", "CreativeML Open RAIL++-M",
                  "about 8 GB of VRAM in float16; seconds per picture on a recent GPU",
                  steps=30, guidance=6.0, area=1024 * 1024),
        ModelSpec("sdxl-turbo", "image", "sdxl", "stabilityai/sdxl-turbo", "Stability AI Non-Commercial Research",
                  "about 8 GB of VRAM in float16; 1-4 steps at 512x512",
                  steps=4, guidance=0.0, area=512 * 512),
        ModelSpec("flux-schnell", "image", "flux", "black-forest-labs/FLUX.1-schnell", "Apache-2.0",
                  "12B parameters, about 24 GB of VRAM in bfloat16 (less with CPU offload); 1-4 steps",
                  steps=4, guidance=0.0, area=1024 * 1024),
        ModelSpec("flux-kontext", "image", "flux-kontext", "black-forest-labs/FLUX.1-Kontext-dev",
                  "FLUX.1 [dev] Non-Commercial License",
                  "12B parameters, about 24 GB of VRAM in bfloat16 (less with CPU offload); edits a picture "
                  "following the prompt",
                  steps=28, guidance=2.5, area=1024 * 1024),
        ModelSpec("ip-adapter-sdxl", "ip-adapter", "sdxl", "h94/IP-Adapter", "Apache-2.0",
                  "22M adapter weights plus a 2.5 GB CLIP ViT-bigG image encoder, alongside SDXL",
                  subfolder="sdxl_models", weight_name="ip-adapter_sdxl.safetensors",
                  image_encoder_folder="image_encoder"),
        ModelSpec("ltx-video", "video", "ltx", "Lightricks/LTX-Video-0.9.5", "LTX-Video Open Weights License",
                  "2B parameters; 24 fps 768x512 video faster than real time on an H100; fits consumer GPUs "
                  "with CPU offload",
                  steps=40, guidance=3.0, area=768 * 512, fps=24, chunk_frames=97, overlap_frames=9),
        ModelSpec("wan2.1-i2v-480p", "video", "wan", "Wan-AI/Wan2.1-I2V-14B-480P-Diffusers", "Apache-2.0",
                  "14B parameters; the authors' speed table uses 80 GB GPUs (minutes per 5 s clip); smaller "
                  "GPUs need CPU offload",
                  steps=40, guidance=5.0, area=832 * 480, fps=16, chunk_frames=81, overlap_frames=1),
        ModelSpec("wan2.1-i2v-720p", "video", "wan", "Wan-AI/Wan2.1-I2V-14B-720P-Diffusers", "Apache-2.0",
                  "14B parameters at 1280x720; as wan2.1-i2v-480p, about twice the time per clip",
                  steps=40, guidance=5.0, area=1280 * 720, fps=16, chunk_frames=81, overlap_frames=1),
        ModelSpec("wan2.1-flf2v-720p", "video", "wan", "Wan-AI/Wan2.1-FLF2V-14B-720P-diffusers", "Apache-2.0",
                  "14B first-last-frame model (use with `bridge`); as wan2.1-i2v-720p",
                  steps=40, guidance=5.0, area=1280 * 720, fps=16, chunk_frames=81, overlap_frames=1),
    )
}


class ModelMissingError(StoryreelError):
    """A model's weights are not on this machine."""


@dataclass(frozen=True)
class Resolved:
    """A model found: its spec (with the folder's storyreel.json applied) and what to load."""

    spec: ModelSpec
    source: str  # a local folder, or a hub id when downloads are allowed
    local: bool
    tuned: dict = field(default_factory=dict)  # the folder's storyreel.json, for cache keys

    def sampling(self, steps: int | None, guidance: float | None) -> tuple[int, float]:
        """(steps, guidance): the configured ones where set, else the model's (0 guidance is a setting)."""
        return steps or self.spec.steps, self.spec.guidance if guidance is None else guidance


def spec(name: str) -> ModelSpec:
    """The registered spec called `name`, or an InputError listing the names there are."""
    try:
        return SPECS[name]
    except KeyError:
        raise InputError(f"unknown model {name!r}; registered models: {', '.join(sorted(SPECS))}") from None


def _hub_cache(hub_id: str) -> Path | None:
    """The Hugging Face cache's snapshot of `hub_id`, without touching the network."""
    try:
        from huggingface_hub import snapshot_download

        return Path(snapshot_download(hub_id, local_files_only=True))
    except Exception:  # noqa: BLE001 - any failure means "not in the cache"
        return None


def _tuned(folder: Path, name: str) -> dict:
    path = folder / "storyreel.json"
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InputError(f"{path} is not valid JSON ({exc}); fix or delete it") from None
    if not isinstance(data, dict):
        raise InputError(f"{path} must hold a JSON object with some of: {', '.join(TUNABLE)}")
    unknown = sorted(set(data) - set(TUNABLE))
    if unknown:
        raise InputError(f"{path}: unknown key(s) {', '.join(unknown)} for model {name!r}; allowed: {', '.join(TUNABLE)}")
    return data


def resolve(name: str, config: DiffusionConfig, task: Task | None = None) -> Resolved:
    """Find the weights of model `name`; raise ModelMissingError saying how to get them."""
    s = spec(name)
    if task is not None and s.task != task:
        wanted = [n for n, m in SPECS.items() if m.task == task]
        raise InputError(f"model {name!r} is for the {s.task} task; the {task} task needs one of: {', '.join(wanted)}")
    hub_id, candidates = s.hub_id, []
    override = config.models.get(name)
    if override and (override.startswith((".", "/", "~")) or Path(override).exists()):
        candidates.append(Path(override).expanduser())
    elif override:
        hub_id = override  # another repository with the same layout, e.g. a fine-tune
    if config.models_dir:
        candidates.append(Path(config.models_dir).expanduser() / name)
    looked: list[str] = []
    for path in candidates:
        if path.is_dir() and any(path.iterdir()):
            tuned = _tuned(path, name)
            return Resolved(replace(s, **tuned), str(path.resolve()), local=True, tuned=tuned)
        looked.append(str(path))
    cached = _hub_cache(hub_id)
    if cached is not None:
        return Resolved(s, str(cached), local=True)
    looked.append(f"the Hugging Face cache for {hub_id}")
    if config.allow_download:
        return Resolved(s, hub_id, local=False)
    target = f"{config.models_dir}/{name}" if config.models_dir else f"models/{name}"
    raise ModelMissingError(
        f"model {name!r} ({hub_id}) is not on this machine; looked in: {'; '.join(looked)}. "
        f"Get it on a machine with internet access with `hf download {hub_id} --local-dir {target}` "
        f"and run with `--models {Path(target).parent}`, or set diffusion.allow_download = true to let "
        f"diffusers fetch it (needs {s.needs})")


def uses_ip_adapter(config: DiffusionConfig) -> bool:
    """Keyframes condition on the cast with IP-Adapter, except with an editing model (Kontext)."""
    return spec(config.image_model).family != "flux-kontext"


def preflight(backends, config: DiffusionConfig) -> None:
    """Resolve every model the configured backends will need, so a missing one stops a
    render before anything is drawn (not after an hour of cast and keyframes)."""
    if "diffusion" in (backends.cast, backends.keyframes):
        resolve(config.image_model, config, task="image")
    if backends.keyframes == "diffusion" and uses_ip_adapter(config):
        resolve(config.ip_adapter, config, task="ip-adapter")
    if backends.shots == "diffusion":
        resolve(config.video_model, config, task="video")


def registry_table() -> list[dict]:
    """Every registered model as a row (name, task, hub id, license, needs), for docs and doctor."""
    return [{"name": s.name, "task": s.task, "hub_id": s.hub_id, "license": s.license, "needs": s.needs}
            for s in SPECS.values()]
