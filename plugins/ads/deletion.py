"""Unsafe fixes that delete site lines and tidy the blank lines they leave behind.

Deleting a line removes the line and its newline. What happens to the blank lines around it
depends on where it stands:

* at the head (only blank or site lines above it): the blank lines below it go too, so the
  draft starts at its title, not at an empty gap;
* at the tail (only blank or site lines below it): the blank lines above it go, and trailing
  blank lines to the end of the file, so the draft ends with its last sentence and one newline;
* in between, when blank lines stand on both sides: the blank lines below it go, so one gap is
  left where there were two.

Each line of a block computes its own deletion by these rules, so the deletions of several
lines never overlap and together equal the deletion of the block.
"""

from __future__ import annotations

from checker import Edit, Fix

from .layout import Layout


def delete_lines(layout: Layout, first: int, last: int) -> Fix:
    doc = layout.doc
    count = len(layout.lines)
    start = doc.line_starts[first - 1]
    end = doc.line_starts[last] if last < count else len(doc.text)
    if layout.clear_above(first):
        if layout.blank_above(first):
            start = 0
        n = last + 1
        while n <= count and layout.line(n).blank:
            n += 1
        end = doc.line_starts[n - 1] if n <= count else len(doc.text)
    elif layout.clear_below(last):
        n = first - 1
        while n >= 1 and layout.line(n).blank:
            n -= 1
        start = doc.line_starts[n] if n >= 1 else 0
        if layout.blank_below(last):
            end = len(doc.text)
    elif _blank(layout, first - 1) and _blank(layout, last + 1):
        n = last + 1
        while n <= count and layout.line(n).blank:
            n += 1
        end = doc.line_starts[n - 1] if n <= count else len(doc.text)
    return Fix((Edit(start, end, ""),), "unsafe")


def delete_span(layout: Layout, start: int, end: int) -> Fix:
    """Delete a sentence or aside inside a line, with the spaces that separated it."""
    text = layout.doc.text
    while end < len(text) and text[end] in " \t\u3000":
        end += 1
    if end >= len(text) or text[end] == "\n":
        while start > 0 and text[start - 1] in " \t\u3000":
            start -= 1
    return Fix((Edit(start, end, ""),), "unsafe")


def _blank(layout: Layout, number: int) -> bool:
    return not (1 <= number <= len(layout.lines)) or layout.line(number).blank
