"""The Markdown reader. Its scanner (``markdown_scan``) is imported when a Markdown file is
read: a run over plain-text drafts never compiles the scanner's patterns."""

from __future__ import annotations

from ..document import Document
from .decode import decode


class MarkdownReader:
    name = "markdown"
    suffixes = (".md", ".markdown")

    def read(self, path: str, data: bytes) -> Document:
        from .markdown_scan import scan_markdown

        text, source = decode(data, path)
        regions, paragraphs, headings = scan_markdown(text)
        return Document(text, path, regions=regions, paragraphs=paragraphs, source=source, kind="markdown",
                        headings=headings)
