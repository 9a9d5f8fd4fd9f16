"""Whole drafts through the default ruleset: clean drafts stay clean, defects are all found.

fixtures/clean/ holds drafts written to be correct while full of look-alikes (X线片-style
terms, 3×4 sizes, hotlines, gov.cn sites, times, decimals, correct numbering and counts);
any finding there is a false alarm. fixtures/defects/expected.tsv lists, per draft, the
lines and categories that must be reported, the way the shared seed table does.
"""

from __future__ import annotations

import csv
import functools
from pathlib import Path

import pytest

from checker.testing import check_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CLEAN = sorted((FIXTURES / "clean").glob("*.*"))
DEFECTS = FIXTURES / "defects"


@functools.lru_cache(maxsize=None)
def findings_of(path: Path):
    """The default ruleset's findings on a draft; both defect tests read them, checked once."""
    return tuple(check_text(path.read_text(encoding="utf-8"), path=path.name))


@pytest.mark.parametrize("path", CLEAN, ids=[p.name for p in CLEAN])
def test_clean_draft_has_no_findings(path):
    findings = findings_of(path)
    assert not findings, "\n".join(f"{f.line}:{f.column} {f.rule.id} {f.message} [{f.text}]" for f in findings)


def expected_rows():
    with open(DEFECTS / "expected.tsv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@pytest.mark.parametrize("name", sorted({row["file"] for row in expected_rows()}))
def test_defect_draft_reports_every_expected_line(name):
    findings = findings_of(DEFECTS / name)
    have = {(line, f.rule.category) for f in findings for line in range(f.line, f.end_line + 1)}
    missing = [
        f"{row['line']} {row['category']} ({row['note']})"
        for row in expected_rows()
        if row["file"] == name and (int(row["line"]), row["category"]) not in have
    ]
    assert not missing, "missing: " + "; ".join(missing)


@pytest.mark.parametrize("name", sorted({row["file"] for row in expected_rows()}))
def test_defect_draft_has_no_finding_on_a_correct_line(name):
    listed = {int(row["line"]) for row in expected_rows() if row["file"] == name}
    stray = [f"{f.line}:{f.column} {f.rule.id} {f.message}" for f in findings_of(DEFECTS / name)
             if not listed & set(range(f.line, f.end_line + 1))]
    assert not stray, "\n".join(stray)
