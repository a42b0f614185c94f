"""Weather of one scene as layers that move.

- cloudy: grey clouds drifting across the sky, behind the scenery (the renderer shows them
  only where the sky is open, see `Weather.clouds`);
- fog: translucent bands drifting at two depths (the haze that lowers contrast is in the
  scene's light, storyreel.animatic.light);
- rain: falling streaks at two depths, the near ones longer, faster and brighter;
- snow: flakes falling slowly at two depths, swaying as they fall;
- storm: dark clouds drifting fast, heavy rain, and lightning: on some frames the whole
  frame flashes and a bolt strikes in the sky;
- clear: nothing.

Deterministic: every random choice comes from a numpy Generator seeded from the scene, and
frame i is a pure function of i (positions are computed from i, never accumulated), so a
frame renders the same alone or in sequence. Everything heavy is prepared once per scene
(cloud and fog strips, particle tables); a frame costs crops, a paste or two and a numpy
blend of the few thousand pixels the particles cover.
"""

from __future__ import annotations

import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from . import light

REFERENCE_AREA = 1280 * 720  # particle counts are given for this frame area and scaled


class Particles:
    """One depth of rain or snow: particles in a tile the size of the frame, each drawn as the
    same small sprite (a streak, a flake), falling `vy` px and drifting `vx` px per frame."""

    def __init__(self, rng: np.random.Generator, count: int, size: tuple[int, int], vy: float, vx: float,
                 sprite: tuple[np.ndarray, np.ndarray, np.ndarray], colour: tuple[int, int, int],
                 depth: float, sway: float = 0.0, sway_hz: tuple[float, float] = (0.2, 0.5), fps: int = 24):
        w, h = size
        self.size = size
        self.x0 = rng.uniform(0, w, count)
        self.y0 = rng.uniform(0, h, count)
        self.vy, self.vx = vy * rng.uniform(0.85, 1.15, count), vx
        self.sway = sway * rng.uniform(0.5, 1.0, count) if sway else None
        self.omega = 2 * math.pi * rng.uniform(*sway_hz, count) / fps
        self.phase = rng.uniform(0, 2 * math.pi, count)
        dy, dx, alpha = sprite
        self.dy, self.dx = dy.astype(np.int32), dx.astype(np.int32)
        self.alpha = np.clip(alpha // 2, 0, 128).astype(np.int16)
        self.colour = np.array(colour, dtype=np.int16)
        self.span = h + int(self.dy.max() - self.dy.min()) + 1
        self.depth = depth  # how much of the camera's sideways move the layer follows

    def pixels(self, i: int, shift_x: float, clip: tuple[int, int, int, int] | None) -> tuple[np.ndarray, np.ndarray]:
        """(flat indices into the frame, alpha 0..128) of every pixel the particles cover in frame i."""
        w, h = self.size
        x = self.x0 + self.vx * i + shift_x * self.depth
        if self.sway is not None:
            x = x + self.sway * np.sin(self.omega * i + self.phase)
        y = self.y0 + self.vy * i
        # The tile repeats: a particle leaving the bottom comes back at the top. Rows run over
        # the frame by the sprite's length so streaks enter and leave smoothly.
        px = np.mod(x, w).astype(np.int32)
        py = np.mod(y, self.span).astype(np.int32)
        xs = px[:, None] + self.dx[None, :]
        xs %= w
        ys = py[:, None] + self.dy[None, :]
        keep = (ys >= 0) & (ys < h)
        if clip is not None:
            x0, y0, x1, y1 = clip
            keep &= (xs >= x0) & (xs < x1) & (ys >= y0) & (ys < y1)
        alpha = np.broadcast_to(self.alpha[None, :], ys.shape)[keep]
        return ys[keep] * w + xs[keep], alpha

    def draw(self, flat: np.ndarray, i: int, shift_x: float, clip=None) -> None:
        """Blend the particles of frame i into `flat` ((H*W, 3) uint8, in place)."""
        idx, alpha = self.pixels(i, shift_x, clip)
        if not idx.size:
            return
        px = flat[idx].astype(np.int16)
        # alpha <= 128 and |colour - px| <= 255: the product fits in int16.
        px += ((self.colour - px) * alpha[:, None]) >> 7
        flat[idx] = px.astype(np.uint8)


def streak(length: float, width: int, slant: float, alpha: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A rain streak: (dy, dx, alpha) of its pixels, the head at (0, 0), the tail up and back
    along the fall (`slant` px sideways per px down), fading towards the tail."""
    n = max(2, round(length))
    k = np.arange(n)
    dy = -k
    dx = -np.round(k * slant).astype(np.int64)
    a = alpha * 256 * (1.0 - 0.75 * k / n)
    if width > 1:
        dy = np.concatenate([dy + 0 * j for j in range(width)])
        dx = np.concatenate([dx + j for j in range(width)])
        a = np.concatenate([a * (1.0 if j == 0 else 0.6) for j in range(width)])
    return dy.astype(np.int64), dx.astype(np.int64), a.astype(np.int32)


def flake(radius: float, alpha: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A snowflake: a soft disc of `radius` px."""
    r = max(0.6, radius)
    reach = int(math.ceil(r + 0.5))
    yy, xx = np.mgrid[-reach:reach + 1, -reach:reach + 1]
    d = np.hypot(yy, xx)
    a = np.clip(r + 0.5 - d, 0.0, 1.0)
    keep = a > 0.05
    return (yy[keep].astype(np.int64), xx[keep].astype(np.int64),
            (alpha * 256 * a[keep]).astype(np.int32))


class FogBand:
    """A translucent band of fog, `height` px tall, centred on row `centre`, drifting sideways."""

    def __init__(self, rng: np.random.Generator, width: int, height: int, centre: float, frame_h: int,
                 speed: float, frames: int, opacity: float, colour: tuple[int, int, int]):
        self.speed = speed
        drift = int(math.ceil(abs(speed) * max(frames - 1, 0))) + 2
        strip_w = width + drift
        self.width = width
        self.y0 = max(0, round(centre - height / 2))
        rows = min(frame_h, round(centre + height / 2)) - self.y0
        self.rows = max(0, rows)
        # Wisps: smooth random thickness along x (knots every ~sixth of the frame), a soft
        # vertical profile, and a little finer texture.
        knots = np.arange(0, strip_w + width // 5, max(8, width // 6))
        coarse = np.interp(np.arange(strip_w), knots, rng.uniform(0.25, 1.0, knots.size))
        fine_knots = np.arange(0, strip_w + width // 20, max(4, width // 24))
        fine = np.interp(np.arange(strip_w), fine_knots, rng.uniform(0.75, 1.0, fine_knots.size))
        y = (np.arange(self.rows) + self.y0 - centre) / (height / 2)
        wobble = rng.uniform(0, 2 * math.pi)
        bend = np.sin(np.arange(strip_w) / max(1, width) * 2 * math.pi * 1.3 + wobble) * 0.25
        yy = y[:, None] + bend[None, :]
        profile = np.clip(1 - yy ** 2, 0, 1) ** 1.5
        mask = profile * (coarse * fine)[None, :] * opacity * 255
        self.mask = Image.fromarray(np.clip(mask, 0, 255).astype(np.uint8), "L")
        self.fill = Image.new("RGB", (width, max(1, self.rows)), colour)
        self.drift = drift

    def draw(self, canvas: Image.Image, i: int) -> None:
        """Paste the band as it has drifted by frame i (in place)."""
        if not self.rows:
            return
        travel = abs(self.speed) * i
        x = self.drift - 2 - travel if self.speed >= 0 else travel  # the strip slides the other way
        x = int(round(min(max(0.0, x), self.mask.width - self.width)))
        canvas.paste(self.fill, (0, self.y0), self.mask.crop((x, 0, x + self.width, self.rows)))


def flashes(rng: np.random.Generator, frames: int, fps: int) -> np.ndarray:
    """Lightning: the strength (0..1) of the flash on each frame. Strikes come every 1.6-3.6 s
    (the first within the scene's first half), each a double flicker lasting a fifth of a second."""
    out = np.zeros(frames, dtype=np.float32)
    seconds = frames / fps
    t = min(float(rng.uniform(0.3, 1.5)), seconds * 0.45)
    pattern = (1.0, 0.35, 0.85, 0.3, 0.12)
    while t < seconds:
        start = int(t * fps)
        for k, level in enumerate(pattern):
            f = start + round(k * fps / 24)
            if f < frames:
                out[f] = max(out[f], level)
        t += float(rng.uniform(1.6, 3.6))
    return out


def bolt(rng: np.random.Generator, size: tuple[int, int], bottom: int) -> Image.Image:
    """A jagged lightning bolt with a branch ("L", `size`), from the top down to row `bottom`."""
    w, h = size
    bottom = max(8, min(h, bottom))
    mask = Image.new("L", (w, bottom), 0)
    draw = ImageDraw.Draw(mask)
    x = w * float(rng.uniform(0.15, 0.85))
    points = [(x, 0.0)]
    steps = 9
    for k in range(1, steps + 1):
        x += w * float(rng.uniform(-0.035, 0.035))
        points.append((x, bottom * k / steps * float(rng.uniform(0.92, 1.0)) if k < steps else bottom * 0.98))
    width = max(1, round(h * 0.004))
    fork = int(rng.integers(2, 5))
    branch = [points[fork]]
    bx, by = points[fork]
    for k in range(3):
        bx += w * float(rng.uniform(0.02, 0.05)) * (1 if rng.random() < 0.5 else -1)
        by += bottom * 0.09
        branch.append((bx, by))
    glow = Image.new("L", mask.size, 0)
    ImageDraw.Draw(glow).line(points, fill=150, width=width * 6)
    glow = glow.filter(ImageFilter.GaussianBlur(width * 3))
    draw.line(points, fill=255, width=width)
    draw.line(branch, fill=220, width=max(1, width - 1))
    return Image.fromarray(np.maximum(np.asarray(mask), np.asarray(glow)), "L")


class Clouds:
    """Clouds drifting across the sky, in the far layer's world pixels: a strip wider than the
    world by the scene's drift, cropped at a sliding offset."""

    def __init__(self, rng: np.random.Generator, world: tuple[int, int], horizon: int, speed: float, frames: int,
                 colour: tuple[int, int, int], alpha: int, density: float, wide: float):
        ww, _ = world
        self.speed = speed  # world px per frame, rightwards
        self.drift = int(math.ceil(speed * max(frames - 1, 0))) + 2
        rows = max(1, round(horizon * 0.7))
        width = ww + self.drift
        count = max(2, round(density * width / (ww * 0.2)))
        # High in the sky: the lower sky is mostly hidden by the scenery, and every row costs per frame.
        strip, (x0, self.top) = light.draw_clouds((width, rows), rng, count, colour, alpha, rows * 0.12,
                                                  rows * 0.5, (ww * 0.12 * wide, ww * 0.24 * wide))
        # The strip spans the whole width, from `top` to `bottom`: the world rows the clouds occupy.
        full = Image.new("RGBA", (width, strip.height), (*colour, 0))
        full.paste(strip, (x0, 0))
        self.bottom = self.top + strip.height
        self.rgb = full.convert("RGB")
        self.alpha = full.getchannel("A")

    def crop(self, i: int, box: tuple[float, float, float, float]) -> tuple[int, Image.Image, Image.Image] | None:
        """(first world row, RGB, alpha) of the clouds inside world box (x, y, w, h) in frame i,
        cut to the rows the clouds occupy; None when none of them is inside."""
        x, y, w, h = box
        top, bottom = max(self.top, y), min(self.bottom, y + h)
        if bottom <= top:
            return None
        sx = round(x + self.drift - 2 - self.speed * i)  # the strip slides right: the crop slides left
        area = (sx, round(top - self.top), sx + round(w), round(bottom - self.top))
        return round(top), self.rgb.crop(area), self.alpha.crop(area)


class Weather:
    """The moving weather of one scene (see the module's docstring).

    `size` is the frame size, `world` the painted world's, `horizon` the horizon's row in the
    world. Indoors (`window`, the pane's box in world pixels) rain and snow fall only in the
    window and there is no fog; the renderer passes the pane's box on screen to `front`.
    """

    def __init__(self, kind: str, grade: light.Grade, size: tuple[int, int], world: tuple[int, int], horizon: int,
                 fps: int, frames: int, seed: int, indoor: bool = False):
        if kind not in light.WEATHERS:
            raise ValueError(f"unknown weather {kind!r}; one of {', '.join(light.WEATHERS)}")
        self.kind = kind
        self.size = size
        self.indoor = indoor
        w, h = size
        rng = np.random.default_rng(seed)
        area = w * h / REFERENCE_AREA
        per_frame = 1.0 / fps
        self.clouds: Clouds | None = None
        self.particles: list[Particles] = []
        self.fog_far: FogBand | None = None
        self.fog_near: FogBand | None = None
        self.flash = np.zeros(frames, dtype=np.float32)
        self.bolts: dict[int, Image.Image] = {}
        self.flash_strength = grade.flash
        self.flash_image = Image.new("RGB", size, (236, 240, 255))
        horizon_screen = horizon - (world[1] - h) / 2

        if kind in ("cloudy", "storm"):
            storm = kind == "storm"
            speed = (0.045 if storm else 0.014) * world[0] * per_frame
            self.clouds = Clouds(rng, world, horizon, speed, frames, light.cloud_colour(grade.time, kind),
                                 235 if storm else 215, 2.4 if storm else 1.4, 1.6 if storm else 1.1)
        if kind in ("rain", "storm"):
            heavy = 1.5 if kind == "storm" else 1.0
            slant = 0.35 if kind == "storm" else 0.16
            colour = grade.particle
            far_speed, near_speed = 0.95 * h * per_frame, 1.9 * h * per_frame
            self.particles.append(Particles(rng, round(430 * area * heavy), size, far_speed, far_speed * slant,
                                            streak(0.024 * h, 1, slant, 0.3), colour, 0.3, fps=fps))
            self.particles.append(Particles(rng, round(120 * area * heavy), size, near_speed, near_speed * slant,
                                            streak(0.05 * h, 1, slant, 0.5), colour, 1.0, fps=fps))
        if kind == "snow":
            colour = grade.particle
            self.particles.append(Particles(rng, round(650 * area), size, 0.06 * h * per_frame, 0.004 * w * per_frame,
                                            flake(max(0.8, 0.0022 * h), 0.75), colour, 0.3,
                                            sway=0.008 * w, fps=fps))
            self.particles.append(Particles(rng, round(170 * area), size, 0.14 * h * per_frame, 0.008 * w * per_frame,
                                            flake(max(1.2, 0.0048 * h), 0.92), colour, 1.0,
                                            sway=0.018 * w, sway_hz=(0.15, 0.35), fps=fps))
        if kind == "fog" and not indoor:
            air = grade.air
            self.fog_far = FogBand(rng, w, round(0.24 * h), horizon_screen, h, 0.02 * w * per_frame, frames, 0.62, air)
            self.fog_near = FogBand(rng, w, round(0.26 * h), 0.8 * h, h, -0.05 * w * per_frame, frames, 0.42, air)
        if kind == "storm":
            self.flash = flashes(rng, frames, fps)
            for start in np.flatnonzero(self.flash >= 0.8):
                self.bolts[int(start)] = bolt(rng, size, round(max(horizon_screen * 0.9, h * 0.3)))

    @property
    def moving(self) -> bool:
        return bool(self.clouds or self.particles or self.fog_far or self.flash.any())

    def behind(self, canvas: Image.Image, i: int) -> None:
        """What lies behind the characters: the far band of fog (in place)."""
        if self.fog_far is not None:
            self.fog_far.draw(canvas, i)

    def bolt(self, i: int) -> Image.Image | None:
        """The lightning bolt of frame i ("L", frame-wide, from the top), or None."""
        return self.bolts.get(i)

    def front(self, canvas: Image.Image, i: int) -> Image.Image:
        """Frame i with what veils the characters: the near band of fog (drawn in place) and a
        flash of lightning (a new image)."""
        if self.fog_near is not None:
            self.fog_near.draw(canvas, i)
        level = float(self.flash[i]) * self.flash_strength if i < self.flash.size else 0.0
        if level > 0:
            canvas = Image.blend(canvas, self.flash_image, level)
        return canvas

    def fall(self, canvas: Image.Image, i: int, shift_x: float = 0.0,
             clip: tuple[int, int, int, int] | None = None) -> Image.Image | bytearray:
        """Frame i with rain or snow falling in front of everything. `shift_x` is how far the
        camera moved sideways (frame px, the near layer's way) so particles follow it with
        parallax; `clip` keeps particles inside a box (an indoor window on screen). Returns the
        image untouched, or its raw rgb24 bytes (a bytearray) with the particles drawn in."""
        if not self.particles or (self.indoor and clip is None):
            return canvas
        raw = bytearray(canvas.tobytes())  # the frame's bytes, drawn into in place
        flat = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 3)
        for layer in self.particles:
            layer.draw(flat, i, shift_x, clip)
        return raw
