"""Configuration: defaults < TOML file < environment (STORYREEL_*) < command-line flags.

Settings are grouped by stage. Environment variables use double underscores for
nesting, e.g. STORYREEL_LLM__MODEL=qwen2.5-0.5b or STORYREEL_EDIT__TRANSITION=crossfade.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import InputError
from .limits import MAX_STORY_CHARS

ENV_PREFIX = "STORYREEL_"


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LLMConfig(_Section):
    model: str = Field(default="qwen2.5-coder-1.5b", description="Registered model name or a path to a .gguf file.")
    n_ctx: int = Field(default=8192, ge=512, description="Context size in tokens, shared by the parallel slots.")
    threads: int = Field(default=0, description="CPU threads for llama.cpp; 0 = all cores.")
    parallel: int = Field(default=1, ge=1, le=16, description="Independent requests sent at once (the embedded "
                          "runtime decodes them in one batch, one slot each).")
    temperature: float = 0.0
    max_retries: int = Field(default=3, description="Re-asks after an invalid answer before giving up.")
    # An OpenAI-compatible server (backends.director = "openai"); `model` is then the server's model name.
    base_url: str | None = Field(default=None, description="API base URL, e.g. http://127.0.0.1:11434/v1 (Ollama).")
    # Kept out of dumps and reprs, so the key never reaches a log, a manifest or a plan's cache key.
    api_key: str | None = Field(default=None, exclude=True, repr=False,
                                description="Bearer key for the server; falls back to OPENAI_API_KEY.")
    timeout_s: float = Field(default=120.0, gt=0, description="Seconds to wait for one answer from the server.")
    http_retries: int = Field(default=3, ge=0, description="Retries after connection errors, timeouts, 429 and 5xx.")


class BackendsConfig(_Section):
    director: str = "llm"
    cast: str = "people"
    keyframes: str = "animatic"
    shots: str = "animatic"
    voice: str = Field(default="auto", description="auto = piper for English when installed, else espeak.")
    edit: str = "ffmpeg"
    sound: str = Field(default="synth", description="The score and ambience under the narration (storyreel/sound).")


class DiffusionConfig(_Section):
    """Generative backends (backends.cast/keyframes/shots = "diffusion"); see storyreel/diffusion."""

    image_model: str = Field(default="sdxl", description="Text-to-image model for cast references and keyframes.")
    ip_adapter: str = Field(default="ip-adapter-sdxl", description="IP-Adapter that conditions keyframes on the cast.")
    video_model: str = Field(default="ltx-video", description="Image-to-video model for shots: ltx-video or wan2.1-*.")
    models_dir: str | None = Field(default=None, description="Folder with one sub-folder per model name "
                                   "(e.g. models/sdxl), looked at before the Hugging Face cache.")
    models: dict[str, str] = Field(default_factory=dict, description="Per-model override: name -> local folder or hub id.")
    allow_download: bool = Field(default=False, description="Let diffusers download hub ids missing from the cache.")
    device: Literal["auto", "cuda", "mps", "cpu"] = "auto"
    dtype: Literal["auto", "float32", "float16", "bfloat16"] = Field(
        default="auto", description="auto: bfloat16/float16 on a GPU, float32 on the CPU.")
    offload: Literal["none", "model", "sequential"] = Field(
        default="none", description="model: whole sub-models move to the GPU in turn (less VRAM); sequential: layer "
                                    "by layer (least VRAM, slowest).")
    vae_tiling: bool = Field(default=True, description="Decode large frames tile by tile (less memory).")
    vae_slicing: bool = Field(default=True, description="Decode a batch one item at a time (less memory).")
    image_steps: int | None = Field(default=None, ge=1, description="Sampling steps for pictures (default: the model's).")
    video_steps: int | None = Field(default=None, ge=1, description="Sampling steps for shots (default: the model's).")
    image_guidance: float | None = Field(default=None, ge=0, description="Guidance for pictures (default: the model's).")
    video_guidance: float | None = Field(default=None, ge=0, description="Guidance for shots (default: the model's).")
    negative_prompt: str = "blurry, distorted, deformed, extra limbs, watermark, text, caption, frame"
    foreground_scale: float = Field(default=0.6, ge=0, description="IP-Adapter weight of the scene's characters "
                                    "and objects (their cast references).")
    background_scale: float = Field(default=0.4, ge=0, description="IP-Adapter weight of the location's reference.")
    context_scale: float = Field(default=0.3, ge=0, description="Rolling context: IP-Adapter weight of the previous "
                                 "scene's keyframe, for consistent light and details; 0 turns it off.")
    chunk_frames: int | None = Field(default=None, ge=2, description="Frames per generated chunk (default: the model's).")
    overlap_frames: int | None = Field(default=None, ge=1, description="Last frames of a chunk that condition the next.")
    anchor_strength: float = Field(default=0.4, ge=0, le=1, description="How strongly every extension chunk is "
                                   "pulled back to the scene's keyframe (against drift); 0 turns it off.")
    bridge: bool = Field(default=False, description="First-last-frame: end each shot on the next scene's keyframe.")
    camera_start: float = Field(default=0.1, ge=0, le=1, description="Share of sampling steps before the camera "
                                "warp starts acting on the predicted clean latents.")
    camera_stop: float = Field(default=0.6, ge=0, le=1, description="Share of steps after which it stops (details "
                               "are left to the model).")
    camera_blend: float = Field(default=0.7, ge=0, le=1, description="Weight of the warped latents in the blend.")
    matting: Literal["auto", "isnet", "selfie", "none"] = Field(
        default="auto", description="Cut out character/object references: isnet (any subject), selfie (people), "
                                    "auto = isnet when installed; none keeps the generated background.")


class EvalConfig(_Section):
    """`storyreel eval`: how films are measured (see storyreel/evaluate)."""

    samples: int = Field(default=8, ge=2, description="Frames sampled per shot (evenly spaced, first and last included).")
    embedder: Literal["efficientnet", "clip"] = Field(
        default="efficientnet", description="Image features for consistency: EfficientNet-Lite0 (ships offline) or CLIP.")
    clip_model: str | None = Field(default=None, description="A local CLIP folder (transformers CLIPModel) or a hub id "
                                   "already in the cache; enables text alignment (CLIP-T).")
    face_threshold: float = Field(default=0.6, description="dlib face distance under which two faces are one person.")


class VoiceConfig(_Section):
    words_per_minute: int = 160
    pause_s: float = Field(default=0.6, description="Silence kept after the narration before the next scene.")
    espeak_voice: str | None = Field(default=None, description="Override the espeak-ng voice (default: by language).")


class EditConfig(_Section):
    transition: Literal["cut", "crossfade"] = "cut"
    crossfade_s: float = 0.5
    burn_subtitles: bool = False
    music: str | None = Field(default=None, description="Audio file mixed under the narration, ducked while speaking.")
    music_volume: float = 0.35
    score: bool = Field(default=True, description="An original score under the narration, a mood per scene "
                        "(storyreel/sound/score.py); a `music` file replaces it, --no-music drops it.")
    ambience: bool = Field(default=True, description="The sound of each scene's place, time and weather "
                           "(storyreel/sound/ambience.py); --no-ambience drops it.")
    crf: int = 20
    preset: str = "veryfast"


class StudioConfig(_Section):
    """`storyreel serve`: the studio's web page and HTTP API (see docs/studio.md)."""

    host: str = Field(default="127.0.0.1", description="Address to listen on; any but loopback needs a token.")
    port: int = Field(default=8000, ge=0, le=65535)
    projects_dir: str = Field(default="out", description="Folder holding one sub-folder per project (and the "
                              "studio's job database, .studio.sqlite3).")
    # Kept out of dumps and reprs like llm.api_key; STORYREEL_TOKEN sets it too.
    token: str | None = Field(default=None, exclude=True, repr=False,
                              description="Token clients must send (Authorization: Bearer); required off loopback.")
    workers: int = Field(default=1, ge=0, le=8, description="Jobs run at once (renders of different projects); "
                         "0 leaves jobs queued until a studio with workers starts.")
    allowed_hosts: list[str] = Field(default_factory=list, description="Extra names the Host header may carry "
                                     "(besides loopback and the address served on).")
    max_story_chars: int = Field(default=20_000, ge=100, le=MAX_STORY_CHARS,
                                 description="Longest story accepted (at most the CLI's limit, storyreel/limits.py).")
    max_upload_mb: float = Field(default=10.0, gt=0, description="Largest picture accepted as a cast reference.")
    max_batch: int = Field(default=20, ge=1, description="Most ideas in one batch.")
    serve_nice: int = Field(default=0, ge=0, le=19, description="How much lower answering requests runs than "
                            "rendering (on Linux, the nice value of the threads that answer): many readers then slow "
                            "a render less, and wait longer (docs/reliability.md, Load); 0 leaves them equal.")


class LocalConfig(_Section):
    """The local executor (docs/scaling.md)."""

    workers: int = Field(default=0, ge=0, le=64, description="Processes for the CPU jobs of `pool_stages`; 0: one "
                         "per core (measured the fastest, docs/scaling.md); 1 runs every job in the storyreel "
                         "process, in order.")
    pool_stages: list[Literal["cast", "voice", "keyframes", "shots", "sound", "edit"]] = Field(
        default_factory=lambda: ["voice", "keyframes", "shots", "sound"],
        description="Stages whose CPU jobs go to the pool when workers > 1 (model backends never do).")


class RayStageConfig(_Section):
    """What one job (or one model actor) of a stage asks the Ray cluster for."""

    num_cpus: float | None = Field(default=None, ge=0, description="CPUs reserved per job; default 1, and 0 for a "
                                   "model backend's actor (it holds its GPU; the CPU it uses is not reserved, so an "
                                   "idle actor never keeps CPU jobs waiting).")
    num_gpus: float | None = Field(default=None, ge=0, description="GPUs per job or actor; default: 1 for a "
                                   "model backend (diffusion) when the cluster has GPUs, else 0.")
    memory_gb: float = Field(default=0, ge=0, description="RAM reserved per job or actor (0: none reserved).")
    resources: dict[str, float] = Field(default_factory=dict, description="Custom resources, e.g. "
                                        "{\"gpu_h100\" = 1} to pin the stage to the nodes started with them.")
    actors: int = Field(default=0, ge=0, description="Model backends: most actors (each loads the model once); "
                        "0 = as many as the cluster fits (one per node when an actor reserves nothing).")


class RayConfig(_Section):
    """The Ray executor (`--executor ray`, docs/scaling.md)."""

    address: str = Field(default="", description="\"\" starts a Ray instance on this machine; \"auto\" joins the "
                         "cluster started here with `ray start`; HOST:PORT joins that cluster's head.")
    storage: Literal["auto", "shared", "ship"] = Field(
        default="auto", description="shared: the project folder is mounted at the same path on every node (checked); "
                                    "ship: workers get their inputs and return their files through Ray; auto: "
                                    "shared when every node sees the folder, else ship.")
    placement_timeout_s: float = Field(default=60.0, gt=0, description="How long a job may wait for a node able "
                                       "to run it to join the cluster before the render fails.")
    max_retries: int = Field(default=3, ge=0, description="Retries of a job whose worker died (not of an error).")
    max_restarts: int = Field(default=3, ge=0, description="Restarts of a model actor that died.")
    max_task_retries: int = Field(default=3, ge=0, description="Retries of an actor call lost with its actor.")
    num_cpus: int | None = Field(default=None, ge=1, description="A Ray instance started here: its CPUs.")
    num_gpus: int | None = Field(default=None, ge=0, description="A Ray instance started here: its GPUs.")
    object_store_mb: int | None = Field(default=None, ge=75, description="A Ray instance started here: its object "
                                        "store (default: Ray's).")
    node_ip: str = Field(default="127.0.0.1", description="A Ray instance started here listens on this address.")
    worker_logs: bool = Field(default=False, description="Print the workers' output on this console.")
    cast: RayStageConfig = Field(default_factory=RayStageConfig)
    voice: RayStageConfig = Field(default_factory=RayStageConfig)
    keyframes: RayStageConfig = Field(default_factory=RayStageConfig, description="Also the cast's model actors "
                                      "when both use the image model (one actor serves both).")
    shots: RayStageConfig = Field(default_factory=RayStageConfig)
    sound: RayStageConfig = Field(default_factory=RayStageConfig)
    edit: RayStageConfig = Field(default_factory=RayStageConfig)


class Config(_Section):
    width: int = 1280
    height: int = 720
    fps: int = 24
    seed: int = 0
    style: str = "colourful animatic"
    duration_s: float | None = Field(default=None, description="Requested film length in seconds.")
    visual_language: str = Field(default="en", description="Language of visual descriptions (ISO 639-1); English "
                                 "suits most image models. Narration always keeps the story's language.")
    chunk_words: int = Field(default=350, ge=30, description="Long stories are planned part by part (act by act), "
                             "about this many words each, with a summary of the parts before.")
    cache_dir: str = Field(default="", description="Where assembled models and embeddings live (default ~/.cache/storyreel).")
    executor: Literal["local", "ray"] = Field(default="local", description="Where a render's jobs run: this "
                                              "process (local) or a Ray cluster (ray).")
    backends: BackendsConfig = Field(default_factory=BackendsConfig)
    diffusion: DiffusionConfig = Field(default_factory=DiffusionConfig)
    eval: EvalConfig = Field(default_factory=EvalConfig)
    llm: LLMConfig = Field(default_factory=LLMConfig)
    voice: VoiceConfig = Field(default_factory=VoiceConfig)
    edit: EditConfig = Field(default_factory=EditConfig)
    studio: StudioConfig = Field(default_factory=StudioConfig)
    local: LocalConfig = Field(default_factory=LocalConfig)
    ray: RayConfig = Field(default_factory=RayConfig)

    def cache_path(self) -> Path:
        if self.cache_dir:
            return Path(self.cache_dir).expanduser()
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        return Path(base) / "storyreel"


def _set_path(tree: dict, path: list[str], value: Any) -> None:
    for key in path[:-1]:
        tree = tree.setdefault(key, {})
    tree[path[-1]] = value


def _merge(base: dict, extra: dict) -> dict:
    out = dict(base)
    for k, v in extra.items():
        out[k] = _merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


def env_overrides(environ: dict[str, str] | None = None) -> dict:
    """STORYREEL_LLM__MODEL=x -> {'llm': {'model': 'x'}}; values stay strings, pydantic converts."""
    environ = os.environ if environ is None else environ
    tree: dict = {}
    for key, value in environ.items():
        if key.startswith(ENV_PREFIX) and key not in ("STORYREEL_CONFIG", "STORYREEL_TOKEN"):
            _set_path(tree, key[len(ENV_PREFIX):].lower().split("__"), value)
    return tree


def load_config(path: Path | None = None, overrides: dict | None = None, environ: dict[str, str] | None = None) -> Config:
    """Build the configuration from a TOML file, the environment and explicit overrides (flags)."""
    environ = os.environ if environ is None else environ
    data: dict = {}
    path = path or (Path(environ["STORYREEL_CONFIG"]) if environ.get("STORYREEL_CONFIG") else None)
    if path is None and Path("storyreel.toml").is_file():
        path = Path("storyreel.toml")
    if path is not None:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise InputError(f"config file {path} does not exist") from None
        except tomllib.TOMLDecodeError as exc:
            raise InputError(f"config file {path} is not valid TOML: {exc}") from None
    data = _merge(data, env_overrides(environ))
    data = _merge(data, overrides or {})
    llm = data.get("llm", {})
    if isinstance(llm, dict) and not llm.get("api_key") and environ.get("OPENAI_API_KEY"):
        # The variable every OpenAI-compatible client reads; ours (STORYREEL_LLM__API_KEY) wins.
        data = _merge(data, {"llm": {"api_key": environ["OPENAI_API_KEY"]}})
    studio = data.get("studio", {})
    if isinstance(studio, dict) and not studio.get("token") and environ.get("STORYREEL_TOKEN"):
        data = _merge(data, {"studio": {"token": environ["STORYREEL_TOKEN"]}})  # the studio's token
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise InputError(f"invalid configuration: {problems}") from None
