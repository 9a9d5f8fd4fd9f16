"""References a draft makes to its own parts: 本办法第十五条, 本办法第六章, （附件3）.

A measures text cut down from a longer template keeps its cross-references (依照本办法第十五条
in a text of twelve articles), and a notice whose third attachment was dropped still asks
readers to fill in 附件3. Both point readers at nothing. Only references the text makes to
itself are read: 本办法第X条 names this text, 《劳动法》第三十六条 another one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from checker.patterns import alternation

from .numerals import CN_NUMBER, chinese_value

NUMBER = f"(?:{CN_NUMBER}|[0-9０-９]{{1,3}})"
INDENT = " \t\u3000\0"
# An article or chapter heading at a paragraph's start: 第十二条　…, 第三章 总则.
PART_HEADING = re.compile(rf"[{INDENT}]*第(?P<num>{NUMBER})(?P<word>条|章)(?=[{INDENT}：:]|$)")
# The attachment list of a notice: 附件：1.报名表 or 附件：报名表, items on the following lines.
LIST_ITEM = re.compile(r"[ \t\u3000\0]*(?P<num>[0-9０-９]{1,2})[.．、]")
INLINE_ITEM = re.compile(r"(?:^|[ \t\u3000；;])(?P<num>[0-9０-９]{1,2})[.．、](?![0-9０-９])")
# After 附件3 these make it a count of copies (附件3份), not the third attachment.
NOT_ORDINAL = "个份张页套本"
# The fewest article headings that make a draft a full measures text rather than an excerpt.
MIN_ARTICLES = 3


@dataclass(frozen=True)
class ReferenceData:
    self_words: tuple[str, ...]  # 办法, 条例, 细则: what 本… calls the draft itself
    attachment_words: tuple[str, ...]  # 附件, 附表
    reference: re.Pattern  # 本办法第十五条 / 本办法第六章
    attachment_heading: re.Pattern  # 附件3 or 附件3： opening a paragraph
    attachment_list: re.Pattern  # 附件： opening a paragraph
    attachment_mention: re.Pattern  # 附件3 anywhere


def reference_data(data: dict) -> ReferenceData:
    table = data.get("references", {})
    words = tuple(table.get("self_words", []))
    attachments = tuple(table.get("attachment_words", []))
    names = alternation(words) if words else "(?!)"
    kinds = alternation(attachments) if attachments else "(?!)"
    return ReferenceData(
        words, attachments,
        re.compile(rf"本(?:{names})第(?P<num>{NUMBER})(?P<word>条|章)"),
        re.compile(rf"[{INDENT}]*(?P<kind>{kinds})(?P<num>[0-9０-９]{{1,2}}|{CN_NUMBER})(?![0-9０-９{NOT_ORDINAL}])"),
        re.compile(rf"[{INDENT}]*(?P<kind>{kinds})[：:]"),
        re.compile(rf"(?P<kind>{kinds})(?P<num>[0-9０-９]{{1,2}}|{CN_NUMBER})(?![0-9０-９{NOT_ORDINAL}])"),
    )


@dataclass(frozen=True)
class DanglingReference:
    start: int
    end: int
    text: str
    wanted: int
    have: int
    unit: str  # 条, 章, or the attachment word


def value_of(text: str) -> int | None:
    text = text.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    return int(text) if text.isdigit() else chinese_value(text)


def find_dangling_references(doc, data: ReferenceData) -> Iterator[DanglingReference]:
    prose = doc.prose
    yield from _dangling_parts(doc, prose, data)
    yield from _dangling_attachments(doc, prose, data)


def _dangling_parts(doc, prose: str, data: ReferenceData) -> Iterator[DanglingReference]:
    if "本" not in prose or not data.self_words:
        return
    references = list(data.reference.finditer(prose))
    if not references:
        return
    most = {"条": [], "章": []}
    for start, end in doc.paragraphs:
        heading = PART_HEADING.match(prose, start, end)
        if heading is not None:
            most[heading.group("word")].append(value_of(heading.group("num")) or 0)
    if len(most["条"]) < MIN_ARTICLES:
        return  # an excerpt of a measures text, or no measures text at all
    for match in references:
        word, wanted = match.group("word"), value_of(match.group("num"))
        numbers = most[word]
        if wanted is None or not numbers or wanted <= max(numbers):
            continue
        yield DanglingReference(match.start(), match.end(), match.group(), wanted, max(numbers), word)


def _dangling_attachments(doc, prose: str, data: ReferenceData) -> Iterator[DanglingReference]:
    if not data.attachment_words or not any(word in prose for word in data.attachment_words):
        return
    listed: dict[str, int] = {}  # attachment word -> how many the draft's 附件： list names
    headed: dict[str, int] = {}  # and the highest number of the attachments' own headings
    paragraphs = doc.paragraphs
    for index, (start, end) in enumerate(paragraphs):
        heading = data.attachment_heading.match(prose, start, end)
        if heading is not None:
            kind, value = heading.group("kind"), value_of(heading.group("num"))
            headed[kind] = max(headed.get(kind, 0), value or 0)
            continue
        opened = data.attachment_list.match(prose, start, end)
        if opened is None:
            continue
        kind = opened.group("kind")
        rest = prose[opened.end():end].strip(INDENT)
        numbers = [value_of(m.group("num")) for m in INLINE_ITEM.finditer(rest)]
        if not rest:
            numbers = []
        elif not numbers:
            numbers = [1]  # 附件：报名表 — one attachment, unnumbered
        for later_start, later_end in paragraphs[index + 1:]:
            item = LIST_ITEM.match(doc.text, later_start, later_end)  # a Markdown list masks its numbers
            if item is None:
                break
            numbers.append(value_of(item.group("num")))
        if numbers:  # 1. 2. 2.: three entries, one numbered twice
            listed[kind] = max(listed.get(kind, 0), max(n or 0 for n in numbers), len(numbers))
    if not listed and not headed:
        return
    for match in data.attachment_mention.finditer(prose):
        kind, wanted = match.group("kind"), value_of(match.group("num"))
        # the list says how many there are; without one, the headings do (附件3 over the
        # third attachment, under a list of two, is one the list does not name)
        have = listed.get(kind, headed.get(kind))
        if have is None or wanted is None or wanted <= have:
            continue
        yield DanglingReference(match.start(), match.end(), match.group(), wanted, have, kind)
