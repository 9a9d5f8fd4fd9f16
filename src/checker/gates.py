"""Literal gates: the strings every match of a regular expression must contain.

A rule that runs a pattern over every draft pays for a scan even when the draft cannot hold
a match, and ``re`` gets none of its quick literal search for a pattern that opens with a
lookbehind or a character class. The parse tree of ``(?<![—―])(?:[—―]{3}|[—―]{5,})`` shows
that every match contains ``———`` or ``―――``: ``"———" in text`` answers in a fraction of the
scan whether the scan is worth running, and most drafts hold none of those words.

``gate_for`` reads a pattern's gate; ``Gate.may_occur`` is the quick test before a scan, and
``Gate.spans`` narrows a scan to the stretches around the words, given where they occur (the
ads rules find them with the Aho-Corasick automaton they run anyway).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from itertools import product

from .pattern_facts import recall

try:  # the standard library's own regex parser (Python 3.11+; sre_parse before)
    from re import _parser as _sre
except ImportError:  # pragma: no cover
    import sre_parse as _sre

try:  # how re itself matches a letter case-insensitively
    from _sre import unicode_tolower as _tolower
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover
    _tolower = _EXTRA_CASES = None

EXPANSION_LIMIT = 300
FOLDED = "folded"
REACH_LIMIT = 200  # a pattern whose matches can be longer is not scanned in windows
FOLDED_LIMIT = 64  # spellings of one case-insensitive word worth listing
# Characters whose str.lower() is not the single character re compares them by (İ gives i
# and a combining dot): a text holding one is scanned without looking at the gate.
UNFOLDABLE = "\u0130"
ZERO_WIDTH = {"AT", "ASSERT", "ASSERT_NOT"}
REPEATS = {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}
CATEGORY_TESTS = {
    "CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W",
}


@dataclass(frozen=True)
class Gate:
    """What a pattern needs before it is worth scanning, and where to scan it.

    ``words``: every match contains one of them. ``scope`` says where a scan finds all the
    matches a scan of the whole text would:

    * ``window``: a match is at most ``reach`` characters long and its lookaheads see at
      most ``ahead`` characters past it, so it lies within ``reach`` characters of one of
      the words; windows far enough apart cannot share a match (see ``spans``);
    * ``line``: no part of the pattern can match a newline and no anchor depends on where
      the string ends, so a match lies inside one line and each line can be scanned alone;
    * ``text``: the whole text, when any of the words occurs;
    * ``folded``: the pattern ignores case; the words are lowercase spellings to look for
      in the lowercased text (see ``may_match_folded``), and the whole text is scanned.
    """

    words: tuple[str, ...]
    scope: str
    reach: int = 0
    ahead: int = 0

    @property
    def folded(self) -> bool:
        return self.scope == FOLDED

    def spans(self, text: str, starts: list[int]) -> list[tuple[int, int]]:
        """Where to scan ``text``, given where the words start (in any order)."""
        if self.scope == "window":
            return self._windows(len(text), sorted(starts))
        if self.scope == "line":
            return _lines(text, starts)
        return [(0, len(text))]

    def _windows(self, size: int, starts: list[int]) -> list[tuple[int, int]]:
        """Stretches around the words, each scanned with its own start and end.

        A match holding the word at ``a`` lies in ``[a - reach, a + reach)`` and what it looks
        at in ``[.., a + reach + ahead]``; a window ends two characters later still, so that
        ``$`` and ``\\b`` at its last positions see the text that follows. Two windows are
        kept apart only if no match of one can reach into the other: then the scan of each
        window starts where a scan of the whole text is between matches.
        """
        reach, after = self.reach, self.reach + self.ahead + 2
        out: list[tuple[int, int]] = []
        for start in starts:
            if out and start - reach < out[-1][1]:
                out[-1] = (out[-1][0], min(size, start + after))
            else:
                out.append((max(0, start - reach), min(size, start + after)))
        return out

    def may_occur(self, text: str) -> bool:
        """False only when no match can occur in ``text``: none of the words is in it."""
        if self.folded:
            return self.may_match_folded(text.lower(), has_unfoldable(text))
        return any(word in text for word in self.words)

    @cached_property
    def _finder(self) -> re.Pattern:
        return re.compile("|".join(map(re.escape, self.words)))

    def may_match_folded(self, lowered: str, unfoldable: bool) -> bool:
        """Could a case-insensitive match occur in a text? ``lowered`` is the text lowercased,
        ``unfoldable`` says whether it holds a character of ``UNFOLDABLE``."""
        return unfoldable or self._finder.search(lowered) is not None


def spelled_out(pattern: str, parsed=None) -> tuple[str, ...] | None:
    """Every string ``pattern`` can match, when it is made only of literals, sets of
    literals, alternatives and optional parts and the strings are few; ``None`` for any other
    pattern (anchors, lookarounds, repeats, flags). Such a pattern is a list of phrases: an
    automaton finds them all in one pass instead of a scan each. ``parsed``: the pattern's
    parse tree, when the caller has it. Kept between runs (see ``checker.pattern_facts``)."""
    return recall("spelled", pattern, 0, lambda: _read_spelled(pattern, parsed))


def _read_spelled(pattern: str, parsed) -> tuple[str, ...] | None:
    try:
        parsed = _sre.parse(pattern) if parsed is None else parsed
        if parsed.state.flags & re.IGNORECASE or _has_zero_width(list(parsed)):
            return None
        words = _exact_sequence(list(parsed))
    except Exception:  # noqa: BLE001 - _Unsupported, or a pattern compile() will refuse
        return None
    if not words or "" in words:
        return None
    return tuple(sorted(set(words)))


def _has_zero_width(items) -> bool:
    for op, arg in items:
        name = str(op)
        if name in ZERO_WIDTH:
            return True
        if name == "SUBPATTERN" and _has_zero_width(arg[-1]):
            return True
        if name == "BRANCH" and any(_has_zero_width(branch) for branch in arg[1]):
            return True
        if name in REPEATS and _has_zero_width(arg[2]):
            return True
    return False


def has_unfoldable(text: str) -> bool:
    return any(ch in text for ch in UNFOLDABLE)


class _Unsupported(Exception):
    """A construct the analysis does not reason about: the pattern is scanned ungated."""


def _lines(text: str, starts: list[int]) -> list[tuple[int, int]]:
    """The lines holding the positions ``starts``, each once, in text order."""
    out: list[tuple[int, int]] = []
    for line_start in sorted({text.rfind("\n", 0, start) + 1 for start in starts}):
        line_end = text.find("\n", line_start)
        out.append((line_start, len(text) if line_end < 0 else line_end))
    return out


def gate_for(pattern: str, flags: int = 0, parsed=None) -> Gate | None:
    """The gate of a pattern, or ``None`` when it has to be scanned everywhere.

    Patterns with scoped flags are never gated, nor case-insensitive patterns whose words
    have too many spellings. Reading the gate parses the pattern but does not compile it:
    the patterns whose words a draft lacks are never compiled at all. ``parsed``: the
    pattern's parse tree, when the caller has it already. Gates are kept between runs
    (see ``checker.pattern_facts``).
    """
    kept = recall("gate", pattern, flags, lambda: _read_gate(pattern, flags, parsed))
    return None if kept is None else Gate(*kept)


def _read_gate(pattern: str, flags: int, parsed) -> tuple | None:
    """The fields of the pattern's :class:`Gate`, or ``None``."""
    try:
        parsed = _sre.parse(pattern, flags) if parsed is None else parsed
        flags |= parsed.state.flags  # with the inline ones, (?i) and the like
        words = _required(list(parsed))
        crosses = _may_cross_line(list(parsed), flags)
        ahead = _lookahead_reach(list(parsed))
        reach = parsed.getwidth()[1]
    except Exception:  # noqa: BLE001 - _Unsupported, or a parser of another Python: scan ungated
        return None
    if not words:
        return None
    if flags & re.IGNORECASE:
        folded = _folded_words(words)
        return None if folded is None else (tuple(folded), FOLDED, 0, 0)
    if reach <= REACH_LIMIT and ahead <= REACH_LIMIT:
        return (tuple(words), "window", reach, ahead)
    return (tuple(words), "text" if crosses else "line", 0, 0)


def _lookahead_reach(items) -> int:
    """How far past the position they stand at the pattern's lookaheads can look, together."""
    total = 0
    for op, arg in items:
        name = str(op)
        if name in ("ASSERT", "ASSERT_NOT"):
            total += (arg[1].getwidth()[1] if arg[0] == 1 else 0) + _lookahead_reach(arg[1])
        elif name == "SUBPATTERN":
            total += _lookahead_reach(arg[-1])
        elif name == "ATOMIC_GROUP":
            total += _lookahead_reach(arg)
        elif name in REPEATS:
            total += _lookahead_reach(arg[2])
        elif name == "BRANCH":
            total += sum(_lookahead_reach(branch) for branch in arg[1])
        elif name == "GROUPREF_EXISTS":
            raise _Unsupported(name)
    return total


def _folded_words(words: list[str]) -> list[str] | None:
    """The lowercase spellings of ``words`` that a case-insensitive match leaves in the
    lowercased text.

    re takes a character as a cased letter if its lowercase form, or one of the few other
    lowercase letters with the same uppercase (ı for i, ſ for s), is the letter's; for every
    character but those in ``UNFOLDABLE`` that lowercase form is what ``str.lower`` gives.
    """
    if _tolower is None:
        return None
    out: list[str] = []
    for word in words:
        options = [_fold_options(ch) for ch in word]
        count = 1
        for option in options:
            count *= len(option)
        if count > FOLDED_LIMIT:
            return None
        out += ("".join(spelling) for spelling in product(*options))
    return _minimal(out)


def _fold_options(ch: str) -> list[str]:
    lower = _tolower(ord(ch))
    return sorted({chr(lower), *map(chr, _EXTRA_CASES.get(lower, ())), ch.lower()})


def _exact(item) -> list[str] | None:
    """All the strings one parse item can consume, if they are few and spelled out."""
    op, arg = item
    name = str(op)
    if name == "LITERAL":
        return [chr(arg)]
    if name == "IN" and all(str(o) == "LITERAL" for o, _ in arg):
        return sorted({chr(a) for _, a in arg})
    if name in ZERO_WIDTH:
        return [""]
    if name == "SUBPATTERN":
        _check_flags(arg)
        return _exact_sequence(arg[-1])
    if name == "BRANCH":
        out = _union(arg[1], _exact_sequence)
        return out if out is not None and len(out) <= EXPANSION_LIMIT else None
    if name in REPEATS and arg[0] == 0 and arg[1] == 1:
        sub = _exact_sequence(arg[2])
        return None if sub is None else [""] + sub
    return None


def _exact_sequence(items) -> list[str] | None:
    out: list[str] | None = [""]
    for item in items:
        options = _exact(item)
        out = None if options is None else _joined(out, options)
        if out is None:
            return None
    return out


def _joined(words: list[str], options: list[str]) -> list[str] | None:
    """Each word followed by each option; ``None`` when that makes too many."""
    if len(words) * len(options) > EXPANSION_LIMIT:
        return None
    return [a + b for a in words for b in options]


def _required(items) -> list[str] | None:
    """Strings one of which every match of the sequence contains; ``None`` if none are known.

    Runs of spelled-out items (网 then 整理) give their concatenations, and so does any stretch
    of such a run; other items give what they require themselves. See ``_preference`` for
    which candidate wins.
    """
    candidates: list[list[str]] = []
    run: list[list[str]] = []
    for item in items:
        options = _exact(item)
        if options is not None:
            run.append(options)
            continue
        _add_run(candidates, run)
        run = []
        _add_candidate(candidates, _required_item(item))
    _add_run(candidates, run)
    return max(candidates, key=_preference) if candidates else None


def _preference(words: list[str]) -> tuple[int, int, int]:
    """Words of three characters or more are rare in a draft and skip most scans; among
    those alike, fewer first characters keep the automaton quick (each one is an edge its
    root compares every character of the text with), then fewer words."""
    return min(min(map(len, words)), 3), -len({word[0] for word in words}), -len(words)


def _add_run(candidates: list[list[str]], run: list[list[str]]) -> None:
    """The stretches of a run of spelled-out items as candidates.

    From each start, stretches grow until all their words have three characters: a longer
    one would start with the same characters and have at least as many words, so
    ``_preference`` could not rank it higher, and the run is not spelled out again.
    """
    for first in range(len(run)):
        words: list[str] | None = [""]
        for options in run[first:]:
            words = _joined(words, options)
            if words is None:
                break
            _add_candidate(candidates, words)
            if min(map(len, words)) >= 3:
                break


def _add_candidate(candidates: list[list[str]], words: list[str] | None) -> None:
    if words and "" not in words:
        candidates.append(_minimal(words))


def _minimal(words: list[str]) -> list[str]:
    """The words without those that contain another one ([声明 goes when 声明 is there): a
    text holding the longer word holds the shorter one too."""
    unique = sorted(set(words), key=len)
    if not unique or len(unique[0]) == len(unique[-1]):
        return sorted(unique)  # distinct words of one length: none holds another
    kept: set[str] = set()
    lengths: list[int] = []  # of the kept words, ascending
    for word in unique:
        # Look the word's substrings up among the kept words rather than each kept word up in
        # the word: lists of hundreds of words are common, the words are short.
        size = len(word)
        if not any(word[i:i + n] in kept for n in lengths if n < size for i in range(size - n + 1)):
            kept.add(word)
            if not lengths or lengths[-1] != size:
                lengths.append(size)
    return sorted(kept)


def _required_item(item) -> list[str] | None:
    op, arg = item
    name = str(op)
    if name == "SUBPATTERN":
        _check_flags(arg)
        return _required(arg[-1])
    if name == "ATOMIC_GROUP":
        return _required(arg)
    if name in REPEATS:
        return _required_repeat(arg) if arg[0] >= 1 else None
    if name == "BRANCH":
        return _union(arg[1], _required)
    return None


def _union(branches, words_of) -> list[str] | None:
    """The words of every branch together; ``None`` if a branch has none."""
    out: list[str] = []
    for branch in branches:
        words = words_of(branch)
        if words is None:
            return None
        out += words
    return out


def _required_repeat(arg) -> list[str] | None:
    """What a repeat taken at least once requires: for a spelled-out item, its spellings run
    together as often as the repeat's least count allows, up to three times (``。{3,}``
    requires ``。。。``); for another item, what the item requires."""
    least, _, item = arg
    options = _exact_sequence(item)
    if options is None or "" in options:
        return _required(item)
    words = options
    for _ in range(min(least, 3) - 1):
        longer = _joined(words, options)
        if longer is None:
            break
        words = longer
    return words


def _check_flags(subpattern_arg) -> None:
    if subpattern_arg[1] or subpattern_arg[2]:
        raise _Unsupported("scoped flags")


def _may_cross_line(items, flags: int) -> bool:
    """Can any part of the pattern, lookarounds included, match a newline or depend on the
    string's end (``\\Z``, ``$`` without MULTILINE)?"""
    return any(_item_crosses(item, flags) for item in items)


def _item_crosses(item, flags: int) -> bool:
    op, arg = item
    name = str(op)
    if name == "LITERAL":
        return arg == 10
    if name == "NOT_LITERAL":
        return arg != 10
    if name == "ANY":
        return bool(flags & re.DOTALL)
    if name == "IN":
        return _class_has_newline(arg)
    if name == "AT":
        at = str(arg)
        return at in ("AT_END_STRING", "AT_END") and not (at == "AT_END" and flags & re.MULTILINE)
    if name in ("ASSERT", "ASSERT_NOT"):
        return _may_cross_line(arg[1], flags)
    if name == "SUBPATTERN":
        _check_flags(arg)
        return _may_cross_line(arg[-1], flags)
    if name == "ATOMIC_GROUP":
        return _may_cross_line(arg, flags)
    if name in REPEATS:
        return _may_cross_line(arg[2], flags)
    if name == "BRANCH":
        return any(_may_cross_line(branch, flags) for branch in arg[1])
    raise _Unsupported(name)


def _class_has_newline(items) -> bool:
    negate, found = False, False
    for op, arg in items:
        name = str(op)
        if name == "NEGATE":
            negate = True
        elif name == "LITERAL":
            found = found or arg == 10
        elif name == "RANGE":
            found = found or arg[0] <= 10 <= arg[1]
        elif name == "CATEGORY" and str(arg) in CATEGORY_TESTS:
            found = found or re.match(CATEGORY_TESTS[str(arg)], "\n") is not None
        else:
            raise _Unsupported(name)
    return found != negate
