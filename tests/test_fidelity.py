"""Story fidelity (storyreel/evaluate/fidelity.py): pure functions on the script's words."""

import json
from pathlib import Path

import pytest

from storyreel.director.text import sentences
from storyreel.evaluate.fidelity import fidelity, kendall_tau, told_matrix

LABELS = json.loads((Path(__file__).parent.parent / "bench" / "fidelity_labels.json").read_text())["pairs"]
NAMES = ["Oskar", "Pepper", "Lina", "Otto", "crow", "Anna", "Pete", "Tala", "Marina", "Nube", "小明", "Mila"]  # characters
LIGHTHOUSE = sentences((Path(__file__).parent.parent / "examples" / "lighthouse_keeper.txt").read_text())


def scene(i, narration, description=""):
    return {"id": f"s{i}", "narration": narration, "description": description}


@pytest.mark.parametrize("pair", LABELS, ids=lambda p: f"{p['language']}-{p['told']}-{p['scene'][:24]}")
def test_strict_coverage_agrees_with_the_hand_labels(pair):
    told = told_matrix([pair["sentence"]], [pair["scene"]], pair["language"], NAMES)[0, 0] >= 1.0
    assert told == pair["told"]


def test_the_foggy_night_is_missing_when_no_scene_tells_it():
    # An early planner's film: every sentence but the third has a scene (the example).
    scenes = [scene(i, s) for i, s in enumerate(LIGHTHOUSE, 1) if i != 3]
    found = fidelity(LIGHTHOUSE, scenes, "en", "en", ["Oskar", "Pepper"])
    assert found["missing"] == [3] and found["strict_coverage"] == pytest.approx(6 / 7, abs=1e-3)


def test_order_repetition_and_language():
    told = [scene(i, s) for i, s in enumerate(LIGHTHOUSE, 1)]
    assert fidelity(LIGHTHOUSE, told, "en", "en")["order_tau"] == 1.0
    looped = told[:4] + [{**s, "id": s["id"] + "b"} for s in told[1:4]]  # 5-7 repeat 2-4, as in the report
    found = fidelity(LIGHTHOUSE, looped, "en", "en", ["Oskar", "Pepper"])
    assert found["repeated_pairs"] == [["s2", "s2b"], ["s3", "s3b"], ["s4", "s4b"]]
    assert found["missing"] == [5, 6, 7]
    assert fidelity(LIGHTHOUSE, told[::-1], "en", "en")["order_tau"] == -1.0
    chinese = ["小明住在海边的白色灯塔里。", "一天夜里起了风暴，灯灭了。"]
    mismatch = fidelity(chinese, [scene(1, "Xiaoming lives in a lighthouse.")], "zh", "en")["language"]
    assert mismatch == {"story": "zh", "script": "en", "narration": "en", "match": False}


def test_kendall_tau():
    assert kendall_tau([1, 2, 3, 4]) == 1.0 and kendall_tau([4, 3, 2, 1]) == -1.0
    assert 0 < kendall_tau([1, 3, 2, 4]) < 1 and kendall_tau([5]) == 1.0


def test_halves_of_one_sentence_are_in_order_and_tell_it():
    halves = [scene(1, LIGHTHOUSE[0]), scene(2, "Every evening he climbed the spiral stairs,"),
              scene(3, "of the red and white lighthouse to light the great lamp."), scene(4, LIGHTHOUSE[2])]
    found = fidelity(LIGHTHOUSE[:3], halves, "en", "en", ["Oskar", "Pepper"])
    assert found["order_tau"] == 1.0 and found["telling"] == {"s1": 1, "s2": 2, "s3": 2, "s4": 3}
