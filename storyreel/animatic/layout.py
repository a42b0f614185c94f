"""Staging: where each foreground entity stands in the frame. Pure and deterministic.

The protagonist stands nearest the centre, largest and nearest the camera (lowest
feet, drawn last); the others stand to the sides and slightly further back.
Characters are taller than objects. Sprites never overlap at their places: when
they would not fit side by side, all of them shrink together and are packed in a row.

Faces stay in view. The top FACE share of a sprite is taken as its face: it is kept
above the band burnt-in subtitles cover (the bottom SUBTITLE_BAND of the frame; feet are
lifted when needed), and never behind another sprite: each sprite moves only inside its
`lane`, the part of the frame between its neighbours, so walking, entering and leaving
never take one sprite across another.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from ..script import Scene

# Sprite height as a share of the frame height, by (kind, is the protagonist).
HEIGHT = {
    ("character", True): 0.52,
    ("object", True): 0.44,
    ("character", False): 0.40,
    ("object", False): 0.26,
}
BASELINE_FRONT = 0.89  # feet of the protagonist (nearest the camera)
BASELINE_BACK = 0.83   # feet of the others
BASELINE_EVEN = 0.86   # feet of everyone when the scene has no protagonist
GAP = 0.02             # minimum space between sprites and to the frame edge, share of frame width
SUBTITLE_BAND = 0.18   # bottom share of the frame that burnt-in subtitles may cover
FACE = 0.4             # top share of a sprite that holds its face
FACE_CLEARANCE = 0.045  # kept between a face and the subtitles (a fast tilt moves the picture that much)
# Centre x of each place (share of frame width), left to right, by how many stand on screen.
PLACES_EVEN = {1: [0.5], 2: [0.32, 0.68], 3: [0.19, 0.5, 0.81]}
TWO_SHOT = (0.42, 0.76)  # protagonist, other; mirrored when the other belongs on the left
# Actions that say which side of the frame an entity belongs to.
SIDE_OF_ACTION = {"enter_left": "left", "exit_left": "left", "enter_right": "right", "exit_right": "right"}


@dataclass(frozen=True)
class Placement:
    """Where one sprite stands, in frame pixels."""

    entity_id: str
    cx: float        # centre x
    baseline: float  # y of the feet
    height: float
    width: float
    z: int           # draw order: higher is drawn later, in front
    # Where the centre may go while the sprite moves (frame px): between its neighbours.
    lane: tuple[float, float] = (-math.inf, math.inf)

    @property
    def left(self) -> float:
        return self.cx - self.width / 2.0

    @property
    def right(self) -> float:
        return self.cx + self.width / 2.0

    @property
    def top(self) -> float:
        return self.baseline - self.height

    def face(self, dx: float = 0.0, dy: float = 0.0) -> tuple[float, float, float, float]:
        """The face's box (x0, y0, x1, y1): the top FACE of the sprite, moved by (dx, dy)."""
        return (self.left + dx, self.top + dy, self.right + dx, self.top + FACE * self.height + dy)

    def box(self, dx: float = 0.0, dy: float = 0.0) -> tuple[float, float, float, float]:
        """The sprite's box (x0, y0, x1, y1), moved by (dx, dy)."""
        return (self.left + dx, self.top + dy, self.right + dx, self.baseline + dy)


def _side_order(others: list[str], actions: dict[str, str]) -> list[str]:
    """Order the non-protagonists left to right: those that enter or exit on the
    left first, those that use the right last, list order otherwise."""
    rank = {"left": 0, None: 1, "right": 2}
    return sorted(others, key=lambda e: rank[SIDE_OF_ACTION.get(actions.get(e, "idle"))])


def _targets(scene: Scene) -> list[tuple[str, float, float, bool]]:
    """(entity, centre x share, baseline share, is protagonist), left to right."""
    ids = list(scene.entities)
    prot = scene.protagonist if scene.protagonist in ids else None
    if prot is None:
        return [(e, x, BASELINE_EVEN, False) for e, x in zip(ids, PLACES_EVEN[len(ids)])]
    others = _side_order([e for e in ids if e != prot], dict(scene.actions))
    if len(ids) == 1:
        return [(prot, 0.5, BASELINE_FRONT, True)]
    if len(ids) == 2:
        (other,) = others
        prot_x, other_x = TWO_SHOT
        if SIDE_OF_ACTION.get(scene.actions.get(other, "idle")) == "left":
            return [(other, 1.0 - other_x, BASELINE_BACK, False), (prot, 1.0 - prot_x, BASELINE_FRONT, True)]
        return [(prot, prot_x, BASELINE_FRONT, True), (other, other_x, BASELINE_BACK, False)]
    left, middle, right = PLACES_EVEN[3]
    return [(others[0], left, BASELINE_BACK, False), (prot, middle, BASELINE_FRONT, True),
            (others[1], right, BASELINE_BACK, False)]


# Riders and their vehicle, drawn in front of it: in a boat a rider shows from the hull's top edge
# up (the lower IN_CUT of the figure is inside the hull, cut off), on a bicycle or a sled the rider
# sits on it. DECK is where the rider's lowest shown point is, as a share of the vehicle's height
# above its bottom. A vehicle with riders is at least RIDE_WIDTH times as wide as they are together
# and RIDE_HEIGHT times as tall as the tallest.
DECK = {"in": 0.3, "on": 0.3}
IN_CUT = 0.35
RIDE_WIDTH = 1.3
RIDE_HEIGHT = 0.8
RIDER_SPACING = 0.75  # share of a rider's width between two riders' centres
MAX_VEHICLE = 0.6  # share of the frame height a vehicle with riders takes at most


def stage(scene: Scene, kinds: dict[str, str], frame_w: int, frame_h: int,
          aspects: dict[str, float] | None = None, band: float = SUBTITLE_BAND,
          sizes: dict[str, float] | None = None, riders: dict[str, tuple[str, str]] | None = None) -> list[Placement]:
    """Placements of the scene's foreground entities (see `layout`), with `riders` ({character:
    (vehicle, "in" or "on")}) in or on their vehicle: the vehicle takes the place the row gives it
    (the protagonist's when a rider is the protagonist), grown to hold them; the riders stand side
    by side in it, behind its hull ("in") or in front of it ("on"), and move in its lane."""
    riders = {r: v for r, v in (riders or {}).items() if r in scene.entities and v[0] in scene.entities and r != v[0]}
    if not riders:
        return layout(scene, kinds, frame_w, frame_h, aspects, band, sizes)
    aspects, sizes = aspects or {}, dict(sizes or {})
    rest = [e for e in scene.entities if e not in riders]
    protagonist = scene.protagonist
    if protagonist in riders:
        protagonist = riders[protagonist][0]
    row = scene.model_copy(update={"entities": rest, "protagonist": protagonist})
    prot = {e: e == protagonist for e in scene.entities}
    by_vehicle: dict[str, list[str]] = {}
    for rider, (vehicle, _) in riders.items():
        by_vehicle.setdefault(vehicle, []).append(rider)
    rider_h = {r: HEIGHT[("character", r == scene.protagonist)] * frame_h * sizes.get(r, 1.0) for r in riders}
    for vehicle, aboard in by_vehicle.items():
        wide = RIDE_WIDTH * RIDER_SPACING * sum(rider_h[r] * aspects.get(r, 1.0) for r in aboard)
        want = min(MAX_VEHICLE * frame_h,
                   max(RIDE_HEIGHT * max(rider_h[r] for r in aboard), wide / aspects.get(vehicle, 1.0)))
        base = HEIGHT[("object", prot[vehicle])] * frame_h
        sizes[vehicle] = max(sizes.get(vehicle, 1.0), want / base)
    placed = {p.entity_id: p for p in layout(row, kinds, frame_w, frame_h, aspects, band, sizes)}
    out = list(placed.values())
    for vehicle, aboard in by_vehicle.items():
        v = placed[vehicle]
        mode = riders[aboard[0]][1]
        # The whole row may have shrunk to fit: the riders shrink with their vehicle.
        shrink = v.height / (sizes[vehicle] * HEIGHT[("object", prot[vehicle])] * frame_h)
        heights = [rider_h[r] * shrink for r in aboard]
        widths = [h * aspects.get(r, 1.0) for h, r in zip(heights, aboard)]
        step = RIDER_SPACING * max(widths)
        shown = 1.0 - IN_CUT if mode == "in" else 1.0
        for k, (rider, h, w) in enumerate(zip(aboard, heights, widths)):
            dx = (k - (len(aboard) - 1) / 2) * step
            lo, hi = v.lane
            out.append(Placement(entity_id=rider, cx=v.cx + dx, baseline=v.baseline - DECK[mode] * v.height,
                                 height=h * shown, width=w, z=v.z, lane=(lo + dx, hi + dx)))
    # Draw order: the row's, each rider just in front of its vehicle.
    def order(p: Placement) -> tuple[int, int]:
        return (placed[riders[p.entity_id][0]].z, 1) if p.entity_id in riders else (p.z, 0)
    return [replace(p, z=z) for z, p in enumerate(sorted(out, key=order))]


def layout(scene: Scene, kinds: dict[str, str], frame_w: int, frame_h: int,
           aspects: dict[str, float] | None = None, band: float = SUBTITLE_BAND,
           sizes: dict[str, float] | None = None) -> list[Placement]:
    """Placements of the scene's foreground entities (at most 3), left to right.

    `kinds` maps entity id to "character" or "object"; `aspects` maps entity id to its
    sprite's width / height (1.0 when unknown); `band` is the bottom share of the frame
    kept free of faces for subtitles (0 for none); `sizes` scales an entity's height (1.0
    when not given: a whole person standing is taller than an emoji head, a seated one less tall).
    """
    if len(scene.entities) > 3:
        raise ValueError(f"scene {scene.id}: at most 3 foreground entities can be staged")
    if not scene.entities:
        return []
    aspects = aspects or {}
    targets = _targets(scene)
    sizes = sizes or {}
    heights = [HEIGHT[("character" if kinds[e] == "character" else "object", prot)] * frame_h * sizes.get(e, 1.0)
               for e, _, _, prot in targets]
    widths = [h * aspects.get(e, 1.0) for h, (e, _, _, _) in zip(heights, targets)]
    gap = GAP * frame_w

    # Shrink everyone together when the row of sprites is wider than the frame.
    room = frame_w - gap * (len(targets) + 1)
    scale = min(1.0, room / sum(widths))
    heights = [h * scale for h in heights]
    widths = [w * scale for w in widths]

    centres = [x * frame_w for _, x, _, _ in targets]
    lefts = [c - w / 2 for c, w in zip(centres, widths)]
    rights = [c + w / 2 for c, w in zip(centres, widths)]
    fits = lefts[0] >= gap and rights[-1] <= frame_w - gap and all(
        rights[i] + gap <= lefts[i + 1] for i in range(len(targets) - 1))
    if not fits:
        # Pack the row centred in the frame, keeping the left-to-right order.
        total = sum(widths) + gap * (len(targets) - 1)
        x = (frame_w - total) / 2
        centres = []
        for w in widths:
            centres.append(x + w / 2)
            x += w + gap

    # Faces above the subtitles: lift everyone's feet by the same amount, so the protagonist
    # stays the nearest; shrink everyone when lifting would take a head out of the frame.
    limit = (1.0 - band - FACE_CLEARANCE) * frame_h
    baselines = [base * frame_h for _, _, base, _ in targets]
    lift = max(0.0, max(b - (1.0 - FACE) * h - limit for b, h in zip(baselines, heights)))
    if lift:
        baselines = [b - lift for b in baselines]
        over = max(0.0, max(h - b for b, h in zip(baselines, heights)))  # a head above the top
        if over:
            shrink = min(h / (h + over) for h in heights)
            heights = [h * shrink for h in heights]
            widths = [w * shrink for w in widths]

    # Nearer the camera (lower feet) is drawn later; ties keep the left-to-right order.
    order = sorted(range(len(targets)), key=lambda i: (targets[i][2], i))
    z_of = {i: z for z, i in enumerate(order)}
    placed = [
        Placement(entity_id=e, cx=centres[i], baseline=baselines[i], height=heights[i],
                  width=widths[i], z=z_of[i])
        for i, (e, _, _, _) in enumerate(targets)
    ]
    return lanes(placed, gap)


def lanes(placed: list[Placement], gap: float = 0.0) -> list[Placement]:
    """`placed` (left to right) with their lanes: each neighbour gets half the free space
    between them (less `gap`), the outermost are free to leave the frame on their side. A
    sprite inside its lane never overlaps another inside theirs, so no face is ever covered."""
    out = []
    for i, p in enumerate(placed):
        lo, hi = -math.inf, math.inf
        if i > 0:
            left = placed[i - 1]
            middle = (left.right + p.left) / 2
            lo = min(p.cx, middle + gap / 2 + p.width / 2)
        if i < len(placed) - 1:
            right = placed[i + 1]
            middle = (p.right + right.left) / 2
            hi = max(p.cx, middle - gap / 2 - p.width / 2)
        out.append(replace(p, lane=(lo, hi)))
    return out


def faces_clear(boxes: list[tuple[tuple[float, float, float, float], tuple[float, float, float, float], int]],
                frame_h: float, band: float = SUBTITLE_BAND) -> bool:
    """True when every face is above the subtitle band and no sprite drawn in front covers
    another's face. `boxes` holds (sprite box, face box, z) of each sprite as drawn."""
    floor = (1.0 - band) * frame_h
    for box, face, z in boxes:
        if face[3] > floor:
            return False
        for other, _, z2 in boxes:
            if z2 > z and other[0] < face[2] and face[0] < other[2] and other[1] < face[3] and face[1] < other[3]:
                return False
    return True
