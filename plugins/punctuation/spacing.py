"""PU005: stray spaces in Chinese running text."""

from __future__ import annotations

import re
from typing import Iterator, NamedTuple

from checker import Finding, Fix, rule
from checker.nlp import splits_a_word

from .chars import FULL_WIDTH_PUNCT, SPACES, compile_pattern, is_han, running_text, show

SPACE_RUN = re.compile(f"[{SPACES}]+")
FORM_BLANK_BEFORE = "：:_＿"


def _describe(run: str) -> str:
    if set(run) == {"\u3000"}:
        return "全角空格" if len(run) == 1 else f"{len(run)}个全角空格"
    if "\u3000" in run:
        return "全角和半角空格"
    if "\t" in run:
        return "制表符"
    return "空格" if len(run) == 1 else f"{len(run)}个空格"


class Spacing(NamedTuple):
    """The ``[spacing]`` table of the punctuation data."""

    marks: str  # a line holding one of these is running text
    layout_run: int  # a run of this many spaces is layout
    issuer_ends: tuple[str, ...]  # 办公室, 人民政府…: joint issuers are set apart by a space
    name_length: int  # a name of at most this many characters may follow a title's space
    name_labels: tuple[str, ...]  # 联系人, 主持人…: a clause naming a person by unit and name
    post_ends: tuple[str, ...]  # 书记, 主任, 科长…: how a line listing a person's post ends
    heading: re.Pattern | None  # 第一条: an article number set apart from its text
    genders: tuple[str, ...] = ()  # 男, 女: 周晓岚　女，1985年6月生 in a list of candidates
    byline_labels: tuple[str, ...] = ()  # 记者, 通讯员: a bracketed byline names reporters
    honorifics: tuple[str, ...] = ()  # 同志, 先生: what follows a person's name
    surnames: frozenset[str] = frozenset()  # 王, 李: how a name padded to three cells opens
    mailing_words: tuple[str, ...] = ()  # 寄, 地址: a line saying where to send something
    contact_labels: tuple[str, ...] = ()  # 联系电话, 手机: a phone label after a contact's name
    group_ends: tuple[str, ...] = ()  # 组, 科: a group whose members a label of posts names
    total_words: tuple[str, ...] = ()  # 合计, 小计: how a table's row of totals opens


def _settings(data: dict, surnames: str = "") -> Spacing:
    heading = data.get("heading_before_space")
    return Spacing(
        data.get("running_text_marks", "，。、；？！"),
        int(data.get("layout_run", 3)),
        tuple(data.get("issuer_ends", ())),
        int(data.get("name_after_title", 0)),
        tuple(data.get("name_labels", ())),
        tuple(data.get("post_ends", ())),
        compile_pattern(heading, "[spacing] heading_before_space") if heading else None,
        tuple(data.get("gender_after_name", ())),
        tuple(data.get("byline_labels", ())),
        tuple(data.get("honorifics", ())),
        frozenset(surnames) - set(SPACES + "\n"),
        tuple(data.get("mailing_words", ())),
        tuple(data.get("contact_labels", ())),
        tuple(data.get("group_ends", ())),
        tuple(data.get("total_row_words", ())),
    )


SENTENCE_MARKS = "，。；？！,;?!"
# A person's name, padded to three cells or not: 周晓岚, 周　婧.
NAME = r"[\u4e00-\u9fff]{1,2}\u3000?[\u4e00-\u9fff]{1,2}"
# A name opening a line (周　婧（女）), as a list of honourees or attendees sets it.
PERSON_FIRST = re.compile(rf"[ \t\u3000]*{NAME}(?:[（(][男女][^（）()]{{0,8}}[）)])?")
# The same name after a list number (1.周晓岚, （3）王海涛), as a list of candidates sets it.
NUMBERED_PERSON = re.compile(
    rf"[ \t\u3000\0]*(?:[0-9０-９]{{1,3}}[.．、\u3000]|[（(][0-9０-９一二三四五六七八九十]{{1,3}}[）)])?{NAME}"
)
# The same name after a label ending in a colon (组　长：李文涛, 副组长：王海燕), as a working
# group's members are listed.
LABELLED_PERSON = re.compile(rf"[ \t\u3000\0]*[\u4e00-\u9fff][\u4e00-\u9fff\u3000]{{0,5}}[：:]{NAME}")
# A name closing a bracket, padded to three cells or not: 何　静）, 刘振华）.
NAME_IN_BRACKETS = re.compile(r"(?:[\u4e00-\u9fff]\u3000[\u4e00-\u9fff]|[\u4e00-\u9fff]{2,3})[）)]")
# A name ending a Markdown table's cell: | 副校长　刘红英 |.
NAME_IN_CELL = re.compile(r"(?:[\u4e00-\u9fff]\u3000[\u4e00-\u9fff]|[\u4e00-\u9fff]{2,3})[ \t]*[|\0]")
CLAUSE_MARKS = SENTENCE_MARKS + "（(：:"
NAME_ENDS = "，,。；;）)、 \t\u3000"
# The issuer after a joint issuer's space: Han characters up to what follows the issuers
# (关于……的通知, 印发, 联合, 转发, and the 公告 of a joint notice's number: 财政部 税务总局公告
# 2023年第19号) or the end of the name.
ISSUER_AFTER = re.compile(r"(?:(?!关于|印发|联合|转发|的|公告)[\u4e00-\u9fff])*")


# A joint notice's number after the second issuer: 财政部 税务总局公告2023年第19号.
JOINT_NUMBER = re.compile(r"[\u4e00-\u9fff]{2,12}?公告(?:[12][0-9]{3}年)?第")


# Boxes a form's options open with: the space before one sets the options apart.
CHECKBOXES = "□☐■☑✓"
CHECKBOX_OPTION = re.compile(r"[□☐■☑✓][\u4e00-\u9fff]{1,6}\Z")  # □否 right before the space
OPTION_BEFORE_BOX = re.compile(r"[\u4e00-\u9fff]{1,6}[□☐■☑✓]")  # 是□　否□: the next option and its box
# A line opening with a label this short (出席：, 列席：, 联系人：) lists people all along.
LINE_LABEL_WITHIN = 12
# Each half of a title set in two halves (《坚定信心　真抓实干》, 《新学期　新气象》) has at least
# this many characters.
TITLE_HALF = 3
# A title or slogan is short and holds no sentence marks; a quoted sentence is not one.
TITLE_LONGEST = 40

# A numbered row of a plain-text table: the number and three or more cells, set apart by
# full-width spaces.
TABLE_ROW = re.compile(r"[ \t\u3000]*[0-9０-９]{1,3}\u3000+[^\u3000]+(?:\u3000+[^\u3000]+){2,}[ \t\u3000]*")


# A label at a line's start spaced out to the width of its neighbours (出　　席：, 联　系　人：,
# **主　　持**：), up to its colon.
PADDED_LABEL = re.compile(r"[ \t\u3000\0]*(?:[\u4e00-\u9fff][ \u3000]+){1,3}[\u4e00-\u9fff]\0*[：:]")
LABEL_WIDTH = 16

# Cells set apart by tabs.
TAB_GAP = re.compile(r"[ \u3000]*\t[ \t\u3000]*")
# A field's label: a few Han characters and a colon (带班领导：, 值班人员：).
FIELD_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}[：:]")


# Two or more gaps of two or more full-width spaces in a line: cells of a table's header or
# row (a long cell may leave room for a single space before the next one).
WIDE_GAP = re.compile(r"\u3000{2,}")
WIDE_GAPS_OF_A_ROW = 3  # a numbered row whose four cells or more are set apart by wide gaps


def _table_row(line: str) -> bool:
    """A numbered row of a plain-text table, or any line with two or more gaps of two or more
    full-width spaces (县（市、区）　　场次　　参与人次), without sentence marks; or a line
    whose cells are set apart by tabs, which a sentence never holds two of (a cell may hold
    a sentence: 11月12日（星期三）⇥14:00—17:30⇥选手报到、熟悉场地⇥……)."""
    inner = line.strip(" \t\u3000")
    if len(TAB_GAP.findall(inner)) >= 2:
        return True
    if any(mark in line for mark in SENTENCE_MARKS):
        # only the last cell of a numbered row may hold a sentence (1　康华医院　36.42　追回违规
        # 资金，处违法金额1.5倍罚款), unless its cells are set apart by wide gaps throughout:
        # 1　　理论学习不够深入　　制定年度学习计划，每月开展一次集中学习　　林小军　　长期坚持
        head = inner.rsplit("\u3000", 1)[0]
        return TABLE_ROW.fullmatch(line) is not None and (
            (not any(mark in head for mark in SENTENCE_MARKS) and _has_figure_cell(head))
            or len(WIDE_GAP.findall(inner)) >= WIDE_GAPS_OF_A_ROW)
    return (TABLE_ROW.fullmatch(line) is not None or len(WIDE_GAP.findall(inner)) >= 2
            or AMOUNT_COLUMN.search(inner) is not None or _column_titles(inner))


ROW_CELLS_LEAST = 3  # a table's row set apart by single full-width spaces has this many cells
SENTENCE_ENDS = "。！？"  # a line holding one ends a sentence, and is no table's row


def _rows_of_one_shape(line: str, neighbours: list[str]) -> bool:
    """第一组　县自然资源局　城关街道、清江镇…… over 第二组　县农业农村局　白马镇、……: a line
    and the next or the one before it, no sentence ending either, hold as many cells set apart
    by full-width spaces: rows of a table, whose last cell may list names."""
    if any(mark in line for mark in SENTENCE_ENDS):
        return False
    cells = len(CELL_GAP.split(line.strip(" \t\u3000")))
    if cells < ROW_CELLS_LEAST:
        return False
    return any(other.strip() and not any(mark in other for mark in SENTENCE_ENDS)
               and len(CELL_GAP.split(other.strip(" \t\u3000"))) == cells for other in neighbours)


def _total_row(line: str, above: str, spacing: Spacing) -> bool:
    """A table's row of totals under a row of the table: it opens with a word of
    ``total_row_words`` and has as many cells as the row above, counting a blank cell
    left between two full-width spaces (合计　　32000 under 10　塘口镇西片项目区　3000)."""
    inner = line.strip(" \t\u3000")
    if not inner.startswith(spacing.total_words) or not _table_row(above):
        return False
    return len(inner.split("\u3000")) == len(above.strip(" \t\u3000").split("\u3000"))


FIGURE_CELL = re.compile(r"\u3000[0-9０-９]+(?:[.．][0-9０-９]+)?(?:\u3000|\Z)")


def _has_figure_cell(head: str) -> bool:
    """A cell after the row's number that is a figure alone (　36.42　): a table's column of
    amounts, not a numbered paragraph that happens to hold full-width spaces."""
    return FIGURE_CELL.search(head, head.find("\u3000")) is not None and head.count("\u3000") >= 2


CELL_GAP = re.compile("[\u3000\t]+")


def _header_over_rows(line: str, prose: str, line_end: int) -> bool:
    """A line of titles one full-width space apart, no sentence, over a table row with as
    many cells: the table's header, however long its titles (驻村第一书记（名）)."""
    if any(mark in line for mark in SENTENCE_MARKS):
        return False
    below_end = prose.find("\n", line_end + 1)
    below = prose[line_end + 1:below_end if below_end >= 0 else len(prose)]
    titles = line.strip(" \t\u3000").split("\u3000")
    cells = [cell for cell in CELL_GAP.split(below.strip(" \t\u3000")) if cell]
    return len(titles) >= 3 and len(cells) == len(titles) and _table_row(below)


HEADER_CELL_LONGEST = 8  # characters: a column's title (检查单位数, 县（市、区）) is short
HEADER_CELLS = 4


def _column_titles(inner: str) -> bool:
    """A table's header with its titles one full-width space apart (序号　县（市、区）　检查单位数
    　检查设备数): four or more short pieces, none a sentence."""
    pieces = inner.split("\u3000")
    return len(pieces) >= HEADER_CELLS and all(0 < len(piece) <= HEADER_CELL_LONGEST for piece in pieces)


# An item and its amount set two or more full-width spaces apart, the amount ending the line:
# a budget's row (6．勘察设计、监理及不可预见费　　4万元; 一、收入合计　　39.0).
AMOUNT_COLUMN = re.compile(r"\u3000{2,}[0-9]+(?:\.[0-9]+)?(?:万|亿)?(?:元|人|户|个|项|件|亩|%)?\Z")


def _in_byline(line: str, start: int, spacing: Spacing) -> bool:
    """The space stands inside a bracketed byline that names reporters (（记者　刘　洋　通讯
    员　陈思远）): a label of ``byline_labels`` in it, and no sentence."""
    if not spacing.byline_labels:
        return False
    opening = max(line.rfind("（", 0, start), line.rfind("(", 0, start))
    closing = min((i for i in (line.find("）", start), line.find(")", start)) if i >= 0), default=-1)
    if opening < 0 or closing < 0 or any(mark in line[opening + 1:start] for mark in "）)"):
        return False
    # （图片：……。记者　周　健　摄）: the byline is the bracket's last clause
    opening = max([opening] + [line.rfind(mark, opening, start) for mark in "。；：:"])
    inside = line[opening + 1:closing]
    return any(label in inside for label in spacing.byline_labels) and not any(mark in inside for mark in SENTENCE_MARKS)


def _field_gap(line: str, start: int, end: int) -> bool:
    """The space before the second or a later field of a line of fields
    (10月2日（星期四）　带班领导：刘卫东　值班人员：赵雪、孙浩): a label and its colon follow,
    and the line holds two labels or more."""
    return FIELD_LABEL.match(line, end) is not None and len(FIELD_LABEL.findall(line)) >= 2


# What heading_before_space describes stands at a line's start and is short (第一条, 3.1.2, 表1,
# 新华社北京3月5日电); a space further in follows no such heading, and a long line is not read
# from its start again for each of its spaces.
HEADING_LONGEST = 60

# A note in brackets closing a line of a list of people: 常务副县长（在省委党校参加培训）.
TRAILING_NOTE = re.compile(r"[（(][^（）()]*[）)]\Z")


def _person_line(line: str, start: int, spacing: Spacing) -> bool:
    """A line of a list of people: a name (after its list number or its label, or not), then
    after the space their post, perhaps with a note in brackets, no sentence."""
    if not spacing.post_ends or not any(pattern.fullmatch(line, 0, start) is not None  # （女，回族） may hold a comma
                                        for pattern in (PERSON_FIRST, NUMBERED_PERSON, LABELLED_PERSON)):
        return False  # tested first: the rest reads the whole line, once per space on a long one
    body = TRAILING_NOTE.sub("", line.rstrip(SPACES + "\0"))
    return body.endswith(spacing.post_ends) and not any(mark in body[start:] for mark in SENTENCE_MARKS)


def _when_opens(line: str, start: int) -> bool:
    """The clause before the space says only when: a day, a part of it, hours, or the months
    of a post in a résumé."""
    clause = max(line.rfind(mark, 0, start) for mark in "，,；;。") + 1
    label = LABEL_COLON.match(line, clause, start)  # 曾庆华：2002.07—……, but not 9:00
    return WHEN_OPENS.fullmatch(line, label.end() if label else clause, start) is not None


def _gender_after_name(line: str, start: int, end: int, spacing: Spacing) -> bool:
    """周晓岚　女，1985年6月生，…: a list of candidates sets the sex apart from the name, and
    a table row (6　赵国平　男　青石县…) the next cell from the sex."""
    gender = next((g for g in spacing.genders if line.startswith(g, end)), None)
    if gender is not None and NUMBERED_PERSON.fullmatch(line, 0, start) is not None:
        after = end + len(gender)
        return after == len(line) or line[after] in NAME_ENDS
    gender = next((g for g in spacing.genders if line.endswith(g, 0, start)), None)
    if gender is None:
        return False
    name_end = start - len(gender) - 1
    return (name_end > 0 and line[name_end] == "\u3000"
            and NUMBERED_PERSON.fullmatch(line, 0, name_end) is not None)


def _layout_space(line: str, start: int, end: int, spacing: Spacing) -> bool:
    """A full-width space the layout of an official text puts between two Han characters:
    after a joint issuer's name (某县委办公室　某县人民政府办公室), between a title and the
    name that ends its line (镇长　周立新), or between a unit and a name after a label
    (联系人：节庆活动科　罗嘉禾，联系电话：……)."""
    if _between_issuers(line, start, end, spacing):
        return True
    if line.endswith(spacing.post_ends + spacing.issuer_ends, 0, start) and (
            NAME_IN_BRACKETS.match(line, end) or NAME_IN_CELL.match(line, end)):
        return True  # （市教育局副局长　何　静）, | 副校长　刘红英 |: a post or unit and a name
    if (line.endswith(spacing.group_ends, 0, start) and line[end] in spacing.surnames
            and NAME_IN_BRACKETS.match(line, end)):
        return True  # 宣读退休通知（人事教育股　刘芳）: the section and the person who reads it
    name = _name_end(line, end, spacing)
    if name is None:
        return False
    rest = line[name:].rstrip(SPACES + "\0")
    if not rest and not any(mark in line for mark in SENTENCE_MARKS):
        return True  # 镇长　周立新 on a line of its own
    if line.endswith(spacing.post_ends, 0, start) and rest.startswith(spacing.honorifics):
        after = rest[next(len(h) for h in spacing.honorifics if rest.startswith(h)):]
        if not after or after[0] in NAME_ENDS:
            return True  # 县委书记　方　毅同志；: a roll of those attending, one a line
    if (line.endswith(spacing.post_ends, 0, start) and rest in LIST_ITEM_ENDS and 2 <= name - end <= 3
            and line[end] in spacing.surnames):
        return True  # 1.市统计局党组书记、局长　郑立新；: a roll of people, one a line
    if rest and rest[0] not in NAME_ENDS and rest[0] not in "（(":
        return False  # 带班领导　王海波（市水利局局长）: a name may carry its post in brackets
    if _person_to_call(rest, spacing):
        return True  # 市委党校教务处　王雅琴，联系电话：……: the office and the person to call
    clause = max(line.rfind(mark, 0, start) for mark in CLAUSE_MARKS) + 1
    label = line[max(0, clause - 5):start]
    colon = line.find("：", 0, LINE_LABEL_WITHIN)
    head = line[:colon] if colon > 0 else ""  # 出席：常务副县长　吴文斌，副县长　赵海燕
    # 审核员：第一审核组　彭丽、王俊杰: the label names people by their post
    return any(word in label or word in head for word in spacing.name_labels) or (
        bool(head) and head.endswith(spacing.post_ends)
        and line.endswith(spacing.post_ends + spacing.group_ends, 0, start) and rest[:1] in ("、", "；", ";", ""))


def _person_to_call(rest: str, spacing: Spacing) -> bool:
    """What follows a name is a phone label after a comma: the name is the person to call."""
    return rest[:1] in "，,；;" and rest[1:].lstrip().startswith(
        tuple(w + c for w in spacing.contact_labels for c in "：:"))


def _office_and_person(line: str, start: int, end: int, spacing: Spacing) -> bool:
    """联系人：县委组织部组织科 周明，联系电话：……: one space, typed half-width, sets the office
    apart from a short name (``_name_end``) after a label naming a person (``name_labels``)."""
    name = _name_end(line, end, spacing)
    clause = max(line.rfind(mark, 0, start) for mark in CLAUSE_MARKS) + 1
    return name is not None and any(word in line[max(0, clause - 5):start] for word in spacing.name_labels)


def _post_then_name(line: str, start: int, end: int, spacing: Spacing) -> bool:
    """镇级总林长 刘建华 on a line of its own, a report's byline: one space, typed half-width,
    sets a post (``post_ends``) apart from the name of two or three characters ending the line,
    as the full-width layout does (``_layout_space``). The name must open with a surname."""
    name = _name_end(line, end, spacing)
    return (name is not None and 2 <= name - end <= 3 and line[end] in spacing.surnames
            and not line[name:].strip(SPACES + "\0") and line.endswith(spacing.post_ends, 0, start)
            and not any(mark in line for mark in SENTENCE_MARKS))


def _between_issuers(line: str, start: int, end: int, spacing: Spacing) -> bool:
    """The space sets joint issuers apart (财政部　农业农村部, or 《财政部 农业农村部 国家林草局
    关于印发……的通知》 as the issuers' own site prints it): an issuer ends before it and
    another follows, not 布局　合理."""
    if not spacing.issuer_ends or not line.endswith(spacing.issuer_ends, 0, start):
        return False
    issuer = ISSUER_AFTER.match(line, end).group()
    return len(issuer) >= 2 and issuer.endswith(spacing.issuer_ends)


LIST_ITEM_ENDS = ("；", ";", "。", "，", ",", "、")  # the mark that closes an item of a list


def _name_end(line: str, start: int, spacing: Spacing) -> int | None:
    """Where a name opening at ``start`` ends: Han characters up to ``name_after_title``, or
    a two-character name padded to three cells (方　毅), before any honorific (同志) after
    it; ``None`` if no name opens there."""
    if line[start] in spacing.surnames and PADDED_NAME.match(line, start):
        after = line[start + 3:]
        if not after.strip(SPACES + "\0") or after[0] in NAME_ENDS or after.startswith(spacing.honorifics):
            return start + 3
    name = start
    while name < len(line) and is_han(line[name]):
        name += 1
    for honorific in spacing.honorifics:
        if line.endswith(honorific, start, name) and name - len(honorific) - start >= 2:
            name -= len(honorific)  # 苏建明同志
            break
    return name if 0 < name - start <= spacing.name_length else None


# The end of a street address (1688号, 302室, 8楼) right before a space.
ADDRESS_END = re.compile(r"[0-9０-９]+(?:号|室|楼|层|栋|座)\Z")


def _address_then_addressee(line: str, start: int, spacing: Spacing) -> bool:
    """运溪路1688号　杭州恒嘉机电设备有限公司投标部 on a line that says where to send something."""
    return (ADDRESS_END.search(line, max(0, start - 8), start) is not None
            and any(w in line[:start] for w in spacing.mailing_words))


# A page number's form shown in quotes (GB/T 9704-2012 7.5): “— 3 —”.
QUOTED_PAGE_NUMBER = re.compile(r"“[—－–-]{1,2}[ \u3000]?[0-9]{1,3}[ \u3000]?[—－–-]{1,2}”")


def _quoted_page_number(line: str, start: int, end: int) -> bool:
    return any(match.start() < start and end < match.end()
               for match in QUOTED_PAGE_NUMBER.finditer(line, max(0, start - 6), end + 6))


# A two-character name padded to three cells: 方　毅.
PADDED_NAME = re.compile(r"[\u4e00-\u9fff]\u3000[\u4e00-\u9fff]")


def _padded_name(line: str, start: int, end: int, spacing: Spacing) -> bool:
    """The space pads a two-character name to three cells on a line of a roll of guests, the
    name and what follows a name ending it (周：学校党委副书记邱　健先生；). Inside a sentence
    (由副书记孙　丽同志宣读) there is nothing to align, and the space is a slip."""
    if not (end - start == 1 and start > 0 and line[start - 1] in spacing.surnames):
        return False
    honorific = next((h for h in spacing.honorifics if line.startswith(h, end + 1)), None)
    if honorific is None:
        return False
    rest = line[end + 1 + len(honorific):].strip(SPACES + "\0")
    return rest in ("", "；", ";", "。", "，", ",", "、")


def _standard_title(line: str, start: int, end: int) -> bool:
    """A space between the elements of a standard's title (GB/T 1.1-2020 8.2), in 《》 that
    the standard's number follows or goes before: 《质量管理体系 要求》（GB/T 19001—2016）,
    ISO 9001:2015《质量管理体系　要求》."""
    opening, closing = line.rfind("《", 0, start), line.find("》", end)
    if opening < 0 or closing < 0 or "》" in line[opening:start] or "《" in line[end:closing]:
        return False
    return (STANDARD_NUMBER.match(line, closing + 1) is not None
            or STANDARD_NUMBER_BEFORE.search(line, max(0, opening - 30), opening) is not None)


# A standard's number after its title: （GB/T 29490—2023）, (GB 5749-2022), （DB43/T 1234—2021）.
STANDARD_CODE = r"(?:GB|DB|JB|HJ|YY|QB|SL|JGJ|CJJ|T/|ISO|IEC)[A-Z0-9/]*\s*[0-9.]+"
STANDARD_NUMBER = re.compile(rf"[（(]\s*{STANDARD_CODE}")
# …or right before it: GB/T 19001—2016《…》, ISO 9001:2015《…》.
STANDARD_NUMBER_BEFORE = re.compile(rf"{STANDARD_CODE}(?:[:：—\-][0-9]{{4}})?\s*\Z")


def _title_halves(line: str, start: int, end: int) -> bool:
    """《以“高效办成一件事”为牵引　推动审批服务提质增效》, “重温入党初心　争当服务先锋”主题党日:
    a title or slogan set in two parallel halves."""
    for opener, closer in (("《", "》"), ("“", "”")):
        opening = line.rfind(opener, 0, start)
        closing = line.find(closer, end)
        subtitle = line.find("——", end, closing) if closing >= 0 else -1
        if subtitle >= 0:
            closing = subtitle  # “铭记历史　缅怀先烈——纪念……”: the title before its subtitle
        if (opening >= 0 and closing >= 0 and closer not in line[opening:start]
                and opener not in line[end:closing]
                and start - opening > TITLE_HALF and closing - end >= TITLE_HALF
                and closing - opening <= TITLE_LONGEST
                and not any(mark in line[opening:closing] for mark in SENTENCE_MARKS)):
            return True
    return False


TIME_OF_DAY = re.compile(r"[0-9]{1,2}[:：][0-9]{2}")
# When an item of a schedule or a résumé happens, opening its clause and set apart from the
# item by a full-width space: 9月3日上午　开班式, 下午　专题讲座, 9月13日（星期六）至9月14日（星期日）　
# 自主学习, 上午9:00—11:30　开班式, 2008.03—2016.01　河口镇党委委员, 2019.12—　团县委书记.
_DAY = r"(?:(?:19|20)[0-9]{2}年)?[0-9]{1,2}月[0-9]{1,2}日(?:[（(]星期[一二三四五六日天][）)])?"
_PART_OF_DAY = r"(?:上午|下午|中午|晚上|晚间|全天)"
_CLOCK = r"[0-9]{1,2}[:：][0-9]{2}"
_MONTH = r"(?:19|20)[0-9]{2}(?:[.．][0-9]{1,2}|年[0-9]{1,2}月)"
LABEL_COLON = re.compile(r"[^：:]*?(?<![0-9])[：:]")
WHEN_OPENS = re.compile(
    rf"[ \t\u3000\0]*(?:{_DAY}(?:(?:至|—|－|-){_DAY})?\u3000?{_PART_OF_DAY}?(?:{_CLOCK}(?:[—－-]{{1,2}}{_CLOCK})?)?"
    rf"|{_PART_OF_DAY}(?:{_CLOCK}(?:[—－-]{{1,2}}{_CLOCK})?)?"
    rf"|{_CLOCK}(?:[—－-]{{1,2}}{_CLOCK})?"  # ……；19:30—21:00　开班式: the day's next hours
    rf"|{_MONTH}(?:—|－|-|至)(?:{_MONTH})?)"
)
# A heading under an outline marker: （四）参加视察调研和民主 监督.
OUTLINE_HEADING = re.compile(r"[ \t\u3000\0]*(?:[一二三四五六七八九十]{1,3}、|[（(](?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})[）)]|[0-9]{1,2}[.．、](?![0-9]))")
HALF_SHORTEST = 4  # the halves of a heading set in parallel (坚持问题导向 聚焦重点难点) are longer


def _split_heading_word(line: str, line_start: int) -> Iterator[Finding]:
    """A heading has no sentence marks, so spaces may set its parallel halves apart; but one
    space between Han characters that leaves a stub of fewer than ``HALF_SHORTEST`` characters
    on either side splits a word (民主 监督), and so does one with a word running across it
    (深入开展道路 交通安全宣传教育: 道路交通), where parallel halves (坚持问题导向 聚焦重点难点)
    meet between two words. A full-width space is the usual gap between halves: it splits a
    word only when one runs across it (道路　交通安全宣传教育)."""
    marker = OUTLINE_HEADING.match(line)
    if marker is None:
        return
    body = line[marker.end():].rstrip(SPACES + "\0")
    spaces = [at for at, char in enumerate(body) if char in " \u3000"]
    if len(spaces) != 1:
        return
    at = marker.end() + spaces[0]
    if at <= marker.end() or not (is_han(line[at - 1]) and at + 1 < len(line) and is_han(line[at + 1])):
        return
    before, after = line[marker.end():at], line[at + 1:].rstrip()
    wide = line[at] == "\u3000"
    if wide:  # a character's width sets parallel halves apart, unless a word runs across it
        stray = min(len(before), len(after)) >= HALF_SHORTEST and splits_a_word(before, after)
    else:
        stray = min(len(before), len(after)) < HALF_SHORTEST or splits_a_word(before, after)
    if stray:
        kind = "全角空格" if wide else "空格"
        yield Finding(line_start + at, line_start + at + 1,
                      f"汉字之间多余的{kind}：“{line[at - 1:at + 2]}”", suggestion="",
                      fix=Fix.replace(line_start + at, line_start + at + 1, "", "unsafe"))


ENTRY_LONGEST = 20  # a name in a list one a line (城南执法中队) is no longer than this


def _split_list_entry(line: str, line_start: int, neighbours: list[str], marks: str) -> Iterator[Finding]:
    """城东执法中队 / 城南执法 中队 / 城西执法中队: a name in a list one a line with one space
    inside the words its neighbour ends in without one (执法中队) splits the name."""
    body = line.strip(SPACES + "\0")
    if body.count(" ") != 1 or "\u3000" in body or len(body) > ENTRY_LONGEST:
        return
    at = body.index(" ")
    if not (is_han(body[at - 1]) and is_han(body[at + 1])):
        return
    joined = body[:at] + body[at + 1:]
    for other in neighbours:
        other = other.strip(SPACES + "\0")
        if not other or any(char in SPACES for char in other) or running_text(other, marks):
            continue
        common = 0
        while common < min(len(joined), len(other)) and joined[-1 - common] == other[-1 - common]:
            common += 1
        if common >= 2 and len(joined) - common < at:
            offset = line_start + line.index(body) + at
            message = f"汉字之间多余的空格：“{body[at - 1:at + 2]}”（上下行写作“{joined[-common:]}”）"
            yield Finding(offset, offset + 1, message, suggestion="",
                          fix=Fix.replace(offset, offset + 1, "", "unsafe"))
            return


FIGURE_BESIDE_HAN = re.compile(r"(?=[\u4e00-\u9fff][0-9]|[0-9][\u4e00-\u9fff])")
FIGURE_SPACED_FROM_HAN = re.compile(r"(?=[\u4e00-\u9fff] [0-9]|[0-9] [\u4e00-\u9fff])")
UNSPACED_FIGURES_LEAST = 10  # a draft shows its style only after this many figures beside Han
SPACED_FIGURES_SHARE = 20  # at most one spaced figure in this many is a slip, not a style


FIGURE_TOKEN_AFTER = re.compile(r"[0-9A-Za-z_#@.]+")
FIGURE_TOKEN_BEFORE = re.compile(r"[0-9A-Za-z_#@.]+\Z")
ID_DIGITS = 7  # a run of figures this long is a number to dial or an account (QQ：1836620457 获取)


def _figure_beside_han(line: str, start: int, end: int) -> bool:
    """The space at ``start``–``end`` parts a Han character from a count (学生 236名); not from
    an account, a phone number or a forum's floor (微信号：bgzwy2023 获取, 回复 2#)."""
    before, after = line[start - 1], line[end]
    if is_han(before) and after in "0123456789":
        token = FIGURE_TOKEN_AFTER.match(line, end).group()
    elif before in "0123456789" and is_han(after):
        token = FIGURE_TOKEN_BEFORE.search(line, 0, start).group()
    else:
        return False
    return token.rstrip(".").isdigit() and len(token) < ID_DIGITS


def _consistently_unspaced(prose: str) -> int | None:
    """The number of figures set right against Han characters, when the draft does so nearly
    always (新增认定困难学生 236名 among a hundred 152名): a spaced one is then a slip, not the
    house style some drafts follow of spacing Chinese from figures."""
    unspaced = len(FIGURE_BESIDE_HAN.findall(prose))
    spaced = len(FIGURE_SPACED_FROM_HAN.findall(prose))
    if unspaced >= UNSPACED_FIGURES_LEAST and spaced * SPACED_FIGURES_SHARE <= unspaced:
        return unspaced
    return None


@rule(
    "PU005", "stray-space", "punctuation", "warning", "中文正文中多余的空格",
    standard="GB/T 15834-2011 5.1（标点各占一个字位置，不另加空格）",
    bad=["各级党组织， 要切实履行职责。", "我们要 加强学习，提高本领。", "抓好落实 。", "要抓好落实，\u3000确保实效。",
         "这是第一句。 这是第二句。"],
    good=["\u3000\u3000同志们，大家好。", "仅供学习 禁止外传", "会员群：      免费QQ群：",
          "使用 Python 开发，效率很高。", "1. 加强组织领导。", "县委办公室  2025年8月20日"],
    fixable=True,
)
def stray_space(doc, ctx):
    """Spaces inside Chinese sentences: next to full-width marks, between Han characters,
    full-width spaces mid-line, and trailing spaces.

    Chinese is written without spaces between words, and every full-width mark already
    carries its own spacing (GB/T 15834-2011 5.1). A space after “，” or before “。” prints as a
    visible gap; a space between two Han characters is usually a leftover of deleted text or
    a comma that was never typed, so it is reported but only deleted with ``--unsafe-fixes``.
    Spaces next to full-width marks are removed by a safe fix. Trailing spaces are info.

    Only lines of running text are checked: a line with at least one ，。、；？！ (the list is
    ``[spacing] running_text_marks`` in ``rulesets/punctuation.toml``). Titles, signatures,
    form lines and template watermarks lay out words with spaces on purpose. Also left alone:
    indentation at the start of a line, a two-character name padded to the width of three
    (``王　芳``), runs of three or more spaces (aligned columns and blanks to fill in,
    ``姓名：      ``), spaces between Chinese and Latin words or numbers (a house-style
    choice; but a count spaced from Chinese in a draft that sets its figures right against
    Chinese everywhere else, ``困难学生 236名`` among a hundred ``152名``, is a slip and is
    reported), spaces next to Markdown syntax, and trailing spaces in Markdown, where two of
    them make a line break.

    Official layout sets words apart with a full-width space in places a sentence would not,
    and these are left alone too (``[spacing]`` in the ruleset): between joint issuers
    (``某县委办公室　某县人民政府办公室``, GB/T 9704-2012 7.2.3), between a title and the name
    ending its line (``镇长　周立新``) or closing a bracket (``（副局长　何　静）``), after an
    article number, a row number or an agenda time opening a line (``第一条　为了……``,
    ``一、9:30—9:45　传达……``), after a name opening a list of people and posts
    (``赵明川　　某村党支部书记``) or of candidates (``1.周晓岚　女，1985年6月生``), between
    a post and a name on a line of attendance (``出席：常务副县长　吴文斌，副县长　赵海燕``),
    between the halves of a title (``《坚定信心　真抓实干》``), between the cells of a
    numbered table row (``3　投诉类　5个工作日　可申请延期``) or of rows of one shape
    (``第一组　县自然资源局　城关街道、清江镇``), and between when and what in a
    schedule or a résumé (``9月3日上午　开班式``, ``2008.03—2016.01　河口镇党委委员``).
    """
    spacing = ctx.compiled("punctuation.spacing", lambda: _settings(
        ctx.data("punctuation").get("spacing", {}), ctx.data("placeholders").get("blanks", {}).get("surnames", "")))
    marks, layout_run, heading = spacing.marks, spacing.layout_run, spacing.heading
    prose = doc.prose

    def unspaced_figures() -> int | None:
        return ctx.analysis(doc, "punctuation.unspaced_figures", lambda: _consistently_unspaced(prose))

    lines = list(doc.lines())

    def neighbours(index: int) -> list[str]:
        """The lines right before and after line ``index``."""
        around = lines[max(0, index - 1):index] + lines[index + 1:index + 2]
        return [prose[start:end] for _, start, end, _ in around]

    for index, (number, line_start, line_end, _) in enumerate(lines):
        line = prose[line_start:line_end]
        if not line.strip(SPACES + "\0"):
            continue
        if not running_text(line, marks):
            yield from _split_heading_word(line, line_start)
            if " " in line:
                yield from _split_list_entry(line, line_start, neighbours(index), marks)
            continue
        for match in SPACE_RUN.finditer(line):
            start, end = line_start + match.start(), line_start + match.end()
            run = match.group()
            if match.start() == 0:
                continue  # indentation
            before = prose[start - 1]
            if end == line_end:
                if doc.kind == "markdown" or before in FORM_BLANK_BEFORE or len(run) >= layout_run:
                    continue
                yield Finding(start, end, f"行尾多余的{_describe(run)}", suggestion="",
                              fix=Fix.replace(start, end, ""), severity="info")
                continue
            after = prose[end]
            if len(run) >= layout_run or "\0" in (before, after):
                continue
            if heading is not None and match.start() <= HEADING_LONGEST and heading.search(line, 0, match.start()):
                continue  # 第一条　为了……: the article number set off from its text
            if match.start() < LABEL_WIDTH and (label := PADDED_LABEL.match(line)) and match.end() <= label.end():
                continue  # 出　　席：, 联　系　人：: a label spaced out to the width of the others
            if _person_line(line, match.start(), spacing):
                continue  # 赵明川　　某村党支部书记、村委会主任: a list of people and their posts
            if ("\u3000" in run or "\t" in run) and _table_row(line):
                continue  # 3　投诉类　5个工作日　可申请延期1次, 县（市、区）　　场次: a plain-text table
            if "\u3000" in run and _rows_of_one_shape(line, neighbours(index)):
                continue  # 第一组　县自然资源局　城关街道、清江镇 over 第二组　……: rows of a table
            if "\u3000" in run and index and _total_row(line, neighbours(index)[0], spacing):
                continue  # 合计　　32000　合格8个，基本合格2个 under 10　塘口镇西片项目区　3000　合格
            if run == "\u3000" and _header_over_rows(line, prose, line_end):
                continue  # 县（市、区）　驻村第一书记（名）　…… over 城东区　12　16　28: a table's header
            if "\u3000" in run and _in_byline(line, match.start(), spacing):
                continue  # 本报讯（记者　刘　洋　通讯员　陈思远）: reporters named in a byline
            if "\u3000" in run and _field_gap(line, match.start(), match.end()):
                continue  # （星期四）　带班领导：刘卫东　值班人员：赵雪: a line of fields
            if run in ("\u3000", " ") and _title_halves(line, match.start(), match.end()):
                continue  # 《严守“六大纪律”　争做“四有”干部》, “人口普查 人人参与”: a title in two halves
            if run in (" ", "\u3000") and _standard_title(line, match.start(), match.end()):
                continue  # 《企业知识产权合规管理体系 要求》（GB/T 29490—2023）: a standard's elements
            if before in "日号" and TIME_OF_DAY.match(line, match.end()):
                continue  # 每月15日　9:00—11:30: a date and its hours set apart
            if "\u3000" in run and _when_opens(line, match.start()):
                continue  # 9月3日上午　开班式, 2008.03—2016.01　河口镇党委委员: a schedule or a résumé
            if (after in CHECKBOXES or CHECKBOX_OPTION.search(line, max(0, match.start() - 8), match.start())
                    or (before in CHECKBOXES and OPTION_BEFORE_BOX.match(line, match.end()))):
                continue  # □是　□否, 是□　否□: the options of a form, and a note after them
            if _quoted_page_number(line, match.start(), match.end()):
                continue  # 数字左右各放一条一字线，如“— 3 —”: the form of a page number, quoted
            if "\u3000" in run and _address_then_addressee(line, match.start(), spacing):
                continue  # 请寄：……运溪路1688号　杭州恒嘉机电设备有限公司投标部: address, then addressee
            if before in FULL_WIDTH_PUNCT or after in FULL_WIDTH_PUNCT:
                mark = before if before in FULL_WIDTH_PUNCT else after
                where = "后" if before in FULL_WIDTH_PUNCT else "前"
                yield Finding(start, end, f"全角标点{show(mark)}{where}多余的{_describe(run)}", suggestion="",
                              fix=Fix.replace(start, end, ""))
            elif is_han(before) and is_han(after):
                if before in "年月" and after in "月日":
                    continue  # 2025年　月　日: a date left blank, which PH002 reports
                if len(run) == 1 and not is_han(prose[start - 2] if start - 2 >= line_start else "") \
                        and not is_han(prose[end + 1] if end + 1 < line_end else "") \
                        and (not spacing.surnames or before in spacing.surnames):
                    continue  # a two-character name padded to three cells: 王　芳 (not 各 村、各单位)
                if _gender_after_name(line, match.start(), match.end(), spacing):
                    continue  # 1.周晓岚　女，1985年6月生: a list of candidates
                if run == "\u3000" and _padded_name(line, match.start(), match.end(), spacing):
                    continue  # 学校党委副书记邱　健先生；: a roll of guests, one a line
                if run.strip("\u3000") == "" and _layout_space(line, match.start(), match.end(), spacing):
                    continue
                if run == " " and (_office_and_person(line, match.start(), match.end(), spacing)
                                   or _post_then_name(line, match.start(), match.end(), spacing)):
                    continue
                if (run == " " and _between_issuers(line, match.start(), match.end(), spacing)
                        and (line.rfind("《", 0, match.start()) > line.rfind("》", 0, match.start())
                             or JOINT_NUMBER.match(line, match.end()))):
                    continue  # 《财政部 农业农村部关于……》, 财政部 税务总局公告2023年第19号: joint issuers
                yield Finding(start, end, f"汉字之间多余的{_describe(run)}：“{before}{run}{after}”", suggestion="",
                              fix=Fix.replace(start, end, "", "unsafe"))
            elif run == " " and _figure_beside_han(line, match.start(), match.end()) \
                    and unspaced_figures() is not None:
                yield Finding(start, end, f"汉字与数字之间多余的空格：“{before} {after}”，全文其余"
                              f"{unspaced_figures()}处汉字与数字都紧挨着", suggestion="",
                              fix=Fix.replace(start, end, "", "unsafe"))
            elif "\u3000" in run:
                yield Finding(start, end, f"句中的{_describe(run)}")
