"""Wording shared by the AD rules' messages."""

from __future__ import annotations

from .signals import Hit, strongest

KIND_NAMES = {"导语套话": "导语"}
ZONE_NAMES = {"head": "页首", "tail": "页尾", "front": "标题下", "title": "标题处", "body": "正文中"}


def quote(text: str, limit: int = 24) -> str:
    text = text.replace("\0", "").strip()
    if len(text) > limit:
        text = text[:limit - 1] + "…"
    return f"“{text}”"


def evidence(hits: list[Hit]) -> tuple[str, str]:
    """The kinds and the quoted words that made a line site text: (“版权声明、推销”, “…”“…”)."""
    best = strongest(hits)
    kinds: list[str] = []
    for hit in best:
        kind = KIND_NAMES.get(hit.signal.kind, hit.signal.kind)
        if kind and kind not in kinds:
            kinds.append(kind)
    return "、".join(kinds), "".join(quote(h.text, 28) for h in best)
