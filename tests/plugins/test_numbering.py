"""NU001–NU006: numbering sequences, announced and stated counts, style and layout.

Three layers: whole drafts under fixtures/numbering (clean/ must stay clean, every draft in
broken/ is broken in one known way listed in broken/expected.tsv), focused cases per rule with
exact positions and messages, and sentences quoted from the real seed drafts (short, inline)
that must keep their current verdict.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from checker import ConfigError, Document, Region
from checker.testing import check_text, make_engine

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "numbering"
CLEAN = sorted((FIXTURES / "clean").glob("*.*"))
BROKEN = FIXTURES / "broken"


def nu(text: str, path: str = "draft.txt", **kwargs):
    """(rule, line, column, text) of every NU finding."""
    return [(f.rule.id, f.line, f.column, f.text) for f in check_text(text, select=["NU"], path=path, **kwargs)]


def only(text: str, rule_id: str, path: str = "draft.txt"):
    findings = check_text(text, select=["NU"], path=path)
    assert [f.rule.id for f in findings] == [rule_id], [(f.rule.id, f.line, f.message) for f in findings]
    return findings[0]


# --------------------------------------------------------------------------------------------
# Whole drafts
# --------------------------------------------------------------------------------------------


def test_fixture_counts():
    assert len(CLEAN) >= 30
    assert len(expected_rows()) >= 40


@pytest.mark.parametrize("path", CLEAN, ids=[p.name for p in CLEAN])
def test_correctly_numbered_draft_stays_clean(path):
    findings = check_text(path.read_text(encoding="utf-8"), select=["NU"], path=path.name)
    assert not findings, "\n".join(f"{f.line}:{f.column} {f.rule.id} {f.message}" for f in findings)


def expected_rows():
    with open(BROKEN / "expected.tsv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@pytest.mark.parametrize("row", expected_rows(), ids=[r["file"] for r in expected_rows()])
def test_broken_draft_reports_its_one_defect_at_its_line(row):
    path = BROKEN / row["file"]
    findings = check_text(path.read_text(encoding="utf-8"), select=["NU"], path=path.name)
    assert [(f.rule.id, f.line) for f in findings] == [(row["rule"], int(row["line"]))], (
        row["note"], [(f.rule.id, f.line, f.message) for f in findings])


def test_every_broken_draft_is_listed():
    listed = {row["file"] for row in expected_rows()}
    present = {p.name for p in BROKEN.glob("*.*") if p.suffix in (".txt", ".md")}
    assert listed == present


def test_every_rule_has_broken_drafts():
    rules = [row["rule"] for row in expected_rows()]
    assert {rule: rules.count(rule) for rule in sorted(set(rules))} == {
        "NU001": 20, "NU002": 8, "NU003": 7, "NU004": 8, "NU005": 3, "NU006": 1}


# --------------------------------------------------------------------------------------------
# NU001 — sequence
# --------------------------------------------------------------------------------------------


def test_gap_names_expected_and_actual_marker():
    finding = only("一、提高认识\n二、突出重点\n四、加强领导", "NU001")
    assert (finding.line, finding.column, finding.text) == (3, 1, "四、")
    assert "应为“三、”，实为“四、”" in finding.message
    assert finding.suggestion == "三、"


def test_duplicate_names_the_first_occurrence():
    finding = only("一、总体要求\n（一）指导思想\n（二）基本原则\n（二）工作目标", "NU001")
    assert (finding.line, finding.text) == (4, "（二）")
    assert "应为“（三）”，实为“（二）”" in finding.message and "第3行" in finding.message
    assert [(r.start, r.end) for r in finding.related] == [(15, 18)]


def test_swap_is_one_finding():
    finding = only("一、甲\n三、丙\n二、乙\n四、丁", "NU001")
    assert (finding.line, finding.text) == (2, "三、")
    assert "顺序颠倒" in finding.message


def test_one_mislabelled_item_is_one_finding():
    assert nu("1. 甲\n2. 乙\n2. 丙\n4. 丁") == [("NU001", 3, 1, "2.")]
    assert nu("一、甲\n二、乙\n四、丙\n五、丁") == [("NU001", 3, 1, "四、")]


def test_numbering_restarts_under_each_parent():
    text = "一、甲\n（一）子一\n（二）子二\n二、乙\n（一）子一\n（二）子二\n（三）子三\n三、丙\n1. 孙一\n2. 孙二"
    assert nu(text) == []


def test_sub_run_under_second_heading_must_restart():
    assert nu("一、甲\n（一）子一\n二、乙\n（二）子二\n（三）子三") == [("NU001", 4, 1, "（二）")]


def test_inline_runs():
    assert nu("问题有：一是认识不够；二是措施不力；四是督查不严。") == [("NU001", 1, 19, "四是")]
    assert nu("要求：一要学习；二要落实；二要督查。") == [("NU001", 1, 14, "二要")]
    assert nu("要把握好：第一，抓学习；第三，抓督查。") == [("NU001", 1, 13, "第三")]
    assert nu("需要：①申请书；②身份证明；④承诺书。") == [("NU001", 1, 15, "④")]
    assert nu("具体包括：（1）甲；（2）乙；（4）丁。") == [("NU001", 1, 16, "（4）")]


def test_articles_number_through_chapters():
    text = "第一章 总则\n第一条 甲。\n第二条 乙。\n第二章 管理\n第三条 丙。\n第三章 附则\n第五条 戊。"
    assert nu(text) == [("NU001", 7, 1, "第五条")]


def test_markdown_list_gap_is_a_warning_and_lazy_numbering_is_fine():
    findings = check_text("# 流程\n\n1. 申请\n2. 审核\n4. 公示\n", select=["NU"], path="a.md")
    assert [(f.rule.id, f.line, f.text, f.severity) for f in findings] == [("NU001", 5, "4.", "warning")]
    assert nu("1. 甲\n1. 乙\n1. 丙\n", path="a.md") == []
    assert nu("1. 甲\n2. 乙\n\n说明文字。\n\n1. 丙\n2. 丁\n", path="a.md") == []  # a second list


def test_item_written_in_another_style_is_not_also_a_skip():
    # 2、 between 1. and 3.: the style is reported (PU006), the list skipped nothing.
    text = "# 要素\n\n1. 发文字号。\n2、标题。\n3. 成文日期。\n"
    assert nu(text, path="a.md") == []
    findings = check_text(text, path="a.md")
    assert [(f.rule.id, f.line) for f in findings] == [("PU006", 4)]
    # A sub-item (2) or a nested 2. between them does not stand in for the missing 2.
    assert nu("# 要素\n\n1. 甲\n\n（2）子项\n\n3. 丙\n", path="a.md") == [("NU001", 7, 1, "3.")]
    assert nu("1. 甲\n   1. 子甲\n   2. 子乙\n3. 丙\n", path="a.md") == [("NU001", 4, 1, "3.")]


THROUGH_SECTIONS = ("一、总体情况\n正文。\n二、整改情况\n（一）甲方面\n1.甲。\n2.乙。\n3.丙。\n4.丁。\n"
                    "（二）乙方面\n5.戊。\n6.己。\n7.庚。\n8.辛。\n（三）丙方面\n9.壬。\n10.癸。\n"
                    "三、下步打算\n正文。")


def test_a_list_numbered_through_its_sections():
    # 3个方面12个问题: the problems are numbered 1.–12. across （一）（二）（三）.
    assert nu(THROUGH_SECTIONS) == []
    # A skip inside a section is still one, and a section that does not go on from the one
    # before is reported too.
    assert nu(THROUGH_SECTIONS.replace("7.庚", "8.庚").replace("8.辛", "9.辛")) == [
        ("NU001", 12, 1, "8."), ("NU001", 15, 1, "9.")]
    # One item before is no list numbered through: the sub-list should restart.
    assert nu("一、甲\n（一）子\n1.甲。\n（二）丑\n2.乙。\n3.丙。") == [("NU001", 5, 1, "2.")]
    assert nu(THROUGH_SECTIONS.replace("9.壬", "10.壬").replace("10.癸", "11.癸")) == [("NU001", 15, 1, "10.")]


THROUGH_MEASURES = ("一、支持企业开拓国际市场\n（一）参加境外展会。\n（二）开展境外商务洽谈。\n（三）组织云品出海。\n"
            "二、稳定外贸经营主体\n（四）培育外贸主体。\n（五）支持内外贸一体化。\n三、加大金融支持力度\n"
            "（六）扩大出口信用保险。\n（七）加大信贷投放。\n（八）优化跨境结算。\n")


def test_measures_numbered_through_their_sections():
    # a notice of 若干措施 counts （一）…（八） through 一、二、三、
    assert nu(THROUGH_MEASURES) == []
    assert nu(THROUGH_MEASURES.replace("（七）加大", "（八）加大").replace("（八）优化", "（九）优化")) == [("NU001", 10, 1, "（八）")]
    # a section that neither restarts nor goes on from the one before
    assert nu(THROUGH_MEASURES.replace("（六）扩大", "（七）扩大").replace("（七）加大", "（八）加大").replace("（八）优化", "（九）优化")) \
        == [("NU001", 9, 1, "（七）")]


def test_markdown_nested_lists_and_headings():
    text = "## 一、总体要求\n\n1. 甲\n   1. 子甲\n   2. 子乙\n2. 乙\n\n## 三、保障措施\n"
    assert nu(text, path="a.md") == [("NU001", 8, 4, "三、")]


def test_word_automatic_numbering_is_read_from_list_marker_regions():
    text = "一、甲\n二、乙\n四、丙"
    regions = [Region(0, 2, "list-marker"), Region(4, 6, "list-marker"), Region(8, 10, "list-marker")]
    document = Document(text, "a.docx", regions=regions, kind="docx")
    findings = make_engine(["NU"]).check(document)
    assert [(f.rule.id, f.line, f.text) for f in findings] == [("NU001", 3, "四、")]


def test_emphasis_around_markdown_markers():
    assert nu("**一是**加强学习。\n\n**二是**狠抓落实。\n\n**四是**严格督查。\n", path="a.md") == [
        ("NU001", 5, 3, "四是")]


def test_repeated_first_item_right_after_is_a_duplicate():
    assert nu("一是甲。\n二是乙。\n一是丙。") == [("NU001", 3, 1, "一是")]


def test_table_of_contents_is_not_numbering():
    assert nu("目录\n一、总体要求……………1\n二、主要任务……………3\n一、总体要求\n二、主要任务") == []


def test_attachment_restarts_numbering():
    assert nu("一、甲\n二、乙\n附件：填报说明\n一、范围\n二、要求") == []


@pytest.mark.parametrize("text, found", [
    # an item may open with a year: still a list item, still counted
    ("一、2024年工作回顾\n二、2025年工作安排", []),
    ("一、2024年工作回顾\n三、2025年工作安排", [("NU001", 2, 1, "三、")]),
    ("1.2024年完成情况\n2.2025年目标任务", []),
    ("1.2024年完成情况\n3.2025年目标任务", [("NU001", 2, 1, "3.")]),
    # …or with a time of day
    ("1．10:30—11:30，参观展板。\n2．照片统一收集。", []),
    ("1．10:30—11:30，参观展板。\n3．照片统一收集。", [("NU001", 2, 1, "3．")]),
    ("一、2025—2027年重点改革事项\n三、保障措施", [("NU001", 2, 1, "三、")]),
    ("一、5项改革任务\n二、保障措施", []),
    ("一、24年工作回顾\n三、25年工作安排", [("NU001", 2, 1, "三、")]),
    # a number after the marker is not an item: a list of grades, a decimal, a list of figures
    ("一、二级医院各一所。\n三、四级公路改造。", []),
    ("1.5倍于去年。\n3.20日前报送。", []),
    ("一、1.5倍\n三、2、3号楼", []),
])
def test_items_that_open_with_a_year(text, found):
    assert nu(text) == found


def test_a_list_item_that_opens_with_an_attachment_word_restarts_nothing():
    text = ("## 一、内容\n\n### （一）格式\n\n要素如下：\n\n1. 字号：甲。\n2. 标题：乙。\n"
            "3. 附件说明：在正文下空一行编排。\n\n### （二）规则\n\n正文。\n\n## 二、体会\n\n正文。\n")
    assert nu(text, path="notes.md") == []
    assert nu(text.replace("（二）规则", "（三）规则"), path="notes.md") == [("NU001", 11, 5, "（三）")]


@pytest.mark.parametrize("text, found", [
    ("附件：1.名单\n2.汇总表\n3.说明", []),
    ("附件: 1.名单\n2.汇总表", []),
    ("附件：1.名单\n3.说明", [("NU001", 2, 1, "3.")]),
    ("附件：2.名单\n3.汇总表", [("NU001", 1, 4, "2.")]),
    # without a marker after the colon the next line opens the run, as before
    ("附件：\n1.名单\n2.汇总表", []),
    ("附件：\n2.名单\n3.汇总表", [("NU001", 2, 1, "2.")]),
])
def test_attachment_list_opens_after_the_colon(text, found):
    assert nu(text) == found


PLAN = "1 总则\n1.1 编制目的\n正文。\n1.2 编制依据\n正文。\n1.3 适用范围\n2 组织体系\n2.1 指挥部\n2.2 办公室\n" \
       "2.2.1 综合组：负责协调。\n2.2.2 保障组：负责物资。\n2.3 成员单位\n"


@pytest.mark.parametrize("text, found", [
    (PLAN, []),
    (PLAN.replace("1.3 适用范围", "1.4 适用范围"), [("NU001", 6, 1, "1.4")]),
    (PLAN.replace("2.2.2 保障组", "2.2.1 保障组"), [("NU001", 11, 1, "2.2.1")]),
    # a repeat stands for the number it should have been: 1.2, 1.2, 1.4 is one slip
    (PLAN.replace("1.3 适用范围", "1.2 适用范围") + "1.4 工作原则\n", [("NU001", 6, 1, "1.2")]),
    (PLAN.replace("2.3 成员单位", "2.1 成员单位"), [("NU001", 12, 1, "2.1")]),
    (PLAN.replace("2.1 指挥部", "2.2 指挥部"), [("NU001", 8, 1, "2.2"), ("NU001", 9, 1, "2.2")]),
    # full-width dots, Markdown headings, a title right after the number
    ("1．1 目的\n1．2 依据\n1．4 范围", [("NU001", 3, 1, "1．4")]),
    ("## 3.1 风险排查\n\n## 3.2 预警分级\n\n## 3.2 预警发布\n", [("NU001", 5, 4, "3.2")]),
    ("3.1风险排查\n3.3预警分级", [("NU001", 2, 1, "3.3")]),
])
def test_decimal_clause_numbers(text, found):
    assert nu(text, path="plan.md" if text.startswith("#") else "plan.txt") == found


@pytest.mark.parametrize("text", [
    # quantities, dates and editions at a paragraph's start
    "1.5亿元用于道路建设。\n2.5万元用于绿化。\n1.2倍于去年。",
    "3.15晚会曝光了一批问题。\n3.20日前报送。",
    "2.0版本上线。\n3.0版本规划中。",
    "1.2020年6月底前完成组建；\n2.2020年8月底前完成划分。",
    # dotted times of an agenda, the same hour on two days
    "第一天\n8.30 签到\n9.00 开幕式\n9.30 大会报告\n第二天\n8.30 分组讨论\n9.30 大会交流",
    "8.10 签到\n8.20 开幕",
    # an excerpt: clauses under a heading that is not written in the decimal system
    "三、主要任务\n3.2 加强监测\n3.3 强化预警",
    # a figure alone in a table cell, a range
    "1.1\n1.3\n1.5",
    "1.1—1.3 测试阶段\n1.4—1.6 验收阶段",
])
def test_decimal_look_alikes(text):
    assert nu(text) == []


HOST = ("同志们：\n今天大会共有四项议程。\n下面，进行大会第一项议程，请张华同志宣读表彰决定。\n"
        "第一项议程进行完毕。下面，进行大会第二项议程，为先进集体颁奖。\n"
        "下面，进行第三项议程，请先进代表发言。\n下面，进行大会第四项议程，请王明同志讲话。\n")


def test_agenda_items_count_through_a_host_script():
    assert nu(HOST) == []
    repeated = HOST.replace("第四项议程", "第三项议程")
    finding = only(repeated, "NU001")
    assert (finding.line, finding.text, finding.suggestion) == (6, "第三项", "第四项")
    assert "与第5行的“第三项”重复" in finding.message
    skipped = HOST.replace("进行第三项议程", "进行第四项议程").replace("大会第四项议程", "大会第五项议程")
    assert nu(skipped) == [("NU001", 5, 6, "第四项")]
    topics = only("下面进入第一个议题，研究年度预算。\n下面进入第三个议题，研究人事安排。", "NU001")
    assert (topics.text, topics.suggestion) == ("第三个", "第二个")
    # a host who says 进行会议第二项： without 议程 steps through the same agenda
    colon = HOST.replace("大会第二项议程，", "会议第二项：").replace("第三项议程，", "第三项：")
    assert nu(colon) == []
    assert [f[:2] for f in nu(colon.replace("第三项：", "第二项："))] == [("NU001", 5)]


def test_announced_agenda_counts_the_steps_of_the_host():
    three = HOST.replace("下面，进行大会第四项议程，请王明同志讲话。\n", "")
    finding = only(three, "NU002")
    assert (finding.line, finding.text, finding.suggestion) == (2, "四项", "三项")
    assert "后面列出了3项（“第一项”至“第三项”" in finding.message
    assert nu(three.replace("四项议程", "三项议程")) == []
    # the last step announced without its number: 最后，请王明同志讲话
    assert nu(three + "最后，请王明同志讲话。\n") == []
    # but 最后，祝…… is the host's closing wish, not a step
    assert [f[0] for f in nu(three + "最后，祝大家节日快乐、身体健康！\n")] == ["NU002"]
    assert [f[0] for f in nu(three + "最后，让我们再一次衷心祝愿各位老人身体健康！\n")] == ["NU002"]
    assert [f[0] for f in nu(three + "最后，请王明同志讲话。\n".replace("最后，", "接着，"))] == ["NU002"]
    # one step, or none, is no list the announcement must match
    assert nu("今天大会共有四项议程。\n下面，进行大会第一项议程，请张华同志宣读决定。\n") == []
    assert nu("今天大会共有四项议程。\n请张华同志宣读决定。\n") == []


def test_agenda_announced_anew_restarts_its_steps():
    preparatory = ("预备会议有三项议程。\n下面进行第一项议程，通过主席团名单。\n下面进行第二项议程，通过大会议程。\n"
                   "下面进行第三项议程，通过表决办法。\n现在休会。\n")
    plenary = ("本次大会共有五项议程。\n下面进行大会第一项议程，请总经理作工作报告。\n下面进行大会第二项议程，审议预算报告。\n"
               "下面进行大会第三项议程，审议提案报告。\n下面进行大会第四项议程，分团审议。\n")
    assert [f[:4] for f in nu(preparatory + plenary)] == [("NU002", 6, 7, "五项")]
    assert nu(preparatory + plenary.replace("五项", "四项")) == []
    # with no new announcement, a second 第一项 repeats the first
    assert [f[:2] for f in nu(preparatory + plenary.replace("本次大会共有五项议程。\n", ""))] == [("NU001", 6)]


@pytest.mark.parametrize("text", [
    # the first item introduced without its number
    "首先，请张华同志宣读决定。\n下面进行第二项议程，请代表发言。\n下面进行第三项议程，请领导讲话。",
    # mentions of an item that are not the host's step forward
    "第一项议程进行完毕。第二项议程由李明同志主持。第二项议程结束后休会。",
    "会议共有三项议程，第三项议程是领导讲话。",
    # one step is no sequence
    "下面，进行会议第三项议程。",
])
def test_agenda_lookalikes_are_clean(text):
    assert nu(text) == []


@pytest.mark.parametrize("between, restarts", [
    ("附件这是正文。", True),
    ("\u3000\u3000附件这是正文。", True),   # indented: still the attachment's heading
    ("\u3000附录：这是正文。", True),
    ("见附件这是正文。", False),             # 附件 inside a sentence restarts nothing
    ("这是正文。", False),
])
def test_only_a_paragraph_that_opens_with_an_attachment_word_restarts_numbering(between, restarts):
    found = nu(f"一、甲\n二、乙\n{between}\n一、范围\n二、要求")
    assert found == ([] if restarts else [("NU001", 4, 1, "一、")])


@pytest.mark.parametrize("text", [
    "他是村里的第一书记，长期奔走在第一线。",
    "引入第三方评估，第二批项目四季度开工。",
    "一二线城市房价回落，三四线城市库存仍大。",
    "万一是误会呢？唯一是担心资金。统一是前提，之一是关键。",
    "一把手要亲自抓，一张蓝图绘到底，推进区域一体化。",
    "构建1+2+3+4工作体系，落实三会一课和一岗双责。",
    "编制“十四五”规划，谋划“十五五”发展。",
    "会议于2024.10.18上午9:30召开，会期1.5天。",
    "一、二季度增长较快。\n三、四月份降水偏少。",
    "1.5万人返乡。\n2.0版上线。",
    "安全第一，预防为主。质量第一是原则。",
    "一是一，二是二，实事求是。",
    "会计三要素，犯罪四要件。",
    "首先，我代表市委表示感谢。\n下面，我讲几点意见。\n首先，要提高认识。\n其次，要狠抓落实。",
    "依据有关规定：\n第三条 本条例适用于全市。\n第七条 各级机关应当执行本条例。",
    "三、申报材料\n请按要求准备。",
    "最后一公里，再次强调，其次是质量。",
    "一年来取得的成绩：\n一是甲。\n二是乙。\n存在的问题：\n一是丙。\n二是丁。",
    "国投公司构建一二三四五党建工作体系（一个决定，两个意见，三项规则，四项工程，五大载体）。",
    "“一督查二警告三通报四问责”机制，每月一督查。",
    "主要成绩\n（一）甲\n（二）乙\n存在问题\n（一）丙\n（二）丁",
    "一是加强学习。具体要做到：一是读原著；二是学原文；三是悟原理。\n二是狠抓落实。\n三是严格督查。",
    "一、成绩\n一是甲。\n二是乙。\n同时也要看到不足。\n一是丙。\n二是丁。",
    "分三步走：第一步，摸底；第二步，整改；第三步，验收。",
    # a summary's own sections after its meeting's agenda, led in by 如下。
    "会议议程：\n一、通报全年工作情况；\n二、代表发言；\n三、书记讲话。\n现将会议主要精神纪要如下。\n"
    "一、关于全年工作情况\n罗建平同志通报了情况。\n二、关于代表发言情况\n代表们踊跃发言。",
])
def test_sequence_lookalikes_are_clean(text):
    assert nu(text) == []


# --------------------------------------------------------------------------------------------
# NU002 — announced count
# --------------------------------------------------------------------------------------------


def test_announced_count_points_at_the_announcement_and_names_the_last_item():
    text = "下面，我讲三点意见：\n一、提高认识\n二、突出重点\n三、狠抓落实\n四、加强领导"
    finding = only(text, "NU002")
    assert (finding.line, finding.column, finding.text) == (1, 6, "三点")
    assert "“三点意见”" in finding.message and "4项" in finding.message and "第5行" in finding.message
    assert finding.suggestion == "四点"
    assert [check_text(text, select=["NU"])[0].related[i].message[:4] for i in (0, 1)] == ["第一项“", "最后一项"]


def test_five_ones_with_four_items():
    finding = only("重点要做到“五个一”。\n一是甲。\n二是乙。\n三是丙。\n四是丁。", "NU002")
    assert (finding.text, finding.suggestion) == ("“五个一”", "“四个一”")
    # the last of a list of quoted sets names a doctrine; it leads to nothing
    assert nu("不断增强“四个意识”、坚定“四个自信”、做到“两个维护”。\n一是甲。\n二是乙。\n三是丙。") == []


def test_items_counted_at_their_own_level():
    text = "主要任务包括以下三个方面：\n（一）甲\n1. 子一\n2. 子二\n3. 子三\n4. 子四\n（二）乙\n（三）丙"
    assert nu(text) == []
    assert nu(text.replace("三个方面", "两个方面")) == [("NU002", 1, 9, "两个方面")]


def test_inline_items_right_after_the_announcement():
    assert nu("目前要抓好五项工作：一要甲；二要乙；三要丙；四要丁；五要戊。") == []
    assert nu("目前要抓好四项工作：一要甲；二要乙；三要丙。") == [("NU002", 1, 6, "四项")]


def test_item_written_inline_in_a_sibling_paragraph_still_counts():
    text = "我强调五点建议：\n一是甲。\n二是乙。\n三是丙。\n四是丁。五是戊。"
    assert [f[0] for f in nu(text)] == ["NU005"]


def test_courtesy_tail_and_ordinals():
    text = "我就机关党建讲四点意见，供大家参考。\n第一，甲\n第二，乙\n第三，丙\n第四，丁"
    assert nu(text) == []
    assert nu(text.rsplit("\n", 1)[0]) == [("NU002", 1, 8, "四点")]


def test_a_talk_shared_with_the_audience_closes_an_announcement():
    text = "下面，我主要从以下三个方面和大家作个交流。\n一、形势\n甲。\n二、危害\n乙。\n三、要求\n丙。"
    assert nu(text) == []
    assert [f[:4] for f in nu(text + "\n四、共治\n丁。")] == [("NU002", 1, 10, "三个方面")]
    # a count of what is to be done in the talk, not of its parts
    assert nu("下面，我从三个方面和大家作个对比。\n一、形势\n甲。\n二、危害\n乙。") == []


def test_an_announcement_closed_by_those_bound_to_carry_it_out():
    lead = "本方案确定以下五项重点任务，各乡镇、各有关部门要对照任务清单逐项抓好落实。\n"
    items = "（一）甲。\n（二）乙。\n（三）丙。\n（四）丁。\n"
    assert [f[:4] for f in nu(lead + items)] == [("NU002", 1, 8, "五项")]
    assert nu(lead + items + "（五）戊。\n") == []


def test_announcement_with_an_adjective_before_its_noun():
    text = "借此机会，我向各位来宾发出三点诚挚的邀请：\n第一，邀请大家品茶。\n第二，邀请大家投资。\n第三，邀请大家常来。"
    assert nu(text) == []
    assert [f[:4] for f in nu(text.rsplit("\n", 1)[0])] == [("NU002", 1, 14, "三点")]
    # a description of the items, not their count
    assert nu("会上，三位代表作了很好的发言。\n一是甲。\n二是乙。") == []


@pytest.mark.parametrize("text, count", [
    ("本区生活垃圾分为以下四类：可回收物、有害垃圾、厨余垃圾。", "四类"),
    ("应急指挥部下设六个应急工作组，分别为抢险救援组、警戒疏散组、医疗救护组、后勤保障组、善后处理组。", "六个"),
    ("公务用车实行“五统一”管理：统一编号、统一标识、统一停放、统一调度，做到全程可查。", "“五统一”"),
    ("会议审议了五个文件，分别是《甲方案》《乙措施》《丙方案》《丁方案》。", "五个"),
])
def test_a_count_and_its_items_in_one_sentence(text, count):
    finding = only(text, "NU002")
    assert finding.text == count.strip("“”") if not count.startswith("“") else finding.text == "五统一"


DUTY_BANS = "值班人员应严格遵守值班纪律，做到“四个严禁”：严禁擅离职守，严禁酒后值班，严禁在值班期间从事与值班无关的活动。"


@pytest.mark.parametrize("text, listed, separators", [
    (DUTY_BANS, 3, "逗号"),
    (DUTY_BANS.replace("，严禁", "；严禁"), 3, "分号"),
    (DUTY_BANS.replace("，严禁酒后", "；严禁酒后"), 3, "逗号和分号"),
    ("做到“五个坚持”：坚持人民至上，坚持生命至上，坚持预防为主。", 3, "逗号"),
])
def test_clauses_that_each_open_with_the_word_counted(text, listed, separators):
    finding = only(text, "NU002")
    assert finding.message.startswith(f"前面说“{finding.text}”，后面列出了{listed}项（以{separators}隔开")


@pytest.mark.parametrize("text", [
    DUTY_BANS.replace("四个严禁", "三个严禁"),
    # a clause of a semicolon-list holding two bans: four in all
    "做到“四个严禁”：严禁擅离职守；严禁酒后值班；严禁饮酒，严禁在值班期间从事与值班无关的活动。",
    # not every clause opens with the word: no plain list
    "落实“四个严禁”：严禁擅离职守，不准酒后值班。",
    "做到“四个严禁”：严禁擅离职守，严禁酒后值班，严禁脱岗等。",  # an open list
    # two quoted sets named together: the list after holds the items of both
    "堤垸巡查要做到“四到”“五时”，即眼到、手到、耳到、脚到，黎明时、吃饭时、换班时、黑夜时、狂风暴雨时不放松。",
])
def test_clauses_opening_with_the_word_counted_lookalikes(text):
    assert [f for f in nu(text) if f[0] == "NU002"] == []


@pytest.mark.parametrize("text", [
    "本区生活垃圾分为以下四类：可回收物、有害垃圾、厨余垃圾、其他垃圾。",
    "分为四类：可回收物、有害垃圾、厨余垃圾和其他垃圾。",  # 和 may join two items
    "包括四个方面：思想、组织、作风等。",  # an open list
    "设三个奖项：一等奖3名、二等奖5名。",  # figures: a breakdown
    "重点抓好两个方面：一是融资难、融资贵、融资慢，二是用工难。",  # numbered items
    "今年共有三项工作：招商引资、项目建设、民生保障。",
    "会议审议了四个文件，分别是《甲方案》《乙措施》《丙方案》《丁方案》。",
    "会议审议了三个文件，分别是《甲方案》和《乙措施》。",  # one left unnamed, or joined
])
def test_count_and_items_lookalikes(text):
    assert [f for f in nu(text) if f[0] == "NU002"] == []


@pytest.mark.parametrize("text, count, listed", [
    ("巡察反馈的问题主要集中在以下四个方面：理论学习不够深入；基层党组织建设存在薄弱环节；财务管理制度执行不严格。",
     "四个方面", 3),
    ("从以下七个方面建立长效管护机制：明确管护主体；制定运维标准；落实管护经费；开通监督热线；推行“门前三包”；实行“红黑榜”考评。",
     "七个方面", 6),
    ("会议提出两点要求：要提高政治站位；要压实工作责任；要强化督促检查。", "两点", 3),
])
def test_a_count_and_its_clauses_set_apart_by_semicolons(text, count, listed):
    finding = only(text, "NU002")
    assert finding.text == count
    assert f"后面列出了{listed}项（以分号隔开" in finding.message


@pytest.mark.parametrize("text", [
    "巡察反馈的问题主要集中在以下三个方面：理论学习不够深入；基层党组织建设存在薄弱环节；财务管理制度执行不严格。",
    "主要有三个方面：一是学习不深；二是作风不实；三是管理不严。",  # numbered: the outline counts them
    "共收到意见建议12条：其中涉及作风建设的5条；涉及民生保障的7条。",  # a breakdown
    "重点抓好四个方面：思想建设；组织建设；作风建设等。",  # an open list
    "重点抓好四个方面：思想建设；组织建设；作风建设等工作。",
    "提出了两项要求：加强学习；改进作风。以上要求请各单位认真落实。",  # the next sentence is no item
    "明确了两个目标：年底前完成改造任务，群众满意度达到95%以上；同时建立长效机制。",  # 同时 sums up
    "会议明确了三项任务。抓好防火；做好整治；推进建设。",  # no colon: no list announced
])
def test_clause_list_lookalikes(text):
    assert [f for f in nu(text) if f[0] == "NU002"] == []


@pytest.mark.parametrize("text, count, listed", [
    ("预警级别由高到低分为四级：\nⅠ级（特别严重）：用红色表示；\nⅡ级（严重）：用橙色表示；\n"
     "Ⅲ级（较重）：用黄色表示。\n预警信息由县防指办公室发布。", "四级", 3),
    ("整治工作分为三个阶段：\n动员部署阶段（3月）；\n集中整治阶段（4月至9月）；\n巩固提升阶段（10月至11月）；\n"
     "总结验收阶段（12月）。\n各单位要抓好落实。", "三个", 4),
])
def test_a_count_and_its_items_one_a_line_ending_in_semicolons(text, count, listed):
    finding = only(text, "NU002")
    assert finding.text == count and f"后面列出了{listed}项" in finding.message


@pytest.mark.parametrize("text", [
    "预警级别由高到低分为三级：\nⅠ级（特别严重）：用红色表示；\nⅡ级（严重）：用橙色表示；\nⅢ级（较重）：用黄色表示。",
    # the count is of the names the lines list
    "决定对排名前六位的单位予以通报表扬，共6个：\n一等奖：甲区；\n二等奖：乙区、丙县；\n三等奖：丁区、戊区、己县。",
    # lines that do not all end in 分号 are no such list
    "预警级别分为四级：\nⅠ级（特别严重）：用红色表示。\nⅡ级（严重）：用橙色表示。\nⅢ级（较重）：用黄色表示。",
    "主要有四类：\n甲类；\n乙类；\n丙类等。",  # an open list
])
def test_items_one_a_line_lookalikes(text):
    assert [f for f in nu(text) if f[0] == "NU002"] == []


def test_numbered_lines_ending_in_semicolons_are_counted_once():
    (finding,) = [f for f in check_text("大会共有五项议程：\n一、宣读表彰决定；\n二、颁奖；\n三、代表发言。")
                  if f.rule.id == "NU002"]
    assert "分号" not in finding.message  # the outline's finding, not a second one


def test_a_noun_between_a_count_and_its_colon():
    text = "着力抓好以下六项重点任务：\n（一）甲\n（二）乙\n（三）丙\n（四）丁\n（五）戊\n（六）己"
    assert nu(text) == []
    finding = only(text.rsplit("\n", 1)[0], "NU002")
    assert (finding.text, finding.suggestion) == ("六项", "五项")
    assert finding.message.startswith("前面说“六项重点任务”")
    assert nu("着力抓好六项重点任务：\n（一）甲\n（二）乙") == [("NU002", 1, 5, "六项")]
    assert nu("重点开展以下五项活动：\n（一）甲\n（二）乙") == [("NU002", 1, 7, "五项")]
    # a noun that runs on past six characters, a time, or no colon: no announcement
    assert nu("着力抓好六项农村人居环境整治重点任务：\n（一）甲\n（二）乙") == []
    assert nu("会议定于下午三点开始：\n（一）甲\n（二）乙") == []


def test_a_list_lead_and_a_noun_closing_the_paragraph():
    text = "全区重点开展以下六项专项行动。\n（一）甲行动。\n（二）乙行动。\n（三）丙行动。\n（四）丁行动。\n（五）戊行动。"
    finding = only(text, "NU002")
    assert (finding.text, finding.suggestion) == ("六项", "五项")
    assert finding.message.startswith("前面说“六项专项行动”，后面列出了5项")
    assert nu(text.replace("六项", "五项")) == []
    # without 以下, a noun the data does not know announces nothing, unless each heading names it
    assert nu("全区重点开展六项专项行动。\n（一）甲。\n（二）乙。") == []
    assert nu("全区重点开展六项专项行动。\n（一）甲行动。\n（二）乙行动。") == [("NU002", 1, 7, "六项")]


def test_what_was_done_announced_with_a_past_verb():
    text = "为了提升课堂效率，我们重点抓了三件事。\n一是抓集体备课。\n二是抓课堂观察。\n三是抓质量监测。\n四是抓青年教师成长。"
    assert [f[:4] for f in nu(text)] == [("NU002", 1, 16, "三件事")]
    assert nu(text.rsplit("\n", 1)[0]) == []


def test_minutes_fields_between_the_count_and_its_headings():
    lead = "局长主持召开局党组会议。会议共有四项议程，现将会议议定事项纪要如下。\n出席：周建平、刘晓东\n列席：王海燕\n记录：＿＿＿＿\n"
    items = "一、传达学习文件精神\n内容。\n二、审议实施计划\n内容。\n三、研究分配事项\n内容。\n四、研究人事事项\n内容。\n"
    text = lead + items + "五、其他事项\n内容。"
    assert [f[:4] for f in nu(text)] == [("NU002", 1, 17, "四项")]
    assert nu(lead + items) == []
    # a paragraph of prose between them: the headings are not reached
    assert nu(lead + "会议认为，今年以来全局工作稳步推进。\n" + items + "五、其他事项\n内容。") == []


def test_a_quoted_count_whose_list_follows_a_clause_or_two_later():
    items = "\n1.校园日。由县教育局牵头。\n2.电信日。由县工信局牵头。\n3.法治日。由县司法局牵头。"
    text = "围绕“七个主题日”，组织相关单位分别牵头开展系列活动，具体如下：" + items
    assert [f[3] for f in nu(text)] == ["“七个主题日”"]
    assert nu(text.replace("七个", "三个")) == []
    # the clauses after it say nothing of a list to follow
    assert nu("围绕“七个主题日”，组织相关单位分别牵头，开展系列活动。" + items) == []


def test_opinions_and_suggestions_are_counted():
    text = "与会人员踊跃发言，共提出了五个方面的意见建议。\n一是关于营商环境。\n二是关于乡村振兴。"
    assert [f[3] for f in nu(text)] == ["五个方面"]
    assert nu(text.replace("五个", "两个")) == []


def test_sayings_given_to_graduates():
    items = "\n第一句话：要做一个胸怀理想的人。\n内容。\n第二句话：要做一个脚踏实地的人。\n内容。\n第三句话：要做一个心怀感恩的人。"
    text = "我想送给大家四句话，与同学们共勉。" + items
    assert [f[3] for f in nu(text)] == ["四句话"]
    assert nu(text.replace("四句话", "三句话")) == []
    assert nu("他说的第一句话，就让大家记住了。\n第二句话，更让人动容。") == []


def test_working_groups_set_up_then_referred_to():
    items = "\n1.综合协调组。由镇党政办牵头。\n2.监测预警组。由镇水利站牵头。\n3.抢险救援组。由镇武装部牵头。"
    text = "镇防指下设六个工作组，各工作组在指挥部统一领导下开展工作。" + items
    assert [f[3] for f in nu(text)] == ["六个工作组"]
    assert nu(text.replace("六个", "三个")) == []
    # the clause after the count says something else: no plan of the list
    assert nu("镇防指下设六个工作组，由镇长统一指挥调度。" + items) == []


def test_good_deeds_announced_before_a_colon():
    text = "着力办好三件实事：一是落实动态监测；二是开展金秋助学；三是组织技能培训；四是关爱留守群体。"
    assert [f[:4] for f in nu(text)] == [("NU002", 1, 5, "三件")]
    assert nu(text.replace("三件", "四件")) == []
    # no colon and no item: a plan for the year, not a list
    assert nu("今年要办好十件民生实事，确保按期完成。\n一是加强领导。") == []


def test_a_verb_that_announces_only_right_before_the_count():
    text = "下面，我代表镇党委、政府作三点表态。\n一、提高站位\n二、突出产业\n三、改善民生\n四、加强党建"
    assert [f[:4] for f in nu(text)] == [("NU002", 1, 14, "三点")]
    # 作 inside 工作: no announcement
    assert nu("明年工作的三个重点。\n一、甲\n二、乙") == []


@pytest.mark.parametrize("lead, phrase", [
    ("下面，我从四个方面作简要汇报。", "四个方面"),
    ("现将有关情况从四个方面向各位领导汇报如下。", "四个方面"),
    ("下面从四个方面向大家报告一年来的履职情况，请予评议。", "四个方面"),
    ("下面，我从四个方面谈谈个人的体会。", "四个方面"),
])
def test_a_report_announced_by_the_aspects_it_is_given_from(lead, phrase):
    text = lead + "\n一、基本情况\n内容。\n二、主要做法\n内容。\n三、存在问题\n内容。\n以上汇报，请批评指正。"
    assert [f[3] for f in nu(text)] == [phrase]
    assert nu(text.replace("四个方面", "三个方面")) == []


@pytest.mark.parametrize("lead", [
    "要从四个方面入手。",  # what to do, not how the text goes on
    "从严从实抓好四项工作。",  # 从 not right before the count
    "下面，我从四个方面作简要汇报，不当之处请批评指正，然后请各位补充。",
])
def test_from_some_aspects_without_a_report_announces_nothing(lead):
    assert nu(lead + "\n一、甲\n二、乙\n三、丙") == []


def test_a_closing_heading_after_the_announced_items():
    text = ("我们主要抓了以下五个方面。\n一、抓班子\n内容。\n二、抓学习\n内容。\n三、抓阵地\n内容。\n"
            "四、抓产业\n内容。\n五、抓治理\n内容。\n六、几点体会\n内容。")
    assert nu(text) == []
    assert [f[0] for f in nu(text.replace("六、几点体会", "六、抓队伍"))] == ["NU002"]


def test_a_problem_named_by_a_closing_word_is_an_item_not_a_closing_heading():
    text = ("主要存在以下三个方面问题：\n一是思想观念转变难。\n二是设施建设不均衡。\n三是监管力量薄弱。\n"
            "四是经费保障不足。\n")
    assert [f[:4] for f in nu(text)] == [("NU002", 1, 7, "三个方面")]
    assert nu(text.replace("三个方面", "四个方面")) == []


def test_agenda_announcement_with_its_chair():
    text = "会议共有五项议程，由区政府分管副区长主持。\n（一）观看警示片；\n（二）通报情况；\n（三）签订责任书；\n（四）表态发言；\n（五）领导讲话。"
    assert nu(text) == []
    assert nu(text.replace("五项议程", "六项议程")) == [("NU002", 1, 5, "六项")]


def test_agenda_announcement_before_its_arrangements():
    text = "本次主题党日共有五项议程，具体安排如下。\n（一）甲\n（二）乙\n（三）丙\n（四）丁"
    assert [f[:4] for f in nu(text)] == [("NU002", 1, 9, "五项")]
    assert nu(text + "\n（五）戊") == []


def test_agenda_announcement_before_the_minutes_it_heads():
    text = "会议共有四项议程，现将会议议定事项纪要如下。\n一、甲\n二、乙\n三、丙\n四、丁"
    assert nu(text) == []
    assert [f[:4] for f in nu(text + "\n五、戊")] == [("NU002", 1, 5, "四项")]


@pytest.mark.parametrize("text, column, phrase, fifth, unread", [
    ("会议听取了有关单位的汇报，研究了五个议题。现纪要如下：\n一、甲\n二、乙\n三、丙\n四、丁", 17, "五个议题", "\n五、戊",
     "会议研究了三个议题，大家都很满意。\n一、甲\n二、乙"),  # another sentence after the count
    ("会议共研究了五项议题，形成如下意见：\n（一）甲\n（二）乙\n（三）丙\n（四）丁", 7, "五项", "\n（五）戊",
     "会议共研究了五项议题，形成了不同意见：\n（一）甲\n（二）乙"),  # opinions that are no list
])
def test_topics_studied_before_the_minutes_or_the_opinions_they_led_to(text, column, phrase, fifth, unread):
    assert [f[:4] for f in nu(text)] == [("NU002", 1, column, phrase)]
    assert nu(text + fifth) == []
    assert nu(unread) == []


def test_a_reports_closing_sections_are_no_announced_parts():
    text = ("我局主要做了以下三个方面的工作。\n一、抓产业\n内容。\n二、抓民生\n内容。\n三、抓治理\n内容。\n"
            "四、存在的问题\n内容。\n五、下步打算\n内容。\n")
    assert nu(text) == []
    # a fourth section of work is more than announced, closing sections or not
    more = text.replace("四、存在的问题", "四、抓队伍\n内容。\n五、存在的问题").replace("五、下步打算", "六、下步打算")
    assert [f[3] for f in nu(more)] == ["三个方面"]


@pytest.mark.parametrize("lead, phrase", [
    ("现场设立以下六个服务区：", "六个"),  # any noun after 以下 and 个
    ("重点围绕以下六类矛盾纠纷开展拉网式排查：", "六类"),  # the clause runs on to the colon
    ("我局依据以下六种情形对本批次抽查结果进行分类认定和公示：", "六种"),
    ("今年以来，全县工业经济运行主要呈现以下六个特点。", "六个"),
    ("下一步，市政府将围绕以下六个方面，进一步做好审计整改工作：", "六个方面"),  # a comma, and 一 in 进一步
    ("我们将从以下六个方面进一步抓好落实：", "六个方面"),
])
def test_a_count_after_以下_with_the_rest_of_its_clause_before_the_colon(lead, phrase):
    text = lead + "\n（一）甲。\n（二）乙。\n（三）丙。\n（四）丁。\n（五）戊。\n"
    assert [f[3] for f in nu(text)] == [phrase]
    assert nu(text + "（六）己。\n") == []
    # without 以下 the noun is known to name the list only right before the colon
    assert [f[3] for f in nu(text.replace("以下", ""))] == ([phrase] if lead == "现场设立以下六个服务区：" else [])


def test_a_count_after_以下_whose_clause_holds_another_count_is_left_alone():
    text = "围绕以下六个方面，抓好三项重点工作：\n（一）甲。\n（二）乙。\n（三）丙。\n（四）丁。\n（五）戊。\n"
    assert [f for f in nu(text) if f[3] == "六个方面"] == []


def test_a_report_gives_its_background_between_the_count_and_its_parts():
    text = ("我和工作队主要做了以下五个方面工作。现将有关情况报告如下。\n柳塘村位于青石镇东北部，辖9个村民小组。\n"
            "一、建强堡垒\n内容。\n二、发展产业\n内容。\n三、改善环境\n内容。\n四、办好实事\n内容。\n")
    assert [f[:4] for f in nu(text)] == [("NU002", 1, 12, "五个方面")]
    assert nu(text + "五、化解矛盾\n内容。\n") == []
    # without 以下 the count does not point at the parts below
    assert nu(text.replace("以下五个方面", "五个方面")) == []
    # a list of its own in the paragraph between: the count is not read against the parts
    assert nu(text.replace("辖9个村民小组。", "一是地处偏远，二是产业薄弱。")) == []
    # three paragraphs between: too far
    assert nu(text.replace("辖9个村民小组。\n", "辖9个村民小组。\n甲。\n乙。\n")) == []


def test_numbered_rows_of_a_markdown_table_are_not_headings():
    text = ("## 一、预算执行情况\n\n| 项目 | 执行数 |\n| --- | --- |\n| 一、税收收入 | 62.30 |\n| 　　增值税 | 28.46 |\n"
            "| 二、非税收入 | 21.00 |\n| 合计 | 83.30 |\n\n## 二、预算草案\n\n正文。\n")
    assert nu(text, path="report.md") == []


def test_a_figure_that_counts_the_places_listed_before_it():
    text = "调研选取城关镇、白沙镇、石门镇、龙潭乡3个乡镇，实地走访行政村42个。"
    assert [f[0] for f in nu(text)] == ["NU003"]
    assert nu(text.replace("3个乡镇", "4个乡镇")) == []
    assert nu("全县党员、干部12名参加培训。") == []  # a quantity, not the list's length


def test_a_glossary_item_that_opens_with_latin_letters():
    text = "名词解释\n1.GDP：即地区生产总值。\n2.“两重”：指国家重大战略。\n3.“两新”：指设备更新。"
    assert nu(text) == []
    assert nu(text.replace("3.“两新”", "4.“两新”")) == [("NU001", 4, 1, "4.")]


def test_a_contents_list_numbered_otherwise_than_the_headings():
    text = ("# 工作简报\n\n## 本期要目\n\n1. 11月热线运行总体情况\n2. 群众诉求主要特点\n\n"
            "## 一、11月热线运行总体情况\n\n内容。\n\n## 二、群众诉求主要特点\n\n内容。\n")
    assert nu(text, path="brief.md") == []
    assert nu(text.replace("## 二、", "## 三、"), path="brief.md") == [("NU001", 12, 4, "三、")]


def test_articles_in_bold_in_markdown():
    text = "**第一条**　甲。\n\n**第二条**　乙。\n\n**第三条**　丙。\n"
    assert nu(text, path="rules.md") == []
    assert nu(text.replace("第三条", "第二条"), path="rules.md") == [("NU001", 5, 3, "第二条")]


def test_announcement_with_a_verb_before_the_colon():
    text = "专项整治分四个阶段进行：\n（一）动员部署。\n（二）集中攻坚。\n（三）巩固提升。"
    finding = only(text, "NU002")
    assert (finding.text, finding.suggestion) == ("四个阶段", "三个阶段")
    assert "“四个阶段”" in finding.message


def test_announcement_with_a_comma_and_a_phrase_before_the_colon():
    text = "本次活动共设置五个环节，具体安排如下：\n1.甲。\n2.乙。\n3.丙。\n4.丁。"
    assert nu(text) == [("NU002", 1, 8, "五个环节")]
    assert nu(text.replace("五个", "四个")) == []
    assert nu("本次活动共设置五个环节，安排紧凑。\n1.甲。\n2.乙。\n3.丙。\n4.丁。") == []


def test_announcement_whose_clause_runs_on_to_a_comma_and_a_phrase_before_the_colon():
    text = ("会议对六项决议草案进行表决，具体为：\n1.关于甲的决议草案；\n2.关于乙的决议草案；\n3.关于丙的决议草案；\n"
            "4.关于丁的决议草案；\n5.关于戊的决议草案。")
    assert nu(text) == [("NU002", 1, 4, "六项")]
    assert nu(text.replace("六项", "五项")) == []
    # 主要包括 names the chief ones; a colon inside the paragraph ends no announcement
    assert nu(text.replace("进行表决，具体为：", "进行表决，主要包括：")) == []
    assert nu(text.replace("进行表决，具体为：\n", "进行表决，具体为：以下为节选。\n")) == []


def test_announcement_whose_clause_ends_at_a_comma_and_a_short_one_before_the_colon():
    text = ("一、总体要求\n办好赛事。\n二、组织机构\n除办公室外，组委会下设四个工作组，各工作组职责如下：\n（一）竞赛组。负责竞赛组织。\n"
            "（二）安保组。负责安全保卫。\n（三）医疗组。负责医疗救护。\n三、时间安排\n比赛于10月举行。")
    assert nu(text) == [("NU002", 4, 12, "四个工作组")]
    assert nu(text.replace("四个", "三个")) == []
    assert nu(text.replace("各工作组职责如下", "各组职责分别为")) == [("NU002", 4, 12, "四个工作组")]
    # after 重点是 or 主要有 the list may be the chief ones
    assert nu(text.replace("各工作组职责如下", "重点工作组是")) == []
    assert nu(text.replace("各工作组职责如下", "主要有")) == []
    # the colon does not end the paragraph
    assert nu(text.replace("各工作组职责如下：\n", "各工作组职责如下：见附件。\n")) == []


def test_stages_announced_with_the_verb_that_carries_them_out():
    text = ("一、活动步骤\n活动分四个阶段进行。\n（一）宣传发动阶段。各单位制定方案。\n此阶段，县禁毒办统一设计资料。\n"
            "（二）集中宣传阶段。各单位开展活动。\n（三）总结提升阶段。各单位认真总结。\n二、经费预算\n")
    assert [f[3] for f in nu(text)] == ["四个阶段"]
    assert nu(text.replace("四个阶段", "三个阶段")) == []
    # the stages named before the count: what follows are the report's own headings
    named = ("按照要求，行动分为动员部署、集中整治、巩固提升三个阶段推进。\n一、高位推动\n内容。\n二、压实责任\n内容。\n"
             "三、强化督导\n内容。\n四、营造氛围\n内容。\n")
    assert nu(named) == []


def test_points_announced_to_share_with_the_comrades():
    text = "结合大家的发言，我讲三点意见，和同志们交流。\n一、甲\n内容。\n二、乙\n内容。\n三、丙\n内容。\n四、丁\n内容。\n"
    assert nu(text) == [("NU002", 1, 11, "三点")]
    assert nu(text.replace("三点", "四点")) == []
    # a longer clause after the count says something of its own
    assert nu(text.replace("和同志们交流", "请同志们会后结合实际认真研究")) == []


def test_problems_announced_with_a_call_for_attention():
    text = ("一、存在的问题\n检查也发现以下五个方面问题，需要引起高度重视。\n一是审核不严。\n二是发放不及时。\n"
            "三是公示不到位。\n四是一卡多折。\n二、下一步工作\n")
    assert nu(text) == [("NU002", 2, 8, "五个方面")]
    assert nu(text.replace("五个方面", "四个方面")) == []
    assert nu(text.replace("需要引起高度重视", "亟待解决")) == [("NU002", 2, 8, "五个方面")]
    # a clause of its own after the comma says nothing of a list below
    assert nu(text.replace("需要引起高度重视", "涉及资金较多")) == []
    # without 以下 the count names problems met before, not a list
    assert nu(text.replace("以下五个方面问题", "五个方面问题")) == []


def test_a_total_cell_with_a_note_in_brackets():
    table = ("| 项目 | 主要内容 | 金额（元） |\n| --- | --- | --- |\n| 资料印制 | 折页、海报 | 12800 |\n"
             "| 展板制作 | 展板20块 | 8000 |\n| 其他 | 交通、误餐 | 2200 |\n| 合计 | | 23000元（大写：贰万叁仟元整） |\n")
    assert nu(table, path="a.md") == []
    assert [f[3] for f in nu(table.replace("23000元", "25000元"), path="a.md")] == ["25000元（大写：贰万叁仟元整）"]
    rates = ("| 类别 | 化解纠纷（件） |\n| --- | --- |\n| 婚姻家庭 | 128 |\n| 邻里 | 96 |\n| 其他 | 184 |\n"
             "| 合计 | 412（同比上升5.4%） |\n")
    assert [f[3] for f in nu(rates, path="a.md")] == ["412（同比上升5.4%）"]
    assert nu(rates.replace("412（", "408（"), path="a.md") == []


def test_agenda_and_working_groups_are_announced_counts():
    agenda = "今天的大会共有四项议程：一是甲；二是乙；三是丙；四是丁；五是戊。"
    assert nu(agenda) == [("NU002", 1, 8, "四项")]
    assert nu(agenda.replace("四项", "五项")) == []
    proposals = "我们发出以下五点倡议：\n一、甲。\n二、乙。\n三、丙。\n四、丁。"
    assert nu(proposals) == [("NU002", 1, 7, "五点")]
    assert nu(proposals.replace("五点", "四点")) == []
    groups = "领导小组下设六个工作组：\n1.综合组。\n2.宣传组。\n3.保障组。\n4.联络组。\n5.后勤组。"
    assert nu(groups) == [("NU002", 1, 7, "六个工作组")]
    assert nu(groups.replace("六个", "五个")) == []
    # A host's agenda stepped through later, and a group count with its members in one
    # sentence, are not lists the count must match.
    host = "今天的大会共有三项议程，下面进行第一项议程。\n一、甲\n二、乙\n三、丙\n四、丁"
    assert nu(host) == []
    assert nu("成立三个小组：综合组、宣传组、保障组。\n一、甲\n二、乙") == []


def test_markdown_paragraph_wrapping_into_its_items():
    assert nu("我讲三点意见：\n一、甲\n二、乙\n三、丙\n四、丁\n", path="a.md") == [("NU002", 1, 3, "三点")]
    assert nu("我讲三点意见：\n\n一、甲\n\n二、乙\n\n三、丙\n", path="a.md") == []


def test_announced_with_following_items():
    text = "结合本职工作，我的体会有以下四点。\n第一，学纪是前提。\n第二，明纪是关键。\n第三，守纪是根本。"
    assert nu(text) == [("NU002", 1, 15, "四点")]
    assert nu(text.replace("四点", "三点")) == []
    assert nu("主要有以下三个方面：\n一、甲\n二、乙") == [("NU002", 1, 6, "三个方面")]


def test_a_count_after_its_noun_announces_the_list():
    text = "我共提出建议5件，分别是：\n1.《关于公路改造的建议》；\n2.《关于品牌建设的建议》；\n3.《关于关爱服务的建议》；\n4.《关于垃圾收运的建议》。\n"
    assert nu(text) == [("NU002", 1, 7, "5件")]
    assert nu(text.replace("5件", "4件")) == []
    # a count of cases is no announcement of a list
    assert nu("全年共受理案件12863件，审执结12105件。\n1.刑事案件586件。\n2.民事案件7935件。\n") == []


def test_series_words_are_items():
    assert nu("我谈三点体会：首先，甲；其次，乙；最后，丙。") == []
    assert nu("我谈三点体会：\n首先，甲。\n其次，乙。") == [("NU002", 1, 3, "三点")]


@pytest.mark.parametrize("text", [
    # 几点 has no number
    "我强调几点建议：\n一是甲。\n二是乙。\n三是丙。",
    # a count that is not announcing the list that follows
    "今年我们开展了三项活动。\n一、甲\n二、乙",
    "这项工作涉及三个方面的问题，后面还要专门研究。\n一、甲\n二、乙",
    # the next paragraph does not start a new list at 1
    "我讲三点意见：\n同志们，当前形势严峻。\n一、甲\n二、乙",
    "他讲了三点意见。要求我们认真落实。\n一、甲\n二、乙",
    # a named set, not an announcement of the items after it
    "牢固树立“四个意识”，做到：一是甲；二是乙。",
    "坚持“两个维护”，一是甲，二是乙，三是丙。",
    # times and ordinals
    "会议下午三点开始：\n一、甲\n二、乙",
    "这是第三点意见：\n一、甲\n二、乙",
    "以下两点不在本次检查范围，请各单位另行报送。\n一、甲\n二、乙\n三、丙",
    "以下三项由办公室负责。\n一、甲\n二、乙",
    # matching counts in several styles
    "重点体现两点：\n一方面，甲。\n另一方面，乙。",
    "下面，就进一步抓好“六项活动”，我讲四点意见:\n一、甲\n二、乙\n三、丙\n四、丁",
    "再强调三点意见：\n一、甲\n一要子一\n二要子二\n二、乙\n三、丙",
    # 最后 closing the speech after three points
    "我讲三点意见：\n首先，甲。\n其次，乙。\n再次，丙。\n最后，希望大家共同努力。",
    "专项整治分三个阶段进行：\n（一）动员部署阶段。\n（二）集中攻坚阶段。\n（三）巩固提升阶段。",
    "新征程上，要突出“三个坚持”：坚持依法行政，坚持廉洁从政，坚持勤勉施政。\n一、甲\n二、乙",
])
def test_announcement_lookalikes_are_clean(text):
    assert nu(text) == []


# --------------------------------------------------------------------------------------------
# NU003 — stated count after a list
# --------------------------------------------------------------------------------------------


def test_stated_count_points_at_the_count_and_relates_the_list():
    text = "我从安排部署、扎实学习、查摆问题、整改落实、领导带头、督抓落实等七个方面做了安排。"
    finding = only(text, "NU003")
    assert (finding.line, finding.column, finding.text, finding.suggestion) == (1, 33, "七个方面", "六个方面")
    assert "6项" in finding.message
    # the message names the count up to 的
    named = only("食品、药品、特种设备等四个领域的投诉量居高位。", "NU003")
    assert named.message.startswith("说“四个领域”，")
    (related,) = finding.related
    assert text[related.start:related.end].endswith("督抓落实")


@pytest.mark.parametrize("text,expected", [
    ("继续坚持时间、内容、形式“四个统一”。", ("四个", "三个")),
    ("落实“选拔、退出、激励”四项机制。", ("四项", "三项")),
    ("在政治建设、思想建设、组织建设、作风建设三个方面下功夫。", ("三个方面", "四个方面")),
    ("树立“四个意识”（政治意识、大局意识、核心意识），保持一致。", ("四个", "三个")),
    ("统筹抓好脱贫攻坚、乡村振兴和基层治理两项重点工作。", ("两项", "三项")),
    ("考核内容包括耕地保护、粮食生产、粮食储备、粮食流通、应急保障、节粮减损和组织保障等六个方面。",
     ("六个方面", "七个方面")),
    ("把主题党日、民主评议、谈心谈话、集中学习等“三项制度”落到实处。", ("三项", "四项")),
    ("表彰张华、李明、王芳两名同志。", ("两名", "三名")),
    ("表彰张华、李明、王芳、赵强等三名同志。", ("三名", "四名")),
    ("实施乡村振兴、城市更新“三大行动”。", ("三大", "两大")),
    # the kinds a competition is divided into are listed in full
    ("竞赛设电工、焊工、数控车工、汽车维修工、养老护理员、育婴员、茶艺师等八个工种。", ("八个", "七个")),
    # a clause before it with a list of its own that 等 closed is no part of this list
    ("“霸王条款”、虚假宣传等问题仍然突出，食品、药品、特种设备、预付式消费、直播带货、旅游出行等七个领域的投诉量仍居高位。",
     ("七个", "六个")),
    # a list in the clause before runs on into this one only if together they make the count
    ("坚持书记抓、抓书记，重点做好了组织建设、阵地建设、队伍建设、制度建设、服务群众、平安建设等七个方面工作。",
     ("七个方面", "六个方面")),
    ("进馆档案涵盖文书、会计、人事、照片、声像、实物等七个门类。", ("七个", "六个")),
    # a figure after 等 counts a long list of kinds too; 竞赛项目 is such a kind, numeral or figure
    ("竞赛设电工、焊工、数控车工、汽车维修工、养老护理员、茶艺师等7个竞赛项目。", ("7个", "6个")),
    # items that each repeat the quoted word are the set it names, not an excerpt of it
    ("全院上下要努力做到思想认识到位、组织领导到位、责任落实到位、督导检查到位等“五个到位”。", ("五个", "四个")),
    ("竞赛设电工、焊工、数控车工、汽车维修工、养老护理员、茶艺师等七个竞赛项目。", ("七个", "六个")),
    ("围绕安全、环保、消防、交通等5个领域开展检查。", ("5个", "4个")),
    ("落实城乡低保、特困供养、临时救助两项补贴。", ("两项", "三项")),
    # quoted items side by side need no 顿号 between them
    ("我们重点推出“山水康养游”“古城文化游”“红色研学游”“乡村田园游”五条精品线路。", ("五条", "四条")),
    # qualities before 的 modify the list; the things counted come after it
    ("对制度健全、整改及时的县实验小学、县第二中学、城关镇中心小学、河口镇初级中学三所学校予以通报表扬。", ("三所", "四所")),
    ("建立省、市、县两级联动机制，选派骨干到三级医院进修。", ("两级", "三级")),
])
def test_stated_count_mismatches(text, expected):
    finding = only(text, "NU003")
    assert (finding.text, finding.suggestion) == expected


@pytest.mark.parametrize("text", [
    "我从安排部署、扎实学习、查摆问题、整改落实、领导带头、促进工作、督抓落实等七个方面做了安排。",
    # the draft names 节粮减损和组织保障 as one aspect elsewhere (a row of its table)
    "考核内容包括耕地保护、粮食生产、粮食储备、粮食流通、应急保障、节粮减损和组织保障等六个方面。\n"
    "考核内容　　分值\n耕地保护　　20\n节粮减损和组织保障　　15",
    "继续采取“9个规定主题+”和时间、内容、形式、缴纳党费“四个统一”的形式。",
    "严格落实一月一次集体学习、一季度一次专题研讨和一堂主题党课的“三个一”要求。",
    "认真落实村干部“选拔、退出、激励、保障”四项机制。",
    "创先争优、创建学习型党组织、机关党的建设、反腐倡廉制度建设等“六项活动”。",
    "做高举旗帜的表率，做服务大局的表率，做转变作风、服务群众的表率，做改革创新、保持本色的表率等“四个表率”。",
    "加强党员教育、管理，强化组织监督、考核等四个方面。",
    "进馆档案涵盖文书、会计、人事、照片、声像、实物、电子等七个门类。",
    # a short list closed by 等 and a figure names a few of the aspects
    "明确理论学习、组织建设、作风建设等5个方面23项具体任务。",
    "走访张村、李村、王村、赵村等12个村。",
    "共抽检食品样品500批次，涵盖粮食加工品、食用农产品、餐饮食品、饮料、冷冻饮品、乳制品等8个类别。",
    "全院上下要努力做到思想认识到位、组织领导到位等“五个到位”。",  # two named of five
    # a clause before 的 names what decided the set: 县委确定的“三个高地”
    "要紧紧围绕“十四五”规划收官、县委确定的“三个高地”建设等重点任务，做深做实政治监督。",
    "学习他们忠诚党的事业、视人民利益高于一切的党性观念。",
    "始终坚定理想信念、坚定“四个自信”。",
    "进一步坚定了理想信念，增强了“四个意识”、坚定了“四个自信”、做到了“两个维护”。",
    "各乡镇、部门、单位在开展“六项活动”中各有特色。",
    "农牧、林业、水务等农口部门把“六项活动”的成效体现在发展上。",
    "排名靠前的4个乡镇、部门、单位进行了经验交流。",
    "获得一、二、三等奖的分别有5人。",
    "1、2、3号楼已经封顶。",
    "市、县、乡三级联动，党政、群团两大系统协同。",
    "完成调研、起草、审定三个月内报送。",
    "抓好班子、队伍、作风等三个以上方面。",
    "统筹推进130项重点工作和重点项目。",
    "“十三五”、“十四五”两个规划期。",
    "要求政治意识、大局意识……等四个方面都要过硬。",
    "落实三项工作（见附件1、附件2）。",
    "党员教育和管理、组织建设两项工作。",
    "全市共有国家级、省级示范区5个，培训党员、干部12名，慰问困难党员、老党员二十名。",
    "获得国家级、省级、市级荣誉十二项。",
    "表彰张华、李明等五名同志，农牧、林业等十个部门作了发言。",
    "对安全管理制度健全、隐患整改及时、安全教育成效明显的县实验小学、县第二中学、城关镇中心小学、河口镇初级中学等4所学校予以通报表扬。",
    "从人的不安全行为、物的不安全状态、管理缺陷三个方面进行剖析。",  # items of their own holding 的
    "从理想信念、工作的作风、纪律的执行、廉洁自律四个方面进行对照。",
    "医院全年选派45名骨干医师到省、市三级医院进修。",  # a hospital's grade
    "围绕政治引领、多党合作、新的社会阶层、自身建设四个方面重点任务。",

    "竞赛涵盖电工、焊工等十二个工种，设电工、焊工、车工等三个工种的决赛。",
    "区委、区政府主要领导和区四大家领导分组走访慰问，区委、区政府和区四大班子成员参加。",
    "实行“一周一调度、一月一通报、一季一考核”三项制度，实施乡村振兴、城市更新、产业升级“三大行动”。",
    "强化政治、思想、组织、作风、纪律五大建设，打好蓝天、碧水、净土三大保卫战。",
    "落实“两个责任”、“一岗双责”两项要求，紧扣“一个目标”、“两个重点”、“三项任务”。",
    "发展党员、转正党员分别为12名、10名，全年开展培训、宣讲、观摩等活动126场次。",
    "各部门、单位开展“六项活动”。",
    "实验室检查：血常规、尿常规、肝功能、肾功能、血脂四项、空腹血糖、糖化血红蛋白。",
    "董事会下设战略、审计、提名、薪酬与考核四个专门委员会。",  # 薪酬与考核 is one committee
    "足额兑现城乡低保、特困供养、残疾人两项补贴等资金3.2亿元。",  # the two subsidies for the disabled
    "协调落实农村低保、特困供养、残疾人“两项补贴”等政策，做到应保尽保。",  # the same, quoted
    # the count joined to the list as its last item
    "刚才，市消防救援支队、市住建局、市交通运输局和两个区县作了交流发言。",
    "我们重点推出“山水康养游”“古城文化游”“红色研学游”“乡村田园游”四条精品线路。",
    # names in quotes before 等 and a count name some of the honours, as 张华、李明等 names people
    "近年来，我村先后获得“省级美丽乡村示范村”“市级先进基层党组织”“县级文明村”等七个方面的荣誉。",
    "我村先后获得“省级文明村”、“市级卫生村”、“县级平安村”等四项荣誉。",
])
def test_stated_count_lookalikes_are_clean(text):
    assert nu(text) == []


# --------------------------------------------------------------------------------------------
# NU004 — style and hierarchy
# --------------------------------------------------------------------------------------------


def test_bracket_numeral_takes_no_dun_and_the_fix_is_safe():
    (finding,) = check_text("（一）、提高认识\n（二）加强领导", select=["NU004"])
    assert (finding.line, finding.column, finding.text) == (1, 4, "、")
    assert finding.fix.safety == "safe" and finding.fix.edits[0].replacement == ""


def test_chinese_numeral_takes_dun():
    (finding,) = check_text("一、甲\n二．乙", select=["NU004"])
    assert (finding.line, finding.column, finding.text, finding.suggestion) == (2, 2, "．", "、")
    assert "应为“二、”，实为“二．”" in finding.message


def test_minority_style_in_a_level_is_reported_with_the_majority_form():
    (finding,) = check_text("1.甲\n2、乙\n3.丙", select=["NU004"])
    assert (finding.line, finding.text, finding.suggestion) == (2, "2、", "2.")
    assert finding.fix.safety == "unsafe"
    (finding,) = check_text("（一）甲\n（二）乙\n(三)丙", select=["NU004"])
    assert (finding.line, finding.text, finding.suggestion) == (3, "(三)", "（三）")


def test_inline_list_style_is_compared_only_within_its_run():
    text = "一、甲\n1、子一\n2、子二\n要求：1.甲；2.乙；3.丙。\n二、乙"
    assert check_text(text, select=["NU004"]) == []
    assert [(f.line, f.text) for f in check_text("要求：1.甲；2、乙；3.丙。", select=["NU004"])] == [(1, "2、")]


def test_style_mixed_across_runs_of_one_level():
    text = "一、甲\n1.子一\n2.子二\n二、乙\n1、子一\n2、子二\n3、子三\n三、丙\n1.子一\n2.子二"
    assert [(f.rule.id, f.line, f.text) for f in check_text(text, select=["NU"])] == [
        ("NU004", 5, "1、"), ("NU004", 6, "2、"), ("NU004", 7, "3、")]


def test_slip_into_a_sibling_family():
    finding = only("提出三点建议：\n一是甲。\n二是乙。\n三要丙。", "NU004")
    assert (finding.line, finding.text, finding.suggestion) == (4, "三要", "三是")
    assert nu("问题是：一是甲；二是乙；三要丙。") == [("NU004", 1, 13, "三要")]


def test_an_item_written_with_its_parents_style():
    text = ("一、主要工作\n内容。\n二、存在问题\n内容。\n三、工作打算\n（一）巩固成果。持续开展。\n（二）推进整治。完善机制。\n"
            "三、加强病媒防制。完善监测网络。\n（四）推进健康建设。抓好细胞工程。\n")
    assert [f[:4] for f in nu(text)] == [("NU004", 8, 1, "三、")]
    # a bare heading over items of its own is the parent's number repeated
    repeated = ("一、会议时间\n内容。\n二、会议地点\n内容。\n三、参会人员\n（一）主会场：甲。\n（二）分会场：乙。\n"
                "三、会议议程\n（一）传达文件。\n（二）部署工作。\n")
    assert [f[:4] for f in nu(repeated)] == [("NU001", 8, 1, "三、")]


def test_paragraphs_enumerated_一是_then_3():
    text = ("（一）健全工作机制\n一是完善舆情监测机制。依托平台监测。\n二是规范舆情处置流程。制定办法。\n"
            "对发现的舆情及时报告。\n3．健全舆情回应机制。及时发布信息。\n（二）加强队伍建设\n内容。")
    finding = only(text, "NU004")
    assert (finding.line, finding.text, finding.suggestion) == (5, "3．", "三是")
    assert [f for f in nu(text.replace("3．", "三是")) if f[0] == "NU004"] == []


@pytest.mark.parametrize("text", [
    # a list of its own family goes on after an enumeration inside one of its items
    "一、总体要求\n1．甲。\n2．乙。\n一是甲。\n二是乙。\n3．丙。",
    # a 2． after one enumeration item may start anything
    "一是完善机制。\n2．加强队伍建设。",
    # far from the enumeration, a new list
    "一是完善机制。\n二是规范流程。\n甲。\n乙。\n丙。\n丁。\n3．第三条。",
])
def test_a_list_marker_after_an_enumeration_that_is_no_slip(text):
    assert [f for f in nu(text) if f[0] == "NU004"] == []


COMPOSITE = ("一、主持词\n内容。\n二、在开班式上的讲话\n同志们：\n一、坚定理想信念\n内容。\n二、扎根基层\n内容。\n"
             "三、严守纪律\n内容。\n三、培训课程安排\n内容。\n")


def test_a_speech_held_in_the_draft_numbers_its_sections_anew():
    assert [f for f in nu(COMPOSITE) if f[0] == "NU001"] == []
    # a slip inside the speech, or in the draft's own numbering after it, is still one
    assert [f[1:] for f in nu(COMPOSITE.replace("三、严守纪律", "四、严守纪律")) if f[0] == "NU001"] == [(9, 1, "四、")]
    assert [f[1:] for f in nu(COMPOSITE.replace("三、培训课程安排", "五、培训课程安排")) if f[0] == "NU001"] == [(11, 1, "五、")]


def test_a_heading_that_names_no_document_does_not_number_anew():
    text = COMPOSITE.replace("二、在开班式上的讲话", "二、主要任务")
    assert [f[1:] for f in nu(text) if f[0] == "NU001"] == [(11, 1, "三、")]


def test_inverted_hierarchy_only_when_the_lower_level_goes_on():
    finding = only("1. 总体要求\n（一）指导思想\n（二）基本原则\n2. 重点任务", "NU004")
    assert (finding.line, finding.text) == (2, "（一）")
    assert finding.related[0].message == "上级“1.”"
    # a short list before the sections is not a level above them
    assert nu("会议议程：\n1. 传达文件\n2. 部署工作\n一、形势\n1. 子一\n2. 子二\n二、任务") == []


@pytest.mark.parametrize("text", [
    "一、总体要求\n（一）指导思想\n1. 坚持党的领导\n（1）提高站位\n①统一思想",
    "1、甲\n2、乙\n3、丙",
    "(一)甲\n(二)乙",
    "第一章 总则\n第二章 附则",
    "1)甲\n2)乙",
    "一是甲。\n二是乙。\n一要丙。\n二要丁。",
])
def test_style_lookalikes_are_clean(text):
    assert check_text(text, select=["NU004"]) == []


# --------------------------------------------------------------------------------------------
# NU005 — layout
# --------------------------------------------------------------------------------------------


def test_inline_item_among_paragraph_items_with_unsafe_fix():
    text = "一是甲。\n二是乙。\n三是丙。四是丁。"
    finding = only(text, "NU005")
    assert (finding.line, finding.column, finding.text) == (3, 5, "四是")
    assert finding.related[0].message == "“三是”所在段落"
    assert finding.fix.safety == "unsafe"
    (edit,) = finding.fix.edits
    assert text[:edit.start] + edit.replacement + text[edit.end:] == "一是甲。\n二是乙。\n三是丙。\n四是丁。"


def test_markdown_fix_starts_a_new_block():
    (finding,) = check_text("一是甲。\n\n二是乙。\n\n三是丙。四是丁。\n", select=["NU005"], path="a.md")
    assert finding.fix.edits[0].replacement == "\n\n"


@pytest.mark.parametrize("text", [
    "存在的问题：一是甲；二是乙；三是丙。",
    "一是甲；二是乙；三是丙。",
    "一是甲。二是乙。\n三是丙。四是丁。",
    "主要有：一是甲；二是乙。\n三是丙。\n四是丁。",
    "一、甲\n一是子一。二是子二。\n二、乙",
    "一是加强学习。要做到：一是读原著；二是学原文。\n二是狠抓落实。\n三是严格督查。",
])
def test_layout_lookalikes_are_clean(text):
    assert check_text(text, select=["NU005"]) == []


# --------------------------------------------------------------------------------------------
# NU006 — a total and its breakdown
# --------------------------------------------------------------------------------------------


def test_breakdown_said_to_be_whole_must_add_up():
    text = "经评审，共评出优秀作品15件，分别为一等奖3件、二等奖5件、三等奖8件。"
    finding = only(text, "NU006")
    assert (finding.line, finding.column, finding.text, finding.severity) == (1, 12, "15件", "warning")
    assert finding.message == "总数“15件”与其后分项之和不符：3件＋5件＋8件＝16件"


@pytest.mark.parametrize("text,total,shown", [
    # kinds no item belongs to twice may not exceed the total
    ("共发现问题17个，其中A类问题8个、B类问题6个、C类问题4个。", "17个", "＝18个"),
    ("共表彰先进个人20名，其中市级12名、县级10名。", "20名", "＝22名"),
    ("建章立制41项，其中县级层面12项、部门和单位层面31项。", "41项", "＝43项"),
    ("推动建章立制41项，其中县级层面出台制度12项、部门和单位层面完善制度31项。", "41项", "＝43项"),
    ("改造老旧小区56个，其中城关片区31个、东城片区18个、西城片区9个。", "56个", "＝58个"),
    ("共受理群众诉求128476件。其中，电话渠道受理96352件，网络渠道（含政府网站）受理32142件。", "128476件", "＝128494件"),
    # the total is said to be of two kinds; donors and registrations split a whole
    ("全年发放残疾人两项补贴共计2863.4万元，其中生活补贴1127.6万元、护理补贴1725.8万元。", "2863.4万元", "＝2853.4万元"),
    ("共募集善款1862.5万元，其中单位捐赠1245.3万元、个人捐赠607.2万元。", "1862.5万元", "＝1852.5万元"),
    ("全年办理婚姻登记6384对，其中结婚登记4127对、离婚登记2157对。", "6384对", "＝6284对"),
    # the total names its groups run together
    ("全年受理餐饮类投诉举报1534件，其中投诉1276件、举报248件。", "1534件", "＝1524件"),
    ("全市共有国控、省控空气质量监测站点14个，其中国控站点6个、省控站点9个。", "14个", "＝15个"),
    # 男 and 女 together are everyone
    ("全县共有干部职工86人，其中男性50人、女性30人。", "86人", "＝80人"),
    ("共整改问题32个，其中已整改25个，未整改5个。", "32个", "＝30个"),
    # a last part 其余 / 其他 covers the rest, so the parts are the whole; 万 and 亿 are multipliers
    ("共投入资金1.2亿元，其中中央资金8000万元、省级资金3000万元，其余1500万元由县级筹措。", "1.2亿元", "＝1.25亿元"),
    ("共收到来信45件，其中反映征地问题20件、反映社保问题15件、其他问题8件。", "45件", "＝43件"),
    # figures written in thousands; done and under way, corporate and personal split a whole
    ("全年新增有效客户2,356户，其中对公客户318户、个人客户2,048户。", "2,356户", "＝2,366户"),
    ("新增对公客户1,318户、个人客户2,048户，共计3,376户。", "3,376户", "＝3,366户"),
    ("共收到反馈问题42个，其中已完成整改35个、正在推进整改6个。", "42个", "＝41个"),
    ("全县在册社区矫正对象386人，其中管制5人、缓刑341人、假释27人、暂予监外执行12人。", "386人", "＝385人"),
])
def test_breakdown_mismatches(text, total, shown):
    finding = only(text, "NU006")
    assert finding.text == total and finding.message.endswith(shown) and finding.severity == "warning"


def test_a_number_in_brackets_is_part_of_a_parts_label():
    text = "全县共有小型水库47座，其中小（1）型12座、小（2）型33座，要逐库落实责任人。"
    finding = only(text, "NU006")
    assert (finding.text, finding.severity) == ("47座", "info")
    assert finding.message.endswith("12座＋33座＝45座")
    assert nu(text.replace("47座", "45座")) == []
    # an aside in brackets, and its figure, are still no part of the label
    assert nu("共有水库45座，其中小型（含山塘）12座、中型（2座在建）33座。") == []


@pytest.mark.parametrize("text, total, shown", [
    # figures grouped in threes by spaces (GB/T 15835-2011 5.1.3)
    ("2024年度共使用党费18 600元，其中：购买学习资料4 200元，开展教育培训6 800元，慰问老党员5 600元，表彰先进2 500元。",
     "18 600元", "＝19 100元"),
    # the last part names the rest after a preposition
    ("提出批评意见86条，其中对支委班子成员提出批评意见27条，对其他党员提出批评意见56条。", "86条", "＝83条"),
    # posts are kinds no one holds two of
    ("共设置岗位9个，招聘工作人员18名，其中管理岗位5名、专业技术岗位14名。", "18名", "＝19名"),
    # where the people of the total were placed: no one is placed twice
    ("退役士兵46名，已全部安置到位，其中安排到机关事业单位31名、国有企业17名。", "46名", "＝48名"),
    # a total naming those honoured: each receives one of the honours
    ("其中，8个先进集体包括优秀项目部3个、先进班组4个。", "8个", "＝7个"),
    # classes are kinds no pupil sits in two of
    ("今年，我校共招收高一新生1086人，编为22个教学班，其中普通班18个、实验班3个。", "22个", "＝21个"),
])
def test_breakdowns_of_spaced_figures_remainders_and_posts(text, total, shown):
    finding = only(text, "NU006")
    assert finding.text == total and finding.message.endswith(shown)


@pytest.mark.parametrize("text", [
    "共使用党费18 600元，其中购买资料4 200元、培训6 800元、慰问5 600元、表彰2 000元。",
    "提出批评意见83条，其中对支委班子成员提出批评意见27条，对其他党员提出批评意见56条。",
    "招聘工作人员19名，其中管理岗位5名、专业技术岗位14名。",
    "招聘工作人员40名，其中管理岗位5名、专业技术岗位14名。",  # an excerpt of the posts
    "编为22个教学班，其中普通班18个、实验班4个。",
    "编为30个教学班，其中普通班18个、实验班3个。",  # far short: other classes left out
    "先进集体20个，包括优秀项目部3个、先进班组4个。",  # an excerpt of the honours
    "参会单位8个，包括项目部3个、班组4个。",  # no honour named
    "退役士兵60名，其中安排到机关事业单位31名、国有企业17名。",  # the rest placed otherwise
    "走访退役士兵46名，其中机关事业单位31名、国有企业17名。",  # where they work, not where they were placed
])
def test_breakdowns_of_spaced_figures_remainders_and_posts_that_add_up(text):
    assert [f for f in nu(text) if f[0] == "NU006"] == []


@pytest.mark.parametrize("text, total, severity", [
    # the total is named by a character of each part: 医护 of 医生、护士, 师生 of 教师、学生
    ("科室现有医护人员58人，其中医生19人、护士37人。", "58人", "warning"),
    ("全校师生3200人，其中教师210人、学生2970人。", "3200人", "warning"),
    ("全县有中小学45所，其中中学12所、小学31所。", "45所", "warning"),
    # posts (岗) are kinds no one holds two of: nearly all, so meant to be all
    ("共招募赛会志愿者300名，其中赛事服务岗160名、城市志愿服务站岗90名、应急救护岗40名。", "300名", "info"),
])
def test_breakdowns_named_by_their_parts_and_posts(text, total, severity):
    finding = only(text, "NU006")
    assert (finding.text, finding.severity) == (total, severity)


@pytest.mark.parametrize("text", [
    "科室现有医护人员56人，其中医生19人、护士37人。",
    "全县有中小学45所，其中初中12所、小学33所。",
    # a shared character (机构) names neither part; long labels match a character by chance
    "全区共有服务机构45家，其中养老机构12家、托育机构30家。",
    "获省部级以上科技奖励42项，其中以第一完成单位获国家科学技术进步奖二等奖1项、省科学技术进步奖一等奖5项。",
    "全镇走访慰问退役军人和军属326户，其中退役军人家庭214户、军属和烈属家庭102户。",
    # an excerpt of the posts
    "共招募志愿者300名，其中赛事服务岗160名、应急救护岗40名。",
])
def test_breakdowns_named_by_their_parts_lookalikes(text):
    assert [f for f in nu(text) if f[0] == "NU006"] == []


@pytest.mark.parametrize("text", [
    "全年共确定入党积极分子37名，其中教职工5名、学生30名。",
    "学院共有团员2346名，其中学生团员2218名、教职工团员118名。",
    "我局共承办市政协十一届三次会议提案86件，其中主办提案52件、协办提案31件。",
    # the four forms of misconduct fall in two groups
    "全年共查处“四风”问题17起，其中形式主义、官僚主义问题9起，享乐主义、奢靡之风问题7起，给予党纪处分5人。",
    # production, trade and use; an attribute some of them share ends the parts
    "检查组共检查企业46家，其中生产企业12家、经营企业21家、使用企业11家，涉及重大危险源企业9家。",
    # donations in money and in goods
    "全年共计接收捐赠款物折合人民币586.4万元，其中资金412.6万元、物资折价163.8万元。",
    # loans counted in 笔, first homes and second homes
    "2024年，发放个人住房贷款3860笔、16.74亿元，同比分别增长3.21%、5.02%，其中首套住房贷款3125笔、二套住房贷款725笔。",
    # markets at home and abroad
    "2024年实现营业收入12.6亿元，其中国内市场7.8亿元、海外市场4.2亿元，同比增长14.3%。",
    # the four ways a discharged soldier is settled
    "全年共接收安置退役士兵87名，其中安排工作42名、自主就业39名、退休3名、供养1名，安置任务全部按时完成。",
    # the posts a body is made of, after 其中 or after 组成，设
    "领导小组由7人组成，其中组长1名、副组长2名、成员3名。",
    "第十二届村民委员会由5人组成，设主任1名、副主任1名、委员2名，其中妇女成员至少1名。",
    # model workers by the three quotas they are chosen in
    "全市各级共推荐候选人136名，其中企业职工72名、农民34名、机关事业单位人员28名。",
    # those entitled to special care, each of one kind, adding up to more than all of them
    "全镇共有退役军人及其他优抚对象1268人，其中退役军人986人、烈属23人、因公牺牲军人遗属8人、病故军人遗属15人、"
    "现役军人家属256人。",
])
def test_members_of_a_set_that_splits_a_whole_are_all_of_it(text):
    assert only(text, "NU006").severity == "warning"


@pytest.mark.parametrize("text", [
    "全年共确定入党积极分子35名，其中教职工5名、学生30名。",
    "参会人员300人，其中教职工50人、学生家长240人。",  # parents are no students
    "教育经费20万元，其中教职工培训5万元、学生资助8万元。",  # money, not people
    "共有参展单位86家，其中主办单位2家、协办单位5家。",  # an event's organisers among others
    "发放个人住房贷款3850笔，其中首套住房贷款3125笔、二套住房贷款725笔。",
    "全年共查处“四风”问题16起，其中形式主义、官僚主义问题9起，享乐主义、奢靡之风问题7起。",
    "检查组共检查企业44家，其中生产企业12家、经营企业21家、使用企业11家，涉及重大危险源企业9家。",
    "共投入资金586.4万元，其中中央资金412.6万元、省级资金163.8万元。",
    "全年共接收安置退役士兵85名，其中安排工作42名、自主就业39名、退休3名、供养1名。",
    "领导小组由6人组成，其中组长1名、副组长2名、成员3名。",
    "第十二届村民委员会由5人组成，设主任1名、副主任1名、委员3名，其中妇女成员至少1名。",
    "工作专班由12人组成，设综合组2人、宣传组3人。",  # two of the groups, far short
    "服务中心共有窗口12个，设综合窗口8个、专项窗口3个。",  # 设 after no 组成 opens no parts
    "全市各级共推荐候选人134名，其中企业职工72名、农民34名、机关事业单位人员28名。",
    "共服务群众136名，其中企业职工72名、农民工34名、机关事业单位人员28名。",  # 农民工 is no quota
    "共培训1260人，其中企业职工480人、中小学教师365人。",  # one quota of three
    "全镇共有优抚对象1288人，其中退役军人986人、烈属23人、因公牺牲军人遗属8人、病故军人遗属15人、现役军人家属256人。",
    "走访慰问1268人，其中退役军人986人、党员300人。",  # a veteran may be a party member
])
def test_members_of_a_set_that_splits_a_whole_lookalikes(text):
    assert [f for f in nu(text) if f[0] == "NU006"] == []


@pytest.mark.parametrize("text, total, summed", [
    ("全院共受理执行案件6428件。其中，新收案件5912件，同比上升8.3%。旧存案件506件。共执结执行案件6035件。",
     "6428件", "5912件＋506件＝6418件"),
    ("全年共选派科技特派员126名。其中，省级科技特派员18名，主要来自省农科院。市级科技特派员35名。"
     "县级科技特派员71名，主要由县农业农村局的专业技术人员组成。", "126名", "18名＋35名＋71名＝124名"),
])
def test_a_breakdown_that_runs_on_into_the_next_sentences(text, total, summed):
    finding = only(text, "NU006")
    assert finding.text == total and finding.message.endswith(summed)


@pytest.mark.parametrize("text, summed", [
    ("全街道60周岁以上户籍老年人9630人，占户籍总人口的22.6%，其中60至69岁5120人、70至79岁3050人、80岁以上1360人。",
     "5120人＋3050人＋1360人＝9530人"),
    ("全村党员96名，其中35岁以下12名、36至50岁30名、51岁以上50名。", "12名＋30名＋50名＝92名"),
    ("辖区内老年人1562人，其中60—69岁826人、70—79岁512人、80岁以上214人。", "826人＋512人＋214人＝1552人"),
    # a clause after 分号 about others ends the bands, its words before a count or not
    ("全街道60周岁以上户籍老年人9630人，其中60至69岁5120人、70至79岁3050人、80岁以上1360人；独居、空巢老人1865人，"
     "失能、半失能老人426人。", "5120人＋3050人＋1360人＝9530人"),
])
def test_age_bands_with_no_gap_up_to_an_open_end_are_all_of_it(text, summed):
    finding = only(text, "NU006")
    assert finding.severity == "warning" and finding.message.endswith(summed)


@pytest.mark.parametrize("text", [
    "全街道老年人9530人，其中60至69岁5120人、70至79岁3050人、80岁以上1360人。",
    "全村党员96名，其中35岁以下12名、60岁以上50名。",  # a gap between the bands: an excerpt
    "全村党员96名，其中35岁以下12名、36至50岁30名。",  # no open end above
    "全村党员96名，其中36至50岁30名、51岁以上50名。",  # the young left out
    "1至5月共接待游客120万人次，其中2月50万人次、3月30万人次。",
])
def test_age_bands_lookalikes(text):
    assert [f for f in nu(text) if f[0] == "NU006"] == []


COURT_CASES = ("全年共受理各类案件12486件，审结、执结11937件，同比分别上升4.2%和5.1%，结案率95.6%，法官人均结案318件。\n"
               "其中，受理刑事案件856件、民事案件8124件、行政案件213件、执行案件3116件。\n")


def test_parts_opening_the_next_paragraph_break_down_the_subject_of_the_last_sentence():
    finding = only(COURT_CASES, "NU006")
    assert finding.text == "12486件" and finding.message.endswith("＝12309件")
    # (the 结案率 no longer fits the total, which NU009 reports)
    assert [f for f in nu(COURT_CASES.replace("12486件", "12309件")) if f[0] == "NU006"] == []
    # a heading between them: the parts open a section of their own
    assert nu(COURT_CASES.replace("。\n其中", "。\n二、案件情况\n其中")) == []


@pytest.mark.parametrize("text", [
    "全院共受理执行案件6418件。其中，新收案件5912件，同比上升8.3%。旧存案件506件。",
    "全年共选派科技特派员124名。其中，省级科技特派员18名。市级科技特派员35名。县级科技特派员71名。",
    "共有职工90人。其中，男职工50人。党员职工30人。",  # a count of another kind opens the next
    "共受理案件6428件。其中，新收案件5912件。全年执结案件506件。",  # what became of the cases
    "共受理案件6428件。其中，新收案件5912件。\n旧存案件506件。",  # a new paragraph
    "共受理案件6428件，其中新收案件5912件。旧存案件506件。",  # 其中 inside the sentence of the total
])
def test_a_breakdown_that_runs_on_lookalikes(text):
    assert [f for f in nu(text) if f[0] == "NU006"] == []


def test_parts_adding_up_to_the_total_with_two_digits_swapped_are_a_slip():
    text = "全镇共排查出危险水域87处，其中山塘水库31处、河道沟渠29处、废弃矿坑积水坑18处，点多线长面广。"
    finding = only(text, "NU006")
    assert (finding.text, finding.severity) == ("87处", "info")
    assert nu(text.replace("87处", "97处")) == []  # 78 under 97: an excerpt
    # two parts short of the total may leave out a third kind, digits swapped or not
    assert nu("全县共排查出危险水域294处，其中山塘水库120处、河道沟渠129处，点多线长面广。") == []


def test_breakdown_a_little_short_of_its_total_is_info():
    text = "检查发现问题隐患17个，其中维保记录不全8个、超期未检5个、无证上岗3个，已责令整改。"
    finding = only(text, "NU006")
    assert (finding.text, finding.severity) == ("17个", "info")
    assert finding.message.endswith("8个＋5个＋3个＝16个")


@pytest.mark.parametrize("text", [
    # adds up
    "共评出优秀作品16件，分别为一等奖3件、二等奖5件、三等奖8件。",
    "全年新增有效客户2,366户，其中对公客户318户、个人客户2,048户。",
    "新增对公客户1,318户、个人客户2,048户，共计3,366户。",
    "共收到问题42个，其中已完成整改30个、正在推进整改6个、尚未启动6个。",
    "共12个，其中A类5个,B类7个。",
    "共收到征文326篇，其中小说120篇、散文150篇、诗歌56篇。",
    "共有干部职工86人，其中男性50人、女性36人。",
    "共投入资金1.2亿元，其中中央资金8000万元、省级资金3000万元，其余1000万元由县级筹措。",
    "活动总预算386万元。其中，申请市级补助150万元，主要用于赛事组织；其余236万元由承办单位筹集。",
    # an excerpt: parts short of the total, and not said to be all of it
    "共有党员120名，其中女党员45名、少数民族党员12名。",
    "共发现问题17个，其中A类问题8个、B类问题5个。",
    "全县共有卫生技术人员1287人，其中执业医师462人、注册护士538人。",
    "规模以上企业186家，其中国家级专精特新企业3家、省级专精特新企业21家。",
    "建章立制41项，其中县级层面12项、部门和单位层面22项。",  # levels, an excerpt below the total
    "共受理群众诉求128476件，其中电话渠道受理56352件、网络渠道受理32142件。",  # 来信 may be left out
    "共受理群众诉求128476件，其中电话受理96352件、投诉类诉求32142件。",  # a channel and a kind may overlap
    # the whole split twice: by level, then by grade
    "全市现有公共图书馆9个，其中市级馆1个、县级馆8个，一级馆5个、二级馆3个、三级馆1个。",
    "推动建章立制41项，其中出台制度12项、完善制度31项。",  # no level: one rule may be both
    "全年发放补贴共计2863.4万元，其中生活补贴1127.6万元、护理补贴1725.8万元。",  # no count of kinds
    "全年受理诉求1534件，其中投诉1276件、举报248件。",  # 咨询 may be left out
    "全市共有空气质量监测站点16个，其中国控站点6个、省控站点9个。",  # the kinds are not said to be all
    "发放三项补贴共计2863.4万元，其中生活补贴1127.6万元、护理补贴1725.8万元。",  # two of three kinds
    "共有党员40名，其中预备党员2名、流动党员3名、离退休党员34名。",
    # overlapping groups may add up to more than the total
    "共有学员62名，其中具有硕士以上学历的23名，有基层工作经历的41名。",
    "共有党员120名，其中女党员80名、大专以上学历党员60名。",
    # approximate figures, other classifiers, parts of a part, a single part
    "共培训1200余人次，其中线上800人次、线下300人次。",
    "共有约120人，其中男性50人、女性60人。",
    "全年共接待来访群众1200人次，其中集体访35批次、个人访800人次。",
    "共评出作品15件，分别为一等奖3件，其中2件为集体创作；二等奖5件、三等奖7件。",
    "已开工172个，其中完工118个，累计完成投资10.9亿元。",
    # what became of a part, after a year or not, is no further part
    "全县共有农村公路桥梁146座，其中危旧桥梁11座，2024年已完成改造7座，剩余4座列入今年改造计划。",
    "共排查隐患46处，其中重大隐患5处，目前已整改3处。",
    "活动时间共3天。其中，5月31日举行决赛，6月1日举行颁奖。",
    "共处置问题线索46件，给予处分12人，其中涉及违反中央八项规定精神问题的有5人。",
])
def test_breakdown_lookalikes_are_clean(text):
    assert nu(text) == []


# --------------------------------------------------------------------------------------------
# Seed regressions (short sentences quoted from the real drafts)
# --------------------------------------------------------------------------------------------


def test_seed_inline_fifth_item_is_the_one_warning():
    text = (
        "为落实好以上各级党组织的工作任务，我强调几点建议：\n"
        "一是以党建思路促工作开展。各级党组织要积极适应全面从严治党新常态。\n"
        "二是以机制保障促责任落实。要做到组织健全。\n"
        "三是以加大投入促均衡发展。各级党组织要继续加大对党建工作投入。\n"
        "四是以特色品牌促突破创新。力争实施一个项目，创新一项工作。五是以广泛宣传促氛围营造。各级党组织要加强舆论宣传。\n"
    )
    findings = check_text(text, select=["NU"])
    assert [(f.rule.id, f.line, f.column, f.text, f.severity) for f in findings] == [
        ("NU005", 5, 30, "五是", "warning")]


def test_seed_five_ones_and_seven_aspects():
    text = (
        "我从安排部署、扎实学习、查摆问题、整改落实、领导带头、促进工作、督抓落实等七个方面做了具体安排，"
        "结合当前工作进展，我再做一强调，重点要做到“五个一”。\n"
        "一是用好一个载体。继续采取“9个规定主题+”和时间、内容、形式、缴纳党费“四个统一”的形式。\n"
        "二是夯实一个基础。严格落实一月一次集体学习、一季度一次专题研讨和一堂主题党课的“三个一”要求。\n"
        "三是突出一个重点。\n四是抓住一个关键。要认真履行“一岗双责”。\n五是落实一个保障。\n"
    )
    assert nu(text) == []


def test_seed_announcements():
    assert nu("下面，我就如何进一步抓好队伍党建工作，再强调三点意见：\n一、狠抓班子建设\n"
              "一要加强学习。\n二要率先垂范。\n三要勤思善谋。\n二、狠抓基层组织建设\n三、狠抓党员队伍建设") == []
    assert nu("下面,就进一步抓好“六项活动”,我讲四点意见:\n\n一、提高认识\n\n二、把握关键\n\n"
              "三、依托“六项活动”\n\n目前,要通过开展“六项活动”抓好五项工作:一要抓好培训。二要抓好换届。"
              "三要抓好评议。四要抓好发展党员。五要抓好机制建立。\n\n四、加强领导") == []
    assert nu("取得比较明显的成效，重点体现两点：\n一方面，政治意识不断提高。\n另一方面，党建和业务工作不断融合。") == []
    assert nu("借此机会，我想就机关党建工作讲四点意见，供大家参考。\n第一，服务中心\n一是要树立大局意识。"
              "二是要善于贴近中心。三是要找准切入点。\n第二，夯实基层\n第三，建设队伍\n第四，创先争优") == []


def test_seed_names_and_lists_are_not_counts():
    assert nu("认真落实村干部“选拔、退出、激励、保障”四项机制，按照“四议两公开”工作法，"
              "严格落实“一督查二警告三通报四问责”跟踪问效机制。") == []
    assert nu("在农村持续实施“1311”党建工程，构建了1+2+3+4党建工作体系，不断完善一校一品一院一特工程。") == []
    assert nu("主要表现为:一是认识不够到位。二是载体不够实。三是典型不多。四是创新少。五是推进不平衡。") == []


# --------------------------------------------------------------------------------------------
# Data, output and speed
# --------------------------------------------------------------------------------------------


def test_team_file_adds_a_series_and_an_ignored_phrase(tmp_path):
    team = tmp_path / "team.toml"
    team.write_text(
        '[[series]]\nname = "一则"\nwords = ["一则", "二则", "三则"]\nreason = "本单位讲话常用的次序词"\n\n'
        '[[ignore]]\nphrase = "一是一个"\nreason = "本单位惯用语"\n',
        encoding="utf-8",
    )
    text = "原因有三：\n一则，底数不清。\n二则，责任不明。\n二则，督查不严。"
    assert nu(text) == []
    assert nu(text, data={"numbering": [team]}) == [("NU001", 4, 1, "二则")]
    assert nu("问题：一是一个难点；二是措施；三是督查。", data={"numbering": [team]}) == []


def test_team_file_adds_an_ordinal_counted_through_the_draft(tmp_path):
    team = tmp_path / "team.toml"
    team.write_text(
        "[[through]]\nname = \"环节\"\npattern = '进入(?P<item>第{num}个环节)'\nreason = \"本单位活动方案的环节\"\n",
        encoding="utf-8",
    )
    text = "下面进入第一个环节。\n下面进入第三个环节。"
    assert nu(text) == []
    assert nu(text, data={"numbering": [team]}) == [("NU001", 2, 5, "第三个环节")]


@pytest.mark.parametrize("entry, complaint", [
    ("pattern = '进入第{num}个环节'", "(?P<item>"),
    ("pattern = '进入(?P<item>第一个环节)'", "{num}"),
    ("pattern = '进入(?P<item>第{num}个环节'", "bad pattern"),
])
def test_bad_through_entry_is_a_config_error(tmp_path, entry, complaint):
    team = tmp_path / "team.toml"
    team.write_text(f"[[through]]\nname = \"环节\"\n{entry}\nreason = \"r\"\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(complaint)):
        nu("下面进入第一个环节。", data={"numbering": [team]})


def test_sarif_carries_related_locations(cli, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("一、甲\n（一）子\n（二）子\n（二）子\n", encoding="utf-8")
    result = cli(["--select", "NU", "--format", "sarif", str(draft)], cwd=tmp_path)
    (finding,) = json.loads(result.out)["runs"][0]["results"]
    assert finding["ruleId"] == "NU001"
    assert finding["locations"][0]["physicalLocation"]["region"]["startLine"] == 4
    assert finding["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 3


def test_long_draft_is_fast():
    import time

    block = "一、甲\n（一）子一。一是甲；二是乙；三是丙。\n（二）子二，从A、B、C等三个方面着手。\n"
    text = "我讲三点意见：\n" + block * 400
    start = time.perf_counter()
    check_text(text, select=["NU"])
    assert time.perf_counter() - start < 3


def test_every_marker_family_starts_with_a_trigger_character():
    """Markers are looked for only where a trigger character stands: no family may start
    with any other character."""
    import re

    from checker_plugins.numbering.markers import INLINE_TRIGGER, PARAGRAPH_PATTERNS

    anonymous = [re.sub(r"\(\?P<\w+>", "(?:", p.pattern) for _, p in PARAGRAPH_PATTERNS]
    anonymous = [re.sub(r"\|\(\?P<\w+>", "|(?:", p) for p in anonymous]
    any_marker = re.compile("|".join(f"(?:{p})" for p in anonymous))
    tails = ["一章 ", "一部分 ", "一）", "1）", "、", "）", "是", "要", "，", "．", "十、", "1. "]
    starts = [chr(c) for c in range(0x20, 0xA000)] + [chr(c) for c in range(0xFF00, 0xFFF0)]
    for char in starts:
        if INLINE_TRIGGER.match(char):
            continue
        assert not any(any_marker.match(char + tail) for tail in tails), char


def test_a_marker_written_twice():
    (finding,) = check_text("（一）统一思想\n（二）（二）明确任务\n（三）强化保障", select=["NU"])
    assert (finding.rule.id, finding.line, finding.column, finding.text) == ("NU004", 2, 4, "（二）")
    assert finding.message == "编号“（二）”写了两遍" and finding.fix.safety == "safe"
    assert nu("一、总体要求\n二、 二、主要任务\n三、保障措施")[0][:3] == ("NU004", 2, 4)
    assert nu("（一）甲\n（二）（2）乙的第一点\n（三）丙") == []
    assert nu("一、甲\n二、二氧化碳排放\n三、丙") == []


def test_a_figure_marker_written_twice_where_it_is_due():
    text = "一、组织机构\n1.总指挥组\n职责：甲。\n2.2.疏散引导组\n职责：乙。\n3.救护组\n职责：丙。"
    (finding,) = check_text(text, select=["NU"])
    assert (finding.rule.id, finding.line, finding.column, finding.text) == ("NU004", 4, 3, "2.")
    assert finding.message == "编号“2.”写了两遍" and finding.fix.safety == "safe"
    # a clause of a decimal outline, and a figure where no number is due
    assert nu("1.总则\n2.1.适用范围\n2.2.基本原则\n3.职责") == []
    assert nu("1.总则\n2.基本原则\n2.2.疏散引导组\n3.职责") == []


def test_a_heading_opening_with_a_word_that_begins_with_a_numeral():
    text = "## 一、甲\n\n## 二、乙\n\n## 三、丙\n\n## 四、一体推进不敢腐、不能腐、不想腐\n\n## 五、戊\n"
    assert nu(text, path="plan.md") == []
    assert [f[:2] for f in nu(text.replace("五、戊", "六、戊"), path="plan.md")] == [("NU001", 9)]
    assert nu("获得一、二等奖的分别有5人，一、二季度增长较快。") == []
    assert nu("一、一季度经营情况\n内容。\n二、会议对形势的基本判断\n内容。") == []


def test_items_inline_after_one_that_opens_the_paragraph():
    assert [f[:4] for f in nu("一是甲。二是乙。四是丙。")] == [("NU001", 1, 9, "四是")]
    assert nu("一是甲。二是乙。三是丙。") == []


def test_items_right_after_an_agenda_announcement_are_what_it_counts():
    text = ("今天的座谈会共有四项议程：一是观看专题片；二是企业家发言；三是领导讲话。\n"
            "下面，进行第一项议程：观看专题片。\n下面，进行第二项议程：企业家发言。\n"
            "下面，进行第三项议程：领导讲话。\n下面，进行第四项议程：合影。\n")
    assert [f[:4] for f in nu(text)] == [("NU002", 1, 9, "四项")]
    host = "今天的大会共有三项议程。\n首先，全体起立，奏唱国歌。\n下面进行第一项议程：宣读决定。\n" \
           "下面进行第二项议程：颁奖。\n下面进行第三项议程：领导讲话。\n"
    assert nu(host) == []


def test_announcement_closed_with_a_courtesy():
    text = "借此机会，我给大家讲四点意见，和大家共勉。\n一、甲\n二、乙\n三、丙"
    assert [f[:4] for f in nu(text)] == [("NU002", 1, 11, "四点")]


@pytest.mark.parametrize("text,total,severity", [
    # complements: 在职 and 离退休 are every member; 一般/较大/重大 hazards never overlap
    ("全局共有党员43名，其中在职党员28名、离退休党员11名。", "43名", "warning"),
    ("共排查隐患点214处，其中一般隐患198处、较大隐患18处。", "214处", "warning"),
    # 中， opens the parts of a total too; kinds covering nearly all of it are meant as all
    ("全校612名毕业生中，物理类402名、历史类198名。", "612名", "info"),
    ("共组建参赛队伍24支，其中机关组10支、基层组12支。", "24支", "info"),
    # three parts a few per cent off the total
    ("全年计划抽检4200批次，其中农产品1800批次、加工食品1600批次、餐饮食品600批次。", "4200批次", "info"),
    ("共受理来信来访52件，其中来信19件、来访27件、网上信访8件。", "52件", "info"),
    ("验收中共发现各类问题47个，其中工程质量问题18个、资料管理问题15个、管护机制问题11个。", "47个", "info"),
    ("预算总额86万元，其中大会经费28万元、展览经费32万元、慰问经费6万元、宣传经费15万元。", "86万元", "info"),
    ("受理企业诉求386件，其中已办结352件、正在办理28件，群众满意率达到98.6%。", "386件", "warning"),
    ("本次共涉及任免干部33名，其中任职18名、免职14名。", "33名", "warning"),
    # points of a score
    ("评价指标满分100分，其中专业化指标25分、精细化指标25分、特色化指标15分、创新能力指标30分。", "100分", "info"),
    # 规模以上 and 规模以下 split the whole; a last part 一般… is the rest
    ("全县共排查生产经营单位326家，其中规模以上工业企业87家、规模以下工业企业215家。", "326家", "warning"),
    ("全村共有农户312户，其中脱贫户46户、监测户9户、一般农户251户。", "312户", "warning"),
    # people grouped by post or unit, adding up to more than the total
    ("参会人员共计126人，其中区级领导8人、镇街负责人48人、区直部门负责人52人、企业代表20人。", "126人", "info"),
    ("共安排值班人员24人，其中委领导8人、处级干部8人、工作人员10人。", "24人", "info"),
    # a budget's revenue is its tax and non-tax revenue; transfers are general or earmarked
    ("全区一般公共预算收入完成134550万元，同比增长3.6%。其中，税收收入103690万元，非税收入29860万元。",
     "134550万元", "warning"),
    ("共争取上级转移支付资金85600万元，其中一般性转移支付52300万元、专项转移支付34300万元。", "85600万元", "warning"),
    ("全市政府债务余额186.42亿元，其中：一般债务72.15亿元，专项债务113.27亿元。", "186.42亿元", "warning"),
    # a kind and all that is not of it
    ("全年累计接种各类疫苗12680剂次，其中免疫规划疫苗9420剂次、非免疫规划疫苗3160剂次。", "12680剂次", "warning"),
    ("检查食品生产企业86家，其中发现问题企业31家、未发现问题企业52家。", "86家", "warning"),
    ("本学期共开设校本课程18门，其中科技类6门、人文类5门、艺体类6门。", "18门", "info"),
    # 即办件 and 承诺件 are every kind of case a service centre handles
    ("区政务服务中心全年累计办理审批事项共12486件，其中即办件8653件、承诺件3721件，按时办结率100%。", "12486件", "warning"),
    ("全年共实施重点项目126个，其中新建项目71个、续建项目52个。", "126个", "warning"),
    # every member named: what follows the comma counts something else
    ("全年共收到行政复议申请48件，其中依法受理41件、不予受理6件，办结41件，纠错率为14.6%。", "48件", "warning"),
    ("全年门急诊总人次52.36万人次，同比增长7.2%，其中门诊44.18万人次、急诊7.81万人次。", "52.36万人次", "warning"),
    ("集团内双向转诊6842人次，其中上转2916人次、下转3826人次。", "6842人次", "warning"),
    ("支部现有党员28名，其中在职党员24名、退休党员3名。", "28名", "warning"),
    # the total names its groups: they are all it counts, and what follows counts something else
    ("全年评选县级劳动模范和先进工作者共40名，其中劳动模范18名、先进工作者20名，命名“云溪工匠”10名。", "40名", "warning"),
    ("全县共设置接种点18个，其中县城区6个、乡镇11个。", "18个", "warning"),
    # a last part named 及以下 is the rest of them
    ("医院共派出医务人员156名，其中主任医师28名、副主任医师46名、主治医师及以下80名。", "156名", "warning"),
    # honours given: one each, so the parts are disjoint and nearly all of the total
    ("本次大会共表彰先进个人130名，其中优秀教师60名、优秀班主任40名、优秀教育工作者20名；同时表彰先进集体10个。",
     "130名", "info"),
    # projects counted by 个, their prizes by 项: the same things, the total further back in its clause
    ("本次评选共有26个项目获集团科技进步奖，其中特等奖1项、一等奖5项、二等奖8项、三等奖11项。", "26个", "info"),
])
def test_more_breakdown_mismatches(text, total, severity):
    finding = only(text, "NU006")
    assert (finding.text, finding.severity) == (total, severity)


@pytest.mark.parametrize("text", [
    "共组建参赛队伍24支，其中机关组10支、基层组12支等。",  # said to be an excerpt
    "规模以上企业186家，其中国家级企业3家、省级企业21家。",  # kinds, but far from all
    "全年计划抽检4200批次，其中农产品1800批次、加工食品1600批次、餐饮食品300批次。",  # far off
    "在工作中，我们发现问题3个、整改2个。",
    # people by post falling short: the main groups, not all of them
    "参演人员共计120人，其中机关干部80人、物业服务人员25人、微型消防站队员10人。",
    # people by attribute: the groups overlap
    "共有党员126名，其中女党员48名、少数民族党员30名、35岁以下党员50名。",
    # tax revenue alone is an excerpt
    "一般公共预算收入完成134550万元。其中，税收收入103690万元，增长5.1%。",
    # the sentence before holds the budget too: the parts add up to the revenue
    "全市一般公共预算收入109.0亿元，完成预算105.0亿元的103.8%。其中：税收收入80.3亿元，非税收入28.7亿元。",
    "预算安排105.0亿元，全年完成收入109.0亿元。其中：税收收入80.3亿元，非税收入28.7亿元。",
    "全年累计办理审批事项共12486件，其中即办件8765件、承诺件3721件。",
    "全年共实施重点项目126个，其中新建项目71个，总投资86亿元。",
    "全年共收到行政复议申请47件，其中依法受理41件、不予受理6件，办结41件，纠错率为14.6%。",
    "共收到申请48件，其中受理41件。",
    # people by post, not honours: the main groups only
    "本次培训共有学员130名，其中教师60名、班主任40名、教育工作者20名。",
    "医院共派出医务人员156名，其中主任医师28名、副主任医师46名、主治医师及以下82名。",
    "共调查有效样本1200户。其中，城区两个社区监测点各300户，乡镇两个行政村监测点各300户。",
    "全年评选县级劳动模范和先进工作者共38名，其中劳动模范18名、先进工作者20名，命名“云溪工匠”10名。",
    "全县学校和幼儿园共120所，其中学校80所、幼儿园40所。",
    "全年累计接种各类疫苗12680剂次，其中免疫规划疫苗9520剂次、非免疫规划疫苗3160剂次。",
    "全年累计接种疫苗12680剂次，其中免疫规划疫苗9420剂次、含麻疹成分疫苗3160剂次。",  # no complement: an excerpt
    "检查食品生产企业86家，其中发现问题企业31家、未发现问题企业55家。",
    "检查食品生产企业86家，其中发现问题企业31家、整改到位企业25家。",  # no complement: an excerpt
    # the total counts the kinds, each part what falls in one
    "述职评议结果分为“好”“较好”“一般”“差”四个等次，其中评为“好”等次的86个、“较好”等次的172个、“一般”等次的28个。",
])
def test_more_breakdown_lookalikes(text):
    assert nu(text) == []


@pytest.mark.parametrize("text, total", [
    ("运用“四种形态”批评教育帮助和处理1458人次，其中第一种形态1102人次、第二种形态276人次、第三种形态41人次、第四种形态29人次。",
     "1458人次"),
    ("全年共组织教师培训5102人次，其中国培项目312人次、省培项目1046人次、市县培训3644人次。", "5102人次"),
    ("村集体经营性收入达到36万元，其中合作社分红6.4万元、光伏发电收益18.6万元、资产租赁收入3.2万元、劳务服务收入5.8万元。",
     "36万元"),
    # two parts adding up to more: no excerpt does
    ("涉及农户136户、512人，其中整户征收41户、部分征收97户。", "136户"),
])
def test_parts_off_the_total_by_one_digit(text, total):
    finding = only(text, "NU006")
    assert (finding.text, finding.severity) == (total, "info")


@pytest.mark.parametrize("text", [
    # two parts falling short may leave out a third kind (农民专业合作社)
    "上半年新增经营主体5836户，其中企业1420户、个体工商户4316户。",
    # off in the first digit, or in two: an excerpt
    "共收集意见建议386条，其中产业发展类100条、基础设施类150条、社会事业类36条，均已交办。",
    "全年共组织教师培训5102人次，其中国培项目312人次、省培项目946人次、市县培训3644人次。",
    # a total of two digits is left to the near miss
    "共收集问题48个，其中作风方面20个、纪律方面15个、制度方面3个。",
    # people grouped by attribute overlap
    "全镇共有党员1260名，其中女党员386名、少数民族党员120名、35岁以下党员744名。",
    # the list goes on in another classifier: the total counts both kinds
    "全市共抽取被检查单位120家，其中规模以上工业企业40家、限额以上批零住餐企业30家、规模以上服务业企业25家、"
    "建筑业企业15家、固定资产投资项目10个。",
])
def test_parts_off_the_total_by_one_digit_lookalikes(text):
    assert nu(text) == []


def test_a_count_in_words_after_parts_in_figures_is_no_part():
    text = "全年共入户走访农户326户，其中脱贫户118户、监测户27户、一般农户171户，做到应访尽访、不漏一户。"
    assert only(text, "NU006").message.endswith("118户＋27户＋171户＝316户")
    assert nu(text.replace("326户", "316户")) == []


def test_certificates_and_sheets_are_counted():
    text = "全年新办残疾人证1286本，其中肢体残疾642本、视力残疾187本、听力残疾156本、智力和精神残疾291本。"
    assert only(text, "NU006").text == "1286本"


def test_parts_by_year_break_down_a_total_over_years():
    text = "近三年共培训基层干部412名，其中2023年128名、2024年136名、2025年138名。"
    finding = only(text, "NU006")
    # a part for each of the three years: all of the total, however far off
    assert (finding.text, finding.severity) == ("412名", "warning")
    assert nu(text.replace("2025年138名", "2025年148名")) == []
    assert only(text.replace("2025年138名", "2025年142名"), "NU006").severity == "warning"
    for span in ("三年来", "2023—2025年", "2023年至2025年", "过去3年"):
        assert only(text.replace("近三年", span).replace("2025年138名", "2025年142名"), "NU006").text == "412名"
    # the span is longer than the years listed, or the years skip one: an excerpt
    for span, years in (("近五年", "2023年"), ("2021—2025年", "2023年"), ("近三年", "2022年")):
        assert nu(text.replace("近三年", span).replace("2025年138名", "2025年142名").replace("2023年", years)) == []
    assert nu(text.replace("近三年", "").replace("2025年138名", "2025年142名")) == []
    # thousands separators, five years in full
    assert nu("2021—2025年，全市累计实施市级重点项目1,481个，其中2021年268个、2022年285个、2023年296个、"
              "2024年312个、2025年320个。") == []
    # days are no kinds: what happened on two of them is an excerpt
    assert nu("汛期共受理群众来电1200件，其中2024年7月5日120件、2024年7月6日150件、2024年7月7日920件。") == []


@pytest.mark.parametrize("text, left_out, partial", [
    ("全县持证残疾人共8652人，其中视力残疾1025人、听力残疾936人、言语残疾112人、肢体残疾4318人、智力残疾803人、"
     "精神残疾1064人、多重残疾382人。", "、多重残疾382人", ["info"]),
    ("新识别纳入监测对象12户，其中脱贫不稳定户5户、边缘易致贫户3户、突发严重困难户2户。", "、突发严重困难户2户", []),
])
def test_parts_naming_every_class_of_an_official_classification(text, left_out, partial):
    assert only(text, "NU006").severity == "warning"
    # named in part, the classes may be an excerpt: at most a near miss of nearly all (6 of 7
    # classes covering 95 %), and nothing for 8 of 12
    assert [f.severity for f in check_text(text.replace(left_out, ""), select=["NU006"])] == partial


def test_parts_grouped_by_level_go_on_after_a_comma():
    text = "获得省级以上奖项共86项，其中国家级一等奖4项、二等奖9项、三等奖15项，省级奖项56项。"
    assert only(text, "NU006").message.endswith("4项＋9项＋15项＋56项＝84项")
    assert nu(text.replace("56项", "58项")) == []
    # the same level again, or a count of the whole's state, ends the parts
    assert nu("获得奖项共86项，其中国家级一等奖4项、二等奖9项、三等奖15项，国家级奖项获奖率12%。") == []
    assert nu("共获奖86项，其中省级一等奖4项、二等奖9项，市级奖项73项，已兑现奖励30项。") == []


def test_parts_of_what_a_total_is_made_of():
    income = ("2024年，村集体经济总收入68.5万元，总支出21.3万元，当年收益47.2万元。\n"
              "收入构成为：加工厂租金22.4万元，光伏发电收益18.6万元，山林承包收入15.3万元，劳务服务收入10.2万元。")
    finding = only(income, "NU006")
    assert (finding.line, finding.text[:6], finding.severity) == (2, "22.4万元", "warning")
    assert "68.5万元" in finding.message
    assert nu(income.replace("10.2万元", "12.2万元")) == []
    # the total named after 总 when no count names the same thing; in the same sentence too
    funds = "项目总投资按1.85亿元控制，资金来源为地方政府专项债券1.2亿元、区级财政资金0.65亿元。"
    assert nu(funds) == []
    assert only(funds.replace("1.85亿元", "1.95亿元"), "NU006").text == "1.2亿元、区级财政资金0.65亿元"
    # the main sources only, or a count between that the parts add up to
    assert nu(funds.replace("1.85亿元", "1.95亿元").replace("资金来源", "资金主要来源")) == []
    assert nu(funds.replace("1.85亿元", "1.95亿元").replace("控制，", "控制，首期1.85亿元，")) == []
    # a clause that is not only parts
    assert nu(funds.replace("1.85亿元", "1.95亿元").replace("0.65亿元", "0.65亿元，已到位0.5亿元")) == []


@pytest.mark.parametrize("text, total", [
    ("会议期间，代表共提出建议26件，涉及经济发展、基础设施、民生保障三大类，分别为9件、8件、7件。", "26件"),
    ("全街道共划分网格46个，分为住宅小区网格、商业街区网格、专属网格三类，分别为31个、9个、5个。", "46个"),
])
def test_a_bare_count_for_each_kind_named_with_its_number(text, total):
    finding = only(text, "NU006")
    assert (finding.text, finding.severity) == (total, "warning")


@pytest.mark.parametrize("text", [
    "全街道共划分网格45个，分为住宅小区网格、商业街区网格、专属网格三类，分别为31个、9个、5个。",
    # four counts for three kinds: which is which cannot be told
    "全街道共划分网格46个，分为住宅小区网格、商业街区网格、专属网格三类，分别为31个、9个、5个、2个。",
    # the counts are of something else than the total
    "全街道共划分网格46个，配备网格员三类，分别为31名、9名、5名。",
    "全街道共划分网格46个，涉及三类，分别为31个、9家、5个。",
    # an approximate total
    "全街道共划分网格约46个，分为三类，分别为31个、9个、5个。",
    # no total in the sentence
    "网格分为三类。住宅小区网格、商业街区网格、专属网格三类，分别为31个、9个、5个。",
])
def test_a_bare_count_for_each_kind_lookalikes(text):
    assert [f for f in nu(text) if f[0] == "NU006"] == []


CHECKS = "2025年第一季度，全市共完成食品安全监督抽检3268批次，其中合格3197批次，不合格71批次。\n"


def test_a_sentence_classifying_an_earlier_total_by_one_attribute():
    text = CHECKS + "按抽检层级分，市级抽检1026批次，县级抽检2239批次。\n"
    finding = only(text, "NU006")
    assert (finding.line, finding.text) == (2, "1026批次，县级抽检2239批次")
    assert finding.message == "各分项之和与前文的总数“3268批次”不符：1026批次＋2239批次＝3265批次"
    assert nu(text.replace("2239批次", "2242批次")) == []
    problems = ("审计工作报告反映的问题共5大类142个，涉及金额18.76亿元。\n"
                "从整改类型看，要求立行立改的问题96个，分阶段整改的问题33个，需持续整改的问题12个。\n")
    assert only(problems, "NU006").line == 2


@pytest.mark.parametrize("text", [
    # the parts add up to a count between: they split the rectified, not all
    "反映的问题共142个，已整改到位129个。\n从整改类型看，立行立改的问题96个，分阶段整改的问题33个。\n",
    # a clause of another kind in the sentence: not a list of parts alone
    CHECKS + "按抽检层级分，市级抽检1026批次，县级抽检2239批次，均按计划完成。\n",
    # a total of the sentence's own, or counts per kind with their own sub-counts
    CHECKS + "从抽检环节看，共抽检3268批次，其中生产环节612批次、流通环节1835批次。\n",
    "共交办督办事项34项。\n从类型看，民生实事类16项，已办结15项；项目建设类11项，已办结9项。\n",
    # a label holding a count: no part
    "本学期共有班干部9人。\n从个人成绩来看，全班有11名同学进入年级前100名，比上学期增加了3人。\n",
    # no total after 共 before it
    "全市完成抽检3268批次。\n按抽检层级分，市级抽检1026批次，县级抽检2239批次。\n",
    # 按X分 inside a sentence
    CHECKS + "各地按抽检层级分，市级抽检1026批次，县级抽检2239批次。\n",
    # a count for each of several is no part
    "共检查栏目1128个。政务新媒体检查合格65个，不合格3个。\n从平台分布看，微信公众号合格40个、微博账号合格8个、"
    "抖音号合格17个，各平台不合格账号均为1个。\n",
])
def test_a_sentence_classifying_an_earlier_total_lookalikes(text):
    assert [f for f in nu(text) if f[0] == "NU006"] == []


def test_people_by_their_highest_degree_are_disjoint_groups():
    text = "本期培训班共有学员186名，其中博士研究生9名、硕士研究生104名、本科生72名，分别来自全国62所高校。"
    finding = only(text, "NU006")
    assert (finding.text, finding.severity) == ("186名", "info")
    assert only(text.replace("186名", "184名"), "NU006").severity == "warning"  # more than the total
    assert nu(text.replace("186名", "185名")) == []
    # a range holds two degrees: the groups overlap
    assert nu("共有干部126名，其中本科及以上学历98名、硕士研究生学历23名。") == []
    # but 规模以上 and 规模以下 are one member each of their set
    assert only("全县共排查生产经营单位326家，其中规模以上工业企业87家、规模以下工业企业215家。", "NU006").text == "326家"


def test_groups_named_before_the_total_as_examples_do_not_end_its_parts():
    text = ("全年统筹少数民族发展资金、乡村振兴衔接资金等共3860万元，其中少数民族发展资金1280万元、"
            "乡村振兴衔接资金2100万元、市本级配套资金480万元，实施项目67个。")
    assert nu(text) == []
    finding = only(text.replace("480万元", "470万元"), "NU006")
    assert finding.text == "3860万元"


def test_parts_listed_by_顿号_end_at_a_clause_of_another_kind():
    text = "发现各类隐患593处，其中一般隐患571处、较大隐患24处，已督促整改到位512处。"
    assert [f[3] for f in nu(text)] == ["593处"]
    assert nu(text.replace("593处", "595处")) == []


def test_a_list_of_parts_that_runs_on_past_a_comma_to_its_total():
    text = ("项目计划总投资3.86亿元，其中争取中央补助资金1.52亿元、省级配套资金0.48亿元、县级财政资金1.26亿元，"
            "居民出资和社会资本投入0.60亿元。")
    assert nu(text) == []
    # with the clause after the comma the parts still miss the total
    assert [f[3] for f in nu(text.replace("0.60亿元", "0.50亿元"))] == ["3.86亿元"]


def test_a_sum_of_the_rest_is_no_total_of_the_parts_before():
    text = "增值税完成1520万元，企业所得税完成640万元，个人所得税完成210万元，城市维护建设税完成186万元，其他各税合计完成1054万元。"
    assert nu(text) == []
    assert [f[3] for f in nu("增值税完成1520万元，企业所得税完成640万元，各税合计完成2170万元。")] == ["2170万元"]


def test_parts_end_at_a_state_of_the_whole_after_a_comma():
    text = "新开工保障性住房2860套，其中公租房1120套、保障性租赁住房980套、共有产权住房650套，基本建成保障性住房2140套。"
    assert [f[3] for f in nu(text)] == ["2860套"]
    assert nu(text.replace("2860套", "2750套")) == []


def test_parts_of_one_noun_go_on_after_a_comma():
    # 已/正在 name two states, but the third part goes on with the same noun
    assert nu("85个重点项目中，已竣工投产项目11个，正在建设项目66个，正在开展前期工作项目8个。") == []


def test_a_one_character_qualifier_in_brackets_is_no_list():
    assert nu("三个县（市、区）作了交流发言，讲得都很好。") == []
    assert [f[0] for f in nu("“三个意识”（政治意识、大局意识）要牢记。")] == ["NU003"]


@pytest.mark.parametrize("text, total", [
    ("共新纳入低保对象1268户，其中城市低保312户、农村低保946户。", "1268户"),  # 城市/农村 split a whole
    ("共对486户特殊困难老年人家庭进行了入户评估，其中城区142户、农村329户。", "486户"),
    ("在5217名护理补贴对象中，一级残疾2106人、二级残疾3101人、三级残疾5人。", "5217名"),  # 名 and 人 alike
    ("共检查定点医药机构1268家，实现全覆盖，其中定点医疗机构386家、定点零售药店872家。", "1268家"),
    ("共争取新增政府债券资金38.6亿元，其中新增一般债券6.2亿元、新增专项债券30.4亿元。", "38.6亿元"),
    ("共获得金牌46枚，其中国际比赛2枚、全国比赛9枚、省级比赛33枚。", "46枚"),  # a slip of two: info
    ("全区现有离退休干部386人，其中离休干部12人、退休干部362人。", "386人"),
    ("上半年共组织申报高新技术企业368家，其中首次申报221家、到期重新认定137家。", "368家"),
    ("审计查出问题共计126个，已整改到位98个，正在整改21个，尚未整改5个。", "126个"),
    # the bracket names the classifier of the other parts
    ("此次共表彰先进集体和先进个人85个（名），其中先进集体25个、先进个人58名。", "85个"),
])
def test_whole_splits_and_alike_classifiers(text, total):
    assert [f[3] for f in nu(text)] == [total]


@pytest.mark.parametrize("text, total", [
    ("全市共排查整治项目40项，目前已达标36项、基本达标3项、未达标2项。", "40项"),
    ("共抽检食品样品150批次，检验合格146批次，不合格5批次，合格率97.3%。", "150批次"),
    ("共组织考核312人，评定优秀46人、称职258人、基本称职6人、不称职1人。", "312人"),
    # what was counted named at length, and a clause before the parts
    ("共收到委员、政协各参加单位和专门委员会提交的提案412件，经审查，立案376件，并案处理18件，"
     "不予立案转为委员来信20件。", "412件"),
])
def test_parts_after_a_comma_naming_a_whole_set_are_its_breakdown(text, total):
    assert [f[3] for f in nu(text)] == [total]


@pytest.mark.parametrize("text", [
    "全区现有离退休干部374人，其中离休干部12人、退休干部362人。",
    "此次共表彰先进集体和先进个人83个（名），其中先进集体25个、先进个人58名。",
    "共表彰85个（次），其中先进集体25个、先进个人58名。",  # 次 is no classifier of the parts
    "审计查出问题共计124个，已整改到位98个，正在整改21个，尚未整改5个。",
])
def test_whole_splits_that_add_up(text):
    assert [f for f in nu(text) if f[0] == "NU006"] == []


@pytest.mark.parametrize("text", [
    "全市共排查整治项目40项，目前已达标35项、基本达标3项、未达标2项。",  # adds up
    "全市共排查整治项目40项，目前已达标36项、基本达标3项。",  # a set named in part: maybe more
    "共检查企业40家，发现隐患36处、整改到位30处。",  # no set split: a count of something else
    "共同实施项目40个，已达标36个、未达标7个。",  # 共同 is no total
    "共计排查约40项，已达标36项、未达标7项。",  # an approximate total
    "共收到提案412件，经审查，立案376件，不予立案20件。",  # 并案 not named: maybe more
    "县域医共体牵头医院下派专家126人次，上转患者1862人次，下转患者974人次。",  # 医共体 is no total
])
def test_parts_after_a_comma_are_no_breakdown_unless_they_name_a_whole_set(text):
    assert [f for f in nu(text) if f[0] == "NU006"] == []


def test_sessions_counted_as_场次_and_场_are_one_classifier():
    text = "各支部共开展活动46场次，其中专题党课12场、主题党日20场、志愿服务15场。"
    assert [f[3] for f in nu(text)] == ["46场次"]
    assert nu(text.replace("46场次", "47场次")) == []
    # people and visits are not counted alike
    assert nu("共检查企业120家次，其中餐饮企业80家、食品生产企业30家。") == []


MINUTES = (
    "本次会议应到村民代表46人，实到43人，因外出务工请假3人，会议有效。\n"
    "一、审议通过《村规民约（修订稿）》。\n"
    "经举手表决，同意40票，反对1票，弃权2票，审议通过。\n"
    "二、审议通过《2026年村级重点工作计划》。\n"
    "经举手表决，同意41票，反对0票，弃权2票，审议通过。\n"
)


def test_a_tally_counting_more_votes_than_voters_present():
    findings = check_text(MINUTES.replace("同意41票，反对0票", "同意42票，反对0票"), select=["NU"])
    assert [(f.rule.id, f.line, f.text, f.severity) for f in findings] == [
        ("NU006", 5, "同意42票，反对0票，弃权2票", "warning")]
    assert "＝44票，多于第1行的“43人”" in findings[0].message
    assert findings[0].related[0].start == MINUTES.index("43人")


def test_a_tally_short_of_the_voters_present():
    # a paragraph away, one voter unaccounted for is most likely a slip
    assert [(f.line, f.severity) for f in check_text(MINUTES.replace("同意41票", "同意40票"), select=["NU"])] == [
        (5, "info")]
    # in the tally's own sentence, it is one
    text = "（五）表决情况。到会代表43人参加表决，同意40票，反对0票，弃权2票，决议通过。"
    assert [(f.text, f.severity) for f in check_text(text, select=["NU"])] == [("同意40票，反对0票，弃权2票", "warning")]


@pytest.mark.parametrize("text", [
    MINUTES,
    # the roll (应到) is not the count present
    "出席会议的代表应到2977人，出席2881人，以2878票赞成、0票反对、3票弃权，通过决议。",
    # ballots collected, one tally per candidate
    "共发出选票41张，收回41张。张三赞成票39张，反对票1张，弃权票1张；李四赞成票40张，反对票0张，弃权票1张。",
    # far off a count in another paragraph: another body voting
    "村民代表实到43人。\n会后召开村两委会议，同意6票，反对0票，弃权1票，通过。",
    # each candidate's votes, not one tally
    "实到43人。张三得票同意41票，李四同意39票。",
    # two tallies in a row, each of its own item
    "实到43人，表决结果依次为：同意40票，反对1票，弃权2票；同意41票，反对0票，弃权2票。",
    # the count of those present is not after 应到 in 应到会有选举权的党员29名
    "应到会有选举权的党员29名，实到会27名，因病、因公请假2名。表决结果：同意26票，反对0票，弃权1票。",
])
def test_tallies_that_agree_or_are_no_tally(text):
    assert [f for f in nu(text) if f[0] == "NU006"] == []


@pytest.mark.parametrize("text", [
    "本村应到会村民代表45人，实到41人，请假3人，实到人数超过三分之二，会议有效。",
    "应到村民代表45人，实到41人（3人因外出务工请假）。",
    "应到代表218名，因病因事请假9名，缺席1名，实到代表209名，符合法定人数。",
])
def test_a_roll_that_is_not_those_present_and_those_away(text):
    assert [f[3] for f in nu(text)] == [re.search(r"应到\D*(\d+[人名])", text).group(1)]


@pytest.mark.parametrize("text", [
    "应到代表218名，因病因事请假9名，实到代表209名，符合法定人数。",
    "应到村民代表52人，实到47人，缺席5人（其中外出务工3人、生病住院1人、事假1人）。",
    "应到32人，实到30人，五组刘满生、八组陈玉兰因病请假。",  # those away named, not counted
    "应到620人，实到608人，其他同志因公请假，符合规定要求。",
    "应到46人，实到43人，会议有效。",  # no clause of those away: told elsewhere, if at all
    "应到46人。实到43人，请假2人。",  # the roll in another sentence
    "应到45人，实到41人，因病请假2人、因公外出2人。",  # 外出: a count the words do not place
    "应到45人，实到41人，请假3人缺席1人。",  # two counts in one clause of those away
])
def test_rolls_that_add_up_or_say_too_little(text):
    assert [f for f in nu(text) if f[0] == "NU006"] == []


# --------------------------------------------------------------------------------------------
# NU007 — a table's total row
# --------------------------------------------------------------------------------------------

SPENDING = (
    "| 项目 | 2024年（元） | 2023年（元） | 增长（%） | 占比（%） |\n| --- | ---: | ---: | ---: | ---: |\n"
    "| 食品烟酒 | 7286 | 6958 | 4.7 | 29.7 |\n| 衣着 | 1352 | 1331 | 1.6 | 5.5 |\n"
    "| 居住 | 5618 | 5472 | 2.7 | 22.9 |\n| **合计** | **14256** | **13761** | **3.6** | **100.0** |\n"
)


SEGMENTS = ("| 板块 | 营业收入（亿元，同比） | 利润总额（亿元，同比） | 完成年度预算 |\n| --- | --- | --- | --- |\n"
            "| 煤炭板块 | 612.5（+5.2%） | 31.8（+6.4%） | 104.6% |\n| 电力板块 | 388.2（+7.9%） | 12.6（+15.6%） | 108.1% |\n"
            "| 化工板块 | 102.3（-3.6%） | 0.9（-40.0%） | 86.5% |\n| 合计 | 1103.0（+6.8%） | 45.3（+9.1%） | 103.9% |\n")


def test_table_total_of_figures_with_their_rates_in_brackets():
    assert nu(SEGMENTS, path="report.md") == []
    finding = only(SEGMENTS.replace("45.3（+9.1%）", "54.3（+9.1%）"), "NU007", path="report.md")
    assert finding.text == "54.3（+9.1%）"
    # a column of rates is still not summed, and neither is one whose header says so outside a bracket
    assert nu(SEGMENTS.replace("| 完成年度预算 |", "| 完成年度预算 |").replace("103.9%", "300.1%"), path="report.md") == []
    assert nu(SEGMENTS.replace("利润总额（亿元，同比）", "利润同比增长").replace("45.3（+9.1%）", "54.3（+9.1%）"),
              path="report.md") == []


VOLUNTEERS = ("三、招募岗位及人数\n本次赛事计划招募志愿者600名，具体岗位及人数如下：\n岗位类别　　人数　　主要职责\n"
              "赛道引导　　180　　沿线引导选手\n补给服务　　150　　饮水站物资发放\n医疗协助　　60　　救护辅助\n"
              "终点服务　　190　　完赛物资发放\n四、报名方式\n")
FORCES = ("本次演练共动员参演人员182人、各类车辆33台，具体力量编成如下：\n"
          "| 参演单位 | 人员（人） | 车辆（台） |\n| --- | --- | --- |\n| 市水利局 | 35 | 4 |\n| 市消防救援支队 | 42 | 8 |\n"
          "| 市公安局 | 30 | 10 |\n| 滨江街道 | 85 | 11 |\n")


def test_a_count_in_the_sentence_introducing_a_table_is_the_sum_of_its_column():
    (finding,) = [f for f in check_text(VOLUNTEERS, select=["NU"]) if f.rule.id == "NU007"]
    assert finding.text == "600名" and finding.message.endswith("“人数”列4行之和为580")
    (finding,) = [f for f in check_text(FORCES, select=["NU"], path="plan.md") if f.rule.id == "NU007"]
    assert finding.text == "182人" and finding.message.endswith("“人员（人）”列4行之和为192")  # 33台 adds up
    # the total row is no row of the sum, its label spaced out or not
    for label in ("合计", "合　计"):
        with_total = VOLUNTEERS.replace("终点服务　　190　　完赛物资发放\n", f"终点服务　　190　　完赛物资发放\n{label}　　580　　—\n")
        (finding,) = [f for f in check_text(with_total, select=["NU"]) if f.rule.id == "NU007"]
        assert finding.message.endswith("列4行之和为580")


@pytest.mark.parametrize("text", [
    VOLUNTEERS.replace("600名", "580名"),
    VOLUNTEERS.replace("，具体岗位及人数如下：", "。"),  # the sentence does not introduce the table
    VOLUNTEERS.replace("具体岗位及人数如下", "其中主要岗位如下"),  # some of them
    VOLUNTEERS.replace("终点服务　　190", "终点服务　　待定"),  # a row with no figure
    VOLUNTEERS.replace("600名", "580名").replace("终点服务　　190　　完赛物资发放\n",
                                                "终点服务　　190　　完赛物资发放\n合计　　580　　—\n"),
    VOLUNTEERS.replace("志愿者600名", "志愿者600名、领队12名"),  # two counts of people: which one is unclear
])
def test_a_count_introducing_a_table_lookalikes(text):
    assert [f for f in check_text(text, select=["NU"]) if f.rule.id == "NU007"] == []


def test_table_total_is_the_sum_of_its_rows():
    assert nu(SPENDING, path="report.md") == []
    finding = only(SPENDING.replace("**14256**", "**14356**"), "NU007", path="report.md")
    assert (finding.line, finding.text, finding.suggestion) == (6, "14356", "14256")
    assert finding.message == "“2024年（元）”列合计“14356”与上面3行之和14256不符"


def test_a_total_cell_that_says_共计_and_writes_its_unit():
    table = ("奖项\t名额（名）\t奖励标准\t奖金小计\n一等奖\t9\t每人5000元\t45000元\n二等奖\t18\t每人3000元\t54000元\n"
             "三等奖\t27\t每人1500元\t40500元\n合计\t54\t—\t共计139500元\n")
    assert nu(table) == []  # 每人5000元 is a rate, not summed; 小计 in a header is no subtotal row
    finding = only(table.replace("共计139500元", "共计145500元"), "NU007")
    assert (finding.text, finding.suggestion) == ("共计145500元", "共计139500元")


OFFICES = (
    "名　　称　　　　　　　　地　　址　　　　　　　　　　　　　　综合窗口（个）\n"
    "区办税服务厅　　　　　　赣东大道1368号区政务服务中心二楼　　　　16\n"
    "石门分厅　　　　　　　　石门镇新华路86号　　　　　　　　　　　　　5\n"
    "白沙分厅　　　　　　　　白沙镇建设路12号　　　　　　　　　　　　　4\n"
    "合　　计　　　　　　　　　　　　　　　　　　　　　　　　　　　　　25\n"
)


def test_a_header_whose_titles_are_spaced_out_like_its_total():
    # 名　　称 and 地　　址 are two titles, each spaced out: the header has three cells
    assert nu(OFFICES) == []
    (finding,) = check_text(OFFICES.replace("　25", "　26"), select=["NU007"])
    assert finding.message == "“综合窗口（个）”列合计“26”与上面3行之和25不符"


COUNTIES = (
    "序号　县市区　创新型中小企业　省级专精特新中小企业\n"
    "1　高新区　220　70\n2　经开区　180　55\n3　东城区　120　35\n"
    "合计　520　160\n"
)


def test_a_total_label_under_a_column_of_row_numbers_spans_two_columns():
    assert nu(COUNTIES) == []
    (finding,) = check_text(COUNTIES.replace("　160", "　170"), select=["NU007"])
    assert finding.message == "“省级专精特新中小企业”列合计“170”与上面3行之和160不符"


def test_a_first_row_of_figures_is_no_header():
    # a table whose header is not written: the first row's figures are no titles
    text = "一览表如下。\n区厅　　赣东大道　　16　　是\n分厅　　新华路　　5　　否\n西厅　　建设路　　4　　否\n合　　计　　　　25　　—\n"
    assert [f for f in nu(text) if f[0] == "NU007"] == []


def test_plain_text_table_total():
    table = ("问题类别　　　　问题数（个）　　已整改（个）\n工作推进滞后　　21　　　　　　13\n"
             "台账资料不规范　18　　　　　　16\n其他问题　　　　7　　　　　　 5\n合　计　　　　　46　　　　　　34\n")
    assert nu(table) == []
    wrong = table.replace("　46　", "　47　")
    assert [f[:4] for f in nu(wrong)] == [("NU007", 5, 9, "47")]
    assert "“问题数（个）”列合计“47”与上面3行之和46不符" == only(wrong, "NU007").message


def test_a_tabbed_total_label_spans_the_row_numbers_column():
    table = ("序号\t食品类别\t抽检批次\t合格批次\n1\t粮食加工品\t60\t60\n2\t食用油\t35\t34\n"
             "3\t肉制品\t48\t46\n合计\t143\t140\n")
    assert nu(table) == []
    assert [f[:4] for f in nu(table.replace("\t143", "\t153"))] == [("NU007", 5, 4, "153")]
    # a total row aligned by an empty cell keeps its columns
    assert [f[3] for f in nu(table.replace("合计\t143\t140", "合计\t\t143\t141"))] == ["141"]


@pytest.mark.parametrize("table, slip", [
    # a total label spaced as wide as the column
    ("单位名称　　检查企业（家）　　发现隐患（项）\n城关镇　　　86　　　　　　　312\n"
     "东湖街道　　64　　　　　　　205\n白沙镇　　　42　　　　　　　167\n合　　计　　192　　　　　　　684\n",
     ("　684", "　694")),
    # a table set one full-width space apart throughout, its row numbers before the labels
    ("序号　县（市、区）　检查单位数　检查设备数　整改率\n1　城东区　86　1245　91.0%\n"
     "2　城西区　72　986　92.6%\n3　高新区　95　1532　96.3%\n合　　计　253　3763　93.3%\n",
     ("　3763　", "　3736　")),
])
def test_plain_tables_laid_out_with_full_width_spaces(table, slip):
    assert nu(table) == []
    assert [f[3] for f in nu(table.replace(*slip))] == [slip[1].strip("　")]


def test_a_plain_table_whose_last_column_holds_sentences():
    table = ("序号　单位名称　违规金额（万元）　处理结果\n"
             "1　江州市康华医院　36.42　追回违规资金，处违法金额1.5倍罚款\n"
             "2　清河县仁和医院　18.75　追回违规资金，约谈主要负责人\n"
             "3　明德中医门诊部　22.28　解除医保服务协议\n"
             "合计　　77.45\n")
    assert nu(table) == []
    assert [f[3] for f in nu(table.replace("77.45", "78.45"))] == ["78.45"]
    # a figure in the last column: the total row may not leave it out
    assert nu(table.replace("78.45", "77.45").replace("解除医保服务协议", "12").replace("合计　　77.45", "合计　　78.45")) == []


def test_a_header_whose_titles_are_one_full_width_space_apart():
    table = ("单　　位　　来信（件）　来访（批次）　合计\n城关街道　　12　　　　45　　　　57\n"
             "清河镇　　　8　　　　 31　　　　39\n石桥镇　　　6　　　　 22　　　　28\n合　　计　　26　　　　98　　　　124\n")
    assert nu(table) == []
    found = only(table.replace("　98　", "　96　"), "NU007")
    assert found.message == "“来访（批次）”列合计“96”与上面3行之和98不符"
    # the first row is no header: without the titles the sums read under the wrong columns
    assert [f[0] for f in nu(table.replace("来信（件）　来访（批次）", "来信，来访"))] == []


def test_single_characters_spaced_apart_before_words_are_separate_cells():
    # a header of one-character columns is no padded label: the rows keep their shape
    table = ("项目　　男　　女　　合计\n党员　　12　　8　　20\n团员　　15　　11　　26\n合计　　27　　19　　46\n")
    assert nu(table) == []
    assert [f[3] for f in nu(table.replace("　19　", "　18　"))] == ["18"]


def test_tab_separated_table_with_an_empty_cell_in_its_total_row():
    table = ("赛项名称\t组别\t初赛名额\t决赛名额\n电工\t职工组\t120\t30\n焊工\t职工组\t100\t25\n"
             "钳工\t职工组\t80\t20\n合计\t\t300\t75\n")
    assert nu(table) == []
    wrong = table.replace("\t75\n", "\t85\n")
    assert [f[:4] for f in nu(wrong)] == [("NU007", 5, 9, "85")]


COSTS = ("费用名称\t批复概算（万元）\t实际完成（万元）\n建筑安装工程费\t8680.0\t8620.5\n设备购置费\t3280.0\t3240.8\n"
         "工程建设其他费用\t1140.0\t1156.2\n预备费\t500.0\t482.5\n工程总投资合计（万元）\t13600.0\t13600.0\n"
         "资金到位率\t100%\t100%\n")


def test_a_total_row_whose_label_ends_in_its_total_word():
    finding = only(COSTS, "NU007")
    assert finding.message == "“实际完成（万元）”列合计“13600.0”与上面4行之和13500不符"
    assert nu(COSTS.replace("13600.0\n", "13500.0\n")) == []
    # the rest summed in one row is one more part, above the total
    towns = ("乡镇\t中修（公里）\t大修（公里）\n青龙乡\t12\t6\n石门镇\t15\t8\n其他乡镇合计\t30\t14\n"
             "全县合计\t57\t28\n")
    assert nu(towns) == []


def test_a_tab_separated_total_row_without_its_trailing_empty_cells():
    table = ("序号\t培训形式\t学时\t备注\n1\t集中培训\t24\t按每天8学时计算\n2\t校本研修\t16\t由学校组织\n"
             "3\t线上学习\t20\t以平台记录为准\n合计\t\t58\n")
    assert [f[:4] for f in nu(table)] == [("NU007", 5, 5, "58")]
    assert nu(table.replace("\t58", "\t60")) == []
    # a note under the table holds no empty cell: it is no row of it
    note = table.replace("合计\t\t58\n", "注：\t学时以平台记录为准\n4\t专题讲座\t8\t\n")
    assert nu(note) == []


BUDGET_ROWS = ("项目　　　　　　年初预算（万元）　　执行（万元）\n一、基本支出　　2172.50　　　　　　1091.08\n"
               "　　人员经费　　1860.50　　　　　　942.36\n　　公用经费　　312.00　　　　　　 148.72\n"
               "二、项目支出　　4836.00　　　　　　2204.09\n　　农村公路　　2400.00　　　　　　1136.80\n"
               "　　安防工程　　2436.00　　　　　　1067.29\n合计　　　　　　7008.50　　　　　　3295.17\n")


def test_numbered_rows_of_a_table_are_its_subtotals():
    assert nu(BUDGET_ROWS) == []
    wrong = BUDGET_ROWS.replace("7008.50", "7108.50")
    finding = only(wrong, "NU007")
    assert (finding.text, finding.suggestion) == ("7108.50", "7008.5")


SANGONG = ("| 项目 | 预算数 | 决算数 |\n| --- | ---: | ---: |\n| 因公出国（境）费 | 0.00 | 0.00 |\n"
           "| 公务用车购置及运行维护费 | 28.60 | 24.37 |\n| 其中：公务用车购置费 | 0.00 | 0.00 |\n"
           "| 　　　公务用车运行维护费 | 28.60 | 24.37 |\n| 公务接待费 | 6.50 | 4.86 |\n| 合计 | 35.10 | 29.23 |\n")


def test_rows_breaking_down_the_row_above_are_not_counted_again():
    assert nu(SANGONG, path="a.md") == []
    wrong = SANGONG.replace("| 29.23 |", "| 29.33 |")
    assert [f[3] for f in nu(wrong, path="a.md")] == ["29.33"]


def test_a_breakdown_that_does_not_complete_its_row_takes_only_the_其中_row():
    # 其中 names one part of 28.60; the row after it is an item of the table, counted
    excerpt = SANGONG.replace("| 　　　公务用车运行维护费 | 28.60 | 24.37 |\n", "| 会议费 | 3.00 | 2.00 |\n")
    assert [f[3] for f in nu(excerpt, path="a.md")] == ["35.10", "29.23"]
    assert nu(excerpt.replace("| 35.10 | 29.23 |", "| 38.10 | 31.23 |"), path="a.md") == []


RECTIFICATION = ("序号\t问题\t措施\t责任单位\n1\t扬尘管控不到位\t开展专项整治\t县住建局\n"
                 "2\t污水直排\t完成管网改造\t县水利局\n3\tVOCs治理不到位\t升级治理设施\t县工信局\n"
                 "4\t秸秆焚烧\t加强巡查\t各乡镇\n")


def test_serial_column_of_a_table_counts_its_rows():
    assert nu(RECTIFICATION) == []
    repeated = RECTIFICATION.replace("\n4\t", "\n3\t")
    finding = only(repeated, "NU001")
    assert (finding.line, finding.text, finding.suggestion) == (5, "3", "4")
    assert finding.message == "表格“序号”列编号重复：应为“4”，实为“3”，与上一行的“3”重复"
    skipped = RECTIFICATION.replace("\n3\t", "\n4\t").replace("\n4\t秸秆", "\n5\t秸秆")
    assert only(skipped, "NU001").message.startswith("表格“序号”列编号跳过了“3”")
    markdown = "| 序号 | 课程 |\n|---|---|\n| 1 | 甲 |\n| 2 | 乙 |\n| 2 | 丙 |\n| 4 | 丁 |\n"
    assert [f[:4] for f in nu(markdown, path="plan.md")] == [("NU001", 5, 3, "2")]
    # a total row whose label ends in 合计 ends the numbered rows too
    costs = "序号\t项目\t金额（万元）\n1\t建安费\t8680\n2\t设备费\t3280\n4\t预备费\t500\n\t工程总投资合计（万元）\t12460\n"
    assert [f[:4] for f in nu(costs) if f[0] == "NU001"] == [("NU001", 4, 1, "4")]


@pytest.mark.parametrize("text", [
    # a continued table may start anywhere; a total row ends the numbered rows
    "序号\t问题\n7\t甲\n8\t乙\n9\t丙\n",
    "序号\t乡镇\t户数\n1\t甲镇\t20\n2\t乙镇\t30\n3\t丙镇\t10\n合计\t\t60\n",
    # groups numbered 一、 with their rows numbered 1, 2 under each: a restart by design
    "序号\t项目\n一\t基本支出\n1\t人员经费\n2\t公用经费\n二\t项目支出\n1\t农村公路\n2\t安防工程\n",
    # a column headed otherwise (编号 is a code), or too short to be a sequence
    "编号\t地块\n3\t甲\n3\t乙\n5\t丙\n",
    "序号\t问题\n1\t甲\n1\t乙\n",
])
def test_serial_column_lookalikes(text):
    assert [f for f in nu(text) if f[0] == "NU001"] == []


@pytest.mark.parametrize("text", [
    # rates, shares and averages are not summed, whatever the header
    "| 乡镇 | 站点（个） | 日均件量（万件） |\n| --- | ---: | ---: |\n| 东城 | 40 | 6.2 |\n| 西城 | 58 | 9.2 |\n| 合计 | 98 | 7.7 |",
    "| 乡镇 | 人数 | 达标率 |\n| --- | ---: | ---: |\n| 东城 | 40 | 95 |\n| 西城 | 58 | 90 |\n| 合计 | 98 | 92 |",
    # rounded decimals may be off by the rounding of each row
    "| 项目 | 产值（亿元） |\n| --- | ---: |\n| 甲 | 1.24 |\n| 乙 | 2.33 |\n| 丙 | 3.41 |\n| 合计 | 6.99 |",
    # subtotals, a dash in a cell, a total row with nothing to sum
    "| 项目 | 金额 |\n| --- | ---: |\n| 甲 | 10 |\n| 乙 | 20 |\n| 小计 | 30 |\n| 丙 | 5 |\n| 合计 | 36 |",
    "| 项目 | 金额 |\n| --- | ---: |\n| 增值税 | 10 |\n| 契税 | 20 |\n| 税收收入小计 | 30 |\n| 罚没收入 | 5 |\n| 合计 | 35 |",
    "| 项目 | 楼栋数 | 投资额 |\n| --- | ---: | ---: |\n| 甲 | — | 500 |\n| 乙 | 12 | 700 |\n| 合计 | 15 | 1200 |",
])
def test_table_total_lookalikes(text):
    assert nu(text, path="report.md") == []


def test_a_total_summing_up_the_parts_before_it():
    text = "本次共表彰优秀教师40名、优秀班主任20名、优秀教育工作者10名、“东湖教书育人楷模”2名，共计82名。"
    finding = only(text, "NU006")
    assert finding.text == "82名"
    assert finding.message == "总数“82名”与其前分项之和不符：40名＋20名＋10名＋2名＝72名"
    assert nu(text.replace("共计82名", "共计72名")) == []
    assert only("评出一等奖3个、二等奖5个、三等奖8个，共17个。", "NU006").text == "17个"


@pytest.mark.parametrize("text, total", [
    ("全年举办基本陈列4个、临时展览15个、引进展览5个，共计举办展览26个。", "26个"),
    ("全年开展主题讲座60场、读书分享会80场、亲子阅读活动70场，三类阅读推广活动共计220场。", "220场"),
    ("现有国家级项目3项、省级21项、市级68项，合计各级非遗代表性项目95项（县级项目未计入）。", "95项"),
])
def test_a_summed_total_may_name_what_it_counts(text, total):
    assert only(text, "NU006").text == total


@pytest.mark.parametrize("text", [
    # the parts are added to a base figure before them, which the total holds too
    "一般公共预算支出31.27亿元，加上解上级支出0.45亿元、债务还本支出0.41亿元，支出总计32.13亿元。",
    "基金预算支出10.27亿元，加专项债务还本支出2.88亿元、调出资金0.50亿元，支出总计13.65亿元。",
    # the same parts for each of two groups
    "中小学组和社会组分别评选一等奖5名、二等奖10名、三等奖15名，两组合计60名。",
    # the total holds something besides the parts, or is approximate
    "举办讲座60场、分享会80场，加上往年结转项目共计220场。",
    "举办讲座60场、分享会80场，总计约150场。",
    "加工企业4家、商贸企业15家，共计19家。",
])
def test_a_summed_total_naming_what_it_counts_lookalikes(text):
    assert [f for f in nu(text) if f[0] == "NU006"] == []


def test_a_summed_total_with_two_classifiers():
    text = "县委决定，表彰先进基层党组织8个、优秀共产党员25名、优秀党务工作者10名，共计45个（名）。"
    assert only(text, "NU006").text == "45个（名）"
    assert nu(text.replace("45个", "43个")) == []
    # a note in brackets is no second classifier
    assert nu("表彰先进基层党组织8个、优秀共产党员25名，共计33个（其中新增5个）。") == []


@pytest.mark.parametrize("text", [
    "评出一等奖3个、二等奖5个、三等奖8个，共16个。",
    "新建学校3所、改扩建5所，共投入资金2亿元。",  # the total counts something else
    "表彰先进单位20个、先进个人50名，共计70个（名）。",  # two classifiers, adding up
    "新建公厕12座、改造8座，共20余座。",  # an approximate total
    "全年接待游客120万人次，共实现旅游收入8亿元。",  # one count is no list of parts
    "党员约40名、积极分子约20名，共计65名。",  # approximate parts
])
def test_summed_total_lookalikes(text):
    assert [f for f in nu(text) if f[0] == "NU006"] == []


@pytest.mark.parametrize("text, shown", [
    ("经费预算：宣传资料印制费3.5万元，场地租赁费2万元，专家劳务费1.5万元，合计8万元。", "3.5万元＋2万元＋1.5万元＝7万元"),
    ("今年一季度完成投资3亿元，二季度完成4亿元，上半年合计7.2亿元。", "3亿元＋4亿元＝7亿元"),
    # the whole the states after it split is no part
    ("排查隐患120处，已整改100处，正在整改15处，合计117处。", "100处＋15处＝115处"),
    ("共排查隐患120处，整改100处，正在整改15处，合计117处。", "100处＋15处＝115处"),
    # the first part after 其中
    ("共评出获奖作品38件，其中一等奖3件，二等奖5件，三等奖10件，优秀奖20件，合计40件。", "3件＋5件＋10件＋20件＝38件"),
])
def test_a_summed_total_of_parts_set_apart_by_commas(text, shown):
    finding = only(text, "NU006")
    assert finding.message.endswith(shown) and finding.severity == "warning"


@pytest.mark.parametrize("text", [
    "经费预算：宣传资料印制费3.5万元，场地租赁费2万元，专家劳务费1.5万元，合计7万元。",
    "排查隐患120处，已整改100处，正在整改15处，合计115处。",
    "共评出获奖作品38件，其中一等奖3件，二等奖5件，三等奖10件，优秀奖20件，合计38件。",
    "2023年投入500万元，2024年投入600万元，两年合计1200万元。",  # labelled by year: not read
    "全县生产总值完成120亿元，同比增长6%，二产50亿元，三产48亿元，合计98亿元。",
    "全年完成投资3亿元，另争取上级资金2亿元，合计5亿元。",
])
def test_a_summed_total_of_parts_set_apart_by_commas_lookalikes(text):
    assert [f for f in nu(text) if f[0] == "NU006"] == []


BUDGET = "五、经费预算\n1.宣传资料印制费3.5万元。\n2.场地租赁费2万元。\n3.专家劳务费1.5万元。\n以上各项合计8万元。\n"


def test_a_line_summing_up_the_items_above_it():
    finding = only(BUDGET, "NU006")
    assert (finding.line, finding.text) == (5, "8万元")
    assert finding.message.endswith("3.5万元＋2万元＋1.5万元＝7万元")
    assert nu(BUDGET.replace("8万元", "7万元")) == []
    short = "五、经费预算\n宣传资料印制费：3.5万元\n\n场地租赁费：2万元\n专家劳务费：1.5万元\n合计：8万元\n"
    assert only(short, "NU006").text == "8万元"


def test_a_line_summing_up_two_figures_of_each_item():
    banks = ("二、贷款发放\n中国银行宁川分行：1127笔，5.16亿元；\n交通银行宁川分行：806笔，3.71亿元；\n"
             "宁川农商银行：716笔，3.57亿元；\n合计：2659笔，12.44亿元。\n")
    assert only(banks, "NU006").message.endswith("1127笔＋806笔＋716笔＝2649笔")
    assert only(banks.replace("2659笔，12.44", "2649笔，12.54"), "NU006").text == "12.54亿元"
    assert nu(banks.replace("2659笔", "2649笔")) == []


JOB_MEASURES = ("一、总体要求\n正文。\n二、目标任务\n正文。\n三、主要措施\n围绕上述目标，重点从以下七个方面推进稳就业工作。\n（一）强化政策支持。\n正文。\n"
            "（二）扩大就业容量。\n（三）促进青年就业。\n（四）稳定农民工就业。\n（五）兜牢底线。\n（六）优化服务。\n"
            "正文。\n四、保障措施\n（一）加强组织领导。\n")


def test_the_work_a_count_of_aspects_is_for_closes_its_announcement():
    assert [f[3] for f in nu(JOB_MEASURES)] == ["七个方面"]
    assert nu(JOB_MEASURES.replace("七个", "六个")) == []


ADVANTAGES = ("今天，借此机会，我向各位嘉宾重点介绍南屏投资兴业的四个方面比较优势。\n第一，区位交通优势明显。\n正文。\n"
              "第二，资源禀赋得天独厚。\n第三，产业基础坚实稳固。\n正文。\n")


def test_a_count_of_advantages_introduced_announces_the_points_below():
    assert [f[3] for f in nu(ADVANTAGES)] == ["四个方面"]
    assert nu(ADVANTAGES.replace("四个方面", "三个方面")) == []
    assert nu(ADVANTAGES.replace("比较优势。", "比较优势，欢迎各位来南屏考察。")) == []  # the count ends no paragraph


def test_a_count_followed_by_a_clause_of_its_own_announces_nothing():
    # what follows the count is a statement of its own, not the work it plans
    assert nu(JOB_MEASURES.replace("推进稳就业工作", "推进，全市就业形势保持稳定")) == []


def test_a_plea_to_forgive_closes_an_announcement():
    text = "下面，我想谈三点粗浅的体会，不当之处请各位领导和同志们批评指正。\n一、甲\n正文。\n二、乙\n正文。\n三、丙\n正文。\n四、丁\n"
    assert [f[3] for f in nu(text)] == ["三点"]


@pytest.mark.parametrize("text", [
    # an item with figures of two kinds, or a paragraph above the items: the list is unclear
    BUDGET.replace("2.场地租赁费2万元。", "2.场地租赁费2万元（4天×5000元）。"),
    "五、经费预算\n本次活动所需经费由县财政统筹安排，包括宣传资料印制、场地租赁等，需要资金3.5万元。\n"
    "1.场地租赁费2万元。\n2.专家劳务费1.5万元。\n合计：8万元。\n",
    BUDGET.replace("1.5万元", "约1.5万元"),
    "（一）乡镇卫生院业务骨干2名，全县14个乡镇卫生院，共42人。\n（二）社区卫生服务中心业务骨干2名，共6人。\n以上合计50人。\n",
    "三、名额分配\n城东区\t16\n城西区\t15\n合计\t31\n",
])
def test_a_line_summing_up_the_items_above_it_lookalikes(text):
    assert [f for f in nu(text) if f[0] == "NU006"] == []


def test_breakdown_in_brackets_and_public_private_investment():
    finding = only("排查重大隐患14个（重大1个、较大4个、一般8个），均已整改。", "NU006")
    assert (finding.text, finding.severity) == ("14个", "warning")
    finding = only("总投资86.4亿元，其中政府投资项目32.5亿元、社会投资项目51.9亿元；年度计划投资25.6亿元。", "NU006")
    assert finding.message.endswith("32.5亿元＋51.9亿元＝84.4亿元")
    assert nu("总投资84.4亿元，其中政府投资项目32.5亿元、社会投资项目51.9亿元；年度计划投资25.6亿元。") == []
    assert nu("共发现问题17个（其中已整改12个），其余5个限期整改。") == []


def test_numbered_rows_of_a_budget_table_are_not_headings():
    text = ("一、项目概况\n二、经费预算\n预算科目　　　　合计（万元）　专项经费（万元）\n"
            "一、直接费用　　174.0　　　　93.0\n1.设备费　　　　62.0　　　　30.0\n（1）设备购置费　54.0\n"
            "（2）设备改造费　8.0\n2.业务费　　　　71.5　　　　40.0\n（1）材料费　　　18.5\n"
            "二、间接费用　　16.0　　　　7.0\n合计　　　　　　190.0　　　 100.0\n三、申报单位承诺\n")
    assert nu(text) == []
    assert [f[:2] for f in nu(text.replace("三、申报单位承诺", "四、申报单位承诺"))] == [("NU001", 12)]


def test_a_clause_between_the_total_and_its_parts():
    text = "全镇共有行政村14个，按照整治基础分类推进，其中示范村4个、达标村7个、攻坚村2个，确保年底前全部通过验收。"
    finding = only(text, "NU006")
    assert (finding.text, finding.severity) == ("14个", "info")
    assert nu(text.replace("14个", "13个")) == []


def test_parts_counting_an_earlier_total_in_the_sentence():
    text = "现场集中签约项目18个，总投资126.8亿元，其中工业项目9个、现代服务业项目5个、现代农业项目3个。"
    finding = only(text, "NU006")
    assert (finding.text, finding.severity) == ("18个", "info")
    assert nu(text.replace("18个", "17个")) == []


def test_parts_after_a_sentence_whose_last_figures_count_money():
    text = ("今年共安排市级重点项目286个，总投资2368亿元，年度计划投资612亿元。"
            "其中，产业项目168个、基础设施项目73个、社会民生项目42个。")
    finding = only(text, "NU006")
    assert (finding.text, finding.severity) == ("286个", "info")
    assert nu(text.replace("286个", "283个")) == []
    # the money is broken down, and adds up
    assert nu(text.replace("其中，产业项目168个、基础设施项目73个、社会民生项目42个", "其中，中央投资312亿元、地方投资300亿元")) == []


def test_parts_in_a_new_sentence_break_down_its_subject_not_its_last_figure():
    text = ("截至2024年底，全县政府债务余额86.42亿元，控制在省核定的限额91.30亿元以内。"
            "其中：一般债务余额37.18亿元，专项债务余额49.24亿元。")
    assert nu(text) == []
    assert only(text.replace("86.42亿元", "86.52亿元"), "NU006").text == "86.52亿元"


def test_a_contents_list_repeats_the_headings_below_it():
    text = "# 工作手册\n\n## 目录\n\n- 一、总则\n- 二、文件命名规则\n- 三、附则\n\n## 一、总则\n\n内容。\n\n## 二、文件命名规则\n\n内容。\n\n## 三、附则\n\n内容。\n"
    assert nu(text, path="manual.md") == []
    assert [f[:2] for f in nu(text.replace("## 三、附则", "## 四、附则"), path="manual.md")] == [("NU001", 17)]
    plain = "目　录\n一、总则\n二、规则\n一、总则\n内容。\n二、规则\n内容。\n四、附则\n"
    assert [f[:2] for f in nu(plain)] == [("NU001", 8)]
    issue = "学习参考材料\n本期目录\n一、总目标\n二、改革落实\n三、思考题\n\n一、总目标\n内容。\n二、改革落实\n内容。\n三、思考题\n"
    assert nu(issue) == []


def test_breakdown_labels_with_figures_and_ranks():
    finding = only("全县共受理营商环境投诉62件，其中通过12345热线转办38件、平台受理17件、来信来访9件。", "NU006")
    assert (finding.text, finding.severity) == ("62件", "info")
    finding = only("这次任职的15名同志中，正科级6名、副科级8名，有的是从副职提拔为正职。", "NU006")
    assert (finding.text, finding.severity) == ("15名", "info")
    # a clause of time after the parts is no part: 6月份至少完成4场
    assert nu("计划开展应急演练9场，其中综合演练3场、专项演练4场、现场处置演练2场，6月份至少完成4场。") == []


def test_a_host_who_skips_a_step_of_an_announced_agenda_gets_one_report():
    text = ("会议共有五项议程，下面逐项进行。\n进行会议第一项：宣读通知。\n进行会议第二项：选举。\n"
            "进行会议第四项：表决。\n进行会议第五项：讲话。\n")
    assert [f[0] for f in nu(text)] == ["NU001"]


def test_a_hotline_in_a_label_and_a_date_before_a_clause():
    finding = only("共受理群众投诉举报1126件，其中12345热线转办684件、数字城管平台上报325件、来信来访97件。", "NU006")
    assert finding.text == "1126件"


# --------------------------------------------------------------------------------------------
# NU008 — references to the draft's own parts
# --------------------------------------------------------------------------------------------

MEASURES = ("第一章　总则\n第一条　为规范管理，制定本办法。\n第二条　本办法适用于全市。\n"
            "第二章　管理\n第三条　违反本办法第二条规定的，予以通报。\n第四条　本办法自公布之日起施行。\n")


@pytest.mark.parametrize("text, found", [
    (MEASURES.replace("本办法第二条", "本办法第六条"), [(5, "本办法第六条")]),
    (MEASURES.replace("本办法第二条", "本办法第6条"), [(5, "本办法第6条")]),
    (MEASURES.replace("本办法第二条", "本办法第三章"), [(5, "本办法第三章")]),
    ("请填写报名表（附件3），于5月10日前报送。\n附件：1.报名表\n2.汇总表", [(1, "附件3")]),
    ("请填写报名表（附件3）。\n附件：1.报名表　2.汇总表", [(1, "附件3")]),
    ("请按附件2格式填报。\n附件：报名表", [(1, "附件2")]),
    ("请按附件三格式填报。\n附件一：报名表\n附件二：汇总表", [(1, "附件三")]),
    ("详见附表4。\n附表1　项目清单\n附表2　资金安排\n附表3　进度计划", [(1, "附表4")]),
    # an attachment's heading beyond the list: the list names two
    ("附件：1.活动安排表\n2.参加回执\n附件1\n活动安排表\n附件3\n参加回执", [(5, "附件3")]),
])
def test_dangling_references(text, found):
    findings = check_text(text, select=["NU008"])
    assert [(f.line, f.text) for f in findings] == found


@pytest.mark.parametrize("text", [
    MEASURES,
    # another text's articles; an excerpt of two articles proves nothing
    MEASURES.replace("本办法第二条", "《安全生产法》第九十条"),
    "第五条　违反本办法第十二条规定的，予以通报。\n第六条　本办法自公布之日起施行。",
    # attachments the draft does not list may travel as separate files
    "请按附件3的格式填报。",
    "请填写报名表（附件2）。\n附件：1.报名表\n2.汇总表",
    # the list itself, headings of the attachments appended, counts of attachments
    "附件：1.报名表\n2.汇总表\n附件2\n汇总表",
    "请填写附件1、附件2。\n附件1：报名表\n附件2：汇总表",
    "纸质材料连同附件3份一并报送。\n附件：报名表",
    "附件：报名表\n附件3份请一并报送。",
    # a list of three entries, one numbered twice (NU001 reports the repeat)
    "附件：1.安排表\n2.名额表\n2.报名回执\n附件1\n安排表\n附件3\n报名回执",
])
def test_dangling_reference_look_alikes(text):
    assert check_text(text, select=["NU008"]) == []


@pytest.mark.parametrize("lead,phrase", [("会议共有四项议定事项：", "四项"), ("会议共形成四项决定：", "四项")])
def test_an_announced_noun_with_a_modifier(lead, phrase):
    items = "\n（一）严格落实外来施工单位安全管理。\n（二）加强冬季“四防”工作。\n（三）开展岁末年初安全生产大检查。\n"
    assert [f[:4] for f in nu(lead + items)] == [("NU002", 1, lead.index(phrase) + 1, phrase)]
    assert nu(lead.replace("四", "三") + items) == []


def test_a_total_named_again_before_中_in_the_next_sentence():
    text = ("这次大会共表彰先进单位20个、先进个人50名。先进单位中，市直部门8个、县（市、区）6个、园区和企业5个；"
            "先进个人中，既有窗口一线的办事员，也有企业家代表。")
    assert only(text, "NU006").text == "20个"
    assert nu(text.replace("先进单位20个", "先进单位19个")) == []
    # the noun before 中 names no count given before it
    assert nu("这次大会共表彰先进单位19个。获奖企业中，制造业8个、服务业6个、农业企业3个。") == []
    # 非流动负债 names the rest of 流动负债, not it
    debts = "负债总额48932.16万元。其中，流动负债28740.52万元；非流动负债20191.64万元。\n流动负债中，短期借款16325.48万元，应付账款6814.30万元，其他流动负债{}万元。"
    assert nu(debts.format("5600.74")) == []
    assert only(debts.format("5500.74"), "NU006").text == "28740.52万元"


ECHO_ITEMS = ("一、对照检查情况\n（一）在增强“四个意识”方面\n存在的问题……\n（二）在履职尽责、担当作为方面\n存在的问题……\n"
              "（三）在严守纪律规矩方面\n存在的问题……\n（四）在上年度整改落实方面\n存在的问题……\n二、原因分析\n")


def test_a_count_whose_items_end_in_its_noun_one_level_down():
    lead = "我重点从五个方面进行对照检查，深入剖析根源。现报告如下，请予批评帮助。\n"
    (finding,) = [f for f in nu(lead + ECHO_ITEMS) if f[0] == "NU002"]
    assert finding[:4] == ("NU002", 1, 5, "五个方面")
    assert [f for f in nu(lead.replace("五个", "四个") + ECHO_ITEMS) if f[0] == "NU002"] == []


@pytest.mark.parametrize("lead", [
    "上年度民主生活会上，我查摆出3个方面问题，目前已全部整改到位。\n",  # a figure: last year's count
    "上年度我查摆出五个方面的问题，目前已全部整改到位。\n",  # no 从: it says no plan of the text
])
def test_counts_of_方面_that_plan_nothing_below(lead):
    assert [f for f in nu(lead + ECHO_ITEMS) if f[0] == "NU002"] == []


def test_an_agenda_listed_after_its_colon_is_counted_there():
    # the host goes through six numbered steps and a last one announced without its number
    steps = "".join(f"下面进行第{n}项议程：{what}。\n" for n, what in zip("一二三四五六", "甲乙丙丁戊己")) + "最后，请全体起立，合唱校歌。\n"
    listed = "今天的典礼共有七项议程：\n一是奏唱国歌；\n二是宣读决定；\n三是教师代表发言；\n四是学生代表发言；\n五是新生代表发言；\n六是校长讲话。\n"
    assert [f[:4] for f in nu(listed + steps) if f[0] == "NU002"] == [("NU002", 1, 8, "七项")]
    assert [f for f in nu(listed.replace("七项", "六项") + steps) if f[0] == "NU002"] == []


def test_the_minutes_of_a_time_in_brackets_are_no_marker():
    agenda = ("三、大会议程\n第一项　宣读表彰决定（14:30—14:40）\n第二项　颁奖（14:40—15:20）\n"
              "第三项　获奖代表发言（15:20—15:40）\n第四项　讲话（16:00—16:30）\n")
    assert [f for f in nu(agenda) if f[0] == "NU001"] == []
    # an item after a colon that follows words is still an item
    assert [f[0] for f in nu("主要措施：1）加强领导；3）强化督查。")] == ["NU001"]


@pytest.mark.parametrize("text,phrase,listed", [
    ("本届茶博会共设置六大展区，分别是名优茶展区、茶器具展区、茶文化展区、茶旅融合展区和国际茶展区。", "六大", 5),
    ("大会先后听取和审议了五个报告，即《行政工作报告》《财务预算报告》《工会工作报告》《提案处理情况报告》。", "五个", 4),
    ("共设三个工作组，分别为综合组、宣传组、保障组、督查组和联络组。", "三个工作组", 4),
    ("座谈会邀请了三位专家：省社科院王教授、市委党校李研究员。", "三位", 2),  # people counted too
    ("排名前五位的领域依次为：住房建设、劳动社保、城市管理、交通运输。", "五位", 4),
    # a quoted title of four characters after its number; a colon after 分别是
    ("旅游节评选出“十佳农家乐”，分别是：湖畔人家、竹林小院、白鹭山庄、青峰茶舍、稻香居。", "十佳农家乐", 5),
])
def test_an_inline_list_with_a_joined_last_item_or_titles_after_即(text, phrase, listed):
    (finding,) = [f for f in check_text(text, select=["NU002"])]
    assert finding.text == phrase and f"列出了{listed}项" in finding.message


SEVEN_INTO = "我们将在全县开展全民阅读“七进”活动，推动阅读进机关、进学校、进企业、进社区、进乡村、进家庭。"


def test_a_quoted_count_whose_items_repeat_its_word():
    (finding,) = check_text(SEVEN_INTO, select=["NU002"])
    assert (finding.text, finding.suggestion) == ("七进", "六进")
    assert finding.message == "前面说“七进”，后面列出了6项（进机关、进学校、进企业、进社区、进乡村、进家庭）"
    assert check_text(SEVEN_INTO.replace("七进", "六进"), select=["NU002"]) == []
    # after a colon the list is read once
    assert len(check_text("开展“五进”活动：进机关、进学校、进企业、进社区。", select=["NU002"])) == 1


@pytest.mark.parametrize("text, phrase, listed", [
    # a word before the count inside the quote, and the items in the sentence after a heading's
    ("（一）深入开展“法律七进”活动。推动法律进机关、进乡村、进社区、进学校、进企业、进网络。", "七进", 6),
    # the word after the last item closes the list; the first item follows a word holding 进
    ("1.全面推进“七进”活动。深入开展民族团结进步创建进机关、进企业、进社区、进乡镇、进学校、进宗教活动场所活动，推动创建工作向基层延伸。",
     "七进", 6),
    # items that each end with the quoted word
    ("（四）“五个到位”。落实监测人员到位、预警信号到位、转移路线到位、安置场所到位，确保安全。", "五个到位", 4),
    ("实施“四个一批”工程，培养一批、引进一批、提拔一批，激发干部活力。", "四个一批", 3),
])
def test_quoted_counts_echoed_by_their_items(text, phrase, listed):
    (finding,) = check_text(text, select=["NU002"])
    assert finding.text == phrase and f"列出了{listed}项" in finding.message
    fixed = text.replace(phrase, finding.suggestion)
    assert check_text(fixed, select=["NU002"]) == []


MINUTES_AGENDA = ("局长主持召开局务会议。会议共有五项议程，现将会议议定事项纪要如下。\n出席：刘志强、赵国平\n"
                  "请假：冯立波\n记录：许文静\n会议议程：\n1．传达学习。\n2．审议工作要点。\n3．研究执法检查。\n"
                  "4．研究采购计划。\n")


def test_a_count_of_agenda_items_over_the_minutes_fields():
    (finding,) = check_text(MINUTES_AGENDA, select=["NU002"])
    assert (finding.line, finding.text) == (1, "五项")
    assert check_text(MINUTES_AGENDA.replace("五项", "四项"), select=["NU002"]) == []
    # no label naming the agenda over the list: the list is something else
    assert check_text(MINUTES_AGENDA.replace("会议议程：", "会议地点：三楼"), select=["NU002"]) == []


HONOURED = ("二、双拥工作先进个人（4名）\n序号　　姓名　　单位及职务\n1　　王建军　　区人武部政治工作处干事\n"
            "2　　李春梅　　区退役军人事务局股长\n3　　陈志强　　永安街道退役军人服务站站长\n三、主要事迹\n")


def test_a_headings_count_over_the_table_right_below_it():
    (finding,) = check_text(HONOURED, select=["NU002"])
    assert (finding.line, finding.text) == (1, "4名")
    assert finding.message == "前面说“4名”，下表列出了3行（从“王建军”到“陈志强”）"
    # a count of units is listed under a title holding the heading's last words
    units = "一、双拥工作先进集体（3个）\n序号　　集体名称\n1　　区人武部\n2　　永安街道\n二、先进个人\n"
    (finding,) = check_text(units, select=["NU002"])
    assert (finding.text, finding.message) == ("3个", "前面说“3个”，下表列出了2行（从“区人武部”到“永安街道”）")
    assert check_text(units.replace("集体名称", "单位名称"), select=["NU002"]) == []


@pytest.mark.parametrize("text", [
    HONOURED.replace("4名", "3名"),
    # a table not titled by names lists something else
    HONOURED.replace("序号　　姓名　　单位及职务", "序号　　单位　　负责人"),
    # a line between the heading and the table: the table is not the heading's list
    HONOURED.replace("（4名）\n", "（4名）\n名单如下，排名不分先后。\n"),
])
def test_heading_counts_over_tables_that_agree_or_are_not_theirs(text):
    assert check_text(text, select=["NU002"]) == []


CARDS = ("今天，我想借这个机会，向大家推介云溪的四张名片。\n第一张名片，是山水画廊。\n云溪拥有5A级景区。\n"
         "第二张名片，是多彩民俗。\n第三张名片，是红色文化。\n")


def test_a_set_of_cards_named_by_its_measure_word():
    finding = only(CARDS, "NU002")
    assert (finding.line, finding.text) == (1, "四张名片")
    assert finding.message.startswith("前面说“四张名片”，后面列出了3项（“第一张名片”至“第三张名片”")
    assert nu(CARDS.replace("四张", "三张")) == []
    assert nu(CARDS.replace("四张名片。", "四张名片之一。")) == []


GALA = ("甲：今晚的年会共有四个篇章，让我们一起走进这场盛会。\n第一篇章：回顾·感恩\n内容。\n第二篇章：表彰·荣耀\n"
        "甲：接下来进入今晚的第二篇章——表彰·荣耀。\n第三篇章：欢乐·共享\n内容。\n第三篇章：展望·启航\n内容。\n")


@pytest.mark.parametrize("text, severity", [
    # each part at its own level: nearly all, so meant to be all
    ("全区共建成社区养老驿站38个，其中街道级综合养老服务中心9个、社区级养老驿站26个，驿站总建筑面积达2.3万平方米。", "info"),
    # the stages of school: two named, nearly all
    ("全县有课后服务需求的在校学生共计3.62万人，其中小学生2.41万人、初中生1.12万人。", "info"),
    # all four stages named
    ("全县在校学生5万人，其中幼儿0.5万人、小学生2.4万人、初中生1.1万人、高中生0.9万人。", "warning"),
])
def test_levels_and_stages_are_disjoint_kinds(text, severity):
    assert only(text, "NU006").severity == severity


@pytest.mark.parametrize("text", [
    "全县在校学生5万人，其中小学生2.4万人、初中生1.1万人。",  # far short: an excerpt
    "共有中小学教师3200人，其中小学教师2000人、初中教师1100人。",  # teachers, not pupils by stage
    "规模以上企业186家，其中国家级专精特新企业3家、省级专精特新企业21家。",
])
def test_levels_and_stages_lookalikes(text):
    assert [f for f in nu(text) if f[0] == "NU006"] == []


BODY = ("（一）健全整改工作机制。成立由7人组成的巡察整改工作领导小组，负责统筹推进整改工作。\n"
        "组长：李卫东（局党组书记、局长）；副组长：王晓兰、陈志刚；成员：赵斌、刘芳、孙建华。\n（二）强化督查。\n")


def test_a_body_of_so_many_and_the_names_under_its_posts():
    finding = only(BODY, "NU002")
    assert (finding.line, finding.text) == (1, "7人组成")
    assert finding.message == "说“由7人组成”，下面按职务列出了6人（第2行）"
    assert nu(BODY.replace("由7人", "由6人")) == []
    lines = ("领导小组由9人组成。\n组　长：刘建华（市人民政府副市长）\n副组长：周德明（市应急管理局局长）、何丽君\n"
             "成　员：王　强　县公安局副局长、李明、赵刚、钱亮、孙伟\n二、工作要求\n")
    assert [f.message for f in check_text(lines, select=["NU002"])] == ["说“由9人组成”，下面按职务列出了8人（从第2行到第4行）"]


@pytest.mark.parametrize("text", [
    # a post held by people not named: no count for certain
    "领导小组由9人组成。\n组长：刘建华\n成员：各乡镇分管负责同志\n",
    "领导小组由3人组成，负责统筹。\n组长：刘建华；副组长：周德明；成员：王强。\n",
])
def test_a_body_of_so_many_lookalikes(text):
    assert [f for f in nu(text) if f[0] == "NU002"] == []


CASES = "三、典型案例\n现将5起典型案例通报如下：\n（一）甲案\n正文。\n（二）乙案\n正文。\n（三）丙案\n正文。\n（四）丁案\n正文。\n"


def test_cases_announced_and_a_quoted_set_of_donts():
    assert [f[3] for f in nu(CASES)] == ["5起"]
    assert nu(CASES.replace("5起", "4起")) == []
    labelled = "现将5起典型案例通报如下：\n案例一：甲案。\n正文。\n案例二：乙案。\n案例三：丙案。\n案例四：丁案。\n"
    assert [f[3] for f in nu(labelled)] == ["5起"]
    assert nu(labelled.replace("5起", "4起")) == []
    donts = "牢记防溺水“六不”要求：\n1.不私自下水游泳；\n2.不擅自结伴游泳；\n3.不在无人带领时游泳；\n4.不到陌生水域游泳；\n5.不擅自施救。\n"
    assert [f[3] for f in nu(donts)] == ["“六不”"]
    assert nu(donts.replace("六不", "五不")) == []
    assert nu("坚持“两不愁三保障”标准。\n一是甲。\n二是乙。\n") == []


def test_arrangements_announced_by_a_meeting():
    text = ("会议就有关工作作了以下三点安排。\n（一）深入开展隐患排查整治。要排查。\n（二）强化道路运输安全监管。要监管。\n"
            "（三）抓好在建工程安全管理。要管理。\n（四）做好冬季恶劣天气应对。要应对。\n")
    assert [f[3] for f in nu(text)] == ["三点"]
    assert nu(text.replace("三点", "四点")) == []
    # arrangements made, not counted
    assert nu(text.replace("作了以下三点安排", "对下一步工作作了安排部署")) == []


def test_one_stray_heading_is_one_finding():
    text = "一、甲\n正文。\n二、乙\n正文。\n三、丙\n正文。\n四、丁\n正文。\n三、戊\n正文。\n五、己\n正文。\n"
    assert [(f[0], f[1]) for f in nu(text)] == [("NU001", 9)]


def test_a_count_of_topics_set_up_opens_its_section():
    text = ("四、培训内容\n本期培训采取专题讲座、分组研讨相结合的方式，培训内容共设置六个专题。\n（一）党建引领。\n正文。\n"
            "（二）职责规范。\n正文。\n（三）纠纷化解。\n（四）应急处置。\n（五）平台应用。\n五、培训要求\n")
    assert [f[3] for f in nu(text.replace("四、", "一、").replace("五、", "二、"))] == ["六个专题"]


PLAN = ("一、优化营商环境\n1.甲。\n2.乙。\n3.丙。\n二、守牢安全底线\n（一）食品安全\n4.丁。\n5.戊。\n（二）药品安全\n6.己。\n"
        "6.庚。\n三、规范市场秩序\n8.辛。\n9.壬。\n10、癸。\n11.子。\n")


def test_points_numbered_through_sections_of_different_depth():
    # 4. under （一） goes on from 3. under 一、; 8. goes on from 6. 6. (one counted twice);
    # 11. goes on from 9. past 10、 in another style
    assert [(f[0], f[1]) for f in nu(PLAN) if f[0] == "NU001"] == [("NU001", 11)]
    assert ("NU001", 7) in [(f[0], f[1]) for f in nu(PLAN.replace("4.丁", "5.丁").replace("5.戊", "6.戊"))]
    # the last item of a section mislabelled (2. then 5、): the next section goes on from 3
    slipped = "一、甲\n1.子。\n2.丑。\n5、寅。\n二、乙\n4.卯。\n5.辰。\n"
    assert [(f[0], f[1]) for f in nu(slipped) if f[0] == "NU001"] == [("NU001", 4)]


def test_a_set_named_inside_one_item_of_a_list():
    text = "重点检查了大坝安全鉴定情况、防汛“三个责任人”落实情况、防汛物资储备情况。"
    assert [f for f in nu(text) if f[0] == "NU003"] == []
    assert [f[3] for f in nu("继续采取时间、内容、形式“四个统一”的形式。")] == ["四个"]


def test_a_doctrine_named_plans_nothing():
    text = "一、坚持以学铸魂\n坚决做到“两个维护”。\n一是抓实理论学习。\n二是抓实党纪学习教育。\n三是抓实调查研究。\n"
    assert nu(text) == []
    listed = "牢固树立“四个意识”：\n一是政治意识。\n二是大局意识。\n三是核心意识。\n"
    assert [f[3] for f in nu(listed)] == ["“四个意识”"]


def test_the_rest_ends_the_parts():
    text = "全县共设立县级河长15名，其中，由县委、县政府主要负责同志担任县级总河长2名，其他县级领导担任县级河长12名，设立乡级河长186名。"
    assert only(text, "NU006").message.endswith("2名＋12名＝14名")
    assert nu(text.replace("15名", "14名")) == []
    # 一般 names a kind, not the rest: the parts go on after it
    assert only("政府债务余额186.42亿元，其中：一般债务72.15亿元，专项债务113.27亿元。", "NU006").text == "186.42亿元"


def test_a_part_of_a_gala_named_mid_paragraph():
    text = ("文艺演出分为四个篇章。\n第一篇章《山水序曲》。请欣赏。\n一曲舞出了山的巍峨。第二篇章《古城印象》，请欣赏。\n"
            "第三篇章《非遗新韵》。请欣赏。\n第四篇章《诗意栖居》。请欣赏。\n")
    assert nu(text) == []
    assert [f[3] for f in nu(text.replace("第二篇章", "第五篇章"))] != []


def test_the_parts_of_a_gala_counted_through_the_script():
    finding = only(GALA, "NU001")
    assert (finding.line, finding.text) == (8, "第三篇章")
    right = GALA.replace("第三篇章：展望", "第四篇章：展望")
    assert nu(right) == []  # 进入今晚的第二篇章 is a mention, not another part
    short = right.replace("第四篇章：展望·启航\n内容。\n", "")
    assert [f[3] for f in nu(short)] == ["四个篇章"]


SECTION = ("一、坚持担当作为，在履职尽责上求实效\n一年来，我紧紧围绕县委、县政府中心工作，重点抓了四个方面的工作。\n"
           "这些工作既是年初作出的承诺，也是群众关心的实事。\n（一）全力保障项目用地\n正文。\n（二）守牢耕地红线\n正文。\n"
           "（三）优化登记服务\n正文。\n二、坚持从严治党\n正文。\n")


def test_a_count_opening_a_section_plans_its_sub_headings():
    finding = only(SECTION, "NU002")
    assert (finding.line, finding.text) == (2, "四个方面")
    assert nu(SECTION.replace("四个方面", "三个方面")) == []
    # the types of a list after 以下, with a plea to read them and a paragraph of background
    types = ("一、树牢防骗意识\n诈骗看似五花八门。\n常见的诈骗主要有以下十种类型，请大家认真阅读、牢记于心。\n"
             "以下类型均根据真实案例整理。\n（一）刷单返利诈骗。\n（二）虚假投资理财诈骗。\n（三）冒充客服诈骗。\n")
    assert [f[3] for f in nu(types)] == ["十种"]
    assert nu(types.replace("十种", "三种")) == []


@pytest.mark.parametrize("text", [
    # the count is not in the opening of the section whose headings follow
    "一、总体要求\n正文。\n（一）目标\n全年重点抓四个方面的工作。\n背景。\n二、主要任务\n（一）甲\n（二）乙\n",
    # a sub-heading between the heading and the count
    "二、工作成效\n（一）概况\n我们重点抓了四个方面的工作。\n背景。\n（二）甲\n（三）乙\n",
])
def test_a_count_opening_a_section_lookalikes(text):
    assert [f for f in nu(text) if f[0] == "NU002"] == []


BACKGROUND = ("三、事故暴露出的突出问题\n这起事故暴露出我市消防安全工作中存在三个方面的突出问题：\n"
              "今年以来，全市共接报火灾1268起，同比上升8.6%。\n一是安全意识淡薄。\n二是隐患整治不彻底。\n"
              "三是电动自行车问题突出。\n四是基层监管力量薄弱。\n对于这些问题，必须高度重视。\n")


def test_a_paragraph_of_background_between_a_colon_and_its_list():
    finding = only(BACKGROUND, "NU002")
    assert (finding.line, finding.text) == (2, "三个方面")
    assert "三个方面的突出问题" in finding.message
    assert nu(BACKGROUND.replace("四是基层监管力量薄弱。\n", "")) == []
    # the paragraph between promises a list of its own
    assert nu(BACKGROUND.replace("同比上升8.6%。", "主要特点如下：")) == []
    # headings after it are counted only as the sub-headings of the section the count opens
    headings = BACKGROUND.replace("一是", "（一）").replace("二是", "（二）").replace("三是", "（三）").replace("四是", "（四）")
    assert [f[:2] for f in nu(headings) if f[0] == "NU002"] == [("NU002", 2)]
    unsectioned = headings.replace("三、事故暴露出的突出问题\n", "")
    assert [f for f in nu(unsectioned) if f[0] == "NU002"] == []


def test_a_heading_written_in_a_sub_lists_style_fills_its_gap():
    text = "（二）加强教育\n1.甲。\n2.乙。\n3.丙。\n3、严格规范程序\n正文。\n（四）注重发挥作用\n"
    assert "（四）" not in [f[3] for f in nu(text)]
    # the sub-list written with 、 throughout: the heading is really missing
    assert "（四）" in [f[3] for f in nu("（二）加强教育\n1、甲。\n2、乙。\n3、丙。\n（四）注重发挥作用\n")]


def test_a_report_from_some_aspects_whose_items_follow_its_colon():
    text = ("林小军同志代表支委会作对照检查，从四个方面查摆了支部班子存在的问题：一是理论学习不够深入；"
            "二是组织生活不够规范；三是联系群众不够紧密。")
    assert [f[3] for f in nu(text)] == ["四个方面"]
    assert nu(text.replace("四个方面", "三个方面")) == []
    assert nu("从三个方面入手，抓好落实。\n一是甲。\n二是乙。\n") == []


DRILL = "本次演练共设置五个演练科目：\n科目一：汛情监测。\n科目二：堤防抢护。\n科目三：群众转移。\n科目四：水上搜救。\n六、演练流程\n"


def test_a_count_of_any_noun_before_a_colon_and_the_subjects_of_a_drill():
    finding = only(DRILL, "NU002")
    assert (finding.line, finding.text) == (1, "五个")
    assert finding.message.startswith("前面说“五个演练科目”，后面列出了4项（“科目一”至“科目四”")
    numbered = DRILL.replace("科目一：", "1. ").replace("科目二：", "2. ").replace("科目三：", "3. ").replace("科目四：", "4. ")
    assert [f[3] for f in nu(numbered)] == ["五个"]
    assert nu(DRILL.replace("五个", "四个")) == []
    assert [f[:4] for f in nu("科目一：汛情监测。\n科目三：堤防抢护。\n")] == [("NU001", 2, 1, "科目三")]
    # a count of a noun before a colon that the items do not follow
    assert nu("全县共设5个分会场：城关、白沙、青山、河口、新城。\n") == []
    # a driving test's subjects named in sentences are no items of a drill
    assert nu("报名学员须在科目一考试合格后参加培训。\n科目一考试安排在周六。\n科目三考试安排在周日。\n") == []


def test_agenda_items_written_as_headings_in_brackets():
    text = ("今天的活动共有五项议程，下面我宣布，桂花社区2025年重阳节敬老活动现在开始！\n【第一项：领导致辞】\n讲话。\n"
            "【第二项：文艺表演】\n表演。\n【第三项：送祝福】\n祝福。\n【第四项：老人代表发言】\n发言。\n")
    assert [f[:4] for f in nu(text)] == [("NU002", 1, 8, "五项")]
    assert nu(text.replace("五项议程", "四项议程")) == []
    assert [f[3] for f in nu("【第一项：领导致辞】\n【第三项：文艺表演】\n")] == ["第三项"]


ACTIONS = ("二、重点任务\n围绕上述目标，实施六大行动。\n（一）实施梯度培育入库行动\n1. 建立培育库。\n"
           "（二）实施创新能力提升行动\n（三）实施数字化赋能行动\n（四）实施融资服务行动\n（五）实施人才引育行动\n"
           "三、保障措施\n")


def test_a_count_of_a_named_thing_whose_headings_name_it():
    (finding,) = check_text(ACTIONS, select=["NU002"])
    assert (finding.line, finding.text) == (2, "六大")
    assert "列出了5项" in finding.message


@pytest.mark.parametrize("text", [
    ACTIONS.replace("六大行动", "五大行动"),
    # headings that do not name the 行动 are not what was counted
    re.sub(r"（(.)）实施(.*?)行动", r"（\1）\2工作", ACTIONS),
    # not the end of its paragraph
    ACTIONS.replace("实施六大行动。", "实施六大行动，带动就业2000人。"),
])
def test_counts_of_named_things_that_agree_or_announce_nothing(text):
    assert check_text(text, select=["NU002"]) == []


STRENGTHS = ("借此机会，我向各位嘉宾重点推介江州投资兴业的五大优势。\n一是区位交通优势突出。\n"
             "二是产业基础雄厚。\n三是创新要素集聚。\n四是营商环境优良。\n当前，江州正处在……\n")


def test_a_named_set_closing_its_paragraph_counts_the_items_of_the_next():
    (finding,) = check_text(STRENGTHS, select=["NU002"])
    assert (finding.line, finding.text) == (1, "五大")
    assert finding.message.startswith("前面说“五大优势”，后面列出了4项")


@pytest.mark.parametrize("text", [
    STRENGTHS.replace("五大优势", "四大优势"),
    # the set is no more than a part of the sentence
    STRENGTHS.replace("五大优势。", "五大优势之一。"),
    STRENGTHS.replace("五大优势。", "五大优势，欢迎各位来江州投资兴业。"),
    # headings are a part of their own, not the members of the set
    "江州有三大优势。\n一、区位优势\n二、产业优势\n三、保障措施\n四、工作要求\n",
    # only a measure word of a named set: 五项工作。 with no verb announces nothing
    STRENGTHS.replace("五大优势", "五项工作"),
])
def test_named_sets_that_agree_or_announce_nothing(text):
    assert check_text(text, select=["NU002"]) == []


@pytest.mark.parametrize("text, phrase, listed", [
    # after 以下 the clause may run on to a colon the names follow
    ("聘任以下12名同志为首批县级专职人民调解员：王建国、李秀兰、张德明、刘春燕、陈志强、杨桂芳、赵永福、"
     "黄丽萍、周国庆、吴晓东、郑明。", "12名", 11),
    # …or to a colon the first numbered item follows at once
    ("三是突出重点管控。对以下四类矫正对象实行一级严管：一是涉黑涉恶犯罪社区矫正对象；二是暂予监外执行社区矫正"
     "对象；三是有再犯罪倾向的社区矫正对象。", "四类", 3),
    # a numeral ending the quoted word is part of it
    ("推行“五统一”管理：统一编号、统一标识、统一停放、统一调度。", "五统一", 4),
])
def test_counts_led_by_以下_and_quoted_words_ending_in_a_numeral(text, phrase, listed):
    (finding,) = check_text(text, select=["NU002"])
    assert finding.text.strip("“”") == phrase and f"列出了{listed}项" in finding.message


@pytest.mark.parametrize("text", [
    "要牢记“三不一多”原则，即未知链接不点击、陌生来电不轻信、个人信息不透露、转账汇款多核实。",  # 3 + 1
    "坚持“两学一做”：学党章党规、学系列讲话、做合格党员。",  # 2 + 1
    "聘任以下11名同志为首批县级专职人民调解员：王建国、李秀兰、张德明、刘春燕、陈志强、杨桂芳、赵永福、黄丽萍、"
    "周国庆、吴晓东、郑明。",
    "对以下三类矫正对象实行一级严管：一是涉黑涉恶犯罪对象；二是暂予监外执行对象；三是有再犯罪倾向的对象。",
    # the clause to the colon holds a count of its own
    "对以下四类对象中的两类人员实行一级严管：一是涉黑涉恶犯罪对象；二是暂予监外执行对象。",
])
def test_counts_led_by_以下_and_quoted_sets_that_agree(text):
    assert check_text(text, select=["NU002"]) == []


@pytest.mark.parametrize("text", [
    "发挥“五老”作用，推动老有所为、老有所乐。",  # 五老 are kinds of elders: no word the data lists
    "坚持“三个统一”，统一标准、统一流程。",  # 统一 opens these items: not the ending read
    "（四）“五个到位”。各单位要提高认识，层层压实责任。落实人员到位、物资到位。",  # not the next sentence
    "开展“法律七进”活动，推动普法工作取得新成效。推动法律进机关、进乡村。",  # a full sentence between
    "开展“六进”活动，推动进机关、进学校、进企业、进社区等。",  # 等: not all named
    "开展“六进”活动，推动进机关、进学校、进企业、进社区、进乡村、进家庭活动常态化。",
    "开展“六进”活动，推动进机关、进学校、进企业、进社区、进乡村、进家庭工作走深走实。",
    "开展“六进”活动，经过三个月的宣传发动和精心组织筹备，推动进机关、进学校。",  # too far to be its list
])
def test_quoted_counts_whose_items_are_not_the_words_after(text):
    assert check_text(text, select=["NU002"]) == []


@pytest.mark.parametrize("text", [
    "本届茶博会共设置五大展区，分别是名优茶展区、茶器具展区、茶文化展区、茶旅融合展区和国际茶展区。",
    "重点抓好四项工作，分别是党风廉政建设和反腐败、安全生产、信访维稳、乡村振兴。",  # 和 inside one item
    "重点抓好五项工作，分别是党风廉政建设和反腐败、安全生产、信访维稳、乡村振兴。",  # or two
    "共设六个展区，分别是名优茶展区、茶器具展区等。",
    "座谈会邀请了两位专家：省社科院王教授、市委党校李研究员。",
    "旅游节评选出“五佳农家乐”，分别是：湖畔人家、竹林小院、白鹭山庄、青峰茶舍、稻香居。",
    "排名前三位的是：西城街道（92.5分）、青林镇（90.8分）、东湖街道（89.6分）。",
    "会上，三位同志作了交流发言：张明、李华和王强。",  # joined by 和: three either way
    "一位老党员说：张书记、李主任都是好干部。",  # one person, no list
])
def test_inline_lists_that_fit_one_reading(text):
    assert check_text(text, select=["NU002"]) == []


def test_groups_named_far_before_the_total_are_not_its_groups():
    # the parts are named in an earlier paragraph, not in the total's own clause
    lead = "全年扎实推进消费投诉举报处理和消费者教育引导工作。\n"
    total = ("全年全市通过全国12315平台、12315热线、12345政务服务便民热线转办等渠道共受理消费者诉求62418件，"
             "其中投诉38652件、举报9371件、咨询14395件。\n")
    assert [f for f in nu(lead + total) if f[0] == "NU006"] == []
    assert [f[3] for f in nu(lead + total.replace("14395件", "14396件")) if f[0] == "NU006"] == ["62418件"]


def test_parts_that_give_a_second_figure_each():
    text = "改造老旧小区56个，涉及居民4321户，其中城关片区31个、2108户，东城片区18个、1425户，西城片区7个、788户。"
    assert [f for f in nu(text) if f[0] == "NU006"] == []
    finding = only(text.replace("西城片区7个", "西城片区6个"), "NU006")
    assert (finding.text, finding.severity) == ("56个", "info")
    assert finding.message.endswith("31个＋18个＋6个＝55个")


def test_a_near_miss_counted_in_another_classifier_counts_something_else():
    text = "以上8项任务，分布在5个县（市、区），其中江城区2项、青山县2项、石门县2项、临江县1项、澧水市1项。"
    assert [f for f in nu(text) if f[0] == "NU006"] == []
    # further off than a near miss: an excerpt
    assert [f for f in nu("共发现各类问题47个，其中工程质量问题18个、资料管理问题12个、管护机制问题11个。")
            if f[0] == "NU006"] == []


def test_a_near_miss_said_to_be_an_excerpt():
    text = "全县粮食播种面积68.4万亩，其中水稻52.6万亩、玉米8.9万亩、大豆4.2万亩等；粮食总产量27.6万吨。"
    assert [f for f in nu(text) if f[0] == "NU006"] == []
    assert [f[0] for f in nu(text.replace("万亩等；", "万亩；"))] == ["NU006"]


def test_an_announced_count_of_the_items_one_level_down():
    text = ("全年重点抓了以下六个方面的工作。\n一、全年主要工作及成效\n" + "".join(
        f"（{n}）工作{n}\n" for n in "一二三四五六") + "二、资金投入情况\n三、存在的问题\n")
    assert [f for f in nu(text) if f[0] == "NU002"] == []
    assert [f[0] for f in nu(text.replace("（六）工作六\n", ""))] == ["NU002"]
    # three sub-items under the first of four points: the count is of the points
    speech = ("下面，我讲三点意见。\n一、提高政治站位\n（一）甲\n（二）乙\n（三）丙\n二、突出工作重点\n"
              "三、强化责任落实\n四、加强组织领导\n")
    assert [f[0] for f in nu(speech)] == ["NU002"]


def test_a_count_of_the_items_under_a_later_heading_that_names_them():
    groups = "".join(f"{n}.{name}组\n组长：某某\n" for n, name in zip("12345", ["疏散引导", "安全警戒", "医疗救护", "通讯联络", "后勤保障"]))
    text = "学校成立演练领导小组，下设五个工作组，具体如下：\n（一）领导小组\n总指挥：校长\n（二）工作组\n" + groups
    assert [f for f in nu(text.replace("组长：某某", "组长：王强")) if f[0] == "NU002"] == []
    # four groups under the heading that names them: the count is wrong
    four = text.replace("5.后勤保障组\n组长：某某\n", "")
    assert [f[3] for f in nu(four) if f[0] == "NU002"] == ["五个工作组"]
    # every heading names the noun: they are the items counted, not one heading over them
    resolutions = "会议审议通过了以下四项决议：\n" + "".join(
        f"{n}、关于{what}的决议\n（一）甲\n（二）乙\n（三）丙\n（四）丁\n{more}"
        for n, what, more in zip("一二三", "甲乙丙", ["（五）戊\n", "", "（五）戊\n"]))
    assert [f[3] for f in nu(resolutions) if f[0] == "NU002"] == ["四项"]


def test_an_announcement_of_two_nouns_joined():
    text = "结合工作实际，我主要谈三点认识和建议。\n一、甲\n二、乙\n三、丙\n"
    assert nu(text) == []
    (finding,) = nu(text + "四、丁\n")
    assert finding[3] == "三点"
    assert "“三点认识和建议”" in only(text + "四、丁\n", "NU002").message


def test_a_count_of_the_tasks_under_the_announced_heads():
    text = "重点抓好以下六个方面、共24项工作。\n" + "".join(f"（{n}）工作{n}\n1.甲\n2.乙\n3.丙\n4.丁\n" for n in "一二三四五六")
    assert nu(text) == []
    five = text.split("（六）")[0]
    assert [f[3] for f in nu(five)] == ["六个方面"]


def test_stages_announced_before_a_colon_that_says_how_they_go():
    text = "演练共分为五个阶段，具体程序如下：\n" + "".join(f"（{n}）第{n}阶段：甲\n内容。\n" for n in "一二三四")
    assert [f[3] for f in nu(text)] == ["五个阶段"]
    assert nu(text + "（五）第五阶段：乙\n") == []


def test_a_group_row_between_the_rows_of_a_tab_table_is_no_heading():
    text = ("一、学校基本情况\n学校有学生1200人。\n二、预算收支总体情况\n（一）收入预算执行情况\n全年收入2493.20万元。\n"
            "（二）支出预算执行情况\n表1　支出预算执行情况（单位：万元）\n项目\t年初预算\t执行数\n一、基本支出\n"
            "人员经费\t1862.40\t1908.35\n公用经费\t236.80\t228.46\n二、项目支出\n维修改造\t120.00\t131.20\n"
            "三、主要支出项目分析\n四、预算绩效管理情况\n")
    assert [f for f in nu(text) if f[0] == "NU001"] == []


def test_grades_listed_after_a_numeral_are_no_heading():
    assert nu("一、作业管理\n各学校要控制作业总量。\n一、二年级不布置书面家庭作业。\n二、课后服务\n") == []


def test_a_heading_opening_with_a_grade():
    assert [f[:4] for f in nu("一、班级基本情况\n二、成绩分析\n三、在校表现\n四、八年级孩子的身心特点\n六、配合工作\n")] == [
        ("NU001", 5, 1, "六、")]


def test_a_heading_opening_with_a_name_such_as_5G():
    assert [f[:4] for f in nu("一、项目概况\n二、项目进展\n四、5G应用推广情况\n")] == [("NU001", 3, 1, "四、")]
    assert nu("一、项目概况\n二、项目进展\n三、5G应用推广情况\n") == []


def test_a_bulletins_contents_with_starred_entries():
    text = ("云溪县教育工作简报\n2024年第18期\n\n本期要目\n★全县学生健康体检工作全面完成\n★校园食品安全行动取得实效\n\n"
            "一、全县学生健康体检工作全面完成\n截至11月8日，全县共完成学生体检8.6万人。\n"
            "二、校园食品安全行动取得实效\n秋季开学以来，开展专项检查。\n")
    assert [f for f in nu(text) if f[0] == "NU001"] == []
    assert [f[0] for f in nu(text.replace("二、校园", "三、校园"))] == ["NU001"]


def test_a_bulletins_second_article_named_in_its_contents_numbers_from_one_again():
    text = ("农业农村工作简报\n本期要目\n1.全市农业经济运行稳中向好\n2.大围山镇：“一村一品”激活乡村振兴\n"
            "全市农业经济运行稳中向好\n一、农业生产总体稳定\n内容。\n二、农民收入稳步增长\n内容。\n"
            "大围山镇：“一村一品”激活乡村振兴\n近年来，该镇发展特色产业。\n一、立足资源选产业\n内容。\n"
            "二、培育主体强带动\n内容。\n三、融合发展增效益\n内容。\n")
    assert [f for f in nu(text) if f[0] == "NU001"] == []
    # under the listed title the outline is checked as before
    assert [f[:3] for f in nu(text.replace("三、融合", "四、融合"))] == [("NU001", 16, 1)]
    # a sentence in its place opens no new part: 一、 repeats
    prose = text.replace("\n大围山镇：“一村一品”激活乡村振兴\n", "\n大围山镇发展特色产业，成效明显\n")
    assert [f[:4] for f in nu(prose) if f[0] == "NU001"][:1] == [("NU001", 12, 1, "一、")]
    # unless the contents list names it: then it is the article's title, over a lead of a few
    # paragraphs
    listed = prose.replace("2.大围山镇：“一村一品”激活乡村振兴", "2.大围山镇发展特色产业，成效明显")
    assert [f for f in nu(listed) if f[0] == "NU001"] == []
    longer = listed.replace("近年来，该镇发展特色产业。\n", "近年来，该镇发展特色产业。\n“以前没有产业。”\n村民说。\n")
    assert [f for f in nu(longer) if f[0] == "NU001"] == []


BULLETIN = ("安全生产工作简报\n街道召开安全生产月动员部署会\n会议明确了以下三项任务。\n一、开展集中宣传。\n"
            "二、组织应急演练。\n（一）消防演练。\n（二）防汛演练。\n三、进行隐患排查。\n"
            "白沙镇：“积分超市”激活乡村治理新动能\n今年以来，白沙镇推行积分管理。\n"
            "一、定标准。\n二、建机制。\n")


def test_a_bulletins_next_article_under_its_headline_numbers_from_one_again():
    assert [f for f in nu(BULLETIN) if f[0] in ("NU001", "NU002")] == []
    md = BULLETIN.replace("白沙镇：“积分超市”激活乡村治理新动能", "## 积分管理").replace("街道召开", "## 街道召开")
    assert [f for f in nu(md, path="a.md") if f[0] in ("NU001", "NU002")] == []
    # the new part is checked as before: 一、 then 三、 skips
    assert [f[:4] for f in nu(BULLETIN.replace("二、建机制", "三、建机制"))] == [("NU001", 12, 1, "三、")]


@pytest.mark.parametrize("between", [
    "今年以来，白沙镇推行积分管理，成效明显。\n",  # only prose before the 一、
    "同志们\n今年以来，白沙镇推行积分管理。\n",  # a line too short to title a part
    "白沙镇推行积分管理成效明显\n今年以来，白沙镇推行积分管理。\n再看下一步。\n",  # the title too far back
])
def test_a_repeated_one_without_a_title_of_its_own_is_still_reported(between):
    text = BULLETIN.replace("白沙镇：“积分超市”激活乡村治理新动能\n今年以来，白沙镇推行积分管理。\n", between)
    assert [f[:4] for f in nu(text) if f[0] == "NU001"][:1] == [("NU001", text.split("\n").index("一、定标准。") + 1, 1, "一、")]


ROSTER = ("关于表彰2025年度先进集体和先进个人的决定\n一、先进集体（4个）\n县应急管理局\n县消防救援大队\n"
          "城关镇人民政府\n白沙镇人民政府\n二、先进个人（3名）\n王　海　　县应急管理局副局长\n"
          "赵明川　　南坪村党支部书记、村民委员会主任\n马　丽（女，回族）　　白沙镇干部\n\n中共青山县委员会\n")


def test_a_bulleted_contents_list_ends_where_numbered_headings_begin():
    text = ("企业服务月简报\n本期导读\n●市领导带队开展“企业服务月”集中走访活动\n●融资对接会成功举办\n"
            "一、市领导带队开展集中走访活动\n内容。\n二、融资对接会成功举办\n内容。\n")
    assert [f for f in nu(text) if f[0] == "NU001"] == []
    assert [f[3] for f in nu(text.replace("二、融资对接会", "三、融资对接会")) if f[0] == "NU001"] == ["三、"]


@pytest.mark.parametrize("text, slip", [
    # the stages of a plan
    ("三、实施步骤\n第一阶段：动员部署（3月1日至3月5日）。\n内容。\n第二阶段：集中整治。\n内容。\n"
     "第三阶段：总结评估。\n内容。\n", ("第三阶段", "第四阶段")),
    # the sites a host leads the visitors to
    ("第一站，观摩产业园项目。\n介绍。\n第二站，观摩物流园区项目。\n介绍。\n第三站，观摩新材料项目。\n",
     ("第三站", "第二站")),
])
def test_steps_counted_through_the_draft(text, slip):
    assert nu(text) == []
    assert [f[3] for f in nu(text.replace(*slip))] == [slip[1]]


TWO_SCRIPTS = ("职工运动会开幕式主持词\n（2025年9月20日）\n同志们：\n下面，我宣布开幕式开始。\n进行第一项：运动员入场。\n"
               "进行第二项：升国旗。\n开幕式到此结束。\n\n职工运动会闭幕式主持词\n（2025年9月27日）\n"
               "各位领导，同志们：\n经过八天角逐，运动会圆满完成各项比赛。\n本届运动会成绩喜人。\n下面，我宣布闭幕式开始。\n"
               "进行第一项：宣读获奖名单。\n进行第二项：颁奖。\n")


def test_a_second_document_in_the_file_restarts_the_items_counted_through():
    # a title over a dateline opens a new script: its 第一项 starts again
    assert nu(TWO_SCRIPTS) == []
    assert [f[3] for f in nu(TWO_SCRIPTS.replace("进行第二项：颁奖", "进行第三项：颁奖"))] == ["第三项"]
    # without the dateline, a title four paragraphs up is too far to open a new part
    undated = TWO_SCRIPTS.replace("\n（2025年9月27日）\n", "\n")
    assert [f[3] for f in nu(undated)] == ["第一项"]


TWO_SESSIONS = ("一、预备会议\n预备会议共有两项议程。\n下面进行第一项议程，通过主席团名单。\n下面进行第二项议程，通过大会议程。\n"
                "二、正式会议\n各位代表：\n大会现在开幕。\n大会共有三项议程。\n下面进行大会第一项议程，听取工作报告。\n"
                "下面进行大会第二项议程，审议提案。\n下面进行大会第三项议程，领导讲话。\n")


def test_a_top_heading_restarts_the_items_counted_through():
    # 一、预备会议 … 二、正式会议: each session counts its own items
    assert nu(TWO_SESSIONS) == []
    assert [f[3] for f in nu(TWO_SESSIONS.replace("大会第三项", "大会第四项"))] == ["第四项"]
    # under one heading, a second 第一项 is a slip
    one = TWO_SESSIONS.replace("二、正式会议\n", "").replace("大会共有三项议程。\n", "")
    assert [f[3] for f in nu(one) if f[0] == "NU001"] == ["第一项"]


def test_a_roster_with_role_labels_a_lead_in_and_blank_lines():
    group = ("（一）活动领导小组（共5人）\n\n组　长：李文涛　市市场监督管理局局长\n\n"
             "副组长：王海燕　市市场监督管理局副局长\n\n成　员：张三、李四、王五\n")
    assert nu(group) == []
    assert [f[3] for f in nu(group.replace("共5人", "共6人"))] == ["6人"]
    guests = ("出席今天座谈会的代表（3位）：\n\n张桂兰　城东区早餐店经营者\n\n李志勇　城西区维修部经营者\n\n"
              "王春燕　高新区母婴用品店经营者\n")
    assert nu(guests) == []
    assert [f[3] for f in nu(guests.replace("3位", "4位"))] == ["4位"]
    md = "## 二、抽查检查人员（共3名）\n\n本批次抽取的检查人员如下：\n\n- 王立新（信用监管科）\n- 刘晓明（执法稽查支队）\n- 陈　静\n"
    assert nu(md, path="a.md") == []
    assert [f[3] for f in nu(md.replace("共3名", "共4名"), path="a.md")] == ["4名"]


def test_cases_numbered_through_a_bulletin():
    text = ("【案例一】“老娘舅”巧解宅基地纠纷\n一、基本案情\n内容。\n二、调解过程\n内容。\n三、调解结果\n内容。\n"
            "【案例二】多方联动化解欠薪纠纷\n一、基本案情\n内容。\n三、调解结果\n内容。\n【案例三】心理疏导化解婚姻纠纷\n内容。\n")
    assert [f[3] for f in nu(text) if f[3].startswith("案例")] == []
    # the 三、 between is no 案例三
    assert [f[3] for f in nu(text.replace("【案例三】", "【案例四】")) if f[3].startswith("案例")] == ["案例四"]


def test_item_lines_of_a_markdown_paragraph_are_items():
    text = "### （一）健全机制\n\n内容。\n\n1.建立分级处置流程。\n2.建立限时办结制度。\n（3）建立跟踪回访制度。\n"
    assert [f[:4] for f in nu(text, path="a.md")] == [("NU004", 7, 1, "（3）")]
    assert nu(text.replace("（3）", "3."), path="a.md") == []


VENUES = ("会议共设5个分会场，各分会场安排见下表。\n分会场　　地点　　负责人\n东城区　　区政府　　王海\n"
          "西城区　　区政府　　李明\n南城区　　区政府　　张强\n北城区　　区政府　　赵刚\n开发区　　管委会　　刘伟\n")


def test_a_count_the_table_below_lists():
    assert nu(VENUES) == []
    finding = only(VENUES.replace("5个分会场", "6个分会场"), "NU002")
    assert (finding.text, finding.suggestion) == ("6个", "5个")
    assert finding.message == "前面说“6个”，下表列出了5行（从“东城区”到“开发区”）"
    table = ("预警分为蓝色、黄色、橙色、红色四个等级，具体标准见下表。\n\n| 预警等级 | 标准 |\n| --- | --- |\n"
             "| 蓝色 | 50毫米 |\n| 黄色 | 80毫米 |\n| 橙色 | 120毫米 |\n| 合计 | — |\n")
    assert [f[3] for f in nu(table, path="a.md")] == ["四个"]  # the total row is no level


def test_a_table_row_for_the_rest_lists_several():
    text = ("调研涉及的4个乡镇及全县低保对象分布情况见下表。\n\n| 乡镇 | 在保户数 |\n| --- | --- |\n| 城关镇 | 842 |\n"
            "| 白沙乡 | 615 |\n| 石门镇 | 703 |\n| 梅山镇 | 528 |\n| 其余7个乡镇 | 3740 |\n| 合计 | 6428 |\n")
    assert nu(text, path="a.md") == []
    assert [f[3] for f in nu(text.replace("| 其余7个乡镇 | 3740 |\n", "| 青山乡 | 3740 |\n"), path="a.md")] == ["4个"]


def test_a_header_read_both_as_a_row_and_as_the_next_tables_header():
    text = ("共改造小区4个，具体见下表。\n序号　小区名称　　所属社区　　户数（户）\n1　　电力新村　　江滨社区　　624\n"
            "2　　教师公寓　　江滨社区　　198\n3　　航运宿舍　　码头社区　　356\n")
    findings = check_text(text, select=["NU002"])
    assert [(f.text, f.suggestion) for f in findings] == [("4个", "3个")]


def test_a_count_written_after_its_noun_the_table_below_lists():
    text = ("共梳理问题4个，具体见下表。\n序号　　反馈问题　　责任单位\n1　　扬尘管控　　住建局\n"
            "2　　污水直排　　水利局\n3　　秸秆焚烧　　农业局\n")
    assert [f[3] for f in nu(text)] == ["4个"]
    assert nu(text.replace("问题4个", "问题3个")) == []
    # a column that adds up to the count: the table breaks it down by kind
    kinds = "争取项目31个，具体见下表。\n项目类别　　项目数\n大气　　12\n水体　　19\n"
    assert nu(kinds) == []
    # the counted noun titles a column of figures, not the rows: 两项补贴 over quarters
    quarters = "共发放两项补贴资金924万元，各季度情况具体见下表：\n季度\t生活补贴\t护理补贴\n第一季度\t91\t138\n第二季度\t92\t139\n第三季度\t93\t140\n"
    assert nu(quarters) == []


@pytest.mark.parametrize("change", [
    ("会议共设6个分会场，", "会议共设6个分会场、3个会务组，"),  # two counts: which one the table lists?
    ("分会场　　地点", "区域　　地点"),  # the header does not name what was counted
    ("会议共设6个分会场，", "实行“6个分会场”联动，"),  # a slogan in quotes
    ("见下表。\n", "见下表。\n说明一。\n说明二。\n说明三。\n"),  # the table is too far below
    ("会议共设6个分会场，", "会议共设6个分会场，排名前5位的"),  # the table lists another figure
])
def test_a_count_the_table_may_not_list_is_left_alone(change):
    assert nu(VENUES.replace("5个分会场", "6个分会场").replace(*change)) == []


HONOURS = ("决定授予王丽华等3名同志“三八红旗手”称号，授予市第一人民医院妇产科等2个集体“三八红旗集体”称号。\n\n"
           "附件：1.三八红旗手名单\n2.三八红旗集体名单\n\n"
           "| 序号 | 姓名 | 工作单位及职务 |\n| --- | --- | --- |\n| 1 | 王丽华 | 市第一人民医院主任医师 |\n"
           "| 2 | 陈晓燕 | 市实验中学教师 |\n| 3 | 周桂英 | 龙潭镇新坪村党支部书记 |\n\n"
           "| 序号 | 集体名称 |\n| --- | --- |\n| 1 | 市第一人民医院妇产科 |\n| 2 | 石门县龙潭镇妇联 |\n")


def test_an_honour_count_the_roster_table_lists():
    assert nu(HONOURS, path="a.md") == []
    finding = only(HONOURS.replace("等2个集体", "等3个集体"), "NU002", path="a.md")
    assert (finding.text, finding.suggestion) == ("3个", "2个")
    assert finding.message == "前面说“3个”，名单列出了2个（从“市第一人民医院妇产科”到“石门县龙潭镇妇联”）"
    # people are counted in the column of names
    assert [f[3] for f in nu(HONOURS.replace("等3名同志", "等4名同志"), path="a.md")] == ["4名"]
    assert [f[3] for f in nu(HONOURS.replace("等3名同志", "等4名先进个人"), path="a.md")] == ["4名"]


@pytest.mark.parametrize("change", [
    # two tables of names: which one lists the count is not known
    ("| 序号 | 集体名称 |", "| 序号 | 姓名 |"),
    # the table lists no collectives
    ("| 序号 | 集体名称 |", "| 序号 | 单位 |"),
    # no 等 before the count: no roster is counted
    ("授予市第一人民医院妇产科等3个集体", "授予3个集体"),
])
def test_an_honour_count_no_one_roster_lists_is_left_alone(change):
    text = HONOURS.replace("等2个集体", "等3个集体").replace("等3名同志", "等4名同志")
    assert [f for f in nu(text.replace(*change), path="a.md") if f[3] == "3个"] == []


HONOUR_HEADINGS = ("决定授予市第一人民医院产科等3个集体“江州市三八红旗集体”称号；授予王丽娟等2名同志“江州市三八红旗手”称号。\n"
                   "江州市妇女联合会\n\n附件\n\n一、江州市三八红旗集体（3个）\n江州市第一人民医院产科\n"
                   "江州市第一中学高三年级组\n江州市税务局纳税服务中心\n\n二、江州市三八红旗手（2名）\n"
                   "王丽娟　江州市第一人民医院产科主任\n刘春燕　江州钢铁集团有限公司质检中心主任\n")


def test_an_honour_count_against_the_heading_of_its_list():
    assert nu(HONOUR_HEADINGS) == []
    text = HONOUR_HEADINGS.replace("等3个集体", "等4个集体")
    finding = only(text, "NU002")
    assert (finding.line, finding.text, finding.suggestion) == (1, "4个", "3个")
    assert finding.message == "前面说“4个”，第6行的名单标题是“3个”"
    assert [f[3] for f in nu(HONOUR_HEADINGS.replace("等2名同志", "等3名同志"))] == ["3名"]
    # a heading its own list does not bear out is the roster check's to report, at the heading
    wrong_heading = HONOUR_HEADINGS.replace("红旗集体（3个）", "红旗集体（4个）")
    assert [f[:2] for f in nu(wrong_heading)] == [("NU002", 6)]
    # a list headed by another honour's name, or by none, is not compared
    assert nu(text.replace("“江州市三八红旗集体”称号", "“江州市巾帼文明岗”称号")) == []
    assert nu(text.replace("一、江州市三八红旗集体（3个）", "一、先进集体（3个）")) == []


PUBLISHED = ("现将6名拟任人选情况予以公示。\n\n一、拟任人选名单\n\n| 序号 | 姓名 | 拟任职务 |\n| --- | --- | --- |\n"
             "| 1 | 谭立军 | 白沙镇党委书记 |\n| 2 | 彭晓慧 | 河口镇镇长候选人 |\n| 3 | 曾志远 | 县委办公室副主任 |\n"
             "| 4 | 邓雨桐 | 桃林乡党委副书记 |\n| 5 | 贺建国 | 县乡村振兴服务中心主任 |\n")


def test_a_count_of_people_made_public_the_table_of_names_lists():
    finding = only(PUBLISHED, "NU002", path="a.md")
    assert (finding.text, finding.suggestion) == ("6名", "5名")
    assert nu(PUBLISHED.replace("6名", "5名"), path="a.md") == []
    # a table titled otherwise lists something else
    assert nu(PUBLISHED.replace("| 姓名 |", "| 单位 |"), path="a.md") == []
    # a count that makes nothing public
    assert nu(PUBLISHED.replace("予以公示", "进行了考察"), path="a.md") == []


def test_a_roster_heading_counts_the_names_under_it():
    assert nu(ROSTER) == []
    finding = only(ROSTER.replace("先进集体（4个）", "先进集体（5个）"), "NU002")
    assert (finding.line, finding.text, finding.suggestion) == (2, "5个", "4个")
    assert finding.message == "标题说“5个”，下面列出了4个（从第3行到第6行）"
    # a roster appended under 附：
    appended = "## 附：2024年度养老服务工作先进集体（3个）\n\n- 城关镇敬老院\n- 白沙镇敬老院\n"
    assert [f[3] for f in nu(appended, path="a.md")] == ["3个"]
    # a numbered roster counts one entry a number
    numbered = "四、带班县领导（共3人）\n1.陈立华　县委副书记、县长\n2.刘建国　县委常委、常务副县长\n3.王红梅　副县长\n"
    assert nu(numbered) == []
    assert [f[3] for f in nu(numbered.replace("共3人", "共4人"))] == ["4人"]
    # names set apart by 顿号 count one by one
    units = ROSTER.replace("县应急管理局\n县消防救援大队\n", "县应急管理局、县消防救援大队、县交通运输局\n")
    assert [f[3] for f in nu(units)] == ["4个"]
    assert nu(units.replace("先进集体（4个）", "先进集体（5个）")) == []


def test_figures_in_a_post_or_a_bracket_after_a_name_are_part_of_the_line():
    units = "一、先进集体（3个）\n市市场监督管理局知识产权保护科\n市市场监督管理局消费者权益保护科（12315投诉举报中心）\n市食品药品检验检测中心\n"
    people = "二、先进个人（3名）\n唐海波　市计量测试检定所副所长\n袁　芳　市标准化研究院干部\n潘志远　市12315投诉举报中心干部\n"
    assert nu(units + people) == []
    assert [f[3] for f in nu(units.replace("3个", "4个") + people.replace("3名", "4名"))] == ["4个", "4名"]
    # a figure in the line itself ends the list: 各2名 is no name
    assert nu("一、先进集体（3个）\n城关镇、白沙镇各2个\n县应急管理局\n") == []


def test_a_grade_in_a_units_name_a_note_in_brackets_and_the_minutes_keeper_end_no_roster_early():
    units = ("二、五四红旗团支部（3个）\n江州高新区星火科技有限公司团支部\n江州市第二中学高二（3）班团支部\n"
             "江州师范学院文学院2022级汉语言文学专业团支部\n（此件公开发布）\n")
    assert nu(units) == []
    assert [f[3] for f in nu(units.replace("3个", "4个"))] == ["4个"]
    # the people who kept and chaired the minutes are no names of the list above them
    assert nu("附：村民代表签到表（47人）\n记录人：蒋玉兰\n主持人：罗振华\n") == []


ATTENDANCE = "出席人员（共12人）：王建国、李红梅、赵志强、陈宏、刘洋、孙立新、周敏、吴海波、郑晓东、冯雪、黄志成（局长）\n"


def test_a_count_in_brackets_with_the_names_after_its_colon():
    finding = only(ATTENDANCE, "NU002")
    assert (finding.line, finding.text, finding.suggestion) == (1, "12人", "11人")
    assert finding.message == "说“12人”，冒号后列出了11个"
    assert nu(ATTENDANCE.replace("共12人", "共11人")) == []


def test_a_class_number_in_brackets_is_part_of_the_rosters_label():
    line = "高三（2）班（5人）：杜梓涵、白子墨、林语嫣、董俊杰、段志远、陶欣妍\n"
    finding = only(line, "NU002")
    assert (finding.text, finding.suggestion) == ("5人", "6人")
    assert nu(line.replace("5人", "6人")) == []
    assert [f[3] for f in nu("高二（3）班（4人）\n宋逸凡\n孔锦程\n陆铭泽\n")] == ["4人"]


@pytest.mark.parametrize("line", [
    "列席人员（共6人）：县财政局、县审计局等单位\n",  # 等: not all named
    "出席人员（共12人）：县级领导3人、部门负责人9人\n",  # counts, not names
    "出席人员（共12人）：王建国　李红梅、赵志强\n",  # spaces may part names or pad one
    "参会人员（共12人）：各乡镇分管负责同志，县直有关部门主要负责同志\n",
    "7.宣传报道组（3人）：负责演练过程的拍照、录像和宣传报道工作。\n",  # a duty, not names
])
def test_names_after_a_colon_that_cannot_be_counted_for_certain(line):
    assert nu(line) == []


@pytest.mark.parametrize("change, heading", [
    (("王　海　　县应急管理局副局长", "王海　李明　张强"), "（3名）"),  # names set apart by spaces: one, or three
    (("县应急管理局\n县消防救援大队\n城关镇人民政府\n白沙镇人民政府\n", "城关镇、白沙镇各2个。\n"), "（4个）"),
])
def test_a_roster_that_cannot_be_counted_for_certain_is_left_alone(change, heading):
    text = ROSTER.replace(*change).replace(heading, "（9名）" if "名" in heading else "（9个）")
    assert nu(text) == []


def test_a_roster_ends_where_an_attachment_or_the_issuer_begins():
    text = "二、先进集体（2个）\n县应急管理局\n县消防救援大队\n附件\n县交通运输局\n"
    assert nu(text) == []
    # with a blank line or a date after it, the issuer's name may close the list
    assert nu(ROSTER.replace("\n\n中共青山县委员会\n", "\n中共青山县委员会\n2025年1月10日\n")) == []
    assert nu(ROSTER.replace("\n\n中共青山县委员会\n", "\n县交通运输局\n")) == [("NU002", 7, 8, "3名")]


def test_a_numbered_heading_named_in_the_contents_stays_in_its_outline():
    text = "目录\n一、总体要求\n二、主要任务\n一、总体要求\n内容。\n二、主要任务\n内容。\n一、主要任务\n"
    assert [f[:4] for f in nu(text) if f[0] == "NU001"] == [("NU001", 8, 1, "一、")]


def test_a_markdown_total_row_labelled_in_the_second_column():
    table = ("| 序号 | 费用项目 | 年度预算 | 实际发生 |\n|---|---|---|---|\n| 1 | 销售费用 | 4850 | 4626 |\n"
             "| 2 | 管理费用 | 5320 | 5187 |\n| 3 | 研发费用 | 3960 | 4105 |\n| — | 合计 | 14130 | 13918 |\n")
    assert check_text(table, select=["NU007"], path="a.md") == []
    wrong = table.replace("| 13918 |", "| 14018 |")
    assert [(f.line, f.text) for f in check_text(wrong, select=["NU007"], path="a.md")] == [(6, "14018")]


def test_a_clause_whose_heading_opens_with_a_unit_character():
    text = "3.4　年休假\n3.4.1　员工工作满1年的，年休假5天。\n3.4.2　年休假原则上应在当年度内休完。\n3.4.3　当年已享受寒暑假的，不享受年休假。\n"
    assert [f for f in nu(text) if f[0] == "NU001"] == []
    # glued to the number, the character makes it a quantity: 1.5年 is no clause
    assert [f for f in nu("1.1　总则\n1.2　范围\n1.5年以上的，按规定执行。\n") if f[0] == "NU001"] == []


def test_a_table_whose_cells_write_their_unit():
    table = ("乡镇\t行政村数（个）\t集体经济总收入\n城关镇\t28\t1896.2万元\n石门镇\t25\t1204.5万元\n"
             "兴隆镇\t24\t1160.3万元\n合计\t77\t4261.0万元\n")
    assert [f for f in nu(table) if f[0] == "NU007"] == []
    wrong = table.replace("4261.0万元", "4361.0万元")
    assert [f[3] for f in nu(wrong) if f[0] == "NU007"] == ["4361.0万元"]
    # cells in different units are no column to add up
    assert [f for f in nu(wrong.replace("1204.5万元", "1204.5元")) if f[0] == "NU007"] == []


def test_a_list_of_amounts_without_a_header_is_read_whole():
    text = ("村集体经济发展项目资金预算明细\n1．土地平整及场地硬化　　18万元\n2．校舍加固改造　　26万元\n"
            "3．冷库建设　　42万元\n合计　　86万元\n")
    assert [f for f in nu(text) if f[0] == "NU007"] == []


def test_groups_announced_with_类():
    text = "重点推荐以下四类人群接种：\n（一）60岁及以上老年人；\n（二）6月龄至5岁儿童；\n（三）慢性病患者；\n（四）医务人员；\n（五）孕妇。\n"
    assert [f[:4] for f in nu(text) if f[0] == "NU002"] == [("NU002", 1, 7, "四类")]
    assert [f for f in nu(text.replace("四类", "五类")) if f[0] == "NU002"] == []


def test_groups_and_stages_numbered_with_their_measure_word():
    groups = ("根据群众需求，组建以下六个义诊小组：\n第一组：内科组。由内科专家组成。\n第二组：外科组。由外科专家组成。\n"
              "第三组：妇儿组。由妇科、儿科专家组成。\n第四组：五官组。由眼科专家组成。\n第五组：检验组。配备血糖仪。\n"
              "各小组设组长1名。\n")
    assert nu(groups) == [("NU002", 1, 12, "六个")]
    assert nu(groups.replace("六个", "五个")) == []
    stages = "第一阶段：动员部署（4月）。\n第二阶段：集中整治（5月）。\n第四阶段：总结提升（6月）。\n"
    assert [f[:4] for f in nu(stages)] == [("NU001", 3, 1, "第四阶段")]
    assert nu(stages.replace("第四", "第三")) == []
    # named in running text, a group is no item: 第一组数据, 第二组，第三组
    assert nu("第一组数据偏高，第二组，第三组和第五组偏低。今天第一阶段，明天第二阶段。") == []


def test_an_agenda_of_steps_with_their_measure_word():
    steps = "今天的讲座共有四项议程：\n第一项，请领导致辞；\n第二项，请主任作专题讲座；\n第三项，现场互动答疑。\n下面进行第一项议程。\n"
    assert [f[:4] for f in nu(steps) if f[0] == "NU002"] == [("NU002", 1, 8, "四项")]
    # a last step announced without its number, a paragraph or two after the list
    closing = steps.replace("四项", "四项").replace("下面进行第一项议程。\n", "（互动）\n最后，请主任总结讲话。\n")
    assert [f for f in nu(closing) if f[0] == "NU002"] == []


# --- points shared out down the outline of a 考核细则 (score_sums.py) ---------------------------

SCORED_ARTICLE = ("第五条　党建引领（30分）主要考核以下内容：\n"
                  "1.组织建设（10分）。“两委”班子团结有力，“三会一课”制度落实到位。\n"
                  "2.党员队伍建设（10分）。按计划完成党员发展任务，党员教育培训全覆盖。\n"
                  "3.党风廉政建设（10分）。村务公开及时规范，全年无村干部违纪违法案件。\n")
SCORED_SECTIONS = ("考核实行百分制，由以下四个方面组成：\n"
                   "（一）信息采集质量，30分。主要考核基础信息的完整率和准确率。\n"
                   "（二）巡查走访情况，25分。主要考核巡查次数和重点人员走访记录。\n"
                   "（三）事件上报处置，25分。主要考核上报事件数量和跟踪反馈情况。\n"
                   "（四）群众满意度，20分。每季度随机抽取30户居民进行电话回访。\n")


@pytest.mark.parametrize("text, where, message", [
    (SCORED_ARTICLE.replace("3.党风廉政建设（10分）", "3.党风廉政建设（8分）"), "30分",
     "“党建引领”的分值30分与其下各项分值之和不符：10分＋10分＋8分＝28分"),
    (SCORED_SECTIONS.replace("群众满意度，20分", "群众满意度，15分"), "百分制",
     "总分100分（百分制）与各项分值之和不符：30分＋25分＋25分＋15分＝95分"),
    (SCORED_SECTIONS.replace("考核实行百分制", "考核总分100分").replace("事件上报处置，25分", "事件上报处置，30分"),
     "总分100分", "总分100分与各项分值之和不符：30分＋25分＋30分＋20分＝105分"),
    # points in brackets with a word before them, decimals
    ("一、党的建设（满分20分）\n（一）组织建设（满分7.5分）\n（二）作风建设（满分7.5分）\n（三）廉政建设（满分4分）\n",
     "20分", "“党的建设”的分值20分与其下各项分值之和不符：7.5分＋7.5分＋4分＝19分"),
])
def test_points_of_a_heading_are_the_sum_of_its_items(text, where, message):
    finding = only(text, "NU006")
    assert (finding.text, finding.message) == (where, message)


def test_the_last_two_parts_before_a_sum_may_be_joined_by_和():
    assert nu("排查范围包括教学楼4栋、实验楼1栋、学生宿舍楼2栋和食堂1栋，共计8栋建筑。") == []
    assert only("评出一等奖3个、二等奖5个和三等奖8个，共计17个。", "NU006").text == "17个"


def test_a_named_whole_shared_out_in_one_sentence():
    text = "考核实行百分制，其中耕地保护30分、粮食生产25分、储备管理20分、流通监管15分、组织保障15分。考核得分90分以上为优秀。"
    finding = only(text, "NU006")
    assert (finding.text, finding.message) == ("百分制", "总分100分（百分制）与各项分值之和不符：30分＋25分＋20分＋15分＋15分＝105分")
    assert nu(text.replace("组织保障15分", "组织保障10分")) == []
    # a whole in points is the breakdown readers', reported once
    assert [f[0] for f in nu("考核实行百分制，满分100分，其中A项40分、B项30分、C项20分、D项15分。")] == ["NU006"]
    # tiers are alternatives; a clause after the items leaves the list unread
    assert nu("考核实行百分制，其中优秀90分以上、良好80分。") == []
    assert nu("考核实行百分制，其中耕地保护30分、粮食生产25分，其余由各地自定。") == []


@pytest.mark.parametrize("text", [
    SCORED_ARTICLE,
    SCORED_SECTIONS,
    # tiers of one score are alternatives, not parts
    "（一）群众满意度（10分）\n1.满意率90%以上（10分）\n2.满意率80%至90%（8分）\n3.满意率80%以下（5分）\n",
    "（一）考核等次（20分）\n1.优秀（20分）\n2.良好（15分）\n3.合格（10分）\n",
    "（一）群众满意度（10分）\n1.满意率95%以上（8分）\n2.满意率85%至95%（4分）\n",
    # a bonus item is outside the whole
    SCORED_SECTIONS + "（五）加分项，5分。获得市级以上表彰的加分。\n",
    # an item without its points: the items are not all counted
    SCORED_ARTICLE.replace("3.党风廉政建设（10分）", "3.党风廉政建设"),
    # points per occurrence or a deduction are not an item's share
    "（一）组织生活（10分）\n1.参加支部党员大会（每次2分）\n2.参加主题党日（每次1分）\n",
    "（二）安全生产（10分）\n1.发生一般事故的（扣3分）\n2.未按时上报的（扣2分）\n",
    # results reported, not points shared out: a whole declared nowhere near
    "考核实行百分制。\n全县各单位考核结果如下。\n一、城关镇，92分。\n二、河口镇，88分。\n",
    "考核实行百分制，全县各单位考核结果如下：\n一、城关镇，92分。\n二、河口镇，88分。\n三、东关街道，85.5分。\n",
    # a score in a sentence, not after a heading's title
    "一、党建工作。全年考核得分28分，排名第一。\n二、经济发展。全年考核得分25分，排名第二。\n",
])
def test_points_of_a_heading_lookalikes(text):
    assert [f for f in nu(text) if f[0] == "NU006"] == []


@pytest.mark.parametrize("text, summed", [
    # a total as large as each part counts the same things its noun names (家庭)
    ("授予王建国家庭等50户家庭“最美家庭”称号，其中文明和谐家庭18户、书香家庭12户、绿色家庭10户、廉洁家庭12户。",
     "18户＋12户＋10户＋12户＝52户"),
    ("全市共抽中调查小区86个，其中城镇调查小区52个、乡村调查小区36个。", "52个＋36个＝88个"),
])
def test_new_sets_and_households_counted_by_kind(text, summed):
    assert only(text, "NU006").message.endswith(summed)


@pytest.mark.parametrize("text", [
    "分为四个等次，其中评为“好”等次的86个、“较好”等次的172个。",  # the total counts the kinds
    "全市共抽中调查小区88个，其中城镇调查小区52个、乡村调查小区36个。",
])
def test_new_sets_and_households_lookalikes(text):
    assert [f for f in nu(text) if f[0] == "NU006"] == []


def test_parts_of_another_opener_are_reported_once_at_the_total_they_split():
    text = "对8个先进集体、56名先进个人予以表彰。\n其中，8个先进集体包括优秀项目部3个、先进班组4个。"
    assert only(text, "NU006").line == 2


def test_parts_after_a_comma_far_above_the_total_count_other_things():
    text = "今年以来，共派出专家下基层坐诊320人次，接收上转患者1860人次、下转患者940人次。"
    assert [f for f in nu(text) if f[0] == "NU006"] == []
    assert only("共派出专家320人次，接收上转患者180人次、下转患者120人次。", "NU006").text == "320人次"


def test_a_quoted_set_followed_by_more_items_is_one_item():
    assert nu("培训乡镇分管负责同志、水库“三个责任人”和村级防汛责任人等共计860人次。") == []
    assert only("坚持人民至上、生命至上“三个至上”。", "NU003").text == "三个"
