"""TY002: garbled and non-standard characters (outside the 通用规范汉字表)."""

from __future__ import annotations

from checker import Finding, Fix, rule

from .charsets import REPLACEMENT, SOURCES, tables_for
from .mojibake import GarbleScanner


def _is_private(char: str) -> bool:
    point = ord(char)
    return 0xE000 <= point <= 0xF8FF or point >= 0xF0000


def _codepoint(char: str) -> str:
    return f"U+{ord(char):04X}"


@rule(
    "TY002", "non-standard-character", "typo", "error", "乱码或《通用规范汉字表》外的字",
    standard="《通用规范汉字表》（国务院 2013 年公布，8105 字）",
    bad=["搬迁安臵在哪里", "同步设臵", "⽤⼾⽅⾯", "系统显示锟斤拷", "文件损坏\ufffd了", "组织部分浠ｈ〃视察"],
    good=["搬迁安置在哪里", "同步设置", "用户方面", "他叫王喆，住在堃园小区", "二〇二四年"],
    fixable=True,
)
def non_standard_character(doc, ctx):
    """A Han character outside the 通用规范汉字表 rarely belongs in a government draft.

    Most are the trace of a conversion, not a choice: “臵” for “置” comes from old encodings and
    fonts; Kangxi radicals (“⽤” U+2F64 for “用”) and compatibility ideographs come from text
    copied out of PDF files; they look right on screen but break search, sorting and the
    typesetter's fonts. When the standard form is known the finding is an error with the
    correction; otherwise it is a warning, since names of people and places may use a rare
    character on purpose. List such names under ``[rules.TY002] allow = ["…"]``.

    Text saved in UTF-8 and read as GBK (浠ｈ〃 for 代表, 缇や紬 for 群众) is decoded back and
    reported as one run with the text meant; other rules' findings inside the run (a
    full-width ｈ, a traditional-looking 爺) are about the same garble and are dropped.

    Private-use characters and U+FFFD (the replacement character) are text that was lost in a
    conversion, and sequences such as “锟斤拷” are the signature of a double mis-decoding.
    Traditional characters are left to TY005, which knows whether the whole document is
    traditional.
    """
    tables = tables_for(ctx, "TY002")
    prose = doc.prose
    scanner = ctx.compiled(f"typos.garbles:{id(tables)}", lambda: GarbleScanner(tables.standard, tables.allowed))
    chars = set(prose)
    garbled = list(scanner.runs(prose, chars))
    for start, end, meant in garbled:
        text = prose[start:end]
        yield Finding(start, end, f"乱码“{text}”应为“{meant}”：UTF-8 编码的文字被当作 GBK 读取",
                      suggestion=meant, fix=Fix.replace(start, end, meant, "unsafe"), claims_span=True)
    for match in tables.outside_runs(prose, chars):
        if any(start <= match.start() < end for start, end, _ in garbled):
            continue
        yield from _run_findings(tables, match.start(), match.group())
    for entry in tables.garbled:
        if "compiled" in entry:
            for match in entry["compiled"].finditer(prose):
                yield _decoded_finding(match.start(), match.group(), entry["reason"])
            continue
        text = entry["text"]
        position = prose.find(text)
        while position != -1:
            yield Finding(position, position + len(text), f"乱码“{text}”：{entry['reason']}")
            position = prose.find(text, position + len(text))


def _decoded_finding(start: int, text: str, reason: str) -> Finding:
    """UTF-8 read as Windows-1252 (é‡‡ for 采): read back, the bytes give the text meant."""
    try:
        meant = text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return Finding(start, start + len(text), f"乱码“{text}”：{reason}")
    return Finding(start, start + len(text), f"乱码“{text}”应为“{meant}”：{reason}",
                   suggestion=meant, fix=Fix.replace(start, start + len(text), meant, "unsafe"))


def _run_findings(tables, start: int, run: str):
    """One finding per character with a known standard form, one per run of unknown ones."""
    unknown_start = None
    for index, char in enumerate(run + "\0"):
        known = char != "\0" and _known_form(tables, char)
        if char != "\0" and not known:
            if unknown_start is None:
                unknown_start = index
            continue
        if unknown_start is not None:
            yield _unknown_finding(start + unknown_start, run[unknown_start:index])
            unknown_start = None
        if known:
            target, severity, safety, why = known
            position = start + index
            yield Finding(
                position, position + 1,
                f"“{char}”（{_codepoint(char)}）不是规范汉字，应为“{target}”：{why}",
                suggestion=target, fix=Fix.replace(position, position + 1, target, safety),
                severity=severity,
            )


def _known_form(tables, char: str):
    entry = tables.curated.get(char)
    if entry is not None:
        safety = "safe" if entry.get("safe") else "unsafe"
        return entry["standard"], "error", safety, entry["reason"]
    mapped = tables.variants.get(char)
    if mapped is not None:
        target, source = mapped
        severity, safety, why = SOURCES[source]
        return target, severity, safety, why
    return None


def _unknown_finding(start: int, text: str) -> Finding:
    if REPLACEMENT in text:
        message = f"文字已损坏：“{text}”含替换字符 U+FFFD，原字在转换中丢失"
        severity = "error"
    elif all(_is_private(c) for c in text):
        codes = "、".join(_codepoint(c) for c in text)
        message = f"私用区字符（{codes}），多为字体或编码转换留下的乱码"
        severity = "error"
    elif len(text) == 1:
        message = f"“{text}”（{_codepoint(text)}）不在《通用规范汉字表》内；若非人名地名用字，请核对"
        severity = "warning"
    else:
        codes = "、".join(_codepoint(c) for c in text)
        message = f"“{text}”（{codes}）均不在《通用规范汉字表》内，疑似乱码"
        severity = "warning"
    return Finding(start, start + len(text), message, severity=severity)
