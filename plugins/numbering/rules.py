"""NU001–NU007: each rule is a small function over the document's numbering model."""

from __future__ import annotations

import re
from collections import Counter
from itertools import chain
from typing import Iterator

from checker import Edit, Finding, Fix, Related, rule

from .breakdowns import (Breakdown, digit_slip, find_breakdowns, find_classified_totals, find_composed_totals,
                         find_counts_per_named_kind, find_listed_totals, find_summed_totals, find_unopened_breakdowns,
                         may_overlap)
from .counts import find_announcements, find_echoed_counts, find_stated_counts
from .rosters import find_composed_bodies, find_rosters
from .score_sums import find_inline_score_sums, find_score_sums
from .table_counts import find_honour_headings, find_table_counts
from .column_sums import find_column_sums
from .markers import ENUMERATION_CLASS, HEADING_CLASS, HEADING_RANK, Marker, render
from .decimals import DecimalSlip, find_decimal_slips
from .inline_lists import find_inline_lists
from .model import (breakdowns, column_sums, counts, decimals, grammar, inline_lists, outline, ranges, rates,
                    references, rosters, scores, votes, table_blocks, table_counts, tables, where)
from .numerals import NUMERAL_CHARACTERS, chinese_numeral, count_value
from .outline import Outline, Run
from .ranges import find_reversed_bounds, find_reversed_ranges
from .rates import (
    find_amount_mismatches, find_direction_mismatches, find_paired_changes, find_partition_mismatches,
    find_rate_mismatches, find_rest_mismatches, find_split_mismatches, find_structure_mismatches,
)
from .references import find_dangling_references
from .votes import find_roll_slips, find_vote_mismatches
from .tables import NUMBER, find_serial_slips, find_total_mismatches

STANDARD = "GB/T 9704-2012 7.3.3"
# Runs whose first number may legitimately be other than 1: articles and chapters are cited
# one at a time (依据第三条), Markdown lists may start anywhere (CommonMark start number).
FREE_START = ("part", "chapter", "section", "article")
# A stated count further than this from the list's length is a total of something else.
MAX_MISCOUNT = 2


# --------------------------------------------------------------------------------------------
# NU001 — sequence
# --------------------------------------------------------------------------------------------


@rule(
    "NU001", "numbering-sequence", "numbering", "error",
    "编号跳号、重号或顺序颠倒（一、二、四；两个“（二）”；一是、三是）",
    standard=STANDARD,
    bad=[
        "一、提高认识\n内容。\n二、突出重点\n内容。\n四、加强领导\n内容。",
        "（一）压实责任\n（二）强化督查\n（二）严格考核",
        "存在的问题：一是认识不到位；三是措施不够实。",
        "第一章 总则\n第一条 为了规范管理，制定本办法。\n第三条 本办法适用于全市。",
        "1.1 指导思想\n内容。\n1.2 基本原则\n内容。\n1.4 工作目标\n内容。",
    ],
    good=[
        "一、提高认识\n（一）统一思想\n（二）明确任务\n二、突出重点\n（一）抓好重点项目",
        "主要表现为：一是认识不到位；二是措施不够实；三是督查不够严。",
        "他是村里的第一书记，长期奔走在第一线，万一是误会，也要说清楚。",
        "1. 提高认识\n2. 突出重点\n3. 加强领导",
        "1.1 指导思想\n1.2 基本原则\n2.1 工作目标\n2.1.1 近期目标\n2.1.2 远期目标\n2.2 工作任务",
    ],
)
def numbering_sequence(doc, ctx) -> Iterator[Finding]:
    """A numbered sequence must count 1, 2, 3 … without gaps, repeats or swaps.

    A skipped number (一、二、四), a repeated one (two （二） under the same heading) or a
    swapped pair is the first thing a listener notices when the speaker says “第四” after
    “第二”, and it usually means a section was deleted or moved without renumbering. Numbering
    restarts under each parent item (GB/T 9704-2012 7.3.3: 一、 → （一） → 1. → （1）), so
    every run of markers is checked on its own: the headings of a speech, the （一）（二）
    under each 一、, the 一是…五是 inside a paragraph. A part with a title of its own (a
    bulletin's next article under its headline, a Markdown ## heading, a title the draft's
    本期要目 names) numbers from 一、 again. Articles (第X条) are numbered through
    the whole document, and so are the agenda items a host steps through (下面进行第三项议程)
    and the cases of a bulletin (【案例二】), the ``[[through]]`` patterns of the ruleset. The message names the expected marker and the
    one written; a repeat also points to the first occurrence.

    Ordinals that are not numbering are left alone: 第一书记, 第一线, 万一是, 唯一是, 统一是,
    第二批, 一二线城市, 十四五, dates, times and decimals. A Markdown ordered list numbered
    lazily (1. 1. 1.) is fine, as Markdown renumbers it.

    Decimal clause numbers (1.1, 1.2, 2.3.1, as GB/T 1.1-2020 numbers clauses) are checked
    against their parent's other clauses: 1.4 after 1.2, 3.2.3 twice. Figures, dates and dotted times at a
    paragraph's start (1.5亿元, 3.15晚会, 8.30 签到) are not clause numbers.

    A table's 序号 column counts its rows: a repeated or skipped row number (1, 2, 3, 3) is
    a row copied or deleted without renumbering, as a repeated （二） is.
    """
    model = outline(doc, ctx)
    for run in model.runs:
        yield from _sequence_findings(doc, model, run)
    for slip in find_decimal_slips(doc, decimals(ctx)):
        yield _decimal_finding(doc, slip)
    for slip in find_serial_slips(doc, tables(ctx), lambda: table_blocks(doc, ctx)):
        expected = str(slip.expected)
        message = DECIMAL_MESSAGES[slip.kind].format(expected=expected, written=slip.cell.text,
                                                     place="上一行")
        yield Finding(slip.cell.start, slip.cell.end, f"表格“序号”列{message}", suggestion=expected,
                      related=(Related(slip.earlier.start, slip.earlier.end, "上一行"),))


DECIMAL_MESSAGES = {
    "skip": "编号跳过了“{expected}”：应为“{expected}”，实为“{written}”",
    "repeat": "编号重复：应为“{expected}”，实为“{written}”，与{place}的“{written}”重复",
    "order": "编号顺序错乱：应为“{expected}”，实为“{written}”",
    "start": "这组编号没有从头开始：应为“{expected}”，实为“{written}”",
}


def _decimal_finding(doc, slip: DecimalSlip) -> Finding:
    marker, earlier = slip.marker, slip.earlier
    place = where(doc, earlier.start) if earlier is not None else ""
    message = DECIMAL_MESSAGES[slip.kind].format(expected=slip.expected, written=marker.text, place=place)
    related = ()
    if earlier is not None:
        related = (Related(earlier.start, earlier.end, "第一个" if slip.kind == "repeat" else "上一项"),)
    return Finding(marker.start, marker.end, message, suggestion=slip.expected, related=related)


def _sequence_findings(doc, model: Outline, run: Run) -> Iterator[Finding]:
    items = run.numbered
    if not items:
        return
    is_list = run.family.startswith("md-list")
    if is_list and len({m.value for m in items}) == 1:
        return  # 1. 1. 1. — Markdown numbers the list itself
    if len(items) < 2:
        return  # one marker is no sequence (an excerpt may start at 三、)
    severity = "warning" if is_list else None
    head = run.items[0]

    def expected(value: int) -> str:
        return head.render(value)

    first = items[0]
    if first.value != 1 and run.family in FREE_START:
        return  # articles quoted from a longer text (第三条…第七条) are an excerpt
    if first.value != 1 and _start_matters(doc, model, run, first) and not _numbered_through(doc, model, run):
        yield Finding(
            first.start, first.end,
            f"这组编号没有从头开始：应为“{expected(1)}”，实为“{first.text}”",
            suggestion=expected(1), severity=severity,
        )
    previous = first.value
    skip = -1
    for index in range(1, len(items)):
        if index == skip:
            continue
        marker = items[index]
        want = previous + 1
        if marker.value == want:
            previous = marker.value
            continue
        following = items[index + 1] if index + 1 < len(items) else None
        if following is not None and marker.value == want + 1 and following.value == want:
            yield Finding(
                marker.start, marker.end,
                f"编号顺序颠倒：“{marker.text}”排在“{following.text}”之前，应为“{expected(want)}”，"
                f"实为“{marker.text}”",
                suggestion=expected(want), severity=severity,
                related=(Related(following.start, following.end, f"“{following.text}”应在前"),),
            )
            skip = index + 1
            previous = marker.value
            continue
        earlier = next((m for m in items[:index] if m.value == marker.value), None)
        if earlier is not None:
            yield Finding(
                marker.start, marker.end,
                f"编号重复：应为“{expected(want)}”，实为“{marker.text}”，"
                f"与{where(doc, earlier.start)}的“{earlier.text}”重复",
                suggestion=expected(want), severity=severity,
                related=(Related(earlier.start, earlier.end, f"第一个“{earlier.text}”"),),
            )
        elif marker.value == want + 1 and not run.family.startswith("through:") and _written_otherwise(
                doc, items[index - 1], marker, expected(want)):
            pass  # 1. 2、 3.: the item is there in another style, which PU006 reports (but 三、 is
            # no 案例三: an ordinal counted through the draft has one style)
        elif marker.value > want:
            missing = expected(want) if marker.value == want + 1 else f"{expected(want)}”至“{expected(marker.value - 1)}"
            yield Finding(
                marker.start, marker.end,
                f"编号跳过了“{missing}”：应为“{expected(want)}”，实为“{marker.text}”",
                suggestion=expected(want), severity=severity,
                related=(Related(items[index - 1].start, items[index - 1].end, "上一项"),),
            )
        else:
            yield Finding(
                marker.start, marker.end,
                f"编号顺序错乱：应为“{expected(want)}”，实为“{marker.text}”",
                suggestion=expected(want), severity=severity,
                related=(Related(items[index - 1].start, items[index - 1].end, "上一项"),),
            )
        # One mislabelled item (一、二、二、四) is one finding: read it as the number it should
        # have had when the next item agrees; one stray item (一二三四三五) is passed over when
        # the next goes on from the one before it; otherwise the run really jumped.
        if following is not None and following.value == want + 1:
            previous = want
        elif following is not None and following.value == want:
            previous = want - 1
        else:
            previous = marker.value


# The number of a marker without its brackets and stops: （二） → 二, 2. → 2; the stops
# PU006 and NU004 report when one item of a run uses another.
_NUMERAL = re.compile(r"[0-9０-９]+|[〇零一二三四五六七八九十百]+")
_STOPS = "、.．"


def _written_otherwise(doc, before: Marker, after: Marker, wanted: str) -> bool:
    """A line between two items of a run opens with the missing number in another style
    (“2、” in a run of “1.”), so nothing was skipped: the item is written differently."""
    numeral = _NUMERAL.search(wanted)
    if numeral is None:
        return False
    between = doc.prose[before.end:after.start]
    # Same bracketing as the run: a （2） under “1.” is a sub-item, not “2.” in disguise.
    bracket = "[（(]" if wanted[0] in "（(" else ""
    shape = (f"(?m)^[ \t\u3000]*(?:[-*+][ \t]+|#+[ \t]+)?{bracket}{re.escape(numeral.group())}"
             f"[{re.escape(_STOPS)}]")
    if re.search(shape, between) is not None:
        return True
    # （二） 1. 2. 3. then 3、 where （三） should stand: the figure, with a stop the list under
    # （二） does not use, goes after its own 3. — the heading written in the wrong style
    value = count_value(numeral.group())
    if value is None or not bracket:
        return False
    return (re.search(rf"(?m)^[ \t\u3000]*{value}[.．]", between) is not None
            and re.search(rf"(?m)^[ \t\u3000]*{value}、", between) is not None)


# Families a list may number through its sections: 1. and （1）, and （一） in a list of
# measures (一、支持企业开拓国际市场 （一）……（三） 二、…… （四）……): GB/T 9704-2012 7.3.3 has
# （一） under each 一、, but a notice of 若干措施 often counts its measures through. The top
# level 一、 always starts at one.
THROUGH_FAMILIES = ("ar-dot", "ar-paren", "cn-paren")


# A line opening with a number in a stop of either style: an item between two runs.
ITEM_IN_ANOTHER_STYLE = re.compile(r"(?m)^[ \t\u3000]*[0-9０-９]{1,3}[、.．]")


def _numbered_through(doc, model: Outline, run: Run) -> bool:
    """A list numbered through its sections: 1.–4. under （一）, 5.–8. under （二）. The run
    before it at the same level, under the same parent list, is a list of its own (two items
    or more) and ended one below this run's start. A work plan may number its points through
    sections of different depth (一、 1.–5., then 二、 （一） 6.–9.): the last run of the family
    before it, anywhere, goes on into this one. It goes on too when it counted one item twice
    (13. 14. 14. then 16.), or when the item between is written in another style (23. 3、 25.)."""
    if run.family not in THROUGH_FAMILIES:
        return False
    first = run.numbered[0]
    earlier = [
        other for other in model.runs
        if other is not run and other.family == run.family and other.numbered
        and other.numbered[-1].start < first.start
    ]
    siblings = [other for other in earlier if other.parent_run is run.parent_run]
    for candidates in (siblings, earlier):
        if not candidates:
            continue
        previous = max(candidates, key=lambda r: r.numbered[-1].start).numbered
        if len(previous) < 2:
            continue
        # 13. 14. 14. or 21. 22. 23. 3、: the last item may stand for the one after the item before it
        if first.value - 1 in (previous[-1].value, previous[-2].value + 1):
            return True
        if first.value - 2 == previous[-1].value and ITEM_IN_ANOTHER_STYLE.search(
                doc.prose, previous[-1].end, first.start):
            return True  # 23. then 3、 (reported as a slip of its own) then 25.
    return False


def _start_matters(doc, model: Outline, run: Run, first: Marker) -> bool:
    if run.family in FREE_START or run.family.startswith(("md-list", "through:")):
        return False  # a host may open with 首先，请… and say 第二项议程 only from the second
    if first.auto:
        return False  # Word's numbering may continue a list on purpose
    if run.family in HEADING_RANK and not run.inline:
        return True
    if len(run.numbered) < 2:
        return False
    # 一是 written where it cannot be told from the text (主要有以下几点一是…二是…三是):
    # a first item that is there, just not after a boundary, is not missing.
    wanted = first.render(1)
    paragraphs = model.paragraphs
    index = first.paragraph
    floor = paragraphs[index - 1][0] if index > 0 else paragraphs[index][0]
    return wanted not in doc.prose[floor:first.start]


# --------------------------------------------------------------------------------------------
# NU002 — announced count
# --------------------------------------------------------------------------------------------


@rule(
    "NU002", "announced-count", "numbering", "error",
    "宣布的条数与后面列出的项数不符（讲三点意见，后面列了四条）",
    standard=STANDARD,
    bad=[
        "下面，我讲三点意见：\n一、提高认识\n二、突出重点\n三、狠抓落实\n四、加强领导",
        "重点要做到“五个一”。\n一是用好一个载体。\n二是夯实一个基础。\n三是突出一个重点。\n四是抓住一个关键。",
        "目前要抓好五项工作：一要抓好培训；二要抓好换届；三要抓好评议。",
        "问题主要集中在以下四个方面：学习不够深入；作风不够扎实；管理不够严格。",
    ],
    good=[
        "下面，我讲四点意见：\n一、提高认识\n二、突出重点\n三、狠抓落实\n四、加强领导",
        "我强调几点建议：\n一是抓学习。\n二是抓落实。\n三是抓督查。",
        "取得的成效重点体现两点：\n一方面，意识不断提高。\n另一方面，融合不断深入。",
    ],
)
def announced_count(doc, ctx) -> Iterator[Finding]:
    """An announced count (我讲三点意见 / 重点要做到“五个一” / 重点体现两点：) must match the
    items that follow it.

    A speech that promises three points and delivers four, or a “五个一” with four items, is
    caught by every listener who counts along; it is a classic trace of an item added or cut
    late. The announcement must end its paragraph (a courtesy such as “供大家参考” may follow)
    or be followed at once by the first item, and the first item must be a 1: then the items
    of that run are counted — at their own level, not the sub-items under them. An item
    written inline in a sibling's paragraph still counts. “几点” announces no number and is
    never checked.

    A count followed in the same sentence by its items set apart by 顿号 (分为以下四类：可回收
    物、有害垃圾、厨余垃圾; 下设六个工作组，分别为……; 实行“五统一”管理：统一编号、……) is
    compared with them, when every item is a plain name: an item joined by 和/及/与 may be two,
    one ending in 等 leaves the list open (``[inline_list] joiners``), and figures make it a
    breakdown. After a colon, clauses set apart by 分号 up to the full stop are items too
    (集中在以下四个方面：学习不深；作风不实；管理不严。), and so are lines after a colon that ends
    its line, each ending in 分号 and the last in a full stop (分为四级：/ Ⅰ级……；/ …… / Ⅲ级……。).
    A quoted count of one word whose items
    repeat it needs no colon (开展“法律七进”活动，推动法律进机关、进乡村……; “五个到位”：人员到位、
    物资到位……; ``echoed_words`` and ``echoed_endings``), and when the quote ends a heading
    (（四）“五个到位”。) its items are the next sentence.

    A count of a named thing after a verb such as 实施 (实施六大行动。) announces the headings
    below only when each of them names the thing (（一）实施梯度培育入库行动): 实施三大工程。
    over headings about something else is a statement, not a plan of the text.

    A count after 从 in Chinese numerals (我重点从五个方面进行对照检查) plans the text even in the
    middle of its paragraph: it is compared with the first run of headings below it that all
    end in its noun (（一）在……方面), one level down if need be (``[announcement] echoed``).
    After 以下 a count may stand a paragraph or two before the parts it announces, with the
    background between (主要做了以下五个方面工作。 / 柳塘村位于…… / 一、……).

    A heading with the size of its list in brackets (一、先进集体（5个）) is compared with the
    names under it, one a line or set apart by 顿号, where they can be counted for certain
    (``[roster]``). A sentence that points at the table below it (共设6个分会场，具体安排见下表)
    and holds one count of what the table's header names is compared with the table's rows,
    its total row left out (``[table_count]``).
    """
    model = outline(doc, ctx)
    data = counts(ctx)
    kinds = grammar(ctx).through
    yield from _inline_list_findings(doc, ctx)
    yield from _roster_findings(doc, ctx)
    yield from _composed_body_findings(doc, ctx)
    yield from _honour_heading_findings(doc, ctx)
    yield from _table_count_findings(doc, ctx)
    announcements = find_announcements(doc, model.paragraphs, data)
    yield from _echoed_count_findings(doc, model, data, {a.start for a in announcements})
    listed_before = {stated.start for stated in _stated_counts(doc, ctx) if not stated.partial}
    for announcement in announcements:
        if announcement.start in listed_before and not _colon_after(doc, announcement):
            continue  # 分为动员部署、集中整治、巩固提升三个阶段推进。: the items stand before the count
        # 共有四项议程：一是…二是… counts the items right after it; 共有五项议程。 alone counts the
        # host's steps (进行第一项议程…), whatever opens the next paragraph (首先，奏唱国歌)
        first = _first_inline_item(model, announcement)
        if first is None and _colon_after(doc, announcement):
            # 共有七项议程：\n一是……: the list itself
            first = _first_item_after(model, announcement, doc, data.minutes_fields)
            if first is None:
                first = _first_item_past_background(doc, model, announcement)
        through = False
        if first is None:
            first = _first_counted_through(doc, model, kinds, announcement)
            through = first is not None
        if first is None:
            first = _first_item_after(model, announcement, doc, data.minutes_fields)
        if first is None:
            first = _first_heading_of_its_section(doc, model, announcement)
        if first is None or first.value != 1:
            continue
        run = model.run(first)
        if run.items[0] is not first:
            continue
        if announcement.named_by_items and not _every_item_names(doc, run, _counted_noun(doc, announcement)):
            continue  # 实施三大工程。 over headings that are not the 工程
        if announcement.enumerated_after and not through and first.family not in ENUMERATION_CLASS:
            continue  # 有三大优势。 counts 一是…… (or 第一张名片 of its kind), not the headings below
        listed = len(run.items)
        if listed == announcement.count:
            continue
        if listed < announcement.count and run.last.value == announcement.count:
            continue  # 共有五项议程 … 第一项 … 第五项 with one skipped: NU001 reports the gap
        if (listed + 1 == announcement.count and data.last_step is not None
                and _last_step_follows(doc, model, run, through, data.last_step)):
            continue  # ……第三项议程…… 最后，请书记讲话: the last step is announced without its number
        if run.last.value is None and listed - 1 == announcement.count:
            continue  # 首先…其次…再次…, then 最后 closing the speech rather than a fourth point
        if listed - _closing_items(doc, run, data) <= announcement.count < listed:
            continue  # 以下五个方面。一、……五、…… then 六、存在的问题 七、下步打算
        if _counted_one_level_down(doc, model, run, announcement):
            continue  # 抓了以下六个方面的工作。一、主要工作及成效 （一）……（六）: the items one level down
        span = doc.text[announcement.start:announcement.end]
        phrase = span if span.startswith("“") else f"“{doc.text[announcement.start:announcement.phrase_end]}”"
        yield _count_mismatch(doc, announcement.start, announcement.end, phrase, "", run.items)


def _counted_one_level_down(doc, model: Outline, run: Run, announcement) -> bool:
    """A heading of the run names what was counted and the items under it are as many as
    announced: 六个方面的工作 … 一、全年主要工作及成效 （一）……（六）; 下设五个工作组 …
    （一）领导小组 （二）工作组 1.……5."""
    noun = _counted_noun(doc, announcement)
    if not noun:
        return False
    naming = [item for item in run.items if noun in _heading(doc, item)]
    # the first heading, or the one heading that names it: when several do (一、关于……的决议
    # under 四项决议), they are the items counted
    over = [run.items[0]] if naming[:1] == run.items[:1] else naming if len(naming) == 1 else []
    return any(len(child.items) == announcement.count
               for item in over for child in model.children.get(id(item), ()))


def _counted_noun(doc, announcement) -> str:
    """The last two characters of the noun counted (六个方面的工作 → 工作), or the classifier
    when it is the noun (五个工作组 → 工作组); empty for a bare measure word (三点)."""
    noun = doc.text[announcement.end:announcement.phrase_end][-2:]
    if len(noun) == 2:
        return noun
    classifier = doc.text[announcement.start:announcement.end].lstrip(NUMERAL_CHARACTERS).removeprefix("个")
    return classifier if len(classifier) >= 2 else ""


def _every_item_names(doc, run: Run, noun: str) -> bool:
    """Each heading of the run holds the noun counted (（一）实施梯度培育入库行动 under 六大行动)."""
    return bool(noun) and all(noun in re.split("[。！？]", _heading(doc, item), maxsplit=1)[0] for item in run.items)


def _heading(doc, item: Marker) -> str:
    """What follows an item's marker on its line: its heading, or its paragraph's text."""
    end = doc.text.find("\n", item.end)
    return doc.text[item.end:end if end >= 0 else len(doc.text)]


def _last_step_follows(doc, model: Outline, run: Run, through: bool, last_step: re.Pattern) -> bool:
    """最后，…… closes the steps without a number: anywhere after a host's numbered steps, or
    within a few paragraphs of a list's last item (第五项：……（代表发言） 最后，请……宣布)."""
    last = run.items[-1]
    if through:
        return last_step.search(doc.prose, last.end) is not None
    index = last.paragraph if last.paragraph is not None else -1
    if not 0 <= index < len(model.paragraphs) - 1:
        return False
    end = model.paragraphs[min(index + LAST_STEP_REACH, len(model.paragraphs) - 1)][1]
    return last_step.search(doc.prose[:end], model.paragraphs[index + 1][0] - 1) is not None


LAST_STEP_REACH = 3  # paragraphs after a list's last item where its unnumbered last step may stand


def _colon_after(doc, announcement) -> bool:
    return doc.prose[announcement.phrase_end:announcement.phrase_end + 3].lstrip(" \t\u3000\0")[:1] in ("：", ":")


def _echoed_count_findings(doc, model: Outline, data, announced: set[int]) -> Iterator[Finding]:
    """从五个方面进行对照检查 in the middle of a paragraph, then （一）……方面 to （四）……方面."""
    for echoed in find_echoed_counts(doc, model, data, announced):
        if len(echoed.items) != echoed.count:
            phrase = f"“{doc.text[echoed.start:echoed.end]}”"
            yield _count_mismatch(doc, echoed.start, echoed.end, phrase, f"以“{echoed.noun}”结尾的标题", echoed.items)


def _count_mismatch(doc, start: int, end: int, phrase: str, what: str, items) -> Finding:
    """The count at ``start``–``end`` (said as ``phrase``) against the ``items`` that follow."""
    first, last, listed = items[0], items[-1], len(items)
    return Finding(
        start, end,
        f"前面说{phrase}，后面{what}列出了{listed}项（“{first.text}”至“{last.text}”，"
        f"最后一项在{where(doc, last.start)}）",
        suggestion=_with_count(doc.text[start:end], listed),
        related=(
            Related(first.start, first.end, f"第一项“{first.text}”"),
            Related(last.start, last.end, f"最后一项“{last.text}”，共{listed}项"),
        ),
    )


def _closing_items(doc, run: Run, data) -> int:
    """How many of the last items close the report (六、存在的问题, 七、下一步打算): they are
    no items of the announced list. Only headings close a report: 四是经费保障不足 is a problem
    like the three before it."""
    closing = 0
    for item in reversed(run.items):
        if not item.is_heading:
            break
        heading = _heading(doc, item)[:20]
        if not any(word in heading for word in data.closing_items):
            break
        closing += 1
    return closing


SEPARATOR_NAMES = {"；": "分号", "，": "逗号", "，；": "逗号和分号"}


def _inline_list_findings(doc, ctx) -> Iterator[Finding]:
    """分为以下四类：可回收物、有害垃圾、厨余垃圾。: the count and its items in one sentence."""
    patterns, joiners, echo = inline_lists(ctx)
    if "、" not in doc.prose and "》《" not in doc.prose and "；" not in doc.prose and "”：" not in doc.prose:
        return
    for found in find_inline_lists(doc.prose, patterns, joiners, echo):
        listed = len(found.items)
        if listed == found.count:
            continue
        phrase = found.phrase if found.phrase.startswith("“") else f"“{found.phrase}”"
        shown = (_joined(found.items) if found.separator == "、"
                 else f"以{SEPARATOR_NAMES[found.separator]}隔开，从“{_clipped(found.items[0])}”到“{_clipped(found.items[-1])}”")
        yield Finding(
            found.start, found.end,
            f"前面说{phrase}，后面列出了{listed}项（{shown}）",
            suggestion=_with_count(doc.text[found.start:found.end], listed),
            related=(Related(found.end, found.last_end, f"共{listed}项"),),
        )


def _roster_findings(doc, ctx) -> Iterator[Finding]:
    """一、先进集体（5个） over four units: the heading's count against the names under it."""
    for roster in _miscounted_rosters(doc, ctx):
        (first_start, first_end), (last_start, last_end) = roster.first, roster.last
        count = doc.text[roster.count_start:roster.count_end]
        if first_start <= roster.count_start < first_end:  # 出席人员（共12人）：王建国、……
            yield Finding(
                roster.count_start, roster.count_end,
                f"说“{count}”，冒号后列出了{roster.names}个",
                suggestion=_with_count(count, roster.names),
            )
            continue
        yield Finding(
            roster.count_start, roster.count_end,
            f"标题说“{count}”，下面列出了{roster.names}个（从{where(doc, first_start)}到{where(doc, last_start)}）",
            suggestion=_with_count(count, roster.names),
            related=(Related(first_start, first_end, "名单第一行"),
                     Related(last_start, last_end, f"名单最后一行，共{roster.names}个")),
        )


def _composed_body_findings(doc, ctx) -> Iterator[Finding]:
    """领导小组由7人组成。 over the posts and six names."""
    for body in find_composed_bodies(doc, rosters(ctx)):
        (first_start, first_end), (last_start, last_end) = body.first, body.last
        count = doc.text[body.count_start:body.count_end]
        lines = (where(doc, first_start) if first_start == last_start
                 else f"从{where(doc, first_start)}到{where(doc, last_start)}")
        yield Finding(
            body.count_start, body.count_end,
            f"说“由{count}”，下面按职务列出了{body.names}人（{lines}）",
            suggestion="核对组成人数和名单",
            related=(Related(first_start, first_end, "名单第一行"),
                     Related(last_start, last_end, f"名单最后一行，共{body.names}人")),
        )


def _miscounted_rosters(doc, ctx) -> list:
    """The rosters whose heading's count their names do not bear out, found once."""
    return ctx.analysis(doc, "numbering.rosters", lambda: find_rosters(doc, rosters(ctx)))


def _honour_heading_findings(doc, ctx) -> Iterator[Finding]:
    """授予……等7个集体“……”称号 over a list headed 一、……（6个）. A heading whose own list
    disagrees with it is the roster check's to report (一、……（7个） over six names, after
    等6个团组织), so the decision is held only to a heading its list bears out."""
    found_headings = find_honour_headings(doc, table_counts(ctx), rosters(ctx).heading)
    if not found_headings:
        return
    miscounted = {roster.count_start for roster in _miscounted_rosters(doc, ctx)}
    for found in found_headings:
        if found.heading_start in miscounted:
            continue
        count = doc.text[found.start:found.end]
        heading = doc.text[found.heading_start:found.heading_end]
        yield Finding(
            found.start, found.end,
            f"前面说“{count}”，{where(doc, found.heading_start)}的名单标题是“{heading}”",
            suggestion=_with_count(count, found.heading_count), severity="warning",
            related=(Related(found.heading_start, found.heading_end, "名单标题中的数目"),),
        )


def _table_count_findings(doc, ctx) -> Iterator[Finding]:
    """共设6个分会场，具体安排见下表 over a table of five rows."""
    for found in find_table_counts(doc, table_counts(ctx), tables(ctx), lambda: table_blocks(doc, ctx),
                                   rosters(ctx).heading):
        count = doc.text[found.start:found.end]
        yield Finding(
            found.start, found.end,
            f"前面说“{count}”，{'下表列出了' if found.below else '名单列出了'}{found.rows}{'行' if found.below else '个'}"
            f"（从“{_clipped(found.first.text, 16)}”到“{_clipped(found.last.text, 16)}”）",
            suggestion=_with_count(count, found.rows), severity="warning",
            related=(Related(found.first.start, found.first.end, "表格第一行"),
                     Related(found.last.start, found.last.end, f"表格最后一行，共{found.rows}行")),
        )


def _clipped(item: str, most: int = 12) -> str:
    return item if len(item) <= most else item[:most] + "……"


def _joined(items: tuple[str, ...]) -> str:
    """The items as a list writes them: titles side by side (《甲》《乙》), others with 顿号."""
    return "".join(items) if all(item.startswith("《") for item in items) else "、".join(items)


def _first_counted_through(doc, model: Outline, kinds, announcement) -> Marker | None:
    """今天的会议共有四项议程。 … 进行会议第一项议程: the first item counted through the draft
    after an announcement that names its kind (the ``nouns`` of a ``[[through]]`` entry), in
    a run of at least two steps."""
    phrase = doc.text[announcement.start:announcement.phrase_end]
    for kind in kinds:
        if not any(noun in phrase for noun in kind.nouns):
            continue
        for run in model.runs:
            if run.family == f"through:{kind.name}" and run.items[0].start > announcement.end \
                    and len(run.items) >= 2:  # one step is no sequence
                return run.items[0]
    return None


# A host's last step announced without its number: 最后，请县委书记讲话.
def _first_inline_item(model: Outline, announcement) -> Marker | None:
    """The item right after the announcement in its own paragraph: 讲三点意见：一是……"""
    if announcement.first_item_at is not None:
        for marker in model.inline_by_paragraph.get(announcement.paragraph, ()):
            if marker.start == announcement.first_item_at:
                return marker
    return None


# How many unnumbered paragraphs may stand between 以下五个方面 and its first heading: a report
# announces its parts, then gives the background (柳塘村位于……) before 一、.
FORWARD_REACH = 2


def _first_item_after(model: Outline, announcement, doc=None, fields: re.Pattern | None = None) -> Marker | None:
    first = _first_inline_item(model, announcement)
    if first is not None:
        return first
    if not announcement.ends_paragraph:
        return None
    after = announcement.paragraph + 1
    first = model.paragraph_marker.get(after)
    if first is None and doc is not None:
        first = _first_item_under_label(doc, model, announcement)
    if first is None and doc is not None and fields is not None:
        first = _first_item_after_fields(doc, model, after, fields)
    if first is not None or not announcement.forward:
        return first
    for index in range(after, min(after + FORWARD_REACH + 1, len(model.paragraphs))):
        first = model.paragraph_marker.get(index)
        if first is not None:
            return first if first.family == "cn-dun" else None  # only a part's 一、 is reached
        if model.inline_by_paragraph.get(index):
            return None  # 一是……二是…… in the paragraph between: a list of its own
    return None


SECTION_INTRO_REACH = 4  # plain paragraphs at most between a section's heading and its plan


def _first_heading_of_its_section(doc, model: Outline, announcement) -> Marker | None:
    """二、坚持担当作为…… 一年来，我……重点抓了四个方面的工作。 这些工作…… （一）……: a count
    closing a paragraph in the opening of a section, before its first sub-heading, plans the
    sub-headings, with a paragraph or two of background between. The section's heading and the
    count stand with nothing numbered between them, and the sub-headings are the section's
    own first run."""
    if not announcement.ends_paragraph:
        return None
    heading = None
    for index in range(announcement.paragraph - 1, max(-1, announcement.paragraph - SECTION_INTRO_REACH - 1), -1):
        if model.inline_by_paragraph.get(index):
            return None
        heading = model.paragraph_marker.get(index)
        if heading is not None:
            break
    if heading is None or heading.family not in HEADING_CLASS:
        return None
    last = min(announcement.paragraph + FORWARD_REACH + 2, len(model.paragraphs))
    for index in range(announcement.paragraph + 1, last):
        first = model.paragraph_marker.get(index)
        if first is not None:
            children = model.children.get(id(heading), ())
            return first if any(run.items[0] is first for run in children) else None
        if _promises_its_own_list(doc, model, index):
            return None  # 主要特点如下：: the paragraph between promises a list of its own
    return None


def _first_item_past_background(doc, model: Outline, announcement) -> Marker | None:
    """存在三个方面的突出问题： then a paragraph of figures, then 一是……: a colon promises the
    list, and one plain paragraph of background may stand before it. The paragraph must hold
    no item and promise nothing of its own (no colon ending it), and the list must start at 1
    and be one of 一是 or 首先: headings after such a paragraph are the draft's own parts."""
    if not announcement.ends_paragraph:
        return None
    between = announcement.paragraph + 1
    if (between + 1 >= len(model.paragraphs) or model.paragraph_marker.get(between) is not None
            or _promises_its_own_list(doc, model, between)):
        return None
    first = model.paragraph_marker.get(between + 1)
    if first is None or first.value != 1 or first.family not in ENUMERATION_CLASS:
        return None  # headings (一、) after the paragraph are the draft's parts, not the list
    return first


def _promises_its_own_list(doc, model: Outline, index: int) -> bool:
    """A paragraph between a count and the list below holds items of its own (一是……二是……) or
    ends with a colon (主要特点如下：): the list below is its, not the count's."""
    start, end = model.paragraphs[index]
    return bool(model.inline_by_paragraph.get(index)) or doc.text[start:end].rstrip(" \t\u3000").endswith(("：", ":"))


def _first_item_after_fields(doc, model: Outline, after: int, fields: re.Pattern) -> Marker | None:
    """会议共有四项议程，现将会议议定事项纪要如下。 出席：……　列席：……　记录：……　一、……:
    the fields of minutes stand between the count and the first part it counts. Only a part's
    一、 is reached: a list of 1. after the fields is the agenda's only under its label."""
    index = after
    while index < min(after + LABEL_REACH, len(model.paragraphs)):
        marker = model.paragraph_marker.get(index)
        if marker is not None:
            return marker if index > after and marker.family == "cn-dun" else None
        start, end = model.paragraphs[index]
        if not fields.match(doc.prose, start, end):
            return None
        index += 1
    return None


LABEL_REACH = 8  # paragraphs between a count and the label over its list (minutes' fields)
LABEL_LONGEST = 10


def _first_item_under_label(doc, model: Outline, announcement) -> Marker | None:
    """会议共有五项议程。 … 出席：…　列席：…　记录：… 会议议程： 1．…: minutes name their fields
    between the count and the list, whose label repeats what was counted."""
    noun = _counted_noun(doc, announcement)
    if not noun:
        return None
    last = min(announcement.paragraph + LABEL_REACH, len(model.paragraphs) - 1)
    for index in range(announcement.paragraph + 1, last + 1):
        start, end = model.paragraphs[index]
        text = doc.text[start:end].strip(" \t\u3000")
        if model.paragraph_marker.get(index) is not None:
            return None  # a numbered paragraph before any label: some other list
        if len(text) <= LABEL_LONGEST and text.endswith(("：", ":")) and noun in text:
            return model.paragraph_marker.get(index + 1)
    return None


# --------------------------------------------------------------------------------------------
# NU003 — stated count after a list
# --------------------------------------------------------------------------------------------


@rule(
    "NU003", "stated-count", "numbering", "warning",
    "列举后所说的数目与所列项数不符（A、B、C等四个方面）",
    bad=[
        "我从安排部署、扎实学习、查摆问题、整改落实、领导带头、督抓落实等七个方面做了安排。",
        "继续采取时间、内容、形式“四个统一”的形式。",
        "认真落实村干部“选拔、退出、激励”四项机制。",
    ],
    good=[
        "我从安排部署、扎实学习、查摆问题、整改落实、领导带头、促进工作、督抓落实等七个方面做了安排。",
        "严格落实一月一次集体学习、一季度一次专题研讨和一堂主题党课的“三个一”要求。",
        "创先争优、创建学习型党组织、机关党的建设等“六项活动”都是重要举措。",
    ],
)
def stated_count(doc, ctx) -> Iterator[Finding]:
    """A count stated after an explicit list must equal the number of items listed.

    “从安排部署、扎实学习……等七个方面” that lists six, “时间、内容、形式“四个统一”” with three,
    “选拔、退出、激励”四项机制: the reader counts the list and finds the sentence wrong. The
    list is read back from the count to the start of its clause and split at 、 (not inside
    quotes or brackets; quoted items side by side, “A”“B”, need no 顿号); a last item joined by
    和/及/与 may count as two (A、B和C), and as one
    when the draft names it whole elsewhere (节粮减损和组织保障, a row of a table). A list
    followed by 等 and a quoted name (等“六项活动”) may be an excerpt of a set named elsewhere,
    so only a list longer than the count is reported there, and so is 等 before a count of
    people or units (张华、李明等五名同志) or names in quotes (“省级文明村”“县级平安村”等七项
    荣誉); 等七个方面 with six items is reported. Lists of
    numerals (一、二、三等奖), clauses, lists inside a modifier (做A、B的表率), counts in
    Arabic figures or far from the list's length (党员、干部12名; 荣誉十二项 — totals, not
    miscounts) and approximate counts (三个以上, 三个月) are not compared; but a figure after 等
    counting kinds (等7个竞赛项目) is, after a list of four items or more short of it by one at most.
    """
    for stated in _stated_counts(doc, ctx):
        if stated.partial:
            wrong = stated.low > stated.count
        else:
            wrong = not stated.low <= stated.count <= stated.high
        if not wrong:
            continue
        if min(abs(stated.count - stated.low), abs(stated.count - stated.high)) > MAX_MISCOUNT:
            continue  # 获得国家级、省级、市级荣誉十二项: a total, not the length of the list
        listed = stated.low if stated.count < stated.low else stated.high
        text = doc.text[stated.start:stated.end]
        named = text + _name_after(doc.text, stated.end)
        shown = "、".join(stated.items) if len(stated.items) <= 8 else "、".join(stated.items[:3]) + "……"
        first_item = stated.items[0]
        yield Finding(
            stated.start, stated.end,
            f"说“{named}”，前面实际列了{listed}项（{shown}）",
            suggestion=_with_count(text, listed),
            related=(Related(stated.list_start + max(0, len(doc.text[stated.list_start:stated.list_end])
                                                        - len(doc.text[stated.list_start:stated.list_end].lstrip())),
                             stated.list_end, f"所列{listed}项，从“{first_item[-6:]}”起"),),
        )


def _name_after(text: str, end: int) -> str:
    """The words after a count, for the message: 五个 → 五个专项; up to 的, which begins what
    the count describes (七个领域的投诉举报量 → 七个领域)."""
    tail = []
    for char in text[end:end + 4]:
        if not "\u4e00" <= char <= "\u9fff" or char == "的":
            break
        tail.append(char)
    return "".join(tail)


def _with_count(text: str, value: int) -> str:
    match = re.search(r"[一二两三四五六七八九十0-9０-９]+", text)
    if match is None:
        return text
    number = str(value) if match.group()[0] in "0123456789０１２３４５６７８９" else chinese_numeral(value)
    if number == "二":
        number = "两"  # before a measure word: 两点, 两个方面, 两项
    return text[:match.start()] + number + text[match.end():]


# --------------------------------------------------------------------------------------------
# NU004 — style within a level and hierarchy
# --------------------------------------------------------------------------------------------


@rule(
    "NU004", "numbering-style", "numbering", "warning",
    "同级编号体例不一致、序号标点用错或层级颠倒（（一）、 / 1.与2、混用）",
    standard=STANDARD,
    bad=[
        "（一）、统一思想\n（二）、明确任务",
        "1.提高认识\n2、突出重点\n3.加强领导",
        "一. 提高认识\n二. 突出重点",
        "1. 总体要求\n（一）指导思想\n（二）工作目标\n2. 主要任务",
        "（一）统一思想\n（二）（二）明确任务",
    ],
    good=[
        "（一）统一思想\n（二）明确任务",
        "1、提高认识\n2、突出重点\n3、加强领导",
        "一、总体要求\n（一）指导思想\n1. 坚持党的领导\n（1）提高政治站位",
    ],
    fixable=True,
)
def numbering_style(doc, ctx) -> Iterator[Finding]:
    """Markers of one level are written one way, with the punctuation their style takes, and
    levels nest in the order of GB/T 9704-2012 7.3.3: 一、 → （一） → 1. → （1）.

    * A Chinese numeral takes a 顿号 (一、), never a full stop (一.); a numeral in brackets
      takes nothing after the bracket: “（一）、” is wrong (GB/T 15834-2011 4.5.3.5 and the
      example of GB/T 9704). Both are safe fixes. PU006 reports both marks as punctuation
      when it runs, and this rule's report of them gives way.
    * One level written two ways — （一） beside (二), 1. beside 2、, 第一章 beside 第2章 — is
      reported at the minority form, with the majority form as the suggestion (unsafe fix).
    * An item written in a sibling family — 一是、二是、三要; 一、二、（三） — breaks the
      sequence's style; the suggestion continues the sequence in its own style.
    * A higher level used under a lower one (（一） under 1. while the 1. run goes on with 2.)
      turns the hierarchy upside down.
    * A marker written twice (（三）（三）加强督导考核) — typed on a paragraph Word numbers
      already, or pasted twice — is reported at the second copy (safe fix: delete it); so is
      2.2.疏散引导组 between 1. and 3., in a draft with no decimal outline.
    """
    model = outline(doc, ctx)
    yield from _doubled_markers(doc)
    yield from _doubled_figures(doc, model)
    yield from _punctuation_findings(model)
    yield from _mixed_variant_findings(doc, model)
    yield from _slip_findings(doc, model)
    yield from _inversion_findings(doc, model)


# A paragraph opening with the same marker twice: （三）（三）, 三、三、, 3.3. is a decimal number.
DOUBLED_MARKER = re.compile(
    r"^[ \t\u3000]*(?P<marker>[（(][一二三四五六七八九十0-9]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)"
    r"[ \t\u3000]*(?P=marker)", re.M)


def _doubled_markers(doc) -> Iterator[Finding]:
    for match in DOUBLED_MARKER.finditer(doc.prose):
        second = match.end() - len(match.group("marker"))
        yield Finding(
            second, match.end(), f"编号“{match.group('marker')}”写了两遍",
            suggestion="", fix=Fix.replace(match.end("marker"), match.end(), ""),
        )


DECIMAL_OPENING = re.compile(r"(?m)^[ \t\u3000]*[0-9]{1,2}[.．][0-9]")


def _doubled_figures(doc, model: Outline) -> Iterator[Finding]:
    """1. then 2.2.疏散引导组 then 3.: the missing 2. is written twice. 2.2. may be a clause of
    a decimal outline (2.1. 2.2.); in the gap of a run of 1., in a draft with no other decimal
    number opening a paragraph, it stands for the number due."""
    gaps = [(before, after) for run in model.runs if run.family == "ar-dot" and not run.inline
            for before, after in zip(run.numbered, run.numbered[1:])
            if before.value is not None and after.value == before.value + 2]
    if not gaps or len(DECIMAL_OPENING.findall(doc.prose)) != 1:
        return
    for before, after in gaps:
        due = before.value + 1
        doubled = re.compile(rf"(?m)^[ \t\u3000]*(?P<marker>{due}(?P<stop>[.．]))(?P=marker)(?=[\u4e00-\u9fff])")
        match = doubled.search(doc.prose, before.end, after.start)
        if match is not None:
            yield Finding(
                match.end("marker"), match.end(), f"编号“{match.group('marker')}”写了两遍",
                suggestion="", fix=Fix.replace(match.end("marker"), match.end(), ""),
            )


def _punctuation_findings(model: Outline) -> Iterator[Finding]:
    for marker in model.markers:
        if marker.auto:
            continue
        if marker.extra is not None:
            start, end = marker.extra
            yield Finding(
                start, end,
                f"“{marker.text}”后不加标点：括号里的序号后面不再用“、”“.”等",
                suggestion="", fix=Fix.replace(start, end, ""),
            )
        if marker.family == "cn-dun" and marker.variant != "、":
            right = marker.render(marker.value).replace(marker.variant, "、")
            yield Finding(
                marker.end - 1, marker.end,
                f"汉字序号后用顿号：应为“{right}”，实为“{marker.text}”",
                suggestion="、", fix=Fix.replace(marker.end - 1, marker.end, "、"),
            )


MIXABLE = ("cn-paren", "ar-dot", "ar-paren", "part", "chapter", "section", "article")


def _mixed_variant_findings(doc, model: Outline) -> Iterator[Finding]:
    """Paragraph-start markers of one family are compared across the document; markers inside
    paragraphs only within their own run (an inline 1、2、 list may differ from the headings)."""
    groups: dict[object, list[Marker]] = {}
    for marker in model.markers:
        if marker.auto or marker.family not in MIXABLE:
            continue
        key = marker.family if not marker.inline else id(model.run(marker))
        groups.setdefault(key, []).append(marker)
    for markers in groups.values():
        family = markers[0].family
        tally = Counter(m.variant for m in markers)
        if len(tally) < 2:
            continue
        first_seen = {m.variant: i for i, m in reversed(list(enumerate(markers)))}
        major = max(tally, key=lambda v: (tally[v], -first_seen[v]))
        example = next(m for m in markers if m.variant == major)
        for marker in markers:
            if marker.variant == major:
                continue
            right = render(family, major, marker.value)
            yield Finding(
                marker.start, marker.end,
                f"同一级编号写法不一致：应为“{right}”，实为“{marker.text}”"
                f"（{where(doc, example.start)}等处用“{example.text}”）",
                suggestion=right, fix=Fix.replace(marker.start, marker.end, right, "unsafe"),
                related=(Related(example.start, example.end, f"多数写法“{example.text}”"),),
            )


def _slip_findings(doc, model: Outline) -> Iterator[Finding]:
    for run in model.runs:
        for marker in run.slips:
            index = run.items.index(marker)
            before = run.items[index - 1]
            right = run.items[0].render(marker.value)
            yield Finding(
                marker.start, marker.end,
                f"同一组编号体例不一致：上一项是“{before.text}”，应为“{right}”，实为“{marker.text}”",
                suggestion=right, fix=Fix.replace(marker.start, marker.end, right, "unsafe"),
                related=(Related(before.start, before.end, f"上一项“{before.text}”"),),
            )


def _inversion_findings(doc, model: Outline) -> Iterator[Finding]:
    for run in model.runs:
        parent_run = run.parent_run
        if parent_run is None or run.inline or run.family not in HEADING_RANK:
            continue
        if parent_run.family not in HEADING_RANK or HEADING_RANK[run.family] >= HEADING_RANK[parent_run.family]:
            continue
        position = parent_run.items.index(run.parent)
        if position == len(parent_run.items) - 1:
            continue  # the lower run ended before: a list in the preamble, not an inversion
        first = run.items[0]
        parent = run.parent
        yield Finding(
            first.start, first.end,
            f"层级颠倒：“{first.text}”是比“{parent.text}”高的层级，不应排在“{parent.text}”之下"
            f"（依次为“一、”“（一）”“1.”“（1）”）",
            related=(Related(parent.start, parent.end, f"上级“{parent.text}”"),),
        )


# --------------------------------------------------------------------------------------------
# NU005 — layout
# --------------------------------------------------------------------------------------------


@rule(
    "NU005", "inline-item", "numbering", "warning",
    "同组各项都另起一段，唯独某一项写在上一项的段落中间",
    bad=[
        "一是抓学习。\n二是抓落实。\n三是抓督查。四是抓宣传，营造良好氛围。",
    ],
    good=[
        "一是抓学习。\n二是抓落实。\n三是抓督查。\n四是抓宣传。",
        "存在的问题：一是认识不到位；二是措施不够实；三是督查不够严。",
    ],
    fixable=True,
)
def inline_item(doc, ctx) -> Iterator[Finding]:
    """When the items of a run start paragraphs of their own, every item should.

    Template drafts often lose a paragraph break when pasted: “……四是以特色品牌促突破创新。
    ……。五是以广泛宣传促氛围营造。……” reads on as one paragraph, and a listener hears four
    points where the text has five. An item written inside the paragraph of a sibling, in a
    run where at least two items (and more than are inline) start paragraphs, is
    reported with an unsafe fix that starts a new paragraph before it. Runs written inline
    throughout (一是…；二是…；三是… in one paragraph) are fine, and so are runs where inline
    items are not clearly the exception.
    """
    model = outline(doc, ctx)
    breaker = "\n\n" if doc.kind == "markdown" else "\n"
    for run in model.runs:
        standalone = [m for m in run.items if not m.inline]
        inline = [m for m in run.items if m.inline]
        if len(standalone) < 2 or not inline or len(inline) >= len(standalone):
            continue
        hosts = {m.paragraph: m for m in standalone}
        for marker in inline:
            host = hosts.get(marker.paragraph)
            if host is None:
                continue
            cut = marker.start
            while cut > 0 and doc.text[cut - 1] in " \t\u3000":
                cut -= 1
            yield Finding(
                marker.start, marker.end,
                f"“{marker.text}”写在“{host.text}”一段的中间，同组其他各项都另起一段",
                fix=Fix((Edit(cut, marker.start, breaker),), "unsafe"),
                related=(Related(host.start, host.end, f"“{host.text}”所在段落"),),
            )


# --------------------------------------------------------------------------------------------
# NU006 — a total and its breakdown
# --------------------------------------------------------------------------------------------


@rule(
    "NU006", "breakdown-sum", "numbering", "warning",
    "总数与其后分项之和不符（共15个，分别为一等奖3个、二等奖5个、三等奖8个）",
    bad=[
        "共评出优秀作品15件，分别为一等奖3件、二等奖5件、三等奖8件。",
        "共发现问题17个，其中A类问题8个、B类问题6个、C类问题4个。",
        "全县共有干部职工86人，其中男性50人、女性30人。",
        "检查发现问题隐患17个，其中维保记录不全8个、超期未检5个、无证上岗3个，已责令整改。",
        "到会代表43人参加表决，同意41票，反对1票，弃权2票，决议通过。",
        "本村应到会村民代表45人，实到41人，请假3人，会议有效。",
        "第五条　党建引领（30分）\n1.组织建设（10分）。班子团结有力。\n2.党员管理（10分）。制度落实到位。\n3.廉政建设（8分）。无违纪案件。",
    ],
    good=[
        "共评出优秀作品16件，分别为一等奖3件、二等奖5件、三等奖8件。",
        "共有党员120名，其中女党员45名、少数民族党员12名、35岁以下党员60名。",
        "共有学员62名，其中具有硕士以上学历的23名，有基层工作经历的41名。",
        "活动总预算386万元。其中，申请市级补助150万元，主要用于赛事组织；其余236万元由承办单位筹集。",
        "全县共有卫生技术人员1287人，其中执业医师462人、注册护士538人。",
        "应到代表286名，实到代表271名，因事因病请假15名，赞成268票，反对0票，弃权3票。",
        "（一）群众满意度（10分）\n1.满意率90%以上（10分）\n2.满意率80%至90%（8分）\n3.满意率80%以下（5分）",
    ],
)
def breakdown_sum(doc, ctx) -> Iterator[Finding]:
    """A total followed by its parts must equal their sum.

    “共发现问题17个，其中……8个、……5个、……3个” is read, and added up, by whoever checks a
    report; a total that is not the sum means a figure was changed in one place and not the
    other. Parts after 其中 may be an excerpt (其中女党员45名、少数民族党员12名) or overlap
    (党员80人、女性60人), so they are held to the total only as far as the text allows:

    - parts said to be the whole (分别为…, a last part 其他/其余…, 男…女… both named, a
      part for each year of the span the total is counted over: 近三年……其中2023年……、
      2024年……、2025年……, a total named by a character of each part: 医护人员……其中医生……、
      护士……, age bands with no gap up to an open end: 35岁以下……、36至50岁……、51岁以上……)
      must add up to the total exactly;
    - parts of disjoint kinds (A类/B类, 一等奖/二等奖, 市级/县级, 机关组/基层组, the
      ``kinds`` of the ruleset) may not add up to more than the total; falling a little short
      of it (covering ``kinds_cover`` of it or more) they are reported as info, unless the list
      ends with 等 (国家级企业3家、省级企业21家 under 186 is an excerpt);
    - three or more other parts a little off the total (``near_miss``, ``near_miss_share``)
      are reported as info: most likely a slip, possibly an excerpt or an overlap; not for
      counts of people grouped by an attribute (预备党员、流动党员、离退休党员; the
      ``overlap_words``), whose groups overlap and are listed in part. People grouped by post
      or unit (区级领导8人、镇街负责人48人……) are held to it when they add up to more;
    - other parts adding up to the total but for one digit after its first (1448 under 1458,
      ``slip_digits`` long or longer) are reported as info, a figure mistyped: three parts or
      more, or two that add up to more.

    Parts set apart by 、 that go on in another classifier (规上企业40家、……、投资项目10个
    under 被检查单位120家) count two kinds of thing, and are not compared.

    A sentence naming what a total is made of (收入构成为：, ，资金来源为) and holding only parts
    splits the total before it (总收入68.5万元, 总投资1.85亿元): they must add up to it exactly.

    A total after its parts sums them up (一等奖3个、二等奖5个、三等奖8个，共17个; 共计, 合计):
    they must add up to it exactly. So do parts set apart by commas when each clause back to the
    start of the sentence is a part and nothing else (宣传资料印制费3.5万元，场地租赁费2万元，……，
    合计8万元; a first clause the states after it split is the whole: 排查隐患120处，已整改……), and
    items one a line, each with one count, under a line summing them up (1.……3.5万元。 2.……2万元。
    以上各项合计8万元。).

    The total is the count right before 其中, 分别为, 中， or a bracket (14个（重大1个……）), the
    parts are counts with the same classifier up to the end of the sentence or the bracket;
    approximate figures (约、余、左右) and parts of a part (其中……其中) are not summed, and a
    clause after ； that names something else ends the parts. After 。其中， the parts may run
    on into the sentences after, each opening with a part of the same set (其中，新收案件5912件，
    同比上升8.3%。旧存案件506件。; 省级……。市级……。县级……。). Parts whose first two or more
    add up to the total split it twice (市级馆1个、县级馆8个，一级馆5个……) and are not compared. With no opener, a total after
    共 is broken down by the clause after its comma only when the parts name every member of
    a set that splits a whole (共40项，目前已达标36项、基本达标3项、未达标2项; the
    ``complements``): nothing else tells such a clause from a count of something else.

    Points shared out down the outline of a 考核细则 are totals too: a heading's points
    (一、党建引领（30分）) are the sum of its items' points (1.组织建设（10分）……), and the
    first-level items add up to the whole declared above them (考核实行百分制, 总分100分); bonus
    items and tiers of one score are not summed. See ``score_sums.py``.

    A meeting's counts are totals too: a vote's tally (同意37票，反对1票，弃权2票) adds up to
    the count of voters present (实到41人), and the roll (应到45人) to those present and those
    away (实到41人，请假3人). See ``votes.py``.
    """
    data = breakdowns(ctx)
    summed = find_summed_totals(doc.prose, data) + find_listed_totals(doc.prose, data)
    opened = find_breakdowns(doc.prose, data)
    per_kind = (find_counts_per_named_kind(doc.prose, data) + find_classified_totals(doc.prose, data)
                + find_composed_totals(doc.prose, data))
    unopened = find_unopened_breakdowns(doc.prose, data, {found.start for found in opened + summed + per_kind})
    for found in opened + unopened + summed + per_kind:
        difference = found.total - found.sum
        if difference == 0 or found.counted_twice:
            continue
        severity = None
        if found.exhaustive or (difference < 0 and found.disjoint):
            pass
        elif found.disjoint and not found.open_ended and found.sum >= data.kinds_cover * found.total:
            severity = "info"  # A类16个、B类14个、C类9个 under 43: nearly all, so meant to be all
        elif (len(found.parts) >= 3 and not found.open_ended and not may_overlap(found, data)
              and not _of_another_count(doc.prose, found)
              and abs(difference) <= max(data.near_miss, data.near_miss_share * found.total)):
            severity = "info"  # a slip of a few: 来信19件、来访27件、网上信访8件 under 52
        elif digit_slip(found, data):
            severity = "info"  # 1102人次＋276人次＋41人次＋29人次 under 1458人次: one digit off
        else:
            continue
        if found.earlier:
            message = f"各分项之和与前文的总数“{found.total_text}”不符：{_sum_shown(found)}"
        else:
            message = f"总数“{found.total_text}”与其{'前' if found in summed else '后'}分项之和不符：{_sum_shown(found)}"
        yield Finding(
            found.start, found.end, message,
            suggestion="核对总数和各分项的数字",
            severity=severity,
        )
    yield from _roll_slips(doc, ctx)
    yield from _vote_mismatches(doc, ctx)
    yield from _score_findings(doc, ctx)


def _of_another_count(prose: str, found) -> bool:
    """以上8项任务，分布在5个县，其中江城区2项……: parts counted in another classifier than the
    total, that of a count before the total in its sentence, split that count, not the total."""
    classifiers = {part.text.lstrip("0123456789.,，０１２３４５６７８９．") for part in found.parts}
    if len(classifiers) != 1 or found.total_text.endswith(tuple(classifiers)):
        return False
    classifier = classifiers.pop()
    sentence = max(prose.rfind(mark, 0, found.start) for mark in "。；;\n") + 1
    return re.search(rf"[0-9]{re.escape(classifier)}", prose[sentence:found.start]) is not None


def _score_findings(doc, ctx) -> Iterator[Finding]:
    data = scores(ctx)
    for found in chain(find_score_sums(doc.text, outline(doc, ctx), data), find_inline_score_sums(doc.text, data)):
        whole = f"{_plain(found.whole)}分"
        if found.heading:
            said = f"“{found.heading}”的分值{whole}"
        else:
            said = f"总分{whole}" + ("" if found.whole_text.endswith(whole) else f"（{found.whole_text}）")
        yield Finding(
            found.start, found.end,
            f"{said}与{'其下' if found.heading else ''}各项分值之和不符：{'＋'.join(found.items)}＝{_plain(found.summed)}分",
            suggestion="核对总分和各项分值",
        )


def _stated_counts(doc, ctx) -> list:
    """The counts after a list of their items (A、B、C三个阶段), found once for NU002 and NU003."""
    return ctx.analysis(doc, "numbering.stated", lambda: find_stated_counts(doc, counts(ctx)))


def _roll_slips(doc, ctx) -> Iterator[Finding]:
    """应到45人，实到41人，请假3人: the roll is those present and those away."""
    for found in find_roll_slips(doc.prose, votes(ctx)):
        away = "＋".join(found.absent)
        yield Finding(
            found.start, found.end,
            f"应到人数“{doc.text[found.start:found.end]}”与实到{found.present}人＋{away}＝{found.accounted}人不符",
            suggestion="核对应到、实到和缺席人数",
        )


def _vote_mismatches(doc, ctx) -> Iterator[Finding]:
    """A tally adding up to more votes than voters is wrong wherever the count stands; one
    adding up to fewer is wrong when the count is the tally's own (到会代表43人参加表决，……),
    and most likely so (info) when it was written paragraphs before."""
    for found in find_vote_mismatches(doc.prose, votes(ctx)):
        counted = doc.text[found.present.start:found.present.end]
        terms = "＋".join(choice.text for choice in found.choices)
        more = found.total > found.present.value
        yield Finding(
            found.start, found.end,
            f"表决结果{terms}＝{found.total}{found.choices[0].unit}，{'多于' if more else '少于'}{where(doc, found.present.start)}的“{counted}”",
            suggestion="核对表决票数和到会人数",
            severity=None if more or found.near else "info",
            related=(Related(found.present.start, found.present.end, "到会（参加表决）人数"),),
        )


def _sum_shown(found: Breakdown) -> str:
    terms = "＋".join(part.text for part in found.parts)
    return f"{terms}＝{_plain(found.sum, found.total_text)}{found.classifier}"


def _plain(value, like: str = "") -> str:
    """A sum as the draft writes its figures: in 亿 or 万 when the total is (84.4亿), else
    plainly (16, 12500)."""
    grouping = "," if "," in like else ""  # 2,366 when the draft writes 2,356
    for word, size in (("亿", 100_000_000), ("万", 10_000)):
        if word in like:
            return format((value / size).normalize(), f"{grouping}f") + word
    spaced = next((mark for mark in SPACE_GROUPING if mark in like), None)
    if spaced is not None:  # 19 100 when the draft writes 18 600
        return format(value.normalize(), ",f").replace(",", spaced)
    return format(value.normalize(), f"{grouping}f")


SPACE_GROUPING = (" ", "\u2009", "\u202f")  # the spaces that may group a figure's digits in threes


# --------------------------------------------------------------------------------------------
# NU007 — a table's total row
# --------------------------------------------------------------------------------------------


@rule(
    "NU007", "table-total", "numbering", "warning",
    "表格“合计”行（或介绍表格的句子所说总数）与各行之和不符",
    bad=[
        "| 项目 | 金额（万元） |\n| --- | ---: |\n| 道路 | 1200 |\n| 管网 | 800 |\n| 合计 | 2100 |",
        "类别　　　　问题数\n工作滞后　　21\n台账不全　　18\n合计　　　　40",
        "计划招募志愿者600名，具体岗位如下：\n岗位　　　　人数\n赛道引导　　180\n补给服务　　150\n医疗协助　　60",
    ],
    good=[
        "| 项目 | 金额（万元） | 占比 |\n| --- | ---: | ---: |\n| 道路 | 1200 | 60% |\n| 管网 | 800 | 40% |\n| 合计 | 2000 | 100% |",
        "类别　　　　问题数　　整改率\n工作滞后　　21　　　　61.9\n台账不全　　18　　　　88.9\n合计　　　　39　　　　74.4",
    ],
)
def table_total(doc, ctx) -> Iterator[Finding]:
    """The 合计 row of a table must be the sum of the rows above it.

    A report's tables are added up by whoever checks it, and a 合计 that was not recomputed
    after a row changed is as visible as a wrong total in the text. Tables written in Markdown
    (| … |) and plain-text tables (cells set apart by two or more full-width spaces, tabs or
    runs of spaces) are read; each column whose cells are all plain numbers is summed. Columns
    of rates and shares (a header from ``skip_headers``: 率, 占比, 平均; a cell with %) and
    columns whose total is no larger than their largest cell (an average) are not; neither are
    tables with 小计 rows. Decimals may differ by the rounding of each row. Word tables are put
    back together from the cells' labels (表格2第3行第1列) and checked the same way.

    A table with no total row may be summed up by the sentence that introduces it: a count
    there (共动员参演人员182人，具体力量编成如下：) must be the sum of the one column whose title
    names its unit (人员（人）, or 人数 for 名); see ``column_sums.py``.
    """
    for found in find_total_mismatches(doc, tables(ctx), lambda: table_blocks(doc, ctx)):
        column = f"“{found.header}”列" if found.header else "这一列"
        yield Finding(
            found.cell.start, found.cell.end,
            f"{column}合计“{found.cell.text}”与上面{found.rows}行之和{_plain(found.summed)}不符",
            suggestion=_in_cell(found.cell.text, _plain(found.summed)),
        )
    for summed in find_column_sums(doc, column_sums(ctx), tables(ctx), lambda: table_blocks(doc, ctx)):
        written = doc.text[summed.start:summed.end]
        yield Finding(
            summed.start, summed.end,
            f"正文说“{written}”，下表“{summed.header}”列{summed.rows}行之和为{_plain(summed.summed)}",
            suggestion="核对正文的总数和表中各行的数字",
        )


def _in_cell(text: str, figure: str) -> str:
    """The cell as it should read: its figure replaced, its words and unit kept (共计151500元)."""
    match = NUMBER.search(text)
    return text[:match.start()] + figure + text[match.end():] if match else figure


# --------------------------------------------------------------------------------------------
# NU008 — a reference to a part the draft does not have
# --------------------------------------------------------------------------------------------


@rule(
    "NU008", "dangling-reference", "numbering", "warning",
    "引用了文中并不存在的条、章或附件（全文十二条，却写“依照本办法第十五条”；只有两个附件，却写“见附件3”）",
    standard="GB/T 9704-2012 7.3.4（附件说明）",
    bad=[
        "第一条 为规范管理，制定本办法。\n第二条 本办法适用于全市。\n第三条 违反本办法第五条规定的，予以通报。",
        "请填写报名表（附件3），于5月10日前报送。\n附件：1.报名表\n2.汇总表",
    ],
    good=[
        "第一条 为规范管理，制定本办法。\n第二条 本办法适用于全市。\n第三条 违反本办法第二条规定的，予以通报。",
        "依照《安全生产法》第九十条规定处理。\n第一条 甲。\n第二条 乙。\n第三条 丙。",
        "请填写报名表（附件2），于5月10日前报送。\n附件：1.报名表\n2.汇总表",
        "请按附件3的格式填报。",
    ],
)
def dangling_reference(doc, ctx) -> Iterator[Finding]:
    """A reference to an article, chapter or attachment of the draft itself must lead somewhere.

    Measures and rules are cut down from longer templates, and their cross-references are the
    last thing renumbered: 依照本办法第十五条 in a text of twelve articles sends the reader to
    nothing. A notice's attachments are listed after the body (附件：1.…　2.…, GB/T 9704-2012
    7.3.4) and named in it (填写报名表（附件3）); when an attachment is dropped, the body still
    asks for it. Only references the draft makes to itself are read: 本办法第X条 (the
    ``[references] self_words``), not 《劳动法》第三十六条; articles are compared only in a
    draft with at least three article headings, attachments only where the draft lists or
    heads them.
    """
    for found in find_dangling_references(doc, references(ctx)):
        if found.unit in ("条", "章"):
            message = f"引用了“{found.text}”，但全文只有{chinese_numeral(found.have)}{found.unit}"
        else:
            message = f"引用了“{found.text}”，但文中所列{found.unit}只到{found.unit}{found.have}"
        yield Finding(found.start, found.end, message, suggestion="核对引用的编号")


# --------------------------------------------------------------------------------------------
# NU009 — a percentage the sentence's own figures do not give
# --------------------------------------------------------------------------------------------


@rule(
    "NU009", "rate-mismatch", "number", "warning",
    "百分比或增减数与据以计算的数字不符（受理320件、办结298件，办结率却写95.1%；由36万元提高到48.6万元，却说增长25%）",
    bad=[
        "全年共受理投诉320件，已办结298件，办结率95.1%。",
        "年租金收入由36万元提高到48.6万元，增幅25%。",
        "全年实现营业收入186.4亿元，较上年的165.7亿元同比增长18.5%。",
        "已整改问题金额16.42亿元，占审计查出主要问题金额18.64亿元的78.1%。",
        "全年召开全县性会议48个，较上年减少13个，下降27.1%。",
        "抽检食品486批次，其中不合格18批次，合格率97.9%。",
        "平均分由上年的612.3分提高到615.9分，提高了5.6分。",
        "全县森林覆盖率由2025年的62.3%提高到61.8%。",
    ],
    good=[
        "全年共受理投诉320件，已办结298件，办结率93.1%。",
        "年租金收入由36万元提高到48.6万元，增幅35%。",
        "全年实现营业收入248.6亿元，较上年的223.5亿元增长11.2%。",
        "已整改问题金额16.42亿元，占审计查出主要问题金额18.64亿元的88.1%。",
        "全年召开全县性会议48个，较上年减少13个，下降21.3%。",
        "抽检食品486批次，其中不合格18批次，合格率96.3%。",
        "受理诉求968件，其中已办结915件，企业满意率96.2%。",
        "一般公共预算收入由168.4亿元增加到221.7亿元，年均增长5.7%。",
        "全年受理诉求1680件，办结1650件，按期办结率92.1%。",
        "全市营商环境排名由15位提升至8位。",
    ],
)
def rate_mismatch(doc, ctx) -> Iterator[Finding]:
    """A percentage must be what the figures it is worked out from give.

    Reports set a rate beside the counts it comes from (受理320件，办结298件，办结率93.1%), a
    change beside both ends (由36万元提高到48.6万元，增幅35%; 186.4亿元，较上年的165.7亿元增长
    12.5%), a share beside its part and whole (16.42亿元，占……18.64亿元的88.1%). The reader can
    redo the division, and a percentage carried over from last year's draft, or from another
    line, is caught out at once. Figures are read as written, rounded at their last digit
    (2.33万 is 2.325万 to 2.335万), and a percentage may be rounded or cut off: only one that
    no reading of the figures gives is reported. A rate is held to its figures only where the
    sentence says which they are: the part is counted under the rate's own word (办结298件 for
    办结率), and a word narrowing it that the part lacks (按期办结率) leaves it alone. Averages
    per year (年均增长), several percentages at once (分别), approximate figures (约, 余, 左右)
    are not compared; bounds (92%以上) are held to their bound. A change told as an amount
    (由612.3分提高到615.9分，提高了5.6分) must be the difference of its ends, and parts listed
    each with its share and no total split their sum. A percentage two readers find wrong is
    reported once. A structure told as a ratio of shares (三次产业结构为13.5∶39.2∶47.3) must add up
    to 100, and 由A提高到B must go up (由62.3%提高到61.8% is reported at 提高), except in ranks
    and grades (由15位提升至8位). Several counts against last year's figures of each (去年同期分别为
    7起、5人，同比分别下降28.6%、40.0%) are paired in order. A change of a count of whole things
    told by its difference alone (减少5人，下降14.6%) must be that difference over a whole count, and
    shares splitting one whole (按县级60%、乡镇30%、村级10%的比例分担) add up to 100. See ``rates.py`` and the ``[rate]`` words of ``rulesets/numbering.toml``.
    """
    data = rates(ctx)
    reported = set()
    for found in chain(find_rate_mismatches(doc.prose, data), find_amount_mismatches(doc.prose, data),
                       find_partition_mismatches(doc.prose, data), find_structure_mismatches(doc.prose, data),
                       find_direction_mismatches(doc.prose, data), find_paired_changes(doc.prose, data),
                       find_split_mismatches(doc.prose, data), find_rest_mismatches(doc.prose, data)):
        if found.start in reported:
            continue
        reported.add(found.start)
        yield Finding(
            found.start, found.end,
            f"“{found.stated}”与{'前文' if found.earlier else '句中'}的数字不符：{found.worked}",
            suggestion="核对百分比和据以计算的数字",
            related=tuple(Related(start, end, "据以计算的数字") for start, end in found.figures),
        )


@rule(
    "NU010", "range-reversed", "number", "error",
    "数值范围起止颠倒（累计降雨量600～450毫米、年龄35～18岁、五万元以上一万元以下）",
    standard="GB/T 15834-2011 4.13（连接号：浪纹线标示数值范围）",
    bad=[
        "主汛期累计降雨量600～450毫米，局地可能出现短时强降雨。",
        "招聘对象年龄在35～18周岁之间。",
        "单个项目补助1.5万～8000元。",
        "处五万元以上一万元以下的罚款。",
    ],
    good=[
        "主汛期累计降雨量450～600毫米。",
        "处五千元以上五万元以下的罚款。",
        "单个项目补助50万～200万元，总额5～8亿元。",
        "补助标准为5000～2万元。",
        "夜间最低气温零下5～10℃。",
        "平均配送时效由600至450分钟。",
        "执行GB/T 15834—2011标准，咨询电话0571—87654321。",
        "2025年5月10日至9月30日，每天8:30～17:30。",
    ],
    fixable=True,
)
def range_reversed(doc, ctx) -> Iterator[Finding]:
    """A range of figures runs from the smaller to the larger: 450～600毫米, not 600～450毫米.

    Written the other way, the range is a slip a reader cannot undo, since either end may be
    the wrong one. Only ranges with a unit of amount after them are read (``units`` of the
    ``[range]`` table in ``rulesets/numbering.toml``); dates and times are the date rules'
    (DA004), and figures joined by a dash without a unit are codes and telephone numbers. A
    figure after 由 or 从 in its clause starts a change (由600至450), one after 零下 is below
    zero. A bound both ways (处五千元以上五万元以下的罚款) has its lower figure before 以上, in
    Arabic or Chinese numerals. See ``ranges.py``.
    """
    data = ranges(ctx)
    for found in chain(find_reversed_ranges(doc.prose, data), find_reversed_bounds(doc.prose, data)):
        yield Finding(
            found.start, found.end,
            f"数值范围起止颠倒：“{found.written}”的起点大于终点",
            suggestion=found.righted,
            fix=Fix.replace(found.start, found.end, found.righted, "unsafe"),
        )


RULES = [numbering_sequence, announced_count, stated_count, numbering_style, inline_item, breakdown_sum,
         table_total, dangling_reference, rate_mismatch, range_reversed]
