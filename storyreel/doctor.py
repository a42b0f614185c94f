"""`storyreel doctor`: what this machine has, and which backends can run on it.

Nothing here loads a model or touches the network: it looks for programs, packages,
files and devices, so it answers in a second even on a machine without a GPU.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
import shutil
from pathlib import Path

from rich.console import Console
from rich.table import Table

from . import __version__
from .cast import clipart, glyphs, labels, matting, nouns
from .sound import score
from .cast.people import kit as people_kit
from .config import Config
from .diffusion import models
from .director.llm import RUNTIME_PACKAGE, runtime_version
from .director.models import MODELS
from .errors import StoryreelError
from .voice import piper


def _version(package: str) -> str | None:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return None


def _memory_gb() -> dict[str, float | None]:
    """Total and available RAM from /proc/meminfo (Linux); None elsewhere."""
    info: dict[str, float | None] = {"total_gb": None, "available_gb": None}
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            key, value = line.split(":", 1)
            if key in ("MemTotal", "MemAvailable"):
                info["total_gb" if key == "MemTotal" else "available_gb"] = round(int(value.split()[0]) / 2**20, 1)
    except OSError:
        pass
    return info


def _devices() -> dict:
    """torch's view of the accelerators (without torch: CPU only)."""
    if importlib.util.find_spec("torch") is None:
        return {"torch": None, "cuda": False, "mps": False, "gpus": [], "device": "cpu"}
    import torch

    gpus = [{"name": torch.cuda.get_device_name(i),
             "vram_gb": round(torch.cuda.get_device_properties(i).total_memory / 2**30, 1)}
            for i in range(torch.cuda.device_count())] if torch.cuda.is_available() else []
    mps = bool(getattr(torch.backends, "mps", None)) and torch.backends.mps.is_available()
    return {"torch": torch.__version__, "cuda": bool(gpus), "mps": mps, "gpus": gpus,
            "device": "cuda" if gpus else "mps" if mps else "cpu"}


def _models(config: Config) -> dict[str, str]:
    """Each registered model: where it was found, or why not."""
    found = {}
    for name in models.SPECS:
        try:
            found[name] = models.resolve(name, config.diffusion).source
        except StoryreelError:
            found[name] = "missing"
    return found


def report(config: Config) -> dict:
    """Everything `doctor` shows, as JSON-able data."""
    cache = config.cache_path()
    dc = config.diffusion
    diffusers = _version("diffusers")
    have_models = _models(config)
    llm_files = {name: (cache / "models" / m.filename).is_file() for name, m in MODELS.items()}
    llm_runtime = runtime_version()
    tools = {t: shutil.which(t) for t in ("ffmpeg", "ffprobe", "espeak-ng")}
    font = next((str(p) for p in glyphs.FONT_CANDIDATES if p.is_file()), None)
    mattes = matting.available(cache)
    devices = _devices()

    def model_state(name: str) -> str | None:
        return None if have_models.get(name, "missing") != "missing" else f"model {name} missing"

    def need(*problems: str | None) -> dict:
        problems = [p for p in problems if p]
        return {"ok": not problems, "why": "; ".join(problems) or "ready"}

    no_diffusers = None if diffusers else "diffusers not installed (make setup EXTRAS=diffusion)"
    slow = None if devices["device"] != "cpu" else "no GPU: runs on the CPU, very slowly"
    # What both cut-out casts read: the emoji's labels, the dictionaries that name a story's things, the clip art.
    missing_dictionaries = [lang for lang in nouns.FILES if not nouns.available(lang)]
    art = (None if labels.available(cache) else "the emoji labels are not set up (make setup)",
           f"no dictionary for {', '.join(missing_dictionaries)} (make setup): their things are named by the model"
           if missing_dictionaries else None,
           None if clipart.available() else "no clip art (apt-get install openclipart-svg): things no emoji shows "
           "are left out")
    backends = {
        "director: llm": need(None if llm_runtime else f"{RUNTIME_PACKAGE} not installed (make setup)",
                              None if llm_files.get(config.llm.model, True) else
                              f"{config.llm.model} not assembled (make setup)"),
        "director: openai": need(None if config.llm.base_url else "no llm.base_url (--llm-url) set"),
        "cast: emoji": need(None if font else "Noto Color Emoji font missing (apt-get install fonts-noto-color-emoji)",
                            *art),
        "cast: people": need(None if font else "Noto Color Emoji font missing (apt-get install fonts-noto-color-emoji)",
                             None if people_kit.available(cache) else "the people kit is not set up (make setup)",
                             *art),
        "cast: diffusion": need(no_diffusers, model_state(dc.image_model)),
        "keyframes: animatic": need(),
        "keyframes: diffusion": need(no_diffusers, model_state(dc.image_model),
                                     model_state(dc.ip_adapter) if models.uses_ip_adapter(dc) else None),
        "shots: animatic": need(None if tools["ffmpeg"] else "ffmpeg missing"),
        "shots: diffusion": need(no_diffusers, model_state(dc.video_model), None if tools["ffmpeg"] else "ffmpeg missing"),
        "voice: espeak": need(None if tools["espeak-ng"] else "espeak-ng missing (apt-get install espeak-ng)"),
        "voice: piper": need(None if piper.available() else "piper extra not installed (make setup EXTRAS=piper)"),
        "edit: ffmpeg": need(None if tools["ffmpeg"] else "ffmpeg missing (apt-get install ffmpeg)"),
        "sound: synth": need(None if score.SOUNDFONT.is_file() else
                             f"no General MIDI SoundFont (apt-get install {score.SOUNDFONT_PACKAGE}): no score; "
                             "render with --no-music"),
    }
    for name in ("cast: diffusion", "keyframes: diffusion", "shots: diffusion"):
        if backends[name]["ok"] and slow:
            backends[name]["why"] = slow
    return {
        "storyreel": __version__,
        "device": devices,
        "cpu_cores": os.cpu_count(),
        "memory": _memory_gb(),
        "cache": str(cache),
        "extras": {"diffusion": diffusers, "accelerate": _version("accelerate"), "piper": piper.available(),
                   "matting": mattes, "ray": _version("ray")},
        "tools": tools,
        "llm_runtime": {"package": RUNTIME_PACKAGE, "version": llm_runtime},
        "llm_models": llm_files,
        "models": have_models,
        "backends": backends,
    }


def show(data: dict, console: Console) -> None:
    """Print the report as two tables: the machine, then the backends."""
    machine = Table(title=f"storyreel {data['storyreel']}: this machine", show_header=False)
    dev = data["device"]
    gpus = ", ".join(f"{g['name']} ({g['vram_gb']} GB)" for g in dev["gpus"]) or "none"
    mem = data["memory"]
    rows = [
        ("device", f"{dev['device']} (torch {dev['torch'] or 'not installed'}; GPUs: {gpus}; mps: {dev['mps']})"),
        ("CPU cores / RAM", f"{data['cpu_cores']} / {mem['total_gb']} GB ({mem['available_gb']} GB free)"),
        ("LLM runtime", f"{data['llm_runtime']['package']} {data['llm_runtime']['version'] or 'NOT INSTALLED'}"),
        ("extras", ", ".join(f"{k}: {v if v else 'no'}" for k, v in data["extras"].items())),
        ("tools", ", ".join(f"{k}: {'yes' if v else 'MISSING'}" for k, v in data["tools"].items())),
        ("cache", data["cache"]),
    ]
    rows += [(f"model {name}", where) for name, where in data["models"].items()]
    for key, value in rows:
        machine.add_row(key, str(value))
    console.print(machine)
    table = Table(title="backends", show_header=True)
    table.add_column("stage: backend")
    table.add_column("can run")
    table.add_column("notes")
    for name, state in data["backends"].items():
        table.add_row(name, "[green]yes[/green]" if state["ok"] else "[red]no[/red]", state["why"])
    console.print(table)
