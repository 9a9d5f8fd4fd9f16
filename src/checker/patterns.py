"""User-supplied regular expressions, guarded against catastrophic backtracking.

Patterns from a colleague's ruleset are data, not trusted code: a pattern like ``(a+)+$`` can
take exponential time on a long line. User patterns are compiled with the ``regex`` module and
every search runs under a time budget; a pattern that exceeds it is reported (as a rule failure
naming the pattern and the file) instead of hanging a pre-commit hook.
Built-in patterns are written and tested by us and use plain ``re``.

Patterns a run may never need (a dictionary entry's conditions, a form most drafts lack) are
:class:`OnDemand`: checked when loaded, compiled when first used.

Whole-text scans go through :func:`quick_scan` where ``re`` would try a pattern at every
character: opening lookbehinds are tested only where the rest matches (:class:`LookbehindFirst`),
and a pattern with no first character ``re`` can skip to is scanned by the characters its
matches can start with (:class:`FirstCharFirst`). Both find exactly the pattern's own matches.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from typing import Iterator

try:  # the standard library's own regex parser (Python 3.11+; sre_parse before)
    from re import _parser
except ImportError:  # pragma: no cover
    import sre_parse as _parser

from .errors import ConfigError
from .pattern_cache import compiled_before
from .pattern_facts import recall

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

    __slots__ = ("source", "flags", "_compiled", "_scanner")

    def __init__(self, source: str, flags: int = 0, compiled: re.Pattern | None = None) -> None:
        self.source, self.flags, self._compiled = source, flags, compiled
        self._scanner = None

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
        """Scanned by the characters a match starts with where ``re`` cannot skip ahead by
        itself (see :class:`FirstCharFirst`): the same matches."""
        if self._scanner is None:
            self._scanner = first_char_first(self.compiled)
        return self._scanner.finditer(*args)

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
    a pattern the process already holds compiled (see ``pattern_cache``), or one known valid
    from an earlier run (see ``pattern_facts``), needs no checking."""
    known = compiled_before(source, flags)
    if known is None:
        _checked_once(source, flags)
    return OnDemand(source, flags, known)


def validate(source: str, flags: int = 0) -> None:
    """``re.error`` if ``source`` is not a valid pattern; a pattern compiled already, or found
    valid once (see ``pattern_facts``), is not parsed again."""
    if compiled_before(source, flags) is None:
        _checked_once(source, flags)


def _checked_once(source: str, flags: int) -> None:
    recall("valid", source, flags, lambda: checked_parse(source, flags) and True)


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


def quick_scan(source: str, flags: int = 0) -> "re.Pattern | LookbehindFirst | FirstCharFirst":
    """``source`` compiled for ``finditer`` over whole texts, so that ``re`` can skip ahead.

    Lookbehinds it opens with are split off (:class:`LookbehindFirst`); what remains, when
    ``re`` knows no character it must start with, is scanned by the characters it can start
    with (:class:`FirstCharFirst`). Otherwise the compiled pattern itself.
    """
    compiled = re.compile(source, flags)
    split = recall("lookbehinds", source, flags, lambda: _lookbehind_split(source, flags, compiled))
    if split is None:
        return first_char_first(compiled)
    lead, rest = (re.compile(part, flags) for part in split)
    return LookbehindFirst(source, lead, first_char_first(rest))


def _lookbehind_split(source: str, flags: int, compiled: re.Pattern) -> tuple[str, str] | None:
    try:
        split = _split_lookbehinds(source, flags, compiled)
    except (re.error, RecursionError):  # pragma: no cover - compiled above, so it parses
        return None
    return None if split is None else (split[0].pattern, split[1].pattern)


class FirstCharFirst:
    """A pattern ``re`` cannot skip through, scanned by the characters its matches start with.

    ``re`` looks for a pattern's first character in C only when the pattern opens with a
    literal or a class; one that opens with an optional part or a choice of groups (a phone
    number: ``(?:(?:\\+|00)?86…)?1[3-9]…|(?:[(（]0…``) is tried at every position of the text.
    ``finder`` is the class of the characters a match can start with, followed by a
    lookbehind that tries the whole pattern from that character; ``re`` skips in C to where it
    holds, and the pattern's own match there is what ``finditer`` on it would have found.
    """

    __slots__ = ("pattern", "finder")

    def __init__(self, pattern: re.Pattern, finder: re.Pattern) -> None:
        self.pattern, self.finder = pattern, finder

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        find, match = self.finder.search, self.pattern.match
        while (found := find(text, pos, endpos)) is not None:
            result = match(text, found.start(), endpos)
            if result is not None:  # always, the finder having tried the same match
                return result
            pos = found.start() + 1  # pragma: no cover
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        while (match := self.search(text, pos, endpos)) is not None:
            yield match
            pos = match.end()  # never empty: a pattern that may match nothing is not used

    def __repr__(self) -> str:
        return f"FirstCharFirst({self.pattern.pattern!r})"


def first_char_first(compiled: re.Pattern) -> "re.Pattern | FirstCharFirst":
    """``compiled`` as a :class:`FirstCharFirst` when ``re`` cannot skip through it and the
    characters its matches start with are a narrow class; else ``compiled`` itself."""
    source, flags = compiled.pattern, compiled.flags
    if not isinstance(source, str):
        return compiled
    finder = recall("first-chars", source, flags, lambda: _finder_source(source, flags))
    return compiled if finder is None else FirstCharFirst(compiled, re.compile(finder, flags))


def _finder_source(source: str, flags: int) -> str | None:
    """The pattern a :class:`FirstCharFirst` finds the starts of ``source``'s matches with,
    or ``None`` when ``re`` does as well by itself."""
    if flags & (re.IGNORECASE | re.VERBOSE):
        return None
    prefix = GLOBAL_FLAGS.match(source).group()
    if "i" in prefix or "x" in prefix:
        return None
    try:
        items = _parser.parse(source, flags)
        if _opens_with_class(items) or _anchored_at_start(items, flags):
            return None  # re skips ahead, or tries one position, by itself
        first, may_be_empty = _first_chars(items)
        if first is None or may_be_empty or not first or _breadth(first) > NARROW:
            return None
        klass = "[" + "".join(text for text, _ in first) + "]"
        finder = f"{prefix}{klass}(?<=(?={source[len(prefix):]}){klass})"
        re.compile(finder, flags)
    except (re.error, RecursionError, _NotNarrow):
        return None
    return finder


class _NotNarrow(Exception):
    """The first character of a match may be almost any: scanning by it gains nothing."""


CATEGORY_CLASSES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s"}
# At most this many characters a match may start with, for a scan by them to pay: a class
# of most of the Han characters matches nearly everywhere, and each match would then be
# tried twice. \d and \s count as the digits and spaces a draft holds.
NARROW = 256
CATEGORY_BREADTH = {"CATEGORY_DIGIT": 10, "CATEGORY_SPACE": 8}


def _breadth(items: list[tuple[str, int]]) -> int:
    return sum(count for _, count in items)


def _anchored_at_start(items, flags: int) -> bool:
    """``^`` without MULTILINE, or ``\\A``: ``re`` tries the start of the text and stops."""
    while len(items) and str(items[0][0]) == "SUBPATTERN":
        items = items[0][1][3]
    if not len(items) or str(items[0][0]) != "AT":
        return False
    where = str(items[0][1])
    return where == "AT_BEGINNING_STRING" or (where == "AT_BEGINNING" and not flags & re.MULTILINE)


def _opens_with_class(items) -> bool:
    """Does ``re`` find a literal or a class to skip to at the pattern's start?"""
    while len(items) and str(items[0][0]) == "SUBPATTERN" and not (items[0][1][1] or items[0][1][2]):
        items = items[0][1][3]
    if not len(items):
        return False
    op, value = items[0]
    if str(op) in ("LITERAL", "IN"):
        return True
    if str(op) == "BRANCH":
        return all(len(alt) and str(alt[0][0]) == "LITERAL" for alt in value[1])
    return False


def _first_chars(items) -> tuple[list[tuple[str, int]] | None, bool]:
    """The class items (``a``, ``a-z``, ``\\d``, each with how many characters it stands for)
    of the characters a match of the sequence ``items`` can start with, and whether it can
    match an empty string. Lookarounds and anchors match no character and are passed over:
    the class may hold too much, never too little. ``(None, _)`` where a construct cannot be
    read so (a backreference)."""
    chars: list[tuple[str, int]] = []
    for op, value in items:
        first, may_be_empty = _first_of(str(op), value)
        if first is None:
            return None, True
        chars += first
        if not may_be_empty:
            return chars, False
    return chars, True


def _first_of(op: str, value) -> tuple[list[tuple[str, int]] | None, bool]:
    if op == "LITERAL":
        return [(_class_char(value), 1)], False
    if op == "IN":
        return _class_items(value), False
    if op in ("AT", "ASSERT", "ASSERT_NOT"):
        return [], True
    if op == "SUBPATTERN":
        _group, add_flags, _del_flags, sub = value
        return (None, True) if add_flags & (re.IGNORECASE | re.VERBOSE) else _first_chars(sub)
    if op == "ATOMIC_GROUP":
        return _first_chars(value)
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        least, _most, sub = value
        first, may_be_empty = _first_chars(sub)
        return first, may_be_empty or least == 0
    if op == "BRANCH":
        chars: list[tuple[str, int]] = []
        empty = False
        for alternative in value[1]:
            first, may_be_empty = _first_chars(alternative)
            if first is None:
                return None, True
            chars += first
            empty = empty or may_be_empty
        return chars, empty
    if op in ("ANY", "NOT_LITERAL"):
        raise _NotNarrow
    return None, True  # a backreference, a conditional group: not read


def _class_items(value) -> list[tuple[str, int]]:
    out = []
    for op, item in value:
        op = str(op)
        if op == "LITERAL":
            out.append((_class_char(item), 1))
        elif op == "RANGE":
            out.append((f"{_class_char(item[0])}-{_class_char(item[1])}", item[1] - item[0] + 1))
        elif op == "CATEGORY" and str(item) in CATEGORY_CLASSES:
            out.append((CATEGORY_CLASSES[str(item)], CATEGORY_BREADTH[str(item)]))
        else:  # a negated class, \\w, \\S: nearly every character
            raise _NotNarrow
    return out


def _class_char(code: int) -> str:
    """A character written for a class: what a class reads specially, or as a set operation
    (``--``, ``&&``, ``~~``, ``||``), escaped."""
    char = chr(code)
    return "\\" + char if char in "\\]^-[&~|" else char


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
