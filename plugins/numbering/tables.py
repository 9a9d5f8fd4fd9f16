"""Tables written in the text, and their 合计 rows: a Markdown table (| 项目 | 2024年 |) or a
plain-text one (cells set apart by two or more full-width spaces, by tabs or by runs of spaces).

A Word table arrives cell by cell, each labelled by the reader (表格2第3行第1列), and is put
back together from the labels. A table is a block of consecutive lines with the same number of
cells, two or more. Its total
row opens with a word such as 合计; the rows it sums are those between the header (the first
row; in Markdown the row above the |---| line) and the total. Each column whose cells are all
plain numbers is one the total row may be checked against.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Callable, Iterator, NamedTuple

from .breakdowns import BRACKETED

# Two or more full-width spaces, a tab, two or more spaces; or one full-width space before a
# figure, where a long label left room for no more (台账资料不规范　18).
PLAIN_GAP = re.compile(
    r"[ \u3000]*(?:\u3000{2,}|\t| {2,}|\u3000(?=[0-9０-９]))[ \u3000\t]*"
    r"|(?<=[0-9０-９])\u3000(?=[\u4e00-\u9fff])"  # 36.42　追回违规资金: a figure's cell ends at the space
)
# A label opening a row, spaced out to the width of the others (合　　计, 类　　别): one cell,
# its letters set evenly apart (名　　称　　　　　　　　地　　址 is two titles).
PADDED_LABEL = re.compile(r"[ \u3000]*[\u4e00-\u9fff](?P<gap>[ \u3000]+)[\u4e00-\u9fff](?:(?P=gap)[\u4e00-\u9fff]){0,2}"
                          r"(?=[ \u3000]*(?:\u3000{2,}|\t| {2,}|\u3000(?=[0-9０-９]))[^ \u3000\t])")
# A row number and the row's label one full-width space apart (1　城东区　86　1245): two cells.
SERIAL_THEN_LABEL = re.compile(r"[ \u3000]*[0-9０-９]{1,3}(?=\u3000[\u4e00-\u9fff])")
MARKDOWN_RULE = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?")
NUMBER = re.compile(r"[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+(?:\.[0-9０-９]+)?|[0-9０-９]+(?:\.[0-9０-９]+)?")
EMPHASIS = "*_ \u3000\t"
FULLWIDTH = str.maketrans("０１２３４５６７８９，", "0123456789,")


class TableData(NamedTuple):
    total_words: tuple[str, ...]  # 合计, 总计: the first cell of a total row
    gate: re.Pattern  # any total word, spaced out or not (合　计): a draft without one has no total row
    partial_words: tuple[str, ...]  # 小计: a table with subtotals is not summed here
    skip_headers: tuple[str, ...]  # 率, 占比, 平均: a column of rates or averages
    serial_headers: tuple[str, ...] = ("序号",)  # a column that numbers the rows 1, 2, 3 …
    breakdown_words: tuple[str, ...] = ("其中",)  # 其中：…: the row breaks down the one above
    rest_words: tuple[str, ...] = ()  # 其他乡镇合计: a row summing the rest is a part, not the total


def table_data(data: dict) -> TableData:
    table = data.get("table_total", {})
    words = tuple(table.get("total_words", ["合计", "总计"]))
    return TableData(
        words,
        re.compile("|".join("[ \u3000]*".join(map(re.escape, word)) for word in words)),
        tuple(table.get("partial_words", ["小计"])),
        tuple(table.get("skip_headers", [])),
        tuple(table.get("serial_headers", ["序号"])),
        tuple(table.get("breakdown_words", ["其中"])),
        tuple(table.get("rest_words", [])),
    )


@dataclass(frozen=True)
class Cell:
    start: int  # offsets of the cell's text in the document
    end: int
    text: str  # stripped of Markdown emphasis and spaces


@dataclass(frozen=True)
class TotalMismatch:
    cell: Cell  # the total that does not add up
    header: str
    written: Decimal
    summed: Decimal
    rows: int


Blocks = list[tuple[list[list[Cell]], bool]]  # each table's rows of cells, and whether it is Markdown


def read_tables(doc) -> Blocks:
    """Every table of a draft: plain-text and Markdown ones, then a Word draft's. Read once
    per document (``model.table_blocks``) for the rules that look at tables."""
    return list(_tables(doc)) + [(block, False) for block in _word_tables(doc)]


def find_total_mismatches(doc, data: TableData, blocks: Callable[[], Blocks]) -> Iterator[TotalMismatch]:
    """``blocks`` gives the draft's tables; it is called only when a total row may be there."""
    if not data.gate.search(doc.prose):
        return
    for block, markdown in blocks():
        yield from _check_block(block, markdown, data)


@dataclass(frozen=True)
class SerialSlip:
    """A row number out of step in a table's 序号 column."""

    cell: Cell
    expected: int
    kind: str  # "repeat", "skip" or "order"
    earlier: Cell  # the row above


def find_serial_slips(doc, data: TableData, blocks: Callable[[], Blocks]) -> Iterator[SerialSlip]:
    """The first row number of each table's 序号 column that does not follow the one above.

    Only a column whose every row up to the total is a whole number is read: a table that
    numbers its groups (一、) and their rows (1, 2) restarts by design. Rows may start at any
    number (a table continued from a page before), but each must be one more than the last."""
    if not any(header in doc.prose for header in data.serial_headers):
        return
    for block, markdown in blocks():
        header, rows = header_and_rows(block, markdown)
        if header is None or not rows:
            continue
        column = next((i for i, cell in enumerate(header)
                       if cell.text.replace("\u3000", "").replace(" ", "") in data.serial_headers), None)
        if column is None:
            continue
        cells = []
        for row in rows:
            cell = row[column] if column < len(row) else None
            if cell is None or total_label(row_label(row), data):
                break
            cells.append(cell)
        if len(cells) < 3 or not all(SERIAL.fullmatch(cell.text) for cell in cells):
            continue
        values = [int(cell.text.translate(FULLWIDTH)) for cell in cells]
        for index in range(1, len(values)):
            expected = values[index - 1] + 1
            if values[index] != expected:
                kind = ("repeat" if values[index] == values[index - 1]
                        else "skip" if values[index] > expected else "order")
                yield SerialSlip(cells[index], expected, kind, cells[index - 1])
                break


SERIAL = re.compile(r"[0-9０-９]{1,4}")
YEAR = re.compile(r"(?:19|20)[0-9]{2}")  # a header of years: | 项目 | 2024 | 2023 |


def header_and_rows(block: list[list[Cell]], markdown: bool) -> tuple[list[Cell] | None, list[list[Cell]]]:
    """A table's header row and the rows under it; ``None`` for a block with no header."""
    if markdown:
        if [] not in block:
            return None, []
        rule = block.index([])
        return (block[rule - 1] if rule else None), block[rule + 1:]
    return block[0], block[1:]


# A row that opens with a heading's number (一、基本支出, （二）项目支出): in a table whose
# other rows do not, it is a subtotal of the rows below it.
TOP_ROW = re.compile(r"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]")
WORD_CELL = re.compile(r"表格(\d+)第(\d+)行第(\d+)列")


def _word_tables(doc) -> Iterator[list[list[Cell]]]:
    """The tables of a Word draft, from the labels its reader gives each cell's paragraph
    (表格2第3行第1列): row by row, the cells in column order."""
    labels = getattr(doc, "line_labels", None) or {}
    if not labels:
        return
    grid: dict[int, dict[int, dict[int, Cell]]] = {}
    for number, start, end, _ in doc.lines():
        label = labels.get(number)
        match = WORD_CELL.fullmatch(label) if label else None
        if match is None:
            continue  # not a cell, or a cell's second paragraph (……第1列第2段)
        table, row, column = map(int, match.groups())
        grid.setdefault(table, {}).setdefault(row, {})[column] = _cell(doc.text[start:end], start)
    for rows in grid.values():
        columns = sorted({column for cells in rows.values() for column in cells})
        yield [[cells.get(column, Cell(0, 0, "")) for column in columns] for _, cells in sorted(rows.items())]


def _tables(doc) -> Iterator[tuple[list[list[Cell]], bool]]:
    """Blocks of consecutive table lines of one shape, each line split into cells."""
    block: list[list[Cell]] = []
    shape: tuple[bool, int] | None = None
    tabbed = False  # the block's rows are set apart by tabs
    previous: tuple[str, int] | None = None  # the line before, and where it starts
    for _number, start, end, _ in doc.lines():
        line = doc.text[start:end]
        before, previous = previous, (line, start)
        markdown = line.lstrip().startswith("|")
        if markdown and MARKDOWN_RULE.fullmatch(line.strip()):
            if block and shape and shape[0]:
                block.append([])  # the rule under a Markdown header: kept as a marker
            continue
        cells = _cells(line, start, markdown)
        current = (markdown, len(cells)) if len(cells) >= 2 else None
        row_tabbed = not markdown and "\t" in line.strip()
        if current is not None and shape is not None and not shape[0] \
                and len(cells) < shape[1] \
                and (not row_tabbed or (len(cells) == shape[1] - 1 and all(cell.text for cell in cells))) \
                and _spans_two(cells[0], block[-1][0]) and _words_after(block[-1], len(cells) + 1):
            # 合　　计　421 under 1　城东区　86: the label spans the number's column and the
            # label's; columns of words at the end (处理结果) may be left empty. A row set apart
            # by tabs spans two with one cell fewer and none empty (合计⇥490 under 8⇥糕点⇥30)
            cells.insert(1, Cell(cells[0].end, cells[0].end, ""))
            cells += [Cell(end, end, "")] * (shape[1] - len(cells))
            current = shape
        if current is not None and shape is not None and tabbed and row_tabbed and not shape[0] \
                and len(cells) < shape[1] and any(not cell.text for cell in cells[1:]):
            # 合计⇥⇥58 under 序号⇥形式⇥学时⇥备注: a row aligned to the columns by an empty
            # cell, whose empty cells at the end have no tabs
            cells += [Cell(end, end, "")] * (shape[1] - len(cells))
            current = shape
        if current is None or current != shape:
            tabbed = row_tabbed
            if block:
                yield block, bool(shape and shape[0])
            block = []
            if current is not None and not markdown and before is not None:
                header = _header_cells(*before, current[1])
                if header is not None:
                    block.append(header)  # 单　　位　　来信（件）　来访（批次）　合计 over its rows
        shape = current
        if current is not None:
            block.append(cells)
    if block:
        yield block, bool(shape and shape[0])


def _words_after(row: list[Cell], count: int) -> bool:
    """The cells of ``row`` from the ``count``-th on hold words, no figures: columns a total
    row may leave empty."""
    return all(cell_number(cell.text) is None for cell in row[count:])


def _spans_two(label: Cell, above: Cell) -> bool:
    """A row's first cell stands for two of the row above: spaced out to their width (合　　计),
    or a word under a column of row numbers (合计 under 8　南湖县)."""
    return "\u3000" in label.text.strip(" \u3000") or (
        SERIAL.fullmatch(above.text) is not None and cell_number(label.text) is None)


WORD_GAP = re.compile(r"[ \u3000\t]+")


def _header_cells(line: str, offset: int, columns: int) -> list[Cell] | None:
    """A header whose titles are set apart by one full-width space where its rows have wider
    gaps: split at every space, it has as many cells as the rows below."""
    if line.lstrip().startswith("|") or any(mark in line for mark in "，。；！？"):
        return None
    body = line.rstrip()
    padded = PADDED_LABEL.match(body)
    cells = [_cell(body[:padded.end()], offset)] if padded else []
    position = padded.end() if padded else 0
    for word in WORD_GAP.split(body[position:]):
        if word:
            at = body.index(word, position)
            last = cells[-1] if cells else None
            if last is not None and len(word) == 1 and len(last.text) == 1 and _is_han(word + last.text):
                # 地　　址: one title spaced out to the width of the others, not two titles
                cells[-1] = Cell(last.start, offset + at + 1, body[last.start - offset:at + 1])
            else:
                cells.append(_cell(word, offset + at))
            position = at + len(word)
    if len(cells) != columns or any(cell_number(cell.text) is not None for cell in cells[1:]):
        return None
    return cells


def _is_han(text: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in text)


def _cells(line: str, offset: int, markdown: bool) -> list[Cell]:
    cells: list[Cell] = []
    if markdown:
        inner = line.strip()
        lead = line.index("|")
        position = offset + lead + 1
        parts = inner[1:-1].split("|") if inner.endswith("|") else inner[1:].split("|")
        for part in parts:
            cells.append(_cell(part, position))
            position += len(part) + 1
        return cells
    body = line.rstrip()
    if not body.strip():
        return []
    if "\t" in body.strip():
        return _tab_cells(body, offset)
    padded = PADDED_LABEL.match(body) or SERIAL_THEN_LABEL.match(body)  # 合　　计　　360: one cell,
    position = padded.end() if padded else 0  # however wide it is spaced; 1　城东区: two
    if padded:
        cells.append(_cell(body[:position], offset))
    for gap in PLAIN_GAP.finditer(body, position):
        if gap.start() > position:
            cells.append(_cell(body[position:gap.start()], offset + position))
        position = gap.end()
    if position < len(body):
        cells.append(_cell(body[position:], offset + position))
    return [cell for cell in cells if cell.text]


def _tab_cells(body: str, offset: int) -> list[Cell]:
    """The cells of a line set apart by tabs, one tab a cell: two tabs in a row leave a cell
    empty (合计⇥⇥600⇥160 under 赛项⇥组别⇥初赛⇥决赛), and the row keeps its shape."""
    cells = []
    position = len(body) - len(body.lstrip())
    for piece in body[position:].split("\t"):
        lead = len(piece) - len(piece.lstrip(" \u3000"))
        cells.append(_cell(piece.strip(" \u3000"), offset + position + lead))
        position += len(piece) + 1
    return cells


def _cell(raw: str, start: int) -> Cell:
    lead = len(raw) - len(raw.lstrip(EMPHASIS))
    text = raw.strip(EMPHASIS)
    return Cell(start + lead, start + lead + len(text), text)


def _check_block(block: list[list[Cell]], markdown: bool, data: TableData) -> Iterator[TotalMismatch]:
    if not markdown and all(cell_number(CELL_UNIT.sub("", cell.text)) is not None for cell in block[0][1:]):
        return  # no header: a fragment of a larger table (the rows under a budget's 3.劳务费)
    header, rows = header_and_rows(block, markdown)
    if header is None or any(word in row_label(row) for row in rows for word in data.partial_words):
        return  # 小计, 税收收入小计: the total adds up subtotals
    for index, row in enumerate(rows):
        if not total_label(row_label(row), data):
            continue
        parts = _without_breakdowns(header, rows[:index], data)
        if len(parts) < 2:
            continue
        # 一、基本支出 above its 人员经费 and 公用经费: the numbered rows are the subtotals
        # the total adds up; the rows under them are counted in them already.
        numbered = [part for part in parts if TOP_ROW.match(row_label(part))]
        if len(numbered) == len(parts):
            numbered = []
        for column in range(1, len(row)):
            found = _column_mismatch(header, parts, row, column, data)
            if found is not None and numbered:
                found = _column_mismatch(header, numbered, row, column, data)
            if found is not None:
                yield found
        return  # a second total row sums something else (a share, a year before)


UNIT_IN_BRACKETS = re.compile(r"[（(][^（）()]{1,8}[）)]\Z")  # 合计（万元）


def total_label(label: str, data: TableData) -> bool:
    """合计, 合　计, or a label ending so (工程总投资合计（万元）, 三大板块营业收入合计): the row
    sums up the rows above it; but 其他乡镇合计 is one more part."""
    label = UNIT_IN_BRACKETS.sub("", label.replace("\u3000", "").replace(" ", ""))
    return label.startswith(data.total_words) or (label.endswith(data.total_words)
                                                   and not label.startswith(data.rest_words))


def _without_breakdowns(header: list[Cell], rows: list[list[Cell]], data: TableData) -> list[list[Cell]]:
    """The rows without those that break down the row above them: a 其中 row (其中：公务用车
    购置费) and the rows that go on with it (　　公务用车运行维护费), as far as they add up
    to that row in every column of figures. A 其中 row that does not finish so is an excerpt
    and goes alone. The total counts the row above, not its parts again."""
    kept: list[list[Cell]] = []
    index = 0
    while index < len(rows):
        row = rows[index]
        if not (kept and row_label(row).startswith(data.breakdown_words)):
            kept.append(row)
            index += 1
            continue
        index += _breakdown_length(header, kept[-1], rows[index:], data)
    return kept


BREAKDOWN_ROWS = 8  # the most rows one 其中 is read through


def _breakdown_length(header: list[Cell], parent: list[Cell], rows: list[list[Cell]], data: TableData) -> int:
    """How many of ``rows`` (the first a 其中 row) break ``parent`` down, in its columns of
    amounts (a rate or a share, 完成率, is no sum)."""
    columns = [column for column in range(1, len(parent)) if cell_number(parent[column].text) is not None
               and not (column < len(header) and any(word in header[column].text for word in data.skip_headers))]
    sums = [Decimal(0)] * len(columns)
    for length, row in enumerate(rows[:BREAKDOWN_ROWS], 1):
        values = [cell_number(row[column].text) if column < len(row) else None for column in columns]
        if not columns or None in values:
            break
        sums = [total + value for total, value in zip(sums, values)]
        wanted = [cell_number(parent[column].text) for column in columns]
        if any(total > whole for total, whole in zip(sums, wanted)):
            break
        if sums == wanted:
            return length
    return 1


def row_label(row: list[Cell]) -> str:
    """The row's label: its first cell, or the second after a 序号 column (| 1 | 销售费用 |,
    | — | 合计 |)."""
    for cell in row[:2]:
        text = cell.text.strip(" \u3000")
        if text and text not in SERIAL_FILLERS and not text.isdigit():
            return text
    return row[0].text if row else ""


SERIAL_FILLERS = ("—", "-", "－", "/", "／", "——")


def _column_mismatch(header, parts, row, column, data) -> TotalMismatch | None:
    title = header[column].text if column < len(header) else ""
    cells = [row[column].text if column < len(row) else ""] + [part[column].text if column < len(part) else "" for part in parts]
    if all(FIGURE_WITH_RATE.fullmatch(cell.translate(FULLWIDTH)) for cell in cells):
        title = BRACKETED.sub("", title)  # 利润总额（亿元，同比） over 31.8（+6.4%）: 同比 is the bracket's
    if any(word in title for word in data.skip_headers):
        return None  # 占比（%）, 增长率, 平均: not a column of amounts
    if cell_number(title) is not None and not YEAR.fullmatch(title):
        return None  # the first row read as the header holds figures: its own header went unread
    # the total's cell may say so again: 共计157500元
    texts = [_without_header_unit(_without_total_word(row[column].text, data), title)]
    texts += [part[column].text if column < len(part) else "" for part in parts]
    unit = _common_unit(texts)  # 1896.2万元 … 8336.4万元: a unit written in every cell
    total, *values = (cell_number(text[:len(text) - len(unit)] if unit else text) for text in texts)
    if total is None or any(value is None for value in values):
        return None
    summed = sum(values, Decimal(0))
    if total <= max(values):
        return None  # an average or a rate, whatever its header says
    places = max(_places(value) for value in [*values, total])
    slack = Decimal(len(values)) * Decimal(5) / Decimal(10) ** (places + 1) if places else Decimal(0)
    if abs(summed - total) <= slack:
        return None
    return TotalMismatch(row[column], title, total, summed, len(values))


def _without_total_word(text: str, data: TableData) -> str:
    """A total cell's figure without the total word written before it (共计157500元)."""
    for word in data.total_words:
        if text.startswith(word) and text[len(word):len(word) + 1].isdigit():
            return text[len(word):]
    return text


def _without_header_unit(text: str, title: str) -> str:
    """A total cell's figure without the note in brackets after it (its rate, its amount in
    words) and without the unit its column's title names in brackets (38600元 under 金额（元）)."""
    if (with_note := FIGURE_WITH_RATE.fullmatch(text.translate(FULLWIDTH))) is not None:
        text = with_note.group("figure")
    unit = CELL_UNIT.search(text)
    if unit is not None and f"（{unit.group()}）" in title:
        return text[:unit.start()]
    return text


CELL_UNIT = re.compile(r"(?<=[0-9])(?:万元|亿元|元|万人次|人次|万人|人|万户|户|个|项|件|亩|万亩|吨|万吨|家|所|名|次)\Z")


def _common_unit(texts: list[str]) -> str:
    """The unit every cell of a column writes after its figure, or ""."""
    units = {match.group() if (match := CELL_UNIT.search(text)) else "" for text in texts}
    return units.pop() if len(units) == 1 else ""


# A figure with its rate in brackets (53.2（+9.1%）, 852200（51.3%）, 412（同比上升5.4%）) or its
# amount in words (38600元（大写：叁万捌仟陆佰元整）).
FIGURE_WITH_RATE = re.compile(
    r"(?P<figure>[^（(%]+?)\s*[（(](?:(?:同比|环比|比上年|较上年)?(?:增长|上升|下降|减少|增加)?[+\-]?[0-9]+(?:\.[0-9]+)?%"
    r"|大写[：:]?[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+)[）)]"
)


def cell_number(text: str) -> Decimal | None:
    """A cell's figure (1,234.5, full-width digits too, a rate or the amount in words in brackets
    after it: 53.2（+9.1%）, 38600元（大写：……元整））;
    ``None`` for text, rates and blanks."""
    text = text.translate(FULLWIDTH)
    if (with_rate := FIGURE_WITH_RATE.fullmatch(text)) is not None:
        text = with_rate.group("figure")
    if not NUMBER.fullmatch(text) or "%" in text:
        return None
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def _places(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0
