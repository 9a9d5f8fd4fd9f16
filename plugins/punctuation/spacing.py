"""PU005: stray spaces in Chinese running text."""

from __future__ import annotations

import re

from checker import Finding, Fix, rule

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


def _settings(data: dict) -> tuple:
    """The ``[spacing]`` table: sentence marks, layout run, issuer ends, name length, heading."""
    heading = data.get("heading_before_space")
    return (
        data.get("running_text_marks", "，。、；？！"),
        int(data.get("layout_run", 3)),
        tuple(data.get("issuer_ends", ())),
        int(data.get("name_after_title", 0)),
        compile_pattern(heading, "[spacing] heading_before_space") if heading else None,
    )


SENTENCE_MARKS = "，。；？！,;?!"
# The issuer after a joint issuer's space: Han characters up to what follows the issuers
# (关于……的通知, 印发, 联合, 转发) or the end of the name.
ISSUER_AFTER = re.compile(r"(?:(?!关于|印发|联合|转发|的)[\u4e00-\u9fff])*")


def _layout_space(line: str, start: int, end: int, issuer_ends: tuple[str, ...], name_length: int) -> bool:
    """A full-width space the layout of an official text puts between two Han characters:
    after a joint issuer's name (某县委办公室　某县人民政府办公室), or between a title and the
    name that ends its line (镇长　周立新)."""
    if issuer_ends and line.endswith(issuer_ends, 0, start):
        issuer = ISSUER_AFTER.match(line, end).group()
        if len(issuer) >= 2 and issuer.endswith(issuer_ends):  # an issuer follows, not 布局　合理
            return True
    rest = line[end:].rstrip(SPACES + "\0")
    return (0 < len(rest) <= name_length and all(is_han(ch) for ch in rest)
            and not any(mark in line for mark in SENTENCE_MARKS))


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
    (``王　芳``), the full-width space between joint issuers (``某县委办公室　某县人民政府办公室``,
    GB/T 9704-2012 7.2.3), between a title and the name ending its line (``镇长　周立新``), after
    an article number at the start of a line (``第一条　为了……``), runs of three or more spaces (aligned columns and blanks to fill in,
    ``姓名：      ``), spaces between Chinese and Latin words or numbers (a house-style
    choice), spaces next to Markdown syntax, and trailing spaces in Markdown, where two of
    them make a line break.
    """
    marks, layout_run, issuer_ends, name_length, heading = ctx.compiled(
        "punctuation.spacing", lambda: _settings(ctx.data("punctuation").get("spacing", {})))
    prose = doc.prose
    for number, line_start, line_end, _ in doc.lines():
        line = prose[line_start:line_end]
        if not line.strip(SPACES + "\0") or not running_text(line, marks):
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
            if heading is not None and heading.search(line, 0, match.start()):
                continue  # 第一条　为了……: the article number set off from its text
            if before in FULL_WIDTH_PUNCT or after in FULL_WIDTH_PUNCT:
                mark = before if before in FULL_WIDTH_PUNCT else after
                where = "后" if before in FULL_WIDTH_PUNCT else "前"
                yield Finding(start, end, f"全角标点{show(mark)}{where}多余的{_describe(run)}", suggestion="",
                              fix=Fix.replace(start, end, ""))
            elif is_han(before) and is_han(after):
                if len(run) == 1 and not is_han(prose[start - 2] if start - 2 >= line_start else "") \
                        and not is_han(prose[end + 1] if end + 1 < line_end else ""):
                    continue  # a two-character name padded to three cells: 王　芳
                if run == "\u3000" and _layout_space(line, match.start(), match.end(), issuer_ends, name_length):
                    continue
                yield Finding(start, end, f"汉字之间多余的{_describe(run)}：“{before}{run}{after}”", suggestion="",
                              fix=Fix.replace(start, end, "", "unsafe"))
            elif "\u3000" in run:
                yield Finding(start, end, f"句中的{_describe(run)}")
