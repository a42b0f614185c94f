"""Voice stage: real espeak-ng (and Piper when the extra is installed)."""

import os
import re
import wave

import numpy as np
import pytest

os.environ.setdefault("OMP_NUM_THREADS", "1")

from storyreel.errors import InputError, ToolMissingError  # noqa: E402
from storyreel.timing import AUDIO_RATE  # noqa: E402
from storyreel.voice import REGISTRY, piper, resolve, wav_seconds  # noqa: E402
from storyreel.voice.audio import read_pcm, trim_silence  # noqa: E402
from storyreel.voice.espeak import EspeakVoice  # noqa: E402


def wav_format(path):
    with wave.open(str(path), "rb") as wav:
        return wav.getframerate(), wav.getnchannels(), wav.getsampwidth()


def test_espeak_writes_48k_mono_wav_growing_with_text(tmp_path):
    voice = EspeakVoice()
    short, long = tmp_path / "short.wav", tmp_path / "long.wav"
    voice.synthesize("The fox ran.", "en", short)
    voice.synthesize("The fox ran into the dark forest, looking for the old owl who knew every path. "
                     "The owl was asleep, so the fox waited until the moon rose.", "en", long)
    assert wav_format(short) == (AUDIO_RATE, 1, 2)
    assert wav_format(long) == (AUDIO_RATE, 1, 2)
    assert 0.3 < wav_seconds(short) < 2.0
    assert wav_seconds(long) > 3 * wav_seconds(short)
    # Silence is trimmed: speech begins within the first 0.1 s and the tail is not padded.
    samples = read_pcm(long)
    loud = np.flatnonzero(np.abs(samples.astype(np.int32)) >= 100)
    assert loud[0] < 0.1 * AUDIO_RATE
    assert samples.size - loud[-1] < 0.1 * AUDIO_RATE
    assert not list(tmp_path.glob(".*part*")), "no temp files left behind"


def test_espeak_speed_setting_changes_length(tmp_path):
    text = "Every morning the farmers carried bread and cheese to the market in the village."
    EspeakVoice(words_per_minute=120).synthesize(text, "en", tmp_path / "slow.wav")
    EspeakVoice(words_per_minute=240).synthesize(text, "en", tmp_path / "fast.wav")
    assert wav_seconds(tmp_path / "slow.wav") > 1.5 * wav_seconds(tmp_path / "fast.wav")


def test_spanish_uses_a_spanish_voice(tmp_path):
    voice = EspeakVoice()
    out = tmp_path / "es.wav"
    command = voice.command("es", out)
    assert command[command.index("-v") + 1] == "es"
    assert voice.voice_for("pt-BR") == "pt-br"
    assert voice.voice_for("fr") == "fr-fr"
    voice.synthesize("El zorro corrió hacia el bosque oscuro, buscando al viejo búho.", "es", out)
    assert wav_format(out) == (AUDIO_RATE, 1, 2)
    assert wav_seconds(out) > 1.5


def test_a_language_without_a_voice_is_an_error_not_another_language_s_voice():
    with pytest.raises(InputError, match="espeak-ng has no voice for the script's language 'xx'"):
        EspeakVoice().voice_for("xx")


@pytest.mark.parametrize("language, text, voice", [
    ("en", "The fox ran into the dark forest.", "en-us"),
    ("es", "El zorro corrió hacia el bosque oscuro.", "es"),
    ("de", "Der Fuchs lief in den dunklen Wald.", "de"),
    ("fr", "Le renard courut dans la forêt sombre.", "fr-fr"),
    ("zh", "狐狸跑进了黑暗的森林，寻找那只知道每条路的老猫头鹰。", "cmn-latn-pinyin"),
    ("ja", "狐は暗い森の中へ走って行きました。", "ja"),
])
def test_each_language_is_read_by_its_own_voice(tmp_path, language, text, voice):
    from storyreel.voice.readings import for_espeak

    spoken, override = for_espeak(text, language)
    espeak = EspeakVoice()
    command = espeak.command(language, tmp_path / "x.wav", override)
    assert command[command.index("-v") + 1] == voice
    assert not re.search("[\u4e00-\u9fff]", spoken)  # no character left for a voice to spell out
    espeak.synthesize(text, language, tmp_path / f"{language}.wav")
    seconds = wav_seconds(tmp_path / f"{language}.wav")
    # about a syllable every 0.15-0.4 s: not 26 s of "Chinese letter" for a short sentence
    assert 1.0 < seconds < 0.4 * len(text)


def test_chinese_and_japanese_readings():
    from storyreel.voice.readings import kana, pinyin

    assert pinyin("小明住在海边。") == "xiao3 ming2 zhu4 zai4 hai3 bian1."
    assert kana("昔々、山の村") == "ムカシムカシ、ヤマノムラ"


def test_hostile_text_is_spoken_not_executed(tmp_path):
    canary = tmp_path / "keep"
    canary.write_text("still here")
    text = (f"-v xx --help $(touch {tmp_path}/pwned) `touch {tmp_path}/pwned2`; rm -rf {canary}\n"
            "\"double\" and 'single' quotes, a <tag> & a backslash \\ and an emoji 🦊 at the end.")
    out = tmp_path / "hostile.wav"
    EspeakVoice().synthesize(text, "en", out)
    assert not (tmp_path / "pwned").exists() and not (tmp_path / "pwned2").exists()
    assert canary.read_text() == "still here"
    # The whole text was read aloud (several seconds), not parsed as options.
    assert wav_seconds(out) > 5


def test_text_without_words_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="no audible speech"):
        EspeakVoice().synthesize("...", "en", tmp_path / "x.wav")
    assert not (tmp_path / "x.wav").exists()


def test_missing_espeak_names_the_install_command(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(ToolMissingError, match="apt-get install espeak-ng"):
        resolve("espeak", "en").synthesize("Hello.", "en", tmp_path / "x.wav")


def test_trim_silence_keeps_a_margin():
    samples = np.zeros(AUDIO_RATE, dtype=np.int16)
    samples[24_000:24_480] = 5000
    trimmed = trim_silence(samples, keep_s=0.01)
    assert trimmed.size == 480 + 2 * 480
    assert trim_silence(np.zeros(100, dtype=np.int16)).size == 0


def test_resolve_picks_backends():
    assert resolve("espeak", "en").name == "espeak"
    assert resolve("auto", "es").name == "espeak"
    assert resolve("auto", "en", espeak_voice="en-gb").name == "espeak"
    assert resolve("auto", "en").name == ("piper" if piper.available() else "espeak")
    with pytest.raises(InputError, match="available: espeak, piper"):
        resolve("festival", "en")
    assert REGISTRY.names() == ["espeak", "piper"]


@pytest.mark.skipif(not piper.available(), reason="piper extra not installed (pip install -r requirements/piper.txt)")
def test_piper_speaks_english(tmp_path):
    voice = resolve("piper", "en", words_per_minute=160, espeak_voice="ignored")
    out = tmp_path / "piper.wav"
    voice.synthesize("-- The fox ran into the dark forest $(touch pwned); looking for the owl 🦉.", "en", out)
    assert wav_format(out) == (AUDIO_RATE, 1, 2)
    assert 2.0 < wav_seconds(out) < 10.0
    assert "piper-tts 1.8.0" in voice.version
    with pytest.raises(InputError, match="English only"):
        voice.synthesize("Hola.", "es", tmp_path / "es.wav")


@pytest.mark.skipif(piper.available(), reason="piper extra is installed")
def test_piper_missing_names_the_extra():
    with pytest.raises(ToolMissingError, match="requirements/piper.txt"):
        resolve("piper", "en")


def test_a_narration_in_another_language_than_the_script_says_is_refused():
    from storyreel.voice import check_language

    chinese = ["小明住在海边的白色灯塔里。", "一天夜里起了风暴，灯灭了。"]
    with pytest.raises(InputError, match="written in 'zh' but script.json says language 'en'.*\"language\": \"zh\""):
        check_language(chinese, "en")
    check_language(chinese, "zh")
    with pytest.raises(InputError, match="written in 'en' but script.json says language 'ja'"):
        check_language(["The fox ran into the dark forest, looking for the old owl."], "ja")
    spanish = ["Marina vivía en un faro blanco junto al mar con su gato gris.", "Cada tarde subía la escalera."]
    with pytest.raises(InputError, match="written in 'es'"):
        check_language(spanish, "en")
    check_language(["Milo ran.", "Hi!"], "en")  # too short to be sure of anything: left alone
