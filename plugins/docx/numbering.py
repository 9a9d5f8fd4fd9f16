"""Word's automatic list numbering, rendered as the text Word shows ("一、", "（二）", "1.2").

Word does not store "一、" in a numbered paragraph: the paragraph names a list (``numId``) and a
level (``ilvl``), and ``numbering.xml`` says how that level counts (``numFmt``, e.g.
``chineseCounting``) and how the marker reads (``lvlText``, e.g. ``%1、``). Numbering rules must
see the marker a reader of the printed draft sees, so this module replays the counters in reading
order the way Word does:

* lists that share an abstract definition continue each other, unless a list instance overrides
  a level's start (``startOverride``), which restarts that level at its first paragraph;
* a level restarts after any higher level is used (or after the level named by ``lvlRestart``;
  ``0`` never restarts);
* ``%N`` in ``lvlText`` is level N's current value in level N's format (``isLgl``: all decimal).

Numbering can also come from a paragraph style (headings linked to a list), directly or through
``basedOn``; ``numStyleLink`` indirections are followed. Elements here are lxml elements of the
WordprocessingML namespace; nothing in this module imports python-docx.
"""

from __future__ import annotations

from dataclasses import dataclass, field

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

_DIGITS = "〇一二三四五六七八九"
_LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"
_EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_CIRCLED = [chr(0x2460 + i) for i in range(20)] + [chr(0x3251 + i) for i in range(15)] + [
    chr(0x32B1 + i) for i in range(15)]  # ①…⑳, ㉑…㉟, ㊱…㊿
_PARENTHESISED = [chr(0x2474 + i) for i in range(20)]  # ⑴…⒇
_FULL_STOP = [chr(0x2488 + i) for i in range(20)]  # ⒈…⒛
_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def _attr(element, name: str = "val") -> str | None:
    return None if element is None else element.get(f"{W}{name}")


def _int(value: str | None, default: int | None = None) -> int | None:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def chinese_counting(n: int, digits: str = _DIGITS, units: str = "十百千") -> str:
    """1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五 (up to 9999).

    With the financial digits (壹贰叁) the leading one is kept: 12 → 壹拾贰.
    """
    if n <= 0 or n > 9999:
        return str(n)
    parts = []
    values = [(n // 1000) % 10, (n // 100) % 10, (n // 10) % 10, n % 10]
    names = [units[2], units[1], units[0], ""]
    zero_pending = False
    started = False
    for value, name in zip(values, names):
        if value == 0:
            zero_pending = started
            continue
        if zero_pending:
            parts.append("零")
            zero_pending = False
        parts.append(digits[value] + name)
        started = True
    text = "".join(parts)
    if 10 <= n < 20 and digits == _DIGITS:
        text = text[1:]  # 十一, not 一十一
    return text


def _letters(n: int, upper: bool) -> str:
    if n <= 0:
        return str(n)
    letter = chr(ord("A" if upper else "a") + (n - 1) % 26)
    return letter * ((n - 1) // 26 + 1)  # Word repeats: Z, AA, BB


def _roman(n: int) -> str:
    if n <= 0 or n >= 4000:
        return str(n)
    out = []
    for value, symbol in _ROMAN:
        while n >= value:
            out.append(symbol)
            n -= value
    return "".join(out)


def _from_table(table: list[str], n: int) -> str:
    return table[n - 1] if 1 <= n <= len(table) else str(n)


def format_number(n: int, fmt: str) -> str:
    """One counter value in one of Word's ``numFmt`` styles (unknown styles: decimal)."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting",
               "taiwaneseCounting", "taiwaneseCountingThousand", "japaneseDigitalTenThousand"):
        return chinese_counting(n)
    if fmt in ("ideographDigital", "taiwaneseDigital", "chineseDigital"):
        return "".join(_DIGITS[int(d)] for d in str(n)) if n >= 0 else str(n)
    if fmt in ("chineseLegalSimplified", "ideographLegalTraditional"):
        return chinese_counting(n, _LEGAL_DIGITS, "拾佰仟")
    if fmt == "ideographTraditional":
        return _HEAVENLY_STEMS[(n - 1) % 10] if n > 0 else str(n)
    if fmt == "ideographZodiac":
        return _EARTHLY_BRANCHES[(n - 1) % 12] if n > 0 else str(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle"):
        return _from_table(_CIRCLED, n)
    if fmt == "decimalEnclosedParen":
        return _from_table(_PARENTHESISED, n)
    if fmt == "decimalEnclosedFullstop":
        return _from_table(_FULL_STOP, n)
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return "".join(chr(ord(d) + 0xFEE0) if d.isdigit() else d for d in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "upperLetter":
        return _letters(n, True)
    if fmt == "lowerLetter":
        return _letters(n, False)
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "none":
        return ""
    return str(n)


@dataclass(eq=False)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # lvlRestart: restart after this 1-based level; 0 never
    legal: bool = False  # isLgl: every %N as decimal
    suffix: str = "tab"  # tab, space or nothing
    style: str | None = None  # pStyle: the paragraph style this level belongs to


def _level(element) -> Level:
    level = Level()
    level.start = _int(_attr(element.find(f"{W}start")), 1)
    fmt = element.find(f"{W}numFmt")
    if fmt is not None:
        level.fmt = _attr(fmt) or "decimal"
    text = element.find(f"{W}lvlText")
    # A level without lvlText shows nothing; an explicit empty value too.
    level.text = (_attr(text) or "") if text is not None else ""
    restart = element.find(f"{W}lvlRestart")
    if restart is not None:
        level.restart = _int(_attr(restart))
    legal = element.find(f"{W}isLgl")
    level.legal = legal is not None and _attr(legal) not in ("0", "false", "off")
    suffix = element.find(f"{W}suff")
    if suffix is not None:
        level.suffix = _attr(suffix) or "tab"
    level.style = _attr(element.find(f"{W}pStyle"))
    return level


@dataclass(eq=False)
class Marker:
    """The rendered marker of one numbered paragraph."""

    text: str
    suffix: str  # tab, space or nothing, as Word separates marker and text
    bullet: bool


@dataclass(eq=False)
class Numbering:
    """The list definitions of one document and the running counters."""

    abstracts: dict[str, dict[int, Level]] = field(default_factory=dict)
    abstract_links: dict[str, str] = field(default_factory=dict)  # abstractNumId -> numStyleLink
    nums: dict[str, str] = field(default_factory=dict)  # numId -> abstractNumId
    overrides: dict[str, dict[int, tuple[int | None, Level | None]]] = field(default_factory=dict)
    style_numbering: dict[str, tuple[str | None, int | None]] = field(default_factory=dict)
    style_parent: dict[str, str] = field(default_factory=dict)
    _counters: dict[str, dict[int, int | None]] = field(default_factory=dict)
    _seen_nums: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, numbering_root, styles_root) -> "Numbering":
        numbering = cls()
        if styles_root is not None:
            for style in styles_root.iter(f"{W}style"):
                style_id = _attr(style, "styleId")
                if not style_id:
                    continue
                based = _attr(style.find(f"{W}basedOn"))
                if based:
                    numbering.style_parent[style_id] = based
                num_pr = style.find(f"{W}pPr/{W}numPr")
                if num_pr is not None:
                    numbering.style_numbering[style_id] = (
                        _attr(num_pr.find(f"{W}numId")), _int(_attr(num_pr.find(f"{W}ilvl"))))
        if numbering_root is None:
            return numbering
        for abstract in numbering_root.iter(f"{W}abstractNum"):
            key = _attr(abstract, "abstractNumId")
            if key is None:
                continue
            numbering.abstracts[key] = {
                _int(_attr(lvl, "ilvl"), 0): _level(lvl) for lvl in abstract.findall(f"{W}lvl")
            }
            link = _attr(abstract.find(f"{W}numStyleLink"))
            if link:
                numbering.abstract_links[key] = link
        for num in numbering_root.iter(f"{W}num"):
            num_id = _attr(num, "numId")
            abstract_id = _attr(num.find(f"{W}abstractNumId"))
            if num_id is None or abstract_id is None:
                continue
            numbering.nums[num_id] = abstract_id
            for override in num.findall(f"{W}lvlOverride"):
                ilvl = _int(_attr(override, "ilvl"), 0)
                start = _int(_attr(override.find(f"{W}startOverride")))
                lvl = override.find(f"{W}lvl")
                numbering.overrides.setdefault(num_id, {})[ilvl] = (
                    start, _level(lvl) if lvl is not None else None)
        return numbering

    # --- which list and level a paragraph belongs to --------------------------------------

    def _style_chain(self, style_id: str | None):
        seen = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            yield style_id
            style_id = self.style_parent.get(style_id)

    def resolve(self, paragraph) -> tuple[str, int] | None:
        """``(numId, ilvl)`` of a ``w:p`` from its own properties or its style, or None."""
        ppr = paragraph.find(f"{W}pPr")
        style_id = _attr(ppr.find(f"{W}pStyle")) if ppr is not None else None
        num_id: str | None = None
        ilvl: int | None = None
        num_pr = ppr.find(f"{W}numPr") if ppr is not None else None
        if num_pr is not None:
            num_id = _attr(num_pr.find(f"{W}numId"))
            ilvl = _int(_attr(num_pr.find(f"{W}ilvl")))
        from_style = None
        if num_id is None:
            for sid in self._style_chain(style_id):
                if sid in self.style_numbering:
                    num_id, style_ilvl = self.style_numbering[sid]
                    from_style = sid
                    if ilvl is None:
                        ilvl = style_ilvl
                    break
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return None
        if ilvl is None:
            ilvl = 0
            if from_style is not None:  # the level whose pStyle names the style
                levels = self._levels(self.nums[num_id])
                for index, level in levels.items():
                    if level.style == from_style:
                        ilvl = index
                        break
        return num_id, max(0, min(ilvl, 8))

    def _abstract_id(self, abstract_id: str) -> str:
        """Follow ``numStyleLink`` to the abstract definition that holds the levels."""
        for _ in range(5):
            link = self.abstract_links.get(abstract_id)
            if not link or self.abstracts.get(abstract_id):
                break
            target = self.style_numbering.get(link, (None, None))[0]
            if target is None or target not in self.nums:
                break
            abstract_id = self.nums[target]
        return abstract_id

    def _levels(self, abstract_id: str) -> dict[int, Level]:
        return self.abstracts.get(self._abstract_id(abstract_id), {})

    # --- counting ---------------------------------------------------------------------

    def marker(self, paragraph) -> Marker | None:
        """Advance the counters for a numbered paragraph and return its marker."""
        resolved = self.resolve(paragraph)
        if resolved is None:
            return None
        num_id, ilvl = resolved
        abstract_id = self._abstract_id(self.nums[num_id])
        levels = dict(self._levels(abstract_id))
        overrides = self.overrides.get(num_id, {})
        for index, (_, replacement) in overrides.items():
            if replacement is not None:
                levels[index] = replacement
        if ilvl not in levels:
            return None
        counters = self._counters.setdefault(abstract_id, {})
        if num_id not in self._seen_nums:
            self._seen_nums.add(num_id)
            for index, (start, _) in overrides.items():
                if start is not None:
                    counters[index] = None
        starts = {index: level.start for index, level in levels.items()}
        for index, (start, _) in overrides.items():
            if start is not None:
                starts[index] = start
        current = counters.get(ilvl)
        counters[ilvl] = starts.get(ilvl, 1) if current is None else current + 1
        for deeper in list(counters):
            if deeper <= ilvl:
                continue
            restart = levels.get(deeper, Level()).restart
            if restart is None or (restart != 0 and ilvl < restart):
                counters[deeper] = None
        level = levels[ilvl]
        if level.fmt == "bullet":
            return Marker(level.text, level.suffix, True)
        text = level.text
        out = []
        i = 0
        while i < len(text):
            ch = text[i]
            if ch == "%" and i + 1 < len(text) and text[i + 1].isdigit():
                ref = int(text[i + 1]) - 1
                ref_level = levels.get(ref, Level())
                value = counters.get(ref)
                if value is None:
                    value = starts.get(ref, 1)
                out.append(format_number(value, "decimal" if level.legal and ref_level.fmt != "none"
                                         else ref_level.fmt))
                i += 2
                continue
            out.append(ch)
            i += 1
        return Marker("".join(out), level.suffix, False)
