"""A meeting's counts: the roll against those present and absent, the votes against the voters.

应到45人，实到41人，请假3人 leaves one member unaccounted for: the roll is those present and
those absent, so the three counts of one sentence must agree. And every voter gives one of the choices (同意, 反对, 弃权, or presses nothing), so a tally that
names them adds up to the number present. Minutes and resolutions copy that number from one
meeting to the next, and a tally left from the old draft then counts more votes than there were
voters, or fewer. The number present is the last one written before the tally (实到41人,
到会代表43人, 出席2881人, 收回选票41张); 应到 is the roll, not those present.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from checker.patterns import alternation

from .numerals import FULLWIDTH_DIGITS

FIGURE = "[0-9０-９]{1,5}"
FIGURES = re.compile(FIGURE)
PERSONS = re.compile(rf"{FIGURE}(?=人|名)")  # 请假3人
SEPARATOR = re.compile(r"[，,、；;\s]*")
PARAGRAPH_END = "\n"
SENTENCE_MARKS = "。；;！？!?\n"
CLAUSE = re.compile(r"[^，,、（）()：:]+")


class VoteData(NamedTuple):
    choice: re.Pattern  # one choice and its count: 同意37票 / 2878票赞成 / 赞成票39张
    kinds: dict[str, str]  # choice word → for / against / abstain / none
    present: re.Pattern  # a count of those present or voting
    near_miss: int  # a count written in another paragraph is compared within this much…
    near_miss_share: float  # …or this share of it, whichever is larger
    roll: re.Pattern | None = None  # 应到代表45人: the members expected
    absent: tuple[str, ...] = ()  # 请假, 缺席: words of a clause counting those away


def vote_data(data: dict) -> VoteData | None:
    table = data.get("votes", {})
    kinds = {word: kind for kind in ("for", "against", "abstain", "none") for word in table.get(kind, [])}
    if not kinds or not table.get("present"):
        return None
    words = alternation(sorted(kinds, key=len, reverse=True))
    present_words = alternation(table["present"])
    not_between = table.get("not_between", ["应"])
    never = alternation(not_between)
    never_before = "".join(word for word in not_between if len(word) == 1) or "应"
    return VoteData(
        choice=re.compile(
            rf"(?P<word>{words})(?:票|的)?(?:为|有)?(?P<num>{FIGURE})(?P<unit>票|张|人|名)"
            rf"|(?<![0-9０-９])(?P<num2>{FIGURE})(?P<unit2>票)(?P<word2>{words})"
        ),
        kinds=kinds,
        present=re.compile(
            rf"(?<![{never_before}])(?:{present_words})(?:(?!{never})[\u4e00-\u9fff]){{0,8}}?"
            rf"(?<![0-9０-９])(?P<num>{FIGURE})(?P<unit>人|名|位|张)(?![0-9０-９])"
        ),
        near_miss=int(table.get("near_miss", 2)),
        near_miss_share=float(table.get("near_miss_share", 0.05)),
        roll=re.compile(
            rf"(?:{alternation(table['roll'])})[\u4e00-\u9fff]{{0,10}}?"
            rf"(?<![0-9０-９])(?P<num>{FIGURE})(?P<unit>人|名)"
        ) if table.get("roll") else None,
        absent=tuple(table.get("absent", [])),
    )


class Choice(NamedTuple):
    start: int
    end: int
    kind: str
    value: int
    text: str  # 同意37票
    unit: str  # 票, 张, 人 or 名


class Count(NamedTuple):
    start: int
    end: int
    value: int


class Mismatch(NamedTuple):
    start: int
    end: int
    choices: tuple[Choice, ...]
    present: Count
    near: bool  # the count present is written in the tally's own paragraph

    @property
    def total(self) -> int:
        return sum(choice.value for choice in self.choices)


def find_vote_mismatches(prose: str, data: VoteData | None) -> list[Mismatch]:
    """Tallies naming a 同意/赞成 and at least one other choice, each compared with the last
    count present before it. A count written in another paragraph may belong to another meeting
    or body, so it is compared only when the tally is off it by a little."""
    if data is None or not any(word in prose for word, kind in data.kinds.items() if kind == "for"):
        return []
    counts = [
        Count(match.start("num"), match.end("unit"), _figure(match.group("num")))
        for match in data.present.finditer(prose)
    ]
    ends = [count.end for count in counts]
    found = []
    for tally in _tallies(prose, data):
        last = bisect.bisect_right(ends, tally[0].start) - 1
        if last < 0:
            continue
        present = counts[last]
        near = PARAGRAPH_END not in prose[present.end:tally[0].start]
        mismatch = Mismatch(tally[0].start, tally[-1].end, tuple(tally), present, near)
        off = abs(mismatch.total - present.value)
        if off == 0 or (not near and off > max(data.near_miss, data.near_miss_share * present.value)):
            continue  # far off a count in another paragraph: another body voted
        found.append(mismatch)
    return found


class RollSlip(NamedTuple):
    start: int  # the roll's count
    end: int
    roll: int
    present: int
    absent: tuple[str, ...]  # each clause of those away, as written: 请假3人

    @property
    def accounted(self) -> int:
        return self.present + sum(_figure(PERSONS.search(clause).group()) for clause in self.absent)


def find_roll_slips(prose: str, data: VoteData | None) -> list[RollSlip]:
    """Sentences giving the roll (应到), those present (实到) and a count for every clause of
    those away (请假3人, 缺席5人) whose counts do not add up. A clause of the absent with no
    count of people (五组刘满生因病请假, 其他同志因公请假) or with two figures leaves the
    sentence alone, and so does another count of people (因公外出2人: away or not, the words do
    not say) or no clause of the absent at all: the gap may be told elsewhere."""
    if data is None or data.roll is None:
        return []
    found = []
    for roll in data.roll.finditer(prose):
        start = max(prose.rfind(mark, 0, roll.start()) for mark in SENTENCE_MARKS) + 1
        end = min((at for at in (prose.find(mark, roll.end()) for mark in SENTENCE_MARKS) if at >= 0),
                  default=len(prose))
        present = data.present.search(prose, start, end)
        if present is None:
            continue
        absent: list[str] | None = []
        for clause in CLAUSE.finditer(prose, start, end):
            text = clause.group()
            if any(word in text for word in data.absent):
                if len(FIGURES.findall(text)) != 1 or not PERSONS.search(text):
                    absent = None
                    break
                absent.append(text.strip())
            elif PERSONS.search(text) and not (clause.start() <= roll.start() < clause.end()
                                               or clause.start() <= present.start() < clause.end()):
                absent = None  # 因公外出2人: people away, or not, by words the data do not know
                break
        if not absent:
            continue
        slip = RollSlip(roll.start("num"), roll.end("unit"), _figure(roll.group("num")),
                        _figure(present.group("num")), tuple(absent))
        if slip.accounted != slip.roll:
            found.append(slip)
    return found


def _figure(text: str) -> int:
    return int(text.translate(FULLWIDTH_DIGITS))


def _tallies(prose: str, data: VoteData) -> list[list[Choice]]:
    """Runs of choices set apart only by commas, each kind once, one of them 同意 or 赞成."""
    runs: list[list[Choice]] = []
    run: list[Choice] = []
    for match in data.choice.finditer(prose):
        word = match.group("word") or match.group("word2")
        number = match.group("num") or match.group("num2")
        choice = Choice(match.start(), match.end(), data.kinds[word], _figure(number), match.group(),
                        match.group("unit") or match.group("unit2"))
        joined = run and SEPARATOR.fullmatch(prose, run[-1].end, choice.start)
        if joined and choice.kind not in {earlier.kind for earlier in run}:
            run.append(choice)
            continue
        runs.append(run)
        run = [choice]
    runs.append(run)
    return [run for run in runs if len(run) >= 2 and any(choice.kind == "for" for choice in run)]
