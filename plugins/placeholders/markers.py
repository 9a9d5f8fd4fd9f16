"""PH001: X / XX / × markers a template left for the writer to fill in."""

import re

from checker import Finding, rule

MARKER = re.compile(r"(?<![A-Za-z0-9])(?:X{1,4}|×{1,4})(?![A-Za-z0-9])")


@rule("PH001", "placeholder-marker", "placeholder", "error", "未填写的占位符（XX、×、X月X日）",
      bad=["请XX同志发言。"], good=["拍X线片。"])
def placeholder_marker(doc, ctx):
    """A template's X marks reach the podium when nobody fills them in."""
    for match in MARKER.finditer(doc.prose):
        yield Finding(match.start(), match.end(), f"未填写的占位符“{match.group()}”")
