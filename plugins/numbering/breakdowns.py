"""Totals broken down into parts: 共发现问题17个，其中思想方面8个、组织方面5个、作风方面4个.

A breakdown is found from its opening word (其中, 分别为, 中，, a bracket) back to the count
right before it (the total) and on to the end of the sentence (the parts). A part is a short
label and a count with the total's classifier; a clause with no number (主要用于……) may stand
between two parts, a count of anything else ends them. Whether the parts must add up to the total is for
the rule to judge: ``Breakdown`` records what the text says about it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Iterator, NamedTuple

from checker.patterns import alternation

from .numerals import FULLWIDTH_DIGITS, chinese_value, count_value

OPEN_END = ("等", "……")  # 其中A类16个、B类14个等: the list says it is not all
MULTIPLIERS = {"": Decimal(1), "万": Decimal(10_000), "亿": Decimal(100_000_000)}
SENTENCE_END = re.compile("[。！？!?\n\0]")
# a comma splits parts, except between the digits of a figure written in thousands (2,048户)
THOUSANDS_COMMA = re.compile(r"[0-9],[0-9]{3}(?![0-9])")
PART_SEPARATORS = re.compile(r"([、，；;]|(?<![0-9]),|,(?![0-9]{3}(?![0-9])))")
# An aside in brackets is dropped from a part's label; a number in brackets is part of it: 小（1）型
# and 小（2）型 are two kinds of reservoir.
BRACKETED = re.compile(r"（(?![0-9一二三四五六七八九十]{1,2}）)[^（）\n]*）|\((?![0-9]{1,2}\))[^()\n]*\)")
# Chinese numerals as counts are written: 一 … 九十九 (hundreds are written in figures).
CN_COUNT = "[一二两三四五六七八九十]{1,3}"
# Figures of more than four digits may be grouped in threes by commas or by a thin or plain
# space (GB/T 15835-2011 5.1.3: 18 600元).
NUMBER = rf"(?P<num>[0-9]{{1,3}}(?:,[0-9]{{3}})+(?:\.[0-9]+)?|[0-9]{{1,3}}(?:[ \u2009\u202f][0-9]{{3}})+(?![0-9])(?:\.[0-9]+)?|[0-9０-９]+(?:[.．][0-9０-９]+)?|{CN_COUNT})(?P<mult>万|亿)?"


# An age band opening a part's label (60至69岁5120人, 80岁以上1360人): the figures before 岁 are
# the band's bounds, not its count.
AGE_RANGE = "[0-9]{1,3}(?:至|—|－|-|~|～)[0-9]{1,3}周?岁"
AGE_BAND = re.compile(r"(?P<low>[0-9]{1,3})(?:(?:至|—|－|-|~|～)(?P<high>[0-9]{1,3}))?周?岁(?P<open>及?以上|及?以下)?")


class Complement(NamedTuple):
    """A set whose members split a whole (男/女): ``unless`` a label holds one of these words
    (学生家长 names no student), and only for counts in ``classifiers`` when any are given (教职工
    and 学生 split a school's people, not its money)."""

    words: tuple[str, ...]
    unless: tuple[str, ...] = ()
    classifiers: tuple[str, ...] = ()


class BreakdownData(NamedTuple):
    opener: re.Pattern  # 其中 / 分别为 …
    total: re.Pattern  # a count ending right before the opener
    part: re.Pattern  # one part: label, count, what follows (由承办单位筹集)
    any_count: re.Pattern  # any number at all
    count: re.Pattern  # a count with a classifier, anywhere
    exhaustive_openers: tuple[str, ...]
    remainder_labels: tuple[str, ...]
    remainder_endings: tuple[str, ...]
    approximate_before: tuple[str, ...]
    approximate_after: tuple[str, ...]
    kinds: tuple[str, ...]  # suffixes naming disjoint kinds: 类, 级, 等奖
    complements: tuple[Complement, ...]  # sets that split a whole: 男/女, 线上/线下
    near_miss: int
    near_miss_share: Decimal  # or this share of the total, whichever is larger
    kinds_cover: Decimal  # parts of disjoint kinds this share of the total or more are meant as all of it
    near_miss_not_for: tuple[str, ...]  # classifiers of people, whose groups may overlap
    overlap_words: tuple[str, ...]  # attributes by which groups of people overlap: 女, 党员
    honour_verbs: tuple[str, ...]  # 表彰, 评出: the parts are honours, one for each
    alike: tuple[frozenset[str], ...] = ()  # classifiers that count the same: 场/场次
    remainder_after_comma: tuple[str, ...] = ()  # ，其余1500万元 goes on with the parts
    state_after_comma: tuple[str, ...] = ()  # ，基本建成……2140套 ends them
    unopened_total: re.Pattern | None = None  # 共40项， with parts after the comma and no 其中
    kinds_inside: tuple[str, ...] = ()  # 层面: disjoint kinds wherever the label holds it
    classifier: re.Pattern = re.compile("个")  # any one classifier
    slip_digits: int = 3  # a total this long or longer, off by one digit after its first, is a slip
    remainder_prepositions: tuple[str, ...] = ()  # 对其他党员提出……56条: the rest after a preposition
    summing_not: tuple[str, ...] = ()  # ，另有……共计: a sum of something else than the parts before
    per_group: tuple[str, ...] = ()  # 两组分别评选……: the parts repeat for each group
    added_to_base: re.Pattern | None = None  # 加上解上级支出……: parts added to a figure before them
    each_opener: re.Pattern | None = None  # ……三大类，分别为9件、8件、7件: a bare count for each kind
    classifying: re.Pattern | None = None  # 按抽检层级分，: a sentence classifying an earlier total
    counted_total: re.Pattern | None = None  # 共完成抽检3268批次: the total a classifying sentence splits
    total_words: tuple[str, ...] = ()  # 共, 合计: a sentence with one holds a total of its own
    year_span: re.Pattern | None = None  # 近三年, 2023—2025年: the years a total is counted over
    composing: re.Pattern | None = None  # 收入构成为：: a sentence naming what a total is made of
    composing_words: tuple[str, ...] = ()  # 构成为, 来源为: what such a sentence says
    levels: tuple[str, ...] = ()  # 国家级, 省级: the levels a total's parts may be grouped by
    composed_total_words: tuple[str, ...] = ()  # 总: a count after it is a whole (总投资1.85亿元)
    attribute_after_comma: tuple[str, ...] = ()  # ，涉及重大危险源企业9家: shared by some parts
    state_time: re.Pattern | None = None  # 2024年, 今年: a time that may open a state (2024年已完成改造7座)
    honour_nouns: tuple[str, ...] = ()  # 8个先进集体: a total that names those honoured
    placing_verbs: tuple[str, ...] = ()  # 安排到: each part is where some of the total were placed


def breakdown_data(data: dict) -> BreakdownData:
    table = data.get("breakdown", {})
    classifiers = alternation(table.get("classifiers", ["个"]))
    openers = table.get("openers", ["其中"]) + table.get("exhaustive_openers", [])
    return BreakdownData(
        opener=re.compile(rf"(?:{alternation(openers)})[，,：:]?"),
        total=re.compile(
            rf"(?<![0-9０-９.．,一二两三四五六七八九十百千万亿]){NUMBER}(?P<cl>{classifiers})"
            r"(?P<noun>[\u4e00-\u9fff]{0,6}?)(?:（(?P<also>[^（）\n]{1,12})）)?[，,。：:（(]?\s*\Z"
        ),
        part=re.compile(
            rf"(?P<label>(?!(?![12][0-9]{{3}}年(?![0-9０-９]+月)|{AGE_RANGE})[0-9０-９]+(?:年|月|日|号|时|点|至|—|-))[^\s]{{1,24}}?)(?<![0-9０-９.．,]){NUMBER}(?P<cl>{classifiers})(?P<tail>[^0-9０-９]*)\Z"
        ),
        any_count=re.compile(r"[0-9０-９]"),
        count=re.compile(rf"(?<![0-9０-９.．,]){NUMBER}(?P<cl>{classifiers})(?P<noun>)"),
        exhaustive_openers=tuple(table.get("exhaustive_openers", [])),
        remainder_labels=tuple(table.get("remainder_labels", [])),
        remainder_prepositions=tuple(table.get("remainder_prepositions", [])),
        remainder_endings=tuple(table.get("remainder_endings", [])),
        approximate_before=tuple(table.get("approximate_before", [])),
        approximate_after=tuple(table.get("approximate_after", [])),
        kinds=tuple(table.get("kinds", [])),
        complements=tuple(Complement(tuple(entry["words"]), tuple(entry.get("unless", [])),
                                     tuple(entry.get("classifiers", [])))
                          for entry in table.get("complements", [])),
        near_miss=int(table.get("near_miss", 0)),
        near_miss_share=Decimal(str(table.get("near_miss_share", 0))),
        kinds_cover=Decimal(str(table.get("kinds_cover", 1))),
        near_miss_not_for=tuple(table.get("near_miss_not_for", [])),
        overlap_words=tuple(table.get("overlap_words", [])),
        honour_verbs=tuple(table.get("honour_verbs", [])),
        alike=tuple(frozenset(group) for group in table.get("alike_classifiers", [])),
        remainder_after_comma=tuple(table.get("remainder_after_comma", [])),
        state_after_comma=tuple(table.get("state_after_comma", [])),
        attribute_after_comma=tuple(table.get("attribute_after_comma", [])),
        unopened_total=_unopened_total(table, classifiers),
        kinds_inside=tuple(table.get("kinds_inside", [])),
        classifier=re.compile(classifiers),
        slip_digits=int(table.get("slip_digits", 3)),
        summing_not=tuple(table.get("summing_not", [])),
        per_group=tuple(table.get("per_group", [])),
        added_to_base=re.compile(table["added_to_base"]) if table.get("added_to_base") else None,
        each_opener=_each_opener(table),
        classifying=_classifying(table),
        counted_total=(re.compile(rf"(?:{alternation(table['unopened_total_words'])})[^，,。；;！？\n]{{1,20}}")
                       if table.get("unopened_total_words") else None),
        total_words=tuple(table.get("unopened_total_words", [])),
        year_span=_year_span(table),
        composing=_composing(table),
        composing_words=tuple(table.get("composing_words", [])),
        levels=tuple(table.get("levels", [])),
        composed_total_words=tuple(table.get("composed_total_words", [])),
        state_time=re.compile(table["state_time"]) if table.get("state_time") else None,
        honour_nouns=tuple(table.get("honour_nouns", [])),
        placing_verbs=tuple(table.get("placing_verbs", [])),
    )


def _each_opener(table: dict) -> re.Pattern | None:
    """分别为 after the kinds a total falls into, named with their number (三大类，分别为……)."""
    openers, kinds = table.get("exhaustive_openers", []), table.get("named_kinds", [])
    if not openers or not kinds:
        return None
    return re.compile(
        rf"(?<![第0-9一二两三四五六七八九十])(?P<kinds>{CN_COUNT}|[0-9]{{1,2}})(?:大|个)?(?:{alternation(kinds)})"
        rf"[，,]?(?:{alternation(openers)})[：:]?"
    )


def _classifying(table: dict) -> re.Pattern | None:
    """按X分，/ 从X看，: the words that open a sentence classifying what was counted before."""
    leads, ends = table.get("classifying_leads", []), table.get("classifying_ends", [])
    if not leads or not ends:
        return None
    return re.compile(rf"(?:{alternation(leads)})[\u4e00-\u9fff]{{1,8}}?(?:{alternation(ends)})[，,：:]")


def _year_span(table: dict) -> re.Pattern | None:
    """近三年, 三年来, 2023—2025年: a span of years, by how many or by its first and last."""
    leads, ends = table.get("year_span_leads", []), table.get("year_span_ends", [])
    if not leads and not ends:
        return None
    count = rf"{CN_COUNT}|[0-9]{{1,2}}"
    shapes = [r"(?<![0-9])(?P<first>[12][0-9]{3})年?(?:至|到|—|－|-|～|~)(?P<last>[12][0-9]{3})年(?![0-9]+月)"]
    if leads:
        shapes.append(rf"(?:{alternation(leads)})(?P<count>{count})年")
    if ends:
        shapes.append(rf"(?<![0-9一二两三四五六七八九十])(?P<ending>{count})年(?:{alternation(ends)})")
    return re.compile("|".join(shapes))


def _composing(table: dict) -> re.Pattern | None:
    """收入构成为：, ，资金来源为: what a total is made of, named from the start of its clause,
    unless the clause says the parts are only some (主要来源为)."""
    words, unless = table.get("composing_words", []), table.get("composing_not", [])
    if not words:
        return None
    excluded = rf"(?![\u4e00-\u9fff]{{0,8}}?(?:{alternation(unless)}))" if unless else ""
    return re.compile(
        rf"(?<![\u4e00-\u9fff]){excluded}(?P<words>[\u4e00-\u9fff]{{2,10}}?)(?:{alternation(words)})[：:]?"
    )


def _unopened_total(table: dict, classifiers: str) -> re.Pattern | None:
    """共排查整治项目40项， : a total word, what was counted, the count and a comma."""
    words = table.get("unopened_total_words", [])
    if not words:
        return None
    not_after = table.get("unopened_total_not", [])
    word = rf"(?:{alternation(words)})" + (rf"(?!{alternation(not_after)})" if not_after else "")
    return re.compile(
        rf"{word}[\u4e00-\u9fff、]{{0,30}}?(?<![0-9０-９.．,]){NUMBER}(?P<cl>{classifiers})"
        r"(?P<noun>[\u4e00-\u9fff]{0,6}?)[，,]"
    )


@dataclass(frozen=True)
class Part:
    label: str
    value: Decimal
    text: str  # as written: 8个
    tail: str = ""  # what follows the count in its segment: 等, 由承办单位筹集


@dataclass(frozen=True)
class Breakdown:
    start: int  # the total's count
    end: int
    total: Decimal
    total_text: str  # as written: 17个
    classifier: str
    parts: tuple[Part, ...]
    exhaustive: bool  # the parts claim to be the whole: 分别为…, …其他3个, 男…女…
    disjoint: bool  # no part can hold another's: A类/B类, 一等奖/二等奖, 线上/线下
    open_ended: bool  # the parts end with 等: an excerpt, said to be one
    earlier: bool = False  # the total stands in an earlier sentence; start and end are the parts'

    @property
    def sum(self) -> Decimal:
        return sum((part.value for part in self.parts), Decimal(0))

    @property
    def counted_twice(self) -> bool:
        """The first two or more parts add up to the total and more follow: the whole is
        split twice, by two attributes (图书馆9个，其中市级馆1个、县级馆8个，一级馆5个、二级馆
        3个、三级馆1个), and the second split may leave some out."""
        running = Decimal(0)
        for index, part in enumerate(self.parts[:-1]):
            running += part.value
            if index >= 1 and running == self.total:
                return True
        return False


def find_breakdowns(prose: str, data: BreakdownData) -> list[Breakdown]:
    found: list[Breakdown] = []
    for opener in data.opener.finditer(prose):
        opens = _opens_sentence(prose, opener)
        if not _counts_follow(prose, opener.end(), data, 2 if opens else 1):
            continue  # （以下简称……）, 其中最突出的是……: no two counts to be parts
        total = _total_before(prose, opener, data)
        parts = None
        if total is not None and not _approximate(prose, total, data):
            classifiers = _classifiers(total, data)
            parts = _parts(prose, opener.end(), classifiers, data)
            if parts and opens:
                parts += _parts_in_sentences_after(prose, opener.end(), parts, classifiers, data)
            if parts and _runs_on_to_its_total(prose, opener.end(), parts, total, classifiers, data):
                continue
        if parts is None or len(parts) < 2:
            # 共有行政村14个，按照……分类推进，其中……: a clause between the total and 其中;
            # 签约项目18个，总投资126.8亿元，其中工业项目9个……: the parts count the projects;
            # 项目286个，总投资……，年度计划投资612亿元。其中，产业项目168个……: so they do here
            total, parts = _earlier_total(prose, opener, data)
            if total is None:
                total, parts = _earlier_total(prose, opener, data, sentence_before=True)
            if total is None:
                continue
        value = _value(total)
        if value is None or value == 0 or _counts_per_kind(prose, total, parts):
            continue
        if any(word in part.label for part in parts for word in OPENING_WORDS):
            continue  # 其中，8个先进集体包括优秀项目部3个……: the parts are another opener's
        classifier = total.group("cl")
        word = opener.group().rstrip("，,：:")
        named = _named_groups(prose, total.start("num"), parts)
        if named:
            parts = parts[:named]  # 劳动模范和先进工作者共40名，其中劳动模范18名、先进工作者20名，命名……
        labels = [part.label for part in parts]
        exhaustive = (
            bool(named)
            or _negated_pair(labels)
            or _kinds_named_before(prose, total.start("num")) == len(parts)
            or _abbreviated_before(prose, total.start("num"), labels)
            or _years_covered(prose, total.start("num"), labels, data)
            or word in data.exhaustive_openers
            or _names_the_rest(labels[-1], data)
            or labels[-1].endswith(data.remainder_endings)
            or _complement(labels, data, complete=True, classifier=classifier)
            or _age_bands(labels, prose[max(0, total.start("num") - 20):total.start("num")])
        )
        disjoint = (exhaustive or _common_kind(labels, data)
                    or _complement(labels, data, complete=False, classifier=classifier)
                    or _honours(prose, total, data)
                    or bool(data.placing_verbs) and labels[0].startswith(data.placing_verbs))
        open_ended = any(part.tail.startswith(OPEN_END) for part in parts)
        found.append(Breakdown(
            total.start("num"), total.end("cl"), value, prose[total.start("num"):total.end("cl")],
            classifier, tuple(parts), exhaustive, disjoint, open_ended,
        ))
    return found


# What may stand between the sentence of a total and 其中 opening the next: spaces, or the end of
# a paragraph (……受理各类案件12486件，……。 / 其中，受理刑事案件856件……).
PARAGRAPH_GAP = " \t\u3000\n"


def _mark_before(prose: str, at: int) -> int:
    """Where the last character before ``at`` that is no space or line break stands (-1 for
    none): walked back to, not found by slicing the draft up to ``at`` for every opener."""
    at -= 1
    while at >= 0 and prose[at] in PARAGRAPH_GAP:
        at -= 1
    return at


def _opens_sentence(prose: str, opener: re.Match) -> bool:
    """``opener`` begins a sentence of its own, or a paragraph: ……6428件。其中，……"""
    mark = _mark_before(prose, opener.start())
    return mark >= 0 and prose[mark] == "。"


CLAUSE_END = re.compile("[、，；;,。！？!?\n\0]")
NEGATING = "非不未无"  # before a noun, they name the rest of it: 非流动负债, 不合格产品
SENTENCES_OF_PARTS = 4  # the most sentences a breakdown after 。其中， runs on into


def _parts_in_sentences_after(prose: str, start: int, parts: list[Part], classifier: str,
                              data: BreakdownData) -> list[Part]:
    """The parts of a breakdown that began a sentence of its own and goes on in the next:
    共受理执行案件6428件。其中，新收案件5912件，同比上升8.3%。旧存案件506件。 A sentence
    goes on with it only when it opens with a part of the same kind as those before, set apart
    from them as 新收/旧存 or 省级/市级 are; its parts of that kind are taken up to the first
    of another."""
    more: list[Part] = []
    stop = SENTENCE_END.search(prose, start)
    for _ in range(SENTENCES_OF_PARTS):
        if stop is None or prose[stop.start()] != "。":
            break
        clause = CLAUSE_END.search(prose, stop.end())
        opening = data.part.match(prose, stop.end(), clause.start() if clause else len(prose))
        following = _parts(prose, stop.end(), classifier, data)
        if opening is None or not following or following[0].label != opening.group("label"):
            break  # the next sentence opens with something else: the breakdown ended with its own
        taken = 0
        for part in following:
            labels = [p.label for p in (*parts, *more, part)]
            if not (_common_kind(labels, data)
                    or _complement(labels, data, complete=False, classifier=classifier)):
                break
            more.append(part)
            taken += 1
        if taken < len(following):
            break
        stop = SENTENCE_END.search(prose, stop.end())
    return more


def _counts_follow(prose: str, start: int, data: BreakdownData, sentences: int = 1) -> bool:
    """Two counts stand between ``start`` and the end of its sentence (or of as many
    ``sentences``): a cheap test that spares most openers (every bracket is one) the search
    for a total."""
    stop = SENTENCE_END.search(prose, start)
    for _ in range(sentences - 1):
        stop = SENTENCE_END.search(prose, stop.end()) if stop and stop.group() == "。" else stop
    counts = data.count.finditer(prose, start, stop.start() if stop else len(prose))
    return next(counts, None) is not None and next(counts, None) is not None


# 两项补贴共计2863.4万元: how many kinds the total is of, named right before it.
KINDS_BEFORE = re.compile(rf"(?<![第0-9一二两三四五六七八九十])(?P<num>{CN_COUNT}|[0-9]{{1,2}})(?:项|类|种)"
                          r"[\u4e00-\u9fff]{1,6}?(?:共计|合计|总计|共)?\Z")


def _kinds_named_before(prose: str, total_start: int) -> int | None:
    """两项补贴共计2863.4万元，其中困难残疾人生活补贴……、重度残疾人护理补贴……: the total is said
    to be of two kinds, so two parts are all of it."""
    match = KINDS_BEFORE.search(prose, max(0, total_start - 12), total_start)
    return count_value(match.group("num")) if match else None


YEAR_LABEL = re.compile(r"[12][0-9]{3}年度?")


def _years_covered(prose: str, total_start: int, labels: list[str], data: BreakdownData) -> bool:
    """近三年共有412名学生被录取，其中2023年128名、2024年136名、2025年142名: the total is counted
    over a span of years and a part stands for each of them, so the parts are all of it."""
    if data.year_span is None or not all(YEAR_LABEL.fullmatch(label) for label in labels):
        return False
    years = [int(label[:4]) for label in labels]
    if years != list(range(years[0], years[0] + len(years))):
        return False
    start = _last_mark(prose, total_start, 60, SENTENCE_MARKS) + 1
    for span in data.year_span.finditer(prose, start, total_start):
        if span.group("first"):
            if (int(span.group("first")), int(span.group("last"))) == (years[0], years[-1]):
                return True
        elif count_value(span.groupdict().get("count") or span.groupdict().get("ending")) == len(years):
            return True
    return False


def _counts_per_kind(prose: str, total: re.Match, parts: list[Part]) -> bool:
    """The total counts kinds and each part counts what falls in one (分为四个等次，其中评为
    “好”等次的86个、“较好”等次的172个): the total's noun names every part and the total is
    smaller than a part; no sum is meant."""
    noun = prose[total.end("cl"):total.end("cl") + 2]
    if not (len(noun) == 2 and all("\u4e00" <= ch <= "\u9fff" for ch in noun)
            and all(noun in part.label for part in parts)):
        return False
    # 授予50户家庭……称号，其中文明和谐家庭18户……: a total as large as each part counts the same things
    value = _value(total)
    return value is None or value < max(part.value for part in parts)


SENTENCE_MARKS = "。！？\n"
CLAUSE_MARKS = "。！？；，,\n"


def _last_mark(prose: str, end: int, reach: int, marks: str) -> int:
    """Where the last of ``marks`` stands in the ``reach`` characters before ``end``; with
    none there, the place before the reach begins, so what follows it is never more than
    ``reach`` (a clause too long to read whole is read no further back than that). The comma
    of a figure written in thousands (2,048) is no mark."""
    floor = max(0, end - reach)
    last = floor - 1
    for mark in marks:
        at = prose.rfind(mark, floor, end)
        while at > 0 and mark == "," and THOUSANDS_COMMA.match(prose, at - 1):
            at = prose.rfind(mark, floor, at)
        last = max(last, at)
    return last



# A second classifier in brackets after a total: 共计45个（名）.
SECOND_CLASSIFIER = re.compile(r"[（(]([\u4e00-\u9fff]{1,2})[）)]")
# A total summing up the parts before it: ……优秀教育工作者10名，共计82名. A two-character sum
# word may stand between what was counted and the count: 三类活动共计220场, 共计举办展览26个.
SUMMING = re.compile(
    rf"[，,]\s*(?:(?P<before>[\u4e00-\u9fff]{{0,12}}?)(?:共计|合计|总计|总共)(?P<after>[\u4e00-\u9fff]{{0,10}}?)|共){NUMBER}"
)


def find_summed_totals(prose: str, data: BreakdownData) -> list[Breakdown]:
    """Parts set apart by 顿号, then a total that sums them up after a comma (评出一等奖3个、
    二等奖5个、三等奖8个，共17个): 共计 says the parts are all of it."""
    found: list[Breakdown] = []
    for match in SUMMING.finditer(prose):
        classifier = data.count.match(prose, match.start("num"))
        if classifier is None:
            continue
        words = (match.group("before") or "") + (match.group("after") or "")
        if any(word in words for word in data.summing_not) or words.endswith(data.approximate_before):
            continue
        if _names_the_rest(match.group("before") or "", data):
            continue  # 其他各税合计1054万元: what the parts before leave, not their sum
        total_end = classifier.end("cl")
        classifiers = {classifier.group("cl")}
        second = SECOND_CLASSIFIER.match(prose, total_end)
        if second is not None:  # 共计45个（名）: the parts count units in 个 and people in 名
            if data.count.fullmatch("1" + second.group(1)) is None:
                continue
            classifiers.add(second.group(1))
            total_end = second.end()
        start = _last_mark(prose, match.start(), 160, "。！？；：:\n，,") + 1
        segments = prose[start:match.start()].split("、")
        parts: list[Part] = []
        for segment in segments:
            joined = _joined_parts(segment, classifiers, data)
            if joined is None:
                parts = []
                break
            parts += joined
        total = _value(classifier)
        if total is None or prose.startswith(data.approximate_after, total_end):
            continue
        if len(parts) == 1 and start > 0 and prose[start - 1] in "，,":
            parts = _without_the_whole(_parts_by_comma(prose, start - 1, classifiers, data) + parts, total, data)
        if len(parts) < 2:
            continue
        if ((data.added_to_base is not None and data.added_to_base.match(parts[0].label))
                or any(word in parts[0].label for word in data.per_group)):
            continue  # the total holds a base figure too, or each group's parts again
        found.append(Breakdown(
            match.start("num"), total_end, total, prose[match.start("num"):total_end], classifier.group("cl"),
            tuple(parts), True, True, False,
        ))
    return found


PART_JOINTS = ("以及", "和", "及", "与")  # the last two parts of a list: 宿舍楼2栋和食堂1栋


def _joined_parts(segment: str, classifiers: set[str], data: BreakdownData) -> list[Part] | None:
    """A segment that is one part, or two joined by 和 (学生宿舍楼2栋和食堂1栋); or None."""
    for joint in PART_JOINTS:
        at = segment.rfind(joint)
        if at > 0:
            left = _whole_part(segment[:at], classifiers, data)
            right = _whole_part(segment[at + len(joint):], classifiers, data)
            if left is not None and right is not None:
                return [left, right]
    part = _whole_part(segment, classifiers, data)
    return None if part is None else [part]


def _whole_part(segment: str, classifiers: set[str], data: BreakdownData) -> Part | None:
    """A segment that is a part and nothing else: a label and an exact count in one of
    ``classifiers`` (宣传资料印制费3.5万元), nothing after it."""
    segment = segment.strip(" \t\u3000")
    part = data.part.match(segment)
    if (part is None or part.group("cl") not in classifiers or part.group("tail")
            or part.group("label").endswith(data.approximate_before)):
        return None
    value = _value(part)
    return None if value is None else Part(part.group("label"), value, segment[part.start("num"):part.end("cl")])


OPENING_WORDS = ("其中", "包括")  # words opening the first part of a sum


def _parts_by_comma(prose: str, comma: int, classifiers: set[str], data: BreakdownData) -> list[Part]:
    """The parts before the last one, set apart by commas, of a total summing them up
    (宣传资料印制费3.5万元，场地租赁费2万元，专家劳务费1.5万元，合计8万元): each clause back to the
    start of the sentence a part and nothing else; back to a total of its own (共排查隐患120处) or
    a part opening with 其中. A label with figures (2023年投入) or words that say it is no plain
    part (另, 还, 加上) leaves the sum unread."""
    found: list[Part] = []
    while comma > 0:
        start = _last_mark(prose, comma, 80, "。！？；：:\n，,") + 1
        segment = prose[start:comma]
        part = _whole_part(segment, classifiers, data) if "、" not in segment else None
        if part is None or any(word in part.label for word in data.total_words):
            break  # 共排查隐患120处: a total of its own
        opener = next((word for word in OPENING_WORDS if part.label.startswith(word)), "")
        if opener:  # 其中一等奖3名，二等奖5名……，合计38名: the first part
            found.insert(0, Part(part.label[len(opener):], part.value, part.text))
            break
        if DIGIT.search(part.label) or any(word in part.label for word in data.summing_not):
            return []  # 2023年投入500万元, 另有……: not plainly parts of one sum
        found.insert(0, part)
        if start == 0 or prose[start - 1] not in "，,":
            break
        comma = start - 1
    return found


def _without_the_whole(parts: list[Part], total: Decimal, data: BreakdownData) -> list[Part]:
    """Parts read back by comma, without a first that the states after it split (排查隐患120处，
    已整改100处，正在整改15处，合计115处). None when the last few add up to the total: what comes
    before them is something else."""
    if len(parts) > 2 and not _a_state(parts[0].label, data) and any(_a_state(part.label, data) for part in parts[1:]):
        parts = parts[1:]
    if any(sum(part.value for part in parts[index:]) == total for index in range(len(parts) - 1)):
        return []
    return parts


# A line summing up the lines above it: 以上各项合计8万元。, 合计：8万元, 上述经费共计8万元.
LISTED_TOTAL = re.compile(
    rf"^[ \u3000]*(?:(?:以上|上述)[\u4e00-\u9fff]{{0,6}}?)?(?:合计|共计|总计)[：:]?[ \u3000]*(?:人民币)?{NUMBER}",
    re.M)
# A line of such a list: an item's marker opens it (1. （1） 一是), or it is short (场地租赁费：2万元).
LISTED_ITEM = re.compile(r"[ \u3000]*(?:[0-9０-９]{1,2}[.．、)）]|[（(][0-9０-９一二三四五六七八九十]{1,3}[)）]"
                         r"|[一二三四五六七八九十]{1,3}(?:是|要|、))")
LISTED_ITEM_SHORT = 40
LISTED_ITEMS_MOST = 30


def find_listed_totals(prose: str, data: BreakdownData) -> list[Breakdown]:
    """A line summing up the items listed one a line right above it (1.宣传资料印制费3.5万元。
    2.场地租赁费2万元。 3.专家劳务费1.5万元。 以上各项合计8万元。): each item a line holding one
    exact count in each of the total line's classifiers, in its order, and no other (中国银行：
    1127笔，5.16亿元； over 合计：8436笔，38.90亿元。), under a line holding none of them (五、经费
    预算). A line above with a count that is no item (a paragraph, figures of another kind)
    leaves the sum unread: the list cannot be told for certain."""
    found: list[Breakdown] = []
    for match in LISTED_TOTAL.finditer(prose):
        line_end = prose.find("\n", match.end())
        line_end = line_end if line_end >= 0 else len(prose)
        if "\t" in prose[match.start():line_end]:
            continue
        totals = list(data.count.finditer(prose, match.start("num"), line_end))
        values = [_value(total) for total in totals]
        if (not totals or totals[0].start() != match.start("num") or None in values
                or len({total.group("cl") for total in totals}) != len(totals)
                or any(prose.startswith(data.approximate_after, total.end("cl")) for total in totals)):
            continue
        columns = _listed_parts(prose, match.start(), [total.group("cl") for total in totals], data)
        for total, value, parts in zip(totals, values, columns):
            if len(parts) >= 2 and sum(part.value for part in parts) != value:
                found.append(Breakdown(total.start("num"), total.end("cl"), value, total.group(),
                                       total.group("cl"), tuple(parts), True, True, False))
                break  # one column off is enough to report the line
    return found


def _listed_parts(prose: str, line_start: int, classifiers: list[str], data: BreakdownData) -> list[list[Part]]:
    """The parts of each of ``classifiers`` on the item lines above ``line_start``, one list
    for each; empty lists when the lines cannot be read for certain."""
    columns: list[list[Part]] = [[] for _ in classifiers]
    end = line_start - 1
    while end > 0 and len(columns[0]) < LISTED_ITEMS_MOST:
        start = prose.rfind("\n", 0, end) + 1
        line = prose[start:end]
        end = start - 1
        if not line.strip(" \t\u3000"):
            continue  # a blank line between items
        counts = list(data.count.finditer(line))
        if not any(_same_classifier(count.group("cl"), classifier, data)
                   for count in counts for classifier in classifiers):
            break  # the heading over the list
        if (len(counts) != len(classifiers) or "\t" in line
                or not all(_same_classifier(count.group("cl"), classifier, data)
                           for count, classifier in zip(counts, classifiers))
                or not (LISTED_ITEM.match(line) or len(line.strip()) <= LISTED_ITEM_SHORT)
                or any(_approximate(line, count, data) for count in counts)):
            return [[] for _ in classifiers]
        values = [_value(count) for count in counts]
        if None in values:
            return [[] for _ in classifiers]
        label = line[:counts[0].start()].strip()
        for column, count, value in zip(columns, counts, values):
            column.insert(0, Part(label, value, count.group()))
    return columns


BARE_COUNT_SEPARATORS = ("、", "，", ",", "和", "及")


def find_counts_per_named_kind(prose: str, data: BreakdownData) -> list[Breakdown]:
    """A total, the kinds it falls into named with their number, and a bare count for each
    after 分别为 (代表共提出建议26件，涉及经济发展、基础设施、民生保障三大类，分别为9件、8件、7件):
    the counts are all of the total, one for each kind. The total is the last count before the
    kinds in the same sentence with the counts' classifier."""
    found: list[Breakdown] = []
    if data.each_opener is None or not any(opener in prose for opener in data.exhaustive_openers):
        return found
    for kinds in data.each_opener.finditer(prose):
        counts: list[re.Match] = []
        at = kinds.end()
        while (count := data.count.match(prose, at)) is not None and _value(count) is not None:
            if prose.startswith(data.approximate_after, count.end("cl")):
                counts = []
                break
            counts.append(count)
            at = count.end("cl")
            if not prose.startswith(BARE_COUNT_SEPARATORS, at):
                break
            at += 1
        if len(counts) < 2 or len(counts) != count_value(kinds.group("kinds")):
            continue
        classifier = counts[0].group("cl")
        if not all(_same_classifier(count.group("cl"), classifier, data) for count in counts):
            continue
        parts = [Part("", _value(count), prose[count.start("num"):count.end("cl")]) for count in counts]
        sentence = _last_mark(prose, kinds.start(), 160, SENTENCE_MARKS) + 1
        totals = [m for m in data.count.finditer(prose, sentence, kinds.start())
                  if _same_classifier(m.group("cl"), classifier, data)]
        if not totals:
            continue
        total = totals[-1]
        value = _value(total)
        if value is None or _approximate(prose, total, data):
            continue
        found.append(Breakdown(
            total.start("num"), total.end("cl"), value, prose[total.start("num"):total.end("cl")],
            total.group("cl"), tuple(parts), True, True, False,
        ))
    return found


# A sentence that classifies what an earlier one counted (按抽检层级分，市级抽检1026批次，县级抽检
# 2239批次。), held to a total counted after one of `unopened_total_words` in the text before.
SHARE = re.compile(r"占[\u4e00-\u9fff]{0,12}[0-9.．]+[%％]")  # ，占42.0%: a part's share, no part
CLASSIFIED_REACH = 400  # how far back the total may stand: the paragraph or two before
# A sentence with these splits its own total, lists clauses, or gives a count for each of
# several (各平台不合格账号均为1个): no one list of parts.
OWN_PARTS = ("其中", "；", ";", "均为", "均是", "各为", "都是")
DIGIT = re.compile(r"[0-9０-９]")


def find_classified_totals(prose: str, data: BreakdownData) -> list[Breakdown]:
    """A sentence opening with 按X分 or 从X看 and made of nothing but parts in one classifier
    splits a total counted before it (共完成抽检3268批次) by one attribute, so the parts are
    all of it. Held to the nearest earlier count after 共 with that classifier, unless another
    count between them is what the parts add up to (已整改到位129个, split by how)."""
    found: list[Breakdown] = []
    if data.classifying is None or data.counted_total is None:
        return found
    for lead in data.classifying.finditer(prose):
        if lead.start() > 0 and prose[lead.start() - 1] not in "。！？\n\0 \t\u3000":
            continue  # the classifying phrase opens its sentence
        matches = _parts_in_one_classifier(prose, lead.end(), data)
        if not matches:
            continue
        classifier = matches[0].group("cl")
        floor = max(0, lead.start() - CLASSIFIED_REACH)
        totals = [count for span in data.counted_total.finditer(prose, floor, lead.start())
                  for count in data.count.finditer(prose, span.start(), span.end())
                  if _same_classifier(count.group("cl"), classifier, data)]
        if not totals:
            continue
        between = [count for count in data.count.finditer(prose, totals[-1].end("cl"), lead.start())
                   if _same_classifier(count.group("cl"), classifier, data)]
        found += _held_to_earlier(prose, matches, totals[-1], between, data)
    return found


COMPOSED_REACH = 200  # how far back a composed total may stand: its sentence and the one before


def find_composed_totals(prose: str, data: BreakdownData) -> list[Breakdown]:
    """A sentence or clause naming what a total is made of (收入构成为：, 资金来源为) and then
    nothing but parts in one classifier: the parts are all of it. The total is the nearest
    earlier count whose words name the same thing (总收入68.5万元 for 收入构成为), or else the
    nearest after 总 (总投资1.85亿元 for 资金来源为), unless another count between is the sum."""
    found: list[Breakdown] = []
    if data.composing is None or not any(word in prose for word in data.composing_words):
        return found
    for lead in data.composing.finditer(prose):
        matches = _parts_in_one_classifier(prose, lead.end(), data)
        if not matches:
            continue
        floor = max(0, lead.start() - COMPOSED_REACH)
        earlier = [count for count in data.count.finditer(prose, floor, lead.start())
                   if _same_classifier(count.group("cl"), matches[0].group("cl"), data)]
        total = _composed_total(prose, earlier, lead.group("words")[-2:], data.composed_total_words)
        if total is not None:
            between = [count for count in earlier if count.start() > total.start()]
            found += _held_to_earlier(prose, matches, total, between, data)
    return found


def _parts_in_one_classifier(prose: str, start: int, data: BreakdownData) -> list[re.Match]:
    """Two or more parts making up the sentence from ``start``, all in one classifier; or none."""
    matches = _only_parts(prose, start, data)
    if len(matches) < 2 or not all(_same_classifier(m.group("cl"), matches[0].group("cl"), data)
                                   for m in matches):
        return []
    return matches


def _held_to_earlier(prose: str, matches: list[re.Match], total: re.Match, between: list[re.Match],
                     data: BreakdownData) -> list[Breakdown]:
    """The parts of a sentence of their own, all of the ``total`` counted before them, unless
    it is approximate or a count ``between`` them is what they add up to."""
    value = _value(total)
    if value is None or _approximate(prose, total, data):
        return []
    parts = [Part(m.group("label"), _value(m), prose[m.start("num"):m.end("cl")]) for m in matches]
    summed = sum((part.value for part in parts), Decimal(0))
    if summed in [_value(count) for count in between]:
        return []
    return [Breakdown(
        matches[0].start("num"), matches[-1].end("cl"), value,
        prose[total.start("num"):total.end("cl")], total.group("cl"), tuple(parts), True, True, False,
        earlier=True,
    )]


def _composed_total(prose: str, counts: list[re.Match], noun: str, whole_words: tuple[str, ...]) -> re.Match | None:
    """The last of ``counts`` after ``noun`` in its clause, or else the last after one of
    ``whole_words``."""
    named = after_total = None
    for count in counts:
        words = prose[_last_mark(prose, count.start(), 8, CLAUSE_MARKS) + 1:count.start()]
        if noun in words:
            named = count
        elif any(word in words for word in whole_words):
            after_total = count
    return named or after_total


def _only_parts(prose: str, start: int, data: BreakdownData) -> list[re.Match]:
    """The parts of the sentence from ``start``, matched in ``prose`` itself, when it holds
    nothing else but their shares (，占42.0%); otherwise none. A count of the whole's state
    (，已到位0.5亿元) is no part, and a sentence with a total of its
    own (合计126个, 共受理……其中) or clauses set apart by ； (民生类16项，已办结15项；……) is not
    one list of parts."""
    stop = SENTENCE_END.search(prose, start)
    end = stop.start() if stop else len(prose)
    if any(word in prose[start:end] for word in data.total_words + OWN_PARTS):
        return []
    matches = []
    for lo, hi in _segments(prose, start, end):
        while lo < hi and prose[lo] in " \t\u3000":
            lo += 1
        while hi > lo and prose[hi - 1] in " \t\u3000":
            hi -= 1
        if lo == hi or SHARE.fullmatch(prose, lo, hi):
            continue
        part = data.part.match(prose, lo, hi)
        if (part is None or part.group("tail") or _value(part) is None or DIGIT.search(part.group("label"))
                or part.group("label").endswith(data.approximate_before)
                or part.group("label").startswith(data.state_after_comma)):  # ，已到位0.5亿元
            return []
        matches.append(part)
    return matches


def _segments(prose: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans between the part separators of ``prose[start:end]``."""
    for separator in PART_SEPARATORS.finditer(prose, start, end):
        yield start, separator.start()
        start = separator.end()
    yield start, end


# Parts after a comma adding up to more than this many times the total before it count other
# things: nothing opened them as its parts.
UNOPENED_FARTHEST = Decimal("1.5")


def find_unopened_breakdowns(prose: str, data: BreakdownData, taken: set[int]) -> list[Breakdown]:
    """A total after 共 whose parts follow its comma with no word to open them (共40项，目前已
    达标36项、基本达标3项、未达标2项). Without 其中 nothing says the clause breaks the total
    down, so the parts count only when they name every member of a set that splits a whole:
    then they are all of it. ``taken``: totals another reading has found already."""
    found: list[Breakdown] = []
    if data.unopened_total is None:
        return found
    for total in data.unopened_total.finditer(prose):
        start = total.start("num")
        if (start in taken or prose[max(0, start - 3):start].endswith(data.approximate_before)
                or total.group("noun").startswith(data.approximate_after)):
            continue
        parts = _parts(prose, total.end(), total.group("cl"), data)
        if not parts or len(parts) < 2 or not _complement([part.label for part in parts], data, complete=True,
                                                          classifier=total.group("cl")):
            continue
        value = _value(total)
        if value is None or value == 0:
            continue
        if sum((part.value for part in parts), Decimal(0)) > UNOPENED_FARTHEST * value:
            continue  # 共派出专家320人次，接收上转患者1860人次、下转患者940人次: other counts
        found.append(Breakdown(
            start, total.end("cl"), value, prose[start:total.end("cl")], total.group("cl"),
            tuple(parts), True, True, False,
        ))
    return found


def _total_before(prose: str, opener: re.Match, data: BreakdownData) -> re.Match | None:
    """The count right before ``opener`` (……14个，其中), or the one its noun names (先进单位20个
    ……。先进单位中，). After a full stop (……。其中，), the sentence's subject or the figure the
    parts add up to, rather than its last figure: 余额86.42亿元，控制在限额91.30亿元以内。其中：
    一般债务余额37.18亿元……."""
    total = data.total.search(prose, max(0, opener.start() - 40), opener.start())
    if total is None and opener.group().startswith("中"):
        total = _named_total(prose, opener, data)
    if _opens_sentence(prose, opener):
        earlier, _ = _earlier_total(prose, opener, data, sentence_before=True)
        if earlier is not None and (total is None or earlier.start("num") != total.start("num")):
            return earlier  # (the same figure as the one before the opener keeps its 个（名）)
    return total


def _named_total(prose: str, opener: re.Match, data: BreakdownData) -> re.Match | None:
    """这次共表彰先进单位20个、先进个人50名。先进单位中，市直部门8个……: the noun before 中
    names a count given in this sentence or the one before it, right before its number."""
    start = opener.start()
    begin = start
    while begin > 0 and start - begin < 8 and "\u4e00" <= prose[begin - 1] <= "\u9fff":
        begin -= 1
    noun = prose[begin:start]
    if len(noun) < 2 or (begin > 0 and prose[begin - 1] not in "。！？；，\n"):
        return None  # 在全市中，: a noun of two characters or more opening its clause
    sentence = _last_mark(prose, begin - 1, begin, SENTENCE_MARKS) if begin > 0 else -1
    floor = _last_mark(prose, sentence, sentence, SENTENCE_MARKS) + 1 if sentence > 0 else 0
    found = None
    at = prose.find(noun, floor, begin)
    while at >= 0:
        count = data.count.match(prose, at + len(noun))
        if count is not None and prose[at - 1:at] not in NEGATING:  # 非流动负债 is not 流动负债
            found = count
        at = prose.find(noun, at + 1, begin)
    return found


def _earlier_total(prose: str, opener: re.Match, data: BreakdownData, sentence_before: bool = False):
    """The total the parts after ``opener`` count, when the count right before it is of
    something else: the last count in the sentence with the classifier of the first part.
    ``sentence_before``: the opener starts a sentence (。其中，), and the total is the last
    such count of the sentence before it."""
    first = data.count.search(prose, opener.end(), min(len(prose), opener.end() + 24))
    if first is None:
        return None, None
    classifier = first.group("cl")
    end = opener.start()
    if sentence_before:
        end = _mark_before(prose, end)
        if end < 0 or prose[end] != "。":
            return None, None
    stop = _last_mark(prose, end, 80, SENTENCE_MARKS)
    candidates = [m for m in data.count.finditer(prose, stop + 1, end) if _same_classifier(m.group("cl"), classifier, data)]
    if not candidates or _approximate(prose, candidates[0 if sentence_before else -1], data):
        return None, None
    parts = _parts(prose, opener.end(), classifier, data)
    if parts is None or len(parts) < 2:
        return None, None
    if sentence_before:
        # The sentence's subject comes first (收入109.0亿元，完成预算105.0亿元的103.8%), but
        # any of its figures the parts add up to is the one they break down.
        summed = sum((part.value for part in parts), Decimal(0))
        return next((m for m in candidates if _value(m) == summed), candidates[0]), parts
    return candidates[-1], parts


def _runs_on_to_its_total(prose: str, start: int, parts: list[Part], total: re.Match, classifiers: str,
                          data: BreakdownData) -> bool:
    """The list after 其中 goes on past a comma with a part of another kind, and with it the parts
    make the total exactly: 其中中央补助资金1.52亿元、省级配套资金0.48亿元、县级财政资金1.26亿元，
    居民出资和社会资本投入0.60亿元 under 总投资3.86亿元. Read alone, a clause after the list is
    taken to count something else."""
    value = _value(total)
    if value is None or sum(part.value for part in parts) == value:
        return False
    longer = _parts(prose, start, classifiers, data, past_comma=True)
    return bool(longer) and len(longer) > len(parts) and sum(part.value for part in longer) == value


def _parts(prose: str, start: int, classifier: str, data: BreakdownData, past_comma: bool = False) -> list[Part] | None:
    stop = SENTENCE_END.search(prose, start)
    end = _bracket_close(prose, start, stop.start() if stop else len(prose))
    sentence = BRACKETED.sub("", prose[start:end])
    parts: list[Part] = []
    pieces = PART_SEPARATORS.split(sentence)
    listed_by_dun = True  # every part so far set apart by 、
    after_part = False  # the segment before was a part
    for segment, separator in zip(pieces[::2], [""] + pieces[1::2]):
        segment = segment.strip(" \t\u3000：:")
        if not segment:
            continue
        if "其中" in segment:
            break  # a breakdown of a part: its counts are not parts of this total
        match = data.part.match(segment)
        if match is None or not _same_classifier(match.group("cl"), classifier, data):
            bare = data.count.fullmatch(segment)
            if parts and bare is not None and not _same_classifier(bare.group("cl"), classifier, data):
                continue  # 城关片区31个、2108户，东城片区18个、1425户: the last part's other figure
            if match is not None and separator == "、" and after_part:
                return None  # 规上企业40家、……、投资项目10个 under 被检查单位120家: two kinds of count
            if data.any_count.search(segment) or match is not None:
                break  # a count of something else: the breakdown is over
            if parts and separator in "；;":
                break  # ……80岁以上1360人；独居、空巢老人1865人: a new clause, about others
            after_part = False
            continue  # 主要用于赛事组织 between two parts
        if separator in "；;" and parts and match.group("label")[-1:] != parts[-1].label[-1:]:
            break  # ……社会投资项目51.9亿元；年度计划投资25.6亿元: a new clause, not a part
        if (separator in "，," and len(parts) >= 2
                and _complement([p.label for p in parts], data, complete=True, classifier=match.group("cl"))
                and match.group("label")[-2:] != parts[-1].label[-2:]):
            break  # 受理41件、不予受理6件，办结41件: the parts named every member already (but 已竣工
            # 项目11个，正在建设项目66个，正在开展前期工作项目8个 goes on with its noun)
        label = match.group("label")
        if parts and separator in "，," and parts[-1].label.startswith(data.remainder_after_comma):
            break  # ……其他县级领导担任县级河长12名，设立乡级河长186名: the rest was the last part
        if (parts and separator in "，," and _a_state(label, data)
                and not any(_a_state(part.label, data) for part in parts)):
            break  # 其中危旧桥梁11座，2024年已完成改造7座: what became of a part, not another part
        next_level = separator in "，," and bool(parts) and _next_level(parts[0].label, label, data)
        if (separator in "，," and len(parts) >= 2 and listed_by_dun and not past_comma
                and not label.startswith(data.remainder_after_comma)  # ，其余1500万元
                and not next_level
                and all(label[-1:] != part.label[-1:] for part in parts)):
            break  # 一般隐患571处、较大隐患24处，整改到位512处: the list is over
        if match.group("tail").startswith(data.approximate_after) or match.group("label").endswith(
            data.approximate_before
        ):
            return None
        if match.group("label").endswith("各"):
            return None  # 两个社区监测点各300户: so much for each, not the part's total
        if parts and parts[-1].text[:1].isdigit() and not match.group("num")[:1].isdigit():
            break  # ……一般农户171户，做到应访尽访、不漏一户: words, not a part in figures
        value = _value(match)
        if value is None:
            return None
        if parts and separator != "、" and not next_level:
            listed_by_dun = False
        parts.append(Part(match.group("label"), value, segment[match.start("num"):match.end("cl")],
                          match.group("tail")))
        after_part = True
    return parts


def _a_state(label: str, data: BreakdownData) -> bool:
    """已完成改造, 2024年已完成改造: a label saying what became of the counted things, which may
    follow a year or a time, rather than naming a kind of them."""
    if data.state_time is not None:
        time = data.state_time.match(label)
        if time is not None:
            label = label[time.end():]
    return label.startswith(data.state_after_comma + data.attribute_after_comma)


def _next_level(first: str, label: str, data: BreakdownData) -> bool:
    """其中国家级一等奖4项、二等奖9项、三等奖15项，省级奖项56项: the parts after 、 split the
    first level, and the comma goes on to the next level."""
    first_level = next((level for level in data.levels if first.startswith(level)), None)
    next_level = next((level for level in data.levels if label.startswith(level)), None)
    return first_level is not None and next_level is not None and first_level != next_level


def _same_classifier(one: str, other: str, data: BreakdownData) -> bool:
    """开展活动46场次，其中专题党课12场: 场 and 场次 count the same sessions. ``other`` may
    name two (个/名, from a total written 85个（名）)."""
    return any(one == each or any(one in group and each in group for group in data.alike)
               for each in other.split("/"))


def _classifiers(total: re.Match, data: BreakdownData) -> str:
    """表彰先进集体和先进个人85个（名）: the bracket names the classifier of the other parts."""
    also = total.groupdict().get("also")
    if also and data.classifier.fullmatch(also):
        return f"{total.group('cl')}/{also}"
    return total.group("cl")


def _bracket_close(prose: str, start: int, end: int) -> int:
    """Where the parts end when they stand in brackets (14个（重大1个、较大4个、一般8个）):
    at the bracket that closes before ``end`` without having opened after ``start``."""
    depth = 0
    for index in range(start, end):
        char = prose[index]
        if char in "（(":
            depth += 1
        elif char in "）)":
            if depth == 0:
                return index
            depth -= 1
    return end


def _value(match: re.Match) -> Decimal | None:
    number = match.group("num").translate(FULLWIDTH_DIGITS).replace("．", ".")
    number = number.replace(",", "").replace(" ", "").replace("\u2009", "").replace("\u202f", "")
    if number[0].isdigit():
        try:
            value = Decimal(number)
        except InvalidOperation:
            return None
    else:
        simple = chinese_value(number)
        if simple is None:
            return None
        value = Decimal(simple)
    return value * MULTIPLIERS[match.group("mult") or ""]


def _approximate(prose: str, total: re.Match, data: BreakdownData) -> bool:
    before = prose[max(0, total.start() - 3):total.start()]
    after = total.group("noun")
    return before.endswith(data.approximate_before) or after.startswith(data.approximate_after)


def digit_slip(found: Breakdown, data: BreakdownData) -> bool:
    """The parts add up to the total but for one digit after its first (1102＋276＋41＋29＝1448
    under 1458人次): a figure mistyped, for an excerpt falls short by no such round amount,
    unless its own figures are as round. Held to three parts or more, or to parts adding up to
    more: two parts short of the total may leave out a third kind (企业 and 个体工商户 under
    经营主体, which also counts 农民专业合作社). Not for people grouped by an attribute, whose
    groups overlap. Three parts or more adding up to the total with two neighbouring digits
    swapped (78 under 87) are a slip too."""
    if found.open_ended or (len(found.parts) < 3 and found.sum < found.total):
        return False
    if found.classifier in data.near_miss_not_for and _grouped_by_attribute(found, data):
        return False
    places = max(-found.total.as_tuple().exponent, -found.sum.as_tuple().exponent, 0)
    written, summed = (str(int(value.scaleb(places))) for value in (found.total, found.sum))
    if len(found.parts) >= 3 and _transposed(written, summed):
        return True  # 山塘水库31处、河道沟渠29处、……18处 under 87处: 78 with two digits swapped
    if len(written) != len(summed) or len(written) < data.slip_digits:
        return False
    differing = [at for at, (one, other) in enumerate(zip(written, summed)) if one != other]
    if len(differing) != 1 or differing[0] == 0:
        return False
    place = 10 ** (len(written) - 1 - differing[0])
    # 教师60名、班主任40名、教育工作者20名 under 130名: round groups short by a round amount are
    # the main groups, counted in round figures
    return found.sum > found.total or any(int(part.value.scaleb(places)) % place for part in found.parts)


def _transposed(written: str, summed: str) -> bool:
    """Two neighbouring digits of the total swapped give the sum (87 written, 78 summed)."""
    if len(written) != len(summed) or len(written) < 2:
        return False
    differing = [at for at, (one, other) in enumerate(zip(written, summed)) if one != other]
    return (len(differing) == 2 and differing[1] == differing[0] + 1
            and written[differing[0]] == summed[differing[1]] and written[differing[1]] == summed[differing[0]])


def may_overlap(found: Breakdown, data: BreakdownData) -> bool:
    """A near miss of these parts proves nothing: they count people grouped by an attribute
    (女党员, 35岁以下), groups that overlap and are listed in part; or they count people by
    post or unit and fall short, as a list of the main groups may (参演人员120人，其中机关
    干部80人、物业服务人员25人、队员10人 leaves out the few others)."""
    if found.classifier not in data.near_miss_not_for:
        return False
    return found.sum < found.total or _grouped_by_attribute(found, data)


def _grouped_by_attribute(found: Breakdown, data: BreakdownData) -> bool:
    return any(word in part.label for part in found.parts for word in data.overlap_words)


def _named_groups(prose: str, total_start: int, parts: list[Part]) -> int:
    """How many of the first parts the total names before its count (评选县级劳动模范和先进
    工作者共40名，其中劳动模范18名、先进工作者20名; 受理投诉举报1534件，其中投诉1276件、举报
    248件): they are every group it counts, and what follows them counts something else. 0 when
    fewer than two are named."""
    clause = _last_mark(prose, total_start, 40, CLAUSE_MARKS)
    before = prose[clause + 1:total_start]
    named = 0
    for part in parts:
        if len(part.label) < 2 or part.label not in before:
            break
        named += 1
    # 劳动模范和先进工作者, or the words run together as one name when they are all the parts:
    # 受理投诉举报1534件，其中投诉……、举报…… (but 来信来访52件，其中来信……、来访……、网上信访……)
    together = named == len(parts) and "".join(part.label for part in parts) in before
    # 统筹发展资金、衔接资金等共3860万元: the names are examples, and the parts go on
    last = parts[named - 1].label if named else ""
    examples = named >= 2 and before[before.rfind(last) + len(last):].startswith("等")
    if named >= 2 and not examples and (together or any(joiner in before for joiner in "和及与、")):
        return named
    return len(parts) if len(parts) >= 2 and _heads_named(before, [part.label for part in parts]) else 0


def _heads_named(before: str, labels: list[str]) -> bool:
    """国控、省控空气质量监测站点14个，其中国控站点6个、省控站点9个: the labels less the words
    they end alike in are named one after another, joined, before the total."""
    common = min(_common_ending(labels), min(map(len, labels)) - 1)
    for cut in range(common, 0, -1):  # 国控站点/省控站点 end alike in 控站点; 国控、省控 names them
        heads = [label[:len(label) - cut] for label in labels]
        if all(len(head) >= 2 for head in heads) and any(
                joiner.join(heads) in before for joiner in ("、", "和", "及", "与")):
            return True
    return False


ABBREVIATION_REACH = 12  # the total's name stands this close before its count
ABBREVIATED_LABEL = 4  # labels this short or shorter; a character of a longer one matches by chance


def _abbreviated_before(prose: str, total_start: int, labels: list[str]) -> bool:
    """科室现有医护人员58人，其中医生19人、护士37人: the total is named by one character of each
    part's label in their order (医护 of 医生、护士; 师生 of 教师、学生; 中小学 of 中学、小学), a
    name for all of them, so the parts are all of it. A character the labels share (机构 of
    养老机构、托育机构) names none of them."""
    if len(labels) < 2 or any(len(label) > ABBREVIATED_LABEL for label in labels):
        return False
    own = []
    for label in labels:
        others = set().union(*(set(other) for other in labels if other is not label))
        own.append({char for char in label if "\u4e00" <= char <= "\u9fff" and char not in others})
    clause = _last_mark(prose, total_start, ABBREVIATION_REACH, CLAUSE_MARKS)
    before = prose[clause + 1:total_start]
    return any(all(before[at + index] in chars for index, chars in enumerate(own))
               for at in range(len(before) - len(labels) + 1))


def _honours(prose: str, total: re.Match, data: BreakdownData) -> bool:
    """共表彰先进个人130名，其中优秀教师60名、优秀班主任40名……: each person honoured receives
    one of the honours, so the parts cannot overlap. So it is when the total names the
    honoured, before its count or after it: 先进集体8个, 8个先进集体包括……"""
    total_start = total.start("num")
    clause = _last_mark(prose, total_start, 30, CLAUSE_MARKS)
    if any(verb in prose[clause + 1:total_start] for verb in data.honour_verbs):
        return True
    after = prose[total.end("cl"):total.end("cl") + 8]
    return bool(data.honour_nouns) and (prose.endswith(data.honour_nouns, clause + 1, total_start)
                                        or after.startswith(data.honour_nouns))


def _names_the_rest(label: str, data: BreakdownData) -> bool:
    """The last part covers what the others leave: 其他问题8件, or after a preposition
    对其他党员提出批评意见56条."""
    for preposition in ("", *data.remainder_prepositions):
        if label.startswith(preposition) and label[len(preposition):].startswith(data.remainder_labels):
            return True
    return False


def _common_kind(labels: list[str], data: BreakdownData) -> bool:
    """The labels end alike in a word naming disjoint kinds: A类/B类, 一等奖/二等奖, 市级/县级;
    or each holds a word that names such kinds wherever it stands, after a different level:
    县级层面出台制度/部门层面完善制度; or each opens with a different level (街道级……/社区级……)."""
    for kind in data.kinds_inside:
        if all(kind in label for label in labels) \
                and len({label.split(kind, 1)[0] for label in labels}) == len(labels):
            return True
    opening = [next((level for level in data.levels if label.startswith(level)), "") for label in labels]
    if all(opening) and len(set(opening)) == len(labels):
        return True  # 街道级综合养老服务中心9个、社区级养老驿站26个: each at its own level
    common = _common_ending(labels)
    if common == 0 or common == min(map(len, labels)):
        return False
    suffix = labels[0][-common:]
    return any(kind in suffix for kind in data.kinds)  # 类, 方面问题, 科级


def _common_ending(labels: list[str]) -> int:
    """How many characters all the labels end alike in (国控站点/省控站点: 3)."""
    shortest, common = min(map(len, labels)), 0
    while common < shortest and len({label[-1 - common] for label in labels}) == 1:
        common += 1
    return common


ELDERLY_FROM = 60  # 老年人 are those aged 60 and over (《老年人权益保障法》第二条)


def _age_bands(labels: list[str], named: str) -> bool:
    """Each label opens with an age band, and the bands follow one another with no gap up to
    an open end: 35岁以下, 36至45岁, 46岁以上 split all the people of the total between them,
    and so do 60至69岁, 70至79岁, 80岁以上 when the total's name (``named``) starts where the
    first band does (60周岁以上户籍老年人, or 老年人 alone)."""
    bands = []
    for label in labels:
        band = AGE_BAND.match(label)
        if band is None:
            return False
        low = int(band.group("low"))
        high = int(band.group("high")) if band.group("high") else None
        bands.append((band.group("open") or "", low, high))
    first_open, last_open = bands[0][0], bands[-1][0]
    low = bands[0][1]
    named_from = re.search(rf"(?<![0-9]){low}周?岁(?:及)?以上", named) or (low == ELDERLY_FROM and "老年人" in named)
    if not last_open.endswith("以上") or not (first_open.endswith("以下") or named_from):
        return False
    for (_, low, high), (opening, next_low, _) in zip(bands, bands[1:]):
        reach = high if high is not None else low
        if opening.endswith("以下") or next_low not in (reach, reach + 1):
            return False
    return all(opening == "" for opening, *_ in bands[1:-1])


def _negated_pair(labels: list[str]) -> bool:
    """免疫规划疫苗 and 非免疫规划疫苗, 发现问题企业 and 未发现问题企业: a kind and all that is
    not of it make the whole."""
    if len(labels) != 2:
        return False
    one, other = labels
    return len(one) >= 2 and any(other == word + one or one == word + other for word in NEGATED_KINDS)


NEGATED_KINDS = ("非", "未", "不", "无", "没有")  # before a kind, they name the rest of the whole
RANGE_WORDS = ("以上", "以下")


def _complement(labels: list[str], data: BreakdownData, complete: bool, classifier: str = "") -> bool:
    """Each label names a different member of one set that splits a whole (男/女, 已/未);
    ``complete``: every member of the set is named. A label naming a range (本科及以上学历)
    holds more than one member."""
    for words, unless, classifiers in data.complements:
        if classifiers and classifier not in classifiers:
            continue
        named = []
        for label in labels:
            if unless and any(word in label for word in unless):
                break  # 学生家长: no member of the set
            hits = [word for word in words if word in label]
            # 不予受理 holds 受理 too: the longer word names its member
            hits = [word for word in hits if not any(word != other and word in other for other in hits)]
            if len(hits) != 1 or any(word in label.replace(hits[0], "") for word in RANGE_WORDS):
                break  # none or two, or a range (本科及以上学历; but 规模以上 is one member)
            named.append(hits[0])
        else:
            if len(set(named)) == len(named) and (not complete or len(named) == len(words)):
                return True
    return False
