import pytest

from storyreel.config import Config
from storyreel.pipeline import schedule
from storyreel.script import validate_script
from storyreel.timing import film_seconds, frame_count, frames_to_samples, scene_seconds, timeline


def test_scene_is_stretched_only_when_narration_needs_it():
    assert scene_seconds(5.0, 3.0, 0.6) == 5.0
    assert scene_seconds(5.0, 4.9, 0.6) == pytest.approx(5.5)


def test_frames_and_samples_are_exact():
    assert frame_count(7.5, 24) == 180
    assert frame_count(0.01, 24) == 1
    assert frames_to_samples(180, 24) == 7.5 * 48_000
    assert frames_to_samples(1, 30) == 1600


def test_timeline_cuts_and_crossfades():
    cut = timeline(["a", "b", "c"], [24, 48, 12], 24)
    assert [s.start_s for s in cut] == [0.0, 1.0, 3.0]
    assert film_seconds(cut) == pytest.approx(3.5)
    faded = timeline(["a", "b", "c"], [24, 48, 12], 24, overlap_s=0.25)
    assert [s.start_s for s in faded] == [0.0, 0.75, 2.5]
    assert film_seconds(faded) == pytest.approx(3.5 - 2 * 0.25)


def test_schedule_stretches_for_narration_and_crossfade(script_data):
    script = validate_script(script_data)  # 2.0, 2.0, 2.5 s at 12 fps
    speech = {"s1": 1.0, "s2": 3.0, "s3": 0.5}
    slots = schedule(script, speech, Config())
    assert [s.frames for s in slots] == [24, round((3.0 + 0.6) * 12), 30]
    fade = Config.model_validate({"edit": {"transition": "crossfade", "crossfade_s": 0.5}})
    faded = schedule(script, speech, fade)
    # the narration must also clear the overlap with the next scene
    assert faded[1].frames == round((3.0 + 0.6 + 0.5) * 12)
    assert faded[1].start_s == pytest.approx(faded[0].seconds - 0.5)
