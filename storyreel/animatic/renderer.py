"""Turn one scene into frames: backdrop layers, sprites with shadows, motion and camera.

Everything that does not change from frame to frame (scaled layers, scaled and
mirrored sprites, shadows, the composited backdrop) is prepared once in
`SceneRenderer.__init__`, so a frame costs a few integer crops and small alpha
pastes; while the camera zooms, one nearest-neighbour resample of a supersampled
backdrop and of each sprite.

Coordinates: layout and motion work in frame pixels for the centred view; the world
(the painted backdrop, 1.25x the frame) puts that view at its middle, so a point at
frame (x, y) is at world (x + margin_x, y + margin_y), and the camera rectangle says
which part of the world is on screen.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageOps, UnidentifiedImageError

from ..errors import StoryreelError
from ..project import Project
from ..script import Scene, Script
from .camera import PANS, ZOOMS, Rect, camera_rect, parallax_offset, world_size
from .layout import Placement, layout
from .motion import pose

SHADOW_OPACITY = 110  # of 255, at the centre of the shadow
SHADOW_WIDTH = 0.8    # share of the sprite width
SHADOW_HEIGHT = 0.09  # share of the sprite height
SUPERSAMPLE = 3       # detail kept for zooms (see SceneRenderer._prepare_zoom)


def _open_image(path: Path, mode: str, what: str) -> Image.Image:
    """Open a cast image in `mode`, or raise an error naming what it is for and where it should be."""
    if not path.is_file():
        raise StoryreelError(
            f"{what}: image {path} is missing; the cast stage of `storyreel render` makes it, "
            f"or put your own PNG there")
    try:
        with Image.open(path) as im:
            im.load()
            return im.convert(mode)
    except (UnidentifiedImageError, OSError) as exc:
        raise StoryreelError(f"{what}: cannot read image {path} ({exc}); replace it with a valid PNG") from None


def _cover(im: Image.Image, size: tuple[int, int]) -> Image.Image:
    """Scale to cover `size` and crop the middle (no-op when it already has that size)."""
    return im if im.size == size else ImageOps.fit(im, size, Image.LANCZOS)


def _trim(sprite: Image.Image) -> Image.Image:
    """Cut transparent margins so the sprite's feet are its bottom edge."""
    box = sprite.getchannel("A").getbbox()
    return sprite.crop(box) if box else sprite


def _shadow(width: int, height: int) -> Image.Image:
    """A soft dark ellipse mask ("L") with some transparent room for the blur."""
    pad = max(2, height // 2)
    mask = Image.new("L", (width + 2 * pad, height + 2 * pad), 0)
    ImageDraw.Draw(mask).ellipse((pad, pad, pad + width - 1, pad + height - 1), fill=SHADOW_OPACITY)
    return mask.filter(ImageFilter.GaussianBlur(max(1.0, height / 4)))


@dataclass
class _Actor:
    placement: Placement
    action: str
    sprite: Image.Image        # facing as drawn (left)
    mirrored: Image.Image      # facing right
    shadow: Image.Image
    # SUPERSAMPLE-times larger copies (as drawn, mirrored), only when the camera zooms.
    sharp: tuple[Image.Image, Image.Image] | None = None


class _Backdrop:
    """The location's layers at world size, and how to show a part of them."""

    def __init__(self, project: Project, location_id: str, world: tuple[int, int]):
        far_path, near_path = project.cast_layer(location_id, "far"), project.cast_layer(location_id, "near")
        what = f"backdrop of location {location_id!r}"
        self.layered = far_path.is_file() and near_path.is_file()
        if not self.layered:
            self.far = self.world = _cover(_open_image(project.cast(location_id), "RGB", what), world)
            return
        self.far = _cover(_open_image(far_path, "RGB", what), world)
        near = _cover(_open_image(near_path, "RGBA", what), world)
        near_rgb, near_alpha = near.convert("RGB"), near.getchannel("A")
        self.world = self.far.copy()
        self.world.paste(near_rgb, (0, 0), near_alpha)
        # Rows above `top` are fully transparent and rows from `solid` down fully opaque:
        # only the band between needs alpha blending, the ground below is a plain copy.
        alpha = np.asarray(near_alpha)
        inked = np.flatnonzero(alpha.max(axis=1) > 0)
        holes = np.flatnonzero(alpha.min(axis=1) < 255)
        self.top = int(inked[0]) if inked.size else world[1]
        self.solid = max(self.top, int(holes[-1]) + 1 if holes.size else 0)
        self.band = near_rgb.crop((0, self.top, world[0], self.solid))
        self.band_alpha = near_alpha.crop((0, self.top, world[0], self.solid))
        self.ground = near_rgb.crop((0, self.solid, world[0], world[1]))

    def view(self, near_xy: tuple[int, int], far_xy: tuple[int, int], size: tuple[int, int]) -> Image.Image:
        """The frame-sized view with the near layer at `near_xy` and the far one at `far_xy`.

        A single-image backdrop is one layer at the depth of the ground the sprites stand
        on, so it follows `near_xy`.
        """
        w, h = size
        fx, fy = far_xy if self.layered else near_xy
        frame = self.far.crop((fx, fy, fx + w, fy + h))
        if self.layered:
            # Pasting the whole strip at a negative offset lets Pillow clip it without a copy.
            nx, ny = near_xy
            if self.band.height:
                frame.paste(self.band, (-nx, self.top - ny), self.band_alpha)
            if self.ground.height:
                frame.paste(self.ground, (-nx, self.solid - ny))
        return frame


class SceneRenderer:
    """Frames of one scene: `frame(i)` as a PIL image, `frames()` as raw rgb24 for ffmpeg."""

    def __init__(self, script: Script, project: Project, scene: Scene, frames: int):
        if frames < 1:
            raise ValueError(f"scene {scene.id}: frames must be at least 1, got {frames}")
        self.scene = scene
        self.count = frames
        self.size = (script.width, script.height)
        self.seconds = frames / script.fps
        self.world = world_size(*self.size)
        self.margin = ((self.world[0] - self.size[0]) / 2, (self.world[1] - self.size[1]) / 2)
        self.move, self.speed = scene.camera.move, scene.camera.speed

        sprites = {
            eid: _trim(_open_image(project.cast(eid), "RGBA", f"scene {scene.id}: entity {eid!r}"))
            for eid in scene.entities
        }
        kinds = {e.id: e.kind for e in script.entities}
        aspects = {eid: im.width / im.height for eid, im in sprites.items()}
        self.placements = layout(scene, kinds, *self.size, aspects)
        self.actors = [self._actor(p, sprites[p.entity_id]) for p in sorted(self.placements, key=lambda p: p.z)]

        self.backdrop = _Backdrop(project, scene.background, self.world)
        self.focus = self._focus()
        if self.move == "static":
            self.static_view = self.backdrop.world.crop(self._int_box(self.rect(0.0)))
        elif self.move in ZOOMS:
            self._prepare_zoom()

    def _actor(self, p: Placement, source: Image.Image) -> _Actor:
        w, h = max(1, round(p.width)), max(1, round(p.height))
        sprite = source.resize((w, h), Image.LANCZOS)
        shadow = _shadow(max(2, round(w * SHADOW_WIDTH)), max(2, round(h * SHADOW_HEIGHT)))
        sharp = None
        if self.move in ZOOMS:
            big = source.resize((w * SUPERSAMPLE, h * SUPERSAMPLE), Image.LANCZOS)
            sharp = (big, big.transpose(Image.FLIP_LEFT_RIGHT))
        return _Actor(p, self.scene.actions.get(p.entity_id, "idle"), sprite,
                      sprite.transpose(Image.FLIP_LEFT_RIGHT), shadow, sharp)

    def _prepare_zoom(self) -> None:
        """Enlarge the part of the world the zoom ever shows, SUPERSAMPLE times.

        Zoom frames then take nearest samples from it: about a tenth of the cost of a
        bilinear resize per frame, and each sample lies within 1/(2*SUPERSAMPLE) of a
        world pixel of the exact position, which the eye cannot tell from bilinear.
        """
        rects = [self.rect(self._t(i)) for i in range(self.count)]
        x0 = max(0, math.floor(min(r.x for r in rects)) - 1)
        y0 = max(0, math.floor(min(r.y for r in rects)) - 1)
        x1 = min(self.world[0], math.ceil(max(r.x + r.w for r in rects)) + 1)
        y1 = min(self.world[1], math.ceil(max(r.y + r.h for r in rects)) + 1)
        self.zoom_origin = (x0, y0)
        self.zoom_world = self.backdrop.world.resize(
            ((x1 - x0) * SUPERSAMPLE, (y1 - y0) * SUPERSAMPLE), Image.BICUBIC, box=(x0, y0, x1, y1))

    def _focus(self) -> tuple[float, float] | None:
        """World point a zoom leans toward: the middle of the protagonist at its place."""
        for p in self.placements:
            if p.entity_id == self.scene.protagonist:
                return p.cx + self.margin[0], p.baseline - p.height / 2 + self.margin[1]
        return None

    def _t(self, i: int) -> float:
        return i / (self.count - 1) if self.count > 1 else 0.0

    def rect(self, t: float) -> Rect:
        """The camera's view rectangle (world pixels) at normalized time t."""
        return camera_rect(self.move, self.speed, t, *self.size, *self.world, focus=self.focus)

    def _int_box(self, r: Rect) -> tuple[int, int, int, int]:
        x, y = round(r.x), round(r.y)
        return x, y, x + self.size[0], y + self.size[1]

    def _poses(self, t: float, origin: tuple[float, float], scale: float):
        """(actor, pose, centre x, ground y) of each actor on a canvas where a world point
        (X, Y) lands at ((X - origin x) * scale, (Y - origin y) * scale)."""
        ox, oy = origin[0] - self.margin[0], origin[1] - self.margin[1]  # frame -> world -> canvas
        for a in self.actors:
            p = a.placement
            ps = pose(a.action, t, p, self.size[0], self.seconds)
            yield a, ps, (p.cx + ps.dx - ox) * scale, (p.baseline - oy) * scale

    def _draw_actors(self, canvas: Image.Image, t: float, origin: tuple[float, float], scale: float) -> None:
        """Paste shadows and sprites (see `_poses` for the coordinates)."""
        for a, ps, cx, ground in self._poses(t, origin, scale):
            if scale == 1.0:
                sprite, shadow = (a.mirrored if ps.flip else a.sprite), a.shadow
            else:
                size = (max(1, round(a.sprite.width * scale)), max(1, round(a.sprite.height * scale)))
                sprite = a.sharp[ps.flip].resize(size, Image.NEAREST)
                shadow = a.shadow.resize((round(a.shadow.width * scale), round(a.shadow.height * scale)),
                                         Image.NEAREST)
            # The shadow stays on the ground while the sprite bobs or hops above it.
            sw, sh = shadow.size
            canvas.paste((0, 0, 0), (round(cx - sw / 2), round(ground - sh * 0.55)), shadow)
            top = round(ground + ps.dy * scale) - sprite.height
            canvas.paste(sprite, (round(cx - sprite.width / 2), top), sprite)

    def frame(self, i: int) -> Image.Image:
        """Frame i (0-based) as an RGB image of the script's size."""
        if not 0 <= i < self.count:
            raise IndexError(f"frame {i} is outside 0..{self.count - 1}")
        t = self._t(i)
        r = self.rect(t)
        if self.move in ZOOMS:
            zx, zy = self.zoom_origin
            box = tuple(v * SUPERSAMPLE for v in (r.x - zx, r.y - zy, r.x - zx + r.w, r.y - zy + r.h))
            canvas = self.zoom_world.resize(self.size, Image.NEAREST, box=box)
            self._draw_actors(canvas, t, (r.x, r.y), self.size[0] / r.w)
            return canvas
        x, y, _, _ = self._int_box(r)
        if self.move in PANS:
            fx, fy = parallax_offset(r, *self.size, *self.world)
            canvas = self.backdrop.view((x, y), (round(fx), round(fy)), self.size)
        else:
            canvas = self.static_view.copy()
        self._draw_actors(canvas, t, (x, y), 1.0)
        return canvas

    def boxes(self, i: int) -> dict[str, list[int]]:
        """Where each foreground entity is drawn in frame i: [x0, y0, x1, y1] in frame pixels,
        clipped to the frame (for evaluation crops)."""
        t = self._t(i)
        r = self.rect(t)
        scale = self.size[0] / r.w if self.move in ZOOMS else 1.0
        origin = (r.x, r.y) if self.move in ZOOMS else self._int_box(r)[:2]
        out = {}
        for a, ps, cx, ground in self._poses(t, origin, scale):
            w, h = a.sprite.width * scale, a.sprite.height * scale
            top = ground + ps.dy * scale - h
            box = [max(0, round(cx - w / 2)), max(0, round(top)), min(self.size[0], round(cx + w / 2)),
                   min(self.size[1], round(top + h))]
            if box[2] > box[0] and box[3] > box[1]:
                out[a.placement.entity_id] = box
        return out

    def frames(self) -> Iterator[bytes]:
        """Every frame as raw rgb24 bytes, in order."""
        for i in range(self.count):
            yield self.frame(i).tobytes()
