import os
import stat

import pytest

from storyreel import files


def test_atomic_write_replaces_whole_file_with_normal_permissions(tmp_path):
    target = tmp_path / "a" / "x.json"
    files.write_json(target, {"k": 1})
    files.write_json(target, {"k": 2})
    assert target.read_text().strip().endswith("}") and '"k": 2' in target.read_text()
    assert stat.S_IMODE(os.stat(target).st_mode) == files.FILE_MODE
    assert list(target.parent.iterdir()) == [target]


def test_failed_write_leaves_old_file_and_no_temp(tmp_path):
    target = tmp_path / "keep.txt"
    target.write_text("old")
    with pytest.raises(RuntimeError):
        with files.atomic_path(target) as tmp:
            tmp.write_text("half")
            raise RuntimeError("killed")
    assert target.read_text() == "old"
    assert list(tmp_path.iterdir()) == [target]


def test_temp_keeps_suffix_and_stale_temps_are_cleaned(tmp_path):
    with files.atomic_path(tmp_path / "shot.mp4") as tmp:
        assert tmp.suffix == ".mp4" and tmp.name.startswith(".")
        tmp.write_bytes(b"x")
        stale = tmp_path / ".other.abc.part.png"
        stale.write_bytes(b"y")
    assert files.clean_stale_temps(tmp_path) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shot.mp4"]


def test_cache_keys_are_order_independent():
    assert files.sha256_json({"a": 1, "b": [1, 2]}) == files.sha256_json({"b": [1, 2], "a": 1})
    assert files.sha256_json({"a": 1}) != files.sha256_json({"a": 2})


def test_the_manifest_reads_once_while_unchanged_and_writes_what_json_would(tmp_path):
    import json

    from storyreel.project import Manifest

    ours, theirs = Manifest(tmp_path / "manifest.json"), Manifest(tmp_path / "manifest.json")  # two processes
    ours.record("shots/s1.mp4", "k1", "animatic", "1", 1.0, size=3, spoken=[0.5], who={"s1": "Zoé"})
    assert ours.get("shots/s1.mp4")["key"] == "k1"
    theirs.record("voice/s1.wav", "k2", "espeak", "1", 0.5)  # another writer: ours sees it, not its old read
    assert ours.get("voice/s1.wav")["key"] == "k2" and ours.get("shots/s1.mp4")["key"] == "k1"
    ours.record("shots/s1.mp4", "k3", "animatic", "1", 1.0)  # an entry made again is written anew
    text = (tmp_path / "manifest.json").read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n"
    assert theirs.get("shots/s1.mp4")["key"] == "k3" and "size" not in theirs.get("shots/s1.mp4")
    ours.read()["voice/s1.wav"] = {}  # what a caller does with a read does not change the next one
    assert ours.get("voice/s1.wav")["key"] == "k2"
