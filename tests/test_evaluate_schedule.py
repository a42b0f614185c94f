"""Schedule metrics and subtitle parsing: pure functions, checked against hand-made timelines."""

import pytest

from storyreel.evaluate.schedule import SceneTiming, schedule_metrics
from storyreel.subtitles import parse_srt, scene_cues, to_srt

LEAD = 0.15


def test_srt_round_trips():
    cues = scene_cues("First sentence here. And a second, longer one that wraps onto more lines.", 1.25, 4.0)
    parsed = parse_srt(to_srt(cues))
    assert [(round(c.start_s, 3), round(c.end_s, 3), c.text) for c in parsed] == \
        [(round(c.start_s, 3), round(c.end_s, 3), c.text) for c in cues]
    assert parse_srt("") == [] and parse_srt("1\nno timing here\n") == []


def test_a_film_that_keeps_its_plan_scores_perfectly():
    scenes = [SceneTiming("s1", 3.0, 3.0, 2.0, "Milo ran up the hill."),
              SceneTiming("s2", 4.0, 4.0, 3.5, "The kite flew high over the sea.")]
    cues = scene_cues(scenes[0].narration, LEAD, 2.0) + scene_cues(scenes[1].narration, 3.0 + LEAD, 3.5)
    result = schedule_metrics(scenes, 7.0, cues, LEAD)
    summary = result["summary"]
    assert summary["film_error_rel"] == 0 and summary["scene_error_mean_s"] == 0
    assert summary["narration_fits"] == 1.0 and summary["narration_problems"] == []
    assert summary["subtitle_time"] == pytest.approx(1.0) and summary["subtitle_words"] == 1.0
    assert result["scenes"][1]["start_s"] == 3.0 and result["scenes"][1]["narration"] == [3.15, 6.65]


def test_a_narration_longer_than_its_scene_is_flagged():
    scenes = [SceneTiming("s1", 3.0, 3.0, 4.2, "A very long narration."), SceneTiming("s2", 3.0, 3.0, 1.0, "Short.")]
    result = schedule_metrics(scenes, 6.0, None, LEAD)
    first = result["scenes"][0]
    assert first["cut"] and first["overlaps_next"] and not first["fits"]
    assert result["scenes"][1]["fits"]
    assert result["summary"]["narration_fits"] == 0.5 and result["summary"]["narration_problems"] == ["s1"]
    assert result["summary"]["subtitle_words"] is None  # no subtitles to measure


def test_lengths_off_the_plan_and_missing_subtitles_show():
    scenes = [SceneTiming("s1", 2.0, 3.0, 1.0, "Milo ran up the hill."), SceneTiming("s2", 2.0, None, None)]
    cues = scene_cues("Milo ran", LEAD, 0.5)  # half the words, half the time
    result = schedule_metrics(scenes, 5.5, cues, LEAD)
    assert result["scenes"][0]["error_s"] == 1.0 and result["scenes"][1]["error_s"] is None
    assert result["summary"]["film_error_rel"] == pytest.approx(0.375)
    assert result["scenes"][0]["subtitle_time"] == pytest.approx(0.5)
    assert result["scenes"][0]["subtitle_words"] == pytest.approx(0.4)
    assert "fits" not in result["scenes"][1]  # no narration audio: not judged


def test_crossfades_move_the_next_scene_earlier():
    scenes = [SceneTiming("s1", 3.0, 3.0, 2.6, "One."), SceneTiming("s2", 3.0, 3.0, 1.0, "Two.")]
    plain = schedule_metrics(scenes, 6.0, None, LEAD)
    faded = schedule_metrics(scenes, 5.5, None, LEAD, overlap_s=0.5)
    assert plain["scenes"][0]["fits"] and faded["scenes"][1]["start_s"] == 2.5
    assert faded["scenes"][0]["overlaps_next"]  # 0.15 + 2.6 > 2.5 + 0.15
