"""PH003: a title left as the subject of a sentence after its name was deleted."""

from __future__ import annotations

from typing import Iterator

from checker import Finding, rule

from .data import (blank_data, dropped_pattern, listed_post_comrade_pattern, post_comrade_pattern, title_leads,
                   unnamed_invitee_pattern)
from .text import opens_clause, quoted_example, quoted_name


@rule(
    "PH003", "dropped-name", "placeholder", "warning",
    "称谓前缺少姓名（“。同志指出，”“，书记强调”）",
    bad=[
        "党组织书记是关键。同志指出，书记抓党建是本职。",
        "会议传达了上级精神，同志强调，要狠抓落实。",
        "书记在全市大会上指出，要压实责任。",
        "请市发展和改革委员会主任同志宣读表彰决定。",
        "刚才，同志热情洋溢的致辞令人振奋。",
    ],
    good=[
        "同志们：今天我们召开会议。",
        "王明同志指出，抓党建是本职。",
        "县委书记强调，要压实责任。书记员说明了庭审纪律。",
        "请县发改委主任王明同志宣读决定。各位局长同志：大家好。",
        "刚才，王明同志热情洋溢的致辞令人振奋。会议议程：三、书记讲话。",
    ],
)
def dropped_name(doc, ctx) -> Iterator[Finding]:
    """Templates and scraped speeches often lose a name: “张三同志指出” becomes
    “。同志指出，”, or “××书记强调” becomes “书记强调”. Read aloud, the audience hears a
    quotation from nobody.

    Reported when a title from ``[[dropped_name]]`` in ``rulesets/placeholders.toml`` (同志,
    书记) opens a sentence or clause — at the start of a line or right after 。！？；：， or an
    opening quote — and is followed by a reporting verb (指出, 强调, 要求, 说…), optionally
    with adverbs (曾, 多次, 深刻…) or an occasion (在全市大会上) in between, or by 的 and
    what was delivered (刚才，同志热情洋溢的致辞; ``[names] speech_nouns``). “同志们”, a
    title after a name or a post (王明同志, 县委书记), other words (书记员) and the name of a
    campaign in quotes (“书记讲党课”比赛) are not. A clause may open with a word of
    ``[names] title_leads`` before the title (正如同志在全县推进会上指出的).

    A post followed by 同志 with nothing between (市委书记同志在大会上强调, 请市发改委主任同志
    宣读) lost the name that stood between them, wherever it stands in the sentence; the posts
    are ``stand_in_posts`` and the host's cues (宣读, 致辞, 颁奖) ``[names] host_verbs``. So
    did a post and 同志 with only a 顿号 between (请市委副书记、同志牵头), whatever follows, and
    two posts so set apart right before a reporting verb (党组书记、局长强调; the ``[names]
    post_pair_verbs``). A host who names one invitee (请县委副书记周明远同志，) names the next
    too: a clause of posts alone before a host's cue (县委常委、组织部部长为他们颁奖) lost its name.

    A warning, not an error: the sentence may refer back to a person named just before.
    """
    prose = doc.prose
    blanks = blank_data(ctx)
    cues = blanks.example_cues
    yield from _post_without_name(prose, post_comrade_pattern(ctx), blanks)
    yield from _listed_post_without_name(prose, listed_post_comrade_pattern(ctx), blanks)
    yield from _unnamed_invitee(prose, unnamed_invitee_pattern(ctx), blanks)
    pattern = dropped_pattern(ctx)
    if pattern is None:
        return
    for match in pattern.finditer(prose):
        speech = match.groupdict().get("title_s") is not None
        start, end = match.span("title_s" if speech else "title")
        if not opens_clause(prose, start) and not _after_lead(prose, start, title_leads(ctx)):
            continue  # 王明同志指出, 县委书记强调: the name or post is there
        if quoted_example(prose, start, end, cues) or quoted_name(prose, start, end, blanks.campaign_nouns):
            continue  # 不要写成“书记强调”; 开展“书记讲党课”比赛
        title = prose[start:end]
        if speech:
            verb = match.group("verb_s")
            said = f"不知是谁的{verb[verb.rindex('的') + 1:]}"
        else:
            verb = match.group("verb")
            said = f"不知是谁{verb}" if len(verb) > 1 else "不知是谁"  # 书记从……: a preposition, no deed
        yield Finding(start, end, f"“{title}”前缺少姓名：“{title}{verb}”{said}")


def _post_without_name(prose: str, pattern, blanks) -> Iterator[Finding]:
    """市委书记同志在大会上强调, 请市发改委主任同志宣读: 同志 right after a post, where the
    name belongs between them. After a surname (王书记同志) or in an address to many (各位局长
    同志, 局长同志们) nothing is missing."""
    if pattern is None or "同志" not in prose:
        return
    for match in pattern.finditer(prose):
        start, end = match.span("title")
        before = prose[max(0, start - 2):start]
        if before[-1:] in blanks.surnames or before.endswith("各") or before.endswith("各位"):
            continue
        if quoted_example(prose, start, end, blanks.example_cues):
            continue
        post = match.group("title")[:-2]
        yield Finding(start, end - 2, f"“{post}”与“同志”之间缺少姓名：“{match.group('title')}{match.group('verb')}”不知是谁")


def _unnamed_invitee(prose: str, pattern, blanks) -> Iterator[Finding]:
    """请县委副书记周明远同志，县委常委、组织部部长为他们颁奖: the first invitee is named, the
    second is posts alone; a host names everyone he calls up."""
    if pattern is None or "请" not in prose or "同志，" not in prose:
        return
    for match in pattern.finditer(prose):
        title = match.group("title")
        if any(word in title for word in blanks.not_invitees):
            continue  # 请王明同志讲话，请各位代表发言: a group, not a person
        start, end = match.span("title")
        yield Finding(start, end, f"“{title}”后缺少姓名：前面请的是“……同志”，这一位只有职务")


def _listed_post_without_name(prose: str, pattern, blanks) -> Iterator[Finding]:
    """请市委副书记、同志牵头, 党组书记、局长强调: the name after the posts is gone."""
    if pattern is None or "、" not in prose:
        return
    for match in pattern.finditer(prose):
        start, end = match.span("title")
        if quoted_example(prose, start, end, blanks.example_cues):
            continue
        title = match.group("title")
        where = "顿号后" if title.endswith("同志") else "职务后"
        yield Finding(start, end, f"“{title}”{where}缺少姓名：不知是哪位同志")


def _after_lead(prose: str, start: int, leads: tuple[str, ...]) -> bool:
    """正如同志……指出: a lead word opens the clause right before the title."""
    return any(prose.startswith(lead, start - len(lead)) and opens_clause(prose, start - len(lead)) for lead in leads)
