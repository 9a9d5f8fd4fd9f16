"""A count that a table below it lists: 共设6个分会场，具体安排见下表 over a table of five.

The sentence that introduces a table often says how many rows it will hold, and when a row
is added or struck the count stays behind. The count is compared with the table's rows only
where the sentence points at the table (见下表, 如下表), holds exactly one count outside
quotes, names what it counts (6个分会场, 问题12个) in a word the title of the table's row labels
repeats (its first column, or the second after a 序号 column), and the table starts within two
paragraphs. Rows are those between the header and a total row (合计). A table with subtotals
(小计) groups its rows, and one with a column of figures adding up to the count breaks the
count down by kind (项目31个 over 大气6、水体25): neither is compared.

A heading with its size in brackets right above a table (二、双拥工作先进个人（10名） over a
table of names) counts the table's rows, when their labels are titled by what was counted
(姓名 for people, 集体名称 for 先进集体（12个）).

A decision that confers an honour names how many receive it (授予王丽华等20名同志……称号，
授予……等8个集体……称号) and lists them in a table, usually an attachment at the end. Such a
count is compared with the one table after it whose row labels are titled by what was
counted (集体名称 for 集体; 姓名 for 同志 and other words for people); with two such tables,
which one lists the count is not known and nothing is compared. A notice that makes names
public counts them the same way (现将6名拟任人选情况予以公示), in the one table of names after it.
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
    honour: re.Pattern | None = None  # 授予……等8个集体: a count of those honoured
    person_nouns: tuple[str, ...] = ()  # what people are counted as: 同志, 先进个人
    person_headers: tuple[str, ...] = ()  # the titles of a column of people's names: 姓名
    person_classifiers: tuple[str, ...] = ()  # 名, 位: a roster heading's count of people
    publish: re.Pattern | None = None  # 现将6名拟任人选情况予以公示: a count of those named
    grouped_rows: tuple[str, ...] = ()  # 其余: a row standing for several of what was counted


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
        _honour_pattern(table),
        tuple(table.get("person_nouns", [])),
        tuple(table.get("person_headers", [])),
        tuple(table.get("person_classifiers", [])),
        _publish_pattern(table),
        tuple(table.get("grouped_rows", [])),
    )


def _publish_pattern(table: dict) -> re.Pattern | None:
    """现将6名拟任人选情况予以公示: a count of people, then within the clause the verb that
    makes their names public."""
    verbs, classifiers = table.get("publish_verbs", []), table.get("person_classifiers", [])
    if not verbs or not classifiers:
        return None
    return re.compile(
        rf"现将(?P<num>{COUNT_NUMBER})(?P<cl>{alternation(classifiers)})(?P<noun>[\u4e00-\u9fff]{{2}})"
        rf"[^。；，！？\n]{{0,16}}?(?:{alternation(verbs)})"
    )


def _honour_pattern(table: dict) -> re.Pattern | None:
    """授予王丽华等20名同志 / 授予……等8个集体: the verb, then within the clause 等 and a count."""
    verbs, classifiers = table.get("honour_verbs", []), table.get("honour_classifiers", [])
    if not verbs or not classifiers:
        return None
    return re.compile(
        rf"(?:{alternation(verbs)})[^。；，！？\n]{{0,40}}?等(?P<num>{COUNT_NUMBER})(?P<cl>{alternation(classifiers)})"
        r"(?P<noun>[\u4e00-\u9fff]{2})"
    )


class TableCount(NamedTuple):
    start: int  # the count: 6个
    end: int
    count: int
    rows: int
    first: Cell  # the first and the last row's label cell
    last: Cell
    below: bool = True  # the sentence points at the table right below it (见下表)


def find_table_counts(doc, data: TableCountData | None, tables: TableData,
                      blocks: Callable[[], Blocks], roster_heading: re.Pattern | None = None) -> list[TableCount]:
    """``roster_heading``: the rosters' heading with its count in brackets (先进个人（10名）)."""
    if data is None:
        return []
    prose = doc.prose
    pointers = list(data.pointer.finditer(prose))
    honours = list(data.honour.finditer(prose)) if data.honour is not None else []
    if data.publish is not None:
        honours += data.publish.finditer(prose)
    headings = _roster_headings(doc, roster_heading) if roster_heading is not None else []
    if not pointers and not honours and not headings:
        return []
    found = []
    # A header line may be read both as a block of its own and as the next block's header:
    # only blocks with rows under a header are tables here, and they are sorted by start alone.
    starts = sorted(((block[0][0].start, block, markdown) for block, markdown in blocks()
                     if len(block) > 1 and block[0]), key=lambda table: table[0])
    found += _honour_counts(prose, honours, starts, data, tables)
    found += _heading_counts(doc, headings, starts, data, tables)
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
        noun = (count.group("noun") or count.group("before"))[:NOUN_LENGTH]  # 6个分会场, 问题12个
        listing = _listed_rows(*table, (noun,), tables)
        value = count_value(count.group("num") or count.group("num2"))
        if value is None or value < 2 or not _disagrees(listing, value, data):
            continue
        number = "num" if count.group("num") else "num2"
        found.append(TableCount(count.start(number), count.end("cl" if number == "num" else "cl2"), value,
                                len(listing.rows), listing.labels[0], listing.labels[-1]))
    return found


def _honour_counts(prose: str, honours: list[re.Match], starts, data: TableCountData,
                   tables: TableData) -> list[TableCount]:
    """授予……等8个集体……称号 against the one table after it that lists 集体名称; 现将6名拟任
    人选……公示 against the one that lists 姓名."""
    found = []
    for count in honours:
        # 20名同志, 15名先进个人, 6名拟任人选
        people = prose.startswith(data.person_nouns, count.end("cl")) or count.group("cl") in data.person_classifiers
        titles = data.person_headers if people else (count.group("noun")[:NOUN_LENGTH],)
        listings = [listing for start, block, markdown in starts if start > count.end()
                    if (listing := _listed_rows(block, markdown, titles, tables))]
        value = count_value(count.group("num"))
        if len(listings) != 1 or value is None or value < 2:
            continue  # no such table, or several: which one lists the count is not known
        listing = listings[0]
        if _disagrees(listing, value, data):
            found.append(TableCount(count.start("num"), count.end("cl"), value, len(listing.rows),
                                    listing.labels[0], listing.labels[-1], below=False))
    return found


# The honour's name in quotes after its count, within the clause: 等7个集体“江州市三八红旗集体”称号.
HONOUR_NAME = re.compile(r"[^。；;！？\n]{0,20}?“(?P<name>[^“”\n]{2,30})”(?:荣誉)?称号")


class HonourHeading(NamedTuple):
    start: int  # the decision's count: 7个
    end: int
    count: int
    heading_start: int  # the count in the heading of the list of those honoured: 6个
    heading_end: int
    heading_count: int


def find_honour_headings(doc, data: TableCountData | None, roster_heading: re.Pattern | None) -> list[HonourHeading]:
    """授予……等7个集体“江州市三八红旗集体”称号 against the one list headed by that honour's name
    and its count (一、江州市三八红旗集体（6个）), usually in the attachment: the two counts of
    those honoured must agree."""
    if data is None or data.honour is None or roster_heading is None:
        return []
    prose = doc.prose
    honours = list(data.honour.finditer(prose))
    if not honours:
        return []
    headings = _roster_headings(doc, roster_heading)
    found = []
    for count in honours:
        named = HONOUR_NAME.match(prose, count.end())
        value = count_value(count.group("num"))
        if named is None or value is None:
            continue
        name = named.group("name")
        listed = [heading for heading in headings
                  if name in prose[heading.start():heading.start("count")]
                  and heading.group("count").endswith(count.group("cl"))]
        if len(listed) != 1:
            continue  # no list headed so, or several: which one counts these is not known
        heading = listed[0]
        listed_value = count_value(heading.group("num"))
        if listed_value is not None and listed_value != value:
            found.append(HonourHeading(count.start("num"), count.end("cl"), value,
                                       heading.start("count"), heading.end("count"), listed_value))
    return found


def _roster_headings(doc, heading: re.Pattern) -> list[re.Match]:
    """Lines that are a roster's heading and nothing else: 二、双拥工作先进个人（10名）."""
    prose = doc.prose
    return [match for _number, start, end, _ in doc.lines()
            if prose[start:end].rstrip(" \t\u3000\0：:").endswith(("）", ")"))
            and (match := heading.fullmatch(prose, start, end)) is not None]


def _heading_counts(doc, headings: list[re.Match], starts, data: TableCountData,
                    tables: TableData) -> list[TableCount]:
    """二、双拥工作先进个人（10名） right above a table of names: the rows are the names."""
    found = []
    for count in headings:
        table = _table_after(doc, count.end(), starts, reach=0)
        value = count_value(count.group("num"))
        if table is None or value is None or value < 2:
            continue
        bracket = count.start("count") - (2 if doc.prose[count.start("count") - 1] == "共" else 1)
        noun = doc.prose[bracket - NOUN_LENGTH:bracket]  # 先进集体（12个）: 集体
        people = count.group("count")[len(count.group("num")):] in data.person_classifiers
        listing = _listed_rows(*table, data.person_headers if people else (noun,), tables)
        if _disagrees(listing, value, data):
            found.append(TableCount(count.start("num"), count.end("count"), value, len(listing.rows),
                                    listing.labels[0], listing.labels[-1]))
    return found


class Listing(NamedTuple):
    rows: list[list[Cell]]
    labels: list[Cell]  # each row's label: its name, not its serial number


def _listed_rows(block, markdown: bool, titles: tuple[str, ...], tables: TableData) -> Listing | None:
    """The rows of a table that lists one thing a row, when the title of its row labels holds
    one of ``titles``; ``None`` for a table titled otherwise or grouping its rows (小计)."""
    header, rows = header_and_rows(block, markdown)
    if header is None or not rows:
        return None
    label_column = 1 if len(header) > 1 and header[0].text.replace("\u3000", "") in (*tables.serial_headers, "") else 0
    if not any(title in header[label_column].text for title in titles):
        return None  # the column of row labels is not titled by what was counted
    labels = [row_label(row).replace("\u3000", "").replace(" ", "") for row in rows]
    if any(word in label for label in labels for word in tables.partial_words):
        return None
    listed = [row for row, label in zip(rows, labels) if row and not label.startswith(tables.total_words)]
    return Listing(listed, [row[min(label_column, len(row) - 1)] for row in listed]) if listed else None


def _disagrees(listing: Listing | None, value: int, data: TableCountData) -> bool:
    """The table lists one thing a row, and not as many as the count says. A row standing for
    the rest (其余7个乡镇) lists several, so how many the table lists is not known."""
    return (listing is not None and value != len(listing.rows) and not _sums_to(listing.rows, value)
            and not any(label.text.replace("\u3000", "").strip().startswith(data.grouped_rows)
                        for label in listing.labels))


def _sums_to(rows: list[list[Cell]], value: int) -> bool:
    """A column of the rows adds up to the count: the table breaks the count down by kind
    (项目31个 over 大气6、水体…), it does not list what was counted one a row."""
    for column in range(1, max(len(row) for row in rows)):
        values = [cell_number(row[column].text) if column < len(row) else None for row in rows]
        if None not in values and sum(values) == value:
            return True
    return False


def _table_after(doc, position: int, starts, reach: int = REACH):
    """The table that starts within ``reach`` paragraphs after ``position``."""
    for start, block, markdown in starts:
        if start < position:
            continue
        lines = doc.prose[position:start].split("\n")[1:-1]  # whole lines between the two
        between = sum(1 for line in lines if line.strip(" \t\u3000\0"))
        return (block, markdown) if between <= reach else None
    return None
