"""TY001: the confusion dictionary, ``[[confusion]]`` entries of ``rulesets/typos.toml``.

Each entry names a wrong form and its correction, the reason an editor will read, and
optionally the context in which the form is wrong (see ``conditions``). All wrong forms go
into one Aho-Corasick automaton, built once per process, so the scan costs the same with ten
entries or ten thousand.
"""

from __future__ import annotations

from typing import NamedTuple

from checker import ConfigError, Finding, Fix, PhraseIndex, rule

from .conditions import Conditions

SEVERITIES = ("error", "warning", "info")


class Entry(NamedTuple):
    wrong: str
    right: tuple[str, ...]
    reason: str
    safe: bool
    severity: str | None
    conditions: Conditions


def load_entries(data: dict) -> list[Entry]:
    """Validate and compile the ``[[confusion]]`` entries; errors name the entry."""
    entries = []
    for index, raw in enumerate(data.get("confusion", []), 1):
        where = f"typos [[confusion]] entry {index}"
        wrong = raw.get("wrong")
        if not isinstance(wrong, str) or not wrong.strip():
            raise ConfigError(f"{where}: needs 'wrong' (the erroneous text)")
        right = raw.get("right")
        right = (right,) if isinstance(right, str) else tuple(right or ())
        if not right or not all(isinstance(r, str) for r in right):
            raise ConfigError(f"{where} ('{wrong}'): needs 'right' (a correction or a list of them)")
        if wrong in right:
            raise ConfigError(f"{where} ('{wrong}'): 'right' repeats the wrong form")
        severity = raw.get("severity")
        if severity is not None and severity not in SEVERITIES:
            raise ConfigError(f"{where} ('{wrong}'): severity must be one of {', '.join(SEVERITIES)}")
        entries.append(Entry(
            wrong=wrong, right=right, reason=raw["reason"], safe=bool(raw.get("safe", False)),
            severity=severity, conditions=Conditions.from_entry(raw, f"{where} ('{wrong}')"),
        ))
    return entries


def build_automaton(entries: list[Entry]) -> PhraseIndex:
    """The wrong forms, each with the entries that name it."""
    by_wrong: dict[str, list[Entry]] = {}
    for entry in entries:
        by_wrong.setdefault(entry.wrong, []).append(entry)
    return PhraseIndex((wrong, tuple(group)) for wrong, group in by_wrong.items())


def differing_span(wrong: str, right: str) -> tuple[int, int, str]:
    """The part of ``wrong`` that changes: ``(start, end, replacement)`` relative to ``wrong``.

    ``弛而不息`` → ``驰而不息`` gives ``(0, 1, "驰")``; a dropped character (``软弱涣`` →
    ``软弱涣散``) keeps the last shared character so the span is never empty.
    """
    prefix = 0
    while prefix < min(len(wrong), len(right)) and wrong[prefix] == right[prefix]:
        prefix += 1
    suffix = 0
    while (suffix < min(len(wrong), len(right)) - prefix
           and wrong[len(wrong) - 1 - suffix] == right[len(right) - 1 - suffix]):
        suffix += 1
    start, end = prefix, len(wrong) - suffix
    replacement = right[prefix:len(right) - suffix]
    if start == end:  # pure insertion: anchor on a neighbouring character
        if start > 0:
            start -= 1
            replacement = wrong[start] + replacement
        else:
            end += 1
            replacement = replacement + wrong[0]
    return start, end, replacement


def find_hits(text: str, automaton: PhraseIndex) -> list[tuple[int, int, Entry]]:
    """Every match whose context conditions hold; overlaps resolved in favour of the longest."""
    hits = []
    for start, end, group in automaton.find(text):
        for entry in group:
            if entry.conditions.holds(text, start, end):
                hits.append((start, end, entry))
                break
    chosen: list[tuple[int, int, Entry]] = []
    for hit in sorted(hits, key=lambda h: (-(h[1] - h[0]), h[0])):
        if all(hit[1] <= other[0] or other[1] <= hit[0] for other in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda h: h[0])


@rule(
    "TY001", "confusion-dictionary", "typo", "error", "易错字词：词典中的常见错别字",
    standard="《通用规范汉字表》（2013）；《现代汉语词典》（第7版）词形",
    bad=["必须弛而不息、常抓不懈。", "算好时间帐、任务帐。", "这是滥芋充数。",
         "×个软弱涣基层党组织转化提升。", "是提高党建科学化水平的有利手段。"],
    good=["必须驰而不息、常抓不懈。", "算好时间账、任务账。", "搭起帐篷，挂好蚊帐。",
          "清理账目。", "软弱涣散党组织", "为发展创造有利条件。", "这是推动工作的有力手段。"],
    fixable=True,
)
def confusion_dictionary(doc, ctx):
    """Misspelt idioms and words that official prose keeps getting wrong.

    A typo in an idiom (“弛而不息” for “驰而不息”, “滥芋充数” for “滥竽充数”) or a character
    replaced by a look-alike or sound-alike (“时间帐” for “时间账”, “发韧” for “发轫”) is read
    aloud from the podium and printed in the minutes. The dictionary lists forms that are wrong
    wherever they stand, or wrong in the context the entry states; entries that could be a
    correct word in some sentence (帐篷, 蚊帐) carry a context condition instead of firing
    blindly. Each entry says why it is wrong, and marks its correction ``safe`` only when
    replacing it can never be wrong.

    Add entries in a team file listed under ``[data] typos = ["our-typos.toml"]``.
    """
    automaton = ctx.compiled("typos.confusion", lambda: build_automaton(load_entries(ctx.data("typos"))))
    for start, end, entry in find_hits(doc.prose, automaton):
        right = entry.right[0]
        if len(entry.right) == 1:
            offset, stop, replacement = differing_span(entry.wrong, right)
        else:  # several corrections: the whole form is in question
            offset, stop, replacement = 0, len(entry.wrong), right
        alternatives = "”或“".join(entry.right)
        message = f"“{entry.wrong}”应为“{alternatives}”：{entry.reason}"
        fix = None
        if len(entry.right) == 1:
            fix = Fix.replace(start + offset, start + stop, replacement, "safe" if entry.safe else "unsafe")
        yield Finding(start + offset, start + stop, message, suggestion=replacement, fix=fix,
                      severity=entry.severity)
