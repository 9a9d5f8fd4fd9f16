"""AD signals: literal gates find every hit a scan of the whole text finds, and skip the scans
that cannot find anything."""

import random
from dataclasses import replace

import pytest

from checker import ConfigError
from checker.testing import make_engine
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


def test_lists_scanned_together_find_what_each_finds_alone():
    from pathlib import Path

    from checker_plugins.ads.signals import SignalSets

    ads, metadata = compile_signals(data()["signal"], "signal"), compile_signals(data()["metadata"], "metadata")
    both = SignalSets((ads, metadata))
    root = Path(__file__).resolve().parents[2]
    drafts = [p.read_text(encoding="utf-8") for p in sorted(root.glob("fixtures/**/*.txt"))]
    assert len(drafts) > 20
    shared = {h.text for text in drafts + TEXTS for h in ads.hits(text)} & {
        h.text for text in drafts + TEXTS for h in metadata.hits(text)}
    assert shared  # a word both lists count (时间, 来源…): the pairs of one automaton entry are kept apart
    for text in drafts + TEXTS:
        together = both.hits(text)
        assert [spans(found) for found in together] == [spans(ads.hits(text)), spans(metadata.hits(text))]


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


def test_gated_pattern_is_compiled_only_once_a_document_holds_its_words():
    signals = compile_signals([signal(r"(?:关注|添加)\s*公众号"), signal(r"\d{3}\s\d{4}")], "signal")
    gated, ungated = signals.patterns
    assert gated.regex._compiled is None and ungated.regex._compiled is not None
    signals.hits("同志们：\n今天召开全县工作会议。\n")
    assert gated.regex._compiled is None
    assert [h.text for h in signals.hits("请关注公众号")] == ["关注公众号"]
    assert gated.regex._compiled is not None


@pytest.mark.parametrize("pattern", [r"(?:关注|添加)\s*公众号(", r"(?<=关注|添加了)公众号", r"[2-1]号"])
def test_bad_patterns_are_refused_when_loaded_even_if_never_scanned(pattern):
    with pytest.raises(ConfigError, match="invalid pattern"):
        compile_signals([signal(pattern)], "signal")


def test_pairwise_and_sorted_containment_agree():
    """Lines with few positive hits compare each pair; the sorted search must say the same."""
    from checker_plugins.ads.signals import Hit, Signal, _containment, _containment_sorted

    rng = random.Random(7)
    signals = [Signal(f"s{w}", w, "k", "r") for w in (-2, 1, 2, 3, 5)]
    for _ in range(2000):
        hits = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 20)
            end = start + rng.randint(1, 6)
            hits.append(Hit(start, end, rng.choice(signals), "x" * (end - start)))
        assert _containment(hits) == _containment_sorted(hits), hits
