"""Which paragraphs of a Word draft are headings: those in a heading style or with an outline level.

A bulletin made in Word titles each article with 标题 1 and numbers its parts 一、二、 under
it; the style, not the text, says a new part begins. Word marks a heading by its style's name
(the built-in ``heading 1`` … ``heading 9`` and ``Title``, whatever the display language) or by
an outline level (``w:outlineLvl`` 0–8) set in the style or on the paragraph itself. Styles
inherit through ``w:basedOn``.
"""

from __future__ import annotations

import re

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HEADING_NAME = re.compile(r"(?i)(?:heading\s*[1-9]|title|标题(?:\s*[1-9])?)")
BODY_LEVEL = 9  # w:outlineLvl 9 is body text


def heading_styles(styles_root) -> frozenset[str]:
    """The ids of the styles that make a paragraph a heading."""
    if styles_root is None:
        return frozenset()
    own: dict[str, bool] = {}
    parent: dict[str, str] = {}
    for style in styles_root.iter(f"{W}style"):
        if style.get(f"{W}type") not in (None, "paragraph"):
            continue
        style_id = style.get(f"{W}styleId")
        if not style_id:
            continue
        name = style.find(f"{W}name")
        named = name is not None and HEADING_NAME.fullmatch(name.get(f"{W}val") or "") is not None
        own[style_id] = named or _outline_level(style.find(f"{W}pPr")) is not None
        based = style.find(f"{W}basedOn")
        if based is not None and based.get(f"{W}val"):
            parent[style_id] = based.get(f"{W}val")
    found = set()
    for style_id in own:
        seen, current = set(), style_id
        while current is not None and current not in seen:
            if own.get(current):
                found.add(style_id)
                break
            seen.add(current)
            current = parent.get(current)
    return frozenset(found)


def is_heading(paragraph, styles: frozenset[str]) -> bool:
    """Is this ``w:p`` a heading, by its style or by its own outline level?"""
    properties = paragraph.find(f"{W}pPr")
    if properties is None:
        return False
    style = properties.find(f"{W}pStyle")
    if style is not None and style.get(f"{W}val") in styles:
        return True
    return _outline_level(properties) is not None


def _outline_level(properties) -> int | None:
    if properties is None:
        return None
    level = properties.find(f"{W}outlineLvl")
    try:
        value = int(level.get(f"{W}val")) if level is not None else None
    except (TypeError, ValueError):
        return None
    return value if value is not None and 0 <= value < BODY_LEVEL else None
