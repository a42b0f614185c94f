"""Small pieces every generative backend uses: sizes, seeds, prompts, images in and out."""

from __future__ import annotations

import hashlib
import math

from PIL import Image

from .. import files
from ..script import Entity, Scene, Script

NEUTRAL = (127, 127, 127)  # what a cut-out reference is flattened onto before an image encoder sees it


def fit_size(width: int, height: int, area: int, multiple: int) -> tuple[int, int]:
    """A size with the aspect of width x height, about `area` pixels, both sides a multiple
    of `multiple` (what the VAE and transformer patches need), at least one multiple each."""
    aspect = width / height
    w = math.sqrt(area * aspect)
    h = w / aspect
    return max(multiple, round(w / multiple) * multiple), max(multiple, round(h / multiple) * multiple)


def seed_for(seed: int, *keys: str) -> int:
    """A stable per-item seed (entity, scene, chunk) derived from the script's seed."""
    digest = hashlib.sha256("\x1f".join([str(seed), *keys]).encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big")


def generator(seed: int):
    import torch

    # A CPU generator gives the same noise on every device, so a seed means the same picture.
    return torch.Generator("cpu").manual_seed(seed)


def settings_version(*parts) -> str:
    """A backend version string that changes whenever a setting that shapes the output does."""
    return "diffusion-1-" + files.sha256_json(list(parts))[:12]


def flatten(image: Image.Image, colour: tuple[int, int, int] = NEUTRAL) -> Image.Image:
    """RGB of an image; transparent parts (cut-out references) become a neutral colour."""
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        base = Image.new("RGBA", image.size, (*colour, 255))
        base.alpha_composite(image.convert("RGBA"))
        return base.convert("RGB")
    return image.convert("RGB")


def to_script_size(image: Image.Image, script: Script) -> Image.Image:
    """A generated picture at the script's exact size (models work on multiples of 8-32)."""
    if image.size == (script.width, script.height):
        return image
    return image.resize((script.width, script.height), Image.Resampling.LANCZOS)


# How each time of day and weather is asked of an image model.
TIME_WORDS = {"dawn": "at dawn, first light, pink sky", "morning": "in the morning, soft light",
              "day": "in daylight", "sunset": "at sunset, warm golden light", "night": "at night, dark sky, moonlight"}
WEATHER_WORDS = {"clear": "clear weather", "cloudy": "overcast, grey clouds", "fog": "thick fog, misty",
                 "rain": "rain falling, wet ground", "snow": "snow falling, snowy", "storm": "storm, heavy rain, lightning"}


def scene_prompt(scene: Scene, script: Script) -> str:
    """What a keyframe or shot shows: the scene's description, who is in it, where and when
    (time of day and weather), the style."""
    people = []
    for entity_id in scene.entities:
        entity = script.entity(entity_id)
        people.append(f"{entity.name}: {entity.description}")
    place = script.entity(scene.background)
    parts = [scene.description, *people, f"Setting: {place.description}",
             f"{TIME_WORDS[scene.time]}, {WEATHER_WORDS[scene.weather]}"]
    if script.style:
        parts.append(f"Style: {script.style}")
    return " ".join(p.strip().rstrip(".") + "." for p in parts if p.strip())


def drawn_record(scene: Scene, script: Script, prompt: str) -> dict:
    """What a generative keyframe drew, for the manifest: the prompt, and the place, time,
    weather and cast it asked for (an image model's own choices cannot be read back)."""
    return {"prompt": prompt,
            "entities": {eid: {"prompt": f"{script.entity(eid).name}: {script.entity(eid).description}"}
                         for eid in scene.entities},
            "background": {"location": scene.background, "time": scene.time, "weather": scene.weather}}


def entity_prompt(entity: Entity, style: str) -> tuple[str, str]:
    """(prompt, extra negative prompt) for an entity's reference picture: a character or
    object alone on a plain background, full figure; a location empty of anyone."""
    style = f", {style}" if style else ""
    if entity.kind == "location":
        return (f"{entity.name}: {entity.description}. Wide establishing shot of the empty place, "
                f"no people{style}", "people, person, character, animal, crowd, text")
    return (f"{entity.name}: {entity.description}. Full-body {entity.kind} reference sheet, one single "
            f"{entity.kind}, centred, whole figure in view, plain light grey studio background{style}",
            "scenery, landscape, busy background, several figures, cropped, text")


def image_multiple(pipe) -> int:
    """The side multiple a text-to-image pipeline needs: the VAE's factor times the UNet's
    downsampling (SDXL: 8 x 4), or twice the VAE's factor for patched transformers."""
    unet = getattr(pipe, "unet", None)
    if unet is not None:
        return pipe.vae_scale_factor * 2 ** (len(unet.config.block_out_channels) - 1)
    return pipe.vae_scale_factor * 2
