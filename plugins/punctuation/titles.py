"""PU008: title marks around a name that is not a title (《十四五》规划, 《双减》政策)."""

from __future__ import annotations

import re
from typing import NamedTuple

from checker import ConfigError, Finding, Fix, rule

from .chars import compile_pattern

TITLED = re.compile(r"《([^《》〈〉\n]{1,24})》")


class NotATitle(NamedTuple):
    inside: re.Pattern[str]
    after: re.Pattern[str] | None
    reason: str


def load_entries(data: dict) -> list[NotATitle]:
    """The ``[[not_a_title]]`` entries: what stands between the marks, and what must follow."""
    entries = []
    for index, entry in enumerate(data.get("not_a_title", []), 1):
        where = f"[[not_a_title]] entry {index}"
        inside, reason = entry.get("inside"), entry.get("reason")
        if not (isinstance(inside, str) and inside and isinstance(reason, str) and reason.strip()):
            raise ConfigError(f"punctuation data, {where}: needs 'inside' and a 'reason'")
        after = entry.get("after")
        if after is not None and not (isinstance(after, str) and after):
            raise ConfigError(f"punctuation data, {where}: 'after' must be a pattern")
        entries.append(NotATitle(
            compile_pattern(f"(?:{inside})", where),
            compile_pattern(f"(?:{after})", where) if after else None,
            reason,
        ))
    return entries


@rule(
    "PU008", "not-a-title", "punctuation", "warning", "书名号用在了不是书名的简称、提法上（《十四五》规划）",
    standard="GB/T 15834-2011 4.15（书名号标示书名、篇名、报刊名、文件名等作品的名称）",
    bad=["2025年是《十四五》规划的收官之年。", "落实《双减》政策。"],
    good=["2025年是“十四五”规划的收官之年。", "学习《“十四五”数字经济发展规划》。",
          "观看纪录片《一带一路》。", "印发《两学一做学习手册》。"],
    fixable=True,
)
def title_marks_misuse(doc, ctx):
    """Title marks mark the name of a work or a document (GB/T 15834-2011 4.15). The short name
    of a planning period (十四五) or of a campaign or policy (两学一做, 双减, 放管服) is not a
    title: it takes quotation marks, “十四五”规划. Drafts put it in title marks because the
    full name of the plan is a title (《……第十四个五年规划……纲要》).

    The names are data (``[[not_a_title]]`` in ``rulesets/punctuation.toml``). A name that is
    also the title of a work (the documentary 《一带一路》) is reported only when a word such
    as 政策, 倡议 or 主题教育 follows, which a title would not take. The fix swaps the marks
    for quotation marks; it is safe, since only the marks change.
    """
    prose = doc.prose
    if "《" not in prose:
        return
    entries = ctx.compiled("punctuation.not_a_title", lambda: load_entries(ctx.data("punctuation")))
    for match in TITLED.finditer(prose):
        name = match.group(1)
        for entry in entries:
            if entry.inside.fullmatch(name) and (entry.after is None or entry.after.match(prose, match.end())):
                start, end = match.start(), match.end()
                quoted = _within_quotes(prose, start)
                right = f"‘{name}’" if quoted else f"“{name}”"
                yield Finding(
                    start, end, f"《{name}》不是书名，应为{right}：{entry.reason}",
                    suggestion=right, fix=Fix.replace(start, end, right),
                )
                break


def _within_quotes(prose: str, at: int) -> bool:
    """Inside a “…” quotation of its line, where the inner quotes are single (GB/T 15834-2011 4.8.3.2)."""
    line = prose[prose.rfind("\n", 0, at) + 1:at]
    return line.count("“") > line.count("”")
