"""WO001 house style: built-in entries and a team's own TOML file."""

import pytest

from checker.errors import ConfigError
from checker.testing import check_text


def texts(text, **kwargs):
    return [(f.text, f.column, f.suggestion) for f in check_text(text, select=["WO001"], **kwargs)]


@pytest.mark.parametrize("text,expected", [
    ("二0二四年工作要点", [("0", 2, "〇")]),
    ("二O二五年", [("O", 2, "〇")]),
    ("二00八年", [("0", 2, "〇"), ("0", 3, "〇")]),
    ("二０一０年", [("０", 2, "〇"), ("０", 4, "〇")]),
])
def test_zero_inside_chinese_numeral_year(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize("text", [
    "二〇二四年", "2024年", "300年前", "第三OA系统上线", "一0一号房间", "十0", "三O公司", "Office 2010年版",
])
def test_lookalikes_are_clean(text):
    assert texts(text) == []


def test_builtin_year_pattern_agrees_with_its_variable_lookbehind_form():
    # The built-in pattern is plain ``re``, so its lookbehind has four fixed widths. On every
    # string of up to six characters (a year and 年, a digit more than needed) it finds what
    # the natural variable-width form finds with the ``regex`` module.
    import itertools
    import re

    import regex

    from checker.testing import make_engine

    (entry,) = make_engine(select=["WO001"]).context.builtin_data("house_style")["substitution"]
    ours = re.compile(entry["pattern"])
    numerals, digits = "一二三四五六七八九〇", "一二三四五六七八九〇0OoＯ０"
    natural = regex.compile(f"(?<=[{numerals}][{digits}]*)[0OoＯ０](?=[{digits}]*年)")
    alphabet = "二〇0O年甲"
    for length in range(1, 7):
        for chars in itertools.product(alphabet, repeat=length):
            text = "".join(chars)
            assert [m.span() for m in ours.finditer(text)] == \
                [m.span() for m in natural.finditer(text)], text


def test_team_pattern_may_use_a_variable_lookbehind(tmp_path):
    team = tmp_path / "team.toml"
    team.write_text('[[existence]]\npattern = "(?<=第[一二三]*)回"\nreason = "用“次”"\n',
                    encoding="utf-8")
    findings = check_text("第一二回会议，回来", select=["WO001"], data={"house_style": [team]})
    assert [f.text for f in findings] == ["回"]


def test_fix_is_safe_and_exact():
    (finding,) = check_text("二0二四年", select=["WO001"])
    assert finding.fix.safety == "safe" and finding.fix.edits[0].replacement == "〇"


def test_team_file_adds_substitutions_and_banned_phrases(tmp_path):
    team = tmp_path / "team.toml"
    team.write_text(
        '[[substitution]]\nwrong = "微信小程序"\nright = "政务小程序"\nreason = "统一称谓"\n\n'
        '[[existence]]\nphrase = "高大上"\nmessage = "口语化表达"\nreason = "正式讲话不用网络语"\nseverity = "info"\n'
        'unless = "“高大上”"\n\n'
        '[[substitution]]\npattern = "(\\\\d+)个亿"\nright = "\\\\1亿元"\nreason = "金额写全单位"\n',
        encoding="utf-8",
    )
    findings = check_text("微信小程序很高大上，不是“高大上”，投资3个亿。", select=["WO001"],
                          data={"house_style": [team]})
    assert [(f.text, f.suggestion, f.severity) for f in findings] == [
        ("微信小程序", "政务小程序", "warning"), ("高大上", None, "info"), ("3个亿", "3亿元", "warning")]
    assert findings[0].fix.safety == "unsafe"
    assert "正式讲话不用网络语" in findings[1].message


def test_bad_team_entry_is_reported(tmp_path):
    team = tmp_path / "team.toml"
    team.write_text('[[substitution]]\nwrong = "甲"\nreason = "缺少right"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="needs 'right'"):
        check_text("甲", select=["WO001"], data={"house_style": [team]})
