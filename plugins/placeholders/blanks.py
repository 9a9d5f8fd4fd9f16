"""PH002: fill-in instructions, blanks and “某某” stand-ins a template left in the draft."""

from __future__ import annotations

import re
from typing import Iterator

from checker import Finding, rule

from .data import BlankData, blank_data
from .honours import unnamed_honourees
from .text import (
    MASK, SPACES, in_chinese_context, latin_beside, line_bounds, quoted_example,
    reported_speech,
)

# A bracketed note of up to 40 characters on one line.
BRACKET = re.compile(
    r"【[^【】\n]{0,40}】|（[^（）\n]{0,40}）|\([^()\n]{0,40}\)|\[[^\[\]\n]{0,40}\]"
    r"|［[^［］\n]{0,40}］|〔[^〔〕\n]{0,40}〕|〖[^〖〗\n]{0,40}〗"
)
FULL_WIDTH_OPENERS = "【（［〔〖"
TASK_BOXES = ("[ ]", "[x]", "[X]")
# A date with its year, month or day left as spaces: 2025年　　月　　日, 　　年　　月　　日.
_GAP = "[ \u3000\u00a0]+"
_YEAR = "[0-9０-９〇○零一二三四五六七八九]{4}"
_MONTH = "[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2}"
_DAY = "[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}"
# Matched from 年, whose literal first character ``re`` finds in C; the year is read backwards.
BLANK_DATE = re.compile(f"年[ \u3000]*(?:{_MONTH}|{_GAP})月[ \u3000]*(?:{_DAY}|{_GAP})日")
YEAR_BEFORE = re.compile(f"(?:{_YEAR}|{_GAP})$")
BLANK_SLOT = re.compile(f"{_GAP}[月日]")  # a month or day left as spaces
# 请于　　月　　日前报送: month and day blank, no year, after a word. Matched from 月 as well;
# the blank month and the word before it are read backwards.
MONTH_DAY = re.compile(f"月[ \u3000]*(?:{_DAY}|{_GAP})日")
MONTH_GAP_BEFORE = re.compile(f"(?<=[\u4e00-\u9fff])(?<!年){_GAP}$")
MONTH_GIVEN = re.compile(f"^{_YEAR}年[ \u3000]*(?:{_MONTH})月")  # 2026年12月　日: only the day blank


@rule(
    "PH002", "fill-in-blank", "placeholder", "error",
    "未删除的填写说明、空白和“某某”代称（【待补充】、（姓名）、＿＿、某某单位）",
    bad=[
        "本次会议由【待补充】主持。",
        "请（姓名）同志作总结发言。",
        "请于＿＿月＿＿日前报送材料。",
        "会议时间[待定]，地点另行通知。",
        "某某单位要高度重视。",
        "（此处插入典型案例）",
        "项目负责人：【项目负责人姓名】",
        "XX县人民政府\n2025年　　月　　日",
        "请于11月30日前报送（联系人：张敏，电话：）。",
    ],
    good=[
        "各党委（党组）要高度重视，附件（样表）另发。",
        "对张某某给予党内警告处分。",
        "他说：“某某单位的做法值得学习。”",
        "文件名写作report_2025.docx，函数写作__init__。",
        "□同意  □不同意",
        "会议时间另行通知（请于9月1日前报送名单）。",
        "8时（北京时间）开始，名单（注明姓名）附后。",
        "申请人（签字）：\n　　　　年　　月　　日",
    ],
)
def fill_in_blank(doc, ctx) -> Iterator[Finding]:
    """Templates tell the writer what to put where: 【待补充】, （姓名）, （此处插入案例）,
    [待定], a line to write on (＿＿＿), or a stand-in like “某某单位”. Left in, they show the
    audience a form nobody filled.

    A bracket is reported when it holds only a field name from ``fields`` in
    ``rulesets/placeholders.toml`` (（姓名）, （单位名称）), an instruction from
    ``instructions`` (待补充, 待定, 此处插入, 填写本单位…), or nothing but spaces. Ordinary
    parentheses (党委（党组）, （试行）, （样表）) and instructions addressed to a notice's
    readers (（请于9月1日前报送）, （由申请人填写）) are not. A short qualifier before a word
    from ``field_endings`` (【项目负责人姓名】) is a field as well, unless a word from
    ``field_blockers`` makes it a note (（注明姓名）, （暂定名称）).

    A date with its month or day left as spaces (2025年　　月　　日, 请于　　月　　日前) is
    reported, except on a form for others to fill: after a label (填表日期：, unless the year and
    month are set and only the day is blank: 会议时间：2026年12月　日), in a table row, or near a
    word from ``form_cues`` (（盖章）, 申请人). A label with nothing after it before the bracket
    closes (（联系人：张三，电话：）) is a field left empty; before a comma or a full stop
    (电话：，) PU003 reports the two marks. Blanks and blank dates of a form
    attached to the draft, below a title line from ``form_titles`` (……报名表, ……回执), are
    the form's readers' to fill in and are not reported.

    “某某” is reported before a word such as 单位, 同志, 县, 公司 (``stand_in_nouns``) or before a
    trade and the form of a firm (某某食品有限公司, ``stand_in_firms``), but not
    after a surname (张某某 withholds a name on purpose) unless the line or the draft confers an
    honour (``honours.py``), not in quoted speech (他说：“某某…”) and not in a quoted example of
    what not to write.
    """
    data = blank_data(ctx)
    prose = doc.prose
    form = _form_start(prose, data)
    yield from _brackets(prose, data)
    yield from (f for f in _lines(prose, data) if f.start < form)
    yield from (f for f in _blank_dates(prose, data) if f.start < form)
    yield from (f for f in _empty_fields(prose) if f.start < form)
    yield from _stand_ins(doc, data)
    yield from unnamed_honourees(doc, data)


def _brackets(prose: str, data: BlankData) -> Iterator[Finding]:
    if not any(c in prose for c in "【（([［〔〖"):
        return
    for match in BRACKET.finditer(prose):
        whole = match.group()
        if MASK in whole or whole in TASK_BOXES:
            continue
        start, end = match.span()
        inner = whole[1:-1]
        content = inner.strip(SPACES)
        if not content:
            if prose[start - 1:start] == "“" and prose[end:end + 1] == "”":
                continue  # 年份使用六角括号“〔〕”: the marks named, not a blank
            message = _empty_bracket(prose, start, end, whole)
        elif content in data.fields:
            if prose.endswith(data.field_alternatives, 0, start):
                continue  # 职称（职务）, 专业（职务）：: another name for the field before it
            message = f"未填写的{content}“{whole}”：应换成实际的{content}"
        elif _is_instruction(whole[0], inner, data):
            message = f"未删除的填写说明“{whole}”"
        elif _names_a_field(content, data):
            message = f"未填写的内容“{whole}”：应换成实际内容"
        else:
            continue
        if message and not quoted_example(prose, start, end, data.example_cues):
            yield Finding(start, end, message)


def _empty_bracket(prose: str, start: int, end: int, whole: str) -> str | None:
    inner = whole[1:-1]
    if whole[0] in FULL_WIDTH_OPENERS:
        return f"未填写的空白“{whole}”" if in_chinese_context(prose, start, end) or inner else None
    # ASCII brackets: a blank only when spaced out to be written in, inside Chinese text.
    if inner.count(" ") >= 2 and in_chinese_context(prose, start, end):
        return f"未填写的空白“{whole}”"
    return None


def _is_instruction(opener: str, inner: str, data: BlankData) -> bool:
    if data.instructions is not None and data.instructions.search(inner):
        return True
    return opener in "【〖" and data.lenticular is not None and data.lenticular.search(inner) is not None


def _names_a_field(content: str, data: BlankData) -> bool:
    """【项目负责人姓名】, （主办单位名称）: a field word after a short qualifier, the whole
    bracket. A verb or joining word in it (（注明姓名）, （含单位名称）, （原名称）) makes it a
    note to the reader instead."""
    if data.field_ending is None or not data.field_ending.fullmatch(content):
        return False
    return not any(word in content for word in data.field_blockers)


DEADLINE_AFTER = ("前", "之前", "以前")  # a blank date before these is a deadline, not a form's field


def _blank_dates(prose: str, data: BlankData) -> Iterator[Finding]:
    """A signature or deadline date with its month or day left blank (2025年　　月　　日).
    On a form for others to fill (申请人（签字）：　　年　月　日, 填表日期：　年　月　日) the
    blank date is meant, so a label before it or a form word nearby keeps it quiet; but not a
    label before a deadline (整改时限：2025年　月　日前), which the writer was to set."""
    if "月" not in prose:
        return
    for start, end in _date_spans(prose):
        date = prose[start:end]
        line_start, line_end = line_bounds(prose, start, end, 80)
        before = prose[line_start:start].rstrip(SPACES)
        deadline = prose.startswith(DEADLINE_AFTER, end)  # 整改时限：2025年　月　日前: the writer's own
        # 会议时间：2026年12月　日: with the year and month set, the day was the writer's to set too
        set_by_writer = deadline or MONTH_GIVEN.search(date) is not None
        if (before.endswith(("：", ":")) and not set_by_writer) or "|" in prose[line_start:line_end]:
            continue  # 填表日期：　年　月　日, a table cell
        if _on_a_form(prose[_lines_back(prose, line_start, 8):line_end], data):
            continue
        yield Finding(start, end, f"未填写的日期“{date}”：应填上实际日期")


# A label and its colon right before the bracket around it closes: （联系人：张三，电话：）.
LABEL_AT_CLOSE = re.compile(r"[\u4e00-\u9fff]{1,6}：(?=[）\]】])")


def _empty_fields(prose: str) -> Iterator[Finding]:
    if "：）" not in prose and "：】" not in prose and "：]" not in prose:
        return
    for match in LABEL_AT_CLOSE.finditer(prose):
        yield Finding(match.start(), match.end(), f"“{match.group()}”后未填写内容")


def _form_start(prose: str, data: BlankData) -> int:
    """Where the first form attached to the draft begins (its title line), or the end of the
    draft. A title is a line of its own ending in a word from ``form_titles``, with no
    sentence marks, no colon (附件：报名表 refers to the form; it does not begin it) and no
    number (三、报名回执 is a section of the draft about it). A title right after a line that
    points at it (……各片区建设情况见下表。) is the caption of a table of the draft's own figures,
    which nobody is to fill in (``caption_pointers``)."""
    attached = ATTACHED_FORM.search(prose)  # 附件 / 不符合项报告 / 受审部门：＿＿＿
    end = attached.start(1) if attached else len(prose)
    if not data.form_titles:
        return end
    for match in FORM_TITLE_LINE.finditer(prose, 0, end):
        line = match.group().strip(SPACES + "\0")
        line = FORM_TITLE_NOTE.sub("", line)
        if line.endswith(data.form_titles) and not any(mark in line for mark in FORM_TITLE_STOPS) \
                and not NUMBERED_HEADING.match(line) and not _captioned(prose, match.start(), data):
            return match.start()
    return end


def _captioned(prose: str, line_start: int, data: BlankData) -> bool:
    """The last line with text above ``line_start`` points at the table below it (见下表)."""
    above = prose[:line_start].rstrip(SPACES + "\0\n")
    return bool(data.caption_pointers) and any(
        pointer in above[above.rfind("\n") + 1:] for pointer in data.caption_pointers)


# An attachment whose first line under its title is a field with a line to write on: whatever
# the title calls it (不符合项报告), the attachment is a form.
ATTACHED_FORM = re.compile(
    r"^[ \t\u3000]*附件[ \t\u3000]*[0-9一二三四五六七八九十]{0,2}[ \t\u3000]*\n(?:[ \t\u3000]*\n)?"
    r"([^\n]{2,60})\n(?:[ \t\u3000]*\n)?[^\n]{1,20}[：:][ \u3000]*[＿_]{3,}", re.M)


# A line short enough to be a title; what may close it (（样表）, （样式）) is not its name.
FORM_TITLE_LINE = re.compile(r"^[^\n]{2,60}$", re.M)
FORM_TITLE_NOTE = re.compile(r"[（(](?:样表|样式|参考样式|式样|模板|样卷|样本|试行|第[一二三四五六七八九十]+联|[\u4e00-\u9fff]{1,3}卷)[）)]$")
FORM_TITLE_STOPS = "。，；：:！？,;!?"
# A numbered heading of the draft (三、报名回执) names a section about the form, not the form.
NUMBERED_HEADING = re.compile(r"(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.．、])")

# A label with room left to write after it: 职务：　　　　　联系电话：
EMPTY_FIELD = re.compile("[：:][ \u3000]{2,}")


def _on_a_form(text: str, data: BlankData) -> bool:
    """The lines before a blank date belong to a form: a form word (（盖章）, 申请人) or a label
    with empty room after it. A salutation (各单位：) ends its line and does not count."""
    return any(cue in text for cue in data.form_cues) or EMPTY_FIELD.search(text) is not None


def _lines_back(text: str, line_start: int, count: int) -> int:
    """Start of the line ``count`` lines above the one starting at ``line_start``, looking back
    no further than 400 characters."""
    floor = max(0, line_start - 400)
    start = line_start
    for _ in range(count):
        if start <= floor:
            return floor
        found = text.rfind("\n", floor, start - 1)
        start = floor if found < 0 else found + 1
    return start


def _date_spans(prose: str) -> Iterator[tuple[int, int]]:
    for match in BLANK_DATE.finditer(prose):
        if not BLANK_SLOT.search(match.group()):
            continue  # spaces beside filled numbers: 2025年 3月 5日
        year = YEAR_BEFORE.search(prose, max(0, match.start() - 8), match.start())
        if year is None:
            continue  # 去年　月 is no date
        # A blank year cannot be told from the indent before it: the span starts at 年.
        yield (match.start() if year.group()[0] in SPACES else year.start()), match.end()
    for match in MONTH_DAY.finditer(prose):
        gap = MONTH_GAP_BEFORE.search(prose, max(0, match.start() - 8), match.start())
        if gap is not None:
            yield gap.start(), match.end()


def _lines(prose: str, data: BlankData) -> Iterator[Finding]:
    for char, pattern in data.blanks:
        if char not in prose:
            continue
        for match in pattern.finditer(prose):
            start, end = match.span()
            if latin_beside(prose, start - 1, -1) or latin_beside(prose, end, 1):
                continue  # __init__, file_name___v2
            if not in_chinese_context(prose, start, end):
                continue
            line_start, line_end = line_bounds(prose, start, end, 64)
            if not prose[line_start:line_end].replace(char, "").strip(SPACES):
                continue  # a separator line of underscores
            if quoted_example(prose, start, end, data.example_cues):
                continue
            yield Finding(start, end, f"未填写的空白“{match.group()}”")


def _labelled_stand_ins(prose: str, data: BlankData) -> Iterator[Finding]:
    """联系人：某某　联系电话：…, 副县长某某出席 — the name a label or a post asks for, never
    written in."""
    if data.labelled_stand_in is None:
        return
    for match in data.labelled_stand_in.finditer(prose):
        group = "word" if match.group("label") else "name"
        start, end = match.span(group)
        if quoted_example(prose, start, end, data.example_cues):
            continue
        label = (match.group("label") or "").replace("\u3000", "").replace(" ", "")  # 组　长
        what = label or f"{match.group('post')}的姓名"
        yield Finding(start, end, f"用“{match.group(group)}”代替的{what}未填写")


# “某某” filling a table cell by itself (a schedule's 主讲人 column): the cell asks for a name.
STAND_IN_CELL = re.compile(r"(?:^|(?<=[\t|│\0]))[ \u3000]*(某某)[ \u3000]*(?=[\t|│\0]|$)", re.M)


# “某某” as an item of a list of names (附议委员：王建华、刘晓梅、某某; 委员为某某、张建军; but 张某某
# is a name withheld on purpose), or opening a row of a
# roster before the column of units or posts (某某　　城关镇中心小学, 某某　江州市人民检察院……):
# a name never written in.
STAND_IN_ITEM = re.compile(
    r"(?<=、)(?P<name>某某)(?=[、，。；）)\s|\t│\0]|$)|(?:(?<![\u4e00-\u9fff某])|(?<=[为是]))(?P<first>某某)(?=、)"
    r"|^[ \u3000\0]*(?:[0-9]{1,3}[.．、][ \u3000]?)?(?P<row>某某)(?=[ \u3000]{2,}[\u4e00-\u9fff]|\t[\u4e00-\u9fff]"
    r"|\u3000[\u4e00-\u9fff]{4}[^\n。，！？；,.!?;]*$)",  # one space before a post: no sentence after it
    re.M)


def _stand_in_items(prose: str, data: BlankData) -> Iterator[Finding]:
    for match in STAND_IN_ITEM.finditer(prose):
        start, end = match.span(match.lastgroup)
        if reported_speech(prose, start, end, data.speech_verbs) or quoted_example(prose, start, end, data.example_cues):
            continue
        yield Finding(start, end, "名单中用“某某”代替的姓名未填写")


def _stand_in_cells(doc) -> Iterator[Finding]:
    prose = doc.prose
    labels = getattr(doc, "line_labels", None) or {}
    for match in STAND_IN_CELL.finditer(prose):
        line_start = prose.rfind("\n", 0, match.start()) + 1
        line_end = prose.find("\n", match.end())
        line = doc.text[line_start:line_end if line_end >= 0 else len(prose)]  # a Markdown row's | as written
        # a row of a plain-text or Markdown table, or a Word table's cell (a line that is just
        # 某某 elsewhere is left to the other checks)
        if "\t" in line or line.count("|") >= 2 or "│" in line \
                or "表格" in labels.get(doc.line_of(match.start(1)), ""):
            start, end = match.span(1)
            yield Finding(start, end, "表格中用“某某”代替的名称未填写")


def _stand_ins(doc, data: BlankData) -> Iterator[Finding]:
    prose = doc.prose
    if "某某" not in prose:
        return
    yield from _labelled_stand_ins(prose, data)
    yield from _stand_in_cells(doc)
    yield from _stand_in_items(prose, data)
    if data.stand_in is None:
        return
    for match in data.stand_in.finditer(prose):
        start, end = match.span()
        if data.after_surname(prose, start):
            continue  # 张某某: a name withheld on purpose (兼任某某村: 任 ends a word)
        if reported_speech(prose, start, end, data.speech_verbs):
            continue
        if quoted_example(prose, start, end, data.example_cues):
            continue
        word = match.group()
        yield Finding(start, end, f"用“{word}”代替的名称未填写（“{word}{match.group(1)}”）")
