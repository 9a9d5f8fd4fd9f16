"""Decimal outline numbers (1.1, 2.3.1): the numbering of technical plans, standards and reports.

Standards (GB/T 1.1-2020) number a document's chapters 1, 2, 3 and their clauses 1.1, 1.2, 2.1.1;
work plans and feasibility reports copy the style. Each number names its parent (2.3.1 belongs
to 2.3), so a slip is visible from the number alone: 1.1, 1.2, 1.4 skips 1.3, and 3.2.3 written
twice repeats a clause. A number is read only at a paragraph's start, followed by a space or by
a heading's first character: 1.5亿元, 3.15晚会 and 9.30—10.00 are figures, dates and times.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

# 1.1 / 2.3.1 / 1．2 at a paragraph's start, after indentation or masked Markdown syntax.
DECIMAL = re.compile(r"[ \t\u3000\0]*(?P<num>[0-9]{1,2}(?:[.．][0-9]{1,2}){1,3})(?P<gap>[ \t\u3000]*)")
# A chapter's own number standing alone before its title (1 总则, 2．工作目标, 3、主要任务).
CHAPTER = re.compile(r"[ \t\u3000\0]*(?P<num>[0-9]{1,2})(?:[.．、][ \t\u3000]*|[ \t\u3000]+)(?=[^\s0-9.．])")
# The clause numbers of an outline stay small; more than this many steps past the last sibling
# is a list of figures, not a skipped clause.
MAX_STEP = 3
# No clause has this many siblings: a draft with such a number writes times with a dot
# (8.30 签到, 9.45 开幕), and its numbers are not read at all.
MINUTES = 25


@dataclass(frozen=True)
class DecimalData:
    units: frozenset[str]  # characters that make the number a quantity: 1.5万, 2.0版


def decimal_data(data: dict) -> DecimalData:
    return DecimalData(frozenset("".join(data.get("decimal_outline", {}).get("units", []))))


@dataclass(frozen=True)
class DecimalMarker:
    start: int
    end: int
    path: tuple[int, ...]
    dot: str = "."  # as written: 1.2 or 1．2

    @property
    def text(self) -> str:
        return self.dot.join(map(str, self.path))

    def sibling(self, value: int) -> str:
        """The number of this clause's sibling ``value`` (1.3 for 1.2 and 3), written alike."""
        return self.dot.join(map(str, (*self.path[:-1], value)))


@dataclass(frozen=True)
class DecimalSlip:
    marker: DecimalMarker
    kind: str  # "skip", "repeat", "order", "start"
    expected: str
    earlier: DecimalMarker | None = None  # the first of a repeated number, or the sibling before


def find_decimal_slips(doc, data: DecimalData) -> Iterator[DecimalSlip]:
    """Gaps, repeats and disorder among the clauses of each parent number."""
    markers, chapters = _markers(doc, data)
    if len(markers) < 2 or any(value >= MINUTES for m in markers for value in m.path[1:]):
        return
    explicit = {m.path for m in markers} | {(value,) for value in chapters}
    last_child: dict[tuple[int, ...], DecimalMarker] = {}
    last_value: dict[tuple[int, ...], int] = {}  # the number the last clause stands for
    seen: dict[tuple[int, ...], DecimalMarker] = {}
    for marker in markers:
        parent, value = marker.path[:-1], marker.path[-1]
        previous, last = last_child.get(parent), last_value.get(parent)
        stands_for = value
        if marker.path in seen:
            yield DecimalSlip(marker, "repeat", marker.sibling(last + 1), seen[marker.path])
            stands_for = last + 1  # 5.2, 5.2, 5.4: the second 5.2 is 5.3 mislabelled, and 5.4 is right
        elif previous is None:
            if value != 1 and parent in explicit and value - 1 <= MAX_STEP:
                yield DecimalSlip(marker, "start", marker.sibling(1))
        elif value > last + 1 and value - last <= MAX_STEP:
            yield DecimalSlip(marker, "skip", marker.sibling(last + 1), previous)
        elif value < last:
            yield DecimalSlip(marker, "order", marker.sibling(last + 1), previous)
        seen.setdefault(marker.path, marker)
        last_child[parent] = marker
        last_value[parent] = stands_for


def _markers(doc, data: DecimalData) -> tuple[list[DecimalMarker], set[int]]:
    prose = doc.prose
    if "." not in prose and "．" not in prose:
        return [], set()
    markers, chapters = [], set()
    for start, end in doc.paragraphs:
        match = DECIMAL.match(prose, start, end)
        if match is None:
            chapter = CHAPTER.match(prose, start, end)
            if chapter is not None:
                chapters.add(int(chapter.group("num")))
            continue
        after = match.end()
        if after >= end:
            continue  # a number alone on its line is a figure of a table
        nxt = prose[after]
        set_off = any(ch in match.group("gap") for ch in "\t\u3000")  # 3.4.2　年休假: a heading's gap
        if (nxt in data.units and not set_off) or nxt in ".．-—–~～:：/%％" or nxt.isdigit() \
                or (nxt.isascii() and not match.group("gap")):
            continue  # 1.5亿, 1.1—1.3, 3.15%, 2.0版: a quantity, a range or an edition
        parts = re.split("[.．]", match.group("num"))
        if any(part.startswith("0") for part in parts):
            continue  # 9.05, 2.0: times and versions, never a clause number
        dot = "．" if "．" in match.group("num") else "."
        markers.append(DecimalMarker(match.start("num"), match.end("num"), tuple(int(p) for p in parts), dot))
    return markers, chapters
