"""The local executor's process pool (the default: one worker per core) makes the same film as
one process, byte for byte; an error in a pool process names its scene."""

from __future__ import annotations

import pytest
from test_ray_support import FOUR_SCENES, artifact_hashes, config, keys, manifest, snapshot, write_project

from storyreel import api
from storyreel.config import load_config
from storyreel.errors import StoryreelError


@pytest.fixture(scope="module")
def films(tmp_path_factory):
    base = tmp_path_factory.mktemp("pool")
    alone = write_project(base / "one", FOUR_SCENES)
    pooled = write_project(base / "pool", FOUR_SCENES)
    api.render(alone, config=config(local={"workers": 1}))
    summary = api.render(pooled, config=config(local={"workers": 2}))
    return alone, pooled, summary


def test_the_default_is_one_worker_per_core():
    assert load_config(environ={}).local.workers == 0  # 0: one per core


def test_a_pool_of_two_makes_the_same_film_as_one_process(films):
    alone, pooled, summary = films
    assert summary.made == {"cast": 5, "voice": 4, "keyframes": 4, "shots": 4, "sound": 8, "edit": 4}
    assert keys(pooled) == keys(alone)
    assert artifact_hashes(pooled) == artifact_hashes(alone)
    assert not list(pooled.rglob(".*.part*"))


def test_a_rerun_with_a_pool_changes_no_file(films):
    _alone, pooled, _summary = films
    before = snapshot(pooled)
    assert api.render(pooled, config=config(local={"workers": 2})).made == {}
    assert snapshot(pooled) == before


def test_an_error_in_a_pool_process_names_its_scene(tmp_path):
    root = write_project(tmp_path / "broken", FOUR_SCENES)
    with pytest.raises(StoryreelError, match=r"scene s\d: making shots/s\d\.mp4 failed: ffmpeg failed"):
        api.render(root, config=config(local={"workers": 2}, edit={"preset": "no-such-preset"}))
    assert "voice/s1.wav" in manifest(root) and not any(rel.startswith("shots/") for rel in manifest(root))
