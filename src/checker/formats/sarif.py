"""``--format sarif``: SARIF 2.1.0, one run, for GitHub code scanning and other viewers.

Columns are UTF-16 code units (SARIF's default ``columnKind``), end columns exclusive.
``partialFingerprints`` carry the content fingerprint, stable when lines move.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ..document import Document
from ..finding import Finding
from ..rule import Rule
from . import Report

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def artifact_uri(path: str) -> str:
    posix = path.replace("\\", "/")
    if Path(path).is_absolute():
        return Path(path).as_uri()
    return quote(posix.removeprefix("./"), safe="/")


def region(document: Document, start: int, end: int) -> dict[str, int]:
    if end > start and document.text[end - 1] == "\n":
        end -= 1
    end = max(end, start)
    return {
        "startLine": document.line_of(start),
        "startColumn": document.utf16_column(start),
        "endLine": document.line_of(end),
        "endColumn": document.utf16_column(end),
    }


def rule_descriptor(rule: Rule) -> dict[str, Any]:
    help_lines = [rule.summary, "", rule.rationale]
    if rule.standard:
        help_lines += ["", f"依据：{rule.standard}"]
    if rule.bad:
        help_lines += ["", "Bad: " + " / ".join(rule.bad[:3])]
    if rule.good:
        help_lines += ["Good: " + " / ".join(rule.good[:3])]
    text = "\n".join(line for line in help_lines).strip()
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.rationale or rule.summary},
        "help": {"text": text, "markdown": text.replace("\n", "  \n")},
        "defaultConfiguration": {"level": LEVEL[rule.severity]},
        "properties": {"category": rule.category, "tags": [rule.category]},
    }


def result(finding: Finding, document: Document, rule_index: dict[str, int]) -> dict[str, Any]:
    location = {
        "physicalLocation": {
            "artifactLocation": {"uri": artifact_uri(finding.path)},
            "region": region(document, finding.start, finding.end),
        }
    }
    message = finding.message + (f"（建议：{finding.suggestion}）" if finding.suggestion else "")
    out: dict[str, Any] = {
        "ruleId": finding.rule.id,
        "ruleIndex": rule_index[finding.rule.id],
        "level": LEVEL[finding.severity],
        "message": {"text": message},
        "locations": [location],
        "partialFingerprints": {"checkerContent/v1": finding.fingerprint},
    }
    if finding.related:
        out["relatedLocations"] = [
            {
                "id": index,
                "physicalLocation": {
                    "artifactLocation": {"uri": artifact_uri(finding.path)},
                    "region": region(document, r.start, r.end),
                },
                "message": {"text": r.message},
            }
            for index, r in enumerate(finding.related)
        ]
    if finding.fix is not None:
        out["fixes"] = [{
            "description": {"text": f"{finding.fix.safety} fix"},
            "artifactChanges": [{
                "artifactLocation": {"uri": artifact_uri(finding.path)},
                "replacements": [
                    {"deletedRegion": region(document, e.start, e.end),
                     "insertedContent": {"text": e.replacement}}
                    for e in finding.fix.edits
                ],
            }],
        }]
    return out


def build(report: Report) -> dict[str, Any]:
    rules = sorted({r.id: r for r in report.rules}.values(), key=lambda r: r.id)
    for finding in report.findings:  # a rule may report although not listed (defensive)
        if finding.rule.id not in {r.id for r in rules}:
            rules.append(finding.rule)
    rule_index = {r.id: i for i, r in enumerate(rules)}
    results = [
        result(f, file.document, rule_index)
        for file in report.files if file.document is not None
        for f in file.findings
    ]
    notifications = [
        {"level": "error", "message": {"text": f"{file.path}: {file.error}"}}
        for file in report.files if file.error
    ] + [{"level": "warning", "message": {"text": w}} for w in report.warnings]
    invocation: dict[str, Any] = {"executionSuccessful": not any(f.error for f in report.files)}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "checker",
                "version": report.version,
                "rules": [rule_descriptor(r) for r in rules],
            }},
            "invocations": [invocation],
            "columnKind": "utf16CodeUnits",
            "results": results,
        }],
    }


def render(report: Report) -> str:
    return json.dumps(build(report), ensure_ascii=False, indent=2) + "\n"
