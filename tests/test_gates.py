"""Literal gates: the words read off a pattern are in every match, so a text without them
needs no scan; and where a scan can be narrowed, the narrow scan finds the same matches."""

import re
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.gates import UNFOLDABLE, _fold_options, _minimal, gate_for, spelled_out


@pytest.mark.parametrize("pattern, words, scope", [
    (r"(?<![A-Za-z])(?:VIP|vip)(?![A-Za-z])", ("VIP", "vip"), "window"),
    (r"会员[^\s，。]*下载", ("会员",), "line"),
    (r"(?:阅读|浏览)\s*[:：]\s*\d+", ("浏览", "阅读"), "text"),
    (r"^\s*[【\[]?(?:免责声明|声明)[】\]]?\s*[:：]", ("声明",), "text"),
    (r"[京津沪]ICP[备证]\s*\d+号", ("ICP",), "text"),
    # a repeat requires its item run together as often as it must repeat, up to three times
    (r"。{3,}", ("。。。",), "line"),
    (r"(?<![.．])\.{3,}(?![.．])", ("...",), "line"),
    (r"(?:ab?){2}c", ("aa", "aba"), "window"),  # aab holds aa, abab holds aba
    (r"(?<=[0-9０-９])一一(?=[0-9０-９])", ("一一",), "window"),
])
def test_gate_words_and_scope(pattern, words, scope):
    gate = gate_for(pattern, re.M if "^" in pattern else 0)
    assert (gate.words, gate.scope) == (words, scope)


@pytest.mark.parametrize("pattern", [r"\d{3}\s\d{4}", r"(?:\d+\s+){2,}", r"(?i:qq)群号", r"(a)\1", r"x*", r"(?:ab)?"])
def test_patterns_without_usable_words_are_not_gated(pattern):
    assert gate_for(pattern) is None


def test_a_class_repeated_requires_every_mix_of_its_characters():
    gate = gate_for(r"(?<![—―])(?:[—―]{3}|[—―]{5,})(?![—―])")
    assert len(gate.words) == 8 and "———" in gate.words and "—―—" in gate.words


def test_case_insensitive_words_are_spelled_lowercase_with_folded_letters():
    gate = gate_for(r"(?i)copyright|©")
    assert (gate.scope, gate.words) == ("folded", ("copyright", "copyrıght", "©"))  # ı matches i


def test_case_insensitive_gate_covers_every_letter_re_takes_for_the_same():
    """Each character re matches case-insensitively against a letter lowercases to one of the
    spellings the gate looks for, or is one the gate always lets through."""
    everything = "".join(map(chr, range(0x110000)))
    for letter in string.ascii_letters + "µ":
        for other in re.findall("(?i)" + re.escape(letter), everything):
            assert other in UNFOLDABLE or other.lower() in _fold_options(letter), (letter, other)


PATTERNS = [
    r"。{3,}", r"(?<![.．])\.{3,}(?![.．])", r"(?<![—―])(?:[—―]{3}|[—―]{5,})(?![—―])",
    r"(?<=[0-9])一一(?=[0-9])", r"(?:关注|添加)\s*公众号", r"(?i)qq\s*[:：]\s*\d{2,}", r"会员[^\n，]*下载",
    r"(?:ab?){2}c", r"^声明[:：]", r"x{2,4}y?z", r"[ab]{1,5}c声明", r"(?:关注|添加)[的了]?公众号",
]
# single characters, and stretches that make matches likely
PIECES = list("。.．—―一0123456789关注添加公众号qQ:： \n会员下载，abcxyzKkſı声明") + [
    "。。。", "...", "———", "—―—", "1一一2", "关注 公众号", "QQ：12", "会员资料下载", "abac", "声明：", "xxz",
    "ababac声明", "添加了公众号"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=20).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(PATTERNS), TEXTS)
def test_no_match_is_missed_where_the_gate_says_none_can_occur(pattern, text):
    flags = re.M if "^" in pattern else 0
    gate = gate_for(pattern, flags)
    assert gate is not None
    if not gate.may_occur(text):
        assert re.search(pattern, text, flags) is None


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(PATTERNS), TEXTS)
def test_narrowed_scans_find_what_a_whole_scan_finds(pattern, text):
    flags = re.M if "^" in pattern else 0
    gate, regex = gate_for(pattern, flags), re.compile(pattern, flags)
    if gate.folded:
        return  # folded gates only say whether to scan the whole text
    starts = [i for word in gate.words for i in range(len(text)) if text.startswith(word, i)]
    narrowed = {m.span() for lo, hi in gate.spans(text, starts) for m in regex.finditer(text, lo, hi)}
    assert narrowed == {m.span() for m in regex.finditer(text)}


@pytest.mark.parametrize("pattern, strings", [
    (r"(?:禁止|严禁)(?:外传|转载)", ["严禁外传", "严禁转载", "禁止外传", "禁止转载"]),
    (r"[京沪]ICP备?", ["京ICP", "京ICP备", "沪ICP", "沪ICP备"]),
    # look-alikes that are not phrase lists
    (r"^声明", None), (r"\b版权", None), (r"(?<!不)转载", None), (r"(?i)vip", None),
    (r"会员\d+", None), (r"下载?", ["下", "下载"]), (r"(?:下载)?", None), (r"[一-龥]网", None),
])
def test_spelled_out_lists_the_strings_of_phrase_patterns_only(pattern, strings):
    assert spelled_out(pattern) == (None if strings is None else tuple(strings))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="网站整理下载ab", min_size=1, max_size=5), max_size=25))
def test_minimal_words_are_those_holding_no_other_word(words):
    expected = sorted({w for w in words if not any(o != w and o in w for o in words)})
    assert _minimal(words) == expected
