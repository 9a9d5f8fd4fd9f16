"""Output formats. A formatter has a ``name`` and ``render(report) -> str``.

A formatter may also have ``stream(files, report) -> Iterator[str]``: it is handed each file's
report as soon as the file is checked and yields its output piece by piece, so a run over an
archive writes as it goes and keeps no file's findings once they are written. ``report.rules``
and ``report.warnings`` are filled in when ``files`` is exhausted; ``report.files`` stays empty.
Formatters know rules only through their metadata. Built-in formats are looked up lazily so a
JSON run never imports rich; plugins add formats through the ``checker_formatters`` hook.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import import_module
from typing import TYPE_CHECKING, Iterable, Iterator, NamedTuple, Protocol

if TYPE_CHECKING:
    from ..document import Document
    from ..finding import Finding
    from ..rule import Rule


@dataclass(eq=False)
class FileReport:
    path: str
    document: "Document | None"
    findings: "list[Finding]"
    error: str | None = None
    fixed: int = 0


@dataclass(eq=False)
class Report:
    files: list[FileReport]
    rules: "list[Rule]"  # every rule that ran
    version: str = "0.1.0"
    warnings: list[str] = field(default_factory=list)
    options: dict = field(default_factory=dict)  # color, statistics, quiet…

    @property
    def findings(self) -> "list[Finding]":
        return [f for file in self.files for f in file.findings]


class Formatter(Protocol):
    name: str
    description: str

    def render(self, report: Report) -> str: ...


class _Lazy(NamedTuple):
    """A built-in formatter whose module is imported on first use."""

    name: str
    description: str
    module: str

    def render(self, report: Report) -> str:
        return import_module(f"{__name__}.{self.module}").render(report)

    def stream(self, files: Iterable[FileReport], report: Report) -> Iterator[str]:
        module = import_module(f"{__name__}.{self.module}")
        if hasattr(module, "stream"):
            yield from module.stream(files, report)
        else:  # a format that needs every file before it writes (an HTML page with an index)
            report.files = list(files)
            yield module.render(report)


def stream_output(formatter: Formatter, files: Iterable[FileReport], report: Report) -> Iterator[str]:
    """The formatter's output piece by piece, whether or not it can stream."""
    stream = getattr(formatter, "stream", None)
    if stream is not None:
        yield from stream(files, report)
    else:
        report.files = list(files)
        yield formatter.render(report)


def builtin_formatters() -> dict[str, Formatter]:
    items = [
        _Lazy("terminal", "grouped by file, source line and caret (default)", "terminal"),
        _Lazy("concise", "one line per finding: path:line:col: ID message", "concise"),
        _Lazy("json", "the versioned JSON contract", "json_format"),
        _Lazy("sarif", "SARIF 2.1.0 for code scanning", "sarif"),
        _Lazy("github", "GitHub Actions workflow annotations", "github"),
        _Lazy("html", "a self-contained HTML report for editors", "html"),
    ]
    return {f.name: f for f in items}
