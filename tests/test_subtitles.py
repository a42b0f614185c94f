"""Subtitle cues and SRT output (pure functions)."""

import re

import pytest

from storyreel.subtitles import Cue, scene_cues, split_narration, srt_time, to_srt, wrap

LONG = ("Once upon a time, a small red fox lived at the edge of a quiet village. Every morning she watched "
        "the farmers carry bread to the market, their carts creaking under the weight of loaves and cheese. "
        "One cold winter the river froze. The fox decided to cross it; on the far side, under the tallest "
        "pine, the old owl was waiting with a secret about the mountain where the snow never melts.")

SRT_BLOCK = re.compile(r"(\d+)\n(\d\d):(\d\d):(\d\d),(\d{3}) --> (\d\d):(\d\d):(\d\d),(\d{3})\n((?:.+\n?)+)")


def parse_srt(text):
    cues = []
    for block in text.strip().split("\n\n"):
        m = SRT_BLOCK.fullmatch(block)
        assert m, f"not an SRT block: {block!r}"
        g = m.groups()
        start = int(g[1]) * 3600 + int(g[2]) * 60 + int(g[3]) + int(g[4]) / 1000
        end = int(g[5]) * 3600 + int(g[6]) * 60 + int(g[7]) + int(g[8]) / 1000
        cues.append((int(g[0]), start, end, g[9].rstrip("\n").split("\n")))
    return cues


def test_cues_are_contiguous_and_fill_the_speech_span():
    cues = scene_cues(LONG, start_s=12.5, speech_s=20.0)
    assert len(cues) >= 5
    assert cues[0].start_s == 12.5
    assert cues[-1].end_s == pytest.approx(32.5)
    for a, b in zip(cues, cues[1:]):
        assert a.end_s == b.start_s
    assert all(c.end_s > c.start_s for c in cues)


def test_cue_time_follows_text_length():
    cues = scene_cues("A short one. Then a much longer sentence that keeps going for quite a while.", 0, 10,
                      max_chars=42, max_lines=1)
    durations = [c.end_s - c.start_s for c in cues]
    lengths = [len(c.text.replace("\n", " ")) for c in cues]
    for d, n in zip(durations, lengths):
        assert d == pytest.approx(10 * n / sum(lengths))


@pytest.mark.parametrize("max_chars,max_lines", [(42, 2), (30, 1), (20, 3), (12, 2)])
def test_line_limits_hold_and_no_word_is_lost(max_chars, max_lines):
    cues = scene_cues(LONG, 0, 30, max_chars=max_chars, max_lines=max_lines)
    for cue in cues:
        lines = cue.text.split("\n")
        assert 1 <= len(lines) <= max_lines
        assert all(0 < len(line) <= max_chars for line in lines)
    assert " ".join(c.text.replace("\n", " ") for c in cues).split() == LONG.split()


def test_cuts_prefer_sentence_and_clause_ends():
    text = ("Once upon a time, a small red fox lived at the edge of a quiet village. Every morning she "
            "watched the farmers carry bread to the market, their carts creaking under the weight of loaves. "
            "One cold winter the river froze. The fox crossed it; on the far side, under the pine, the owl waited.")
    pieces = split_narration(text)
    assert len(pieces) >= 4
    assert all(p[-1] in ".,;" for p in pieces)
    assert len(split_narration("The fox ran.")) == 1


def test_overlong_clause_is_split_evenly():
    clause = "the old owl was waiting with a secret about the mountain where the snow never melts"
    pieces = split_narration(clause, max_chars=42, max_lines=2)
    assert len(pieces) == 2
    assert abs(len(pieces[0]) - len(pieces[1])) < 15


def test_overlong_word_is_broken_to_fit():
    word = "Supercalifragilisticexpialidocious" * 3
    cues = scene_cues(word, 0, 5, max_chars=42, max_lines=2)
    assert "".join(c.text.replace("\n", "") for c in cues) == word
    assert all(len(line) <= 42 for c in cues for line in c.text.split("\n"))


def test_wrap_balances_lines():
    assert wrap("The fox ran into the dark forest, looking for the owl.", 42) == [
        "The fox ran into the dark", "forest, looking for the owl."]
    assert wrap("  short   text ", 42) == ["short text"]


def test_srt_round_trips():
    cues = scene_cues(LONG, 3.0, 25.0) + scene_cues("Then $(rm -rf /) `said` \"the owl\" 🦉.", 30.0, 2.5)
    parsed = parse_srt(to_srt(cues))
    assert [p[0] for p in parsed] == list(range(1, len(cues) + 1))
    for cue, (_, start, end, lines) in zip(cues, parsed):
        assert start == pytest.approx(cue.start_s, abs=0.0005)
        assert end == pytest.approx(cue.end_s, abs=0.0005)
        assert lines == cue.text.split("\n")
    assert parsed[-1][3] == ['Then $(rm -rf /) `said` "the owl" 🦉.']


def test_srt_time_and_blank_lines():
    assert srt_time(3723.4567) == "01:02:03,457"
    assert srt_time(0) == "00:00:00,000"
    text = to_srt([Cue(0, 1.5, "first\n\n  second  ")])
    assert text == "1\n00:00:00,000 --> 00:00:01,500\nfirst\nsecond\n"


def test_bad_span_is_rejected():
    with pytest.raises(ValueError, match="speech_s"):
        scene_cues("Hello.", 0, 0)
