import itertools

import pytest

from storyreel.animatic.layout import layout
from storyreel.script import Scene

FW, FH = 1280, 720
KINDS = {"fox": "character", "bear": "character", "owl": "character", "apple": "object", "lamp": "object"}


def scene(entities, protagonist=None, actions=None):
    return Scene(id="s1", description="d", narration="n", duration_s=4, entities=list(entities),
                 background="forest", protagonist=protagonist, actions=actions or {})


def by_id(placements):
    return {p.entity_id: p for p in placements}


GROUPS = [["fox"], ["fox", "bear"], ["bear", "fox"], ["fox", "bear", "apple"], ["apple", "fox", "lamp"],
          ["owl", "lamp", "fox"]]


@pytest.mark.parametrize("entities", GROUPS)
def test_protagonist_is_largest_nearest_centre_and_in_front(entities):
    for prot in entities:
        placed = layout(scene(entities, prot), KINDS, FW, FH)
        assert [p.entity_id for p in placed if p.entity_id == prot] == [prot]
        p = by_id(placed)[prot]
        for other in placed:
            if other.entity_id == prot:
                continue
            assert p.height > other.height
            assert abs(p.cx - FW / 2) < abs(other.cx - FW / 2)
            assert p.z > other.z
            assert p.baseline > other.baseline


def test_characters_are_taller_than_objects():
    placed = by_id(layout(scene(["fox", "apple", "bear"], "bear"), KINDS, FW, FH))
    assert placed["fox"].height > placed["apple"].height
    placed = by_id(layout(scene(["fox", "apple"]), KINDS, FW, FH))
    assert placed["fox"].height > placed["apple"].height


@pytest.mark.parametrize("entities", GROUPS)
@pytest.mark.parametrize("aspect", [0.5, 1.0, 1.6, 3.0])
def test_placements_do_not_overlap_and_stay_in_frame(entities, aspect):
    for prot in [None, *entities]:
        placed = layout(scene(entities, prot), KINDS, FW, FH, {e: aspect for e in entities})
        assert len(placed) == len(entities)
        for p in placed:
            assert 0 <= p.left and p.right <= FW
            assert p.width == pytest.approx(p.height * aspect)
            assert 0.80 * FH <= p.baseline <= 0.92 * FH
            assert p.baseline - p.height >= 0
        for a, b in itertools.combinations(placed, 2):
            assert a.right <= b.left or b.right <= a.left, (a, b)


def test_placements_are_left_to_right_with_distinct_z():
    placed = layout(scene(["apple", "fox", "bear"], "fox"), KINDS, FW, FH)
    assert [p.cx for p in placed] == sorted(p.cx for p in placed)
    assert sorted(p.z for p in placed) == [0, 1, 2]


def test_layout_is_deterministic():
    s = scene(["fox", "bear", "apple"], "bear", {"fox": "enter_right"})
    assert layout(s, KINDS, FW, FH, {"fox": 0.8}) == layout(s, KINDS, FW, FH, {"fox": 0.8})


def test_side_follows_enter_and_exit_direction():
    placed = by_id(layout(scene(["fox", "bear"], "fox", {"bear": "enter_left"}), KINDS, FW, FH))
    assert placed["bear"].cx < placed["fox"].cx
    placed = by_id(layout(scene(["fox", "bear"], "fox", {"bear": "exit_right"}), KINDS, FW, FH))
    assert placed["bear"].cx > placed["fox"].cx
    placed = by_id(layout(scene(["fox", "bear", "owl"], "fox", {"bear": "enter_right", "owl": "exit_left"}),
                          KINDS, FW, FH))
    assert placed["owl"].cx < placed["fox"].cx < placed["bear"].cx


def test_without_protagonist_all_stand_evenly_in_list_order():
    placed = layout(scene(["bear", "fox", "owl"]), KINDS, FW, FH)
    assert [p.entity_id for p in placed] == ["bear", "fox", "owl"]
    assert len({p.baseline for p in placed}) == 1
    assert len({p.height for p in placed}) == 1
    assert layout(scene([]), KINDS, FW, FH) == []


def test_single_very_wide_sprite_shrinks_to_fit():
    (p,) = layout(scene(["lamp"], "lamp"), KINDS, FW, FH, {"lamp": 8.0})
    assert p.width <= FW and p.left >= 0
    assert p.width == pytest.approx(8.0 * p.height)
