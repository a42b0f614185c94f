"""The generative backends, driven through tiny random pipelines loaded with from_pretrained(folder).

The pictures are noise (random weights), so these tests check behaviour that does not
depend on trained weights: what each model is conditioned on, that conditioning changes
the output and zero weights do not, exact frame counts, chunk seams, camera direction,
and that a whole film renders through the same CLI as the embedded backends.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from conftest import pixels
from PIL import Image

from storyreel.config import load_config
from storyreel.diffusion.camera import phase_shift
from storyreel.tools import ffprobe, run

torch = pytest.importorskip("torch")
pytest.importorskip("diffusers")
torch.set_num_threads(1)

CLI = [sys.executable, "-m", "storyreel"]


def config_for(models_dir: Path, **diffusion):
    return load_config(overrides={"diffusion": {"models_dir": str(models_dir), "matting": "none", **diffusion},
                                  "backends": {"voice": "espeak"}}, environ={})


def models_with(tiny_models: dict, tmp_path: Path, name: str, **settings) -> Path:
    """A models folder whose `name` is the tiny model with other storyreel.json settings."""
    root = tmp_path / "models"
    folder = root / name
    folder.mkdir(parents=True)
    for item in tiny_models[name].iterdir():
        if item.name != "storyreel.json":
            (folder / item.name).symlink_to(item)
    tuned = json.loads((tiny_models[name] / "storyreel.json").read_text())
    (folder / "storyreel.json").write_text(json.dumps({**tuned, **settings}))
    return root




def frame_count(path: Path) -> int:
    out = run(["ffprobe", "-v", "error", "-count_frames", "-select_streams", "v:0",
               "-show_entries", "stream=nb_read_frames", "-of", "csv=p=0", str(path)])
    return int(out.stdout.decode().strip())


def recording(backend) -> list:
    """Record what the backend's real driver returns for each chunk (the driver still runs)."""
    outputs = []
    generate = backend.driver.generate

    def spy(pipe, request):
        frames = generate(pipe, request)
        outputs.append(frames)
        return frames

    backend.driver.generate = spy
    return outputs


# --- keyframes ---------------------------------------------------------------------------------

def test_rolling_context_passes_the_previous_keyframe(tiny_models, project):
    from storyreel import keyframes

    project, script = project
    backend = keyframes.REGISTRY.create("diffusion", config=config_for(tiny_models["sdxl"].parent))
    s1, s2 = script.scenes[:2]
    first = backend.references(s1, script, project)
    assert first.sources == [["cast/milo.png", "cast/rex.png"], ["cast/hill.png"], []]
    assert first.scales[2] == 0.0  # nothing before the first scene
    backend.render(s1, script, project, project.keyframe(s1.id))
    second = backend.references(s2, script, project)
    assert second.sources[2] == ["keyframes/s1.png"] and second.scales == [0.6, 0.4, 0.3]
    out = project.root / "k2.png"
    backend.render(s2, script, project, out)
    before = pixels(out)
    assert before.shape == (script.height, script.width, 3)
    backend.render(s2, script, project, out)
    assert np.array_equal(pixels(out), before)  # same inputs, same picture
    Image.fromarray(255 - pixels(project.keyframe(s1.id)).astype(np.uint8)).save(project.keyframe(s1.id))
    backend.render(s2, script, project, out)
    assert not np.array_equal(pixels(out), before)  # the previous keyframe reaches the model
    backend.close()

    blind = keyframes.REGISTRY.create("diffusion", config=config_for(tiny_models["sdxl"].parent, context_scale=0))
    assert not blind.uses_previous_keyframe
    blind.render(s2, script, project, out)
    without = pixels(out)
    Image.fromarray(255 - pixels(project.keyframe(s1.id)).astype(np.uint8)).save(project.keyframe(s1.id))
    blind.render(s2, script, project, out)
    assert np.array_equal(pixels(out), without)  # weight 0: the previous keyframe changes nothing


def test_keyframes_follow_the_cast_only_with_a_weight(tiny_models, project):
    from storyreel import keyframes

    project, script = project
    scene = script.scenes[0]
    out = project.root / "k.png"
    results = {}
    for scale in (0.0, 0.8):
        backend = keyframes.REGISTRY.create(
            "diffusion", config=config_for(tiny_models["sdxl"].parent, foreground_scale=scale))
        Image.new("RGB", (64, 64), (200, 40, 40)).save(project.cast("milo"))
        backend.render(scene, script, project, out)
        plain = pixels(out)
        Image.new("RGB", (64, 64), (20, 20, 240)).save(project.cast("milo"))  # Milo gets a new look
        backend.render(scene, script, project, out)
        results[scale] = np.abs(pixels(out) - plain).max()
        backend.close()
    assert results[0.0] == 0  # scale 0 is the same as no adapter
    assert results[0.8] > 0


# --- shots -------------------------------------------------------------------------------------

@pytest.mark.parametrize("video_model", ["ltx-video", "wan2.1-i2v-480p"])
def test_an_extended_shot_has_the_planned_frames_and_seams_carry_the_conditioning(tiny_models, project, video_model):
    from storyreel import shots

    project, script = project
    scene = script.scenes[0]
    Image.new("RGB", (script.width, script.height), (90, 140, 200)).save(project.keyframe(scene.id))
    backend = shots.REGISTRY.create("diffusion", config=config_for(tiny_models[video_model].parent,
                                                                   video_model=video_model))
    outputs = recording(backend)
    frames = 61  # at 12 fps; the tiny models make 8 fps, so 41 generated frames: several chunks
    backend.render(scene, script, project, frames, project.shot(scene.id))
    assert frame_count(project.shot(scene.id)) == frames
    info = ffprobe(project.shot(scene.id))["streams"][0]
    assert (info["width"], info["height"]) == (script.width, script.height)

    requests = backend.last_requests
    overlap = backend.overlap
    assert len(requests) >= 3 and requests[0].context == [] and requests[0].anchor_strength == 0
    for n in range(1, len(requests)):
        previous = outputs[n - 1]
        assert len(requests[n].context) == overlap
        for given, made in zip(requests[n].context, previous[-overlap:]):
            assert np.array_equal(np.asarray(given), np.asarray(made))  # the seam is the previous chunk's end
        assert requests[n].anchor_strength == pytest.approx(0.4)  # every extension is anchored
    new_frames = sum(len(o) for o in outputs) - overlap * (len(outputs) - 1)
    assert new_frames >= 41 and new_frames - 41 < len(outputs[-1])  # only the last chunk is trimmed
    backend.close()


def test_the_anchor_reaches_the_model(tiny_models, project):
    from storyreel import shots

    project, script = project
    scene = script.scenes[0]
    Image.new("RGB", (script.width, script.height), (90, 140, 200)).save(project.keyframe(scene.id))
    outputs = {}
    for strength in (0.0, 0.9):
        backend = shots.REGISTRY.create("diffusion", config=config_for(tiny_models["ltx-video"].parent,
                                                                       anchor_strength=strength))
        outputs[strength] = recording(backend)
        backend.render(scene, script, project, 36, project.shot(scene.id))
        backend.close()
    first = [np.asarray(f) for f in outputs[0.0][0]], [np.asarray(f) for f in outputs[0.9][0]]
    assert all(np.array_equal(a, b) for a, b in zip(*first))  # the first chunk has no anchor
    second = [np.asarray(f) for f in outputs[0.0][1]], [np.asarray(f) for f in outputs[0.9][1]]
    assert any(not np.array_equal(a, b) for a, b in zip(*second))


@pytest.mark.parametrize("video_model", ["wan2.1-i2v-480p", "ltx-video"])
@pytest.mark.parametrize("move,axis,sign", [("pan_right", 1, -1), ("pan_left", 1, 1), ("tilt_up", 0, 1)])
def test_the_camera_warp_moves_content_in_the_planned_direction(tiny_models, project, tmp_path, video_model,
                                                                 move, axis, sign):
    from storyreel import shots

    project, script = project
    scene = script.scenes[0].model_copy(update={"camera": {"move": move, "speed": "fast"}})
    scene = scene.model_validate(scene.model_dump())
    Image.new("RGB", (script.width, script.height), (90, 140, 200)).save(project.keyframe(scene.id))
    # Larger pictures than the other tests, so the latents have room to show a shift.
    area = 512 * 288 if video_model == "ltx-video" else 256 * 144
    models = models_with(tiny_models, tmp_path, video_model, area=area, chunk_frames=33 if video_model == "ltx-video"
                         else 17)
    backend = shots.REGISTRY.create("diffusion", config=config_for(
        models, video_model=video_model, camera_start=0.0, camera_stop=1.0, camera_blend=1.0))
    backend.render(scene, script, project, 24, project.shot(scene.id))
    warp = backend.last_requests[0].camera
    assert warp.applied > 0
    clean = warp.prediction[0].float().mean(dim=0).numpy()  # [F, H, W], channels averaged
    shift = phase_shift(clean[0], clean[-1])
    assert shift[1 - axis] == 0 and np.sign(shift[axis]) == sign
    backend.close()


def test_a_static_camera_leaves_sampling_alone(tiny_models, project):
    from storyreel import shots

    project, script = project
    scene = script.scenes[0].model_validate({**script.scenes[0].model_dump(), "camera": {"move": "static"}})
    Image.new("RGB", (script.width, script.height), (90, 140, 200)).save(project.keyframe(scene.id))
    backend = shots.REGISTRY.create("diffusion", config=config_for(tiny_models["wan2.1-i2v-480p"].parent,
                                                                   video_model="wan2.1-i2v-480p"))
    backend.render(scene, script, project, 12, project.shot(scene.id))
    assert not backend.last_requests[0].camera.active and backend.last_requests[0].camera.applied == 0


def test_bridge_ends_the_shot_on_the_next_keyframe(tiny_models, project):
    from storyreel import shots
    from storyreel.errors import InputError

    project, script = project
    for i, scene in enumerate(script.scenes):
        Image.new("RGB", (script.width, script.height), (60 * i, 100, 200)).save(project.keyframe(scene.id))
    backend = shots.REGISTRY.create("diffusion", config=config_for(
        tiny_models["wan2.1-flf2v-720p"].parent, video_model="wan2.1-flf2v-720p", bridge=True))
    assert backend.uses_next_keyframe
    backend.render(script.scenes[0], script, project, 30, project.shot("s1"))
    requests = backend.last_requests
    following = np.asarray(requests[-1].last_image)
    expected = np.asarray(Image.open(project.keyframe("s2")).convert("RGB").resize(following.shape[1::-1],
                                                                                     Image.Resampling.LANCZOS))
    assert np.array_equal(following, expected)
    assert all(r.last_image is None for r in requests[:-1])
    assert frame_count(project.shot("s1")) == 30
    backend.render(script.scenes[-1], script, project, 12, project.shot("s3"))  # no scene after the last one
    assert backend.last_requests[-1].last_image is None
    backend.close()

    plain = shots.REGISTRY.create("diffusion", config=config_for(
        tiny_models["wan2.1-i2v-480p"].parent, video_model="wan2.1-i2v-480p", bridge=True))
    with pytest.raises(InputError, match="first-last-frame model"):
        plain.render(script.scenes[0], script, project, 12, project.shot("s1"))


# --- cast --------------------------------------------------------------------------------------

def test_cast_references_have_their_own_seed_and_are_cut_out(tiny_models, project):
    from storyreel.cast import REGISTRY, matting

    project, script = project
    config = config_for(tiny_models["sdxl"].parent, matting="auto")
    backend = REGISTRY.create("diffusion", cache_dir=config.cache_path(), config=config)
    looks = backend.plan(script)
    assert len({look["seed"] for look in looks.values()}) == len(script.entities)
    assert looks == backend.plan(script)
    assert "no people" in looks["hill"]["prompt"] and "plain light grey" in looks["milo"]["prompt"]
    fewer = script.model_copy(update={"entities": [e for e in script.entities if e.id != "rex"]})
    assert backend.plan(fewer)["milo"] == looks["milo"]  # removing an entity changes no other look
    backend.make(script.entity("kite"), looks["kite"], script, project, project.cast("kite"))
    made = Image.open(project.cast("kite"))
    if matting.available(config.cache_path())["isnet"]:
        assert looks["kite"]["matting"] == "isnet" and made.mode == "RGBA"
    backend.make(script.entity("home"), looks["home"], script, project, project.cast("home"))
    assert Image.open(project.cast("home")).mode == "RGB"
    assert Image.open(project.cast("home")).width > Image.open(project.cast("home")).height  # the film's aspect
    backend.close()


# --- the whole film through the CLI ------------------------------------------------------------

def two_scene_script(script_data) -> dict:
    data = dict(script_data)
    data["scenes"] = script_data["scenes"][:2]
    data["entities"] = [e for e in script_data["entities"] if e["id"] != "home"]
    return data


def cli(*args, env_extra=None):
    env = {**os.environ, "STORYREEL_BACKENDS__VOICE": "espeak", "STORYREEL_DIFFUSION__MATTING": "none",
           **(env_extra or {})}
    return subprocess.run([*CLI, *args], env=env, capture_output=True, text=True, timeout=600)


def test_a_two_scene_film_renders_with_the_diffusion_backends_through_the_cli(tiny_models, tmp_path, script_data):
    data = two_scene_script(script_data)
    root = tmp_path / "film"
    root.mkdir()
    (root / "script.json").write_text(json.dumps(data))
    models = str(tiny_models["sdxl"].parent)
    done = cli("render", str(root), "--backend", "diffusion", "--models", models, "-q")
    assert done.returncode == 0, done.stdout + done.stderr
    info = ffprobe(root / "film.mp4")
    assert sorted(s["codec_type"] for s in info["streams"]) == ["audio", "subtitle", "video"]
    artifacts = json.loads((root / "manifest.json").read_text())["artifacts"]
    for rel in ("cast/milo.png", "keyframes/s1.png", "keyframes/s2.png", "shots/s1.mp4", "shots/s2.mp4"):
        assert artifacts[rel]["backend"] == "diffusion"
    frames = sum(artifacts[f"shots/{s['id']}.mp4"]["frames"] for s in data["scenes"])
    assert abs(float(info["format"]["duration"]) - frames / data["fps"]) < 0.1

    again = cli("render", str(root), "--backend", "diffusion", "--models", models, "-q")
    assert again.returncode == 0 and json.loads((root / "manifest.json").read_text())["artifacts"] == artifacts

    # An edit to the first scene re-renders its keyframe, the next one (rolling context) and their shots.
    data["scenes"][0]["description"] = "Milo and Rex roll down the grassy hill."
    (root / "script.json").write_text(json.dumps(data))
    assert cli("render", str(root), "--backend", "diffusion", "--models", models, "-q").returncode == 0
    after = json.loads((root / "manifest.json").read_text())["artifacts"]
    changed = sorted(rel for rel in after if after[rel]["key"] != artifacts[rel]["key"])
    assert changed == ["film.mp4", "keyframes/s1.png", "keyframes/s2.png", "shots/s1.mp4", "shots/s2.mp4"]


def test_missing_models_stop_before_anything_is_drawn(tmp_path, script_data):
    root = tmp_path / "film"
    root.mkdir()
    (root / "script.json").write_text(json.dumps(two_scene_script(script_data)))
    empty = tmp_path / "no-models"
    empty.mkdir()
    done = cli("render", str(root), "--backend", "diffusion", "--models", str(empty), "-q")
    assert done.returncode == 1
    message = " ".join(done.stderr.split())
    assert "model 'sdxl'" in message and "hf download stabilityai/stable-diffusion-xl-base-1.0" in message
    assert str(empty / "sdxl") in message
    assert not list((root / "cast").glob("*.png")) and not (root / "film.mp4").exists()


def test_doctor_reports_which_backends_can_run(tiny_models, tmp_path):
    done = cli("doctor", "--json", "--models", str(tiny_models["sdxl"].parent))
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["device"]["device"] in ("cpu", "cuda", "mps") and report["memory"]["total_gb"] > 0
    assert report["extras"]["diffusion"] and report["models"]["ltx-video"].endswith("ltx-video")
    assert report["backends"]["shots: diffusion"]["ok"] and report["backends"]["keyframes: diffusion"]["ok"]
    bare = json.loads(cli("doctor", "--json", "--models", str(tmp_path)).stdout)
    assert bare["models"]["ltx-video"] == "missing"
    assert not bare["backends"]["shots: diffusion"]["ok"] and "ltx-video" in bare["backends"]["shots: diffusion"]["why"]


# --- memory options ----------------------------------------------------------------------------

def test_pipelines_load_with_the_memory_options_and_are_released(tiny_models):
    from storyreel import shots
    from storyreel.diffusion.loading import pick_dtype

    assert pick_dtype("auto", "cpu", "ltx") == torch.float32  # the CPU computes in float32
    assert pick_dtype("auto", "cuda", "sdxl") == torch.float16 and pick_dtype("auto", "cuda", "wan") == torch.bfloat16
    assert pick_dtype("bfloat16", "cpu", "sdxl") == torch.bfloat16  # an explicit choice wins

    backend = shots.REGISTRY.create("diffusion", config=config_for(tiny_models["ltx-video"].parent))
    assert not backend.slot.loaded  # nothing loads until a shot is made
    pipe = backend.slot.get()
    assert pipe.vae.use_tiling and pipe.vae.use_slicing and pipe.transformer.dtype == torch.float32
    backend.close()
    assert not backend.slot.loaded  # released at the end of the stage

    plain = shots.REGISTRY.create("diffusion", config=config_for(tiny_models["ltx-video"].parent, vae_tiling=False,
                                                                 vae_slicing=False, dtype="bfloat16"))
    pipe = plain.slot.get()
    assert not pipe.vae.use_tiling and pipe.transformer.dtype == torch.bfloat16
    plain.close()
