"""Hostile input, generated (hypothesis): the story reader and the script.json loader never answer
with a traceback, only with an error that names what to fix; the CLI exits 2 on such input. The
studio's request bodies are fuzzed from its OpenAPI description in test_studio_schema.py and field by
field in test_fuzz_studio.py; hostile stories at every door are in test_hostile_stories.py."""

import json
import subprocess
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyreel.director.planner import check_story
from storyreel.director.text import detect_language, split_story
from storyreel.errors import InputError, ScriptError
from storyreel.script import load_script, validate_script

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
# Text of every kind: control characters, right-to-left marks and scripts, CJK, emoji, lone surrogates excluded.
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=400)
JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4), max_leaves=20)


@FAST
@given(TEXT)
def test_the_story_reader_takes_any_text(text):
    try:
        story = check_story(text)
    except InputError as exc:
        assert "story" in str(exc)  # empty or too long: said so
        return
    told = split_story(story, detect_language(story))
    assert all(isinstance(s, str) and s for s in told.sentences)


def contract_like():
    """Objects shaped like script.json with any field replaced by anything."""
    field = st.sampled_from(["title", "language", "fps", "width", "height", "seed", "entities", "scenes"])
    scene_field = st.sampled_from(["id", "narration", "duration_s", "entities", "background", "time", "weather",
                                   "mood", "camera", "speakers", "poses", "source"])
    base = {"title": "t", "entities": [{"id": "hill", "name": "Hill", "kind": "location", "description": "A hill."}],
            "scenes": [{"id": "s1", "description": "d", "narration": "n", "duration_s": 2.0, "background": "hill"}]}

    @st.composite
    def build(draw):
        data = json.loads(json.dumps(base))
        for _ in range(draw(st.integers(1, 3))):
            if draw(st.booleans()):
                data[draw(field)] = draw(JSON)
            elif isinstance(data.get("scenes"), list) and data["scenes"] and isinstance(data["scenes"][0], dict):
                data["scenes"][0][draw(scene_field)] = draw(JSON)
        return data
    return build()


@FAST
@given(st.one_of(JSON, contract_like()))
def test_the_script_loader_names_every_problem_and_never_fails_otherwise(data):
    try:
        validate_script(data)
    except ScriptError as exc:
        assert exc.problems and all(isinstance(p, str) and p for p in exc.problems)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300) | TEXT.map(lambda t: t.encode("utf-8")))
def test_a_script_file_of_any_bytes_is_a_clear_error(tmp_path, raw):
    path = tmp_path / "script.json"
    path.write_bytes(raw)
    try:
        load_script(path)
    except ScriptError as exc:
        assert str(path) in str(exc) or "script" in str(exc)


def test_the_cli_exits_2_on_a_broken_script_and_binary_story(tmp_path):
    project = tmp_path / "p"
    project.mkdir()
    (project / "script.json").write_bytes(b"\x00\xff{\"scenes\": [")
    done = subprocess.run([sys.executable, "-m", "storyreel", "render", str(project)], capture_output=True, text=True)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    story = tmp_path / "story.txt"
    story.write_bytes(bytes(range(256)) * 4)
    done = subprocess.run([sys.executable, "-m", "storyreel", "plan", str(story), "-o", str(tmp_path / "q")],
                          capture_output=True, text=True)
    assert done.returncode == 2 and "Traceback" not in done.stderr and "UTF-8" in done.stderr
    assert not (tmp_path / "q" / "script.json").exists()
