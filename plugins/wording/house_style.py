"""WO001: entries of ``rulesets/house_style.toml`` and the team's own files.

Two kinds of entry, each with a ``reason`` that becomes the explanation in the message:

``[[substitution]]``  ``wrong`` (a phrase) or ``pattern`` (a regular expression), and
``right`` (the replacement; in a pattern entry it may use ``\\1`` group references).
``safe = true`` makes the replacement a safe fix; otherwise it is offered as unsafe.

``[[existence]]``  ``phrase`` or ``pattern`` that should not appear, with a ``message``.

Both accept ``severity`` (error, warning, info) and ``unless`` (a phrase: skip a match that
lies inside an occurrence of it). Patterns from plugins' and teams' files are compiled with a
time budget, so a runaway pattern in a shared file is reported instead of hanging the run. The
built-in file's patterns are ours and tested, so they are plain ``re`` (fixed-width
lookbehinds only), and phrases are literal; neither needs the guard, nor its import.
"""

from __future__ import annotations

import re

from checker import ConfigError, Finding, Fix, rule
from checker.patterns import compile_user_pattern

SEVERITIES = ("error", "warning", "info")


def _compile(entries: list[dict], kind: str, builtin: int) -> list[tuple[dict, object]]:
    """Each entry with its compiled pattern; the first ``builtin`` entries are the built-in file's."""
    compiled = []
    for index, entry in enumerate(entries, 1):
        where = f"house_style [[{kind}]] entry {index}"
        text = entry.get("wrong") if kind == "substitution" else entry.get("phrase")
        source = entry.get("pattern")
        if bool(text) == bool(source):
            key = "wrong" if kind == "substitution" else "phrase"
            raise ConfigError(f"{where}: give exactly one of '{key}' or 'pattern'")
        if kind == "substitution" and not isinstance(entry.get("right"), str):
            raise ConfigError(f"{where}: needs 'right'")
        if entry.get("severity", "warning") not in SEVERITIES:
            raise ConfigError(f"{where}: severity must be one of {', '.join(SEVERITIES)}")
        if not source:
            if not isinstance(text, str):
                raise ConfigError(f"{where}: a phrase must be a string")
            pattern = re.compile(re.escape(text))
        elif index <= builtin:
            try:
                pattern = re.compile(source)
            except re.error as error:
                raise ConfigError(f"{where}: invalid pattern {source!r}: {error}") from None
        else:
            pattern = compile_user_pattern(source, where)
        compiled.append((entry, pattern))
    return compiled


def _inside_unless(text: str, start: int, end: int, unless: str | None) -> bool:
    if not unless:
        return False
    lo = max(0, start - len(unless))
    for match in re.finditer(re.escape(unless), text[lo:end + len(unless)]):
        if lo + match.start() <= start and end <= lo + match.end():
            return True
    return False


@rule(
    "WO001", "house-style", "wording", "warning", "不符合规范或本单位用语要求的写法",
    standard="GB/T 15835-2011 5.1.2（汉字数字中的“〇”）及本单位用语规范",
    bad=["二0二四年工作要点", "二O二五年"],
    good=["二〇二四年工作要点", "2024年工作要点"],
    fixable=True,
)
def house_style(doc, ctx):
    """Wording a team has agreed to avoid, from data rather than code.

    The built-in entries cover points of the national standards that a phrase list expresses
    well (GB/T 15835-2011: a zero written inside a Chinese-numeral year is 〇, not the digit 0 or
    the letter O). Teams add their own preferred terms and banned phrases in a TOML file listed
    under ``[data] house_style = [...]``, each entry with the reason an editor will read.
    """
    data, builtin = ctx.data("house_style"), ctx.builtin_data("house_style")
    substitutions, existences = ctx.compiled(
        "house_style.entries",
        lambda: tuple(_compile(data.get(kind, []), kind, len(builtin.get(kind, [])))
                      for kind in ("substitution", "existence")),
    )
    prose = doc.prose
    for entry, pattern in substitutions:
        for match in pattern.finditer(prose):
            start, end = match.start(), match.end()
            if start == end or _inside_unless(prose, start, end, entry.get("unless")):
                continue
            right = match.expand(entry["right"]) if entry.get("pattern") else entry["right"]
            if right == match.group():
                continue
            safety = "safe" if entry.get("safe") else "unsafe"
            yield Finding(
                start, end, f"“{match.group()}”应为“{right}”：{entry['reason']}",
                suggestion=right, fix=Fix.replace(start, end, right, safety),
                severity=entry.get("severity"),
            )
    for entry, pattern in existences:
        for match in pattern.finditer(prose):
            start, end = match.start(), match.end()
            if start == end or _inside_unless(prose, start, end, entry.get("unless")):
                continue
            message = entry.get("message") or f"避免使用“{match.group()}”"
            yield Finding(start, end, f"{message}：{entry['reason']}", severity=entry.get("severity"))
