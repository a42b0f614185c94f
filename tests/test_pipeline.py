"""End to end: a hand-written script renders to a film with the embedded backends."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import manifest, write_project

from storyreel import api
from storyreel.config import load_config
from storyreel.script import validate_script
from storyreel.tools import ffprobe

CLI = [sys.executable, "-m", "storyreel"]


@pytest.fixture
def config():
    return load_config(overrides={"backends": {"voice": "espeak"}}, environ={})


def check_film(root: Path, data: dict) -> float:
    """ffprobe the film; return its duration after checking streams, size and fps."""
    info = ffprobe(root / "film.mp4")
    kinds = sorted(s["codec_type"] for s in info["streams"])
    assert kinds == ["audio", "subtitle", "video"]
    video = next(s for s in info["streams"] if s["codec_type"] == "video")
    assert (video["width"], video["height"]) == (data["width"], data["height"])
    assert video["codec_name"] == "h264"
    assert video["r_frame_rate"] == f"{data['fps']}/1"
    return float(info["format"]["duration"])


def test_three_scene_script_renders_to_a_checked_film(tmp_path, script_data, config):
    root = write_project(tmp_path / "kite", script_data)
    summary = api.render(root, config=config)
    duration = check_film(root, script_data)
    artifacts = manifest(root)
    scene_seconds = sum(artifacts[f"shots/{s['id']}.mp4"]["frames"] for s in script_data["scenes"]) / script_data["fps"]
    assert abs(duration - scene_seconds) <= 0.1
    assert scene_seconds >= sum(s["duration_s"] for s in script_data["scenes"])  # narration may stretch, never shrink
    assert abs(summary.film_seconds - scene_seconds) < 1e-6
    for sub in ("cast/milo.png", "keyframes/s1.png", "shots/s1.mp4", "voice/s1.wav", "subtitles.srt"):
        assert (root / sub).is_file() and sub in artifacts
    srt = (root / "subtitles.srt").read_text()
    assert "The kite flew high." in srt
    # the manifest records what each keyframe was drawn from: the planned looks, the scene's time and weather
    looks = json.loads((root / "cast" / "looks.json").read_text())["looks"]
    drawn = artifacts["keyframes/s1.png"]["drawn"]
    from storyreel.cast import people

    assert drawn["entities"]["milo"] == people.parts_drawn(looks["milo"], "stand", "neutral")  # a person from the kit
    assert drawn["entities"]["milo"]["members"][0]["body"].startswith("ShirtPants")
    hill = looks["hill"]
    assert drawn["background"] == {"location": "hill", "view": "outside", "terrain": hill["terrain"],
                                   "landmark": hill["landmark"], "landmark_name": hill["landmark_name"], "time": "day",
                                   "weather": "clear"}
    # the cast stage fills in each entity's reference
    saved = json.loads((root / "script.json").read_text())
    assert saved["entities"][0]["reference"] == "cast/milo.png"


def test_editing_one_scene_rerenders_only_that_scene(tmp_path, script_data, config):
    root = write_project(tmp_path / "kite", script_data)
    api.render(root, config=config)
    before = manifest(root)

    again = api.render(root, config=config)
    assert again.made == {}  # nothing changed, nothing made

    data = json.loads((root / "script.json").read_text())
    data["scenes"][1]["description"] = "The red kite dives toward the grass."
    data["scenes"][1]["camera"] = {"move": "pan_left", "speed": "fast"}
    (root / "script.json").write_text(json.dumps(data))
    summary = api.render(root, config=config)
    after = manifest(root)
    changed = sorted(rel for rel in after if after[rel]["key"] != before.get(rel, {}).get("key"))
    assert changed == ["film.mp4", "keyframes/s2.png", "shots/s2.mp4"]
    assert summary.made == {"keyframes": 1, "shots": 1, "edit": 1}

    # A person's pose and face are the scene's: editing them redraws that scene only, not the cast.
    data["scenes"][0]["poses"] = {"milo": "run"}
    data["scenes"][0]["expressions"] = {"milo": "happy"}
    (root / "script.json").write_text(json.dumps(data))
    api.render(root, config=config)
    posed = manifest(root)
    changed = sorted(rel for rel in posed if posed[rel]["key"] != after[rel]["key"])
    assert changed == ["film.mp4", "keyframes/s1.png", "shots/s1.mp4"]
    assert posed["keyframes/s1.png"]["drawn"]["entities"]["milo"]["members"][0]["body"].startswith("Walking")
    after = posed

    data["scenes"][2]["narration"] = "At night they ate hot soup by the fire and told stories until they fell asleep."
    (root / "script.json").write_text(json.dumps(data))
    api.render(root, config=config)
    final = manifest(root)
    changed = sorted(rel for rel in final if final[rel]["key"] != after[rel]["key"])
    # a longer narration stretches scene 3, so its shot and its sound are re-timed; the other scenes stay
    assert changed == ["ambience/s3.wav", "bed.wav", "film.mp4", "music/s3.wav", "narration.wav", "shots/s3.mp4",
                       "subtitles.srt", "voice/s3.wav"]


def test_each_scene_has_its_own_score_and_ambience_and_an_edit_remakes_only_that_scene_s(tmp_path, script_data,
                                                                                        config):
    from storyreel.evaluate.audio import level_dbfs

    root = write_project(tmp_path / "kite", script_data)
    api.render(root, config=config)
    before = manifest(root)
    for scene in script_data["scenes"]:
        assert level_dbfs(root / "music" / f"{scene['id']}.wav") > -40  # a score under every scene
        assert level_dbfs(root / "ambience" / f"{scene['id']}.wav") > -60  # and the sound of its place
    assert before["music/s1.wav"]["backend"] == "synth" and "bed.wav" in before

    data = json.loads((root / "script.json").read_text())
    data["scenes"][1]["weather"] = "storm"
    (root / "script.json").write_text(json.dumps(data))
    api.render(root, config=config)
    stormy = manifest(root)
    changed = sorted(rel for rel in stormy if stormy[rel]["key"] != before[rel]["key"])
    assert changed == ["ambience/s2.wav", "bed.wav", "film.mp4", "keyframes/s2.png", "shots/s2.mp4"]

    data["scenes"][2]["mood"] = "tense"
    (root / "script.json").write_text(json.dumps(data))
    api.render(root, config=config)
    tense = manifest(root)
    assert sorted(rel for rel in tense if tense[rel]["key"] != stormy[rel]["key"]) == ["bed.wav", "film.mp4",
                                                                                     "music/s3.wav"]

    quiet = load_config(overrides={"backends": {"voice": "espeak"}, "edit": {"score": False, "ambience": False}},
                        environ={})
    api.render(root, config=quiet)
    assert manifest(root)["film.mp4"]["key"] != tense["film.mp4"]["key"]
    check_film(root, data)
    assert manifest(root)["film.mp4"]["bed"] is None and tense["film.mp4"]["bed"] == "bed.wav"


def test_a_character_s_line_is_read_in_its_own_voice_and_an_edit_re_voices_only_that_line(tmp_path, script_data,
                                                                                         config):
    from storyreel.pipeline import voices
    from storyreel.script import validate_script

    script_data["scenes"][1]["narration"] = '"Look how high it flies!" Milo shouted.'
    script_data["scenes"][1]["speakers"] = ["milo"]
    root = write_project(tmp_path / "kite", script_data)
    api.render(root, config=config)
    pitches = voices(validate_script(script_data))
    assert pitches["milo"] > 1.0 and pitches["milo"] != pitches["rex"]  # a boy, and a dog, each their own
    lines = {p.name: p.stat().st_mtime_ns for p in (root / "voice" / "lines").iterdir()}
    assert len(lines) == 2  # Milo's line and the narrator's words after it; the other scenes are read whole
    assert "Milo: " in (root / "subtitles.srt").read_text()  # the subtitles say who speaks
    before = manifest(root)

    data = json.loads((root / "script.json").read_text())
    data["scenes"][1]["speakers"] = ["rex"]  # the line is given to Rex
    (root / "script.json").write_text(json.dumps(data))
    api.render(root, config=config)
    after = manifest(root)
    assert after["voice/s2.wav"]["key"] != before["voice/s2.wav"]["key"]
    assert after["voice/s1.wav"]["key"] == before["voice/s1.wav"]["key"]
    assert after["keyframes/s2.png"]["key"] == before["keyframes/s2.png"]["key"]  # who speaks is heard, not seen
    again = {p.name: p.stat().st_mtime_ns for p in (root / "voice" / "lines").iterdir()}
    # only the line in its new voice is made; the narrator's words are not spoken again
    assert len(again) == 3 and all(again[name] == stamp for name, stamp in lines.items())


def test_hostile_text_is_carried_safely(tmp_path, script_data, config):
    canary = tmp_path / "pwned"
    script_data["title"] = "Quotes \"and\" 'apostrophes'"
    script_data["scenes"][0]["narration"] = f"He said \"$(touch {canary})\"; `touch {canary}` -- and left 🎈\nThen: rest."
    script_data["scenes"][1]["description"] = f"A kite; $(touch {canary}) `id` 'quoted' \"double\""
    root = write_project(tmp_path / "weird name $(x) 'q'", script_data)
    api.render(root, config=config)
    check_film(root, script_data)
    assert not canary.exists()
    assert "$(touch" in (root / "subtitles.srt").read_text()


def test_a_second_render_of_a_project_is_refused_while_one_runs(tmp_path, script_data, config):
    from storyreel.errors import Busy

    root = write_project(tmp_path / "twice", script_data)
    env = {**os.environ, "STORYREEL_BACKENDS__VOICE": "espeak"}
    first = subprocess.Popen([*CLI, "render", str(root), "-q"], env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
    lock = root / ".render.lock"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (lock.is_file() and lock.read_text().startswith("process")):
        time.sleep(0.05)
    with pytest.raises(Busy, match=rf"being rendered by process {first.pid} since"):
        api.render(root, config=config)
    second = run_cli("render", str(root), "-q", env=env)  # a second terminal
    assert second.returncode == 3 and "wait for that render to end" in second.stderr
    assert first.wait(timeout=300) == 0, first.stderr.read()
    assert lock.read_text() == ""  # released
    assert api.render(root, config=config).made == {}  # the first one made everything, once
    check_film(root, script_data)


def test_kill_midway_then_rerun_ends_with_a_valid_film(tmp_path, script_data):
    for scene in script_data["scenes"]:
        scene["duration_s"] = 6.0
    script_data.update(width=640, height=360, fps=24)
    root = write_project(tmp_path / "killed", script_data)
    env = {**os.environ, "STORYREEL_BACKENDS__VOICE": "espeak"}
    proc = subprocess.Popen([*CLI, "render", str(root), "-q"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    # kill while the first shot is being encoded
    while time.monotonic() < deadline and not any((root / "shots").glob(".*.part*")):
        time.sleep(0.05)
    pool = children(proc.pid)  # the local executor's worker processes (one per core)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert not (root / "film.mp4").exists()
    deadline = time.monotonic() + 20
    while pool and time.monotonic() < deadline:  # they end with the render they worked for
        pool = [pid for pid in pool if Path(f"/proc/{pid}").exists() and "Z" not in state(pid)]
        time.sleep(0.1)
    assert not pool, "pool processes outlived the killed render"
    for rel in manifest(root) if (root / "manifest.json").exists() else {}:
        assert (root / rel).is_file()  # whatever the manifest names exists in full
    done = subprocess.run([*CLI, "render", str(root), "-q"], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert not list(root.rglob(".*.part*"))  # leftovers of the killed run are cleaned
    duration = check_film(root, script_data)
    assert duration >= 18.0 - 0.1


def state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "gone"


def children(parent: int) -> list[int]:
    """Pids of the processes `parent` started (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == parent:
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def run_cli(*args, stdin: str | None = None, env: dict | None = None):
    return subprocess.run([*CLI, *args], input=stdin, capture_output=True, text=True,
                          env={**os.environ, **(env or {})})


@pytest.mark.parametrize("story", ["", "   \n\t  \n"])
def test_empty_story_exits_2_and_writes_nothing(tmp_path, story):
    path = tmp_path / "story.txt"
    path.write_text(story)
    out = tmp_path / "out"
    for args in (["plan", str(path), "-o", str(out)], ["make", "-", "-o", str(out)]):
        result = run_cli(*args, stdin=story)
        assert result.returncode == 2
        assert "is empty: write a few sentences" in result.stderr  # which story, and what to do
        assert not out.exists()


def test_missing_story_file_and_missing_script(tmp_path):
    result = run_cli("plan", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "o"))
    assert result.returncode == 2 and "does not exist" in result.stderr
    result = run_cli("render", str(tmp_path))
    assert result.returncode == 2 and "script.json does not exist" in result.stderr


def test_malformed_script_is_named(tmp_path, script_data):
    root = tmp_path / "bad"
    root.mkdir()
    script_data["scenes"][2]["background"] = "ghost"
    (root / "script.json").write_text(json.dumps(script_data))
    result = run_cli("render", str(root), "-q")
    assert result.returncode == 2
    assert "scene s3: background 'ghost' is not in the entity registry" in result.stderr
    (root / "script.json").write_text(json.dumps(script_data)[:200])
    result = run_cli("render", str(root), "-q")
    assert result.returncode == 2 and "truncated" in result.stderr


def test_missing_ffmpeg_says_how_to_install(tmp_path, script_data):
    root = write_project(tmp_path / "p", script_data)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "espeak-ng").symlink_to("/usr/bin/espeak-ng")
    result = run_cli("render", str(root), "-q", env={"PATH": str(bin_dir), "STORYREEL_BACKENDS__VOICE": "espeak"})
    assert result.returncode == 1
    assert "ffmpeg is not installed" in result.stderr and "apt-get install ffmpeg" in result.stderr


def test_help_shows_examples():
    result = run_cli("make", "--help")
    assert result.returncode == 0 and "examples:" in result.stdout and "--idea" in result.stdout


def test_validated_script_fixture_is_valid(script_data):
    validate_script(script_data)


def test_user_reference_image_is_used_and_tracked(tmp_path, script_data, config):
    from PIL import Image

    root = tmp_path / "ref"
    root.mkdir()
    Image.new("RGBA", (60, 90), (10, 200, 30, 255)).save(root / "my_milo.png")
    script_data["entities"][0]["reference"] = "my_milo.png"
    write_project(root, script_data)
    api.render(root, config=config)
    sprite = Image.open(root / "cast" / "milo.png").convert("RGBA")
    assert sprite.getpixel((sprite.width // 2, sprite.height // 2)) == (10, 200, 30, 255)
    assert json.loads((root / "script.json").read_text())["entities"][0]["reference"] == "my_milo.png"
    before = manifest(root)

    Image.new("RGBA", (60, 90), (200, 10, 30, 255)).save(root / "my_milo.png")  # the user redraws Milo
    api.render(root, config=config)
    after = manifest(root)
    changed = sorted(rel for rel in after if after[rel]["key"] != before[rel]["key"])
    # milo appears in every scene, so every keyframe and shot follows; voices do not
    assert changed == ["cast/milo.png", "film.mp4", "keyframes/s1.png", "keyframes/s2.png", "keyframes/s3.png",
                       "shots/s1.mp4", "shots/s2.mp4", "shots/s3.mp4"]


def test_missing_user_reference_names_entity(tmp_path, script_data, config):
    from storyreel.errors import InputError

    script_data["entities"][1]["reference"] = "nowhere/rex.png"
    root = write_project(tmp_path / "p", script_data)
    with pytest.raises(InputError, match="entity 'rex'"):
        api.render(root, config=config)


def test_replanning_keeps_a_hand_edited_script(tmp_path, script_data):
    from storyreel.api import _keep_hand_edits, _plan_digest
    from storyreel.project import Project

    project = Project(write_project(tmp_path / "p", script_data))
    project.manifest.record("script.json", "k", "director:llm", "0", 1.0, digest=_plan_digest(project.script))
    filled = json.loads(project.script.read_text())
    filled["entities"][0]["reference"] = "cast/milo.png"  # what the cast stage writes back is no edit
    project.script.write_text(json.dumps(filled))
    _keep_hand_edits(project)  # untouched since planning: nothing to keep
    assert project.script.is_file() and not list(project.root.glob("script.edited-*.json"))
    project.script.write_text(project.script.read_text().replace("Milo ran up the hill.", "Milo ran fast."))
    _keep_hand_edits(project)
    kept = list(project.root.glob("script.edited-*.json"))
    assert len(kept) == 1 and "Milo ran fast." in kept[0].read_text()


def test_rerender_reuses_the_planned_looks(tmp_path, script_data, config):
    root = write_project(tmp_path / "looks", script_data)
    api.render(root, config=config)
    looks = json.loads((root / "cast" / "looks.json").read_text())
    looks["looks"]["milo"]["marker"] = "kept"  # proves the saved looks are read back, not re-planned
    (root / "cast" / "looks.json").write_text(json.dumps(looks))
    api.render(root, config=config)
    assert json.loads((root / "cast" / "looks.json").read_text())["looks"]["milo"]["marker"] == "kept"
    data = json.loads((root / "script.json").read_text())
    data["entities"][0]["description"] = "A tall boy in a red coat."
    (root / "script.json").write_text(json.dumps(data))
    api.render(root, config=config)
    assert "marker" not in json.loads((root / "cast" / "looks.json").read_text())["looks"]["milo"]


def test_a_damaged_artifact_is_stale_with_the_reason_and_made_again(tmp_path, script_data, config):
    root = write_project(tmp_path / "kite", script_data)
    api.render(root, config=config)
    recorded = manifest(root)
    assert all({"size", "sha256"} <= set(entry) for rel, entry in recorded.items() if (root / rel).is_file())
    shot = root / "shots" / "s2.mp4"
    shot.write_bytes(shot.read_bytes()[:1000])  # half copied
    voice = root / "voice" / "s1.wav"
    data = bytearray(voice.read_bytes())
    data[-10] ^= 0xFF  # one byte flipped, same size
    voice.write_bytes(bytes(data))
    plan = api.render_plan(root, config=config)
    reasons = {a.path: a.reason for a in plan.stale}
    written = recorded["shots/s2.mp4"]["size"]
    assert reasons["shots/s2.mp4"] == f"file changed on disk: it has 1000 bytes, {written} were written"
    assert reasons["voice/s1.wav"] == "file changed on disk: its content is not what was written (sha256 differs)"
    summary = api.render(root, config=config)
    assert summary.made["shots"] == 1 and summary.made["voice"] == 1
    assert manifest(root)["shots/s2.mp4"]["sha256"] == recorded["shots/s2.mp4"]["sha256"]  # made again, the same
    assert api.render_plan(root, config=config).stale == []


@pytest.fixture
def small_disk(tmp_path):
    """A 16 MB tmpfs, where the machine allows mounting one (as root in a container that permits it)."""
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=True)


def test_a_full_disk_is_a_clear_error_and_the_previous_film_is_intact(tmp_path, script_data, config, small_disk):
    import shutil

    made = write_project(tmp_path / "kite", script_data)
    api.render(made, config=config)
    root = small_disk / "kite"
    shutil.copytree(made, root)
    film = (root / "film.mp4").read_bytes()
    filler = small_disk / "filler"  # leave about 100 kB free: not enough for a new voice and shot
    free = shutil.disk_usage(small_disk).free
    filler.write_bytes(b"\0" * max(0, free - 100_000))
    data = json.loads((root / "script.json").read_text())
    data["scenes"][2]["narration"] = ("At night they ate hot soup by the fire and told long stories until they all "
                                      "fell asleep in the warm kitchen, and the kite slept by the door.")
    (root / "script.json").write_text(json.dumps(data))
    done = run_cli("render", str(root), "-q", env={"STORYREEL_BACKENDS__VOICE": "espeak"})
    assert done.returncode == 1
    assert "the disk is full" in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert (root / "film.mp4").read_bytes() == film  # the previous film, untouched
    filler.unlink()  # space again: the same command finishes the film
    assert run_cli("render", str(root), "-q", env={"STORYREEL_BACKENDS__VOICE": "espeak"}).returncode == 0
    assert (root / "film.mp4").read_bytes() != film
    check_film(root, data)
