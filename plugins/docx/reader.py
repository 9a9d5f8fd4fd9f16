"""The ``.docx`` reader: a Word draft as one line per paragraph, with where each line came from.

Reading order is the body (paragraphs, tables cell by cell and text boxes, in place), then
headers, footers, footnotes and endnotes: template sites hide watermarks and "仅供学习" lines in
headers and footers, so those are read too. ``line`` is the paragraph's number in that order
(a manual line break inside a paragraph starts a new line); ``line_labels`` say where a person
finds it in Word: ``正文第12段``, ``表格2第3行第1列``, ``页眉``, ``脚注1``.

python-docx opens the package (it is imported only when a ``.docx`` is read, so runs over text
files never pay for it); the stories are walked as XML so that numbering, text boxes, tracked
changes and fields are read the way Word shows them. Fixes are never written back into a Word
file: the document is marked not fixable.
"""

from __future__ import annotations

import io
import zipfile

from checker import Document, InputError, Region

from .headings import heading_styles
from .numbering import Numbering
from .story import W, Paragraph, StoryReader

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
MAX_UNCOMPRESSED = 256 * 1024 * 1024  # a draft is kilobytes; beyond this it is a zip bomb

WORD_MAIN_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}
STRICT_NAMESPACE = "http://purl.oclc.org/ooxml/wordprocessingml/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
HEADER_KINDS = {"default": "", "first": "首页", "even": "偶数页"}
SAVE_AS_DOCX = "open it in Word or WPS and save it as .docx (另存为 Word 文档)"


class DocxReader:
    name = "docx"
    suffixes = (".docx",)

    def read(self, path: str, data: bytes) -> Document:
        _check_container(path, data)
        try:
            from docx.opc.exceptions import PackageNotFoundError
            from docx.package import Package
        except ImportError:
            raise InputError(
                f"{path}: reading .docx needs python-docx, which is missing: pip install python-docx"
            ) from None
        try:
            package = Package.open(io.BytesIO(data))
            main = package.main_document_part
        except (PackageNotFoundError, zipfile.BadZipFile, KeyError) as error:
            raise InputError(f"{path}: damaged or not a Word document ({_reason(error)})") from None
        except Exception as error:  # malformed XML in the package, truncated members…
            raise InputError(f"{path}: damaged .docx ({_reason(error)})") from None
        if main.content_type not in WORD_MAIN_TYPES:
            raise InputError(f"{path}: not a Word document (its main part is {main.content_type})")
        try:
            paragraphs = _read_package(main)
        except InputError as error:
            raise InputError(f"{path}: {error}") from None
        except Exception as error:
            raise InputError(f"{path}: damaged .docx ({_reason(error)})") from None
        return build_document(path, paragraphs)


class LegacyDocReader:
    """``.doc`` files are named so that asking to check one gives a clear answer."""

    name = "doc"
    suffixes = (".doc",)

    def read(self, path: str, data: bytes) -> Document:
        if data.startswith(ZIP_MAGIC):  # a .docx with the wrong name
            return DocxReader().read(path, data)
        raise InputError(f"{path}: old binary Word format (.doc) is not read; {SAVE_AS_DOCX}")


def _reason(error: BaseException) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _check_container(path: str, data: bytes) -> None:
    """Recognise what a file is before python-docx sees it, for a message that helps."""
    if not data:
        raise InputError(f"{path}: empty file, not a Word document")
    if data.startswith(OLE_MAGIC):
        raise InputError(
            f"{path}: old binary Word format (.doc) or a password-protected document; "
            f"{SAVE_AS_DOCX}, without a password"
        )
    if not data.startswith(ZIP_MAGIC):
        head = data[:512].lstrip().lower()
        if head.startswith(b"{\\rtf"):
            kind = "an RTF file"
        elif head.startswith((b"<html", b"<!doctype", b"mime-version")) or b"<html" in head:
            kind = "a web page"
        elif head.startswith(b"<?xml"):
            kind = "a Word XML file (not a .docx package)"
        else:
            kind = "not a .docx package"
        raise InputError(f"{path}: {kind}, not a .docx; {SAVE_AS_DOCX}")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            total = sum(info.file_size for info in archive.infolist())
    except Exception as error:  # BadZipFile, unsupported ZIP features, truncated directories…
        raise InputError(f"{path}: damaged .docx (broken ZIP archive: {_reason(error)})") from None
    if "[Content_Types].xml" not in names or not any(n.startswith("word/") for n in names):
        raise InputError(f"{path}: a ZIP archive but not a Word document")
    if total > MAX_UNCOMPRESSED:
        raise InputError(f"{path}: too large when unpacked ({total // (1024 * 1024)} MB), not checked")


def _element(part):
    element = getattr(part, "element", None)
    if element is not None:
        return element
    from docx.oxml.parser import parse_xml

    return parse_xml(part.blob)


def _related(part, reltype: str):
    for rel in part.rels.values():
        if rel.reltype == REL + reltype and not rel.is_external:
            return rel.target_part
    return None


def _read_package(main) -> list[Paragraph]:
    root = _element(main)
    if root.tag.startswith("{" + STRICT_NAMESPACE):
        raise InputError("saved as Strict Open XML, which is not read; save it as a Word Document (.docx)")
    body = root.find(W + "body")
    styles = _related(main, "styles")
    numbering_part = _related(main, "numbering")
    numbering = Numbering.load(
        _element(numbering_part) if numbering_part is not None else None,
        _element(styles) if styles is not None else None,
    )
    reader = StoryReader(numbering, heading_styles(_element(styles) if styles is not None else None))
    paragraphs: list[Paragraph] = []
    if body is not None:
        paragraphs += reader.blocks(body)
        paragraphs += _headers_and_footers(main, body, reader)
    for reltype, name in (("footnotes", "脚注"), ("endnotes", "尾注")):
        part = _related(main, reltype)
        if part is not None:
            paragraphs += _notes(_element(part), reltype[:-1], name, reader)
    return paragraphs


def _headers_and_footers(main, body, reader: StoryReader) -> list[Paragraph]:
    """Each distinct header and footer once, in section order: headers first, then footers."""
    section_properties = list(body.iter(W + "sectPr"))
    found: dict[str, list[tuple[int, str, object]]] = {"header": [], "footer": []}
    seen: set[str] = set()
    for number, sect in enumerate(section_properties, 1):
        for story in ("header", "footer"):
            for reference in sect.findall(f"{W}{story}Reference"):
                rid = reference.get(R_ID)
                if not rid or rid in seen or rid not in main.rels:
                    continue
                seen.add(rid)
                kind = HEADER_KINDS.get(reference.get(W + "type") or "default", "")
                found[story].append((number, kind, main.rels[rid].target_part))
    out: list[Paragraph] = []
    for story, name in (("header", "页眉"), ("footer", "页脚")):
        entries = found[story]
        sections = {number for number, _, _ in entries}
        for number, kind, part in entries:
            label = (f"第{number}节" if len(sections) > 1 else "") + kind + name
            reader.prefix = label
            out += reader.blocks(_element(part), label)
    return out


def _notes(root, tag: str, name: str, reader: StoryReader) -> list[Paragraph]:
    out: list[Paragraph] = []
    number = 0
    for note in root.findall(W + tag):
        if note.get(W + "type") not in (None, "normal"):  # separators
            continue
        number += 1
        reader.prefix = f"{name}{number}"
        out += reader.blocks(note, f"{name}{number}")
    return out


def build_document(path: str, paragraphs: list[Paragraph]) -> Document:
    """Join paragraphs into one text, one line per paragraph line, with labels and regions."""
    texts: list[str] = []
    regions: list[Region] = []
    spans: list[tuple[int, int]] = []
    labels: dict[int, str] = {}
    headings: list[int] = []
    offset = 0
    line = 1
    for paragraph in paragraphs:
        text = paragraph.text
        for start, end, kind in paragraph.regions:
            regions.append(Region(offset + start, offset + end, kind))
        if not paragraph.empty:
            spans.append((offset, offset + len(text)))
            if paragraph.heading:
                headings.append(offset)
        pieces = text.split("\n")
        filled = [i for i, piece in enumerate(pieces) if piece.strip()]
        if paragraph.label:
            for index, piece in enumerate(pieces):
                if piece.strip() or len(pieces) == 1:
                    labels[line + index] = (
                        paragraph.label if len(filled) <= 1 else f"{paragraph.label}（第{index + 1}行）"
                    )
        texts.append(text)
        offset += len(text) + 1
        line += len(pieces)
    return Document(
        "\n".join(texts), path, regions=regions, paragraphs=spans, line_labels=labels,
        kind="docx", fixable=False, headings=headings,
    )
