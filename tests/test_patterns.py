"""User patterns: syntax errors name their source; runaway patterns are stopped, not hung on."""

import time

import pytest

from checker.errors import ConfigError
from checker.patterns import PatternTimeout, compile_user_pattern


def test_user_pattern_matches_normally():
    pattern = compile_user_pattern(r"咨询QQ\d+", "team.toml")
    assert [m.group() for m in pattern.finditer("请咨询QQ123456。")] == ["咨询QQ123456"]


def test_invalid_pattern_is_a_config_error_naming_the_file():
    with pytest.raises(ConfigError, match=r"team.toml: invalid pattern '\(unclosed'"):
        compile_user_pattern("(unclosed", "team.toml")


@pytest.mark.parametrize("source", [r"(x+x+)+y", r"(a|aa)+$", r"^(\w+\s?)*$"])
def test_catastrophic_pattern_is_stopped_within_budget(source):
    pattern = compile_user_pattern(source, "team.toml", budget=0.1)
    started = time.monotonic()
    with pytest.raises(PatternTimeout, match="team.toml"):
        list(pattern.finditer("x" * 3000 + "a" * 3000 + "ab" * 2000 + "!"))
    assert time.monotonic() - started < 5
