"""Punctuation rules PU001–PU009: defects found at the exact characters, look-alikes left alone,
fixes that touch only the flagged characters and settle after one run."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.errors import ConfigError
from checker.fixes import fix_document
from checker.testing import check_text, make_engine, read_text

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures" / "punctuation"
PU = ["PU001", "PU002", "PU003", "PU004", "PU005", "PU006", "PU007", "PU008", "PU009"]


def hits(text, rule, path="draft.txt", **kwargs):
    """(flagged text, line, column) of one rule's findings."""
    return [(f.text, f.line, f.column) for f in check_text(text, select=[rule], path=path, **kwargs)]


def fix_text(text, select=PU, path="draft.txt", unsafe=False):
    engine = make_engine(select)
    outcome = fix_document(read_text(text, path), engine.check,
                           lambda data: read_text(data.decode("utf-8"), path), unsafe=unsafe)
    return outcome.data.decode("utf-8")


# --- PU001 half-width marks -----------------------------------------------------------------

PU001_DEFECTS = [
    ("同志们:", [(":", 1, 4)]),
    ("刚才,“六项活动”领导小组分别汇报了情况", [(",", 1, 3)]),
    ("推动枸杞、林果等特色产业提质增效上;恩和、舟塔等乡镇", [(";", 1, 18)]),
    ("国有企业党组织:要大力推行党建加依法治企", [(":", 1, 8)]),
    ("是这样吗?", [("?", 1, 5)]),
    ("冲啊!!!", [("!", 1, 3), ("!", 1, 4), ("!", 1, 5)]),
    ("党委(党组)负责", [("(", 1, 3), (")", 1, 6)]),
    ("(1)加强学习", [("(", 1, 1), (")", 1, 3)]),
    ('他说"要抓落实"。', [('"', 1, 3), ('"', 1, 8)]),
    ("你用过ChatGPT?", [("?", 1, 11)]),
    ("“六项活动”,全面提升基层组织建设水平", [(",", 1, 7)]),
    ("'四个意识'要牢记", [("'", 1, 1), ("'", 1, 6)]),
    ("国内生产总值(GDP)增长", [("(", 1, 7), (")", 1, 11)]),
    ("访问www.gov.cn,了解详情", [(",", 1, 13)]),
    ("时间:2022年2月10日", [(":", 1, 3)]),
    ("一是加强学习.二是提高本领.", [(".", 1, 7), (".", 1, 14)]),
    ("（一）,加强领导", [(",", 1, 4)]),
    ("他说:\"好!\"", [(":", 1, 3), ('"', 1, 4), ("!", 1, 6), ('"', 1, 7)]),
    ("增长50%,同比提高3个百分点", [(",", 1, 6)]),
    ("第一段,\n第二段;", [(",", 1, 4), (";", 2, 4)]),
]


@pytest.mark.parametrize("text,expected", PU001_DEFECTS, ids=[t for t, _ in PU001_DEFECTS])
def test_pu001_flags_ascii_marks_in_chinese(text, expected):
    assert hits(text, "PU001") == expected


def test_pu001_leaves_a_reference_list_in_its_standard_form():
    refs = ("参考文献：\n[1] 张明华. 县域公共数字文化服务效能提升路径研究[J]. 图书馆工作与研究, 2023(5): 12-19.\n"
            "[2] 中共中央办公厅, 国务院办公厅. 关于推进实施国家文化数字化战略的意见[EB/OL]. (2022-05-22).\n"
            "[3] 周文斌. 公共文化服务数字化建设实务[M]. 北京: 知识产权出版社, 2021: 112-135.\n")
    assert hits(refs, "PU001") == []
    # a numbered line that is no reference entry is still read
    assert [h[0] for h in hits("[1] 各单位要高度重视,认真落实。", "PU001")] == [","]


def test_pu001_markdown_emphasis_is_looked_through():
    assert hits("**注意**:这是重点。", "PU001", path="draft.md") == [(":", 1, 7)]


def test_pu001_fixes_are_full_width_and_safe():
    findings = check_text("刚才,领导小组:汇报;好吗?好!", select=["PU001"])
    assert [(f.suggestion, f.fix.safety) for f in findings] == [
        ("，", "safe"), ("：", "safe"), ("；", "safe"), ("？", "safe"), ("！", "safe")]
    assert findings[0].message == "中文里用了半角逗号“,”，应为全角“，”"


def test_pu001_full_stop_is_safe_in_running_text_and_unsafe_in_a_bare_heading():
    first, last = check_text("一是加强学习.二是提高本领.", select=["PU001"])
    assert (first.fix.safety, last.fix.safety) == ("safe", "safe")
    (heading,) = check_text("第一章.总则", select=["PU001"])
    assert heading.fix.safety == "unsafe"


def test_pu001_full_stop_before_a_closing_quote():
    assert hits('古人说:"不积跬步,无以至千里."我们要记住', "PU001") == [
        (":", 1, 4), ('"', 1, 5), (",", 1, 10), (".", 1, 16), ('"', 1, 17)]
    assert hits("他说：‘我再想想.’", "PU001") == [(".", 1, 9)]


def test_pu001_angle_brackets_for_title_marks():
    assert [(f.text, f.column, f.suggestion) for f in check_text("学习<<关于安全生产的通知>>精神", select=["PU001"])] == [
        ("<<", 3, "《"), (">>", 14, "》")]
    assert [(f.text, f.column, f.suggestion) for f in check_text("《关于印发<安全生产办法>的通知》", select=["PU001"])] == [
        ("<", 6, "〈"), (">", 13, "〉")]


def test_pu001_straight_pair_beside_curly_quotes_is_converted_here_not_in_pu002():
    assert hits('他说"好"，又说“对”。', "PU001") == [('"', 1, 3), ('"', 1, 5)]
    assert hits('他说"好"，又说“对”。', "PU002") == []
    assert hits('开展“六项活动“的情况，他说"好"。', "PU002") == [("“", 1, 8)]
    assert hits('开展“六项活动“的情况，他说"好"。', "PU001") == [('"', 1, 15), ('"', 1, 17)]


def test_pu002_straight_quotes_that_close_and_open_curly_pairs():
    findings = check_text('他说“好"，又说"对”。', select=["PU002"])
    assert [(f.text, f.column, f.suggestion, f.fix.safety) for f in findings] == [
        ('"', 5, "”", "safe"), ('"', 9, "“", "safe")]
    assert hits('他说“好"，又说"对”。', "PU001") == []


def test_pu001_odd_straight_quotes_are_reported_without_a_fix():
    (finding,) = check_text('他说"要抓落实。', select=["PU001"])
    assert finding.column == 3 and finding.fix is None and "不成对" in finding.message


PU001_LOOKALIKES = [
    "CPI上涨2.1%", "5G网络全覆盖", "PM10浓度下降", "H7N9疫情防控", "Bluetooth耳机", "上午9:45开会",
    "按照1:2的比例", "登录www.gov.cn查询", "亩产450公斤，即45公斤/亩的增幅", "e.g. 这样", "投入1,000元",
    "08:38:00", "时间:2022-02-10 08:38:00", "浏览:1203", "He said: yes, we can.", 'He said: "yes, we can!" 然后离开。', "调用print()函数",
    "型号ZX-2000(B)型", "报告(终稿).docx已上传", "好的:)我知道了", "1)加强学习", "参见Smith, J. (2020). 的论述",
    "文件名为通知.pdf", "don't worry", "Xi'an是古都", "一.加强学习", "构建了1+2+3+4党建工作体系",
    "继续采取“9个规定主题+”的形式", "35岁以下的分别要达到50%以上", "打开C:\\Users目录", "约翰福音3:16说",
    "比分3:2领先", '原话是 "Be prepared." 这一点', "f(x)=x+1", "发邮件到li@a.cn,wang@b.cn", "数值为三.五倍",
    "登录OA系统", "R&D经费投入强度达到2.8%", "“Made in China 2025”战略", "于17:00前报送",
    "如果 a<b 且 c>d，则成立", "x << 2 的结果", "《关于<a>的说明》", "文字&nbsp;文字",
    "正文。\n一.加强学习", "正文。\n1)加强学习",
]


@pytest.mark.parametrize("text", PU001_LOOKALIKES)
def test_pu001_leaves_lookalikes_alone(text):
    assert hits(text, "PU001") == []


@pytest.mark.parametrize("text", [
    "详见[通知](https://a.gov.cn/x?a=1,b=2)。", "配置在`a,b;c`中。", "命令：\n\n```\nprint(\"你好,世界\")\n```\n",
    "<!-- 注释:内部 -->\n正文。", "术语\n: 定义的内容\n", "---\ntitle: \"总结: 2025\"\n---\n正文。\n",
])
def test_pu001_leaves_markdown_syntax_and_code_alone(text):
    assert hits(text, "PU001", path="draft.md") == []


# --- PU002 pairs ----------------------------------------------------------------------------

PU002_DEFECTS = [
    ("加强对全县”六项活动”的组织指导", [("”", 1, 6)]),
    ("开展“六项活动“的情况", [("“", 1, 8)]),
    ("学习《中国共产党章程的体会", [("《", 1, 3)]),
    ("各党委（工委要负责", [("（", 1, 4)]),
    ("这是规定）的要求", [("）", 1, 5)]),
    ("‘他说“好”’", [("‘", 1, 1)]),
    ("他强调“要抓落实\"。", [('"', 1, 9)]),
    ("〈关于《章程》的说明〉", [("〈", 1, 1)]),
    ("他说“好”，又说对”。", [("”", 1, 10)]),
    ("【打击倒卖活动", [("【", 1, 1)]),
    ("（一）加强领导】", [("】", 1, 8)]),
    ("他说：“我们要加强学习。", [("“", 1, 4)]),
    ("对照《测评体系（2025年版》抓落实", [("（", 1, 8)]),
    ("“第一段引文。\n第二段不是引文。", [("“", 1, 1)]),
]


@pytest.mark.parametrize("text,expected", PU002_DEFECTS, ids=[t for t, _ in PU002_DEFECTS])
def test_pu002_flags_broken_pairs(text, expected):
    assert hits(text, "PU002") == expected


def test_pu002_pairs_never_cross_a_blank_line():
    assert hits("他说：“我们要\n\n继续努力。”", "PU002", path="draft.md") == [("“", 1, 4), ("”", 3, 6)]


def test_pu002_reversed_quote_fix_is_safe_when_the_rest_pairs_up():
    (finding,) = check_text("加强对全县”六项活动”的组织指导工作。“六项活动”能否抓实", select=["PU002"])
    assert (finding.suggestion, finding.fix.safety) == ("“", "safe")
    assert finding.message == "双引号方向错误：前引号写成了后引号「”」，应为「“」"


def test_pu002_reversed_closing_quote_points_at_its_opening_partner():
    (finding,) = check_text("开展“六项活动“的情况", select=["PU002"])
    assert finding.fix.edits[0].replacement == "”"
    assert [(r.start, r.end) for r in finding.related] == [(2, 3)]


def test_pu002_unclosed_marks_have_no_fix():
    (finding,) = check_text("学习《中国共产党章程的体会", select=["PU002"])
    assert finding.fix is None and finding.message == "书名号“《”没有配对的“》”"


PU002_LOOKALIKES = [
    "学习《关于〈中国共产党章程〉的说明》", "他说：“这是‘关键少数’的责任。”", "【打击倒卖活动】",
    "1）加强学习，2）提高本领。", "〔2024〕3号", "it’s fine，don't worry", "（一）加强领导",
    "“四个意识”“四个自信”", "a）第一项", "好的:)", "“……”", "《“十四五”规划》", "党委（党组）",
    "“第一段引文。\n“第二段引文。”", "他说：“我们要\n继续努力。”",
]


@pytest.mark.parametrize("text", PU002_LOOKALIKES)
def test_pu002_leaves_lookalikes_alone(text):
    assert hits(text, "PU002") == []


def test_pu002_quote_closing_on_the_next_line_of_a_markdown_paragraph():
    assert hits("正如一位老同志所说：“防汛工作\n没有终点，只有起点。”\n", "PU002", path="draft.md") == []


# --- PU003 repeats --------------------------------------------------------------------------

PU003_DEFECTS = [
    ("各乡镇，，各部门", [("，，", 1, 4)]),
    ("取得了成效。。", [("。。", 1, 6)]),
    ("认识不够到位。，思想上", [("。，", 1, 7)]),
    ("抓好落实；；", [("；；", 1, 5)]),
    ("是这样吗？。", [("？。", 1, 5)]),
    ("冲啊！！！！", [("！！！！", 1, 3)]),
    ("主要有：：", [("：：", 1, 4)]),
    ("学习、、工作", [("、、", 1, 3)]),
    ("好！，我们", [("！，", 1, 2)]),
]


@pytest.mark.parametrize("text,expected", PU003_DEFECTS, ids=[t for t, _ in PU003_DEFECTS])
def test_pu003_flags_repeats(text, expected):
    assert hits(text, "PU003") == expected


def test_pu003_fix_safety_and_severity():
    same, mixed, stack = check_text("各乡镇，，各部门。，好！！！！", select=["PU003"])
    assert (same.suggestion, same.fix.safety) == ("，", "safe")
    assert (mixed.suggestion, mixed.fix.safety) == ("。", "unsafe")
    assert (stack.severity, stack.fix.safety) == ("info", "unsafe")
    assert check_text("是这样吗？。", select=["PU003"])[0].suggestion == "？"


@pytest.mark.parametrize("text", [
    "这是真的吗？！", "冲啊！！！", "什么？？", "等等……", "他说：“好。”，", "一二三——四五", "时间不等人。。。",
    "“好！”“好！”", "真的！？",
])
def test_pu003_leaves_lookalikes_alone(text):
    assert hits(text, "PU003") == []


# --- PU004 ellipsis and dash ----------------------------------------------------------------

PU004_DEFECTS = [
    ("等等...", [("...", 1, 3)], "safe"),
    ("时间不等人。。。", [("。。。", 1, 6)], "safe"),
    ("还有⋯⋯", [("⋯⋯", 1, 3)], "safe"),
    ("还有…", [("…", 1, 3)], "safe"),
    ("还有………", [("………", 1, 3)], "safe"),
    ("等等......", [("......", 1, 3)], "safe"),
    ("还有···", [("···", 1, 3)], "safe"),
    ("目标--建设一流队伍", [("--", 1, 3)], "safe"),
    ("目标－－建设", [("－－", 1, 3)], "safe"),
    ("目标—建设", [("—", 1, 3)], "unsafe"),  # info: it may be a range mark (北京—上海)
    ("目标———建设", [("———", 1, 3)], "unsafe"),
    ("2020一一2025年", [("一一", 1, 5)], "unsafe"),
    ("他说：“我……我一一”", [("一一", 1, 9)], "unsafe"),
    ("项目推进—需求调研、方案设计", [("—", 1, 5)], "unsafe"),  # a route word must follow, not 阶段
    ("分三步推进—第一阶段", [("—", 1, 6)], "unsafe"),
    # two dashes around a short aside are no chain of stages
    ("这项工作—说到底—是为了群众。", [("—", 1, 5), ("—", 1, 9)], None),
]


@pytest.mark.parametrize("text,expected,safety", PU004_DEFECTS, ids=[t for t, _, _ in PU004_DEFECTS])
def test_pu004_flags_wrong_forms(text, expected, safety):
    assert hits(text, "PU004") == expected
    findings = check_text(text, select=["PU004"])
    assert {f.fix.safety for f in findings} == {safety or "unsafe"}


def test_pu004_single_dash_between_han_is_only_info():
    (finding,) = check_text("目标—建设", select=["PU004"])
    assert finding.severity == "info"
    assert check_text("目标———建设", select=["PU004"])[0].severity == "warning"


def test_pu004_suggests_the_standard_forms():
    findings = check_text("等等...目标--建设，2020一一2025年", select=["PU004"])
    assert [f.suggestion for f in findings] == ["……", "——", "—"]


@pytest.mark.parametrize("text", [
    "等等……", "“……”", "2020—2025年", "北京——上海", "不再一一列举", "一一对应", "wait...", "运行--help查看",
    "e.g. 3.14", "A—B型", "省略两段…………", "1—2个", "目标――建设", "<!-- 注释 -->", "时间为3月1日—6月10日",
    "对反馈的问题一一整改，逐项销号。", "第十一一线的同志",
    "沅岚—江屿城际快速路建成通车。", "乘坐北京—上海方向的高铁。", "江屿—白沙水上观光航线暂停运营。",
    "开通青禾—澜城往返班车。", "| 合计 | — | 39 |",
    "将大坪—县城、白石—县城2条线路的日均班次由6班增加至10班。",  # a list of routes
    "采用设计—建设—拥有—运营（DBOO）模式。", "按照申报—初审—复核—公示—审批的流程办理。",
])
def test_pu004_leaves_lookalikes_alone(text):
    assert hits(text, "PU004") == []


def test_pu004_a_dash_before_a_list_that_is_no_route():
    assert len(hits("坚持一个原则—县城优先、乡镇跟进。", "PU004")) == 1


# --- PU005 spacing --------------------------------------------------------------------------

PU005_DEFECTS = [
    ("各级党组织， 要切实履行职责。", [(" ", 1, 7)], "safe"),
    ("我们要 加强学习，提高本领。", [(" ", 1, 4)], "unsafe"),
    ("抓好落实 。", [(" ", 1, 5)], "safe"),
    ("要抓好落实，\u3000确保实效。", [("\u3000", 1, 7)], "safe"),
    ("这是第一句。 这是第二句。", [(" ", 1, 7)], "safe"),
    ("他说 “好”，我们同意。", [(" ", 1, 3)], "safe"),
    ("要抓好落实。  ", [("  ", 1, 7)], "safe"),
    ("共\u30003个乡镇，成效明显。", [("\u3000", 1, 2)], None),
    # a full-width space inside a sentence is not the layout of a speaker or issuer line
    ("镇长\u3000周立新同志讲话。", [("\u3000", 1, 3)], "unsafe"),
    ("要抓好落实，镇长\u3000周立新", [("\u3000", 1, 9)], "unsafe"),
    ("各单位要\u3000认真落实、抓好整改", [("\u3000", 1, 5)], "unsafe"),
    ("城乡布局\u3000合理，功能完善。", [("\u3000", 1, 5)], "unsafe"),
    ("依据本办法第一条\u3000制定细则，报市政府备案。", [("\u3000", 1, 9)], "unsafe"),
    ("请联系办公室\u3000王芳同志，电话如下。", [("\u3000", 1, 7)], "unsafe"),
    ("赵明川\u3000要抓好党建、发展两件大事。", [("\u3000", 1, 4)], "unsafe"),
    ("各单位要认真部\u3000署，抓好落实。", [("\u3000", 1, 8)], "unsafe"),
    # a sex after a name is a list's layout only when the line opens with the name
    ("这次评选中，周晓岚\u3000女同志表现突出。", [("\u3000", 1, 10)], "unsafe"),
    ("这次评选中周晓岚\u3000女\u3000同志表现突出，值得学习。", [("\u3000", 1, 9), ("\u3000", 1, 11)], "unsafe"),
    ("会议于9:30\u3000召开，请准时参加。", [("\u3000", 1, 8)], None),
    ("3\u3000投诉类\u3000举报类都要办结，不得拖延。", [("\u3000", 1, 6)], "unsafe"),
    # a heading under an outline marker with a word split by one space
    ("（四）参加视察调研和民主 监督", [(" ", 1, 13)], "unsafe"),
    ("二、加强 领导", [(" ", 1, 5)], "unsafe"),
    # halves long enough to stand in parallel, but a word runs across the space: 道路交通
    ("（四）深入开展道路 交通安全宣传教育", [(" ", 1, 10)], "unsafe"),
    ("（四）深入开展道路\u3000交通安全宣传教育", [("\u3000", 1, 10)], "unsafe"),
    # a name in a list one a line, spaced where its neighbours are not
    ("一、先进集体\n城东执法中队\n城南执法 中队\n城北执法中队", [(" ", 3, 5)], "unsafe"),
    ("  （一）民主 监督", [(" ", 1, 8)], "unsafe"),  # an indented heading
    ("会议定于5月20日\u3000在三楼召开，请准时参加。", [("\u3000", 1, 10)], "unsafe"),
]


@pytest.mark.parametrize("text,expected,safety", PU005_DEFECTS, ids=[repr(t) for t, _, _ in PU005_DEFECTS])
def test_pu005_flags_stray_spaces(text, expected, safety):
    assert hits(text, "PU005") == expected
    findings = check_text(text, select=["PU005"])
    assert {f.fix.safety if f.fix else None for f in findings} == {safety}


def test_pu005_trailing_space_is_info():
    (finding,) = check_text("要抓好落实。  ", select=["PU005"])
    assert finding.severity == "info" and finding.message == "行尾多余的2个空格"


@pytest.mark.parametrize("text", [
    "\u3000\u3000同志们，大家好。", "仅供学习 禁止外传", "会员群：                      免费QQ群：         ",
    "使用 Python 开发，效率很高。", "1. 加强组织领导。", "县委办公室  2025年8月20日", "张\u3000三",
    "甲方：张三    乙方：李四，签字有效。", "现在订阅立享前3年的所有权益和资料 ", "  缩进的段落，内容。",
    "共 3 个乡镇，成效明显。", "联系人：王\u3000芳，电话：0991-8888888。", "- 加强学习，提高本领。",
    "镇党委副书记、镇长\u3000周立新", "主持人：县委常委、宣传部部长\u3000孙丽", "集团党委书记、董事长\u3000林国栋",
    "宣读《中共云溪县委办公室\u3000云溪县人民政府办公室关于表彰先进的决定》。",
    "市委办公室\u3000市政府办公室印发《实施方案》，请认真执行。",
    "（联系人：节庆活动科\u3000罗嘉禾，联系电话：0745-2876415）", "主持人：县委宣传部\u3000孙丽；记录人：办公室\u3000王芳。",
    "赵明川\u3000\u3000桐溪区南坪村党支部书记、村民委员会主任", "郑晓岚（女）\u3000\u3000石湄县云口乡党委副书记、乡长",
    "第一条\u3000为了规范数据管理，制定本办法。", "\u3000\u3000第十二条\u3000本办法自印发之日起施行。",
    "1.周晓岚\u3000女，1985年6月生，石桥镇卫生院副院长", "（2）王海涛\u3000男，1979年3月生，社区党委书记",
    "6\u3000赵国平\u3000男\u3000青石县白沙镇柳塘村党支部书记、村委会主任",
    "一、9:30—9:45\u3000传达学习全国、全省教育工作会议精神（市教育局副局长\u3000何\u3000静）",
    "2.10:30\u3000宣读表彰决定，颁奖。", "（市委常委、宣传部部长\u3000刘振华）",
    "3\u3000投诉类、举报类\u30005个工作日\u3000可申请延期1次",
    "1\u3000江州市康华医院\u300036.42\u3000追回违规资金，处违法金额1.5倍罚款",  # a sentence in the last cell
    "4月8日（星期二）\u300014:00—18:00\u3000报到；19:30—21:00\u3000开班式、破冰活动",
    "县（市、区）\u3000驻村第一书记（名）\u3000工作队员（名）\u3000小计（名）\n城东区\u300012\u300016\u300028",
    "赵国平\u3000男\u3000青石县白沙镇柳塘村党支部书记、村委会主任",
    # a heading in two parallel halves, a heading's year, a date and its hours
    "（一）坚持问题导向 聚焦重点难点", "（二）加强组织领导 强化责任落实", "（三）凝心聚力谋发展 真抓实干开新局",
    "（一）坚持问题导向\u3000聚焦重点难点", "（二）加强\u3000领导",
    "张三 男\n李四男",  # a one-character ending shared by chance
    # rows of a table set apart by single full-width spaces, their last cells listing names
    "组　别　牵头单位　负责乡镇（街道）\n第一组　县自然资源局　城关街道、清江镇、青石镇\n第二组　县农业农村局　白马镇、龙潭镇",
    "（一）2025年 工作目标", "（三）党建 引领 发展",
    "6月1日（星期日）：带班领导\u3000王海波（市水利局局长），值班人员\u3000李强（市水利局）",
        "接待时间：每月15日\u30009:00—11:30、14:30—17:00", "会议定于5月20日\u30009:00在三楼召开，请准时参加。",
    # a schedule's days and hours, a résumé's months, set apart from what happens in them
    "9月3日上午\u3000开班式；下午\u3000专题讲座《习近平新时代中国特色社会主义思想概论》",
    "9月10日（星期三）\u3000上午9:00—11:30\u3000开班式、专题辅导；下午14:30—17:00\u3000专题讲座。",
    "9月13日（星期六）至9月14日（星期日）\u3000自主学习、撰写学习体会",
    "曾庆华：2002.07—2008.03\u3000河口镇农业综合服务站技术员；2008.03—2016.01\u3000河口镇党委委员；2016.01—\u3000石门镇党委书记。",
    "2019年7月—2021年3月\u3000在县委办公室工作。",
    # joint issuers in a cited title, spaced as their own site prints them
    "根据《财政部 农业农村部 国家乡村振兴局 国家民委 国家林草局关于印发〈衔接资金管理办法〉的通知》要求，现将有关事项通知如下。",
    "\u3000\u3000\u3000\u3000陈德胜\u3000集团副总经理、安全总监",
    # an attendee's post with a note in brackets
    "请假：赵明亮\u3000县委常委、常务副县长（在省委党校参加培训，请假）",
])
def test_pu005_leaves_lookalikes_alone(text):
    assert hits(text, "PU005") == []


@pytest.mark.parametrize("text", [
    "会议于9月3日\u3000召开，请准时参加。",  # a date inside a sentence
    "我们从2019.07\u3000开始这项工作。",
    "请假：赵明亮\u3000因公出差，未能参会。",  # a sentence, not a post
    "县财政局 要会同县审计局加强监督。",  # an office, then a sentence: outside a title
    "1\u3000我们要进一步抓好\u3000落实，确保取得实效。",  # a numbered paragraph is no table row
    "会议先学习文件；随后9时许\u3000大家分组讨论。",  # 9时许 is no clock
    "县（市、区）\u3000驻村第一书记\n我们要抓好落实，确保实效。",  # no row below, and two titles
])
def test_pu005_a_space_after_a_date_inside_a_sentence(text):
    assert [f.rule.id for f in check_text(text, select=["PU005"])] == ["PU005"]


FIGURES = "全年开展比对4次，新增12人，减少3人，增加5个，完成8项，覆盖16个乡镇，投入20万元，建成30个站点。\n"


def test_pu005_a_figure_spaced_from_han_in_a_draft_that_never_does_so():
    text = FIGURES * 2 + "新增认定困难学生 236名，退出152名。\n"
    (finding,) = check_text(text, select=["PU005"])
    assert (finding.line, finding.column, finding.severity) == (3, 9, "warning")
    assert finding.message.startswith("汉字与数字之间多余的空格：“生 2”，全文其余")
    assert finding.fix.safety == "unsafe"
    # the digit may stand before the space too
    assert [f.line for f in check_text(FIGURES * 2 + "新增认定困难学生236 名。\n", select=["PU005"])] == [3]


@pytest.mark.parametrize("text", [
    # spacing figures from Chinese is the draft's style
    "全年开展比对 4 次，新增 12 人，减少 3 人，增加 5 个，完成 8 项，覆盖 16 个乡镇。\n" * 2 + "新增 236 名。\n",
    # too few figures to tell a style, or too many spaced ones to call them slips
    "新增认定困难学生 236名，退出152名。\n",
    FIGURES * 2 + "新增认定困难学生 236 名，退出 152 名。\n",
    # an account, a phone number or a floor of a forum, not a count
    FIGURES * 2 + "请添加客服微信号：bgzwy2023 获取Word版。\n",
    FIGURES * 2 + "更多宣传稿，请加QQ：1836620457 获取。\n",
    FIGURES * 2 + "回复 2# 老周：写得不错，感谢分享！\n",
])
def test_pu005_figures_spaced_from_han_that_are_no_slip(text):
    assert hits(text, "PU005") == []


def test_pu005_a_numbered_row_whose_cells_are_set_apart_by_wide_gaps():
    row = "1　　理论学习不够深入　　制定年度学习计划，每月开展一次集中学习　　林小军　　长期坚持\n"
    assert hits(row, "PU005") == []
    # a numbered sentence with a wide gap or two is no row
    assert [h[0] for h in hits("1　　要加强学习，　　提高本领。\n", "PU005")] == ["\u3000\u3000"]


def test_pu005_keeps_markdown_hard_breaks_and_spaces_by_syntax():
    assert hits("第一行，  \n第二行。\n\n**重点** 工作，抓落实。", "PU005", path="draft.md") == []


# --- PU006 enumeration commas ---------------------------------------------------------------

PU006_DEFECTS = [
    ("（一）、加强组织领导", [("、", 1, 4)]),
    ("(二)、提高认识", [("、", 1, 4)]),
    ("（1）、加强学习", [("、", 1, 4)]),
    ("①、提高认识", [("、", 1, 2)]),
    ("加强学习。（二）、提高认识", [("、", 1, 9)]),
    ("树牢“四个意识”、“四个自信”", [("、", 1, 9)]),
    ("学习《党章》、《准则》", [("、", 1, 7)]),
    ("1. 加强学习\n2、提高本领", [("、", 2, 2)]),
]


@pytest.mark.parametrize("text,expected", PU006_DEFECTS, ids=[t for t, _ in PU006_DEFECTS])
def test_pu006_flags_needless_enumeration_commas(text, expected):
    quoted = {"PU006": {"quoted": True}}
    assert hits(text, "PU006", options=quoted) == expected
    # after a marker the standard leaves no choice: a warning; the rest is a matter of form
    after_marker = not any(mark in text for mark in "”》") and "2、" not in text
    assert all(f.severity == ("warning" if after_marker else "info")
               for f in check_text(text, select=["PU006"], options=quoted))


def test_a_comma_after_a_bracketed_marker_is_reported_once():
    text = "一、总体要求\n（一）、指导思想\n（二）基本原则\n"
    findings = check_text(text, select=["PU006", "NU004"])
    assert [(f.rule.id, f.line, f.text) for f in findings] == [("PU006", 2, "、")]
    # without PU006, the outline rule still reports it
    assert [f.rule.id for f in check_text(text, select=["NU004"])] == ["NU004"]


def test_a_dot_after_a_bare_chinese_numeral_takes_the_enumeration_comma():
    text = "一.基本情况\n今年以来工作平稳。\n二．主要问题\n存在不足。\n\u3000\u3000三. 下一步打算\n"
    findings = check_text(text, select=["PU006", "NU004"])
    assert [(f.rule.id, f.line, f.text, f.suggestion, f.severity, f.fix.safety) for f in findings] == [
        ("PU006", 1, ".", "、", "warning", "safe"), ("PU006", 3, "．", "、", "warning", "safe"),
        ("PU006", 5, ".", "、", "warning", "safe")]
    assert findings[0].message == "序号“一”后面用顿号：应为“一、”，不用“.”"
    # without PU006, the outline rule still reports them
    assert [f.rule.id for f in check_text(text, select=["NU004"])] == ["NU004"] * 3


@pytest.mark.parametrize("text", [
    "一、基本情况", "1.基本情况", "一二·九运动纪念活动", "十.5级", "二.0版本的方案", "统一.规范",
    "他说一.二.三，然后开始。",
])
def test_a_dot_after_a_numeral_that_opens_no_heading_is_left_alone(text):
    assert hits(text, "PU006") == []


@pytest.mark.parametrize("text", ["树牢“四个意识”、“四个自信”", "学习《党章》、《准则》"])
def test_pu006_quoted_items_are_reported_only_when_asked(text):
    assert hits(text, "PU006") == []
    assert len(hits(text, "PU006", options={"PU006": {"quoted": True}})) == 1


def test_pu006_messages_name_the_items():
    first, second = check_text("建立“讲学”、“评学”、“考学”的机制", select=["PU006"], options={"PU006": {"quoted": True}})
    assert first.message == "标有引号的并列项之间通常不用顿号：“讲学”、“评学”"
    assert second.message.endswith("“评学”、“考学”")
    assert (first.fix.safety, check_text("（一）、加强", select=["PU006"])[0].fix.safety) == ("unsafe", "safe")


@pytest.mark.parametrize("text", [
    "（一）加强组织领导", "一、加强组织领导", "树牢“四个意识”“四个自信”", "第（一）、（二）项规定", "3、4月份",
    "《党章》（2022年修订）、《准则》", "1、加强学习\n2、提高本领", "“两委”、村民代表", "2019、2020年",
])
def test_pu006_leaves_lookalikes_alone(text):
    assert hits(text, "PU006") == []


def test_pu006_reads_a_markdown_heading_as_its_text():
    draft = "## 一、总体要求\n\n### （一）、指导思想\n\n### （二）基本原则\n\n文中（三）、四项不是序号。\n"
    assert [(f.line, f.message) for f in check_text(draft, select=["PU006"], path="plan.md")] == [
        (3, "序号“（一）”后面不加顿号")]


def test_pu006_arabic_option():
    assert hits("1、加强学习\n2、提高本领", "PU006", options={"PU006": {"arabic": "always"}}) == [
        ("、", 1, 2), ("、", 2, 2)]
    assert hits("1. 加强学习\n2、提高本领", "PU006", options={"PU006": {"arabic": "never"}}) == []


# --- PU007 full-width letters and digits ----------------------------------------------------

PU007_DEFECTS = [
    ("２０２４年", [("２０２４", 1, 1)]),
    ("ＣＰＩ上涨", [("ＣＰＩ", 1, 1)]),
    ("Ｂ超检查", [("Ｂ", 1, 1)]),
    ("圆周率约为３．１４", [("３．１４", 1, 6)]),
    ("第１，２条", [("１", 1, 2), ("２", 1, 4)]),
]


@pytest.mark.parametrize("text,expected", PU007_DEFECTS, ids=[t for t, _ in PU007_DEFECTS])
def test_pu007_flags_full_width_alphanumerics(text, expected):
    assert hits(text, "PU007") == expected


def test_pu007_fix_converts_to_half_width():
    assert [f.suggestion for f in check_text("２０２４年ＣＰＩ约为３．１４", select=["PU007"])] == ["2024", "CPI", "3.14"]


@pytest.mark.parametrize("text", ["2024年", "ＸＸ同志", "CPI上涨", "第三节", "同志们，　大家好", "百分之五十"])
def test_pu007_leaves_lookalikes_alone(text):
    assert hits(text, "PU007") == []


# --- The seeds: short sentences quoted from the five real drafts ----------------------------

SEED_DEFECTS = [
    # 002: scraped with ASCII punctuation throughout
    ("同志们:", "PU001", [(":", 1, 4)]),
    ("下面,就进一步抓好“六项活动”,我讲四点意见:", "PU001", [(",", 1, 3), (",", 1, 16), (":", 1, 23)]),
    ("一、进一步提高思想认识,高度重视开展“六项活动”", "PU001", [(",", 1, 12)]),
    ("主席说:“拜人民群众为师,这就灵了。”", "PU001", [(":", 1, 4), (",", 1, 13)]),
    ("体现在农村大环境治理、农田水利建设、旧城开发改造上;交通、财政", "PU001", [(";", 1, 26)]),
    ("加强对全县”六项活动”的组织指导工作。", "PU002", [("”", 1, 6)]),
    # 003
    ("国有企业党组织:要大力推行党建加依法治企、加企业改革", "PU001", [(":", 1, 8)]),
    ("社区党组织:要围绕推进基层治理体系科学化", "PU001", [(":", 1, 6)]),
    # 002 and 004: quoted items separated by 顿号 (GB/T 15834 4.5.3.5), reported when asked
    ("建立“讲学”、“评学”、“考学”的学评机制", "PU006", [("、", 1, 7), ("、", 1, 12)]),
]


@pytest.mark.parametrize("text,rule_id,expected", SEED_DEFECTS, ids=[t[:12] for t, _, _ in SEED_DEFECTS])
def test_seed_sentences_are_flagged(text, rule_id, expected):
    assert hits(text, rule_id, options={"PU006": {"quoted": True}}) == expected


SEED_CORRECT = [
    "今年以来，工委高度重视基层党建工作，构建了1+2+3+4党建工作体系。",
    "继续采取“9个规定主题+”和时间、内容、形式、缴纳党费“四个统一”的形式，巩固深化“党员固定活动日”制度。",
    "不断创新、丰富党建+工作载体和内容，探索一条符合本单位实际的新路子。",
    "新发展农村党员中高中以上文化程度、35岁以下的分别要达到50%以上。",
    "对2019年度乡镇党委书记述职点评出的问题按照“三单一账”要求，抓好整改落实。",
    "【打击倒卖活动】",
    "会员群：                      免费QQ群：         ",
    "按照1:2的比例从村“两委”副职、文书中培养村党组织书记后备人选，按照2:1的比例从优秀青年农民中培养。",
    "仅供学习 禁止外传",
    "现在订阅立享前3年的所有权益和资料 ",
    "党委（党组）要以理论学习中心组学习、民主生活会等制度为抓手。",
    "当然还有刚才通报的一系列具体问题，这里我不再一一列举。",
    "各党（工）委每月至少要向县委组织部报送一期工作动态（上半年，多数各单位信息报送不积极，今后要引起高度重视）。",
    "国投X港有限公司党委构建一二三四五党建工作体系（一个决定，两个意见，三项规则，四项工程，五大载体）。",
    "在市直机关庆祝建党99周年暨“七一”表彰大会上的讲话",
    "学会“十个指头弹钢琴”，既要突出重点，又要兼顾全面。",
    "要对照《XX管理党委班子成员若干措施》相关要求，抓好自身建设。",
]


@pytest.mark.parametrize("text", SEED_CORRECT, ids=[t[:12] for t in SEED_CORRECT])
def test_seed_correct_sentences_stay_clean(text):
    assert [(f.rule.id, f.text, f.column) for f in check_text(text, select=PU)] == []


# --- Fixing ---------------------------------------------------------------------------------

def test_fix_turns_a_scraped_paragraph_into_chinese_punctuation():
    before = "同志们:\n\n刚才,“六项活动”领导小组汇报了情况;加强对全县”六项活动”的组织指导。\n"
    after = "同志们：\n\n刚才，“六项活动”领导小组汇报了情况；加强对全县“六项活动”的组织指导。\n"
    assert fix_text(before) == after
    assert fix_text(after) == after


def test_fix_of_the_defect_fixture():
    text = (FIXTURES / "defects.txt").read_text(encoding="utf-8")
    fixed = fix_text(text).splitlines()
    assert fixed[1] == "同志们："
    assert fixed[3] == "刚才，市文明办通报了“五城同创”推进情况，三个区作了表态发言，讲得很好。"
    assert fixed[6] == "创建工作已经进入攻坚阶段，时间紧、任务重。我们要清醒地认识到……与先进城市相比差距依然不小。"
    assert fixed[8] == "（一）抓好市容环境整治。要以背街小巷为重点，全面清理乱堆乱放——做到发现一处、整改一处。"
    assert "１２０００" not in fixed[9] and "12000人" in fixed[9]
    assert fixed[12] == "我们 要以只争朝夕的精神，确保圆满完成今年的创建任务！"  # the Han–Han space is unsafe
    assert fix_text("\n".join(fixed) + "\n") == "\n".join(fixed) + "\n"


def test_cli_fix_changes_only_punctuation_and_a_second_fix_changes_nothing(cli, tmp_path):
    draft = tmp_path / "speech.txt"
    original = "同志们:\n刚才,“六项活动”领导小组汇报了情况;加强对全县”六项活动”的组织指导。等等...\n"
    draft.write_text(original, encoding="utf-8")
    cli(["--fix", "--select", "PU", "--no-progress", draft], cwd=tmp_path)
    once = draft.read_text(encoding="utf-8")
    assert once == "同志们：\n刚才，“六项活动”领导小组汇报了情况；加强对全县“六项活动”的组织指导。等等……\n"
    result = cli(["--fix", "--select", "PU", "--no-progress", draft], cwd=tmp_path)
    assert result.code == 0 and draft.read_text(encoding="utf-8") == once


# --- Data files -----------------------------------------------------------------------------

def test_team_data_adds_kept_phrases_and_forms(tmp_path):
    team = tmp_path / "team.toml"
    team.write_text(
        '[[keep]]\nphrase = "Wow!"\nreason = "栏目名称"\n\n'
        '[[form]]\npattern = "~~"\nright = "——"\nname = "破折号"\nsafe = true\nreason = "本单位误用双波浪线"\n\n'
        '[[width]]\nascii = "~"\nfull = "～"\nname = "浪纹线"\nreason = "中文里的浪纹线用全角"\n',
        encoding="utf-8",
    )
    data = {"punctuation": [team]}
    assert hits("欢迎收看Wow!栏目", "PU001", data=data) == []
    assert hits("欢迎收看Wow!栏目", "PU001") == [("!", 1, 8)]
    assert hits("目标~~建设", "PU004", data=data) == [("~~", 1, 3)]
    assert [(f.text, f.suggestion) for f in check_text("第3~5页", select=["PU001"], data=data)] == [("~", "～")]


def test_bad_pattern_in_team_data_is_a_config_error(tmp_path):
    team = tmp_path / "team.toml"
    team.write_text('[[keep]]\npattern = "(unclosed"\nreason = "坏的"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="invalid pattern"):
        check_text("同志们:", select=["PU001"], data={"punctuation": [team]})


# --- Whole drafts ---------------------------------------------------------------------------

def test_defect_fixture_findings():
    text = (FIXTURES / "defects.txt").read_text(encoding="utf-8")
    findings = check_text(text, select=PU, options={"PU006": {"quoted": True}})
    found = sorted({(f.line, f.rule.id) for f in findings})
    assert found == [
        (2, "PU001"), (3, "PU001"), (4, "PU002"), (7, "PU003"), (7, "PU004"), (9, "PU004"), (9, "PU005"),
        (9, "PU006"), (10, "PU006"), (10, "PU007"), (12, "PU002"), (13, "PU001"), (13, "PU005"), (14, "PU001"),
    ]


@pytest.mark.parametrize("name", ["clean.txt", "clean.md"])
def test_clean_fixtures_have_no_findings(name):
    path = FIXTURES / name
    findings = check_text(path.read_text(encoding="utf-8"), select=PU, path=name)
    assert [(f.line, f.column, f.rule.id, f.text) for f in findings] == []


# --- Property: fixes touch only flagged characters and settle -------------------------------

ALPHABET = list("党建工作一二人民要抓") + list(",:;?!()\"'.-<>") + list("，。、；：？！“”‘’（）《》〈〉【】…—－") + \
    list("aB09１Ａ") + [" ", "\u3000", "\n"]
PUNCT_AND_SPACE = set(",:;?!()\"'.-<>，。、；：？！“”‘’（）《》〈〉【】…—－ \u3000")


def content(text: str) -> str:
    """The text without punctuation and spaces, full-width letters and digits made half-width."""
    out = []
    for char in text:
        if char in PUNCT_AND_SPACE:
            continue
        if "０" <= char <= "９" or "Ａ" <= char <= "Ｚ" or "ａ" <= char <= "ｚ":
            char = chr(ord(char) - 0xFEE0)
        out.append(char)
    return "".join(out)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_fixes_stay_inside_their_findings_and_change_only_punctuation(text):
    for finding in check_text(text, select=PU):
        if finding.fix is not None:
            assert all(finding.start <= e.start <= e.end <= finding.end for e in finding.fix.edits), finding
    fixed = fix_text(text)
    assert content(fixed) == content(text)
    assert fix_text(fixed) == fixed


# --- Property: well-formed nesting is never reported ----------------------------------------

WORDS = st.sampled_from(["党建", "工作", "六项活动", "两委", "十四五", "学习", "2025年", "CPI"])


def _wrapped(inner, opening, closing):
    return inner.map(lambda text: opening + text + closing)


SINGLE_QUOTED = _wrapped(WORDS, "‘", "’")
INNER = st.lists(st.one_of(WORDS, SINGLE_QUOTED, _wrapped(WORDS, "（", "）")), min_size=1, max_size=4).map("".join)
TITLE = st.one_of(_wrapped(WORDS, "《", "》"), _wrapped(
    st.tuples(WORDS, _wrapped(WORDS, "〈", "〉")).map("".join), "《", "》"))
SEGMENT = st.one_of(WORDS, TITLE, _wrapped(INNER, "“", "”"), _wrapped(INNER, "（", "）"),
                    _wrapped(WORDS, "【", "】"))
# Sentences begin with a word: a paragraph opening with an unclosed “ before another that
# opens with “ is a quotation of several paragraphs (GB/T 15834-2011 4.8), rightly not reported.
SENTENCE = st.tuples(WORDS, st.lists(st.tuples(SEGMENT, st.sampled_from(["", "，", "、", "；"])), max_size=6)).map(
    lambda parts: parts[0] + "".join(a + b for a, b in parts[1]) + "。")


@settings(max_examples=150, deadline=None)
@given(st.lists(SENTENCE, min_size=1, max_size=4).map("\n".join))
def test_well_formed_pairs_are_never_reported(text):
    assert [(f.text, f.line, f.column, f.message) for f in check_text(text, select=["PU002"])] == []


@settings(max_examples=150, deadline=None)
@given(st.lists(SENTENCE, min_size=1, max_size=4).map("\n".join), st.data())
def test_one_broken_mark_is_reported_where_it_breaks(text, data):
    closers = [i for i, c in enumerate(text) if c in "”）】》"]
    openers = [i for i, c in enumerate(text) if c == "“"]
    if openers and data.draw(st.booleans()):
        at = data.draw(st.sampled_from(openers))  # turn an opening quote round: ”…”
        broken, expected = text[:at] + "”" + text[at + 1:], {at}
    elif closers:
        at = data.draw(st.sampled_from(closers))  # lose a closing mark: an opener is left unclosed
        opener = {"”": "“", "）": "（", "】": "【", "》": "《"}[text[at]]
        broken = text[:at] + text[at + 1:]
        # With same-kind brackets nested directly, （（党建）。 may be read either way.
        expected = {j for j in range(at) if text[j] == opener}
    else:
        return
    assert expected & {f.start for f in check_text(broken, select=["PU002"])}


# --- Long lines stay linear -----------------------------------------------------------------

def test_a_long_line_of_marks_is_checked_in_linear_time():
    import time

    unit = '目标—建设…等等...他说"好"，“对”‘是’（【《〈加强学习.提高本领)我们 要， '
    text = unit * (120_000 // len(unit))
    started = time.perf_counter()
    findings = check_text(text, select=PU)
    assert findings and time.perf_counter() - started < 10  # about half a second when linear


def test_han_test_without_regex_agrees_with_the_han_class_on_every_character():
    import re

    from checker_plugins.punctuation.chars import HAN_CLASS, has_han, is_han

    han = re.compile(HAN_CLASS)
    for code in [*range(0x32000), 0xE0100, 0x10FFFF]:  # past 0x3134F nothing is Han
        char = chr(code)
        assert is_han(char) == bool(han.match(char)), hex(code)
    assert is_han("一a") and not is_han("a一") and not is_han("") and not is_han(None)
    assert has_han("abc一") and not has_han("abc，")


# --- layouts and forms met in the drafts of fixtures/defects 64–83 ---------------------------------


@pytest.mark.parametrize("text", [
    # a title or slogan set in two halves
    "讲授专题党课《严守“六大纪律”　争做“四有”水利干部》，时长约45分钟。",
    "题目是《以“高效办成一件事”为牵引　推动审批服务提质增效》。",
    "决定开展“重温入党初心　争当服务先锋”主题党日活动。",
    # joint issuers in a title (GB/T 9704-2012 7.2.3)
    "为贯彻落实《中共中央　国务院关于推进乡村全面振兴的意见》，制定本方案。",
    # posts and names on a line of attendance
    "出席：常务副县长　吴文斌，副县长　赵海燕、孙立群。",
    "列席：市纪委监委驻市教育局纪检监察组组长　郑　伟；局办公室负责同志。",
    "*附：调研组成员：市政府研究室　李文涛、周　静、何晓明*",
])
def test_official_layout_spaces_are_clean(text):
    assert hits(text, "PU005") == []


@pytest.mark.parametrize("text,expected", [
    # a space inside a quoted sentence is not a title's
    ("他说：“各级党组织要　切实履行职责，抓好落实。”", "要　切"),
    # a space in running text after a post, with no attendance label
    ("会上，常务副县长　吴文斌作了讲话，副县长　赵海燕作了部署。", "长　吴"),
    # one half too short for a title
    ("主题为《学习　践行》的活动，大家参加。", "习　践"),
    # a space before a label in a sentence with one label only; one tab in a sentence
    ("会议要求，各单位　联系人：王明。", "位　联"),
    ("会议要求　大家：认真落实，抓好。", "求　大"),
    ("此次活动（由县委宣传　部门牵头）效果很好，大家参加。", "传　部"),
    ("请各单位认真做好\t准备工作，按时参加会议。", "好\t准"),
])
def test_stray_spaces_near_those_layouts_are_still_reported(text, expected):
    findings = check_text(text, select=["PU005"])
    assert findings and expected in findings[0].message


def test_double_hyphen_between_figures_is_a_range_mark():
    (finding,) = check_text("上午9:00--10:00参观纪念馆。", select=["PU004"])
    assert (finding.text, finding.suggestion, finding.fix.safety) == ("--", "—", "unsafe")
    assert hits("run 2023--2025 build", "PU004") == []  # no Chinese near


def test_hyphen_between_clock_times_is_the_range_mark():
    (finding,) = check_text("下午14:30-17:00，召开政银企对接会。", select=["PU004"])
    assert (finding.text, finding.suggestion, finding.severity, finding.fix.safety) == ("-", "—", "info", "unsafe")
    # beside a range written with the range mark, the draft mixes two forms
    mixed = "（一）9:00-9:20　观看警示片；\n（二）9:20—9:50　通报情况；"
    assert [(f.line, f.severity) for f in check_text(mixed, select=["PU004"])] == [(1, "warning")]
    for text in ("run 9:00-10:00 build", "联系电话：0736-1234567", "时间：2024-05-06", "9:00—11:30参观", "8:00～12:00考试"):
        assert hits(text, "PU004") == []


@pytest.mark.parametrize("text, right", [
    ("汛期前，5-6月集中开展排查。", "—"),
    ("规划期为2021-2025年，分三步实施。", "—"),
    ("第2-3季度完成验收。", "—"),
    ("对新建项目给予10万-30万元补助。", "～"),
    ("重点做好0-6岁儿童健康管理。", "～"),
    ("得分80-89分为良好。", "～"),
    ("覆盖率提高1.5-2个百分点。", "～"),
    ("（2024－2025学年）", "—"),
    ("其余8座计划于2026年6月-12月分批完成。", "—"),
    ("报名时间为3月1日-15日。", "—"),
    ("活动时间：2025年12月1日-2026年1月31日。", "—"),
])
def test_hyphen_between_figures_of_a_range_is_the_range_mark(text, right):
    (finding,) = check_text(text, select=["PU004"])
    assert finding.text in ("-", "－")
    assert (finding.suggestion, finding.severity, finding.fix.safety) == (right, "info", "unsafe")


def test_hyphen_range_beside_a_range_mark_is_a_warning():
    findings = check_text("考核得分80-89分为良好，60～79分为合格。", select=["PU004"])
    assert [(f.text, f.severity) for f in findings] == [("-", "warning")]


@pytest.mark.parametrize("text", [
    "按照GB/T 9704-2012标准排版。",  # a standard's number and year
    "执行GB 2763-2021年版限量标准。", "发文日期：2024-5-6日",
    "联系电话0736-1234567，欢迎来电。",
    "办公地址：人民路88-1号。",  # a house number
    "我队以3-1战胜对手。",  # a score
    "日期2024-05-06，地点待定。",
    "1-2号楼已封顶，3-1班获一等奖。",  # buildings and classes are not amounts
    "型号ZX-2000台式机", "COVID-19疫苗接种", "采购CPCD30-3吨叉车两台。", "run 5-6 build",
    "时间为5—6月，补助10万～30万元。",
])
def test_hyphens_that_are_not_range_marks_are_clean(text):
    assert hits(text, "PU004") == []


@pytest.mark.parametrize("text", [
    "在2024中国—东盟数字经济合作论坛上致辞。",
    "南宁是中国—东盟博览会的永久举办地，中国—中亚峰会在西安举行。",
])
def test_single_dash_joining_partners_of_a_cooperation_is_clean(text):
    assert hits(text, "PU004") == []


@pytest.mark.parametrize("text", [
    # a timetable: half-day, time and session set apart
    "四、课程安排\n3月16日（星期一）\n　上午　8:30　开班式；专题讲座：深入学习贯彻全会精神\n　全天　现场教学：赴青山镇观摩，7:50集合\n",
    # a table's header whose first cell holds a 顿号
    "各地开展情况如下：\n县（市、区）　　场次　　参与人次\n市本级　　　　　22　　　12600\n",
    # a news item's byline: unit and reporter in brackets
    "初步达成就业意向578人。（县人社局　周婷）",
    # a duty roster: date, then fields with their labels
    "10月2日（星期四）　带班领导：刘卫东　值班人员：赵雪、孙浩",
    # a news item's byline; a timetable's date and time
    "本报讯（记者　刘　洋　通讯员　陈思远）2025年12月11日上午，数字经济产业发展大会开幕。",
    "12月12日　9:00—12:00　数字文旅、智慧医疗平行论坛（会展中心B2、B3会议室）",
    "4月9日上午　开班仪式；安全生产重要论述解读",
    "10月11日　上午8:30—11:30　现场教学（花石镇湘莲种植基地、射埠镇生猪养殖场）",
    # a decimal clause number; a headline in halves of three; a title before its subtitle
    "3.1.2　组织准备。建立健全防汛抗旱组织指挥体系。",
    "本期共编发稿件两篇：《新学期　新气象　全县中小学生开学》《全县中稻开镰收割》。",
    "9月3日，举办“铭记历史　缅怀先烈——纪念中国人民抗日战争胜利80周年”主题活动。",
    # a byline closing a photo's caption
    "（图片：各界代表向抗日英烈纪念碑敬献鲜花。记者　周　健　摄）",
    # labels spaced out to the width of their neighbours; a post and a name in a table's cell
    "出　　席：李红梅、张志刚、刘建华\n联　系　人：王明，电话：0736-1234567。",
    # cells set apart by tabs, one holding a 顿号
    "11月12日（星期三）\t14:00—17:30\t选手报到、熟悉场地\t市技师学院1号楼大厅",
])
def test_timetables_tables_and_bylines_are_layout(text):
    assert hits(text, "PU005") == []


def test_the_levels_of_a_scheme_joined_by_single_marks():
    assert hits("文书档案按照年度—机构—保管期限进行分类、排列、编号。", "PU004") == []
    assert hits("采用“年度—机构—保管期限”的分类方法整理归档文件。", "PU004") == []
    assert hits("允许采用“年度—保管期限”的分类方法。", "PU004") == []
    # a title and its subtitle in quotes take a dash
    assert [h[0] for h in hits("开展“奋斗者—我身边的榜样”主题征文活动。", "PU004")] == ["—"]
    assert hits("按照问题—原因—措施的思路，查找不足。", "PU004") == []
    # an aside between two dashes follows no word that introduces a scheme
    assert [h[0] for h in hits("这项工作—说到底—是为了群众。", "PU004")] == ["—", "—"]
    # a quoted chain of three longer words, one quoting a name of its own, is a path
    assert hits("打通“网格员—社区工作者—社区‘两委’成员”的职业发展通道。", "PU004") == []
    assert hits("按照“创新型中小企业—专精特新中小企业—专精特新‘小巨人’企业”梯次建库。", "PU004") == []
    assert [h[0] for h in hits("打通“网格员—社区工作者”的通道。", "PU004")] == ["—"]


def test_a_chain_of_levels_joined_by_single_marks():
    assert hits("完善“街道—社区—网格”三级调处机制。", "PU004") == []
    assert [h[0] for h in hits("目标—建设一流队伍。", "PU004")] == ["—"]


def test_pu001_colon_of_a_drafts_own_field_before_a_figure():
    """浏览:1203 is part of a scraped info bar the AD rules delete whole; 联系电话:0736-… is a
    field of the draft itself, and its colon is written full width."""
    assert hits("联系电话:0736-6238120", "PU001") == [(":", 1, 5)]
    assert hits("申报日期:2025年6月20日", "PU001") == [(":", 1, 5)]


@pytest.mark.parametrize("text", [
    "2025年11月16日6:30至13:30，滨江大道（人民路—解放路）、南湖路（南桥头—湖滨东路）禁止通行。",
    "可经北环路—东外环—南环路绕行，或者经长江二桥通行。",
    # a section that starts at a building and ends at a junction or a gate
    "3.人民路（县体育中心—解放路口）两侧商户。",
    "4.滨江大道（青溪公园北门—东环路）沿线商户。",
    "1.白沙大道（镇政府—农贸市场段）两侧居民及商户；",
    "全市开通中欧班列（渝州—杜伊斯堡）常态化运行。",
    "校门—教学楼路段禁止停车，东门—南门之间实行单向通行。",
])
def test_road_sections_joined_by_a_single_mark(text):
    assert hits(text, "PU004") == []


def test_a_dash_before_a_road_outside_brackets_is_still_reported():
    assert [h[0] for h in hits("我们的目标—建设好人民路。", "PU004")] == ["—"]
    assert [h[0] for h in hits("（县体育中心—解放路口", "PU004")] == ["—"]
    assert [h[0] for h in hits("（这项工作—说到底—是为了群众）", "PU004")] == ["—", "—"]
    # 上门 is no gate: the mark after it sets a clause apart
    assert [h[0] for h in hits("要落实专人送水上门—确保不落一户、不漏一人。", "PU004")] == ["—"]
    assert [h[0] for h in hits("（目标—建设好人民路，打通断头路）", "PU004")] == ["—"]


def test_a_wide_table_with_some_single_gaps():
    text = ("地块编号　　　土地位置　　　　　　出让面积（平方米）　土地用途　　　出让年限\n"
            "LJ2025-G07　　经三路以东、纬五路以南　　35482.6　　　　二类居住用地　70年\n")
    assert hits(text, "PU005") == []
    assert hits("表1　2025年国庆节、中秋节放假安排", "PU005") == []


ROLL = ("出席今天大会的领导有：\n县委书记　方　毅同志；\n县委副书记、县长　苏建明同志；\n"
        "县政协主席　程　远同志；\n周：学校党委副书记邱　健先生；\n学校党委副书记、副校长　黄　蓉\n")


@pytest.mark.parametrize("text", [
    "新华社北京3月5日电　十四届全国人大三次会议3月5日上午在人民大会堂开幕，国务院总理作政府工作报告。",
    "本报讯　近日，县委召开常委会议，研究部署秋冬季森林防火工作。",
    "推动42家企业通过《企业知识产权合规管理体系 要求》（GB/T 29490—2023）认证。",
    "2. “是否住宿”栏填写“是”或“否”。",  # a list's number, then its item opening with a quote
])
def test_a_dateline_and_a_standards_title_are_layout(text):
    assert hits(text, "PU005") == []


def test_spaces_like_them_elsewhere_are_still_reported():
    assert len(hits("会议强调　要抓好秋冬季森林防火工作，确保安全。", "PU005")) == 1
    assert len(hits("推动企业落实《管理办法 细则》要求，确保安全。", "PU005")) == 1
    assert len(hits("他说 “好的”，2023. “新”的一年。", "PU005")) == 2  # a space before a quote mid-line


def test_a_roll_of_guests_pads_names_and_sets_posts_apart():
    assert hits(ROLL, "PU005") == []


@pytest.mark.parametrize("text, path", [
    ("序号　县（市、区）　检查单位数　检查设备数　发现隐患数\n1　城东区　86　1245　67\n", "a.txt"),  # column titles
    ("组　长：李文涛　市市场监督管理局党组书记、局长\n副组长：王海燕　市市场监督管理局副局长\n", "a.txt"),
    ("表演者：云溪县文化馆　刘春生、彭小芳、向阳\n", "a.txt"),  # a unit and its performers
    ("## 第一条　主办、承办单位\n", "a.md"),  # an article's number in a Markdown heading
])
def test_layout_spaces_of_tables_rosters_and_programmes(text, path):
    assert hits(text, "PU005", path=path) == []


def test_like_spaces_in_sentences_are_still_reported():
    assert len(hits("会议要求　各单位认真落实，确保实效。", "PU005")) == 1
    assert len(hits("县文化馆　刘春生表演了节目，大家都说好。", "PU005")) == 1


def test_a_padded_name_and_a_blank_date_are_no_stray_spaces():
    assert hits("王 芳、李明参加会议。", "PU005") == []
    assert hits("整改时限：2025年　月　日前。", "PU005") == []


def test_a_numbered_roll_of_speakers_ending_each_item_with_a_mark():
    roll = ("本次发布会共有三位发布人：\n1.市统计局党组书记、局长　郑立新；\n"
            "2.国家统计局江州调查队党组书记、队长　方海涛；\n3.市发展和改革委员会副主任　许文静。\n")
    assert hits(roll, "PU005") == []


@pytest.mark.parametrize("text, space", [
    ("进行会议第一项：由村党组织副书记孙　丽同志宣读通知。", "孙　丽"),  # a name inside a sentence
    ("刘　梅得37票、陈国华得39票，均当选。", "刘　梅"),
    ("请县长　苏建明同志讲话。", "长　苏"),  # a post and a name inside a sentence
    ("我们要坚持　王道同志的要求；", "持　王"),
    ("会议要求各乡镇长　加强巡查；", "长　加"),  # a post, then no name but a verb phrase
    ("发布人：局长　郑立新主持；", "长　郑"),  # the name runs on into the sentence
    ("伤痛难以弥补。各 村、各单位一定要提高认识。", "各 村"),  # no surname: no padded name
])
def test_padding_inside_a_sentence_is_still_a_stray_space(text, space):
    found = hits(text, "PU005")
    assert len(found) == 1 and text[found[0][2] - 2:found[0][2] + 1] == space, found


def test_a_person_line_with_sex_and_ethnicity_in_the_bracket():
    assert hits("马玉珍（女，回族）　北岭县人民医院护士长", "PU005") == []
    assert [h[0] for h in hits("马玉珍（女，回族）　北岭县人民医院护士长，工作认真　负责。", "PU005")] == ["\u3000", "\u3000"]


@pytest.mark.parametrize("text", [
    "是否需要音响、话筒等设备：□是　□否",
    "是否需要协助预订住宿：□是　□否　（如需，请注明入住日期）",
    "是否符合免费条件：是□　否□（如符合，请注明类别并附证明材料）",  # the box after its option
    "广泛宣传“人口普查 人人参与”，让普查政策家喻户晓。",
    "一、宣读退休通知（人事教育股　刘芳）",  # a section and the person who reads
])
def test_form_options_and_a_spaced_slogan(text):
    assert hits(text, "PU005") == []


@pytest.mark.parametrize("text", [
    "是否同意□　请说明理由。",  # a box, then no option
    "一、宣读退休通知（综合组　负责）",  # a section and a verb
])
def test_form_options_and_sections_lookalikes(text):
    assert len(hits(text, "PU005")) == 1


def test_markdown_labels_and_table_cells_are_layout():
    text = ("**出　　席**：李红梅、张志刚、刘建华\n\n"
            "| 工作组 | 组长 | 职责 |\n| --- | --- | --- |\n"
            "| 统筹协调组 | 副校长　刘红英 | 统筹体检工作，协调体检机构 |\n| 宣传告知组 | 校医　李慧 | 发放告知书，收集回执 |\n")
    assert check_text(text, select=["PU005"], path="plan.md") == []
    assert [f.line for f in check_text(text.replace("统筹体检工作", "统筹　体检工作"), select=["PU005"], path="plan.md")] == [5]


def test_a_comma_after_yishi():
    assert [h[0] for h in hits("一是、抓好耕地保护。二是、稳定粮食生产。", "PU006")] == ["、", "、"]
    assert hits("统一是、唯一是都不是序次语。一是抓好耕地保护。", "PU006") == []


# --- PU008 title marks around what is not a title ------------------------------------------------

@pytest.mark.parametrize("text,flagged", [
    ("2025年是《十四五》规划的收官之年，也是谋划“十五五”发展的关键之年。", "《十四五》"),
    ("回顾《十三五》时期的发展成就。", "《十三五》"),
    ("不折不扣落实《双减》政策。", "《双减》"),
    ("扎实开展《两学一做》学习教育。", "《两学一做》"),
    ("积极参与共建《一带一路》倡议。", "《一带一路》"),
    ("严格落实《三会一课》制度。", "《三会一课》"),
])
def test_pu008_a_slogan_or_period_in_title_marks(text, flagged):
    assert [h[0] for h in hits(text, "PU008")] == [flagged]


@pytest.mark.parametrize("text", [
    "2025年是“十四五”规划的收官之年。",
    "认真学习《“十四五”数字经济发展规划》和《“十四五”规划纲要》。",
    "组织观看纪录片《一带一路》。",
    "向党员发放《两学一做学习手册》和《双减》宣传册。",
    "研读《枫桥经验》一书，撰写读书笔记。",
    "《十四五规划和2035年远景目标纲要》明确提出……",
])
def test_pu008_real_titles_are_left_alone(text):
    assert hits(text, "PU008") == []


def test_pu008_fix_swaps_the_marks_for_quotes_single_inside_a_quotation():
    assert fix_text("2025年是《十四五》规划的收官之年。") == "2025年是“十四五”规划的收官之年。"
    assert fix_text("他说：“《十四五》规划开局良好。”") == "他说：“‘十四五’规划开局良好。”"


def test_pu008_team_entries_are_read_and_checked(tmp_path):
    team = tmp_path / "team.toml"
    team.write_text('[[not_a_title]]\ninside = "三个一批"\nreason = "提法"\n', encoding="utf-8")
    assert [f.text for f in check_text("落实《三个一批》要求。", select=["PU008"], data={"punctuation": [team]})] == ["《三个一批》"]
    broken = tmp_path / "broken.toml"
    broken.write_text('[[not_a_title]]\ninside = "("\nreason = "坏"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="not_a_title"):
        check_text("落实《三个一批》要求。", select=["PU008"], data={"punctuation": [broken]})


# --- PU009 document numbers ----------------------------------------------------------------

@pytest.mark.parametrize("text,flagged,right", [
    ("根据《关于做好防汛工作的通知》（县水发[2026]38号）要求，", "[2026]38号", "〔2026〕38号"),
    ("依据（县政办发【2026】12号）执行。", "【2026】12号", "〔2026〕12号"),
    ("按照县政发(2026)15号文件精神，", "(2026)15号", "〔2026〕15号"),
    ("按照县政发（2026）15号文件精神，", "（2026）15号", "〔2026〕15号"),
    ("按照县政发［2026］15号文件精神，", "［2026］15号", "〔2026〕15号"),
    ("印发《方案》（县政办发〔2026〕第5号）。", "〔2026〕第5号", "〔2026〕5号"),
    ("市办发〔2026〕08号", "〔2026〕08号", "〔2026〕8号"),
    ("县政发【2026】第005号", "【2026】第005号", "〔2026〕5号"),
])
def test_pu009_a_document_number_in_the_wrong_form(text, flagged, right):
    findings = check_text(text, select=["PU009"])
    assert [(f.text, f.suggestion) for f in findings] == [(flagged, right)]
    assert "GB/T 9704-2012 7.2.4" in findings[0].message


def test_pu009_a_year_cut_short_is_reported_without_a_fix():
    findings = check_text("按照县政发〔26〕15号文件执行。", select=["PU009"])
    assert [(f.text, f.suggestion, f.fix) for f in findings] == [("〔26〕15号", None, None)]
    assert "全称" in findings[0].message


@pytest.mark.parametrize("text", [
    "根据《通知》（县水发〔2026〕38号）要求，",
    "国办发〔2020〕23号、国发〔2024〕3号",
    "〔2025〕12号",                                  # no issuing code before it: not taken for a number
    "在（2024）湘0102民初1234号案件中，",             # a court's case number
    "证书编号：(2026)123号",
    "第（3）号台风“海葵”",
    "（2026）年度第15号公告",
    "县政发[2026]文件",
    "入选名单(2026)",
])
def test_pu009_correct_numbers_and_look_alikes_are_left_alone(text):
    assert hits(text, "PU009") == []


def test_pu009_claims_its_brackets_from_the_half_width_rule_and_fixes_them():
    text = "按照县政府（县政发(2026)15号）文件精神执行。"
    assert [f.rule.id for f in check_text(text, select=PU)] == ["PU009"]
    assert fix_text(text) == "按照县政府（县政发〔2026〕15号）文件精神执行。"
    assert hits("县政发(2026)文件", "PU001") != []


def test_pu009_team_brackets_are_read_and_checked(tmp_path):
    team = tmp_path / "team.toml"
    team.write_text('[document_number]\nwrong_brackets = ["<>"]\n', encoding="utf-8")
    assert hits("按照县政发<2026>15号文件执行。", "PU009") == []
    found = check_text("按照县政发<2026>15号、县政发[2026]16号文件执行。", select=["PU009"], data={"punctuation": [team]})
    assert [f.suggestion for f in found] == ["〔2026〕15号", "〔2026〕16号"]
    broken = tmp_path / "broken.toml"
    broken.write_text('[document_number]\nwrong_brackets = ["<"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="wrong_brackets"):
        check_text("按照县政发<2026>15号文件执行。", select=["PU009"], data={"punctuation": [broken]})


@pytest.mark.parametrize("text,column", [("群众满意率达98.7%.", 12), ("气温达38℃.各地要防暑降温。", 7), ("增长12.5%.同比提高。", 8)])
def test_pu001_a_full_stop_after_a_percentage_ends_a_chinese_sentence(text, column):
    assert hits(text, "PU001") == [(".", 1, column)]


@pytest.mark.parametrize("text,mark,column", [("个别专业报到率低于90%;", ";", 13), ("合格率为98%,\n", ",", 8),
                                              ("气温达38℃!", "!", 7)])
def test_pu001_a_mark_after_a_percentage_at_the_line_end_is_chinese(text, mark, column):
    assert hits(text, "PU001") == [(mark, 1, column)]


@pytest.mark.parametrize("text", ["The rate is 90%; fine.", "growth of 5%, then", "占比（5%;）"])
def test_pu001_a_mark_after_a_percentage_in_latin_text_stays(text):
    assert hits(text, "PU001") == []


@pytest.mark.parametrize("text", ["The rate grew by 5%. 增幅稳定。", "占比（5%.）", "见表1，GDP 5%.", "满意率98.7％。"])
def test_pu001_a_percentage_in_latin_text_keeps_its_stop(text):
    assert [h for h in hits(text, "PU001") if h[0] == "."] == []


@pytest.mark.parametrize("text", [
    "1. ISO 9001:2015《质量管理体系　要求》；",
    "2. GB/T 19001—2016《质量管理体系　要求》。",
    "审核员：第一审核组　彭丽、王俊杰；第二审核组　张晓峰、李雪。",
    "副总指挥：副院长　曾晓燕、保卫科科长　易国华",  # posts under a label of posts
])
def test_pu005_a_standards_title_and_a_roster_by_group(text):
    assert hits(text, "PU005") == []


@pytest.mark.parametrize("text,space", [
    ("学习《质量管理体系　要求》的心得。", "\u3000"),  # no standard's number: a slip
    ("工作人员：要做好　准备。", "\u3000"),
    ("副总指挥：要加强　管理、落实责任", "\u3000"),  # neither a post nor a group before the space
])
def test_pu005_the_same_spaces_without_a_standard_or_a_roster(text, space):
    assert [h[0] for h in hits(text, "PU005")] == [space]


@pytest.mark.parametrize("text, lines", [
    ("要加强　管理、落实　责任，做好　工作", {1}),  # one line alone is no table
    ("要加强　管理、落实　责任。\n要加强　管理、落实　责任。", {1, 2}),  # sentences, not rows
])
def test_pu005_lines_of_one_shape_that_are_no_table(text, lines):
    assert {h[1] for h in hits(text, "PU005")} == lines


@pytest.mark.parametrize("text", [
    "区政府副区长、区公安分局局长　　雷　鸣",  # a guest's post and name, two spaces apart
    "市委党校教务处　王雅琴，联系电话：0731-85526832",  # an office and the person to call
    "联系人：县委组织部组织科 周明，联系电话：0576-88213456。",  # the same, typed half-width
    "联系人：县文化和旅游局公共服务科 陈晓燕，联系电话：0576-88125678；",
    "青龙镇党委书记、镇级总林长 刘建华",  # a byline: a post, then the name ending its line
    "云溪县人民政府副县长、县级林长 马文涛",
])
def test_pu005_a_post_or_office_set_apart_from_a_name(text):
    assert hits(text, "PU005") == []


def test_pu005_a_space_before_a_name_in_a_sentence_is_a_slip():
    assert [h[0] for h in hits("会议由市委党校教务处　王雅琴同志主持，大家认真听讲。", "PU005")] == ["\u3000"]
    # half-width: only after a label naming the person, with the phone after the name
    assert [h[0] for h in hits("本次活动由组织科 周明负责，联系电话：0576-88213456。", "PU005")] == [" "]
    assert [h[0] for h in hits("联系人：组织科 周明负责协调。", "PU005")] == [" "]
    # a byline's half-width space needs a surname, a short name ending the line and no sentence
    assert [h[0] for h in hits("（一）压实林长 责任", "PU005")] == [" "]
    assert [h[0] for h in hits("要求各级林长 周密部署。", "PU005")] == [" "]
    assert [h[0] for h in hits("镇级总林长 刘建华，要求各村落实。", "PU005")] == [" "]


TABLE_WITH_TOTAL = "序号　项目区名称　建设面积（亩）　验收结论\n9　塘口镇东片项目区　2600　基本合格\n10　塘口镇西片项目区　3000　合格\n"


def test_pu005_a_tables_row_of_totals_with_a_blank_cell():
    assert hits(TABLE_WITH_TOTAL + "合计　　32000　合格8个，基本合格2个", "PU005") == []


@pytest.mark.parametrize("last", [
    "合计　32000　合格8个，基本合格2个",  # a cell short of the rows above
    "全年合计　　32000亩，合格8个，基本合格2个。",  # a sentence, not a total row
])
def test_pu005_a_total_row_that_does_not_fit_the_table(last):
    assert hits(TABLE_WITH_TOTAL + last, "PU005") != []


def test_pu005_a_page_numbers_form_in_quotes():
    text = "数字左右各放一条一字线，如“— 3 —”，单页码居右空一字。"
    assert hits(text, "PU005") == []
    assert [h[0] for h in hits("页码是— 3 —，居右空一字。", "PU005")] != []


@pytest.mark.parametrize("text", [
    "图为开学典礼现场。（邓文斌　摄）",
    "（本版编辑　胡明霞　校对　刘佳怡）",
    "构建起“镇党委—村（社区）党组织—网格党支部—党员中心户”四级组织体系。",
])
def test_pu004_pu005_credits_and_a_chain_of_levels(text):
    assert [h for rule in ("PU004", "PU005") for h in hits(text, rule)] == []


def test_pu004_a_single_dash_as_an_aside_is_still_reported():
    assert [h[0] for h in hits("这项工作—说到底—是民心工程。", "PU004")] == ["—", "—"]


@pytest.mark.parametrize("text", ["6．勘察设计、监理及不可预见费　　4万元", "一、收入合计　　39.0"])
def test_pu005_an_item_and_its_amount_set_apart(text):
    assert hits(text, "PU005") == []


def test_pu005_two_spaces_before_a_figure_inside_a_sentence_are_a_slip():
    assert [h[0] for h in hits("全年收入合计　　39万元，同比增长5%。", "PU005")] == ["\u3000\u3000"]


def test_pu005_an_address_then_its_addressee():
    line = "10.4　往来通讯请寄：杭州市余杭区良渚街道运溪路1688号　杭州恒嘉机电设备有限公司投标部。"
    assert hits(line, "PU005") == []
    assert [h[0] for h in hits("会议在运溪路1688号　召开，请准时参加。", "PU005")] == ["\u3000"]


def test_pu001_an_english_sentence_ending_before_a_space():
    assert hits("女：Thank you, Mr. Nguyen! 感谢阮总真诚的分享。", "PU001") == []
    assert [h[0] for h in hits("你用过ChatGPT? 我用过。", "PU001")] == ["?"]


def test_pu005_a_numbered_roll_of_names_and_posts():
    assert hits("27. 蒋　涛　　南屏县人民政府南屏镇党委委员、副镇长", "PU005", path="a.md") == []
    assert [h[0] for h in hits("27. 蒋涛同志　　在会上作了发言。", "PU005", path="a.md")] == ["\u3000\u3000"]


def test_joint_issuers_before_their_notices_number_keep_their_space():
    text = "根据《财政部 税务总局关于小规模纳税人减免增值税政策的公告》（财政部 税务总局公告2023年第19号）执行。"
    assert hits(text, "PU005") == []
    assert len(hits("财政部 税务总局要求各地落实。", "PU005")) == 1


@pytest.mark.parametrize("text, marks", [
    ("各地要依据<森林防火条例>和《江西省森林防火条例》有关规定。", ["<", ">"]),
    ("要认真落实<关于推进基本养老服务体系建设的意见>，结合实际。", ["<", ">"]),
])
def test_a_title_in_single_angle_brackets_takes_title_marks(text, marks):
    found = check_text(text, select=["PU001"])
    assert [f.text for f in found] == marks and [f.suggestion for f in found] == ["《", "》"]


@pytest.mark.parametrize("text", [
    "如果x<5并且y>3则成立。",
    "<br>换行",
    "<a href='x'>链接</a>",
    "室外温度<30℃，湿度>60%。",
])
def test_angle_bracket_lookalikes(text):
    assert check_text(text, select=["PU001"]) == []
