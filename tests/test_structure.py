"""The plan's structure is the code's job: whatever numbers the model answers, the moments
cover the story's sentences in order, once. Pure functions, fed the bad answers small
models give (looping lists, numbers out of range or going backwards, duplicates, gaps)."""

import pytest

from storyreel.director.structure import (MAX_SHOT_WORDS, Moment, enforce_moments, insertion_index,
                                          missing_sentences, order_problems, shots_of)
from storyreel.director.text import join_text, word_count


def covered(moments):
    return [n for m in moments for n in m.source]


@pytest.mark.parametrize("answer", [
    [{"first": 1, "last": 2, "shots": 1}, {"first": 3, "last": 5, "shots": 2}, {"first": 6, "last": 6, "shots": 1}],
    # a list that loops back to the start after telling the story
    [{"first": 1, "last": 2}, {"first": 3, "last": 4}, {"first": 5, "last": 6}, {"first": 1, "last": 2},
     {"first": 3, "last": 4}, {"first": 5, "last": 6}],
    # numbers out of range and going backwards
    [{"first": 0, "last": 2}, {"first": 5, "last": 3}, {"first": 6, "last": 99}],
    # duplicates and overlaps
    [{"first": 2, "last": 4}, {"first": 2, "last": 4}, {"first": 3, "last": 6}, {"first": 1, "last": 1}],
    # gaps and an empty answer
    [{"first": 4, "last": 4}],
    [],
    # wrong types
    [{"first": "two", "last": None}, "3-4", {"first": 2.0, "last": True}, None],
])
def test_any_answer_becomes_moments_covering_every_sentence_in_order_once(answer):
    moments = enforce_moments(answer, 1, 6)
    assert covered(moments) == [1, 2, 3, 4, 5, 6]
    assert all(1 <= m.shots <= 3 for m in moments)


def test_a_part_in_the_middle_of_the_story_keeps_its_numbers():
    moments = enforce_moments([{"first": 1, "last": 3}, {"first": 14, "last": 20}], 12, 15)
    assert moments == [Moment(12, 12), Moment(13, 13), Moment(14, 15)]  # clamped; the gap is a moment of its own


def test_long_moments_are_cut_by_sentences_and_words():
    moments = enforce_moments([{"first": 1, "last": 5, "shots": 1}], 1, 5)
    assert max(len(m.source) for m in moments) <= 3
    words = {n: 30.0 for n in range(1, 6)}
    assert all(len(m.source) == 1 for m in enforce_moments([{"first": 1, "last": 5}], 1, 5, words))


SENTENCES = [
    "Anna wants to bake muffins for her grandmother.",
    "She whisks the eggs and sugar until they are pale, then stirs in the melted butter and the milk.",
    "Tick, tock.",
    "She ties on her yellow apron and sets out flour, sugar, eggs, butter, milk and a bowl of fresh blueberries "
    "on the kitchen table in the sunny kitchen of the small house by the river.",
]


def test_shots_tell_the_moment_in_the_story_s_own_words():
    shots = shots_of(Moment(1, 3, 1), SENTENCES)
    assert join_text([s["narration"] for s in shots]) == join_text(SENTENCES[:3])
    assert [n for s in shots for n in s["source"]] == sorted({n for s in shots for n in s["source"]})


def test_a_sentence_is_cut_at_a_clause_only_on_purpose():
    two = shots_of(Moment(2, 2, 2), SENTENCES)
    assert [s["narration"] for s in two] == ["She whisks the eggs and sugar until they are pale,",
                                             "then stirs in the melted butter and the milk."]
    assert [s["source"] for s in two] == [[2], [2]]  # both halves tell sentence 2: a split on purpose
    assert len(shots_of(Moment(3, 3, 3), SENTENCES)) == 1  # "Tick, tock." has nothing to cut


def test_a_long_sentence_is_cut_at_clauses_but_never_inside_a_list():
    assert word_count(SENTENCES[3]) > MAX_SHOT_WORDS
    assert [s["narration"] for s in shots_of(Moment(4, 4, 1), SENTENCES)] == [SENTENCES[3]]  # only list commas
    longer = SENTENCES[3].replace("river.", "river, and then she hums a song while the sun rises over the hills.")
    shots = shots_of(Moment(1, 1, 1), [longer])
    assert len(shots) == 2 and shots[1]["narration"].startswith("and then she hums")
    assert all(word_count(s["narration"]) >= 7 for s in shots)


def test_a_one_sentence_story_of_actions_is_cut_at_its_commas_when_more_shots_are_wanted():
    story = ["In the rain, little Mia set her paper boat on the flooded street, chased it past the houses, "
             "caught it at the drain, and carried it home."]
    assert len(shots_of(Moment(1, 1, 1), story)) == 1  # one shot asked for: the sentence stays whole
    shots = shots_of(Moment(1, 1, 3), story)  # no clause boundary, but a list of actions
    assert len(shots) >= 2 and all(s["source"] == [1] for s in shots)
    assert join_text([s["narration"] for s in shots]) == story[0]
    assert all(word_count(s["narration"]) >= 7 for s in shots)


def test_cjk_sentences_are_cut_at_their_own_commas():
    shots = shots_of(Moment(1, 1, 2), ["小明住在海边的白色灯塔里，每天晚上，他爬上螺旋楼梯点亮大灯。"])
    assert len(shots) == 2 and join_text([s["narration"] for s in shots]).startswith("小明住在海边")
    assert " " not in "".join(s["narration"] for s in shots)


def test_missing_sentences_go_where_their_number_says():
    shots = [{"source": [1]}, {"source": [2, 3]}, {"source": [5]}, {"source": [7]}]
    assert missing_sentences(shots, 7) == [4, 6]
    assert insertion_index(shots, 4) == 2 and insertion_index(shots, 6) == 3 and insertion_index(shots, 1) == 0
    assert order_problems(shots) == []
    assert order_problems([{"source": [3]}, {"source": [1]}]) == ["shot 2 tells sentence 1 after sentence 3"]


def test_the_code_makes_one_moment_per_sentence_and_joins_a_very_short_one_to_the_next():
    from storyreel.director.structure import sentence_moments

    words = {1: 12, 2: 3, 3: 9, 4: 10, 5: 2}  # "Snap!" (2) opens the next moment; the last short one closes one
    assert sentence_moments(words) == [Moment(1, 1), Moment(2, 3), Moment(4, 5)]
    assert sentence_moments({1: 4}) == [Moment(1, 1)]
