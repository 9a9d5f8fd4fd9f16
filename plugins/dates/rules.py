"""DA001–DA003: each rule is a small function over the dates ``mentions`` finds, or the
anniversaries ``anniversaries`` finds."""

from __future__ import annotations

import calendar
import datetime
from typing import Iterator

from checker import Edit, Finding, Fix, rule

from .anniversaries import anniversary_data, find_wrong_anniversaries, own_year_of
from .numerals import written_like
from .mentions import DateData, DateMention, TitleYears, date_data, days_in_month, find_dates, title_years
from .plan_years import find_wrong_plan_years, plan_data
from .ranges import date_ranges, find_reversed, find_wrong_lengths, range_data
from .targets import find_past_targets, target_data

WEEKDAY_NAMES = "一二三四五六日"
YEAR_WRAP = 6  # a month this much earlier than the full date before it is in the next year


def _data(ctx) -> DateData:
    return ctx.compiled("dates.data", lambda: date_data(ctx.data("dates")))


def _dates(doc, ctx) -> list[DateMention]:
    """The document's dates, found once for both rules."""
    return ctx.analysis(doc, "dates.found", lambda: find_dates(doc.prose, _data(ctx)))


def _title_years(doc, ctx) -> TitleYears:
    return ctx.analysis(doc, "dates.title_years", lambda: title_years(doc.prose, _data(ctx)))


def _own_year(doc, ctx) -> int | None:
    """The year of the draft's date line, read once for DA003 and DA005."""
    return ctx.analysis(doc, "dates.own_year", lambda: own_year_of(doc, doc.prose))


@rule(
    "DA001", "impossible-date", "number", "error",
    "不存在的日期（6月31日、2月30日、2025年2月29日）",
    bad=[
        "活动时间为2025年6月31日。",
        "请于4月31日前报送材料。",
        "集中整治时间为6月1日至31日。",
        "2025年2月29日召开总结大会。",
    ],
    good=[
        "活动时间为2025年6月30日。",
        "2024年2月29日召开总结大会。",
        "农历2月30日是传统的庙会。",
        "集中整治时间为7月1日至31日。",
        "请到12号楼32号房间报到。",
    ],
)
def impossible_date(doc, ctx) -> Iterator[Finding]:
    """A date must exist in the calendar.

    6月31日 or 2月30日 is usually a date copied from a template and changed by hand, or a
    range whose end was typed without checking (6月1日至31日). Published in a notice, it leaves
    readers unsure which day is meant. A month has 30 or 31 days, February 28 or 29 (29 only
    in a leap year); 13月 and 0日 do not exist. 2月29日 without its year is reported (warning)
    when none of the years the draft may mean is a leap year. Lunar dates
    (农历2月30日) may have 30 days in any month and are read so.
    """
    dates = _dates(doc, ctx)
    for date in dates:
        if not 1 <= date.month <= 12:
            yield Finding(date.month_start, date.end, f"没有{date.month}月", suggestion="核对日期")
            continue
        last = days_in_month(date.month, date.year, date.lunar)
        if 1 <= date.day <= last:
            if date.month == 2 and date.day == 29 and not date.year and not date.lunar:
                title = _title_years(doc, ctx)
                years, _ = _candidate_years(date, dates, _data(ctx), title)
                if years and not any(calendar.isleap(year) for year in years):
                    year = years[0] if len(years) == 1 else _nearest_year(date, dates, title)
                    yield Finding(date.start, date.end, f"按文中的年份（{year}年），2月没有29日",
                                  suggestion="核对日期", severity="warning")
            continue
        if date.month == 2 and date.day == 29 and date.year:
            message = f"{date.year}年不是闰年，2月没有29日"
        else:
            message = f"{date.month}月没有{date.day}日" if date.day else "日期不能是0日"
        yield Finding(date.start, date.end, message, suggestion="核对日期")


@rule(
    "DA002", "weekday-mismatch", "timeliness", "error",
    "日期与所注星期不符（2025年5月31日是星期六，文中写作星期五）",
    bad=[
        "定于2025年5月31日（星期五）上午9:00召开动员大会。",
        "2025年工作安排：6月3日（星期六）开展志愿服务。",
        "会议定于星期一（2025年6月3日）召开。",
    ],
    good=[
        "定于2025年5月31日（星期六）上午9:00召开动员大会。",
        "2025年工作安排：6月3日（星期二）开展志愿服务。",
        "自2025年3月3日周一至周五每天开放。",
        "农历五月初五（2025年5月31日，星期六）是端午节。",
        "5月31日（星期五）召开会议。",
    ],
    fixable=True,
)
def weekday_mismatch(doc, ctx) -> Iterator[Finding]:
    """The weekday written next to a date must be that date's weekday.

    Template drafts are written for one year and reused in another: “6月3日（星期六）” was
    right in 2023 and is a Tuesday in 2025, and people come on the wrong day. A date with its
    year written is checked against that year (error). A date without one is checked against
    the years the draft gives elsewhere (its full dates and the years on the same line; near
    New Year also the year after or before: a 1月5日 in a draft dated in December, a 12月28日
    in one dated in January); it is reported (warning) only when it fits none of them, and
    never when the draft gives no year at all. The fix (unsafe: the date may be the wrong
    half) writes the date's weekday.
    """
    dates = _dates(doc, ctx)
    data = _data(ctx)
    for date in dates:
        weekday = date.weekday
        if weekday is None or date.lunar or not 1 <= date.month <= 12:
            continue
        years, _ = _candidate_years(date, dates, data, _title_years(doc, ctx))
        actual = {}
        for year in years:
            if date.day <= days_in_month(date.month, year, False):
                actual[year] = datetime.date(year, date.month, date.day).weekday()
        if not actual or weekday.value in actual.values():
            continue
        year = years[0] if len(years) == 1 else _nearest_year(date, dates, _title_years(doc, ctx))
        if year not in actual:
            continue
        right = WEEKDAY_NAMES[actual[year]]
        written = weekday.text
        correct = written[:-1] + right
        if date.year:
            message = f"{year}年{date.month}月{date.day}日是{correct}，不是{written}"
            severity = None
        else:
            message = f"按文中的年份（{year}年），{date.month}月{date.day}日是{correct}，不是{written}"
            severity = "warning"
        yield Finding(
            weekday.start - len(written) + 1, weekday.end, message, suggestion=correct,
            fix=Fix((Edit(weekday.start, weekday.end, right),), "unsafe"), severity=severity,
        )


def _candidate_years(date: DateMention, dates: list[DateMention], data: DateData,
                     title: TitleYears = TitleYears((), False)) -> tuple[list[int], bool]:
    """The years ``date`` may be in, and whether they are inferred rather than written.

    Written in the date: that year. Named with its year before on the same line (2025年12月1日至
    2026年1月31日。12月1日……): that year. After a full date on the same line (2025年5月31日至6月2日):
    that date's year, or the next one when the month is half a year or more earlier (12月30日
    至1月2日; but 11月18日开班，11月17日报到 stays in the year).
    Otherwise the draft's years (its full dates, the years on the date's line, the years its
    title names), with the year after for a date early in the year when a full date stands late
    in one or the title reviews a year (a report on 2024 written in January 2025), and the year
    before for a date late in the year when a full date stands early in one."""
    if date.year:
        return [date.year], False
    before = _full_dates_before_on_line(date, dates)
    same_day = [d for d in before if (d.month, d.day) == (date.month, date.day)]
    if same_day:  # （2025年12月1日至2026年1月31日）。12月1日（星期二）: that 12月1日
        return [same_day[-1].year], True
    if before:
        previous = before[-1]
        # 12月30日至1月2日 runs into the next year; 11月18日…11月17日报到 does not
        wraps = previous.month - date.month >= YEAR_WRAP
        return [previous.year + 1 if wraps else previous.year], True
    full = {(d.year, d.month) for d in dates if d.year}
    years = {year for year, _ in full} | set(date.line_years) | set(title.years)
    # Across New Year only where the draft stands near it: a notice dated in December about
    # 1月5日, a report dated in January about 12月28日 (not a November notice's 11月5日).
    if date.month in data.next_year_months:
        years |= {year + 1 for year, month in full if month in data.previous_year_months}
        if title.review:  # 2024年度工作总结, written in January 2025, on 1月15日
            years |= {year + 1 for year in title.years}
    if date.month in data.previous_year_months:
        years |= {year - 1 for year, month in full if month in data.next_year_months}
    return sorted(years), True


def _full_dates_before_on_line(date: DateMention, dates: list[DateMention]) -> list[DateMention]:
    """The dates with their year written before ``date`` on the same line, nearest last."""
    found = []
    for other in dates:
        if other.start >= date.start:
            break
        if other.year and other.line_start == date.line_start:
            found.append(other)
    return found


def _nearest_year(date: DateMention, dates: list[DateMention], title: TitleYears = TitleYears((), False)) -> int | None:
    """The year a date written without one most likely has: that of the nearest full date in
    the draft, else the first year written on its line, else the title's."""
    full = [d for d in dates if d.year]
    if full:
        return min(full, key=lambda d: abs(d.start - date.start)).year
    if date.line_years:
        return date.line_years[0]
    return title.years[0] if title.years else None


@rule(
    "DA003", "anniversary-count", "timeliness", "warning",
    "周年数或规划开局、收官之年与文中所说的年份不符（2025年写“今年是建党103周年”“十四五开局之年”）",
    bad=[
        "2026年是“十四五”规划开局之年。",
        "今年是中国共产党成立103周年。\n中共某县委\n2025年6月28日",
        "2025年是新中国成立75周年。",
        "值此建军九十七周年之际，向全县退役军人致以节日的问候。\n2025年7月30日",
    ],
    good=[
        "今年是中国共产党成立104周年。\n中共某县委\n2025年6月28日",
        "去年，我们隆重庆祝新中国成立75周年。\n2025年1月10日",
        "即将迎来建党105周年，我们要……\n2025年12月20日",
        "自1921年建党以来，今年是建党104周年。\n2025年7月1日",
        "我们隆重庆祝新中国成立75周年。",
    ],
)
def anniversary_count(doc, ctx) -> Iterator[Finding]:
    """An anniversary's count must fit the year the sentence speaks of.

    A speech template says “今年是建党103周年” in 2024 and is reused in 2025, a year behind; the
    audience knows the number, and so does whoever prints it. The events and their years are
    data (``[[anniversary]]`` in ``rulesets/dates.toml``: 建党 1921, 新中国成立 1949, 建军 1927,
    抗战胜利 1945, 改革开放 1978…). A count is checked only where the sentence says which year
    it means: a year written in it (2025年是……), or the year of the draft's date line (the last
    line holding only a full date) with a word of the present (今年, 值此……之际), of what is
    coming (即将迎来: that year or the next) or of the year before (去年, 一年来). A sentence
    that says none of these (我们隆重庆祝新中国成立75周年) may look back at any year and is
    left alone, and so is a draft without a date line.

    Days kept every year and counted 第N个 (``[[occasion]]``: 教师节 first kept in 1985, 中国农民
    丰收节 in 2018) are checked the same way: 2025年第40个教师节 is a year behind. So is the year
    a five-year plan opens or closes in (``[[plan]]``: 十四五 2021–2025): 2026年是“十四五”规划
    开局之年 was written in 2021.
    """
    data = ctx.compiled("dates.anniversaries", lambda: anniversary_data(ctx.data("dates")))
    plans = ctx.compiled("dates.plans", lambda: plan_data(ctx.data("dates")))
    for found in find_wrong_plan_years(doc, plans, data, lambda: _own_year(doc, ctx)):
        right = found.plan.first if found.first else found.plan.last
        other = next((plan.name for plan in plans.plans.values()
                      if found.year == (plan.first if found.first else plan.last)), None)
        stage = "开局" if found.first else "收官"
        yield Finding(found.start, found.end,
                      f"“{found.plan.name}”的{stage}之年是{right}年，文中说的是{found.year}年"
                      + (f"（{found.year}年是“{other}”的{stage}之年）" if other else ""),
                      suggestion="核对年份和规划名称")
    for found in find_wrong_anniversaries(doc, data, lambda: _own_year(doc, ctx)):
        written = doc.prose[found.start:found.end]
        expected = written_like(found.expected, written)
        message = (f"{found.year}年是第{expected}个{found.event}，文中写作第{written}个" if found.ordinal
                   else f"{found.year}年是{found.event}{expected}周年，文中写作{written}周年")
        yield Finding(found.start, found.end, message, suggestion=expected)


@rule(
    "DA004", "date-range", "number", "error",
    "日期或时间范围起止颠倒（9月25日至8月3日、14:30—12:00），或所说天数与起止日期不符",
    bad=[
        "累计降水量统计时段为9月25日至8月3日。",
        "节前客流高峰预计出现在2月14日至2月10日。",
        "集中施工阶段（2025年10月—2025年4月）。",
        "9月21日14:30—12:00，讲解摸底工作要求。",
        "2026年春运自2月2日起至3月13日止，共42天。",
        "整治工作自2025年11月15日开始，至2026年3月15日结束，为期3个月。",
    ],
    good=[
        "元旦假期值班时间为12月30日至1月1日。",
        "供暖期为11月15日至次年3月15日。",
        "集中施工阶段（2025年10月—2026年4月）。",
        "值班时间为22:00—6:00，上午8:30—12:00，下午14:30—17:30。",
        "2026年春运自2月2日起至3月13日止，共40天。",
        "2025年4月21日至6月30日，为期两个月。",
    ],
)
def date_range(doc, ctx) -> Iterator[Finding]:
    """A range must end after it starts, and last the days the draft says.

    A range typed by hand gets its ends swapped or one end changed (9月25日至8月3日, 2月14日至
    2月10日, 14:30—12:00), and a range carried over from another year keeps the day count of
    that year (春运自2月2日起至3月13日止，共42天). Readers plan by these dates.

    A range of days or months whose end comes before its start is reported; one without years
    may run over New Year when it starts in a month of ``[ranges] cross_year_starts`` and ends in
    one of ``cross_year_ends`` (12月25日至1月5日), or says so (11月至次年3月). A range of times
    ending earlier than it starts by up to ``overnight_hours`` is reported; by more, it runs
    overnight (22:00—6:00). The days said right after a range (，共42天, 为期40天) must be its
    days counted with both ends, or one fewer; with no year written before it, a common and a
    leap year are both tried. Weeks (为期两周) may be a week's working days. Months said of a
    range of months (11月至12月，为期两个月) are its months counted with both ends, or one fewer;
    months said of a range of days (2025年11月15日开始，至2026年3月15日结束，为期3个月) are
    reported when the range is nearer another count of months and half a month off the one
    said, so 4月21日至6月30日 may be 两个月. A count said to be rough (为期近一个月, 两个多月,
    一个月左右) is left alone.
    """
    data = ctx.compiled("dates.ranges", lambda: range_data(ctx.data("dates")))
    if data is None:
        return
    prose = doc.prose
    ranges = date_ranges(prose, data)
    for found in find_reversed(prose, data, ranges):
        what = "时间" if found.times else "日期"
        yield Finding(found.start, found.end, f"{what}范围起止颠倒：“{found.first}”在“{found.last}”之后",
                      suggestion="核对起止时间" if found.times else "核对起止日期")
    for found in find_wrong_lengths(prose, data, ranges):
        counted = f"{'约' if found.about else '首尾共'}{found.counted}{found.unit}"
        yield Finding(found.start, found.end, f"“{found.span}”{counted}，文中写作“{prose[found.start:found.end]}”",
                      suggestion=f"{found.counted}{found.unit}", severity="warning")


@rule(
    "DA005", "past-target", "timeliness", "warning",
    "目标年份早于文稿自身的年份（2024年的文稿写“力争到2022年底”“确保完成2023年度目标任务”）",
    bad=[
        "力争到2022年底，村集体经济收入突破50万元。\n驻村工作队\n2024年12月30日",
        "确保全面完成2023年度就业目标任务。\n2025年7月8日（星期二）",
        "四、2023年工作打算\n（一）抓好项目建设。\n2025年12月5日",
    ],
    good=[
        "力争到2026年底，村集体经济收入突破50万元。\n2024年12月30日",
        "力争到2024年底实现全覆盖。\n2024年3月1日",
        "力争到2022年底，村集体经济收入突破50万元。",
        "年初提出力争到2024年底实现全覆盖，目前已提前完成。\n2025年1月10日",
        "力争到2024年底实现全覆盖的目标已如期实现。\n2025年1月10日",
        "全面完成2024年度目标任务。\n2025年1月10日",
        "四、2026年工作打算\n（一）抓好项目建设。\n2025年12月5日",
        "确保粮食产量在2023年的基础上稳中有增。\n2025年3月1日",
    ],
)
def past_target(doc, ctx) -> Iterator[Finding]:
    """A target must lie ahead of the draft that sets it.

    A plan copied from an earlier year keeps the years of its targets unless each is changed:
    力争到2022年底 under a date line of 2024年12月30日 was written two years before, and every
    reader sees it. A target is read where 力争, 争取 or 确保 sets it to a year (``[targets]``
    in ``rulesets/dates.toml``); the draft's year is that of its date line (the last line
    holding only a full date, with or without its weekday), and a draft without one is left
    alone. A sentence recalling an earlier aim (年初提出, 原定, 按照……: ``recalled``) or saying
    it was met (已, 提前: ``met``) looks back and is left alone; so is 完成2024年度目标任务
    without a word of aiming, which reports what was done, and a year measured from (在2023年的
    基础上). A heading of a year's plans (四、2023年工作打算) before the draft's year is reported too.
    """
    data = ctx.compiled("dates.targets", lambda: target_data(ctx.data("dates")))
    for found in find_past_targets(doc, data, lambda: _own_year(doc, ctx)):
        said = f"标题是{found.year}年的{found.plans}" if found.plans else f"目标定在{found.year}年"
        yield Finding(found.start, found.end,
                      f"{said}，文稿的日期却是{found.own_year}年：像是旧稿中没有改的年份",
                      suggestion="核对目标年份")


RULES = [impossible_date, weekday_mismatch, anniversary_count, date_range, past_target]
