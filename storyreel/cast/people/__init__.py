"""People drawn from a cut-out kit: full bodies that pose and make faces, one look per person.

The "people" cast backend (the default) draws every character the words say is a person
(species human, or nothing said at all) with the Open Peeps kit (kit.py), its look read from
the description and the story's words (look.py); animals, creatures and things keep the emoji
cast's sprites (a body where the font has one), and places its painted backdrops.

A person's reference picture is them standing with a neutral face; the animatic draws each
scene's pose and expression from the same look (`sprite`), so one look plays every shot.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

from PIL import Image

from ... import files
from ...director import words
from ...project import Project
from ...script import Entity, Script
from .. import EmojiCast, REGISTRY
from . import kit, look as looks

REFERENCE_HEIGHT = 720  # px for the kit's whole view
STANDING_HEIGHT = 690   # px of it a grown-up standing figure takes (measured)
MEMBER_OVERLAP = 0.28   # share of a member's width the next member of a group stands over it
# The animals and things beside the kit's people are outlined like them: a thin line of the kit's
# dark ink, not the emoji cast's coloured or white sticker border (compared on contact sheets).
INK = "#2b2622"
INK_WIDTH = 3  # px at sprites.SPRITE_HEIGHT
TURN = {"lie": -90.0, "sleep": -90.0, "run": -9.0, "climb": -6.0}  # degrees (counter-clockwise > 0)


def said_of(entity: Entity, language: str) -> dict:
    """What the words say this character is: the name in the story's language first (Grandpa
    Joe, Bäckerin, 小狗), then the description (English, as the director writes it)."""
    own = words.being(entity.name, [], language)
    described = words.being(entity.name, [f"{entity.name}, {entity.description[:1].lower()}{entity.description[1:]}"],
                            "en")
    return {key: own.get(key) or described.get(key) for key in ("species", "sex", "age", "group")}


def is_person(said: dict) -> bool:
    return said.get("species") in ("human", None)


@REGISTRY.register("people")
class PeopleCast(EmojiCast):
    """People from the Open Peeps kit; animals, creatures and things from emoji; painted places."""

    name = "people"
    version = "7"

    def plan(self, script: Script) -> dict[str, dict]:
        said = {e.id: said_of(e, script.language) for e in script.entities if e.kind == "character"}
        people = [e for e in script.entities if e.id in said and is_person(said[e.id])]
        if people:
            kit.parts(self.cache_dir)  # a clear error now, not halfway through drawing
        rest = script.model_copy(update={"entities": [e for e in script.entities if e not in people]})
        planned = super().plan(rest) if rest.entities else {}
        for look in planned.values():  # one film, one look: stickers outlined in the kit's ink
            if "outline" in look:
                look |= {"outline": INK, "border": INK_WIDTH}
        for index, entity in enumerate(people):
            planned[entity.id] = looks.person(entity.id, entity.description, said[entity.id], index)
        return {e.id: planned[e.id] for e in script.entities}

    def make(self, entity: Entity, look: dict, script: Script, project: Project, out: Path) -> None:
        if look.get("kit") != "open-peeps":
            return super().make(entity, look, script, project, out)
        image = sprite(self.cache_dir, look)
        with files.atomic_path(out) as tmp:
            image.save(tmp, format="PNG")


def sprite(cache_dir: Path, look: dict, pose: str = "stand", expression: str = "neutral",
           height: int = REFERENCE_HEIGHT, mouth: str | None = None) -> Image.Image:
    """The person (or group) of `look` in `pose` with `expression`, as RGBA trimmed to its ink;
    a child at its smaller scale of `height`. Lying and sleeping figures are turned flat. While
    they speak, `mouth` "open" or "shut" draws each face's mouth so (None: as the face is drawn)."""
    return _sprite(str(cache_dir), json.dumps(look, sort_keys=True), pose, expression, height, mouth).copy()


def shut_mouthed(look: dict, pose: str, expression: str) -> bool:
    """Whether every face of `look` in `pose` with `expression` is drawn with its mouth shut, as it
    is between the syllables of a line (so a speaker's shut mouth is the figure itself)."""
    return not any(kit.mouth_open(looks.figure(m, pose, expression).face) for m in looks.members(look))


@functools.lru_cache(maxsize=64)
def _sprite(cache_dir: str, look_json: str, pose: str, expression: str, height: int,
            mouth: str | None = None) -> Image.Image:
    look = json.loads(look_json)
    figures = [kit.draw(Path(cache_dir), looks.figure(m, pose, expression, mouth),
                        round(height * look.get("scale", 1.0)))
               for m in looks.members(look)]
    image = figures[0] if len(figures) == 1 else _row(figures)
    turn = TURN.get(pose)
    if turn:
        image = image.rotate(turn, resample=Image.BICUBIC, expand=True)
        box = image.getchannel("A").getbbox()
        image = image.crop(box) if box else image
    return image


def _row(figures: list[Image.Image]) -> Image.Image:
    """Members of a group side by side, overlapping a little, the first in front, feet level."""
    step = [round(f.width * (1 - MEMBER_OVERLAP)) for f in figures]
    width = sum(step[:-1]) + figures[-1].width
    height = max(f.height for f in figures)
    canvas = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    x = [sum(step[:i]) for i in range(len(figures))]
    for i in reversed(range(len(figures))):  # the last member stands behind
        canvas.alpha_composite(figures[i], (x[i], height - figures[i].height))
    return canvas


def parts_drawn(look: dict, pose: str, expression: str) -> dict:
    """The `drawn` record of a kit look in a scene: the kit, pose and, per member, the parts and
    colours (by name where the description named them)."""
    out = {"kit": "open-peeps", "pose": pose, "expression": expression, "sex": look.get("sex"), "age": look.get("age"),
           "clothes": look.get("clothes", {}), "members": []}
    for member in looks.members(look):
        figure = looks.figure(member, pose, expression)
        out["members"].append({"body": figure.body, "face": figure.face, "hair": figure.hair,
                               "hair_colour": member["hair_colour"], "skin": member["skin"],
                               "top": member["top"], "bottom": member["bottom"],
                               "facial_hair": member.get("facial_hair"), "accessory": member.get("accessory"),
                               "hat_colour": member.get("hat_colour")})
    return out

