"""TY003: a word written twice (“我们我们”, “实现了实现”, “的的”).

Chinese doubles words on purpose all the time (常常, 研究研究, 一个一个, 上上下下), and two
different words often meet at the same character (人民|民主, 目的|的). So the rule works in
two steps: a cheap scan with regular expressions finds doubled text, and the lists in
``rulesets/typos.toml`` ``[duplicates]`` discard the doublings that are normal, including a
doubled character whose copy belongs to a neighbouring word (为了|了解, 要把|把关). Word lists
decide, not a segmenter: the rule costs a regular-expression scan and a few set lookups, and
the editor can read in the lists why a doubling was or was not reported.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from checker import ConfigError, Finding, Fix, rule

HAN = "\u3400-\u4dbf\u4e00-\u9fff"
DOUBLED = re.compile(f"(?=([{HAN}]{{1,8}}?)\\1)")
DOUBLED_WITH_LE = re.compile(f"(?=([{HAN}]{{2,6}}?)了\\1(?=[{HAN}“‘《A-Za-z0-9０-９]))")
ECHO_ENDINGS = tuple("了的地着过啊呀吧呢嘛哦")
NUMERALS = set("一二两三四五六七八九十百千万几每半")
FIGURES = NUMERALS - set("每半几")  # the numerals that name one unit of many: 第二小组
NEGATIONS = set("不没")
OPEN_QUOTES = "“「『‘"
QUOTE_WINDOW = 400  # a quotation longer than this is not someone's spoken words
CLOSE_QUOTES = "”」』’"


class Lists(NamedTuple):
    single: frozenset[str]
    never: frozenset[str]
    reduplicable: frozenset[str]
    ends_word: frozenset[str]
    starts_word: frozenset[str]
    # What may follow a doubled word that is two words: a head (二中队中队长, the ruleset's
    # head_after) or a suffix (党组织组织力, derived_after).
    two_words: tuple[str, ...]
    # Frame words (随到随办, 边学边干): a doubled pair ending in one is a word and the frame
    # beside it (做到|随到随读), not a word written twice.
    frames: frozenset[str] = frozenset()
    # Longer words the first copy may end (担当作为|作为最鲜明的标识): two words, not a slip.
    longer_words: tuple[str, ...] = ()
    # Sayings that double a word on purpose (干部干部，干字当头).
    sayings: tuple[str, ...] = ()
    # Verbs doubled on purpose only at a pause (再坚持坚持，…), and what may follow them there.
    tentative: frozenset[str] = frozenset()
    tentative_followers: tuple[str, ...] = ()
    # After a numbered unit, what names one of its members (第11网格网格员, 第二小组小组成员).
    member_after: tuple[str, ...] = ()
    # Terms that open with a period (年度报告): after a figure and the period, the period is the
    # figure's and the term follows (2024年度年度报告, the yearly report for 2024).
    period_terms: tuple[str, ...] = ()


def load_lists(data: dict) -> Lists:
    section = data.get("duplicates", {})
    values = {}
    for key in ("single", "never", "reduplicable", "ends_word", "starts_word", "head_after",
                "derived_after", "frames", "longer_words", "sayings", "tentative",
                "tentative_followers", "member_after", "period_terms"):
        items = section.get(key, [])
        if not isinstance(items, list) or not all(isinstance(i, str) and i for i in items):
            raise ConfigError(f"typos [duplicates] {key} must be a list of strings")
        values[key] = frozenset(items)
    if any(len(c) != 1 for c in values["single"]):
        raise ConfigError("typos [duplicates] single takes single characters")
    for key in ("ends_word", "starts_word"):
        if any(len(w) < 2 for w in values[key]):
            raise ConfigError(f"typos [duplicates] {key} takes words of two or more characters")
    values["two_words"] = tuple(sorted(values.pop("head_after") | values.pop("derived_after")))
    values["longer_words"] = tuple(sorted(values["longer_words"]))
    values["sayings"] = tuple(sorted(values["sayings"]))
    values["tentative_followers"] = tuple(sorted(values["tentative_followers"]))
    values["member_after"] = tuple(sorted(values["member_after"]))
    values["period_terms"] = tuple(sorted(values["period_terms"]))
    return Lists(**values)


class Candidate(NamedTuple):
    start: int
    unit: int  # length of the doubled word
    gap: int  # 1 for “实现了实现”, 0 for “我们我们”
    word: str
    severity: str

    @property
    def end(self) -> int:
        return self.start + 2 * self.unit + self.gap

    def boundaries(self) -> tuple[int, ...]:
        first_end = self.start + self.unit
        second_start = first_end + self.gap
        return (self.start, first_end, second_start, self.end)


def in_quotes(text: str, position: int) -> bool:
    """True when ``position`` lies inside quotation marks opened in the same paragraph."""
    line_start = max(text.rfind("\n", 0, position) + 1, position - QUOTE_WINDOW)
    opened = max(text.rfind(q, line_start, position) for q in OPEN_QUOTES)
    closed = max(text.rfind(q, line_start, position) for q in CLOSE_QUOTES)
    return opened > closed


CLAUSE_BEFORE = "“「『‘（(：:，,。！!？?；;\n"
CLAUSE_AFTER = "，,！!：:"


def stands_alone(text: str, start: int, end: int) -> bool:
    """The doubled word is a clause of its own, set off by punctuation on both sides: a
    slip runs on into the sentence (我们我们要加强), a figure of speech pauses after it."""
    return (start == 0 or text[start - 1] in CLAUSE_BEFORE) and end < len(text) and text[end] in CLAUSE_AFTER


def is_aabb(text: str, start: int) -> bool:
    """``start`` is one pair of an AABB form (是是非非, 实实在在, 的的确确), or the first copy
    ends one (实实在在|在基层)."""
    before = start >= 2 and text[start - 2] == text[start - 1] and text[start - 1] != text[start]
    after = (start + 3 < len(text) and text[start + 2] == text[start + 3]
             and text[start + 2] != text[start] and "\u4e00" <= text[start + 2] <= "\u9fff")
    ends = (start >= 3 and text[start - 1] == text[start] and text[start - 3] == text[start - 2]
            and text[start - 2] != text[start])
    return before or after or ends


def find_candidates(text: str, lists: Lists) -> list[Candidate]:
    out: list[Candidate] = []
    taken_until = -1
    for match in DOUBLED.finditer(text):
        start, word = match.start(), match.group(1)
        if start < taken_until:
            continue
        unit = len(word)
        if unit == 1:
            if word not in lists.single or is_aabb(text, start):
                continue
            if start > 0 and text[start - 1] in NUMERALS:
                continue  # 一把把, 一对对: a measure word doubled after a numeral
            severity = "error"
        else:
            if word in lists.reduplicable or word.startswith("一") or word.endswith(ECHO_ENDINGS):
                continue
            end = start + 2 * unit
            if word in lists.tentative and (end == len(text) or text.startswith(lists.tentative_followers, end)
                                            or _among_tentative_verbs(text, start, lists)):
                continue  # 再坚持坚持，就过去了: a tentative verb at a pause
            if len(set(word)) == 1:
                continue  # 哈哈哈哈, 啊啊啊啊: one character repeated
            if unit == 2 and word[1] in NEGATIONS:
                continue  # 对不对不重要, 是不是不愿意: a question 对不对 before a negation
            if word[-1] in lists.frames and word[0] not in lists.frames:
                continue  # 做到随到随读, 构建共建共治, 单位每单位每个: a word, then a frame 随…随…, 每…每…
            if any(longer.endswith(word) and text.endswith(longer, 0, start + unit) for longer in lists.longer_words):
                continue  # 把担当作为作为…: 担当作为, then 作为
            if lists.two_words and text.startswith(lists.two_words, start + 2 * unit):
                continue  # 二中队中队长 (a unit, then its head), 党组织组织力 (组织力 a word)
            if _numbered(text, start) and text.startswith(lists.member_after, start + 2 * unit):
                continue  # 第11网格网格员: a numbered unit, then its member
            if _numbered(text, start) and text.startswith(lists.period_terms, start + unit):
                continue  # 2024年度年度报告: the period 2024年度, then the term 年度报告
            if any(text.startswith(saying, start) for saying in lists.sayings):
                continue  # 干部干部，干字当头: a saying that doubles its word
            if stands_alone(text, start, start + 2 * unit) and in_quotes(text, start):
                continue  # “干部干部，就是要先干一步”: a saying quoted, the word repeated on purpose
            severity = "error" if word in lists.never else "warning"
        if severity == "warning" or unit == 1:
            if in_quotes(text, start):
                continue  # quoted speech doubles words on purpose (“对对对”, “加油加油”)
        out.append(Candidate(start, unit, 0, word, severity))
        taken_until = start + 2 * unit
    for match in doubled_around_le(text):
        start, word = match.start(), match.group(1)
        if word in lists.reduplicable or word.endswith(ECHO_ENDINGS) or word.startswith("一"):
            continue
        out.append(Candidate(start, len(word), 1, word, "error"))
    return sorted(out, key=lambda c: c.start)


SENTENCE_MARKS = "。！？!?\n"


def _among_tentative_verbs(text: str, start: int, lists: Lists) -> bool:
    """Its sentence doubles another verb on purpose: 再研究研究、再细化细化，对照对照标准 speaks
    in tentative verbs throughout; 对照对照有关法律法规 alone is a slip."""
    begin = max(text.rfind(mark, 0, start) for mark in SENTENCE_MARKS) + 1
    ends = [at for at in (text.find(mark, start) for mark in SENTENCE_MARKS) if at >= 0]
    for match in DOUBLED.finditer(text, begin, min(ends, default=len(text))):
        if match.start() != start and match.group(1) in lists.reduplicable:
            return True
    return False


def _numbered(text: str, start: int) -> bool:
    """A figure stands right before ``start``: 第11网格, 5号楼 name one of many units."""
    return start > 0 and (text[start - 1].isdigit() or text[start - 1] in FIGURES)


def doubled_around_le(text: str) -> list[re.Match]:
    """What ``DOUBLED_WITH_LE.finditer(text)`` finds, tried only where it can match.

    Every match has a 了 two to six characters after its start, so the pattern is tried at
    those starts alone. 了 is about one character in five hundred of a draft; trying the
    pattern at every character cost a third of the rule's time (34 ms a megabyte, now 4).
    """
    starts: set[int] = set()
    le = text.find("了")
    while le >= 0:
        starts.update(range(max(0, le - 6), le - 1))
        le = text.find("了", le + 1)
    found = (DOUBLED_WITH_LE.match(text, start) for start in sorted(starts))
    return [match for match in found if match is not None]


def belongs_to_neighbour(text: str, candidate: Candidate, lists: Lists) -> bool:
    """A copy of a doubled character is part of the word next to it (目的|的, 为了|了解).

    Only single characters are looked up: a doubled word of two or more characters is a word
    on its own, and the lists cannot know every word its first character might end.
    """
    if candidate.unit != 1:
        return False
    first, _, second, _ = candidate.boundaries()
    for length in range(2, 5):
        if first - length + 1 >= 0 and text[first - length + 1:first + 1] in lists.ends_word:
            return True
        if text[second:second + length] in lists.starts_word:
            return True
    return False


@rule(
    "TY003", "duplicated-word", "typo", "error", "词语重复（如“实现了实现”“我们我们”）",
    bad=["实现了实现省级文明单位三连冠", "我们我们要加强学习", "进一步进一步抓好落实", "这是我的的书"],
    good=["大家要研究研究", "天天向上，常常想起", "一个一个地解决", "人民民主", "大学学报",
          "发展展望", "学生生活", "中国国家博物馆", "实实在在的成效", "达到目的的手段", "为了了解情况",
          "一个支部一个支部去规范", "上上下下的力量", "现在在座的同志", "要把把关作为重点",
          "针对对象不同", "对不对不重要", "是不是不愿意"],
    fixable=True,
)
def duplicated_word(doc, ctx):
    """A word typed twice is a slip the eye skips over but the listener hears.

    Drafts are assembled and revised in pieces, and a paste or an edit often leaves a word
    doubled: “实现了实现省级文明单位三连冠”, “我们我们”, “的的”. Legitimate doubling is
    common in Chinese, so only doublings that cannot be deliberate are reported: a
    function word or pronoun twice, or a word repeated around “了” before more text. A
    doubled character is clean where a copy belongs to the word beside it: 目的的 (目的|的),
    为了了解 (为了|了解), 要把把关 (要把|把关), from the ``ends_word`` and ``starts_word``
    lists. Doubled verbs (研究研究), numbers with measure words (一个一个), questions of the
    form 对不对, a verb of the ``tentative`` list doubled at a pause (再坚持坚持，就过去了;
    with an object after it, 坚持坚持以人民为中心 is a slip), doubled words inside quotation
    marks, and a doubled word of the ``never`` list set off as a clause of its own in a quoted
    saying (“干部干部，就是要先干一步”) are left alone, as is a period after a figure before a
    term opening with it (2024年度年度报告: ``period_terms``); other doubled words are reported as
    warnings.
    """
    lists = ctx.compiled("typos.duplicates", lambda: load_lists(ctx.data("typos")))
    prose = doc.prose
    for candidate in find_candidates(prose, lists):
        if belongs_to_neighbour(prose, candidate, lists):
            continue
        first, first_end, second, last = candidate.boundaries()
        word = candidate.word
        doubled = prose[first:last]
        kept = prose[first:second]
        message = f"“{doubled}”中“{word}”重复，应为“{kept}”"
        yield Finding(first, last, message, suggestion=kept,
                      fix=Fix.replace(second, last, "", "unsafe"), severity=candidate.severity)
