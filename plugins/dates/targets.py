"""Targets set for a year the draft is already past: 力争到2022年底 in a plan dated 2024.

A plan or a report copied from last year's, or the year before's, keeps its targets' years
unless someone changes each of them: 力争到2022年底，村集体经济收入突破50万元 under a date
line of 2024年12月30日 promises what could have been done two years ago. A target is read
where a word of aiming (``aims``: 力争, 争取, 确保) sets it to a year, with or without 到 or
在 (力争到2027年, 确保完成2023年度目标任务); the draft's year is its date line's (see
``anniversaries.own_year_of``), and a draft without one is left alone.

A sentence telling what was aimed at before (年初提出, 原定, 按照规划: ``recalled``) or that
it was met (已, 提前: ``met``) looks back, and is left alone.
"""

from __future__ import annotations

import re
from typing import Callable, Iterator, NamedTuple

from checker.patterns import alternation

from .anniversaries import sentence_bounds

class TargetData(NamedTuple):
    pattern: re.Pattern[str]
    recalled: tuple[str, ...]
    met: tuple[str, ...]


class PastTarget(NamedTuple):
    start: int  # the aim word: 力争
    end: int  # after 年 (and 底, 末, 度)
    year: int
    own_year: int


def target_data(data: dict) -> TargetData | None:
    table = data.get("targets")
    if not table or not table.get("aims"):
        return None
    aims = alternation(table["aims"])
    manners = alternation(table.get("manners", [])) or "(?!)"
    pattern = re.compile(
        rf"(?P<aim>{aims})(?:{manners})?(?:完成)?(?:在|于|到|至)?"
        rf"(?P<year>(?:19|20)[0-9]{{2}})[ \u3000]?年(?!代)(?:底|末|度|前)?")
    return TargetData(pattern, tuple(table.get("recalled", [])), tuple(table.get("met", [])))


def find_past_targets(doc, data: TargetData | None, own_year: Callable[[], int | None]) -> Iterator[PastTarget]:
    """``own_year``: the draft's year (``anniversaries.own_year_of``), asked for once a target is met."""
    if data is None:
        return
    prose = doc.prose
    drafted = None
    for match in data.pattern.finditer(prose):
        if drafted is None:
            drafted = own_year() or 0  # 0: no date line, no target is past
        year = int(match.group("year"))
        if year >= drafted:
            continue
        lo, hi = sentence_bounds(prose, match.start(), match.end())
        if any(word in prose[lo:match.start()] for word in data.recalled) \
                or any(word in prose[match.end():hi] for word in data.met):
            continue
        yield PastTarget(match.start(), match.end(), year, drafted)
