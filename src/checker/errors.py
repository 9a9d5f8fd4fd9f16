"""Errors a user can cause, each mapped to exit code 2 and printed as one line.

Anything raised as a ``CheckerError`` is the user's to fix (bad path, bad config, bad input);
the CLI prints it without a traceback. Anything else is a bug in checker or a plugin.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2


class CheckerError(Exception):
    """A user-facing error: printed as ``checker: <message>`` and exit code 2."""

    exit_code = EXIT_USAGE


class ConfigError(CheckerError):
    """A configuration or ruleset file is malformed or names something unknown."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        where = ""
        if path:
            where = f"{path}:{line}: " if line else f"{path}: "
        super().__init__(f"{where}{message}")
        self.path = path
        self.line = line


class InputError(CheckerError):
    """A file to check cannot be read as text."""
