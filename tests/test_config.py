"""Config discovery, presets, validation with positioned one-line errors."""

from pathlib import Path

import pytest

from checker.config import find_config_file, load_config
from checker.errors import ConfigError


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_nearest_config_wins_and_pyproject_needs_tool_section(tmp_path):
    write(tmp_path / "pyproject.toml", "[project]\nname='x'\n")
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    assert find_config_file(sub) is None or find_config_file(sub).parent != tmp_path
    write(tmp_path / "pyproject.toml", "[tool.checker]\nignore = ['PU']\n")
    assert find_config_file(sub) == tmp_path / "pyproject.toml"
    write(tmp_path / "a" / "checker.toml", "ignore = ['TY']\n")
    assert find_config_file(sub) == tmp_path / "a" / "checker.toml"


def test_pyproject_tool_section_is_read(tmp_path):
    path = write(tmp_path / "pyproject.toml", "[tool.checker]\nfail-on = 'error'\n[tool.checker.rules.PH001]\nallow = ['第X条']\n")
    config = load_config(path)
    assert config.fail_on == "error"
    assert config.rules["PH001"] == {"allow": ["第X条"]}
    assert "PU" in config.select  # inherited from the default ruleset


def test_extend_strict_and_local_overrides(tmp_path):
    config = load_config(write(tmp_path / "checker.toml", "extend = 'strict'\nfail-on = 'error'\n"))
    assert config.select == ["ALL"] and config.fail_on == "error"


def test_extend_another_file_relative(tmp_path):
    write(tmp_path / "base.toml", "ignore = ['PU005']\nallow = ['某某']\n")
    config = load_config(write(tmp_path / "checker.toml", "extend = 'base.toml'\nignore = ['TY004']\n"))
    assert config.ignore == ["PU005", "TY004"] and config.allow == ["某某"]


@pytest.mark.parametrize("text,fragment,line", [
    ("select = ['PH']\nfail_on = 'error'\n", "unknown key 'fail_on' (did you mean 'fail-on'?)", 2),
    ("select = 'PH'\n", "'select' must be a list", 1),
    ("fail-on = 'sometimes'\n", "'fail-on' must be one of", 1),
    ("[severity]\nPU001 = 'fatal'\n", "severity of 'PU001' must be one of", 1),
    ("select = [\n", "invalid TOML", 2),
    ("extend = 'nonexistent'\n", "unknown ruleset 'nonexistent'", None),
])
def test_bad_config_is_a_positioned_one_line_error(tmp_path, text, fragment, line):
    path = write(tmp_path / "checker.toml", text)
    load_config.cache_clear()
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    message = str(caught.value)
    assert fragment in message and "\n" not in message
    if line is not None:
        assert f"checker.toml:{line}:" in message


def test_extend_loop_is_reported(tmp_path):
    write(tmp_path / "a.toml", "extend = 'b.toml'\n")
    write(tmp_path / "b.toml", "extend = 'a.toml'\n")
    with pytest.raises(ConfigError, match="loops"):
        load_config(tmp_path / "a.toml")


def test_a_data_file_edited_while_the_process_lives_is_read_again(tmp_path):
    """A language server keeps one process while its user edits the team's word lists."""
    import os

    from checker.testing import check_text

    team = tmp_path / "team.toml"
    team.write_text('[[not_a_title]]\ninside = "三个一批"\nreason = "提法"\n', encoding="utf-8")
    text = "落实《三个一批》要求，完善《两个机制》。"
    assert [f.text for f in check_text(text, select=["PU008"], data={"punctuation": [team]})] == ["《三个一批》"]
    team.write_text('[[not_a_title]]\ninside = "两个机制"\nreason = "提法的简称"\n', encoding="utf-8")
    later = team.stat().st_mtime_ns + 2_000_000_000
    os.utime(team, ns=(later, later))
    assert [f.text for f in check_text(text, select=["PU008"], data={"punctuation": [team]})] == ["《两个机制》"]
