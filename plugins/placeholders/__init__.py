"""Unfilled placeholders and dropped names (PH rules)."""

from checker import hookimpl

from .markers import placeholder_marker


@hookimpl
def checker_rules():
    return [placeholder_marker]
