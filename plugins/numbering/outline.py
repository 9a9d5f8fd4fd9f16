"""The numbering model of a document: markers grouped into runs, runs into a hierarchy.

A *run* is one numbered sequence at one level: the 一、二、三、 of a speech, the （一）（二）
under one 一、, the 一是…五是 inside one paragraph. Runs nest: the （一） run under 一、 is a
child of that item, and numbering restarts under each parent (GB/T 9704-2012 7.3.3).

Paragraph-start markers are placed with a stack of open runs, one per level:

* the same family as the innermost run: the next item of that run;
* a family already open further out: back to that level (the inner runs end) — except a
  ``1`` of a lower-ranked family, which starts a new run under the current item;
* a new family: a new run under the current item. Enumerations (一是, 一要, 第一，) never
  contain headings, so a heading first closes them; an enumeration of another family
  replaces the innermost enumeration run instead of nesting in it.

A marker that does not start at 1 and has no run to continue may still continue one: an
enumeration that a heading or a list interrupted (reopened), an inline run of the previous
paragraph (一是…二是… then a paragraph starting 三是), or the run of a sibling family when the
writer slipped (一是、二是、三要; 一、二、（三）). Markers inside a paragraph form runs of
their own, scoped to the item they stand under; one that continues the run its paragraph
starts (四是…。五是…) joins that run, written inline.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .markers import ENUMERATION_CLASS, HEADING_CLASS, INDENT, RESET_LEAD, Grammar, Marker, skip

ENUMERATION_SLIP_REACH = 3  # paragraphs after 二是 where a 3． may still go on with it
SHORT_HEADING = 20  # an unnumbered line this short, without a sentence in it, is a heading
NOT_IN_A_TITLE = "。；;，,！？!?"  # marks of a sentence: a line holding one is no heading
# A table-of-contents line: leader dots and a page number (一、总体要求…………3).
# A row of a plain-text table: it ends with a figure after a wide gap (a budget's 一、直接费用
# 　　174.0　　93.0, （1）材料费　18.5). Its numbering belongs to the table, not to the draft's
# outline. Only a paragraph's last characters are read.
TABLE_ROW_END = re.compile(r"(?:\u3000|\t| {2})[0-9０-９][0-9０-９.,，%％]*[ \u3000]*\Z")
TABLE_ROW_TAIL = 16
# How long an entry of a contents list may be: the entries that follow its title (the
# grammar's contents_titles) are the headings the body repeats, up to the first met again.
CONTENTS_ENTRY = 40
# A title of a part of the draft (an article of a bulletin) is a line without sentence marks
# at least this long: shorter ones (同志们, 谢谢大家) are not titles.
PART_TITLE_SHORTEST = 8
LISTED_TITLE_REACH = 4  # opening paragraphs a title the contents list names may stand above 一、
# A date on a line of its own, in brackets: under a title it dates a speech or a report, and
# the two open a new document in the file (……闭幕式主持词 / （2025年9月27日）).
DATELINE = re.compile(r"[（(][0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日[）)]")
CONTENTS_TITLE_SPAN = 16  # a paragraph longer than this (masks and spaces included) is no 目录
TOC_LINE = re.compile(r"(?:[.．…·]{2,}|[.．…·]\s)\s*[0-9０-９]{1,4}\s*$")


@dataclass(eq=False)
class Run:
    """One numbered sequence at one level."""

    family: str
    items: list[Marker] = field(default_factory=list)
    parent: Marker | None = None
    parent_run: "Run | None" = None
    inline: bool = False  # started inside a paragraph
    slips: list[Marker] = field(default_factory=list)  # items written in another family

    @property
    def rank(self) -> int:
        return self.items[0].rank if self.items else 99

    @property
    def is_enumeration(self) -> bool:
        return self.rank == 10

    @property
    def last(self) -> Marker:
        return self.items[-1]

    @property
    def numbered(self) -> list[Marker]:
        return [m for m in self.items if m.value is not None]


@dataclass(eq=False)
class Outline:
    """All markers and runs of a document, in reading order."""

    markers: list[Marker] = field(default_factory=list)
    runs: list[Run] = field(default_factory=list)
    run_of: dict[int, Run] = field(default_factory=dict)  # id(marker) -> run
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    paragraph_marker: dict[int, Marker] = field(default_factory=dict)
    inline_by_paragraph: dict[int, list[Marker]] = field(default_factory=dict)
    children: dict[int, list[Run]] = field(default_factory=dict)  # id(marker) -> child runs

    def run(self, marker: Marker) -> Run:
        return self.run_of[id(marker)]


def _between_tab_rows(text: str, paragraphs: list[tuple[int, int]], index: int) -> bool:
    """The paragraphs on both sides are rows of a tab-separated table."""
    if index == 0 or index + 1 >= len(paragraphs):
        return False
    return all("\t" in text[start:end].strip() for start, end in (paragraphs[index - 1], paragraphs[index + 1]))


def same_class(a: str, b: str) -> bool:
    return (a in HEADING_CLASS and b in HEADING_CLASS) or (a in ENUMERATION_CLASS and b in ENUMERATION_CLASS)


class OutlineBuilder:
    def __init__(self, doc, grammar: Grammar) -> None:
        self.doc = doc
        self.grammar = grammar
        paragraphs = list(doc.paragraphs)
        if doc.kind == "markdown":
            paragraphs = self.item_lines_apart(paragraphs)
        labels = getattr(doc, "line_labels", None)
        if labels:  # a Word table's cells (一、税收收入 over 二、非税收入) number its rows, not the text
            paragraphs = [p for p in paragraphs if not labels.get(doc.line_of(p[0]), "").startswith("表格")]
        self.outline = Outline(paragraphs=paragraphs)
        self.stack: list[Run] = []
        self.closed: dict[str, Run] = {}
        self.inline_open: dict[tuple[int, str], Run] = {}
        self.article_run: Run | None = None
        self.listed_titles: set[str] = set()  # the entries of the draft's contents list, unnumbered

    def item_lines_apart(self, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A Markdown paragraph split where a line opens with an outline marker: a draft
        written line by line (1.建立……\n2.建立……\n（3）建立……) means each as an item, though
        Markdown joins lines without a blank between them."""
        prose, split = self.doc.prose, []
        for start, end in paragraphs:
            piece = start
            at = prose.find("\n", start, end)
            while at >= 0:
                line = skip(prose, at + 1, end, INDENT)
                if self.grammar.match_at(prose, line, end, inline=False) is not None:
                    split.append((piece, at))
                    piece = at + 1
                at = prose.find("\n", at + 1, end)
            split.append((piece, end))
        return split

    # --- runs --------------------------------------------------------------------------

    def new_run(self, marker: Marker, parent_run: Run | None, inline: bool = False) -> Run:
        parent = parent_run.last if parent_run is not None else None
        run = Run(marker.family, parent=parent, parent_run=parent_run, inline=inline)
        self.outline.runs.append(run)
        if parent is not None:
            self.outline.children.setdefault(id(parent), []).append(run)
        self.add(run, marker)
        return run

    def add(self, run: Run, marker: Marker, slip: bool = False) -> None:
        run.items.append(marker)
        if slip:
            run.slips.append(marker)
        self.outline.run_of[id(marker)] = run

    def pop(self) -> Run:
        run = self.stack.pop()
        self.closed[run.family] = run
        return run

    # --- paragraph-start markers -------------------------------------------------------

    def place(self, marker: Marker, index: int) -> None:
        family = marker.family
        if marker.rank < 10 and self.enumeration_goes_on(marker, index):
            return
        if marker.rank < 10:
            # Headings and lists never stand inside an enumeration paragraph.
            while self.stack and self.stack[-1].is_enumeration:
                self.pop()
        if family == "article":
            self.place_article(marker)
            return
        top = self.stack[-1] if self.stack else None
        if top is not None and top.family == family:
            if marker.value == 1 and self.holds_a_document(top.last):
                self.stack.append(self.new_run(marker, top))  # the speech's own 一、 under 二、……的讲话
                return
            if marker.value == 1 and (self.after_lead_in(index, top) or self.enumeration_again(index, top)
                                      or self.after_part_title(index, top)):
                self.pop()
                self.stack.append(self.new_run(marker, top.parent_run))
                return
            outer = top.parent_run
            if (outer is not None and outer.family == family and marker.value is not None and len(top.items) >= 2
                    and top.last.value is not None and marker.value != top.last.value + 1
                    and outer.last.value is not None and marker.value == outer.last.value + 1):
                self.pop()  # 三、培训课程安排 after the speech's 一、二、三、: the draft's numbering again
                self.add(outer, marker)
                return
            self.add(top, marker)
            return
        depth = next((i for i, run in enumerate(self.stack) if run.family == family), None)
        if depth is not None:
            if marker.value == 1 and top is not None and marker.rank > top.rank:
                self.stack.append(self.new_run(marker, top))
                return
            if marker.value == 1 and self.after_part_title(index, self.stack[depth]):
                parent_run = self.stack[depth].parent_run
                while len(self.stack) > depth:
                    self.pop()
                self.stack.append(self.new_run(marker, parent_run))
                return
            outer = self.stack[depth]
            if (top is not None and top is not outer and same_class(top.family, family) and marker.value is not None
                    and top.last.value == marker.value - 1 and outer.last.value is not None
                    and outer.last.value >= marker.value and self._runs_on(marker) and self._runs_on(top.last)):
                # （一）……。（二）……。三、加强……。（四）…… under 三、: the third item written as a heading;
                # a bare 三、会议议程 over items of its own is the heading repeated
                self.add(top, marker, slip=True)
                return
            while len(self.stack) > depth + 1:
                self.pop()
            self.add(self.stack[-1], marker)
            return
        if marker.value is not None and marker.value > 1 and self.continue_elsewhere(marker, top):
            return
        if top is not None and top.is_enumeration and marker.rank == top.rank:
            self.pop()
            self.stack.append(self.new_run(marker, top.parent_run))
            return
        self.stack.append(self.new_run(marker, top))

    def _runs_on(self, item: Marker) -> bool:
        """The item's paragraph goes on past its heading into sentences: an item, not a title."""
        end = self.outline.paragraphs[item.paragraph][1]
        return "。" in self.doc.prose[item.end:end]

    def holds_a_document(self, item: Marker) -> bool:
        """The item's heading names a whole document (二、在……开班式上的讲话)."""
        endings = self.grammar.document_endings
        if not endings or item.inline:
            return False
        end = self.outline.paragraphs[item.paragraph][1]
        return self.doc.prose[item.end:end].rstrip(" \t\u3000\0").endswith(endings)

    def enumeration_goes_on(self, marker: Marker, index: int) -> bool:
        """一是…。二是…。 then a paragraph opening 3．: the writer went on with the paragraphs'
        enumeration in another style, a slip, when no list of the marker's own family is open
        or would go on with it."""
        top = self.stack[-1] if self.stack else None
        value = marker.value
        if (top is None or not top.is_enumeration or top.inline or value is None or value < 3
                or top.last.value != value - 1 or len(top.numbered) < 2
                or index - top.last.paragraph > ENUMERATION_SLIP_REACH):
            return False
        if any(run.family == marker.family for run in self.stack):
            return False
        closed = self.closed.get(marker.family)
        if closed is not None and closed.last.value == value - 1:
            return False
        self.add(top, marker, slip=True)
        return True

    def place_article(self, marker: Marker) -> None:
        """第X条 are numbered through the whole document, across chapters."""
        if self.article_run is None:
            top = self.stack[-1] if self.stack else None
            self.article_run = self.new_run(marker, top)
            self.stack.append(self.article_run)
            return
        if self.article_run in self.stack:
            while self.stack[-1] is not self.article_run:
                self.pop()
        else:
            self.stack.append(self.article_run)
        self.add(self.article_run, marker)

    def enumeration_again(self, index: int, run: Run) -> bool:
        """An enumeration (一是, 首先) or a list starting again at 1 after other paragraphs is a
        new one: speeches say 首先 in the opening and again for their points. Right after the
        last item (一是…二是…一是) it is a repeated number."""
        if run.rank < 9:
            return False
        return run.family.startswith("series:") or run.last.paragraph < index - 1

    def after_lead_in(self, index: int, run: Run) -> bool:
        """A 1 after a lead-in of its own starts a new list: a paragraph ending in a colon
        (存在的问题：) or in words leading into what follows (现将会议主要精神纪要如下。), or a
        short unnumbered heading (存在问题)."""
        before = index - 1
        if before < 0 or before in self.outline.paragraph_marker or before <= run.last.paragraph:
            return False
        start, end = self.outline.paragraphs[before]
        text = self.doc.prose[start:end].strip(" \t\u3000\0")
        if text.endswith(self.grammar.lead_in_endings):
            return True
        return 0 < len(text) <= SHORT_HEADING and not any(ch in text for ch in NOT_IN_A_TITLE)

    def after_part_title(self, index: int, run: Run) -> bool:
        """A 1 under a title of its own starts the numbering of a new part: a bulletin's second
        article (白沙镇：“积分超市”激活乡村治理新动能, then its lead, then 一、), a heading the
        file marks (Markdown ##, a Word heading style) without a number, with at most one
        opening paragraph between; or a title the draft's contents list names, with a few. A
        numbered heading the list names (一、总体要求) has a marker and stays in its outline."""
        for back in range(1, LISTED_TITLE_REACH + 2):
            title = index - back
            if title <= run.last.paragraph or title in self.outline.paragraph_marker:
                return False
            start, end = self.outline.paragraphs[title]
            text = self.doc.prose[start:end].strip(" \t\u3000\0")
            if text in self.listed_titles:
                return True  # 抓党建促振兴，绘就乡村新画卷, named in the 本期要目
            if DATELINE.fullmatch(text) and title > 0 and self._title_shaped(title - 1):
                return True  # ……闭幕式主持词 over （2025年9月27日）: a second document begins
            if back <= 2 and (start in self.doc.headings or self._title_shaped(title)):
                return True  # ## 燃气安全……, a Word 标题 1, a bulletin's headline
        return False

    def _top_heading_between(self, after: int, before: int, nested: set[int]) -> bool:
        """A heading of the draft's top level stands between two paragraphs."""
        for paragraph in range(after + 1, before):
            marker = self.outline.paragraph_marker.get(paragraph)
            if marker is not None:
                run = self.outline.run_of.get(id(marker))
                if run is not None and not run.inline and id(run) not in nested:
                    return True
        return False

    def _title_shaped(self, paragraph: int) -> bool:
        """A line that reads as a title: long enough, no sentence marks, no colon at its end."""
        if paragraph in self.outline.paragraph_marker:
            return False
        start, end = self.outline.paragraphs[paragraph]
        text = self.doc.prose[start:end].strip(" \t\u3000\0")
        return (PART_TITLE_SHORTEST <= len(text) <= CONTENTS_ENTRY
                and not any(ch in text for ch in NOT_IN_A_TITLE) and not text.endswith(("：", ":")))

    def continue_elsewhere(self, marker: Marker, top: Run | None) -> bool:
        """Attach a marker that does not start at 1 to a run it continues, if there is one."""
        value = marker.value
        if top is not None and same_class(top.family, marker.family) and top.last.value == value - 1:
            self.add(top, marker, slip=True)
            return True
        scope = top.last if top is not None else None
        inline_run = self.inline_open.get((id(scope), marker.family))
        if inline_run is not None and inline_run.last.value == value - 1:
            del self.inline_open[(id(scope), marker.family)]
            self.add(inline_run, marker)
            self.stack.append(inline_run)
            return True
        closed = self.closed.get(marker.family)
        if closed is not None and closed not in self.stack and closed.last.value == value - 1:
            if closed.parent is None:
                keep = 0
            else:
                keep = next((i + 1 for i, run in enumerate(self.stack) if run.last is closed.parent), None)
            if keep is not None:
                while len(self.stack) > keep:
                    self.pop()
                self.stack.append(closed)
                self.add(closed, marker)
                return True
        return False

    # --- markers inside paragraphs -----------------------------------------------------

    def place_inline(self, marker: Marker, paragraph_marker: Marker | None) -> None:
        scope = self.stack[-1].last if self.stack else None
        key = (id(scope), marker.family)
        run = self.inline_open.get(key)
        if (
            run is not None and marker.value is not None and run.last.value is not None
            and run.last.paragraph == marker.paragraph and marker.value == run.last.value + 1
        ):
            self.add(run, marker)  # 一是加强学习。具体是：一是…二是…: the inner list goes on
            return
        if paragraph_marker is not None:
            own = self.outline.run(paragraph_marker)
            last = own.last
            if (
                marker.family == own.family and marker.value is not None and last.value is not None
                and last.paragraph == marker.paragraph and last.value < marker.value <= last.value + 2
                and (marker.value == last.value + 1 or run is None)
            ):
                self.add(own, marker)  # 一是…。二是…。四是…: in its own paragraph, a skip is a skip
                return
        if marker.value is None:  # a closing word (最后) only ends a series already open
            if run is not None:
                self.add(run, marker)
            return
        if run is None or marker.value == 1:
            if marker.value > 1 and self.inline_slip(marker, scope):
                return
            parent_run = self.stack[-1] if self.stack else None
            self.inline_open[key] = self.new_run(marker, parent_run, inline=True)
            return
        self.add(run, marker)

    def inline_slip(self, marker: Marker, scope: Marker | None) -> bool:
        """一是…二是…三要…: the third item slipped into another family."""
        for (scope_id, family), run in self.inline_open.items():
            if scope_id != id(scope) or family == marker.family or not same_class(family, marker.family):
                continue
            if run.last.value == marker.value - 1 and run.last.paragraph == marker.paragraph:
                self.add(run, marker, slip=True)
                return True
        return False

    # --- the document ------------------------------------------------------------------

    def listed(self, start: int, end: int, list_markers: dict[int, tuple[int, str]]) -> bool:
        """The paragraph is a list item (``4. 附件说明：……``): an item, not an attachment's
        heading, whatever word its text opens with."""
        return any(pos in list_markers for pos in range(start, skip(self.doc.prose, start, end, RESET_LEAD)))

    def restart(self) -> None:
        """Numbering starts again: nothing read so far can be continued."""
        self.stack.clear()
        self.closed.clear()
        self.inline_open.clear()
        self.article_run = None

    def build(self) -> Outline:
        doc = self.doc
        prose = doc.prose
        list_markers = {
            region.start: (region.end, doc.text[region.start:region.end])
            for region in doc.regions_of("list-marker")
        }
        outline = self.outline
        contents: list[str] | None = None  # the entries of a contents list (目录) being read
        for index, (start, end) in enumerate(outline.paragraphs):
            # Only a short paragraph can title a contents list: most are never sliced here.
            if end - start <= CONTENTS_TITLE_SPAN and (
                    prose[start:end].strip(" \t\u3000\0\n#").replace("\u3000", "").replace(" ", "")
                    in self.grammar.contents_titles):
                contents = []
                continue
            if contents is not None:
                text = prose[start:end].strip(" \t\u3000\0\n")
                if contents and (_unnumbered(text) == _unnumbered(contents[0].split("\n")[0])
                                 or _entry_style(text) != _entry_style(contents[0])):
                    self.listed_titles.update(_unnumbered(entry) for entry in contents)
                    contents = None  # the body starts: its first heading is the list's first entry
                    # (1. 总体情况 in the list may be 一、总体情况 in the body), or a heading
                    # numbered otherwise than the list's bullets (●…… over 一、……)
                elif len(text) <= CONTENTS_ENTRY and not any(ch in "。；！？" for ch in text):
                    contents.append(text)
                    continue  # 目录 - 一、总则 - 二、文件命名规则: the headings the body repeats
                else:
                    contents = None
            if self.grammar.is_reset(prose, start, end) and not self.listed(start, end, list_markers):
                self.restart()
                marker = self.grammar.marker_after_label(prose, start, end)  # 附件：1.…
                if marker is None:
                    continue
            elif TOC_LINE.search(prose, start, end):
                continue  # the contents list repeats the headings the body numbers
            elif doc.text.startswith("|", start) or TABLE_ROW_END.search(prose, max(start, end - TABLE_ROW_TAIL), end):
                continue  # 一、直接费用　　174.0　　93.0, | 一、税收收入 | 59.30 |: a table's row, not a heading
            elif _between_tab_rows(doc.text, outline.paragraphs, index):
                continue  # 一、基本支出 between the rows of a tab-separated table: a group of its rows
            else:
                marker = self.grammar.paragraph_marker(doc, start, end, list_markers)
            inline_from = start
            if marker is not None:
                marker.paragraph = index
                outline.paragraph_marker[index] = marker
                outline.markers.append(marker)
                self.place(marker, index)
                inline_from = marker.extra[1] if marker.extra else marker.end
            inline = self.grammar.inline_markers(prose, inline_from, end)
            outline.inline_by_paragraph[index] = inline
            for item in inline:
                item.paragraph = index
                outline.markers.append(item)
                self.place_inline(item, marker)
        starts = [start for start, _ in outline.paragraphs]
        nested = {id(child) for runs in outline.children.values() for child in runs}
        announcements = {kind.name: kind.announced for kind in self.grammar.through}
        for name, markers in self.grammar.through_markers(prose).items():
            run = Run(markers[0].family, inline=True)  # one run through the draft, under no heading
            announced = announcements.get(name)
            for item in markers:
                item.paragraph = max(0, bisect.bisect_right(starts, item.start) - 1)
                if item.value == 1 and run.items and (
                        self.after_part_title(item.paragraph, run)
                        or self._top_heading_between(run.last.paragraph, item.paragraph, nested)
                        or (announced is not None and announced.search(prose, run.last.end, item.start))):
                    outline.runs.append(run)  # the 第一项 of a second document in the file, of the
                    # meeting under the next top heading (一、预备会议 … 二、正式会议 …), or of
                    # the one announced anew (预备会议有三项议程 … 本次大会共有六项议程。)
                    run = Run(markers[0].family, inline=True)
                self.add(run, item)
            outline.runs.append(run)
        return outline


ENTRY_NUMBER = re.compile(
    r"[\0\s]*(?:[一二三四五六七八九十]{1,3}[、.．]|[0-9０-９]{1,2}[.．、]|[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]"
    r"|[★☆●○■□◆◇▶►▪•※])[\0\s]*")  # a bulletin's 本期要目 bullets its entries: ★全县……


BULLETS = "★☆●○■□◆◇▶►▪•※"


def _entry_style(text: str) -> str:
    """How an entry of a contents list is marked: with a bullet, a number, or not at all."""
    stripped = text.lstrip("\0 \t\u3000")
    if stripped[:1] in BULLETS:
        return "bullet"
    return "number" if ENTRY_NUMBER.match(text) else "plain"


def _unnumbered(text: str) -> str:
    """An entry or heading without its number: a contents list may number its entries 1. 2.
    where the body numbers its headings 一、二、."""
    match = ENTRY_NUMBER.match(text)
    return text[match.end():] if match else text
