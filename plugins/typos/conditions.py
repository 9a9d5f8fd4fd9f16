"""Context conditions shared by the dictionary entries of the typo rules.

An entry may say what must or must not stand right before or right after its match:

``before`` / ``after``          required immediately before / after the match
``not_before`` / ``not_after``  forbidden immediately before / after the match
``unless``                      longer phrases: a match lying inside one of them is fine

A condition is either a list of literal strings (any of them) or a string holding a regular
expression. Conditions look at most ``WINDOW`` characters around the match, so a careless
expression in a team's file cannot make a scan slow.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from checker import ConfigError
from checker import patterns
from checker.patterns import OnDemand, on_demand

WINDOW = 24


def alternation(value: Any, where: str, key: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value and all(isinstance(v, str) and v for v in value):
        return patterns.alternation(value)
    raise ConfigError(f"{where}: '{key}' must be a regular expression or a list of strings")


def _compile(source: str, where: str, key: str) -> OnDemand:
    try:
        return on_demand(source)
    except re.error as error:
        raise ConfigError(f"{where}: '{key}' is not a valid regular expression: {error}") from None


class Conditions(NamedTuple):
    """Compiled context conditions of one entry; ``holds`` tests a match against them."""

    before: OnDemand | None = None  # compiled when an entry's word is first met
    after: OnDemand | None = None
    not_before: OnDemand | None = None
    not_after: OnDemand | None = None
    unless: tuple[str, ...] = ()

    @classmethod
    def from_entry(cls, entry: dict[str, Any], where: str) -> "Conditions":
        compiled: dict[str, Any] = {}
        for key in ("before", "not_before"):
            source = alternation(entry.get(key), where, key)
            if source is not None:
                compiled[key] = _compile(f"(?:{source})\\Z", where, key)
        for key in ("after", "not_after"):
            source = alternation(entry.get(key), where, key)
            if source is not None:
                compiled[key] = _compile(f"(?:{source})", where, key)
        unless = entry.get("unless", ())
        if isinstance(unless, str):
            unless = (unless,)
        if not isinstance(unless, (list, tuple)) or not all(isinstance(u, str) and u for u in unless):
            raise ConfigError(f"{where}: 'unless' must be a phrase or a list of phrases")
        compiled["unless"] = tuple(unless)
        return cls(**compiled)

    def holds(self, text: str, start: int, end: int) -> bool:
        """True when the match ``text[start:end]`` meets every condition."""
        if self.before or self.not_before:
            left = text[max(0, start - WINDOW):start]
            if self.before and not self.before.search(left):
                return False
            if self.not_before and self.not_before.search(left):
                return False
        if self.after or self.not_after:
            right = text[end:end + WINDOW]
            if self.after and not self.after.match(right):
                return False
            if self.not_after and self.not_after.match(right):
                return False
        return not any(inside_phrase(text, start, end, phrase) for phrase in self.unless)


def inside_phrase(text: str, start: int, end: int, phrase: str) -> bool:
    """True when ``text[start:end]`` lies within an occurrence of ``phrase``."""
    lo = max(0, end - len(phrase))
    hi = min(len(text), start + len(phrase))
    position = text.find(phrase, lo, hi)
    while position != -1:
        if position <= start and end <= position + len(phrase):
            return True
        position = text.find(phrase, position + 1, hi)
    return False
