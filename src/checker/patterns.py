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
