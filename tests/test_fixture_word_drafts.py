"""Word drafts through the default ruleset, as editors send them: body, tables, headers, footers.

fixtures/word/clean/ holds .docx drafts written to be correct (tables whose 合计 rows add up,
page-number fields in footers, the organiser's own contacts); any finding there is a false
alarm. fixtures/word/expected.tsv names each defect by a snippet of the paragraph, table cell,
header or footer that holds it: a paragraph's line number depends on the reader, its words do
not.
"""

from __future__ import annotations

import csv
import functools
from pathlib import Path

import pytest

from checker.testing import default_host, make_engine

WORD = Path(__file__).resolve().parents[1] / "fixtures" / "word"
CLEAN = sorted((WORD / "clean").glob("*.docx"))


@functools.lru_cache(maxsize=None)
def checked(path: Path):
    """The document as read and the default ruleset's findings on it."""
    document = default_host().readers()[".docx"].read(str(path), path.read_bytes())
    return document, tuple(make_engine().check(document))


def expected_rows():
    with open(WORD / "expected.tsv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def line_of(document, snippet: str) -> int:
    lines = [number for number, line in enumerate(document.text.split("\n"), 1) if snippet in line]
    assert len(lines) == 1, f"snippet {snippet!r} is on lines {lines}, not on one"
    return lines[0]


@pytest.mark.parametrize("path", CLEAN, ids=[p.name for p in CLEAN])
def test_clean_word_draft_has_no_findings(path):
    document, findings = checked(path)
    assert not findings, "\n".join(
        f"{f.line} {document.line_labels.get(f.line, '')} {f.rule.id} {f.message}" for f in findings)


@pytest.mark.parametrize("name", sorted({row["file"] for row in expected_rows()}))
def test_word_draft_reports_every_expected_paragraph(name):
    document, findings = checked(WORD / "defects" / name)
    have = {(line, f.rule.category) for f in findings for line in range(f.line, f.end_line + 1)}
    missing = [f"{row['snippet']} {row['category']} ({row['note']})" for row in expected_rows()
               if row["file"] == name and (line_of(document, row["snippet"]), row["category"]) not in have]
    assert not missing, "missing: " + "; ".join(missing)


@pytest.mark.parametrize("name", sorted({row["file"] for row in expected_rows()}))
def test_word_draft_has_no_finding_on_a_correct_paragraph(name):
    document, findings = checked(WORD / "defects" / name)
    listed = {line_of(document, row["snippet"]) for row in expected_rows() if row["file"] == name}
    stray = [f"{f.line} {document.line_labels.get(f.line, '')} {f.rule.id} {f.message}" for f in findings
             if not listed & set(range(f.line, f.end_line + 1))]
    assert not stray, "\n".join(stray)


def test_every_draft_is_listed_or_clean():
    listed = {row["file"] for row in expected_rows()}
    assert listed == {p.name for p in (WORD / "defects").glob("*.docx")}
    assert CLEAN
