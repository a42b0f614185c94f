"""The shots stage: each scene becomes a silent MP4 with an exact number of frames.

Backends plug in by name through `REGISTRY`. The built-in "animatic" backend renders
frames on the CPU and streams them into ffmpeg through `FrameWriter`: raw rgb24 on
stdin, so no frame ever touches the disk.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path
from types import TracebackType
from typing import Callable, Protocol

from .. import tools
from ..animatic import RENDERER_VERSION
from ..config import Config
from ..animatic.renderer import SceneRenderer
from ..errors import StoryreelError
from ..project import Project
from ..registry import Registry
from ..script import Scene, Script


class ShotBackend(Protocol):
    name: str
    version: str

    def render(self, scene: Scene, script: Script, project: Project, frames: int, out: Path, *,
               crf: int = 20, preset: str = "veryfast", on_frame: Callable[[], None] | None = None) -> None:
        """Write a silent MP4 of exactly `frames` frames at script.fps and script size to `out`.
        `on_frame` is called after each frame, for progress display."""
        ...

    def close(self) -> None:
        """Free what the backend loaded (a model); called when the stage ends."""
        ...


REGISTRY: Registry[ShotBackend] = Registry("shots")


class FrameWriter:
    """Encode raw rgb24 frames to H.264 with ffmpeg reading from a pipe.

    Use as a context manager: on normal exit it closes the pipe, waits for ffmpeg and
    raises StoryreelError (with ffmpeg's messages) if encoding failed; when the block
    raises, ffmpeg is killed so nothing is left running. `process` is the ffmpeg process.
    """

    def __init__(self, out: Path, width: int, height: int, fps: int, crf: int = 20, preset: str = "veryfast"):
        self.out = Path(out)
        self.width, self.height, self.fps = width, height, fps
        self.crf, self.preset = crf, preset
        self.frame_bytes = width * height * 3
        self.frames_written = 0
        self.process: subprocess.Popen | None = None
        self._stderr = None

    def __enter__(self) -> FrameWriter:
        args = [tools.require("ffmpeg"), "-y", "-loglevel", "error",
                "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", f"{self.width}x{self.height}",
                "-r", str(self.fps), "-i", "-",
                "-an", *tools.h264_args(self.crf, self.preset), "-r", str(self.fps), str(self.out)]
        # stderr goes to a file, not a pipe: a chatty ffmpeg could otherwise fill the pipe
        # and block while we block writing frames to it.
        self._stderr = tempfile.TemporaryFile()
        try:
            self.process = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                            stderr=self._stderr)
        except OSError:
            self._stderr.close()
            raise
        return self

    def _ffmpeg_messages(self) -> str:
        self._stderr.seek(0)
        lines = self._stderr.read().decode("utf-8", "replace").strip().splitlines()
        return "\n".join(lines[-12:]) or "(ffmpeg printed nothing)"

    def _failure(self) -> StoryreelError:
        return StoryreelError(f"ffmpeg failed writing {self.out} (exit {self.process.returncode}):\n"
                              f"{self._ffmpeg_messages()}")

    def write(self, rgb: bytes) -> None:
        """Send one frame: exactly width * height * 3 bytes of rgb24."""
        if len(rgb) != self.frame_bytes:
            raise ValueError(f"frame {self.frames_written} has {len(rgb)} bytes, expected "
                                 f"{self.frame_bytes} for {self.width}x{self.height} rgb24")
        try:
            self.process.stdin.write(rgb)
        except BrokenPipeError:
            self.process.wait()
            raise self._failure() from None
        self.frames_written += 1

    def _close_stdin(self) -> None:
        try:
            self.process.stdin.close()
        except BrokenPipeError:
            pass  # ffmpeg already exited; its exit code and messages tell why

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            if exc_type is None:
                self._close_stdin()
                if self.process.wait() != 0:
                    raise self._failure()
        finally:
            # The block failed (or was interrupted): never leave ffmpeg running.
            if self.process.poll() is None:
                self.process.kill()
            self.process.wait()
            self._close_stdin()
            self._stderr.close()


@REGISTRY.register("animatic")
class AnimaticShots:
    """Backdrop with parallax, staged sprites with simple motion, eased camera move."""

    name = "animatic"
    version = RENDERER_VERSION
    uses_next_keyframe = False
    shows_speech = True  # a speaker's mouth moves on its lines: the pipeline gives it `spoken`

    def __init__(self, config: Config | None = None):
        self.cache_dir = config.cache_path() if config is not None else None

    def render(self, scene: Scene, script: Script, project: Project, frames: int, out: Path, *,
               crf: int = 20, preset: str = "veryfast", on_frame: Callable[[], None] | None = None,
               spoken: list[dict] | None = None) -> dict | None:
        """The shot; with `spoken` (the characters' lines as it plays them, voice/mouths.py), the
        speakers' mouths move, and it returns how: {"speaking": SceneRenderer.speaking()}."""
        renderer = SceneRenderer(script, project, scene, frames, self.cache_dir, spoken)
        with FrameWriter(out, script.width, script.height, script.fps, crf, preset) as writer:
            for rgb in renderer.frames():
                writer.write(rgb)
                if on_frame is not None:
                    on_frame()
        return {"speaking": renderer.speaking()} if spoken else None

    def close(self) -> None:
        pass


from . import diffusion  # noqa: E402,F401  (registers "diffusion"; imports torch only when used)
