"""`storyreel eval` on real rendered films: the metrics move the way they should when the film changes."""

import json
import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from storyreel import api
from storyreel.config import load_config
from storyreel.evaluate import evaluate
from storyreel.keyframes import AnimaticKeyframes
from storyreel.project import Project
from storyreel.script import load_script

skimage_data = pytest.importorskip("skimage.data")
CLI = [sys.executable, "-m", "storyreel"]
STORY = ("Milo and Rex run up the grassy hill. The red kite rises into the sky. "
         "At night they ate hot soup in the cosy kitchen. Milo waves goodbye to the kite.")


@pytest.fixture(scope="module")
def config():
    return load_config(overrides={"backends": {"voice": "espeak"}, "eval": {"samples": 6}}, environ={})


@pytest.fixture(scope="module")
def film(tmp_path_factory, config):
    """The 3-scene script plus a fourth scene with Milo, rendered with the embedded backends."""
    from conftest import THREE_SCENES

    data = json.loads(json.dumps(THREE_SCENES))
    data["scenes"][1]["entities"] = ["kite", "milo"]
    data["scenes"][0]["poses"] = {"milo": "run"}  # "Milo ran up the hill."
    data["scenes"].append({"id": "s4", "description": "Milo waves goodbye to the kite.",
                           "narration": "Milo waved goodbye.", "duration_s": 2.0, "entities": ["milo", "kite"],
                           "background": "hill", "camera": {"move": "static", "speed": "slow"},
                           "protagonist": "milo", "actions": {}, "poses": {"milo": "wave"}})
    root = tmp_path_factory.mktemp("eval") / "film"
    root.mkdir()
    (root / "script.json").write_text(json.dumps(data))
    (root / "story.txt").write_text(STORY)
    api.render(root, config=config)
    return root


def report_script(root: Path) -> list[dict]:
    return json.loads((root / "script.json").read_text())["scenes"]


def copy_film(film: Path, to: Path) -> Path:
    shutil.copytree(film, to)
    return to


def video_of(pictures: list[np.ndarray], out: Path, fps: int = 12) -> None:
    """An H.264 file showing each picture for one second."""
    folder = out.parent / f"{out.stem}-frames"
    folder.mkdir()
    for i, picture in enumerate(pictures):
        Image.fromarray(picture).resize((320, 180)).save(folder / f"{i:03d}.png")
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-framerate", "1", "-i", str(folder / "%03d.png"),
                    "-r", str(fps), "-pix_fmt", "yuv420p", "-c:v", "libx264", str(out)], check=True)


def test_eval_writes_json_and_a_self_contained_page(film, tmp_path):
    root = copy_film(film, tmp_path / "film")
    env = {**os.environ, "STORYREEL_EVAL__SAMPLES": "6"}
    done = subprocess.run([*CLI, "eval", str(root), "-q"], capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr
    report = json.loads((root / "eval.json").read_text())
    summary = report["summary"]
    assert summary["strict_coverage"] == 1.0  # every story sentence is told by its scene
    assert (summary["order_tau"], summary["repeated_scenes"], summary["language_match"]) == (1.0, 0, 1.0)
    assert 0.5 < summary["frame_consistency"] <= 1.0 and 0.5 < summary["subject_consistency"] <= 1.0
    assert summary["narration_fits"] == 1.0 and summary["subtitle_words"] == 1.0
    assert summary["scene_error_mean_s"] >= 0 and summary["film_error_rel"] < 0.5
    assert abs(summary["loudness_lufs"] + 16) <= 1.0 and summary["true_peak_dbtp"] <= -1.0  # as assembled
    audio = report["audio"]
    assert summary["speech_margin_db"] == audio["speech_margin"]["median_db"] >= audio["speech_margin"]["target_db"]
    assert all(scene["music"] and scene["ambience"] for scene in audio["scenes"].values())  # under every scene
    assert [scene["mood"] for scene in audio["scenes"].values()] == [s["mood"] for s in report_script(root)]
    assert set(report["entities"]) >= {"milo", "kite", "hill"}  # each appears in two or more scenes
    # The animatic records where it drew Milo; in s1 he enters from the left, so frame 0 does not show him.
    assert report["entities"]["milo"]["located"] == "3/3 crops, 1 scene(s) off-screen"
    assert "note" in report["identity"] and "note" in report["text_alignment"]  # emoji: no faces; no CLIP

    class Links(HTMLParser):
        def __init__(self):
            super().__init__()
            self.external, self.images, self.svgs = [], 0, 0

        def handle_starttag(self, tag, attrs):
            for name, value in attrs:
                if name in ("src", "href") and value and not value.startswith(("data:", "#")):
                    self.external.append(value)
            self.images += tag == "img"
            self.svgs += tag == "svg"

    page = Links()
    page.feed((root / "eval.html").read_text())
    assert page.external == [] and page.images == 4 and page.svgs >= 5  # opens from disk, alone

    as_json = subprocess.run([*CLI, "eval", str(root), "--json"], capture_output=True, text=True, env=env, timeout=600)
    assert json.loads(as_json.stdout)["summary"] == summary


def test_story_fidelity_drops_when_a_scene_is_deleted_repeated_or_moved(film, tmp_path, config):
    root = copy_film(film, tmp_path / "film")
    data = json.loads((root / "script.json").read_text())
    scenes = {s["id"]: s for s in data["scenes"]}
    # s3 deleted; s4 shown before s2 and s1 shown twice
    data["scenes"] = [scenes["s1"], scenes["s4"], scenes["s2"], {**scenes["s1"], "id": "s1b"}]
    (root / "script.json").write_text(json.dumps(data))
    found = evaluate(root, config)["fidelity"]
    assert found["missing_sentences"] == ["At night they ate hot soup in the cosy kitchen."]
    assert found["strict_coverage"] == 0.75 and found["order_tau"] < 0.5
    assert found["repeated_pairs"] == [["s1", "s1b"]]


def test_depiction_drops_when_a_scene_s_time_is_changed_without_rendering_again(film, tmp_path, config):
    root = copy_film(film, tmp_path / "film")
    before = evaluate(root, config)
    assert before["summary"]["depiction"] == 1.0 and before["summary"]["cast_contradictions"] == 0
    data = json.loads((root / "script.json").read_text())
    data["scenes"][0]["time"] = "night"  # edited by hand; the keyframe still shows day
    (root / "script.json").write_text(json.dumps(data))
    after = evaluate(root, config)["depiction"]
    assert after["scenes"]["s1"]["checks"]["time"] == 0.0 and after["depiction"] < 1.0
    assert before["depiction"]["scenes"]["s4"]["checks"]["pose said"] == 1.0  # Milo is drawn waving


def test_a_cast_swap_halfway_lowers_cross_scene_consistency(film, tmp_path, config):
    swapped = copy_film(film, tmp_path / "swapped")
    project = Project(swapped)
    script = load_script(project.script)
    original = project.cast("milo").read_bytes()
    cat = Image.fromarray(skimage_data.chelsea()).convert("RGBA").resize((120, 90))
    cat.save(project.cast("milo"))  # Milo looks like a cat from the third scene on
    # Drawn from the cat picture, as if the user had given it (a person is otherwise drawn from the look).
    as_given = script.model_copy(update={"entities": [e.model_copy(update={"reference": "cat.png"}) if e.id == "milo"
                                                      else e for e in script.entities]})
    manifest = json.loads((swapped / "manifest.json").read_text())
    for scene in script.scenes[2:]:
        boxes = AnimaticKeyframes().render(scene, as_given, project, project.keyframe(scene.id))
        manifest["artifacts"][f"keyframes/{scene.id}.png"].update(boxes)
    (swapped / "manifest.json").write_text(json.dumps(manifest))
    project.cast("milo").write_bytes(original)  # the reference stays the one Milo was cast with

    before = evaluate(film, config)["entities"]["milo"]
    after = evaluate(swapped, config)["entities"]["milo"]
    assert after["cross_scene"] < before["cross_scene"] - 0.05
    assert after["to_reference"] < before["to_reference"]
    assert after["scenes"] == before["scenes"] == ["s2", "s3", "s4"]  # s1: Milo is still off-screen
    assert after["matrix"][0][1] < before["matrix"][0][1] - 0.3  # s2 (Milo) against s3 (the cat)
    assert after["per_scene_to_reference"]["s2"] == before["per_scene_to_reference"]["s2"]  # untouched


def test_identical_frames_score_one_and_a_cut_scores_low(film, tmp_path, config):
    root = copy_film(film, tmp_path / "cuts")
    astronaut, coffee = skimage_data.astronaut(), skimage_data.coffee()
    Project(root).shot("s1").unlink()
    video_of([astronaut] * 4, Project(root).shot("s1"))
    Project(root).shot("s2").unlink()
    video_of([astronaut, astronaut, coffee, coffee], Project(root).shot("s2"))
    frames = evaluate(root, config)["frames"]
    assert frames["s1"]["consecutive"] == pytest.approx(1.0, abs=1e-5)
    assert frames["s1"]["subject"] == pytest.approx(1.0, abs=1e-5)
    assert frames["s2"]["consecutive"] < 0.95 and frames["s2"]["subject"] < frames["s1"]["subject"] - 0.05


def test_a_protagonist_keeps_or_loses_their_face(film, tmp_path, config):
    face = skimage_data.astronaut()[:260, 90:360]
    stranger = np.asarray(Image.fromarray((skimage_data.lfw_subset()[3] * 255).astype(np.uint8))
                          .resize((200, 200)).convert("RGB"))
    results = {}
    for name, shown in (("same", face), ("other", stranger)):
        root = copy_film(film, tmp_path / name)
        project = Project(root)
        Image.fromarray(face).save(project.cast("milo"))
        for scene_id in ("s1", "s2"):
            canvas = Image.new("RGB", (640, 360), (200, 200, 200))
            canvas.paste(Image.fromarray(shown).resize((200, 200)), (220 + 20 * int(scene_id[1]), 80))
            canvas.save(project.keyframe(scene_id))
        results[name] = evaluate(root, config)["identity"]["milo"]
    assert results["same"]["long_term"] == 1.0 and results["other"]["long_term"] == 0.0
    # short-term compares adjacent scenes' faces with each other: one stranger throughout is consistent too
    assert results["same"]["short_term"] > 0.4 and results["other"]["short_term"] > 0.4


def test_text_alignment_is_measured_with_a_configured_clip(film, tmp_path, tiny_clip):
    root = copy_film(film, tmp_path / "film")
    env = {**os.environ, "STORYREEL_EVAL__SAMPLES": "3"}
    done = subprocess.run([*CLI, "eval", str(root), "--json", "--clip", str(tiny_clip)], capture_output=True,
                          text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert all(-1.0 <= f["clip_t"] <= 1.0 for f in report["frames"].values())  # random weights: only the range
    assert report["summary"]["clip_t"] is not None and "text_alignment" not in report


def test_two_films_of_one_script_compare_side_by_side(film, tmp_path):
    a = copy_film(film, tmp_path / "a")
    b = copy_film(film, tmp_path / "b")
    Project(b).shot("s1").unlink()
    video_of([skimage_data.astronaut(), skimage_data.coffee()], Project(b).shot("s1"))
    env = {**os.environ, "STORYREEL_EVAL__SAMPLES": "4"}
    done = subprocess.run([*CLI, "eval", str(a), str(b), "-q"], capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr
    page = (a / "eval-vs-b.html").read_text()
    assert "B - A" in page and page.count('class="sheet"') == 2
    assert (a / "eval.json").is_file() and (b / "eval.json").is_file()

    data = json.loads((b / "script.json").read_text())
    data["scenes"] = data["scenes"][:2]
    (b / "script.json").write_text(json.dumps(data))
    other = subprocess.run([*CLI, "eval", str(a), str(b), "-q"], capture_output=True, text=True, env=env, timeout=600)
    assert other.returncode == 2 and "not films of the same script" in " ".join(other.stderr.split())


def test_the_page_renders_in_chromium(film, tmp_path, config):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("Chromium is not installed (make test installs it)")
    from storyreel.evaluate import evaluate_films

    root = copy_film(film, tmp_path / "film")
    evaluate_films([root], config)
    shot = tmp_path / "page.png"
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}", "--window-size=1200,1600",
                    (root / "eval.html").as_uri()], check=True, capture_output=True, timeout=120)
    pixels = np.asarray(Image.open(shot).convert("L"), dtype=np.float32)
    assert pixels.std() > 10  # text, keyframes and charts drew something
