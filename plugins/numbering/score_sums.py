"""Points allotted down an outline: a heading's points are the sum of its items' points.

考核细则 and 评分标准 share out their points through their outline: 一、党建工作（30分） over
1.组织建设（10分） 2.党员队伍建设（10分） 3.党风廉政建设（10分）, and the first-level headings
add up to the whole the draft declares above them (考核实行百分制, 总分100分). Whoever is scored
adds them up; points moved from one item to another and not taken off the heading show at once.

A heading's points are read only where they stand right after its title, in brackets
(（30分）, （满分30分）) or after a comma ending the heading (（一）信息采集质量，30分。). Its
items are compared only when every one of them carries its points that way and there are two
or more. Not compared:

- items of a bonus or a deduction (加分项, 扣分项, 一票否决: ``[score_sum] outside_words``),
  which the whole leaves out; they are dropped from the sum;
- tiers of one score (满意率90%以上（10分） / 80%至90%（8分）: ``tier_words``, or an item
  worth the whole heading), which are alternatives, not parts;
- items whose sum is off the whole by more than ``farthest`` of it: scores won by each unit
  (一、城关镇，92分。二、河口镇，88分。 under 百分制), not points shared out.

A whole named by a word may also be shared out in its own sentence: 考核实行百分制，其中耕地保护
30分、粮食生产25分、…… (every item with its points, set apart by 顿号, and nothing else).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from checker.patterns import alternation

from .outline import Outline, Run

TITLE_LONGEST = 30  # a heading's title longer than this before its points is a sentence
POINTS = r"[0-9]{1,4}(?:\.[0-9]{1,2})?"  # 30, 7.5


class ScoreData(NamedTuple):
    points: re.Pattern  # a heading's title and its points: groups "title", "num" or "after_comma"
    whole: re.Pattern  # a declared whole: 百分制, 总分100分; group "num" or "word"
    named_wholes: dict[str, Decimal]  # 百分制 -> 100
    outside_words: tuple[str, ...]  # 加分, 扣分: items the whole leaves out
    tier_words: tuple[str, ...]  # 以上, 优秀: tiers of one score
    farthest: Decimal  # a sum further off the whole than this share of it is no share-out


class ScoreSum(NamedTuple):
    start: int  # the heading's points, or the declared whole
    end: int
    whole: Decimal
    whole_text: str  # as written: 30分, 百分制
    items: tuple[str, ...]  # each item's points as written: 10分
    summed: Decimal
    heading: str = ""  # the title of the heading whose points these are: 党建引领; "" for a declared whole


def score_data(data: dict) -> ScoreData | None:
    table = data.get("score_sum")
    if not table:
        return None
    prefixes = alternation(table.get("bracket_words", []))
    inside = f"(?:{prefixes})?" if prefixes else ""
    points = re.compile(
        rf"(?P<title>[^。；;：:，,！？\n]{{1,{TITLE_LONGEST}}}?)"
        rf"(?:[（(]{inside}(?P<num>{POINTS})分[）)]|[，,](?P<after_comma>{POINTS})分(?=[。；;]|\s*$))"
    )
    named = {word: Decimal(str(value)) for word, value in table.get("named_wholes", {}).items()}
    words = alternation(table.get("whole_words", []))
    names = alternation(list(named))
    alternatives = [f"(?P<word>{names or '(?!)'})"]
    if words:
        alternatives.append(f"(?:{words})(?:为|是|共|设为)?(?P<num>{POINTS})分")
    whole = re.compile("|".join(alternatives))
    return ScoreData(points, whole, named, tuple(table.get("outside_words", [])),
                     tuple(table.get("tier_words", [])), Decimal(str(table.get("farthest", 0.5))))


def find_score_sums(text: str, model: Outline, data: ScoreData | None) -> list[ScoreSum]:
    """Headings whose points differ from the sum of their items' points."""
    if data is None or "分" not in text:
        return []
    found = []
    for run in model.runs:
        scored = _scored_items(text, model, run, data)
        if scored is None:
            continue
        whole = _heading_points(text, model, run.parent, data) if run.parent is not None else None
        if whole is None:
            whole = _declared_whole(text, model, run, data)
        if whole is None:
            continue
        start, end, value, written, heading = whole
        summed = sum((points for points, _ in scored), Decimal(0))
        if value == summed:
            continue
        if any(points >= value for points, _ in scored):
            continue  # an item worth the whole heading: tiers of one score, not parts
        if abs(summed - value) > data.farthest * value:
            continue  # 一、城关镇，92分。二、河口镇，88分。 under 百分制: scores won, not shared out
        found.append(ScoreSum(start, end, value, written, tuple(shown for _, shown in scored), summed, heading))
    return found


# A whole named by a word, then 其中 and the items with their points in one sentence: 考核实行
# 百分制，其中耕地保护30分、粮食生产25分、……. A whole given in points (满分100分，其中) is a count
# the breakdown readers hold its parts to already.
INLINE_ITEM = re.compile(rf"(?P<title>[\u4e00-\u9fff（）()]{{2,16}}?)(?P<num>{POINTS})分")
INLINE_LIST_ENDS = "。；;\n"


def find_inline_score_sums(text: str, data: ScoreData | None) -> list[ScoreSum]:
    """A named whole (百分制) shared out in one sentence after 其中."""
    if data is None or not data.named_wholes or "其中" not in text:
        return []
    found = []
    for word, value in data.named_wholes.items():
        at = text.find(word)
        while at >= 0:
            opener = text.find("其中", at + len(word), at + len(word) + 4)
            if opener >= 0 and text[at + len(word):opener].strip("，, ") == "":
                sum_ = _inline_sum(text, opener + 2, value, data)
                if sum_ is not None:
                    summed, shown = sum_
                    found.append(ScoreSum(at, at + len(word), value, word, shown, summed))
            at = text.find(word, at + 1)
    return found


def _inline_sum(text: str, start: int, whole: Decimal, data: ScoreData):
    """The sum of the items after 其中 and how each is written, when it is off the whole and the
    sentence holds nothing but the items, set apart by 顿号; or None."""
    ends = [i for i in (text.find(mark, start) for mark in INLINE_LIST_ENDS) if i >= 0]
    segment = text[start:min(ends) if ends else len(text)].lstrip("，,：: ")
    pieces = segment.split("、")
    if len(pieces) < 2:
        return None
    points, shown = [], []
    for piece in pieces:
        match = INLINE_ITEM.fullmatch(piece.strip())
        if match is None or any(w in match.group("title") for w in data.tier_words + data.outside_words):
            return None
        points.append(Decimal(match.group("num")))
        shown.append(f"{match.group('num')}分")
    summed = sum(points, Decimal(0))
    if summed == whole or abs(summed - whole) > data.farthest * whole:
        return None
    return summed, tuple(shown)


def _scored_items(text: str, model: Outline, run: Run, data: ScoreData):
    """Each item's points and how they are written, or None when an item has none."""
    items = [item for item in run.items if model.paragraph_marker.get(item.paragraph) is item]
    if len(items) < 2 or len(items) != len(run.items):
        return None
    scored = []
    for item in items:
        match = _points(text, model, item, data)
        if match is None:
            return None
        title = match.group("title")
        if any(word in title for word in data.tier_words):
            return None
        if any(word in title for word in data.outside_words):
            continue
        number = match.group(_points_group(match))
        scored.append((Decimal(number), f"{number}分"))
    return scored if len(scored) >= 2 else None


def _points(text: str, model: Outline, item, data: ScoreData) -> re.Match | None:
    """The title of a heading and the points after it (组织建设（10分）)."""
    _, end = model.paragraphs[item.paragraph]
    return data.points.match(text, item.end, end)


def _points_group(match: re.Match) -> str:
    """The group holding the points: in brackets (num) or after a comma (after_comma)."""
    return "num" if match.group("num") else "after_comma"


def _heading_points(text: str, model: Outline, parent, data: ScoreData):
    if model.paragraph_marker.get(parent.paragraph) is not parent:
        return None
    match = _points(text, model, parent, data)
    if match is None or any(word in match.group("title") for word in data.outside_words):
        return None
    group = _points_group(match)
    start, end = match.start(group), match.end(group) + 1
    return start, end, Decimal(match.group(group)), text[start:end], match.group("title").strip()


def _declared_whole(text: str, model: Outline, run: Run, data: ScoreData):
    """The whole declared in the paragraph of the run's heading or the one right before its
    first item (考核实行百分制，由以下四部分组成：)."""
    first = run.items[0].paragraph
    places = [first - 1] if first > 0 else []
    if run.parent is not None and run.parent.paragraph not in places:
        places.append(run.parent.paragraph)
    for index in places:
        start, end = model.paragraphs[index]
        match = data.whole.search(text, start, end)
        if match is None:
            continue
        if match.group("word"):
            return match.start(), match.end(), data.named_wholes[match.group("word")], match.group(), ""
        return match.start(), match.end(), Decimal(match.group("num")), match.group(), ""
    return None
