"""Character classes and the look-around the placeholder rules share.

All functions take the prose (``Document.prose``: non-prose regions are NUL) and offsets into
it; none of them looks past the end of the current line.
"""

from __future__ import annotations

import re

MASK = "\0"
SPACES = " \t\u3000\u00a0"
# Quotes, brackets and masked Markdown syntax sit between a marker and its Chinese context
# (“XX”的总体目标, 《XX管理…》, **XX**同志) without changing what the marker is.
TRANSPARENT = frozenset("“”‘’\"'「」『』《》〈〉【】（）()[]［］〔〕〖〗" + MASK)
CLOSERS = frozenset("”’」』》〉】）)]］〕〗\"'" + MASK)
# Joiners inside Latin tokens: X-ray, X.509, 1+X, X/Open.
CONNECTORS = frozenset("-_./:&@#+＋=")
# Check marks pair with × as right/wrong marks (√×, ✓/✗), not as placeholders.
MARKS = frozenset("√✓✔✗✘")
QUOTE_WINDOW = 300
QUOTE_MARKS = re.compile('[“”「」『』‘’"]')
CLAUSE_ENDS = frozenset("。！？；：，“‘「『（(!?;:," + MASK)
QUOTE_PAIRS = {"“": "”", "「": "」", "『": "』", "‘": "’"}
QUOTE_CLOSERS = {close: open_ for open_, close in QUOTE_PAIRS.items()}


def is_han(ch: str) -> bool:
    """A Chinese character (CJK unified ideographs, extension A, compatibility, 〇)."""
    if not ch:
        return False
    code = ord(ch)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x3FFFF
        or ch == "〇"
    )


def is_cjk_punct(ch: str) -> bool:
    """Chinese punctuation: the CJK symbols block and full-width punctuation (not letters)."""
    if not ch:
        return False
    code = ord(ch)
    if 0x3000 <= code <= 0x303F:
        return True
    if 0xFF01 <= code <= 0xFF65:
        return not (is_digit(ch) or "Ａ" <= ch <= "Ｚ" or "ａ" <= ch <= "ｚ")
    return ch in "“”‘’—…·"


def is_chinese(ch: str) -> bool:
    return is_han(ch) or is_cjk_punct(ch)


def is_digit(ch: str) -> bool:
    return bool(ch) and ("0" <= ch <= "9" or "０" <= ch <= "９")


def is_latin(ch: str) -> bool:
    """A letter or digit of Latin text: ASCII, full-width, accented Latin, Roman numerals."""
    if not ch:
        return False
    return (
        ch.isascii() and ch.isalnum()
        or is_digit(ch)
        or "Ａ" <= ch <= "Ｚ" or "ａ" <= ch <= "ｚ"
        or "\u00c0" <= ch <= "\u024f" and ch.isalpha()
        or "\u2160" <= ch <= "\u217f"
    )


def char_at(text: str, index: int) -> str:
    """The character at ``index``; empty outside the text or across a line break."""
    if 0 <= index < len(text) and text[index] != "\n":
        return text[index]
    return ""


def latin_beside(text: str, index: int, step: int) -> bool:
    """Is Latin text (a letter or digit) right beside a span, across spaces or a joiner?

    ``index`` is the first character outside the span (``start - 1`` with ``step=-1``,
    ``end`` with ``step=1``). ``iPhone X``, ``X5``, ``3 × 4``, ``X-ray`` and ``1+X`` all
    have Latin text beside the marker.
    """
    ch = char_at(text, index)
    if is_latin(ch) or ch in MARKS:
        return True
    if ch and ch in CONNECTORS:
        after = char_at(text, index + step)
        return is_latin(after) or after in MARKS
    while ch and ch in SPACES:
        if ch == "\t":
            return False  # a table's cell ends there: the next cell is not beside it
        index += step
        ch = char_at(text, index)
    return is_latin(ch)


def context_char(text: str, index: int, step: int) -> str:
    """The nearest character from ``index`` in direction ``step`` that is not a quote, bracket,
    space or masked syntax, within the line; empty at the line's end."""
    ch = char_at(text, index)
    limit = 8
    while ch and (ch in TRANSPARENT or ch in SPACES) and limit:
        index += step
        ch = char_at(text, index)
        limit -= 1
    return ch


def in_chinese_context(text: str, start: int, end: int) -> bool:
    """Chinese text (a character or Chinese punctuation) stands next to the span."""
    return is_chinese(context_char(text, start - 1, -1)) or is_chinese(context_char(text, end, 1))


def line_bounds(text: str, start: int, end: int | None = None,
                window: int | None = None) -> tuple[int, int]:
    """Start and end of the line around a span; with ``window``, at most that many
    characters either side (so a rule stays linear on a file that is one huge line)."""
    end = start if end is None else end
    lo = 0 if window is None else max(0, start - window)
    hi = len(text) if window is None else min(len(text), end + window)
    line_start = text.rfind("\n", lo, start)
    line_end = text.find("\n", end, hi)
    return (lo if line_start < 0 else line_start + 1), (hi if line_end < 0 else line_end)


def enclosing_quote(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Offsets of the opening and closing quote marks around ``[start, end)`` on its line.

    Chinese quotes (“”, 「」, 『』, ‘’) nest; ASCII double quotes are paired by counting.
    A quotation is looked for within ``QUOTE_WINDOW`` characters of the span.
    """
    line_start, line_end = line_bounds(text, start, end, QUOTE_WINDOW)
    stack: list[tuple[int, str]] = []
    ascii_open = -1
    for mark in QUOTE_MARKS.finditer(text, line_start, start):
        ch, offset = mark.group(), mark.start()
        if ch in QUOTE_PAIRS:
            stack.append((offset, ch))
        elif ch in QUOTE_CLOSERS:
            if stack and stack[-1][1] == QUOTE_CLOSERS[ch]:
                stack.pop()
        else:
            ascii_open = offset if ascii_open < 0 else -1
    if stack:
        open_at, opener = stack[-1]
        close_at = text.find(QUOTE_PAIRS[opener], end, line_end)
        if close_at >= 0:
            return open_at, close_at
    if ascii_open >= 0:
        close_at = text.find('"', end, line_end)
        if close_at >= 0:
            return ascii_open, close_at
    return None


def quoted_example(text: str, start: int, end: int, cues: tuple[str, ...]) -> bool:
    """The span sits in a quotation held up as an example: 不要写成“××同志”, “XX”字样."""
    quote = enclosing_quote(text, start, end)
    if quote is None or not cues:
        return False
    open_at, close_at = quote
    line_start, line_end = line_bounds(text, open_at, close_at + 1, 8)
    before = text[max(line_start, open_at - 8):open_at]
    after = text[close_at + 1:min(line_end, close_at + 7)]
    return any(cue in before or cue in after for cue in cues)


QUOTED_NAME_LONGEST = 12  # characters: a campaign's or a brand's name in quotes is short


def quoted_name(text: str, start: int, end: int, nouns: tuple[str, ...]) -> bool:
    """The span sits in a short quotation without a clause break, before a word such as 比赛
    or 活动, or ending in one: the name of a campaign or a brand (开展“书记讲党课”比赛, 举办
    “书记讲堂”4期), not someone's words (正如“同志多次强调”的那样)."""
    quote = enclosing_quote(text, start, end)
    if quote is None or not nouns:
        return False
    inside = text[quote[0] + 1:quote[1]]
    return (len(inside) <= QUOTED_NAME_LONGEST and not any(mark in inside for mark in "，,。；;！!？?：:")
            and (text.startswith(nouns, quote[1] + 1) or inside.endswith(nouns)))


def reported_speech(text: str, start: int, end: int, verbs: tuple[str, ...]) -> bool:
    """The span sits in a quotation of someone's words: 他说：“某某同志…”."""
    quote = enclosing_quote(text, start, end)
    if quote is None:
        return False
    open_at = quote[0]
    line_start, _ = line_bounds(text, open_at, open_at, 8)
    before = text[max(line_start, open_at - 8):open_at].rstrip(SPACES)
    if before.endswith(("：", ":")):
        return True
    before = before.rstrip("，,")
    return any(before.endswith(verb) for verb in verbs)


def opens_clause(text: str, start: int) -> bool:
    """Nothing but spaces stands between ``start`` and the start of its line or the
    punctuation that ends a clause (。！？；：，, an opening quote or bracket)."""
    index = start - 1
    while char_at(text, index) in SPACES and char_at(text, index):
        index -= 1
    ch = char_at(text, index)
    return not ch or ch in CLAUSE_ENDS
