"""Anniversaries a draft counts (建党104周年, 新中国成立76周年) and the year it counts them in.

A speech template written for one year says “今年是建党103周年”; reused the next year, it is a
year behind, and the audience knows the number. An anniversary is checked only where the
sentence says which year it speaks of: a year written in it (2025年是……), or the draft's own
year with a word of the present (今年, 值此……之际, 即将迎来) or of the year before (去年). The
draft's own year is that of its date line: a line holding nothing but a full date, with or
without its weekday (2025年6月28日, 2025年3月6日（星期四）), the last one of the draft.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterator, NamedTuple

from checker import ConfigError
from checker.patterns import alternation

from .numerals import chinese_count

NUMBER = "[0-9]{1,3}|[一二三四五六七八九十百零〇两]{1,6}"
DATE_LINE = re.compile(
    r"[ \t\u3000\0]*[（(]?((?:19|20)\d\d)年\d{1,2}月\d{1,2}日[）)]?"
    r"(?:[ \t\u3000]*[（(]?(?:星期|周)[一二三四五六日天][）)]?)?[ \t\u3000]*")  # 2025年3月6日（星期四）
# A speech's date under its title may give the month alone (（2025年7月）), and rules give the
# meeting that adopted them (（2026年4月20日县人民政府第36次常务会议审议通过）): date lines too.
MONTH_LINE = re.compile(r"[ \t\u3000\0]*[（(]?((?:19|20)\d\d)年\d{1,2}月[）)]?[ \t\u3000]*")
ADOPTION_LINE = re.compile(
    r"[ \t\u3000\0]*[（(]((?:19|20)\d\d)年\d{1,2}月\d{1,2}日[^（）()\n]{2,40}?"
    r"(?:通过|印发|发布|公布|施行)[）)][ \t\u3000]*")
# A year the sentence speaks of, alone or in a date (2025年7月1日，我们将迎来……); not 2019年度
# (the year an assessment covers) or 90年代.
YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)[ \u3000]?年(?![0-9](?![0-9]?月)|代|度)")
CLAUSE_END = "。；！？\n"


class Event(NamedTuple):
    words: str  # the alternation of the event's names
    year: int  # the year it happened: the anniversary N falls in year + N
    name: str
    ordinal: bool = False  # a day kept every year and counted 第N个 (第41个教师节)


class AnniversaryData(NamedTuple):
    pattern: re.Pattern | None  # an event's name, then N周年
    events: tuple[Event, ...]
    present: tuple[str, ...]  # 今年, 值此, 之际: the sentence speaks of the draft's year
    coming: tuple[str, ...]  # 即将, 迎接: the anniversary may be the next year's
    past: tuple[str, ...]  # 去年: the year before the draft's
    next: tuple[str, ...] = ()  # 明年: the year after it
    ordinals: re.Pattern | None = None  # 第N个 and an occasion's name
    occasions: re.Pattern | None = None  # any occasion's name: a draft without one is not scanned


def anniversary_data(data: dict) -> AnniversaryData:
    table = data.get("anniversaries", {})
    events = []
    for index, entry in enumerate(data.get("anniversary", []), 1):
        names, year = entry.get("names"), entry.get("year")
        if not isinstance(names, list) or not names or not isinstance(year, int):
            raise ConfigError(f"dates [[anniversary]] entry {index}: needs 'names' (a list) and 'year'")
        events.append(Event(alternation(names), year, names[0]))
    for index, entry in enumerate(data.get("occasion", []), 1):
        names, first = entry.get("names"), entry.get("first")
        if not isinstance(names, list) or not names or not isinstance(first, int):
            raise ConfigError(f"dates [[occasion]] entry {index}: needs 'names' (a list) and 'first'")
        events.append(Event(alternation(names), first - 1, names[0], ordinal=True))
    # The name, a few words at most (成立, 胜利), then the count: 建党104周年, 中国共产党成立104周年;
    # or 第41个教师节, 第八个中国农民丰收节. Two patterns, each with words re can skip ahead to.
    named = "|".join(f"(?P<e{i}>{e.words})" for i, e in enumerate(events) if not e.ordinal)
    kept = "|".join(f"(?P<e{i}>{e.words})" for i, e in enumerate(events) if e.ordinal)
    return AnniversaryData(
        re.compile(rf"(?:{named})(?:[\u4e00-\u9fff]{{0,4}}?)(?P<n>{NUMBER})周年") if named else None,
        tuple(events),
        tuple(table.get("present_words", [])), tuple(table.get("coming_words", [])),
        tuple(table.get("past_words", [])), tuple(table.get("next_words", [])),
        re.compile(rf"第(?P<n>{NUMBER})个(?:{kept})") if kept else None,
        re.compile("|".join(e.words for e in events if e.ordinal)) if kept else None,
    )


@dataclass(frozen=True)
class WrongAnniversary:
    start: int  # the count: 103 of 建党103周年
    end: int
    written: int
    expected: int
    year: int  # the year the sentence speaks of
    event: str
    ordinal: bool = False  # 第N个教师节 rather than N周年


def find_wrong_anniversaries(doc, data: AnniversaryData,
                             own_year: Callable[[], int | None]) -> Iterator[WrongAnniversary]:
    """``own_year``: the draft's year (``own_year_of``), asked for only when the draft holds a count."""
    prose = doc.prose
    scans = []
    if data.pattern is not None and "周年" in prose:
        scans.append(data.pattern)
    if data.ordinals is not None and data.occasions.search(prose):
        scans.append(data.ordinals)
    if not scans:
        return
    drafted = own_year()
    for match in (match for scan in scans for match in scan.finditer(prose)):
        written = chinese_count(match.group("n"))
        if written is None:
            continue
        groups = match.groupdict()
        event = next(e for i, e in enumerate(data.events) if groups.get(f"e{i}") is not None)
        years = years_of_sentence(prose, match, drafted, event, data)
        if not years:
            continue
        expected = [year - event.year for year in years]
        if written in expected:
            continue
        yield WrongAnniversary(match.start("n"), match.end("n"), written, expected[0], years[0], event.name,
                               event.ordinal)


def own_year_of(doc, prose: str) -> int | None:
    """The year of the draft's last date line: a line holding only a full date and its weekday,
    a year and month alone (（2025年7月）), or the meeting that adopted it in brackets."""
    found = None
    for _, start, end, _ in doc.lines():
        match = (DATE_LINE.fullmatch(prose, start, end) or MONTH_LINE.fullmatch(prose, start, end)
                 or ADOPTION_LINE.fullmatch(prose, start, end))
        if match is not None:
            found = int(match.group(1))
    return found


def years_of_sentence(prose: str, match: re.Match, own_year: int | None, event: Event,
                      data: AnniversaryData) -> list[int]:
    """The years the sentence around ``match`` speaks of (see ``_years_spoken_of``): for an
    anniversary, and for the opening or closing year of a five-year plan (``plan_years``)."""
    clause = _clause(prose, match.start(), match.end())
    before = clause[:clause.find(match.group()) + len(match.group())]
    return _years_spoken_of(before, _rest_of_phrase(prose, match.end()), own_year, event, data)


def _clause(prose: str, start: int, end: int) -> str:
    """The sentence around a match, up to its ends (。；！？ or the line's)."""
    lo, hi = sentence_bounds(prose, start, end)
    return prose[lo:hi]


def sentence_bounds(prose: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around ``prose[start:end]`` opens and ends (。；！？ or the line's), at
    most 120 characters either side."""
    lo = max(prose.rfind(mark, max(0, start - 120), start) for mark in CLAUSE_END) + 1
    his = [i for i in (prose.find(mark, end, end + 120) for mark in CLAUSE_END) if i >= 0]
    return max(lo, start - 120), min(his) if his else min(len(prose), end + 120)


def _rest_of_phrase(prose: str, end: int) -> str:
    """The words after the anniversary up to the next comma: 建党104周年之际 — but not the
    next clause's 表彰2019年度先进, which speaks of another year."""
    stops = [i for i in (prose.find(mark, end, end + 40) for mark in "，,。；！？\n") if i >= 0]
    return prose[end:min(stops) if stops else min(len(prose), end + 40)]


def _years_spoken_of(before: str, after: str, own_year: int | None, event: Event,
                     data: AnniversaryData) -> list[int]:
    """The years the sentence may speak of, most likely first; none if it does not say.
    ``before``: the sentence up to the count; ``after``: the rest of the count's phrase. The
    event's own year (1921年建党以来) is a year it names, not one it speaks of."""
    clause = before + after
    written = [int(m.group(1)) for m in YEAR.finditer(clause) if int(m.group(1)) != event.year]
    if written:
        return [written[0]] if len(set(written)) == 1 else []
    if own_year is None:
        return []
    # The time word nearest before the count speaks for it (今年是……，明年是……105周年;
    # 以迎接……105周年为契机); else one after it (……104周年之际).
    offsets = {"past": [own_year - 1], "coming": [own_year, own_year + 1], "next": [own_year + 1],
               "present": [own_year]}
    for text, pick in ((before, max), (after, min)):
        said = [(text.rfind(word) if pick is max else text.find(word), kind)
                for kind in offsets for word in getattr(data, kind) if word in text]
        if said:
            return offsets[pick(said)[1]]
    return []
