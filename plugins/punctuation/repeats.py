"""PU003 doubled punctuation, PU004 wrong forms of the ellipsis and the dash."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from checker import ConfigError, Finding, Fix, rule
from checker.gates import Gate, gate_for
from checker.patterns import OnDemand

from .chars import View, chinese_context, compile_pattern, has_han

ELLIPSIS_DOTS = "。"  # three or more 。 are an ellipsis written wrongly: PU004's concern


def _repeat_settings(ctx) -> tuple[str, str, int]:
    data = ctx.data("punctuation").get("repeats", {})
    return (data.get("marks", "，。、；：？！"), data.get("stackable", "？！"), int(data.get("max_stack", 3)))


@rule(
    "PU003", "repeated-punctuation", "punctuation", "warning", "标点重复或连用不当",
    standard="GB/T 15834-2011 4.1–4.7（点号用法）、5.1（问号叹号叠用的位置）",
    bad=["各乡镇，，各部门", "取得了成效。。", "认识不够到位。，思想上", "抓好落实；；", "是这样吗？。"],
    good=["这是真的吗？！", "冲啊！！！", "等等……", "他说：“好。”，", "一二三——四五"],
    fixable=True,
)
def repeated_punctuation(doc, ctx):
    """The same pause marked twice (，， 。。 、、 ；； ：：) or two different marks at one pause.

    Doubled marks come from editing: a clause deleted between two commas, a sentence end
    pasted before a comma. One pause takes one mark. A doubled identical mark is fixed by
    keeping one (safe). Two different marks (``。，`` ``？。``) need a decision about which was
    meant; the fix keeps the question or exclamation mark if there is one, otherwise the
    first mark, and is offered as unsafe.

    Question and exclamation marks may be stacked for emphasis: ``？！`` ``！！`` ``？？？``
    (GB/T 15834-2011 4.2, 4.3 and 5.1 allow up to three); longer stacks are reported as
    info. Three or more ``。`` are an ellipsis written wrongly and are left to PU004, as are
    ``……`` and ``——``, which are single marks of two characters.
    """
    marks, stackable, max_stack = _repeat_settings(ctx)
    pattern = ctx.compiled(f"punctuation.repeats:{marks}", lambda: re.compile(f"[{re.escape(marks)}]{{2,}}"))
    for match in pattern.finditer(doc.prose):
        run = match.group()
        start, end = match.start(), match.end()
        if set(run) <= set(ELLIPSIS_DOTS) and len(run) >= 3:
            continue
        if set(run) <= set(stackable):
            if len(run) > max_stack:
                keep = run[:max_stack] if len(set(run)) > 1 else run[0]
                yield Finding(start, end, f"问号、叹号连用“{run}”过多，至多叠用{max_stack}个",
                              suggestion=keep, fix=Fix.replace(start, end, keep, "unsafe"), severity="info")
            continue
        if len(set(run)) == 1:
            yield Finding(start, end, f"标点“{run[0]}”重复：“{run}”", suggestion=run[0],
                          fix=Fix.replace(start, end, run[0]))
            continue
        strong = "".join(c for c in run if c in stackable)
        keep = strong[:max_stack] if strong else run[0]
        yield Finding(start, end, f"标点连用不当：“{run}”，一处停顿只用一个标点", suggestion=keep,
                      fix=Fix.replace(start, end, keep, "unsafe"))


class Form(NamedTuple):
    pattern: OnDemand  # compiled when a draft opens its gate
    gate: Gate | None  # the strings every match holds: a draft without them is not scanned
    right: str
    name: str
    safe: bool
    between: re.Pattern | None
    beside: re.Pattern | None
    severity: str | None
    reason: str
    chain: int = 0  # this many single marks joining short words in a row are a chain, not dashes
    han_within: int = 0  # Chinese text this near makes the context Chinese (9:00--10:00参观)
    warning_if: OnDemand | None = None  # the draft elsewhere writes it right: the slip is a warning
    scheme_leads: tuple[str, ...] = ()  # after these, two marks joining short words are a scheme
    bracketed: int = 0  # a mark alone in brackets between two names this long at most joins them


# A word a chain of connecting marks joins: 设计—建设—拥有—运营, 村（社区）党组织.
CHAIN_LINK = "[\u4e00-\u9fff]{1,6}(?:（[\u4e00-\u9fff、]{1,6}）[\u4e00-\u9fff]{0,6})?"
CHAIN_REACH = 60


def _chain_length(prose: str, start: int, end: int) -> int:
    """How many single marks like ``prose[start:end]`` join short words in a row around it
    (设计—建设—拥有—运营: three). A dash is written once or twice in a sentence; a chain of
    stages joined by connecting marks (GB/T 15834-2011 4.13) runs on."""
    ahead, chain, single = _chain_patterns(prose[start:end])
    # the marks from this one on, whatever stands before it (我们要坚持设计—建设—拥有)
    found = ahead.match(prose, start)
    count = len(single.findall(found.group())) if found else 1
    # the whole chain around it, its first word a word of its own (“镇党委—村（社区）党组织—……”)
    for match in chain.finditer(prose, max(0, start - CHAIN_REACH), min(len(prose), end + CHAIN_REACH)):
        if match.start() <= start and end <= match.end():
            return max(count, len(single.findall(match.group())))
        if match.start() > start:
            break
    return count


@functools.lru_cache(maxsize=8)
def _chain_patterns(mark: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A chain from a mark on, a whole chain, and one mark (not doubled) of ``mark``."""
    mark = re.escape(mark)
    return (re.compile(f"(?:{mark}(?!{mark}){CHAIN_LINK})+"),
            re.compile(f"(?<![\u4e00-\u9fff]){CHAIN_LINK}(?:{mark}(?!{mark}){CHAIN_LINK})+"),
            re.compile(f"{mark}(?!{mark})"))


# Short words joined by single marks, the chain standing alone: 街道—社区—网格, 县—乡—村.
SHORT_CHAIN = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,2}(?:[—―][\u4e00-\u9fff]{1,2}){2,}(?![\u4e00-\u9fff])")


# Three short words joined by two single marks, as a scheme is written: 年度—机构—保管期限.
SCHEME = re.compile(r"[“‘]?[\u4e00-\u9fff]{1,4}(?:[—―][\u4e00-\u9fff]{1,4}){2}")
# A quoted term made of short words joined by single marks: “年度—保管期限”, “区—街道—社区”;
# three words or more may be longer, or quote a name of their own: “网格员—社区工作者—社区
# ‘两委’成员” (but “奋斗者—我身边的榜样”, a title and its subtitle, takes a dash).
TERM_WORD = r"[\u4e00-\u9fff]{1,8}(?:‘[\u4e00-\u9fff]{1,4}’[\u4e00-\u9fff]{0,4})?"
QUOTED_TERM = re.compile(rf"[\u4e00-\u9fff]{{1,4}}(?:[—―][\u4e00-\u9fff]{{1,4}}){{1,4}}|{TERM_WORD}(?:[—―]{TERM_WORD}){{2,4}}")


def _quoted_term(prose: str, start: int, end: int) -> bool:
    """The mark joins the words of a quoted term and nothing else stands in the quotes."""
    opening = prose.rfind("“", max(0, start - 30), start)
    closing = prose.find("”", end, end + 30)
    return (opening >= 0 and closing >= 0 and "”" not in prose[opening:start]
            and QUOTED_TERM.fullmatch(prose, opening + 1, closing) is not None)


def _scheme(prose: str, start: int, end: int, leads: tuple[str, ...]) -> bool:
    """按照年度—机构—保管期限进行分类: after a word that introduces a scheme (``leads``), three
    short words joined by two marks name the scheme's levels; an aside between two dashes
    (这项工作—说到底—是) follows no such word."""
    for lead in leads:
        at = prose.rfind(lead, max(0, start - 12 - len(lead)), start)
        if at < 0:
            continue
        match = SCHEME.match(prose, at + len(lead))
        if match is not None and match.start() < start and end <= match.end():
            return True
    return False


def _bracketed_pair(prose: str, start: int, end: int, most: int) -> bool:
    """The mark stands alone in brackets between two names of at most ``most`` Han
    characters: the ends of a section or a route (人民路（县体育中心—解放路口）, 中欧班列（渝州—
    杜伊斯堡））. A dash sets off an aside inside a sentence, not one name from another."""
    opening = max(prose.rfind(mark, max(0, start - most - 1), start) for mark in "（(")
    closings = [i for i in (prose.find(mark, end, end + most + 1) for mark in "）)") if i >= 0]
    if opening < 0 or not closings:
        return False
    left, right = prose[opening + 1:start], prose[end:min(closings)]
    return all(0 < len(part) <= most and all("\u4e00" <= ch <= "\u9fff" for ch in part) for part in (left, right))


def _short_chain(prose: str, start: int, end: int) -> bool:
    lo = max(0, start - 12)
    return any(m.start() < start and end <= m.end() for m in SHORT_CHAIN.finditer(prose, lo, min(len(prose), end + 12)))


def _forms(ctx) -> list[Form]:
    def build():
        out = []
        for index, entry in enumerate(ctx.data("punctuation").get("form", []), 1):
            where = f"[[form]] entry {index}"
            pattern = compile_pattern(entry["pattern"], where, lazily=True)
            between = compile_pattern(entry["unless_between"], where) if entry.get("unless_between") else None
            beside = compile_pattern(entry["unless_beside"], where) if entry.get("unless_beside") else None
            severity = entry.get("severity")
            if severity not in (None, "error", "warning", "info"):
                raise ConfigError(f"punctuation data, {where}: severity must be error, warning or info")
            chain = entry.get("unless_chain", 0)
            if not isinstance(chain, int) or isinstance(chain, bool) or chain < 0:
                raise ConfigError(f"punctuation data, {where}: unless_chain must be a whole number")
            within = entry.get("han_within", 0)
            if not isinstance(within, int) or isinstance(within, bool) or within < 0:
                raise ConfigError(f"punctuation data, {where}: han_within must be a whole number")
            warning_if = compile_pattern(entry["warning_if"], where, lazily=True) if entry.get("warning_if") else None
            leads = entry.get("unless_scheme_after", [])
            if not isinstance(leads, list) or not all(isinstance(w, str) and w for w in leads):
                raise ConfigError(f"punctuation data, {where}: unless_scheme_after must be a list of words")
            bracketed = entry.get("unless_bracketed", 0)
            if not isinstance(bracketed, int) or isinstance(bracketed, bool) or bracketed < 0:
                raise ConfigError(f"punctuation data, {where}: unless_bracketed must be a whole number")
            out.append(Form(pattern, gate_for(entry["pattern"]), entry["right"], entry.get("name", "标点"),
                            bool(entry.get("safe", False)),
                            between, beside, severity, entry.get("reason", ""), chain, within, warning_if,
                            tuple(leads), bracketed))
        return out

    return ctx.compiled("punctuation.forms", build)


@rule(
    "PU004", "ellipsis-dash-form", "punctuation", "warning", "省略号、破折号写法不规范",
    standard="GB/T 15834-2011 4.10.2（破折号“——”）、4.11.2（省略号“……”）、4.13（连接号）、5.1",
    bad=["等等...", "时间不等人。。。", "还有⋯⋯", "还有…", "目标--建设一流队伍", "目标－－建设", "目标—建设"],
    good=["等等……", "“……”", "2020—2025年", "北京——上海", "不再一一列举", "wait...", "运行--help查看",
          "一一对应"],
    fixable=True,
)
def ellipsis_dash_form(doc, ctx):
    """Ellipses and dashes written with the wrong characters.

    The ellipsis is ``……`` (two U+2026 characters, six dots) and the dash is ``——`` (two
    U+2014 characters), each taking two character cells (GB/T 15834-2011 4.10.2, 4.11.2,
    5.1). Drafts carry ``...``, ``。。。``, ``⋯⋯``, a lone ``…``, ``--``, ``－－`` and a
    single ``—``. Only marks in Chinese text are reported (``wait...`` and ``--help`` are not).

    The replacements of dotted ellipses and hyphen dashes are safe. A single ``—`` is also the
    connecting mark for ranges (``3月1日—6月10日``, ``北京—上海``, GB/T 15834-2011 4.13): next
    to a digit or Latin letter it is not reported, and between Han characters it is reported
    as info with the dash offered as an unsafe fix, since only the writer knows whether a
    range or a dash was meant. ``一一`` is the common adverb (``一一列举``) and is reported only
    between digits, where it stands for a range mark, and before a mark or a line end, where
    the adverb cannot stand (``我……我一一”``). A hyphen between two clock times
    (``14:30-17:00``) stands for the range mark too (GB/T 15834-2011 4.13.3); many drafts
    write it so, and it is info, unless the same draft writes another range with the range
    mark (``9:20—9:50``): mixed forms are a warning. So is a hyphen between two figures of a
    range after Chinese text, ``5-6月`` (a time: ``—``, 4.13.3.2) or ``10万-30万元`` (an amount:
    ``～``, 4.13.3.3); standard, telephone and house numbers, dates and scores are not ranges
    and have no Chinese text or no unit beside them. The forms are data: ``[[form]]`` in
    ``rulesets/punctuation.toml``, where ``warning_if`` names what raises a form to a warning.
    """
    prose = doc.prose
    view = View(doc)
    taken: set[int] = set()  # offsets already reported by an earlier form
    for form in _forms(ctx):
        if form.gate is not None and not form.gate.may_occur(prose):
            continue
        severity = form.severity
        for match in form.pattern.finditer(prose):
            # a pattern may read context around the mark and name the mark itself ``mark``
            start, end = match.span("mark") if "mark" in match.re.groupindex else match.span()
            if start == end or any(i in taken for i in range(start, end)):
                continue
            before = prose[start - 1] if start else ""
            after = prose[end] if end < len(prose) else ""
            near = [c for c in (before, after) if c]
            if form.between is not None and len(near) == 2 and all(form.between.match(c) for c in near):
                continue
            if form.beside is not None and any(form.beside.match(c) for c in near):
                continue
            if not (has_han(match.group()) or chinese_context(view, start, end)
                    or (form.han_within and has_han(prose[max(0, start - form.han_within):end + form.han_within]))):
                continue
            if form.scheme_leads and (_scheme(prose, start, end, form.scheme_leads) or _quoted_term(prose, start, end)):
                continue  # 按照年度—机构—保管期限, “年度—保管期限”: the levels of a scheme
            if form.chain and (_chain_length(prose, start, end) >= form.chain or _short_chain(prose, start, end)):
                continue  # 设计—建设—拥有—运营, 街道—社区—网格: stages or levels joined by connecting marks
            if form.bracketed and _bracketed_pair(prose, start, end, form.bracketed):
                continue  # （县体育中心—解放路口）, （渝州—杜伊斯堡）: the ends of a section or a route
            taken.update(range(start, end))
            if form.warning_if is not None and severity == form.severity and form.warning_if.search(prose):
                severity = "warning"  # 9:00-9:20 above 9:20—9:50: the draft mixes two forms
            wrong = prose[start:end]
            message = f"{form.name}写法不规范：“{wrong}”应为“{form.right}”"
            if form.reason:
                message += f"（{form.reason.split('：', 1)[-1]}）"
            yield Finding(start, end, message, suggestion=form.right, severity=severity,
                          fix=Fix.replace(start, end, form.right, "safe" if form.safe else "unsafe"))
