"""The hooks a checker plugin may implement.

A plugin is a module (or object) with functions decorated by ``checker.hookimpl`` whose names
match the specs below. Built-in plugins, installed plugins (entry point group
``checker.plugins``) and local plugin files named in ``plugins = [...]`` all go through the same
hooks. Every hook *registers* things by returning a list; the host concatenates the lists of all
plugins. An implementation may accept fewer arguments than the spec (pluggy prunes them), so
arguments added later never break an old plugin.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from .formats import Formatter
    from .readers import Reader
    from .rule import Rule

hookspec = pluggy.HookspecMarker("checker")
hookimpl = pluggy.HookimplMarker("checker")


# --------------------------------------------------------------------------------------
# Registration: called once per process, after all plugins are loaded.
# --------------------------------------------------------------------------------------


@hookspec
def checker_rules() -> "list[Rule]":
    """Return the rules this plugin contributes.

    Called once when the rule registry is built. Rule ids must be unique across all plugins;
    a clash is reported as a plugin error naming both plugins.
    """


@hookspec
def checker_readers() -> "list[Reader]":
    """Return readers for more file types.

    A reader declares the suffixes it handles (``.docx``) and turns bytes into a
    :class:`checker.Document`. A later plugin's reader for the same suffix replaces an
    earlier one, so a third-party plugin can override a built-in reader.
    """


@hookspec
def checker_formatters() -> "list[Formatter]":
    """Return output formats (``--format NAME``) this plugin adds."""


@hookspec
def checker_ruleset_dirs() -> "list[Path]":
    """Return directories that hold data files (``NAME.toml``) for this plugin's rules.

    ``context.data(NAME)`` merges the built-in ``rulesets/NAME.toml``, then every file of that
    name in these directories, then the user's own files listed under ``[data]`` in the config.
    """
