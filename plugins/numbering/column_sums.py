"""A count in the sentence that introduces a table, against the column that breaks it down.

本次演练共动员参演人员182人、各类车辆33台，具体力量编成如下： over a table whose 人员（人）
column adds up to 192, or 计划招募志愿者600名，具体岗位及人数如下： over a 人数 column adding up
to 580: the reader adds the column and finds the sentence wrong. Compared only when the table
starts right after the sentence, the sentence ends in a colon or points at the table (见下表),
it holds one count of that classifier, exactly one column names the classifier as its unit
(人员（人）, 车辆（台）; or a word from ``[column_sum] headers`` such as 人数), and every row has a
plain number there; a total row is not one of the rows summed, and a table with subtotals (小计)
is not read. A sentence saying the table holds only some of the count (其中, 主要, 部分) is not
compared.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Callable, NamedTuple

from checker.patterns import alternation

from .numerals import COUNT_NUMBER, count_value
from .tables import Blocks, Cell, TableData, cell_number, header_and_rows, row_label, total_label


class ColumnSumData(NamedTuple):
    count: re.Pattern  # 182人, 600名, 33台
    headers: dict[str, tuple[str, ...]]  # 名 -> 人数: a column titled without its unit
    pointers: tuple[str, ...]  # 见下表: the sentence points at the table
    excerpts: tuple[str, ...]  # 其中, 主要: the table lists some of the count


def column_sum_data(data: dict) -> ColumnSumData | None:
    table = data.get("column_sum", {})
    headers = table.get("headers", {})
    classifiers = table.get("classifiers", [])
    if not classifiers:
        return None
    return ColumnSumData(
        re.compile(rf"(?<![0-9０-９.．第])(?P<num>[0-9０-９]{{1,7}}(?![0-9０-９.．])|{COUNT_NUMBER})"
                   rf"(?P<cl>{alternation(classifiers)})"),
        {unit: tuple(words) for unit, words in headers.items()},
        tuple(data.get("table_count", {}).get("pointers", [])),
        tuple(table.get("excerpts", [])),
    )


class ColumnSum(NamedTuple):
    start: int  # the count in the sentence: 182人
    end: int
    count: int
    header: str  # the column's title: 人员（人）
    summed: Decimal
    rows: int


def find_column_sums(doc, data: ColumnSumData | None, tables: TableData,
                     blocks: Callable[[], Blocks]) -> list[ColumnSum]:
    if data is None:
        return []
    prose = doc.prose
    if "：\n" not in prose and ":\n" not in prose and not any(pointer in prose for pointer in data.pointers):
        return []  # no sentence introduces a table: the tables need not be read
    found = []
    for block, markdown in blocks():
        header, rows = header_and_rows(block, markdown)
        if header is None or len(rows) < 2 or not header[0].text:
            continue
        if any(word in row_label(row) for row in rows for word in tables.partial_words):
            continue  # 小计: rows grouped under subtotals
        totals = [index for index, row in enumerate(rows) if total_label(row_label(row), tables)]
        rows = rows[:totals[0]] if totals else rows  # the total row itself is compared with them on its own
        if len(rows) < 2:
            continue
        sentence = _introduction(prose, header[0].start, data)
        if sentence is None:
            continue
        start, text = sentence
        if any(word in text for word in data.excerpts):
            continue  # 其中主要力量如下：: the table lists some of them
        for count in _counts(text, data):
            column = _column_of(header, count.group("cl"), data)
            if column is None:
                continue
            values = [cell_number(row[column].text) if column < len(row) else None for row in rows]
            if any(value is None for value in values):
                continue
            value = count_value(count.group("num"))
            summed = sum(values, Decimal(0))
            if value is not None and summed != value:
                found.append(ColumnSum(start + count.start(), start + count.end(), value,
                                       header[column].text, summed, len(rows)))
    return found


def _introduction(prose: str, table_start: int, data: ColumnSumData) -> tuple[int, str] | None:
    """The last sentence before the table, when it introduces it: it ends in a colon or
    points at the table, and only spaces and one line break stand between."""
    line_end = table_start
    while line_end > 0 and prose[line_end - 1] in " \t\u3000\0":
        line_end -= 1
    if line_end == 0 or prose[line_end - 1] != "\n":
        return None
    line_start = prose.rfind("\n", 0, line_end - 1) + 1
    line = prose[line_start:line_end - 1].rstrip(" \t\u3000\0")
    if not (line.endswith(("：", ":")) or any(pointer in line for pointer in data.pointers)):
        return None
    sentence_start = max(line.rfind(mark) for mark in "。！？；") + 1
    return line_start + sentence_start, line[sentence_start:]


def _counts(text: str, data: ColumnSumData) -> list[re.Match]:
    """The counts of the sentence, each the only one of its classifier there."""
    counts = list(data.count.finditer(text))
    classifiers = [count.group("cl") for count in counts]
    return [count for count in counts if classifiers.count(count.group("cl")) == 1]


def _column_of(header: list[Cell], classifier: str, data: ColumnSumData) -> int | None:
    """The one column whose title names ``classifier`` as its unit: 人员（人）, or 人数."""
    titled = {f"（{classifier}）", f"({classifier})"}
    words = data.headers.get(classifier, ())
    columns = [index for index, cell in enumerate(header) if index and (
        any(unit in cell.text for unit in titled) or cell.text.replace(" ", "").replace("\u3000", "") in words)]
    return columns[0] if len(columns) == 1 else None
