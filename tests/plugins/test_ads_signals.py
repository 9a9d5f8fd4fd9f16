"""AD signals: literal gates find every hit a scan of the whole text finds, and skip the scans
that cannot find anything."""

import random
import re
from dataclasses import replace

import pytest

from checker.testing import make_engine
from checker_plugins.ads.gates import UNFOLDABLE, _fold_options, gate_for
from checker_plugins.ads.signals import compile_signals


def data():
    return make_engine(select=["AD"]).context.data("ads")


def ungated(signals):
    """The same signals with every pattern scanned over the whole text."""
    ungated = compile_signals([], "signal")
    ungated.automaton, ungated.phrases = signals.automaton, signals.phrases
    ungated.patterns = [replace(scan, gate=None) for scan in signals.patterns]
    return ungated


def spans(hits):
    return [(h.start, h.end, h.signal.source, h.text) for h in hits]


class CountingRegex:
    """A compiled pattern that counts its scans."""

    def __init__(self, regex):
        self.regex, self.scans = regex, []

    def finditer(self, text, lo, hi):
        self.scans.append((lo, hi))
        return self.regex.finditer(text, lo, hi)


def signal(pattern, weight=3):
    return {"pattern": pattern, "weight": weight, "kind": "推销", "reason": "test"}


# --- which words, and where to scan -----------------------------------------------------------

@pytest.mark.parametrize("pattern, words, scope", [
    (r"(?<![A-Za-z])(?:VIP|vip)(?![A-Za-z])", ("VIP", "vip"), "window"),
    (r"会员[^\s，。]*下载", ("会员",), "line"),
    (r"(?:阅读|浏览)\s*[:：]\s*\d+", ("浏览", "阅读"), "text"),
    (r"^\s*[【\[]?(?:免责声明|声明)[】\]]?\s*[:：]", ("声明",), "text"),
    (r"[京津沪]ICP[备证]\s*\d+号", ("ICP",), "text"),
])
def test_gate_words_and_scope(pattern, words, scope):
    gate = gate_for(re.compile(pattern, re.M if "^" in pattern else 0))
    assert (gate.words, gate.scope) == (words, scope)


@pytest.mark.parametrize("pattern", [r"\d{3}\s\d{4}", r"(?:\d+\s+){2,}", r"(?i:qq)群号", r"(a)\1"])
def test_patterns_without_usable_words_are_not_gated(pattern):
    assert gate_for(re.compile(pattern)) is None


def test_case_insensitive_words_are_spelled_lowercase_with_folded_letters():
    gate = gate_for(re.compile(r"(?i)copyright|©"))
    assert (gate.scope, gate.words) == ("folded", ("copyright", "copyrıght", "©"))  # ı matches i


# --- the gates change nothing -----------------------------------------------------------------

TEXTS = [
    "开通VIP会员，海量材料免费下载！\n本文由某某范文网整理，转载请注明出处",
    "发布时间：2024-03-05 08:38:00　来源：网友投稿　阅读：1024次\n当前位置：首页 > 讲话稿 > 正文",
    "咨询QQ：3365512\n微信：abc_123456\nCopyright © 2024 某某网\nCOPYRıGHT 2023\n(C) 2022",
    "第1页 共3页\n\n  声明：本站资料均来自网络，如有侵权请联系删除。\n县委办公室\n市政府",
    "同志们：\n全县党员干部要坚持群众路线，推进各项工作落实。\n400-123-4567\n资料群号：",
    "阅读\n：12\n\n浏览 (3)\n原创\n某某\n发表于  北京\nIP属地：北京",
]


@pytest.mark.parametrize("table", ["signal", "metadata"])
@pytest.mark.parametrize("text", TEXTS)
def test_gated_scans_find_what_whole_scans_find(table, text):
    signals = compile_signals(data()[table], table)
    assert spans(signals.hits(text)) == spans(ungated(signals).hits(text))


@pytest.mark.parametrize("table", ["signal", "metadata"])
def test_gated_scans_find_what_whole_scans_find_in_spliced_texts(table):
    signals = compile_signals(data()[table], table)
    reference = ungated(signals)
    words = [w for scan in signals.patterns if scan.gate for w in scan.gate.words]
    pieces = words + ["\n", "\n\n", " ", "：", ":", "2024-03-05", "12:30:45", "3", "，", "。", "【", "】",
                      "abc", "QQ", "Qq", "ſ", "ı", "\u212a", "İ", "某某", "群", "网", "整理", "页", "共"]
    rng = random.Random(20240305)
    for _ in range(1500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 25)))
        assert spans(signals.hits(text)) == spans(reference.hits(text)), text


def test_pattern_is_scanned_only_where_its_words_are():
    signals = compile_signals([signal(r"(?<![A-Za-z])(?:VIP|vip)(?![A-Za-z])"), signal(r"会员[^\s，。]*下载")],
                              "signal")
    window, line = (CountingRegex(scan.regex) for scan in signals.patterns)
    signals.patterns[0].regex, signals.patterns[1].regex = window, line
    text = "同志们：\n今天召开全县工作会议。\n" * 20 + "开通VIP会员，会员资料免费下载\n" + "谢谢大家！\n" * 20
    hits = signals.hits(text)
    assert sorted(h.text for h in hits) == ["VIP", "会员资料免费下载"]
    at = text.index("VIP")
    assert len(window.scans) == 1 and window.scans[0][0] >= at - 3 and window.scans[0][1] <= at + 10
    line_start = text.rindex("\n", 0, at) + 1
    assert line.scans == [(line_start, text.index("\n", at))]


def test_pattern_whose_words_are_absent_is_not_scanned():
    signals = compile_signals([signal(r"(?:关注|添加)\s*公众号"), signal(r"(?i)qq\s*[:：]\s*\d{5,}")], "signal")
    spies = [CountingRegex(scan.regex) for scan in signals.patterns]
    for scan, spy in zip(signals.patterns, spies):
        scan.regex = spy
    assert signals.hits("同志们：\n今天召开全县工作会议，部署下一阶段工作。\n") == []
    assert [spy.scans for spy in spies] == [[], []]
    assert [h.text for h in signals.hits("请关注 公众号\nQq：12345678")] == ["关注 公众号", "Qq：12345678"]


def test_case_insensitive_gate_covers_every_letter_re_takes_for_the_same():
    """Each character re matches case-insensitively against a word's letter lowercases to one
    of the spellings the gate looks for, or is one the gate always lets through."""
    everything = "".join(map(chr, range(0x110000)))
    letters = {ch for scan in compile_signals(data()["signal"], "signal").patterns
               if scan.gate and scan.gate.folded for word in scan.gate.words for ch in word}
    for letter in letters | set("iksµ"):
        for other in re.findall("(?i)" + re.escape(letter), everything):
            assert other in UNFOLDABLE or other.lower() in _fold_options(letter), (letter, other)
