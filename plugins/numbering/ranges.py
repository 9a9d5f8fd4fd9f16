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
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterator, NamedTuple

from checker.patterns import alternation, longest_first

from .breakdowns import MULTIPLIERS

FIGURE = r"[0-9]+(?:\.[0-9]+)?"
CLAUSE_BREAKS = "，,。；;：:！？!?\n\0（）()"


class RangeData(NamedTuple):
    pattern: re.Pattern[str]
    change_openers: tuple[str, ...]
    negatives: tuple[str, ...]


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
    return RangeData(pattern, tuple(table.get("change_openers", [])), tuple(table.get("negatives", [])))


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
