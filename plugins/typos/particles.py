"""TY004: 的/地/得 in the few patterns where the wrong one is certain, ``[[particle]]`` data."""

from __future__ import annotations

import re
from typing import NamedTuple

from checker import ConfigError, Finding, Fix, PhraseIndex, rule
from checker.patterns import OnDemand, on_demand

from .conditions import alternation

CLAUSE_BREAK = re.compile(r"[，。；：、！？,.;:!?\n“”（）()《》]")
CLAUSE_WINDOW = 8
SEVERITIES = ("error", "warning", "info")


class Pattern(NamedTuple):
    regex: re.Pattern[str]
    right: str
    reason: str
    not_before: OnDemand | None
    not_after: OnDemand | None
    clause_not: OnDemand | None
    severity: str | None
    wrong: str  # the particle written
    openings: tuple[str, ...] | None  # the literal words before the particle, when listed


class Patterns(NamedTuple):
    """The entries, and one automaton that finds where any listed entry can match.

    An entry whose ``before`` is a list of words can only match where one of them stands
    right before its particle (or before ”, then the particle). One pass of the automaton
    finds those places; the entry's expression is then tried there alone, instead of being
    run over the whole text once per entry. Entries whose ``before`` is an expression are
    still run over the whole text."""

    entries: list[Pattern]
    openings: PhraseIndex[tuple[int, ...]]


def _compile(source: str, where: str) -> re.Pattern[str]:
    """An entry's pattern; ``$`` in it is the end of a line, where a heading ends without a
    mark (让学生学的更扎实)."""
    try:
        return re.compile(source, re.M)
    except re.error as error:
        raise ConfigError(f"{where}: invalid regular expression: {error}") from None


def load_patterns(data: dict) -> list[Pattern]:
    patterns = []
    for index, entry in enumerate(data.get("particle", []), 1):
        where = f"typos [[particle]] entry {index}"
        wrong, right = entry.get("wrong"), entry.get("right")
        if not (isinstance(wrong, str) and wrong and isinstance(right, str) and right and wrong != right):
            raise ConfigError(f"{where}: needs 'wrong' and a different 'right'")
        before = alternation(entry.get("before"), where, "before")
        after = alternation(entry.get("after"), where, "after")
        if before is None or after is None:
            raise ConfigError(f"{where}: needs 'before' and 'after'")
        severity = entry.get("severity")
        if severity is not None and severity not in SEVERITIES:
            raise ConfigError(f"{where}: severity must be one of {', '.join(SEVERITIES)}")
        # a word quoted on its own reads as written bare: 把作业“减”的更精准
        regex = _compile(f"(?:{before})(?P<quote>”)?(?P<mark>{re.escape(wrong)})(?:{after})", where)

        def optional(key: str, template: str) -> OnDemand | None:
            """A condition, compiled once a match of the entry needs it."""
            source = alternation(entry.get(key), where, key)
            if source is None:
                return None
            try:
                return on_demand(template.format(source))
            except re.error as error:
                raise ConfigError(f"{where}: invalid regular expression: {error}") from None

        listed = entry.get("before")
        patterns.append(Pattern(
            regex=regex, right=right, reason=entry["reason"],
            not_before=optional("not_before", "(?:{})\\Z"),
            not_after=optional("not_after", "(?:{})"),
            clause_not=optional("clause_not", "(?:{})"),
            severity=severity,
            wrong=wrong,
            openings=tuple(listed) if isinstance(listed, list) else None,
        ))
    return patterns


def index_patterns(patterns: list[Pattern]) -> Patterns:
    """``patterns`` with the automaton of their listed openings (word + particle)."""
    owners: dict[str, list[int]] = {}
    for index, pattern in enumerate(patterns):
        for word in pattern.openings or ():
            for phrase in (word + pattern.wrong, word + "”" + pattern.wrong):
                owners.setdefault(phrase, []).append(index)
    return Patterns(patterns, PhraseIndex((phrase, tuple(found)) for phrase, found in owners.items()))


def _matches(patterns: Patterns, prose: str):
    """``(entry, match)`` for every match of every entry, entry by entry and in reading order,
    as a scan of the whole text by each entry's expression finds them."""
    starts: dict[int, set[int]] = {}
    for start, _, owners in patterns.openings.find(prose):
        for index in owners:
            starts.setdefault(index, set()).add(start)
    for index, pattern in enumerate(patterns.entries):
        if pattern.openings is None:
            for match in pattern.regex.finditer(prose):
                yield pattern, match
            continue
        resume = 0  # a scan goes on after its match: matches of one entry do not overlap
        for start in sorted(starts.get(index, ())):
            if start >= resume and (match := pattern.regex.match(prose, start)) is not None:
                resume = match.end()
                yield pattern, match


def _clause_before(text: str, position: int) -> str:
    window = text[max(0, position - CLAUSE_WINDOW):position]
    breaks = list(CLAUSE_BREAK.finditer(window))
    return window[breaks[-1].end():] if breaks else window


@rule(
    "TY004", "de-di-de", "typo", "warning", "“的、地、得”误用",
    standard="《现代汉语词典》（第7版）“的”“地”“得”条",
    bad=["我们也必须清醒的看到，新常态下任务繁重。", "即便是档案资料再齐全、汇报的再好，那也是虚的。",
         "营造良好地氛围。", "这个经验值的学习。"],
    good=["我们也必须清醒地看到，新常态下任务繁重。", "汇报得再好也没用。", "发挥积极的推动作用。",
          "工作得到了扎实的推进。", "对文件进行深入的学习。", "营造良好的氛围。", "价值的实现", "明显的变化"],
    fixable=True,
)
def de_di_de(doc, ctx):
    """“的”“地”“得” are read the same and typed by the same keys, so they are easily swapped.

    Only patterns that leave no doubt are reported: an adverbial word before a verb
    (“清醒的看到” → “清醒地看到”), a verb before its complement (“汇报的再好” → “汇报得再好”),
    an adjective before a noun (“良好地氛围” → “良好的氛围”), and words that contain “得”
    (值得, 显得, 取得, 觉得). Where the word after the particle may be a noun (扎实的推进 in
    “得到了扎实的推进”, 积极的推动 in “积极的推动作用”) the entry's conditions keep it clean.
    The patterns are data in ``rulesets/typos.toml`` ``[[particle]]``.
    """
    patterns = ctx.compiled("typos.particles", lambda: index_patterns(load_patterns(ctx.data("typos"))))
    prose = doc.prose
    seen: set[int] = set()
    for pattern, match in _matches(patterns, prose):
        start, end = match.start(), match.end()
        mark = match.start("mark")
        if mark in seen:
            continue
        if match.group("quote") and not prose.startswith("“", start - 1):
            continue  # 的 after a quotation that began before the word: a phrase, not the verb
        if pattern.not_before and pattern.not_before.search(prose[max(0, start - 8):start]):
            continue
        if pattern.not_after and pattern.not_after.match(prose, end):
            continue
        if pattern.clause_not and pattern.clause_not.search(_clause_before(prose, start)):
            continue
        seen.add(mark)
        phrase = match.group()
        fixed = phrase[:mark - start] + pattern.right + phrase[match.end("mark") - start:]
        if match.group("quote"):
            phrase, fixed = phrase.replace("”", "", 1), fixed.replace("”", "", 1)
        yield Finding(
            mark, match.end("mark"),
            f"“{phrase}”应为“{fixed}”：{pattern.reason}",
            suggestion=pattern.right,
            fix=Fix.replace(mark, match.end("mark"), pattern.right, "unsafe"),
            severity=pattern.severity,
        )
