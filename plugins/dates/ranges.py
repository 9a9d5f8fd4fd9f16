"""Ranges of dates and times, and the days a draft says a range lasts.

A range is read from its start (2025年9月25日, 9月25日, 2025年10月; a year is optional, a month is
not), a separator from ``[ranges] separators`` (至, —, ～) and its end (8月3日, 30日, 2025年4月;
a range of days ends in a day, a range of months in a month). A day may carry its weekday in
brackets (5月18日（星期日）), and the start may say 起 or 开始 before a comma (自11月15日开始，
至3月15日结束). A range of times is two clock times (14:30—12:00). What the draft says the
range lasts follows it in the same clause, in days, weeks or months (，共42天, （为期40天）,
，为期3个月).
"""

from __future__ import annotations

import datetime
import re
from typing import Iterator, NamedTuple

from checker.patterns import alternation

from .mentions import YEAR_ANYWHERE, days_in_month
from .numerals import chinese_count

# A day's weekday in brackets after it: 5月18日（星期日）.
WEEKDAY = r"[（(](?:星期|周|礼拜)[一二三四五六日天][）)]"
DAYS_PER_MONTH = 30.44
MONTH_SLACK = 15  # a stated count of months is reported when the range ends this many days off
WEEK_SLACK = (2, 1)  # a week may be its working days (5) and a day more (8)


class RangeData(NamedTuple):
    dates: re.Pattern  # groups y1 m1 d1, next (次年), y2 m2 d2
    times: re.Pattern  # groups h1 i1, next (次日), h2 i2
    date_triggers: re.Pattern  # where a range of dates may have its separator: after 日, 月, 起
    time_triggers: re.Pattern  # after a time's minutes
    lasting: re.Pattern  # ，共42天: groups count and unit
    cross_year_starts: frozenset[int]  # a range with no year may run over New Year from these months…
    cross_year_ends: frozenset[int]  # …into these
    overnight_hours: int  # an end earlier than its start by more than this is the next day's


class Reversed(NamedTuple):
    start: int
    end: int
    first: str  # as written: 9月25日
    last: str
    times: bool


class WrongLength(NamedTuple):
    start: int  # the figure and its unit
    end: int
    written: int
    counted: int  # the days from the first to the last, both counted, or the months
    unit: str  # 天 or 个月 (weeks are counted in days)
    about: bool  # months counted from days, to the nearest
    span: str  # as written: 2月2日起至3月13日


def range_data(data: dict) -> RangeData | None:
    table = data.get("ranges")
    if not table:
        return None
    separators = alternation(sorted(table.get("separators", ["至"]), key=len, reverse=True))
    next_year = alternation(table.get("next_year_words", [])) or "(?!)"
    next_day = alternation(table.get("next_day_words", [])) or "(?!)"
    lasting = alternation(table.get("lasting_words", ["共"]))
    space = "[ \u3000]*"

    def date(p: str) -> str:
        return (rf"(?:(?P<y{p}>(?:19|20)\d\d)年)?(?:(?P<m{p}>\d{{1,2}})月(?:份)?)?"
                rf"(?:(?P<d{p}>\d{{1,2}})(?:日|号(?![楼院线文令码房门床]))(?:{WEEKDAY})?)?")

    return RangeData(
        dates=re.compile(
            rf"(?<![\d.．第])(?=(?:(?:19|20)\d\d年)?\d{{1,2}}月){date('1')}"
            rf"(?:(?:起|开始)[，,]?)?{space}(?:{separators}){space}(?P<next>{next_year})?{date('2')}(?![\d月])"
        ),
        times=re.compile(
            rf"(?<![\d.．:：])(?P<h1>\d{{1,2}})[:：](?P<i1>\d\d)(?![\d:：]){space}(?:{separators}){space}"
            rf"(?P<next>{next_day})?{space}(?P<h2>\d{{1,2}})[:：](?P<i2>\d\d)(?![\d:：])"
        ),
        date_triggers=re.compile(rf"(?:[日号月份起）)]|开始)[，,]?{space}(?:{separators})"),
        time_triggers=re.compile(rf"[0-9]{space}(?:{separators}){space}(?:{next_day})?{space}[0-9]{{1,2}}[:：]"),
        lasting=re.compile(rf"(?:止|结束|期间)?[，,（(]?{space}(?:{lasting}){space}(?P<count>\d{{1,3}}|[一二两三四五六七八九十]{{1,3}})"
                           rf"{space}(?P<unit>天|日|个月|周|个星期)(?![\d多余左])"),
        cross_year_starts=frozenset(int(m) for m in table.get("cross_year_starts", [])),
        cross_year_ends=frozenset(int(m) for m in table.get("cross_year_ends", [])),
        overnight_hours=int(table.get("overnight_hours", 6)),
    )


def find_reversed(prose: str, data: RangeData, ranges: list[re.Match]) -> Iterator[Reversed]:
    """``ranges``: the draft's ranges of dates (``date_ranges``), read once for both checks."""
    for match in ranges:
        ends = _ends(match)
        if ends is None or match.group("next"):
            continue
        (y1, m1, d1), (y2, m2, d2) = ends
        if not (_exists(y1, m1, d1) and _exists(y2, m2, d2)):
            continue  # 11月31日至11月2日: DA001 reports the day that does not exist
        if y1 is not None and y2 is not None:
            if (y2, m2, d2) >= (y1, m1, d1):
                continue  # 2024年12月至2025年1月
        elif (m2, d2) >= (m1, d1):
            continue
        elif m2 < m1 and m1 in data.cross_year_starts and m2 in data.cross_year_ends:
            continue  # 12月25日至1月5日: over New Year
        yield Reversed(match.start(), match.end(), _written(match, "1"), _written(match, "2"), False)
    for match in _near(prose, data.times, data.time_triggers):
        h1, i1, h2, i2 = (int(match.group(g)) for g in ("h1", "i1", "h2", "i2"))
        if match.group("next") or max(h1, h2) > 24 or max(i1, i2) > 59:
            continue
        back = (h1 * 60 + i1) - (h2 * 60 + i2)
        if 0 < back <= data.overnight_hours * 60:
            yield Reversed(match.start(), match.end(), f"{h1}:{i1:02d}", f"{h2}:{i2:02d}", True)


def find_wrong_lengths(prose: str, data: RangeData, ranges: list[re.Match]) -> Iterator[WrongLength]:
    """A range followed by how long it lasts (，共42天, ，为期3个月), counted otherwise."""
    for index, match in enumerate(ranges):
        lasting = data.lasting.match(prose, match.end())
        ends = _ends(match)
        if lasting is None or ends is None:
            continue
        if index and not any(mark in prose[ranges[index - 1].end():match.start()] for mark in "。；;\n"):
            continue  # 元旦假期为1月1日至3日，春节假期为2月5日至11日，共计10天: the days of both
        written, unit = chinese_count(lasting.group("count")), lasting.group("unit")
        if not written:
            continue
        months = unit == "个月"
        if ends[0][2] == 0:
            if months:  # 11月至12月，为期两个月: the months counted with both ends, or one fewer
                counted = _months_counted(match, ends)
                if counted is not None and written not in (counted, counted - 1):
                    yield WrongLength(lasting.start("count"), lasting.end(), written, counted, unit, False,
                                      match.group())
            continue
        counts = _days_counted(prose, match, ends)
        if not counts or not all(0 < days < 400 for days in counts):
            continue
        days = min(counts)
        if months:
            counted = round(days / DAYS_PER_MONTH)
            if counted != written and abs(days - written * DAYS_PER_MONTH) >= MONTH_SLACK:
                yield WrongLength(lasting.start("count"), lasting.end(), written, counted, unit, True,
                                  match.group())
        elif unit in ("周", "个星期"):
            if not written * 7 - WEEK_SLACK[0] <= days <= written * 7 + WEEK_SLACK[1]:
                yield WrongLength(lasting.start("count"), lasting.end(), written, days, "天", False, match.group())
        elif not {written, written + 1} & counts:
            yield WrongLength(lasting.start("count"), lasting.end(), written, days, "天", False, match.group())


def _days_counted(prose: str, match: re.Match, ends: tuple[tuple, tuple]) -> set[int]:
    """The days of a range of days with both ends; with no year written, in a common and a leap
    year. Empty when a day does not exist (2月30日: DA001's)."""
    (y1, m1, d1), (y2, m2, d2) = ends
    years = [y1] if y1 is not None else _years_before(prose, match.start())
    counts = set()
    for year in years or [2025, 2024]:
        try:
            first = datetime.date(year, m1, d1)
            last_year = y2 if y2 is not None else year + (1 if (m2, d2) < (m1, d1) or match.group("next") else 0)
            last = datetime.date(last_year, m2, d2)
        except ValueError:
            return set()
        counts.add((last - first).days + 1)
    return counts


def _months_counted(match: re.Match, ends: tuple[tuple, tuple]) -> int | None:
    """The months of a range of months with both ends (11月至次年3月: 5)."""
    (y1, m1, _), (y2, m2, _) = ends
    years = (y2 - y1) if y1 is not None and y2 is not None else (1 if m2 < m1 or match.group("next") else 0)
    counted = years * 12 + m2 - m1 + 1
    return counted if 0 < counted <= 36 else None


def date_ranges(prose: str, data: RangeData) -> list[re.Match]:
    return _near(prose, data.dates, data.date_triggers) if "月" in prose else []


WINDOW = 24  # a range's start and its end each stand this close to the separator


def _near(prose: str, pattern: re.Pattern, trigger: re.Pattern) -> list[re.Match]:
    """The matches of ``pattern`` around each separator ``trigger`` finds. A range pattern opens
    with digits, which ``re`` tries at every character; a trigger opens with the character that
    ends a date or a time before the separator (日, 月, 起, a minute's digit), which it skips to."""
    found: list[re.Match] = []
    for hit in trigger.finditer(prose):
        if found and hit.start() < found[-1].end():
            continue
        match = pattern.search(prose, max(0, hit.start() - WINDOW), min(len(prose), hit.end() + WINDOW))
        while match is not None and match.end() <= hit.start():
            match = pattern.search(prose, match.end(), min(len(prose), hit.end() + WINDOW))
        if match is not None and match.start() <= hit.start() and (not found or match.start() >= found[-1].end()):
            found.append(match)
    return found


def _ends(match: re.Match) -> tuple[tuple, tuple] | None:
    """(year, month, day) of both ends; a day of 0 for a range of months. None when the two ends
    are not of one kind (9月至10月15日) or the end names nothing."""
    y1, m1, d1, y2, m2, d2 = (match.group(g) for g in ("y1", "m1", "d1", "y2", "m2", "d2"))
    if m1 is None or (d1 is None) != (d2 is None) or (m2 is None and d2 is None):
        return None
    if y2 is not None and m2 is None:
        return None
    first = (int(y1) if y1 else None, int(m1), int(d1) if d1 else 0)
    second = (int(y2) if y2 else None, int(m2) if m2 else first[1], int(d2) if d2 else 0)
    if not (1 <= first[1] <= 12 and 1 <= second[1] <= 12):
        return None
    return first, second


def _exists(year: int | None, month: int, day: int) -> bool:
    return day <= days_in_month(month, year)


def _written(match: re.Match, p: str) -> str:
    """One end as written, without the spaces: 2025年9月25日, 30日."""
    parts = ((match.group(f"y{p}"), "年"), (match.group(f"m{p}"), "月"), (match.group(f"d{p}"), "日"))
    return "".join(f"{value}{unit}" for value, unit in parts if value)


def _years_before(prose: str, at: int) -> list[int]:
    """The last year written before ``at`` in the draft (2026年春运自2月2日起……)."""
    years = [int(m.group(1)) for m in YEAR_ANYWHERE.finditer(prose, max(0, at - 400), at)]
    return years[-1:]
