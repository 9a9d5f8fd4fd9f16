"""Plain-text drafts: one paragraph per non-blank line."""

from __future__ import annotations

from ..document import Document
from .decode import decode


class TextReader:
    name = "text"
    suffixes = (".txt", ".text")

    def read(self, path: str, data: bytes) -> Document:
        text, source = decode(data, path)
        return Document(text, path, source=source, kind="text")
