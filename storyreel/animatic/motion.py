"""Acting: how each sprite moves for its action over the scene. Pure functions.

A pose is an offset from the sprite's place (see layout) plus which way it faces.
Sprites are assumed to be drawn facing left, as most emoji are, so a sprite moving
right is mirrored. Time `t` is normalized to [0, 1] over the scene; `seconds` is the
scene length, so breathing, steps and hops keep a natural pace whatever the length.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .camera import ease
from .layout import Placement

ENTER_END = 0.4     # enter_* arrive at their place by this share of the scene
EXIT_START = 0.6    # exit_* start leaving at this share of the scene
TO_CENTER_END = 0.6
OFFSCREEN_PAD = 0.13  # share of frame width beyond the edge; covers the camera's largest pan offset
WALK_SPAN = 0.15      # walk_left / walk_right cover twice this share of the frame width
TO_CENTER_SPAN = 0.25
STRIDE = 0.35         # one step per this many sprite heights travelled
STEP_BOB = 0.03       # step bob, share of the sprite height
BREATH = 0.012        # breathing bob, share of the sprite height
BREATH_PERIOD_S = 2.6
HOP_HEIGHT = 0.22     # share of the sprite height
HOP_PERIOD_S = 1.0    # one hop per period: in the air for HOP_AIR of it, then a pause
HOP_AIR = 0.6
SHAKE_HZ = 7.0
SHAKE_AMPLITUDE = 0.03  # share of the sprite height


RUN_STRIDE = 0.5      # a runner's step, sprite heights
RUN_BOB = 0.05
RUN_SPAN = 0.3        # a runner crosses twice this share of the frame
CLIMB_RISE = 0.12     # a climber goes up this share of its height over the scene
GAITS = ("walk", "run")  # poses drawn with two alternating figures (stride, passing)


@dataclass(frozen=True)
class Pose:
    """Offset of a sprite from its place, in frame pixels (dy < 0 is up), its facing, and which
    of its gait's two figures shows (0: the stride, 1: feet passing) while it walks or runs."""

    dx: float = 0.0
    dy: float = 0.0
    flip: bool = False  # mirror the sprite horizontally (it then faces right)
    step: int = 0


def action_for(action: str, figure_pose: str, placement: Placement, frame_w: int, close: bool = False) -> str:
    """The motion a character makes: its action, or where it has none (idle), what its pose
    implies: someone walking or running crosses toward the middle, someone jumping hops. In a
    close shot nobody travels (the camera frames a face where it stands); hops and shakes stay."""
    if close:
        return action if action in ("jump", "shake") else "jump" if figure_pose == "jump" else "idle"
    if action != "idle":
        return action
    if figure_pose in GAITS:
        return "walk_right" if placement.cx < frame_w / 2 else "walk_left"
    return "jump" if figure_pose == "jump" else action


def _travel(action: str, p: Placement, frame_w: int) -> tuple[float, float, float, float] | None:
    """(dx at start, dx at end, start time, end time) of a walking action, or None."""
    off_left = -(p.right + OFFSCREEN_PAD * frame_w)
    off_right = frame_w - p.left + OFFSCREEN_PAD * frame_w
    if action == "enter_left":
        return off_left, 0.0, 0.0, ENTER_END
    if action == "enter_right":
        return off_right, 0.0, 0.0, ENTER_END
    if action == "exit_left":
        return 0.0, off_left, EXIT_START, 1.0
    if action == "exit_right":
        return 0.0, off_right, EXIT_START, 1.0
    if action == "walk_left":
        return WALK_SPAN * frame_w, -WALK_SPAN * frame_w, 0.0, 1.0
    if action == "walk_right":
        return -WALK_SPAN * frame_w, WALK_SPAN * frame_w, 0.0, 1.0
    if action == "walk_to_center":
        # Come in from the outer side (from the left when already at the centre).
        side = 1.0 if p.cx > frame_w / 2 + 1 else -1.0
        return side * TO_CENTER_SPAN * frame_w, 0.0, 0.0, TO_CENTER_END
    return None


def _breath(t: float, p: Placement, seconds: float) -> float:
    # Each sprite breathes on its own phase (by draw order) so a group does not bob in unison.
    phase = 2 * math.pi * t * seconds / BREATH_PERIOD_S + p.z * 2.1
    return -BREATH * p.height * (1 - math.cos(phase)) / 2


def pose(action: str, t: float, placement: Placement, frame_w: int, seconds: float = 4.0,
         figure_pose: str = "stand") -> Pose:
    """Pose of a sprite doing `action` at normalized time t of a scene lasting `seconds`.

    idle breathes; enter_* walk in from off-screen during the first 40%; exit_* walk
    out during the last 40%; walk_to_center walks in from its outer side to its place;
    walk_left / walk_right cross part of the frame; jump hops about once a second;
    shake trembles. Walking adds a step bob tied to the distance covered, and alternates the
    gait's two figures each half step; a runner (`figure_pose` run) covers more ground with longer
    steps and a higher bob; a climber rises. Every move stays inside the placement's lane, so a
    sprite never walks across another.
    """
    t = min(1.0, max(0.0, t))
    p = placement
    facing_centre = p.cx < frame_w / 2 - 1  # stand turned toward the middle of the frame
    lo, hi = p.lane[0] - p.cx, p.lane[1] - p.cx  # a sprite never leaves its lane (see layout)
    running = figure_pose == "run"
    path = _travel(action, p, frame_w)
    if path is not None:
        start, end, t0, t1 = path
        if running and action in ("walk_left", "walk_right"):
            start, end = start * RUN_SPAN / WALK_SPAN, end * RUN_SPAN / WALK_SPAN
        start, end = min(max(start, lo), hi), min(max(end, lo), hi)
    if path is not None and abs(end - start) < 0.5:
        action = "idle"  # hemmed in by its neighbours: it stays at its place
    elif path is not None:
        progress = ease((t - t0) / (t1 - t0))
        dx = start + (end - start) * progress
        step = 0
        if 0.0 < progress < 1.0:
            steps = abs(dx - start) / ((RUN_STRIDE if running else STRIDE) * p.height)
            dy = -(RUN_BOB if running else STEP_BOB) * p.height * abs(math.sin(math.pi * steps))
            step = int(steps * 2) % 2
        else:
            dy = _breath(t, p, seconds)
        return Pose(dx=dx, dy=dy, flip=end > start, step=step)
    if action == "jump":
        hops = max(1, round(seconds / HOP_PERIOD_S))
        u = (t * hops) % 1.0 if t < 1.0 else 1.0
        air = u / HOP_AIR
        dy = -HOP_HEIGHT * p.height * 4 * air * (1 - air) if air < 1.0 else 0.0
        return Pose(dy=dy, flip=facing_centre)
    if action == "shake":
        dx = SHAKE_AMPLITUDE * p.height * math.sin(2 * math.pi * SHAKE_HZ * seconds * t)
        return Pose(dx=min(max(dx, lo), hi), flip=facing_centre)
    if action == "idle":
        rise = -CLIMB_RISE * p.height * ease(t) if figure_pose == "climb" else 0.0
        return Pose(dy=_breath(t, p, seconds) + rise, flip=facing_centre)
    raise ValueError(f"unknown action {action!r}")
