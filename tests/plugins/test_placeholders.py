"""PH001–PH003: unfilled placeholders, fill-in instructions and dropped names.

Each case states the exact characters reported (text, line, column). Sentences marked "seed"
are quoted from the real template drafts the rules were built against; everything else is
written for these tests.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from checker import ConfigError
from checker.testing import check_text

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "placeholders"


def found(text, rules=("PH",), **kwargs):
    return [(f.rule.id, f.text, f.line, f.column)
            for f in check_text(text, select=list(rules), **kwargs)]


def spans(text, rule, **kwargs):
    """(text, column) of each finding of one rule on a one-line text."""
    return [(f.text, f.column) for f in check_text(text, select=[rule], **kwargs)]


# --- PH001: markers -------------------------------------------------------------------------

MARKERS = [
    # names, places, slogans
    ("请XX同志发言。", [("XX", 2)]),
    ("xx同志作报告。", [("xx", 1)]),
    ("ＸＸ同志主持会议。", [("ＸＸ", 1)]),
    ("XX县人民政府：", [("XX", 1)]),
    ("根据《XX市考核办法》执行。", [("XX", 4)]),
    ("弘扬“勇创一流”XX精神。", [("XX", 9)]),
    ("开展好“XX”教育活动。", [("XX", 5)]),
    ("XXX学习贯彻等中心工作", [("XXX", 1)]),
    ("中×合作不断深化。", [("×", 2)]),
    ("○○村坚持党建引领。", [("○○", 1)]),
    ("◯◯同志作了发言。", [("◯◯", 1)]),
    ("□□单位要高度重视。", [("□□", 1)]),
    ("■■公司中标。", [("■■", 1)]),
    ("**同志作了发言。", [("**", 1)]),
    ("***同志、***同志分别发言。", [("***", 1), ("***", 7)]),
    ("＊＊局要牵头负责。", [("＊＊", 1)]),
    ("〇〇同志讲话。", [("〇〇", 1)]),
    ("XX市XX县XX镇", [("XX", 1), ("XX", 4), ("XX", 7)]),
    # numbers
    ("分x个组开展督查。", [("x", 2)]),
    ("全市共发生事故×起，死亡×人。", [("×", 8), ("×", 13)]),
    ("落实资金××万元。", [("××", 5)]),
    ("新建高标准农田XX亩。", [("XX", 8)]),
    ("同比增长X.X%。", [("X", 5), ("X", 7)]),
    ("总额XX.X亿元。", [("XX", 3), ("X", 6)]),
    ("讲Ｘ点意见。", [("Ｘ", 2)]),
    ("连续X年保持稳定。", [("X", 3)]),
    # dates and times
    ("X月X日，召开专题会议。", [("X", 1), ("X", 3)]),
    ("x月x日前报送。", [("x", 1), ("x", 3)]),
    ("Ｘ月Ｘ号上午", [("Ｘ", 1), ("Ｘ", 3)]),
    ("20XX年工作总结", [("XX", 3)]),
    ("20xx年度述职报告", [("xx", 3)]),
    ("202X年计划", [("X", 4)]),
    ("二〇二X年计划", [("X", 4)]),
    ("二〇XX年计划", [("XX", 3)]),
    ("２０ＸＸ年计划", [("ＸＸ", 3)]),
    ("XX年XX月XX日", [("XX", 1), ("XX", 4), ("XX", 7)]),
    ("X年X月X日", [("X", 1), ("X", 3), ("X", 5)]),
    ("20××年××月", [("××", 3), ("××", 6)]),
    ("时间：20XX-XX-XX", [("XX", 6), ("XX", 9), ("XX", 12)]),
    ("上午X:00在三楼开会。", [("X", 3)]),
    ("上午8:XX报到。", [("XX", 5)]),
    ("X时X分集合。", [("X", 1), ("X", 3)]),
    # ordinals
    ("第X条规定", [("X", 2)]),
    ("第×届运动会", [("×", 2)]),
    ("第x次会议", [("x", 2)]),
    # markdown: the emphasis marks are syntax, the XX inside is still a placeholder
    ("**XX**同志", [("XX", 3)]),
    # a telephone number to fill after its area code
    ("联系电话：0571-××××××××", [("××××××××", 11)]),
    ("联系电话：0797-XXXXXXX。", [("XXXXXXX", 11)]),
]


@pytest.mark.parametrize("text,expected", MARKERS, ids=[t for t, _ in MARKERS])
def test_marker_is_reported_at_its_characters(text, expected):
    assert spans(text, "PH001", path="draft.md" if text.startswith("**XX") else "draft.txt") == expected


# Sentences from the seed drafts: every marker, each at its own characters.
SEED_MARKERS = [
    ("要对照《XX管理党委班子成员若干措施》相关要求，抓好自身建设。", [("XX", 5)]),
    ("对照XX党委“XXXX”的总体目标，认真开展好“XX”教育活动、XXX学习贯彻等中心工作，",
     [("XX", 3), ("XXXX", 8), ("XX", 25), ("XXX", 33)]),
    ("最大限度地凝聚全体XX的智慧和力量", [("XX", 10)]),
    ("促进XX事业取得新的成绩！", [("XX", 3)]),
    ("近段，我们也分×个组对全县上半年组织工作进行了集中督查，", [("×", 8)]),
    ("×个先进基层党组织、×名优秀共产党员和×名优秀党务工作者受到县委表彰，×个基层党建示范点被县委命名奖励。",
     [("×", 1), ("×", 11), ("×", 20), ("×", 36)]),
    ("×个贫困村村级综合服务中心建设进展良好，乡镇“六小工程”全面使用，×个软弱涣基层党组织转化提升，",
     [("×", 1), ("×", 34)]),
    ("党组织覆盖率分别达到×%和×%，等等。", [("×", 11), ("×", 14)]),
    ("推进“数据要素×”行动，新增×个应用场景。", [("×", 15)]),  # the plan's name, then a slot
    ("为推动XX经济社会又好又快发展奠定坚实基础。", [("XX", 4)]),
    ("今天以党建工作模式经验交流作为XX年度工委第二次党建工作例会的主题，", [("XX", 16)]),
    ("刚才，X个党支部、X个党委就本单位推进党建工作的主要做法", [("X", 4), ("X", 10)]),
    ("国投X港有限公司党委构建一二三四五党建工作体系", [("X", 3)]),
    ("今年以来，各党委立足五个X建设，围绕中心任务，", [("X", 13)]),
    ("X区党委以党建促工作，统筹推进全区脱贫攻坚", [("X", 1)]),
    ("筑牢对党忠诚思想根基，为X建设保驾护航；", [("X", 13)]),
    ("为美好新X和五个X建设提供更加有力的组织保障，", [("X", 5), ("X", 9)]),
    ("为建设富强、民主、文明、和谐、美丽的社会主义现代化强国担当起X担当！", [("X", 31)]),
    ("大力弘扬“挑战极限，勇创一流”XX精神，", [("XX", 16)]),
    ("努力为XX的“XX”作出新的更大的贡献。", [("XX", 4), ("XX", 8)]),
    ("XX同志分别代表“四好”班子、先进基层党组织、优秀党务工作者和优秀党员，", [("XX", 1)]),
    ("经过精心筹备，XX机关党建网今天正式开通，XX机关党建迈出信息化发展路子，", [("XX", 8), ("XX", 22)]),
    ("不断开创XX的新局面。", [("XX", 5)]),
    ("X月X日，我们召开了全市基层党建工作专项述职会。", [("X", 1), ("X", 3)]),
    ("要进一步发掘XX的先进典型，比如王秋明、成列军、明大儒等", [("XX", 7)]),
]


@pytest.mark.parametrize("text,expected", SEED_MARKERS, ids=[t[:12] for t, _ in SEED_MARKERS])
def test_seed_markers(text, expected):
    assert spans(text, "PH001") == expected


MARKER_LOOKALIKES = [
    "拍X线片，做X光检查，开X射线机。",
    "x光片显示正常。",
    "X染色体异常，XX染色体正常。",
    "X轴与Y轴相交，x轴向右。",
    "采用X型支架，呈X形交叉。",
    "配件规格3×4，面积1×2米。",
    "3 × 4 = 12",
    "大棚按8米×60米建设。", "规格为0571-XX的零件。", "型号0571-X1的设备。",
    "长×宽×高的乘积就是体积。",
    "Windows XP系统已停用。",
    "尺码XXL偏大，XL正好。",
    "第XII届运动会，第XIV章。",
    "PM2.5浓度下降。",
    "宝马X5和奥迪Q5各一台。",
    "新购iPhone X手机一部。",
    "He said XX is fine, see Figure X.",
    "推行“1+X”证书制度，探索“党建+X”模式。",
    "本学期实行“1+X”课程模式。“1”是指基础托管；“X”是指拓展课程。",  # the formula's part, explained
    "做X-ray检查。",
    "采用X.509证书。",
    "SpaceX公司发射火箭，用TeX排版。",
    "设x为未知数，x的取值大于0。",
    "二〇〇八年，二○○八年。",
    "□同意  □不同意",
    "○一般项目",
    "这是**重点**内容。",
    "***",
    "计算2**3的值。",
    "*P<0.05，**P<0.01。",
    "对照验收表逐项打√或打×。",
    "√×两栏都要填。",
    "Ⅹ号楼已经竣工。",
    "不要写成“××同志”这样的空话。",
    "文件中不得出现“XX”字样。",
    "管理学中的X理论和Y理论。",
    "在X平台上发布消息。",
    "访问www.xx.gov.cn查看，邮箱xx@example.cn。",
    "Version X.X is out.",
    "三米×四米的展台。",
    "招牌尺寸控制在1.2米×门面宽度以内。",  # a length times a word
    "县检测中心新购置X荧光光谱分析仪1台。",
    "会场设置X展架两个。",
    "落实《“数据要素×”三年行动计划（2024—2026年）》。",
    "用乘号“×”表示相乘。",
]


@pytest.mark.parametrize("text, slot", [
    ("招牌宽度统一为×米。", "×"),  # no figure before it: the length is the slot
    ("会议定于2025年×月召开。", "×"),  # a year is no length
    ("每组3个×组。", "×"),
])
def test_a_sign_after_a_figure_that_is_no_length_is_a_slot(text, slot):
    assert [f[1] for f in found(text)] == [slot]


@pytest.mark.parametrize("text", MARKER_LOOKALIKES)
def test_marker_lookalikes_are_clean(text):
    assert found(text) == []


def test_markdown_code_and_emphasis_are_not_prose():
    text = "# 标题\n\n使用`XX`变量，**注意**安全。\n\n```\nXX同志\n```\n"
    assert found(text, path="draft.md") == []


def test_marker_alone_on_a_line_of_a_chinese_draft():
    text = "特此通知。\n\nXXX\n20XX年X月X日\n"
    assert found(text) == [("PH001", "XXX", 3, 1), ("PH001", "XX", 4, 3),
                           ("PH001", "X", 4, 6), ("PH001", "X", 4, 8)]
    assert found("Chapter list\n\nXXX\n") == []


def test_marker_alone_in_a_table_cell():
    tab = "序号\t问题\t责任单位\t时限\n6\t矿山生态修复滞后\tXXX\t2026年6月30日前\n"
    assert found(tab) == [("PH001", "XXX", 2, 12)]
    markdown = "| 序号 | 问题 | 责任单位 |\n| --- | --- | --- |\n| 1 | 矿山修复滞后 | XX |\n"
    assert found(markdown, path="plan.md") == [("PH001", "XX", 3, 16)]
    # a size, a model or a Latin row: not a slot
    assert found("品名\t尺码\t数量\n工作服\tXXL\t20\n") == []
    assert found("型号\t说明\nXX-200\t设备\n") == []
    assert found("Name\tNote\nXXX\tmissing\n") == []


def test_allowed_phrase_option():
    assert spans("依照第X条办理。", "PH001") == [("X", 4)]
    assert spans("依照第X条办理。", "PH001", options={"PH001": {"allow": ["第X条"]}}) == []
    # Only the configured phrase is allowed.
    assert spans("第X条、第X款", "PH001", options={"PH001": {"allow": ["第X条"]}}) == [("X", 6)]


def test_messages_name_what_is_missing():
    (count,) = check_text("覆盖率达到×%。", select=["PH001"])
    assert count.message == "未填写的数字占位符“×”（“×%”）"
    (name,) = check_text("请XX同志发言。", select=["PH001"])
    assert name.message == "未填写的姓名占位符“XX”（“XX同志”）"
    month, day = check_text("X月X日", select=["PH001"])
    assert (month.message, day.message) == ("未填写的月份占位符“X”（“X月”）", "未填写的日期占位符“X”（“X日”）")
    (year,) = check_text("20XX年", select=["PH001"])
    assert year.message == "未填写的年份占位符“XX”（“20XX年”）"
    (bare,) = check_text("为美好新X而奋斗", select=["PH001"])
    assert bare.message == "未填写的占位符“X”"
    assert count.severity == "error" and count.fix is None


def test_a_quoted_letter_is_a_blank_unless_a_formula_names_it():
    assert [f.text for f in check_text("本学期课程分为两部分，“X”是指拓展课程。", select=["PH001"])] == ["X"]
    assert check_text("实行“5+X”模式，“X”是指拓展课程。", select=["PH001"]) == []


def test_team_file_allows_a_term(tmp_path):
    team = tmp_path / "team.toml"
    team.write_text('[[allow]]\ntext = "X计划"\nreason = "本单位人才项目名称"\n', encoding="utf-8")
    assert spans("实施X计划。", "PH001") == [("X", 3)]
    assert spans("实施X计划。", "PH001", data={"placeholders": [team]}) == []


def test_bad_team_slot_is_a_config_error(tmp_path):
    team = tmp_path / "team.toml"
    team.write_text('[[slot]]\nafter = ["届"]\nreason = "缺少kind"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="needs 'kind'"):
        check_text("XX同志", select=["PH001"], data={"placeholders": [team]})


# --- PH002: fill-in instructions, blanks, stand-ins -----------------------------------------

BLANKS = [
    ("本次会议由【待补充】主持。", [("【待补充】", 6)]),
    ("请（姓名）同志作总结发言。", [("（姓名）", 2)]),
    ("填报单位：（单位名称）", [("（单位名称）", 6)]),
    ("会议时间[待定]，地点另行通知。", [("[待定]", 5)]),
    ("（此处插入典型案例）", [("（此处插入典型案例）", 1)]),
    ("资金为【具体数字】万元。", [("【具体数字】", 4)]),
    ("【TODO】补充数据", [("【TODO】", 1)]),
    ("自进驻【村名】以来，工作队坚持吃住在村。", [("【村名】", 4)]),
    ("欢迎各位来到（镇名）参观指导。", [("（镇名）", 7)]),
    ("（填写本单位名称）", [("（填写本单位名称）", 1)]),
    ("经（  ）研究决定。", [("（  ）", 2)]),
    ("经（）研究决定。", [("（）", 2)]),
    ("请于＿＿月＿＿日前报送材料。", [("＿＿", 3), ("＿＿", 6)]),
    ("请于____月__日前报送。", [("____", 3), ("__", 8)]),
    ("某某单位要高度重视。", [("某某", 1)]),
    ("请某某同志准备材料。", [("某某", 2)]),
    ("与某某县委对接。", [("某某", 2)]),
    ("由某某某局长牵头。", [("某某某", 2)]),
    ("项目负责人：【项目负责人姓名】", [("【项目负责人姓名】", 7)]),
    ("主办单位：（主办单位名称）", [("（主办单位名称）", 6)]),
    ("由【承办单位全称】负责。", [("【承办单位全称】", 2)]),
    ("XX县人民政府\n2025年　　月　　日", [("2025年　　月　　日", 1)]),
    ("二〇二五年  月  日", [("二〇二五年  月  日", 1)]),
    ("　　年　　月　　日", [("年　　月　　日", 3)]),
    ("请于2025年6月　　日前报送。", [("2025年6月　　日", 3)]),
    ("请于　　月　　日前报送。", [("　　月　　日", 3)]),
    ("各单位：\n经研究，决定召开会议。\n特此通知。\n县人民政府办公室\n2025年　　月　　日",
     [("2025年　　月　　日", 1)]),
    ("（联系人：某某　联系电话：0739-6623518）", [("某某", 6)]),
    ("地点：【请填写活动地点】", [("【请填写活动地点】", 4)]),
    ("（此处可插入本单位优秀青年干部事迹）", [("（此处可插入本单位优秀青年干部事迹）", 1)]),
    ("负责人: 某某。", [("某某", 6)]),
    ("联系人：某某单位办公室", [("某某", 5)]),
    # the office, a space, and the name never written in
    ("联系人：市科技局高新技术科　某某", [("某某", 15)]),
]


@pytest.mark.parametrize("text,expected", BLANKS, ids=[t for t, _ in BLANKS])
def test_blank_is_reported_at_its_characters(text, expected):
    assert spans(text, "PH002") == expected


BLANK_LOOKALIKES = [
    "联系人：市科技局高新技术科　张某某",  # a surname: withheld on purpose
    "各党委（党组）要高度重视，各党（工）委要抓好落实。",
    "本办法（试行）自印发之日起施行。",
    "附件：安全生产大检查工作台账（样表）",
    "附件（略）",
    "申请人（签名）：      单位（盖章）：",
    "请于9月1日前报送名单（由各单位自行组织填报）。",
    "征文题目（题目自拟）",
    "对张某某给予党内警告处分，李某某被诫勉谈话。",
    "他说：“某某单位的做法值得学习。”",
    "群众反映说，“某某科室的态度要改进”。",
    "不要把“某某单位”写进正式文件。",
    "文件名写作report_2025.docx，函数写作__init__。",
    "______",
    "- [ ] 完成材料报送",
    "（上半年，多数各单位信息报送不积极，今后要引起高度重视）",
    "（一个决定，两个意见，三项规则，四项工程，五大载体）",
    "【打击倒卖活动】",
    "某某人说的话不能全信。",
    "f()和g( )都是函数。",
    "待定事项另行通知。",
    "会议定于8时（北京时间）开始，参会人员（注明姓名）名单附后。",
    "宣誓人：（各自报姓名）",  # a stage direction of a ceremony
    "张三（化名）反映的问题已解决。", "校徽上的校名由书法家题写。", "这个村名叫石门村。", "石门村（曾用名石门寨）",
    "报送单位简介（含单位名称）和（英文名称）。",
    "召开第一届论坛（暂定名称），由原单位（原名称）承办。",
    "2025年 3月 5日",
    "申请人（签字）：\n　　　　年　　月　　日",
    "单位（盖章）　　年　月　日",
    "填表日期：　　年　　月　　日",
    "参会回执\n\n分管负责人：　　　　　　职务：　　　　　　联系电话：\n电子邮箱：\n\n"
    "　　　　　　　　年　　月　　日",
    "| 日期 | 　　年　　月　　日 |",
    "去年　　月份的数据",
    "联系人：张某某　联系电话：0739-6623518",
    "单位名称（请填写全称）：",
    "【填写说明】本表由各单位如实填写。",
    "当事人：某某，男，1980年生。",
    "填表时不要写“联系人：某某”这样的字样。",
]


@pytest.mark.parametrize("text", BLANK_LOOKALIKES)
def test_blank_lookalikes_are_clean(text):
    assert found(text, rules=("PH002",)) == []


def test_blank_messages():
    (field,) = check_text("请（姓名）同志发言", select=["PH002"])
    assert field.message == "未填写的姓名“（姓名）”：应换成实际的姓名"
    (note,) = check_text("【待补充】", select=["PH002"])
    assert note.message == "未删除的填写说明“【待补充】”"
    (stand_in,) = check_text("某某单位", select=["PH002"])
    assert stand_in.message == "用“某某”代替的名称未填写（“某某单位”）"


# --- PH003: dropped names ------------------------------------------------------------------

DROPPED = [
    # seed 002: the name before 同志 was deleted
    ("“六项活动”能否抓实，党组织书记是关键。同志指出,书记抓党建是本职,不抓党建是失职。", [("同志", 21)]),
    ("会议传达了上级精神，同志强调，要狠抓落实。", [("同志", 11)]),
    ("书记在全市大会上指出，要压实责任。", [("书记", 1)]),
    ("我们要牢记。同志曾深刻指出，", [("同志", 7)]),
    ("正如“同志多次强调”的那样", [("同志", 4)]),
    ("大家都知道：书记要求我们", [("书记", 7)]),
    ("代表小组由镇人大主席担任组长。同志多次带领我们深入企业调研。", [("同志", 16)]),
    # a post, a 顿号, and the name after it gone
    ("会后，请市委副书记、同志牵头抓好传达落实。", [("书记、同志", 8)]),
    # two posts of one person, then the verb: the name before it is gone
    ("会上，区退役军人事务局党组书记、局长强调，要做到三个到位。", [("书记、局长", 14)]),
    ("同志们，刚才，书记从全市发展大局的高度，充分肯定了成绩。", [("书记", 8)]),
    ("同志们，刚才，同志代表县教育局向全体教师致以节日的问候。", [("同志", 8)]),
    # a host names the first invitee and gives the second only posts
    ("请县委副书记周明远同志，县委常委、组织部部长为他们颁奖。", [("县委常委、组织部部长", 13)]),
    # a clause opening with 正如 before the bare title
    ("正如同志在全县林长制工作推进会上指出的，林长制不是挂名制。", [("同志", 3)]),
]


@pytest.mark.parametrize("text,expected", DROPPED, ids=[t[:12] for t, _ in DROPPED])
def test_dropped_name_is_reported_at_the_title(text, expected):
    assert spans(text, "PH003") == expected


DROPPED_LOOKALIKES = [
    "同志们：今天我们召开会议。",
    "请县委副书记周明远同志，县委常委、组织部部长李华为他们颁奖。",  # the second named without 同志
    "请王明同志讲话，请各位代表发言。", "请周明远同志，获奖代表为大家发言。",  # groups
    "同志们指出的问题要认真整改。",
    "王明同志指出，抓党建是本职。",
    "刚才，王明同志代表县委作了讲话。", "各位同志代表各自单位作了发言。", "有的同志代表性不强。",
    "王明 同志指出，抓党建是本职。",
    "县委书记强调，要压实责任。",
    "县委贾书记提出了年内全面完成的目标要求。",
    "书记员说明了庭审纪律。",
    "老同志说，要珍惜今天的生活。",
    "党组织书记是关键。书记抓党建是本职。",
    "按照总书记的要求，机关党组织要走在前头。",
    "主席说：“拜人民群众为师，这就灵了。”",
    "一位老党员对我说：“同志，你要坚持学习。”",
    "各单位主要负责同志要亲自部署。",
    "王明同志亲自带领我们调研，县委书记多次深入企业。",
    "他和老同志一起深入基层，同志们先后带领群众调研。",
    "组织开展“书记讲党课”比赛，全区42名学校党组织书记参赛。",
    "（四）“书记讲堂”。全年举办“书记讲堂”4期，由县委常委围绕全局工作授课。",  # a campaign's name ends in 讲堂
    "尊敬的各位领导、各位代表、同志们：", "市委书记、同志们，大家好。", "请市委副书记、市长王明同志讲话。",
    "县委书记、县长分别讲话。", "局党组书记、局长王明强调，要抓好落实。",
    "（四）10:50—11:30　市教育局党组书记、局长讲话。",  # an agenda names the post alone
    "使广大党员同志从中受到教育。", "县委书记从严要求，各级书记对标落实。",
    "正如王明同志在会上指出的，要抓落实。", "正如县委书记在会上指出的，要抓落实。",
]


@pytest.mark.parametrize("text", DROPPED_LOOKALIKES)
def test_dropped_name_lookalikes_are_clean(text):
    assert found(text, rules=("PH003",)) == []


def test_dropped_name_is_a_warning_with_a_message():
    (finding,) = check_text("。同志指出，", select=["PH003"])
    assert finding.severity == "warning"
    assert finding.message == "“同志”前缺少姓名：“同志指出”不知是谁指出"


def test_team_file_adds_a_title(tmp_path):
    team = tmp_path / "team.toml"
    team.write_text('[[dropped_name]]\ntitle = "主任"\nreason = "本单位讲话稿常删去主任姓名"\n', encoding="utf-8")
    assert spans("。主任强调，", "PH003") == []
    assert spans("。主任强调，", "PH003", data={"placeholders": [team]}) == [("主任", 2)]


# --- Seed sentences that are correct and must stay clean -------------------------------------

SEED_CLEAN = [
    "今年以来，工委高度重视基层党建工作，构建了1+2+3+4党建工作体系。",
    "按照1:2的比例从村“两委”副职、文书、组干部和其他优秀党员中培养村党组织书记后备人选，",
    "继续采取“9个规定主题+”和时间、内容、形式、缴纳党费“四个统一”的形式，",
    "按照党建工作缺什么+什么的工作思路，大力推行机关与企业结对帮扶、党建互联网等工作模式；",
    "党委（党组）要以理论学习中心组学习、民主生活会等制度为抓手，",
    "各党（工）委每月至少要向县委组织部报送一期工作动态或经验交流类信息（上半年，多数各单位信息报送不积极，"
    "今后要引起高度重视，避免类似的情况发生），",
    "党委构建一二三四五党建工作体系（一个决定，两个意见，三项规则，四项工程，五大载体），",
    "在全县推进理论学习常态化制度化工作会议上，县委贾书记提出了年内全面完成的目标要求，",
    "时间:2022-02-10 08:38:00",
    "【打击倒卖活动】",
    "主席说：“拜人民群众为师，这就灵了。”总书记在党的十七届五中全会上讲：",
    "同志们：",
    "热烈庆祝伟大的中国共产党诞辰99周年，表彰2019年度市直机关“四好班子”，",
    "部分党组织书记对支部规范化建设工作任务不清，确保后进党支部转化率达100%。",
]


@pytest.mark.parametrize("text", SEED_CLEAN, ids=[t[:12] for t in SEED_CLEAN])
def test_seed_sentences_without_placeholders_are_clean(text):
    assert found(text) == []


# --- Whole drafts ----------------------------------------------------------------------------

def expected_rows():
    with open(FIXTURES / "expected.tsv", encoding="utf-8") as handle:
        return [(row["rule"], row["text"], int(row["line"]), int(row["column"]))
                for row in csv.DictReader(handle, delimiter="\t")]


def test_template_report_reports_every_placeholder_exactly():
    text = (FIXTURES / "template_report.txt").read_text(encoding="utf-8")
    assert found(text) == expected_rows()


def test_clean_draft_full_of_lookalikes_has_no_findings():
    text = (FIXTURES / "clean_lookalikes.txt").read_text(encoding="utf-8")
    assert found(text) == []


def test_large_draft_is_fast():
    import time

    text = (FIXTURES / "template_report.txt").read_text(encoding="utf-8") * 200
    started = time.perf_counter()
    findings = check_text(text, select=["PH"])
    assert len(findings) == len(expected_rows()) * 200
    assert time.perf_counter() - started < 5


def test_placeholder_letters_fold_to_x_one_character_for_one():
    from checker_plugins.placeholders.data import fold_letters

    text = "Ｘ月ｘ日x时，XX同志，×个，Xiao"
    assert fold_letters(text) == "X月X日X时，XX同志，×个，Xiao"
    assert len(fold_letters(text)) == len(text)


# --- forms attached to a notice ---------------------------------------------------------------

NOTICE_WITH_FORM = (
    "关于召开全市统计工作会议的通知\n各县（市、区）统计局：\n定于5月10日召开全市统计工作会议。\n"
    "附件：全市统计工作会议回执\n市统计局\n2024年4月28日\n"
    "附件\n全市统计工作会议回执\n单位名称（盖章）：＿＿＿＿＿＿\n姓名：＿＿＿＿　职务：＿＿＿＿\n"
    "填报人：＿＿＿＿　填报日期：2024年　　月　　日\n"
)


def test_blanks_of_an_attached_form_are_for_its_readers():
    assert found(NOTICE_WITH_FORM) == []
    for title in ("“书香润万家”主题征文报名表", "参会人员登记表", "廉洁自律承诺书（样表）"):
        assert found(NOTICE_WITH_FORM.replace("全市统计工作会议回执\n单位", f"{title}\n单位")) == []


@pytest.mark.parametrize("text,line", [
    # the blank before the form is the writer's
    (NOTICE_WITH_FORM.replace("定于5月10日", "定于＿＿月＿＿日"), 3),
    # a line referring to the form does not begin it
    (NOTICE_WITH_FORM.replace("附件\n全市统计工作会议回执\n", ""), 7),
    # nor does a numbered section of the notice about it
    ("三、报名回执\n请于＿＿月＿＿日前报送回执。\n", 2),
])
def test_blanks_outside_a_form_are_reported(text, line):
    assert ("PH002", line) in [(f[0], f[2]) for f in found(text)]


REPORT_WITH_TABLE = (
    "项目批复总投资2040.00万元，各片区建设情况见下表。\n"
    "石门镇土地综合整治项目分片区建设情况表\n序号\t片区名称\t总投资（万元）\n1\t石门村片区\t468.90\n"
    "项目施工单位为湖南湘岚建设工程有限公司，监理单位为＿＿＿＿工程咨询有限公司。\n"
)


def test_a_deadline_left_blank_after_a_label_is_reported():
    assert [f[1] for f in found("7.整改措施：建立联系制度。整改时限：2025年　月　日前。")] == ["2025年　月　日"]
    assert found("填表日期：　　年　月　日\n") == []  # a form's field
    assert found("申请人（签字）：　　年　月　日前\n") == []  # a form word nearby


def test_a_table_the_text_points_at_is_no_form():
    assert [(f[0], f[1], f[2]) for f in found(REPORT_WITH_TABLE)] == [("PH002", "＿＿＿＿", 5)]


def test_a_form_title_after_a_line_that_does_not_point_at_it_begins_a_form():
    assert found(REPORT_WITH_TABLE.replace("各片区建设情况见下表。", "各片区按计划推进。")) == []


@pytest.mark.parametrize("text, post", [
    ("请市发展和改革委员会主任同志宣读表彰决定。", "主任"),
    ("市委书记同志在全市警示教育大会上强调，党员干部要把纪律挺在前面。", "书记"),
    ("下面，请县委常委、组织部部长同志为他们颁奖。", "部长"),
])
def test_a_name_dropped_between_post_and_comrade(text, post):
    assert [(f[0], f[1]) for f in found(text)] == [("PH003", post)]


@pytest.mark.parametrize("text", [
    "请县发改委主任王明同志宣读表彰决定。",  # the name is there
    "请王书记同志讲话。",  # a surname before the post
    "各位局长同志：大家好。",  # an address to many
    "局长同志们，今天我们开个短会。",
    "主任同志的讲话很重要。",  # no verb after: not a dropped speaker
])
def test_post_and_comrade_lookalikes(text):
    assert [f for f in found(text) if f[0] == "PH003"] == []


def test_a_name_dropped_before_what_the_speaker_covered():
    assert [(f[0], f[1]) for f in found("刚才，同志对全县经济工作作了具体部署，讲得很全面。")] == [("PH003", "同志")]
    assert found("刚才，王明同志对全县经济工作作了具体部署。") == []
    assert found("同志们对工作作了很多贡献。") == []


def test_a_name_dropped_before_what_was_read_out():
    text = "刚才，同志宣读了《关于表彰2025年度先进单位和先进个人的决定》，县长林海波同志作了具体安排。"
    assert [(f[0], f[1]) for f in found(text)] == [("PH003", "同志")]
    assert found("刚才，王明同志宣读了《关于表彰先进的决定》。") == []


@pytest.mark.parametrize("text, phrase", [
    ("刚才，同志热情洋溢的致辞，让我们倍感振奋。", "同志热情洋溢的致辞"),
    ("我们要认真学习领会。同志所作的重要讲话，站位高远。", "同志所作的重要讲话"),
    ("刚才，书记的讲话讲得很透彻。", "书记的讲话"),
])
def test_a_name_dropped_before_the_speech_it_gave(text, phrase):
    (finding,) = [f for f in check_text(text) if f.rule.id == "PH003"]
    assert finding.text == phrase[:2] and f"“{phrase}”" in finding.message


@pytest.mark.parametrize("text", [
    "刚才，王明同志热情洋溢的致辞，让我们倍感振奋。",
    "刚才，县委书记的讲话讲得很透彻。",
    "同志们的发言都很精彩。",
    "会议议程：三、书记讲话。",
    "，书记的讲话稿由办公室起草。",
    "。书记的报告会安排在下午。",
])
def test_a_speech_after_a_named_title_is_clean(text):
    assert [f for f in check_text(text) if f.rule.id == "PH003"] == []


@pytest.mark.parametrize("text, stand_in", [
    ("1.停电线路为10千伏某某线，范围包括白沙大道沿线。", "某某"),
    ("请区实验小学某某老师领誓。", "某某"),
    ("某某路与解放路交叉口实行交通管制。", "某某"),
])
def test_more_names_left_as_某某(text, stand_in):
    assert [f[1] for f in found(text)] == [stand_in]


def test_a_name_withheld_before_a_teacher_is_not_a_slot():
    assert found("张某某老师违反师德规范，给予警告处分。") == []
    assert found("经审计，副校长张某某负责的项目存在违规支出。") == []


def test_a_village_never_named_after_a_word_ending_in_a_surname():
    assert [f[1] for f in found("赵国庆同志曾兼任某某村党支部书记。")] == ["某某"]
    assert found("对任某某给予党内警告处分。") == []  # 任某某: a name withheld


def test_a_name_dropped_before_whom_the_speaker_spoke_for():
    assert [(f[0], f[1]) for f in found("刚才，同志代表市委作了重要讲话。")] == [("PH003", "同志")]
    assert found("刚才，王明同志代表市委作了重要讲话。") == []


def test_a_name_dropped_before_a_colleagues_criticism():
    text = "在谈心谈话时，同志坦率地指出我“抓业务有一套，抓党建不上心”。"
    assert [(f[0], f[1]) for f in found(text)] == [("PH003", "同志")]
    assert found("在谈心谈话时，王明同志坦率地指出我的不足。") == []


def test_a_procurators_name_dropped_before_comrade():
    assert [f[1] for f in found("会上，党组书记、检察长同志强调，要坚持双赢多赢共赢理念。")] == ["检察长"]
    assert found("会上，党组书记、检察长王明同志强调，要坚持双赢多赢共赢理念。") == []


def test_an_officials_name_left_as_mouMou_after_the_post():
    (finding,) = check_text("县委常委、副县长某某出席开幕式并宣布活动开始。", select=["PH002"])
    assert (finding.text, finding.message) == ("某某", "用“某某”代替的副县长的姓名未填写")
    assert found("对张某某给予党内警告处分，副县长张某某出席。") == []
    assert found("县委书记、县长出席开幕式。") == []


@pytest.mark.parametrize("text", [
    "企业代表某某在发言中表示，要持续优化营商环境。", "公司负责人某某介绍，今年订单饱满。",
    "会议听取了村委会副主任某某关于村集体经济发展项目的说明。",
    "独立董事某某在公司年度审计工作中多次与会计师沟通。",
    "以上表决结果，均由总监票人李国平、监票人某某现场监督。",
    "由街道党工委书记任组长，街道党工委副书记某某任常务副组长。",
    "由局主要负责同志任组长，由局分管领导某某任常务副组长。",
    "由校长任组长，由副校长某某负责培训的具体组织实施。",
])
def test_a_representatives_name_left_as_mouMou(text):
    assert [f[1] for f in found(text)] == ["某某"]
    assert found(text.replace("某某", "李某某")) == []  # a name withheld on purpose


def test_a_group_members_name_left_as_mouMou_after_the_role_label():
    (finding,) = check_text("组　长：某某　县人民政府副县长\n副组长：李明　县交通运输局局长\n", select=["PH002"])
    assert (finding.line, finding.text, finding.message) == (1, "某某", "用“某某”代替的组长未填写")
    assert found("组　长：李某某　县人民政府副县长\n") == []  # a name withheld on purpose


def test_a_role_that_is_no_post_names_nobody_before_tongzhi():
    # 领导 takes a name after it like a post, but 领导同志 is the host's plain words
    assert [f[1] for f in found("由局分管领导某某任常务副组长。")] == ["某某"]
    assert found("有请领导同志上台为获奖代表颁奖。") == []


@pytest.mark.parametrize("title", ["节假日值班安排表（样表）", "代表建议答复意见反馈表", "培训班学员花名册"])
def test_more_form_titles(title):
    assert found(NOTICE_WITH_FORM.replace("全市统计工作会议回执\n单位", f"{title}\n单位")) == []


def test_a_deadline_left_in_brackets():
    assert [f[1] for f in found("确保在（具体时限）前全部落实到位。")] == ["（具体时限）"]
    assert found("整改期限（时限）为三个月。") == []
    assert found("办理时限（工作日）：15个。") == []


def test_a_firm_withheld_after_a_surname_or_named_in_full_is_left_alone():
    assert found("经查，王某某建筑有限公司法定代表人王某某违规承揽工程。") == []
    assert found("由湖南星辰食品有限公司承办，某些企业参与。") == []


def test_a_field_word_in_brackets_after_its_other_name():
    assert found("申报人须具有副高级以上专业技术职称（职务），或具有博士学位。") == []
    assert [f[1] for f in found("参训人员一\n姓　　名：＿＿＿＿　职务（职称）：＿＿＿＿\n")] == ["＿＿＿＿", "＿＿＿＿"]
    assert found("课题负责人：＿＿＿＿＿＿　　职称（职务）：＿＿＿＿＿＿\n") != []  # the blanks, not the bracket
    assert all(f[1] != "（职务）" for f in found("课题负责人：＿＿＿＿＿＿　　职称（职务）：＿＿＿＿＿＿\n"))
    assert [f[1] for f in found("请县卫健局（职务）同志讲话。")] == ["（职务）"]


def test_a_questionnaire_titled_with_its_version():
    notice = "请各单位组织填写调查问卷，于5月30日前报送。\n附件\n居民健康素养调查问卷（样卷）\n问卷编号：＿＿＿＿＿＿\n2.年龄：＿＿＿＿周岁\n"
    assert found(notice) == []
    assert found(notice.replace("（样卷）", "（企业卷）")) == []


def test_a_draft_that_is_itself_a_form():
    text = "临江市科技计划项目申报书\n（此栏由市科技局填写）受理编号：＿＿＿＿　受理日期：＿＿＿＿\n项目名称：智能随访系统\n"
    assert found(text) == []


def test_a_ballot_mark_in_quotes():
    assert found("投赞成票的，画“○”；投不赞成票的，画“×”；弃权的，不画任何符号。") == []


@pytest.mark.parametrize("table,line", [
    ("日期\t时间\t内容\t主讲人\n1月23日\t8:30—11:30\t课程标准解读\t某某\n", 2),
    ("| 工作组 | 负责人 |\n| --- | --- |\n| 宣传组 | 某某 |\n", 3),
])
def test_a_table_cell_left_as_某某(table, line):
    assert [(f[0], f[1], f[2]) for f in found(table, path="plan.md")] == [("PH002", "某某", line)]


@pytest.mark.parametrize("text", [
    "日期\t内容\t主讲人\n1月23日\t课程标准解读\t张某某\n",  # a name withheld in a case report
    "某某\n",  # a line of its own is no table cell
    "日期\t内容\n1月23日\t某某某学习会\n",
])
def test_a_cell_holding_more_than_某某_is_not_this_slot(text):
    assert found(text) == []


def test_an_attached_form_is_known_by_its_fields_whatever_its_title():
    notice = "关于开展内部审核的通知\n各部门：\n定于12月开展内部审核，请做好准备。\n质量管理部\n"
    form = "附件\n不符合项报告\n受审部门：＿＿＿＿＿＿　　审　核　员：＿＿＿＿＿＿\n审核日期：＿＿＿＿年＿＿月＿＿日\n"
    assert found(notice + form) == []
    # a blank in the notice itself is still the writer's to fill
    assert [f[2] for f in found(notice.replace("12月", "＿＿月") + form)] == [3]
    # an attachment of running text is no form: its blanks are reported
    text = notice + "附件\n工作安排\n1.请各部门于＿＿＿前报送自查报告。\n"
    assert [f[2] for f in found(text)] == [7]


def test_brackets_named_in_quotes_are_no_blank():
    assert found("发文字号中的年份未使用六角括号“〔〕”。") == []
    assert [f[1] for f in found("发文字号为〔〕号。")] == ["〔〕"]


def test_a_guests_name_left_as_某某_after_the_post():
    roll = "出席今天活动的领导有：\n市工业和信息化局局长　某某\n市商务局副局长　李明\n"
    assert [(f[1], f[2]) for f in found(roll)] == [("某某", 2)]
    assert found(roll.replace("局长　某某", "局长　王强")) == []


def test_a_byline_left_as_某某():
    text = "本报讯（记者　某某　通讯员　某某）9月10日下午，我校召开庆祝教师节大会。"
    assert [f[1] for f in found(text)] == ["某某", "某某"]
    assert found("本报讯（记者　刘洋　通讯员　陈思远）9月10日下午，我校召开庆祝教师节大会。") == []


# ── 张某某 in an honour list ──────────────────────────────────────────────────────────────

@pytest.mark.parametrize("text,name", [
    ("优秀共产党员：张某某、李明、王芳\n", "张某某"),
    ("经研究，决定对张某某同志给予表彰。\n", "张某某"),
    ("决定授予王某同志“优秀党务工作者”称号。\n", "王某"),
    ("关于表彰2025年度先进个人的决定\n\n一、先进个人（3名）\n李明　张某某　王芳\n", "张某某"),
    ("# 2025年度光荣榜\n\n| 姓名 | 单位 |\n| --- | --- |\n| 刘某某 | 第三水厂 |\n", "刘某某"),
])
def test_a_withheld_name_in_an_honour_list_is_a_gap(text, name):
    assert [(f[0], f[1]) for f in found(text, path="list.md")] == [("PH002", name)]


@pytest.mark.parametrize("text", [
    "被告人张某某犯盗窃罪，依法判处有期徒刑一年。\n",
    "当事人王某某与李某某因宅基地发生纠纷，经调解达成协议。\n",
    "关于张某某违纪问题的通报\n张某某，男，1975年生，曾获优秀共产党员称号。\n",
    "市级劳动模范黄某某违规收受礼金，被给予党内警告处分。\n",
    # an honour draft that tells of a case keeps the case's withheld names
    "关于表彰见义勇为先进个人的决定\n李明同志在制止张某某持刀伤人案件中挺身而出。\n",
    "关于表彰先进的决定\n一、先进集体\n二、违纪典型：违规领取补贴的高某某\n",
    "表彰大会上，某种精神感动了大家。\n",
    "通报指出，某中学存在违规补课问题。\n",  # a school withheld on purpose: one 某
])
def test_a_withheld_name_outside_an_honour_is_left_alone(text):
    assert found(text) == []


@pytest.mark.parametrize("text,path", [
    # before an office or a title
    ("与兄弟单位某某派出所建立跨辖区警务协作机制。", "notice.txt"),
    ("特邀某某院士作主旨报告。", "notice.txt"),
    ("在某某中学举办“网络安全进课堂”示范课。", "summary.txt"),
    # a trade and the form of a firm after it
    ("其中，某某食品有限公司生产的手工挂面检出脱氢乙酸。", "notice.txt"),
    ("由某某建筑工程有限责任公司承建。", "notice.txt"),
    ("如县城东农贸市场某某蔬菜摊位销售的芹菜，毒死蜱检出值超标。", "notice.txt"),  # a shop
    # an item of a list of names
    ("| 附议委员 | 王建华、刘晓梅、某某 |\n", "motion.md"),
    ("出席：某某、王建华、刘晓梅\n", "minutes.txt"),
    ("村民选举委员会由7人组成，委员为某某、张建军、刘春华。", "notice.txt"),
    # the name column of a roster
    ("二、优秀班主任（3名）\n陈雅琴　　县第一中学\n某某　　城关镇中心小学\n林国栋　　县实验中学\n", "honours.txt"),
    ("3.某某\t城关镇中心小学\n", "roster.txt"),
    ("二、三八红旗手（3名）\n陈雅琴　江州市第一人民医院护士长\n某某　江州市人民检察院第三检察部检察官\n", "honours.txt"),
])
def test_某某_standing_for_a_name_or_an_office(text, path):
    assert [(f[0], f[1]) for f in found(text, path=path)] == [("PH002", "某某")]


@pytest.mark.parametrize("text", [
    # a name withheld on purpose, before a title or in a list
    "王某某律师事务所代理本案。", "张某某教授因违规兼职被通报。", "被告人张某某、李某某到庭。", "当事人为李某某、王某某等人。",
    # quoted speech and ordinary words
    "他说：“某某、某某都来了。”", "某些、某种情况下",
    "对某些蔬菜摊位开展抽检。", "王某某蔬菜摊位被立案调查。",
    # a withheld name opening a roster row, and 某某 as the first word of a sentence
    "张某某　　县第一中学\n", "某某　同志的发言很好。\n", "某某　单位\n",
])
def test_withheld_names_and_quoted_speech_are_left_alone(text):
    assert found(text) == []


@pytest.mark.parametrize("text, slot", [
    ("会议时间：2026年12月　日上午9:00，地点另行通知。", "2026年12月　日"),
    ("报到时间：2026年3月　　日下午，逾期不予受理。", "2026年3月　　日"),
])
def test_a_day_left_blank_after_a_set_year_and_month_is_the_writers(text, slot):
    assert [f[1] for f in found(text)] == [slot]


def test_a_blank_day_on_a_form_lookalikes():
    assert found("填表日期：2026年　　月　　日") == []  # the month blank too: a form's field
    # below the form's title the blank day is for the form's readers
    text = "会议时间：2026年12月　日\n参会回执\n单位名称：\n抵达时间：2026年12月　日\n"
    assert [(f[1], f[2]) for f in found(text)] == [("2026年12月　日", 1)]


@pytest.mark.parametrize("text, label", [
    ("请于11月30日前报送至区委办公室（联系人：张三，电话：）。", "电话："),
    ("各项任务要明确责任【责任单位：】和完成时限。", "责任单位："),
])
def test_a_label_with_nothing_after_it_before_its_bracket_closes_is_an_empty_field(text, label):
    assert [f[1] for f in found(text)] == [label]


@pytest.mark.parametrize("text", [
    "（联系人：张三，电话：0571-87654321）",
    "（注：本表由各单位填写）",
    "报送材料：（一）工作总结；（二）统计表。",
    "大家都笑了:)",
])
def test_an_empty_field_lookalikes(text):
    assert [f for f in found(text) if f[0] == "PH002"] == []
