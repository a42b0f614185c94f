"""Shared fixtures. Tests run offline on 2 shared cores: keep libraries single-threaded."""

import copy
import json
import os
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import pytest

def with_set_up_art(cache: Path) -> Path:
    """`cache` (a test's own cache folder) with the art `make setup` installed in the user's cache
    linked into it: the people kit, the emoji's labels and the clip art's index."""
    from storyreel.config import load_config

    set_up = load_config(environ={}).cache_path()
    cache.mkdir(parents=True, exist_ok=True)
    for folder in ("people", "emoji", "clipart"):
        if not (cache / folder).exists() and (set_up / folder).exists():
            (cache / folder).symlink_to(set_up / folder)
    return cache


def write_project(root: Path, data: dict) -> Path:
    """A project folder holding `data` as its script.json."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "script.json").write_text(json.dumps(data, indent=2), encoding="utf-8")
    return root


def manifest(root: Path) -> dict:
    """The artifacts a project's manifest records, by relative path."""
    return json.loads((root / "manifest.json").read_text())["artifacts"]


THREE_SCENES = {
    "title": "The Red Kite",
    "logline": "A boy and his dog fly a kite on a windy hill.",
    "style": "colourful animatic",
    "language": "en",
    "fps": 12,
    "width": 320,
    "height": 180,
    "seed": 7,
    "entities": [
        {"id": "milo", "name": "Milo", "kind": "character", "description": "A small boy with a green jumper."},
        {"id": "rex", "name": "Rex", "kind": "character", "description": "A brown dog with floppy ears."},
        {"id": "kite", "name": "Kite", "kind": "object", "description": "A red diamond kite with a long tail."},
        {"id": "hill", "name": "Windy Hill", "kind": "location", "description": "A grassy hill on a sunny morning."},
        {"id": "home", "name": "Home", "kind": "location", "description": "A cosy kitchen at night."},
    ],
    "scenes": [
        {"id": "s1", "description": "Milo and Rex run up the grassy hill.", "narration": "Milo ran up the hill.",
         "duration_s": 2.0, "entities": ["milo", "rex"], "background": "hill",
         "camera": {"move": "pan_right", "speed": "medium"}, "protagonist": "milo",
         "actions": {"milo": "enter_left", "rex": "jump"}},
        {"id": "s2", "description": "The red kite rises into the sky.", "narration": "The kite flew high.",
         "duration_s": 2.0, "entities": ["kite", "milo"], "background": "hill",
         "camera": {"move": "tilt_up", "speed": "slow"}, "protagonist": "kite", "actions": {"kite": "idle"}},
        {"id": "s3", "description": "Milo eats soup at home with Rex.", "narration": "At night they ate soup.",
         "duration_s": 2.5, "entities": ["milo", "rex"], "background": "home", "time": "night",
         "camera": {"move": "zoom_in", "speed": "fast"}, "protagonist": "rex", "actions": {}},
    ],
}


@pytest.fixture
def script_data():
    """A valid hand-written 3-scene script, small and fast to render."""
    return copy.deepcopy(THREE_SCENES)


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory):
    """Tiny random diffusers pipelines ({name: folder}, see `storyreel.diffusion.tiny`), built once per session.

    Set TINY_MODELS_DIR to a folder to reuse the builds across sessions (they are idempotent); not a
    STORYREEL_ variable, since those are settings.
    """
    import torch  # lazily: only the tests that use these models pay for torch / diffusers

    torch.set_num_threads(1)
    from storyreel.diffusion.tiny import build_tiny_models

    root = os.environ.get("TINY_MODELS_DIR") or tmp_path_factory.mktemp("tiny_models")
    return build_tiny_models(root)


@pytest.fixture
def project(tmp_path, script_data):
    """(Project, Script): the 3-scene script with plain-colour cast references, no cast stage run."""
    from PIL import Image

    from storyreel.project import Project
    from storyreel.script import Script

    project = Project(tmp_path / "film")
    project.ensure()
    script = Script.model_validate(script_data)
    colours = iter([(200, 40, 40), (40, 160, 60), (230, 200, 30), (60, 120, 220), (120, 60, 30)])
    for entity in script.entities:
        Image.new("RGB", (64, 64), next(colours)).save(project.cast(entity.id))
    return project, script


def pixels(path):
    """A picture file's RGB pixels as int16 (differences do not wrap around)."""
    import numpy as np
    from PIL import Image

    return np.asarray(Image.open(path).convert("RGB"), dtype=np.int16)


@pytest.fixture(scope="session")
def tiny_clip(tmp_path_factory):
    """A tiny random CLIPModel folder (save_pretrained): for the plumbing of CLIP-T, values are meaningless."""
    import torch
    from transformers import CLIPConfig, CLIPImageProcessor, CLIPModel

    from storyreel.diffusion.tiny import build_clip_tokenizer

    torch.set_num_threads(1)
    tokenizer = build_clip_tokenizer()
    ids = dict(vocab_size=len(tokenizer), bos_token_id=tokenizer.bos_token_id, eos_token_id=tokenizer.eos_token_id,
               pad_token_id=tokenizer.eos_token_id)
    config = CLIPConfig(
        text_config=dict(hidden_size=16, intermediate_size=32, num_hidden_layers=1, num_attention_heads=2,
                         max_position_embeddings=77, **ids),
        vision_config=dict(hidden_size=16, intermediate_size=32, num_hidden_layers=1, num_attention_heads=2,
                           image_size=32, patch_size=8),
        projection_dim=8)
    torch.manual_seed(0)
    folder = tmp_path_factory.mktemp("tiny-clip")
    CLIPModel(config).save_pretrained(folder)
    CLIPImageProcessor(size={"shortest_edge": 32}, crop_size={"height": 32, "width": 32}).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder
