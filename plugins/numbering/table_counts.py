"""A count that a table below it lists: 共设6个分会场，具体安排见下表 over a table of five.

The sentence that introduces a table often says how many rows it will hold, and when a row
is added or struck the count stays behind. The count is compared with the table's rows only
where the sentence points at the table (见下表, 如下表), holds exactly one count outside
quotes, names what it counts (6个分会场, 问题12个) in a word the title of the table's row labels
repeats (its first column, or the second after a 序号 column), and the table starts within two
paragraphs. Rows are those between the header and a total row (合计). A table with subtotals
(小计) groups its rows, and one with a column of figures adding up to the count breaks the
count down by kind (项目31个 over 大气6、水体25): neither is compared.
"""

from __future__ import annotations

import re
from typing import Callable, NamedTuple

from checker.patterns import alternation

from .numerals import COUNT_NUMBER, count_value
from .tables import Blocks, Cell, TableData, cell_number, header_and_rows, row_label

# Any other figure in the sentence: the table may list that many (前8位, 前十名) instead.
OTHER_NUMBER = re.compile(r"[0-9０-９]+|[一二两三四五六七八九十]+(?=[个名位家所项类种条处批])")
NOUN_LENGTH = 2  # the count's noun is matched in the header by its first two characters
REACH = 2  # paragraphs between the sentence and the table


class TableCountData(NamedTuple):
    pointer: re.Pattern  # 见下表, 如下表
    count: re.Pattern  # a count and its noun: 6个分会场, 问题12个


def table_count_data(data: dict) -> TableCountData | None:
    table = data.get("table_count", {})
    pointers, classifiers = table.get("pointers", []), table.get("classifiers", [])
    if not pointers or not classifiers:
        return None
    return TableCountData(
        re.compile(alternation(pointers)),
        re.compile(rf"(?<![0-9０-９.．第])(?P<num>{COUNT_NUMBER})(?P<cl>{alternation(classifiers)})"
                   r"(?P<noun>[\u4e00-\u9fff]{2,})"
                   rf"|(?P<before>[\u4e00-\u9fff]{{2}})共?(?P<num2>{COUNT_NUMBER})(?P<cl2>{alternation(classifiers)})"
                   r"(?![\u4e00-\u9fff])"),
    )


class TableCount(NamedTuple):
    start: int  # the count: 6个
    end: int
    count: int
    rows: int
    first: Cell  # the first and the last row's label cell
    last: Cell


def find_table_counts(doc, data: TableCountData | None, tables: TableData,
                      blocks: Callable[[], Blocks]) -> list[TableCount]:
    if data is None:
        return []
    prose = doc.prose
    pointers = list(data.pointer.finditer(prose))
    if not pointers:
        return []
    found = []
    # A header line may be read both as a block of its own and as the next block's header:
    # only blocks with rows under a header are tables here, and they are sorted by start alone.
    starts = sorted(((block[0][0].start, block, markdown) for block, markdown in blocks()
                     if len(block) > 1 and block[0]), key=lambda table: table[0])
    for pointer in pointers:
        sentence_start = max(prose.rfind(mark, 0, pointer.start()) for mark in "。！？；\n") + 1
        counts = [match for match in data.count.finditer(prose, sentence_start, pointer.start())
                  if prose.count("“", sentence_start, match.start()) == prose.count("”", sentence_start, match.start())]
        # 实行“一个项目、一名领导”机制: a count inside quotes names a slogan
        if len(counts) != 1:
            continue  # no count, or several: which one the table lists is not known
        count = counts[0]
        others = OTHER_NUMBER.findall(prose[sentence_start:count.start()] + prose[count.end():pointer.start()])
        if others:
            continue  # 全县18个乡镇卫生院中，排名前8位的情况见下表: the table lists another number
        table = _table_after(doc, pointer.end(), starts)
        if table is None:
            continue
        block, markdown = table
        header, rows = header_and_rows(block, markdown)
        if header is None or not rows:
            continue
        noun = (count.group("noun") or count.group("before"))[:NOUN_LENGTH]  # 6个分会场, 问题12个
        label_column = 1 if len(header) > 1 and header[0].text.replace("\u3000", "") in (*tables.serial_headers, "") else 0
        if noun not in header[label_column].text:
            continue  # the column of row labels is not titled by what was counted
        labels = [row_label(row).replace("\u3000", "").replace(" ", "") for row in rows]
        if any(word in label for label in labels for word in tables.partial_words):
            continue
        listed = [row for row, label in zip(rows, labels) if row and not label.startswith(tables.total_words)]
        value = count_value(count.group("num") or count.group("num2"))
        if value is None or value < 2 or not listed or value == len(listed) or _sums_to(listed, value):
            continue
        number = "num" if count.group("num") else "num2"
        found.append(TableCount(count.start(number), count.end("cl" if number == "num" else "cl2"), value, len(listed),
                                listed[0][0], listed[-1][0]))
    return found


def _sums_to(rows: list[list[Cell]], value: int) -> bool:
    """A column of the rows adds up to the count: the table breaks the count down by kind
    (项目31个 over 大气6、水体…), it does not list what was counted one a row."""
    for column in range(1, max(len(row) for row in rows)):
        values = [cell_number(row[column].text) if column < len(row) else None for row in rows]
        if None not in values and sum(values) == value:
            return True
    return False


def _table_after(doc, position: int, starts):
    """The table that starts within ``REACH`` paragraphs after ``position``."""
    for start, block, markdown in starts:
        if start < position:
            continue
        lines = doc.prose[position:start].split("\n")[1:-1]  # whole lines between the two
        between = sum(1 for line in lines if line.strip(" \t\u3000\0"))
        return (block, markdown) if between <= REACH else None
    return None
