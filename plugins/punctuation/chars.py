"""Character classes and context tests shared by the punctuation rules.

"Chinese context" is decided from the nearest readable neighbours of a mark: a Han character
or a full-width mark on either side makes the mark part of Chinese text. Quotes and brackets
are looked through (``“六项活动”,`` is judged by ``动``), Markdown syntax is looked through, and
code, URLs and e-mail addresses stop the search: they are never context.
"""

from __future__ import annotations

import bisect
import re

from checker import ConfigError, Document
from checker.patterns import OnDemand, on_demand

HAN_RANGES = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
HAN_CLASS = f"[{HAN_RANGES}]"

# Full-width marks that are themselves Chinese context (quotes and brackets are looked through).
CJK_MARKS = "，。、；：？！…—～·　"
OPENERS = "“‘（《〈【「『〔〖"
CLOSERS = "”’）》〉】」』〕〗"
QUOTES_AND_BRACKETS = OPENERS + CLOSERS + "\"'()[]"
# Everything the rules treat as Chinese punctuation (for spacing and "only punctuation changed").
FULL_WIDTH_PUNCT = "，。、；：？！“”‘’（）《》〈〉【】「」『』〔〕〖〗…—～·"
POINT_MARKS = "，。、；：？！"  # 点号: the marks of a pause
# A line ends a sentence or a block when its last character is one of these.
TERMINAL = "。？！；：…”’）》〉】」』〕〗.?!;:"

SPACES = " \t\u00a0\u3000"
LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9]")
TOKEN_CHAR = re.compile(r"[A-Za-z0-9._\-+%/]")

TRANSPARENT_REGIONS = ("markup", "list-marker", "html-comment", "directive")


def _spans(ranges: str) -> tuple[tuple[str, str], ...]:
    """``HAN_RANGES`` as (first, last) pairs: compared directly, they spare each run the
    milliseconds that compiling a class of all Han characters costs."""
    out, i = [], 0
    while i < len(ranges):
        if i + 2 < len(ranges) and ranges[i + 1] == "-":
            out.append((ranges[i], ranges[i + 2]))
            i += 3
        else:
            out.append((ranges[i], ranges[i]))
            i += 1
    return tuple(out)


HAN_SPANS = _spans(HAN_RANGES)


def is_han(char: str | None) -> bool:
    """Is the first character of ``char`` a Han character?"""
    if not char:
        return False
    first = char[0]
    return "\u4e00" <= first <= "\u9fff" or any(lo <= first <= hi for lo, hi in HAN_SPANS)


def has_han(text: str) -> bool:
    return any(is_han(char) for char in text)


def is_chinese_char(char: str | None) -> bool:
    """A Han character or a full-width mark that is not a quote or bracket."""
    return bool(char) and (is_han(char) or char in CJK_MARKS)


class View:
    """Neighbour lookups on ``doc.prose`` that see through Markdown syntax but not code/URLs."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.prose = doc.prose
        self.regions = list(doc.regions)
        self.starts = [r.start for r in self.regions]
        self._straight_roles: dict[int, str] | None = None
        self._paragraphs: list[tuple[int, int]] | None = None
        self._paragraph_starts: list[int] = []

    def line_start(self, offset: int) -> int:
        return self.doc.line_span(self.doc.line_of(offset))[0]

    def paragraph_at(self, offset: int) -> tuple[int, int] | None:
        if self._paragraphs is None:
            self._paragraphs = self.doc.paragraphs
            self._paragraph_starts = [p[0] for p in self._paragraphs]
        index = bisect.bisect_right(self._paragraph_starts, offset) - 1
        if index >= 0 and self._paragraphs[index][0] <= offset <= self._paragraphs[index][1]:
            return self._paragraphs[index]
        return None

    def straight_role(self, offset: int) -> str | None:
        """``open`` or ``close`` for a straight quote, pairing them in order within its
        paragraph; None when the paragraph holds an odd number of them."""
        if self._straight_roles is None:
            roles: dict[int, str] = {}
            prose = self.prose
            for start, end in self.doc.paragraphs:
                for quote in ('"', "'"):
                    found = [m.start() for m in re.finditer(quote, prose[start:end])]
                    found = [start + i for i in found if not (
                        quote == "'" and 0 < start + i < len(prose) - 1
                        and LATIN_OR_DIGIT.match(prose[start + i - 1]) and prose[start + i + 1].isalpha())]
                    if found and len(found) % 2 == 0:
                        for n, i in enumerate(found):
                            roles[i] = "open" if n % 2 == 0 else "close"
            self._straight_roles = roles
        return self._straight_roles.get(offset)

    def _region_at(self, offset: int):
        index = bisect.bisect_right(self.starts, offset) - 1
        if index >= 0 and self.regions[index].start <= offset < self.regions[index].end:
            return self.regions[index]
        return None

    def step_left(self, index: int, skip: str = SPACES) -> int | None:
        """Index of the nearest character left of ``index`` not in ``skip``; None at a line
        start or at code/URL text."""
        prose = self.prose
        j = index - 1
        while j >= 0:
            char = prose[j]
            if char == "\n":
                return None
            if char == "\0":
                region = self._region_at(j)
                if region is None or region.kind not in TRANSPARENT_REGIONS:
                    return None
                j = region.start - 1
                continue
            if char in skip:
                j -= 1
                continue
            return j
        return None

    def step_right(self, index: int, skip: str = SPACES) -> int | None:
        """Index of the nearest character at or after ``index`` not in ``skip``."""
        prose = self.prose
        j = index
        n = len(prose)
        while j < n:
            char = prose[j]
            if char == "\n":
                return None
            if char == "\0":
                region = self._region_at(j)
                if region is None or region.kind not in TRANSPARENT_REGIONS:
                    return None
                j = region.end
                continue
            if char in skip:
                j += 1
                continue
            return j
        return None

    def left_char(self, index: int, skip: str = SPACES) -> str | None:
        j = self.step_left(index, skip)
        return None if j is None else self.prose[j]

    def right_char(self, index: int, skip: str = SPACES) -> str | None:
        j = self.step_right(index, skip)
        return None if j is None else self.prose[j]

    def side(self, index: int, direction: int) -> str:
        """Classify what lies on one side of a mark: ``han`` (Chinese text), ``embedded`` (a
        Latin word or number glued to Chinese text on its far side), ``latin``, ``other`` or
        ``none`` (line edge, code, URL).

        ``index`` is the first character after the mark for ``direction=+1`` and the mark's
        own start for ``direction=-1``.
        """
        skip = SPACES + QUOTES_AND_BRACKETS
        j = self.step_right(index, skip) if direction > 0 else self.step_left(index, skip)
        if j is None:
            return "none"
        # Leaving a quotation or bracket (a closer on the right, an opener on the left) means
        # the mark belongs to the quoted words: what lies outside does not decide.
        lo, hi = (index, j) if direction > 0 else (j + 1, index)
        leaving = CLOSERS + ")]" if direction > 0 else OPENERS + "(["
        for k in range(lo, hi):
            char = self.prose[k]
            if char in leaving:
                return "none"
            if char in "\"'" and self.straight_role(k) == ("close" if direction > 0 else "open"):
                return "none"
        char = self.prose[j]
        if is_chinese_char(char):
            return "han"
        if not LATIN_OR_DIGIT.match(char):
            return "other"
        # Walk over the Latin word or number to its far end and look at what touches it.
        k = j
        if direction > 0:
            while k + 1 < len(self.prose) and TOKEN_CHAR.match(self.prose[k + 1]):
                k += 1
            beyond = self.prose[k + 1] if k + 1 < len(self.prose) else None
        else:
            while k - 1 >= 0 and TOKEN_CHAR.match(self.prose[k - 1]):
                k -= 1
            beyond = self.prose[k - 1] if k >= 1 else None
        return "embedded" if is_chinese_char(beyond) else "latin"


def chinese_context(view: View, start: int, end: int) -> bool:
    """Is the mark at ``[start, end)`` part of Chinese text?

    Chinese text on either side decides it. A Latin word or number glued to Chinese text
    (``你用过ChatGPT?``) counts too, unless the other side is plainly Latin (``参见Smith, J.``).
    """
    left = view.side(start, -1)
    right = view.side(end, +1)
    if left == "latin" and right == "han" and view.prose[end:end + 1] == " ":
        return False  # Thank you, Mr. Nguyen! 感谢阮总: an English sentence ends before the space
    if "han" in (left, right):
        return True
    if "embedded" in (left, right):
        other = right if left == "embedded" else left
        return other in ("none", "embedded")
    return False


def running_text(line: str, marks: str) -> bool:
    """A line of running prose holds at least one of the sentence marks in ``marks``."""
    return any(mark in line for mark in marks)


def compile_pattern(source: str, where: str, lazily: bool = False) -> re.Pattern | OnDemand:
    """Compile a pattern from a data file; a broken one is reported as the user's error.

    ``lazily``: check it now but compile it when first used (a pattern most drafts never
    need, such as an ellipsis form whose characters a draft lacks)."""
    try:
        return on_demand(source) if lazily else re.compile(source)
    except re.error as error:
        raise ConfigError(f"punctuation data, {where}: invalid pattern {source!r}: {error}") from None


class Spans:
    """Sorted spans with a quick "is this range covered?" test."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.longest = max((e - s for s, e in self.spans), default=0)

    def covers(self, start: int, end: int) -> bool:
        index = bisect.bisect_right(self.starts, start) - 1
        while index >= 0 and self.starts[index] >= start - self.longest:
            if self.spans[index][1] >= end:
                return True
            index -= 1
        return False


def keep_spans(doc: Document, entries: list[dict], ctx, key: str) -> Spans:
    """Spans of ``doc.prose`` covered by ``[[keep]]`` entries (phrases or patterns)."""

    def build():
        out = []
        for index, entry in enumerate(entries, 1):
            if entry.get("pattern"):
                out.append(compile_pattern(entry["pattern"], f"[[keep]] entry {index}"))
            elif entry.get("phrase"):
                out.append(re.compile(re.escape(entry["phrase"])))
            else:
                raise ConfigError(f"punctuation data, [[keep]] entry {index}: needs 'phrase' or 'pattern'")
        return out

    patterns = ctx.compiled(key, build)
    spans = []
    for pattern in patterns:
        spans.extend((m.start(), m.end()) for m in pattern.finditer(doc.prose) if m.end() > m.start())
    return Spans(spans)


def inside(spans: Spans, start: int, end: int) -> bool:
    """Does a kept span cover ``[start, end)``?"""
    return spans.covers(start, end)


def show(text: str) -> str:
    """Quote ``text`` for a message: “，” normally, 「”」 when it holds curly quotes itself."""
    if any(q in text for q in "“”‘’"):
        return f"「{text}」"
    return f"“{text}”"
