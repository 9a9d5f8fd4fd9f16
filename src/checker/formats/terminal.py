"""The default terminal output: grouped by file, each finding under its source text.

Long Chinese paragraphs are shown as a window around the finding, and the caret is measured
in terminal cells, so it sits under the exact characters even after double-width CJK text.

Each line is built as styled spans. In colour (a terminal) each span is wrapped in the
escape codes of its rich style, exactly as rich's console writes a styled segment but without
its layout machinery, which cost a report over an archive several times the checking itself.
Without colour (a pipe, a pre-commit hook, ``NO_COLOR``, ``--no-color``) the spans are joined
as they are, and rich is not imported at all. Control characters a draft carries are dropped
from what is shown either way: a stray escape or carriage return in a scraped page must not
reach the editor's terminal.
"""

from __future__ import annotations

import io
import unicodedata
from collections import Counter
from typing import Iterable, Iterator

from ..finding import Finding
from . import FileReport, Report

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
LABEL = {"error": "错误", "warning": "警告", "info": "提示"}
CONTEXT_CELLS = 36  # cells of context shown on each side of a finding
_CONTROLS = dict.fromkeys([*range(0x20), *range(0x7F, 0xA0)])
_ZERO_WIDTH = {"Mn", "Me", "Mc", "Cf", "Zl", "Zp", "Cc"}

Span = tuple[str, str]  # text and a rich style ("" for none)


def char_width(char: str) -> int:
    """Terminal cells one character takes: 2 for wide and fullwidth characters (every Han
    character, full-width punctuation), 0 for marks, format and control characters."""
    width = _WIDTHS.get(char)
    if width is None:
        if char < "\u0300":  # ASCII and Latin-1: one cell, or none for a control
            width = int(char >= " " and not "\x7f" <= char < "\xa0")
        elif unicodedata.category(char) in _ZERO_WIDTH:
            width = 0
        else:
            width = 2 if unicodedata.east_asian_width(char) in "WF" else 1
        _WIDTHS[char] = width
    return width


_WIDTHS: dict[str, int] = {}  # a report shows a few thousand distinct characters at most


def cell_width(text: str) -> int:
    """Terminal cells ``text`` takes."""
    return sum(map(char_width, text))


def _context(line: str, start: int, end: int) -> tuple[int, int]:
    """How far the shown window reaches left of ``start`` and right of ``end``: as many
    characters as fit in ``CONTEXT_CELLS`` cells on each side, counted one character at a
    time (re-measuring the growing window would cost its length squared)."""
    left, width = start, 0
    while left > 0:
        width += char_width(line[left - 1])
        if width > CONTEXT_CELLS:
            break
        left -= 1
    right, width = end, 0
    while right < len(line):
        width += char_width(line[right])
        if width > CONTEXT_CELLS:
            break
        right += 1
    return left, right


class _Plain:
    """Lines as plain text."""

    def __init__(self) -> None:
        self.buffer = io.StringIO()

    def line(self, *spans: Span) -> None:
        self.buffer.write("".join(text for text, _ in spans).translate(_CONTROLS) + "\n")


class _Colored(_Plain):
    """Lines styled with rich's styles, each span written as rich writes a styled segment.

    ``Console.print`` costs some fifty microseconds a line whatever its length, several times
    what checking the line costs; the spans here need no layout (no wrapping, no markup), so
    each is wrapped in the SGR codes rich gives its style, once per style."""

    def __init__(self) -> None:
        super().__init__()
        from rich.color import ColorSystem
        from rich.style import Style

        def codes(style: str) -> tuple[str, str]:
            sample = Style.parse(style).render("\0", color_system=ColorSystem.STANDARD)
            before, _, after = sample.partition("\0")
            return before, after

        self._codes = codes
        self._styles: dict[str, tuple[str, str]] = {}

    def line(self, *spans: Span) -> None:
        parts = []
        for text, style in spans:
            text = text.translate(_CONTROLS)
            if not text:
                continue
            if style:
                around = self._styles.get(style)
                if around is None:
                    around = self._styles[style] = self._codes(style)
                text = around[0] + text + around[1]
            parts.append(text)
        self.buffer.write("".join(parts) + "\n")


def stream(files: Iterable[FileReport], report: Report) -> Iterator[str]:
    """Each file's block as soon as it is checked, then the statistics and the summary."""
    options = report.options
    out = _Colored() if options.get("color") else _Plain()
    quiet = options.get("quiet")
    tally = _Tally()
    for file in files:
        tally.add(file)
        if file.error:
            out.line((file.path, "bold"), (": ", ""), (file.error, "red"))
        elif file.findings:
            if not quiet:
                out.line((file.path, "bold underline"))
            for finding in file.findings:
                _print_finding(out, file, finding, quiet)
            if not quiet:
                out.line()
        if out.buffer.tell():
            yield _take(out.buffer)
    if options.get("statistics"):
        _print_statistics(out, tally)
    if not quiet:
        _print_summary(out, tally)
    for warning in report.warnings:
        out.line(("warning:", "yellow"), (f" {warning}", ""))
    yield _take(out.buffer)


def render(report: Report) -> str:
    return "".join(stream(report.files, report))


def _take(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


class _Tally:
    """The counts the summary and ``--statistics`` need, kept while the findings go by."""

    def __init__(self) -> None:
        self.files = self.errors = self.fixed = self.safe = 0
        self.by_severity: Counter[str] = Counter()
        self.by_rule: Counter[str] = Counter()
        self.fixable: Counter[str] = Counter()
        self.names: dict[str, str] = {}

    def add(self, file: FileReport) -> None:
        self.files += 1
        self.errors += bool(file.error)
        self.fixed += file.fixed
        for finding in file.findings:
            rule_id = finding.rule.id
            self.by_severity[finding.severity] += 1
            self.by_rule[rule_id] += 1
            self.names[rule_id] = finding.rule.name
            if finding.fix is not None:
                self.fixable[rule_id] += 1
                self.safe += finding.fix.safety == "safe"

    @property
    def findings(self) -> int:
        return sum(self.by_rule.values())


def _print_finding(out: _Plain, file: FileReport, finding: Finding, quiet: bool) -> None:
    document = file.document
    where = f"{finding.line}:{finding.column}"
    if document is not None and finding.line in document.line_labels:
        where += f" ({document.line_labels[finding.line]})"
    style = STYLE[finding.severity]
    head: list[Span] = [
        (f"{where:>7}", "dim"), ("  ", ""), (LABEL[finding.severity], style), ("  ", ""),
        (finding.rule.id, "bold"), (f" {finding.message}  ", ""), (finding.rule.name, "dim"),
    ]
    if quiet:
        out.line((f"{finding.path}:", ""), *head)
        return
    out.line(("  ", ""), *head)
    if document is None:
        return
    line_start, line_end = document.line_span(finding.line)
    line = document.text[line_start:line_end].replace("\t", " ")
    start = finding.column - 1
    end = len(line) if finding.end_line > finding.line else max(finding.end_column - 1, start)
    if end == start:
        end = min(start + 1, len(line))
    left, right = _context(line, start, end)
    prefix = ("…" if left > 0 else "") + line[left:start]
    shown = prefix + line[start:end] + line[end:right] + ("…" if right < len(line) else "")
    margin = (f"{' ' * 7} │ ", "dim")
    out.line((f"{finding.line:>7} │ ", "dim"), (shown, ""))
    out.line(margin, (" " * cell_width(prefix) + "^" * max(cell_width(line[start:end]), 1), style))
    if finding.suggestion:
        out.line(margin, (f"建议：{finding.suggestion}", "green"))
    for related in finding.related:
        r_line, r_col = document.line_col(related.start)
        out.line((f"{' ' * 7} │ 另见 {r_line}:{r_col} {related.message}", "dim"))


def _print_statistics(out: _Plain, tally: _Tally) -> None:
    """Findings per rule, most frequent first, as aligned columns."""
    if not tally.by_rule:
        return
    rows = [("count", "rule", "name", "fixable")] + [
        (str(count), rule_id, tally.names[rule_id], str(tally.fixable[rule_id] or ""))
        for rule_id, count in tally.by_rule.most_common()
    ]
    widths = [max(cell_width(row[column]) for row in rows) for column in range(4)]
    for number, row in enumerate(rows):
        cells = [
            " " * (width - cell_width(cell)) + cell if column in (0, 3) else cell + " " * (width - cell_width(cell))
            for column, (cell, width) in enumerate(zip(row, widths))
        ]
        out.line(("  ".join(cells), "bold" if number == 0 else ""))


def _print_summary(out: _Plain, tally: _Tally) -> None:
    by = tally.by_severity
    files, errors, fixed, safe = tally.files, tally.errors, tally.fixed, tally.safe
    if not tally.findings and not errors:
        out.line(("没有发现问题", "green"), (f"（{files} 个文件）", ""))
    else:
        parts = [f"{by[level]} {LABEL[level]}" for level in ("error", "warning", "info") if by[level]]
        out.line(
            (f"发现 {tally.findings} 个问题", "bold"),
            (f"（{'，'.join(parts) or '0'}），共 {files} 个文件" + (f"，{errors} 个文件无法读取" if errors else ""), ""),
        )
        if safe and not fixed:
            out.line((f"其中 {safe} 个可用 --fix 自动修复。", "dim"))
    if fixed:
        out.line((f"已修复 {fixed} 处", "green"))
