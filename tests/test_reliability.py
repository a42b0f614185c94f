"""The kill campaign of `make reliability` in its short form (bench/reliability.py, docs/reliability.md):
renders SIGKILLed at random points, each run again to a valid film whose every artifact matches its
manifest entry (size and sha256)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import reliability  # noqa: E402


@pytest.mark.slow
def test_renders_killed_at_random_points_end_with_a_valid_film_when_run_again(tmp_path):
    found = reliability.campaign(1, "local", seed=7, work=tmp_path, within=(0.2, 0.8))
    assert found["killed"] == 1  # the kill landed mid-render
    assert found["survived"] == found["rounds"], found["results"]


def test_the_check_finds_a_damaged_artifact_and_a_left_temporary_file(tmp_path):
    import json

    folder = tmp_path / "p"
    (folder / "shots").mkdir(parents=True)
    (folder / "shots" / "s1.mp4").write_bytes(b"x" * 10)
    (folder / "shots" / ".s1.mp4.part123").write_bytes(b"")
    (folder / "script.json").write_text(json.dumps({"fps": 12, "scenes": [{"id": "s1"}]}))
    (folder / "manifest.json").write_text(json.dumps({"artifacts": {
        "shots/s1.mp4": {"key": "k", "size": 10, "sha256": "0" * 64, "frames": 12}}}))
    found = reliability.problems(folder)
    assert "shots/s1.mp4: differs from its manifest entry" in found
    assert any(p.startswith("temporary files left") for p in found)
    assert any(p.startswith("film.mp4 unreadable") for p in found)
