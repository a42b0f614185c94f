"""The benchmarks share BENCHMARKS.md and docs/reliability.md: each replaces only its own section,
and a file is written whole or not at all (bench/report.py)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import report  # noqa: E402


def test_a_section_between_markers_is_replaced_and_the_rest_kept(tmp_path):
    doc = tmp_path / "doc.md"
    doc.write_text("intro\n<!-- a: begin -->\nold\n<!-- a: end -->\noutro\n", encoding="utf-8")
    report.replace_between(doc, "<!-- a: begin -->", "<!-- a: end -->", ["new", "figures"])
    assert doc.read_text(encoding="utf-8") == "intro\n<!-- a: begin -->\nnew\nfigures\n<!-- a: end -->\noutro\n"
    report.replace_between(doc, "<!-- b: begin -->", "<!-- b: end -->", ["more"])  # missing markers: appended
    assert doc.read_text(encoding="utf-8").endswith("outro\n\n<!-- b: begin -->\nmore\n<!-- b: end -->\n")


def test_a_heading_s_section_is_replaced_up_to_the_next_heading(tmp_path):
    doc = tmp_path / "BENCHMARKS.md"
    doc.write_text("# Benchmarks\n\n## One\n\nold\n\n## Two\n\nkept\n", encoding="utf-8")
    report.replace_section(doc, "## One", "new")
    assert doc.read_text(encoding="utf-8") == "# Benchmarks\n\n## One\n\nnew\n\n## Two\n\nkept\n"


def test_a_write_that_fails_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    doc = tmp_path / "doc.md"
    doc.write_text("## One\n\nold\n", encoding="utf-8")

    def refuse(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(report.os, "replace", refuse)
    with pytest.raises(OSError):
        report.replace_section(doc, "## One", "new")
    assert doc.read_text(encoding="utf-8") == "## One\n\nold\n"
    assert [p.name for p in tmp_path.iterdir()] == ["doc.md"]  # no temporary file left
