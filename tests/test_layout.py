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


# --------------------------------------------------------------------------- framing: faces stay in view

from dataclasses import replace  # noqa: E402

from storyreel.animatic.layout import FACE, SUBTITLE_BAND, faces_clear  # noqa: E402
from storyreel.animatic.motion import pose  # noqa: E402
from storyreel.script import ACTIONS  # noqa: E402

TS = [i / 40 for i in range(41)]


def drawn_boxes(placed, actions, t):
    """(sprite box, face box, z) of every sprite at time t of a 4-second scene."""
    out = []
    for p in placed:
        ps = pose(actions.get(p.entity_id, "idle"), t, p, FW, 4.0)
        out.append((p.box(ps.dx, ps.dy), p.face(ps.dx, ps.dy), p.z))
    return out


@pytest.mark.parametrize("entities", GROUPS)
@pytest.mark.parametrize("aspect", [0.5, 1.0, 3.0, 8.0])
@pytest.mark.parametrize("band", [SUBTITLE_BAND, 0.3])
def test_faces_stay_above_the_subtitle_band(entities, aspect, band):
    for prot in [None, *entities]:
        placed = layout(scene(entities, prot), KINDS, FW, FH, {e: aspect for e in entities}, band=band)
        for p in placed:
            assert p.face()[3] <= (1 - band) * FH, (p, band)
            assert p.top >= 0 and p.baseline <= FH
            assert p.face()[3] - p.top == pytest.approx(FACE * p.height)
        if prot is not None and len(entities) > 1:  # lifting keeps the protagonist the nearest
            front = by_id(placed)[prot]
            assert all(front.baseline > p.baseline for p in placed if p is not front)


def test_a_wider_band_lifts_small_sprites_but_keeps_their_order():
    entities = ["apple", "fox", "lamp"]
    low = layout(scene(entities, "fox"), KINDS, FW, FH, {e: 3.0 for e in entities}, band=0.0)
    high = layout(scene(entities, "fox"), KINDS, FW, FH, {e: 3.0 for e in entities}, band=0.35)
    assert max(p.face()[3] for p in low) > 0.65 * FH  # without a band a small face may sit low
    assert max(p.face()[3] for p in high) <= 0.65 * FH
    assert [p.entity_id for p in high] == [p.entity_id for p in low]
    assert sorted(high, key=lambda p: p.baseline)[-1].entity_id == "fox"


@pytest.mark.parametrize("entities", [["fox", "bear"], ["bear", "fox"], ["fox", "bear", "owl"],
                                      ["apple", "fox", "lamp"]])
def test_no_face_is_ever_covered_whatever_the_actions(entities):
    """Every action for every sprite, one sprite moving at a time and all moving at once: at
    every moment, each face is clear of the others and above the subtitles."""
    prot = entities[0]
    combos = [{e: a} for e in entities for a in ACTIONS] + [{e: a for e in entities} for a in ACTIONS]
    for actions in combos:
        placed = layout(scene(entities, prot, actions), KINDS, FW, FH)
        for t in TS:
            assert faces_clear(drawn_boxes(placed, actions, t), FH), (actions, t)


def test_without_lanes_a_walker_would_cover_a_face():
    """The check above can fail: the same staging with no lanes lets the protagonist walk over the other."""
    actions = {"fox": "walk_right"}
    placed = layout(scene(["fox", "bear"], "fox", actions), KINDS, FW, FH)
    free = [replace(p, lane=(float("-inf"), float("inf"))) for p in placed]
    assert not all(faces_clear(drawn_boxes(free, actions, t), FH) for t in TS)
    assert all(faces_clear(drawn_boxes(placed, actions, t), FH) for t in TS)
    fox = by_id(placed)["fox"]
    travel = [pose("walk_right", t, fox, FW, 4.0).dx for t in TS]
    assert max(travel) - min(travel) > 0.1 * FW  # it still walks, only not across the bear


def test_lanes_leave_the_outer_sides_open():
    placed = layout(scene(["owl", "fox", "bear"], "fox"), KINDS, FW, FH)
    left, middle, right = placed
    assert left.lane[0] == float("-inf") and right.lane[1] == float("inf")
    assert middle.lane[0] > -1e9 and middle.lane[1] < 1e9
    for a, b in zip(placed, placed[1:]):  # lanes of neighbours never let their boxes meet
        assert a.lane[1] + a.width / 2 <= b.lane[0] - b.width / 2
        assert a.lane[0] <= a.cx <= a.lane[1]


# --------------------------------------------------------------------------- riders


def test_riders_are_in_or_on_their_vehicle_and_move_in_its_lane():
    from storyreel.animatic.layout import DECK, IN_CUT, stage

    kinds = {**KINDS, "boat": "object", "bike": "object"}
    s = scene(["fox", "boat", "bear"], protagonist="fox")
    aspects = {"fox": 0.45, "bear": 0.45, "boat": 1.6, "bike": 1.5}  # people are narrow, boats wide
    alone = by_id(stage(s, kinds, FW, FH, aspects))
    placed = stage(s, kinds, FW, FH, aspects, riders={"fox": ("boat", "in"), "bear": ("boat", "in")})
    got = by_id(placed)
    boat, fox, bear = got["boat"], got["fox"], got["bear"]
    assert alone["boat"].height < boat.height <= 0.6 * FH  # grown to hold them, within the frame
    for rider in (fox, bear):
        assert boat.left <= rider.cx <= boat.right  # in it, side by side
        assert rider.baseline == pytest.approx(boat.baseline - DECK["in"] * boat.height)
        assert rider.z > boat.z  # drawn in front, cut at the hull
        assert rider.lane[1] - rider.lane[0] == boat.lane[1] - boat.lane[0]
    assert fox.height < (1 - IN_CUT / 2) * alone["fox"].height  # the hull hides its lower part
    assert sorted(p.z for p in placed) == list(range(3))
    # On a bicycle the whole rider shows; riders of a vehicle not on screen stand on their own.
    on = by_id(stage(scene(["fox", "bike"], protagonist="fox"), kinds, FW, FH, aspects,
                     riders={"fox": ("bike", "on")}))
    assert on["fox"].cx == on["bike"].cx and on["fox"].z > on["bike"].z
    assert stage(scene(["fox"]), kinds, FW, FH, riders={"fox": ("boat", "in")}) == stage(scene(["fox"]), kinds, FW, FH)
