"""Depiction (storyreel/evaluate/depiction.py): what each keyframe drew against its scene. Pure
functions on drawn records; the records of real renders are checked in test_evaluate.py."""

import copy

from storyreel.evaluate.depiction import cast_check, depiction, scene_depiction
from storyreel.script import Script


def script_of(script_data, **scene_changes):
    data = copy.deepcopy(script_data)
    for field, value in scene_changes.items():
        data["scenes"][2][field] = value
    return Script.model_validate(data)


def drawn_for(script):
    return {s.id: {"entities": {e: {"glyph": "x"} for e in s.entities},
                   "background": {"location": s.background, "time": s.time, "weather": s.weather}}
            for s in script.scenes}


def test_a_faithful_picture_scores_one(script_data):
    script = script_of(script_data)
    found = depiction(script, drawn_for(script))
    assert found["depiction"] == 1.0 and found["not_recorded"] == []


def test_depiction_drops_when_the_plan_changes_and_the_picture_does_not(script_data):
    before = script_of(script_data)
    drawn = drawn_for(before)  # rendered as planned...
    after = script_of(script_data, time="dawn", weather="rain")  # ...then s3 changed by hand
    found = depiction(after, drawn)
    assert found["scenes"]["s3"]["checks"]["time"] == 0.0 and found["scenes"]["s3"]["checks"]["weather"] == 0.0
    assert found["depiction"] < 1.0 and found["scenes"]["s1"]["score"] == 1.0


def test_the_scene_s_words_are_checked_too(script_data):
    script = script_of(script_data, narration="One foggy night Milo ate soup in the Home.", time="day")
    scene = script.scene("s3")
    checks = scene_depiction(scene, script, drawn_for(script)["s3"])["checks"]
    assert checks["time said"] == 0.0 and checks["weather said"] == 0.0  # the words say night and fog
    assert checks["place said"] == 1.0 and checks["who said"] == 1.0  # the Home and Milo are drawn
    german = script_of({**script_data, "language": "de"}, narration="Ein Gewitter zog auf, und Milo aß Suppe.")
    checks = scene_depiction(german.scene("s3"), german, drawn_for(german)["s3"])["checks"]
    assert checks["weather said"] == 0.0 and "time said" not in checks  # any language the words are read in


def test_a_scene_without_a_record_is_listed_not_scored(script_data):
    script = script_of(script_data)
    drawn = drawn_for(script)
    del drawn["s2"]
    found = depiction(script, drawn)
    assert found["not_recorded"] == ["s2"] and set(found["scenes"]) == {"s1", "s3"}


def test_the_cast_check_names_contradicted_entities(script_data):
    script = script_of(script_data)
    looks = {"milo": {"glyph_name": "girl"}, "rex": {"glyph_name": "dog"}, "kite": {"glyph_name": "kite"}}
    script.entity("milo").description = "A small boy with a green jumper."
    found = cast_check(script, looks, frozenset({"dog", "cat"}))
    assert found == [{"entity": "milo", "glyph": "girl", "problems": ["sex: male drawn as female"]}]
