"""``--format json``: the stable, versioned contract other tools parse (design §5)."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from ..document import Document
from ..finding import Finding
from . import Report

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


def build(report: Report) -> dict[str, Any]:
    findings = [finding_dict(f, file.document) for file in report.files for f in file.findings]
    by_severity = Counter(f["severity"] for f in findings)
    out: dict[str, Any] = {
        "version": JSON_VERSION,
        "tool": {"name": "checker", "version": report.version},
        "summary": {
            "files": len(report.files),
            "findings": len(findings),
            "by_severity": {level: by_severity.get(level, 0) for level in ("error", "warning", "info")},
        },
        "findings": findings,
    }
    errors = [{"path": f.path, "message": f.error} for f in report.files if f.error]
    if errors:
        out["errors"] = errors
    return out


def render(report: Report) -> str:
    return json.dumps(build(report), ensure_ascii=False, indent=2) + "\n"
