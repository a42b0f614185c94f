"""Who says a quoted line where the words do not say it: the planner asks the model, one request per
scene, only about the lines code guessed (`ProgressiveDirector._speakers`), each under an enum of the
characters' ids and "narrator". A scripted client checks the plumbing; the real planner's model
(llama.cpp in process) checks that whatever it answers, only the guessed lines take it and every
speaker is a character id or the narrator (None)."""

import json
import os

import pytest

os.environ.setdefault("OMP_NUM_THREADS", "1")

from storyreel.config import Config, load_config  # noqa: E402
from storyreel.director.progressive import ProgressiveDirector, speakers_of  # noqa: E402
from storyreel.director.text import split_story  # noqa: E402
from storyreel.voice import dialogue  # noqa: E402

# A small labelled story of our own: who says each quoted line, and whether the words name the
# speaker plainly (a tag, a pronoun's tag) or leave it to be guessed.
STORY = ("Pia and her grandfather Bruno sat on the porch. “Is it going to rain?” Pia asked. “Look at the clouds,” "
         "said Bruno. “They are grey.” “Then I will fetch the umbrella.” Bruno nodded. “Good idea.” “Can Rufus come "
         "too?” she asked. The old dog Rufus wagged his tail. “He wants to come, Grandpa!” Bruno laughed and took "
         "the lead.")
CHARACTERS = {"pia": "Pia", "bruno": "grandfather Bruno", "rufus": "the old dog Rufus"}
# a tag, a tag, going on, a turn, named before, a pronoun's tag, an act after the line (the only guess)
LABELS = [("pia", True), ("bruno", True), ("bruno", True), ("pia", True), ("bruno", True), ("pia", True),
          ("pia", False)]

def plan_data(text: str = STORY) -> dict:
    return {"sentences": split_story(text, "en").sentences, "language": "en",
            "entities": [{"id": i, "name": n, "kind": "character", "description": ""} for i, n in CHARACTERS.items()]}


def speakers(director: ProgressiveDirector, data: dict, ask: bool = True) -> list:
    """The speakers of every quoted line, each sentence planned as a scene with nobody known on screen."""
    return [who for n, sentence in enumerate(data["sentences"], 1)
            for who in director._speakers(data, {"narration": sentence, "source": [n], "entities": []}, ask=ask)]


class Recorded:
    """Passes requests on to `inner` (or answers each asked line with `answer`), keeping their schemas."""

    parallel = 1

    def __init__(self, inner=None, answer: str = "narrator"):
        self.inner, self.answer, self.schemas = inner, answer, []
        self.model = inner.model if inner else "scripted"

    def chat(self, messages, *, schema=None, **kwargs):
        self.schemas.append(schema)
        if self.inner is not None:
            return self.inner.chat(messages, schema=schema, **kwargs)
        return json.dumps({letter: self.answer for letter in schema["properties"]})


def test_the_sample_s_labels_say_which_lines_code_reads_plainly():
    read = dialogue.readings(STORY, CHARACTERS, "en")
    assert [(r.speaker, r.sure) for r in read if r.sure] == [(who, True) for who, sure in LABELS if sure]
    assert sum(not r.sure for r in read) == sum(not sure for _, sure in LABELS)


def test_only_the_lines_code_guessed_are_asked_each_under_the_characters_enum():
    llm = Recorded(answer="narrator")
    data = plan_data()
    got = speakers(ProgressiveDirector(llm, Config()), data)
    guessed = [not sure for _, sure in LABELS]
    assert got == [None if asked else who for (who, _), asked in zip(LABELS, guessed)]  # the answer, where asked
    assert sum(len(s["properties"]) for s in llm.schemas) == sum(guessed)  # each guessed line asked once
    assert len(llm.schemas) == 1  # one request per scene with a guessed line
    assert all(p == {"enum": [*CHARACTERS, "narrator"]} for s in llm.schemas for p in s["properties"].values())
    plain = Recorded()
    assert speakers(ProgressiveDirector(plain, Config()), data, ask=False) == \
        dialogue.said_by(STORY, CHARACTERS, "en") and plain.schemas == []  # code alone: as over the whole text

def test_a_scene_whose_lines_the_words_name_asks_nothing_and_an_unusable_answer_keeps_code_s_guess():
    llm = Recorded(answer="rufus")
    data = plan_data('“Is it going to rain?” Pia asked. “Look at the clouds,” said Bruno.')
    assert speakers(ProgressiveDirector(llm, Config()), data) == ["pia", "bruno"] and llm.schemas == []
    wrong = Recorded(answer="the-moon")  # an unconstrained server may answer outside the enum
    data = plan_data()
    assert speakers(ProgressiveDirector(wrong, Config()), data) == speakers(ProgressiveDirector(wrong, Config()), data,
                                                                            ask=False)


def test_the_words_around_a_scene_hold_its_cues():
    entities = plan_data()["entities"]
    # the tag is the next sentence's ("“Can Pepper come?” / Tomás whispered."), the pronoun's antecedent the one before
    assert speakers_of("“Can Rufus come too?”", [], entities, "en", after="Pia whispered.") == ["pia"]
    assert speakers_of("“Is it going to rain?” she asked.", [], entities, "en",
                       before="Pia sat on the porch next to Bruno.") == ["pia"]
    assert speakers_of("“Is it going to rain?” she asked.", [], entities, "en") == [None]


@pytest.mark.llm
@pytest.mark.slow
def test_the_real_model_picks_only_for_guessed_lines_and_only_from_the_enum():
    from storyreel.director import create_director

    director = create_director(load_config(overrides={"llm": {"model": "qwen2.5-coder-1.5b", "threads": 2}},
                                           environ={}))
    director.llm = llm = Recorded(director.llm)
    data = plan_data()
    code = speakers(director, data, ask=False)
    assert llm.schemas == []  # code alone asks nothing
    got = speakers(director, data)
    assert len(got) == len(LABELS) and all(who is None or who in CHARACTERS for who in got)
    for (who, sure), picked, guessed in zip(LABELS, got, code):
        if sure:  # a line the words name keeps code's reading
            assert picked == guessed == who
    asked = [p for s in llm.schemas for p in s["properties"].values()]
    assert len(asked) == sum(not sure for _, sure in LABELS) and len(llm.schemas) == 1  # one scene has a guess
    assert all(p == {"enum": [*CHARACTERS, "narrator"]} for p in asked)
    print(f"the model's picks: {got}; labelled: {[who for who, _ in LABELS]}; code alone: {code}")
