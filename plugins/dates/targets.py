"""Targets set for a year the draft is already past: 力争到2022年底 in a plan dated 2024.

A plan or a report copied from last year's, or the year before's, keeps its targets' years
unless someone changes each of them: 力争到2022年底，村集体经济收入突破50万元 under a date
line of 2024年12月30日 promises what could have been done two years ago. A target is read
where a word of aiming (``aims``: 力争, 争取, 确保) sets it to a year, with or without 到 or
在 (力争到2027年, 确保完成2023年度目标任务); the draft's year is its date line's (see
``anniversaries.own_year_of``), and a draft without one is left alone.

A sentence telling what was aimed at before (年初提出, 原定, 按照规划: ``recalled``) or that
it was met (已, 提前: ``met``) looks back, and is left alone; so does a year measured from
(在2023年的基础上: ``baselines``). The aim may stand a few words before the year's 在 or 于
(确保剩余问题于2023年12月底前). A heading of a year's plans (四、2023年工作打算: ``plan_words``)
is a target too.
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
    baselines: tuple[str, ...]  # 在2023年的基础上: a year measured from, not aimed at
    plan_heading: re.Pattern[str] | None  # 四、2023年工作打算: the plans of a year


class PastTarget(NamedTuple):
    start: int  # the aim word: 力争
    end: int  # after 年 (and 底, 末, 度)
    year: int
    own_year: int
    plans: str = ""  # the words of a heading of plans: 工作打算


def target_data(data: dict) -> TargetData | None:
    table = data.get("targets")
    if not table or not table.get("aims"):
        return None
    aims = alternation(table["aims"])
    manners = alternation(table.get("manners", [])) or "(?!)"
    pattern = re.compile(
        rf"(?P<aim>{aims})(?:{manners})?(?:完成)?(?:[\u4e00-\u9fff]{{0,10}}?(?:在|于)|到|至)?"
        rf"(?P<year>(?:19|20)[0-9]{{2}})[ \u3000]?年(?!代)(?:底|末|度|前)?")
    plans = alternation(table.get("plan_words", []))
    plan_heading = re.compile(
        rf"(?m)^[ \t\u3000\0]*(?:[一二三四五六七八九十]{{1,3}}、|（[一二三四五六七八九十]{{1,3}}）)[ \t\u3000]*"
        rf"(?P<year>(?:19|20)[0-9]{{2}})年度?(?:工作)?(?:{plans})[ \t\u3000]*$") if plans else None
    return TargetData(pattern, tuple(table.get("recalled", [])), tuple(table.get("met", [])),
                      tuple(table.get("baselines", [])), plan_heading)


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
        if any(prose.startswith(word, match.end() + gap) for word in data.baselines for gap in (0, 1)):
            continue  # 确保粮食产量在2023年的基础上稳中有增: measured from that year
        lo, hi = sentence_bounds(prose, match.start(), match.end())
        if any(word in prose[lo:match.start()] for word in data.recalled) \
                or any(word in prose[match.end():hi] for word in data.met):
            continue
        yield PastTarget(match.start(), match.end(), year, drafted)
    yield from _past_plan_headings(prose, data, own_year)


def _past_plan_headings(prose: str, data: TargetData, own_year: Callable[[], int | None]) -> Iterator[PastTarget]:
    """四、2023年工作打算 in a summary dated 2025: the plans of a year already gone, a heading
    kept from an earlier year's summary (``plan_words``)."""
    if data.plan_heading is None:
        return
    drafted = None
    for match in data.plan_heading.finditer(prose):
        if drafted is None:
            drafted = own_year() or 0  # 0: no date line, no heading is past
        if int(match.group("year")) < drafted:
            plans = prose[match.end("year") + 1:match.end()].strip(" \t\u3000").lstrip("度")
            yield PastTarget(match.start("year"), match.end(), int(match.group("year")), drafted, plans)
