"""The character tables behind TY002 and TY005, built once per process from ruleset data.

``rulesets/tgh.toml`` (generated) holds the 通用规范汉字表 and the Unihan/OpenCC mappings;
``rulesets/variants.toml`` (curated) holds certain standard forms, garbled sequences and the
allowlist. Scanning uses one compiled character class per question, so the per-character work
happens inside the regular expression engine, not in a Python loop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from checker import ConfigError

# Where a Han character, or something standing in for one, can be.
HAN_BLOCKS = (
    (0x2E80, 0x2EFF),  # CJK Radicals Supplement
    (0x2F00, 0x2FDF),  # Kangxi Radicals
    (0x3400, 0x4DBF),  # Extension A
    (0x4E00, 0x9FFF),  # Unified Ideographs
    (0xF900, 0xFAFF),  # Compatibility Ideographs
    (0x20000, 0x323AF),  # Extensions B–H
    (0x2F800, 0x2FA1F),  # Compatibility Ideographs Supplement
)
# Private use (glyphs a font put outside Unicode) and the replacement character (lost text).
PRIVATE_BLOCKS = ((0xE000, 0xF8FF), (0xFFFD, 0xFFFD), (0xF0000, 0xFFFFD), (0x100000, 0x10FFFD))
REPLACEMENT = "\ufffd"

# Trust in a generated mapping, most certain first: (source key, severity, fix safety, why).
SOURCES = {
    "radical": ("error", "safe", "部首字符冒充了汉字，常见于从 PDF 复制的文字"),
    "compatibility": ("error", "safe", "兼容区汉字与统一区汉字是同一个字，应使用统一区编码"),
    "z": ("error", "unsafe", "与规范字只有字形细微差别的异体字"),
    "japanese": ("error", "unsafe", "日本新字体，不是规范汉字"),
    "semantic": ("warning", "unsafe", "《通用规范汉字表》外的异体字，可能应为规范字"),
}


def chars_of(text: str) -> str:
    """A generated string with layout whitespace removed."""
    return "".join(text.split())


def pairs_of(text: str) -> dict[str, tuple[str, ...]]:
    """``"黨党 線线缐"`` → ``{"黨": ("党",), "線": ("线", "缐")}``."""
    return {group[0]: tuple(group[1:]) for group in text.split() if len(group) > 1}


def char_class(code_points: list[int]) -> str:
    """A regular expression matching exactly one of ``code_points``."""
    ranges = []
    points = sorted(set(code_points))
    for point in points:
        if ranges and point == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], point)
        else:
            ranges.append((point, point))
    return class_of_ranges(ranges)


def class_of_ranges(ranges: list[tuple[int, int]]) -> str:
    """A regular expression for the code point ``ranges``.

    re compiles a class of Basic Multilingual Plane characters to a bitmap, but falls back to a
    list of ranges tried one by one as soon as an astral character is in it; so the astral
    part is a class of its own, guarded by a cheap test.
    """
    classes = []
    for plane, guard in (([r for r in ranges if r[1] <= 0xFFFF], ""),
                         ([r for r in ranges if r[1] > 0xFFFF], "(?=[\U00010000-\U0010ffff])")):
        if plane:
            parts = [re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in plane]
            classes.append(guard + "[" + "".join(parts) + "]")
    return "(?:" + "|".join(classes) + ")" if classes else "(?!)"


def _in_blocks(char: str) -> bool:
    point = ord(char)
    return any(lo <= point <= hi for lo, hi in HAN_BLOCKS + PRIVATE_BLOCKS)


def complement_class(blocks, skip: list[int], extra: list[int]) -> str:
    """A character class for every code point of ``blocks`` not in sorted ``skip``, plus ``extra``."""
    ranges: list[tuple[int, int]] = []
    index = 0
    for lo, hi in blocks:
        start = lo
        while index < len(skip) and skip[index] < lo:
            index += 1
        while index < len(skip) and skip[index] <= hi:
            if skip[index] > start:
                ranges.append((start, skip[index] - 1))
            start = skip[index] + 1
            index += 1
        if start <= hi:
            ranges.append((start, hi))
    ranges += [(p, p) for p in extra]
    return class_of_ranges(ranges)


@dataclass(eq=False)
class CharacterTables:
    standard: frozenset[str]
    simplified: frozenset[str]
    traditional: dict[str, tuple[str, ...]]
    variants: dict[str, tuple[str, str]]  # char → (standard form, source key)
    curated: dict[str, dict]  # char → its [[variant]] entry
    allowed: frozenset[str]
    garbled: list[dict] = field(default_factory=list)
    _patterns: dict[str, object] = field(default_factory=dict, repr=False)

    def outside_pattern(self) -> re.Pattern[str]:
        """Runs of characters TY002 must look at: Han-block characters outside the table that
        are neither traditional forms (TY005's) nor allowed, plus private-use and U+FFFD."""
        if "outside" not in self._patterns:
            blocks = sorted(HAN_BLOCKS + PRIVATE_BLOCKS)
            klass = complement_class(blocks, sorted(map(ord, self._skipped())),
                                     sorted(ord(c) for c in self.curated if c not in self.allowed))
            self._patterns["outside"] = re.compile(f"{klass}+")
        return self._patterns["outside"]

    def outside_runs(self, text: str, chars: set[str] | None = None) -> Iterator[re.Match[str]]:
        """The matches of :meth:`outside_pattern` in ``text``, found without compiling it.

        That class of thousands of ranges takes longer to compile than checking a draft does,
        and a draft rarely holds any such character. Of the few hundred distinct characters
        of a draft, those that are not surely fine are the suspects; a class of just those
        finds the same runs. ``chars``: the set of ``text``'s characters, when the caller
        has it.
        """
        fine = self._patterns.get("fine")
        if fine is None:  # grows with every character found fine, so that a later draft's
            fine = self._patterns["fine"] = set(self._skipped())  # are told apart in C
        suspects = []
        for char in (set(text) if chars is None else chars).difference(fine):
            if _in_blocks(char):
                suspects.append(char)
            else:
                fine.add(char)
        if not suspects:
            return iter(())
        return re.finditer(char_class([ord(c) for c in suspects]) + "+", text)

    def _skipped(self) -> set[str]:
        skip = self.standard | self.allowed | set(self.traditional)
        return skip - (set(self.curated) - self.allowed)

    def traditional_matches(self, text: str) -> list[re.Match[str]]:
        """Each traditional character of ``text`` that is not allowed, in text order."""
        if "traditional" not in self._patterns:
            self._patterns["traditional"] = frozenset(self.traditional).difference(self.allowed)
        present = set(text).intersection(self._patterns["traditional"])
        if not present:
            return []
        return list(re.finditer(char_class([ord(c) for c in present]), text))

    def simplified_pattern(self) -> re.Pattern[str]:
        if "simplified" not in self._patterns:
            self._patterns["simplified"] = re.compile(char_class([ord(c) for c in self.simplified]))
        return self._patterns["simplified"]


def load_tables(tgh: dict, variants: dict, extra_allowed: list[str] = ()) -> CharacterTables:
    try:
        levels = tgh["tgh"]
        standard = frozenset(chars_of(levels["level1"] + levels["level2"] + levels["level3"]))
        simplified = frozenset(chars_of(tgh["simplified"]["chars"]))
        traditional = pairs_of(tgh["traditional"]["pairs"])
        generated = tgh["variants"]
    except (KeyError, TypeError) as error:
        raise ConfigError(f"tgh data is incomplete (missing {error}); regenerate it with tools/make_tgh.py") from None
    mapped: dict[str, tuple[str, str]] = {}
    for source in reversed(list(SOURCES)):  # the more certain source wins
        for char, targets in pairs_of(generated.get(source, "")).items():
            mapped[char] = (targets[0], source)
    curated = {}
    for index, entry in enumerate(variants.get("variant", []), 1):
        char, target = entry.get("char"), entry.get("standard")
        if not (isinstance(char, str) and len(char) == 1 and isinstance(target, str) and target):
            raise ConfigError(f"variants [[variant]] entry {index}: needs one-character 'char' and 'standard'")
        curated[char] = entry
    garbled = []
    for index, entry in enumerate(variants.get("garbled", []), 1):
        text, pattern = entry.get("text"), entry.get("pattern")
        if (isinstance(text, str) and text) == (isinstance(pattern, str) and pattern):
            raise ConfigError(f"variants [[garbled]] entry {index}: needs 'text' or 'pattern'")
        if pattern:
            try:
                entry = {**entry, "compiled": re.compile(pattern)}
            except re.error as error:
                raise ConfigError(f"variants [[garbled]] entry {index}: invalid pattern: {error}") from None
        garbled.append(entry)
    allowed = set()
    for item in list(variants.get("allow", [])) + list(extra_allowed or ()):
        if not isinstance(item, str):
            raise ConfigError("variants 'allow' and the 'allow' option take strings")
        allowed.update(item)
    return CharacterTables(
        standard=standard, simplified=simplified, traditional=traditional, variants=mapped,
        curated=curated, allowed=frozenset(allowed), garbled=garbled,
    )


def tables_for(ctx, rule_id: str) -> CharacterTables:
    """The tables for this run, with the rule's ``allow`` option folded in."""
    allow = ctx.option("allow", [])
    if isinstance(allow, str):
        allow = [allow]
    if not isinstance(allow, list):
        raise ConfigError(f"[rules.{rule_id}] allow must be a list of strings")
    key = f"typos.charsets:{rule_id}:{'|'.join(map(str, allow))}"
    return ctx.compiled(key, lambda: _shared_tables(ctx.data("tgh"), ctx.data("variants"), tuple(allow)))


_SHARED: dict[tuple, CharacterTables] = {}


def _shared_tables(tgh: dict, variants: dict, allow: tuple) -> CharacterTables:
    """Tables shared by every engine of the process that sees the same data.

    ``ctx.compiled`` memoises per data source, and a process that builds several engines (an
    editor integration, the test suite) would otherwise rebuild the large character classes
    each time. The key is the data's content; Python caches a string's hash, so it is cheap.
    """
    key = (repr(tgh), repr(variants), allow)
    if key not in _SHARED:
        if len(_SHARED) >= 8:
            _SHARED.clear()
        _SHARED[key] = load_tables(tgh, variants, list(allow))
    return _SHARED[key]
