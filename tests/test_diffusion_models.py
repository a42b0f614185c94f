"""The model registry: names resolve to local folders, or to an error that says how to get them."""

import json

import pytest

from storyreel.config import DiffusionConfig
from storyreel.diffusion import models
from storyreel.errors import InputError


def test_a_models_dir_sub_folder_is_used_with_its_storyreel_json(tmp_path):
    folder = tmp_path / "ltx-video"
    folder.mkdir()
    (folder / "model_index.json").write_text("{}")
    (folder / "storyreel.json").write_text(json.dumps({"steps": 2, "area": 4096, "fps": 8}))
    found = models.resolve("ltx-video", DiffusionConfig(models_dir=str(tmp_path)), task="video")
    assert found.local and found.source == str(folder.resolve())
    assert (found.spec.steps, found.spec.area, found.spec.fps) == (2, 4096, 8)
    assert found.spec.chunk_frames == models.SPECS["ltx-video"].chunk_frames  # untouched keys keep the registry's
    assert found.tuned == {"steps": 2, "area": 4096, "fps": 8}


def test_a_missing_model_says_which_where_and_how(tmp_path):
    config = DiffusionConfig(models_dir=str(tmp_path))
    with pytest.raises(models.ModelMissingError) as err:
        models.resolve("wan2.1-i2v-480p", config)
    message = str(err.value)
    assert "wan2.1-i2v-480p" in message and "Wan-AI/Wan2.1-I2V-14B-480P-Diffusers" in message
    assert str(tmp_path / "wan2.1-i2v-480p") in message  # where it looked
    assert "hf download" in message and "allow_download" in message  # how to get it


def test_overrides_point_at_a_folder_or_another_repository(tmp_path):
    mine = tmp_path / "my-sdxl"
    mine.mkdir()
    (mine / "model_index.json").write_text("{}")
    found = models.resolve("sdxl", DiffusionConfig(models={"sdxl": str(mine)}))
    assert found.source == str(mine.resolve())
    with pytest.raises(models.ModelMissingError, match="someone/sdxl-finetune"):
        models.resolve("sdxl", DiffusionConfig(models={"sdxl": "someone/sdxl-finetune"}))
    allowed = models.resolve("sdxl", DiffusionConfig(models={"sdxl": "someone/sdxl-finetune"}, allow_download=True))
    assert (allowed.source, allowed.local) == ("someone/sdxl-finetune", False)


def test_wrong_names_tasks_and_settings_are_clear_errors(tmp_path):
    with pytest.raises(InputError, match="unknown model 'sdxxl'.*registered models: .*sdxl"):
        models.resolve("sdxxl", DiffusionConfig())
    with pytest.raises(InputError, match="'sdxl' is for the image task; the video task needs one of"):
        models.resolve("sdxl", DiffusionConfig(), task="video")
    folder = tmp_path / "sdxl"
    folder.mkdir()
    (folder / "storyreel.json").write_text(json.dumps({"stepz": 3}))
    with pytest.raises(InputError, match="unknown key.*stepz"):
        models.resolve("sdxl", DiffusionConfig(models_dir=str(tmp_path)))


def test_every_registered_model_documents_its_needs():
    for row in models.registry_table():
        assert row["hub_id"] and row["license"] and row["needs"]
    videos = [s for s in models.SPECS.values() if s.task == "video"]
    assert {s.family for s in videos} == {"ltx", "wan"}
    assert all(s.chunk_frames and s.fps for s in videos)


def test_configured_sampling_overrides_the_models_own():
    found = models.Resolved(models.SPECS["sdxl"], "/models/sdxl", local=True)
    assert found.sampling(None, None) == (30, 6.0)
    assert found.sampling(8, 0.0) == (8, 0.0)  # guidance 0 is a setting, not "unset"
