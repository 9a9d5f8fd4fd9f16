"""Rule selection, severities, suppression, failures: the engine with a known local plugin."""

from pathlib import Path

import pytest

from checker.config import Config
from checker.engine import Engine
from checker.errors import ConfigError
from checker.plugin_host import PluginHost
from checker.readers import MarkdownReader, TextReader
from checker.selection import select_rules

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def host():
    return PluginHost(local_files=[DATA / "sample_plugin.py"])


def engine(host, **kwargs) -> Engine:
    kwargs.setdefault("select", ["ZZ001", "ZZ002"])
    return Engine(host, Config(**kwargs))


def txt(text, path="a.txt"):
    return TextReader().read(path, text.encode("utf-8"))


def test_local_plugin_file_loads_and_is_listed(host):
    assert {"ZZ001", "ZZ002", "ZZ003", "ZZ004"} <= set(host.rules)
    assert host.plugins["file:sample_plugin.py"].rules


def test_selection_most_specific_wins(host):
    rules = host.rules
    ids = lambda sel, ign: [r.id for r in select_rules(rules, sel, ign) if r.id.startswith("ZZ")]
    assert ids(["ZZ"], ["ZZ002"]) == ["ZZ001"]
    assert ids(["ZZ002"], ["ZZ"]) == ["ZZ002"]
    assert ids(["ZZ"], []) == ["ZZ001", "ZZ002"]  # opt-in rules need their full id
    assert "ZZ003" in ids(["ZZ003"], []) and "ZZ003" in ids(["ALL"], [])


def test_unknown_selector_is_a_config_error(host):
    with pytest.raises(ConfigError, match="unknown rule id or prefix 'QQ9'"):
        engine(host, select=["QQ9"])


def test_findings_are_located_sorted_and_fingerprinted(host):
    findings = engine(host).check(txt("第一行\n好！！广告行\n"))
    assert [(f.rule.id, f.line, f.column, f.end_line, f.end_column, f.text) for f in findings] == [
        ("ZZ002", 2, 1, 2, 7, "好！！广告行"),
        ("ZZ001", 2, 2, 2, 4, "！！"),
    ]
    assert all(f.fingerprint for f in findings)


def test_fingerprint_survives_line_shift(host):
    one = engine(host).check(txt("好！！\n"))[0].fingerprint
    two = engine(host).check(txt("新加一行\n\n好！！\n"))[0].fingerprint
    assert one == two


def test_fingerprints_are_stable_across_releases():
    # Baseline files store fingerprints: the hash of a known finding must never change.
    from checker.testing import check_text

    (finding,) = check_text("今天召开会议,研究工作。\n", select=["PU001"])
    assert finding.fingerprint == "1ea5d5da0684529556ce:0"


def test_severity_override_by_prefix_and_id(host):
    e = engine(host, severity={"ZZ": "info", "ZZ002": "warning"})
    levels = {f.rule.id: f.severity for f in e.check(txt("好！！广告行"))}
    assert levels == {"ZZ001": "info", "ZZ002": "warning"}


def test_per_file_ignores(host, tmp_path):
    e = engine(host, per_file_ignores={"archive/**": ["ZZ001"], "*.md": ["ZZ002"]})
    assert {f.rule.id for f in e.check(txt("好！！广告行", "archive/old/a.txt"))} == {"ZZ002"}
    assert {f.rule.id for f in e.check(txt("好！！广告行", "draft/a.md"))} == {"ZZ001"}


def test_inline_directives_disable_and_enable(host):
    text = "好！！\n<!-- checker-disable ZZ001 -->\n好！！\n<!-- checker-enable ZZ001 -->\n好！！\n"
    lines = [f.line for f in engine(host).check(MarkdownReader().read("a.md", text.encode()))]
    assert lines == [1, 5]


def test_plain_text_directive_and_next_line(host):
    text = "# checker-disable-next-line ZZ001\n好！！\n好！！\nchecker-disable\n好！！广告行\n"
    findings = engine(host).check(txt(text))
    assert [(f.rule.id, f.line) for f in findings] == [("ZZ001", 3)]


def test_allowlist_phrases(host):
    findings = engine(host, allow=["真好！！"]).check(txt("真好！！又好！！"))
    assert [f.column for f in findings] == [7]


def test_failing_rule_is_reported_and_others_survive(host):
    e = engine(host, select=["ZZ001", "ZZ003"])
    findings = e.check(txt("好！！"))
    assert [f.rule.id for f in findings] == ["ZZ001"]
    assert len(e.failures) == 1 and "ZZ003" in str(e.failures[0]) and "boom" in str(e.failures[0])
    assert "file:sample_plugin.py" in str(e.failures[0])


def test_rule_options_and_user_data_files(host, tmp_path):
    words = tmp_path / "sample_words.toml"
    words.write_text('[[word]]\nword = "乙"\nreason = "测试"\n', encoding="utf-8")
    e = engine(host, select=["ZZ004"], rules={"ZZ004": {"words": ["甲"]}}, data={"sample_words": (words,)})
    assert [f.text for f in e.check(txt("甲乙丙"))] == ["甲", "乙"]


def test_data_entry_without_reason_is_rejected(host, tmp_path):
    words = tmp_path / "sample_words.toml"
    words.write_text('[[word]]\nword = "乙"\n\n[[word]]\nword = "丙"\n', encoding="utf-8")
    e = engine(host, select=["ZZ004"], data={"sample_words": (words,)})
    with pytest.raises(ConfigError, match=r"sample_words.toml:1: entry 1 of \[\[word\]\] has no 'reason'"):
        e.check(txt("甲"))


def test_broken_entry_point_plugin_is_named_and_run_goes_on(monkeypatch, tmp_path):
    broken = tmp_path / "broken_plugin.py"
    broken.write_text("raise ImportError('missing dependency xyz')\n", encoding="utf-8")
    host = PluginHost(local_files=[broken, DATA / "sample_plugin.py"])
    assert any("broken_plugin.py" in w and "missing dependency xyz" in w for w in host.warnings)
    assert "ZZ001" in host.rules


def test_regex_only_rules_do_not_build_tokens(host):
    doc = txt("好！！")
    engine(host).check(doc)
    assert "tokens" not in doc.__dict__


def test_token_rules_get_spacy_jieba_words_with_offsets(host):
    e = engine(host, select=["ZZ005"])
    assert e.needs_tokens
    doc = txt("第一行\n我们我们要推进工作")
    findings = e.check(doc)
    assert [(f.text, f.line, f.column) for f in findings] == [("我们", 2, 3)]
    words = [t.text for t in doc.tokens]
    assert "推进" in words and all(doc.text[t.start:t.end] == t.text for t in doc.tokens)


def test_tokens_skip_masked_regions(host):
    doc = MarkdownReader().read("a.md", "正文`代码代码`正文\n".encode())
    engine(host, select=["ZZ005"]).check(doc)
    assert all("代码" not in t.text for t in doc.tokens)


def test_an_analysis_is_built_once_per_document_and_data_source():
    from checker.context import Context, DataSource
    from checker.testing import read_text

    built = []
    ctx, other = Context(), Context(source=DataSource())
    first, second = read_text("甲", "a.txt"), read_text("甲", "b.txt")

    def build():
        built.append(1)
        return len(built)

    assert ctx.analysis(first, "k", build) == ctx.analysis(first, "k", build) == 1
    assert ctx.analysis(second, "k", build) == 2  # another document
    assert ctx.analysis(first, "other", build) == 3  # another analysis of the same one
    assert other.analysis(first, "k", build) == 4  # other data: built again
    assert len(built) == 4


def test_a_claimed_span_drops_other_rules_findings_inside_it(host):
    doc = txt("〖乱码！！〗正文！！\n")
    found = [(f.rule.id, f.column, f.message) for f in engine(host, select=["ZZ001", "ZZ006"]).check(doc)]
    assert found == [("ZZ006", 1, "乱码"), ("ZZ006", 2, "同一规则的另一条"), ("ZZ001", 9, "感叹号连用“！！”")]
    # without the claim, the inner finding stays
    assert len(engine(host, select=["ZZ001"]).check(doc)) == 2
