"""``--format sarif``: SARIF 2.1.0, one run, for GitHub code scanning and other viewers.

Columns are UTF-16 code units (SARIF's default ``columnKind``), end columns exclusive.
``partialFingerprints`` carry the content fingerprint, stable when lines move.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable, Iterator
from urllib.parse import quote

from ..document import Document
from ..finding import Finding
from ..rule import Rule
from . import FileReport, Report

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


def stream(files: Iterable[FileReport], report: Report) -> Iterator[str]:
    """The SARIF log, one result per line, written as the files are checked.

    A rule's ``ruleIndex`` is given when its first result is written; ``tool.driver.rules``
    follows the results (JSON members have no order), listing those rules in that order and
    then every other rule that ran, by id.
    """
    yield (f'{{\n  "$schema": "{SCHEMA}",\n  "version": "2.1.0",\n  "runs": [\n    {{\n'
           '      "columnKind": "utf16CodeUnits",\n      "results": [')
    rules: list[Rule] = []
    index: dict[str, int] = {}
    notifications = []
    count = 0
    for file in files:
        if file.error:
            notifications.append({"level": "error", "message": {"text": f"{file.path}: {file.error}"}})
        if file.document is None:
            continue
        for finding in file.findings:
            if finding.rule.id not in index:
                index[finding.rule.id] = len(rules)
                rules.append(finding.rule)
            yield ("\n        " if count == 0 else ",\n        ") + _dumps(result(finding, file.document, index))
            count += 1
    for rule in sorted(report.rules, key=lambda r: r.id):
        if rule.id not in index:
            index[rule.id] = len(rules)
            rules.append(rule)
    notifications += [{"level": "warning", "message": {"text": w}} for w in report.warnings]
    invocation: dict[str, Any] = {"executionSuccessful": not any(n["level"] == "error" for n in notifications)}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    tool = {"driver": {"name": "checker", "version": report.version,
                       "rules": [rule_descriptor(r) for r in rules]}}
    yield (("\n      ]" if count else "]") + f',\n      "tool": {_indented(tool, 6)},'
           f'\n      "invocations": [{_indented(invocation, 6)}]\n    }}\n  ]\n}}\n')


def render(report: Report) -> str:
    return "".join(stream(report.files, report))


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _indented(value: Any, depth: int) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + " " * depth)
