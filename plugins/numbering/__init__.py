"""Numbering and counts (NU rules): sequences, style and hierarchy of numbered items,
announced and stated counts, and items that lost their paragraph break.

``markers`` knows what a marker looks like, ``outline`` groups markers into runs and runs
into a hierarchy, ``counts`` finds the counts a draft states; each rule in ``rules`` is a
small function over that model.
"""

from checker import hookimpl

from .rules import RULES


@hookimpl
def checker_rules():
    return list(RULES)
