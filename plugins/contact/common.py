"""What the CT rules share: full-width folding, where a contact may be reported, the allowlist.

Template sites write contacts in full-width characters (ＱＱ：２０６１５７０６０, ｗｗｗ．ｘｘ．ｃｏｍ) so
that filters miss them. Every rule matches on a folded copy of the text in which each
full-width ASCII character is replaced by its ASCII twin, one character for one, so offsets
into the copy are offsets into the document.
"""

from __future__ import annotations

import bisect
import re
import weakref
from typing import NamedTuple

from checker import ConfigError
from checker.organisations import own_address

from .addresses import EMAIL, web_patterns

FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
FOLD[0x3000] = 0x20  # ideographic space
# str.translate looks every character up in FOLD; a draft's full-width characters are mostly
# its punctuation, a few in a hundred, so replacing only them is three times quicker.
_FOLDABLE = re.compile("[\uff01-\uff5e\u3000]")
_FOLDED_CHAR = {chr(code): chr(ascii_code) for code, ascii_code in FOLD.items()}
# Regions where a contact is never reported: code samples, front matter, comments, directives.
SILENT = ("code", "front-matter", "html-comment", "directive")

_FOLDED: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def folded(doc, prose: bool = True) -> str:
    """The document's prose (or its full text) with full-width ASCII folded to ASCII."""
    cached = _FOLDED.setdefault(doc, {})
    key = "prose" if prose else "text"
    if key not in cached:
        cached[key] = fold(doc.prose if prose else doc.text)
    return cached[key]


def fold(text: str) -> str:
    """``text`` with each full-width ASCII character (and the ideographic space) replaced by
    its ASCII twin: ``text.translate(FOLD)``, quicker."""
    return _FOLDABLE.sub(lambda match: _FOLDED_CHAR[match.group()], text)


def silent(doc, start: int, end: int) -> bool:
    """The span touches a region where nothing is reported (code, front matter…)."""
    regions = _silent_regions(doc)
    index = bisect.bisect_right(_silent_starts(doc), start) - 1
    for region_start, region_end in regions[max(index, 0):]:
        if region_start >= end:
            break
        if region_end > start:
            return True
    return False


def _silent_regions(doc) -> list[tuple[int, int]]:
    cached = _FOLDED.setdefault(doc, {})
    if "silent" not in cached:
        cached["silent"] = [(r.start, r.end) for r in doc.regions if r.kind in SILENT]
        cached["silent_starts"] = [r[0] for r in cached["silent"]]
    return cached["silent"]


def _silent_starts(doc) -> list[int]:
    _silent_regions(doc)
    return _FOLDED[doc]["silent_starts"]


def digits(text: str) -> str:
    return re.sub(r"\D", "", text.translate(FOLD))


class Allowlist(NamedTuple):
    numbers: frozenset[str]
    domains: tuple[str, ...]
    emails: frozenset[str]
    accounts: frozenset[str]

    def allows_number(self, number: str) -> bool:
        found = digits(number)
        for candidate in _number_forms(found):
            if candidate in self.numbers:
                return True
        return any(found == n[len(n) - len(found):] and _area_code(n[:len(n) - len(found)])
                   for n in self.numbers if len(n) > len(found))

    def allows_host(self, host: str) -> bool:
        host = host.lower().rstrip(".")
        return any(host == d or host.endswith("." + d) for d in self.domains)

    def allows_email(self, address: str) -> bool:
        address = address.lower()
        return address in self.emails or self.allows_host(address.rsplit("@", 1)[-1])

    def allows_account(self, account: str) -> bool:
        """A QQ number or WeChat id; an all-digit id may also be listed as a number."""
        account = account.lower().translate(FOLD)
        return account in self.accounts or (account.isdigit() and account in self.numbers)


def _area_code(prefix: str) -> bool:
    return bool(re.fullmatch(r"0\d{2,3}|860?\d{2,3}|00860?\d{2,3}", prefix))


def _number_forms(found: str) -> set[str]:
    """The number itself, without the country code, and without an area code."""
    forms = {found}
    for country in ("0086", "86"):
        if found.startswith(country) and len(found) - len(country) >= 7:
            forms.add(found[len(country):])
    for form in list(forms):
        for size in (3, 4):
            if form.startswith("0") and len(form) > size:
                forms.add(form[size:])
    return forms


def allowlist(ctx) -> Allowlist:
    """The built-in and team ``[[allow]]`` entries plus this rule's ``allow`` option."""
    base = ctx.compiled("contact.allow", lambda: _from_entries(ctx.data("contact").get("allow", [])))
    option = ctx.option("allow", [])
    if not option:
        return base
    if not isinstance(option, list) or not all(isinstance(v, str) and v.strip() for v in option):
        raise ConfigError(f"[rules.{ctx.rule.id}] allow must be a list of numbers, domains, e-mails or ids")
    extra = _from_values(option)
    return Allowlist(base.numbers | extra.numbers, base.domains + extra.domains,
                     base.emails | extra.emails, base.accounts | extra.accounts)


def _from_entries(entries: list[dict]) -> Allowlist:
    numbers, domains, emails, accounts = set(), [], set(), set()
    for index, entry in enumerate(entries, 1):
        keys = [k for k in ("number", "domain", "email", "account") if k in entry]
        if len(keys) != 1 or not isinstance(entry[keys[0]], str) or not entry[keys[0]].strip():
            raise ConfigError(f"contact [[allow]] entry {index}: give exactly one of "
                              "'number', 'domain', 'email' or 'account'")
        value = entry[keys[0]].strip()
        if keys[0] == "number":
            if not digits(value):
                raise ConfigError(f"contact [[allow]] entry {index}: number {value!r} has no digits")
            numbers.add(digits(value))
        elif keys[0] == "domain":
            domains.append(value.lower().lstrip(".").translate(FOLD))
        elif keys[0] == "email":
            emails.add(value.lower().translate(FOLD))
        else:
            accounts.add(value.lower().translate(FOLD))
    return Allowlist(frozenset(numbers), tuple(domains), frozenset(emails), frozenset(accounts))


def _from_values(values: list[str]) -> Allowlist:
    """Config values by their shape: an e-mail, a domain, a number, or an id."""
    entries = []
    for value in values:
        value = value.strip().translate(FOLD)
        if "@" in value:
            entries.append({"email": value})
        elif re.fullmatch(r"(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}", value):
            entries.append({"domain": value})
        elif re.fullmatch(r"[\d\s()+\-—]+", value) and digits(value):
            entries.append({"number": value})
        else:
            entries.append({"account": value})
    return _from_entries(entries)


def labels(ctx, key: str, table: str = "labels") -> list[str]:
    words = ctx.data("contact").get(table, {}).get(key, [])
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise ConfigError(f"contact [{table}] {key} must be a list of words")
    return words


SENTENCE_BREAK = "。！？!?；;\n"


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or line) holding ``text[start:end]``."""
    window = 200  # a contact sentence is short; never scan a whole long paragraph
    base = max(0, start - window)
    lo = max(text.rfind(ch, base, start) for ch in SENTENCE_BREAK)
    lo = lo + 1 if lo >= 0 else base
    stop = min(len(text), end + window)
    hi = min((i for i in (text.find(ch, end, stop) for ch in SENTENCE_BREAK) if i >= 0), default=stop)
    return text[lo:hi]


def owned_sentence(ctx, doc, text: str, start: int, end: int) -> bool:
    """The sentence gives an address of the draft's own organisation (电话：0571-86237105，
    邮箱：bid@hengjia-me.com.cn beside 杭州恒嘉机电设备有限公司) and no trace of a sales pitch: its
    numbers are the organisation's too."""
    sentence = sentence_around(text, start, end)
    if any(w in sentence for w in labels(ctx, "commercial", "context")):
        return False
    offset = text.find(sentence, max(0, start - len(sentence)))
    written = doc.text[offset:offset + len(sentence)]  # the prose masks addresses; the text has them
    return any(own_address(ctx, doc, match.group(), offset + match.start())
               for pattern in (EMAIL, *web_patterns(ctx)) for match in pattern.finditer(written))


def official_context(ctx, text: str, start: int, end: int, words: str = "official") -> bool:
    """The contact stands in a notice's own contact sentence, with no trace of a sales pitch.
    ``words``: the list of ``[context]`` that makes a sentence official (``official_web`` for
    web addresses)."""
    sentence = _unspaced(sentence_around(text, start, end))  # 传　　真： is 传真：
    official = labels(ctx, words, "context")
    commercial = labels(ctx, "commercial", "context")
    if any(w in sentence for w in commercial):
        return False
    if any(w in sentence for w in official):
        return True
    if _owner_named(ctx, text, end) or _owner_labels(ctx, text, start) or _owner_before_phone_word(ctx, text, start):
        return True  # 0745-6122122（青溪县公安局交通警察大队指挥中心）, 县征兵办咨询电话：…: the office that answers
    # 联系人：陈晓；联系电话：…；手机：139…: the line names the contact person; or the
    # section's heading above does (六、联系方式).
    line_start = text.rfind("\n", max(0, start - 200), start) + 1
    line_end = text.find("\n", end)
    line = _unspaced(text[line_start:line_end if line_end >= 0 else len(text)])  # 联　系　人：
    if any(w in line for w in commercial):
        return False
    line_labels = labels(ctx, "line_labels", "context")
    if any(w in line for w in line_labels):
        return True
    # 咨询电话：0719-6623415 over 联系人：周晓雯: the notice's contact block.
    if any(neighbour.startswith(tuple(line_labels)) and not any(w in neighbour for w in commercial)
           for neighbour in _neighbours(text, line_start, line_end)):
        return True
    if any(_names_owner(ctx, neighbour) and not any(w in neighbour for w in commercial)
           for neighbour in _neighbours(text, line_start, line_end)):
        return True  # 名　　称：南湖区财政局政府采购监管科 over 联系方式：…
    headings = labels(ctx, "section_headings", "context")
    return bool(headings) and any(w in _unspaced(heading) for heading in _lines_above(text, line_start, 3)
                                  for w in headings)


# A line of a list of numbers: a short label, a colon (or a post and a name set apart by
# spaces) and a phone number ending the line.
NUMBER_LINE = re.compile(
    r"^[^:：。；;]{1,24}(?:[:：]|(?<=[\u4e00-\u9fff])[ \u3000]+)[ \u3000]*"  # 县委办：…, 一组组长　彭建军　…
    r"(?:[\u4e00-\u9fff（）()]{2,16}(?:[ \u3000]+[\u4e00-\u9fff]{1,3}){0,3}[ \u3000]+)?"  # 车辆：后勤中心　黄建军　…
    r"(?:[(（]?[0-9]{3,4}[)）-]?[0-9]{7,8}|1[0-9]{2,4}|1[3-9][0-9]{9})(?:[(（][^)）]{1,16}[)）])?$")
# A line opening with a short label and a phone number, whatever follows it (a second number,
# office hours): 市科技局成果转化科：0576-88236127，0576-88236129（工作日08:30—12:00）.
LABELLED_NUMBER_LINE = re.compile(r"^[^:：。；;，,]{1,24}[:：][ \u3000]*[(（]?[0-9]{3,4}[)）-]?[0-9]{7,8}(?![0-9])")
LISTED_NUMBERS = 20


def in_phone_column(ctx, text: str, start: int) -> bool:
    """The number fills a cell of a Markdown, tab-separated or plain-text table whose header
    names the column as a phone (值班电话, 联系电话): a duty roster's numbers, the office's own.
    ``text`` is the document's text as written: the prose masks a Markdown table's bars."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if any(word in line for word in labels(ctx, "commercial", "context")):
        return False
    if line.lstrip().startswith("|") or "\t" in line:
        separator = "|" if line.lstrip().startswith("|") else "\t"
        column = text.count(separator, line_start, start)
        header = None
        while line_start > 0:  # up to the first row of the table
            above_start = text.rfind("\n", 0, line_start - 1) + 1
            above = text[above_start:line_start - 1]
            if separator not in above or (separator == "|" and not above.lstrip().startswith("|")):
                break
            if not set(above.strip()) <= set("|-: "):
                header = above
            line_start = above_start
        cells = header.split(separator) if header is not None else []
    else:
        cells, column = _plain_header(text, line_start, start)
    return column < len(cells) and any(word in cells[column] for word in labels(ctx, "phone"))


PLAIN_CELL_GAP = re.compile(r"\u3000+| {2,}")


def _plain_header(text: str, line_start: int, start: int) -> tuple[list[str], int]:
    """A plain-text table set apart by full-width spaces (日期　星期　带班领导　值班电话): the
    first line above of the same number of cells, up through the rows, is its header; and the
    column the number stands in."""
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
    width = len(PLAIN_CELL_GAP.split(line))
    if width < 3:
        return [], 0
    before = text[line_start:start].strip()
    column = len(PLAIN_CELL_GAP.split(before)) if before else 0
    header: list[str] = []
    while line_start > 0:
        above_start = text.rfind("\n", 0, line_start - 1) + 1
        cells = PLAIN_CELL_GAP.split(text[above_start:line_start - 1].strip())
        if len(cells) != width:
            break
        header, line_start = cells, above_start
    return header, column


WORD_CELL = re.compile(r"(表格\d+)第(\d+)行第(\d+)列")


def in_word_phone_column(ctx, doc, start: int) -> bool:
    """The number fills a cell of a Word table whose first row names the column as a phone:
    the reader labels each cell (表格2第3行第4列), and the header is the same column's cell of
    row 1."""
    labels_of = getattr(doc, "line_labels", None) or {}
    cell = WORD_CELL.match(labels_of.get(doc.line_of(start), ""))
    if cell is None or cell.group(2) == "1":
        return False
    header = f"{cell.group(1)}第1行第{cell.group(3)}列"
    line = next((number for number, label in labels_of.items() if label == header), None)
    return line is not None and any(word in doc.line_text(line) for word in labels(ctx, "phone"))


def _owner_named(ctx, text: str, end: int) -> bool:
    """The number is followed by the office that answers it, in brackets."""
    if not text.startswith(("（", "("), end):
        return False
    close = min((i for i in (text.find(c, end, end + 32) for c in "）)") if i >= 0), default=-1)
    return close > 0 and _is_owner(ctx, text[end + 1:close])


def _owner_labels(ctx, text: str, start: int) -> bool:
    """The line opens with the office that answers the number, as its label, a phone label
    after it or not: 青山镇农经站：…, 县征兵办咨询电话：…."""
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start].rstrip(" \u3000")
    if not head.endswith(("：", ":")):
        return False
    head = head[:-1].rstrip(" \u3000")
    label = _phone_label_ending(ctx, head)
    return _is_owner(ctx, head[:len(head) - len(label)].strip(" \u3000"))


def _names_owner(ctx, line: str) -> bool:
    """An unspaced line naming an office as the owner of the contact block it stands in:
    名称：南湖区财政局政府采购监管科."""
    label, colon, name = line.partition("：")
    if not colon:
        label, colon, name = line.partition(":")
    return bool(colon) and label in labels(ctx, "owner_line_labels", "context") and _is_owner(ctx, name)


def _phone_label_ending(ctx, head: str) -> str:
    """The longest phone label ``head`` ends with (咨询电话, 热线), or ""."""
    return next((w for w in sorted(labels(ctx, "phone", "labels"), key=len, reverse=True) if head.endswith(w)), "")


OWNER_TO_LINE = 6  # characters at most between the office's name and its line's label: 诉讼服务


def _owner_before_phone_word(ctx, text: str, start: int) -> bool:
    """An office names its own line right before the number, in the sentence: 请拨打县人民法院
    诉讼服务热线0736-…; a 全国服务热线 names no office."""
    clause_start = max(text.rfind(mark, 0, start) for mark in "，。；！？,;!?\n") + 1
    head = text[clause_start:start].rstrip(" \u3000：:")
    label = _phone_label_ending(ctx, head)
    if not label:
        return False
    words = head[:len(head) - len(label)]  # 请拨打县人民法院诉讼服务: an office's name ends inside
    return any(_is_owner(ctx, words[:end]) for end in range(len(words), 1, -1) if len(words) - end <= OWNER_TO_LINE)


def _is_owner(ctx, name: str) -> bool:
    """An organ's name: Han characters ending in one of ``[context] owner_suffixes`` (局, 大队,
    指挥中心, 站)."""
    return (2 <= len(name) <= 16 and all("\u4e00" <= ch <= "\u9fff" for ch in name)
            and name.endswith(tuple(labels(ctx, "owner_suffixes", "context"))))


def _neighbours(text: str, line_start: int, line_end: int) -> list[str]:
    """The lines right above and right below a line, unspaced (see ``_unspaced``)."""
    out = []
    if line_start > 0:
        out.append(text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1])
    if line_end >= 0:
        below = text.find("\n", line_end + 1)
        out.append(text[line_end + 1:below if below >= 0 else len(text)])
    return [_unspaced(line.strip()) for line in out]


def _unspaced(text: str) -> str:
    """A label spaced out to the width of the others (联　系　人) read as written (联系人)."""
    return text.replace("\u3000", "").replace(" ", "")


def _lines_above(text: str, line_start: int, count: int) -> list[str]:
    """Up to ``count`` lines right above the line starting at ``line_start`` that are short or
    contact lines themselves: where a section heading (六、联系方式) would stand. A list of
    numbers (委办公室：0731-88771200, one office a line) is read through to its heading, up to
    ``LISTED_NUMBERS`` lines."""
    found: list[str] = []
    end, listed = line_start - 1, 0
    while end > 0 and len(found) - listed < count and listed < LISTED_NUMBERS:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        numbered = NUMBER_LINE.search(line) is not None or LABELLED_NUMBER_LINE.match(line) is not None
        if line and len(line) > 16 and not numbered and not any(w in line for w in ("电话", "手机", "邮箱")):
            if listed and len(line) <= 40 and "。" not in line:
                found.append(line)  # a list's long title: ……值班表（联系方式）
            break  # a paragraph of running text: no heading above it reaches this line
        if line:
            found.append(line)  # a heading, or another contact line under the same heading
            listed += numbered
        end = start - 1
    return found


def reports_notice_contacts(ctx) -> bool:
    """Whether a notice's own contact line is reported (as ``info``) or left alone.

    A notice is supposed to carry its office's number; reporting it on every notice teaches
    editors to skim past the rule. The strict ruleset turns it on for a final pass, when a
    draft copied from another county's notice may still carry that county's numbers."""
    value = ctx.option("notice_contacts", False)
    if not isinstance(value, bool):
        raise ConfigError(f"[rules.{ctx.rule.id}] notice_contacts must be true or false")
    return value
