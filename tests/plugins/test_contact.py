"""CT rules: QQ numbers and groups, phone numbers, WeChat ids, e-mail and web addresses.

Every contact below is made up for these tests; look-alikes are numbers and words of ordinary
speeches and notices (hotlines, amounts, dates, times, ratios, file names).
"""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker import ConfigError
from checker.config import load_config
from checker.testing import check_text


def found(text, select, **kwargs):
    return [(f.rule.id, f.text, f.column) for f in check_text(text, select=[select], **kwargs)]


def located(text, rule):
    """(text, column) of every finding of ``rule``; the text is where the contact stands."""
    return [(f.text, f.column) for f in check_text(text, select=[rule])]


# --- CT001 QQ numbers and groups ---------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("咨询QQ206157060", [("QQ206157060", 3)]),
    ("客服ＱＱ：２０６１５７０６０", [("ＱＱ：２０６１５７０６０", 3)]),
    ("资料交流群：58231946", [("交流群：58231946", 3)]),
    ("QQ群号：614852037，欢迎加入", [("QQ群号：614852037", 1)]),
    ("联系扣扣 3365512", [("扣扣 3365512", 3)]),
    ("加Q群：71328654 领取资料", [("Q群：71328654", 2)]),
    ("企鹅号：885522331", [("企鹅号：885522331", 1)]),
    ("会员群：      免费QQ群：      ", [("会员群：", 1), ("QQ群：", 13)]),
    ("读者群：", [("读者群：", 1)]),
])
def test_qq_numbers_and_groups(text, expected):
    assert located(text, "CT001") == expected


@pytest.mark.parametrize("text", [
    "要用好微信群、QQ群等联系群众的渠道。",
    "第一季度Q1营收增长12%，Q3持续向好。",
    "群众满意度达98.6%。",
    "QQ音乐、微信读书等应用的用户规模持续扩大。",
    "建立工作交流群：各支部书记为成员，及时传达上级精神。",
    "要增强党组织的号召力和群众的凝聚力。",
])
def test_qq_lookalikes(text):
    assert located(text, "CT001") == []


def test_qq_message_names_the_number():
    (finding,) = check_text("咨询QQ206157060", select=["CT001"])
    assert finding.message == "QQ号“206157060”：模板网站留下的联系方式" and finding.severity == "error"


def test_qq_number_allowed_by_config():
    assert located("咨询QQ206157060", "CT001") != []
    assert check_text("咨询QQ206157060", select=["CT001"], options={"CT001": {"allow": ["206157060"]}}) == []


# --- CT002 phone numbers -----------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("客服电话：138-0013-8000", ("138-0013-8000", 6)),
    ("手机：１３９１２３４５６７８", ("１３９１２３４５６７８", 4)),
    ("+86 138 0013 8000", ("+86 138 0013 8000", 1)),
    ("请打13800138000咨询", ("13800138000", 3)),
    ("138 0013 8000", ("138 0013 8000", 1)),
    ("1380.013.8000", ("1380.013.8000", 1)),
    ("（0571）8888 6666", ("（0571）8888 6666", 1)),
    ("0571-88886666转8012", ("0571-88886666转8012", 1)),
    ("座机010-6552 3388", ("010-6552 3388", 3)),
    ("全国服务热线400-820-8820", ("400-820-8820", 7)),
    ("服务热线：400 6688 520", ("400 6688 520", 6)),
    ("800-810-5888", ("800-810-5888", 1)),
    ("电话：88886666", ("88886666", 4)),
    ("拨打 0571 8888 6666", ("0571 8888 6666", 4)),
    ("手机/微信同号：139 1234 5678", ("139 1234 5678", 9)),
    ("Tel: 021-58889999", ("021-58889999", 6)),
    ("咨询电话：０２１－５８８８９９９９", ("０２１－５８８８９９９９", 6)),
])
def test_phone_numbers_in_any_writing(text, expected):
    assert located(text, "CT002") == [expected]


@pytest.mark.parametrize("text", [
    "群众可拨打12345政务服务便民热线反映问题。",
    "全县完成投资13800138000元。",
    "2019-2020学年共招生1386人，同比增长3.8%。",
    "每周一上午8:30召开调度会。",
    "时间：2022-02-10。",
    "市长热线0571-12345全天候受理诉求。",
    "全市共有手机用户1385万户。",
    "采购预算4001234567元。",
    "按照1:2的比例配备后备干部。",
    "文号为浙政发〔2024〕12号。",
    "全国GDP达到126.06万亿元。",
    "2023.10.01-2023.12.31为集中整治期。",
    "1998.10—2002.07在某某县工作。",
    "邮政编码：310000。",
    "遇到紧急情况请拨打110、119、120。",
    "12315消费者投诉举报热线要畅通。",
    "书号为978-7-01-012345-6。",
    "全年接听群众来电13860余次。",
    "比分定格在3-2。",
])
def test_phone_lookalikes(text):
    assert located(text, "CT002") == []


NOTICE_CONTACTS = {"CT002": {"notice_contacts": True}, "CT004": {"notice_contacts": True}}


def test_notice_contact_line_is_quiet_info_when_asked_and_ad_contact_is_a_warning():
    text = "各单位要按时报送。联系人：李华，联系电话：0991-1234567。"
    assert check_text(text, select=["CT002"]) == []
    notice = check_text(text, select=["CT002"], options=NOTICE_CONTACTS)
    assert [(f.text, f.severity) for f in notice] == [("0991-1234567", "info")]
    assert "请核实号码属于本单位" in notice[0].message
    ad = check_text("客服电话：0991-1234567，咨询会员资料", select=["CT002"])
    assert [(f.text, f.severity) for f in ad] == [("0991-1234567", "warning")]


@pytest.mark.parametrize("text, severity", [
    ("无法扫码的单位，可拨打市数据局办公室电话0745-2861357报名。", "info"),
    ("如对报名方式有疑问，请在工作时间内拨打0745-2861357咨询。", "info"),
    ("发现管网漏水，请拨打县自来水公司服务热线0731-84512580反映。", "info"),
    ("服务热线0731-84512580，代写范文当天交稿。", "warning"),
    ("报名资料下载请咨询0745-2861357。", "warning"),  # 下载 and 资料: a site's pitch
    ("欢迎来电0745-2861357，会员八折。", "warning"),
])
def test_a_notices_own_office_and_registration_numbers_are_info(text, severity):
    findings = check_text(text, select=["CT002"], options=NOTICE_CONTACTS)
    assert [f.severity for f in findings] == [severity]


@pytest.mark.parametrize("header, severity", [
    ("值班电话", "info"),  # a duty roster's own numbers
    ("备注", "warning"),  # a number in a column that names no phone
])
def test_a_number_in_a_tables_phone_column(header, severity):
    for table, path in (
        (f"| 日期 | 值班领导 | {header} |\n| --- | --- | --- |\n| 2月27日 | 张立新 | 0736-7788201 |\n", "a.md"),
        (f"日期\t值班领导\t{header}\n2月27日\t张立新\t0736-7788201\n", "a.txt"),
        (f"日期　值班领导　{header}\n2月26日　李卫东　0736-7788202\n2月27日　张立新　0736-7788201\n", "a.txt"),
    ):
        findings = check_text(table, select=["CT002"], options=NOTICE_CONTACTS, path=path)
        assert {f.severity for f in findings} == {severity}, path
    ad = "| 服务 | 电话 |\n| --- | --- |\n| 代写范文 | 0736-7788201 |\n"
    assert [f.severity for f in check_text(ad, select=["CT002"], path="a.md")] == ["warning"]


def test_the_strict_ruleset_reports_notice_contacts():
    strict = load_config(Path(__file__).resolve().parents[2] / "rulesets" / "strict.toml")
    text = "联系人：李华，联系电话：0991-1234567，电子邮箱：bgs2024@163.com。"
    findings = check_text(text, select=["CT002", "CT004"], options=strict.rules)
    assert [(f.rule.id, f.severity) for f in findings] == [("CT002", "info"), ("CT004", "info")]


def test_notice_contacts_must_be_true_or_false():
    with pytest.raises(ConfigError, match="notice_contacts must be true or false"):
        check_text("联系电话：0991-1234567。", select=["CT002"],
                   options={"CT002": {"notice_contacts": "yes"}})


def test_number_after_a_chat_label_is_left_to_the_chat_rules():
    assert located("QQ：13800138000", "CT002") == []
    assert located("微信：13912345678", "CT002") == []


def test_phone_allowed_by_config_in_any_writing():
    options = {"CT002": {"allow": ["0571-88886666"]}}
    text = "服务热线：（0571）8888 6666，或拨打88886666。"
    assert check_text(text, select=["CT002"], options=options) == []
    assert len(check_text(text, select=["CT002"])) == 2


def test_phone_allowed_by_a_team_file(tmp_path):
    team = tmp_path / "contact.toml"
    team.write_text('[[allow]]\nnumber = "400-820-8820"\nreason = "本单位客服"\n', encoding="utf-8")
    assert check_text("全国服务热线400-820-8820", select=["CT002"], data={"contact": [team]}) == []


def test_bad_allow_option_is_a_config_error():
    with pytest.raises(ConfigError, match="allow must be a list"):
        check_text("13800138000", select=["CT002"], options={"CT002": {"allow": "13800138000"}})


def test_bad_allow_entry_is_a_config_error(tmp_path):
    team = tmp_path / "contact.toml"
    team.write_text('[[allow]]\nnumber = "110"\ndomain = "a.cn"\nreason = "两个都给"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="exactly one of"):
        check_text("13800138000", select=["CT002"], data={"contact": [team]})


# --- CT003 WeChat ids --------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("更多范文请关注微信公众号：gongwen2023", ("微信公众号：gongwen2023", 8)),
    ("加微信 wxid_k8s2m9", ("微信 wxid_k8s2m9", 2)),
    ("ＶＸ：ｆａｎｗｅｎ８８", ("ＶＸ：ｆａｎｗｅｎ８８", 1)),
    ("微信：13912345678", ("微信：13912345678", 1)),
    ("微信号：fanwen_88", ("微信号：fanwen_88", 1)),
    ("vx：moyun2023", ("vx：moyun2023", 1)),
    ("写材料找老张，微信：laozhang_xz", ("微信：laozhang_xz", 8)),
    ("微信：       ", ("微信：", 1)),
])
def test_wechat_ids(text, expected):
    assert located(text, "CT003") == [expected]


@pytest.mark.parametrize("text", [
    "要用好微信公众号、政务微博等新媒体平台。",
    "请关注“平安校园”微信公众号。",
    "微信WeChat已成为常用的沟通工具。",
    "推广微信支付、微信转账等便民服务。",
    "建好用好微信工作群，做到信息及时传达。",
])
def test_wechat_lookalikes(text):
    assert located(text, "CT003") == []


# --- CT004 e-mail addresses --------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("投稿邮箱：fanwen_2023@163.com", ("fanwen_2023@163.com", 6)),
    ("联系邮箱：ｓｅｒｖｉｃｅ＠ｆａｎｗｅｎ．ｃｏｍ", ("ｓｅｒｖｉｃｅ＠ｆａｎｗｅｎ．ｃｏｍ", 6)),
    ("来稿请发 gongwen(at)126.com", ("gongwen(at)126.com", 6)),
    ("邮箱：service#wenku88.com（#换成@）", ("service#wenku88.com", 4)),
    ("资料发送到 12345678@qq.com 即可", ("12345678@qq.com", 7)),
])
def test_email_addresses(text, expected):
    assert located(text, "CT004") == [expected]


@pytest.mark.parametrize("text", [
    "来信请寄县委办公室信访科。",
    "请将材料发送至xzb@example.gov.cn。",
    "C#.NET开发人员",
    "在群里@所有人通知开会。",
    "邮箱已满，请及时清理。",
])
def test_email_lookalikes(text):
    assert located(text, "CT004") == []


def test_email_in_a_notice_contact_sentence_is_info_when_asked():
    text = "请于5月30日前将材料报送至办公室，电子邮箱：bgs2024@163.com。"
    assert check_text(text, select=["CT004"]) == []
    findings = check_text(text, select=["CT004"], options=NOTICE_CONTACTS)
    assert [(f.text, f.severity) for f in findings] == [("bgs2024@163.com", "info")]


# --- CT005 web addresses -----------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("公文写作网 www.gongwenxiezuo.com", ("www.gongwenxiezuo.com", 7)),
    ("更多范文见 https://fanwen365.com/list", ("https://fanwen365.com/list", 7)),
    ("访问ｗｗｗ．ｆａｎｗｅｎ８８．ｃｏｍ下载", ("ｗｗｗ．ｆａｎｗｅｎ８８．ｃｏｍ", 3)),
    ("搜索 gongwen888.cn 获取全文", ("gongwen888.cn", 4)),
    ("fanwen8。com", ("fanwen8。com", 1)),
    ("官方网站：http://www.gongwen365.net。", ("http://www.gongwen365.net", 6)),
    ("本站地址 moyun.com.cn/speech", ("moyun.com.cn/speech", 6)),
])
def test_web_addresses(text, expected):
    assert located(text, "CT005") == [expected]


@pytest.mark.parametrize("text", [
    "详情请登录县政府网站www.example.gov.cn查询。",
    "原始数据文件为data_2025h1.xlsx。",
    "加强网络安全，推进政务服务网上办理。",
    "ASP.NET与Node.js开发培训",
    "请登录共产党员网www.12371.cn学习。",
    "通过“学习强国”https://www.xuexi.cn 参加答题。",
    "软件升级到v2.0版本。",
    "参考链接：https://example.com/docs?id=1 。",
    "全国文明城市网上申报系统已开通。",
])
def test_web_lookalikes(text):
    assert located(text, "CT005") == []


def test_markdown_link_target_is_checked_and_code_is_not():
    text = ("更多材料见[这里](https://www.fanwen88.com/a.html)。\n\n"
            "```\nurl = \"http://127.0.0.1:8080/api\"\ncontact = \"admin@localhost.com\"\n```\n")
    findings = check_text(text, select=["CT"], path="draft.md")
    assert [(f.rule.id, f.text, f.line) for f in findings] == [("CT005", "https://www.fanwen88.com/a.html", 1)]


def test_a_host_that_names_what_the_site_sells_is_an_error():
    (finding,) = check_text("![](https://img.fanwen123.com/upload/water.png)", select=["CT005"], path="draft.md")
    assert finding.severity == "error" and finding.message.endswith("是模板网站的地址（含“fanwen”）")
    # a host saying nothing of the kind is one to check, and a government site is none
    (other,) = check_text("见 www.gwfw.net 的图片", select=["CT005"])
    assert other.severity == "warning" and "请核实" in other.message
    assert check_text("详见 www.fanwen.gov.cn 公告", select=["CT005"]) == []


def test_a_hotline_an_office_opens_is_its_own():
    assert check_text("宣传周期间，市妇联开通家庭教育咨询热线0736-8211618。", select=["CT002"]) == []
    assert [f.rule.id for f in check_text("开通会员请致电0731-88886666。", select=["CT002"])] == ["CT002"]


def test_domain_allowed_by_config():
    assert check_text("见 www.moyun.com", select=["CT005"], options={"CT005": {"allow": ["moyun.com"]}}) == []


# --- the seeds' contact lines, quoted ----------------------------------------------------------

def test_seed_contact_lines():
    assert located("酷乐文行整理，咨询QQ206157060", "CT001") == [("QQ206157060", 10)]
    assert located("会员群：                      免费QQ群：         ", "CT001") == [("会员群：", 1), ("QQ群：", 29)]


def test_whole_fixture_draft_contacts():
    text = ("公文写作网 www.gongwenxiezuo.com\n在全市安全生产工作会议上的讲话\n同志们：\n"
            "今天召开全市安全生产工作会议。\n更多精彩范文请关注微信公众号：gongwen2023，客服QQ：1234567890\n")
    findings = check_text(text, select=["CT"])
    assert [(f.rule.id, f.line, f.text) for f in findings] == [
        ("CT005", 1, "www.gongwenxiezuo.com"),
        ("CT003", 5, "微信公众号：gongwen2023"),
        ("CT001", 5, "QQ：1234567890"),
    ]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ＱＱ：２０６１，。ｗ．ｃｏｍ　！～＿＠（）｟ａA1 你好\uff00\uff5f\u3001"), max_size=60))
def test_folding_replaces_exactly_what_the_fold_table_says(text):
    from checker_plugins.contact.common import FOLD, fold

    assert fold(text) == text.translate(FOLD)


# --- the organiser's own lines met in recruitment and essay-contest notices --------------------

@pytest.mark.parametrize("text,rule", [
    ("（三）咨询电话：0576-88213065（工作日上午8:30—12:00，下午14:30—17:30）。", "CT002"),
    ("（二）投稿邮箱：ghzw2024@163.com。邮件主题请注明单位和姓名。", "CT004"),
    ("评选结果将在市图书馆官方网站（http://www.jhlib.org.cn）公布。", "CT005"),
    ("如有疑问，请拨打县人民法院诉讼服务热线0736-7788123核实，或直接拨打110报警。", "CT002"),
])
def test_organisers_own_contacts_are_quiet(text, rule):
    assert located(text, rule) == []


@pytest.mark.parametrize("text,rule,expected", [
    ("需要原创讲话稿的私信我或加Q：2659871034", "CT001", "加Q：2659871034"),
    ("咨询电话：（0571）8888 6666", "CT002", "（0571）8888 6666"),
    ("投稿邮箱：fanwen_2023@163.com", "CT004", "fanwen_2023@163.com"),
    ("更多范文请访问本站官网www.gongwen888.com。", "CT005", "www.gongwen888.com"),
    ("官方网站：http://www.gongwen365.net。", "CT005", "http://www.gongwen365.net"),
    ("投稿及合作请发邮件至：gwbgz2024@163.com", "CT004", "gwbgz2024@163.com"),  # a site's business
    ("商务合作请联系：13907361542", "CT002", "13907361542"),
    ("定制热线：138 2647 9051（同微信）", "CT002", "138 2647 9051"),
])
def test_template_sites_own_contacts_are_still_reported(text, rule, expected):
    assert [t for t, _ in located(text, rule)] == [expected]


@pytest.mark.parametrize("text,rule", [
    # the line names the contact person; the mobile comes after a semicolon
    ("（联系单位：县交通运输局规划建设股；联系人：陈晓；联系电话：0736-7221568；手机：13907361542）", "CT002"),
    # lines under the notice's own heading
    ("六、联系方式\n区委组织部组织科：赵敏，电话：0791-65231847；\n区委党校教务科：孙立新，手机：13862127538。", "CT002"),
    ("学校总值班室电话：0871-65031100（24小时）。", "CT002"),
    ("（二）短信举报：13952112380；", "CT002"),
    ("各校参观时间请提前与县博物馆预约，预约电话：0736-7788321。", "CT002"),
    ("公示期间，对拟任人选有意见的，请向县委组织部反映。受理电话：0736-5212380", "CT002"),
    ("各分会场请于8:30前完成视频会议系统调试，联调电话：0736-7725110。", "CT002"),
    ("节日期间便民服务电话：\n报警求助：110\n火警：119\n医疗急救：120\n区文明办咨询电话：0736-7788126", "CT002"),
    # a duty list, one office a line, read through to its title
    ("附件\n委机关2025年国庆节、中秋节值班表（联系方式）\n总值班室：0731-88771234（24小时）\n"
     "委办公室：0731-88771200\n委安全生产监管处：0731-88771260\n机关后勤服务中心：0731-88771288", "CT002"),
    ("各园区管理办公室值班电话：\n高新技术产业园：0731-88772001\n金融商务区：0731-88772002\n"
     "生态科技新城：0731-88772003\n临空产业园：0731-88772004", "CT002"),
    # a contact block: the number over the contact person's line
    ("（三）本公告由青溪县教育局负责解释。\n\n咨询电话：0719-6623415（县教育局人事股）\n联系人：周晓雯", "CT002"),
    ("联　系　人：周晓雯\n咨询电话：0719-6623415", "CT002"),
    # a number with the office that answers it, in brackets
    ("交通管制咨询电话：0745-6122122（青溪县公安局交通警察大队指挥中心）；市民也可拨打12345政务服务便民热线咨询。", "CT002"),
    # numbers under a 咨询电话 heading, each with the office that answers it
    ("四、咨询电话\n交通管制咨询：0719-6612122（县公安局交通警察大队）\n"
     "施工咨询：0719-6627518（县住房和城乡建设局城建股）\n供水服务热线：0719-6621166（24小时）", "CT002"),
    # the secretariat a meeting notice sets up
    ("4.会议期间，县人大常委会办公室设立会务组，负责会议文件印发和后勤保障工作。\n会务组电话：0736-7788125", "CT002"),
    # a list of who does what, each line an office, a name and a number, under its heading
    ("九、会务组联系方式\n会务总协调：局办公室　刘　畅　0736-7788106\n报到及材料：局办公室　陈思远　0736-7788109\n"
     "车辆及安保：机关后勤服务中心　黄建军　13974612058", "CT002"),
    # a party to reach, named on the line above its number
    ("（四）监督部门\n名　　称：南湖区财政局政府采购监管科\n联系方式：0573-82731120", "CT002"),
    # an office's line with two numbers and its hours does not end the list under the heading
    ("八、联系方式\n市科技局科技服务与成果转化科：0576-88236127，0576-88236129（工作日08:30—12:00，14:30—17:30）\n"
     "市财政局教科文科：0576-88201563\n平台技术支持：0576-88236100；电子邮箱：cxq@linjiang.gov.cn", "CT002"),
])
def test_more_of_the_notices_own_lines(text, rule):
    assert located(text, rule) == []


def test_a_sellers_number_under_a_heading_is_still_reported():
    text = "六、联系方式\n更多范文请联系客服，手机：13862127538。"
    assert [t for t, _ in located(text, "CT002")] == ["13862127538"]
    listed = "九、会务组联系方式\n会务总协调：局办公室　刘　畅　0736-7788106\n售后服务：范文网客服　小李　13974612058"
    assert [t for t, _ in located(listed, "CT002")] == ["13974612058"]
    text = "会议要求\n请各单位认真贯彻落实会议精神，做好相关工作，按时报送材料，确保取得实效。\n手机：13862127538"
    assert [t for t, _ in located(text, "CT002")] == ["13862127538"]
    # a list of numbers whose title is not a contact heading
    text = "更多精品范文资料合集下载（持续更新）\n售前客服：0731-88771260\n售后客服：0731-88771270"
    assert [t for t, _ in located(text, "CT002")] == ["0731-88771260", "0731-88771270"]
    text = "请各单位认真贯彻落实会议精神，做好相关工作，按时报送材料。\n甲公司：0731-88771260\n乙公司：0731-88771270"
    assert [t for t, _ in located(text, "CT002")] == ["0731-88771260", "0731-88771270"]
    # a line of a seller's two numbers is no heading's list either
    text = "更多精品范文资料合集下载\n售前客服：0731-88771260，0731-88771261（工作日）\n技术支持：0731-88771270"
    assert [t for t, _ in located(text, "CT002")] == ["0731-88771260", "0731-88771261", "0731-88771270"]
    # what stands in brackets after a seller's number is no office
    for text in ("咨询电话：0731-88771260（王老师）", "咨询电话：0731-88771260（笔杆子工作室）",
                 "咨询电话：0731-88771260（范文网客服部）"):
        assert [t for t, _ in located(text, "CT002")] == ["0731-88771260"], text
    # a name over the number that is no office, or a seller's
    for text in ("名称：某某范文网\n联系方式：0573-82731120", "名称：范文网客服部\n联系方式：0573-82731120",
                 "备注：详见附件\n联系方式：0573-82731120"):
        assert [t for t, _ in located(text, "CT002")] == ["0573-82731120"], text
    # a contact person's line that is a seller's: no contact block
    text = "下载后可编辑。\n咨询电话：0731-88771260\n联系人：小王　微信：fanwen2023"
    assert [t for t, _ in located(text, "CT002")] == ["0731-88771260"]
    # a service named with the number is the office's own only with no commercial word
    assert [t for t, _ in located("范文代写招生咨询电话：0731-88771260", "CT002")] == ["0731-88771260"]
    # a number under a heading that is not the notice's own, far from any 联系人 line
    text = "四、咨询电话\n请认真贯彻落实会议精神，做好相关工作，按时报送材料，确保各项工作取得实效。\n电话：0731-88771260"
    assert [t for t, _ in located(text, "CT002")] == ["0731-88771260"]


@pytest.mark.parametrize("text", [
    "（四）赛事期间交通咨询电话：0719-8123122（24小时）。",
    "可提前拨打赛事组委会服务电话0719-8123500登记。",
    "求职者和用人单位可拨打区公共就业服务热线0859-3213366查询招聘信息。",
    "十、其他事项\n招生咨询电话：0379-62318866\n学校地址：县城文化路56号",  # a school's own line
])
def test_organisers_service_lines(text):
    assert located(text, "CT002") == []


def test_a_contact_label_spaced_to_the_width_of_others():
    text = "招标人：临江市住房和城乡建设局\n地　　址：临江市滨江路218号\n联　系　人：郑　伟\n电　　话：0736-7135208"
    assert located(text, "CT002") == []
    # a spaced label of its own, lines away from the contact person
    text = ("六、联系方式\n联系人：市退役军人事务局办公室　陈晓燕\n电子邮箱：jzstyjr@163.com\n"
            "会务组：市退役军人事务局办公室、优抚科\n传　　真：0796-8213658\n")
    assert located(text, "CT002") == []
    assert located("代写材料请联系，传　　真：0796-8213658，微信同号。", "CT002") != []


def test_an_organisers_account_and_a_village_service_line():
    text = ("请于9月10日前填写报名回执，发送至市科协科普部电子邮箱kpb@ljkx.org.cn，"
            "也可登录“临江科协”微信公众号在线报名。")
    assert located(text, "CT004") == []
    assert located("大家有意见建议，可以随时打村便民服务中心电话83561020。", "CT002") == []
    assert [t for t, _ in located("更多范文请关注公众号：gwxz，投稿邮箱gwxz@163.com", "CT004")] == ["gwxz@163.com"]


def test_a_villages_list_of_cadres_and_their_mobiles_under_its_heading():
    text = ("七、联系方式\n村便民服务窗口：0739-4615230（工作日8:30—17:30）\n"
            + "".join(f"{n}组组长　彭建{n}　1357403982{i}\n" for i, n in enumerate("一二三四五六七八九"))
            + "青山镇医保经办服务电话：0739-4610235\n")
    assert located(text, "CT002") == []


def test_numbers_listed_after_a_sentence_asking_to_call_them():
    text = ("发现路面塌陷等情况，请及时报告社区或拨打以下电话：\n城南街道防汛值班室：0731-85236110（24小时）\n"
            "城南街道城管办：0731-85236135\n桂花社区：0731-85236017\n阳光社区：0731-85236028\n")
    assert located(text, "CT002") == []


@pytest.mark.parametrize("line", ["青山镇农经站：0739-4610172", "县征兵办咨询电话：0739-4221356"])
def test_an_office_labelling_its_own_number(line):
    assert located("合计　　18\n" + line + "\n", "CT002") == []


@pytest.mark.parametrize("line", ["代写材料请联系：13900001111", "笔杆子文化工作室：13900001111"])
def test_a_seller_labelling_a_number_is_still_reported(line):
    assert located("合计　　18\n" + line + "\n", "CT002") != []


def test_a_sellers_own_contact_label_is_no_notices():
    # 联系电话 would make it the notice's own; 文档定制 says who answers
    assert located("文档定制联系电话：13873651294", "CT002") != []
    assert located("会务联系电话：13873651294", "CT002") == []


def test_the_national_quitline_is_a_public_service():
    assert located("需要戒烟帮助的朋友，可拨打全国戒烟热线400-888-5531咨询。", "CT002") == []


@pytest.mark.parametrize("text", [
    "持续做好学校网站（http://www.jzsyxx.edu.cn）的信息公开工作。",
    "消费者遇到消费纠纷，可拨打12315热线或通过全国12315平台（https://www.12315.cn）投诉。",
])
def test_a_schools_site_and_the_national_complaints_platform(text):
    assert located(text, "CT005") == []


def test_a_number_to_report_a_fire_to_is_a_public_service_number():
    text = "各地发现火情，要第一时间拨打森林火警电话12119或0797-3812119报告，严禁迟报、漏报、瞒报。"
    assert check_text(text, select=["CT002"]) == []
    assert len(check_text("代写材料请拨打0797-3812119咨询。", select=["CT002"])) == 1
