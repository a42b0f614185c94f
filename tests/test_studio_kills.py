"""The studio's half of the kill campaign (bench/reliability.py `studio_campaign`, docs/reliability.md):
a real `storyreel serve`, SIGKILLed with its process group at a random point of a render and at a
random moment of a stream of PATCHes, loses nothing: after the restart the job is interrupted and
resumes to a valid film, and script.json is exactly the last acknowledged edit or the one in flight."""

import json
import sys
from pathlib import Path

from storyreel.project import Project
from storyreel.studio.projects import Projects
from test_studio_support import studio_config

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import reliability  # noqa: E402

# Voices by espeak and no score or ambience: a short film made quickly, so one render round and two
# PATCH rounds fit in a CI run. The kill campaign of `make reliability` uses the default settings.
LIGHT = """[backends]
voice = "espeak"
[edit]
score = false
ambience = false
"""


def test_a_studio_killed_during_a_render_and_during_edits_loses_nothing(tmp_path):
    # no uninterrupted render to time the kill by: the kill comes once the job's progress passes a random
    # fraction (10% to 80%), so it lands while the job runs; the PATCH rounds then edit that project
    found = reliability.studio_campaign(1, 2, seed=3, work=tmp_path, scenes=1, seconds=2.0, render_each=False,
                                        config=LIGHT, within=(0.1, 0.8), measure=False)
    (render,), patches = found["render"], found["patch"]
    assert render["after_restart"] == "interrupted", render
    assert render["survived"], render["problems"]
    assert all(p["survived"] for p in patches), patches
    assert {p["script_was"] for p in patches} <= {"acknowledged", "in flight"}
    assert sum(p["acknowledged"] for p in patches) >= 1  # the check compared against edits the server made


def test_a_restarted_studio_removes_what_a_kill_left_except_in_a_project_being_rendered(tmp_path):
    projects = Projects(tmp_path, studio_config())
    for name in ("edited", "rendering"):
        (tmp_path / name / "shots").mkdir(parents=True)
        (tmp_path / name / "script.json").write_text(json.dumps({"scenes": []}))
        (tmp_path / name / ".script.k1.part.json").write_text('{"scenes": [')  # a write cut off by the kill
        (tmp_path / name / "shots" / ".s1.k2.part.mp4").write_bytes(b"\0" * 10)
    with Project(tmp_path / "rendering").rendering():  # a render from a terminal holds this one
        assert projects.clean_after_crash() == 2
    assert not list((tmp_path / "edited").rglob(".*.part*"))
    assert len(list((tmp_path / "rendering").rglob(".*.part*"))) == 2
    assert json.loads((tmp_path / "edited" / "script.json").read_text()) == {"scenes": []}
