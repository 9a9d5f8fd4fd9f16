"""PU006: the 顿号 after sequence markers as GB/T 15834 sets it (none after （一）, one after 一), and between quoted items."""

from __future__ import annotations

import re

from checker import Finding, Fix, rule
from checker.patterns import quick_scan

from .chars import compile_pattern

# Where a sequence marker may stand: a line start (after indentation, or a Markdown heading's
# masked "### ") or after a sentence.
MARKER_PLACE = r"(?:^|(?<=[。；！？：]))[ \t\u3000\0]*"
ARABIC_DUNHAO = re.compile(r"^[ \t\u3000\0]*([0-9]{1,2})、(?![0-9０-９])", re.M)
ARABIC_DOT = re.compile(r"^[ \t\u3000\0]*[0-9]{1,2}[.．](?![0-9])", re.M)
# A bare Chinese numeral opening a heading with a dot (一.基本情况): it takes a 顿号.
CHINESE_DOT = re.compile(r"^[ \t\u3000\0]*([一二三四五六七八九十]{1,3})([.．])[ \t]?(?=[\u4e00-\u9fff“《（])", re.M)
QUOTED_ITEMS = quick_scan(r"(?<=[”》])、(?=[“《])")
SAME_KIND = {"”": "“", "》": "《"}


def _marker_pattern(ctx) -> re.Pattern | None:
    def build():
        parts = []
        for index, entry in enumerate(ctx.data("punctuation").get("marker", []), 1):
            compile_pattern(entry["pattern"], f"[[marker]] entry {index}")  # report a bad one by itself
            parts.append(f"(?:{entry['pattern']})")
        if not parts:
            return None
        return re.compile(f"{MARKER_PLACE}(?:{'|'.join(parts)})(、)", re.M)

    return ctx.compiled("punctuation.markers", build)


@rule(
    "PU006", "enumeration-comma", "punctuation", "info", "序号后的顿号用错：多用（（一）、）或该用未用（一.），引号、书名号并列项之间多用",
    standard="GB/T 15834-2011 4.5.3.3、4.5.3.5；GB/T 9704-2012 7.3.3",
    bad=["（一）、加强组织领导", "（1）、加强学习", "①、提高认识", "一.基本情况"],
    good=["（一）加强组织领导", "一、加强组织领导", "1.基本情况", "一二·九运动", "树牢“四个意识”“四个自信”", "第（一）、（二）项规定",
          "3、4月份", "《党章》（2022年修订）、《准则》"],
    fixable=True,
)
def enumeration_comma(doc, ctx):
    """A 顿号 the standard leaves out.

    The 顿号 follows a sequence marker only when the marker is a bare Chinese numeral
    (``一、``), and there it is the only mark: a heading opening ``一.`` or ``一．`` is a
    warning with a safe fix to ``一、``. A bracketed marker (``（一）`` ``（1）``) or a circled number carries its own
    separation and takes no mark after it (GB/T 15834-2011 4.5.3.3; GB/T 9704-2012 7.3.3 lists
    the levels as 一、 （一） 1. （1））. An Arabic numeral takes a full stop, ``1.``: ``1、`` is
    reported when other paragraphs of the draft number with ``1.`` (option ``arabic``:
    ``siblings``, ``always`` or ``never``). Items each in quotes or title marks are usually
    not separated by 顿号 (4.5.3.5: ``“四个意识”“四个自信”``); when something stands between
    them, such as a note in brackets, the 顿号 stays and nothing is reported. The standard says
    "usually" and many offices keep the 顿号 there, so that check is off unless option
    ``quoted = true`` (the strict ruleset turns it on).

    A 顿号 after a bracketed marker is a warning: the standard leaves no choice there, and the
    outline rule's report of the same mark gives way to this one. The rest is a matter of
    form, so those findings are info. Deleting the 顿号 after a marker is a safe fix; between
    quoted items it is offered as unsafe, since the standard says "usually".
    """
    prose = doc.prose
    if "." in prose or "．" in prose:
        for match in CHINESE_DOT.finditer(prose):
            at, number = match.start(2), match.group(1)
            # the standard names the 顿号 outright: a warning, and the outline rule's report of
            # the same stop (NU004) gives way to it
            yield Finding(at, at + 1, f"序号“{number}”后面用顿号：应为“{number}、”，不用“{match.group(2)}”",
                          suggestion="、", fix=Fix.replace(at, at + 1, "、"), severity="warning", claims_span=True)
    if "、" not in prose:
        return
    pattern = _marker_pattern(ctx)
    if pattern is not None:
        for match in pattern.finditer(prose):
            at = match.start(1)
            marker = prose[match.start():at].strip(" \t\u3000\0")
            # a slip the standard names outright: a warning, and the outline rule's report of
            # the same 顿号 (NU004) gives way to it
            yield Finding(at, at + 1, f"序号“{marker}”后面不加顿号", suggestion="",
                          fix=Fix.replace(at, at + 1, ""), severity="warning", claims_span=True)
    mode = ctx.option("arabic", ctx.data("punctuation").get("enumeration", {}).get("arabic", "siblings"))
    if mode == "always" or (mode == "siblings" and ARABIC_DOT.search(doc.text)):
        for match in ARABIC_DUNHAO.finditer(prose):
            at = match.end() - 1
            number = match.group(1)
            why = "其他段落用“1.”编号" if mode == "siblings" else "阿拉伯数字序号后用下脚点"
            yield Finding(at, at + 1, f"序号“{number}、”应为“{number}.”（{why}）", suggestion=".",
                          fix=Fix.replace(at, at + 1, ".", "unsafe"))
    quoted = ctx.option("quoted", ctx.data("punctuation").get("enumeration", {}).get("quoted", False))
    for match in QUOTED_ITEMS.finditer(prose) if quoted else ():
        at = match.start()
        if SAME_KIND[prose[at - 1]] != prose[at + 1]:
            continue
        kind = "引号" if prose[at - 1] == "”" else "书名号"
        items = _item_before(prose, at) + "、" + _item_after(prose, at)
        yield Finding(at, at + 1, f"标有{kind}的并列项之间通常不用顿号：{items}",
                      suggestion="", fix=Fix.replace(at, at + 1, "", "unsafe"))


def _item_before(prose: str, at: int) -> str:
    """The quoted item that ends right before ``at`` (shortened when long)."""
    opening = SAME_KIND[prose[at - 1]]
    start = prose.rfind(opening, max(0, at - 40), at - 1)
    return prose[start:at] if start >= 0 else "…" + prose[at - 1]


def _item_after(prose: str, at: int) -> str:
    closing = {v: k for k, v in SAME_KIND.items()}[prose[at + 1]]
    end = prose.find(closing, at + 2, at + 42)
    return prose[at + 1:end + 1] if end >= 0 else prose[at + 1] + "…"
