"""PU001 half-width marks in Chinese text, PU007 full-width letters and digits."""

from __future__ import annotations

import re

from checker import Finding, Fix, rule
from checker.patterns import OnDemand, quick_scan

from .chars import (
    HAN_CLASS, LATIN_OR_DIGIT, OPENERS, CLOSERS, SPACES, View, chinese_context, compile_pattern,
    inside, is_chinese_char, is_han, keep_spans, show,
)
from .quotes import analyse_quotes, quote_marks

FULL_STOP = quick_scan(r"(?<![.．。])\.(?![.．。])")
# A heading numbered with a Chinese numeral and a dot ("一.") is the numbering rules' concern.
NUMERAL_DOT = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十百〇零]+|[甲乙丙丁戊己庚辛壬癸])\.", re.M)
FILE_SUFFIX = re.compile(r"\.[A-Za-z][A-Za-z0-9]{1,4}(?![A-Za-z0-9])")
TITLE = re.compile(r"《[^《》\n]*》")
# <<书名>> and <篇名> holding Han characters; compiled for the few drafts with a "<" (a class of
# all Han characters takes milliseconds to compile).
DOUBLE_ANGLE = OnDemand(f"(?<!<)<<(?=[^<>\\n]*{HAN_CLASS})[^<>\\n]+>>(?!>)")
SINGLE_ANGLE = OnDemand(f"(?<![<>])<(?=[^<>]*{HAN_CLASS})[^<>]+>(?![<>])")
# <森林防火条例> in running text: a title set in single angle brackets, nothing but Han
# characters and the marks a title holds (no letters, spaces or digits alone: no HTML, no maths).
ANGLE_TITLE = OnDemand(f"(?<![<>])<(?=(?:[^<>\\n]*?{HAN_CLASS}){{2}})[\u4e00-\u9fff（）〈〉“”—·0-9]{{2,40}}>(?![<>])")
CHINESE_NUMERALS = "〇零一二三四五六七八九十百千万"
UNIT_SIGNS = "%％‰℃"
PARENS = re.compile(r"[()]")
LIST_PAREN = re.compile(r"^[ \t\u3000]*[0-9A-Za-z]{1,2}\)", re.M)


def _widths(ctx) -> dict[str, tuple[str, str]]:
    def build():
        table = {}
        for entry in ctx.data("punctuation").get("width", []):
            table[entry["ascii"]] = (entry["full"], entry.get("name", ""))
        return table

    return ctx.compiled("punctuation.widths", build)


def _run_pattern(widths) -> re.Pattern | None:
    """Runs of the marks converted one by one (brackets, quotes and the full stop are paired or
    judged apart)."""
    marks = "".join(m for m in widths if len(m) == 1 and m not in "().\"'<>")
    return re.compile(f"[{re.escape(marks)}]+") if marks else None


def _finding(start: int, end: int, ascii_text: str, full: str, name: str, safe: bool = True) -> Finding:
    label = f"{name}" if name else "标点"
    return Finding(
        start, end,
        f"中文里用了半角{label}{show(ascii_text)}，应为全角{show(full)}",
        suggestion=full,
        fix=Fix.replace(start, end, full, "safe" if safe else "unsafe"),
    )


@rule(
    "PU001", "half-width-punctuation", "punctuation", "warning", "中文语境中使用了半角标点",
    standard="GB/T 15834-2011 5.1（标点占一个字位置，中文用全角形式）",
    bad=["同志们:", "刚才,“六项活动”领导小组汇报了情况", "农田水利建设上;恩和、舟塔等乡镇",
         "党委(党组)要负总责", "他说\"要抓落实\"。", "你用过ChatGPT?"],
    good=["CPI上涨2.1%", "上午9:45开会", "时间:2022-02-10 08:38:00", "按照1:2的比例", "登录www.gov.cn查询", "1,000元",
          "e.g. 5G, PM10, H7N9", "45公斤/亩", "He said: \"yes, we can!\"", "调用print()函数"],
    fixable=True,
)
def half_width_punctuation(doc, ctx):
    """ASCII punctuation typed into Chinese text: , : ; ? ! ( ) " ' and a full stop.

    Drafts copied from web pages and chat tools often carry half-width marks. In print they
    sit too close to the next character and look careless; GB/T 15834-2011 5.1 gives every
    Chinese mark a full character cell. The fix replaces each mark with its full-width form
    and changes nothing else (a following space is left to PU005).

    A mark counts as Chinese only when Chinese text is next to it (quotes, brackets and
    Markdown syntax are looked through), or when it follows a percentage or temperature that
    closes a Chinese clause (报到率低于90%; at a line's end). Left alone: times and ratios (8:30, 1:2), numbers
    (3.14, 1,000), English sentences and Latin words (``He said: yes``), code, URLs and e-mail
    addresses, file names (``报告(终稿).docx``), model numbers (``ZX-2000(B)``), emoticons and
    anything in the ``[[keep]]`` list of ``rulesets/punctuation.toml``. Straight quotes are
    converted in pairs within a paragraph: “ for the first, ” for the second. A full stop after
    a Han character becomes “。” where it ends a sentence: at a line end, before a closing
    quote, or inside running text; in a bare heading (``第一章.总则``) it is an unsafe fix.
    Angle brackets standing for title marks are converted too: ``<<书名>>`` and ``<书名>`` (Han
    characters only) → 《书名》 and, inside 《…》, ``<篇名>`` → 〈篇名〉 (GB/T 15834-2011 4.15).
    """
    prose = doc.prose
    widths = _widths(ctx)
    if not any(m in prose for m in widths) and not re.search(r"[\"'<]", prose):
        return
    view = View(doc)
    keep = keep_spans(doc, ctx.data("punctuation").get("keep", []), ctx, "punctuation.keep")

    page_labels = tuple(ctx.data("punctuation").get("page_field_labels", ()))
    simple = ctx.compiled("punctuation.widths.run", lambda: _run_pattern(widths))
    for match in simple.finditer(prose) if simple else ():
        start, end = match.start(), match.end()
        if inside(keep, start, end):
            continue
        text = match.group()
        before = prose[start - 1] if start else ""
        after = prose[end] if end < len(prose) else ""
        if len(text) == 1 and text in ",:" and before.isdigit() and after.isdigit():
            continue  # 8:30, 1:2, 1,000
        if text == ":" and _ascii_field_value(prose, end, page_labels):
            continue  # 时间:2022-02-10 08:38:00, 电话:0571-8888 8888
        if after and after in "\\/":
            continue  # C:\ paths, scheme-like text
        if doc.kind == "markdown" and text == ":" and after == " " and (start == 0 or prose[start - 1] == "\n"):
            continue  # ": definition" list syntax
        if not chinese_context(view, start, end) and not _chinese_figure_before(prose, start):
            continue  # 报到率低于90%; ends a Chinese clause as a Han character would
        for offset, char in enumerate(text):
            full, name = widths.get(char, (None, ""))
            if full:
                yield _finding(start + offset, start + offset + 1, char, full, name)

    yield from _angle_titles(doc, keep)
    yield from _parentheses(doc, view, widths, keep)
    yield from _straight_quotes(doc, view, keep)
    yield from _full_stops(doc, view, widths, keep)


_ASCII_FIELD_VALUE = re.compile(r"[0-9][0-9A-Za-z ./:+\-]*(?=\n|$)")


def _ascii_field_value(prose: str, at: int, labels: tuple[str, ...]) -> bool:
    """A colon of a web page's info bar whose value, to the end of the line, is a Western
    figure: ``时间:2022-02-10 08:38:00``, ``浏览:1203``.

    The AD rules report such a line as a whole; its colon sits against Western text on the
    right, where the half-width form is usual. Flagging it too would only repeat a line that
    is already reported, so it is left alone. A draft's own field (``联系电话:0736-6238120``
    on an application) is no scraped line, and its colon is reported. The labels are the
    ``page_field_labels`` of ``rulesets/punctuation.toml``.
    """
    label = prose[max(0, at - 5):at - 1]
    return bool(labels) and label.endswith(labels) and _ASCII_FIELD_VALUE.match(prose, at) is not None


def _angle_titles(doc, keep):
    """``<<书名>>`` and ``<书名>`` for 《书名》, and ``<篇名>`` inside 《…》 for 〈篇名〉."""
    prose = doc.prose
    if "<" not in prose:
        return
    for match in DOUBLE_ANGLE.finditer(prose):
        if inside(keep, match.start(), match.end()):
            continue
        for at, end, full in ((match.start(), match.start() + 2, "《"), (match.end() - 2, match.end(), "》")):
            yield Finding(at, end, f"用“{prose[at:end]}”代替了书名号，应为“{full}”", suggestion=full,
                          fix=Fix.replace(at, end, full))
    titles = [(title.start(), title.end()) for title in TITLE.finditer(prose)]
    for match in ANGLE_TITLE.finditer(prose):
        if inside(keep, match.start(), match.end()) or any(lo < match.start() < hi for lo, hi in titles):
            continue  # inside 《…》 it stands for 〈〉, below
        for at, full in ((match.start(), "《"), (match.end() - 1, "》")):
            yield Finding(at, at + 1, f"用“{prose[at]}”代替了书名号，应为“{full}”", suggestion=full,
                          fix=Fix.replace(at, at + 1, full))
    for lo, hi in titles:
        for match in SINGLE_ANGLE.finditer(prose, lo + 1, hi - 1):
            for at, full in ((match.start(), "〈"), (match.end() - 1, "〉")):
                yield Finding(at, at + 1, f"书名号内用了“{prose[at]}”，应为单书名号“{full}”", suggestion=full,
                              fix=Fix.replace(at, at + 1, full))


def _parentheses(doc, view: View, widths, keep):
    prose = doc.prose
    if "(" not in prose and ")" not in prose:
        return
    full_open, name = widths.get("(", ("（", "括号"))
    full_close, _ = widths.get(")", ("）", "括号"))
    for p_start, p_end in doc.paragraphs:
        if "(" not in prose[p_start:p_end] and ")" not in prose[p_start:p_end]:
            continue
        stack: list[int] = []
        pairs: list[tuple[int, int | None]] = []
        for match in PARENS.finditer(prose, p_start, p_end):
            index = match.start()
            char = match.group()
            if char == "(":
                stack.append(index)
            elif char == ")":
                pairs.append((stack.pop() if stack else None, index))
        pairs.extend((o, None) for o in stack)
        for open_at, close_at in pairs:
            span = [i for i in (open_at, close_at) if i is not None]
            if any(inside(keep, i, i + 1) for i in span):
                continue
            if open_at is not None and close_at is not None:
                chinese = _pair_is_chinese(doc, view, open_at, close_at)
            else:
                chinese = _lone_paren_is_chinese(doc, view, span[0])
            if not chinese:
                continue
            if open_at is not None:
                yield _finding(open_at, open_at + 1, "(", full_open, name)
            if close_at is not None:
                yield _finding(close_at, close_at + 1, ")", full_close, name)


def _pair_is_chinese(doc, view: View, open_at: int, close_at: int) -> bool:
    prose = doc.prose
    inner = prose[open_at + 1:close_at]
    if FILE_SUFFIX.match(prose, close_at + 1):
        return False  # 报告(终稿).docx is a file name
    if re.search(HAN_CLASS, inner):
        return True
    if not inner.strip():
        return False  # () is code
    before = prose[open_at - 1] if open_at else ""
    if LATIN_OR_DIGIT.match(before or " "):
        return False  # ZX-2000(B), f(x): a Latin word owns the bracket
    left = view.left_char(open_at)
    right = view.right_char(close_at + 1)
    return is_chinese_char(left) or is_chinese_char(right) or (left is not None and left in OPENERS + CLOSERS)


def _lone_paren_is_chinese(doc, view: View, at: int) -> bool:
    prose = doc.prose
    marker = LIST_PAREN.match(prose, view.line_start(at))
    if prose[at] == ")" and marker and marker.end() == at + 1:
        return False  # "1)" as a list marker is the numbering rules' concern
    return is_chinese_char(view.left_char(at)) or is_chinese_char(view.right_char(at + 1))


def _straight_quotes(doc, view: View, keep):
    """Straight quotes that pair with each other: convert both halves to curly quotes.

    In a paragraph of straight quotes only, they pair in order. Where curly quotes are also
    present, the pairing of the quote analysis decides; a straight quote paired with a curly
    one is PU002's finding (mixed quotes), not this rule's.
    """
    prose = doc.prose
    if '"' not in prose and "'" not in prose:
        return
    for p_start, p_end in doc.paragraphs:
        segment = prose[p_start:p_end]
        for straight, curly_open, curly_close in (('"', "“", "”"), ("'", "‘", "’")):
            if straight not in segment:
                continue
            marks = [(i, k) for i, k in quote_marks(prose, p_start, p_end, straight, curly_open, curly_close)
                     if not inside(keep, i, i + 1)]
            straight_marks = [i for i, k in marks if k == "S"]
            if not straight_marks:
                continue
            if len(straight_marks) == len(marks):
                pairs = list(zip(straight_marks[0::2], straight_marks[1::2]))
                certain = len(straight_marks) % 2 == 0
                if not certain:
                    last = straight_marks[-1]
                    if chinese_context(view, last, last + 1) or re.search(HAN_CLASS, prose[last:p_end]):
                        yield Finding(last, last + 1,
                                      f"中文里用了半角引号{show(straight)}，且本段引号不成对，请改为全角引号")
            else:
                analysis = analyse_quotes(prose, marks)
                pairs = [(a, b) for a, b in analysis.pairs if prose[a] == prose[b] == straight]
                certain = analysis.consistent
            for first, second in pairs:
                inner = prose[first + 1:second]
                # Latin words in quotes count as Chinese only when the quotes touch Chinese text;
                # set off by spaces they are typeset the Western way on purpose.
                if not (re.search(HAN_CLASS, inner) or is_chinese_char(view.left_char(first, ""))
                        or is_chinese_char(view.right_char(second + 1, ""))):
                    continue
                safety = "safe" if certain else "unsafe"
                for at, full in ((first, curly_open), (second, curly_close)):
                    yield Finding(at, at + 1, f"中文里用了半角引号{show(straight)}，应为全角{show(full)}",
                                  suggestion=full, fix=Fix.replace(at, at + 1, full, safety))


def _full_stops(doc, view: View, widths, keep):
    prose = doc.prose
    if "." not in prose:
        return
    full, name = widths.get(".", ("。", "句号"))
    running: dict = {}
    for match in FULL_STOP.finditer(prose):
        at = match.start()
        before = prose[at - 1] if at else ""
        if not (is_han(before) or (before != "" and before in CLOSERS) or _chinese_figure_before(prose, at)):
            continue
        if inside(keep, at, at + 1):
            continue
        after = prose[at + 1] if at + 1 < len(prose) else ""
        if before in CHINESE_NUMERALS and after and after in CHINESE_NUMERALS:
            continue  # 三.五: a decimal written in Chinese numerals, not a sentence end
        heading = NUMERAL_DOT.match(prose, view.line_start(at))
        if heading and heading.end() == at + 1:
            continue
        j = view.step_right(at + 1, SPACES + CLOSERS + "\"'")
        closed = bool(re.match(f"[{SPACES}]*[{CLOSERS}\"']", prose[at + 1:at + 3]))
        if j is None:
            yield _finding(at, at + 1, ".", full, name)  # the end of a line or a quotation
        elif is_han(prose[j]) or prose[j] in OPENERS:
            # More Chinese follows: a sentence end in running text, but in a line without
            # other sentence marks it may separate a heading's parts (第一章.总则).
            yield _finding(at, at + 1, ".", full, name, safe=closed or _running(doc, view, at, running))


def _chinese_figure_before(prose: str, at: int) -> bool:
    """A percentage or a temperature ends the sentence (满意率达98.7%.): the figure closes a
    Chinese clause, as its first digit follows a Han character or a Chinese mark."""
    if at < 2 or prose[at - 1] not in UNIT_SIGNS:
        return False
    start = at - 1
    while start > 0 and prose[start - 1] in "0123456789.,":
        start -= 1
    return start < at - 1 and start > 0 and is_chinese_char(prose[start - 1])


def _running(doc, view: View, at: int, cache: dict) -> bool:
    """Does the paragraph hold other sentence marks than this full stop (running text)?"""
    paragraph = view.paragraph_at(at)
    if paragraph is None:
        return False
    if paragraph not in cache:
        text = doc.prose[paragraph[0]:paragraph[1]]
        marks = any(mark in text for mark in "，。；？！,;?!")
        cache[paragraph] = marks or len(re.findall(f"{HAN_CLASS}\\.", text)) > 1
    return cache[paragraph]


@rule(
    "PU007", "full-width-alphanumeric", "punctuation", "warning", "全角数字或全角拉丁字母",
    standard="GB/T 15835-2011（出版物上数字的用法）",
    bad=["２０２４年", "ＣＰＩ上涨", "Ｂ超检查"],
    good=["2024年", "CPI上涨", "ＸＸ同志", "第三节"],
    fixable=True,
)
def full_width_alphanumeric(doc, ctx):
    """Full-width digits and Latin letters (１２３, ＡＢＣ) typed with a Chinese input method.

    They are wider than their half-width forms, break searches and sorting (“２０２４” is not
    found when one searches for “2024”) and look uneven next to half-width numbers. GB/T
    15835-2011 writes Arabic numerals in their ordinary half-width form; full-width digits
    are an input-method artefact. The fix converts the run; a full-width point between
    full-width digits (３．１４) is converted with them. Runs of full-width Ｘ alone are left
    to the placeholder rules.
    """
    prose = doc.prose
    if not re.search("[０-９Ａ-Ｚａ-ｚ]", prose):
        return
    patterns = ctx.compiled("punctuation.keep_full_width", lambda: [
        compile_pattern(e["pattern"], f"[[keep_full_width]] entry {i}")
        for i, e in enumerate(ctx.data("punctuation").get("keep_full_width", []), 1) if e.get("pattern")
    ])
    for match in re.finditer("[０-９Ａ-Ｚａ-ｚ](?:[０-９Ａ-Ｚａ-ｚ]|．(?=[０-９]))*", prose):
        text = match.group()
        if any(p.search(text) for p in patterns):
            continue
        fixed = "".join(chr(ord(c) - 0xFEE0) for c in text)
        yield Finding(match.start(), match.end(), f"全角字符“{text}”应为半角“{fixed}”",
                      suggestion=fixed, fix=Fix.replace(match.start(), match.end(), fixed))
