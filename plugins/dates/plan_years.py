"""Years a five-year plan opens and closes in: 2026年是“十四五”规划开局之年 is a template's
sentence of 2021 kept five years on.

The plans and their years are data (``[[plan]]``: 十四五 2021–2025, 十五五 2026–2030); the words
for a plan's first and last year are ``[plans] first_words`` (开局之年, 起步之年) and
``last_words`` (收官之年). The year a sentence speaks of is read as for anniversaries: a year
written in it, or the draft's date line's with 今年 (see ``anniversaries``).
"""

from __future__ import annotations

import re
from typing import Callable, Iterator, NamedTuple

from checker import ConfigError
from checker.patterns import alternation

from .anniversaries import AnniversaryData, Event, years_of_sentence


class Plan(NamedTuple):
    name: str  # 十四五
    first: int
    last: int


class PlanData(NamedTuple):
    pattern: re.Pattern  # a plan's name, then the words of its first or last year
    plans: dict[str, Plan]
    first_words: tuple[str, ...]


class WrongPlanYear(NamedTuple):
    start: int  # the words of the year: 开局之年
    end: int
    plan: Plan
    first: bool  # said to open the plan (else to close it)
    year: int  # the year the sentence speaks of


def plan_data(data: dict) -> PlanData | None:
    table = data.get("plans", {})
    plans = {}
    for index, entry in enumerate(data.get("plan", []), 1):
        name, first, last = entry.get("name"), entry.get("first"), entry.get("last")
        if not isinstance(name, str) or not isinstance(first, int) or not isinstance(last, int):
            raise ConfigError(f"dates [[plan]] entry {index}: needs 'name', 'first' and 'last'")
        plans[name] = Plan(name, first, last)
    first_words, last_words = table.get("first_words", []), table.get("last_words", [])
    if not plans or not (first_words or last_words):
        return None
    stage = alternation(first_words + last_words)
    pattern = re.compile(rf"[“\"]?(?P<plan>{alternation(list(plans))})[”\"]?(?:规划|时期)?(?:的)?(?P<stage>{stage})")
    return PlanData(pattern, plans, tuple(first_words))


def find_wrong_plan_years(doc, data: PlanData | None, years: AnniversaryData,
                          own_year: Callable[[], int | None]) -> Iterator[WrongPlanYear]:
    """``own_year``: the draft's year (``own_year_of``), asked for once a plan's year is met."""
    prose = doc.prose
    if data is None:
        return
    matches = list(data.pattern.finditer(prose))
    drafted = own_year() if matches else None
    for match in matches:
        plan = data.plans[match.group("plan")]
        first = match.group("stage") in data.first_words
        spoken = years_of_sentence(prose, match, drafted, NO_EVENT, years)
        if len(spoken) != 1:
            continue
        if spoken[0] != (plan.first if first else plan.last):
            yield WrongPlanYear(match.start("stage"), match.end("stage"), plan, first, spoken[0])

NO_EVENT = Event("", -1, "")  # a plan has no year of its own to leave out of the years written
