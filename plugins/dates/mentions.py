"""Dates as drafts write them (2025年5月31日（星期六）, 6月1日至30日, 星期六（5月31日）) and the
years a draft speaks of.

A date is found from its 月 (a literal ``re`` finds fast) and read outwards: the month's digits
before it, a year before those, the day after it, then a range end (至30日) and a weekday
written next to either.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from typing import NamedTuple

from checker.patterns import alternation

from .numerals import chinese_count, year_value

WEEKDAY_NUMERALS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
SPACE = "[ \u3000]?"
# The day after 月; 号 as in 5月3号, but not 3号楼 or 3号文.
MONTH_DAY = re.compile(rf"月{SPACE}(\d{{1,2}}){SPACE}(?:日|号(?![楼院线文令码房门床]))")
# What may follow a weekday set off by a comma for it to be the date's own (今天是6月6日，星期四。).
AFTER_APPOSITION = ("", "，", "。", "；", "！", "？", "）", ")", "\n", ",", ";")
YEAR_BEFORE = re.compile(rf"(?<!\d)((?:19|20)\d\d){SPACE}年{SPACE}\Z")
# A year written with 年, or the first of a span of years (2025—2026年度 names both).
YEAR_ANYWHERE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?=[ \u3000]?年|[—–\-~～至到](?:19|20)\d\d[ \u3000]?年)")


# A date written in Chinese numerals, year and all (二〇二五年十二月十九日), as many drafts still
# date themselves; without its year such a date is too often a festival or an event's name.
CN_DATE = re.compile(
    "(?P<year>[〇零○Ｏ一二三四五六七八九]{4})年(?P<month>十[一二]?|[一二三四五六七八九])月"
    "(?P<day>[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日"
)


class DateData(NamedTuple):
    weekday_after: re.Pattern
    weekday_before: re.Pattern
    weekday_range: re.Pattern
    range_day: re.Pattern
    lunar_words: tuple[str, ...]
    next_year_months: frozenset[int]  # a date in these months may be in the year after the draft's
    previous_year_months: frozenset[int]  # and in these, in the year before
    review_titles: tuple[str, ...] = ()  # a title with one of these reviews the year it names


def date_data(data: dict) -> DateData:
    words = alternation(data.get("weekday_words", ["星期", "周"]))
    ranges = alternation(data.get("range_words", ["至"]))
    numerals = "".join(WEEKDAY_NUMERALS)
    return DateData(
        weekday_after=re.compile(rf"{SPACE}(?P<open>[（(]|[，,])?{SPACE}(?P<word>{words})(?P<day>[{numerals}])"),
        weekday_before=re.compile(rf"(?P<word>{words})(?P<day>[{numerals}])[（(]\Z"),
        weekday_range=re.compile(rf"{SPACE}(?:{ranges}){SPACE}(?:{words})[{numerals}]"),
        range_day=re.compile(rf"{SPACE}(?:{ranges}){SPACE}(\d{{1,2}}){SPACE}(?:日|号(?![楼院线文令码房门床]))"),
        lunar_words=tuple(data.get("lunar_words", [])),
        next_year_months=frozenset(int(m) for m in data.get("next_year_months", [])),
        previous_year_months=frozenset(int(m) for m in data.get("previous_year_months", [])),
        review_titles=tuple(data.get("review_titles", [])),
    )


@dataclass(frozen=True)
class Weekday:
    start: int  # the weekday's numeral: 六 of 星期六
    end: int
    value: int  # 0 Monday … 6 Sunday, as datetime counts
    text: str  # 星期六


@dataclass(frozen=True)
class DateMention:
    start: int  # the whole date: 2025年5月31日, or the day of a range's end: 30日
    end: int
    year: int | None  # written in the date itself
    month: int
    day: int
    month_start: int  # where the month is written (for a range's end, the first date's)
    lunar: bool
    weekday: Weekday | None
    line_start: int
    line_years: tuple[int, ...]  # years written on the date's line


def find_dates(prose: str, data: DateData) -> list[DateMention]:
    found: list[DateMention] = []
    for match in MONTH_DAY.finditer(prose):
        at = match.start()
        digits = at
        while digits > 0 and at - digits < 2 and prose[digits - 1].isdigit():
            digits -= 1
        if digits == at or (digits > 0 and prose[digits - 1].isdigit()):
            continue  # 五月31日 (not read), 2025月 (not a month); but 2.4月30日前 is item 2.
        month = int(prose[digits:at])
        year_match = YEAR_BEFORE.search(prose, max(0, digits - 8), digits)
        start = year_match.start(1) if year_match else digits
        year = int(year_match.group(1)) if year_match else None
        lunar = _lunar(prose, start, data)
        line_start = prose.rfind("\n", 0, start) + 1
        years = _line_years(prose, line_start)
        day = int(match.group(1))
        end = match.end()
        weekday = _weekday_after(prose, end, data) or _weekday_before(prose, start, data)
        found.append(DateMention(start, end, year, month, day, digits, lunar, weekday, line_start, years))
        end_match = data.range_day.match(prose, end)
        if end_match:
            second = end_match.start(1)
            found.append(DateMention(
                second, end_match.end(), year, month, int(end_match.group(1)), digits, lunar,
                _weekday_after(prose, end_match.end(), data), line_start, years,
            ))
    if "〇" in prose or "零" in prose or "○" in prose or "Ｏ" in prose:
        found.extend(_cn_dates(prose, data))
        found.sort(key=lambda date: date.start)
    return found


def _cn_dates(prose: str, data: DateData) -> list[DateMention]:
    """Dates written in Chinese numerals with their year (二〇二五年十二月十九日). Every year of
    this century has a 〇 or 零 in it, so a draft without one has none to find."""
    found = []
    for match in CN_DATE.finditer(prose):
        year = year_value(match.group("year"))
        if year is None or not 1900 <= year < 2100:
            continue
        start, end = match.span()
        line_start = prose.rfind("\n", 0, start) + 1
        found.append(DateMention(
            start, end, year, chinese_count(match.group("month")), chinese_count(match.group("day")),
            match.start("month"), _lunar(prose, start, data),
            _weekday_after(prose, end, data) or _weekday_before(prose, start, data),
            line_start, _line_years(prose, line_start),
        ))
    return found


def _weekday_after(prose: str, end: int, data: DateData) -> Weekday | None:
    match = data.weekday_after.match(prose, end)
    if match is None or data.weekday_range.match(prose, match.end()):
        return None  # 5月6日周一至周五: a range of weekdays, not the date's
    if match.group("open") in ("，", ",") and prose[match.end():match.end() + 1] not in AFTER_APPOSITION:
        return None  # 3月1日，周一上午开会 may be another day; 今天是6月6日，星期四。 is this one
    return Weekday(match.start("day"), match.end("day"), WEEKDAY_NUMERALS[match.group("day")],
                   match.group("word") + match.group("day"))


def _weekday_before(prose: str, start: int, data: DateData) -> Weekday | None:
    match = data.weekday_before.search(prose, max(0, start - 5), start)
    if match is None:
        return None
    return Weekday(match.start("day"), match.end("day"), WEEKDAY_NUMERALS[match.group("day")],
                   match.group("word") + match.group("day"))


def _lunar(prose: str, start: int, data: DateData) -> bool:
    """农历2月30日; but not （公历3月29日） after a lunar date."""
    window = prose[max(0, start - 8):start]
    for word in data.lunar_words:
        at = window.rfind(word)
        if at >= 0 and not any(mark in window[at:] for mark in ("公历", "阳历", "（", "(")):
            return True
    return False


def _line_years(prose: str, start: int) -> tuple[int, ...]:
    end = prose.find("\n", start)
    end = len(prose) if end < 0 else end
    return tuple(int(year) for year in YEAR_ANYWHERE.findall(prose, start, end))


class TitleYears(NamedTuple):
    years: tuple[int, ...]  # the years the draft's title names
    review: bool  # the title reviews a period (年度, 总结): the text is written after it ends


def title_years(prose: str, data: DateData) -> TitleYears:
    """The years named in the draft's first line, its title (清河县2025年上半年安全生产工作
    总结): the period the draft is about."""
    for line in prose.split("\n", 8)[:8]:
        if line.strip(" \t\u3000\0#"):
            years = tuple(int(year) for year in YEAR_ANYWHERE.findall(line))
            return TitleYears(years, any(word in line for word in data.review_titles))
    return TitleYears((), False)


def days_in_month(month: int, year: int | None, lunar: bool = False) -> int:
    if lunar:
        return 30
    return calendar.monthrange(year or 2000, month)[1]  # no year: 2月 may have 29 days (2000 had)
