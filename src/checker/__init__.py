"""checker: a quality and compliance linter for Chinese drafts.

The public API for plugin authors is what this module exports: ``rule`` and ``Rule`` to
declare rules, ``PhraseIndex`` to find many phrases in one pass, ``Finding``/``Fix``/``Edit``/``Related`` to report, ``Document`` and ``Context``
as the rule's inputs, and ``hookimpl`` to register. Plugins import from here and nowhere else.
"""

from .context import Context
from .document import Document, Region, Token
from .errors import CheckerError, ConfigError, InputError
from .finding import Edit, Finding, Fix, Related
from .hookspecs import hookimpl
from .phrases import PhraseIndex
from .rule import Rule, rule

__version__ = "0.1.0"

__all__ = [
    "Context", "Document", "Region", "Token", "CheckerError", "ConfigError", "InputError",
    "Edit", "Finding", "Fix", "Related", "hookimpl", "PhraseIndex", "Rule", "rule", "__version__",
]
