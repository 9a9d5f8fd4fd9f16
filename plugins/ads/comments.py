"""Site text hidden in the HTML comments of a Markdown draft.

A draft converted from a template site's page to Markdown may keep the page's comments: the
site's credit, its download pitch, its address (<!-- 本文来源于某某范文网 www.… -->). Rendered,
they are invisible; in the repository, in the HTML an editor publishes and in any tool that
reads the source, they still say where the text came from. The reader keeps comments out of
the prose, so the line layout never sees them: each comment is scored on its own, by the same
ad signals and the same threshold as a line at the head of a page; an address counts only
beside a word of the site's, because authors note their sources in comments too. A comment
holds no speech, so no position is needed to tell it from one.
"""

from __future__ import annotations

from typing import Iterator, NamedTuple

from checker import Edit, Fix

from .layout import BARE_DOMAIN, Settings, contact_signal, official
from .signals import Hit, score

OPEN, CLOSE = "<!--", "-->"


class Comment(NamedTuple):
    start: int
    end: int
    hits: list[Hit]


def site_comments(doc, conf: Settings, owned) -> Iterator[Comment]:
    """The comments of ``doc`` whose text scores as a template site's."""
    text = doc.text
    for region in doc.regions_of("html-comment"):
        inner_start = region.start + len(OPEN)
        inner = text[inner_start:region.end - len(CLOSE)]
        hits = [h._replace(start=h.start + inner_start, end=h.end + inner_start)
                for h in conf.ads.hits(inner)]
        if not any(h.signal.weight > 0 for h in hits):
            continue  # no word of a site's: an author's note, not worth a scan for addresses
        hits += _addresses(inner, inner_start, conf, owned)
        if score(hits, conf.floor) >= conf.threshold:
            yield Comment(region.start, region.end, hits)


def _addresses(inner: str, offset: int, conf: Settings, owned) -> list[Hit]:
    """Domains in a comment (www.fanwen.com, the host of a URL) that no one the draft names owns."""
    contact = contact_signal(conf)
    found = []
    for match in BARE_DOMAIN.finditer(inner):
        address, at = match.group(), match.start() + offset
        if not official(address, conf) and not owned(address, at):
            found.append(Hit(at, at + len(address), contact, address))
    return found


def delete_comment(doc, comment: Comment) -> Fix:
    """Delete the comment; when it stands alone on its line, the line goes with it."""
    text = doc.text
    start, end = comment.start, comment.end
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if not text[line_start:start].strip() and not text[end:line_end].strip():
        start, end = line_start, min(line_end + 1, len(text))
    return Fix((Edit(start, end, ""),), "unsafe")
