"""The contract between the diffusion shot stage (diffusion.py) and the pipeline families that
generate its chunks (ltx.py, wan.py): what one generation is asked (`ChunkRequest`) and what a
driver does with it (`Driver`). Its own module, so the drivers and the stage import it, not each
other."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from PIL import Image

from ..config import Config
from ..diffusion import models
from ..diffusion.camera import CameraWarp, View


@dataclass
class ChunkRequest:
    """Everything one generation needs; a driver turns it into its pipeline's call."""

    prompt: str
    negative_prompt: str
    width: int
    height: int
    length: int  # frames to generate (a count the model accepts)
    keyframe: Image.Image
    context: list[Image.Image] = field(default_factory=list)  # previous chunk's last frames (extensions)
    anchor: Image.Image | None = None  # the keyframe, moved to where the camera is at the chunk's end
    anchor_strength: float = 0.0  # how much an extension is pulled toward `anchor` (0 for the first chunk)
    last_image: Image.Image | None = None  # first-last-frame: the next scene's keyframe
    camera: CameraWarp | None = None
    steps: int = 30
    guidance: float = 5.0
    fps: int = 24
    seed: int = 0


class Driver(Protocol):
    """One video pipeline family (ltx.py, wan.py)."""

    def load(self, model: models.Resolved, config: Config):
        """The loaded pipeline."""

    def geometry(self, pipe) -> tuple[int, int]:
        """(temporal compression ratio, spatial multiple) of the loaded pipeline."""

    def validate(self, pipe, overlap: int, bridge: bool) -> None:
        """An InputError when `overlap` frames cannot condition an extension, or the model
        cannot end a shot on a given frame (`bridge`)."""

    def camera(self, pipe, request: ChunkRequest, views: list[View], dc) -> CameraWarp:
        """A CameraWarp for this pipeline's latent layout."""

    def generate(self, pipe, request: ChunkRequest) -> list[Image.Image]:
        """Exactly request.length frames."""
