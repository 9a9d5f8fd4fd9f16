"""Unfilled placeholders and dropped names (PH rules).

PH001 markers (XX同志, X月X日, ×个, ○○), PH002 fill-in instructions, blanks and stand-ins
(【待补充】, （姓名）, ＿＿, 某某单位), PH003 a title whose name was deleted (。同志指出).
Their word lists live in ``rulesets/placeholders.toml``.
"""

from checker import hookimpl

from .blanks import fill_in_blank
from .dropped_names import dropped_name
from .markers import placeholder_marker


@hookimpl
def checker_rules():
    return [placeholder_marker, fill_in_blank, dropped_name]
