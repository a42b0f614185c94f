"""The score: each scene's music composed from its mood, played by the real TinySoundFont and the
real General MIDI SoundFont (no mocks). The SoundFont is loaded once for the module."""

import subprocess

import numpy as np
import pretty_midi
import pytest
from scipy.io import wavfile

from storyreel.errors import StoryreelError
from storyreel.script import MOODS
from storyreel.sound import score
from storyreel.sound.score import SAMPLE_RATE, TAIL_S

SECONDS = 8.0  # each mood's scene in these tests; its music lasts SECONDS + TAIL_S
MAJOR_MOODS = ("calm", "happy", "playful", "triumphant")
MINOR_MOODS = ("tense", "sad")


@pytest.fixture(scope="module")
def synth():
    return score.Synthesiser()


@pytest.fixture(scope="module")
def scenes(synth):
    """Every mood's scene, composed from one theme and rendered: mood -> (midi, audio)."""
    theme = score.theme(1)
    rendered = {}
    for index, mood in enumerate(MOODS):
        midi = score.compose(mood, SECONDS, theme, index)
        rendered[mood] = midi, synth.render(midi, SECONDS + TAIL_S)
    return rendered


def notes(midi: pretty_midi.PrettyMIDI) -> list[tuple]:
    return [(i.program, n.pitch, n.start, n.end, n.velocity) for i in midi.instruments for n in i.notes]


def tempo(midi: pretty_midi.PrettyMIDI) -> float:
    return float(midi.get_tempo_changes()[1][0])


def rms_db(x: np.ndarray) -> float:
    return 10 * np.log10(np.mean(x.astype(np.float64) ** 2) + 1e-30)


def body(audio: np.ndarray) -> np.ndarray:
    """The part between the fade-in and the tail's fade-out."""
    return audio[round(score.ATTACK_S * SAMPLE_RATE): -round(TAIL_S * SAMPLE_RATE)]


def test_the_theme_and_the_composer_are_deterministic_and_follow_the_seed():
    assert score.theme(5) == score.theme(5)
    assert len({score.theme(seed) for seed in range(6)}) == 6
    one = score.compose("happy", 20, score.theme(5), 2)
    assert notes(one) == notes(score.compose("happy", 20, score.theme(5), 2))
    assert notes(one) != notes(score.compose("happy", 20, score.theme(6), 2))
    assert notes(one) != notes(score.compose("happy", 20, score.theme(5), 3))  # scenes differ
    assert all(n.end <= 20 + TAIL_S for i in one.instruments for n in i.notes)


def test_the_same_midi_renders_to_the_same_samples(synth):
    theme = score.theme(3)
    tense, calm = score.compose("tense", 3, theme, 0), score.compose("calm", 3, theme, 1)
    first = synth.render(tense, 3 + TAIL_S)
    synth.render(calm, 3 + TAIL_S)  # whatever played before leaves nothing behind
    assert np.array_equal(first, synth.render(tense, 3 + TAIL_S))


def test_every_mood_composes_and_renders_music_of_exactly_the_scene_s_length(scenes, synth):
    assert set(score.STYLES) == set(MOODS)
    for mood, (midi, audio) in scenes.items():
        assert audio.dtype == np.float32 and audio.shape == (round((SECONDS + TAIL_S) * SAMPLE_RATE),)
        assert rms_db(body(audio)) > -40, mood
        assert np.abs(audio).max() <= 10 ** (score.PEAK_DBFS / 20), mood
    odd = score.render_scene("sad", 1.234567, 9, 4, synth)
    assert odd.shape == (round((1.234567 + TAIL_S) * SAMPLE_RATE),)


def test_each_mood_keeps_its_mode():
    theme = score.theme(4)
    for mood in MOODS:
        midi = score.compose(mood, 40, theme, 0)
        classes = {(n.pitch - theme.tonic) % 12 for i in midi.instruments for n in i.notes}
        if mood in MAJOR_MOODS:
            assert 4 in classes and 3 not in classes, (mood, classes)
        if mood in MINOR_MOODS:
            assert 3 in classes and 4 not in classes, (mood, classes)
    playful = score.compose("playful", 40, theme, 0)
    assert 10 in {(n.pitch - theme.tonic) % 12 for i in playful.instruments for n in i.notes}  # mixolydian's 7th
    mysterious = score.compose("mysterious", 40, theme, 0)
    assert {(n.pitch - theme.tonic) % 12 for i in mysterious.instruments for n in i.notes} <= {0, 2, 4, 6, 8, 10}


def test_moods_differ_in_tempo_density_dynamics_and_instruments(scenes):
    midi = {mood: pair[0] for mood, pair in scenes.items()}

    def density(mood):
        return len(notes(midi[mood])) / (SECONDS + TAIL_S)

    def loudest(mood):
        return np.mean([n[4] for n in notes(midi[mood])])

    def programs(mood):
        return {i.program for i in midi[mood].instruments}

    assert tempo(midi["tense"]) > tempo(midi["calm"]) and density("tense") > 2 * density("calm")
    assert tempo(midi["sad"]) < tempo(midi["happy"])
    assert loudest("triumphant") > loudest("calm") + 25
    assert programs("triumphant") & set(range(56, 64))  # brass
    assert programs("tense") & {42, 44} and min(n[1] for n in notes(midi["tense"])) < 48  # low strings
    assert programs("happy") & {45, 12}  # pizzicato or marimba
    assert programs("mysterious") & {8, 9, 11}  # celesta, glockenspiel or vibraphone


def test_music_fades_in_and_out_of_its_scene(scenes):
    for mood, (_, audio) in scenes.items():
        middle = rms_db(body(audio))
        assert rms_db(audio[: SAMPLE_RATE // 20]) < middle - 20, mood
        assert rms_db(audio[-SAMPLE_RATE // 10:]) < middle - 30, mood


def test_every_mood_is_levelled_to_the_same_loudness(scenes, tmp_path):
    for mood, (_, audio) in scenes.items():
        assert abs(score.loudness(body(audio)) - score.LEVEL_LUFS) <= 2, mood
    # The loudness measured is ffmpeg's (ITU-R BS.1770), not a private reckoning.
    wav = tmp_path / "calm.wav"
    wavfile.write(wav, SAMPLE_RATE, scenes["calm"][1])
    report = subprocess.run(["ffmpeg", "-hide_banner", "-nostats", "-i", str(wav), "-af", "ebur128", "-f", "null", "-"],
                            capture_output=True, text=True, check=True).stderr
    measured = float(report.rsplit("I:", 1)[1].split("LUFS")[0])
    assert abs(measured - score.loudness(scenes["calm"][1].astype(np.float64))) < 0.3


def test_the_mix_table_matches_the_soundfont(synth):
    assert {p for programs in score.ROLE_CHOICES.values() for p in programs} <= set(score.PROGRAM_DB)
    for program, expected in score.PROGRAM_DB.items():
        powers = []
        for key in (48, 60, 72):
            midi = pretty_midi.PrettyMIDI()
            midi.instruments.append(pretty_midi.Instrument(program))
            midi.instruments[0].notes.append(pretty_midi.Note(127, key, 0.0, 1.5))
            mono = synth.play(midi, 1.5).mean(axis=1)
            powers.append(np.max(np.mean(mono.reshape(-1, SAMPLE_RATE // 10) ** 2, axis=1)))
        assert abs(10 * np.log10(np.mean(powers)) - expected) < 0.5, program


def test_an_unknown_mood_is_refused_with_the_moods_named():
    with pytest.raises(ValueError, match="calm, happy, playful, tense, sad, mysterious, triumphant"):
        score.compose("angry", 5, score.theme(1), 0)


def test_a_missing_or_different_soundfont_says_what_to_install(tmp_path):
    with pytest.raises(StoryreelError, match="musescore-general-soundfont-small") as missing:
        score.soundfont(tmp_path / "MuseScore_General_Lite.sf3")
    assert "bash scripts/system-deps.sh" in str(missing.value)
    other = tmp_path / "other.sf3"
    other.write_bytes(b"not the SoundFont")
    with pytest.raises(StoryreelError, match="sha256"):
        score.soundfont(other)
    with pytest.raises(StoryreelError, match="scripts/system-deps.sh"):
        score.Synthesiser(tmp_path / "missing.sf3").render(score.compose("calm", 1, score.theme(1), 0), 3)
    assert score.soundfont() == score.SOUNDFONT
