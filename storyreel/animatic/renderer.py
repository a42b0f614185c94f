"""Turn one scene into frames: sky, lit backdrop layers with parallax, graded sprites with
shadows, motion, camera, and the weather in front.

A scene is composed, back to front, as: the sky of its time and weather (drifting clouds
and lightning where the sky is open) -> the location's far scenery (lit) -> its near layer
(lit, windows and lamps glowing) -> the actors (graded) -> the weather in front (fog bands,
a lightning flash) -> the lamps' halos again, shining through it -> falling rain or snow.
The location's painted layers carry no time: the same place is lit for each scene here
(see `light`, `weather`), and its look (cast/looks.json) says where its lamps are.

Everything that does not change from frame to frame (the sky, the lit layers, scaled and
mirrored sprites, shadows, the composited backdrop, the weather's strips and particle
tables) is prepared once in `SceneRenderer.__init__`, so a frame costs a few integer crops
and small alpha pastes; while the camera zooms, one nearest-neighbour resample of a
supersampled backdrop and of each sprite; and the weather a paste or two and a numpy blend
of the pixels its particles cover.

Coordinates: layout and motion work in frame pixels for the centred view; the world
(the painted backdrop, 1.25x the frame) puts that view at its middle, so a point at
frame (x, y) is at world (x + margin_x, y + margin_y), and the camera rectangle says
which part of the world is on screen.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps, UnidentifiedImageError

from ..errors import StoryreelError
from ..project import Project
from ..script import Scene, Script
from . import light
from .camera import PANS, ZOOMS, Framing, Rect, camera_rect, framing, parallax_offset, world_size
from .layout import IN_CUT, Placement, stage
from .motion import GAITS, Pose, action_for, pose
from .weather import Weather

SHADOW_OPACITY = 110  # of 255, at the centre of the shadow
SHADOW_WIDTH = 0.8    # share of the sprite width
SHADOW_HEIGHT = 0.09  # share of the sprite height
SUPERSAMPLE = 3       # detail kept for zooms (see SceneRenderer._prepare_zoom)
BOLT_COLOUR = (246, 246, 255)


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


def read_looks(project: Project) -> dict[str, dict]:
    """The cast looks the cast stage planned (cast/looks.json), {} when there are none."""
    try:
        saved = json.loads((project.root / "cast" / "looks.json").read_text(encoding="utf-8"))
        looks = saved.get("looks", {})
        return looks if isinstance(looks, dict) else {}
    except (FileNotFoundError, json.JSONDecodeError, AttributeError, OSError):
        return {}


PERSON_SIZE = 1.3  # a whole standing person is this much taller on screen than an emoji head
# Beside whole people, an animal is drawn at about its size: a cat or a dog reaches a person's
# knees or waist, a horse or a bear stands as tall as a person.
PET_SIZE = 0.62
BIG_ANIMALS = frozenset({"horse", "cow", "ox", "water buffalo", "bison", "camel", "two-hump camel", "elephant",
                         "mammoth", "giraffe", "rhinoceros", "hippopotamus", "bear", "polar bear", "lion", "tiger",
                         "leopard", "dragon", "sauropod", "T-Rex", "whale", "spouting whale", "gorilla", "moose",
                         "deer", "zebra", "llama", "donkey", "unicorn", "shark", "dolphin"})


@dataclass
class _Actor:
    placement: Placement
    action: str
    sprite: Image.Image        # facing left
    mirrored: Image.Image      # facing right
    shadow: Image.Image
    # SUPERSAMPLE-times larger copies (facing left, right), only when the camera zooms.
    sharp: tuple[Image.Image, Image.Image] | None = None
    figure_pose: str = "stand"
    # A walker's second figure (feet passing), facing left and right, and its zoom copies.
    passing: tuple[Image.Image, Image.Image] | None = None
    passing_sharp: tuple[Image.Image, Image.Image] | None = None
    carrier: str | None = None  # the vehicle it rides in or on: it moves with it, casting no shadow

    def image(self, step: int, flip: bool, sharp: bool = False) -> Image.Image:
        pair = (self.passing_sharp if sharp else self.passing) if step and self.passing else \
            (self.sharp if sharp else (self.sprite, self.mirrored))
        return pair[flip]


class _Backdrop:
    """The location's layers at world size, lit for the scene, and how to show a part of them.

    `far` is the sky with the far scenery over it (RGB; both move at the far depth), the near
    layer is split into its band (rows that need alpha blending) and its solid ground.
    `far_open` / `near_open` ("L") are 255 where each layer lets the sky through: drifting
    clouds and lightning show only there. A single picture (a user's own, no layers) is one
    layer at the depth of the ground, lit like the near layer.
    """

    def __init__(self, project: Project, location_id: str, world: tuple[int, int], grade: light.Grade,
                 look: dict | None, sky_seed: int, prefix: str = ""):
        far_path, near_path = (project.cast_layer(location_id, prefix + layer) for layer in ("far", "near"))
        what = f"backdrop of location {location_id!r}"
        self.layered = far_path.is_file() and near_path.is_file()
        self.far_open = self.near_open = self.open = None
        self.blooms: list[tuple[str, int, int, Image.Image]] = []
        if not self.layered:
            picture = _cover(_open_image(project.cast(location_id), "RGB", what), world)
            self.far = self.world = light.apply(picture, grade.near)
            self.horizon = round(world[1] * 0.58)
            return
        far = _cover(_open_image(far_path, "RGBA", what), world)
        near = _cover(_open_image(near_path, "RGBA", what), world)
        if grade.weather == "snow" and look and not grade.indoor:  # snow lies on the ground it falls on
            from ..cast import backdrop

            near = backdrop.snowed(near, look)
        far, near, self.blooms = self._light(far, near, grade, look, world)
        far_alpha, near_alpha = far.getchannel("A"), near.getchannel("A")
        self.horizon = self._horizon(look, far_alpha, world)
        self.far = light.paint_sky(grade.time, grade.weather, world, self.horizon, sky_seed)
        self.far.paste(far.convert("RGB"), (0, 0), far_alpha)
        near_rgb = near.convert("RGB")
        self.world = self.far.copy()
        self.world.paste(near_rgb, (0, 0), near_alpha)
        self.far_open, self.near_open = ImageChops.invert(far_alpha), ImageChops.invert(near_alpha)
        self.open = ImageChops.multiply(self.far_open, self.near_open)
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

    @staticmethod
    def _horizon(look: dict | None, far_alpha: Image.Image, world: tuple[int, int]) -> int:
        if look and "horizon" in look:
            return round(world[1] * float(look["horizon"]))
        holes = np.flatnonzero(np.asarray(far_alpha).min(axis=1) < 255)
        return int(holes[-1]) + 1 if holes.size else round(world[1] * 0.58)

    @staticmethod
    def _light(far: Image.Image, near: Image.Image, grade: light.Grade, look: dict | None,
               world: tuple[int, int]) -> tuple[Image.Image, Image.Image, list]:
        """Both layers lit for the scene, what glows (from the look) lit on top; and the halos of
        its lamps to lay again over the weather: [(layer, x, y, RGBA patch)]."""
        glows: dict[str, list[light.Glow]] = {"far": [], "near": []}
        if look and grade.glow > 0:
            from ..cast import backdrop  # the cast's painter knows where it put the lamps

            try:
                glows = backdrop.lights(look)
            except (KeyError, ValueError, TypeError):
                pass  # a look from another painter: no glows
        room = [g for g in glows["far"] if g.kind == "room"]
        if room and grade.indoor:
            # A room at night is lit by its lamp: bright near it, dim in the corners.
            g = room[0]
            centre = (g.x + g.mask.width / 2, g.y + g.mask.height / 2)
            peak = tuple(m + (p - m) * grade.glow for m, p in zip(grade.far.mul, (1.0, 0.9, 0.72)))
            far = light.lamp_light(far, centre, world[0] * 0.32, grade.far.mul, peak)
            near = light.lamp_light(near, centre, world[0] * 0.32, grade.near.mul, peak)
        else:
            far, near = light.apply(far, grade.far), light.apply(near, grade.near)
        blooms = [(layer, *light.halo(g, grade.bloom)[:3]) for layer in ("far", "near") for g in glows[layer]
                  if g.kind in ("lamp", "beacon") and grade.bloom > 0]
        return (light.add_glows(far, glows["far"], grade.glow), light.add_glows(near, glows["near"], grade.glow),
                blooms)

    def view(self, near_xy: tuple[int, int], far_xy: tuple[int, int], size: tuple[int, int],
             sky: Callable[[Image.Image], None] | None = None) -> Image.Image:
        """The frame-sized view with the near layer at `near_xy` and the far one at `far_xy`;
        `sky` draws on the far layer's view before the near layer covers it (drifting clouds).

        A single-image backdrop is one layer at the depth of the ground the sprites stand
        on, so it follows `near_xy`.
        """
        w, h = size
        fx, fy = far_xy if self.layered else near_xy
        frame = self.far.crop((fx, fy, fx + w, fy + h))
        if self.layered:
            if sky is not None:
                sky(frame)
            # Pasting the whole strip at a negative offset lets Pillow clip it without a copy.
            nx, ny = near_xy
            if self.band.height:
                frame.paste(self.band, (-nx, self.top - ny), self.band_alpha)
            if self.ground.height:
                frame.paste(self.ground, (-nx, self.solid - ny))
        return frame


class SceneRenderer:
    """Frames of one scene: `frame(i)` as a PIL image, `frames()` as raw rgb24 for ffmpeg.

    `spoken`: the characters' lines as the shot plays them (voice/mouths.py: speaker, start and end,
    the times its mouth is open, in seconds from the shot's first frame): while a line plays, a
    person of the kit who says it opens and shuts their mouth on those times (`mouths`)."""

    def __init__(self, script: Script, project: Project, scene: Scene, frames: int, cache_dir: Path | None = None,
                 spoken: list[dict] | None = None):
        if frames < 1:
            raise ValueError(f"scene {scene.id}: frames must be at least 1, got {frames}")
        self.script = script
        self.count = frames
        self.size = (script.width, script.height)
        self.seconds = frames / script.fps
        self.world = world_size(*self.size)
        self.margin = ((self.world[0] - self.size[0]) / 2, (self.world[1] - self.size[1]) / 2)
        self.move, self.speed = scene.camera.move, scene.camera.speed

        self.looks = read_looks(project)
        self.user_pictures = {eid for eid in [*scene.entities, scene.background] if self._user_reference(project, eid)}
        # A thing no art shows is left out of the picture (cast/things.py), never drawn as another.
        self.missing = [eid for eid in scene.entities if isinstance(self.looks.get(eid), dict) and
                        self.looks[eid].get("missing") and eid not in self.user_pictures]
        if self.missing:
            scene = scene.model_copy(update={
                "entities": [e for e in scene.entities if e not in self.missing],
                "protagonist": None if scene.protagonist in self.missing else scene.protagonist})
        self.scene = scene
        look = self.looks.get(scene.background)
        self.look = look if isinstance(look, dict) and look.get("kind") == "location" and \
            scene.background not in self.user_pictures else None
        # Seen from the side the place does not show by itself (inside the lighthouse, outside the
        # bakery): that side's look and layers, painted by the cast beside the place's own.
        self.layers = ""
        from ..cast.backdrop import side_of

        if self.look is not None and scene.view is not None and isinstance(self.look.get("other"), dict) and \
                scene.view != side_of(self.look):
            self.look, self.layers = self.look["other"], "other."
        kinds = {e.id: e.kind for e in script.entities}
        self.riders = self._riders(kinds)
        if self._afloat(project, kinds):  # out on the water: no shore under the boat
            from ..cast.backdrop import afloat

            self.look, self.layers = afloat(self.look), "afloat."
        indoor = bool(self.look and self.look.get("terrain") == "indoor")
        self.grade = light.grade(scene.time, scene.weather, indoor)

        self.cache_dir = cache_dir
        sprites, passing, sizes, people = {}, {}, {}, set()
        with_people = any(isinstance(v, dict) and v.get("kit") == "open-peeps" for v in self.looks.values())
        for eid in scene.entities:
            look = self.looks.get(eid)
            if isinstance(look, dict) and look.get("kit") == "open-peeps" and eid not in self.user_pictures:
                sprites[eid], passing[eid], sizes[eid] = self._person(eid, look)
                people.add(eid)
                continue
            sprites[eid] = _trim(_open_image(project.cast(eid), "RGBA", f"scene {scene.id}: entity {eid!r}"))
            if with_people and isinstance(look, dict) and look.get("kind") == "character" and \
                    eid not in self.user_pictures and look.get("glyph_name") not in BIG_ANIMALS:
                sizes[eid] = PET_SIZE
        sprites = {eid: light.apply(im, self.grade.actor) for eid, im in sprites.items()}
        passing = {eid: light.apply(im, self.grade.actor) for eid, im in passing.items() if im is not None}
        aspects = {eid: im.width / im.height for eid, im in sprites.items()}
        self.placements = stage(scene, kinds, *self.size, aspects, sizes=sizes, riders=self.riders)
        self.framing = self._framing()
        # Zooms and shots that are not frame-sized scale the world to the frame; the rest crop it.
        self.scaled = self.move in ZOOMS or self.framing.scale != 1.0
        self.actors = [self._actor(p, sprites[p.entity_id], passing.get(p.entity_id))
                       for p in sorted(self.placements, key=lambda p: p.z)]
        self.spoken = spoken or []
        self.talking = self._talking(people)

        sky_seed = light.seed_of("sky", script.seed, scene.background, scene.time, scene.weather)
        self.backdrop = _Backdrop(project, scene.background, self.world, self.grade, self.look, sky_seed, self.layers)
        self.weather = Weather(scene.weather, self.grade, self.size, self.world, self.backdrop.horizon,
                               script.fps, frames, light.seed_of("weather", script.seed, scene.id), indoor)
        self.window = None
        if indoor and self.backdrop.layered:
            from ..cast import backdrop

            self.window = backdrop.window_box(self.look)
        self.focus = self._focus()
        self.still = None  # a still shot's scaled backdrop, made once
        self._sized: dict[tuple, tuple[Image.Image, Image.Image]] = {}  # scaled sprites of a shot that does not zoom
        if self.scaled:
            self._prepare_zoom()
            if self.move == "static":
                self.still = self._zoom_view(self.rect(0.0))
                self.zoom_world = None  # every frame starts from the still: the big copy can go
        elif self.move == "static":
            self.static_view = self.backdrop.world.crop(self._int_box(self.rect(0.0)))
            if self.backdrop.open is not None:
                self.static_open = self.backdrop.open.crop(self._int_box(self.rect(0.0)))

    def _riders(self, kinds: dict[str, str]) -> dict[str, tuple[str, str]]:
        """{character: (vehicle, "in" or "on")}: the characters on screen the scene's words put in a
        boat or on a bicycle or sled also on screen ("Mia rowed the boat home", "auf dem Schlitten"),
        the lead where the words name nobody ("She rode her bike"); not one who walks, runs, climbs
        or lies. The first such vehicle carries them."""
        from ..director.framing import riders

        cast = [c for c in self.scene.entities if kinds.get(c) == "character"]
        names = {c: self.script.entity(c).name for c in cast}
        for eid in self.scene.entities:
            if kinds.get(eid) != "object" or eid in self.missing:
                continue
            how, who = riders(self.scene.narration, self.script.entity(eid).name, names, self.script.language)
            who = [self.scene.protagonist if c is None else c for c in who]
            riding = [c for c in cast if c in who and
                      self.scene.poses.get(c, "stand") not in ("walk", "run", "climb", "lie", "sleep", "jump")]
            if how is not None and riding:
                return {c: (eid, how) for c in riding}
        return {}

    def _afloat(self, project: Project, kinds: dict[str, str]) -> bool:
        """Whether the scene is seen out on the water: its place has open water (and its "afloat."
        layers, which a cast made before them lacks), a boat or raft is on screen, and every
        character on screen is aboard (one waiting on the bank keeps the bank in the picture)."""
        from ..director.framing import floats

        if self.look is None or self.layers or self.look.get("terrain") != "water" or \
                not project.cast_layer(self.scene.background, "afloat.near").is_file():
            return False
        boats = [e for e in self.scene.entities if kinds.get(e) == "object" and isinstance(self.looks.get(e), dict)
                 and floats(self.looks[e].get("noun") or self.script.entity(e).name, "en" if self.looks[e].get("noun")
                            else self.script.language)]
        aboard = all(c in self.riders for c in self.scene.entities if kinds.get(c) == "character")
        return bool(boats) and aboard

    def _user_reference(self, project: Project, entity_id: str) -> bool:
        """True when the entity's picture is the user's own, not drawn from its look."""
        try:
            reference = self.script.entity(entity_id).reference
        except KeyError:
            return False
        return reference not in (None, project.rel(project.cast(entity_id)))

    def _person(self, eid: str, look: dict, mouth: str | None = None) -> tuple[Image.Image, Image.Image | None, float]:
        """A person drawn in the scene's pose and expression (facing left, as emoji do), the
        second figure of their gait when they walk or run, and their height on screen relative
        to an emoji head's (a seated, lying or young person is less tall than a standing adult);
        with `mouth` "open" or "shut", their mouth drawn so as they speak."""
        from ..cast import people
        from ..config import load_config

        cache = self.cache_dir or load_config().cache_path()
        figure_pose = self.scene.poses.get(eid, "stand")
        expression = self.scene.expressions.get(eid, "neutral")
        drawn = people.sprite(cache, look, figure_pose, expression, mouth=mouth).transpose(Image.FLIP_LEFT_RIGHT)
        passing = people.sprite(cache, look, "stand", expression, mouth=mouth).transpose(Image.FLIP_LEFT_RIGHT) \
            if figure_pose in GAITS else None
        return drawn, passing, PERSON_SIZE * drawn.height / people.STANDING_HEIGHT

    def _talking(self, people: set[str]) -> dict[str, dict[str, _Actor]]:
        """{person: {"open": actor, "shut": actor}}: each person of the kit on screen who says a line,
        drawn with their mouth open and shut (the same figure, only the mouth differs; a face drawn
        with its mouth shut is the actor itself when shut)."""
        from ..cast import people as kit_people

        out = {}
        speakers = {line["speaker"] for line in self.spoken if line.get("open")}
        for a in self.actors:
            eid = a.placement.entity_id
            if eid not in people or eid not in speakers:
                continue
            shut = kit_people.shut_mouthed(self.looks[eid], self.scene.poses.get(eid, "stand"),
                                           self.scene.expressions.get(eid, "neutral"))
            out[eid] = {}
            for mouth in ("open", "shut"):
                if mouth == "shut" and shut:
                    out[eid][mouth] = a
                    continue
                drawn, passing, _ = self._person(eid, self.looks[eid], mouth)
                passing = light.apply(passing, self.grade.actor) if passing is not None else None
                out[eid][mouth] = self._actor(a.placement, light.apply(drawn, self.grade.actor), passing)
        return out

    def mouths(self, i: int) -> dict[str, str]:
        """{person: "open" or "shut"}: the mouth of each person on screen saying a line at frame i."""
        from ..voice.mouths import is_open

        out = {}
        for eid in self.talking:
            state = is_open(self.spoken, eid, i / self.script.fps)
            if state is not None:
                out[eid] = "open" if state else "shut"
        return out

    def speaking(self) -> dict[str, dict]:
        """Who on screen says a line, as the frames show it: {entity: {"mouth": whether its mouth
        moves (a person of the kit; not an animal, a thing or a picture of the user's), "frames": the
        frames its lines play on, "open": those of them with its mouth open}}."""
        from ..voice.mouths import is_open

        out = {}
        on_screen = {a.placement.entity_id for a in self.actors}
        for eid in dict.fromkeys(line["speaker"] for line in self.spoken):
            if eid not in on_screen:
                continue
            states = [is_open(self.spoken, eid, i / self.script.fps) for i in range(self.count)]
            moves = eid in self.talking
            out[eid] = {"mouth": moves, "frames": sum(s is not None for s in states),
                        "open": sum(s is True for s in states) if moves else 0}
        return out

    def _actor(self, p: Placement, source: Image.Image, passing: Image.Image | None = None) -> _Actor:
        carrier, aboard = self.riders.get(p.entity_id, (None, None))
        if aboard == "in":  # in a boat: the hull hides the lower part of the figure
            source = source.crop((0, 0, source.width, max(1, round(source.height * (1.0 - IN_CUT)))))
            passing = None
        w, h = max(1, round(p.width)), max(1, round(p.height))
        sprite = source.resize((w, h), Image.LANCZOS)
        shadow = _shadow(max(2, round(w * SHADOW_WIDTH)), max(2, round(h * SHADOW_HEIGHT)))
        sharp = passing_pair = passing_sharp = None
        if passing is not None:  # the same height as the stride figure, its own width
            pw = max(1, round(h * passing.width / passing.height))
            small = passing.resize((pw, h), Image.LANCZOS)
            passing_pair = (small, small.transpose(Image.FLIP_LEFT_RIGHT))
        if self.scaled:
            big = source.resize((w * SUPERSAMPLE, h * SUPERSAMPLE), Image.LANCZOS)
            sharp = (big, big.transpose(Image.FLIP_LEFT_RIGHT))
            if passing is not None:
                big = passing.resize((passing_pair[0].width * SUPERSAMPLE, h * SUPERSAMPLE), Image.LANCZOS)
                passing_sharp = (big, big.transpose(Image.FLIP_LEFT_RIGHT))
        figure_pose = self.scene.poses.get(p.entity_id, "stand")
        action = action_for(self.scene.actions.get(p.entity_id, "idle"), figure_pose, p, self.size[0],
                            close=self.scene.shot == "close")
        return _Actor(p, action, sprite, sprite.transpose(Image.FLIP_LEFT_RIGHT), shadow, sharp,
                      figure_pose, passing_pair, passing_sharp, carrier)

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

    def _zoom_view(self, r: Rect) -> Image.Image:
        """The world inside `r`, scaled to the frame from the supersampled copy."""
        zx, zy = self.zoom_origin
        box = tuple(v * SUPERSAMPLE for v in (r.x - zx, r.y - zy, r.x - zx + r.w, r.y - zy + r.h))
        return self.zoom_world.resize(self.size, Image.NEAREST, box=box)

    def _focus(self) -> tuple[float, float] | None:
        """World point a zoom leans toward: the middle of the protagonist at its place (its face
        in a close shot)."""
        if self.framing.centre is not None:
            return self.framing.centre
        for p in self.placements:
            if p.entity_id == self.scene.protagonist:
                return p.cx + self.margin[0], p.baseline - p.height / 2 + self.margin[1]
        return None

    def _framing(self) -> Framing:
        """The scene's shot size as a framing; a close shot is framed on the protagonist where it
        stands (a shot with nobody on screen is a tighter centred view)."""
        subject = next(((p.cx + self.margin[0], p.baseline - p.height + self.margin[1], p.height)
                        for p in self.placements if p.entity_id == self.scene.protagonist), None)
        return framing(self.scene.shot, self.size[1], subject)

    def _t(self, i: int) -> float:
        return i / (self.count - 1) if self.count > 1 else 0.0

    def rect(self, t: float) -> Rect:
        """The camera's view rectangle (world pixels) at normalized time t."""
        return camera_rect(self.move, self.speed, t, *self.size, *self.world, focus=self.focus, shot=self.framing)

    def _int_box(self, r: Rect) -> tuple[int, int, int, int]:
        x, y = round(r.x), round(r.y)
        return x, y, x + self.size[0], y + self.size[1]

    def _poses(self, t: float, origin: tuple[float, float], scale: float):
        """(actor, pose, centre x, ground y) of each actor on a canvas where a world point
        (X, Y) lands at ((X - origin x) * scale, (Y - origin y) * scale)."""
        ox, oy = origin[0] - self.margin[0], origin[1] - self.margin[1]  # frame -> world -> canvas
        poses = {a.placement.entity_id: pose(a.action, t, a.placement, self.size[0], self.seconds, a.figure_pose)
                 for a in self.actors if a.carrier is None}
        for a in self.actors:
            p = a.placement
            carried = poses.get(a.carrier)
            ps = poses.get(p.entity_id) or Pose(dx=carried.dx, dy=carried.dy, flip=carried.flip)  # moves with it
            yield a, ps, (p.cx + ps.dx - ox) * scale, (p.baseline - oy) * scale

    def _draw_actors(self, canvas: Image.Image, i: int, origin: tuple[float, float], scale: float) -> None:
        """Paste shadows and sprites at frame i (see `_poses` for the coordinates); a person saying a
        line with their mouth open or shut."""
        speaking = self.mouths(i) if self.talking else {}
        for a, ps, cx, ground in self._poses(self._t(i), origin, scale):
            mouth = speaking.get(a.placement.entity_id)
            if mouth is not None:
                a = self.talking[a.placement.entity_id][mouth]
            if scale == 1.0:
                sprite, shadow = a.image(ps.step, ps.flip), a.shadow
            else:
                shown = a.image(ps.step, ps.flip)
                size = (max(1, round(shown.width * scale)), max(1, round(shown.height * scale)))
                key = (a.placement.entity_id, ps.step, ps.flip, size, mouth)
                if key in self._sized:
                    sprite, shadow = self._sized[key]
                else:
                    sprite = a.image(ps.step, ps.flip, sharp=True).resize(size, Image.NEAREST)
                    shadow = a.shadow.resize((round(a.shadow.width * scale), round(a.shadow.height * scale)),
                                             Image.NEAREST)
                    if self.move not in ZOOMS:  # a zoom's sizes change every frame: nothing to reuse
                        self._sized[key] = (sprite, shadow)
            # The shadow stays on the ground while the sprite bobs or hops above it (a rider's vehicle
            # casts the shadow).
            sw, sh = shadow.size
            if a.carrier is None:
                canvas.paste((0, 0, 0), (round(cx - sw / 2), round(ground - sh * 0.55)), shadow)
            top = round(ground + ps.dy * scale) - sprite.height
            canvas.paste(sprite, (round(cx - sprite.width / 2), top), sprite)

    def _sky_weather(self, canvas: Image.Image, i: int, box: tuple[float, float, float, float],
                     open_at: Callable[[int, int], Image.Image]) -> None:
        """Drifting clouds and lightning over the open sky of `canvas` (in place).

        `box` is the world box (x, y, w, h) of the far layer on screen; `open_at(y0, y1)` the
        mask ("L", frame-wide) of where the sky shows on screen rows y0..y1."""
        w, h = self.size
        scale = w / box[2]
        cut = self.weather.clouds.crop(i, box) if self.weather.clouds is not None else None
        if cut is not None:
            top, rgb, alpha = cut
            if scale != 1.0 or rgb.width != w:
                size = (w, max(1, round(rgb.height * scale)))
                rgb, alpha = rgb.resize(size, Image.NEAREST), alpha.resize(size, Image.NEAREST)
            y0 = max(0, round((top - box[1]) * scale))
            y1 = min(h, y0 + rgb.height)
            if y1 > y0:
                if y1 - y0 != rgb.height:
                    rgb, alpha = rgb.crop((0, 0, w, y1 - y0)), alpha.crop((0, 0, w, y1 - y0))
                canvas.paste(rgb, (0, y0), ImageChops.multiply(alpha, open_at(y0, y1)))
        bolt = self.weather.bolt(i)
        if bolt is not None:
            n = min(bolt.height, h)
            canvas.paste(BOLT_COLOUR, (0, 0, w, n), ImageChops.multiply(bolt.crop((0, 0, w, n)), open_at(0, n)))

    def _window_on_screen(self, far_box: tuple[float, float, float, float]) -> tuple[int, int, int, int] | None:
        """The indoor window's pane on screen, for rain and snow seen through it."""
        if self.window is None:
            return None
        x, y, vw, _vh = far_box
        s = self.size[0] / vw
        x0, y0, x1, y1 = self.window
        return (round((x0 - x) * s), round((y0 - y) * s), round((x1 - x) * s), round((y1 - y) * s))

    def _render(self, i: int) -> Image.Image | bytearray:
        """Frame i as an image, or as its raw rgb24 bytes once the weather drew into them."""
        if not 0 <= i < self.count:
            raise IndexError(f"frame {i} is outside 0..{self.count - 1}")
        t = self._t(i)
        r = self.rect(t)
        w, h = self.size
        sky = self.backdrop.open is not None and (self.weather.clouds is not None or bool(self.weather.bolts))
        if self.scaled:
            canvas = self.still.copy() if self.still is not None else self._zoom_view(r)
            far_box = (r.x, r.y, r.w, r.h)
            s = w / r.w
            if sky:
                self._sky_weather(canvas, i, far_box, lambda y0, y1: self.backdrop.open.resize(
                    (w, y1 - y0), Image.NEAREST, box=(r.x, r.y + y0 / s, r.x + r.w, r.y + y1 / s)))
            self.weather.behind(canvas, i)
            self._draw_actors(canvas, i, (r.x, r.y), s)
            canvas = self.weather.front(canvas, i)
            for _layer, bx, by, patch in self.backdrop.blooms:  # lamps shine through the fog (no parallax)
                big = patch.resize((max(1, round(patch.width * s)), max(1, round(patch.height * s))), Image.BILINEAR)
                canvas.paste(big, (round((bx - r.x) * s), round((by - r.y) * s)), big)
            shift = 0.0
        else:
            x, y, _, _ = self._int_box(r)
            if self.move in PANS:
                fx, fy = parallax_offset(r, *self.size, *self.world)
                fx, fy = round(fx), round(fy)
                far_box = (fx, fy, w, h)
                clouds = None
                if sky:
                    def clouds(view: Image.Image) -> None:  # behind the near layer: only the far one hides them
                        self._sky_weather(view, i, far_box, lambda y0, y1: self.backdrop.far_open.crop(
                            (fx, fy + y0, fx + w, fy + y1)))
                canvas = self.backdrop.view((x, y), (fx, fy), self.size, clouds)
            else:
                far_box = (x, y, w, h)
                canvas = self.static_view.copy()
                if sky:
                    self._sky_weather(canvas, i, far_box,
                                      lambda y0, y1: self.static_open.crop((0, y0, w, y1)))
            self.weather.behind(canvas, i)
            self._draw_actors(canvas, i, (x, y), 1.0)
            canvas = self.weather.front(canvas, i)
            for layer, bx, by, patch in self.backdrop.blooms:  # lamps shine through the fog
                ox, oy = (x, y) if layer == "near" else far_box[:2]
                canvas.paste(patch, (bx - ox, by - oy), patch)
            shift = self.margin[0] - x  # the near layer's sideways move on screen
        return self.weather.fall(canvas, i, shift, self._window_on_screen(far_box))

    def frame(self, i: int) -> Image.Image:
        """Frame i (0-based) as an RGB image of the script's size."""
        out = self._render(i)
        return Image.frombytes("RGB", self.size, bytes(out)) if isinstance(out, bytearray) else out

    def boxes(self, i: int) -> dict[str, list[int]]:
        """Where each foreground entity is drawn in frame i: [x0, y0, x1, y1] in frame pixels,
        clipped to the frame (for evaluation crops)."""
        t = self._t(i)
        r = self.rect(t)
        scale = self.size[0] / r.w if self.scaled else 1.0
        origin = (r.x, r.y) if self.scaled else self._int_box(r)[:2]
        out = {}
        for a, ps, cx, ground in self._poses(t, origin, scale):
            w, h = a.sprite.width * scale, a.sprite.height * scale
            top = ground + ps.dy * scale - h
            box = [max(0, round(cx - w / 2)), max(0, round(top)), min(self.size[0], round(cx + w / 2)),
                   min(self.size[1], round(top + h))]
            if box[2] > box[0] and box[3] > box[1]:
                out[a.placement.entity_id] = box
        return out

    def drawn(self) -> dict:
        """What this scene is drawn from, read from the same looks, time and weather the frames
        use: {"entities": {id: record}, "background": {"location", "view" (the side it is seen from),
        "terrain", "landmark", "landmark_name", "time", "weather"}, "shot": size}. A sprite's record
        is {"glyph", "glyph_name", "body" ("full" or "head")} (a thing's also "noun", what the story
        calls it, "labels", its art's own name and keywords, and "art": "openclipart" for clip art);
        a person's names the kit's parts (see cast.people.parts_drawn), and a rider's also "aboard" (the
        vehicle) and "how" ("in" or "on"); a picture the user gave
        instead of a look is {"glyph": None, "glyph_name": None, "reference": path}; a thing no art
        shows, left out of the picture, is {"glyph": None, "glyph_name": None, "missing": what it is}."""
        from ..cast import backdrop, people, sprites

        entities = {}
        for eid in self.scene.entities:
            look = self.looks.get(eid) if isinstance(self.looks.get(eid), dict) else {}
            if eid in self.user_pictures:
                entities[eid] = {"glyph": None, "glyph_name": None, "reference": self.script.entity(eid).reference}
            elif look.get("kit") == "open-peeps":
                entities[eid] = people.parts_drawn(look, self.scene.poses.get(eid, "stand"),
                                                   self.scene.expressions.get(eid, "neutral"))
            else:
                entities[eid] = {"glyph": look.get("glyph"), "glyph_name": look.get("glyph_name"),
                                 "body": sprites.body_of(look.get("glyph_name") or "")}
                entities[eid] |= {k: look[k] for k in ("noun", "labels", "art") if k in look}  # a thing: what shows it
        for rider, (vehicle, how) in self.riders.items():  # in a boat, on a bicycle
            entities[rider] = {**entities[rider], "aboard": vehicle, "how": how}
        for eid in self.missing:
            entities[eid] = {"glyph": None, "glyph_name": None, "missing": self.looks[eid].get("noun") or eid}
        look = self.look or {}
        background = {"location": self.scene.background, "view": backdrop.side_of(look) if look else None,
                      "terrain": look.get("terrain"),
                      "landmark": look.get("landmark"), "landmark_name": look.get("landmark_name"),
                      "time": self.grade.time, "weather": self.grade.weather}
        return {"entities": entities, "background": background, "shot": self.scene.shot}

    def frames(self) -> Iterator[bytes | bytearray]:
        """Every frame as raw rgb24 bytes, in order."""
        for i in range(self.count):
            out = self._render(i)
            yield out if isinstance(out, bytearray) else out.tobytes()
