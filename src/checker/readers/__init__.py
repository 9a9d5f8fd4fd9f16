"""Readers turn a file's bytes into a :class:`~checker.document.Document`.

A reader knows its suffixes and nothing about rules. Plain text and Markdown are built in;
plugins add more through the ``checker_readers`` hook (the ``.docx`` reader is one).
"""

from __future__ import annotations

from typing import Protocol

from ..document import Document
from .decode import decode
from .markdown import MarkdownReader
from .text import TextReader


class Reader(Protocol):
    """Anything with ``name``, ``suffixes`` and ``read(path, data) -> Document``."""

    name: str
    suffixes: tuple[str, ...]

    def read(self, path: str, data: bytes) -> Document: ...


BUILTIN_READERS: tuple[Reader, ...] = (TextReader(), MarkdownReader())

__all__ = ["Reader", "TextReader", "MarkdownReader", "BUILTIN_READERS", "decode"]
