"""The progressive planner's stages, fed scripted answers (the flow and the checks, not the
model's quality: the real model runs in test_llm.py). A scripted client replays answers
by request type, since a real model cannot be made to give a chosen answer."""

import json

import pytest

from storyreel.config import Config
from storyreel.director.progressive import STAGES, ProgressiveDirector, stage_path
from storyreel.errors import InputError

STORY = ("Tala the young tiger loved the moon. Every night she climbed the tallest tree. "
         "An old owl told her the moon bathes in the lake. Tala crept down to the silent lake at midnight.")


class StageLLM:
    """Answers each planning request from its schema; records the requests."""

    model = "scripted"

    def __init__(self, drop_colour=False):
        self.requests: list[str] = []
        self.drop_colour = drop_colour

    def chat(self, messages, *, schema=None, max_tokens=1024, temperature=0.0, seed=0):
        props = schema["properties"]
        kind = next(iter(props)) if "characters" not in props else "registry"
        if kind == "shots" and "after" in props["shots"]["items"]["properties"]:
            kind = "complete"
        self.requests.append(kind)
        if kind == "registry":
            return json.dumps({"title": "Tala", "logline": "A tiger and the moon.",
                               "characters": [{"name": "Tala", "description": "A young orange tiger."},
                                              {"name": "Owl", "description": "An old grey owl."}],
                               "objects": [], "locations": [{"name": "Lake", "description": "A silent lake at night."}]})
        if kind == "entities" and "aspects" in props["entities"]["items"]["properties"]:
            self.requests[-1] = "aspects"
            return json.dumps({"entities": [{"name": "Tala", "aspects": "fur and stripes"},
                                            {"name": "Owl", "aspects": "feathers"},
                                            {"name": "Lake", "aspects": "water and sky"}]})
        if kind == "entities" and "description" in props["entities"]["items"]["properties"]:
            self.requests[-1] = "descriptions"
            owl = "An old owl with big round eyes." if self.drop_colour else "An old grey owl with big round eyes."
            return json.dumps({"entities": [{"name": "Owl", "description": owl},
                                            {"name": "Tala", "description": "A young orange tiger with black stripes."},
                                            {"name": "Lake", "description": "A silent lake under a full moon."}]})
        if kind == "moments":
            return json.dumps({"moments": [{"summary": "Tala climbs a tall tree toward the moon."},
                                           {"summary": "Tala walks to the lake at midnight."}],
                               "summary_so_far": "Tala loves the moon and goes to the lake."})
        if kind == "shots":
            return json.dumps({"shots": [
                {"moment": 2, "description": "Tala reaches the silent lake.", "narration": "She reached the lake."},
                {"moment": 1, "description": "Tala climbs a tall tree at night.", "narration": "Tala climbed the tree."}]})
        if kind == "staging":
            n = props["staging"]["minItems"]
            return json.dumps({"staging": [{"entities": ["tala"], "background": "lake", "protagonist": "tala",
                                            "action": "jump", "camera": "static", "speed": "slow"}] * n})
        if kind == "complete":
            return json.dumps({"shots": [{"after": 1, "description": "An old grey owl talks to Tala on a branch.",
                                          "narration": "An old owl told her that the moon bathes in the lake."}]})
        raise AssertionError(f"unexpected request {kind}")


def test_all_stages_are_saved_and_missing_events_added(tmp_path):
    llm = StageLLM()
    script = ProgressiveDirector(llm, Config()).plan_progressive(STORY, tmp_path, target_s=24.0)
    assert [stage_path(tmp_path, s).is_file() for s in STAGES] == [True] * 4
    detailed = json.loads(stage_path(tmp_path, "detailed").read_text())
    assert [s["description"] for s in detailed["shots"]][0].startswith("Tala climbs")  # sorted by moment
    completed = json.loads(stage_path(tmp_path, "completed").read_text())
    assert "complete" in llm.requests
    assert any("owl" in s["description"].lower() for s in completed["shots"])
    assert completed["coverage"]["covered"] >= 0.75
    assert [s.description for s in script.scenes][1].startswith("An old grey owl")  # inserted after shot 1
    assert abs(sum(s.duration_s for s in script.scenes) - 24.0) <= 2.4
    assert script.entity("owl").description == "An old grey owl with big round eyes."  # enriched


def test_until_stops_and_resume_continues_from_the_edited_file(tmp_path):
    llm = StageLLM()
    director = ProgressiveDirector(llm, Config())
    assert director.plan_progressive(STORY, tmp_path, until="rough") is None
    assert stage_path(tmp_path, "rough").is_file() and not stage_path(tmp_path, "detailed").exists()
    rough = json.loads(stage_path(tmp_path, "rough").read_text())
    rough["entities"][0]["name"] = "Tala the Brave"  # a hand edit between stages
    stage_path(tmp_path, "rough").write_text(json.dumps(rough))
    before = len(llm.requests)
    script = director.plan_progressive(STORY, tmp_path, resume=True)
    assert "registry" not in llm.requests[before:] and "moments" not in llm.requests[before:]
    assert script.entity("tala").name == "Tala the Brave"


def test_enrichment_that_drops_a_story_colour_is_re_asked_then_falls_back(tmp_path):
    llm = StageLLM(drop_colour=True)
    script = ProgressiveDirector(llm, Config()).plan_progressive(STORY, tmp_path)
    assert llm.requests.count("descriptions") == Config().llm.max_retries + 1
    assert script.entity("owl").description == "An old grey owl."  # the story's grey is kept


def test_bad_stage_name_and_broken_stage_file(tmp_path):
    director = ProgressiveDirector(StageLLM(), Config())
    with pytest.raises(InputError, match="unknown stage"):
        director.plan_progressive(STORY, tmp_path, until="final")
    stage_path(tmp_path, "rough").write_text("{ broken")
    with pytest.raises(InputError, match="rough.json: not valid JSON"):
        director.plan_progressive(STORY, tmp_path, resume=True)


class ReplanLLM:
    model = "scripted"

    def __init__(self, background_description):
        self.background_description = background_description

    def chat(self, messages, *, schema=None, max_tokens=1024, temperature=0.0, seed=0):
        assert "make it night" in messages[-1]["content"]
        return json.dumps({"description": "Milo flies the kite under the stars.", "narration": "Night fell on the hill.",
                           "entities": ["milo", "ghost"], "background": "hill", "protagonist": "milo",
                           "action": "jump", "camera": "zoom_in", "speed": "slow",
                           "background_description": self.background_description})


def test_replan_rewrites_one_scene_and_adds_a_night_variant_of_its_place(script_data):
    from storyreel.script import validate_script

    script = validate_script(script_data)
    night = "The grassy hill at night under a starry sky."
    new = ProgressiveDirector(ReplanLLM(night), Config()).replan_scene(script, "s2", "make it night")
    assert [s.id for s in new.scenes] == ["s1", "s2", "s3"]
    assert new.scenes[0] == script.scenes[0] and new.scenes[2] == script.scenes[2]  # neighbours untouched
    s2 = new.scene("s2")
    assert s2.narration == "Night fell on the hill." and s2.entities == ["milo"]  # unknown id dropped
    assert s2.background == "hill-s2" and new.entity("hill-s2").description == night
    assert new.entity("hill").description == script.entity("hill").description  # s1 keeps its sunny hill
    same = ProgressiveDirector(ReplanLLM(script.entity("hill").description), Config()).replan_scene(
        script, "s2", "make it night")
    assert same.scene("s2").background == "hill" and len(same.entities) == len(script.entities)


def test_replan_unknown_scene_is_a_clear_error(script_data):
    from storyreel.script import validate_script

    with pytest.raises(InputError, match="scene 's9' is not in the script; scenes are: s1, s2, s3"):
        ProgressiveDirector(ReplanLLM(""), Config()).replan_scene(validate_script(script_data), "s9", "make it night")


def test_resume_starts_from_the_stage_edited_last(tmp_path):
    import os

    llm = StageLLM()
    director = ProgressiveDirector(llm, Config())
    director.plan_progressive(STORY, tmp_path)
    rough = json.loads(stage_path(tmp_path, "rough").read_text())
    rough["moments"] = rough["moments"][:1]  # the user keeps only the first moment
    stage_path(tmp_path, "rough").write_text(json.dumps(rough))
    later = stage_path(tmp_path, "scheduled").stat().st_mtime_ns + 1_000_000
    os.utime(stage_path(tmp_path, "rough"), ns=(later, later))
    before = len(llm.requests)
    director.plan_progressive(STORY, tmp_path, resume=True)
    assert llm.requests[before] == "shots"  # detailed again, from the edited rough plan
    del rough["moments"]
    stage_path(tmp_path, "rough").write_text(json.dumps(rough))
    os.utime(stage_path(tmp_path, "rough"), ns=(later * 2, later * 2))
    with pytest.raises(InputError, match="rough.json: cannot continue from it"):
        director.plan_progressive(STORY, tmp_path, resume=True)


def test_until_removes_stale_later_stages(tmp_path):
    director = ProgressiveDirector(StageLLM(), Config())
    director.plan_progressive(STORY, tmp_path)
    director.plan_progressive(STORY, tmp_path, until="rough")
    assert stage_path(tmp_path, "rough").is_file() and not stage_path(tmp_path, "scheduled").exists()
