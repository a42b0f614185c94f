"""The real 0.5B model (shipped in PyPI packages) plans a short story through llama.cpp."""

import json

import pytest

from storyreel.config import load_config
from storyreel.director import create_director
from storyreel.director.models import MODELS, assemble
from storyreel.script import validate_script

STORY = ("Pip the little robot lives in a workshop full of tools. One morning Pip finds a seed on the floor. "
         "Pip plants the seed in a flower pot by the window and waters it every day. "
         "A week later a yellow flower opens, and Pip dances around the pot with joy.")


@pytest.fixture(scope="module")
def config():
    return load_config(overrides={"llm": {"model": "qwen2.5-0.5b", "threads": 2}, "max_scenes": 5}, environ={})


def test_assembled_model_matches_pinned_sha(config):
    path = assemble(MODELS["qwen2.5-0.5b"], config.cache_path())
    assert path.stat().st_size == MODELS["qwen2.5-0.5b"].size
    stamp = json.loads(path.with_suffix(".verified.json").read_text())
    assert stamp["sha256"] == MODELS["qwen2.5-0.5b"].sha256


@pytest.mark.llm
def test_real_model_plans_a_valid_script(config, tmp_path):
    log_path = tmp_path / "director" / "log.jsonl"
    director = create_director(config, log_path)
    script = director.plan(STORY)
    # Re-validate from plain JSON: what is saved is what a user would load.
    script = validate_script(json.loads(script.model_dump_json()))
    assert 1 <= len(script.scenes) <= 5
    assert any(e.kind == "location" for e in script.entities)
    assert any("pip" in e.id for e in script.entities if e.kind != "location")
    assert all(s.narration.strip() for s in script.scenes)
    records = [json.loads(line) for line in log_path.read_text().splitlines()]
    assert len(records) >= 2 and all(r["model"].startswith("qwen2.5-0.5b") for r in records)
    assert records[0]["messages"][-1]["content"].count("Pip the little robot") == 1


SPANISH = ("Lucía vive en una casa azul junto al río con su perro Toby. Cada mañana los dos caminan hasta el puente. "
           "Un día encuentran un patito perdido entre las piedras. Lucía lo lleva con cuidado hasta su madre, "
           "que nada en el agua tranquila, y Toby mueve la cola muy contento.")


@pytest.mark.llm
def test_spanish_story_keeps_spanish_narration(config, tmp_path):
    from storyreel.director.text import detect_language

    script = create_director(config, tmp_path / "log.jsonl").plan(SPANISH)
    assert script.language == "es"
    assert detect_language(" ".join(s.narration for s in script.scenes)) == "es"


@pytest.mark.llm
def test_idea_becomes_a_short_story(config, tmp_path):
    from storyreel.director.text import sentences

    story = create_director(config, tmp_path / "log.jsonl").write_story("A robot learns to paint by watching the sea")
    assert len(sentences(story)) >= 3
    assert "robot" in story.lower()
