"""House style: a team's own wording rules, written as TOML data instead of Python."""

from checker import hookimpl

from .house_style import house_style


@hookimpl
def checker_rules():
    return [house_style]
