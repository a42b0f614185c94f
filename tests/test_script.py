import json

import pytest

from storyreel.errors import ScriptError
from storyreel.schema import render_schema
from storyreel.script import load_script, save_script, validate_script


def problems_of(data) -> list[str]:
    with pytest.raises(ScriptError) as info:
        validate_script(data)
    return info.value.problems


def test_valid_script_round_trips(tmp_path, script_data):
    script = validate_script(script_data)
    save_script(script, tmp_path / "script.json")
    assert load_script(tmp_path / "script.json") == script


def test_background_must_be_a_location(script_data):
    script_data["scenes"][2]["background"] = "kite"
    assert "scene s3: background 'kite' is not a location entity" in problems_of(script_data)


def test_unknown_background_and_entity_are_named(script_data):
    script_data["scenes"][2]["background"] = "ghost"
    script_data["scenes"][0]["entities"] = ["milo", "nobody"]
    script_data["scenes"][0]["actions"] = {"milo": "idle"}
    problems = problems_of(script_data)
    assert "scene s3: background 'ghost' is not in the entity registry" in problems
    assert "scene s1: entity 'nobody' is not in the entity registry" in problems


def test_a_speaker_must_be_a_character_or_null(script_data):
    script_data["scenes"][0]["speakers"] = ["milo", None, "kite", "ghost"]
    problems = problems_of(script_data)
    assert "scene s1: speaker 'kite' is not a character of the entity registry (use a character's id, or null for " \
        "the narrator)" in problems
    assert any("speaker 'ghost'" in p for p in problems) and not any("'milo'" in p for p in problems)
    script_data["scenes"][0]["speakers"] = ["milo", None]
    assert validate_script(script_data).scenes[0].speakers == ["milo", None]


def test_duplicate_ids_rejected(script_data):
    script_data["scenes"][1]["id"] = "s1"
    script_data["entities"].append(dict(script_data["entities"][0]))
    problems = problems_of(script_data)
    assert "scene s1: duplicate scene id" in problems
    assert "entity 'milo': duplicate entity id" in problems


@pytest.mark.parametrize("duration", [0.4, 60.5, -1])
def test_duration_range(script_data, duration):
    script_data["scenes"][1]["duration_s"] = duration
    assert any(p.startswith("scene s2: duration_s") and "[0.5, 60] s" in p for p in problems_of(script_data))


def test_empty_narration_and_description(script_data):
    script_data["scenes"][0]["narration"] = "   "
    script_data["entities"][1]["description"] = ""
    problems = problems_of(script_data)
    assert "scene s1: narration is empty" in problems
    assert "entity 'rex': description is empty" in problems


def test_too_many_foreground_entities_and_location_in_foreground(script_data):
    script_data["entities"].append({"id": "cat", "name": "Cat", "kind": "character", "description": "A cat."})
    script_data["scenes"][0]["entities"] = ["milo", "rex", "kite", "cat"]
    script_data["scenes"][1]["entities"] = ["kite", "hill"]
    problems = problems_of(script_data)
    assert "scene s1: 4 foreground entities, at most 3 allowed" in problems
    assert any(p.startswith("scene s2: entity 'hill' is a location") for p in problems)


def test_protagonist_and_actions_must_be_on_screen(script_data):
    script_data["scenes"][1]["protagonist"] = "rex"
    script_data["scenes"][1]["actions"] = {"rex": "jump"}
    problems = problems_of(script_data)
    assert any(p.startswith("scene s2: protagonist 'rex' is not one of the scene's entities") for p in problems)
    assert "scene s2: action given for 'rex', which is not one of the scene's entities" in problems


def test_structural_errors_name_scene_and_field(script_data):
    script_data["scenes"][1]["duration_s"] = "long"
    script_data["scenes"][2]["camera"]["move"] = "dolly"
    script_data["scenes"][0]["colour"] = "blue"
    problems = problems_of(script_data)
    assert any(p.startswith("scene s2: duration_s:") for p in problems)
    assert any(p.startswith("scene s3: camera.move:") for p in problems)
    assert "scene s1: colour: unknown field (check the spelling)" in problems


def test_slug_ids_required(script_data):
    script_data["scenes"][0]["id"] = "../evil"
    assert any("id must be a slug" in p for p in problems_of(script_data))


def test_truncated_and_malformed_files(tmp_path, script_data):
    path = tmp_path / "script.json"
    text = json.dumps(script_data, indent=2)
    path.write_text(text[: len(text) // 2])
    with pytest.raises(ScriptError, match="truncated"):
        load_script(path)
    path.write_text("")
    with pytest.raises(ScriptError, match="empty"):
        load_script(path)
    path.write_text("[1, 2]")
    with pytest.raises(ScriptError, match="JSON object"):
        load_script(path)
    with pytest.raises(ScriptError, match="does not exist"):
        load_script(tmp_path / "nope.json")


def test_committed_schema_is_current():
    from pathlib import Path

    committed = (Path(__file__).parents[1] / "docs" / "script.schema.json").read_text(encoding="utf-8")
    assert committed == render_schema(), "run `make schema` to refresh docs/script.schema.json"
