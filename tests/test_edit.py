"""Edit stage: narration track and film assembly with real ffmpeg on tiny shots."""

import os

import numpy as np
import pytest

os.environ.setdefault("OMP_NUM_THREADS", "1")

from storyreel import tools  # noqa: E402
from storyreel.edit import REGISTRY, assemble, build_bed, build_narration, language_code  # noqa: E402
from storyreel.errors import InputError, StoryreelError  # noqa: E402
from storyreel.files import write_text  # noqa: E402
from storyreel.subtitles import scene_cues, to_srt  # noqa: E402
from storyreel.timing import AUDIO_RATE, film_seconds, frames_to_samples, timeline  # noqa: E402
from storyreel.voice import wav_seconds  # noqa: E402
from storyreel.voice.audio import read_pcm, write_pcm  # noqa: E402

FPS = 24
FRAMES = [48, 60, 72]  # 2.0 s, 2.5 s, 3.0 s
W, H = 128, 72
FADE = 0.5
VOICE_S = 1.0


def make_shot(path, source, frames):
    tools.run(["ffmpeg", "-nostdin", "-y", "-v", "error", "-f", "lavfi", "-i", f"{source}size={W}x{H}:rate={FPS}",
               "-frames:v", str(frames), *tools.h264_args(), str(path)])


def tone(seconds, freq=300.0, amplitude=8000):
    t = np.arange(round(seconds * AUDIO_RATE)) / AUDIO_RATE
    return (amplitude * np.sin(2 * np.pi * freq * t)).astype(np.int16)


def decode_audio(path):
    raw = tools.run(["ffmpeg", "-nostdin", "-v", "error", "-i", str(path), "-map", "0:a", "-f", "s16le",
                     "-ac", "1", "-ar", str(AUDIO_RATE), "-"]).stdout
    return np.frombuffer(raw, dtype="<i2").astype(np.float64) / 32768


def grab_frame(path, at_s):
    raw = tools.run(["ffmpeg", "-nostdin", "-v", "error", "-ss", f"{at_s:.3f}", "-i", str(path), "-frames:v", "1",
                     "-f", "rawvideo", "-pix_fmt", "rgb24", "-"]).stdout
    return np.frombuffer(raw, dtype=np.uint8).reshape(H, W, 3).astype(np.int16)


def top_level_boxes(path):
    """Names of an MP4 file's top-level boxes, in file order."""
    data, pos, names = path.read_bytes(), 0, []
    while pos + 8 <= len(data):
        size, name = int.from_bytes(data[pos:pos + 4], "big"), data[pos + 4:pos + 8]
        if size == 1:
            size = int.from_bytes(data[pos + 8:pos + 16], "big")
        names.append(name)
        if size < 8:
            break
        pos += size
    return names


def streams(path):
    return tools.ffprobe(path)["streams"]


@pytest.fixture(scope="module")
def media(tmp_path_factory):
    # A folder name with a quote, spaces and a dollar sign exercises the concat list quoting.
    root = tmp_path_factory.mktemp("edit") / "it's a $HOME film"
    root.mkdir()
    sources = ["testsrc2=", "color=c=red:", "color=c=blue:"]
    shots = []
    for i, (source, frames) in enumerate(zip(sources, FRAMES)):
        shots.append(root / f"s{i}.mp4")
        make_shot(shots[-1], source, frames)
    voices = []
    for i in range(3):
        voices.append(root / f"v{i}.wav")
        write_pcm(voices[-1], tone(VOICE_S))
    return root, shots, voices


def film_inputs(root, voices, transition, text="The fox runs into the wood."):
    overlap = FADE if transition == "crossfade" else 0.0
    slots = timeline(["a", "b", "c"], FRAMES, FPS, overlap_s=overlap)
    narration = root / f"narration-{transition}.wav"
    build_narration(slots, voices, narration)
    cues = [cue for slot in slots for cue in scene_cues(text, slot.start_s + 0.15, VOICE_S)]
    subtitles = root / f"subtitles-{transition}.srt"
    write_text(subtitles, to_srt(cues))
    return slots, narration, subtitles


def test_narration_track_is_sample_exact(media, tmp_path):
    root, _, voices = media
    for overlap in (0.0, FADE):
        slots = timeline(["a", "b", "c"], FRAMES, FPS, overlap_s=overlap)
        out = tmp_path / f"narration-{overlap}.wav"
        build_narration(slots, voices, out, lead_s=0.15)
        samples = read_pcm(out)
        expected = sum(frames_to_samples(f, FPS) for f in FRAMES) - 2 * round(overlap * AUDIO_RATE)
        assert samples.size == expected
        assert wav_seconds(out) == pytest.approx(film_seconds(slots), abs=1e-6)
        loud = np.abs(samples.astype(np.int32)) > 0
        # Each voice starts exactly lead_s into its slot.
        for slot in slots:
            begin = round((slot.start_s + 0.15) * AUDIO_RATE)
            assert not loud[begin - 1] and loud[begin + 1]


def test_voice_too_long_for_its_slot_is_an_error(media, tmp_path):
    root, _, voices = media
    long_voice = tmp_path / "long.wav"
    write_pcm(long_voice, tone(2.2))
    slots = timeline(["a", "b", "c"], FRAMES, FPS)
    with pytest.raises(StoryreelError, match="scene 'a'.*planned longer"):
        build_narration(slots, [long_voice, *voices[1:]], tmp_path / "n.wav")
    assert not (tmp_path / "n.wav").exists()


def test_narration_rejects_wrong_sample_rate(media, tmp_path):
    root, _, voices = media
    odd = tmp_path / "odd.wav"
    tools.run(["ffmpeg", "-nostdin", "-v", "error", "-f", "lavfi", "-i", "sine=duration=0.5:sample_rate=22050",
               str(odd)])
    slots = timeline(["a", "b", "c"], FRAMES, FPS)
    with pytest.raises(StoryreelError, match="22050 Hz.*48000 Hz mono"):
        build_narration(slots, [odd, *voices[1:]], tmp_path / "n.wav")


def test_cut_film_joins_shots_without_reencoding(media, tmp_path):
    root, shots, voices = media
    slots, narration, subtitles = film_inputs(root, voices, "cut")
    out = tmp_path / "film.mp4"
    assemble(shots, slots, narration, subtitles, out, fps=FPS, language="es")
    kinds = [s["codec_type"] for s in streams(out)]
    assert sorted(kinds) == ["audio", "subtitle", "video"]
    by_kind = {s["codec_type"]: s for s in streams(out)}
    video, audio, subs = by_kind["video"], by_kind["audio"], by_kind["subtitle"]
    assert (video["codec_name"], video["width"], video["height"], video["r_frame_rate"]) == ("h264", W, H, "24/1")
    assert video["pix_fmt"] == "yuv420p"
    assert (audio["codec_name"], int(audio["sample_rate"])) == ("aac", AUDIO_RATE)
    assert subs["codec_name"] == "mov_text" and subs["tags"]["language"] == "spa"
    assert tools.media_duration(out) == pytest.approx(sum(FRAMES) / FPS, abs=0.05)
    assert int(video["nb_frames"]) == sum(FRAMES)

    # Stream copy: the film's video packets are the shots' packets, byte for byte, except
    # that each shot's first keyframe gains its parameter sets in-band (a few dozen bytes).
    def packets(path):
        out = tools.run(["ffmpeg", "-nostdin", "-v", "error", "-i", str(path), "-map", "0:v", "-c", "copy",
                         "-f", "framemd5", "-"]).stdout.decode()
        rows = [line.split(",") for line in out.splitlines() if line and not line.startswith("#")]
        return [(int(row[4]), row[5].strip()) for row in rows]

    film = packets(out)
    assert len(film) == sum(FRAMES)
    position = 0
    for shot in shots:
        own = packets(shot)
        first, rest = film[position], film[position + 1: position + len(own)]
        assert rest == own[1:]
        assert 0 <= first[0] - own[0][0] < 100
        position += len(own)
    # The joined stream decodes cleanly from start to end.
    tools.run(["ffmpeg", "-nostdin", "-v", "error", "-xerror", "-i", str(out), "-f", "null", "-"])
    # The index (moov) comes before the media data (+faststart), so browsers start playing at once.
    boxes = top_level_boxes(out)
    assert boxes.index(b"moov") < boxes.index(b"mdat")


def test_crossfade_film_is_shorter_by_the_fades(media, tmp_path):
    root, shots, voices = media
    slots, narration, subtitles = film_inputs(root, voices, "crossfade")
    out = tmp_path / "film.mp4"
    assemble(shots, slots, narration, subtitles, out, fps=FPS, transition="crossfade", crossfade_s=FADE)
    assert tools.media_duration(out) == pytest.approx(sum(FRAMES) / FPS - 2 * FADE, abs=0.05)
    assert len(streams(out)) == 3
    # Mid-fade between the red and the blue shot the picture is a blend of both.
    red_to_blue = slots[2].start_s + FADE / 2
    mid = grab_frame(out, red_to_blue).mean(axis=(0, 1))
    assert 40 < mid[0] < 200 and 40 < mid[2] < 200


def test_crossfade_needs_overlapping_slots(media, tmp_path):
    root, shots, voices = media
    slots, narration, subtitles = film_inputs(root, voices, "cut")
    with pytest.raises(ValueError, match="overlap_s=0.5"):
        assemble(shots, slots, narration, subtitles, tmp_path / "f.mp4", fps=FPS, transition="crossfade")


def test_burnt_subtitles_change_the_picture(media, tmp_path):
    root, shots, voices = media
    slots, narration, subtitles = film_inputs(root, voices, "cut", text="WWWW MMMM WWWW")
    plain, burnt = tmp_path / "plain.mp4", tmp_path / "burnt.mp4"
    assemble(shots, slots, narration, subtitles, plain, fps=FPS)
    assemble(shots, slots, narration, subtitles, burnt, fps=FPS, burn_subtitles=True)
    during_cue = slots[1].start_s + 0.6  # the red shot, while its cue is shown
    diff = np.abs(grab_frame(burnt, during_cue) - grab_frame(plain, during_cue))
    assert diff.max() > 100 and (diff.sum(axis=2) > 60).mean() > 0.01
    assert tools.media_duration(burnt) == pytest.approx(sum(FRAMES) / FPS, abs=0.05)
    assert sorted(s["codec_type"] for s in streams(burnt)) == ["audio", "subtitle", "video"]


def test_music_is_ducked_under_the_narration(media, tmp_path):
    root, shots, voices = media
    slots, narration, subtitles = film_inputs(root, voices, "cut")
    # A 14 kHz tone, far above anything in the 300 Hz "voice", shorter than the film so it must loop.
    music = tmp_path / "music.wav"
    tools.run(["ffmpeg", "-nostdin", "-v", "error", "-f", "lavfi", "-i",
               "sine=frequency=14000:duration=1.7:sample_rate=44100", "-ac", "2", str(music)])
    out = tmp_path / "film.mp4"
    assemble(shots, slots, narration, subtitles, out, fps=FPS, music=music, music_volume=0.5)
    audio = decode_audio(out)
    assert audio.size / AUDIO_RATE == pytest.approx(film_seconds(slots), abs=0.05)

    def music_level(t0, t1):
        seg = audio[round(t0 * AUDIO_RATE): round(t1 * AUDIO_RATE)]
        spectrum = np.abs(np.fft.rfft(seg * np.hanning(seg.size)))
        freqs = np.fft.rfftfreq(seg.size, 1 / AUDIO_RATE)
        return np.sqrt(np.mean(spectrum[(freqs > 13_500) & (freqs < 14_500)] ** 2))

    gaps = []
    for slot in slots:
        speech = music_level(slot.start_s + 0.45, slot.start_s + 1.05)
        gap_start = slot.start_s + 0.15 + VOICE_S + 0.5  # after the compressor's release
        gaps.append(music_level(gap_start, slot.start_s + slot.seconds - 0.05))
        assert gaps[-1] > 3 * speech, (slot.scene_id, speech, gaps[-1])
    # Music keeps playing (looped) until the end of the film.
    assert music_level(film_seconds(slots) - 0.4, film_seconds(slots) - 0.05) > 0.5 * min(gaps)


def band_level(audio, t0, t1, low, high):
    """RMS of the spectrum between `low` and `high` Hz over [t0, t1) s of `audio`."""
    seg = audio[round(t0 * AUDIO_RATE): round(t1 * AUDIO_RATE)]
    spectrum = np.abs(np.fft.rfft(seg * np.hanning(seg.size)))
    freqs = np.fft.rfftfreq(seg.size, 1 / AUDIO_RATE)
    return float(np.sqrt(np.mean(spectrum[(freqs > low) & (freqs < high)] ** 2)))


def test_the_bed_lays_each_scene_s_music_from_its_cut_with_its_tail_under_the_next(media, tmp_path):
    slots = timeline(["a", "b", "c"], FRAMES, FPS)
    tail = 1.0
    music, ambience = [], []
    for i, (slot, freq) in enumerate(zip(slots, (2000.0, 3000.0, 4000.0))):
        music.append(tmp_path / f"m{i}.wav")  # each scene's music: its own tone, its slot and the tail long
        write_pcm(music[-1], tone(slot.seconds + tail, freq, 4000))
        ambience.append(tmp_path / f"a{i}.wav")
        write_pcm(ambience[-1], tone(slot.seconds, 500.0 + 100 * i, 2000))
    out = tmp_path / "bed.wav"
    build_bed(slots, music, ambience, out, tail_s=tail)
    bed = read_pcm(out).astype(np.float64) / 32768
    assert bed.size == sample_starts_total(slots)
    b = slots[1]
    # The first scene's music still sounds over the start of the second, then stops; the second's starts at its cut.
    assert band_level(bed, b.start_s + 0.1, b.start_s + 0.9, 1950, 2050) > 10 * band_level(
        bed, b.start_s + 1.1, b.start_s + 2.0, 1950, 2050)
    assert band_level(bed, b.start_s - 0.5, b.start_s - 0.05, 2950, 3050) < 0.05 * band_level(
        bed, b.start_s + 0.1, b.start_s + 0.9, 2950, 3050)
    # Each scene's ambience fills its own slot only.
    assert band_level(bed, b.start_s + 0.2, b.start_s + 2.0, 590, 610) > 10 * band_level(
        bed, slots[2].start_s + 0.2, slots[2].start_s + 2.0, 590, 610)
    # The film's last second fades the music out to nothing.
    end = film_seconds(slots)
    assert band_level(bed, end - 0.1, end, 3950, 4050) < 0.15 * band_level(bed, end - 1.0, end - 0.9, 3950, 4050)
    without = tmp_path / "ambience-only.wav"
    build_bed(slots, None, ambience, without, tail_s=tail)
    assert band_level(read_pcm(without) / 32768, 0.2, 1.8, 1950, 2050) < 1e-3 * band_level(bed, 0.2, 1.8, 1950, 2050)


def sample_starts_total(slots):
    from storyreel.edit.mixing import sample_starts

    return sample_starts(slots)[1]


def test_the_bed_is_ducked_under_the_narration_and_measured_below_it(media, tmp_path):
    from storyreel.edit.assembly import ducked
    from storyreel.evaluate.audio import speech_margin

    root, shots, voices = media
    slots, narration, subtitles = film_inputs(root, voices, "cut")
    bed = tmp_path / "bed.wav"
    write_pcm(bed, tone(film_seconds(slots), 14000.0, 3000))
    out = tmp_path / "film.mp4"
    assemble(shots, slots, narration, subtitles, out, fps=FPS, bed=bed)
    audio = decode_audio(out)
    for slot in slots:
        speaking = band_level(audio, slot.start_s + 0.45, slot.start_s + 1.05, 13500, 14500)
        quiet = band_level(audio, slot.start_s + 0.15 + VOICE_S + 0.5, slot.start_s + slot.seconds - 0.05,
                           13500, 14500)
        assert quiet > 3 * speaking, (slot.scene_id, speaking, quiet)
    heard = tmp_path / "ducked.wav"
    ducked(narration, bed, heard)
    margin = speech_margin(read_pcm(narration), read_pcm(heard))
    plain = speech_margin(read_pcm(narration), read_pcm(bed))
    assert margin["median_db"] > plain["median_db"] + 6  # ducking lowers the bed by more than 6 dB under speech
    with pytest.raises(StoryreelError, match="rebuild it"):
        short = tmp_path / "short-bed.wav"
        write_pcm(short, tone(1.0))
        assemble(shots, slots, narration, subtitles, out, fps=FPS, bed=short)


def test_bad_music_file_is_a_clear_error(media, tmp_path):
    root, shots, voices = media
    slots, narration, subtitles = film_inputs(root, voices, "cut")
    junk = tmp_path / "song.mp3"
    junk.write_text("this is not audio")
    with pytest.raises(InputError, match="not audio ffmpeg can decode"):
        assemble(shots, slots, narration, subtitles, tmp_path / "f.mp4", fps=FPS, music=junk)
    with pytest.raises(InputError, match="does not exist"):
        assemble(shots, slots, narration, subtitles, tmp_path / "f.mp4", fps=FPS, music=tmp_path / "none.ogg")


def test_mismatched_narration_is_rejected(media, tmp_path):
    root, shots, voices = media
    slots, _, subtitles = film_inputs(root, voices, "cut")
    short = tmp_path / "short.wav"
    write_pcm(short, tone(3.0))
    with pytest.raises(StoryreelError, match="rebuild the narration"):
        assemble(shots, slots, short, subtitles, tmp_path / "f.mp4", fps=FPS)


def test_language_codes_and_registry():
    assert language_code("en") == "eng"
    assert language_code("es") == "spa"
    assert language_code("pt-BR") == "por"
    assert language_code("xx") == "und"
    assert REGISTRY.create("ffmpeg").assemble is assemble


@pytest.mark.parametrize("with_music", [False, True])
def test_the_film_sounds_at_minus_16_lufs_with_true_peak_under_minus_1(media, tmp_path, with_music):
    from storyreel.edit import loudness

    root, shots, voices = media
    slots, narration, subtitles = film_inputs(root, voices, "cut")
    quiet = tmp_path / "quiet.wav"  # a voice read far too softly (about -40 LUFS)
    write_pcm(quiet, (read_pcm(narration).astype(np.float64) * 0.05).astype(np.int16))
    music = None
    if with_music:
        music = tmp_path / "music.wav"
        tools.run(["ffmpeg", "-nostdin", "-v", "error", "-f", "lavfi", "-i",
                   "sine=frequency=900:duration=2:sample_rate=44100", str(music)])
    before = loudness.measure(quiet)
    out = tmp_path / "film.mp4"
    assemble(shots, slots, quiet, subtitles, out, fps=FPS, music=music)
    after = loudness.measure(out)
    assert before["integrated"] < -30
    assert after["integrated"] == pytest.approx(loudness.TARGET_LUFS, abs=1.0)
    assert after["true_peak"] <= -1.0
    assert decode_audio(out).size / AUDIO_RATE == pytest.approx(film_seconds(slots), abs=0.05)


@pytest.mark.parametrize("crossfade", [0.0, FADE])
def test_the_tracks_are_written_a_block_at_a_time_to_the_same_samples(tmp_path, monkeypatch, crossfade):
    # Blocks far shorter than a scene, and not a divisor of any length: every sound crosses blocks.
    from storyreel.edit import mixing

    slots = timeline(["a", "b", "c"], FRAMES, FPS, crossfade)
    rng = np.random.default_rng(3)
    voices, music, ambience = [], [], []
    for i, slot in enumerate(slots):
        voices.append(tmp_path / f"v{i}.wav")
        write_pcm(voices[-1], rng.integers(-9000, 9000, round(0.8 * AUDIO_RATE)).astype(np.int16))
        music.append(tmp_path / f"m{i}.wav")
        write_pcm(music[-1], rng.integers(-9000, 9000, round((slot.seconds + 1.0) * AUDIO_RATE)).astype(np.int16))
        ambience.append(tmp_path / f"a{i}.wav")
        write_pcm(ambience[-1], rng.integers(-9000, 9000, round(slot.seconds * AUDIO_RATE)).astype(np.int16))
    starts, total = mixing.sample_starts(slots)
    # what one whole-film array gives (the way the tracks were built before they were streamed)
    narration = np.zeros(total, dtype=np.int16)
    for start, voice in zip(starts, voices):
        samples = read_pcm(voice)
        narration[start + round(0.15 * AUDIO_RATE):][:samples.size] = samples
    bed = np.zeros(total, dtype=np.float32)
    for tracks in (music, ambience):
        layer = np.zeros(total, dtype=np.float32)
        for start, track in zip(starts, tracks):
            samples = read_pcm(track).astype(np.float32)[: total - start]
            layer[start: start + samples.size] += samples
        if tracks is music:
            layer[total - AUDIO_RATE:] *= np.linspace(1.0, 0.0, AUDIO_RATE, dtype=np.float32)
        bed += layer
    monkeypatch.setattr(mixing, "BLOCK", 9973)
    build_narration(slots, voices, tmp_path / "narration.wav")
    build_bed(slots, music, ambience, tmp_path / "bed.wav", tail_s=1.0)
    assert np.array_equal(read_pcm(tmp_path / "narration.wav"), narration)
    assert np.array_equal(read_pcm(tmp_path / "bed.wav"), np.clip(np.round(bed), -32768, 32767).astype(np.int16))
    assert not list(tmp_path.glob(".*part*"))
