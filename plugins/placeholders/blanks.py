"""PH002: fill-in instructions, blanks and “某某” stand-ins a template left in the draft."""

from __future__ import annotations

import re
from typing import Iterator

from checker import Finding, rule

from .data import BlankData, blank_data
from .text import (
    MASK, SPACES, char_at, in_chinese_context, latin_beside, line_bounds, quoted_example,
    reported_speech,
)

# A bracketed note of up to 40 characters on one line.
BRACKET = re.compile(
    r"【[^【】\n]{0,40}】|（[^（）\n]{0,40}）|\([^()\n]{0,40}\)|\[[^\[\]\n]{0,40}\]"
    r"|［[^［］\n]{0,40}］|〔[^〔〕\n]{0,40}〕|〖[^〖〗\n]{0,40}〗"
)
FULL_WIDTH_OPENERS = "【（［〔〖"
TASK_BOXES = ("[ ]", "[x]", "[X]")


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
    ],
    good=[
        "各党委（党组）要高度重视，附件（样表）另发。",
        "对张某某给予党内警告处分。",
        "他说：“某某单位的做法值得学习。”",
        "文件名写作report_2025.docx，函数写作__init__。",
        "□同意  □不同意",
        "会议时间另行通知（请于9月1日前报送名单）。",
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
    readers (（请于9月1日前报送）, （由申请人填写）) are not.

    “某某” is reported before a word such as 单位, 同志, 县, 公司 (``stand_in_nouns``), but not
    after a surname (张某某 withholds a name on purpose), not in quoted speech (他说：“某某…”)
    and not in a quoted example of what not to write.
    """
    data = blank_data(ctx)
    prose = doc.prose
    yield from _brackets(prose, data)
    yield from _lines(prose, data)
    yield from _stand_ins(prose, data)


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
            message = _empty_bracket(prose, start, end, whole)
        elif content in data.fields:
            message = f"未填写的{content}“{whole}”：应换成实际的{content}"
        elif data.instructions is not None and data.instructions.search(inner):
            message = f"未删除的填写说明“{whole}”"
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


def _stand_ins(prose: str, data: BlankData) -> Iterator[Finding]:
    if data.stand_in is None or "某某" not in prose:
        return
    for match in data.stand_in.finditer(prose):
        start, end = match.span()
        if char_at(prose, start - 1) in data.surnames and char_at(prose, start - 1):
            continue  # 张某某: a name withheld on purpose
        if reported_speech(prose, start, end, data.speech_verbs):
            continue
        if quoted_example(prose, start, end, data.example_cues):
            continue
        word = match.group()
        yield Finding(start, end, f"用“{word}”代替的名称未填写（“{word}{match.group(1)}”）")
