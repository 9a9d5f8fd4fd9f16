"""The organisations a draft names, and whether a web or mail address is one of theirs.

A company's notice gives its own site and mailbox (招聘邮箱：hr@xingchen-im.com under 湖南星辰
智造科技有限公司); a template site's leftovers give the site's (www.fanwen365.com). The
company's address spells its name in pinyin, and the draft names the company: that tells the
two apart where the words around the address do not. The endings of an organisation's name
(有限公司, 集团, 医院 …) are data: ``rulesets/organisations.toml``.

pypinyin is imported only when a draft holds an address to judge.
"""

from __future__ import annotations

import re

from .context import Context
from .errors import ConfigError

DATA = "organisations"
NAME_RUN = 12  # Han characters before an ending that may hold the name (长沙市星辰智造)
SHORTEST = 5  # letters: a shorter part of an address (hr, bid, tech) spells too much by chance
PARTS = re.compile(r"[a-z]+")


def own_address(ctx: Context, doc, address: str, at: int) -> bool:
    """The address at offset ``at`` (its host, or its mailbox's) spells the name of an
    organisation the draft names on another line: xingchen-im.com beside 湖南星辰智造科技有限
    公司. A site's banner names its operator on its own line (本站由某某文化传媒有限公司运营
    www.…com), which is no evidence."""
    host = address.lower().rsplit("@", 1)[-1]
    host = re.sub(r"^[a-z]+://", "", host).split("/", 1)[0]
    labels = host.split(".")
    parts = {part for label in labels[:-1] if label != "www" for part in PARTS.findall(label)
             if len(part) >= SHORTEST}
    if not parts:
        return False
    names = ctx.analysis(doc, "organisations.names", lambda: _spelled_names(doc.text, _ending(ctx)))
    line = doc.text.rfind("\n", 0, at) + 1
    line_end = doc.text.find("\n", at)
    line_end = len(doc.text) if line_end < 0 else line_end
    return any(not line <= where < line_end for part in parts for where in names.get(part, ()))


def _ending(ctx: Context) -> re.Pattern | None:
    def build():
        words = []
        for index, entry in enumerate(ctx.data(DATA).get("ending", []), 1):
            if not (isinstance(entry.get("words"), list) and entry["words"] and entry.get("reason")):
                raise ConfigError(f"organisations [[ending]] entry {index}: needs 'words' and a 'reason'")
            words += entry["words"]
        if not words:
            return None
        alternation = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
        return re.compile(f"([\u4e00-\u9fff]{{2,{NAME_RUN}}}?)(?:{alternation})")

    return ctx.compiled("organisations.ending", build)


def _spelled_names(text: str, ending: re.Pattern | None) -> dict[str, list[int]]:
    """The pinyin, without tones, of every two to four characters before an organisation's
    ending (星辰 → xingchen, 迅联 → xunlian: the name proper sits among the place and trade
    words around it), with where each was named."""
    if ending is None:
        return {}
    runs = [(match.group(1), match.start()) for match in ending.finditer(text)]
    if not runs:
        return {}
    from pypinyin import lazy_pinyin

    spelled: dict[str, list[int]] = {}
    for run, where in runs:
        syllables = lazy_pinyin(run)
        for size in (2, 3, 4):
            for start in range(len(syllables) - size + 1):
                word = "".join(syllables[start:start + size])
                if len(word) >= SHORTEST:
                    spelled.setdefault(word, []).append(where)
    return spelled
