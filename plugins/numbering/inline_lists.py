"""A count and its items in one sentence: 分为以下四类：可回收物、有害垃圾、厨余垃圾。

下设六个工作组，分别为A组、B组、C组、D组、E组 and 实行“五统一”管理：统一编号、统一标识、
统一停放、统一调度 say how many items follow and list them at once, set apart by 顿号. The list
is read up to the end of its clause, and it is compared only when every item is a plain name:
one joined by 和/及/与 may be two items, one ending in 等 leaves the list open, and items with
figures (一等奖3名、二等奖5名) are a breakdown, not a list. Titles in 《》 are counted with or
without 顿号 between them (GB/T 15834-2011 4.5.3.5 writes none).

After a quoted count and its colon, clauses that each open with the word counted are its items,
set apart by 逗号 or 分号 (“四个严禁”：严禁擅离职守，严禁酒后值班，……).

After a colon, the items may be clauses set apart by 分号 up to the full stop (问题主要集中在以下
四个方面：理论学习不够深入；……；财务管理制度执行不严格。, GB/T 15834-2011 4.6.3.1). Each clause
is an item, unless one is numbered (the outline counts those), a clause names a part (其中,
例如) or sums up (以上, 上述), or the last one leaves the list open (等). A colon that ends its
line opens items one a line, each ending in 分号 and the last in a full stop (分为四级：/ Ⅰ级
（特别严重）：用红色表示；/ …… / Ⅲ级（较重）：用黄色表示。).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, NamedTuple

from checker.patterns import alternation

from .numerals import COUNT_NUMBER, count_value

# What stands between a count and its items: a colon, or 分别为 / 分别是 / 即 / 包括.
SEPARATOR = "(?P<sep>[：:]|，?分别(?:为|是)[：:]?|，?即(?=[\u4e00-\u9fff《“])|，?包括(?=[\u4e00-\u9fff《“]))"
ITEM = re.compile(r"[\u4e00-\u9fffA-Za-z“”‘’《》（）()]{1,16}")
# Items that open with a marker are numbered (一是…, 首先…), and the outline counts them.
MARKER_FIRST = re.compile(r"[一二三四五六七八九十]{1,3}[是要、]|其[一二三四五]|首先|第[一二三四五六七八九十]|[（(①-⑳0-9０-９]")
TITLE = re.compile(r"《[^《》\n]{1,60}》")
TITLES = re.compile(r"(?:《[^《》\n]{1,60}》、?){2,}")
CLAUSE_END = re.compile(r"[，。；！？,;!?\n]")
# Before the count: it would be part of an ordinal or a larger number (第三类, 十三个).
NOT_BEFORE = "第零〇一二两三四五六七八九十百千万0123456789０１２３４５６７８９约近"


@dataclass(frozen=True)
class InlineList:
    start: int  # the count
    end: int
    count: int
    phrase: str  # 四类, “五统一”
    items: tuple[str, ...]
    last_end: int  # where the last item ends
    separator: str = "、"  # or "；" between clauses


def inline_list_patterns(classifiers: list[str]) -> tuple[re.Pattern, ...]:
    counted = re.compile(
        rf"(?P<num>{COUNT_NUMBER})(?P<cl>{alternation(classifiers)})"
        rf"(?P<noun>[\u4e00-\u9fff]{{0,8}}?){SEPARATOR}"
    )
    # a numeral inside the quote opens a second set (“三不一多” is four, “两学一做” three); one
    # that ends it is part of the word counted (“五统一”, “五个一”)
    quoted = re.compile(
        rf"“(?P<num>{COUNT_NUMBER})(?P<cl>[\u4e00-\u9fff](?:(?![一二两三四五六七八九十][\u4e00-\u9fff])[\u4e00-\u9fff]){{0,3}})”"
        rf"(?P<noun>[\u4e00-\u9fff]{{0,4}}?){SEPARATOR}"
    )
    # after 以下/下列 the count points at the list, and the clause may run on to its colon:
    # 聘任以下12名同志为首批县级专职人民调解员：王建国、李秀兰…… (shorter ones are read above)
    led = re.compile(
        rf"(?:以下|下列)(?P<num>{COUNT_NUMBER})(?P<cl>{alternation(classifiers)})"
        r"(?P<noun>[\u4e00-\u9fff]{9,20}?)(?P<sep>[：:])"
    )
    return counted, quoted, led


ECHO_ITEM_LONGEST = 6
ECHO_REACH = 16  # characters after the quoted count where the first of its items may stand
HEADING_TAIL = 4  # a quoted count this close to a full stop ends a heading (“法律七进”活动。)


class Echo(NamedTuple):
    pattern: re.Pattern  # the quoted count: “七进”, “五个到位”
    after: str  # words that may close its list after the last item: 进宗教活动场所活动


def echo_pattern(words: list[str], endings: list[str] = (), after: list[str] = ()) -> Echo | None:
    """A quoted count of one word (“七进”, “法律七进”, “五送”) whose items each open with that
    word: 推动阅读进机关、进学校、进企业…… later in the sentence lists them without a colon. Only
    ``words`` used so are read: “五老” names five kinds of elders, not what opens with 老. A
    quoted count of one of ``endings`` (“五个到位”, “四个一批”) has items that each end with it:
    人员到位、资金到位、措施到位."""
    if not words and not endings:
        return None
    opening = rf"(?P<cl>{alternation(words)})" if words else "(?!)"
    closing = rf"个?(?P<tail>{alternation(endings)})" if endings else "(?!)"
    return Echo(re.compile(rf"“[\u4e00-\u9fff]{{0,4}}?(?P<num>{COUNT_NUMBER})(?:{opening}|{closing})”"),
                f"|{alternation(after)}" if after else "")


def _echoing_lists(prose: str, echo: Echo, taken: set[int]) -> Iterator[InlineList]:
    for match in echo.pattern.finditer(prose):
        count = count_value(match.group("num"))
        if count is None or count < 2 or match.start("num") in taken:
            continue
        start = match.end()
        stop = SENTENCE_END.search(prose, start)
        if stop is not None and stop.start() - start <= HEADING_TAIL and stop.group() != "\n":
            # （四）“五个到位”。落实……到位、……到位 / 开展“法律七进”活动。推动法律进机关、……: the
            # quote ends a heading, and the items are the next sentence
            start = stop.end()
            stop = SENTENCE_END.search(prose, start)
        end = stop.start() if stop else len(prose)
        word = match.group("cl") or match.group("tail")
        item = rf"[\u4e00-\u9fff]{{1,{ECHO_ITEM_LONGEST}}}"
        # the first item may follow its verb inside a clause (推动阅读进机关、进学校)
        one = rf"{re.escape(word)}{item}" if match.group("cl") else rf"{item}{re.escape(word)}"
        listed = re.search(rf"{one}(?:、{one})+(?=[，。；！？,;!?\n]|${echo.after})", prose[start:end])
        if listed is None or listed.start() > ECHO_REACH or "等" in listed.group():
            continue
        items = listed.group().split("、")
        if match.group("cl"):
            items[0] = items[0][items[0].rfind(word):]  # 民族团结进步创建进机关: the item is 进机关
        items = tuple(items)
        yield InlineList(match.start("num"), match.end("cl") if match.group("cl") else match.end("tail"), count,
                         match.group(), items, start + listed.end())


def find_inline_lists(prose: str, patterns: tuple[re.Pattern, ...], joiners: tuple[str, ...],
                      echo: Echo | None = None) -> Iterator[InlineList]:
    taken: set[int] = set()
    for found in _lists_after_separators(prose, patterns, joiners):
        taken.add(found.start)
        yield found
    if echo is not None:
        yield from _echoing_lists(prose, echo, taken)


def _lists_after_separators(prose, patterns, joiners) -> Iterator[InlineList]:
    read: set[int] = set()  # a count two patterns find (以下七个方面……：) is read once
    for pattern in patterns:
        for match in pattern.finditer(prose):
            start = match.start("num")
            if start in read or (start and prose[start - 1] in NOT_BEFORE):
                continue
            count = count_value(match.group("num"))
            if count is None or count < 2:
                continue
            quoted = pattern.pattern.startswith("“")
            if quoted and prose[match.start() - 1:match.start()] == "”":
                continue  # “四到”“五时”，即眼到……，黎明时……: the list after holds the items of both
            colon = match.group("sep") in "：:"
            # “四个严禁”：严禁……，严禁……: the clauses that open with the word counted, then any
            # clauses set apart by 分号
            echoing = colon and quoted and _echoing_clauses(prose, match.end(), match.group("cl").removeprefix("个"))
            clauses = echoing and echoing[:2]
            separator = echoing[2] if echoing else "、"
            if not clauses:
                clauses = colon and _clauses(prose, match.end(), count)
                separator = "；" if clauses else "、"
            found = clauses or _items(prose, match.end(), joiners, count)
            if found is None:
                continue
            items, last_end = found
            read.add(start)
            phrase = prose[match.start() if quoted else start:match.end("cl") + (1 if quoted else 0)]
            yield InlineList(start, match.end("cl"), count, phrase, items, last_end, separator)


# Clauses that are no item of the list: a part of one (其中), an example, a summing-up.
NOT_AN_ITEM = re.compile(r"其中|例如|比如|如：|以上|上述|总之|这些|此外|同时|另外")
SENTENCE_END = re.compile(r"[。！？\n]")
LONGEST_CLAUSE = 80


def _clauses(prose: str, start: int, count: int) -> tuple[tuple[str, ...], int] | None:
    """The clauses after a colon, set apart by 分号, up to the end of the sentence; ``None``
    when the sentence holds no 分号 or its clauses are not plain items. A colon that ends its
    line opens items one a line instead (see :func:`_line_clauses`)."""
    if prose[start:start + 1] == "\n":
        return _line_clauses(prose, start + 1, count)
    clauses, end = _sentence_clauses(prose, start, SEMICOLON)
    if "；" not in prose[start:end] or not clauses:
        return None
    if len(clauses) < 2 or any(not clause or len(clause) > LONGEST_CLAUSE for clause in clauses):
        return None
    for clause in clauses:
        if MARKER_FIRST.match(clause) or NOT_AN_ITEM.match(clause) or any(ch in clause for ch in "：:；;"):
            return None
    if "等方面" in clauses[-1] or _left_open(clauses[-1]):
        return None
    return tuple(clauses), end


LINE_ITEMS_MOST = 12  # more lines ending in 分号 than this are no list a count announced


def _line_clauses(prose: str, start: int, count: int) -> tuple[tuple[str, ...], int] | None:
    """预警级别由高到低分为四级：/ Ⅰ级（特别严重）：用红色表示；/ …… / Ⅲ级（较重）：用黄色表示。:
    items one a line, each ending in 分号 and the last in a full stop (GB/T 15834-2011
    4.6.3.1), are the items of the count before the colon. A line may name its item before a
    colon of its own; ``None`` unless every line up to the full stop ends so, or when one is
    numbered (the outline counts those) or names no item (其中, 以上). Lines that name
    as many things between them as the count, set apart by 顿号 after each line's own colon
    (共6个：/ 一等奖：甲；/ 二等奖：乙、丙；/ 三等奖：丁、戊、己。), count those things."""
    items: list[str] = []
    position = start
    while len(items) < LINE_ITEMS_MOST and position < len(prose):
        stop = prose.find("\n", position)
        end = len(prose) if stop < 0 else stop
        line = prose[position:end].strip(" \t\u3000\0")
        body = line[:-1]
        if (not body or len(body) > LONGEST_CLAUSE or MARKER_FIRST.match(body) or NOT_AN_ITEM.match(body)
                or any(ch in body for ch in "；;。")):
            return None
        items.append(body)
        if line.endswith("。"):
            if len(items) < 2 or _left_open(body) or _names_after_labels(items) == count:
                return None
            return tuple(items), end
        if not line.endswith(("；", ";")):
            return None
        position = end + 1
    return None


def _names_after_labels(items: list[str]) -> int:
    """How many names the items list after their labels: 二等奖：乙、丙 lists two."""
    return sum(item.split("：", 1)[-1].count("、") + 1 for item in items)


SEMICOLON = re.compile("；")
ECHOED_CLAUSES = re.compile("[，；,;]")


def _echoing_clauses(prose: str, start: int, word: str) -> tuple[tuple[str, ...], int, str] | None:
    """做到“四个严禁”：严禁擅离职守，严禁酒后值班，……: each clause up to the end of the sentence
    opens with the word the quoted count names, so each is one of its items, whatever sets them
    apart (the last of the three values returned: ，, ；, or ，； for both). ``None`` unless every
    clause does, or when the word is a single character (“三不”)."""
    if len(word) < 2:
        return None
    clauses, end = _sentence_clauses(prose, start, ECHOED_CLAUSES)
    if len(clauses) < 2 or not all(clause.startswith(word) and len(clause) <= LONGEST_CLAUSE for clause in clauses):
        return None
    if _left_open(clauses[-1]):
        return None
    marks = {"，" if mark in "，," else "；" for mark in ECHOED_CLAUSES.findall(prose, start, end)}
    return tuple(clauses), end, "".join(sorted(marks, key="，；".index))


def _sentence_clauses(prose: str, start: int, separators: re.Pattern) -> tuple[list[str], int]:
    """The clauses from ``start`` to the end of its sentence, set apart by ``separators``, and
    where the sentence ends. A list that ends on its separator before a line break leaves no
    empty last clause."""
    stop = SENTENCE_END.search(prose, start)
    end = stop.start() if stop else len(prose)
    if not prose[start:end].strip():
        return [], end
    clauses = [clause.strip(" \t\u3000") for clause in separators.split(prose[start:end])]
    if clauses[-1] == "":
        clauses.pop()
    return clauses, end


LEFT_OPEN = re.compile(r"等[\u4e00-\u9fff]{0,4}$")


def _left_open(clause: str) -> bool:
    """The last clause leaves the list open: ……等, ……等工作."""
    return LEFT_OPEN.search(clause) is not None


def _items(prose: str, start: int, joiners: tuple[str, ...], count: int) -> tuple[tuple[str, ...], int] | None:
    stop = CLAUSE_END.search(prose, start)
    if stop is None or stop.start() == start:
        return None
    end = stop.start()
    if prose.startswith("《", start):
        titles = TITLES.fullmatch(prose, start, end)  # 《甲》《乙》《丙》: titles need no 顿号
        if titles is None:
            return None
        return tuple(TITLE.findall(prose, start, end)), end
    pieces = prose[start:end].split("、")
    if len(pieces) < 2 or MARKER_FIRST.match(pieces[0]):
        return None  # 五个方面：一是融资难、融资贵，…: numbered items, counted by the outline
    joined = []
    for piece in pieces:
        if not ITEM.fullmatch(piece) or piece.endswith(OPEN_ENDS) or "等" in piece:
            return None  # a figure, an open end (等)
        joiner = next((word for word in joiners if word in piece[1:-1]), None)
        if joiner is not None:
            joined.append((piece, joiner))
    if not joined:
        return tuple(pieces), end
    # 茶旅融合展区和国际茶展区 is two items, 党风廉政建设和反腐败 one: a count between the two
    # readings fits, one beyond both does not
    if len(pieces) <= count <= len(pieces) + len(joined):
        return None
    if count < len(pieces):
        return tuple(pieces), end
    split = [part for piece in pieces for part in _split_joined(piece, dict(joined))]
    return tuple(split), end


OPEN_ENDS = ("等", "……", "…")


def _split_joined(piece: str, joined: dict[str, str]) -> list[str]:
    if piece not in joined:
        return [piece]
    head, _, tail = piece.partition(joined[piece])
    return [head, tail]
