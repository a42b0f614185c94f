"""The keyframes stage: one still per scene, to review the staging before rendering shots.

Backends plug in by name through `REGISTRY`, each built from the configuration. The
"animatic" keyframe is exactly the first frame of the animatic shot; "diffusion"
(ip_adapter.py) generates it conditioned on the cast. A backend with
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

    def render(self, scene: Scene, script: Script, project: Project, out: Path) -> None:
        """Write a PNG of the script's size to `out`."""
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
        pass

    def render(self, scene: Scene, script: Script, project: Project, out: Path) -> None:
        renderer = SceneRenderer(script, project, scene, frame_count(scene.duration_s, script.fps))
        renderer.frame(0).save(out, format="PNG")

    def close(self) -> None:
        pass


from . import ip_adapter  # noqa: E402,F401  (registers "diffusion"; imports torch only when used)
