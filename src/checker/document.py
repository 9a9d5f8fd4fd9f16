"""The document a rule sees: normalised text, a line index, and which parts are prose.

Newlines are normalised to ``\\n`` so rules never meet ``\\r``; the places where the file had
``\\r\\n`` are remembered so fixes can be written back byte for byte. Parts that are not prose
(code, front matter, URLs, e-mail addresses, Markdown syntax) are listed as regions;
``Document.prose`` is the text with those regions blanked out (newlines kept) so that a rule's
offsets stay valid while it never matches inside them.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Callable, Iterator, NamedTuple, Sequence

MASK = "\0"  # never in a readable document: readers reject NUL bytes

# Patterns are kept as text and compiled (once, by re's cache) when a text holds the string
# every match needs: most drafts hold no address, and compiling these costs milliseconds.
URL_PATTERN = (
    r"(?:https?|ftp)://[^\s\u3000-\u303f\uff01-\uff5e\u4e00-\u9fff<>\"'“”‘’]+"
    r"|(?<![A-Za-z0-9_.@-])www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:/[^\s\u3000-\u303f\uff01-\uff5e\u4e00-\u9fff<>\"'“”]*)?"
)
# A suppression directive on a line of its own (see checker.suppress); never prose.
DIRECTIVE = (
    r"(?m)^[ \t\u3000]*(?:<!--|#|//|%)?[ \t]*checker-(disable-next-line|disable|enable)"
    r"(?:[ \t]+([A-Z0-9, \t]+?))?[ \t]*(?:-->)?[ \t]*$"
)
EMAIL_PATTERN = r"(?<![A-Za-z0-9_.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"


class Region(NamedTuple):
    """A span that is not prose; ``kind`` says what it is (``code``, ``url``, ``front-matter``…).

    A named tuple: readers make one per span of markup, and it is cheap to define.
    """

    start: int
    end: int
    kind: str


class Token(NamedTuple):
    """A word from the lazy tokenizer, with its offsets in ``Document.text`` (a named tuple)."""

    start: int
    end: int
    text: str


@dataclass(eq=False)
class Source:
    """How the document was stored, so a fix can be written back the same way."""

    encoding: str = "utf-8"
    bom: bool = False
    crlf_at: tuple[int, ...] = ()  # offsets in normalised text of newlines that were "\r\n"
    newline: str = "\n"  # the file's dominant newline, used for newlines a fix inserts
    raw: str = ""  # decoded text before newline normalisation


def normalise_newlines(raw: str) -> tuple[str, Source]:
    """Turn ``\\r\\n`` and lone ``\\r`` into ``\\n`` and remember where ``\\r\\n`` stood."""
    if "\r" not in raw:
        return raw, Source(raw=raw)
    out: list[str] = []
    crlf: list[int] = []
    lone_cr = 0
    pos = 0
    length = 0
    for match in re.finditer(r"\r\n?", raw):
        chunk = raw[pos:match.start()]
        out.append(chunk)
        length += len(chunk)
        if match.group() == "\r\n":
            crlf.append(length)
        else:
            lone_cr += 1
        out.append("\n")
        length += 1
        pos = match.end()
    out.append(raw[pos:])
    text = "".join(out)
    lf = text.count("\n") - len(crlf) - lone_cr
    newline = "\r\n" if len(crlf) >= max(lf, lone_cr) else ("\r" if lone_cr > lf else "\n")
    return text, Source(crlf_at=tuple(crlf), newline=newline, raw=raw)


class Document:
    """A checked file.

    ``line`` numbers are 1-based; ``column`` counts code points from 1. For formats without
    lines (``.docx``) a reader puts one paragraph per line and gives ``line_labels`` such as
    ``正文第12段`` for display. ``headings`` holds the offsets where a paragraph the file marks
    as a heading begins (a Markdown ``##`` line, a paragraph in a Word heading style): the
    structure a reader of the printed page sees, which plain text can only suggest.
    """

    def __init__(
        self,
        text: str,
        path: str = "<text>",
        *,
        regions: Sequence[Region] = (),
        paragraphs: Sequence[tuple[int, int]] | None = None,
        source: Source | None = None,
        line_labels: dict[int, str] | None = None,
        kind: str = "text",
        fixable: bool = True,
        headings: Sequence[int] = (),
    ) -> None:
        if "\r" in text:
            text, normalised = normalise_newlines(text)
            source = source or normalised
        self.text = text
        self.path = path
        self.kind = kind
        self.fixable = fixable
        self.source = source or Source(raw=text)
        self.line_labels = line_labels or {}
        self.headings = frozenset(headings)
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        found = list(regions) + list(_link_regions(text, regions))
        self.regions = _merge(found)
        self._region_starts = [r.start for r in self.regions]
        self._paragraphs = paragraphs
        self.tokenizer: Callable[[str], list[tuple[int, int, str]]] | None = None

    def detached(self) -> "Document":
        """A copy with what reports need (text, lines, regions, labels) and none of the caches.

        Rules cache their analyses per document (weakly keyed) and the document caches its
        prose and words; a run over thousands of files keeps a report per file, so each
        report holds this copy and the checked document, caches and all, is freed.
        """
        copy = Document.__new__(Document)
        for name in ("text", "path", "kind", "fixable", "source", "line_labels", "headings",
                     "line_starts", "regions", "_region_starts", "_paragraphs"):
            setattr(copy, name, getattr(self, name))
        copy.tokenizer = None
        return copy

    # --- lines and columns -------------------------------------------------------------

    @property
    def line_count(self) -> int:
        return len(self.line_starts)

    def line_of(self, offset: int) -> int:
        """The 1-based line holding ``offset``."""
        return bisect.bisect_right(self.line_starts, offset)

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and code-point column of ``offset``."""
        line = self.line_of(offset)
        return line, offset - self.line_starts[line - 1] + 1

    @cached_property
    def _astral_offsets(self) -> list[int]:
        return [m.start() for m in re.finditer("[\U00010000-\U0010FFFF]", self.text)]

    def utf16_column(self, offset: int) -> int:
        """1-based column of ``offset`` in UTF-16 code units, as SARIF and LSP count."""
        line = self.line_of(offset)
        start = self.line_starts[line - 1]
        astral = self._astral_offsets
        wide = bisect.bisect_left(astral, offset) - bisect.bisect_left(astral, start) if astral else 0
        return offset - start + wide + 1

    def line_span(self, line: int) -> tuple[int, int]:
        """Start and end offsets of a 1-based line, without its newline."""
        start = self.line_starts[line - 1]
        end = self.line_starts[line] - 1 if line < len(self.line_starts) else len(self.text)
        return start, end

    def line_text(self, line: int) -> str:
        start, end = self.line_span(line)
        return self.text[start:end]

    def lines(self) -> Iterator[tuple[int, int, int, str]]:
        """Yield ``(line_number, start, end, text)`` for every line."""
        return iter(self._line_table)

    @cached_property
    def _line_table(self) -> list[tuple[int, int, int, str]]:
        """Every line, sliced once: a dozen rules walk the lines of each document."""
        table = []
        for number in range(1, len(self.line_starts) + 1):
            start, end = self.line_span(number)
            table.append((number, start, end, self.text[start:end]))
        return table

    def offset(self, line: int, column: int) -> int:
        """Offset of a 1-based line and code-point column."""
        return self.line_starts[line - 1] + column - 1

    # --- prose and regions -------------------------------------------------------------

    @cached_property
    def prose(self) -> str:
        """The text with every non-prose region blanked to NUL (newlines kept)."""
        if not self.regions:
            return self.text
        parts: list[str] = []
        pos = 0
        for region in self.regions:
            parts.append(self.text[pos:region.start])
            hidden = self.text[region.start:region.end]
            parts.append(re.sub(r"[^\n]", MASK, hidden))
            pos = region.end
        parts.append(self.text[pos:])
        return "".join(parts)

    def regions_of(self, *kinds: str) -> list[Region]:
        return [r for r in self.regions if r.kind in kinds]

    def is_prose(self, start: int, end: int | None = None) -> bool:
        """True when no part of ``[start, end)`` lies in a non-prose region."""
        end = start + 1 if end is None else end
        index = bisect.bisect_right(self._region_starts, start) - 1
        for region in self.regions[max(index, 0):]:
            if region.start >= end:
                break
            if region.end > start and region.start < end:
                return False
        return True

    @property
    def paragraphs(self) -> list[tuple[int, int]]:
        """``(start, end)`` of each paragraph; by default every non-blank line is one.

        Chinese drafts in plain text put one paragraph on a line; the Markdown reader joins
        soft-wrapped lines instead.
        """
        if self._paragraphs is None:
            self._paragraphs = [
                (start, end) for _, start, end, text in self.lines() if text.strip()
            ]
        return list(self._paragraphs)

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p[0] for p in self.paragraphs]

    def paragraph_of(self, offset: int) -> tuple[int, int] | None:
        paragraphs = self.paragraphs
        index = bisect.bisect_right(self._paragraph_starts, offset) - 1
        if index >= 0 and paragraphs[index][0] <= offset <= paragraphs[index][1]:
            return paragraphs[index]
        return None

    # --- tokens (lazy) -----------------------------------------------------------------

    @cached_property
    def tokens(self) -> list[Token]:
        """Words of the prose, built on first use by the engine's tokenizer (spaCy + jieba)."""
        if self.tokenizer is None:
            from .nlp import default_tokenizer

            self.tokenizer = default_tokenizer()
        return [Token(s, e, t) for s, e, t in self.tokenizer(self.prose)]

    def tokens_between(self, start: int, end: int) -> list[Token]:
        tokens = self.tokens
        starts = [t.start for t in tokens]
        lo = bisect.bisect_left(starts, start)
        out = []
        for token in tokens[lo:]:
            if token.start >= end:
                break
            out.append(token)
        return out

    # --- writing back ------------------------------------------------------------------

    def raw_offset(self, offset: int) -> int:
        """Offset in the decoded file text (before newline normalisation)."""
        return offset + bisect.bisect_left(self.source.crlf_at, offset)


def _link_regions(text: str, existing: Sequence[Region]) -> Iterator[Region]:
    """URLs, e-mail addresses and directive lines anywhere in the text are not prose."""
    if "checker-" in text:
        for match in re.finditer(DIRECTIVE, text):
            yield Region(match.start(), match.end(), "directive")
    for pattern, kind, needs in ((URL_PATTERN, "url", ("://", "www.")), (EMAIL_PATTERN, "email", ("@",))):
        if not any(word in text for word in needs):
            continue
        for match in re.finditer(pattern, text):
            end = match.end()
            while end > match.start() and text[end - 1] in ".,;:!?)]'\"":
                end -= 1
            yield Region(match.start(), end, kind)


def _merge(regions: list[Region]) -> list[Region]:
    """Sort regions and drop any nested inside an earlier one (the outer kind wins)."""
    out: list[Region] = []
    for region in sorted(regions, key=lambda r: (r.start, -r.end)):
        if region.end <= region.start:
            continue
        if out and region.start < out[-1].end:
            if region.end > out[-1].end:
                out[-1] = Region(out[-1].start, region.end, out[-1].kind)
            continue
        out.append(region)
    return out
