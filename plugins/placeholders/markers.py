"""PH001: X / XX / × / ○○ markers a template left for the writer to fill in."""

from __future__ import annotations

import bisect
import re
from typing import Iterator

from checker import Finding, rule

from .data import MarkerData, fold_letters, marker_data
from .text import (
    CLOSERS, SPACES, char_at, in_chinese_context, is_digit, is_han, is_latin, latin_beside,
    line_bounds, quoted_example,
)

# 20XX年, 202X年, 19XX: a four-digit year whose last digits were never filled in.
YEAR_PREFIX = re.compile(r"(?<![0-9０-９])(?:1[89]|20|１[８９]|２０)[0-9０-９]{0,2}$")
ALLOW_REACH = 32  # allowed spans starting at most this many positions before a marker
CHINESE_NUMERALS = frozenset("〇零一二三四五六七八九十两")
PUNCT = frozenset("，。、；：！？“”‘’（）《》【】,.;:!?()[]<>…—·\"'")


@rule(
    "PH001", "placeholder-marker", "placeholder", "error",
    "未填写的占位符（XX同志、X月X日、×个、五个X建设）",
    bad=[
        "请XX同志发言。",
        "X月X日，我们召开了专项述职会。",
        "分×个组开展督查，覆盖率达到×%。",
        "立足五个X建设，X区党委统筹推进。",
        "今天以此作为20XX年度第二次例会的主题。",
        "○○同志作了发言。",
    ],
    good=[
        "拍X线片，做X光检查。",
        "大棚按8米×60米建设，配件规格3×4。",
        "新购iPhone X手机和宝马X5各一台。",
        "服装尺码从S到XXL，第XII届运动会。",
        "PM2.5浓度下降，推行“1+X”证书制度。",
        "二〇〇八年，打√或打×。",
    ],
)
def placeholder_marker(doc, ctx) -> Iterator[Finding]:
    """Template drafts mark with X, XX, ×, ○○ or ** what the writer must fill in: a name
    (XX同志), a number (×个, ×%), a date (X月X日, 20XX年), a place or a slogan (X区党委,
    五个X建设). A draft that goes out with a mark still in it is read aloud as it stands.

    A marker counts when it stands in Chinese text — next to Chinese characters, Chinese
    punctuation, quotes or brackets — and not when it is part of Latin text or a number:
    ``X5``, ``iPhone X``, ``XXL``, ``XII``, ``3×4``, ``1×2米``, ``X-ray`` and ``1+X`` are left
    alone, as are the terms in ``rulesets/placeholders.toml`` ``[[allow]]`` (X光, X线片,
    X染色体, X轴, X型…). A single lower-case x counts only where a number or a name is due
    (x个, x月x日, 第x条). A marker in quotation marks that a sentence holds up as an example
    (不要写成“××”) is left alone.

    The message names what is missing, read from the words around the marker (数字, 日期,
    姓名, 名称…). Phrases a project accepts go under ``[rules.PH001] allow = ["第X条"]``.
    """
    data = marker_data(ctx)
    prose = doc.prose
    if not _has_marker(prose, data):
        return
    folded = fold_letters(prose)
    allowed = _allowed_spans(folded, data)
    composites = _composite_runs(prose, data)

    for match in data.run.finditer(prose):
        finding = _check_run(prose, match.start(), match.end(), data, allowed, composites)
        if finding is not None:
            yield finding
    for symbol in data.symbols:
        if symbol.char not in prose:
            continue
        emphasis = _emphasis_runs(prose, symbol.char) if symbol.char in "*＊" else set()
        for match in symbol.pattern.finditer(prose):
            start, end = match.span()
            if (start, end) in emphasis:
                continue
            finding = _check_symbol(prose, start, end, symbol.not_near, data, allowed)
            if finding is not None:
                yield finding


def _has_marker(prose: str, data: MarkerData) -> bool:
    chars = set(data.letters + data.lower + data.times) | {s.char for s in data.symbols}
    return any(c in prose for c in chars)


def _allowed_spans(folded: str, data: MarkerData) -> list[tuple[int, int]]:
    if data.allow is None:
        return []
    return [(m.start(), m.start() + len(m.group(1))) for m in data.allow.finditer(folded)]


def _is_allowed(start: int, end: int, allowed: list[tuple[int, int]]) -> bool:
    """Does an allowed term's occurrence cover the span? ``allowed`` is sorted by start, and
    no term is longer than ``ALLOW_REACH`` characters, so only a few spans are looked at."""
    index = bisect.bisect_right(allowed, (start, 1 << 62))
    for s, e in allowed[max(0, index - ALLOW_REACH):index]:
        if s <= start and end <= e:
            return True
    return False


def _composite_runs(prose: str, data: MarkerData) -> dict[int, tuple[str, str]]:
    """Marker runs inside a date, time or decimal (20XX-XX-XX, X:00, X.X%), by start offset,
    with the kind and the whole expression."""
    found: dict[int, tuple[str, str]] = {}
    markers = data.letters + data.lower
    for kind, pattern in data.composites:
        for match in pattern.finditer(prose):
            text = match.group()
            if not any(c in markers for c in text) or not any(c in "0123456789-/.:：" for c in text):
                continue
            start, end = match.span()
            if latin_beside(prose, start - 1, -1) or latin_beside(prose, end, 1):
                continue
            if not in_chinese_context(prose, start, end):
                continue
            for run in data.run.finditer(prose, start, end):
                found.setdefault(run.start(), (kind, text))
    return found


def _check_run(prose: str, start: int, end: int, data: MarkerData,
               allowed: list[tuple[int, int]],
               composites: dict[int, tuple[str, str]]) -> Finding | None:
    run = prose[start:end]
    if start in composites:
        kind, expression = composites[start]
        if _is_allowed(start, end, allowed) or quoted_example(prose, start, end, data.example_cues):
            return None
        return Finding(start, end, _message(kind, run, expression))
    year = _year_prefix(prose, start, end)
    phone = end - start >= 4 and AREA_CODE.search(prose, max(0, start - 6), start) is not None
    if year is None and not phone:  # 0571-××××××××: a telephone number left to fill
        if latin_beside(prose, start - 1, -1) or latin_beside(prose, end, 1):
            return None  # iPhone X, X5, XXL, XII, 3×4, 1+X
        if all(c in data.times for c in run) and char_at(prose, end) in CHINESE_NUMERALS:
            return None  # 三米×四米: a product written in Chinese numerals
        if all(c in data.times for c in run) and data.measured is not None \
                and data.measured.search(prose, max(0, start - 12), start):
            return None  # 1.2米×门面宽度: a length times what the sentence names
        if not in_chinese_context(prose, start, end) and not _alone_in_chinese_draft(prose, start, end, data):
            return None
    if _is_allowed(start, end, allowed) or _part_of_a_formula(prose, start, end):
        return None
    if year is not None:
        kind, slot_text, strong = "年份", year + run + _next_han(prose, end), True
    else:
        kind, slot_text, strong = _classify(prose, start, end, data)
    if len(run) == 1 and run in data.lower and not strong:
        return None  # a lone x outside a number or name slot is likely a variable
    if quoted_example(prose, start, end, data.example_cues):
        return None
    return Finding(start, end, _message(kind, run, slot_text))


def _check_symbol(prose: str, start: int, end: int, not_near: str, data: MarkerData,
                  allowed: list[tuple[int, int]]) -> Finding | None:
    before, after = char_at(prose, start - 1), char_at(prose, end)
    if not_near and (before and before in not_near or after and after in not_near):
        return None  # 二〇〇八年: a zero inside a Chinese numeral
    if latin_beside(prose, start - 1, -1) or latin_beside(prose, end, 1):
        return None  # 2**3
    line_start, line_end = line_bounds(prose, start, end, 64)
    if not prose[line_start:line_end].replace(prose[start], "").strip(SPACES):
        return None  # a rule line: ***** or □□□□ on its own
    if not in_chinese_context(prose, start, end) or _is_allowed(start, end, allowed):
        return None
    if quoted_example(prose, start, end, data.example_cues):
        return None
    kind, slot_text, _ = _classify(prose, start, end, data)
    return Finding(start, end, _message(kind, prose[start:end], slot_text))


# An area code and its dash right before a run of markers: 0571-××××××××.
AREA_CODE = re.compile(r"(?<![0-9])0[0-9]{2,3}[-－—]\Z")


def _part_of_a_formula(prose: str, start: int, end: int) -> bool:
    """“X”是指…… in a draft that names a “1+X” model: the quoted letter is the formula's part,
    explained, not a blank."""
    if char_at(prose, start - 1) != "“" or char_at(prose, end) != "”":
        return False
    run = re.escape(prose[start:end])
    return re.search(rf"[0-9A-Za-z][+＋]{run}(?![A-Za-z])|(?<![A-Za-z]){run}[+＋][0-9]", prose) is not None


def _alone_in_chinese_draft(prose: str, start: int, end: int, data: MarkerData) -> bool:
    """A line holding nothing but the marker (a signature ``XXX`` under a Chinese draft), or
    a table cell of a Chinese row (责任单位 ``XXX`` between tabs or ``|``)."""
    if end - start < 2 or any(c in data.lower for c in prose[start:end]):
        return False
    line_start, line_end = line_bounds(prose, start, end, 64)
    line = prose[line_start:line_end]
    if line.strip(SPACES + "\0") != prose[start:end]:
        cell_start = max(line.rfind(mark, 0, start - line_start) for mark in CELL_MARKS) + 1
        cell_ends = [i for i in (line.find(mark, end - line_start) for mark in CELL_MARKS) if i >= 0]
        cell = line[cell_start:min(cell_ends, default=len(line))]
        return cell_start > 0 and cell.strip(SPACES) == prose[start:end] and any(is_han(c) for c in line)
    return any(is_han(c) for c in prose[max(0, line_start - 200):line_start])


CELL_MARKS = ("\t", "|", "｜")


def _year_prefix(prose: str, start: int, end: int) -> str | None:
    """The digits of a four-digit year before the marker (``20`` in 20XX年), or None."""
    if not is_digit(char_at(prose, start - 1)):
        return None
    line_start = prose.rfind("\n", 0, start) + 1
    match = YEAR_PREFIX.search(prose[max(line_start, start - 5):start])
    if match is None or len(match.group()) + (end - start) != 4:
        return None
    if is_latin(char_at(prose, end)):
        return None
    return match.group()


def _next_han(prose: str, end: int) -> str:
    ch = char_at(prose, end)
    return ch if is_han(ch) else ""


def _classify(prose: str, start: int, end: int, data: MarkerData) -> tuple[str, str, bool]:
    """The kind of word a marker stands for, the text that tells it, and whether it is a
    strong slot (a number, date, ordinal or name).

    Slots are tried in the data file's order; within a slot a word before the marker wins
    over one after it, and a longer word over a shorter one.
    """
    run = prose[start:end]
    after_at = end
    while char_at(prose, after_at) in CLOSERS and char_at(prose, after_at):
        after_at += 1  # “XX”精神: look past the closing quote
    best: tuple[int, int, str, int] | None = None  # (slot, order, word, where)
    for word, index in data.before_words:
        if start >= len(word) and prose.startswith(word, start - len(word)):
            best = (index, 0, word, start)
            break
    for order, at in ((1, end), (2, after_at)):
        for word, index in data.after_words.get(char_at(prose, at), ()):
            if prose.startswith(word, at):
                if best is None or (index, order) < best[:2]:
                    best = (index, order, word, at)
                break
    if best is None:
        return "", run, False
    index, order, word, at = best
    slot = data.slots[index]
    if order == 0:
        return slot.kind, word + run + _next_han(prose, end), slot.strong
    kind = slot.kind
    if (kind == "年份" and end - start == 1 and not _year_follows(prose, at + len(word))
            and char_at(prose, start - 1) not in CHINESE_NUMERALS):
        kind = "数字"  # 连续X年: a count of years, not a year
    return kind, prose[start:at + len(word)], slot.strong


def _year_follows(prose: str, index: int) -> bool:
    """A month follows (X年X月): the single X before 年 was a year."""
    tail = prose[index:index + 4]
    return bool(re.match(r"[^\n，。；]{1,2}月", tail))


def _message(kind: str, run: str, slot_text: str) -> str:
    if not kind:
        return f"未填写的占位符“{run}”"
    if slot_text == run:
        return f"未填写的{kind}占位符“{run}”"
    return f"未填写的{kind}占位符“{run}”（“{slot_text}”）"


def _emphasis_runs(prose: str, star: str) -> set[tuple[int, int]]:
    """Asterisk runs that pair up as Markdown emphasis on one line (**重点**), so they are
    markup in a plain-text file, not stand-ins for a name."""
    paired: set[tuple[int, int]] = set()
    pattern = re.compile(re.escape(star) + "+")
    for line_match in re.finditer(r"[^\n]+", prose):
        runs = [(m.start() + line_match.start(), m.end() + line_match.start())
                for m in pattern.finditer(line_match.group())]
        index = 0
        while index < len(runs) - 1:
            opening, closing = runs[index], runs[index + 1]
            inner = prose[opening[1]:closing[0]]
            if (opening[1] - opening[0] == closing[1] - closing[0] and inner
                    and inner[0] not in SPACES and inner[-1] not in SPACES
                    and inner[0] not in PUNCT and inner[-1] not in PUNCT):
                paired.update((opening, closing))
                index += 2
            else:
                index += 1
    return paired
