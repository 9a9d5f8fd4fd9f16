"""``--format concise``: ``path:line:col: ID [severity] message`` — one line per finding."""

from __future__ import annotations

from . import Report


def render(report: Report) -> str:
    lines = []
    for file in report.files:
        if file.error:
            lines.append(f"{file.path}: error: {file.error}")
        for f in file.findings:
            hint = f" → {f.suggestion}" if f.suggestion else ""
            lines.append(f"{f.path}:{f.line}:{f.column}: {f.rule.id} [{f.severity}] {f.message}{hint}")
    return "\n".join(lines) + ("\n" if lines else "")
