"""The default terminal output (rich): grouped by file, each finding under its source text.

Long Chinese paragraphs are shown as a window around the finding, and the caret is measured
in terminal cells, so it sits under the exact characters even after double-width CJK text.
"""

from __future__ import annotations

import io
from collections import Counter

from rich.cells import cell_len
from rich.console import Console
from rich.markup import escape

from ..finding import Finding
from . import FileReport, Report

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
LABEL = {"error": "错误", "warning": "警告", "info": "提示"}
CONTEXT_CELLS = 36  # cells of context shown on each side of a finding


def render(report: Report) -> str:
    options = report.options
    color = bool(options.get("color"))
    width = options.get("width") or 100
    buffer = io.StringIO()
    console = Console(
        file=buffer, force_terminal=color, no_color=not color, color_system="standard" if color else None,
        width=width, highlight=False, soft_wrap=True, emoji=False,
    )
    quiet = options.get("quiet")
    for file in report.files:
        if file.error:
            console.print(f"[bold]{escape(file.path)}[/]: [red]{escape(file.error)}[/]")
            continue
        if not file.findings:
            continue
        if not quiet:
            console.print(f"[bold underline]{escape(file.path)}[/]")
        for finding in file.findings:
            _print_finding(console, file, finding, quiet)
        if not quiet:
            console.print()
    if options.get("statistics"):
        _print_statistics(console, report)
    if not quiet:
        _print_summary(console, report)
    for warning in report.warnings:
        console.print(f"[yellow]warning:[/] {escape(warning)}")
    return buffer.getvalue()


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


def _print_statistics(console: Console, report: Report) -> None:
    counts = Counter(f.rule.id for f in report.findings)
    if not counts:
        return
    from rich.table import Table

    names = {f.rule.id: f.rule for f in report.findings}
    fixable = Counter(f.rule.id for f in report.findings if f.fix is not None)
    table = Table(box=None, pad_edge=False, show_header=True, header_style="bold")
    table.add_column("count", justify="right")
    table.add_column("rule")
    table.add_column("name")
    table.add_column("fixable", justify="right")
    for rule_id, count in counts.most_common():
        table.add_row(str(count), rule_id, names[rule_id].name, str(fixable[rule_id] or ""))
    console.print(table)


def _print_summary(console: Console, report: Report) -> None:
    findings = report.findings
    by = Counter(f.severity for f in findings)
    files = len(report.files)
    errors = sum(1 for f in report.files if f.error)
    fixed = sum(f.fixed for f in report.files)
    safe = sum(1 for f in findings if f.fix is not None and f.fix.safety == "safe")
    if not findings and not errors:
        console.print(f"[green]没有发现问题[/]（{files} 个文件）")
    else:
        parts = [f"{by[level]} {LABEL[level]}" for level in ("error", "warning", "info") if by[level]]
        console.print(
            f"[bold]发现 {len(findings)} 个问题[/]（{'，'.join(parts) or '0'}），共 {files} 个文件"
            + (f"，{errors} 个文件无法读取" if errors else "")
        )
        if safe and not fixed:
            console.print(f"[dim]其中 {safe} 个可用 --fix 自动修复。[/]")
    if fixed:
        console.print(f"[green]已修复 {fixed} 处[/]")
