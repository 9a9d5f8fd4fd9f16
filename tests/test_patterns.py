"""Patterns from data: syntax errors name their source; runaway user patterns are stopped, not
hung on; dictionary patterns compile when first used and behave as compiled ones."""

import re
import time

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from checker.errors import ConfigError
from checker.patterns import (FirstCharFirst, LookbehindFirst, PatternTimeout, alternation, compile_user_pattern,
                              first_char_first, longest_first, on_demand, quick_scan)


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


# Patterns of the shapes the rules use: classes, alternations, groups and flags after one or two
# opening lookbehinds, and lookbehinds holding a class with ")" or a group of their own.
LEADING = [
    r"(?<![A-Za-z])(?:QQ群|QQ|Q)\s*[:：]?\d+",
    r"(?i)(?<![a-z])(?:qq|ｑｑ|扣扣)(?P<sep>[:：])?(?P<n>\d{2,})",
    r"(?<![.．。])\.(?![.．。])",
    r"(?<=[”》])、(?=[“《])",
    r"(?<![)\]])(?:a|ab|b)+",
    r"(?<!(?:Q|群))\d{2,}",
    r"(?<!a)(?<=[a-z群])Q+",
    r"(?m)(?<![Qq])^\d+$",
    r"(?<=[\u4e00-\u9fff]{2})(?:群|QQ)(?=\d)",
]
TEXT = st.text(alphabet="aAbQq群扣：:12.．。”》、“《)]\n ", max_size=40)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(LEADING), TEXT)
@example(r"(?<![)\]])(?:a|ab|b)+", ")ab a)bb")  # a refused match holds the start of the next
@example(r"(?<!(?:Q|群))\d{2,}", "Q123 群45 678")
@example(r"(?<![A-Za-z])(?:QQ群|QQ|Q)\s*[:：]?\d+", "aQQ12 QQ群:3 Q4Q5")  # matches side by side
def test_lookbehind_first_finds_what_the_whole_pattern_finds(source, text):
    fast = quick_scan(source)
    assert isinstance(fast, LookbehindFirst)
    whole = re.compile(source)
    assert [(m.span(), m.groups(), m.groupdict()) for m in fast.finditer(text)] == \
        [(m.span(), m.groups(), m.groupdict()) for m in whole.finditer(text)]


@pytest.mark.parametrize("source", [
    r"QQ\d+",                # nothing to split off
    r"(?<=a)",               # nothing after the lookbehind
    r"(?<=a)b?",             # the rest may match nothing
    r"(?<=(a))b",            # a group inside the lookbehind
    r"(?x) (?<=a) b",         # verbose: the groups may be spaced
])
def test_patterns_that_cannot_be_split_are_not(source):
    assert not isinstance(quick_scan(source), LookbehindFirst)


# Patterns that give re no first character to skip to: optional parts, choices of groups,
# repeats, anchors and lookarounds in front, characters a class reads specially.
NO_CLASS_FIRST = [
    r"(?:(?:\+|00)?86)?1[3-9]\d{3}",
    r"(?P<a>Q)?(?P<b>群)?\d+",
    r"(?:a|b)?(?:c|ab)+",
    r"a*?b",
    r"(?:\]|\^|-|\\|&&|~~)?x",
    r"(?m)^\s*1\d",
    r"(?=a)[ab]+|b{2,}",
    r"(?<=(a))b",
    r"(?>a|ab)?b",
    r"(?:a?b)+(?:c)",
    r"(?:a|b?)c",
    r"(?<!a)(?:(?P<x>b)|c)d?",
]
NO_CLASS_TEXT = st.text(alphabet="ab c12386+0群Q]^-\\&~x\n", max_size=40)


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(NO_CLASS_FIRST), NO_CLASS_TEXT, st.integers(0, 45), st.integers(0, 45))
@example(r"(?:(?:\+|00)?86)?1[3-9]\d{3}", "+861391234 13912345", 0, 45)
@example(r"a*?b", "aab ab b", 2, 7)
@example(r"(?P<a>Q)?(?P<b>群)?\d+", "Q123", 0, 3)  # a match that endpos cuts short
@example(r"(?:a|b?)c", "ac bc c", 0, 9)
def test_first_char_scan_finds_what_the_whole_pattern_finds(source, text, pos, endpos):
    fast, whole = first_char_first(re.compile(source)), re.compile(source)
    assert isinstance(fast, FirstCharFirst)
    assert [(m.span(), m.groups()) for m in fast.finditer(text, pos, endpos)] == \
        [(m.span(), m.groups()) for m in whole.finditer(text, pos, endpos)]
    found, plain = fast.search(text, pos), whole.search(text, pos)
    assert (found and (found.span(), found.groups())) == (plain and (plain.span(), plain.groups()))


@pytest.mark.parametrize("source", [
    r"abc",           # a literal: re skips to it
    r"[ab]c",         # a class
    r"(?:QQ|群)\d",    # a choice of literals
    r"^a?b",          # anchored at the start: re tries one position
    r"x*",            # may match nothing
    r"a?[^b]",        # may start with nearly any character
    r"\w?x",
    r"(a)?\1b",       # a backreference where the match may start
    r"(?:(b)|c)\1?",   # or anywhere: a lookbehind, which the scan needs, cannot hold one
    r"(?i)a?b",       # case folded
    r"[一-龥]?b",      # a class of thousands: scanning by it gains nothing
])
def test_patterns_re_scans_well_or_that_cannot_be_read_are_left_as_they_are(source):
    assert first_char_first(re.compile(source)) == re.compile(source)


def test_quick_scan_splits_lookbehinds_and_scans_the_rest_by_its_first_characters():
    fast = quick_scan(r"(?<![0-9])(?:(?:\+|00)?86)?1[3-9]\d{3}(?![0-9])")
    assert isinstance(fast, LookbehindFirst) and isinstance(fast.rest, FirstCharFirst)
    assert [m.group() for m in fast.finditer("a13912 8613912 913912 +8613900")] == ["13912", "8613912", "+8613900"]


def test_word_alternations_match_the_longest_word_and_spell_the_same_from_any_order():
    words = ["QQ", "QQ群", "", "交流群", "QQ", "Q群", "a.b"]
    assert longest_first(words) == ["QQ群", "a.b", "交流群", "QQ", "Q群"]
    assert alternation(words) == alternation(reversed(words)) == alternation(set(words))
    assert re.search(alternation(words), "加QQ群123").group() == "QQ群"
    assert not re.search(alternation(words), "aXb")  # literal words: "." is not a wildcard
