"""Percentages and amounts worked out from figures the draft gives beside them.

受理12486件，审结11937件, and a 结案率 of 95.6%; 由36万元提高到48.6万元, and 增幅35%; 16.42亿元
of 18.64亿元, and 占……的88.1%. Whoever reads a report can redo the division, and a percentage
left from last year's draft, or copied from another line of the table, does not survive it.
These forms are read, each only where the text says which figures the percentage is of:

- a share: A，占（为、相当于、完成）……B的p% is A÷B; A，占p% after a total and 其中 is of that
  total; 占总投资的p% is of a figure named 总投资 before; X占Y的比重为p% is of the figures given
  before right after the names X and Y (城镇消费品零售额71.20亿元, 社会消费品零售总额98.65亿元);
- a change: 由A增加到B，增长p%, B，较上年的A增长p% (or 较常年同期的A偏多p%), B，较上年增加D，
  增长p% and B，同比增长p%，比上年增加D are (B−A)÷A;
  between two percentages, p个百分点 is B−A; an amount (提高了5.6分) is B−A;
- a rate named by what it counts: in 受理投诉320件，已办结298件，办结率93.1% the part is the
  figure whose clause holds the rate's own word (办结298件, or after it: 86项全部完成), the whole
  a figure of the same unit before it (320件), in the sentence before when the rate's opens
  with 其中. When several figures could be the whole, the rate is reported only when none of
  them gives it. A part counting only some of what the rate does (提前办结298件 under 办结率)
  bounds it from below, and over a count of whole things (92项) the rate must be one a whole
  number of them gives: no count of the 92 gives 95.3%;
- parts listed each with its share and no total split their sum; shares that split a whole
  (按县级60%、乡镇30%、村级10%的比例分担), and a share with the rest after it (50%缴纳，其余
  50%由用人单位承担), add up to 100;
- a structure told as a ratio of shares (三次产业结构为13.5∶39.2∶47.3) adds up to 100;
- 由A提高到B goes up and 由A减少到B down, with or without a percentage after it, except in units
  of a place or a grade (由15位提升至8位, 由5.2等提升到4.6等);
- several counts, last year's figure of each and the change of each, in order (事故5起、死亡3人，
  去年同期分别为7起、5人，同比分别下降28.6%、40.0%): each change is its pair's.

A figure is taken as written: 2.33万 is anything from 2.325万 to 2.335万, a count of whole things
(1268项) is exact, and a percentage may be rounded or cut off at its last digit. Only a
percentage that no such reading gives is reported. Averages per year (年均), several percentages
at once (分别), approximate figures (约, 余, 左右) are left alone, and bounds (92%以上) are held
only to their bound.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Iterator, NamedTuple

from checker.patterns import alternation

from .breakdowns import MULTIPLIERS

FIGURE = r"(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)"  # grouped: safe beside other parts
UNIT = r"个??[\u4e00-\u9fff]{1,3}?"  # 元, 亩, 人次, 千瓦, 个工作日: the shortest the rest of the pattern allows
STATED = re.compile(r"(?<![0-9.,\-－+＋])(?P<num>[0-9]{1,4}(?:\.[0-9]{1,3})?)(?P<sign>[%％]|个百分点)")
# A figure and its unit, for the rates named by what they count: 298件, 2.33万件, 3620批次.
COUNTED = re.compile(rf"(?<![0-9.,])(?P<num>{FIGURE})(?P<mult>万|亿)?(?P<unit>[\u4e00-\u9fff]次?)")
SENTENCE_MARKS = "。！？!?；;\n\0"  # parallel clauses after ； count other things
CLAUSE_MARKS = "，,；;、：:（）()"
ABOUT_SLACK = Decimal("2.5")  # 约20% may be 17.5% to 22.5%, 约80% 72% to 88%: near, not exact
WHOLE_COUNTS_CHECKED = 2000  # over more whole things, some count gives any percentage to a tenth
NEGATED = ("未", "不", "无", "非")  # before a name, they name the rest: 未发现问题单位
DATE_UNITS = ("年", "月", "日")  # 2025年度, 9月底: dates, not counts
CLAUSE_END = re.compile("[" + re.escape(CLAUSE_MARKS + SENTENCE_MARKS) + "]")
COUNTED_REACH = 4  # 已整改到位39个: how far before its figure the rate's word may stand
JOINTS = ("和", "及", "与", "或")  # 满意和基本满意率: a rate of several parts together
REACH = 240  # the longest sentence a percentage's figures are looked for in
SENTENCE_ENDS = "。！？!?\n\0"  # where the sentence holding a total before 其中 opens
NAMED_TOTAL_REACH = 600  # 总投资4.82亿元 a paragraph or two before 占总投资的47.6%
SHARE_AFTER = re.compile(r"[，,]?占")  # 36528件，占……: a figure with a share of its own
TOTAL_LEADS = ("达到", "为", "达", "是", "共", ":", "：")  # 总投资为4.82亿元
NAMED_FIGURE_LEADS = TOTAL_LEADS + ("完成", "实现")  # 税收收入完成3610万元, before 税收收入占……的比重
NAME_LONGEST = 12  # how far before a total's figure its name is looked for
PERCENT = ("%", "％")
SPLIT_SHARE = r"(?P<share>[0-9]{1,3}(?:\.[0-9]{1,2})?)[%％]"  # one party's share of a split
# 三次产业结构为13.5∶39.2∶47.3: shares of a whole told as a ratio of three or more terms
STRUCTURE_RATIO = re.compile(r"(?<![0-9.∶:])[0-9]{1,2}(?:\.[0-9]{1,2})?(?:[∶:][0-9]{1,2}(?:\.[0-9]{1,2})?){2,}(?![0-9.∶:])")
# 城镇消费品零售额占社会消费品零售总额的比重为: a share between two names, each given its figure before
NAMED_SHARE = re.compile(
    r"(?:^|(?<=[，,；;。！？!?\n\0]))(?:其中[，,]?)?(?P<part>[\u4e00-\u9fff]{2,14}?)占(?P<whole>[\u4e00-\u9fff]{2,16}?)的"
    r"(?:比重|比例)?(?:为|是|达|达到)?\Z")


class RateData(NamedTuple):
    share: re.Pattern  # A，占……B的 before the percentage
    total_share: re.Pattern  # A，占总投资的 or A，占比 before it
    move: re.Pattern  # 由A增加到B，增长 before it
    move_after: re.Pattern  # ，由上年的A增至B after it
    direction: re.Pattern  # 由A提高到B, with or without a percentage after it
    change_word: re.Pattern  # 增长 before it
    compared: re.Pattern  # B，较上年的A增长 (or 较上年的A增加D，增长) before it
    difference: re.Pattern  # B，较上年增加D，增长 before it
    difference_after: re.Pattern  # B，下降p%，比去年同期减少D around it
    difference_alone: re.Pattern  # 减少5人，下降 before it, a count of whole things with no figure of its own
    baseline_after: re.Pattern  # B，同比增长p%（上年为A） around it
    named: re.Pattern  # 办结率为 before it
    amounts: tuple[re.Pattern, ...]  # a change told as an amount: 较上年同期的7.7天缩短0.5天
    rise_words: tuple[str, ...]
    fall_words: tuple[str, ...]
    not_one_ratio: tuple[str, ...]
    approximate_before: tuple[str, ...]
    approximate_after: tuple[str, ...]
    at_least_before: tuple[str, ...]
    at_least_after: tuple[str, ...]
    at_most_before: tuple[str, ...]
    at_most_after: tuple[str, ...]
    approximate_figure_before: tuple[str, ...]
    approximate_figure_after: tuple[str, ...]
    people_units: str
    qualifiers: tuple[str, ...]
    increment_words: tuple[str, ...]
    not_rates: tuple[str, ...]
    synonyms: dict[str, tuple[str, ...]]
    negations: tuple[str, ...]
    added_to_whole: tuple[str, ...]
    total_words: tuple[str, ...]
    scopes: tuple[str, ...]
    not_approximate: tuple[str, ...]
    total_endings: tuple[str, ...]
    completion_endings: tuple[str, ...]
    summing_words: tuple[str, ...]
    same_units: tuple[tuple[str, ...], ...]
    openers: tuple[str, ...]
    structure_words: tuple[str, ...]  # 三次产业结构: a ratio of shares of one whole
    rank_units: tuple[str, ...]  # 第8位, 4.6等: a lower figure is a rise
    broad_words: tuple[str, ...]  # 总体合格率: words before a rate's that narrow nothing
    split: re.Pattern | None  # 按县级60%、乡镇30%、村级10%的比例分担: shares that split a whole
    rest_words: tuple[str, ...]  # 其余由县级承担: the shares listed leave some to another
    due_words: tuple[str, ...]  # 应参保人数: the count due, the whole of what was done
    about_figure_before: tuple[str, ...] = ()  # 约120万辆: a total about so much
    rest_share: re.Pattern | None = None  # ，其余60%: the share left after the one before


class RateMismatch(NamedTuple):
    start: int  # the percentage as written
    end: int
    stated: str  # 18.5%
    worked: str  # how the figures give another: 由165.7亿元到186.4亿元应增长约12.5%
    figures: tuple[tuple[int, int], ...]  # where the figures used stand
    earlier: bool = False  # one of them stands in a sentence before the percentage's


def rate_data(data: dict) -> RateData | None:
    table = data.get("rate")
    if not table:
        return None
    words = {key: tuple(table.get(key, [])) for key in (
        "rise_words", "fall_words", "baselines", "not_one_ratio", "approximate_before", "approximate_after",
        "at_least_before", "at_least_after", "at_most_before", "at_most_after", "approximate_figure_before",
        "approximate_figure_after", "qualifiers", "increment_words", "not_rates", "negations", "added_to_whole",
        "total_words", "scopes", "not_approximate", "total_endings", "completion_endings",
        "summing_words")}
    change = alternation(words["rise_words"] + words["fall_words"]) or "(?!)"
    baseline = alternation(words["baselines"]) or "(?!)"
    year = _year()
    share = re.compile(
        rf"(?<![0-9.,])(?P<a>{FIGURE})(?P<am>万|亿)?(?P<au>{UNIT})[，,]?(?:占|为|是|相当于|完成|达到)"
        rf"[^，,。；;：:0-9%％]{{0,16}}?(?<![0-9.,])(?P<b>{FIGURE})(?P<bm>万|亿)?(?P<bu>{UNIT})的"
        rf"(?:比例|比重)?(?:[（(][^（()）。，]{{1,12}}[）)])?(?:为|是|达)?\Z")
    total_share = re.compile(
        rf"(?<![0-9.,])(?P<a>{FIGURE})(?P<am>万|亿)?(?P<au>{UNIT})(?P<did>[\u4e00-\u9fff“”]{{2,16}}?)??[，,]?"
        rf"占(?:比|(?P<name>[^，,。；;：:0-9%％]{{1,12}})的)?(?:为|达|达到)?\Z")
    move = re.compile(
        rf"(?:由|从)(?P<base>(?:{baseline})的?)?{_year('ya')}(?:平均)?"
        rf"(?P<a>{FIGURE})(?P<am>万|亿)?(?P<au>[%％]|{UNIT})??"
        rf"(?:{change})?(?:到|至|为){_year('yb')}(?P<b>{FIGURE})(?P<bm>万|亿)?(?P<bu>[%％]|{UNIT})??"
        rf"[，,]?(?P<between>同比|环比|共|累计)?(?P<word>{change})(?:比例|幅度)?(?:了|达|为|达到)?\Z")
    move_after = re.compile(
        rf"[，,（(](?:由|从)(?:(?P<base>{baseline})的?)?{year}(?P<a>{FIGURE})(?P<am>万|亿)?"
        rf"(?P<au>[%％]|{UNIT})??(?:{change})?(?:到|至|为){year}(?P<b>{FIGURE})(?P<bm>万|亿)?(?(au)(?P<bu>(?P=au))|)")
    direction = re.compile(
        rf"(?:由|从)(?:(?:{baseline})的?)?{year}(?:平均)?(?<![0-9.,])(?P<a>{FIGURE})(?P<am>万|亿)?(?P<au>[%％]|{UNIT})??"
        rf"(?P<word>{change})(?:到|至){year}(?P<b>{FIGURE})(?![0-9.,])(?P<bm>万|亿)?(?P<bu>[%％]|{UNIT})")
    change_word = re.compile(rf"(?P<between>同比|环比)?(?P<word>{change})(?:了|达|为|达到)?\Z")
    compared = re.compile(
        rf"(?<![0-9.,])(?P<b>{FIGURE})(?P<bm>万|亿)?(?P<bu>[%％]|{UNIT})[，,]?(?:同比|环比)?(?:比|较)(?:{baseline}|[0-9]{{4}}年(?:同期|底|末)?)"
        rf"的?[（(]?(?P<a>{FIGURE})(?P<am>万|亿)?(?P<au>[%％]|{UNIT})[）)]?"
        rf"(?:(?:{change})了?{FIGURE}(?:万|亿)?(?:[%％]|{UNIT})[，,])?"  # 增加300.1万元， between: the amount is amounts' concern
        rf"[，,]?(?P<between>同比|环比)?(?P<word>{change})(?:了|达|为)?\Z")
    difference = re.compile(
        rf"(?<![0-9.,])(?P<b>{FIGURE})(?P<bm>万|亿)?(?P<bu>{UNIT})[，,](?P<against>同比|环比|(?:比|较)(?:{baseline}))"
        rf"(?P<way>{change})(?P<d>{FIGURE})(?P<dm>万|亿)?(?P<du>{UNIT})[，,](?:同比|环比)?(?P<word>{change})"
        rf"(?:了|达|为)?\Z")
    difference_after = re.compile(
        rf"(?P<b>{FIGURE})(?P<bm>万|亿)?(?P<bu>{UNIT})[，,](?:同比|环比)?(?P<word>{change})(?:了|为)?"
        rf"(?P<p>[0-9]{{1,4}}(?:\.[0-9]{{1,3}})?[%％])[，,](?P<against>同比|环比|(?:比|较)(?:{baseline}))"
        rf"(?P<way>{change})了?(?P<d>{FIGURE})(?P<dm>万|亿)?(?P<du>{UNIT})(?![0-9])")
    baseline_after = re.compile(
        rf"(?<![0-9.,])(?P<b>{FIGURE})(?P<bm>万|亿)?(?P<bu>{UNIT})[，,](?:同比|环比)?(?P<word>{change})(?:了|为)?"
        rf"(?P<p>[0-9]{{1,4}}(?:\.[0-9]{{1,3}})?[%％])[（(](?:{baseline})(?:为|是)?(?P<a>{FIGURE})(?P<am>万|亿)?"
        rf"(?P<au>{UNIT})[）)]")
    whole_units = alternation(tuple(table.get("whole_units", []))) or "(?!)"
    difference_alone = re.compile(
        rf"(?P<way>{change})了?(?<![0-9.,])(?P<d>[0-9]+)(?P<du>{whole_units})"
        rf"[，,](?:同比|环比)?(?P<word>{change})(?:了|为)?\Z")
    against = rf"(?:比|较)(?:{baseline}|[0-9]{{4}}年(?:同期|底|末)?)"
    amounts = (
        re.compile(  # 平均住院日7.3天，较上年同期的7.7天缩短0.5天
            rf"(?<![0-9.,])(?P<b>{FIGURE})(?P<bm>万|亿)?(?P<bu>{UNIT})[，,]?(?:同比|环比)?{against}的?[（(]?"
            rf"(?P<a>{FIGURE})(?P<am>万|亿)?(?P=bu)[）)]?[，,]?(?:同比|环比)?(?P<word>{change})了?"
            rf"(?P<d>{FIGURE})(?P<dm>万|亿)?(?P=bu)"),
        re.compile(  # 平均分由上年的612.3分提高到615.9分，提高了5.6分
            rf"(?:由|从)(?:(?:{baseline})的?)?{year}(?P<a>{FIGURE})(?P<am>万|亿)?(?P<bu>{UNIT})(?:{change})?(?:到|至|为)"
            rf"{year}(?P<b>{FIGURE})(?P<bm>万|亿)?(?P=bu)[，,](?:同比|累计|共)?(?P<word>{change})了?"
            rf"(?P<d>{FIGURE})(?P<dm>万|亿)?(?P=bu)"),
    )
    named = re.compile(r"(?P<run>[\u4e00-\u9fff]{2,6})率(?:为|达|达到|是|仅为|保持在|稳定在)?\Z")
    split_words = alternation(tuple(table.get("split_words", [])))
    split = re.compile(
        rf"按(?:照)?(?P<list>(?:[^，,。；;：:0-9%％]{{0,12}}?{SPLIT_SHARE}[、，,和与及]?){{2,8}})的?比例"
        rf"(?:进行|予以|共同|分别)?(?:{split_words})") if split_words else None
    synonyms = {entry["rate"]: tuple(entry["counted_as"]) for entry in table.get("synonyms", [])}
    return RateData(
        share, total_share, move, move_after, direction, change_word, compared, difference, difference_after,
        difference_alone, baseline_after, named, amounts,
        words["rise_words"], words["fall_words"],
        words["not_one_ratio"], words["approximate_before"], words["approximate_after"],
        words["at_least_before"], words["at_least_after"], words["at_most_before"], words["at_most_after"],
        words["approximate_figure_before"], words["approximate_figure_after"], table.get("people_units", ""),
        words["qualifiers"], words["increment_words"], words["not_rates"], synonyms, words["negations"],
        words["added_to_whole"], words["total_words"], words["scopes"],
        words["not_approximate"], words["total_endings"], words["completion_endings"],
        words["summing_words"], tuple(tuple(group) for group in table.get("same_units", [])),
        tuple(table.get("openers", ["其中"])), tuple(table.get("structure_words", [])),
        tuple(table.get("rank_units", [])), tuple(word for word in table.get("broad_words", []) if word), split,
        tuple(table.get("rest_words", [])), tuple(table.get("due_words", [])),
        tuple(table.get("about_figure_before", [])),
        re.compile(rf"[，,](?:{rest}){SPLIT_SHARE}") if (rest := alternation(tuple(table.get("rest_words", [])))) else None)


def _year(group: str = "") -> str:
    """A year or a time before a figure (2025年的, 目前); ``group`` names the year's digits."""
    digits = f"(?P<{group}>[0-9]{{4}})" if group else "[0-9]{4}"
    return rf"(?:(?:{digits}年(?:底|末|初)?|目前|当前|现在|今年|本年)的?)?"


class Said(NamedTuple):
    """A percentage as the draft states it, and where its sentence opens."""
    sentence: int
    before: int  # where the words before it end: 办结率| 93.1%, 占……的| 88.1%
    after: int  # where it ends
    value: Decimal
    points: bool  # 个百分点, not %
    bound: str  # "at_least" (92%以上), "at_most" (不足5%), "about" (约90%) or ""


class Span(NamedTuple):
    """A figure as written stands for any value from ``low`` to ``high``."""
    low: Decimal
    high: Decimal


def find_rate_mismatches(prose: str, data: RateData | None) -> Iterator[RateMismatch]:
    if data is None or not ("%" in prose or "％" in prose or "百分点" in prose):
        return
    for stated in STATED.finditer(prose):
        start, end = stated.start(), stated.end()
        sentence = _sentence_start(prose, start)
        lead = _bound_word(prose, sentence, start, data.approximate_before + data.at_least_before + data.at_most_before)
        about = (lead in data.approximate_before and _approximate_before(prose, start, (lead,), data)) \
            or prose.startswith(data.approximate_after, end)
        bound = "about" if about else "at_least" if (lead in data.at_least_before or prose.startswith(data.at_least_after, end)) else (
            "at_most" if (lead in data.at_most_before or prose.startswith(data.at_most_after, end)) else "")
        before = start - len(lead)
        if any(word in prose[max(sentence, before - 12):before] for word in data.not_one_ratio):
            continue
        said = Said(sentence, before, end, Decimal(stated.group("num")), stated.group("sign") == "个百分点", bound)
        for reader in (_share, _share_of_total, _named_share, _move, _move_after, _compared, _difference,
                       _difference_after, _difference_alone, _baseline_after, _named):
            verdict = reader(prose, said, data)
            if verdict is None:
                continue
            if verdict:
                worked, figures = verdict
                opens = _sentence_start(prose, start, SENTENCE_ENDS)
                yield RateMismatch(start, end, stated.group(), worked, figures, min(figures)[0] < opens)
            break


def find_amount_mismatches(prose: str, data: RateData | None) -> Iterator[RateMismatch]:
    """A change told as an amount must be the difference of its two ends: 由上年的612.3分提高到
    615.9分，提高了5.6分 is 3.6分; 较上年同期的7.7天缩短0.5天 from 7.3天 is 0.4天."""
    if data is None:
        return
    for pattern in data.amounts:
        for match in pattern.finditer(prose):
            if any(_approximate(prose, match, name, data) for name in ("a", "b", "d")):
                continue
            old, new, moved = _span(match, "a"), _span(match, "b"), _span(match, "d")
            word = match.group("word")
            rising = word in data.rise_words
            shown = f"由{_written(match, 'a')}到{_written(match, 'b')}"
            against = _against_the_figures(match, rising)
            if against:
                worked = f"{shown}是{against}，文中却说{word}"
            else:
                change = _moved(old, new, rising)
                if change.high >= moved.low and change.low <= moved.high:
                    continue
                difference = abs(_value(match, "b") - _value(match, "a")) / MULTIPLIERS[match.group("dm") or ""]
                worked = f"{shown}实际{word}{format(difference.normalize(), 'f')}{match.group('dm') or ''}{match.group('bu')}"
            stated = f"{word}{match.group('d')}{match.group('dm') or ''}{match.group('bu')}"
            yield RateMismatch(match.start("word"), match.end(), stated, worked, _spans(match, "a", "b"))


PART_SHARE = re.compile(
    rf"(?<![0-9.,])(?P<a>{FIGURE})(?P<am>万|亿)?(?P<au>[\u4e00-\u9fff]{{1,3}}?)[，,]?占(?:比)?(?:为|达)?"
    r"(?P<num>[0-9]{1,3}(?:\.[0-9]{1,3})?)[%％]")
PARTITION_LEAST = 3  # parts of a partition, each with its share: fewer prove nothing


def find_partition_mismatches(prose: str, data: RateData | None) -> Iterator[RateMismatch]:
    """Parts listed each with its share and no total (交通运营板块31.58亿元，占33.5%；工程建设板块
    38.26亿元，占42.6%；……) split their sum: when every share but one is its part over that sum,
    the one left is wrong. Parts of a larger whole (three of ten kinds) miss it all, and are
    left alone."""
    if data is None or "占" not in prose:
        return
    sentence, group = -1, []
    for match in PART_SHARE.finditer(prose):
        opens = _sentence_start(prose, match.start(), SENTENCE_ENDS)
        if group and (opens != sentence or match.group("au") != group[0].group("au")):
            yield from _partition_misfit(group, data)
            group = []
        sentence = opens
        if not _approximate(prose, match, "a", data):
            group.append(match)
    yield from _partition_misfit(group, data)


def find_direction_mismatches(prose: str, data: RateData | None) -> Iterator[RateMismatch]:
    """由A提高到B must go up and 由A减少到B down: 森林覆盖率由62.3%提高到61.8% is reported at its
    word. A change stated in percent right after it is the rate readers' (由A增加到B，增长p% is
    held to its figures there; a percentage of something else later in the sentence is not),
    and ranks and grades (排名由15位提升至8位, 由5.2等提升到4.6等) go the other way."""
    if data is None or not ("由" in prose or "从" in prose):
        return
    for match in data.direction.finditer(prose):
        unit = match.group("au") or ""
        if not (_same_unit(unit, match.group("bu") or "", data) or (unit and prose.startswith(unit, match.start("bu")))):
            continue  # 由20个工作日压缩至25个工作日: the second unit read short is the first's
        if match.group("bu") in data.rank_units:
            continue
        sentence_end = _sentence_end(prose, match.end(), SENTENCE_ENDS + "；;")
        if any(data.move.search(prose, match.start(), stated.start()) for stated in STATED.finditer(prose, match.end(), sentence_end)):
            continue  # 由A增加到B，增长p%: the rate readers hold it to its figures
        word = match.group("word")
        against = _against_the_figures(match, word in data.rise_words)
        if against:
            shown = f"由{_written(match, 'a')}到{match.group('b')}{match.group('bm') or ''}{unit or match.group('bu')}是{against}，文中却说{word}"
            yield RateMismatch(match.start("word"), match.end("word"), word, shown, _spans(match, "a", "b"))


# 去年同期分别为7起、5人、10人，同比分别下降28.6%、40.0%、30.0%: last year's figures of several
# counts, then the change of each.
PAIRED_BASELINES = re.compile(r"[，,](?:与|和|较|比)?(?:去年|上年)同期(?:相比)?分别(?:为|是)")
LISTED_FIGURE = re.compile(rf"(?P<num>{FIGURE})(?P<mult>万|亿)?(?P<unit>个?[\u4e00-\u9fff]{{1,3}}?)(?=[、和及，,；;。]|$)")
PAIRED_CHANGES = re.compile(r"[，,](?:同比)?分别(?P<word>[\u4e00-\u9fff]{1,2}?)了?(?=[0-9])")
LISTED_PERCENT = re.compile(r"(?P<num>[0-9]{1,4}(?:\.[0-9]{1,3})?)[%％]")


def find_paired_changes(prose: str, data: RateData | None) -> Iterator[RateMismatch]:
    """Several counts, last year's figure of each, and the change of each, in order: 发生事故5起、
    死亡3人、受伤7人，去年同期分别为7起、5人、10人，同比分别下降28.6%、40.0%、30.0%. Each
    percentage must be its pair's change, and each pair must move the way the word says. The
    counts are the last figures before 去年同期, one for each of last year's, in the same units."""
    if data is None or "分别" not in prose:
        return
    for opener in PAIRED_BASELINES.finditer(prose):
        was = _listed(prose, opener.end(), LISTED_FIGURE)
        changes = PAIRED_CHANGES.match(prose, was[-1].end()) if len(was) >= 2 else None
        if changes is None or changes.group("word") not in data.rise_words + data.fall_words:
            continue
        stated = _listed(prose, changes.end(), LISTED_PERCENT)
        sentence = _sentence_start(prose, opener.start(), SENTENCE_ENDS)
        now = [figure for figure in COUNTED.finditer(prose, sentence, opener.start())
               if figure.group("unit") not in DATE_UNITS][-len(was):]
        if len(stated) != len(was) or len(now) != len(was) or any(
                not _same_unit(new.group("unit"), old.group("unit"), data) for new, old in zip(now, was)):
            continue
        word = changes.group("word")
        rising = word in data.rise_words
        for new, old, said in zip(now, was, stated):
            verdict = _paired_change(new, old, said, rising, word)
            if verdict:
                yield RateMismatch(said.start(), said.end(), said.group(), verdict,
                                   ((old.start(), old.end()), (new.start(), new.end())))


def _listed(prose: str, at: int, item: re.Pattern) -> list[re.Match]:
    """Items set apart by 、 or 和 from ``at`` on: 7起、5人、10人."""
    found = []
    while (match := item.match(prose, at)) is not None:
        found.append(match)
        at = match.end()
        if prose[at:at + 1] not in ("、", "和", "及"):
            break
        at += 1
    return found


def _paired_change(new: re.Match, old: re.Match, said: re.Match, rising: bool, word: str) -> str:
    """How one pair's change differs from its stated percentage, or "" when it fits."""
    was, now = _figure_span(old), _figure_span(new)
    written = f"由{old.group()}到{new.group()}"
    against = _against(_figure_value(old), _figure_value(new), rising)
    if against:
        return f"{written}是{against}，文中却说{word}"
    if was.low <= 0:
        return ""
    worked = _relative(_moved(was, now, rising), was, rising)
    value = Decimal(said.group("num"))
    if _fits(worked, value, ""):
        return ""
    return f"{written}，实际{'增长' if rising else '下降'}约{_percent(worked, value)}%"


def find_structure_mismatches(prose: str, data: RateData | None) -> Iterator[RateMismatch]:
    """A structure told as shares in a ratio (三次产业结构为13.5∶39.2∶47.3) splits 100: its terms,
    each rounded at its last digit, must add up to 100. Only ratios of three or more terms, one
    at least with decimals, in a sentence naming a structure (``structure_words``) are read, and
    only those adding up to between 90 and 110: 1∶2∶3 is a ratio of another kind."""
    if data is None or not data.structure_words or not any(word in prose for word in data.structure_words):
        return
    for match in STRUCTURE_RATIO.finditer(prose):
        terms = re.split("[∶:]", match.group())
        if not any("." in term for term in terms):
            continue
        sentence = prose[_sentence_start(prose, match.start(), SENTENCE_ENDS):match.start()]
        if not any(word in sentence for word in data.structure_words):
            continue
        total, slack = _sum_of_shares(terms)
        if Decimal(90) <= total <= Decimal(110) and abs(total - 100) > slack:
            yield RateMismatch(match.start(), match.end(), match.group(), f"各项之和为{total}，不是100",
                               ((match.start(), match.end()),))


def find_split_mismatches(prose: str, data: RateData | None) -> Iterator[RateMismatch]:
    """Shares that split one whole between the parties listed (按县级60%、乡镇30%、村级10%的比例
    分担; a grade weighted 平时成绩30%、期末成绩70%计算) add up to 100, within the rounding of
    their terms. Words of a split are ``split_words``; a sentence saying that someone else bears
    the rest (其余, 剩余: ``rest_words``) is left alone."""
    if data is None or data.split is None or "比例" not in prose:
        return
    for match in data.split.finditer(prose):
        sentence = prose[_sentence_start(prose, match.start(), SENTENCE_ENDS):_sentence_end(prose, match.end(), SENTENCE_ENDS)]
        if any(word in sentence for word in data.rest_words):
            continue
        terms = [share.group("share") for share in re.finditer(SPLIT_SHARE, match.group("list"))]
        total, slack = _sum_of_shares(terms)
        if abs(total - 100) > slack:
            shown = "＋".join(f"{term}%" for term in terms)
            yield RateMismatch(match.start("list"), match.end("list"), match.group("list"),
                               f"{shown}＝{format(total.normalize(), 'f')}%，各项比例之和应为100%",
                               ((match.start("list"), match.end("list")),))


def find_rest_mismatches(prose: str, data: RateData | None) -> Iterator[RateMismatch]:
    """按市场租金的50%缴纳，其余60%由用人单位承担: a share and the rest of the whole after it, in
    the clause right after its own, add up to 100. Only a clause with one percentage, not a
    change's (增长12%) nor points, is read."""
    if data is None or data.rest_share is None or not ("%" in prose or "％" in prose):
        return
    for match in data.rest_share.finditer(prose):
        sentence = _sentence_start(prose, match.start())
        opens = max(prose.rfind(mark, sentence, match.start()) for mark in "，,；;：:（(") + 1
        shares = list(STATED.finditer(prose, opens, match.start()))  # 省级60%、市级20%，其余20%: two, not read
        if len(shares) != 1 or shares[0].group("sign") not in PERCENT:
            continue
        share = shares[0]
        if any(word in prose[max(opens, share.start() - 4):share.start()] for word in data.rise_words + data.fall_words):
            continue  # 同比增长12%，其余……: a change, not a share
        terms = [share.group("num"), match.group("share")]
        total, slack = _sum_of_shares(terms)
        if abs(total - 100) > slack:
            yield RateMismatch(match.start("share"), match.end(), prose[match.start("share"):match.end()],
                               f"{terms[0]}%＋{terms[1]}%＝{format(total.normalize(), 'f')}%，两项比例之和应为100%",
                               ((share.start(), share.end()),))


def _partition_misfit(parts: list[re.Match], data: RateData) -> Iterator[RateMismatch]:
    if len(parts) < PARTITION_LEAST:
        return
    spans = [_span(part, "a") for part in parts]
    whole = Span(sum(span.low for span in spans), sum(span.high for span in spans))
    misfits = []
    for part, span in zip(parts, spans):
        worked = _percentage_of(span, whole)
        if not _fits(worked, Decimal(part.group("num")), ""):
            misfits.append((part, worked))
    if len(misfits) != 1:
        return
    part, worked = misfits[0]
    total = sum(_value(each, "a") for each in parts) / MULTIPLIERS[part.group("am") or ""]
    shown = (f"各部分之和为{format(total.normalize(), 'f')}{part.group('am') or ''}{part.group('au')}，"
             f"{_written(part, 'a')}÷{format(total.normalize(), 'f')}{part.group('am') or ''}{part.group('au')}"
             f"≈{_percent(worked, Decimal(part.group('num')))}%")
    yield RateMismatch(part.start("num"), part.end(), part.group()[part.start("num") - part.start():], shown,
                       tuple((each.start("a"), each.end("au")) for each in parts))


def _sentence_start(prose: str, at: int, marks: str = SENTENCE_MARKS) -> int:
    floor = max(0, at - REACH)
    return max(prose.rfind(mark, floor, at) for mark in marks) + 1 or floor


def _sum_of_shares(terms: list[str]) -> tuple[Decimal, Decimal]:
    """The sum of shares as written, and how far their rounding may move it (47.3: 47.25 to 47.35)."""
    total = sum((Decimal(term) for term in terms), Decimal(0))
    return total, sum((_rounded(term, "", True).high - Decimal(term) for term in terms), Decimal(0))


def _sentence_end(prose: str, at: int, marks: str) -> int:
    return min((end for end in (prose.find(mark, at) for mark in marks) if end >= 0), default=len(prose))


def _bound_word(prose: str, start: int, at: int, words: tuple[str, ...]) -> str:
    return max((word for word in words if prose.startswith(word, at - len(word)) and at - len(word) >= start),
               key=len, default="")


# Each reader returns None when the sentence is not in its form, () when the percentage fits the
# figures, and (how the figures work out, where they stand) when it does not.


def _share(prose, said, data):
    match = data.share.search(prose, said.sentence, said.before)
    if match is None or said.points or not _same_unit(match.group("au"), match.group("bu"), data):
        return None
    if _approximate(prose, match, "a", data) or _approximate(prose, match, "b", data):
        return ()
    whole = _span(match, "b")
    worked = _percentage_of(_span(match, "a"), whole)
    if _fits(worked, said.value, said.bound):
        return ()
    for subject in COUNTED.finditer(prose, said.sentence, match.start()):
        # 新改建农村公路134.5公里，其中……村道66.3公里，完成年度计划130公里的103.5%: the sentence's total
        if prose.startswith(match.group("au"), subject.start("unit")) and not _approximate(prose, subject, "", data) \
                and _fits(_percentage_of(_figure_span(subject), whole), said.value, said.bound):
            return ()
    shown = f"{_written(match, 'a')}÷{_written(match, 'b')}≈{_percent(worked, said.value)}%"
    return shown, _spans(match, "a", "b")


def _share_of_total(prose, said, data):
    """其中老人和儿童1420人，占转移总人数的56.4%: a share of a total given before, the count
    before 其中 (累计转移避险群众3260人，其中……) or a figure after the total's own name
    (总投资4.82亿元 for 占总投资的)."""
    match = data.total_share.search(prose, said.sentence, said.before)
    if match is None or said.points or _approximate(prose, match, "a", data):
        return None
    name = match.group("name") or ""
    if match.group("did") and not name.endswith(data.total_endings):
        return None  # 15个乡镇完成规划编制，占乡镇总数的: what the part did, only before a total named
    wholes = _totals_before_opener(prose, said.sentence, match, name, data)
    if not wholes and name:
        wholes = [Whole(_figure_span(figure), figure.group(), figure.start(), figure.end())
                  for figure in _named_totals(prose, match, name, data)]
    if not wholes:
        return None
    part = _span(match, "a")
    worked_out = []
    for whole in wholes:  # the nearest first: 其中 may follow a figure of something else (20名任务)
        worked = _percentage_of(part, whole.span)
        if _fits(worked, said.value, said.bound):
            return ()
        worked_out.append(worked)
    whole = wholes[0]
    worked = _percentage_of(part, whole.shown) if whole.shown else worked_out[0]
    shown = f"{_written(match, 'a')}÷{whole.text}≈{_percent(worked, said.value)}%"
    return shown, ((whole.start, whole.end), (match.start("a"), match.end("au")))


def _named_share(prose, said, data):
    """城镇消费品零售额占社会消费品零售总额的比重为72.2%: a share between two names, each given
    its figure before (城镇消费品零售额71.20亿元, 社会消费品零售总额98.65亿元). Every pair of
    figures so named is tried; the share is reported only when none gives it."""
    match = NAMED_SHARE.search(prose, said.sentence, said.before)
    if match is None or said.points:
        return None
    floor = max(0, match.start() - NAMED_TOTAL_REACH)
    parts = _named_figures(prose, floor, match.start(), match.group("part"))
    wholes = _named_figures(prose, floor, match.start(), match.group("whole")) or \
        _total_figures(prose, floor, match.start(), match.group("whole"), data)
    pairs = [(part, whole) for part in parts for whole in wholes
             if _same_unit(whole.group("unit"), part.group("unit"), data) and _figure_value(whole) >= _figure_value(part)]
    if not pairs:
        return None
    worked_out = [_percentage_of(_figure_span(part), _figure_span(whole)) for part, whole in pairs]
    if any(_fits(worked, said.value, said.bound) for worked in worked_out):
        return ()
    part, whole = pairs[0]
    shown = f"{part.group()}÷{whole.group()}≈{_percent(worked_out[0], said.value)}%"
    return shown, ((part.start(), part.end()), (whole.start(), whole.end()))


def _named_figures(prose, floor, end, name):
    """The figures between ``floor`` and ``end`` right after ``name`` (and 为, 达, 完成, ：), nearest
    first. An approximate figure is not right after the name (网上信访约1640件, 1640余件)."""
    found = []
    for figure in reversed(list(COUNTED.finditer(prose, floor, end))):
        lead = prose[max(floor, figure.start() - len(name) - 2):figure.start()]
        lead = lead[:len(lead) - _lead_length(lead, NAMED_FIGURE_LEADS)]
        if lead.endswith(name) and not lead[:-len(name)].endswith(NEGATED):
            found.append(figure)  # 发现问题单位17家, not 未发现问题单位33家
    return found


def _total_figures(prose, floor, end, name, data):
    """The counts between ``floor`` and ``end`` that a total's name (检查单位总数) names after a
    summing word (共检查市直单位52家), nearest first; none for a name that is no total's."""
    core = _total_core(name, data)
    if core == name:
        return []
    found = []
    for figure in reversed(list(COUNTED.finditer(prose, floor, end))):
        lead = prose[max(floor, figure.start() - NAME_LONGEST):figure.start()]
        if _leads_to_total(lead[:len(lead) - _lead_length(lead)], name, core, data):
            found.append(figure)
    return found


class Whole(NamedTuple):
    """A total a share may be of."""
    span: Span
    text: str  # as shown: 3260人
    start: int
    end: int
    shown: Span | None = None  # the span the message works out from, when not ``span`` (约120万辆)


def _totals_before_opener(prose, sentence, match, name, data):
    """The counts that may be the total before 其中, nearest first: in the share's own sentence
    (……3260人，其中……), or in the sentence before when 其中 opens it (。其中，)."""
    opener = max(prose.rfind(word, sentence, match.start()) for word in data.openers)
    if opener < 0:
        return []
    if opener > 0 and prose.startswith("其中", opener - 1):
        opener -= 1  # 中， of 其中，
    start = _sentence_start(prose, opener if opener > sentence else max(0, sentence - 1), SENTENCE_ENDS)
    figures = [figure for figure in COUNTED.finditer(prose, start, opener)
               if _same_unit(figure.group("unit"), match.group("au"), data)
               and (not _approximate(prose, figure, "", data) or _about(prose, figure, data))]
    if any(SHARE_AFTER.match(prose, figure.end()) for figure in figures):
        return []  # 60岁以上81619人，占19.77%，其中65岁以上56842人，占13.77%: both of the population
    if name:  # 占转移总人数的: the total named as one, and the count it names
        if not any(word in name for word in data.total_words):
            return []  # 其中规上企业120家，占全市规上企业的15%: a whole of another scope
        figures = [figure for figure in figures
                   if _names_it(name, prose[_clause_start(prose, start, figure.start()):figure.start()],
                             prose[figure.end():opener], data)]
    wholes = [_whole(prose, figure, data) for figure in figures if _figure_value(figure) >= _value(match, "a")][::-1]
    if len(figures) > 1:  # 检出的38例宫颈病变和9例乳腺癌中，早期病例36例: both together
        total = Span(sum(_figure_span(figure).low for figure in figures), sum(_figure_span(figure).high for figure in figures))
        wholes.append(Whole(total, "（" + "＋".join(figure.group() for figure in figures) + "）",
                            figures[0].start(), figures[-1].end()))
    return wholes


LEAD_REACH = 3  # 共对58家: how far before a count its summing word may stand
ABOUT_FIGURE_SLACK = Decimal("0.05")  # 约120万辆 may be 114万 to 126万


def _about(prose: str, figure: re.Match, data: RateData) -> bool:
    """约120万辆: a figure said to be about so much (``about_figure_before``); not 超过120万辆 or
    1860余人次, which say only that it is more."""
    return _approximate_before(prose, figure.start(), data.about_figure_before, data)


def _whole(prose: str, figure: re.Match, data: RateData) -> Whole:
    """A count as a whole: an approximate one (约120万辆) within ``ABOUT_FIGURE_SLACK`` of itself."""
    span = _figure_span(figure)
    if _about(prose, figure, data):
        return Whole(Span(span.low * (1 - ABOUT_FIGURE_SLACK), span.high * (1 + ABOUT_FIGURE_SLACK)),
                     "约" + figure.group(), figure.start(), figure.end(), span)
    return Whole(span, figure.group(), figure.start(), figure.end())


def _named_totals(prose, match, name, data):
    """The figures before the share, nearest first, of its unit and no smaller than its part,
    after the total's own name: 总投资4.82亿元 for 占总投资的, not 总人口6.82万人 for 占户籍总人口的.
    Not a smaller total of one item (项目总投资36亿元), nor the part itself (总投资142.6亿元，占
    总投资的). The same name may total a segment (储能业务实现营业收入) and the whole
    (公司实现营业收入): the share is compared with each."""
    floor = max(0, match.start() - NAMED_TOTAL_REACH)
    part = _value(match, "a")
    core = _total_core(name, data)
    found = []
    for figure in reversed(list(COUNTED.finditer(prose, floor, match.start()))):
        if (not _same_unit(figure.group("unit"), match.group("au"), data) or _figure_value(figure) < part
                or _approximate(prose, figure, "", data) or SHARE_AFTER.match(prose, figure.end())):
            continue  # 热线电话受理36528件，占受理总量的75.5%: a part with its own share, not the total
        lead = prose[max(floor, figure.start() - NAME_LONGEST):figure.start()]
        lead = lead[:len(lead) - _lead_length(lead)]
        if _leads_to_total(lead, name, core, data) or _all_of_them(prose, figure, match, core, data):
            found.append(figure)  # 共接待游客186.4万人次 for 占接待游客总数的, not 白天受理37614件
    return found


def _all_of_them(prose: str, figure: re.Match, match: re.Match, core: str, data: RateData) -> bool:
    """全县18个乡镇 for 占乡镇总数的, 共对58家单位开展执法检查 for 占检查单位总数的: a count after
    a scope (全县) or a summing word (共) of what the total's core names after it, right after
    or, for a core of four characters or more, by its first two and last two in its clause.
    Not the part itself."""
    if core == match.group("name") or figure.start() == match.start("a"):
        return False
    after = _clause_after(prose, figure.end())
    if not (after.startswith(core) or (len(core) >= 4 and core[:2] in after and core[-2:] in after)):
        return False
    lead = prose[max(0, figure.start() - LEAD_REACH):figure.start()]
    return any(word in lead for word in data.scopes + data.summing_words)


def _total_core(name: str, data: RateData) -> str:
    """What a total's name counts: 接待游客 of 接待游客总数 (the name itself when it ends in no
    ``total_endings``)."""
    return next((name[:-len(word)] for word in data.total_endings if name.endswith(word) and len(name) > len(word) + 1),
                name)


def _leads_to_total(lead: str, name: str, core: str, data: RateData) -> bool:
    """Whether the words before a figure name it as the total ``name``: the name itself, or its
    core after a summing word (共接待游客 for 接待游客总数), or spelled apart after one."""
    return lead.endswith(name) or (core != name and (
        (lead.endswith(core) and _summing(lead[:-len(core)], data)) or _spelled_apart(lead, core, data)))


def _spelled_apart(lead: str, core: str, data: RateData) -> bool:
    """共检查定点医药机构 names 检查机构 of 占检查机构总数的: after a summing word, the first two
    characters of the total's name, more words, and its last two ending the lead."""
    if len(core) < 4 or not lead.endswith(core[-2:]):
        return False
    head = lead.rfind(core[:2], 0, len(lead) - 2)
    return head >= 0 and _summing(lead[:head], data)


def _summing(words: str, data: RateData) -> bool:
    return any(word in words for word in data.summing_words)


def _lead_length(lead: str, leads: tuple[str, ...] = TOTAL_LEADS) -> int:
    return next((len(word) for word in leads if lead.endswith(word)), 0)


def _names_it(name: str, before: str, after: str, data: RateData) -> bool:
    """Whether a total's name (转移总人数) may name a count, by the words of its clause before
    and after it (累计转移避险群众3260人; 在3286件次信访事项中): no scope they lack (全市 in
    占全市企业总数的 over 全县共有企业), and a word in common or a word saying the count is a
    total (合计27批次 for 占不合格总数的)."""
    words = before + after
    if any(scope in name and scope not in words for scope in data.scopes):
        return False
    return _summing(before[-3:], data) or any(name[index:index + 2] in words for index in range(len(name) - 1))


def _move(prose, said, data):
    match = data.move.search(prose, said.sentence, said.before)
    if match is None:
        return None
    if match.group("between") in ("同比", "环比"):
        if not match.group("base") and not (match.group("between") == "同比" and _last_year(prose, match)):
            return ()  # 由2019年的300张增加到450张，同比增长12%: 同比 is against last year, not 2019
    return _change(match, match.group("word"), said, data, f"由{_written(match, 'a')}到{_written(match, 'b')}")


DRAFT_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?=年)")
DRAFT_YEAR_WITHIN = 200  # the title and the first lines, where a summary names its year


def _last_year(prose: str, match: re.Match) -> bool:
    """由2025年的125万千瓦时降至118万千瓦时, the second end of no year, in a draft whose first
    year written (2026年度……工作总结) is the one after: the first end is last year's."""
    first = DRAFT_YEAR.search(prose, 0, DRAFT_YEAR_WITHIN)
    return (match.group("ya") is not None and match.group("yb") is None and first is not None
            and int(first.group()) == int(match.group("ya")) + 1)


def _move_after(prose, said, data):
    """同比增长35.6%，由上年的920万元增至1268.5万元: the change's ends after it."""
    word = data.change_word.search(prose, said.sentence, said.before)
    match = data.move_after.match(prose, said.after) if word else None
    if match is None:
        return None
    if word.group("between") and not match.group("base"):
        return ()  # 同比增长12%，由2019年的300张增加到450张: 同比 is against last year
    return _change(match, word.group("word"), said, data, f"由{_written(match, 'a')}到{_written(match, 'b')}")


def _compared(prose, said, data):
    match = data.compared.search(prose, said.sentence, said.before)
    if match is None:
        return None
    return _change(match, match.group("word"), said, data, f"由{_written(match, 'a')}到{_written(match, 'b')}")


def _change(match, word, said, data, shown):
    if not _same_unit(match.group("au") or "", match.group("bu") or "", data):
        return None
    if _approximate(match.string, match, "a", data) or _approximate(match.string, match, "b", data):
        return ()
    old, new = _span(match, "a"), _span(match, "b")
    rising = word in data.rise_words
    percentages = (match.group("au") or "") in PERCENT
    if old.low <= 0:
        return ()
    against = _against_the_figures(match, rising)
    if against:
        return f"{shown}是{against}，文中却说{word}", _spans(match, "a", "b")
    way = "增长" if rising else "下降"
    change = _moved(old, new, rising)
    relative = _relative(change, old, rising)
    if said.points:
        if not percentages or _fits(change, said.value, said.bound):
            return ()
        return f"{shown}，实际{way}约{_percent(change, said.value)}个百分点", _spans(match, "a", "b")
    if _fits(relative, said.value, said.bound) or (percentages and _fits(change, said.value, said.bound)):
        return ()
    return f"{shown}，实际{way}约{_percent(relative, said.value)}%", _spans(match, "a", "b")


def _relative(change: Span, old: Span, rising: bool) -> Span:
    """A change as a percentage of where it started, for every reading of the figures."""
    if rising:
        return Span(change.low / old.high * 100, change.high / old.low * 100)
    return Span(change.low / old.low * 100, change.high / old.high * 100)


def _against_the_figures(match: re.Match, rising: bool) -> str:
    """增加 or 减少 when the figures go against the word (a fall told as a rise), else ""."""
    return _against(_value(match, "a"), _value(match, "b"), rising)


def _against(old: Decimal, new: Decimal, rising: bool) -> str:
    if new == old or (new > old) == rising:
        return ""
    return "增加" if new > old else "减少"


def _moved(old: Span, new: Span, rising: bool) -> Span:
    """How far a figure may have moved between two written ends, the way the word says."""
    return Span(new.low - old.high, new.high - old.low) if rising else Span(old.low - new.high, old.high - new.low)


def _difference(prose, said, data):
    return _differing(prose, said, data, data.difference.search(prose, said.sentence, said.before))


def _difference_after(prose, said, data):
    """B，同比下降p%，比去年同期减少D: the difference told after the percentage."""
    if prose[said.after:said.after + 1] not in ("，", ",") or prose[said.after + 1:said.after + 2] not in "比较同环":
        return None
    match = _around(prose, said, data.difference_after)
    return _differing(prose, said, data, match) if match is not None else None


def _baseline_after(prose, said, data):
    """B，同比增长p%（上年为A）: last year's figure in brackets after the percentage."""
    if prose[said.after:said.after + 1] not in ("（", "("):
        return None
    match = _around(prose, said, data.baseline_after)
    if match is None:
        return None
    return _change(match, match.group("word"), said, data, f"由{_written(match, 'a')}到{_written(match, 'b')}")


def _around(prose: str, said: Said, pattern: re.Pattern) -> re.Match | None:
    """A match of a pattern holding the percentage itself (group ``p``) and figures on both sides."""
    for match in pattern.finditer(prose, said.sentence, min(len(prose), said.after + REACH)):
        if match.end("p") == said.after:
            return match
    return None


def _difference_alone(prose, said, data):
    """减少5人，下降14.6%: a change of a count of whole things told by its difference alone. The
    count before it was a whole number too, so the percentage must be D÷k for a whole k (D or
    more when it fell): 5 people are 14.7% of 34 and 14.3% of 35, and no count gives 14.6%."""
    match = data.difference_alone.search(prose, said.sentence, said.before)
    if match is None or said.points:
        return None
    told = f"{match.group('way')}{match.group('d')}{match.group('du')}"
    if (match.group("way") in data.rise_words) != (match.group("word") in data.rise_words):
        return f"{told}，文中却说{match.group('word')}", _spans(match, "d")
    if said.bound or said.value <= 0:
        return ()
    moved = int(match.group("d"))
    step = Decimal(1).scaleb(said.value.as_tuple().exponent)
    # as _fits reads a percentage: D÷k rounded or cut off at its last digit, for k past least up to most
    least = moved * 100 / (said.value + step)
    most = moved * 100 / (said.value - step / 2) if said.value > step / 2 else Decimal("Infinity")
    lowest = moved if match.group("way") in data.fall_words else 1  # a fall of 5 was from 5 or more
    if max(int(least) + 1, lowest) <= most:
        return ()
    unit = match.group("du")
    if lowest > most:
        return f"{told}，降幅最多100%", _spans(match, "d")
    shown = "，".join(f"{moved}{unit}÷{k}{unit}≈{_percent(Span(Decimal(moved * 100) / k, Decimal(moved * 100) / k), said.value)}%"
                     for k in (int(least), int(least) + 1) if k >= lowest)
    return f"{told}，原数是整数，得不出{said.value}%：{shown}", _spans(match, "d")


def _differing(prose, said, data, match):
    if match is None or said.points or not _same_unit(match.group("bu"), match.group("du"), data):
        return None
    if _approximate(prose, match, "b", data) or _approximate(prose, match, "d", data):
        return ()
    rising = match.group("way") in data.rise_words
    if rising != (match.group("word") in data.rise_words):
        shown = f"{match.group('against')}{match.group('way')}{_written(match, 'd')}，文中却说{match.group('word')}"
        return shown, _spans(match, "b", "d")
    now, moved = _span(match, "b"), _span(match, "d")
    if rising:
        if now.low - moved.high <= 0:
            return ()
        worked = Span(moved.low / (now.high - moved.low) * 100, moved.high / (now.low - moved.high) * 100)
        was = f"{_written(match, 'b')}－{_written(match, 'd')}"
    else:
        worked = _percentage_of(moved, Span(now.low + moved.low, now.high + moved.high))
        was = f"{_written(match, 'b')}＋{_written(match, 'd')}"
    if _fits(worked, said.value, said.bound):
        return ()
    shown = f"{_written(match, 'd')}÷（{was}）≈{_percent(worked, said.value)}%"
    return shown, _spans(match, "b", "d")


def _named(prose, said, data):
    match = data.named.search(prose, said.sentence, said.before)
    if match is None or said.points:
        return None
    run = match.group("run")
    if (run + "率").endswith(data.not_rates) or _joint_rate(run):
        return None
    sentence = _with_whole_before(prose, said.sentence)
    figures = [figure for figure in COUNTED.finditer(prose, sentence, match.start())
               if not _approximate(prose, figure, "", data) and not prose.startswith("个百分点", figure.start("unit"))
               and figure.group("unit") not in DATE_UNITS]
    pairs = _parts_and_wholes(prose, sentence, run, figures, data)
    if pairs is None and sentence == said.sentence:
        earlier = _summed_before(prose, sentence, data)
        if earlier:
            pairs = _parts_and_wholes(prose, earlier[0].start(), run, earlier + figures, data)
    if not pairs:
        return pairs  # None: no figure counts what the rate does; (): one may, not given here
    added = run.endswith(data.added_to_whole)
    worked_out = []
    for part, whole, complement, some in pairs:
        if some:  # 86项提前达标 under 达标率: any count from 86 up to the whole
            shown = _some_of(part, whole, said)
            if not shown:
                return ()
            worked_out.append(shown)
            continue
        counted, total = _figure_span(part), _figure_span(whole)
        wholes = [total, Span(total.low + counted.low, total.high + counted.high)] if added else [total]
        for total in wholes:  # saved over the budget, or over what was spent and saved together
            worked = _percentage_of(counted, total)
            if complement:
                worked = Span(100 - worked.high, 100 - worked.low)
            if _fits(worked, said.value, said.bound):
                return ()
            worked_out.append(worked)
    part, whole, complement, some = pairs[0]
    figures = ((whole.start(), whole.end()), (part.start(), part.end()))
    if some:
        return worked_out[0], figures
    ratio = f"{'1－' if complement else ''}{part.group()}÷{whole.group()}"
    return f"{ratio}≈{_percent(worked_out[0], said.value)}%", figures


def _summed_before(prose: str, sentence: int, data: RateData) -> list[re.Match]:
    """全年共收到申请136件，其中……。截至12月31日已办结130件，办结率95.6%: with no whole in its
    own sentence, a rate's whole may be the total of the sentence before, a count its clause
    sums (共, 累计: ``summing_words``)."""
    if sentence < 2 or prose[sentence - 1] != "。":
        return []
    before = _sentence_start(prose, sentence - 1, SENTENCE_ENDS)
    return [figure for figure in COUNTED.finditer(prose, before, sentence - 1)
            if figure.group("unit") not in DATE_UNITS and not _approximate(prose, figure, "", data)
            and any(word in prose[_clause_start(prose, before, figure.start()):figure.start()]
                    for word in data.summing_words)]


def _joint_rate(run: str) -> bool:
    """满意和基本满意率: a rate of two parts joined, the second of two characters or more; not
    及格率 or 普及率, whose 及 is a character of the word."""
    return any(run.find(joint, 1) >= 0 and len(run) - run.find(joint, 1) > 2 for joint in JOINTS)


def _some_of(part: re.Match, whole: re.Match, said: Said) -> str | tuple:
    """A rate of which the part counts only some (提前达标86项 under 达标率, of 92项) is at least
    part÷whole, and over a count of whole things one of k÷whole for a whole number k from the
    part up to the whole. () when the stated rate may be one; how the figures fall short of it
    when it may not."""
    counted, total = _figure_span(part), _figure_span(whole)
    least = _percentage_of(counted, total)
    if not _fits(Span(least.low, Decimal(100)), said.value, said.bound):
        return f"至少{part.group()}÷{whole.group()}≈{_percent(least, said.value)}%"
    exact = counted.low == counted.high and total.low == total.high
    if not exact or said.bound or total.low > WHOLE_COUNTS_CHECKED:
        return ()
    count, unit = int(total.low), whole.group("unit")
    shares = [(k, Decimal(k) * 100 / count) for k in range(int(counted.low), count + 1)]
    if any(_fits(Span(share, share), said.value, "") for _, share in shares):
        return ()
    below = [k for k, share in shares if share < said.value][-1:]
    above = [k for k, share in shares if share > said.value][:1]
    return "，".join(f"{k}{unit}÷{whole.group()}≈{_percent(Span(Decimal(k) * 100 / count, Decimal(k) * 100 / count), said.value)}%"
                    for k in below + above)


def _with_whole_before(prose: str, sentence: int) -> int:
    """Where the figures of a rate are looked for: its sentence, and the one before when its own
    opens with 其中 (毕业生共5826人。其中，已落实5236人，落实率89.9%)."""
    if sentence < 2 or not prose.startswith("其中", sentence) or prose[sentence - 1] not in "。；;":
        return sentence
    return _sentence_start(prose, sentence - 1)


class Counted(NamedTuple):
    """How a clause counts what a rate does."""
    word: str  # the word it counts under: 办结 for 办结率, 实到 for 出席率
    complement: bool  # it counts the rest: 不合格18批次 under 合格率
    narrowing: str  # what the rate's word says before that word: 重点人群 in 重点人群签约率
    some: bool = False  # it counts only some of what the rate does: 提前办结298件 under 办结率


def _parts_and_wholes(prose, sentence, run, figures, data):
    """Each figure counting what the rate does, with each figure before it that may be its
    whole: (part, whole, complement). () when a part counts only what is new (新增) or the
    rate narrows its part (按期办结率 over 办结298件)."""
    added = run.endswith(data.added_to_whole)
    pairs = []
    for index, part in enumerate(figures):
        opens = _clause_start(prose, sentence, part.start())
        clause = prose[opens:part.start()]
        counted = _counted_word(run, clause, data) or _counted_after(run, _clause_after(prose, part.end()), data)
        if counted is None:
            continue
        if counted == "narrowed" or any(increment in clause for increment in data.increment_words):
            return ()
        listed = prose.find("其中", sentence, part.start())
        part_after = _clause_after(prose, part.end())
        for whole in figures[:index]:
            if not _same_unit(whole.group("unit"), part.group("unit"), data):
                continue
            if not added and _figure_value(whole) < _figure_value(part):
                continue
            if 0 <= listed < whole.start() and not any(mark in prose[whole.end():part.start()] for mark in "，,；;"):
                continue  # 其中企业吸纳就业653人、自主创业214人: two of one list
            whole_clause = prose[_clause_start(prose, sentence, whole.start()):whole.start()] \
                + _clause_after(prose, whole.end())
            if whole.start() < opens and _counts_the_same(prose, whole, counted.word, data):
                continue  # 首剂接种15862人、第二剂接种15304人: a count of the same doing (应参保 is its whole)
            if any(_bigrams_in(counted.narrowing, clause + part_after) - _bigrams_in(counted.narrowing, whole_clause)):
                continue  # 常住人口3.2万人，重点人群已签约7800人 under 重点人群签约率; 合作社126个，覆盖98个乡镇
            if _names_another(counted.narrowing, whole_clause + clause + part_after, data):
                continue  # 420批次样品中，合格414批次 under 蔬菜合格率: the vegetables alone
            if counted.some and counted.complement:
                continue  # 提前未达标: no rate of either
            pairs.append((part, whole, counted.complement, counted.some))
    return pairs or None


def _counts_the_same(prose: str, whole: re.Match, word: str, data: RateData) -> bool:
    """The figure before the part counts the same doing, its word right before it or right
    after (第二剂接种15304人), not as a piece of a longer name further off (就业年龄段持证残疾人共
    3.2万人 under 就业率). A count of those due (应参保) is the rate's whole."""
    reach = COUNTED_REACH + len(word)
    before = re.split(CLAUSE_END, prose[max(0, whole.start() - reach):whole.start()])[-1]
    after = re.split(CLAUSE_END, prose[whole.end():whole.end() + reach])[0]
    near = before if word in before else after if word in after else ""
    return bool(near) and not any(due + word in near for due in data.due_words)


def _names_another(narrowing: str, said: str, data: RateData) -> bool:
    """The rate's word narrows what it counts by a name the figures' clauses never say: 蔬菜合格率
    after 420批次样品中，合格414批次 is the vegetables' rate, not the samples'. Words that narrow
    nothing (总体, 综合: `broad_words`) are dropped from its front first."""
    while narrowing.startswith(data.broad_words):
        narrowing = narrowing[len(next(word for word in data.broad_words if narrowing.startswith(word))):]
    return len(narrowing) >= 2 and not _bigrams_in(narrowing, said)


def _bigrams_in(words: str, text: str) -> set[str]:
    return {words[index:index + 2] for index in range(len(words) - 1) if words[index:index + 2] in text}


def _counted_word(run: str, clause: str, data: RateData) -> Counted | str | None:
    """Whether the clause counts what the rate does, by the longest ending of the rate's word
    (or another name for it) standing at most ``COUNTED_REACH`` characters before the figure:
    None when it does not, "narrowed" when the rate's word narrows it (按期办结率 over 办结298件).
    A rate of finishing (整改完成率) counts what its word before 完成 does (已完成整改55个)."""
    done = next((word for word in data.completion_endings if run.endswith(word) and len(run) > len(word) + 1), "")
    if done:
        counted = _counted_word(run[:-len(done)], clause, data)
        if counted is not None:
            return counted
    for length in range(len(run), 1, -1):
        word = run[-length:]
        for name in (word,) + data.synonyms.get(word, ()):
            at = clause.rfind(name, max(0, len(clause) - COUNTED_REACH - len(name)))
            if at < 0:
                continue
            return _counted(run[:-length], name, clause[:at], data)
    return None


def _counted_after(run: str, tail: str, data: RateData) -> Counted | str | None:
    """Whether the words right after a figure count what the rate does, as in 86项提前达标 under
    达标率: the rate's word (or another name for it) at most ``COUNTED_REACH`` characters on."""
    for length in range(len(run), 1, -1):
        word = run[-length:]
        for name in (word,) + data.synonyms.get(word, ()):
            at = tail.find(name, 0, COUNTED_REACH + len(name))
            if at >= 0 and not tail.startswith("率", at + len(name)):  # 2025年度执行率: the rate itself
                return _counted(run[:-length], name, tail[:at], data)
    return None


def _counted(narrowed: str, name: str, lead: str, data: RateData) -> Counted | str:
    """How a figure whose clause says ``lead`` right before ``name`` counts a rate whose word
    says ``narrowed`` before it."""
    if narrowed.endswith(data.qualifiers):
        return "narrowed"
    negated_rate = narrowed.endswith(data.negations)
    negated_clause = lead.endswith(data.negations) and not name.startswith(data.negations)
    return Counted(name, negated_rate != negated_clause, narrowed, lead.endswith(data.qualifiers))


def _clause_after(prose: str, at: int) -> str:
    """The words after a figure, up to the end of its clause."""
    end = CLAUSE_END.search(prose, at, at + REACH)
    return prose[at:end.start()] if end is not None else ""


def _clause_start(prose: str, sentence: int, at: int) -> int:
    return max([prose.rfind(mark, sentence, at) for mark in CLAUSE_MARKS] + [sentence - 1]) + 1


def _same_unit(one: str, other: str, data: RateData) -> bool:
    if one == other:
        return True
    people = data.people_units
    if one and other and one in people and other in people:
        return True
    return any(one in group and other in group for group in data.same_units)


def _approximate(prose: str, match: re.Match, name: str, data: RateData) -> bool:
    """约120人, 1860余人次; not 签约7800人, whose 约 ends another word."""
    group = name or 0
    start, end = match.start(group), match.end(group)
    if name:
        end = max(end, match.end(name + "m") if match.group(name + "m") else end)
    else:
        end = match.end("mult") if match.group("mult") else match.end("num")
    return (_approximate_before(prose, start, data.approximate_figure_before, data)
            or prose.startswith(data.approximate_figure_after, end))


def _approximate_before(prose: str, at: int, words: tuple[str, ...], data: RateData) -> bool:
    return any(prose.startswith(word, at - len(word)) for word in words) and \
        not any(prose.startswith(word, at - len(word)) for word in data.not_approximate)


def _value(match: re.Match, name: str) -> Decimal:
    return Decimal(match.group(name).replace(",", "")) * MULTIPLIERS[match.group(name + "m") or ""]


def _span(match: re.Match, name: str) -> Span:
    return _rounded(match.group(name), match.group(name + "m") or "", _unit(match, name) in PERCENT)


def _figure_value(match: re.Match) -> Decimal:
    return Decimal(match.group("num").replace(",", "")) * MULTIPLIERS[match.group("mult") or ""]


def _figure_span(match: re.Match) -> Span:
    return _rounded(match.group("num"), match.group("mult") or "", False)


def _rounded(text: str, multiplier: str, percentage: bool) -> Span:
    """A count of whole things written in full (1268项) is exact; a figure with decimals, in 万
    or 亿, or a percentage, is rounded at its last digit."""
    try:
        value = Decimal(text.replace(",", ""))
    except InvalidOperation:
        return Span(Decimal(0), Decimal(0))
    size = MULTIPLIERS[multiplier]
    exponent = value.as_tuple().exponent
    if exponent == 0 and not multiplier and not percentage:
        return Span(value, value)
    half = Decimal(1).scaleb(exponent) / 2
    return Span((value - half) * size, (value + half) * size)


def _percentage_of(part: Span, whole: Span) -> Span:
    """Every percentage a part and a whole, each anywhere in its span, may give (any at all
    when the whole may be nothing)."""
    if whole.low <= 0:
        return Span(Decimal(0), Decimal("Infinity"))
    return Span(part.low / whole.high * 100, part.high / whole.low * 100)


def _fits(worked: Span, stated: Decimal, bound: str) -> bool:
    """Whether a percentage written ``stated`` may come from figures giving ``worked``: rounded
    (98.66 → 98.7) or cut off (98.66 → 98.6) at its last digit."""
    step = Decimal(1).scaleb(stated.as_tuple().exponent)
    lowest, highest = stated - step / 2, stated + step
    if bound == "about":  # 约81.2%: near, not exact; far off only when a tenth or 2.5 points away
        slack = max(ABOUT_SLACK, stated / 10)
        return worked.high >= stated - slack and worked.low <= stated + slack
    if bound == "at_least":
        return worked.high >= lowest
    if bound == "at_most":
        return worked.low < highest
    return worked.high >= lowest and worked.low < highest


def _percent(worked: Span, stated: Decimal) -> str:
    """The worked-out percentage, to one more digit than the draft writes (at least one)."""
    digits = max(1, -stated.as_tuple().exponent)
    middle = (worked.low + worked.high) / 2
    return format(middle.quantize(Decimal(1).scaleb(-digits)), "f")


def _written(match: re.Match, name: str) -> str:
    return f"{match.group(name)}{match.group(name + 'm') or ''}{_unit(match, name)}"


def _unit(match: re.Match, name: str) -> str:
    """A figure's unit, or the unit all the figures of the pattern share (``bu``)."""
    group = name + "u" if name + "u" in match.re.groupindex else "bu"
    return match.group(group) or ""


def _spans(match: re.Match, *names: str) -> tuple[tuple[int, int], ...]:
    return tuple((match.start(name), match.end(name)) for name in names)
