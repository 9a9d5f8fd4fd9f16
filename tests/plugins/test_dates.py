"""DA001 impossible dates and DA002 weekdays that do not fit their date.

Weekdays in the expected values were worked out from the calendar, not from the code: 2025-05-31
is a Saturday, 2025-06-03 a Tuesday, 2023-06-03 a Saturday, 2024-06-02 a Sunday, 2026-01-02 a
Friday.
"""

from __future__ import annotations

import pytest

from checker.testing import check_text


def da(text: str, **kwargs):
    """(rule, line, column, text, severity) of every DA finding."""
    return [(f.rule.id, f.line, f.column, f.text, f.severity) for f in check_text(text, select=["DA"], **kwargs)]


# --------------------------------------------------------------------------------------------
# DA001 — dates that do not exist
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,flagged,message", [
    ("活动时间为2025年6月31日。", "2025年6月31日", "6月没有31日"),
    ("请于4月31日前报送材料。", "4月31日", "4月没有31日"),
    ("定于2月30日召开。", "2月30日", "2月没有30日"),
    ("2025年2月29日召开总结大会。", "2025年2月29日", "2025年不是闰年，2月没有29日"),
    ("集中整治时间为6月1日至31日。", "31日", "6月没有31日"),
    ("报名时间：9月1日—31日。", "31日", "9月没有31日"),
    ("请于9月31号前报名。", "9月31号", "9月没有31日"),
    ("时间为13月5日。", "13月5日", "没有13月"),
    ("时间为2025年5月0日。", "2025年5月0日", "日期不能是0日"),
    # a numbered item right before the date: 2. then 4月31日
    ("主要安排：\n1.3月15日前摸底；\n2.4月31日前完成整改。", "4月31日", "4月没有31日"),
])
def test_impossible_dates(text, flagged, message):
    (finding,) = check_text(text, select=["DA001"])
    assert (finding.text, finding.message, finding.severity) == (flagged, message, "error")


def test_february_29th_without_a_year_in_a_draft_of_a_common_year():
    (finding,) = check_text("2月29日前报送材料。\n\n县委办公室\n2026年2月10日", select=["DA001"])
    assert (finding.text, finding.message, finding.severity) == ("2月29日", "按文中的年份（2026年），2月没有29日", "warning")
    assert da("2月29日前报送材料。\n\n县委办公室\n2024年2月10日") == []
    assert da("2月29日前报送材料。") == []


@pytest.mark.parametrize("text", [
    "活动时间为2025年6月30日，2024年2月29日已召开过一次。",
    "2月29日召开总结大会。",  # no year: it may be a leap year
    "农历2月30日是传统的庙会。",
    "集中整治时间为7月1日至31日，8月1日至9月30日为巩固阶段。",
    "请到12号楼32号房间报到，3月15号文件另行印发。",
    "2025月度报表另附，112月5日不是日期。",
    "农历五月初五（公历5月31日）是端午节。",
])
def test_possible_dates_are_clean(text):
    assert da(text) == []


# --------------------------------------------------------------------------------------------
# DA002 — weekday
# --------------------------------------------------------------------------------------------


def test_weekday_of_a_date_with_its_year_is_an_error_with_an_unsafe_fix():
    text = "定于2025年5月31日（星期五）上午9:00召开动员大会。"
    (finding,) = check_text(text, select=["DA002"])
    assert (finding.line, finding.column, finding.text, finding.severity) == (1, 14, "星期五", "error")
    assert finding.message == "2025年5月31日是星期六，不是星期五"
    assert finding.suggestion == "星期六"
    (edit,) = finding.fix.edits
    assert (text[edit.start:edit.end], edit.replacement, finding.fix.safety) == ("五", "六", "unsafe")


@pytest.mark.parametrize("text,flagged,message", [
    # the year of the draft's other dates: a template written for 2023 reused in 2025
    ("6月3日（星期六）开展志愿服务。\n\n县文明办\n2025年5月20日",
     "星期六", "按文中的年份（2025年），6月3日是星期二，不是星期六"),
    # the year on the same line, and the short forms of a weekday
    ("2025年工作安排：6月3日周六开展志愿服务。", "周六", "按文中的年份（2025年），6月3日是周二，不是周六"),
    # the draft's year only: 6月2日 was a Sunday in 2024, but the draft is of 2025
    ("6月2日（星期日）举行开幕式。\n\n2025年5月20日", "星期日", "按文中的年份（2025年），6月2日是星期一，不是星期日"),
    # the end of a range takes the year of its start
    ("活动时间：2025年5月31日（星期六）至6月2日（星期日）。", "星期日",
     "按文中的年份（2025年），6月2日是星期一，不是星期日"),
    # across the new year: 1月2日 after 2025年12月30日 is in 2026, a Friday
    ("值班时间：2025年12月30日（星期二）至1月2日（星期四）。", "星期四",
     "按文中的年份（2026年），1月2日是星期五，不是星期四"),
    # the same day named with its year before on the line, another year nearer: that day's year
    ("集中整治阶段（2025年12月1日至2026年1月31日）。12月1日（星期二），召开部署会。", "星期二",
     "按文中的年份（2025年），12月1日是星期一，不是星期二"),
])
def test_weekday_of_a_date_without_its_year_is_a_warning(text, flagged, message):
    (finding,) = check_text(text, select=["DA002"])
    assert (finding.text, finding.message, finding.severity) == (flagged, message, "warning")


def test_weekday_written_before_the_date():
    (finding,) = check_text("会议定于星期一（2025年6月3日）召开。", select=["DA002"])
    assert (finding.column, finding.text, finding.message) == (5, "星期一", "2025年6月3日是星期二，不是星期一")


@pytest.mark.parametrize("text", [
    "定于2025年5月31日（星期六）上午9:00召开动员大会。",
    "会议定于星期二（2025年6月3日）召开，礼拜六（2025年5月31日）报到。",
    "活动时间：2025年5月31日（星期六）至6月2日（星期一）。",
    "值班时间：2025年12月30日（星期二）至1月2日（星期五）。",
    # a day before the full date on the line is in the same year (2025-11-17 was a Monday)
    "2025年11月18日（星期二）至21日（星期五）。11月17日（星期一）报到。",
    # the same day named again without its year: that year's weekday is right
    "集中整治阶段（2025年12月1日至2026年1月31日）。12月1日（星期一），召开部署会。",
    # no year anywhere: nothing to check against
    "5月31日（星期五）召开会议。",
    # across the new year: a report dated January on 12月28日 of the year before (a Sunday
    # in 2025), a notice dated December on 1月2日 of the year after (a Friday in 2026)
    "12月28日（星期日）召开总结会。\n\n2026年1月5日",
    "1月2日（星期五）起恢复办公。\n\n2025年12月20日",
    # a range of weekdays, not the date's weekday
    "自2025年3月3日周一至周五每天开放，2025年3月10日周二、周四上午办理。",
    # lunar dates have no weekday here
    "农历2025年5月5日（星期六）包粽子。"  # 2025-05-05 (solar) was a Monday,
    "农历五月初五（2025年5月31日，星期六）是端午节。",
    "2025年5月31日周年庆典，6月1日周边道路管制。",
])
def test_weekday_lookalikes_are_clean(text):
    assert da(text) == []


def test_team_file_adds_a_weekday_word(tmp_path):
    team = tmp_path / "our-dates.toml"
    team.write_text('weekday_words = ["星期", "礼拜", "周", "週"]\n', encoding="utf-8")
    text = "定于2025年5月31日（週五）召开。"
    assert da(text) == []
    findings = check_text(text, select=["DA002"], data={"dates": [team]})
    assert [(f.text, f.suggestion) for f in findings] == [("週五", "週六")]


def test_weekday_after_a_comma_ending_the_clause():
    (finding,) = check_text("今天是6月6日，星期四。\n\n2025年6月1日", select=["DA002"])
    assert (finding.text, finding.suggestion) == ("星期四", "星期五")
    assert da("定于6月6日，周四上午另行通知。\n\n2025年6月1日") == []  # the weekday may name another day


def test_a_date_without_its_year_in_a_draft_whose_title_names_the_year():
    text = "# 清河县2025年上半年安全生产工作总结\n\n６月１３日（星期四），我局开展联合执法检查。\n"
    (finding,) = check_text(text, select=["DA002"], path="a.md")
    assert (finding.text, finding.suggestion) == ("星期四", "星期五")
    assert finding.message == "按文中的年份（2025年），6月13日是星期五，不是星期四"
    # a report on one year, written or planning in the next: 2025-01-15 was a Wednesday
    assert da("清河县2024年度工作总结\n\n1月15日（星期三）召开全县总结大会。") == []
    # a title that plans its year (年度 alone) does not reach into the next: 2025-02-15 was a Saturday
    assert [f[3] for f in da("在2025年度征兵工作动员会上的讲话\n\n体检定于2月15日（星期日）进行。")] == ["星期日"]


def test_a_day_before_the_full_date_on_its_line_is_in_the_same_year():
    text = "2025年11月18日（星期二）至21日（星期五）。11月17日（星期一）报到。"
    assert da(text) == []
    assert [f[3] for f in da(text.replace("11月17日（星期一）", "11月17日（星期二）"))] == ["星期二"]


def test_dates_written_in_chinese_numerals():
    assert [f[3] for f in da("二〇二五年二月二十九日")] == ["二〇二五年二月二十九日"]
    assert [f[3] for f in da("二〇二五年六月三十一日")] == ["二〇二五年六月三十一日"]
    assert da("二〇二四年二月二十九日") == []
    assert [f[3] for f in da("二〇二五年十二月十九日（星期四）")] == ["星期四"]
    assert da("二〇二五年十二月十九日（星期五）") == []
    # the issue date gives the year of a date written without one
    notice = "12月10日（星期三）召开会议。\n江州市人社局　　二〇二五年十二月十九日"
    assert da(notice) == []
    assert [f[3] for f in da(notice.replace("星期三", "星期四"))] == ["星期四"]
    # a year without 〇 is no date of this century; 二〇三五年远景目标 names no day
    assert da("到二〇三五年基本实现社会主义现代化。") == []


def test_a_span_of_years_on_the_line_names_both():
    # 2025-12-10 was a Wednesday, 2026-12-10 a Thursday
    text = "12月10日（星期三），全市2025—2026年度根治欠薪冬季专项行动动员部署会召开，行动至2026年春节前结束。"
    assert da(text) == []
    assert [f[3] for f in da(text.replace("2025—2026年度", "2026年度"))] == ["星期三"]


def test_a_november_notice_does_not_excuse_last_years_weekday():
    # 2025-11-05 was a Wednesday; in 2024 it was a Tuesday, as the reused template says
    text = "2025年11月7日（星期五）上午9:30开始演练。\n请于11月5日（星期二）前报送回执。\n2025年10月28日"
    assert [f[3] for f in da(text)] == ["星期二"]


# --------------------------------------------------------------------------------------------
# DA003 — anniversaries
# --------------------------------------------------------------------------------------------

SIGNED_2025 = "\n中共某县委\n2025年6月28日\n"


@pytest.mark.parametrize("text, flagged, suggestion", [
    ("同志们：\n今年是中国共产党成立103周年。" + SIGNED_2025, "103", "104"),
    ("2025年是新中国成立75周年，我们要……", "75", "76"),
    ("值此建军九十七周年之际，向全县退役军人致以节日的问候。\n2025年7月30日", "九十七", "九十八"),
    ("在庆祝中华人民共和国成立75周年之际，我们召开这次会议。\n2025年9月30日", "75", "76"),
    ("去年，我们隆重庆祝新中国成立七十四周年。\n2025年1月10日", "七十四", "七十五"),
    ("以纪念抗日战争胜利79周年为契机，大力弘扬伟大抗战精神。\n2025年8月20日", "79", "80"),
    ("今年是收官之年，明年是中国共产党成立104周年。\n2025年11月20日", "104", "105"),
    # a full date says the year too
    ("2025年7月1日，我们将迎来中国共产党成立103周年纪念日。", "103", "104"),
    # days kept every year, counted 第N个
    ("在2025年第40个教师节到来之际，决定表彰一批先进典型。", "40", "41"),
    ("今年是第七个中国农民丰收节。\n2025年9月20日", "七", "八"),
])
def test_anniversary_counts_that_do_not_fit_the_year(text, flagged, suggestion):
    (finding,) = check_text(text, select=["DA003"])
    assert (finding.text, finding.suggestion, finding.severity) == (flagged, suggestion, "warning")


def test_a_day_kept_every_year_is_named_in_the_message():
    (finding,) = check_text("在2025年第40个教师节到来之际，决定表彰。", select=["DA003"])
    assert finding.message == "2025年是第41个教师节，文中写作第40个"


@pytest.mark.parametrize("text", [
    "同志们：\n今年是中国共产党成立104周年。" + SIGNED_2025,
    "去年，我们隆重庆祝新中国成立75周年。\n2025年1月10日",
    "即将迎来建党105周年，我们要以优异成绩迎接党的生日。\n2025年12月20日",
    "自1921年建党以来，今年是建党104周年。\n2025年7月1日",
    # no year said: the sentence may look back at any year; no date line: no year to hold it to
    "我们隆重庆祝新中国成立75周年，举办了系列活动。" + SIGNED_2025,
    "今年是中国共产党成立103周年。",
    # other anniversaries, and a count that is no anniversary's
    "热烈庆祝恒达集团成立二十周年。" + SIGNED_2025,
    "2024年是新中国成立75周年，2025年是新中国成立76周年。",
    # the nearest time word before the count speaks for it
    "今年是“十四五”规划收官之年，明年是“十五五”规划开局之年，也是中国共产党成立105周年。\n2025年11月20日",
    "以迎接建党105周年为契机，组织开展主题活动。\n2025年12月26日",
    # the year of an assessment named in the next clause is not the year of the celebration
    "今天，我们隆重集会，热烈庆祝中国共产党诞辰99周年，表彰2019年度先进基层党组织。",
    # the right count of a day kept every year; a date whose year is the event's own
    "在2025年第41个教师节到来之际，决定表彰一批先进典型。",
    "今年是第八个中国农民丰收节。\n2025年9月20日",
    "1921年7月1日，中国共产党成立，今年是建党104周年。\n2025年6月28日",
    # 第N个 of something else, and a count with no year said
    "这是我们开展的第40个志愿服务项目。\n2025年9月10日",
    "我们庆祝了第40个教师节。",
])
def test_anniversary_lookalikes(text):
    assert check_text(text, select=["DA003"]) == []


# --- DA004: ranges whose ends are swapped, and the days a range is said to last ----------------

def da004(text: str):
    return [(f.text, f.message) for f in check_text(text, select=["DA004"])]


@pytest.mark.parametrize("text, span, message", [
    ("8月上旬起，9月25日至8月3日期间累计降水量仅21.6毫米。", "9月25日至8月3日", "日期范围起止颠倒：“9月25日”在“8月3日”之后"),
    ("节前客流高峰预计出现在2月14日至2月10日。", "2月14日至2月10日", "日期范围起止颠倒：“2月14日”在“2月10日”之后"),
    ("第二阶段：集中施工（2025年10月—2025年4月）。", "2025年10月—2025年4月",
     "日期范围起止颠倒：“2025年10月”在“2025年4月”之后"),
    ("整治时间为6月30日至1日。", "6月30日至1日", "日期范围起止颠倒：“6月30日”在“1日”之后"),
    ("2025年10月17日（星期五）至10月16日（星期四）举行。", "2025年10月17日（星期五）至10月16日（星期四）",
     "日期范围起止颠倒：“2025年10月17日”在“10月16日”之后"),
    ("9月21日14:30—12:00，讲解调查小区图绘制要求。", "14:30—12:00", "时间范围起止颠倒：“14:30”在“12:00”之后"),
])
def test_a_range_ending_before_it_starts_is_reported(text, span, message):
    assert da004(text) == [(span, message)]


@pytest.mark.parametrize("text, days, message", [
    ("2026年春运自2月2日起至3月13日止，共42天。", "42天", "“2月2日起至3月13日”首尾共40天，文中写作“42天”"),
    ("专项行动为期30天（2025年5月10日至5月31日，为期30天）。", "30天", "“2025年5月10日至5月31日”首尾共22天，文中写作“30天”"),
    # weekdays in brackets, Chinese numerals, weeks and months
    ("2025年5月18日（星期日）至5月28日（星期三），为期7天。", "7天",
     "“2025年5月18日（星期日）至5月28日（星期三）”首尾共11天，文中写作“7天”"),
    ("2025年9月16日（星期二）至10月17日（星期五），为期两天。", "两天",
     "“2025年9月16日（星期二）至10月17日（星期五）”首尾共32天，文中写作“两天”"),
    ("2026年3月1日至3月21日，为期两周。", "两周", "“2026年3月1日至3月21日”首尾共21天，文中写作“两周”"),
    ("全县冬春火灾防控工作自2025年11月15日开始，至2026年3月15日结束，为期3个月。", "3个月",
     "“2025年11月15日开始，至2026年3月15日”约4个月，文中写作“3个月”"),
    ("2026年3月1日至6月30日，为期3个月。", "3个月", "“2026年3月1日至6月30日”约4个月，文中写作“3个月”"),
    ("11月至12月，为期三个月。", "三个月", "“11月至12月”首尾共2个月，文中写作“三个月”"),
    ("11月至次年3月，为期两个月。", "两个月", "“11月至次年3月”首尾共5个月，文中写作“两个月”"),
])
def test_the_days_a_range_is_said_to_last_must_be_its_days(text, days, message):
    assert da004(text) == [(days, message)]


@pytest.mark.parametrize("text", [
    "元旦假期值班时间为12月30日至1月1日。",  # over New Year
    "秋季学期为9月1日至1月20日。",
    "供暖期为11月15日至次年3月15日。",  # said so
    "集中施工阶段（2025年10月—2026年4月）。",
    "小学一年级：2019年9月1日至2020年8月31日出生的适龄儿童。",  # a year after a colon
    "值班时间为22:00—6:00，上午8:30—12:00，下午14:30—17:30。",  # overnight
    "值班时间为18:00至次日8:00。",
    "上午11:00至下午1:00午休。",  # more than the overnight hours back: past noon
    "家长会定于11月31日至11月2日举行。",  # a day that does not exist: DA001's
    "2026年春运自2月2日起至3月13日止，共40天。",
    "集中整治自5月1日至5月10日，共9天。",  # one end left out of the count
    "元旦假期为2027年1月1日至3日，春节假期为2027年2月5日至11日，共计10天。",  # the days of both
    "截至6月30日，共完成整改45项。",
    "1—3月，全市实现地区生产总值412亿元。",
    "2025年5月18日（星期日）至5月24日（星期六），为期7天。",
    "2025年10月16日（星期四）至10月17日（星期五），为期两天。",
    "2025年5月6日（星期二）至6月6日（星期五），为期一个月。",
    "2026年3月1日至6月30日，为期4个月。",
    "2025年4月21日至6月30日，为期两个月。",  # 71 days: nearer two months than three
    "2026年3月9日至3月13日，为期一周。",  # a working week
    "2026年3月1日至3月14日，为期两周。",
    "各地要在11月至12月开展为期两个月的排查整治行动。",
    "11月至次年3月，为期4个月。",  # the months between, one fewer
    "本次读书月活动时间为2025年4月2日—4月30日，为期近一个月。",  # rough counts
    "2025年4月21日至7月10日，为期两个多月。",
    "2025年4月21日至7月10日，为期两个月左右。",
])
def test_range_lookalikes(text):
    assert da004(text) == []


# --- DA003: the year a five-year plan opens or closes in ---------------------------------------

@pytest.mark.parametrize("text, message", [
    ("2026年是“十四五”规划开局之年，也是集团深化改革的关键之年。",
     "“十四五”的开局之年是2021年，文中说的是2026年（2026年是“十五五”的开局之年）"),
    ("今年是“十四五”规划的开局之年。\n2025年3月1日", "“十四五”的开局之年是2021年，文中说的是2025年"),
    ("讲话\n2025年3月6日（星期四）\n同志们：\n今年是“十四五”规划的开局之年。", "“十四五”的开局之年是2021年，文中说的是2025年"),
    ("讲话\n2025年3月6日 星期四\n同志们：\n今年是“十四五”规划的开局之年。", "“十四五”的开局之年是2021年，文中说的是2025年"),
    ("2024年是“十四五”规划收官之年。", "“十四五”的收官之年是2025年，文中说的是2024年"),
    # a speech dated by its month under the title
    ("在全县工作会议上的讲话\n（2025年7月）\n同志们：\n今年是“十四五”规划的开局之年。",
     "“十四五”的开局之年是2021年，文中说的是2025年"),
])
def test_a_plan_opens_and_closes_in_its_own_years(text, message):
    assert [f.message for f in check_text(text, select=["DA003"])] == [message]


def test_rules_are_dated_by_the_meeting_that_adopted_them():
    text = "管护办法\n（2026年4月20日县人民政府第36次常务会议审议通过）\n第一条　力争到2023年底全面完成。"
    assert [f.rule.id for f in check_text(text, select=["DA005"])] == ["DA005"]


@pytest.mark.parametrize("text", [
    "2025年是“十四五”规划收官之年，也是“十五五”谋篇布局之年。",
    "2021年是“十四五”开局之年。",
    "今年是“十五五”规划开局之年。\n2026年3月1日",
    "“十四五”开局之年，我们取得了好成绩。",  # no year said
    "今年是“十四五”规划开局之年。\n2025年3月6日（星期四）上午，县委召开常委会。",  # a sentence, not a date line
    "站在“十五五”开局之年的新起点上，我们即将迎来新的挑战。\n2025年12月20日",  # this year or the next
    "今年是“十四五”规划开局之年。\n2025年7月，县委召开常委会。",  # a month in a sentence, no date line
    "今年是“十四五”规划开局之年。\n（2025年4月20日经县委常委会研究决定，现予以调整）",  # not an adoption line
])
def test_plan_year_lookalikes(text):
    assert check_text(text, select=["DA003"]) == []


# --- DA005: a target set for a year the draft is already past ------------------------------

@pytest.mark.parametrize("text, written, year", [
    ("力争到2022年底，村集体经济收入突破50万元。\n驻村工作队\n2024年12月30日", "力争到2022年底", 2022),
    ("确保全面完成2023年度就业目标任务。\n2025年7月8日（星期二）", "确保全面完成2023年度", 2023),
    ("组织竣工验收，确保2024年12月底前全部完工。\n2025年2月28日", "确保2024年", 2024),
    ("争取在2023年6月前建成投用。\n2024年1月5日", "争取在2023年", 2023),
    # the aim a few words before the year's 于
    ("确保剩余问题于2023年12月底前全部整改到位。\n2025年11月14日", "确保剩余问题于2023年", 2023),
])
def test_da005_a_target_before_the_drafts_year_is_reported(text, written, year):
    (finding,) = check_text(text, select=["DA005"])
    assert (finding.text, finding.severity, finding.rule.category) == (written, "warning", "timeliness")
    assert finding.message.startswith(f"目标定在{year}年")


@pytest.mark.parametrize("text", [
    "力争到2026年底，村集体经济收入突破50万元。\n2024年12月30日",
    "力争到2024年底实现全覆盖。\n2024年3月1日",  # the draft's own year
    "力争到2022年底，村集体经济收入突破50万元。",  # no date line: the year is not known
    "力争到2022年底，村集体经济收入突破50万元。\n2024年12月30日上午，工作队召开会议。",  # no date line
    "年初提出力争到2024年底实现全覆盖，目前已提前完成。\n2025年1月10日",  # recalled
    "按照《行动方案》，确保2024年底前完成改造任务。\n2025年1月10日",
    "力争到2024年底实现全覆盖的目标已如期实现。\n2025年1月10日",  # met
    "全面完成2024年度目标任务。\n2025年1月10日",  # done, not aimed at
    "2022年以来，我们力争每年新增就业500人。\n2024年12月30日",
    "确保粮食产量在2023年的基础上稳中有增。\n2025年3月1日",  # a year measured from
    "四、2026年工作打算\n（一）抓好项目建设。\n2025年12月5日",
    "四、2025年工作计划完成情况\n全部完成。\n2025年12月5日",  # a review, not plans
    "四、2023年工作打算\n（一）抓好项目建设。",  # no date line
])
def test_da005_lookalikes(text):
    assert check_text(text, select=["DA005"]) == []


def test_da005_a_heading_of_plans_for_a_year_gone():
    text = "一、2025年工作总结\n甲。\n四、2023年工作打算\n（一）抓好项目建设。\n2025年12月5日"
    (finding,) = check_text(text, select=["DA005"])
    assert (finding.line, finding.text) == (3, "2023年工作打算")
    assert finding.message == "标题是2023年的工作打算，文稿的日期却是2025年：像是旧稿中没有改的年份"
