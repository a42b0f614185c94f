import pytest

from storyreel.animatic.layout import Placement
from storyreel.animatic.motion import ENTER_END, EXIT_START, pose

FW = 1280
CENTRE = Placement("fox", cx=640, baseline=640, height=374, width=374, z=2)
LEFT = Placement("apple", cx=243, baseline=598, height=187, width=187, z=0)
RIGHT = Placement("bear", cx=1037, baseline=598, height=288, width=288, z=1)
TS = [i / 100 for i in range(101)]
# The camera can shift the view by up to an eighth of the frame width.
PAN_SLACK = 0.125 * FW


def track(action, placement, seconds=4.0):
    return [pose(action, t, placement, FW, seconds) for t in TS]


def test_idle_breathes_in_place():
    for p in (CENTRE, LEFT, RIGHT):
        poses = track("idle", p)
        assert all(q.dx == 0 for q in poses)
        assert all(-0.02 * p.height <= q.dy <= 0 for q in poses)
        assert max(q.dy for q in poses) - min(q.dy for q in poses) > 0.005 * p.height


def test_idle_sprites_turn_toward_the_middle():
    assert pose("idle", 0.3, LEFT, FW).flip is True
    assert pose("idle", 0.3, RIGHT, FW).flip is False
    assert pose("idle", 0.3, CENTRE, FW).flip is False


@pytest.mark.parametrize("p", [CENTRE, LEFT, RIGHT])
def test_enter_left_starts_off_screen_left_and_ends_at_its_place(p):
    poses = track("enter_left", p)
    assert p.right + poses[0].dx < -PAN_SLACK
    assert all(q.dx == 0 for q, t in zip(poses, TS) if t >= ENTER_END)
    assert all(b.dx >= a.dx for a, b in zip(poses, poses[1:]))
    assert all(q.flip for q in poses)  # moving right: mirrored to face right


@pytest.mark.parametrize("p", [CENTRE, LEFT, RIGHT])
def test_enter_right_starts_off_screen_right(p):
    poses = track("enter_right", p)
    assert p.left + poses[0].dx > FW + PAN_SLACK
    assert pose("enter_right", ENTER_END, p, FW).dx == 0
    assert not any(q.flip for q in poses)


@pytest.mark.parametrize("action,off", [("exit_left", "left"), ("exit_right", "right")])
def test_exits_leave_during_the_last_part(action, off):
    poses = track(action, CENTRE)
    assert all(q.dx == 0 for q, t in zip(poses, TS) if t <= EXIT_START)
    end = poses[-1]
    if off == "left":
        assert CENTRE.right + end.dx < -PAN_SLACK and not end.flip
    else:
        assert CENTRE.left + end.dx > FW + PAN_SLACK and end.flip


def test_walking_eases_at_the_ends():
    dx = [q.dx for q in track("enter_left", CENTRE)]
    first, middle = dx[1] - dx[0], dx[21] - dx[20]
    assert 0 <= first < 0.1 * middle


@pytest.mark.parametrize("action,sign", [("walk_right", 1), ("walk_left", -1)])
def test_walks_cross_part_of_the_frame_facing_their_way(action, sign):
    poses = track(action, CENTRE)
    assert sign * (poses[-1].dx - poses[0].dx) > 0.2 * FW
    assert abs(poses[-1].dx - poses[0].dx) < FW
    assert all(q.flip == (sign > 0) for q in poses)
    # Steps: the sprite bobs while it walks, by a few percent of its height.
    bobs = [q.dy for q in poses[5:-5]]
    assert min(bobs) < -0.01 * CENTRE.height and min(bobs) >= -0.04 * CENTRE.height
    assert all(b <= 0 for b in bobs)


def test_walk_to_center_comes_from_the_outer_side_to_its_place():
    left = track("walk_to_center", LEFT)
    assert left[0].dx < 0 and left[-1].dx == 0 and left[0].flip
    right = track("walk_to_center", RIGHT)
    assert right[0].dx > 0 and right[-1].dx == 0 and not right[0].flip
    centre = track("walk_to_center", CENTRE)
    assert centre[0].dx < 0 and centre[-1].dx == 0


def test_jump_hops_about_once_a_second():
    seconds = 4.0
    poses = [pose("jump", i / 400, CENTRE, FW, seconds) for i in range(401)]
    assert poses[0].dy == 0 and all(q.dx == 0 for q in poses)
    assert min(q.dy for q in poses) < -0.15 * CENTRE.height
    # Count take-offs: ground -> air transitions.
    airborne = [q.dy < -1 for q in poses]
    takeoffs = sum(1 for a, b in zip(airborne, airborne[1:]) if b and not a)
    assert takeoffs == 4


def test_shake_trembles_in_place():
    poses = track("shake", CENTRE, seconds=2.0)
    dxs = [q.dx for q in poses]
    assert poses[0].dx == pytest.approx(0)
    assert min(dxs) < 0 < max(dxs)
    assert max(abs(d) for d in dxs) <= 0.05 * CENTRE.height
    assert all(q.dy == 0 for q in poses)


def test_time_is_clamped_and_unknown_actions_rejected():
    assert pose("enter_left", -0.5, CENTRE, FW) == pose("enter_left", 0.0, CENTRE, FW)
    assert pose("exit_left", 1.5, CENTRE, FW) == pose("exit_left", 1.0, CENTRE, FW)
    with pytest.raises(ValueError, match="dance"):
        pose("dance", 0.5, CENTRE, FW)


def test_a_pose_implies_a_motion_and_a_close_shot_keeps_everyone_in_place():
    from storyreel.animatic.motion import action_for

    left, right = Placement("a", 300, 600, 400, 120, 1), Placement("b", 1000, 600, 400, 120, 0)
    assert action_for("idle", "walk", left, 1280) == "walk_right"
    assert action_for("idle", "run", right, 1280) == "walk_left"
    assert action_for("idle", "jump", left, 1280) == "jump"
    assert action_for("enter_left", "stand", left, 1280) == "enter_left"
    for action in ("enter_left", "exit_right", "walk_to_center", "walk_left", "idle"):
        assert action_for(action, "walk", left, 1280, close=True) == "idle"
    assert action_for("shake", "stand", left, 1280, close=True) == "shake"
    assert action_for("idle", "jump", left, 1280, close=True) == "jump"
