"""``--format concise``: ``path:line:col: ID [severity] message`` — one line per finding."""

from __future__ import annotations

from typing import Iterable, Iterator

from . import FileReport, Report


def stream(files: Iterable[FileReport], report: Report) -> Iterator[str]:
    for file in files:
        lines = [f"{file.path}: error: {file.error}"] if file.error else []
        for f in file.findings:
            hint = f" → {f.suggestion}" if f.suggestion else ""
            lines.append(f"{f.path}:{f.line}:{f.column}: {f.rule.id} [{f.severity}] {f.message}{hint}")
        if lines:
            yield "\n".join(lines) + "\n"


def render(report: Report) -> str:
    return "".join(stream(report.files, report))
