"""Every rule's documented examples are executable: bad ones flagged, good ones clean."""

import pytest

from checker.testing import check_text, default_host

RULES = list(default_host().rules.values())
BAD = [(r.id, text) for r in RULES for text in r.bad]
GOOD = [(r.id, text) for r in RULES for text in r.good]


def test_every_rule_documents_examples():
    undocumented = [r.id for r in RULES if not r.bad or not r.good]
    assert not undocumented, f"rules without bad and good examples: {undocumented}"


@pytest.mark.parametrize("rule_id,text", BAD, ids=[f"{r}-bad{i}" for i, (r, _) in enumerate(BAD)])
def test_bad_example_is_flagged(rule_id, text):
    findings = check_text(text, select=[rule_id])
    assert any(f.rule.id == rule_id for f in findings), f"{rule_id} missed its own example: {text!r}"


@pytest.mark.parametrize("rule_id,text", GOOD, ids=[f"{r}-good{i}" for i, (r, _) in enumerate(GOOD)])
def test_good_example_is_clean(rule_id, text):
    findings = check_text(text, select=[rule_id])
    assert not findings, f"{rule_id} flagged its own good example {text!r}: {[f.message for f in findings]}"
