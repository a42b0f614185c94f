"""Cast: one look per entity, decided once and reused in every scene.

A cast backend first *plans* every entity's look for the whole script (a small JSON-able
dict), then *makes* each entity's reference image from its look. The pipeline hashes
each look into that entity's cache key, so everything that depends on other entities
(two characters must never look alike) is settled in `plan`, and `make` only draws.

The embedded backend, "emoji", gives characters and objects an emoji sprite cast by
meaning (casting.py: a shortlist by embeddings, the pick by the language model) and
locations a painted two-layer backdrop. A user's own picture
(entity.reference) is brought in with `import_reference` instead.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Callable, Protocol

import numpy as np
from PIL import Image, ImageOps

from .. import files
from ..embed import embed
from ..errors import InputError, ToolMissingError
from ..project import Project
from ..registry import Registry
from ..script import Entity, Script
from . import backdrop, casting, glyphs, labels, landmarks, sprites, things


class CastBackend(Protocol):
    name: str  # registry name, e.g. "emoji"
    version: str  # bumped whenever output changes; part of every cast cache key

    def plan(self, script: Script) -> dict[str, dict]:
        """A deterministic, JSON-able look per entity id."""
        ...

    def make(self, entity: Entity, look: dict, script: Script, project: Project, out: Path) -> None:
        """Write the reference image of `entity` to `out`; for a location also its two layers."""
        ...

    def close(self) -> None:
        """Free what the backend loaded (a model); called when the stage ends."""
        ...


REGISTRY: Registry[CastBackend] = Registry("cast")

# Pools searched for each kind of entity (see glyphs._POOL_RANGES).
CHARACTER_POOLS = ("person", "animal", "fantasy")
OBJECT_POOLS = ("thing", "food", "plant")
OUTDOOR_POOLS = ("place", "plant")
INDOOR_POOLS = ("fixture",)
CLIPART_POOLS = ("thing", "food", "plant", "fixture")  # clip art that may draw a thing

# A character whose best glyph is taken moves to its next-best one only if that one is
# still a good match: within SWITCH_MARGIN of the best score and at least MIN_MATCH.
SWITCH_MARGIN = 0.08
MIN_MATCH = 0.35


def character_pools(species: str | None) -> tuple[str, ...]:
    """Where a character's glyph is looked for: among people when its description says it is a person
    (the best matches for "fishermen" in every pool are fish), among animals and beings that come alive
    (a teddy bear) when it names an animal."""
    if species == "human":
        return ("person",)
    return ("animal", "fantasy") if species else CHARACTER_POOLS


def _core(description: str) -> str:
    """The head of a description: 'A little girl with a yellow apron' -> 'A little girl'.

    What a character or object *is* comes first; what it wears or does follows 'with',
    'who'... and would otherwise pull the match towards the wrong glyph.
    """
    # Not on 'and' or commas: "a wise and elderly keeper", "Anna, a little girl" keep their noun.
    head = re.split(r"\b(?:with|who|that|which|wearing|holding|carrying|whose|named|called)\b|[.;:!?()]",
                    description, maxsplit=1, flags=re.IGNORECASE)[0].strip()
    return head if len(head) >= 3 else description


def _phrases(name: str, description: str) -> list[str]:
    """The name and the noun phrases of a location: any of them may name its landmark.

    Words about the time of day are dropped: the sky shows them, and "morning" would
    otherwise pull a kitchen towards a bed.
    """
    pieces = re.split(r"\b(?:with|in|on|at|of|over|under|by|near|beside|behind|front|and|from|to|into|"
                      r"the|a|an|its|his|her|their)\b|[,.;:!?()]", description, flags=re.IGNORECASE)
    phrases = [name] + [backdrop.without_time_words(p) for p in pieces]
    return [p.strip() for p in phrases if len(p.strip()) >= 3]


def _match_texts(entity: Entity) -> tuple[str, list[str]]:
    """(whole text, key phrases) embedded to match an entity with glyphs."""
    if entity.kind == "location":
        return f"{entity.name}. {entity.description}", _phrases(entity.name, entity.description)
    description = sprites.strip_accessories(entity.description) if entity.kind == "character" else entity.description
    return f"{entity.name}. {description}", [_core(description)]


def _pick(ranked: list[tuple[float, glyphs.Glyph]], used: dict[str, int]) -> glyphs.Glyph:
    """The best glyph; when another entity has it, the next-best free glyph of the same kind
    (a girl stays a person, never a chick) if it is still a good match, else the best anyway."""
    best_score, best = ranked[0]
    if best.char not in used:
        return best
    for score, glyph in ranked[1:]:
        good = score >= max(MIN_MATCH, best_score - SWITCH_MARGIN)
        if good and glyph.char not in used and glyph.pools & best.pools:
            return glyph
    return best


@REGISTRY.register("emoji")
class EmojiCast:
    """Emoji sprites for characters and objects, painted backdrops for locations."""

    name = "emoji"
    version = "10"

    def __init__(self, cache_dir: Path, config=None):
        self.cache_dir = Path(cache_dir)
        self.config = config
        self._chooser = None

    def close(self) -> None:
        self._chooser = None

    def chooser(self):
        """The language model that picks from the shortlists (the director's, loaded on first
        use: a re-render whose looks are planned already never loads it, and a plan hands over
        the model it planned with, `use_llm`); None without a configuration, and then the
        best-ranked candidates play."""
        if self._chooser is None and self.config is not None:
            from ..director import LLM_BACKENDS

            self._chooser = LLM_BACKENDS.create(self.config.backends.director, config=self.config)
        return self._chooser

    def use_llm(self, llm) -> None:
        """Cast with this (already loaded) model instead of loading the configured one."""
        self._chooser = llm

    def plan(self, script: Script) -> dict[str, dict]:
        """Looks for every entity. What the words name plainly is cast by code (a shortlisted glyph
        called what the description says the entity is; a place's ground and landmark its words
        name); the model picks the rest in one question for the characters and objects (each from
        its own shortlist) and one for the places. Answers are cached by the question.

        A character's look depends only on it and on the characters before it (a glyph taken by
        one of them goes, where the shortlist has another, to the next fitting free one); objects
        may share a glyph (a lamp and a spare bulb are both bulbs).
        """
        catalogue = glyphs.load_catalogue(self.cache_dir)
        texts = {e.id: _match_texts(e) for e in script.entities}
        flat = [t for full, parts in texts.values() for t in (full, *parts)]
        vectors = iter(embed(flat))
        queries: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for entity_id, (_full, parts) in texts.items():
            full = next(vectors)
            queries[entity_id] = (full, np.stack([next(vectors) for _ in parts]))

        looks: dict[str, dict] = {}
        objects = [e for e in script.entities if e.kind == "object"]
        shown = self._things(script, objects, catalogue, queries)
        for entity in objects:
            noun = shown[entity.id][0]
            if shown[entity.id][1]:
                continue
            if noun in landmarks.THINGS:  # no glyph shows it, a drawing does (a raft)
                looks[entity.id] = {"kind": "object", "drawn": noun, "glyph_name": noun, "noun": noun, "labels": [noun],
                                    "hue_shift": 0, "accessories": [], "outline": sprites.OBJECT_OUTLINE,
                                    "border": sprites.OBJECT_BORDER}
            else:  # nothing shows it: left out, never drawn as something else
                looks[entity.id] = {"kind": "object", "missing": True, "noun": noun}
        cast = [e for e in script.entities if e.kind == "character"] + [e for e in objects if e.id not in looks]
        animals = casting.animal_words(catalogue)
        offers = {}
        for entity in cast:
            if entity.kind == "object":
                offers[entity.id] = (casting.colour_variants(shown[entity.id][1], entity.description), [])
                continue
            pools = character_pools(casting.traits(entity.description, animals)["species"])
            fitting = casting.shortlist(catalogue.rank(*queries[entity.id], pools), entity.description, animals)
            worn = [a["name"] for a in sprites.find_accessories(entity.description)]
            offers[entity.id] = (fitting, worn)
        # What the words name plainly is cast by code (a thing only one glyph shows too); the model
        # picks for the rest, in one question.
        named = {e.id: casting.named_option(e.name, e.description, [g.name for _, g in offers[e.id][0]])
                 or (offers[e.id][0][0][1].name if e.kind == "object" and len(offers[e.id][0]) == 1 else None)
                 for e in cast}
        answers = {e.id: {"glyph": named[e.id], "wears": offers[e.id][1]} for e in cast if named[e.id]}
        if self.config is not None:
            answers |= casting.ask_together(
                self.chooser, self.config.llm.model, self.cache_dir, casting.GLYPH_INTRO,
                [casting.glyph_question(e.id, e.name, e.description, [g.name for _, g in offers[e.id][0]],
                                        offers[e.id][1]) for e in cast if not named[e.id]], 40 * len(cast))

        bodies = {g.name: g for g in catalogue.glyphs if "animal" in g.pools or "fantasy" in g.pools}
        keywords = labels.keywords(self.cache_dir) if objects else {}
        used: dict[str, int] = {}  # glyph -> how many characters/objects already have it
        worn_with: dict[str, set[str]] = {}  # glyph -> accessories worn by the characters drawn with it
        for index, entity in enumerate(cast):
            is_character = entity.kind == "character"
            fitting, worn = offers[entity.id]
            if self.config is None and entity.id not in answers:
                choice, wearing = _pick([p for p in fitting if p[1].char not in used] or fitting, used), worn
            else:
                picked = casting.glyph_choice(answers.get(entity.id), [g.name for _, g in fitting], worn)
                choice = next(g for _, g in fitting if g.name == picked["glyph"])
                if choice.char in used and is_character:  # two characters never look alike: the next fitting free one
                    choice = next((g for _, g in fitting if g.char not in used), choice)
                wearing = picked["accessories"]
            if is_character and sprites.body_of(choice.name) == "head":  # a cat with a body, not a cat's face
                choice = bodies.get(choice.name.removesuffix(" face"), choice)
            repeat = used.get(choice.char, 0)
            used[choice.char] = repeat + 1
            sex = casting.traits(entity.description, animals)["sex"]
            accessories = sprites.accessories(wearing, entity.description, sex) if is_character else []
            if repeat and is_character:
                accessories = accessories[: sprites.MAX_ACCESSORIES - 1]
                taken = worn_with.get(choice.char, set()) | {a["name"] for a in accessories}
                accessories.append(sprites.distinguisher(taken, repeat - 1))
            worn_with.setdefault(choice.char, set()).update(a["name"] for a in accessories)
            drawing = "clipart" in choice.pools
            # (a drawing has no skin-tone variant: duplicate_variant gives it another hue)
            glyph, hue_shift = sprites.duplicate_variant(choice.char, repeat) if repeat else (choice.char, 0)
            looks[entity.id] = {
                "kind": entity.kind,
                "glyph": glyph,
                "glyph_name": choice.name,
                "hue_shift": hue_shift,
                "accessories": accessories,
                "outline": sprites.OUTLINE_PALETTE[index % len(sprites.OUTLINE_PALETTE)] if is_character
                else sprites.OBJECT_OUTLINE,
                "border": sprites.BORDER if is_character else sprites.OBJECT_BORDER,
            }
            if is_character and "animal" in choice.pools:  # a grey cat, a black dog: the coat the words say
                # (no hue: "a red fox", "a golden retriever", "a blue whale" name species, drawn as they are)
                coat = sprites.colour_said(f"{entity.name}. {entity.description}", things.noun_of(entity.description),
                                           {w: w for w in sprites.SHADES})  # the name may say it: "black dog"
                if coat is not None:
                    looks[entity.id]["shade"] = coat
            if not is_character:  # what the story calls it, and the art's own labels (for the eval)
                looks[entity.id] |= {"noun": shown[entity.id][0],
                                     "labels": list(labels.of(keywords, choice.char))}
            if drawing:  # clip art: its file's sha256, its keywords, and the colour the words give it
                from . import clipart  # (not at import: `python -m storyreel.cast.clipart` runs it as main)

                art = clipart.load(self.cache_dir)
                looks[entity.id] |= {"art": "openclipart", "sha256": art.sha256[choice.char],
                                     "labels": [choice.name, *art.keywords[choice.char]],
                                     "hue": sprites.colour_said(entity.description, shown[entity.id][0])}

        frame = (script.width, script.height)
        places = [e for e in script.entities if e.kind == "location"]
        ranked = {e.id: catalogue.rank(*queries[e.id], INDOOR_POOLS + OUTDOOR_POOLS, top=6) for e in places}
        options = {e.id: casting.landmark_options([g.name for _, g in ranked[e.id]]) for e in places}
        # The ground and the landmark the words name plainly are taken; the model is asked the rest. A
        # name in another language is read in English through its dictionary ("el faro" -> lighthouse).
        from . import nouns

        english = {e.id: [] if script.language.split("-")[0].lower() == "en" else
                   nouns.english(e.name, script.language)[:2] for e in places}
        texts = {e.id: ". ".join([e.name, *english[e.id], e.description]) for e in places}
        terrains = {e.id: backdrop.terrain_said(texts[e.id]) for e in places}
        named_landmarks = {e.id: casting.named_option((english[e.id] or [e.name])[0], e.description, options[e.id])
                           for e in places}
        # A place its words name plainly (a harbour, a village, a market; a room: a forge, a kitchen;
        # by its name, a river or a hill) is composed by code.
        composed = {e.id: backdrop.room_said(texts[e.id]) if terrains[e.id] == "indoor" else
                    backdrop.place_said(texts[e.id]) or backdrop.place_said(". ".join([e.name, *english[e.id]]),
                                                                            backdrop.NATURE)
                    for e in places}
        for entity in places:  # a landmark the words name wins outside; inside, the room (no hospital building)
            if composed[entity.id] and (not named_landmarks[entity.id] or terrains[entity.id] == "indoor"):
                terrains[entity.id] = composed[entity.id]["terrain"]
            else:
                composed[entity.id] = None
        answers = {}
        if self.config is not None:
            answers = casting.ask_together(
                self.chooser, self.config.llm.model, self.cache_dir, casting.PLACE_INTRO,
                [casting.place_question(e.id, e.name, e.description, options[e.id]) for e in places
                 if not (terrains[e.id] and named_landmarks[e.id]) and not composed[e.id]], 30 * len(places))
        for entity in places:
            if composed[entity.id]:
                place = composed[entity.id]
                own = {**backdrop.plan_location(entity, place["landmark"], place["landmark_name"], place["terrain"],
                                                frame), "scenery": place["scenery"],
                       **({"floor": place["floor"]} if "floor" in place else {})}
                looks[entity.id] = {**own, "other": backdrop.other_side(entity, own, frame)}
                continue
            answer = {**answers.get(entity.id, {}), **({"terrain": terrains[entity.id]} if terrains[entity.id] else {}),
                      **({"landmark": named_landmarks[entity.id]} if named_landmarks[entity.id] else {})}
            if self.config is None and not answer:  # no model: the words' terrain and the best landmark of its pools
                terrain = backdrop.terrain_from_text(f"{entity.name}. {entity.description}")
                pools = INDOOR_POOLS if terrain == "indoor" else OUTDOOR_POOLS
                best = catalogue.rank(*queries[entity.id], pools, top=1)[0][1]
                landmark, landmark_name = best.char, best.name
            else:
                choice = casting.place_choice(answer, options[entity.id])
                terrain = choice["terrain"]
                landmark, landmark_name = casting.landmark_of(choice["landmark"],
                                                              {g.name: g.char for _, g in ranked[entity.id]})
            own = backdrop.plan_location(entity, landmark, landmark_name, terrain, frame)
            looks[entity.id] = {**own, "other": backdrop.other_side(entity, own, frame)}
        return {e.id: looks[e.id] for e in script.entities}

    def _things(self, script: Script, objects: list[Entity], catalogue, queries) -> dict[str, tuple[str | None, list]]:
        """{object id: (its English noun, the ranked (score, Glyph) pairs whose labels show it, up to
        SHORTLIST; none for a thing no art shows)}. The noun is read by code: an English story's
        description (or name) says it; another language's name is looked up in its dictionary
        (cast/nouns.py: "Laterne" -> lantern, "sac de farine" -> bag). Only where neither gives a
        noun is the model asked, in one question for all of them. A phrase from a dictionary or the
        model ("watering can") counts only where a glyph's name says its head, never a keyword alone:
        a watering can is no canned food (things.py). Where no emoji shows the noun, clip art whose
        name does may (cast/clipart.py: an anvil, a sledge); its Glyphs are in the pool "clipart"."""
        from . import clipart, nouns

        table = labels.keywords(self.cache_dir)
        pool = [g for g in catalogue.glyphs if g.pools & set(OBJECT_POOLS)]
        english = script.language.split("-")[0].lower() == "en"
        emoji_heads = things.heads(g.name for g in catalogue.glyphs if g.pools & {"animal", "person", "place"})

        @functools.lru_cache(maxsize=1)
        def clip_art() -> tuple[clipart.ClipArt | None, frozenset[str], frozenset[str], frozenset[str]]:
            """The clip art (indexed on first need), the nouns its drawings show, the nouns some art
            shows (a word of these before a clip art's head makes it another thing), and the beings
            and buildings (made of sand or glass, they are figures, not themselves)."""
            art = clipart.load(self.cache_dir)
            drawn = art.catalogue.glyphs if art else []
            art_heads = things.heads(g.name for g in drawn)
            known = things.heads(g.name for g in pool) | emoji_heads | art_heads
            figures = (emoji_heads | things.heads(g.name for g in drawn if g.pools & {"animal", "person", "place"})) \
                - things.heads(g.name for g in pool)
            return art, art_heads, known, figures

        @functools.cache
        def clip_ranked(entity_id: str) -> list:  # an entity's clip art by meaning, ranked once
            art = clip_art()[0]
            return art.catalogue.rank(*queries[entity_id], CLIPART_POOLS, top=len(art.catalogue.glyphs))

        def in_clipart(entity: Entity, noun: str) -> list:
            art, _, known, figures = clip_art()
            if art is None:
                return []
            hits = things.clipart_showing(noun, clip_ranked(entity.id), f"{entity.name} {entity.description}",
                                          known, figures)
            return [(score, glyphs.Glyph(g.char, g.name, g.pools | {"clipart"})) for score, g in hits]

        found: dict[str, tuple[str | None, list]] = {}
        asking = []
        for entity in objects:
            ranked = catalogue.rank(*queries[entity.id], OBJECT_POOLS, top=len(pool))
            phrases = [entity.description, entity.name] if english else nouns.english(entity.name, script.language)
            said = [(noun, 1 if english or len(things.words(phrase)) == 1 else 2) for phrase in phrases
                    for noun in [things.noun_of(phrase)] if noun]
            shown = next(((noun, hits) for noun, least in said
                          for hits in [things.showing(noun, ranked, table, least, embed,
                                                      f"{entity.name} {entity.description}")] if hits), None) or \
                next(((noun, hits) for noun, _ in said for hits in [in_clipart(entity, noun)] if hits), None)
            if shown:
                found[entity.id] = (shown[0], shown[1][:casting.SHORTLIST])
            elif said:  # the words say what it is, and no art shows it: a watering can stays one, undrawn
                found[entity.id] = (said[0][0], [])
            else:
                asking.append((entity, ranked))
        if asking and self.config is not None:
            answers = casting.ask_together(
                self.chooser, self.config.llm.model, self.cache_dir, things.NOUN_INTRO,
                [things.noun_question(e.id, e.name, e.description, script.language) for e, _ in asking],
                16 * len(asking))
            vocabulary = things.vocabulary(pool, table) | clip_art()[1]
            for entity, ranked in asking:
                noun = things.noun_answer(answers.get(entity.id), vocabulary)
                hits = (things.showing(noun, ranked, table, 2, embed, f"{entity.name} {entity.description}")
                        or in_clipart(entity, noun)) if noun else []
                found[entity.id] = (noun, hits[:casting.SHORTLIST])
        return {e.id: found.get(e.id, (None, [])) for e in objects}

    def make(self, entity: Entity, look: dict, script: Script, project: Project, out: Path) -> None:
        """Draw the sprite, or paint the backdrop and write its far and near layers first (and those
        of its other side, "other.far" and "other.near", for the scenes seen from there)."""
        if entity.kind == "location":
            def save(prefix: str, far: Image.Image, near: Image.Image) -> None:
                with files.atomic_path(project.cast_layer(entity.id, prefix + "far")) as tmp:
                    far.save(tmp, format="PNG")
                with files.atomic_path(project.cast_layer(entity.id, prefix + "near")) as tmp:
                    near.save(tmp, format="PNG")

            if look.get("other") is not None:
                save("other.", *backdrop.paint(look["other"]))
            far, near = backdrop.paint(look)
            open_water = backdrop.afloat(look)
            if open_water is not None:  # seen from a boat out on it: the same far layer, no bank in the near one
                save("afloat.", far, backdrop.paint_near(open_water))
            save("", far, near)
            image = backdrop.compose(far, near)
        elif look.get("missing"):  # nothing shows it: an empty picture keeps the contract's reference
            image = Image.new("RGBA", (2, 2), (0, 0, 0, 0))
        elif look.get("drawn"):
            image = sprites.make_sprite(look, body=landmarks.render_thing(look["drawn"], sprites.SPRITE_HEIGHT))
        elif look.get("art") == "openclipart":
            from . import clipart

            art = clipart.load(self.cache_dir)
            if art is None:
                raise ToolMissingError(f"entity {entity.id!r} is cast as clip art, but {clipart.ROOT} is not "
                                       f"installed; {clipart.INSTALL_HINT}")
            image = sprites.make_sprite(look, body=art.render(look["glyph"], look["sha256"]))
        else:
            image = sprites.make_sprite(look)
        with files.atomic_path(out) as tmp:
            image.save(tmp, format="PNG")


def import_reference(src: Path, entity: Entity, out: Path, max_side: int = 1024,
                     cut_out: Callable[[Image.Image], Image.Image] | None = None) -> None:
    """Bring in a user's own picture for `entity` as a PNG at `out`, at most `max_side` px per side.

    Characters and objects keep their transparency (RGBA); one without any (a photo, a
    drawing on paper) is cut out of its background with `cut_out` when given. A location
    becomes RGB. An unreadable or missing file raises an InputError naming the entity and the path.
    """
    src = Path(src)
    shown = entity.reference or str(src)
    where = "" if str(src) == shown else f" (looked at {src})"
    try:
        with Image.open(src) as opened:
            image = ImageOps.exif_transpose(opened)
            image.load()
    except FileNotFoundError:
        raise InputError(f"entity {entity.id!r}: reference {shown!r} cannot be read: file not found{where}") from None
    except IsADirectoryError:
        raise InputError(f"entity {entity.id!r}: reference {shown!r} cannot be read: it is a folder{where}") from None
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        reason = "not an image file Pillow can read" if isinstance(exc, Image.UnidentifiedImageError) else str(exc)
        raise InputError(f"entity {entity.id!r}: reference {shown!r} cannot be read: {reason}{where}") from None
    if entity.kind == "location":
        if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
            background = Image.new("RGBA", image.size, (255, 255, 255, 255))
            background.alpha_composite(image.convert("RGBA"))
            image = background
        image = image.convert("RGB")
    else:
        opaque = image.mode not in ("RGBA", "LA", "PA") and "transparency" not in image.info
        image = image.convert("RGBA")
        if opaque and cut_out is not None:
            image = cut_out(image.convert("RGB"))
    image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    with files.atomic_path(out) as tmp:
        image.save(tmp, format="PNG")


from . import diffusion  # noqa: E402,F401  (registers "diffusion"; imports torch only when used)
from . import people  # noqa: E402,F401  (registers "people")
