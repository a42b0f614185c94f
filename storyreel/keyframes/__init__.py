"""The keyframes stage: one still per scene, to review the staging before rendering shots.

Backends plug in by name through `REGISTRY`, each built from the configuration. The
"animatic" keyframe is exactly the first frame of the animatic shot; "diffusion" generates
it conditioned on the cast, with the backend the image model calls for: FLUX.1 Kontext
edits a board of the cast references (kontext.py), SDXL models take them as IP-Adapter
image prompts (ip_adapter.py). A backend with
`uses_previous_keyframe` reads the previous scene's keyframe, so the pipeline makes
keyframes in order and counts that keyframe among each one's inputs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from ..animatic import RENDERER_VERSION
from ..config import Config
from ..animatic.renderer import SceneRenderer
from ..project import Project
from ..registry import Registry
from ..script import Scene, Script
from ..timing import frame_count


class KeyframeBackend(Protocol):
    name: str
    version: str

    def render(self, scene: Scene, script: Script, project: Project, out: Path) -> dict | None:
        """Write a PNG of the script's size to `out`. May return {"boxes": {entity: [x0, y0, x1, y1]}}
        where it knows the entities are drawn (evaluation crops with it) and {"drawn": ...}, what
        each entity and the background were drawn from (see AnimaticKeyframes); the manifest keeps it."""
        ...

    def close(self) -> None:
        """Free what the backend loaded (a model); called when the stage ends."""
        ...


REGISTRY: Registry[KeyframeBackend] = Registry("keyframes")


@REGISTRY.register("animatic")
class AnimaticKeyframes:
    """The animatic shot's frame 0 (it does not depend on the shot's final length)."""

    name = "animatic"
    version = RENDERER_VERSION
    uses_previous_keyframe = False

    def __init__(self, config: Config | None = None):
        self.cache_dir = config.cache_path() if config is not None else None

    def render(self, scene: Scene, script: Script, project: Project, out: Path) -> dict:
        """Draw frame 0; return where each entity is ("boxes") and what the picture was drawn from
        ("drawn": {"entities": {id: {"glyph", "glyph_name"}}, "background": {"location", "terrain",
        "landmark", "landmark_name", "time", "weather"}}), read from the same cast looks, time and
        weather the renderer used."""
        renderer = SceneRenderer(script, project, scene, frame_count(scene.duration_s, script.fps), self.cache_dir)
        renderer.frame(0).save(out, format="PNG")
        return {"boxes": renderer.boxes(0), "drawn": renderer.drawn()}

    def close(self) -> None:
        pass


@REGISTRY.register("diffusion")
def diffusion_keyframes(config: Config) -> KeyframeBackend:
    """The generative keyframe backend for `config.diffusion.image_model`: `KontextKeyframes` for
    a flux-kontext model, else `IPAdapterKeyframes` (SDXL family)."""
    # Imported on use: the animatic backend needs none of the diffusion code (torch loads with a model).
    from ..diffusion import models

    if models.spec(config.diffusion.image_model).family == "flux-kontext":
        from .kontext import KontextKeyframes

        return KontextKeyframes(config)
    from .ip_adapter import IPAdapterKeyframes

    return IPAdapterKeyframes(config)
