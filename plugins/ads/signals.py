"""Weighted signals from ``rulesets/ads.toml`` and how a stretch of text is scored.

A signal is a phrase or a regular expression with a weight. Phrases of one list go into a
single Aho-Corasick automaton, patterns are compiled once. The automaton runs over the whole
document once; it also finds the words a pattern's matches must contain (see ``gates``), and
a pattern is scanned only where those occur. The rules then add up the hits that fall on a
line or inside one sentence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Iterable, NamedTuple


from checker import ConfigError, PhraseIndex
from checker.gates import FOLDED, Gate, gate_for, has_unfoldable, spelled_out
from checker.patterns import OnDemand, on_demand, validate


class Signal(NamedTuple):
    """A weighted phrase or pattern of the ads data."""

    source: str  # the phrase or the pattern, as written in the data file
    weight: int
    kind: str
    reason: str
    unless: tuple[str, ...] = ()


class Hit(NamedTuple):
    """Where a signal matched. A named tuple: documents make thousands of them, mostly the
    words of ordinary speech that count against a line."""

    start: int
    end: int
    signal: Signal
    text: str


class Lead(NamedTuple):
    """A pattern's leading ``[class]{m,n}``, matched backwards after the rest has matched.

    A pattern such as "two to ten CJK characters, then 网整理" scanned as written tries ten
    characters at every position of the draft; searching for 网整理 behind two such characters
    and then taking in up to ten more finds the same spans several times faster.
    """

    char: OnDemand  # compiled once a match needs its lead taken in
    most: int


LEAD = re.compile(r"^\[((?:\\.|[^\]\\])+)\]\{(\d+),(\d+)\}(?![?+])")


def _split_lead(pattern: str) -> tuple[str, Lead | None]:
    match = LEAD.match(pattern)
    rest = pattern[match.end():] if match else ""
    if not match or not rest or "|" in _top_level(rest) or int(match.group(2)) < 1:
        return pattern, None
    cls, least, most = match.group(1), int(match.group(2)), int(match.group(3))
    return f"(?<=[{cls}]{{{least}}}){rest}", Lead(on_demand(f"[{cls}]"), most)


def _top_level(pattern: str) -> str:
    """The pattern with bracketed and grouped parts removed, to see its top-level ``|``."""
    depth, out, escaped, in_class = 0, [], False, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0:
            out.append(ch)
    return "".join(out)


@dataclass
class Scan:
    """A pattern as it is searched: the pattern, its signal, the lead to take in backwards,
    and its literal gate (``None``: scanned over every document).

    The pattern is compiled the first time a document opens its gate: compiling costs about
    a millisecond a pattern, and a short draft holds the words of only a few of them.
    """

    regex: OnDemand
    signal: Signal
    lead: Lead | None
    gate: Gate | None


@dataclass(eq=False)
class SignalSet:
    """One list of signals, compiled: an automaton for the phrases and the patterns' gate
    words, plus the patterns."""

    phrases: list[Signal] = field(default_factory=list)
    patterns: list[Scan] = field(default_factory=list)
    automaton: PhraseIndex | None = None
    words: dict[str, list[Signal]] = field(default_factory=dict)  # the literal strings matched

    def hits(self, text: str) -> list[Hit]:
        """Every hit in ``text``: overlapping phrase hits included, each inside one line."""
        return _hits(self.automaton, (self,), text)[0]


@dataclass(eq=False)
class SignalSets:
    """Several lists scanned together: one automaton pass over a text serves them all (the
    automaton costs about 30 ns a character)."""

    sets: tuple[SignalSet, ...]
    automaton: PhraseIndex | None = None

    def __post_init__(self) -> None:
        self.automaton = _automaton(self.sets)

    def hits(self, text: str) -> list[list[Hit]]:
        """The hits of each list, as ``SignalSet.hits`` finds them."""
        return _hits(self.automaton, self.sets, text)


# A line of a Markdown draft may open with syntax the reader masks (“## ”, “> ”, the “[” of a
# link): a pattern's leading ^\s* skips masked characters too, so “[返回顶部](#)” and
# “## 相关文章：” are read as their plain-text forms are.
LINE_START = "^\\s*"


def _skip_masks_at_line_start(pattern: str) -> str:
    if not pattern.startswith(LINE_START):
        return pattern
    return "^[\\s\\0]*" + pattern[len(LINE_START):]


def _hits(automaton, sets: tuple[SignalSet, ...], text: str) -> list[list[Hit]]:
    found: list[list[Hit]] = [[] for _ in sets]
    words: dict[tuple[int, int], list[int]] = {}  # (list, gated pattern) -> where its words start
    if automaton is not None:
        for start, end, (word, signals, gated) in automaton.find(text):
            for which, signal in signals:
                hit = Hit(start, end, signal, word)
                if not (signal.unless and _excused(text, hit)):
                    found[which].append(hit)
            for key in gated:
                words.setdefault(key, []).append(start)
    lowered: tuple[str, bool] | None = None
    for which, signal_set in enumerate(sets):
        out = found[which]
        for index, scan in enumerate(signal_set.patterns):
            gate = scan.gate
            if gate is None:
                _scan(scan, text, 0, len(text), out)
            elif (which, index) in words:
                for lo, hi in gate.spans(text, words[which, index]):
                    _scan(scan, text, lo, hi, out)
            elif gate.scope == FOLDED:
                lowered = (text.lower(), has_unfoldable(text)) if lowered is None else lowered
                if gate.may_match_folded(*lowered):
                    _scan(scan, text, 0, len(text), out)
    return found


def _scan(scan: Scan, text: str, lo: int, hi: int, found: list[Hit]) -> None:
    """The hits of one pattern between ``lo`` and ``hi``, each inside one line."""
    lead = scan.lead
    for match in scan.regex.finditer(text, lo, hi):
        start, end = match.start(), match.end()
        if lead is not None:
            floor, char = max(0, start - lead.most), lead.char.compiled
            while start > floor and char.match(text, start - 1):
                start -= 1
        # "^\s*" may have run over blank lines and masked markup ("---" of a Markdown rule
        # above), "\s*$" over the line break after the last line or before a blank one: the
        # hit is the text between.
        while start < end and (text[start].isspace() or text[start] == "\0"):
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end or "\n" in text[start:end]:
            continue
        hit = Hit(start, end, scan.signal, text[start:end])
        if not (hit.signal.unless and _excused(text, hit)):
            found.append(hit)


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
        pattern = _skip_masks_at_line_start(pattern)
        # MULTILINE only where a pattern anchors on lines: it turns off re's fast scan for
        # a pattern's first characters, and costs several times the time on long drafts.
        flags = re.M if "^" in pattern.replace("[^", "") or "$" in pattern else 0
        try:
            validate(pattern, flags)
        except re.error as error:
            raise ConfigError(f"{where}: invalid pattern: {error}") from None
        strings = spelled_out(pattern)
        if strings is not None:
            for text in strings:
                by_phrase.setdefault(text, []).append(signal)
            compiled.phrases.append(signal)
            continue
        search, lead = _split_lead(pattern)
        # with a lead, the rewritten pattern's lookbehind is of fixed width: it compiles
        scan = Scan(OnDemand(search, flags), signal, lead, gate_for(search, flags))
        if scan.gate is None:
            scan.regex.compiled  # noqa: B018 - compiled now, as every document needs it
        compiled.patterns.append(scan)
    compiled.words = by_phrase
    compiled.automaton = _automaton((compiled,))
    return compiled


def _automaton(sets: tuple[SignalSet, ...]):
    """One automaton for the phrases of ``sets`` and for the words that open their gated
    patterns' scans. Its value for a word: the word, ``(list, signal)`` pairs, and the
    ``(list, pattern)`` pairs the word opens."""
    signals: dict[str, list[tuple[int, Signal]]] = {}
    gated: dict[str, list[tuple[int, int]]] = {}
    for which, signal_set in enumerate(sets):
        for word, found in signal_set.words.items():
            signals.setdefault(word, []).extend((which, signal) for signal in found)
        for index, scan in enumerate(signal_set.patterns):
            if scan.gate is not None and not scan.gate.folded:
                for word in scan.gate.words:
                    gated.setdefault(word, []).append((which, index))
    if not signals and not gated:
        return None
    return PhraseIndex((word, (word, tuple(signals.get(word, ())), tuple(gated.get(word, ()))))
                       for word in {**signals, **gated})


PAIRWISE = 32  # up to this many positive hits, comparing each pair is the quicker way


def _containment(hits: list[Hit]) -> list[bool]:
    """For each hit: does a longer, at least as heavy positive hit contain it?

    Only a positive hit can be inside, and only in another positive one; most lines have
    none or one, and a few compare each pair.
    """
    inside = [False] * len(hits)
    positive = [(index, hit) for index, hit in enumerate(hits) if hit.signal.weight > 0]
    if len(positive) < 2:
        return inside
    if len(positive) > PAIRWISE:
        return _containment_sorted(hits)
    for index, hit in positive:
        weight, start, end = hit.signal.weight, hit.start, hit.end
        for _, other in positive:
            if (other.signal.weight >= weight and other.start <= start and other.end >= end
                    and other.end - other.start > end - start):
                inside[index] = True
                break
    return inside


def _containment_sorted(hits: list[Hit]) -> list[bool]:
    """``_containment`` for many hits. Hits are short, so only hits starting within the
    longest hit's length before it need looking at."""
    order = sorted(range(len(hits)), key=lambda i: hits[i].start)
    starts = [hits[i].start for i in order]
    longest = max((h.end - h.start for h in hits), default=0)
    inside = [False] * len(hits)
    for index, hit in enumerate(hits):
        if hit.signal.weight <= 0:
            continue
        lo = bisect.bisect_left(starts, hit.end - longest)
        hi = bisect.bisect_right(starts, hit.start)
        for other in (hits[order[k]] for k in range(lo, hi)):
            if (other is not hit and other.signal.weight >= hit.signal.weight and other.end >= hit.end
                    and other.end - other.start > hit.end - hit.start):
                inside[index] = True
                break
    return inside


def score(hits: Iterable[Hit], floor: int) -> int:
    """Points of a group of hits.

    A hit inside a longer, at least as heavy hit does not count again (免费 inside 免费下载); a signal
    counts once however often it matches; negative signals together never go below ``floor``.
    """
    hits = list(hits)
    if not hits:
        return max(0, floor)
    kept = [h for h, inside in zip(hits, _containment(hits)) if not inside]
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
    positive = [h for h, inside in zip(hits, _containment(hits)) if h.signal.weight > 0 and not inside]
    positive.sort(key=lambda h: (-h.signal.weight, h.start))
    out: list[Hit] = []
    for hit in positive:
        if any(hit.text == o.text or (hit.start < o.end and o.start < hit.end) for o in out):
            continue
        out.append(hit)
        if len(out) == limit:
            break
    return sorted(out, key=lambda h: h.start)
