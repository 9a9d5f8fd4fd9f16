"""Dates (DA rules): dates that do not exist (6月31日), weekdays that do not fit their date
(2025年5月31日（星期五）) and anniversaries counted for another year (今年是建党103周年 in
2025), the leftovers of a template written for another year."""

from checker import hookimpl

from .rules import RULES


@hookimpl
def checker_rules():
    return list(RULES)
