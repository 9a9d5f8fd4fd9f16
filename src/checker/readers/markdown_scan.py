"""Markdown drafts: prose is headings, paragraphs, list items, quotes and table cells.

Code (fenced, indented, inline), front matter, HTML comments and tags, link targets and the
Markdown syntax characters themselves are regions, not prose, so punctuation and placeholder
rules never fire on ``**``, ``1)``, ``](url)`` or a code sample. This is a line-based reading of
CommonMark that is exact for the constructs drafts use; it is not a full Markdown renderer.
"""

from __future__ import annotations

import re

from ..document import Region

FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
HEADING = re.compile(r"^ {0,3}#{1,6}(?=\s|$)")
CLOSING_HASHES = re.compile(r"\s+#+\s*$")
BULLET = re.compile(r"^(\s*(?:>\s*)*)([-*+])(?=\s)")
ORDERED = re.compile(r"^(\s*(?:>\s*)*)(\d{1,9}[.)])(?=\s)")
QUOTE = re.compile(r"^(\s*)(>+\s?)+")
THEMATIC_BREAK = re.compile(r"^ {0,3}([-*_])(\s*\1){2,}\s*$")
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
REFERENCE_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+.*$")
INLINE_CODE = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)")
HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
LINK_TAIL = re.compile(r"\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)|\]\[[^\]]*\]")
AUTOLINK = re.compile(r"<(?:https?://|mailto:)[^>\s]+>")
EMPHASIS = re.compile(r"(?<![\\*_])(\*{1,3}|_{2,3})(?=\S)|(?<=\S)(\*{1,3}|_{2,3})(?![*_])")
ESCAPE = re.compile(r"\\[!-/:-@\[-`{-~]")


def scan_markdown(text: str) -> tuple[list[Region], list[tuple[int, int]], list[int]]:
    """Return the non-prose regions, the prose paragraphs and where its headings start."""
    regions: list[Region] = []
    paragraphs: list[tuple[int, int]] = []
    headings: list[int] = []
    lines = text.split("\n")
    offsets = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1

    for match in HTML_COMMENT.finditer(text):
        regions.append(Region(match.start(), match.end(), "html-comment"))
    comment_spans = [(r.start, r.end) for r in regions]

    def in_comment(offset: int) -> bool:
        return any(s <= offset < e for s, e in comment_spans)

    index = 0
    # Front matter: YAML (---) or TOML (+++) at the very top.
    if lines and lines[0].strip() in ("---", "+++"):
        marker = lines[0].strip()
        for j in range(1, len(lines)):
            if lines[j].strip() in (marker, "...") :
                end = offsets[j] + len(lines[j])
                regions.append(Region(0, end, "front-matter"))
                index = j + 1
                break

    paragraph_start: int | None = None
    paragraph_end = 0
    fence: str | None = None
    fence_start = 0
    previous_blank = True
    in_list = False

    def close_paragraph() -> None:
        nonlocal paragraph_start
        if paragraph_start is not None:
            paragraphs.append((paragraph_start, paragraph_end))
            paragraph_start = None

    while index < len(lines):
        line = lines[index]
        start = offsets[index]
        end = start + len(line)
        index += 1
        if fence is not None:
            if re.match(rf"^ {{0,3}}{re.escape(fence[0])}{{{len(fence)},}}\s*$", line):
                regions.append(Region(fence_start, end, "code"))
                fence = None
            continue
        fence_match = FENCE.match(line)
        if fence_match and not in_comment(start):
            close_paragraph()
            fence = fence_match.group(1)
            fence_start = start
            continue
        if not line.strip():
            close_paragraph()
            previous_blank = True
            continue
        if in_comment(start) and in_comment(end - 1 if end > start else start):
            close_paragraph()
            previous_blank = False
            continue
        if previous_blank and not in_list and re.match(r"^(?: {4}|\t)", line):
            regions.append(Region(start, end, "code"))
            continue
        if THEMATIC_BREAK.match(line) or TABLE_RULE.match(line) and "-" in line:
            close_paragraph()
            regions.append(Region(start, end, "markup"))
            previous_blank = False
            continue
        if REFERENCE_DEF.match(line):
            close_paragraph()
            regions.append(Region(start, end, "markup"))
            continue
        block_start = False
        heading = HEADING.match(line)
        if heading:
            headings.append(start)
            regions.append(Region(start, start + heading.end(), "markup"))
            closing = CLOSING_HASHES.search(line)
            if closing:
                regions.append(Region(start + closing.start(), end, "markup"))
            block_start = True
        else:
            quote = QUOTE.match(line)
            marker_pos = 0
            if quote:
                regions.append(Region(start + quote.start(2) - (0), start + quote.end(), "markup"))
                marker_pos = quote.end()
            list_match = BULLET.match(line) or ORDERED.match(line)
            if list_match:
                regions.append(Region(start + list_match.start(2), start + list_match.end(2), "list-marker"))
                block_start = True
                in_list = True
            elif previous_blank:
                in_list = False
            if quote and marker_pos and not list_match:
                block_start = block_start or previous_blank
        if "|" in line and line.strip().startswith("|"):
            for bar in re.finditer(r"(?<!\\)\|", line):
                regions.append(Region(start + bar.start(), start + bar.end(), "markup"))
            block_start = True
        _inline_regions(line, start, regions)
        if block_start or heading:
            close_paragraph()
        if paragraph_start is None:
            paragraph_start = start
        paragraph_end = end
        if heading:
            close_paragraph()
        previous_blank = False
    if fence is not None:
        regions.append(Region(fence_start, len(text), "code"))
    close_paragraph()
    return regions, paragraphs, headings


def _inline_regions(line: str, base: int, regions: list[Region]) -> None:
    for pattern, kind in (
        (INLINE_CODE, "code"),
        (AUTOLINK, "url"),
        (HTML_TAG, "markup"),
        (LINK_TAIL, "markup"),
        (ESCAPE, "markup"),
    ):
        for match in pattern.finditer(line):
            regions.append(Region(base + match.start(), base + match.end(), kind))
    # The "[" or "![" that opens a link whose tail we found.
    for match in LINK_TAIL.finditer(line):
        depth = 0
        for j in range(match.start() - 1, -1, -1):
            ch = line[j]
            if ch == "]":
                depth += 1
            elif ch == "[":
                if depth == 0:
                    opener = j - 1 if j > 0 and line[j - 1] == "!" else j
                    regions.append(Region(base + opener, base + j + 1, "markup"))
                    break
                depth -= 1
    for match in EMPHASIS.finditer(line):
        regions.append(Region(base + match.start(), base + match.end(), "markup"))
