"""Rules for typos (being written)."""

from checker import hookimpl


@hookimpl
def checker_rules():
    return []
