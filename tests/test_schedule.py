import pytest

from storyreel.director.schedule import planned_seconds, schedule, speech_seconds

NARRATIONS = ["Short one.", " ".join(["word"] * 20), " ".join(["word"] * 8), "Another short line here."]


def test_natural_lengths_without_target():
    assert schedule(NARRATIONS) == [planned_seconds(n) for n in NARRATIONS]


@pytest.mark.parametrize("target", [60.0, 90.0, 180.0])
def test_target_is_met_within_ten_percent(target):
    durations = schedule(NARRATIONS * 3, target)
    assert abs(sum(durations) - target) <= 0.1 * target
    assert all(0.5 <= d <= 60 for d in durations)


def test_never_shorter_than_the_narration_needs():
    durations = schedule(NARRATIONS, 5.0, pause_s=0.6)  # far too short for the words
    floors = [max(0.5, speech_seconds(n) + 0.6) for n in NARRATIONS]
    assert all(d >= f for d, f in zip(durations, floors))
    assert sum(durations) == pytest.approx(sum(floors), abs=0.05)  # as short as the words allow


def test_longer_narration_gets_more_time():
    d = schedule(NARRATIONS, 60.0)
    assert d[1] > d[2] > d[0]
