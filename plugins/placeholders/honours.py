"""PH002: “张某某” in an honour list, a name the template left for the writer to fill in.

A surname followed by 某某 usually withholds a name on purpose: a discipline notice, a court's
report, a settled dispute. An honour is never conferred on an unnamed person, so the same
form in a commendation (授予张某某同志“优秀共产党员”称号) is a gap. The words deciding which is
which are data (``honour_words``, ``honour_titles``, ``case_words``).
"""

from __future__ import annotations

import re
from typing import Iterator

from checker import Finding

from .data import BlankData
from .text import char_at, line_bounds

# 张某某 anywhere; 张某 only before 同志 or where the name ends (张某、李某某).
WITHHELD = re.compile(r"([\u4e00-\u9fff])(某某|某(?=同志|[^\u4e00-\u9fff某]|$))", re.M)
TITLE_LINES = 4  # the lines that may title a draft, after blank ones
TITLE_LENGTH = 60  # longer lines are prose, not a title


def unnamed_honourees(doc, data: BlankData) -> Iterator[Finding]:
    """Report 张某某 on a line that confers an honour, or in a draft titled as one, unless the
    line or the draft's title speaks of a case."""
    prose = doc.prose
    if data.honour_words is None or "某" not in prose:
        return
    title = _title_kind(prose, data)
    if title == CASE:
        return
    for match in WITHHELD.finditer(prose):
        start = match.start(1)
        if not data.after_surname(prose, match.start(2)):
            continue
        if char_at(prose, match.end()) == "某":
            continue  # 张某某某: a longer run, left to the other checks
        line_start, line_end = line_bounds(prose, start, match.end(), window=200)
        line = prose[line_start:line_end]
        if data.case_words is not None and data.case_words.search(line):
            continue
        if title == HONOUR or data.honour_words.search(line):
            yield Finding(start, match.end(), f"表彰名单中的“{match.group()}”是未填写的姓名")


HONOUR, CASE = "honour", "case"


def _title_kind(prose: str, data: BlankData) -> str | None:
    """Whether the draft's first lines title a case (……违纪问题的通报) or an honour
    (……表彰决定); a case wins, for a notice of a case may name its subject's old honours."""
    kind, seen = None, 0
    for line in prose.split("\n", 40)[:40]:
        line = line.strip(" \u3000\t\0#")
        if not line:
            continue
        seen += 1
        if len(line) <= TITLE_LENGTH:
            if data.case_words is not None and data.case_words.search(line):
                return CASE
            if kind is None and any(word in line for word in data.honour_titles):
                kind = HONOUR
        if seen >= TITLE_LINES:
            break
    return kind
