"""Matching quotes by direction within one stretch of text.

Quotes differ from brackets: a writer who types ” for “ still means a pair, and a straight
quote can stand for either half. The analysis walks the quote marks of a paragraph in order,
expecting an opening quote, then a closing one, and decides at each surprise what went wrong,
looking one mark ahead:

* a closing quote where an opening one is due, followed by another closing quote
  (``”六项活动”``): the first is a reversed opening quote;
* a closing quote where an opening one is due, followed by an opening quote or nothing: an
  unopened closing quote;
* an opening quote while a quote is open, followed by a closing quote: the earlier opening
  quote was never closed;
* an opening quote while a quote is open, with no closing quote to come, standing where a
  closing quote would (after the quoted words, before a mark or more text): a reversed
  closing quote (``“六项活动“的``);
* two straight quotes in a row pair with each other; a straight quote next to curly ones
  takes whichever role is due.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .chars import CLOSERS, OPENERS, POINT_MARKS, SPACES

APOSTROPHE = re.compile(r"[A-Za-z0-9]['’][A-Za-z]")


@dataclass(eq=False)
class QuoteAnalysis:
    """Result for one kind of quote in one stretch: problems by text offset, and pairs."""

    problems: dict[int, str] = field(default_factory=dict)  # offset -> problem
    roles: dict[int, str] = field(default_factory=dict)  # offset -> "open" | "close"
    pairs: list[tuple[int, int]] = field(default_factory=list)

    @property
    def consistent(self) -> bool:
        """No mark is left without a partner: fixes of reversed marks are then certain."""
        return not any(p in ("unclosed", "unopened") for p in self.problems.values())


def quote_marks(text: str, start: int, end: int, straight: str, opening: str,
                closing: str) -> list[tuple[int, str]]:
    """``(offset, kind)`` of the quote marks in ``text[start:end]``: O, C or S (straight).

    Apostrophes inside Latin words (``don't``, ``Xi'an``, ``it’s``) are not quotes, unless a
    single quote is open and the word goes on in capitals (``‘CPI’CPI``).
    """
    marks = []
    depth = 0  # single quotes open so far
    finder = mark_finder(straight + opening + closing)
    for match in finder.finditer(text, start, end):
        index = match.start()
        char = text[index]
        if char in ("'", "’") and index > 0 and APOSTROPHE.match(text, index - 1) and (
                depth == 0 or text[index + 1].islower()):
            continue
        kind = "O" if char == opening else "C" if char == closing else "S"
        if kind == "O" or (kind == "S" and depth == 0):
            depth += 1
        elif depth:
            depth -= 1
        marks.append((index, kind))
    return marks


@lru_cache(maxsize=64)
def mark_finder(chars: str) -> re.Pattern:
    return re.compile(f"[{re.escape(chars)}]")


def _looks_like_opening(text: str, at: int) -> bool:
    """An opening quote follows a pause (or starts the line) and is followed by words."""
    before = text[at - 1] if at > 0 else "\n"
    after = text[at + 1] if at + 1 < len(text) else "\n"
    return (before in "\n" + SPACES + POINT_MARKS + OPENERS + "\0") and after not in "\n" + POINT_MARKS


def _looks_like_closing(text: str, at: int) -> bool:
    """A closing quote ends the quoted words: a pause mark or the line end follows, not a
    pause before it."""
    before = text[at - 1] if at > 0 else "\n"
    after = text[at + 1] if at + 1 < len(text) else "\n"
    return after in "\n" + POINT_MARKS + CLOSERS and before not in "\n" + SPACES + POINT_MARKS + OPENERS


def analyse_quotes(text: str, marks: list[tuple[int, str]]) -> QuoteAnalysis:
    result = QuoteAnalysis()
    # Two straight quotes in a row pair with each other ("好"): PU001 converts them, and they
    # take no part in matching the curly ones around them. Not when the first stands where a
    # quote closes and the second where one opens (“好"，又说"对”): they close and open pairs.
    rest: list[tuple[int, str]] = []
    i = 0
    while i < len(marks):
        if marks[i][1] == "S" and i + 1 < len(marks) and marks[i + 1][1] == "S" \
                and not _looks_like_closing(text, marks[i][0]) and not _looks_like_opening(text, marks[i + 1][0]):
            result.pairs.append((marks[i][0], marks[i + 1][0]))
            result.roles[marks[i][0]], result.roles[marks[i + 1][0]] = "open", "close"
            i += 2
            continue
        rest.append(marks[i])
        i += 1
    marks = rest
    open_at: int | None = None
    for i, (pos, kind) in enumerate(marks):
        following = marks[i + 1][1] if i + 1 < len(marks) else None
        if open_at is None:
            if kind == "C":
                if following in ("C", "S"):
                    result.problems[pos] = "reversed-open"
                    result.roles[pos] = "open"
                    open_at = pos
                else:
                    result.problems[pos] = "unopened"
                continue
            if kind == "S":
                result.problems[pos] = "straight"
            result.roles[pos] = "open"
            open_at = pos
            continue
        if kind in ("C", "S"):
            if kind == "S":
                result.problems[pos] = "straight"
            result.roles[pos] = "close"
            result.pairs.append((open_at, pos))
            open_at = None
            continue
        # An opening quote while one is open.
        if following in (None, "O") and not _looks_like_opening(text, pos):
            result.problems[pos] = "reversed-close"
            result.roles[pos] = "close"
            result.pairs.append((open_at, pos))
            open_at = None
        else:
            result.problems[open_at] = "unclosed"
            result.roles[pos] = "open"
            open_at = pos
    if open_at is not None:
        result.problems[open_at] = "unclosed"
    return result
