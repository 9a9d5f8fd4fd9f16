"""A rule is metadata plus one function ``check(document, context) -> Iterable[Finding]``.

The metadata is the rule's documentation: ``checker rules``, ``checker explain``, SARIF help text
and the generic example test all read it, so it is written once, next to the code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterable

from .finding import SEVERITIES, Finding

if TYPE_CHECKING:
    from .context import Context
    from .document import Document

CATEGORIES = (
    "ad", "contact", "placeholder", "numbering", "punctuation", "typo",
    "format", "number", "timeliness", "wording",
)
RULE_ID = re.compile(r"^[A-Z]{2,4}\d{3}$")
RULE_NAME = re.compile(r"^[a-z][a-z0-9-]*$")

CheckFunction = Callable[["Document", "Context"], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    """A rule's identity, documentation and check function.

    ``bad`` and ``good`` are example texts: the test suite asserts every bad example is
    flagged by this rule and no good example is. ``requires`` names document capabilities
    (``"tokens"``) the engine must build before the rule runs.
    """

    id: str
    name: str
    category: str
    severity: str
    summary: str
    check: CheckFunction
    rationale: str = ""
    standard: str = ""
    bad: tuple[str, ...] = ()
    good: tuple[str, ...] = ()
    requires: frozenset[str] = field(default_factory=frozenset)
    fixable: bool = False
    default_enabled: bool = True

    def __post_init__(self) -> None:
        if not RULE_ID.match(self.id):
            raise ValueError(f"rule id {self.id!r} must look like PH001")
        if not RULE_NAME.match(self.name):
            raise ValueError(f"rule name {self.name!r} must be a lower-case slug")
        if self.category not in CATEGORIES:
            raise ValueError(f"rule {self.id}: unknown category {self.category!r}")
        if self.severity not in SEVERITIES:
            raise ValueError(f"rule {self.id}: unknown severity {self.severity!r}")

    @property
    def prefix(self) -> str:
        return self.id.rstrip("0123456789")


def rule(
    id: str,
    name: str,
    category: str,
    severity: str = "warning",
    summary: str = "",
    *,
    standard: str = "",
    bad: Iterable[str] = (),
    good: Iterable[str] = (),
    requires: Iterable[str] = (),
    fixable: bool = False,
    default_enabled: bool = True,
) -> Callable[[CheckFunction], Rule]:
    """Decorate a check function into a :class:`Rule`.

    The function's docstring becomes the rule's rationale (the "why it matters" of
    ``checker explain``)::

        @rule("PH001", "placeholder-marker", "placeholder", "error",
              "未填写的占位符", bad=["请XX同志发言。"], good=["拍X线片。"])
        def placeholder_marker(doc, ctx):
            \"\"\"Why it matters…\"\"\"
            yield Finding(start, end, "…")
    """

    def wrap(function: CheckFunction) -> Rule:
        doc = (function.__doc__ or "").strip()
        return Rule(
            id=id,
            name=name,
            category=category,
            severity=severity,
            summary=summary or doc.split("\n", 1)[0],
            check=function,
            rationale=_dedent(doc),
            standard=standard,
            bad=tuple(bad),
            good=tuple(good),
            requires=frozenset(requires),
            fixable=fixable,
            default_enabled=default_enabled,
        )

    return wrap


def _dedent(text: str) -> str:
    import textwrap

    first, _, rest = text.partition("\n")
    return (first + "\n" + textwrap.dedent(rest)).strip()
