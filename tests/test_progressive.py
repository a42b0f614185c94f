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
