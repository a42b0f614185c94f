"""The keyframes stage: one still per scene, to review the staging before rendering shots.

Backends plug in by name through `REGISTRY`. The "animatic" keyframe is exactly the
first frame of the animatic shot.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from .animatic import RENDERER_VERSION
from .animatic.renderer import SceneRenderer
from .project import Project
from .registry import Registry
from .script import Scene, Script
from .timing import frame_count


class KeyframeBackend(Protocol):
    name: str
    version: str

    def render(self, scene: Scene, script: Script, project: Project, out: Path) -> None:
        """Write a PNG of the script's size to `out`."""
        ...


REGISTRY: Registry[KeyframeBackend] = Registry("keyframes")


@REGISTRY.register("animatic")
class AnimaticKeyframes:
    """The animatic shot's frame 0 (it does not depend on the shot's final length)."""

    name = "animatic"
    version = RENDERER_VERSION

    def render(self, scene: Scene, script: Script, project: Project, out: Path) -> None:
        renderer = SceneRenderer(script, project, scene, frame_count(scene.duration_s, script.fps))
        renderer.frame(0).save(out, format="PNG")
