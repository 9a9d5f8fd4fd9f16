"""Ranges of figures written end first: 主汛期累计降雨量600～450毫米, 年龄35～18岁.

A range of two figures with one unit starts at the smaller (GB/T 15834-2011 4.13: the 浪纹线
“～” joins the two ends of a range of numbers). One written the other way round is a slip, or
two figures of the last draft put back in the wrong order, and a reader cannot tell which end
is meant.

Only a range whose unit measures an amount is read (毫米, 元, 人, 岁, %: the ``units`` of the
``[range]`` table): a date or a time (2025年5月20日至5月10日) is the date rules' to read, and
figures joined by a dash with no such unit after them are codes, telephone numbers and
standard numbers (GB/T 15834—2011). A figure after 由 or 从 in its clause starts a change
(由600至450毫米), not a range; one after 零下 or a minus sign is below zero, where the order
reads the other way.

The first figure may leave its multiplier to the second (2～3万元): it is reported only when
no reading of it makes the range run upwards.

Laws and notices bound a penalty both ways: 处五千元以上五万元以下的罚款, 千分之五以上千分之十以下.
The bound after 以上 is the lower one, so 五万元以上一万元以下 runs the wrong way too; figures may be
written in Chinese numerals there.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterator, NamedTuple

from checker.patterns import alternation, longest_first

from .breakdowns import MULTIPLIERS
from .numerals import chinese_amount

FIGURE = r"[0-9]+(?:\.[0-9]+)?"
CLAUSE_BREAKS = "，,。；;：:！？!?\n\0（）()"
CHINESE = "[零〇一二两三四五六七八九十百千]+"  # 五千, 一百; with 万 between two of them, 一万五千


class RangeData(NamedTuple):
    pattern: re.Pattern[str]
    change_openers: tuple[str, ...]
    negatives: tuple[str, ...]
    bounds: re.Pattern[str]  # A以上B以下
    ranked_units: tuple[str, ...]  # 三级以上: a grade, better upwards


class Reversed(NamedTuple):
    start: int
    end: int
    written: str
    righted: str


def range_data(data: dict) -> RangeData | None:
    table = data.get("range")
    if not table or not table.get("units") or not table.get("separators"):
        return None
    units = alternation(longest_first(table["units"]))
    separators = alternation(longest_first(table["separators"]))
    pattern = re.compile(
        rf"(?<![0-9.,．A-Za-z/∶:\-－—])(?P<a>{FIGURE})(?P<am>万|亿)?(?P<au>{units})?[ \u3000]?"
        rf"(?P<sep>{separators})[ \u3000]?(?P<b>{FIGURE})(?P<bm>万|亿)?(?P<bu>{units})")
    bound_units = alternation(longest_first(table["units"] + table.get("bound_units", [])))
    bounds = re.compile(
        rf"(?<![0-9.,．零〇一二两三四五六七八九十百千万亿])(?P<a>{_bound('a')})(?P<au>{bound_units})?以上"
        rf"(?P<b>{_bound('b')})(?P<bu>{bound_units})?以下")
    return RangeData(pattern, tuple(table.get("change_openers", [])), tuple(table.get("negatives", [])), bounds,
                     tuple(table.get("ranked_units", [])))


def _bound(name: str) -> str:
    """One bound: a figure or a Chinese numeral, with its 万 or 亿, or a fraction (千分之五)."""
    return (rf"(?P<{name}f>千分之|百分之|万分之)?"
            rf"(?P<{name}n>{FIGURE}|{CHINESE}(?:万{CHINESE})?)(?P<{name}m>万|亿)?")


def find_reversed_ranges(prose: str, data: RangeData | None) -> Iterator[Reversed]:
    if data is None:
        return
    for match in data.pattern.finditer(prose):
        if match.group("au") and match.group("au") != match.group("bu"):
            continue  # 30分～9时: two units, not one range
        if not _runs_down(match):
            continue
        start = match.start()
        clause = _clause_before(prose, start)
        if any(prose.startswith(word, start - len(word)) for word in data.negatives):
            continue  # 零下5～10℃
        if any(opener in clause for opener in data.change_openers):
            continue  # 由600至450毫米: where a change starts and ends
        yield Reversed(start, match.end(), match.group(), _righted(match))


def _runs_down(match: re.Match) -> bool:
    """Whether the range starts above its end however its first figure is read: 2～3万元 may be
    2万 to 3万, and 5000～2万元 5000 to 20000."""
    end = Decimal(match.group("b")) * MULTIPLIERS[match.group("bm") or ""]
    first = Decimal(match.group("a"))
    if match.group("am"):
        return first * MULTIPLIERS[match.group("am")] > end
    return first > end  # the smaller reading: without the second figure's multiplier


def _clause_before(prose: str, start: int) -> str:
    at = start
    while at > 0 and prose[at - 1] not in CLAUSE_BREAKS and start - at < 40:
        at -= 1
    return prose[at:start]


def _righted(match: re.Match) -> str:
    """The range the right way round: 450～600毫米, 450毫米～600毫米, 8000～1.5万元."""
    a, am, au = match.group("a"), match.group("am") or "", match.group("au") or ""
    b, bm, bu = match.group("b"), match.group("bm") or "", match.group("bu")
    if au:
        return f"{b}{bm}{bu}{match.group('sep')}{a}{am}{au}"
    return f"{b}{bm}{match.group('sep')}{a}{am}{bu}"


def find_reversed_bounds(prose: str, data: RangeData | None) -> Iterator[Reversed]:
    """五万元以上一万元以下: the bound after 以上 is the lower. Both bounds in one unit, or both
    fractions of one kind (千分之十以上千分之五以下)."""
    if data is None or "以上" not in prose:
        return
    for match in _bounds_around(prose, data.bounds):
        if (match.group("au") or match.group("bu")) != match.group("bu") or match.group("af") != match.group("bf"):
            continue  # 30万元以上50万以下: read only when written alike
        if not match.group("bu") and not match.group("bf"):
            continue  # 三以上五以下: no unit, no amount
        if match.group("bu") in data.ranked_units:
            continue  # 三级以上一级以下: grades count down as they rise
        low, high = _bound_value(match, "a"), _bound_value(match, "b")
        if low is None or high is None or low <= high:
            continue
        au = match.group("au") or ""
        righted = f"{match.group('b')}{match.group('bu') if au else ''}以上{match.group('a')}{au or match.group('bu') or ''}以下"
        yield Reversed(match.start(), match.end(), match.group(), righted)


BOUND_REACH = 24  # the longest bound before 以上: 一百二十万五千元, 千分之十五


def _bounds_around(prose: str, pattern: re.Pattern) -> Iterator[re.Match]:
    """The pattern's matches, tried only a bound's length around each 以上: the pattern opens
    with a choice of figures, which ``re`` would try at every character of the draft."""
    done = 0
    at = prose.find("以上")
    while at >= 0:
        match = pattern.search(prose, max(done, at - BOUND_REACH), at + 2 * BOUND_REACH)
        if match is not None and match.start() <= at < match.end():
            yield match
            done = match.end()
        at = prose.find("以上", max(at + 2, done))


def _bound_value(match: re.Match, name: str) -> Decimal | None:
    number = match.group(name + "n")
    value = Decimal(number) if number[0].isdigit() else chinese_amount(number)
    if value is None:
        return None
    return Decimal(value) * MULTIPLIERS[match.group(name + "m") or ""]
