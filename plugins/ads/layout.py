"""How a pasted draft is laid out, and which of its lines a template site left behind.

The four AD rules share one reading of the document, built once per document:

1. every line gets a *content* score from the ``[[signal]]`` (ad) and ``[[metadata]]`` lists;
2. the structure is found from the lines that are clearly not site text: where the body starts
   (a salutation such as 同志们：, or the first real sentence), the title above it, where the
   body ends (the last sentence, 谢谢大家！);
3. position adds points: a short line without sentence punctuation before the title or after
   the last sentence is where template sites put their banners;
4. a short line in the page head or tail that stands in one run of lines with ad lines is part
   of the same banner (the site's bare name, 酷乐文行, or a slogan between two ad lines);
5. a title repeated by the scraper is marked, and runs of site lines at the head and the tail
   become blocks.

Scores are per line. In a long paragraph of the body, where an ad is a sentence or a bracketed
aside glued to real text, the sentence is scored and reported instead of the paragraph.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
import weakref
from dataclasses import dataclass, field
from functools import cached_property

from checker import ConfigError
from checker.organisations import own_address

from .signals import Hit, Signal, SignalSet, SignalSets, compile_signals, score

SENTENCE_END = "。！？!?…；;"
CLOSERS = "”’」』）)】]》"
SPACES_AND_MARKS = " \t\u3000|｜_—-–：:，,（）()【】[]"  # what may stand between a name and its address
UNIT = re.compile(r"[（(【\[][^（）()【】\[\]\n]{0,80}[）)】\]]|[^。！？!?；;（(【\[\n]+[。！？!?；;…]*")
URL_HOST = re.compile(r"(?i)^(?:[a-z]+://)?([^/\s:?#]+)")
BARE_DOMAIN = re.compile(
    r"(?<![A-Za-z0-9_@.\-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
    r"(?:com|net|org|cn|cc|top|vip|xyz|wang|site|info|biz|me|club|shop|online|ltd|tv)(?![A-Za-z0-9-])"
)
SITE_SUFFIX = re.compile(r"^(.*?)\s*[_|｜\-—–]{1,2}\s*([^_|｜\-—–]{1,20})$")
SITE_WORD = re.compile(r"网|站|文库|范文|资料|文档|之家|大全|平台|公众号|频道")
# …or a site's note in brackets after it: ……工作情况汇报（通用范文）, ……主持词（精选5篇）.
SITE_NOTE = re.compile(r"^(.*?)\s*[（(]([^（）()]{1,12})[）)]$")
SITE_NOTE_WORD = re.compile(r"范文|范本|模板|精选|[0-9０-９]+篇|通用版|word版|Word版|可编辑")
BOILERPLATE = "导语套话"  # the kind of the lead's stock phrases in [[metadata]]
PUNCTUATION = re.compile(r"[\s\W_]+", re.UNICODE)
CLAUSE_MARK = re.compile(r"[，,。；;]")

@dataclass(eq=False)
class Settings:
    """The compiled ``ads`` data: signal lists, scores and layout patterns."""

    ads: SignalSet
    metadata: SignalSet
    both: SignalSets  # the two lists above, scanned together
    threshold: int
    body: int
    head: int
    tail: int
    front: int
    bare: int
    short: int
    whole_line: int
    floor: int
    contact: int
    title: re.Pattern
    heading: re.Pattern
    signature: re.Pattern
    separator: re.Pattern
    attachment: re.Pattern  # 附件3 alone on its line: the line below is the attachment's title
    contents: tuple[str, ...]  # 目录, 本期目录: the short lines below list the titles to come
    official: tuple[str, ...]
    contact_person: tuple[str, ...] = ()  # 联系人：: a notice's own contact block opens with one
    site_words: re.Pattern = re.compile(r"[A-Za-z]{2}")  # 网, 文库, www: what names a site
    compilation: re.Pattern = re.compile(r"(?!)")  # 篇一：before a title: a site's collection


def settings(ctx) -> Settings:
    return ctx.compiled("ads.settings", lambda: build_settings(ctx.data("ads")))


def build_settings(data: dict) -> Settings:
    scores = data.get("score", {})
    layout = data.get("layout", {})

    def number(key: str, default: int) -> int:
        value = scores.get(key, default)
        if not isinstance(value, int) or isinstance(value, bool):
            raise ConfigError(f"ads [score] {key} must be an integer")
        return value

    def pattern(key: str, default: str) -> re.Pattern:
        try:
            return re.compile(layout.get(key, default))
        except re.error as error:
            raise ConfigError(f"ads [layout] {key}: invalid pattern: {error}") from None

    official = layout.get("official_domains", ["gov.cn"])
    if not isinstance(official, list) or not all(isinstance(d, str) for d in official):
        raise ConfigError("ads [layout] official_domains must be a list of domains")
    ads = compile_signals(data.get("signal", []), "signal")
    metadata = compile_signals(data.get("metadata", []), "metadata")
    return Settings(
        ads=ads, metadata=metadata, both=SignalSets((ads, metadata)),
        threshold=number("threshold", 3), body=number("body", 1), head=number("head", 1), tail=number("tail", 1),
        front=number("front", 1), bare=number("bare", 1), short=number("short", 30),
        whole_line=number("whole_line", 80), floor=number("prose_floor", -3),
        contact=number("contact", 2),
        title=pattern("title", r"讲话$"), heading=pattern("heading", r"^[一二三四五六七八九十]+、"),
        signature=pattern("signature", r"(?:办公室|委员会|政府)$"),
        separator=pattern("separator", r"^[\s\-—=*]{3,}$"),
        attachment=pattern("attachment", r"^附件\s*\d*[：:]?$"),
        contents=tuple(layout.get("contents_titles", ["目录"])),
        official=tuple(d.lower().lstrip(".") for d in official),
        contact_person=tuple(layout.get("contact_person_labels", ["联系人："])),
        site_words=re.compile("|".join(["[A-Za-z]{2}"] + [re.escape(w) for w in layout.get("site_words", [])])),
        compilation=pattern("compilation", r"(?!)"),
    )


@dataclass(eq=False)
class Unit:
    """A sentence or bracketed aside of a long line, scored on its own."""

    start: int
    end: int
    score: int
    hits: list[Hit]


@dataclass(eq=False)
class Line:
    number: int
    start: int  # offsets of the line in the text, without its newline
    end: int
    lo: int  # offsets of its content: surrounding spaces and markup left out
    hi: int
    text: str  # the content, from Document.text
    ad_hits: list[Hit] = field(default_factory=list)
    meta_hits: list[Hit] = field(default_factory=list)
    ad_content: int = 0
    meta_content: int = 0
    zone: str = "body"  # head | title | front | body | tail
    ad_score: int = 0
    meta_score: int = 0
    kind: str | None = None  # ad | meta | brand | related | separator | copy
    original: int | None = None  # for a repeated title: the line it repeats
    units: list[Unit] = field(default_factory=list)  # flagged sentences of a long line
    meta_spans: list[Hit] = field(default_factory=list)  # flagged metadata inside a long line
    blank: bool = field(init=False, repr=False, compare=False)  # no content; asked very often

    def __post_init__(self) -> None:
        self.blank = self.lo >= self.hi

    @property
    def removable(self) -> bool:
        return self.kind is not None

    def __len__(self) -> int:
        return self.hi - self.lo


@dataclass(eq=False)
class Block:
    first: int
    last: int
    zone: str  # head | tail
    lines: list[int]


@dataclass(eq=False)
class Layout:
    doc: object
    settings: Settings
    lines: list[Line]  # index 0 is line 1
    body_start: int | None = None
    title: int | None = None
    body_end: int | None = None
    blocks: list[Block] = field(default_factory=list)
    running: set[int] = field(default_factory=set)  # lines of a Word page header or footer
    # rows of a table (in text or a Word table) and a notice's contact block
    own_rows: set[int] = field(default_factory=set)

    def line(self, number: int) -> Line:
        return self.lines[number - 1]

    def blank_or_removable(self, number: int) -> bool:
        line = self.line(number)
        return line.blank or line.removable

    def clear_above(self, number: int) -> bool:
        """Every line above ``number`` is blank or site text."""
        return number - 1 <= self._clear[0]

    def clear_below(self, number: int) -> bool:
        """Every line below ``number`` is blank or site text."""
        return number + 1 >= self._clear[1]

    def blank_above(self, number: int) -> bool:
        return number - 1 <= self._clear[2]

    def blank_below(self, number: int) -> bool:
        return number + 1 >= self._clear[3]

    @cached_property
    def _clear(self) -> tuple[int, int, int, int]:
        """The longest runs of (blank or site) and of blank lines from the top and the bottom."""
        count = len(self.lines)

        def from_top(ok) -> int:
            n = 0
            while n < count and ok(self.lines[n]):
                n += 1
            return n

        def from_bottom(ok) -> int:
            n = count + 1
            while n > 1 and ok(self.lines[n - 2]):
                n -= 1
            return n

        site = lambda line: line.blank or line.removable  # noqa: E731
        blank = lambda line: line.blank  # noqa: E731
        return from_top(site), from_bottom(site), from_top(blank), from_bottom(blank)


def analyse(doc, ctx) -> Layout:
    """The layout of ``doc`` under the ads data of ``ctx``; computed once per document."""
    return ctx.analysis(doc, "ads.layout", lambda: _build(doc, settings(ctx), ctx))


# --- building ---------------------------------------------------------------------------------

def _build(doc, conf: Settings, ctx=None) -> Layout:
    text, prose = doc.text, doc.prose
    links = [(r.start, r.end) for r in doc.regions_of("url", "email")]
    ends = [start - 1 for start in doc.line_starts[1:]] + [len(text)]
    lines = [_line(doc, number, start, end, links)
             for number, (start, end) in enumerate(zip(doc.line_starts, ends), 1)]
    # The cache is keyed weakly by the document; a strong reference back would keep it alive.
    layout = Layout(weakref.proxy(doc), conf, lines, running=_running_heads(doc))
    # the draft's own organisation's addresses (hr@xingchen-im.com) are no site's contacts
    owned = (lambda address, at: own_address(ctx, doc, address, at)) if ctx is not None else _no_owner
    _score_content(layout, prose, links, owned)
    _find_structure(layout)
    _score_position(layout)
    _classify(layout)
    _attach_neighbours(layout)
    _find_blocks(layout)
    return layout


def _line(doc, number: int, start: int, end: int, links: list[tuple[int, int]]) -> Line:
    text, prose = doc.text, doc.prose
    if "\0" not in prose[start:end]:  # nothing masked: the content is the line without spaces
        rest = text[start:end].lstrip()
        content = rest.rstrip()
        lo = end - len(rest)
        return Line(number, start, end, lo, lo + len(content), content)

    def visible(i: int) -> bool:
        if text[i].isspace():
            return False
        if prose[i] != "\0":
            return True
        k = bisect.bisect_right(links, (i, len(text))) - 1  # a URL is content; Markdown syntax is not
        return k >= 0 and links[k][0] <= i < links[k][1]

    lo, hi = start, end
    while lo < hi and not visible(lo):
        lo += 1
    while hi > lo and not visible(hi - 1):
        hi -= 1
    return Line(number, start, end, lo, hi, text[lo:hi])


def _score_content(layout: Layout, prose: str, links: list[tuple[int, int]], owned) -> None:
    conf, doc = layout.settings, layout.doc
    starts, lines = doc.line_starts, layout.lines
    ad_hits, meta_hits = conf.both.hits(prose)
    for hit in ad_hits:
        lines[bisect.bisect_right(starts, hit.start) - 1].ad_hits.append(hit)
    running = layout.running
    for hit in meta_hits:
        line = lines[bisect.bisect_right(starts, hit.start) - 1]
        if hit.signal.kind == PAGER and line.number in running:
            continue  # 第 1 页　共 3 页 in a Word footer is the page number field, not a web pager
        if hit.signal.kind == RELATED and _alone(line, hit) and _prose_follows(lines, line.number):
            continue  # 【相关链接】 over 龙泉市基本情况 and its paragraphs: a box of the text's own
        line.meta_hits.append(hit)
    contact = contact_signal(conf)
    for start, end in links:
        if not official(doc.text[start:end], conf) and not owned(doc.text[start:end], start):
            line = lines[bisect.bisect_right(starts, start) - 1]
            line.ad_hits.append(Hit(start, end, contact, doc.text[start:end]))
    _add_bare_domains(layout, prose, contact, owned)
    empty = score((), conf.floor)
    for line in lines:
        if line.blank:
            continue
        line.ad_content = score(line.ad_hits, conf.floor) if line.ad_hits else empty
        if line.meta_hits:
            if not any(h.signal.weight > 0 and h.signal.kind != BOILERPLATE for h in line.meta_hits):
                line.meta_hits = []  # a lead's stock phrases count only on a lead line (导语：…)
            line.meta_content = score(line.meta_hits, conf.floor) + _multi_field_bonus(line.meta_hits)
        else:
            line.meta_content = empty


def _alone(line: Line, hit: Hit) -> bool:
    """The hit is all the line says, but for the colon after it."""
    return line.text[hit.end - line.lo:].strip(" \t\u3000：:】]") == ""


def _prose_follows(lines: list[Line], number: int, within: int = 3) -> bool:
    """One of the next few lines is a paragraph of running text: what a 相关链接 heading
    stands over is the draft's own background, not a list of a site's titles."""
    seen = 0
    for line in lines[number:]:
        if line.blank:
            continue
        if len(line) > 30 and any(mark in line.text for mark in "。；"):
            return True
        seen += 1
        if seen >= within:
            return False
    return False


def _table_cells(doc) -> set[int]:
    """Lines a reader took from the cells of a table (a .docx's 表格2第24行第2列)."""
    return _labelled(doc, TABLE_CELL)


TABLE_CELL = ("表格",)


def _running_heads(doc) -> set[int]:
    """Lines a reader took from a document's page header or footer (a .docx's 页眉, 页脚)."""
    return _labelled(doc, RUNNING_HEADS)


def _labelled(doc, words: tuple[str, ...]) -> set[int]:
    labels = getattr(doc, "line_labels", None) or {}
    return {number for number, label in labels.items() if any(word in label for word in words)}


def _add_bare_domains(layout: Layout, prose: str, contact: Signal, owned) -> None:
    """Bare domains (fanwen.com) as contact hits of their lines.

    A scan of each line finds what a scan of its content would: a domain is made of letters,
    digits, dots and hyphens, and what lies around a line's content (spaces, masked markup,
    the newline) can neither be part of one nor change its ends.
    """
    conf, lines, starts = layout.settings, layout.lines, layout.doc.line_starts
    dot = prose.find(".")
    while dot >= 0:  # a domain has a dot: only lines with one are scanned
        line = lines[bisect.bisect_right(starts, dot) - 1]
        for match in BARE_DOMAIN.finditer(prose, line.start, line.end):
            if not official(match.group(), conf) and not owned(match.group(), match.start()):
                line.ad_hits.append(Hit(match.start(), match.end(), contact, match.group()))
        dot = prose.find(".", line.end)


def contact_signal(conf: Settings) -> Signal:
    return Signal("web", conf.contact, "联系方式", "网址或邮箱")


def _no_owner(address: str, at: int) -> bool:
    return False


def official(address: str, conf: Settings) -> bool:
    address = address.lower()
    host = address.rsplit("@", 1)[1] if "@" in address else (URL_HOST.match(address) or [None, ""])[1]
    host = host.rstrip(".")
    return any(host == d or host.endswith("." + d) for d in conf.official)


def _multi_field_bonus(hits: list[Hit]) -> int:
    """Two different fields on one line (时间 … 来源 …) are a page's info bar."""
    kinds = {h.signal.kind for h in hits if h.signal.weight > 0 and h.signal.kind not in ("导语", BOILERPLATE)}
    return 2 if len(kinds) >= 2 else 0


def _need(line: Line, conf: Settings) -> int:
    """Points a line needs: more in the body, where the words of ads also occur in speeches."""
    return conf.threshold if line.zone in ("head", "front", "tail") else conf.threshold + conf.body


def _content_flagged(line: Line, conf: Settings) -> bool:
    if line.blank:
        return False
    if line.meta_content >= conf.threshold:
        return True
    return line.ad_content >= conf.threshold and len(line) <= conf.whole_line


def _ends_sentence(text: str) -> bool:
    stripped = text.rstrip(CLOSERS + " \t\u3000")
    return bool(stripped) and stripped[-1] in SENTENCE_END


def _is_salutation(line: Line) -> bool:
    return 2 <= len(line) <= 30 and line.text[-1] in "：:"


def _is_sentence(line: Line) -> bool:
    if len(line) >= 15 and _ends_sentence(line.text):
        return True
    return len(line) >= 40 and len(CLAUSE_MARK.findall(line.text)) >= 2


def _find_structure(layout: Layout) -> None:
    conf = layout.settings
    lines = layout.lines
    for line in lines:
        if line.blank or _content_flagged(line, conf):
            continue
        if _is_salutation(line) or _is_sentence(line):
            layout.body_start = line.number
            break
    _mark_repeated_titles(layout)
    if layout.body_start is None:
        return
    candidates = [
        ln for ln in lines[:layout.body_start - 1]
        if not ln.blank and not _content_flagged(ln, conf) and ln.kind is None
        and not conf.separator.search(ln.text)
    ]
    shaped = [ln for ln in candidates if _title_shaped(ln, conf)]
    if shaped:
        layout.title = shaped[-1].number
    else:
        others = [ln for ln in candidates if not conf.signature.search(ln.text) and not conf.heading.search(ln.text)]
        if others:
            layout.title = others[-1].number
    layout.body_end = _last_sentence(lines, layout.body_start, conf)
    for line in lines:
        if layout.title is not None and line.number < layout.title:
            line.zone = "head"
        elif line.number < layout.body_start:
            line.zone = "head" if layout.title is None else ("front" if line.number > layout.title else "title")
        elif line.number > layout.body_end:
            line.zone = "tail"
        else:
            line.zone = "body"


def _last_sentence(lines: list[Line], body_start: int, conf: Settings) -> int:
    """The number of the last line from ``body_start`` on that ends or is a sentence."""
    for line in reversed(lines[body_start - 1:]):
        if line.blank or _content_flagged(line, conf):
            continue
        if _ends_sentence(line.text) or _is_sentence(line):
            return line.number
    return body_start


def _title_shaped(line: Line, conf: Settings) -> bool:
    return (len(line) <= 60 and not _ends_sentence(line.text) and bool(conf.title.search(line.text))
            and not conf.heading.search(line.text))


def _title_key(text: str) -> tuple[str, bool]:
    """A title compared the way a reader would: width, spaces and punctuation ignored, and a
    trailing site name (“…的讲话_某某范文网”) dropped. The flag says a site name was dropped."""
    text = unicodedata.normalize("NFKC", text)
    suffixed = False
    match = SITE_SUFFIX.match(text)
    if match and match.group(1) and SITE_WORD.search(match.group(2)):
        text, suffixed = match.group(1), True
    note = SITE_NOTE.match(text)
    if note and note.group(1) and SITE_NOTE_WORD.search(note.group(2)):
        text, suffixed = note.group(1), True
    return PUNCTUATION.sub("", text), suffixed


def _contents_entries(layout: Layout) -> set[int]:
    """The lines of a contents list: the short lines right after a title from ``contents``
    (目录, 本期目录, 【本期要目】), up to a blank line or a longer one."""
    titles = layout.settings.contents
    entries: set[int] = set()
    listing = False
    for line in layout.lines:
        if line.blank or len(line) > 40 or _ends_sentence(line.text):
            listing = False
            continue
        if line.text.replace("\u3000", "").replace(" ", "").strip("【】[]：:") in titles:
            listing = True
            continue
        if listing:
            entries.add(line.number)
    return entries


def _mark_repeated_titles(layout: Layout) -> None:
    conf = layout.settings
    limit = layout.body_start if layout.body_start is not None else min(len(layout.lines) + 1, 21)
    seen: dict[str, Line] = {}
    listed = _contents_entries(layout)
    for line in layout.lines[:limit - 1]:
        if line.number in listed:
            continue  # 本期目录 / 8月份12345热线运行情况通报: the contents list names the titles below it
        if line.blank or len(line) > 60 or _ends_sentence(line.text) or conf.heading.search(line.text):
            continue
        if conf.signature.search(line.text):
            continue  # the issuer's name heads the page and opens the title below it again
        if LIST_ITEM.fullmatch(layout.doc.text[line.start:line.lo]) or line.text.startswith(BULLETS):
            continue  # 本期要目 - 县委常委会召开会议……, ●……: a table of contents lists the titles below it
        key, suffixed = _title_key(line.text)
        if len(key) < 4 or (_content_flagged(line, conf) and not suffixed):
            continue  # a page title with the site's name scores as an ad but is still a title
        first = seen.get(key)
        if first is None:
            seen[key] = line
            continue
        if line.number - first.number > 12:
            continue
        first_suffixed = _title_key(first.text)[1]
        copy, original = (first, line) if first_suffixed and not suffixed else (line, first)
        copy.kind, copy.original = "copy", original.number
        seen[key] = original


POSITIONED = ("head", "tail", "front")  # zones whose place adds points
BULLETS = tuple("●•◆◇■□○◎▪►▶★☆·")  # what opens an entry of a plain-text list
# What opens a Markdown list item: a line after it is an entry of a list, not a page title.
LIST_ITEM = re.compile(r"[ \t]*[-*+][ \t]+")


# The cells of a plain-text table row, set apart by full-width spaces, runs of spaces or a tab
# (a table pasted from a spreadsheet).
CELL_GAP = re.compile(r"\u3000+|[ \t]{2,}|\t")


TAG = "标签"  # the kind of the signals for a site's tag before a title (【范文】)
PAGER = "分页"  # the kind of the metadata signals for a web page's pager (第1页 共3页)
RELATED = "相关推荐"  # the kind of a site's 相关推荐 / 相关链接 headings
RUNNING_HEADS = ("页眉", "页脚")

# Room left to write in, as a form attached to a notice has it (本人签名：＿＿＿, 年　　月　　日):
# a line of the form, not a site's banner, even when an ad follows the form.
# A page number (— 1 —, 第 1 页, - 2 -) stands in every footer, with or without an ad beside it.
PAGE_NUMBER = re.compile(
    r"[—\-－–\s]*(?:第\s*)?[0-9０-９]{1,4}\s*(?:页)?(?:\s*[,，/／]?\s*共\s*[0-9０-９]{1,4}\s*页)?[—\-－–\s]*")
FORM_FIELD = re.compile("[＿_]{3,}|[：:][ \u3000]{3,}|年[ \u3000]{2,}月[ \u3000]{2,}日")


def _cells(line: Line) -> int:
    """How many cells a line lays out with wide gaps (序号　诉求类型　办理时限　备注: four)."""
    return len(CELL_GAP.split(line.text.strip(" \t\u3000"))) if not line.blank else 0


def _table_rows(lines: list[Line]) -> set[int]:
    """Lines of a plain-text table: two or more lines in a row, each of three or more cells,
    all with the same count. A template site's banner may set three slogans apart with spaces
    (仅供学习　禁止外传　侵权必究), but it does not repeat that shape line after line."""
    rows: set[int] = set()
    run: list[Line] = []
    run_cells = 0
    for line in lines + [None]:
        cells = _cells(line) if line is not None else 0
        if run and cells != run_cells:
            if len(run) >= 2:
                rows.update(ln.number for ln in run)
            run = []
        if cells >= 3:
            run.append(line)
            run_cells = cells
    return rows


# A field of a cover page or form: a short label, a colon and its value (项目负责人：张明).
BLANK_FIELD = re.compile(r"[^。！？!?；;：:]{2,30}[：:]")
FIELD_LINE = re.compile(r"[^：:\s]{2,8}[：:][ \u3000]*\S.{0,60}")


def _field_rows(lines: list[Line]) -> set[int]:
    """Lines of a cover page's fields: four or more in a row, each a label and its value
    (项目名称：…, 申报单位：…, 联系电话：…, 电子邮箱：…) or a label left blank to fill in (a
    statistics form's 1.举办宣传咨询活动（场次）：). A site's contact banner is a line or two; an
    application lists its own contacts among its fields."""
    rows: set[int] = set()
    run: list[Line] = []
    for line in lines + [None]:
        if line is not None and not line.blank and (FIELD_LINE.fullmatch(line.text) or BLANK_FIELD.fullmatch(line.text)):
            run.append(line)
            continue
        if len(run) >= 4:
            rows.update(ln.number for ln in run)
        run = []
    return rows


def _contact_rows(lines: list[Line], contact_person: tuple[str, ...]) -> set[int]:
    """A notice's own contact block: the line naming its contact person (联系人：陈晓燕　　联系
    电话：…) and the field lines right after it (电子邮箱：…). A site's contact banner names
    no contact person."""
    rows: set[int] = set()
    for index, line in enumerate(lines):
        if line.blank or not any(label in line.text.replace("\u3000", "") for label in contact_person):
            continue
        rows.add(line.number)
        fields = 0
        for after in lines[index + 1:index + 6]:
            if after.blank:
                continue  # a Markdown draft sets each field apart with a blank line
            if ALIGNED_CONTACT.fullmatch(after.text):
                rows.add(after.number)  # a second contact person aligned under the first
                continue
            if fields == 2 or not FIELD_LINE.fullmatch(after.text):
                break
            rows.add(after.number)
            fields += 1
    return rows


# 联系人：陈　丽　　联系电话：… / 　　　　赵明辉　　联系电话：…: a name aligned under the first
# contact person's (the line's indent is not part of its text), then a phone or mail field.
ALIGNED_CONTACT = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff\u3000]{1,4}[ \t\u3000]+"
                             r"(?:联系电话|电话|手机|办公电话|座机|电子邮箱|邮箱)[：:][ \u3000]*\S.{0,40}")


def _score_position(layout: Layout) -> None:
    conf = layout.settings
    structured = layout.body_start is not None
    # Rows of a table, a cover page's fields, a notice's own contact block: content anywhere.
    own = _table_rows([ln for ln in layout.lines if ln.zone in POSITIONED] if structured else layout.lines)
    own |= _contact_rows(layout.lines, conf.contact_person)
    # …and never a line of a site's banner, nor is a Word table's cell (a roster above a footer);
    # fields are not (a footer of 投稿邮箱：…, 上一篇：… is made of them)
    cells = _table_cells(layout.doc)
    layout.own_rows = own | cells
    laid_out = own | _field_rows(layout.lines)
    closing = False  # the line continues a closing line's list (附件：1.… then 2.… 3.…)
    titled = False  # the line before was an attachment's label (附表): this one is its title
    for line in layout.lines:
        attachment_title = titled and not line.blank
        if not line.blank:
            titled = bool(conf.attachment.search(line.text))
        # a Word table's cell is the draft's own, wherever the table stands (its rows end no
        # sentence, so a table after the last sentence stands in the tail)
        if line.blank or not structured or line.zone not in POSITIONED or line.number in cells:
            closing = False  # only where position adds points (the body has most lines)
            line.ad_score, line.meta_score = line.ad_content, line.meta_content
            if not line.blank and _made_of_hits(line, conf):
                line.ad_score += conf.bare  # 公文笔杆子网　www.gwbgz.net dropped into the body
            continue
        # a numbered heading after the last sentence (## 六、咨询方式 over the contact lines)
        # goes on with the draft's outline: no banner numbers its lines so
        closing = (bool(conf.signature.search(line.text)) or line.number in laid_out or attachment_title
                   or (closing or line.zone == "tail") and bool(conf.heading.search(line.text)))
        ad = meta = 0
        if not _title_shaped(line, conf) and not closing:
            if line.zone == "head":
                ad += conf.head
                meta += conf.head
            elif line.zone == "tail":
                ad += conf.tail
                meta += conf.tail
            elif line.zone == "front":
                meta += conf.front
            if line.zone in ("head", "tail") and _bare(line, conf):
                ad += conf.bare
        line.ad_score = line.ad_content + ad
        line.meta_score = line.meta_content + meta


def _made_of_hits(line: Line, conf: Settings) -> bool:
    """A line that is nothing but a site's name and its address: every character of it lies
    in an ad hit, and one of the hits is a web address or e-mail. Such a line says nothing a
    draft would say, wherever it stands."""
    if len(line.ad_hits) < 2 or not any(h.signal.kind == "联系方式" for h in line.ad_hits):
        return False
    covered = bytearray(line.hi - line.lo)
    for hit in line.ad_hits:
        for i in range(max(hit.start, line.lo), min(hit.end, line.hi)):
            covered[i - line.lo] = 1
    return all(covered[i] or line.text[i] in SPACES_AND_MARKS for i in range(len(line.text)))


def _bare(line: Line, conf: Settings) -> bool:
    return len(line) <= conf.short and not any(ch in SENTENCE_END for ch in line.text)


def _classify(layout: Layout) -> None:
    conf = layout.settings
    for line in layout.lines:
        if line.blank or line.kind is not None:
            continue
        need = _need(line, conf)
        if line.meta_score < need and line.ad_score < need and (
                max(0, conf.floor) if not line.ad_hits else _unit_ceiling(line, conf)) < need:
            _keep_meta_spans(line, need)  # no sentence of the line can score: nothing to split
            continue
        anchored = any(h.signal.weight > 0 and h.start - line.lo <= 1 for h in line.meta_hits)
        units = _units(line, conf)
        prose = [u for u in units if _plain_sentence(u, line)]
        if line.meta_score >= need and (
            anchored or (len(line) <= conf.whole_line and not any(
                not any(h.start < u.end and u.start < h.end for h in line.meta_hits) for u in prose))
        ):
            line.kind = "meta"
            continue
        tag = _title_tag(line, conf)
        if tag is not None and line.ad_score >= need:  # the tag goes, the title stays
            line.units = [Unit(tag.start, tag.end, line.ad_score, [tag])]
            continue
        flagged = [u for u in units if u.score >= need]
        covered = sum(u.end - u.start for u in flagged)
        if line.ad_score >= need and (
            line.zone in ("head", "tail") or covered >= 0.6 * len(line)
            or (len(line) <= conf.whole_line and not (flagged and prose))
        ):
            line.kind = "ad"
            continue
        line.units = flagged
        _keep_meta_spans(line, need)


def _title_tag(line: Line, conf: Settings) -> Hit | None:
    """A site's tag glued before a title (【范文】2024年度个人述职报告): the words after it
    are the draft's own title."""
    if line.zone not in ("head", "title") or not _title_shaped(line, conf):
        return None
    for hit in line.ad_hits:
        if hit.signal.kind == TAG and hit.start <= line.lo + 1 and hit.end < line.hi:
            return hit
    return None


def _unit_ceiling(line: Line, conf: Settings) -> int:
    """The most a sentence of the line can score: every positive signal of the line, and
    negative ones at best adding nothing."""
    positive = {id(h.signal): h.signal.weight for h in line.ad_hits if h.signal.weight > 0}
    return sum(positive.values()) + max(0, conf.floor)


def _keep_meta_spans(line: Line, need: int) -> None:
    """Metadata heavy enough on its own at either end of a line that is not itself flagged,
    unless the line says it is the draft's own (发布日期：2025年7月1日 on a policy's cover)."""
    if any(h.signal.weight < 0 for h in line.meta_hits):
        line.meta_spans = []
        return
    line.meta_spans = [
        h for h in line.meta_hits
        if h.signal.weight >= need and (h.start == line.lo or h.end == line.hi)
    ]


def _plain_sentence(unit: Unit, line: Line) -> bool:
    """A sentence of ordinary text: no ad signal, long enough, properly ended."""
    text = line.text[unit.start - line.lo:unit.end - line.lo]
    return unit.score <= 0 and len(text) >= 15 and _ends_sentence(text)


def _units(line: Line, conf: Settings) -> list[Unit]:
    out = []
    hits = sorted(line.ad_hits, key=lambda h: h.start)
    starts = [h.start for h in hits]
    for match in UNIT.finditer(line.text):
        start, end = line.lo + match.start(), line.lo + match.end()
        while end > start and line.text[end - line.lo - 1].isspace():
            end -= 1
        while start < end and line.text[start - line.lo].isspace():
            start += 1
        if start < end:
            window = hits[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
            inside = [h for h in window if h.end <= end]
            out.append(Unit(start, end, score(inside, conf.floor), inside))
    return out


# A bracketed aside of clauses on a line of its own: a stage direction of a host's script, not a
# site's name or slogan (a site's credit in brackets scores on its own words).
STAGE_DIRECTION = re.compile(r"\s*[（(][^（）()]*[，,][^（）()]*[）)]\s*")


def _brand_like(line: Line, conf: Settings) -> bool:
    """A short line that may be a site's name or slogan inside its banner: not a sentence, a
    form field, a title or a signature, and nothing in it that speaks for the draft (an
    organ's credit, （街道党工委宣传统战办供稿）, scores below zero)."""
    return (
        not line.blank and line.kind is None and len(line) <= conf.short
        and sum(hit.signal.weight for hit in line.ad_hits) >= 0
        and not any(ch in "。！？!?；;" for ch in line.text)
        and not ("“" in line.text and "”" in line.text)  # a headline quoting a slogan: 激活基层治理“一池春水”
        and not STAGE_DIRECTION.fullmatch(line.text)  # （全体起立，奏乐，领导和嘉宾退场）: a host's script
        and not FORM_FIELD.search(line.text) and not PAGE_NUMBER.fullmatch(line.text)
        and not _title_shaped(line, conf) and not conf.signature.search(line.text)
        and not conf.heading.search(line.text) and not conf.separator.search(line.text)
    )


def _runs(layout: Layout, numbers: list[int]) -> list[list[Line]]:
    """Maximal runs of consecutive non-blank lines among ``numbers``."""
    runs: list[list[Line]] = []
    previous = None
    for number in numbers:
        line = layout.line(number)
        if line.blank:
            previous = None
            continue
        if previous is not None and number == previous + 1:
            runs[-1].append(line)
        else:
            runs.append([line])
        previous = number
    return runs


def _attach_neighbours(layout: Layout) -> None:
    """Short lines that belong to an ad banner, separators, and lists under 相关推荐."""
    conf = layout.settings
    structured = layout.body_start is not None
    title_key = _title_key(layout.line(layout.title).text)[0] if layout.title is not None else ""
    for zone in ("head", "front", "tail"):
        numbers = [ln.number for ln in layout.lines if ln.zone == zone] if structured else (
            [ln.number for ln in layout.lines] if zone == "head" else [])
        originals = {ln.original for ln in layout.lines if ln.kind == "copy"}
        for run in _runs(layout, numbers):
            flagged = [i for i, ln in enumerate(run) if ln.kind in ("ad", "meta", "copy")]
            if not flagged:
                continue
            def chain(lines: list[Line]) -> bool:
                return all(ln.kind == "brand" or _brand_like(ln, conf) or conf.separator.search(ln.text)
                           for ln in lines)

            for i, line in enumerate(run):
                if (zone == "tail" and len(title_key) >= 4 and line.kind is None
                        and _title_key(line.text)[0] == title_key and any(abs(i - f) <= 2 for f in flagged)):
                    line.kind, line.original = "copy", layout.title  # the page's title again, by 相关推荐
                    continue
                if not _brand_like(line, conf) or line.number in originals:
                    continue  # the title a scraper copied stays: only its copy goes
                if line.number in layout.running:
                    continue  # a Word page header read after the body borders no banner of it
                if line.number in layout.own_rows:
                    continue  # 10月5日—10月6日　　陈宏　　刘洋, 电子邮箱：…: a row of the draft's own
                if i and conf.attachment.search(run[i - 1].text):
                    continue  # 附件3 / 会场座位示意图（另行印发）: the title of an attachment
                sandwiched = flagged[0] < i < flagged[-1]
                outer = False
                if structured and zone == "head" and i < flagged[0]:
                    outer = flagged[0] - i <= 2 and chain(run[i + 1:flagged[0]])
                if structured and zone == "tail":
                    # A footer can open with the site's name as well as close with it.
                    outer = any(abs(i - f) <= 2 and chain(run[min(i, f) + 1:max(i, f)]) for f in flagged)
                    if outer and i < flagged[0] and not line.meta_hits and not any(
                            conf.site_words.search(above.text) for above in run[max(0, i - 2):i + 1]):
                        outer = False  # 2025年6月, 宣誓人：……, 合　计　1286: the draft's own last lines
                if sandwiched or outer:
                    line.kind = "brand"
        if zone == "tail":
            _attach_related_lists(layout, numbers)
    zones = ("head", "front", "tail") if structured else ("head", "front", "tail", "body")
    for line in layout.lines:
        if line.blank or line.kind is not None or line.zone not in zones:
            continue
        if conf.separator.search(line.text) and _next_to_removable(layout, line.number):
            line.kind = "separator"


def _attach_related_lists(layout: Layout, numbers: list[int]) -> None:
    conf = layout.settings
    listing = False
    running = layout.running
    for number in numbers:
        line = layout.line(number)
        if line.blank:
            continue
        if number in running:
            listing = False  # a Word page header or footer read after the body: no list entry
            continue
        if line.kind == "meta" and any(h.signal.kind in (RELATED, "翻页导航") for h in line.meta_hits):
            listing = True
            continue
        if listing and line.kind is None and _titles_of_a_list(line.text) and not _ends_sentence(line.text) \
                and not conf.signature.search(line.text) and not conf.separator.search(line.text) \
                and not PAGE_NUMBER.fullmatch(line.text):
            line.kind = "related"
        elif line.kind is None:
            listing = False


RELATED_TITLE_LONGEST = 40
TITLE_GAP = re.compile("[ \t\u3000]{2,}")


def _titles_of_a_list(text: str) -> bool:
    """One title of a related list, or several set apart by wide gaps on one line
    (社区党建联席会议纪要范文（精选5篇）　　区域化党建共建协议书范本　　……)."""
    return all(len(title) <= RELATED_TITLE_LONGEST for title in TITLE_GAP.split(text.strip(" \t\u3000")))


def _next_to_removable(layout: Layout, number: int) -> bool:
    for step in (-1, 1):
        n = number + step
        while 1 <= n <= len(layout.lines) and layout.line(n).blank:
            n += step
        if 1 <= n <= len(layout.lines) and layout.line(n).kind not in (None, "separator"):
            return True
    return False


def _find_blocks(layout: Layout) -> None:
    """Runs of two or more site lines, blank lines between allowed, at the head or the tail."""
    if layout.body_start is None:
        ranges = [("head", range(1, len(layout.lines) + 1))]
    else:
        ranges = [("head", range(1, layout.body_start)),
                  ("tail", range(layout.body_end + 1, len(layout.lines) + 1))]
    for zone, numbers in ranges:
        group: list[int] = []
        for number in list(numbers) + [None]:
            line = layout.line(number) if number is not None else None
            if line is not None and line.blank:
                continue
            if line is not None and line.removable:
                group.append(number)
                continue
            if len(group) >= 2:
                layout.blocks.append(Block(group[0], group[-1], zone, group))
            group = []
