"""Rosters: a heading that counts the names listed under it (一、先进集体（5个）).

An honours decision, a list of delegates or the members of a working group gives each group
a heading with its size in brackets, then the names, one a line or several set apart by 、;
or the names follow the heading's colon on its line (出席人员（共12人）：王建国、李红梅、……).
A class's number in brackets is part of the heading's name (高三（2）班（5人）：).
A name added or struck late leaves the heading's count wrong, and the count is read out.

The names are counted only where the counting is certain: lines of one name each (a unit,
or a person with a post after a space: 王　海　县应急管理局副局长), or names set apart by
顿号. A line of short pieces set apart by spaces (王海　李明华, 王　海) may hold one name or
several, and a roster with such a line is not counted. In a numbered list (1.陈立华　县长)
each number is one entry.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .numerals import count_value

SPACES = " \t\u3000"
SENTENCE_MARKS = "，。！？；：,!?;:"
NAME_LINE_LONGEST = 60
NAME_LONGEST = 4  # a piece of a line this short may be a name
GAP = re.compile(r"[ \t\u3000]+")
# A two-character name padded to three cells: 陈　静.
PADDED_NAME = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])\u3000([\u4e00-\u9fff])(?![\u4e00-\u9fff])")
# A list number: each is one entry (1.陈立华　县长).
NUMBERED = re.compile(r"[ \t\u3000]*(?:[（(][0-9]{1,3}[）)]|[0-9]{1,3}[.．、](?![0-9]))")
# A heading of the outline (二、公示时间, （一）罗晨曦 over a profile): the list is over.
OUTLINE = re.compile(r"[ \t\u3000\0]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])")
# A member's role before the name (组　长：, 副组长：, 成　员：): a label, not a name. A name
# must follow it (注：以上名单排名不分先后 is a note).
ROLE_LABEL = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff\u3000 ]{0,5}[：:]"
                        r"(?=[ \u3000]*(?:$|[\u4e00-\u9fff]\u3000?[\u4e00-\u9fff]{1,2}(?:$|[\u3000 、，；])))")
DATE_LINE = re.compile(r"[（(]?[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日[）)]?")  # the date under the issuer
BRACKETED = re.compile(r"[（(][^（）()]{0,12}[）)]")  # （女，回族） after a name
# A figure that counts or dates (各2名, 2025年): the line is no name. A grade is part of one
# (江州师范学院2022级汉语言文学专业团支部).
FIGURE = re.compile(r"[0-9０-９]+(?:[名个人家位所支户篇件年月日号时万元%％]|$)")


class RosterData(NamedTuple):
    heading: re.Pattern  # a heading ending with its count in brackets: 先进集体（5个）
    stop_words: tuple[str, ...]  # a line opening with one of these ends a roster: 附件2
    member_roles: tuple[str, ...] = ()  # 组长, 副组长, 成员: the posts a body's lines name


def roster_data(data: dict) -> RosterData:
    table = data.get("roster", {})
    classifiers = "|".join(map(re.escape, table.get("classifiers", ["个", "名", "人"])))
    return RosterData(member_roles=tuple(table.get("member_roles", [])), heading=re.compile(
        r"[ \t\u3000\0]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[0-9]{1,2}[.．、])?"
        r"[ \t\u3000]*(?:附[：:])?(?:[\u4e00-\u9fff“”0-9]|[（(][0-9]{1,2}[）)]){2,24}[（(]共?(?P<count>(?P<num>[0-9]{1,3}|[一二两三四五六七八九十百]{1,4})"
        rf"(?:{classifiers}))[）)][：:]?[ \t\u3000\0]*"
    ), stop_words=tuple(table.get("stop_words", [])))


class Roster(NamedTuple):
    count_start: int  # the count in the heading: 5个
    count_end: int
    count: int
    names: int  # the names listed under the heading
    first: tuple[int, int]  # where the first and the last line of names stand
    last: tuple[int, int]


def find_rosters(doc, data: RosterData) -> list[Roster]:
    """Headings with a count whose names under them are certainly counted and disagree."""
    prose = doc.prose
    if "）" not in prose and ")" not in prose:
        return []
    labels = getattr(doc, "line_labels", None) or {}
    lines = [(start, end) for number, start, end, _ in doc.lines() if "表格" not in labels.get(number, "")]
    found = []
    for index, (start, end) in enumerate(lines):
        match = data.heading.match(prose, start, end)
        if match is None:
            continue
        if match.end() < end:  # words after the heading on its line: names after its colon?
            inline = _inline_roster(prose, match, end)
            if inline is not None:
                found.append(inline)
            continue
        count = count_value(match.group("num"))
        if count is None or count < 2:
            continue
        blocks = _name_blocks(doc, lines[index + 1:], data)
        if not blocks or count in (names for names, _ in blocks):
            continue
        if len(blocks) > 1 and all(len(taken) == 1 for _, taken in blocks):
            names, first, last = blocks[-1][0], blocks[0][1][0], blocks[-1][1][0]  # a name a paragraph
        else:
            names, first, last = blocks[0][0], blocks[0][1][0], blocks[0][1][-1]
        if names >= 2:
            found.append(Roster(match.start("count"), match.end("count"), count, names, first, last))
    return found


INLINE_NAME_LONGEST = 8  # a name with its post (王建国局长) after the heading's colon
# What a clause holds and a name does not (负责演练过程的拍照、录像和宣传报道工作; 县审计局等单位).
NOT_IN_A_NAME = ("的", "和", "及", "与", "或", "等", "负责")


def _inline_roster(prose: str, match: re.Match, end: int) -> Roster | None:
    """出席人员（共12人）：王建国、李红梅、……: the names after the heading's colon (``match``),
    on its line, set apart by 顿号. A post in brackets after a name is part of it; a piece too
    long for a name, a figure or a sentence mark means the line is no plain list."""
    start = match.start()
    if not prose[start:match.end()].rstrip(SPACES + "\0").endswith(("：", ":")):
        return None
    count = count_value(match.group("num"))
    body = BRACKETED.sub("", prose[match.end():end].strip(SPACES + "\0").rstrip("。；;"))
    if count is None or count < 2 or "、" not in body or any(ch.isdigit() for ch in body) \
            or any(mark in body for mark in SENTENCE_MARKS + SPACES):
        return None
    names = body.split("、")
    if any(not 2 <= len(name) <= INLINE_NAME_LONGEST or any(word in name for word in NOT_IN_A_NAME)
           for name in names) or len(names) == count:
        return None
    return Roster(match.start("count"), match.end("count"), count, len(names), (start, end), (start, end))


def _name_blocks(doc, lines: list[tuple[int, int]], data: RosterData):
    """The roster that opens ``lines``, block by block (a blank line ends a block): for each
    block, the names counted up to its end and its lines. A blank line may
    end the roster (the issuer's name under it is no name of the list) or not (a Markdown
    list leaves one between names), so each block's end is a place the roster may end, and
    so is the line before a date (中共青山县委员会 over 2025年1月10日 signs the list).
    Empty when a line cannot be counted for certain. One line that leads into the list
    (本批次抽取的执法人员如下：) may stand between the heading and the names."""
    blocks: list[tuple[int, list[tuple[int, int]]]] = []
    counted = before_last = 0
    taken: list[tuple[int, int]] = []
    lead_in = True
    for start, end in lines:
        line = doc.prose[start:end].strip(SPACES + "\0")  # a Markdown bullet is masked
        if line.startswith(data.stop_words):
            break  # 附件2, 记录人：蒋玉兰: the list is over
        label = ROLE_LABEL.match(line)
        if label is not None:  # 副组长：王海燕　市市场监督管理局副局长; 成　员：（names below）
            line = line[label.end():].lstrip(SPACES)
            if not line:
                continue
        if lead_in and line.endswith(("：", ":")) and not taken and not blocks:
            lead_in = False
            continue
        if line:
            lead_in = False
        if not line:
            if taken:
                blocks.append((counted, taken))
                taken = []
            continue
        numbered = NUMBERED.match(doc.text, start)
        if numbered is not None:  # 1.陈立华　县委副书记、县长: one entry a number
            line = doc.text[numbered.end():end].strip(SPACES)
        if data.heading.fullmatch(doc.prose, start, end) or line.startswith(data.stop_words) \
                or OUTLINE.match(doc.text, start) or not _name_line(line) \
                or BRACKETED.fullmatch(line):  # （此件公开发布）: a note under the list
            if len(taken) > 1 and DATE_LINE.fullmatch(line):
                blocks.append((before_last, taken[:-1]))  # the issuer over its date
            break
        before_last = counted
        if numbered is not None:
            counted += 1
        elif any(ch in line for ch in SPACES):
            if _spaced_names(line):
                return []  # 王海　李明华: two names, or one spaced out
            counted += 1  # 赵明川　　南坪村党支部书记、村民委员会主任: a name and a post
        else:
            counted += line.rstrip("。；;").count("、") + 1  # 县应急管理局、县消防救援大队
        taken.append((start, end))
    if taken:
        blocks.append((counted, taken))
    return blocks


def _spaced_names(text: str) -> bool:
    """Are the pieces between the spaces of a line all short enough to be names (王海　李明华,
    王　海　　李明华)? Then the line holds one name or several. A name and the post after it
    (王　海　县应急管理局副局长) is one entry."""
    pieces = GAP.split(PADDED_NAME.sub(r"\1\2", text))  # 陈　静 is one name, padded to three cells
    return len(pieces) > 1 and all(len(piece) <= NAME_LONGEST for piece in pieces)


def _name_line(text: str) -> bool:
    """A line of names: no sentence in it (a 顿号 list may end with 。; a bracket may say
    （女，回族）), no figure that counts or dates (各2名, a date) but in the post after a name (潘志远　市12315投诉
    举报中心干部) or in brackets after it (……消费者权益保护科（12315投诉举报中心）), short."""
    if len(text) > NAME_LINE_LONGEST:
        return False
    body = BRACKETED.sub("", text[:-1] if text.endswith(("。", "；", ";")) else text)
    if FIGURE.search(GAP.split(body, 1)[0]):
        return False
    return not any(mark in body for mark in SENTENCE_MARKS)


# A body's size: 成立由7人组成的巡察整改工作领导小组, 领导小组由9人组成。
COMPOSED = re.compile(r"由(?P<num>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})(?:人|名(?:同志|成员)?)组成")
ROLE_LINES_MOST = 8
HAN_NAME = re.compile(rf"[\u4e00-\u9fff]{{2,{NAME_LONGEST}}}")  # a name after a post: 王晓兰


def find_composed_bodies(doc, data: RosterData) -> list[Roster]:
    """领导小组由7人组成。 over 组长：李卫东（局党组书记、局长）；副组长：王晓兰、陈志刚；成员：……:
    the names after the posts of the lines right below the count add up to it. Counted only
    when every piece after a post is a name (a post in brackets or after a space may follow
    it); 各乡镇分管负责同志 counts no one for certain."""
    if not data.member_roles or "组成" not in doc.prose:
        return []
    prose = doc.prose
    lines = [(start, end) for _, start, end, _ in doc.lines()]
    found = []
    for index, (start, end) in enumerate(lines):
        for match in COMPOSED.finditer(prose, start, end):
            count = count_value(match.group("num"))
            rest = prose[match.end():end].strip(SPACES + "\0")
            if count is None or count < 2 or rest[:1] not in ("。", "的", "，", ","):
                continue
            names, taken = 0, []
            for line_start, line_end in lines[index + 1:index + 1 + ROLE_LINES_MOST]:
                counted = _names_after_roles(prose[line_start:line_end].strip(SPACES + "\0"), data)
                if counted is None:
                    break  # the lines of posts are over
                if counted < 0:
                    taken = []  # 成员：各乡镇分管负责同志: no one counted for certain
                    break
                names += counted
                taken.append((line_start, line_end))
            if taken and names >= 2 and names != count:
                found.append(Roster(match.start("num"), match.end(), count, names, taken[0], taken[-1]))
    return found


def _names_after_roles(line: str, data: RosterData) -> int | None:
    """组长：李卫东（局党组书记、局长）；副组长：王晓兰、陈志刚: the names the posts of a line
    name; None when the line names no post, -1 when a piece after a post is no name."""
    if not line:
        return None
    names = 0
    for segment in re.split(r"[；;]", line.rstrip("。；;")):
        role, colon, value = segment.strip(SPACES).partition("：")
        if not colon:
            role, colon, value = segment.strip(SPACES).partition(":")
        if not colon or GAP.sub("", role) not in data.member_roles:
            return None
        value = BRACKETED.sub("", PADDED_NAME.sub(r"\1\2", value)).strip(SPACES)
        for entry in value.split("、"):
            name = GAP.split(entry.strip(SPACES), 1)[0]  # 王强　县公安局副局长: the name before the post
            if not HAN_NAME.fullmatch(name):
                return -1
            names += 1
    return names
