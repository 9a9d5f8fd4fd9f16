"""``--format json``: the stable, versioned contract other tools parse (design §5)."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any, Iterable, Iterator

from ..document import Document
from ..finding import Finding
from . import FileReport, Report

JSON_VERSION = 1


def edit_location(document: Document, start: int, end: int) -> dict[str, int]:
    start_line, start_column = document.line_col(start)
    end_line, end_column = document.line_col(end)
    return {"start_line": start_line, "start_column": start_column,
            "end_line": end_line, "end_column": end_column}


def finding_dict(finding: Finding, document: Document | None) -> dict[str, Any]:
    fix = None
    if finding.fix is not None and document is not None:
        fix = {
            "safety": finding.fix.safety,
            "edits": [
                {**edit_location(document, e.start, e.end), "replacement": e.replacement}
                for e in finding.fix.edits
            ],
        }
    data: dict[str, Any] = {
        "path": finding.path,
        "line": finding.line,
        "column": finding.column,
        "end_line": finding.end_line,
        "end_column": finding.end_column,
        "rule": finding.rule.id,
        "name": finding.rule.name,
        "category": finding.rule.category,
        "severity": finding.severity,
        "message": finding.message,
        "text": finding.text,
        "suggestion": finding.suggestion,
        "fix": fix,
        "fingerprint": finding.fingerprint,
    }
    if finding.related and document is not None:
        data["related"] = [
            {"line": document.line_col(r.start)[0], "column": document.line_col(r.start)[1],
             "end_line": document.line_col(r.end)[0], "end_column": document.line_col(r.end)[1],
             "message": r.message}
            for r in finding.related
        ]
    label = document.line_labels.get(finding.line) if document is not None else None
    if label:
        data["location"] = label
    return data


def stream(files: Iterable[FileReport], report: Report) -> Iterator[str]:
    """The JSON document, one finding per line, written as the files are checked.

    ``summary`` and ``errors`` come after ``findings``: they are known only at the end, and a
    run over an archive must not hold every finding in memory to print its count first.
    """
    yield (f'{{\n  "version": {JSON_VERSION},\n'
           f'  "tool": {json.dumps({"name": "checker", "version": report.version})},\n  "findings": [')
    by_severity: Counter[str] = Counter()
    errors = []
    count = seen = 0
    for file in files:
        seen += 1
        if file.error:
            errors.append({"path": file.path, "message": file.error})
        if not file.findings:
            continue
        pieces = []  # one write per file, not per finding
        for finding in file.findings:
            pieces.append(("\n    " if count == 0 else ",\n    ") + _dumps(finding_dict(finding, file.document)))
            by_severity[finding.severity] += 1
            count += 1
        yield "".join(pieces)
    summary = {
        "files": seen,
        "findings": count,
        "by_severity": {level: by_severity.get(level, 0) for level in ("error", "warning", "info")},
    }
    tail = "\n  ]" if count else "]"
    tail += f',\n  "summary": {_dumps(summary)}'
    if errors:
        tail += ',\n  "errors": [' + ",".join("\n    " + _dumps(e) for e in errors) + "\n  ]"
    yield tail + "\n}\n"


def render(report: Report) -> str:
    return "".join(stream(report.files, report))


# One encoder for the run: json.dumps with an option builds a new one on every call.
_dumps = json.JSONEncoder(ensure_ascii=False).encode
