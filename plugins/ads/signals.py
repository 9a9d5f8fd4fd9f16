"""Weighted signals from ``rulesets/ads.toml`` and how a stretch of text is scored.

A signal is a phrase or a regular expression with a weight. Phrases of one list go into a
single Aho-Corasick automaton, patterns are compiled once; both run over the whole document
once, and the rules then add up the hits that fall on a line or inside one sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

import ahocorasick

from checker import ConfigError


@dataclass(frozen=True)
class Signal:
    source: str  # the phrase or the pattern, as written in the data file
    weight: int
    kind: str
    reason: str
    unless: tuple[str, ...] = ()


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    signal: Signal
    text: str


@dataclass
class SignalSet:
    """One list of signals, compiled: an automaton for the phrases plus the patterns."""

    phrases: list[Signal] = field(default_factory=list)
    patterns: list[tuple[re.Pattern, Signal]] = field(default_factory=list)
    automaton: object = None

    def hits(self, text: str) -> list[Hit]:
        """Every hit in ``text``: overlapping phrase hits included, each inside one line."""
        found: list[Hit] = []
        if self.automaton is not None:
            for last, signals in self.automaton.iter(text):
                for signal in signals:
                    start = last - len(signal.source) + 1
                    found.append(Hit(start, last + 1, signal, signal.source))
        for pattern, signal in self.patterns:
            for match in pattern.finditer(text):
                start, end = match.start(), match.end()
                # "^\s*" may have run over blank lines: start the hit where the text starts.
                while start < end and text[start].isspace():
                    start += 1
                if start >= end or "\n" in text[start:end]:
                    continue
                found.append(Hit(start, end, signal, text[start:end]))
        return [hit for hit in found if not _excused(text, hit)]


def _excused(text: str, hit: Hit) -> bool:
    """The hit lies inside one of its signal's ``unless`` phrases (下载 in 下载量)."""
    for phrase in hit.signal.unless:
        lo = max(0, hit.start - len(phrase))
        window = text[lo:hit.end + len(phrase)]
        position = window.find(phrase)
        while position >= 0:
            if lo + position <= hit.start and hit.end <= lo + position + len(phrase):
                return True
            position = window.find(phrase, position + 1)
    return False


def compile_signals(entries: Iterable[dict], table: str) -> SignalSet:
    """Validate and compile the ``[[signal]]`` or ``[[metadata]]`` entries of the ads data."""
    compiled = SignalSet()
    by_phrase: dict[str, list[Signal]] = {}
    for index, entry in enumerate(entries, 1):
        where = f"ads [[{table}]] entry {index}"
        phrase, pattern = entry.get("phrase"), entry.get("pattern")
        if bool(phrase) == bool(pattern):
            raise ConfigError(f"{where}: give exactly one of 'phrase' or 'pattern'")
        weight = entry.get("weight")
        if not isinstance(weight, int) or isinstance(weight, bool):
            raise ConfigError(f"{where}: 'weight' must be an integer")
        unless = entry.get("unless", [])
        if not isinstance(unless, list) or not all(isinstance(u, str) and u for u in unless):
            raise ConfigError(f"{where}: 'unless' must be a list of phrases")
        signal = Signal(phrase or pattern, weight, str(entry.get("kind", "")), entry["reason"], tuple(unless))
        if phrase:
            by_phrase.setdefault(phrase, []).append(signal)
            compiled.phrases.append(signal)
            continue
        try:
            compiled.patterns.append((re.compile(pattern, re.M), signal))
        except re.error as error:
            raise ConfigError(f"{where}: invalid pattern: {error}") from None
    if by_phrase:
        automaton = ahocorasick.Automaton()
        for phrase, signals in by_phrase.items():
            automaton.add_word(phrase, tuple(signals))
        automaton.make_automaton()
        compiled.automaton = automaton
    return compiled


def score(hits: Iterable[Hit], floor: int) -> int:
    """Points of a group of hits.

    A hit inside a longer, at least as heavy hit does not count again (免费 inside 免费下载); a signal
    counts once however often it matches; negative signals together never go below ``floor``.
    """
    hits = list(hits)
    kept = [h for h in hits if not _inside_longer(h, hits)]
    seen: set[int] = set()
    plus = minus = 0
    for hit in kept:
        key = id(hit.signal)
        if key in seen:
            continue
        seen.add(key)
        if hit.signal.weight >= 0:
            plus += hit.signal.weight
        else:
            minus += hit.signal.weight
    return plus + max(minus, floor)


def strongest(hits: Iterable[Hit], limit: int = 3) -> list[Hit]:
    """The positive hits that explain a score best, heaviest first, in text order on ties."""
    hits = list(hits)
    positive = [h for h in hits if h.signal.weight > 0 and not _inside_longer(h, hits)]
    positive.sort(key=lambda h: (-h.signal.weight, h.start))
    out: list[Hit] = []
    for hit in positive:
        if any(hit.text == o.text or (hit.start < o.end and o.start < hit.end) for o in out):
            continue
        out.append(hit)
        if len(out) == limit:
            break
    return sorted(out, key=lambda h: h.start)


def _inside_longer(hit: Hit, hits: list[Hit]) -> bool:
    if hit.signal.weight <= 0:
        return False
    for other in hits:
        if other is hit or other.signal.weight <= 0:
            continue
        if (other.start <= hit.start and hit.end <= other.end and other.end - other.start > hit.end - hit.start
                and other.signal.weight >= hit.signal.weight):
            return True
    return False
