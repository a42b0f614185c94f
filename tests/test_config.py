import pytest

from storyreel.config import load_config
from storyreel.errors import InputError


def test_precedence_defaults_file_env_flags(tmp_path):
    toml = tmp_path / "storyreel.toml"
    toml.write_text('fps = 30\nwidth = 854\n[llm]\nmodel = "qwen2.5-0.5b"\n[edit]\ntransition = "crossfade"\n')
    env = {"STORYREEL_FPS": "25", "STORYREEL_EDIT__BURN_SUBTITLES": "true", "OTHER": "x"}
    config = load_config(toml, overrides={"fps": 12}, environ=env)
    assert config.fps == 12  # flag beats environment beats file
    assert config.width == 854 and config.height == 720  # file, then default
    assert config.llm.model == "qwen2.5-0.5b"
    assert config.edit.transition == "crossfade" and config.edit.burn_subtitles is True
    assert load_config(toml, environ=env).fps == 25


def test_bad_config_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("fps = [")
    with pytest.raises(InputError, match="not valid TOML"):
        load_config(bad, environ={})
    with pytest.raises(InputError, match="edit.transition"):
        load_config(overrides={"edit": {"transition": "wipe"}}, environ={})
    with pytest.raises(InputError, match="does not exist"):
        load_config(tmp_path / "missing.toml", environ={})


def test_config_file_from_environment(tmp_path):
    toml = tmp_path / "c.toml"
    toml.write_text("seed = 99\n")
    assert load_config(environ={"STORYREEL_CONFIG": str(toml)}).seed == 99


def test_sound_flags_turn_the_score_and_ambience_off_and_music_replaces_the_score():
    from storyreel.cli import _overrides, build_parser
    from storyreel.pipeline import _scores

    parse = build_parser().parse_args
    plain = load_config(overrides=_overrides(parse(["render", "out/x"])), environ={})
    assert plain.edit.score and plain.edit.ambience and _scores(plain)
    quiet = load_config(overrides=_overrides(parse(["render", "out/x", "--no-music", "--no-ambience"])), environ={})
    assert not quiet.edit.score and not quiet.edit.ambience and not _scores(quiet)
    mine = load_config(overrides=_overrides(parse(["render", "out/x", "--music", "song.ogg"])), environ={})
    assert mine.edit.score and not _scores(mine)  # the user's music plays instead of the score
    with pytest.raises(InputError, match="--music and --no-music"):
        _overrides(parse(["render", "out/x", "--music", "song.ogg", "--no-music"]))
