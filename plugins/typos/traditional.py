"""TY005: traditional characters mixed into a simplified document."""

from __future__ import annotations

from checker import Finding, Fix, rule

from .charsets import tables_for


@rule(
    "TY005", "traditional-character", "typo", "error", "简体文稿中混入繁体字",
    standard="《通用规范汉字表》（2013）；《中华人民共和国国家通用语言文字法》第十七条",
    bad=["全面从严治黨，實現目标。", "这是一隻手"],
    good=["全面从严治党，实现目标。", "全面從嚴治黨，實現目標。", "乾坤、著名、於是"],
    fixable=True,
)
def traditional_character(doc, ctx):
    """A traditional character in a simplified draft is usually pasted from another source.

    Official documents in the mainland use the standard simplified characters; a “黨” or
    “實現” among them stands out in print and in the screen-reader, and usually means a passage
    was copied from a traditional-character website without review. Characters of the
    通用规范汉字表 (乾, 著, 於, 瞭 keep their place there for particular uses) are never reported.

    A document written in traditional characters throughout is not an error: the rule counts
    characters that only exist in simplified form (们, 实, 这) and stays silent when traditional
    forms are the majority. Names that must keep a traditional form go under
    ``[rules.TY005] allow = ["…"]``.
    """
    tables = tables_for(ctx, "TY005")
    prose = doc.prose
    hits = tables.traditional_matches(prose)
    if not hits:
        return
    # Count simplified-only characters just far enough to outnumber the traditional ones.
    simplified_count = 0
    for _ in tables.simplified_pattern().finditer(prose):
        simplified_count += 1
        if simplified_count >= len(hits):
            break
    if len(hits) > simplified_count:
        return  # a traditional (or mostly traditional) document
    for match in hits:
        char = match.group()
        targets = tables.traditional[char]
        if len(targets) == 1:
            target = targets[0]
            yield Finding(match.start(), match.end(), f"繁体字“{char}”，简体文稿中应为“{target}”",
                          suggestion=target, fix=Fix.replace(match.start(), match.end(), target, "unsafe"))
        else:
            options = "”或“".join(targets)
            yield Finding(match.start(), match.end(), f"繁体字“{char}”，简体文稿中应为“{options}”，请按词义选择",
                          suggestion=targets[0])
