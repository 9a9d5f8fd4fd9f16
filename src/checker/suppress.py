"""Dropping findings the user has accepted: inline directives, allowed phrases, a baseline.

Inline directives work in any format, on a line of their own:

* Markdown/HTML: ``<!-- checker-disable PH001,PU -->`` … ``<!-- checker-enable -->``, and
  ``<!-- checker-disable-next-line PU001 -->``;
* plain text: the same words on a line alone, optionally behind ``#``, ``//`` or ``%``:
  ``# checker-disable PH001``. With no ids a directive covers every rule.

The baseline records findings by a fingerprint of rule, flagged text and the line's content
(not its number), so a draft can move lines and still match; only new findings remain.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Iterable

try:  # CPython's own SHA-1: ``hashlib`` loads OpenSSL first, which costs a short run 3 ms
    from _sha1 import sha1
except ImportError:  # pragma: no cover - an interpreter without the built-in module
    from hashlib import sha1

from .document import DIRECTIVE, Document
from .errors import ConfigError
from .finding import Finding



def directive_lines(text: str) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """``(start, end, action, ids)`` of every directive line."""
    out = []
    for match in re.finditer(DIRECTIVE, text):
        ids = tuple(i for i in re.split(r"[,\s]+", match.group(2) or "") if i)
        out.append((match.start(), match.end(), match.group(1), ids))
    return out


def _covers(ids: tuple[str, ...], rule_id: str) -> bool:
    return not ids or any(rule_id.startswith(i) for i in ids)


def apply_directives(document: Document, findings: list[Finding]) -> list[Finding]:
    directives = directive_lines(document.text)
    if not directives:
        return findings
    # Per line: the set of disabled selectors in force ("" means all).
    disabled_ranges: list[tuple[int, int, tuple[str, ...]]] = []  # offset ranges
    open_: dict[tuple[str, ...], int] = {}
    for start, end, action, ids in directives:
        if action == "disable":
            open_.setdefault(ids, end)
        elif action == "enable":
            for key in list(open_):
                if not ids or key == ids or set(ids) & set(key):
                    disabled_ranges.append((open_.pop(key), start, key))
        else:  # next line
            line = document.line_of(end)
            if line < document.line_count:
                s, e = document.line_span(line + 1)
                disabled_ranges.append((s, e + 1, ids))
    for key, begin in open_.items():
        disabled_ranges.append((begin, len(document.text) + 1, key))
    kept = []
    for finding in findings:
        rule_id = finding.rule.id
        if any(s <= finding.start < e and _covers(ids, rule_id) for s, e, ids in disabled_ranges):
            continue
        kept.append(finding)
    return kept


def apply_allowlist(document: Document, findings: list[Finding], phrases: Iterable[str]) -> list[Finding]:
    """Drop a finding whose span lies inside an occurrence of an allowed phrase."""
    spans: list[tuple[int, int]] = []
    for phrase in phrases:
        if not phrase:
            continue
        for match in re.finditer(re.escape(phrase), document.text):
            spans.append((match.start(), match.end()))
    if not spans:
        return findings
    return [
        f for f in findings
        if not any(s <= f.start and f.end <= e for s, e in spans)
    ]


FINGERPRINT_CONTEXT = 24  # characters of the finding's line kept on each side


def fingerprint(finding: Finding, document: Document) -> str:
    """A hash of the rule, the flagged text and its nearby line content, blind to line numbers.

    Only a window of the line around the finding counts, so an edit elsewhere in a long
    paragraph does not turn a known finding into a new one, and hashing stays linear.
    """
    start, end = document.line_span(document.line_of(finding.start))
    before = document.text[max(start, finding.start - FINGERPRINT_CONTEXT):finding.start]
    after = document.text[finding.end:min(end, finding.end + FINGERPRINT_CONTEXT)]
    flagged = document.text[finding.start:finding.end]
    key = f"{finding.rule.id}\x1f{flagged}\x1f{before.lstrip()}\x1f{after.rstrip()}"
    return sha1(key.encode("utf-8")).hexdigest()[:20]


def assign_fingerprints(document: Document, findings: list[Finding]) -> None:
    """Fingerprint every finding; repeats of the same one get an occurrence suffix."""
    seen: Counter[str] = Counter()
    for finding in findings:
        base = fingerprint(finding, document)
        finding.fingerprint = f"{base}:{seen[base]}"
        seen[base] += 1


class Baseline:
    """Known findings, by path and fingerprint; loaded from / written to a JSON file."""

    def __init__(self, entries: Iterable[tuple[str, str, str]] = ()) -> None:
        self.entries = Counter(entries)
        self._by_path: dict[str, Counter[tuple[str, str]]] = {}
        for (path, rule_id, fingerprint), count in self.entries.items():
            self._by_path.setdefault(path, Counter())[(rule_id, fingerprint)] += count

    @classmethod
    def load(cls, path: Path) -> "Baseline":
        try:
            import json

            data = json.loads(path.read_text(encoding="utf-8"))
            items = data["findings"]
            return cls((i["path"], i["rule"], i["fingerprint"]) for i in items)
        except FileNotFoundError:
            raise ConfigError("baseline file not found", str(path)) from None
        except (OSError, ValueError, KeyError, TypeError):
            raise ConfigError("not a checker baseline (expected JSON with 'findings')", str(path)) from None

    def filter(self, path: str, findings: list[Finding]) -> list[Finding]:
        remaining = Counter(self._by_path.get(_norm(path), ()))
        kept = []
        for finding in findings:
            key = (finding.rule.id, finding.fingerprint)
            if remaining[key] > 0:
                remaining[key] -= 1
                continue
            kept.append(finding)
        return kept

    @staticmethod
    def write(path: Path, results: Iterable[tuple[str, list[Finding]]]) -> int:
        items = []
        for file_path, findings in results:
            for f in findings:
                items.append({
                    "path": _norm(file_path), "rule": f.rule.id, "fingerprint": f.fingerprint,
                    "text": f.text,
                })
        payload = {"version": 1, "findings": items}
        import json

        from .fixes import atomic_write_bytes

        atomic_write_bytes(path, (json.dumps(payload, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
        return len(items)


def _norm(path: str) -> str:
    return path.replace("\\", "/").removeprefix("./")
