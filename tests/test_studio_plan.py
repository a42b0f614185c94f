"""The invalidation plan (`render --dry-run`), rendering named scenes, and the OpenTimelineIO export.

The plan is a dry run of the render's own code path: for each edit below, what the plan calls
stale must be exactly what the next real render makes (real renders, emoji animatic + espeak +
ffmpeg at 320x180). The emoji cast asks the director LLM to pick glyphs: the tests' config names
the fake director registered in test_studio_support (a real model is too slow to load here).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_studio_support import TESTS, TOML, studio_config

from conftest import manifest

from storyreel import api
from storyreel.errors import InputError
from storyreel.tools import ffprobe

CLI = [sys.executable, "-m", "storyreel"]


def made_since(before: dict, after: dict) -> set[str]:
    return {rel for rel, entry in after.items() if before.get(rel, {}).get("key") != entry["key"]}


def tree(root: Path) -> dict:
    return {p.relative_to(root).as_posix(): (p.stat().st_mtime_ns, p.stat().st_size)
            for p in root.rglob("*") if p.is_file()}


def edit(root: Path, fn) -> None:
    data = json.loads((root / "script.json").read_text())
    fn(data)
    (root / "script.json").write_text(json.dumps(data))


@pytest.fixture(scope="module")
def config():
    return studio_config()


@pytest.fixture(scope="module")
def rendered(tmp_path_factory, config):
    """A rendered copy of the 3-scene script (made once; tests copy it)."""
    from conftest import THREE_SCENES

    root = tmp_path_factory.mktemp("plan") / "kite"
    root.mkdir()
    (root / "script.json").write_text(json.dumps(THREE_SCENES))
    api.render(root, config=config)
    return root


@pytest.fixture
def project(rendered, tmp_path):
    import shutil

    root = tmp_path / "kite"
    shutil.copytree(rendered, root, symlinks=True)
    return root


LONG = "At night they ate hot soup by the fire and told stories until they fell asleep, tired and happy."


@pytest.mark.parametrize("name, change, scenes, entities", [
    ("narration longer than the scene", lambda d: d["scenes"][2].update(narration=LONG),
     {"s3": ["voice", "shots", "sound"]}, []),
    ("camera and description", lambda d: d["scenes"][1].update(description="The kite dives.",
                                                                camera={"move": "pan_left", "speed": "fast"}),
     {"s2": ["keyframes", "shots"]}, []),
    ("time and weather", lambda d: d["scenes"][0].update(time="sunset", weather="rain"),
     {"s1": ["keyframes", "shots", "sound"]}, []),
    ("an entity everyone sees", lambda d: d["entities"][3].update(description="A grassy hill under snow."),
     {"s1": ["keyframes", "shots", "sound"], "s2": ["keyframes", "shots", "sound"]}, ["hill"]),
    ("scenes reordered", lambda d: d["scenes"].reverse(), {}, []),
])
def test_the_plan_names_exactly_what_the_render_makes(project, config, name, change, scenes, entities):
    assert api.render_plan(project, config=config).stale == []  # a rendered project: nothing to do
    edit(project, change)
    before_files, before = tree(project), manifest(project)
    plan = api.render_plan(project, config=config)
    assert tree(project) == before_files  # a dry run writes nothing
    assert plan.stale_scenes() == scenes
    assert plan.stale_entities() == entities
    assert plan.film_stale
    api.render(project, config=config)
    assert {a.path for a in plan.stale} == made_since(before, manifest(project)), name
    assert api.render_plan(project, config=config).stale == []


def test_a_stale_voice_makes_its_shot_and_the_film_stale_and_says_why(project, config):
    edit(project, lambda d: d["scenes"][0].update(narration="Milo ran."))
    plan = api.render_plan(project, config=config)
    by_path = {a.path: a for a in plan.stale}
    assert sorted(by_path) == ["ambience/s1.wav", "bed.wav", "film.mp4", "music/s1.wav", "narration.wav",
                               "shots/s1.mp4", "subtitles.srt", "voice/s1.wav"]
    assert by_path["voice/s1.wav"].reason == "inputs changed"
    assert by_path["shots/s1.mp4"].because == ["voice/s1.wav"]  # its length waits for the new voice
    assert by_path["music/s1.wav"].because == ["voice/s1.wav"]  # and so does its music
    assert "shots/s1.mp4" in by_path["film.mp4"].because
    # a render may then find the shot's length unchanged: the plan is never smaller than the render
    before = manifest(project)
    api.render(project, config=config)
    assert made_since(before, manifest(project)) <= set(by_path)


def test_a_new_scene_and_an_unrendered_project(project, config, tmp_path):
    edit(project, lambda d: d["scenes"].insert(1, {**d["scenes"][0], "id": "s1b", "narration": "Then he stopped."}))
    plan = api.render_plan(project, config=config)
    new = {a.path: a.reason for a in plan.stale if a.scene == "s1b"}
    assert new == {"voice/s1b.wav": "not made yet", "keyframes/s1b.png": "not made yet", "shots/s1b.mp4": "not made yet",
                   "music/s1b.wav": "not made yet", "ambience/s1b.wav": "not made yet"}
    assert set(plan.stale_scenes()) == {"s1b"}

    fresh = tmp_path / "new"
    fresh.mkdir()
    (fresh / "script.json").write_text((project / "script.json").read_text())
    plan = api.render_plan(fresh, config=config)
    assert len(plan.stale) == len(plan.artifacts) == 5 + 4 * 5 + 4  # cast, 4 scenes x 5, edit
    assert not (fresh / "manifest.json").exists() and not (fresh / "cast").exists()


def test_rendering_named_scenes_makes_only_theirs(project, config):
    edit(project, lambda d: (d["scenes"][0].update(description="Milo waves."),
                             d["scenes"][2].update(description="Rex sleeps.")))
    before = manifest(project)
    summary = api.render(project, config=config, scenes=["s1"])
    assert made_since(before, manifest(project)) == {"keyframes/s1.png", "shots/s1.mp4"}
    assert summary.skipped == {"keyframes": 1, "shots": 1, "edit": 1}
    plan = api.render_plan(project, config=config)
    assert plan.stale_scenes() == {"s3": ["keyframes", "shots"]} and plan.film_stale
    with pytest.raises(InputError, match="no scene 'nope'"):
        api.render(project, config=config, scenes=["nope"])
    before = manifest(project)
    api.render(project, config=config, scenes=["s2"], force=True)  # again from scratch, though up to date
    assert made_since(before, manifest(project)) <= {"voice/s2.wav", "keyframes/s2.png", "shots/s2.mp4",
                                                     "cast/kite.png", "cast/milo.png", "cast/hill.png"}
    assert manifest(project)["shots/s2.mp4"]["made_at"] >= before["shots/s2.mp4"]["made_at"]


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(TESTS.parent), "OMP_NUM_THREADS": "1"}
    return subprocess.run([*CLI, *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=300)


def test_render_dry_run_on_the_command_line(project, tmp_path):
    (tmp_path / "storyreel.toml").write_text(TOML)
    done = run_cli("render", str(project), "--dry-run", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "everything is up to date" in done.stderr
    edit(project, lambda d: d["scenes"][1].update(weather="snow"))
    before = tree(project)
    done = run_cli("render", str(project), "--dry-run", "--json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    plan = json.loads(done.stdout)
    assert plan["scenes"] == {"s2": ["keyframes", "shots", "sound"]} and plan["film"] is True
    assert [a["path"] for a in plan["stale"]] == ["keyframes/s2.png", "shots/s2.mp4", "ambience/s2.wav", "bed.wav",
                                                 "film.mp4"]
    done = run_cli("render", str(project), "--dry-run", cwd=tmp_path)
    assert "keyframes/s2.png" in done.stderr and "the film is stale" in done.stderr
    assert tree(project) == before


def otio_frames(tl) -> int:
    return round(tl.tracks[0].duration().value)


def test_otio_export_matches_the_film(project, config, tmp_path):
    import opentimelineio as otio

    path = api.export_otio(project, config=config)
    assert path == project / "film.otio"
    tl = otio.adapters.read_from_file(str(path))
    video, audio = tl.tracks
    clips = list(video.find_clips())
    assert [c.name for c in clips] == ["s1", "s2", "s3"]
    fps = 12
    film_frames = round(float(ffprobe(project / "film.mp4")["format"]["duration"]) * fps)
    assert abs(otio_frames(tl) - film_frames) <= 1
    shots = manifest(project)
    assert [round(c.source_range.duration.value) for c in clips] == [shots[f"shots/s{i}.mp4"]["frames"] for i in (1, 2, 3)]
    for clip in clips:
        assert Path(clip.media_reference.target_url.removeprefix("file://")).is_file()
        assert [m.name for m in clip.markers] == [clip.name]
    assert clips[2].markers[0].comment == "At night they ate soup."
    assert [c.name for c in audio.find_clips()] == ["narration"]
    assert round(audio.duration().value) == otio_frames(tl)


def test_otio_export_with_crossfades(project, tmp_path):
    import opentimelineio as otio

    config = studio_config(edit={"transition": "crossfade", "crossfade_s": 0.5})
    api.render(project, config=config)
    tl = otio.adapters.read_from_file(str(api.export_otio(project, tmp_path / "cut.otio", config=config)))
    video = tl.tracks[0]
    transitions = [t for t in video if isinstance(t, otio.schema.Transition)]
    assert len(transitions) == 2
    assert all(round((t.in_offset + t.out_offset).value) == 6 for t in transitions)  # 0.5 s at 12 fps
    film_frames = round(float(ffprobe(project / "film.mp4")["format"]["duration"]) * 12)
    assert abs(otio_frames(tl) - film_frames) <= 1


def test_export_on_the_command_line_and_before_a_render(project, tmp_path):
    (tmp_path / "storyreel.toml").write_text(TOML)
    out = tmp_path / "edit.otio"
    done = run_cli("export", "--otio", str(project), "-o", str(out), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(out.read_text())["OTIO_SCHEMA"].startswith("Timeline")
    bare = tmp_path / "bare"
    bare.mkdir()
    (bare / "script.json").write_text((project / "script.json").read_text())
    done = run_cli("export", "--otio", str(bare), cwd=tmp_path)
    assert done.returncode == 2 and "render the film first" in done.stderr
