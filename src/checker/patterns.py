"""User-supplied regular expressions, guarded against catastrophic backtracking.

Patterns from a colleague's ruleset are data, not trusted code: a pattern like ``(a+)+$`` can
take exponential time on a long line. User patterns are compiled with the ``regex`` module and
every search runs under a time budget; a pattern that exceeds it is reported (as a rule failure
naming the pattern and the file) instead of hanging a pre-commit hook.
Built-in patterns are written and tested by us and use plain ``re``.

Patterns a run may never need (a dictionary entry's conditions, a form most drafts lack) are
:class:`OnDemand`: checked when loaded, compiled when first used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

try:  # the standard library's own regex parser (Python 3.11+; sre_parse before)
    from re import _parser
except ImportError:  # pragma: no cover
    import sre_parse as _parser

from .errors import ConfigError
from .pattern_cache import compiled_before

DEFAULT_BUDGET = 0.5  # seconds per pattern per document


class PatternTimeout(Exception):
    """A user pattern ran past its time budget on a document."""


@dataclass(eq=False)
class GuardedPattern:
    source: str
    where: str
    compiled: object
    budget: float = DEFAULT_BUDGET

    def finditer(self, text: str) -> Iterator:
        try:
            yield from self.compiled.finditer(text, timeout=self.budget)
        except TimeoutError:
            raise PatternTimeout(
                f"pattern {self.source!r} from {self.where} exceeded its {self.budget:g}s budget "
                "(catastrophic backtracking?); simplify it"
            ) from None


def compile_user_pattern(source: str, where: str, budget: float = DEFAULT_BUDGET) -> GuardedPattern:
    """Compile a pattern from user data; a syntax error is a ConfigError naming ``where``."""
    import regex

    if not isinstance(source, str) or not source:
        raise ConfigError(f"{where}: pattern must be a non-empty string")
    try:
        compiled = regex.compile(source, regex.V0)
    except regex.error as error:
        raise ConfigError(f"{where}: invalid pattern {source!r}: {error}") from None
    return GuardedPattern(source, where, compiled, budget)



class OnDemand:
    """A pattern compiled the first time it is used.

    Dictionaries attach small patterns to their entries (what may stand before a word, what
    after it); a draft meets few of the entries, and compiling every pattern of every entry
    would cost each run milliseconds for nothing. ``search``, ``match`` and ``finditer``
    behave as a compiled pattern's. Patterns from data go through :func:`on_demand`, which
    checks them when loaded.
    """

    __slots__ = ("source", "flags", "_compiled")

    def __init__(self, source: str, flags: int = 0, compiled: re.Pattern | None = None) -> None:
        self.source, self.flags, self._compiled = source, flags, compiled

    @property
    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = re.compile(self.source, self.flags)
        return self._compiled

    def search(self, *args):
        return self.compiled.search(*args)

    def match(self, *args):
        return self.compiled.match(*args)

    def finditer(self, *args):
        return self.compiled.finditer(*args)

    def __repr__(self) -> str:
        return f"OnDemand({self.source!r})"


def checked_parse(source: str, flags: int = 0) -> tuple[object, re.Pattern | None]:
    """The parse tree of ``source``, and the compiled pattern when checking needed it;
    ``re.error`` if the pattern is not valid.

    Parsing finds every error but one, a lookbehind of variable width, which only the
    compiler refuses: a pattern with a lookbehind is compiled as well.
    """
    compiled = re.compile(source, flags) if "(?<" in source else None
    return _parser.parse(source, flags), compiled


def on_demand(source: str, flags: int = 0) -> OnDemand:
    """``source`` checked now (``re.error`` if it is not valid) and compiled when first used;
    a pattern the process already holds compiled (see ``pattern_cache``) needs neither."""
    known = compiled_before(source, flags)
    return OnDemand(source, flags, known if known is not None else checked_parse(source, flags)[1])


def longest_first(words) -> list[str]:
    """The distinct non-empty ``words``, longest first, words of one length in code-point order.

    Longest first, so that an alternation of them matches the longest word at a place; ties
    in a fixed order, so that a pattern built from a set spells the same in every process,
    whatever order the set iterates in (the compiled-pattern cache is keyed by that text)."""
    return sorted({word for word in words if word}, key=lambda word: (-len(word), word))


def alternation(words) -> str:
    """A regular-expression alternation of literal ``words``: see :func:`longest_first`."""
    return "|".join(map(re.escape, longest_first(words)))


class LookbehindFirst:
    """A pattern that opens with lookbehinds, scanned as fast as the rest of it allows.

    ``re`` skips ahead quickly only for a pattern whose first character it knows: it looks for
    that character in C and tries a match only where it occurs. A pattern that opens with a
    lookbehind (``(?<![A-Za-z])(?:QQ群|微信号|…)``) gives it nothing to look for, and every
    position of the text is tried. This scans for the rest of the pattern and tests the
    lookbehinds only where the rest matches: where they fail, the scan resumes one character
    later, which is where a scan of the whole pattern would have found its next match too.
    ``finditer`` yields the same matches, with the same groups, as the whole pattern's
    (the lookbehinds hold no groups, and the rest never matches an empty string).
    """

    __slots__ = ("source", "lead", "rest")

    def __init__(self, source: str, lead: re.Pattern, rest: re.Pattern) -> None:
        self.source, self.lead, self.rest = source, lead, rest

    def finditer(self, text: str) -> Iterator[re.Match]:
        search, holds = self.rest.search, self.lead.match
        position = 0
        while (match := search(text, position)) is not None:
            if holds(text, match.start()) is not None:
                yield match
                position = match.end()
            else:
                position = match.start() + 1

    def __repr__(self) -> str:
        return f"LookbehindFirst({self.source!r})"


GLOBAL_FLAGS = re.compile(r"(?:\(\?[aiLmsux]+\))*")


def quick_scan(source: str, flags: int = 0) -> re.Pattern | LookbehindFirst:
    """``source`` compiled for ``finditer`` over whole texts: a :class:`LookbehindFirst` when
    it opens with lookbehinds that can be split off, else the compiled pattern itself."""
    compiled = re.compile(source, flags)
    try:
        split = _split_lookbehinds(source, flags, compiled)
    except (re.error, RecursionError):  # pragma: no cover - compiled above, so it parses
        split = None
    if split is None:
        return compiled
    return LookbehindFirst(source, *split)


def _split_lookbehinds(source: str, flags: int, compiled: re.Pattern):
    items = list(_parser.parse(source, flags))
    count = 0
    while count < len(items) and str(items[count][0]) in ("ASSERT", "ASSERT_NOT") and items[count][1][0] == -1:
        count += 1
    if count == 0 or count == len(items):
        return None
    prefix = GLOBAL_FLAGS.match(source).group()
    if flags & re.VERBOSE or "x" in prefix:
        return None  # whitespace and comments may stand between the groups
    end = len(prefix)
    for _ in range(count):
        end = _group_end(source, end)
        if end is None:
            return None
    lead, rest = re.compile(source[:end], flags), re.compile(prefix + source[end:], flags)
    if lead.groups or rest.groups != compiled.groups or rest.groupindex != compiled.groupindex:
        return None
    if _parser.parse(rest.pattern, flags).getwidth()[0] == 0:
        return None  # a rest that can match nothing would change where finditer resumes
    return lead, rest


def _group_end(source: str, start: int) -> int | None:
    """Where the lookbehind opening at ``start`` ends: the first ``)`` that closes a group the
    parser accepts on its own (a ``)`` inside a class or an inner group does not)."""
    if not source.startswith(("(?<=", "(?<!"), start):
        return None
    close = source.find(")", start)
    while close >= 0:
        try:
            parsed = list(_parser.parse(source[start:close + 1]))
        except re.error:
            parsed = None
        if parsed is not None and len(parsed) == 1 and str(parsed[0][0]) in ("ASSERT", "ASSERT_NOT"):
            return close + 1
        close = source.find(")", close + 1)
    return None
