"""The repair loop and the story written from an idea, fed known-bad answers.

A real model cannot be made to produce a chosen bad answer on demand, so these tests
use a scripted client that replays fixed replies (the only fake in the director tests);
the real model runs in test_llm.py.
"""

import json

import pytest

from storyreel.config import Config
from storyreel.director.planner import Problems, ask_json
from storyreel.director.progressive import ProgressiveDirector
from storyreel.errors import InputError, LLMError


class ScriptedLLM:
    model = "scripted"
    parallel = 1

    def __init__(self, replies):
        self.replies = list(replies)
        self.calls: list[list[dict]] = []

    def chat(self, messages, *, schema=None, max_tokens=1024, temperature=0.0, seed=0, frequency_penalty=0.0):
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


def test_empty_story_is_refused_before_calling_the_model(tmp_path):
    llm = ScriptedLLM([])
    with pytest.raises(InputError, match="empty"):
        ProgressiveDirector(llm, Config()).plan_progressive(" \n\t ", tmp_path)
    assert llm.calls == []


def test_oversized_story_is_refused_with_a_clear_limit(tmp_path):
    with pytest.raises(InputError, match="limit is 200,000"):
        ProgressiveDirector(ScriptedLLM([]), Config()).plan_progressive("word " * 50_000, tmp_path)


def story_answer(sentences, name="Blinky"):
    return json.dumps({"who": "a shy robot", "where": "a village festival", "goal": "learns to dance", "name": name,
                       "beginning": sentences[:2], "turn": sentences[2:-1], "ending": sentences[-1:]})


GOOD = ["Blinky is a shy robot who lives in a small village.", "Every evening he watches the dancers from afar.",
        "At the summer festival the music starts and nobody dances.", "Blinky learns one brave step and spins.",
        "Soon the whole village festival dances with him."]
IDEA = "A shy robot learns to dance at a village festival"


def test_an_idea_becomes_a_story_of_whole_sentences_said_once():
    looped = [GOOD[0], GOOD[1], GOOD[1], "Every evening Blinky watches the dancers from afar.",  # a repeat, a near one
              "Blinky is hesitant to im" + "p" * 176]  # cut by the cap
    llm = ScriptedLLM([story_answer(looped), story_answer(GOOD)])
    story = ProgressiveDirector(llm, Config()).write_story(IDEA)
    assert story == " ".join(GOOD)
    assert "at least 4 different, complete sentences" in llm.calls[1][-1]["content"]


def test_an_idea_s_story_is_in_the_idea_s_language():
    idea = "Un robot tímido aprende a bailar en la fiesta del pueblo"
    spanish = ["Blinky es un robot tímido que vive en un pueblo pequeño.", "Cada noche mira a los bailarines.",
               "En la fiesta empieza la música y nadie baila.", "Blinky da un paso valiente y gira.",
               "Pronto todo el pueblo aprende a bailar con él en la fiesta."]
    llm = ScriptedLLM([story_answer(GOOD), story_answer(spanish)])
    assert ProgressiveDirector(llm, Config()).write_story(idea).startswith("Blinky es un robot")
    assert "Spanish" in llm.calls[0][-1]["content"] and "write the story in Spanish" in llm.calls[1][-1]["content"]


def test_an_idea_s_story_that_never_keeps_all_of_it_is_the_best_one_written():
    off = [*GOOD[:4], "Then Blinky went home to sleep."]  # never reaches the festival's dance at the end
    llm = ScriptedLLM([story_answer(off)] * 4)
    assert ProgressiveDirector(llm, Config()).write_story(IDEA) == " ".join(off)
    assert len(llm.calls) == 4 and "the ending must say dance" in llm.calls[1][-1]["content"]


def test_planned_seconds_follow_the_narration():
    from storyreel.director.schedule import planned_seconds

    assert planned_seconds("Hi.") == 3.0  # floor
    assert planned_seconds(" ".join(["word"] * 13)) == 6.0  # 13 / 2.6 + 1
    assert planned_seconds(" ".join(["word"] * 200)) == 12.0  # ceiling


def test_the_words_decide_who_is_on_screen_characters_first():
    from storyreel.director.progressive import named_cast, refers_back

    entities = [{"id": "oskar", "name": "Oskar", "kind": "character"},
                {"id": "pepper", "name": "Pepper", "kind": "character"},
                {"id": "bulb", "name": "bulb", "kind": "object"},
                {"id": "island", "name": "island", "kind": "location"}]
    assert named_cast("A spare Bulb lay on the island while Pepper and Oskar slept.", entities) == [
        "pepper", "oskar", "bulb"]
    assert named_cast("Waves crash on the island.", entities) == []
    assert refers_back("Every evening he climbed the stairs.", "en") and not refers_back("The lamp went dark.", "en")
    assert refers_back("Cada tarde subía la escalera.", "es")  # Spanish drops the subject


def test_an_idea_s_words_and_its_goal_are_kept():
    from storyreel.director.planner import idea_words, story_problems

    idea = "An old fisherman and a seagull race a storm back to the harbour"
    assert idea_words(idea, "en") == ["old", "fisherman", "seagull", "race", "storm", "harbour"]
    sinking = ["Old Tom was a fisherman with a seagull friend named Sky.", "One day a storm came over the sea.",
               "Tom and Sky raced the dark clouds.", "The waves grew tall and wild.", "The boat sank and Tom swam."]
    _, problems = story_problems(sinking, "Tom", "en", idea=idea, goal="reach the harbour before the storm")
    assert problems == ["keep what the idea says: the story never says harbour",
                        "end the story with the goal of the idea reached: the ending must say harbour"]
    mouse = "A mouse explores a vegetable garden at night"
    rabbit = ["Rabbit hopped into the vegetable garden one night.", "A mouse named Moe ran past her.",
              "They ate carrots together.", "The mouse explored every row of the garden."]
    assert "the story is about the idea's mouse: say so in the first sentence" in story_problems(
        rabbit, "Moe", "en", idea=mouse, goal="explore the garden")[1]
    home = [*sinking[:4], "At last they reached the harbour, safe and dry."]
    assert story_problems(home, "Tom", "en", idea=idea, goal="reach the harbour before the storm")[1] == []


def test_place_time_and_weather_are_carried_over_until_changed():
    from storyreel.director.planner import carry_over

    assert carry_over(["same", "night", "same", "bogus", "dawn", "same"], ["night", "dawn", "day"], "day") == [
        "day", "night", "night", "night", "dawn", "dawn"]
