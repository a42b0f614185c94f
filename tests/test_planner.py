"""The repair loop, fed known-bad answers.

A real model cannot be made to produce a chosen bad answer on demand, so these tests
use a scripted client that replays fixed replies (the only fake in the director tests);
the real model runs in test_llm.py.
"""

import json

import pytest

from storyreel.config import Config
from storyreel.director.planner import Director, Problems, ask_json
from storyreel.director.text import chunk_story
from storyreel.errors import InputError, LLMError


class ScriptedLLM:
    model = "scripted"

    def __init__(self, replies):
        self.replies = list(replies)
        self.calls: list[list[dict]] = []

    def chat(self, messages, *, schema=None, max_tokens=1024, temperature=0.0, seed=0):
        self.calls.append(messages)
        return self.replies.pop(0)


def check_positive(data):
    if not isinstance(data["n"], int):
        raise Problems([f"n must be an integer, got {data['n']!r}"])
    return data["n"]


def ask(llm, retries=3):
    return ask_json(llm, [{"role": "user", "content": "give n"}], {"type": "object"}, check_positive,
                    what="number", retries=retries, max_tokens=50, temperature=0, seed=0)


@pytest.mark.parametrize("bad", ['{"n": 4', "Sure! Here is the number you asked for.", '{"n": "four"}', '{"m": 1}', "[1]"])
def test_bad_answer_is_sent_back_then_fixed(bad):
    llm = ScriptedLLM([bad, '{"n": 4}'])
    assert ask(llm) == 4
    repair = llm.calls[1]
    assert repair[-2] == {"role": "assistant", "content": bad}
    assert "could not be used" in repair[-1]["content"]


def test_wrong_type_problem_is_quoted_back():
    llm = ScriptedLLM(['{"n": "four"}', '{"n": 4}'])
    ask(llm)
    assert "n must be an integer, got 'four'" in llm.calls[1][-1]["content"]


def test_retries_are_bounded_and_error_is_clear():
    llm = ScriptedLLM(["nope"] * 3)
    with pytest.raises(LLMError, match="after 3 attempts.*not valid JSON"):
        ask(llm, retries=2)
    assert len(llm.calls) == 3


ENTITIES = {"title": "Tala", "logline": "A tiger loves the moon.",
            "characters": [{"name": "Tala", "description": "A young orange tiger."},
                           {"name": "Owl", "description": "An old grey owl."}],
            "objects": [], "locations": [{"name": "Lake", "description": "A silent lake at night."}]}


def scene(desc, ents, protagonist="none", narration="It happens.", background="lake"):
    return {"description": desc, "entities": ents, "background": background, "protagonist": protagonist,
            "action": "jump", "camera": "static", "speed": "slow", "narration": narration}


def test_plan_repairs_unknown_entity_and_empty_narration():
    first = {"scenes": [scene("Tala at the lake.", ["tala", "ghost"], "tala"), scene("Owl speaks.", ["owl"], narration=" ")]}
    second = {"scenes": [scene("Tala at the lake.", ["tala"], "tala"), scene("Owl speaks.", [], "owl", "The owl spoke.")]}
    llm = ScriptedLLM([json.dumps(ENTITIES), json.dumps(first), json.dumps(second)])
    script = Director(llm, Config(max_scenes=4)).plan("Tala loved the moon. The owl spoke to her.")
    assert len(llm.calls) == 3  # one re-ask, for the empty narration
    assert "scene 2: description and narration must not be empty" in llm.calls[2][-1]["content"]
    s1, s2 = script.scenes
    assert s1.entities == ["tala"]  # the unknown id is dropped, not trusted
    assert s2.entities == ["owl"] and s2.protagonist == "owl"  # protagonist put on screen
    assert s2.camera.move != s1.camera.move  # repeated static broken up
    assert [e.id for e in script.entities] == ["tala", "owl", "lake"]


def test_plan_rejects_empty_story_before_calling_the_model():
    llm = ScriptedLLM([])
    with pytest.raises(InputError, match="empty"):
        Director(llm, Config()).plan(" \n\t ")
    assert llm.calls == []


def test_plan_rejects_oversized_story_with_a_clear_limit():
    with pytest.raises(InputError, match="limit is 200,000"):
        Director(ScriptedLLM([]), Config()).plan("word " * 50_000)


class RuleLLM:
    """Answers by the kind of request: one new entity per chunk, one scene per chunk."""

    model = "rules"

    def __init__(self):
        self.calls = 0

    def chat(self, messages, *, schema=None, max_tokens=1024, temperature=0.0, seed=0):
        self.calls += 1
        props = schema["properties"]
        if "characters" in props:
            n = self.calls
            return json.dumps({"title": "Long", "logline": "A long tale.",
                               "characters": [{"name": f"Hero {n}", "description": "A tall hero."}],
                               "objects": [], "locations": [{"name": f"Town {n}", "description": "A town."}]})
        item = props["scenes"]["items"]["properties"]
        hero, town = item["entities"]["items"]["enum"][0], item["background"]["enum"][-1]
        return json.dumps({"scenes": [scene(f"Part {self.calls}.", [hero], hero, background=town)]
                           * props["scenes"]["minItems"]})


def test_50kb_story_is_planned_in_chunks_with_one_registry():
    story = " ".join(f"In chapter {i} the hero walked to the next town and met a friend." for i in range(800))
    assert len(story.encode()) > 50_000
    script = Director(RuleLLM(), Config()).plan(story)
    ids = [e.id for e in script.entities]
    assert len(ids) == len(set(ids)) and "hero-1" in ids
    n_chunks = len(chunk_story(story, Config().chunk_words))
    assert n_chunks > 20 and len(script.scenes) == n_chunks  # one scene planned per chunk, none lost


def test_planned_seconds_follow_the_narration():
    from storyreel.director.schedule import planned_seconds

    assert planned_seconds("Hi.") == 3.0  # floor
    assert planned_seconds(" ".join(["word"] * 13)) == 6.0  # 13 / 2.6 + 1
    assert planned_seconds(" ".join(["word"] * 200)) == 12.0  # ceiling


def test_tidy_cuts_a_capped_string_back_to_whole_words():
    from storyreel.director.planner import tidy

    assert tidy("  A cat   sits. ", 100) == "A cat sits."
    capped = "The boat turns toward the light. In the morning the fishermen ro"
    assert tidy(capped, len(capped)) == "The boat turns toward the light."
    capped = "Anna ties on her yellow apron and sets out flour, sugar, eggs, butter, milk and a bo"
    assert tidy(capped, len(capped)) == "Anna ties on her yellow apron and sets out flour, sugar, eggs, butter, milk and a"


def test_scene_words_decide_who_is_on_screen():
    from storyreel.director.planner import ground_in_text

    entities = [{"id": "oskar", "name": "Oskar", "kind": "character"},
                {"id": "pepper", "name": "Pepper", "kind": "character"},
                {"id": "bulb", "name": "bulb", "kind": "object"},
                {"id": "island", "name": "island", "kind": "location"}]
    staged = {"entities": ["oskar", "bulb"], "background": "island", "protagonist": "oskar",
              "actions": {"oskar": "walk_left"}, "camera": {"move": "static", "speed": "slow"}}
    grounded = ground_in_text(staged, "Pepper finds a spare Bulb on the island while Oskar sleeps.", entities)
    assert grounded["entities"] == ["pepper", "bulb", "oskar"] and grounded["protagonist"] == "oskar"
    alone = ground_in_text(staged, "Pepper naps.", entities)
    assert alone["entities"] == ["pepper"] and alone["actions"] == {"pepper": "walk_left"}
    assert ground_in_text(staged, "Waves crash on the island.", entities) == staged  # no name: model's staging
