"""A speaking character's mouth moves while its line plays: where each line lies in a scene's voice
and when its mouth is open (voice/mouths.py), the kit's faces with their mouths open and shut
(cast/people/kit.py), and real renders with the espeak voice (the shot's frames against the same
shot drawn with no one speaking)."""

from __future__ import annotations

import json
import wave

import numpy as np
import pytest
from PIL import Image

from conftest import manifest, write_project

from storyreel import api
from storyreel.cast import people
from storyreel.cast.people import kit
from storyreel.cast.people import look as looks
from storyreel.config import load_config
from storyreel.voice import mouths

RATE = 48_000
CACHE = load_config(environ={}).cache_path()
needs_kit = pytest.mark.skipif(not kit.available(CACHE), reason="the people kit is set up by scripts/setup.sh")


def tone(seconds: float, level: float = 0.3) -> np.ndarray:
    t = np.arange(round(seconds * RATE)) / RATE
    return (np.sin(2 * np.pi * 180 * t) * level * 32767).astype(np.int16)


def silence(seconds: float) -> np.ndarray:
    return np.zeros(round(seconds * RATE), dtype=np.int16)


# -- the times a mouth is open -------------------------------------------------------------------

def test_a_mouth_is_open_on_each_syllable_and_shut_between_them():
    # three "syllables" (the last one quieter, as a word at the end of a line) with stops between
    line = np.concatenate([tone(0.2), silence(0.12), tone(0.28), silence(0.12), tone(0.2, 0.05)])
    found = mouths.openings(line, RATE)
    assert len(found) == 3
    for (start, end), (a, b) in zip(found, [(0.0, 0.2), (0.32, 0.6), (0.72, 0.92)]):
        assert abs(start - a) <= mouths.BLOCK_S + 1e-6 and abs(end - b) <= mouths.BLOCK_S + 1e-6
    assert mouths.openings(silence(1.0), RATE) == [] and mouths.openings(silence(0.01), RATE) == []


def test_the_lines_characters_say_are_placed_in_the_voice_the_narrator_s_left_out():
    voice = np.concatenate([tone(0.4), silence(0.25), tone(0.6), silence(0.25), tone(0.3)])
    laid = [(None, 0, 19200), ("mia", 31200, 60000), ("tom", 72000, 86400)]
    spoken = mouths.spoken(voice, RATE, laid)
    assert [(s["speaker"], s["start_s"], s["end_s"]) for s in spoken] == [("mia", 0.65, 1.25), ("tom", 1.5, 1.8)]
    assert all(line["start_s"] <= a < b <= line["end_s"] for line in spoken for a, b in line["open"])
    shown = mouths.shifted(spoken, 0.15, {"mia"})
    assert [(s["speaker"], s["start_s"], s["end_s"]) for s in shown] == [("mia", 0.8, 1.4)]
    assert shown[0]["open"][0][0] == round(spoken[0]["open"][0][0] + 0.15, 3)
    assert mouths.is_open(shown, "mia", 0.79) is None and mouths.is_open(shown, "mia", 1.4) is None
    assert mouths.is_open(shown, "mia", shown[0]["open"][0][0] + 0.01) is True
    assert mouths.is_open(shown, "tom", 1.6) is None  # not on screen: not shown


# -- the kit's faces, speaking -------------------------------------------------------------------

USED_FACES = sorted({*looks.FACES.values(), *looks.OLD_FACES.values(), looks.SLEEP_FACE})
FIGURE = dict(body="ShirtPantsBW", hair="Short", skin="#e8b99a", hair_colour="#5a3825", top="#3a78c2",
              bottom="#34405a")


@needs_kit
@pytest.mark.parametrize("face", USED_FACES)
def test_a_speaking_face_opens_and_shuts_its_mouth_and_nothing_else(face):
    height = 720
    figures = {mouth: kit.Figure(face=face, mouth=mouth, **FIGURE) for mouth in (None, "open", "shut")}
    drawn = {mouth: np.asarray(kit.draw(CACHE, figure, height)) for mouth, figure in figures.items()}
    assert len({a.shape for a in drawn.values()}) == 1  # the same figure, trimmed alike
    if not kit.mouth_open(face):  # a shut mouth is the face as drawn (a grin speaks with a laugh and a smile)
        assert np.array_equal(drawn["shut"], drawn[None])
    # the face's own layer, in the kit's view (not trimmed): what differs between open and shut
    faces = {mouth: kit._layers(kit.parts(CACHE), figure, height)["face"][..., 3] for mouth, figure in figures.items()}
    changed = np.abs(faces["open"] - faces["shut"]) > 0.3
    assert changed.sum() > 40, "the mouth must open visibly"
    rows = np.flatnonzero(changed.any(axis=1))
    view_h = kit.VIEW[3] - kit.VIEW[1]
    mouth_top = (kit.HEAD_AT[1] + kit.FACE_AT[1] + kit.MOUTH_TOP) * height / view_h
    chin = (kit.HEAD_AT[1] + kit.FACE_AT[1] + 330) * height / view_h
    # only the mouth changes: nothing from the nose up (eyes, brows) nor below the chin
    assert mouth_top - 2 <= rows[0] and rows[-1] <= chin, (rows[0], rows[-1], mouth_top, chin)


@needs_kit
def test_a_group_and_every_pose_speak_with_one_figure_size():
    group = looks.person("x", "Two fishermen.", {"group": True, "sex": "male"})
    for look, pose in [(group, "stand"), (looks.person("y", "A woman.", {"sex": "female"}), "walk"),
                       (looks.person("z", "An old man.", {"sex": "male", "age": "old"}), "sit")]:
        sizes = {people.sprite(CACHE, look, pose, "happy", 240, mouth=m).size for m in (None, "open", "shut")}
        assert len(sizes) == 1, (pose, sizes)


# -- real renders ---------------------------------------------------------------------------------

@pytest.fixture
def config():
    return load_config(overrides={"backends": {"voice": "espeak"}}, environ={})


def wav_samples(path) -> int:
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes()


def silent_and_spoken(root, scene_id: str, config):
    """The shot's frames as the render drew them (its lines from the voice's record) and as the same
    renderer draws them with no one speaking: ([frames], [frames], renderer)."""
    from storyreel.animatic.renderer import SceneRenderer
    from storyreel.pipeline import NARRATION_LEAD_S
    from storyreel.project import Project
    from storyreel.script import load_script

    project = Project(root)
    script = load_script(project.script)
    scene = script.scene(scene_id)
    artifacts = manifest(root)
    frames = artifacts[f"shots/{scene_id}.mp4"]["frames"]
    spoken = mouths.shifted(artifacts[f"voice/{scene_id}.wav"].get("spoken") or [], NARRATION_LEAD_S,
                            set(scene.entities))
    talking = SceneRenderer(script, project, scene, frames, config.cache_path(), spoken)
    still = SceneRenderer(script, project, scene, frames, config.cache_path())
    as_array = lambda r: [np.asarray(r.frame(i), dtype=np.int16) for i in range(frames)]  # noqa: E731
    return as_array(talking), as_array(still), talking


def test_a_speaker_s_mouth_moves_while_its_line_plays_and_only_then(tmp_path, script_data, config):
    from storyreel.pipeline import NARRATION_LEAD_S

    script_data["scenes"][1].update(  # Milo (a person of the kit) says a line; the narrator goes on
        narration='"Look how high it flies, come on!" Milo shouted. The kite rose over the hill.',
        speakers=["milo"], shot="close", protagonist="milo", camera={"move": "static", "speed": "slow"})
    script_data["scenes"][2].update(  # Rex (a dog: an emoji, no mouth to move) says one
        narration='"Woof, more soup please!" barked Rex.', speakers=["rex"])
    root = write_project(tmp_path / "kite", script_data)
    api.render(root, config=config)
    artifacts = manifest(root)
    fps = script_data["fps"]

    # the record of s2's voice: Milo's line where speak_lines laid it, as long as its WAV
    spoken = artifacts["voice/s2.wav"]["spoken"]
    assert [line["speaker"] for line in spoken] == ["milo"] and spoken[0]["start_s"] == 0.0
    lengths = sorted(wav_samples(p) / RATE for p in (root / "voice" / "lines").iterdir())
    milo_s = spoken[0]["end_s"] - spoken[0]["start_s"]
    assert min(abs(milo_s - s) for s in lengths) < 0.001
    narrator_s = wav_samples(root / "voice" / "s2.wav") / RATE - milo_s - 0.25  # after the gap
    assert min(abs(narrator_s - s) for s in lengths) < 0.001
    assert "spoken" not in artifacts["voice/s1.wav"]  # read by the narrator alone

    # s2's shot: Milo's mouth moves on his line's frames only, on the syllables, in his face
    talking, still, renderer = silent_and_spoken(root, "s2", config)
    begin, end = spoken[0]["start_s"] + NARRATION_LEAD_S, spoken[0]["end_s"] + NARRATION_LEAD_S
    differs = [bool(np.abs(a - b).max() > 30) for a, b in zip(talking, still)]
    during = [i for i in range(len(talking)) if begin <= i / fps < end]
    assert not any(d for i, d in enumerate(differs) if i not in during)  # nothing before or after, nor the narrator's
    opened = [i for i in during if differs[i]]
    assert 0.2 * len(during) <= len(opened) <= 0.8 * len(during)  # open on syllables, shut between them
    runs = sum(1 for i in opened if i - 1 not in opened)
    assert runs >= 3, "the mouth opens and shuts several times, not once"
    assert [renderer.mouths(i).get("milo") == "open" for i in during] == [differs[i] for i in during]
    x0, y0, x1, y1 = renderer.boxes(opened[0])["milo"]
    ys, xs = np.nonzero(np.abs(talking[opened[0]] - still[opened[0]]).max(axis=2) > 30)
    assert x0 <= xs.min() and xs.max() <= x1 and y0 <= ys.min() and ys.max() <= y0 + 0.25 * (y1 - y0)  # the face
    record = artifacts["shots/s2.mp4"]["speaking"]
    assert record == {"milo": {"mouth": True, "frames": len(during), "open": len(opened)}}

    # s3: Rex speaks but is drawn as before; s1 has nobody speaking
    talking, still, _ = silent_and_spoken(root, "s3", config)
    assert all(np.array_equal(a, b) for a, b in zip(talking, still))
    assert artifacts["shots/s3.mp4"]["speaking"]["rex"]["mouth"] is False
    assert "speaking" not in artifacts["shots/s1.mp4"]

    # the line given to Rex (not on screen in s2): s2's voice and shot are made again, nothing else drawn
    data = json.loads((root / "script.json").read_text())
    data["scenes"][1]["speakers"] = ["rex"]
    (root / "script.json").write_text(json.dumps(data))
    plan = api.render_plan(root, config=config)
    assert {a.path for a in plan.stale} >= {"voice/s2.wav", "shots/s2.mp4"}
    assert not {a.path for a in plan.stale} & {"shots/s1.mp4", "shots/s3.mp4", "keyframes/s2.png"}
    assert "voice/s2.wav" in next(a for a in plan.stale if a.path == "shots/s2.mp4").because  # pending on it
    api.render(root, config=config)
    after = manifest(root)
    for rel in ("shots/s1.mp4", "shots/s3.mp4", "keyframes/s1.png", "keyframes/s2.png", "keyframes/s3.png"):
        assert after[rel]["key"] == artifacts[rel]["key"], rel
    assert after["shots/s2.mp4"]["key"] != artifacts["shots/s2.mp4"]["key"]
    assert "speaking" not in after["shots/s2.mp4"]  # nobody on screen speaks now
    talking, still, _ = silent_and_spoken(root, "s2", config)
    assert all(np.array_equal(a, b) for a, b in zip(talking, still))


def test_a_look_at_the_frames(tmp_path, script_data, config):
    """Keeps two frames of a speaking close shot (mouth open, mouth shut) for a person to look at:
    STORYREEL_KEEP_FRAMES=folder."""
    import os

    keep = os.environ.get("STORYREEL_KEEP_FRAMES")
    if not keep:
        pytest.skip("set STORYREEL_KEEP_FRAMES to a folder to keep the frames")
    script_data.update(width=640, height=360, fps=24)
    script_data["scenes"][1].update(narration='"Look how high it flies, come on!" Milo shouted.', speakers=["milo"],
                                    shot="close", protagonist="milo", camera={"move": "static", "speed": "slow"})
    root = write_project(tmp_path / "kite", script_data)
    api.render(root, config=config)
    talking, _, renderer = silent_and_spoken(root, "s2", config)
    states = [renderer.mouths(i).get("milo") for i in range(len(talking))]
    for state in ("open", "shut"):
        i = states.index(state, states.index("open"))
        Image.fromarray(talking[i].astype(np.uint8)).save(f"{keep}/s2-frame{i:03d}-{state}.png")
