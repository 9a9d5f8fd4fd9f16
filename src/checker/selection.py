"""Which rules run: ``select``/``extend-select``/``ignore`` by id or prefix, ruff-style.

The most specific selector wins: ``select = ["PU"]`` with ``ignore = ["PU005"]`` runs every PU
rule but PU005, and ``ignore = ["PU"]`` with ``extend-select = ["PU002"]`` runs only PU002 of
them. A rule marked ``default_enabled=False`` runs only when named by its full id or by ``ALL``.
"""

from __future__ import annotations

from typing import Iterable

from .errors import ConfigError
from .rule import Rule


def matches(selector: str, rule_id: str) -> bool:
    return selector == "ALL" or rule_id.startswith(selector)


def specificity(selector: str) -> int:
    return -1 if selector == "ALL" else len(selector)


def check_selectors(selectors: Iterable[str], rules: dict[str, Rule], where: tuple[str | None, int | None], key: str) -> None:
    """An id or prefix that matches no rule is a typo: report it rather than ignore it."""
    for selector in selectors:
        if selector == "ALL":
            continue
        if not any(rule_id.startswith(selector) for rule_id in rules):
            path, line = where
            raise ConfigError(f"{key}: unknown rule id or prefix '{selector}'", path, line)


def select_rules(rules: dict[str, Rule], select: list[str], ignore: list[str]) -> list[Rule]:
    chosen: list[Rule] = []
    for rule_id, rule in rules.items():
        best_select = max((specificity(s) for s in select if matches(s, rule_id)), default=None)
        best_ignore = max((specificity(s) for s in ignore if matches(s, rule_id)), default=None)
        if best_select is None:
            continue
        if best_ignore is not None and best_ignore >= best_select:
            continue
        if not rule.default_enabled and best_select not in (-1, len(rule_id)):
            continue
        chosen.append(rule)
    return chosen


def override_for(rule_id: str, table: dict[str, str]) -> str | None:
    """The value for the most specific key of ``table`` matching ``rule_id``."""
    best = None
    best_len = -2
    for selector, value in table.items():
        if matches(selector, rule_id) and specificity(selector) > best_len:
            best, best_len = value, specificity(selector)
    return best
