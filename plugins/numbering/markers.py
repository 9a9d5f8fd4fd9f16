"""Numbering markers: what they look like, where they stand, and what value they carry.

A marker has a *family* (its numbering system: ``一、`` and ``一.`` are both ``cn-dun``), a
*variant* (the punctuation it is written with, so mixed styles can be told apart), a value, and
a position: at the start of a paragraph (a heading or a list item) or inside one (一是…二是…).

Families and their rank in the hierarchy of GB/T 9704-2012 7.3.3 (smaller is higher):

=========  =================  ====  =========================================
family     example            rank  kind
=========  =================  ====  =========================================
part       第一部分            0     heading
chapter    第一章              1     heading
section    第一节              2     heading
article    第一条              3     heading (numbered through the document)
cn-dun     一、                4     heading
cn-paren   （一）              5     heading
ar-dot     1.  1．  1、        6     heading
ar-paren   （1）  1）          7     heading
circled    ①                  8     heading
md-list:N  Markdown ``1.``     9     list (N is the marker's column)
ordinal    第一，第一组：      10    enumeration
shi, yao   一是  一要           10    enumeration
qiyi       其一                10    enumeration
series:X   首先/其次, 一方面    10    enumeration (words from the ruleset)
through:X  进行第三项议程      10    counted through the draft (ruleset patterns)
=========  =================  ====  =========================================
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from checker import ConfigError
from checker.patterns import alternation

from .numerals import CN_NUMBER, chinese_numeral, chinese_value, circled, count_value

HEADING_RANK = {
    "part": 0, "chapter": 1, "section": 2, "article": 3,
    "cn-dun": 4, "cn-paren": 5, "ar-dot": 6, "ar-paren": 7, "circled": 8,
}
ENUMERATION_RANK = 10
LIST_RANK = 9
# Families that may stand for one another when a writer slips (三、 where （三） was due):
# a run may continue in another family of the same class.
HEADING_CLASS = frozenset({"cn-dun", "cn-paren", "ar-dot", "ar-paren", "circled"})
ENUMERATION_CLASS = frozenset({"ordinal", "shi", "yao", "qiyi"})
CHAPTER_WORDS = {"部分": "part", "章": "chapter", "节": "section", "条": "article"}

# A marker inside a paragraph counts only after one of these (or at the paragraph start):
# 万一是、唯一是、统一是、第一要务 are words, not numbering.
BOUNDARY = frozenset("。；;：:，,！!？?）)\n\t \u3000")
DIGITS = frozenset("0123456789０１２３４５６７８９")
# Characters skipped at a paragraph start before its marker: indentation.
INDENT = frozenset(" \t\u3000")
MASK = "\0"
NUMERAL_AFTER = "一二三四五六七八九十两〇0-9０-９"
# After 一、 only a Chinese numeral or a figure followed by a list mark makes a list of numbers:
# 三、2025—2027年重点改革事项 and 三、5项改革任务 open an item.
CN_NUMERAL_AFTER = "一二三四五六七八九十两〇"
FIGURE_LIST = "[0-9０-９]+[.．、,，]"
# A numeral after 一、 or 1. makes it a list of numbers (一、二级, 1.5) — except a year: an item
# may open with one (一、2024年工作回顾; 附件：1.2025年定点机构名单).
YEAR_AHEAD = "(?=[0-9０-９]{4}年|[0-9０-９]{1,2}月|[0-9０-９]{1,2}[:：][0-9０-９]{2})"  # …or a time: 1．10:30—11:30
# …or, after 一、, a name such as 5G or a grade (四、5G应用推广情况, 四、八年级孩子的身心特点;
# 1.5G is a figure, 一、二级 a list, and so is 一、二年级 with the next number).
CONSECUTIVE = "|".join(f"(?<={a}、){b}" for a, b in zip("一二三四五六七八", "二三四五六七八九"))
NAME_AHEAD = f"(?=[0-9][A-Z](?![A-Za-z0-9])|(?!{CONSECUTIVE})[一二三四五六七八九]年级)"

PARAGRAPH_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("chapter", re.compile(
        rf"第(?P<num>{CN_NUMBER}|[0-9０-９]{{1,3}})(?P<word>部分|章|节|条)(?=[\s\u3000：:、，,\0]|$)")),
    ("cn-paren", re.compile(
        rf"(?P<open>[（(])(?P<num>{CN_NUMBER})(?P<close>[）)])(?P<extra>[、.．,，]?)")),
    ("ar-paren", re.compile(
        r"(?P<open>[（(])(?P<num>[0-9０-９]{1,2})(?P<close>[）)])(?P<extra>[、.．,，]?)"
        r"|(?P<num2>[0-9０-９]{1,2})(?P<close2>[）)])")),
    ("cn-dun", re.compile(rf"(?P<num>{CN_NUMBER})(?P<punct>[、.．])(?:{YEAR_AHEAD}|{NAME_AHEAD}|(?![{CN_NUMERAL_AFTER}.．、]|{FIGURE_LIST}))")),
    ("ar-dot", re.compile(rf"(?P<num>[0-9０-９]{{1,2}})(?P<punct>[.．、])(?:{YEAR_AHEAD}|(?![0-9０-９.．、%％]|[A-Za-z]{{1,3}}[0-9０-９.．/_-]|[a-z]))")),
    ("circled", re.compile(r"(?P<num>[①-⑳])")),
    ("ordinal", re.compile(
        rf"第(?P<num>{CN_NUMBER})(?P<word>项|点|步|组|句话)?(?=[，,：:]|是|、(?![第{NUMERAL_AFTER}]))")),
    ("qiyi", re.compile(rf"其(?P<num>{CN_NUMBER})(?=[，,：:是])")),
    ("shi", re.compile(rf"(?P<num>{CN_NUMBER})是")),
    ("yao", re.compile(rf"(?P<num>{CN_NUMBER})要")),
]
# Families recognised inside a paragraph (headings of chapters and articles are not).
INLINE_FAMILIES = ("cn-paren", "ar-paren", "cn-dun", "ar-dot", "circled", "ordinal", "qiyi", "shi", "yao")
# The characters a marker of any family above starts with: elsewhere none is tried.
RESET_LEAD = frozenset(" \t\u3000" + MASK)  # what may stand before a reset heading
INLINE_TRIGGER = re.compile(r"[（(一二三四五六七八九十0-9０-９①-⑳第其]")
MARKDOWN_LIST = re.compile(r"(?P<num>\d{1,9})(?P<punct>[.)])")


@dataclass(eq=False)
class Marker:
    """One numbering marker found in the document."""

    start: int
    end: int
    family: str
    value: int | None  # None for a series' closing word (最后)
    variant: str = ""
    inline: bool = False
    paragraph: int = 0
    text: str = ""
    extra: tuple[int, int] | None = None  # wrong punctuation after the marker: （一）、
    auto: bool = False  # rendered by Word or Markdown list syntax, not typed
    series: tuple[str, ...] = ()
    last_word: str = ""

    @property
    def rank(self) -> int:
        if self.family in HEADING_RANK:
            return HEADING_RANK[self.family]
        if self.family.startswith("md-list"):
            return LIST_RANK
        return ENUMERATION_RANK

    @property
    def is_heading(self) -> bool:
        return self.family in HEADING_RANK

    @property
    def is_enumeration(self) -> bool:
        return self.rank == ENUMERATION_RANK

    def render(self, value: int) -> str:
        """How this marker would read with another value, in its own style."""
        return render(self.family, self.variant, value, self.series)


class Through(NamedTuple):
    """Ordinals counted through the whole draft wherever they stand (下面进行第三项议程):
    ``pattern`` finds one, its group ``item`` is the marker and ``num`` the number in it."""

    name: str
    pattern: re.Pattern
    nouns: tuple[str, ...] = ()  # what an announcement of these items calls them: 四项议程
    announced: re.Pattern | None = None  # such an announcement: 共有六项议程, not 第六项议程


class Series(NamedTuple):
    """An ordered series of words (首先, 其次, 再次; 最后 closes it)."""

    name: str
    words: tuple[str, ...]
    last: str = ""
    need_comma: frozenset[str] = frozenset()


@dataclass(eq=False)
class Grammar:
    """The marker grammar with the ruleset's words: ignored phrases and word series."""

    ignore: tuple[str, ...] = ()
    series: tuple[Series, ...] = ()
    reset_prefixes: tuple[str, ...] = ()
    through: tuple[Through, ...] = ()
    series_pattern: re.Pattern | None = None
    # 四、一体推进: a 、-marker before a word that opens with a numeral (``numeral_words``)
    word_ahead: re.Pattern | None = None
    # 目录: the title of a contents list, whose entries repeat the body's headings
    contents_titles: frozenset[str] = frozenset()
    # 二、在……开班式上的讲话: an item that is a whole document, numbered inside anew
    document_endings: tuple[str, ...] = ()
    lead_in_endings: tuple[str, ...] = ("：", ":")
    ignore_pattern: re.Pattern | None = None
    ignore_reach: int = 0
    _series_of: dict[str, tuple[Series, int | None]] = field(default_factory=dict)

    @classmethod
    def from_data(cls, data: dict) -> "Grammar":
        ignore = tuple(e["phrase"] for e in data.get("ignore", []) if e.get("phrase"))
        series = tuple(
            Series(
                e.get("name") or e["words"][0], tuple(e.get("words", [])), e.get("last", ""),
                frozenset(e.get("need_comma", [])),
            )
            for e in data.get("series", []) if e.get("words")
        )
        resets = tuple(e["prefix"] for e in data.get("reset", []) if e.get("prefix"))
        through = tuple(_through(index, e) for index, e in enumerate(data.get("through", []), 1))
        grammar = cls(ignore, series, resets, through)
        words: dict[str, tuple[Series, int | None]] = {}
        for item in series:
            for index, word in enumerate(item.words, 1):
                words.setdefault(word, (item, index))
            if item.last:
                words.setdefault(item.last, (item, None))
        grammar._series_of = words
        if words:
            grammar.series_pattern = re.compile(alternation(words))
        grammar.contents_titles = frozenset(data.get("markers", {}).get("contents_titles", []))
        grammar.document_endings = tuple(data.get("markers", {}).get("document_endings", []))
        grammar.lead_in_endings += tuple(data.get("markers", {}).get("lead_in_endings", []))
        numeral_words = [w for w in data.get("markers", {}).get("numeral_words", []) if isinstance(w, str) and w]
        if numeral_words:
            grammar.word_ahead = re.compile(
                rf"(?P<num>{CN_NUMBER})(?P<punct>、)(?=(?:{alternation(numeral_words)}))")
        if ignore:
            grammar.ignore_reach = max(map(len, ignore))
            grammar.ignore_pattern = re.compile(alternation(ignore))
        return grammar

    # --- single markers ---------------------------------------------------------------

    def match_at(self, prose: str, pos: int, end: int, inline: bool) -> Marker | None:
        """The marker starting exactly at ``pos`` (not past ``end``), if there is one."""
        if INLINE_TRIGGER.match(prose, pos, end) is None:  # most paragraphs open with a word
            return self.series_at(prose, pos, end, inline)
        for family, pattern in PARAGRAPH_PATTERNS:
            if inline and family not in INLINE_FAMILIES:
                continue
            match = pattern.match(prose, pos, end)
            if match is None:
                continue
            marker = _marker_from_match(family, match, prose)
            if marker is not None:
                marker.inline = inline
                return marker
        if self.word_ahead is not None and (match := self.word_ahead.match(prose, pos, end)):
            marker = _marker_from_match("cn-dun", match, prose)
            if marker is not None:
                marker.inline = inline
                return marker
        return self.series_at(prose, pos, end, inline)

    def series_at(self, prose: str, pos: int, end: int, inline: bool) -> Marker | None:
        if self.series_pattern is None:
            return None
        match = self.series_pattern.match(prose, pos, end)
        if match is None:
            return None
        word = match.group()
        series, value = self._series_of[word]
        after = prose[match.end():match.end() + 1]
        if word in series.need_comma and after not in ("，", ",", "：", ":"):
            return None
        return Marker(
            match.start(), match.end(), f"series:{series.name}", value, inline=inline, text=word,
            series=series.words, last_word=series.last,
        )

    def paragraph_marker(self, doc, start: int, end: int, list_markers: dict[int, tuple[int, str]]) -> Marker | None:
        """The marker at the start of the paragraph ``[start, end)``, skipping indentation,
        Markdown heading and emphasis syntax and bullet signs."""
        prose = doc.prose
        pos = start
        while pos < end:
            char = prose[pos]
            if pos in list_markers:
                region_end, text = list_markers[pos]
                marker = self.list_marker(doc, pos, region_end, text)
                if marker is not None:
                    return marker
                pos = region_end
                continue
            if char in INDENT or char == MASK:
                pos += 1
                continue
            break
        if pos >= end:
            return None
        marker = self.match_at(prose, pos, end, inline=False)
        if marker is None or self.ignored(prose, marker):
            return None
        return marker

    def list_marker(self, doc, start: int, end: int, text: str) -> Marker | None:
        """A marker written by list syntax: Markdown ``1.`` or Word's automatic numbering."""
        stripped = text.strip()
        if not stripped:
            return None
        offset = start + text.index(stripped)
        if doc.kind == "markdown":
            match = MARKDOWN_LIST.fullmatch(stripped)
            if match is None:
                return None
            column = doc.line_col(start)[1]
            return Marker(
                offset, offset + len(stripped), f"md-list:{column}", int(match.group("num")),
                variant=match.group("punct"), text=stripped, auto=True,
            )
        marker = self.match_at(stripped, 0, len(stripped), inline=False)
        if marker is None:
            return None
        marker.start += offset
        marker.end += offset
        if marker.extra is not None:
            marker.extra = (marker.extra[0] + offset, marker.extra[1] + offset)
        marker.auto = True
        return marker

    def inline_markers(self, prose: str, start: int, end: int) -> list[Marker]:
        """Markers inside ``[start, end)`` that stand after a boundary (一是 after 。)."""
        positions = {m.start() for m in INLINE_TRIGGER.finditer(prose, start, end)}
        if self.series_pattern is not None:
            positions.update(m.start() for m in self.series_pattern.finditer(prose, start, end))
        found: list[Marker] = []
        done = start
        for at in sorted(positions):
            if at < done or not _after_boundary(prose, at, start):
                continue
            marker = self.match_at(prose, at, end, inline=True)
            if marker is None or self.ignored(prose, marker):
                continue
            found.append(marker)
            done = marker.end
        return found

    def through_markers(self, prose: str) -> dict[str, list[Marker]]:
        """Every ordinal counted through the draft, by the name of its kind, in reading order."""
        found: dict[str, list[Marker]] = {}
        for kind in self.through:
            for match in kind.pattern.finditer(prose):
                start, end = match.span("item")
                value = chinese_value(match.group("num"))
                if value is None:
                    continue
                text = prose[start:end]
                num_at = match.start("num") - start
                template = text[:num_at] + "{}" + text[num_at + len(match.group("num")):]
                found.setdefault(kind.name, []).append(Marker(
                    start, end, f"through:{kind.name}", value, variant=template, inline=True, text=text,
                ))
        return found

    def ignored(self, prose: str, marker: Marker) -> bool:
        if self.ignore_pattern is None:
            return False
        reach = self.ignore_reach
        lo = max(0, marker.start - reach)
        for match in self.ignore_pattern.finditer(prose, lo, marker.end + reach):
            if match.start() < marker.end and match.end() > marker.start:
                return True
        return False

    def is_reset(self, prose: str, start: int, end: int) -> bool:
        return self.reset_label_end(prose, start, end) is not None

    def reset_label_end(self, prose: str, start: int, end: int) -> int | None:
        """Where the attachment word of a reset paragraph (附件, 附录) ends, if it opens one."""
        start = skip(prose, start, end, RESET_LEAD)
        if not prose.startswith(self.reset_prefixes, start, end):
            return None  # asked of every paragraph: one test in C first
        for prefix in self.reset_prefixes:
            if prose.startswith(prefix, start, end):
                return start + len(prefix)
        return None

    def marker_after_label(self, prose: str, start: int, end: int) -> Marker | None:
        """The marker right after a reset paragraph's label and colon: ``附件：1.名单`` opens the
        list that the following lines continue with ``2.`` and ``3.`` (GB/T 9704-2012 7.3.6)."""
        after = self.reset_label_end(prose, start, end)
        if after is None or prose[after:after + 1] not in ("：", ":"):
            return None
        marker = self.match_at(prose, skip(prose, after + 1, end, INDENT), end, inline=False)
        return None if marker is None or self.ignored(prose, marker) else marker


def skip(prose: str, start: int, end: int, chars: frozenset[str]) -> int:
    """The first offset from ``start`` (before ``end``) whose character is not in ``chars``."""
    while start < end and prose[start] in chars:
        start += 1
    return start


def _through(index: int, entry: dict) -> Through:
    """A ``[[through]]`` entry of the ruleset, checked: its pattern must compile and hold
    ``{num}`` inside a group named ``item``."""
    where = f"numbering [[through]] entry {index}"
    pattern = entry.get("pattern")
    if not isinstance(pattern, str) or "{num}" not in pattern:
        raise ConfigError(f"{where}: needs a 'pattern' with {{num}} where the number stands")
    try:
        compiled = re.compile(pattern.replace("{num}", f"(?P<num>{CN_NUMBER})"))
    except re.error as error:
        raise ConfigError(f"{where}: bad pattern: {error}") from None
    if "item" not in compiled.groupindex:
        raise ConfigError(f"{where}: the pattern needs a group (?P<item>…) around the marker")
    nouns = entry.get("nouns", [])
    if not isinstance(nouns, list) or not all(isinstance(noun, str) and noun for noun in nouns):
        raise ConfigError(f"{where}: 'nouns' must be a list of words")
    announced = re.compile(
        rf"(?<![第{NUMERAL_AFTER}])(?:{CN_NUMBER}|[0-9０-９]{{1,2}})(?:项|个)(?:{alternation(nouns)})"
    ) if nouns else None
    return Through(str(entry.get("name") or index), compiled, tuple(nouns), announced)


def _after_boundary(prose: str, pos: int, floor: int) -> bool:
    """True at the paragraph start or after boundary punctuation (masked syntax is skipped)."""
    back = pos - 1
    while back >= floor and prose[back] == MASK:
        back -= 1
    if back < floor:
        return True
    if prose[back] in ":：" and back > floor and prose[back - 1] in DIGITS:
        return False  # 14:40）: the minutes of a time, not an item after a colon
    return prose[back] in BOUNDARY


def _marker_from_match(family: str, match: re.Match, prose: str) -> Marker | None:
    groups = match.groupdict()
    number = groups.get("num") or groups.get("num2")
    start, end = match.start(), match.end()
    variant = ""
    extra = None
    if family == "chapter":
        family = CHAPTER_WORDS[groups["word"]]
        value = count_value(number) if number[0] in "0123456789０１２３４５６７８９" else chinese_value(number)
        variant = "arabic" if number[0].isdigit() else "chinese"
    elif family in ("cn-paren", "ar-paren"):
        value = chinese_value(number) if family == "cn-paren" else count_value(number)
        if groups.get("num2"):
            variant = groups["close2"]
        else:
            variant = groups["open"] + groups["close"]
        if groups.get("extra"):
            end -= len(groups["extra"])
            extra = (end, end + len(groups["extra"]))
    elif family == "cn-dun":
        value = chinese_value(number)
        variant = groups["punct"]
    elif family == "ar-dot":
        value = count_value(number)
        variant = "、" if groups["punct"] == "、" else "."
    elif family == "circled":
        value = ord(number) - ord("①") + 1
    else:  # ordinal, qiyi, shi, yao
        value = chinese_value(number)
        if family == "ordinal":
            variant = groups.get("word") or ""  # 第一项， is written with its measure word
    if value is None or value <= 0:
        return None
    return Marker(start, end, family, value, variant=variant, text=prose[start:end], extra=extra)


def render(family: str, variant: str, value: int, series: tuple[str, ...] = ()) -> str:
    """The text of a marker of ``family`` and ``variant`` with ``value``."""
    cn = chinese_numeral(value)
    if family in ("part", "chapter", "section", "article"):
        word = {"part": "部分", "chapter": "章", "section": "节", "article": "条"}[family]
        return f"第{value if variant == 'arabic' else cn}{word}"
    if family == "cn-dun":
        return cn + (variant or "、")
    if family == "cn-paren":
        pair = variant if len(variant) == 2 else "（）"
        return f"{pair[0]}{cn}{pair[1]}"
    if family == "ar-dot":
        return f"{value}{variant or '.'}"
    if family == "ar-paren":
        if len(variant) == 2:
            return f"{variant[0]}{value}{variant[1]}"
        return f"{value}{variant or '）'}"
    if family == "circled":
        return circled(value)
    if family.startswith("md-list"):
        return f"{value}{variant or '.'}"
    if family == "ordinal":
        return f"第{cn}{variant}"
    if family == "qiyi":
        return f"其{cn}"
    if family == "shi":
        return f"{cn}是"
    if family == "yao":
        return f"{cn}要"
    if family.startswith("series:") and 1 <= value <= len(series):
        return series[value - 1]
    if family.startswith("through:"):  # the variant is the marker's text around its number
        return variant.replace("{}", cn)
    return cn
