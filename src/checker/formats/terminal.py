"""The default terminal output (rich): grouped by file, each finding under its source text.

Long Chinese paragraphs are shown as a window around the finding, and the caret is measured
in terminal cells, so it sits under the exact characters even after double-width CJK text.
"""

from __future__ import annotations

import io
from collections import Counter
from typing import Iterable, Iterator

from rich.cells import cell_len
from rich.console import Console
from rich.markup import escape

from ..finding import Finding
from . import FileReport, Report

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
LABEL = {"error": "错误", "warning": "警告", "info": "提示"}
CONTEXT_CELLS = 36  # cells of context shown on each side of a finding


def stream(files: Iterable[FileReport], report: Report) -> Iterator[str]:
    """Each file's block as soon as it is checked, then the statistics and the summary."""
    options = report.options
    console, buffer = _console(options)
    quiet = options.get("quiet")
    tally = _Tally()
    for file in files:
        tally.add(file)
        if file.error:
            console.print(f"[bold]{escape(file.path)}[/]: [red]{escape(file.error)}[/]")
        elif file.findings:
            if not quiet:
                console.print(f"[bold underline]{escape(file.path)}[/]")
            for finding in file.findings:
                _print_finding(console, file, finding, quiet)
            if not quiet:
                console.print()
        if buffer.tell():
            yield _take(buffer)
    if options.get("statistics"):
        _print_statistics(console, tally)
    if not quiet:
        _print_summary(console, tally)
    for warning in report.warnings:
        console.print(f"[yellow]warning:[/] {escape(warning)}")
    yield _take(buffer)


def render(report: Report) -> str:
    return "".join(stream(report.files, report))


def _console(options: dict) -> tuple[Console, io.StringIO]:
    color = bool(options.get("color"))
    buffer = io.StringIO()
    console = Console(
        file=buffer, force_terminal=color, no_color=not color, color_system="standard" if color else None,
        width=options.get("width") or 100, highlight=False, soft_wrap=True, emoji=False,
    )
    return console, buffer


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


def _print_finding(console: Console, file: FileReport, finding: Finding, quiet: bool) -> None:
    document = file.document
    where = f"{finding.line}:{finding.column}"
    if document is not None and finding.line in document.line_labels:
        where += f" ({document.line_labels[finding.line]})"
    style = STYLE[finding.severity]
    head = (
        f"  [dim]{where:>7}[/]  [{style}]{LABEL[finding.severity]}[/]  "
        f"[bold]{finding.rule.id}[/] {escape(finding.message)}  [dim]{finding.rule.name}[/]"
    )
    if quiet:
        head = f"{escape(finding.path)}:{head.strip()}"
    console.print(head)
    if quiet or document is None:
        return
    line_start, line_end = document.line_span(finding.line)
    line = document.text[line_start:line_end].replace("\t", " ")
    start = finding.column - 1
    end = len(line) if finding.end_line > finding.line else max(finding.end_column - 1, start)
    if end == start:
        end = min(start + 1, len(line))
    left = start
    while left > 0 and cell_len(line[left - 1:start]) <= CONTEXT_CELLS:
        left -= 1
    right = end
    while right < len(line) and cell_len(line[end:right + 1]) <= CONTEXT_CELLS:
        right += 1
    prefix = ("…" if left > 0 else "") + line[left:start]
    shown = prefix + line[start:end] + line[end:right] + ("…" if right < len(line) else "")
    gutter = f"{finding.line:>7} │ "
    console.print(f"[dim]{gutter}[/]{escape(shown)}")
    caret = " " * cell_len(prefix) + "^" * max(cell_len(line[start:end]), 1)
    console.print(f"[dim]{' ' * 7} │ [/][{style}]{caret}[/]")
    if finding.suggestion:
        console.print(f"[dim]{' ' * 7} │ [/][green]建议：{escape(finding.suggestion)}[/]")
    for related in finding.related:
        r_line, r_col = document.line_col(related.start)
        console.print(f"[dim]{' ' * 7} │ 另见 {r_line}:{r_col} {escape(related.message)}[/]")


def _print_statistics(console: Console, tally: _Tally) -> None:
    if not tally.by_rule:
        return
    from rich.table import Table

    table = Table(box=None, pad_edge=False, show_header=True, header_style="bold")
    table.add_column("count", justify="right")
    table.add_column("rule")
    table.add_column("name")
    table.add_column("fixable", justify="right")
    for rule_id, count in tally.by_rule.most_common():
        table.add_row(str(count), rule_id, tally.names[rule_id], str(tally.fixable[rule_id] or ""))
    console.print(table)


def _print_summary(console: Console, tally: _Tally) -> None:
    by = tally.by_severity
    files, errors, fixed, safe = tally.files, tally.errors, tally.fixed, tally.safe
    if not tally.findings and not errors:
        console.print(f"[green]没有发现问题[/]（{files} 个文件）")
    else:
        parts = [f"{by[level]} {LABEL[level]}" for level in ("error", "warning", "info") if by[level]]
        console.print(
            f"[bold]发现 {tally.findings} 个问题[/]（{'，'.join(parts) or '0'}），共 {files} 个文件"
            + (f"，{errors} 个文件无法读取" if errors else "")
        )
        if safe and not fixed:
            console.print(f"[dim]其中 {safe} 个可用 --fix 自动修复。[/]")
    if fixed:
        console.print(f"[green]已修复 {fixed} 处[/]")
