"""PU002: quotes, brackets and title marks that are unclosed, unopened, reversed or mis-nested."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from checker import Finding, Fix, Related, rule

from .chars import SPACES, TERMINAL, show
from .quotes import analyse_quotes, mark_finder, quote_marks

# An unopened ")" right after a short marker that starts a line or follows a pause is a list
# marker ("1）加强学习", "，2）提高本领"): a numbering style, not a lost bracket.
LIST_MARKER = re.compile(r"(?:^|(?<=[，。；：！？、\s]))[0-9A-Za-z０-９一二三四五六七八九十]{1,3}[）)]", re.M)
ASCII_ALIASES = {"(": "（", ")": "）"}


@dataclass(eq=False)
class Pair:
    open: str
    close: str
    name: str
    quote: bool = False
    straight: str = ""
    inner_of: str = ""
    reason: str = ""


@dataclass(eq=False)
class Issue:
    at: int
    message: str
    fix: str | None = None
    safe: bool = False
    related: tuple[Related, ...] = ()
    kind: str = ""  # unclosed, unopened, reversed-open, reversed-close, straight, nesting


@dataclass(eq=False)
class StretchResult:
    issues: list[Issue] = field(default_factory=list)

    @property
    def has_unclosed(self) -> bool:
        return any(i.kind == "unclosed" for i in self.issues)

    @property
    def has_unopened(self) -> bool:
        return any(i.kind == "unopened" for i in self.issues)


def load_pairs(ctx) -> list[Pair]:
    def build():
        pairs = []
        for entry in ctx.data("punctuation").get("pair", []):
            pairs.append(Pair(entry["open"], entry["close"], entry.get("name", "成对标点"),
                              bool(entry.get("quote")), entry.get("straight", ""),
                              entry.get("inner_of", ""), entry.get("reason", "")))
        return pairs

    return ctx.compiled("punctuation.pairs", build)


def _quote_issues(text: str, start: int, end: int, pair: Pair) -> tuple[list[Issue], list[tuple[int, int]]]:
    marks = quote_marks(text, start, end, pair.straight or "\uffff", pair.open, pair.close)
    if not marks or all(kind == "S" for _, kind in marks):
        return [], []  # only straight quotes: PU001 converts them
    analysis = analyse_quotes(text, marks)
    safe = analysis.consistent
    partner = {a: b for a, b in analysis.pairs} | {b: a for a, b in analysis.pairs}
    issues = []
    for at, problem in sorted(analysis.problems.items()):
        char = text[at]
        if problem == "straight" and at in partner and text[partner[at]] == char:
            continue  # two straight quotes pairing with each other: PU001 converts them
        if problem == "unclosed":
            issues.append(Issue(at, f"{pair.name}的前引号{show(char)}没有配对的后引号{show(pair.close)}", kind=problem))
        elif problem == "unopened":
            issues.append(Issue(at, f"{pair.name}的后引号{show(char)}前面缺少配对的前引号{show(pair.open)}", kind=problem))
        elif problem == "reversed-open":
            issues.append(Issue(at, f"{pair.name}方向错误：前引号写成了后引号{show(char)}，应为{show(pair.open)}",
                                pair.open, safe, kind=problem))
        elif problem == "reversed-close":
            opener = next((o for o, c in analysis.pairs if c == at), None)
            related = (Related(opener, opener + 1, "与之配对的前引号"),) if opener is not None else ()
            issues.append(Issue(at, f"{pair.name}方向错误：后引号写成了前引号{show(char)}，应为{show(pair.close)}",
                                pair.close, safe, related, kind=problem))
        elif problem == "straight":
            right = pair.open if analysis.roles.get(at) == "open" else pair.close
            issues.append(Issue(at, f"直引号{show(char)}与弯引号混用，应为{show(right)}", right, safe, kind=problem))
    return issues, analysis.pairs


@dataclass(eq=False)
class Brackets:
    """The bracket pairs (not quotes) by opening and closing mark, derived once per data."""

    by_open: dict[str, Pair]
    by_close: dict[str, Pair]
    outer_kinds: dict[str, list[str]]  # opening mark → marks that must not open inside it
    finder: re.Pattern

    @classmethod
    def of(cls, pairs: list[Pair]) -> "Brackets":
        by_open = {p.open: p for p in pairs if not p.quote}
        by_close = {p.close: p for p in pairs if not p.quote}
        outer = {p.open: [q.open for q in by_open.values() if q.inner_of == p.open] for p in by_open.values()}
        finder = mark_finder("".join(by_open) + "".join(by_close) + "".join(ASCII_ALIASES))
        return cls(by_open, by_close, outer, finder)


def _bracket_issues(text: str, start: int, end: int, brackets: Brackets) -> list[Issue]:
    by_open, by_close, outer_kinds = brackets.by_open, brackets.by_close, brackets.outer_kinds
    if not by_open:
        return []
    issues: list[Issue] = []
    stack: list[tuple[int, Pair]] = []
    open_at: dict[str, list[int]] = {p.open: [] for p in by_open.values()}  # open marks by kind
    reported: set[int] = set()
    for match in brackets.finder.finditer(text, start, end):
        index = match.start()
        char = ASCII_ALIASES.get(text[index], text[index])
        if char in by_open:
            pair = by_open[char]
            for kind in outer_kinds[pair.open]:  # 《 opened inside 〈: the nesting is reversed
                if open_at[kind] and open_at[kind][-1] not in reported:
                    outer_at = open_at[kind][-1]
                    outer = by_open[kind]
                    reported.add(outer_at)
                    issues.append(Issue(outer_at, f"{outer.name}{show(outer.open)}套在{pair.name}"
                                        f"{show(pair.open + pair.close)}外面：{_why(outer.reason)}", kind="nesting"))
            stack.append((index, pair))
            open_at[pair.open].append(index)
        elif char in by_close:
            pair = by_close[char]
            if open_at[pair.open]:
                while stack[-1][1] is not pair:
                    at, inner = stack.pop()
                    open_at[inner.open].pop()
                    if text[at] != "(":
                        issues.append(Issue(at, f"{inner.name}{show(text[at])}没有配对的{show(inner.close)}", kind="unclosed"))
                stack.pop()
                open_at[pair.open].pop()
            elif text[index] != ")" and not _list_marker(text, index):
                issues.append(Issue(index, f"{pair.name}{show(text[index])}前面缺少配对的{show(pair.open)}", kind="unopened"))
    for at, pair in stack:
        if text[at] != "(":
            issues.append(Issue(at, f"{pair.name}{show(text[at])}没有配对的{show(pair.close)}", kind="unclosed"))
    return issues


def _why(reason: str) -> str:
    """The explanation part of a data entry's reason (the clause number is in the docs)."""
    return reason.split("：", 1)[-1] if reason else "嵌套顺序颠倒"


def _list_marker(text: str, index: int) -> bool:
    line_start = text.rfind("\n", max(0, index - 4), index) + 1
    return any(m.end() == index + 1 for m in LIST_MARKER.finditer(text, max(line_start, index - 4), index + 1))


def _nesting_issues(text: str, quote_pairs: dict[str, list[tuple[int, int]]], pairs: list[Pair]) -> list[Issue]:
    issues = []
    for pair in pairs:
        if not (pair.quote and pair.inner_of):
            continue
        outer = next((p for p in pairs if p.open == pair.inner_of), None)
        if outer is None:
            continue
        # Pairs of one kind of quote follow each other without nesting: sorted by start, their
        # ends are sorted too, so the first outer pair after ``a`` decides.
        outers = sorted(quote_pairs.get(outer.open, []))
        starts = [c for c, _ in outers]
        for a, b in quote_pairs.get(pair.open, []):
            index = bisect.bisect_right(starts, a)
            if index < len(outers) and outers[index][1] < b:
                issues.append(Issue(a, f"{pair.name}{show(text[a] + '…' + text[b])}套在{outer.name}外面："
                                    f"{_why(pair.reason)}", kind="nesting"))
    return issues


def analyse_stretch(text: str, start: int, end: int, pairs: list[Pair], brackets: Brackets) -> StretchResult:
    result = StretchResult()
    quote_pairs = {}
    for pair in pairs:
        if pair.quote:
            issues, found = _quote_issues(text, start, end, pair)
            result.issues.extend(issues)
            quote_pairs[pair.open] = found
    result.issues.extend(_bracket_issues(text, start, end, brackets))
    result.issues.extend(_nesting_issues(text, quote_pairs, pairs))
    return result


def _first_char(text: str, start: int, end: int) -> int | None:
    for index in range(start, end):
        if text[index] not in SPACES:
            return index
    return None


def _joinable(doc, text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """A plain-text line that stops mid-sentence and the line right after it: a hard wrap."""
    if doc.kind != "text" or second[0] != first[1] + 1:
        return False
    last = text[first[0]:first[1]].rstrip(SPACES)
    return bool(last) and last[-1] not in TERMINAL


@rule(
    "PU002", "unpaired-marks", "punctuation", "warning", "引号、括号、书名号不成对或方向错误",
    standard="GB/T 15834-2011 4.8（引号）、4.9（括号）、4.15（书名号）",
    bad=["加强对全县”六项活动”的组织指导", "开展“六项活动“的情况", "学习《中国共产党章程的体会",
         "各党委（工委要负责", "‘他说“好”’", "他强调“要抓落实\"。"],
    good=["学习《关于〈中国共产党章程〉的说明》", "他说：“这是‘关键少数’的责任。”",
          "【打击倒卖活动】", "1）加强学习", "〔2024〕3号", "it’s fine，don't worry"],
    fixable=True,
)
def unpaired_marks(doc, ctx):
    """Paired marks must pair: “ ” ‘ ’ 《 》 〈 〉 （ ） 【 】 〔 〕 「 」 and their kin.

    A missing or reversed quote changes what the reader takes as quoted; an unclosed bracket
    or title mark swallows the rest of the sentence. Typical template leftovers are a closing
    quote typed for an opening one (``加强对全县”六项活动”``), a title mark whose other half was
    lost when text was cut, and straight quotes mixed with curly ones.

    Pairs are matched within a paragraph, never across paragraphs: a Markdown paragraph may
    run over several lines; in plain text every line is a paragraph, except that a line
    which stops mid-sentence with a mark left open is read together with the next line when
    that line closes it (a hard-wrapped paragraph). A quotation of several paragraphs opens
    each paragraph with “ and closes only the last (GB/T 15834-2011 4.8), so a paragraph that
    begins with an unclosed “ followed by one that begins with “ is not reported. Single
    quotes belong inside double quotes and 〈〉 inside 《》 (4.8, 4.15); the reverse is
    reported. Half-width parentheses pair with full-width ones here (their width is PU001's
    concern), and a lone closing bracket after a short marker (``1）``, ``a）``) is a list
    marker, not a lost bracket.

    The finding points at the mark at fault: the opening mark of an unclosed pair, a closing
    mark that has no opening one, a mark written in the wrong direction, a straight quote
    paired with a curly one, the outer mark of a reversed nesting. Marks in the wrong
    direction and straight quotes are fixed, safely when every other mark of the paragraph
    pairs up; a missing mark is not guessed.
    """
    text = doc.prose
    pairs = load_pairs(ctx)
    brackets = ctx.compiled("punctuation.brackets", lambda: Brackets.of(pairs))
    marks = ctx.compiled("punctuation.pair-marks", lambda: mark_finder(
        "".join(p.open + p.close + p.straight for p in pairs) + "()"))
    if not marks.search(text):
        return
    paragraphs = doc.paragraphs
    results: list[tuple[tuple[int, int], StretchResult]] = []
    index = 0
    while index < len(paragraphs):
        start, end = paragraphs[index]
        if not marks.search(text, start, end):  # most paragraphs: nothing to pair
            results.append(((start, end), StretchResult()))
            index += 1
            continue
        result = analyse_stretch(text, start, end, pairs, brackets)
        following = index
        while (result.has_unclosed and following + 1 < len(paragraphs)
               and _joinable(doc, text, paragraphs[following], paragraphs[following + 1])):
            nxt = paragraphs[following + 1]
            if not analyse_stretch(text, nxt[0], nxt[1], pairs, brackets).has_unopened:
                break
            following += 1
            end = nxt[1]
            result = analyse_stretch(text, start, end, pairs, brackets)
        results.append(((start, end), result))
        index = following + 1

    for position, ((start, end), result) in enumerate(results):
        next_start = results[position + 1][0][0] if position + 1 < len(results) else None
        for issue in result.issues:
            if issue.kind == "unclosed" and text[issue.at] == "“" and _first_char(text, start, end) == issue.at \
                    and next_start is not None and _first_char(text, next_start, len(text)) is not None \
                    and text[_first_char(text, next_start, len(text))] == "“":
                continue  # a quotation running over several paragraphs (GB/T 15834-2011 4.8)
            fix = None
            if issue.fix is not None:
                fix = Fix.replace(issue.at, issue.at + 1, issue.fix, "safe" if issue.safe else "unsafe")
            yield Finding(issue.at, issue.at + 1, issue.message, suggestion=issue.fix, fix=fix,
                          related=issue.related)
