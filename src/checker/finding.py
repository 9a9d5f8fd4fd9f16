"""What a rule reports: a span of the document, a message, and maybe a fix.

Rules work in character offsets of ``Document.text``; the engine turns offsets into lines and
columns, so no rule ever counts lines itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}

Safety = Literal["safe", "unsafe"]


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` with ``replacement``."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True, slots=True)
class Fix:
    """A set of edits applied together.

    ``safe`` fixes are applied by ``--fix``; ``unsafe`` ones (deleting a line, choosing one of
    several corrections) only with ``--unsafe-fixes``.
    """

    edits: tuple[Edit, ...]
    safety: Safety = "safe"

    @classmethod
    def replace(cls, start: int, end: int, replacement: str, safety: Safety = "safe") -> "Fix":
        return cls((Edit(start, end, replacement),), safety)


@dataclass(frozen=True, slots=True)
class Related:
    """Another place a finding refers to (the announcement of a count, a first occurrence)."""

    start: int
    end: int
    message: str


@dataclass(slots=True)
class Finding:
    """One reported problem.

    Rules fill ``start``, ``end``, ``message`` and optionally ``suggestion``, ``fix``,
    ``related``, ``severity`` (to override the rule's default for this one finding) and
    ``claims_span``. The engine fills ``rule`` and the location fields.
    """

    start: int
    end: int
    message: str
    suggestion: str | None = None
    fix: Fix | None = None
    related: tuple[Related, ...] = ()
    severity: Severity | None = None
    # Filled by the engine.
    rule: "object | None" = None
    path: str = ""
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0
    text: str = ""
    fingerprint: str = ""
    extra: dict = field(default_factory=dict)
    # The finding explains every character of its span (a garbled run): other rules' findings
    # inside it are about the same characters, and the engine drops them.
    claims_span: bool = False
