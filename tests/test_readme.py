"""The README stays true: every rule is in its table, every documented command exists."""

from __future__ import annotations

import re
from pathlib import Path

from checker.testing import default_host

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_rule_is_in_the_readme_table_with_its_name_and_severity():
    rows = {m.group(1): (m.group(2), m.group(3))
            for m in re.finditer(r"^\| `([A-Z]{2}\d{3})` \| ([a-z0-9-]+) \| (\w+) \|", README, re.M)}
    rules = default_host().rules
    assert set(rows) == set(rules)
    for rule_id, rule in rules.items():
        assert rows[rule_id] == (rule.name, rule.severity), rule_id


def test_linked_documents_exist():
    root = Path(__file__).resolve().parents[1]
    links = re.findall(r"\]\(((?:docs|plugins)/[^)#]+)\)", README)
    assert links
    for link in links:
        assert (root / link).is_file(), link
