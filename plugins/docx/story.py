"""Walks WordprocessingML stories (body, header, footer, notes) into labelled paragraphs.

What a reader of the printed draft sees is what the rules must see:

* paragraph text from runs, hyperlinks, insertions, content controls and field results; not
  deleted text (tracked changes), field codes, hidden text (``w:vanish``) or ruby guides;
* Word's automatic numbering rendered in front of the text (see :mod:`.numbering`);
* tables cell by cell, row by row, in place; text boxes after the paragraph that anchors them;
  watermark text (``v:textpath``) as a paragraph of its own;
* a manual line break (Shift+Enter) as a new line of the same paragraph, a tab as ``\\t``.

Each :class:`Paragraph` carries its label (``正文第12段``, ``表格2第3行第1列``, ``文本框1``) and
the spans of its text that are not prose (a bullet, a symbol-font glyph), relative to its text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from .headings import is_heading
from .numbering import Numbering

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
V = "{urn:schemas-microsoft-com:vml}"

OBJECT_MARK = "\ufffc"  # stands for a glyph of a symbol font: shown, never prose
# Containers whose children are read as if they were in the parent.
_INLINE_WRAPPERS = {W + name for name in (
    "ins", "moveTo", "hyperlink", "smartTag", "customXml", "fldSimple", "dir", "bdo", "sdtContent")}
_BLOCK_WRAPPERS = {W + name for name in ("customXml", "ins", "moveTo", "sdtContent")}
_FALSE = ("0", "false", "off")


@dataclass(eq=False)
class Paragraph:
    """One Word paragraph (its text may hold ``\\n`` for manual line breaks)."""

    text: str
    regions: list[tuple[int, int, str]] = field(default_factory=list)
    label: str | None = None
    heading: bool = False  # in a heading style (see :mod:`.headings`)

    @property
    def empty(self) -> bool:
        return not self.text.strip()


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.regions: list[tuple[int, int, str]] = []

    def add(self, text: str) -> None:
        if "\r" in text or "\x0b" in text or "\x0c" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0b", "\n").replace("\x0c", "")
        if text:
            self.parts.append(text)
            self.length += len(text)

    def add_hidden(self, text: str, kind: str) -> None:
        if text:
            self.regions.append((self.length, self.length + len(text), kind))
            self.add(text)

    def paragraph(self) -> Paragraph:
        return Paragraph("".join(self.parts), list(self.regions))


def _is_on(element) -> bool:
    return element is not None and element.get(W + "val") not in _FALSE


def _children(element, wrappers=_BLOCK_WRAPPERS) -> Iterator:
    """Child elements, with wrapper elements (content controls, custom XML) unwrapped."""
    for child in element:
        tag = child.tag
        if not isinstance(tag, str):  # comments, processing instructions
            continue
        if tag == W + "sdt":
            content = child.find(W + "sdtContent")
            if content is not None:
                yield from _children(content, wrappers)
        elif tag in wrappers:
            yield from _children(child, wrappers)
        elif tag == MC + "AlternateContent":
            chosen = child.find(MC + "Choice")
            if chosen is None:
                chosen = child.find(MC + "Fallback")
            if chosen is not None:
                yield from _children(chosen, wrappers)
        else:
            yield child


def _sym(element) -> str:
    try:
        code = int(element.get(W + "char") or "", 16)
    except ValueError:
        return OBJECT_MARK
    if 0xF000 <= code <= 0xF0FF or not 0x20 <= code <= 0x10FFFF:
        return OBJECT_MARK  # a symbol-font code point: the glyph is not that character
    return chr(code)


class StoryReader:
    """Turns the block content of one document into paragraphs, sharing the list counters."""

    def __init__(self, numbering: Numbering, heading_styles: frozenset[str] = frozenset()) -> None:
        self.numbering = numbering
        self.heading_styles = heading_styles
        self.tables = 0
        self.text_boxes = 0
        self.prefix = ""  # the story being read ("页眉"), for text box and watermark labels

    # --- blocks -----------------------------------------------------------------------

    def blocks(self, container, base: str | None = None) -> list[Paragraph]:
        """Paragraphs of a container (body, header, cell, text box) in reading order.

        Paragraphs directly in the container are labelled ``base`` + ``第N段`` (``base``
        alone when it holds one non-empty paragraph and ``base`` is a cell or box); nested
        tables and text boxes label their own.
        """
        out: list[Paragraph] = []
        own: list[Paragraph] = []
        for child in _children(container):
            tag = child.tag
            if tag == W + "p":
                paragraph, extras = self.paragraph(child)
                out.append(paragraph)
                own.append(paragraph)
                out.extend(extras)
            elif tag == W + "tbl":
                out.extend(self.table(child, base))
        self._label(own, base)
        return out

    @staticmethod
    def _label(paragraphs: list[Paragraph], base: str | None) -> None:
        filled = [p for p in paragraphs if not p.empty]
        if base is None:  # the body: 正文第N段
            for number, paragraph in enumerate(filled, 1):
                paragraph.label = f"正文第{number}段"
            return
        for number, paragraph in enumerate(filled, 1):
            paragraph.label = base if len(filled) == 1 else f"{base}第{number}段"

    def table(self, table, base: str | None) -> list[Paragraph]:
        self.tables += 1
        number = self.tables
        prefix = f"{base}中的表格{number}" if base else f"表格{number}"
        out: list[Paragraph] = []
        row_number = 0
        for row in _children(table):
            if row.tag != W + "tr":
                continue
            row_number += 1
            column = 1
            for cell in _children(row):
                if cell.tag != W + "tc":
                    continue
                span = cell.find(f"{W}tcPr/{W}gridSpan")
                try:
                    width = max(1, int(span.get(W + "val"))) if span is not None else 1
                except (TypeError, ValueError):
                    width = 1
                out.extend(self.blocks(cell, f"{prefix}第{row_number}行第{column}列"))
                column += width
        return out

    # --- one paragraph ----------------------------------------------------------------

    def paragraph(self, element) -> tuple[Paragraph, list[Paragraph]]:
        """The paragraph's own text, and paragraphs of text boxes and watermarks it anchors."""
        builder = _Builder()
        marker = self.numbering.marker(element)
        if marker is not None and marker.text:
            if marker.bullet:
                glyph = marker.text if all(not 0xF000 <= ord(c) <= 0xF0FF for c in marker.text) else "•"
                builder.add_hidden(glyph, "list-marker")
                if marker.suffix != "nothing":
                    builder.add_hidden(" ", "list-marker")
            else:
                builder.add(marker.text)
                # Word separates marker and text by a tab or space; a reader sees a gap only
                # after Latin markers ("1."), so only those get one, and it is not prose.
                if marker.suffix != "nothing" and marker.text[-1].isascii():
                    builder.add_hidden(" ", "list-marker")
        extras: list[Paragraph] = []
        self._inline(element, builder, extras)
        paragraph = builder.paragraph()
        paragraph.heading = is_heading(element, self.heading_styles)
        return paragraph, extras

    def _inline(self, element, builder: _Builder, extras: list[Paragraph]) -> None:
        for child in _children(element, _INLINE_WRAPPERS):
            tag = child.tag
            if tag == W + "r":
                self._run(child, builder, extras)
            elif tag == W + "ruby":
                base = child.find(W + "rubyBase")
                if base is not None:
                    self._inline(base, builder, extras)
            # w:del, w:moveFrom (deleted text), w:pPr, bookmarks, proofing marks, math: skipped

    def _run(self, run, builder: _Builder, extras: list[Paragraph]) -> None:
        properties = run.find(W + "rPr")
        if properties is not None and (
            _is_on(properties.find(W + "vanish")) or _is_on(properties.find(W + "webHidden"))
        ):
            return
        for child in _children(run, _INLINE_WRAPPERS):
            tag = child.tag
            if tag == W + "t":
                builder.add(child.text or "")
            elif tag in (W + "tab", W + "ptab"):
                builder.add("\t")
            elif tag == W + "br":
                if child.get(W + "type") in (None, "textWrapping"):
                    builder.add("\n")
            elif tag == W + "cr":
                builder.add("\n")
            elif tag == W + "noBreakHyphen":
                builder.add("-")
            elif tag == W + "sym":
                glyph = _sym(child)
                if glyph == OBJECT_MARK:
                    builder.add_hidden(glyph, "markup")
                else:
                    builder.add(glyph)
            elif tag == W + "ruby":
                base = child.find(W + "rubyBase")
                if base is not None:
                    self._inline(base, builder, extras)
            elif tag in (W + "drawing", W + "pict", W + "object"):
                extras.extend(self._shapes(child))
            # w:delText, w:instrText, w:fldChar, w:softHyphen, note references: nothing shown

    def _shapes(self, element) -> list[Paragraph]:
        """Text boxes and watermark text inside a drawing, outermost boxes only."""
        out: list[Paragraph] = []
        for node in _outer(element):
            if node.tag == W + "txbxContent":
                self.text_boxes += 1
                out.extend(self.blocks(node, f"{self.prefix}文本框{self.text_boxes}"))
            else:  # v:textpath
                text = (node.get("string") or "").strip()
                if text:
                    out.append(Paragraph(text, label=f"{self.prefix}水印"))
        return out


def _outer(element) -> Iterator:
    """``w:txbxContent`` and ``v:textpath`` descendants, not looking inside a found box or
    into ``mc:Fallback`` (which repeats the ``mc:Choice`` content for old readers)."""
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag == MC + "Fallback":
            continue
        if tag == W + "txbxContent" or tag == V + "textpath":
            yield child
        else:
            yield from _outer(child)
