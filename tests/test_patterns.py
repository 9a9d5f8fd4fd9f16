"""Patterns from data: syntax errors name their source; runaway user patterns are stopped, not
hung on; dictionary patterns compile when first used and behave as compiled ones."""

import time

import pytest

from checker.errors import ConfigError
from checker.patterns import PatternTimeout, compile_user_pattern, on_demand


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


def test_on_demand_pattern_compiles_when_first_used_and_matches_as_compiled():
    import re

    pattern = on_demand(r"(?:进行|开展)\Z")
    assert pattern._compiled is None
    for text in ["认真进行", "开展", "进行了", ""]:
        assert bool(pattern.search(text)) == bool(re.search(r"(?:进行|开展)\Z", text))
    assert pattern._compiled is not None
    assert on_demand("开展").match("要开展工作", 1).group() == "开展"
    assert [m.span() for m in on_demand("a").finditer("banana", 2)] == [(3, 4), (5, 6)]


@pytest.mark.parametrize("source", ["(unclosed", "[z-a]", r"(?<=进行|开展了)的", "a{3,1}"])
def test_on_demand_pattern_is_refused_when_loaded(source):
    import re

    with pytest.raises(re.error):
        on_demand(source)
