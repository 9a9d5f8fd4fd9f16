"""``--format github``: workflow commands that GitHub Actions shows as annotations."""

from __future__ import annotations

from typing import Iterable, Iterator

from . import FileReport, Report

LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def stream(files: Iterable[FileReport], report: Report) -> Iterator[str]:
    for file in files:
        lines = []
        if file.error:
            lines.append(f"::error file={_escape_property(file.path)}::{_escape_data(file.error)}")
        for f in file.findings:
            message = f.message + (f"（建议：{f.suggestion}）" if f.suggestion else "")
            props = (
                f"file={_escape_property(f.path)},line={f.line},col={f.column},"
                f"endLine={f.end_line},endColumn={f.end_column},"
                f"title={_escape_property(f'{f.rule.id} {f.rule.name}')}"
            )
            lines.append(f"::{LEVEL[f.severity]} {props}::{_escape_data(message)}")
        if lines:
            yield "\n".join(lines) + "\n"


def render(report: Report) -> str:
    return "".join(stream(report.files, report))
