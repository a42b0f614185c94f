"""Depiction: does the picture show the plan? Each keyframe's `drawn` record (what the keyframe
backend drew: the cast, the place, the time of day and the weather; in the manifest) against
what the scene says.

Per scene, the share of these checks that agree, each counted when it applies:
- the script: the scene's `time`, `weather`, `background` and foreground `entities` (Jaccard
  of the sets) against the drawn time, weather, location and entities;
- the words: a time or weather the narration states ("one foggy night", "Gewitter", "下雨":
  director/words.py, in the nine languages it reads), a place or character it names, a thing it
  names drawn by art whose own labels say what the story calls it (not left out as missing, not
  another thing: cast/things.py), and a
  pose or a face it states ("she ran", "lachte": director/acting.py) against the pose and face
  the scene's lead was drawn in (a person from the people kit).
depiction = mean over scenes; a scene without a drawn record (rendered before keyframes
recorded it, or by a backend that does not) is left out and listed.

The cast check lists entities drawn against their description: sex, age or species, and for a
person from the kit the colours the description names (`cast_check`).
"""

from __future__ import annotations

import re

from ..director.acting import acting
from ..director.words import setting
from ..script import Script


def _named(name: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name.lower())}(?!\w)", text.lower()) is not None


def _shows(record: dict) -> bool:
    """A thing's drawn record shows what the story calls it: its art's own name or labels say the
    noun (a missing thing shows nothing; a user's picture and a record without a noun count)."""
    from ..cast.things import depicts

    if record.get("missing"):
        return False
    noun = record.get("noun")
    return not noun or record.get("reference") is not None or \
        depicts(noun, record.get("glyph_name") or "", tuple(record.get("labels") or ())) > 0


def scene_depiction(scene, script: Script, drawn: dict) -> dict:
    """The checks of one scene: {check: agreement in [0, 1]} and their mean."""
    background = drawn.get("background", {})
    records = drawn.get("entities", {})
    drawn_entities = {eid for eid, record in records.items() if not record.get("missing")}
    checks: dict[str, float] = {
        "time": float(background.get("time") == scene.time),
        "weather": float(background.get("weather") == scene.weather),
        "place": float(background.get("location") == scene.background),
    }
    planned = set(scene.entities)
    if planned or drawn_entities:
        checks["cast"] = len(planned & drawn_entities) / len(planned | drawn_entities)
    said = setting(scene.narration, script.language, [e.name for e in script.entities])
    if said["time"] is not None:
        checks["time said"] = float(background.get("time") == said["time"])
    if said["weather"] is not None:
        checks["weather said"] = float(background.get("weather") == said["weather"])
    named_places = [e.id for e in script.entities if e.kind == "location" and _named(e.name, scene.narration)]
    if named_places:
        checks["place said"] = float(background.get("location") in named_places)
    named = [e.id for e in script.entities if e.kind == "character" and _named(e.name, scene.narration)]
    if named:
        checks["who said"] = sum(e in drawn_entities for e in named) / len(named)
    named_things = [e.id for e in script.entities if e.kind == "object" and _named(e.name, scene.narration)
                    and e.id in records]
    if named_things:
        checks["thing said"] = sum(_shows(records[e]) for e in named_things) / len(named_things)
    lead = records.get(scene.protagonist) or {}
    if "pose" in lead:  # a figure that poses (the people kit)
        acted = acting(scene.narration, script.language)
        if acted["pose"] is not None:
            checks["pose said"] = float(lead["pose"] == acted["pose"])
        if acted["expression"] is not None:
            checks["face said"] = float(lead["expression"] == acted["expression"])
    return {"checks": {k: round(v, 3) for k, v in checks.items()}, "score": round(sum(checks.values()) / len(checks), 4)}


def depiction(script: Script, drawn_by_scene: dict[str, dict | None]) -> dict:
    """Depiction per scene and overall (see the module docstring)."""
    scenes = {}
    missing = []
    for scene in script.scenes:
        drawn = drawn_by_scene.get(scene.id)
        if not drawn:
            missing.append(scene.id)
            continue
        scenes[scene.id] = scene_depiction(scene, script, drawn)
    scores = [s["score"] for s in scenes.values()]
    return {"depiction": round(sum(scores) / len(scores), 4) if scores else None, "scenes": scenes,
            "not_recorded": missing}


def cast_check(script: Script, looks: dict[str, dict], animals: frozenset[str]) -> list[dict]:
    """Entities drawn against their description: a glyph of another sex, age or species; a
    person from the kit of another sex or age, or without a colour the description names (the
    yellow raincoat, the red pigtails)."""
    from ..cast.casting import contradictions, glyph_traits, traits
    from ..cast.people import look as people

    found = []
    for entity in script.entities:
        look = looks.get(entity.id) or {}
        if entity.kind == "location":
            continue
        wanted = traits(entity.description, animals)
        if look.get("kit") == "open-peeps":
            problems = contradictions(wanted, {"sex": look.get("sex"), "age": look.get("age"), "species": "human"})
            problems += [f"colour: {colour} ({where}) not drawn"
                         for where, colour in people.named_colours(entity.description).items()
                         if colour not in people.drawn_colours(look)]
            if problems:
                found.append({"entity": entity.id, "kit": "open-peeps", "problems": problems})
            continue
        if "glyph_name" not in look:
            continue
        problems = contradictions(wanted, glyph_traits(look["glyph_name"], animals))
        if problems:
            found.append({"entity": entity.id, "glyph": look["glyph_name"], "problems": problems})
    return found
