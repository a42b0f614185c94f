"""Hostile stories: huge, binary, mixed scripts, one 5,000-character sentence, 500 tiny sentences,
control characters, right-to-left text. Each gets the same verdict at every door — the CLI
(`storyreel plan`, exit code 2 and a message that says what to fix), the Python API and the studio
(4xx) — since all three call `storyreel.limits.check_story`; a refused story writes nothing. What an
accepted story costs the planner is bounded by the limits: its sentences, its shots, the length of
each shot's narration, and what the director's text readers do with the longest sentence allowed.
One real plan (the 0.5B model) takes a story full of control characters and right-to-left names.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyreel import api
from storyreel.director.schedule import speech_seconds
from storyreel.director.structure import sentence_moments, shots_of
from storyreel.director.text import split_story, word_count
from storyreel.errors import InputError
from storyreel.limits import (MAX_SENTENCE_WORDS, MAX_SENTENCES, MAX_STORY_CHARS, MAX_WORD_CHARS, StoryTooLong,
                              check_story)
from storyreel.script import MAX_SCENE_S

CLI = [sys.executable, "-m", "storyreel"]
PROSE = "Milo ran up the windy hill with his dog Rex, and the red kite rose over the grass. "
CONTROLS = "Milo ran up the hill.\x07\r\nRex\x1b[31m barked\x1b[0m at the kite.\x0b\tThe wind\x08 blew.\x0c\x7fThe end."
RTL = ("كان يا ما كان ولد اسمه علي يعيش قرب البحر. ذهب علي إلى السوق مع كلبه. "
       "\n\nשלום, אמר הכלב. הם הלכו הביתה בערב.")
MIXED = ("Milo met Ли Вэй at the market. 小雨在河边钓鱼。 Ali said مرحبا and waved 👋. "
         "Then they all ran home together, laughing.")
# story name -> (the text or the bytes of the file, what the refusal says, or None when it is taken)
STORIES = {
    "huge": (PROSE * 13_000, "the limit is 200,000"),  # about 1 MB
    "binary": (bytes(range(256)) * 8, "not UTF-8"),
    "nul": ("Milo ran.\x00\x00\x00" * 20, "NUL"),
    "terminal": ("\x1b\x07\x01\x02\x03\x04" * 50 + "Milo ran.", "control characters"),
    "one 5,000-character sentence": (("and the fox ran on " * 270)[:5_000] + ".", "a sentence of"),
    "a 150-letter word": ("Milo typed " + "x" * 150 + " and slept.", "a word of 150 characters"),
    "3,001 sentences": ("Go. " * (MAX_SENTENCES + 1), "3,001 sentences"),
    "500 tiny sentences": ("Go. " * 500, None),
    "control characters": (CONTROLS, None),
    "right-to-left": (RTL, None),
    "mixed scripts": (MIXED, None),
}
REFUSED = [name for name, (_, said) in STORIES.items() if said]
TAKEN = [name for name, (_, said) in STORIES.items() if not said]


def text_of(name: str) -> str | None:
    raw = STORIES[name][0]
    return raw if isinstance(raw, str) else None


@contextmanager
def guard(seconds: int):
    """A generous time guard (not a measurement): a hang fails instead of stalling the suite."""
    def stop(*_):
        raise TimeoutError(f"still running after {seconds} s")
    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@pytest.fixture(scope="module")
def studio(tmp_path_factory):
    """The studio with the CLI's cap (so the verdicts can be compared), no job worker."""
    from fastapi.testclient import TestClient
    from test_studio_support import studio_config

    from storyreel.studio.app import StudioSettings, create_app

    root = tmp_path_factory.mktemp("hostile-studio")
    app = create_app(StudioSettings(projects=root, config=studio_config(), workers=0, max_story_chars=MAX_STORY_CHARS))
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as client:
        yield root, client


@pytest.mark.parametrize("name", REFUSED)
def test_a_hostile_story_is_refused_at_every_door(tmp_path, studio, name):
    raw, said = STORIES[name]
    story = tmp_path / "story.txt"
    story.write_bytes(raw if isinstance(raw, bytes) else raw.encode("utf-8"))
    out = tmp_path / "out"
    with guard(300):
        done = subprocess.run([*CLI, "plan", str(story), "-o", str(out), "-q"], capture_output=True, text=True,
                              timeout=300)
    message = " ".join((done.stdout + done.stderr).split())
    assert done.returncode == 2, message
    assert said in message and "Traceback" not in done.stderr + done.stdout
    assert not out.exists() or not any(out.iterdir()), "a refused story wrote files"
    text = text_of(name)
    if text is None:  # bytes only the CLI reads; the API and the studio take text
        return
    with pytest.raises(InputError, match=said):
        api.plan(tmp_path / "api", story=text)
    assert not (tmp_path / "api").exists()
    root, client = studio
    before = sorted(p.name for p in root.iterdir())
    res = client.post("/api/projects", json={"story": text})
    assert res.status_code in (413, 422) and said in res.json()["error"]["message"], res.text
    assert "story" in res.json()["error"]["message"]
    assert sorted(p.name for p in root.iterdir()) == before


@pytest.mark.parametrize("name", TAKEN)
def test_a_hostile_story_that_is_taken_is_cleaned_and_bounded(studio, name):
    text = text_of(name)
    with guard(120):
        story = check_story(text)
    assert not any(ord(c) < 32 and c not in "\n\t" for c in story) and "\x7f" not in story
    told = split_story(story)
    assert 1 <= len(told.sentences) <= MAX_SENTENCES
    if name == "control characters":
        assert told.sentences == ["Milo ran up the hill.", "Rex barked at the kite.", "The wind blew.", "The end."]
    if name == "right-to-left":
        assert len(told.sentences) == 4 and told.sentences[0].startswith("كان")
    shots = [shot for m in sentence_moments({n: word_count(s) for n, s in enumerate(told.sentences, 1)})
             for shot in shots_of(m, told.sentences)]
    assert len(shots) <= len(told.sentences) and all(speech_seconds(s["narration"]) <= MAX_SCENE_S for s in shots)
    root, client = studio
    res = client.post("/api/projects", json={"story": text})
    assert res.status_code == 201, res.text
    saved = (root / res.json()["project"]["name"] / "story.txt").read_text(encoding="utf-8")
    assert saved == story + "\n"  # what the studio keeps is what the CLI and the API would plan


def test_an_endless_story_on_standard_input_is_refused_unread(tmp_path):
    """`storyreel plan -` reads at most what the longest story allowed can take: an endless pipe
    is refused (were it read to its end, this would never finish)."""
    endless = subprocess.Popen(["yes", "Milo ran up the hill."], stdout=subprocess.PIPE)
    try:
        with guard(300):
            done = subprocess.run([*CLI, "plan", "-", "-o", str(tmp_path / "out"), "-q"], stdin=endless.stdout,
                                  capture_output=True, text=True, timeout=300)
    finally:
        endless.kill()
        endless.wait()
    said = " ".join((done.stdout + done.stderr).split())
    assert done.returncode == 2 and "standard input is over" in said, said
    assert not (tmp_path / "out").exists()


def test_the_studio_keeps_its_smaller_cap_through_the_same_check():
    with pytest.raises(StoryTooLong, match=r"the studio takes at most 20,000 \(studio.max_story_chars\)"):
        check_story(PROSE * 300, max_chars=20_000, setting="studio.max_story_chars", who="the studio")
    assert check_story(PROSE * 200, max_chars=20_000) == (PROSE * 200).strip()
    with pytest.raises(StoryTooLong, match="the limit is 200,000"):  # a cap over the CLI's does not lift it
        check_story(PROSE * 3_000, max_chars=10 ** 9)
    from storyreel.config import load_config

    with pytest.raises(InputError, match="max_story_chars"):
        load_config(overrides={"studio": {"max_story_chars": MAX_STORY_CHARS + 1}}, environ={})


def test_every_refusal_names_where_to_look():
    with pytest.raises(InputError, match=r"line 3 of the story in tale.txt has a word"):
        check_story("Milo ran.\n\nRex " + "z" * (MAX_WORD_CHARS + 1) + " barked.", where="tale.txt")
    with pytest.raises(InputError, match=r"line 3, sentence 2: 'and the fox"):
        check_story("Milo ran.\n\n" + "and the fox ran on " * 40 + "home.")
    with pytest.raises(InputError, match=r"NUL characters \(the first on line 2\)"):
        check_story("Milo ran.\nRex\x00 barked.")
    with pytest.raises(InputError, match="idea"):
        check_story("\x01\x02 ", what="idea")



def test_a_replan_request_passes_the_same_check_and_leaves_the_script_as_it_was(tmp_path):
    """`storyreel replan`'s request is checked like an idea before any model is loaded: a page of
    text or a binary blob is refused with exit 2 and script.json is not touched."""
    from conftest import THREE_SCENES

    (tmp_path / "p").mkdir()
    script = tmp_path / "p" / "script.json"
    script.write_text(json.dumps(THREE_SCENES), encoding="utf-8")
    before = script.read_bytes()
    done = subprocess.run([*CLI, "replan", str(tmp_path / "p"), "--scene", "s1", "make it night " * 200, "-q"],
                          capture_output=True, text=True, timeout=120)
    said = " ".join(done.stderr.split())
    assert done.returncode == 2, said
    assert "the request has 2,800 characters; the limit is 2,000: say in a line or two what to change" in said
    with pytest.raises(InputError, match="the request contains NUL characters"):  # argv cannot carry a NUL
        api.replan(tmp_path / "p", "s1", "night\x00\x00")
    assert script.read_bytes() == before


# Words of several scripts, the marks that end sentences and clauses, and characters that are not text.
WORDS = st.sampled_from(["Milo", "ran", "and", "the", "hill", "Rex", "kite", "said", "小雨", "河边", "علي", "السوق",
                         "שלום", "Вэй", "😀", "x" * 60, "\u202e", "\x07", "\x1b[1m", "\ud800", "\r\n", "\t"])
MARKS = st.sampled_from([" ", " ", " ", ", ", ". ", "! ", "。", "\n", "\n\n", '"', "; "])
HOSTILE = st.lists(st.tuples(WORDS, MARKS), max_size=400).map(lambda pairs: "".join(w + m for w, m in pairs))


@settings(max_examples=60, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(HOSTILE)
def test_any_story_taken_gives_shots_a_scene_can_hold(text):
    """Whatever is taken plans into shots that each fit the longest scene, no more than one per
    sentence; whatever is refused is refused with an InputError."""
    try:
        story = check_story(text)
    except InputError as exc:
        assert "story" in str(exc)
        return
    told = split_story(story)
    assert len(told.sentences) <= MAX_SENTENCES
    assert all(word_count(s) <= MAX_SENTENCE_WORDS for s in told.sentences)
    shots = [shot for m in sentence_moments({n: word_count(s) for n, s in enumerate(told.sentences, 1)})
             for shot in shots_of(m, told.sentences)]
    assert len(shots) <= len(told.sentences)
    assert all(speech_seconds(s["narration"]) <= MAX_SCENE_S for s in shots)


def test_the_director_reads_the_longest_sentence_allowed_and_more():
    """What the director's text readers do with a sentence at the limit and with a 5,000-character
    one (the readers run on every sentence of a plan, so they must not blow up on long ones)."""
    from storyreel.director import entities as registry
    from storyreel.director import words
    from storyreel.director.acting import acting, acting_each
    from storyreel.director.planner import camera_for
    from storyreel.director.progressive import speakers_of

    talk = ["Milo", "ran", "up", "the", "hill,", "and", "Rex", "said", '"run!"']
    at_limit = " ".join((talk * 20)[:MAX_SENTENCE_WORDS])
    beyond = ("and the fox ran on " * 270)[:5_000] + "."
    people = [{"id": "milo", "name": "Milo", "kind": "character"}, {"id": "rex", "name": "Rex", "kind": "character"}]
    with guard(300):
        for sentence in (at_limit + ".", beyond):
            assert set(words.setting(sentence, "en", ["Milo", "Rex"])) == {"time", "weather"}
            assert isinstance(acting(sentence, "en"), dict)
            assert isinstance(acting_each(sentence, "en", {"milo": (0, 4)}), dict)
            assert camera_for(sentence, 10.0)["move"]
            assert isinstance(speakers_of(sentence, ["milo", "rex"], people, "en"), list)
            registry.passing_names([sentence], "en", [{"name": "Milo", "category": "character"}])


@pytest.mark.llm
@pytest.mark.slow
def test_a_real_plan_of_a_story_full_of_control_characters(tmp_path):
    """The one end-to-end plan: the 0.5B model plans a story that arrives with a terminal's colours,
    a bell, CRLF line ends, a form feed and right-to-left names; the plan tells the cleaned story."""
    story = tmp_path / "story.txt"
    story.write_bytes(("Ali\x07 and his dog Noa\x1b[31m ran to the harbour.\r\n"
                       "There Noa found a red kite in the sand.\x0c\r\nAli said \u202bשלום\u202c to the old sailor, "
                       "and they flew the kite until sunset.").encode("utf-8"))
    out = tmp_path / "out"
    with guard(1800):
        done = subprocess.run([*CLI, "plan", str(story), "-o", str(out), "-q", "--model", "qwen2.5-0.5b"],
                              capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, done.stdout + done.stderr
    saved = (out / "story.txt").read_text(encoding="utf-8")
    assert not any(c in saved for c in "\x07\x1b\x0c\r")
    script = json.loads((out / "script.json").read_text(encoding="utf-8"))
    told = split_story(saved).sentences
    assert {n for s in script["scenes"] for n in s["source"]} == set(range(1, len(told) + 1))
    narration = "".join(s["narration"] for s in script["scenes"])
    assert "\x1b" not in narration and "Noa" in narration
    assert Path(out / "director" / "scheduled.json").is_file()
