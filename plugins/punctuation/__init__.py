"""Rules for punctuation (being written)."""

from checker import hookimpl


@hookimpl
def checker_rules():
    return []
