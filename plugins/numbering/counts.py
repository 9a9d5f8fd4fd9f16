"""Counts a draft states: announced before a list (讲三点意见：) and stated after one
(A、B、C等三个方面).

Both are found by pattern and kept only when the text around them leaves no doubt about what
is counted: an announcement must end its paragraph (or come right before the first item) and
be said with a colon or a speaking verb; a stated count must follow a list whose items are
separated by 、 within one clause.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import Iterator, NamedTuple

from checker.patterns import alternation

from .numerals import COUNT_NUMBER, NUMERAL_CHARACTERS, count_value

CLAUSE_BOUNDARY = frozenset("，。；：！？,;:!?\n\0（）()【】[]")
OPENERS = {"”": "“", "’": "‘", "》": "《", "」": "「", "』": "『", "）": "（", ")": "("}
CLOSERS = {v: k for k, v in OPENERS.items()}
SENTENCE_END = frozenset("。！？!?")
# The rest of a noun phrase between an announced count and its colon (以下五项|活动：, 六项重点|任务：),
# after a `list_leads` word or a noun of the list; 下午三点开始： announces nothing.
LIST_NOUN = r"(?:(?![一二两三四五六七八九十])[\u4e00-\u9fff]){1,6}"  # a noun of up to six characters, no count
NOUN_BEFORE_COLON = re.compile(rf"{LIST_NOUN}[：:]")
# After 以下/下列 the rest of the clause may stand before the colon that ends the paragraph,
# after a comma or not (重点围绕以下七类矛盾纠纷开展拉网式排查：, 围绕以下四个方面，进一步做好
# 整改工作：); a numeral in it may make a word (进一步, 统一) but not another count (三项).
CLAUSE_TO_FINAL_COLON = re.compile(
    r"[，,]?(?P<words>(?:(?![一二两三四五六七八九十][个项类点条种名大批])[\u4e00-\u9fff]){1,24})[：:][ \t\u3000\0]*$"
)
# …or before the colon that the first item follows at once (对以下四类对象实行一级严管：一是……), its
# words holding no other count (一级 is a grade, 三类 would be a count).
CLAUSE_TO_FIRST_ITEM = re.compile(
    r"(?P<words>(?:(?![一二两三四五六七八九十][个项类点条种名])[\u4e00-\u9fff]){1,24})[：:]"
    r"(?=[ \t\u3000]*(?:一[是要]|[1１][.．、]|（一）|①|首先|第一[，、是]))"
)
# Whatever the lead, the clause may run on to a comma and a word of ``before_colon`` that says
# the list to follow is all of it, its colon ending the paragraph: 对六项决议草案进行表决，具体为：
CLAUSE_TO_LISTING = re.compile(
    r"(?:(?![一二两三四五六七八九十][个项类点条种名])[\u4e00-\u9fff]){1,16}[，,]"
    r"(?P<lead>[\u4e00-\u9fff]{1,6})(?P<colon>[：:])[ \t\u3000\0]*$"
)
# Or the count's own clause ends at the comma and a short one names what each item is (下设九个
# 工作组，各工作组职责如下：), closed by a word of `before_colon` that says a list follows; a
# clause or two may stand between (围绕“七个主题日”，组织相关单位分别牵头开展系列活动，具体如下：).
COMMA_TO_LISTING = re.compile(r"[，,](?:[\u4e00-\u9fff]{2,20}[，,]){0,2}(?P<words>[\u4e00-\u9fff]{2,12})"
                              r"(?P<colon>[：:])[ \t\u3000\0]*$")
# After 以下/下列 the noun may close the paragraph too: 全区重点开展以下六项专项行动。
NOUN_ENDING_PARAGRAPH = re.compile(r"(?:(?![一二两三四五六七八九十])[\u4e00-\u9fff]){1,6}[：:。]?[ \t\u3000\0]*$")
LAST_ITEM_JOINERS = ("和", "及", "与", "以及", "还有")  # joining the count to the list as an item
PUNCTUATION = frozenset("，。；：！？,;:!?、…—·\"'“”‘’《》（）()「」『』 \t\u3000\0")


class CountData(NamedTuple):
    announce: re.Pattern
    quoted_announce: re.Pattern
    verbs: tuple[str, ...]
    quoted_verbs: tuple[str, ...]
    tails: tuple[str, ...]
    tail_pattern: re.Pattern | None
    list_leads: tuple[str, ...]
    before_colon: tuple[str, ...]
    closing_items: tuple[str, ...]
    nouns: tuple[str, ...]
    adjacent_verbs: tuple[str, ...]
    stated: re.Pattern  # the count alone; what may stand before it is read by ``_stated_matches``
    not_after: tuple[str, ...]
    not_a_list: tuple[str, ...]
    object_words: tuple[str, ...]
    entity_classifiers: tuple[str, ...]
    abstract_nouns: tuple[str, ...]
    conjunction: re.Pattern
    name_joiners: tuple[str, ...]
    count_inside: re.Pattern
    parenthetical: re.Pattern
    echoed: re.Pattern | None  # 五个方面, counted by items that end in 方面
    led: re.Pattern | None = None  # 以下六个服务区：: after 以下 any noun of the list may follow 个
    report_leads: tuple[str, ...] = ()  # 从四个方面作简要汇报。: a lead only before a report's words
    naming_leads: tuple[str, ...] = ()  # 实施六大行动。: a lead only when every item names the noun
    own_counts: tuple[str, ...] = ()  # 残疾人两项补贴: a last item and a count that name one thing
    # The words of `before_colon` that say a list follows whatever comes before them (如下,
    # 分别为, 具体为), unlike 进行 or 是, which make a clause of their own after a comma.
    listing_words: tuple[str, ...] = ()
    # 最后，请……讲话: a host's last step, announced without its number (not 最后，祝……, a wish)
    last_step: re.Pattern | None = None
    # 五大优势。 ending its paragraph names a set of five, whatever verb leads to it
    named_sets: tuple[str, ...] = ()
    # 共设置五个演练科目：: any noun may stand between such a measure word and a colon
    colon_led: re.Pattern | None = None
    # 出席：……　列席：……　记录：……: the fields of minutes between a count and its first heading
    minutes_fields: re.Pattern | None = None
    # “两个维护”, “四个意识”: names of doctrines, quoted and closing a sentence, announce nothing
    doctrines: tuple[str, ...] = ()


def count_data(data: dict) -> CountData:
    announcement = data.get("announcement", {})
    stated = data.get("stated", {})
    classifiers = alternation(announcement.get("classifiers", ["点"]))
    nouns = alternation(announcement.get("nouns", ["意见"]))
    # 三点意见, 四个方面的工作, 三点诚挚的邀请, 两点不成熟的看法, 四项议定事项, 三点认识和建议
    announce = re.compile(
        rf"(?P<num>{COUNT_NUMBER})(?P<cl>{classifiers})"
        rf"(?:(?:(?:[\u4e00-\u9fff]{{2,3}}的|[\u4e00-\u9fff]{{2}})?(?:{nouns})|的(?:[\u4e00-\u9fff]{{2}})?(?:{nouns}))"
        rf"(?:[和及与](?:{nouns}))?)?")  # 三个方面的突出问题
    # “五个一”, “三项机制”; and a number with the word each item opens with: “六不”, “四禁”
    counters = alternation(announcement.get("quoted_counters", []) or ["不"])
    quoted_announce = re.compile(
        rf"“(?P<num>{COUNT_NUMBER})(?P<cl>(?:个|项|大|条|种|点)(?=[^“”\n]{{1,6}}”)|(?:{counters})(?=[^“”\n]{{0,2}}”))"
        rf"[^“”\n]{{0,6}}”")
    stated_classifiers = alternation(stated.get("classifiers", ["个"]))
    stated_pattern = re.compile(rf"(?P<num>{COUNT_NUMBER})(?P<cl>{stated_classifiers})")
    return CountData(
        announce=announce,
        quoted_announce=quoted_announce,
        verbs=tuple(announcement.get("verbs", [])),
        quoted_verbs=tuple(announcement.get("quoted_verbs", [])),
        doctrines=tuple(announcement.get("doctrines", [])),
        tails=tuple(announcement.get("tails", [])),
        list_leads=tuple(announcement.get("list_leads", [])),
        tail_pattern=(re.compile("|".join(f"(?:{p})" for p in announcement["tail_patterns"]))
                      if announcement.get("tail_patterns") else None),
        before_colon=tuple(announcement.get("before_colon", [])),
        closing_items=tuple(announcement.get("closing_items", [])),
        nouns=tuple(announcement.get("nouns", [])),
        adjacent_verbs=tuple(announcement.get("adjacent_verbs", [])),
        stated=stated_pattern,
        not_after=tuple(stated.get("not_after", [])),
        not_a_list=tuple(stated.get("not_a_list", [])),
        object_words=tuple(stated.get("object_words", [])),
        entity_classifiers=tuple(stated.get("entity_classifiers", [])),
        abstract_nouns=tuple(stated.get("abstract_nouns", [])),
        conjunction=re.compile(alternation(stated.get("conjunctions", ["和"]))),
        name_joiners=tuple(stated.get("name_joiners", [])),
        count_inside=re.compile(rf"{COUNT_NUMBER}(?:{stated_classifiers})"),
        echoed=(re.compile(rf"(?P<num>{COUNT_NUMBER})个?(?P<noun>{alternation(announcement['echoed'])})")
                if announcement.get("echoed") else None),
        led=(re.compile(rf"(?:{alternation(announcement['list_leads'])})(?P<num>{COUNT_NUMBER})"
                        rf"(?P<cl>{alternation(announcement['led_classifiers'])})")
             if announcement.get("list_leads") and announcement.get("led_classifiers") else None),
        parenthetical=re.compile(
            rf"(?P<num>{COUNT_NUMBER})(?P<cl>个|项|大|条|种)[^“”（）()，。；：\n]{{1,8}}”?[（(]"
            rf"(?P<list>[^（）()\n]{{3,120}})[）)]"
        ),
        report_leads=tuple(announcement.get("report_leads", [])),
        naming_leads=tuple(announcement.get("naming_leads", [])),
        own_counts=tuple(stated.get("own_counts", [])),
        listing_words=tuple(word for word in announcement.get("before_colon", [])
                            if "如下" in word or word.startswith(("分别", "具体"))),
        last_step=_last_step(announcement.get("closing_wishes", [])),
        named_sets=tuple(announcement.get("named_sets", [])),
        colon_led=(re.compile(rf"(?P<num>{COUNT_NUMBER})(?P<cl>{alternation(announcement['led_classifiers'])})"
                              rf"{LIST_NOUN}(?=[：:])")
                   if announcement.get("led_classifiers") else None),
        minutes_fields=(re.compile(rf"[\s\0*]*(?:{alternation(announcement['minutes_fields'])})[\s\0*]*[：:]")
                        if announcement.get("minutes_fields") else None),
    )


def _last_step(wishes: list[str]) -> re.Pattern:
    """最后一项 or 最后， opening a sentence, unless a closing wish follows the comma."""
    unless = rf"(?![ \t\u3000]*(?:{alternation(wishes)}))" if wishes else ""
    return re.compile(rf"(?:^|[。！？\n])[ \t\u3000]*(?:下面，)?最后(?:一|[，,]{unless})")


# --- announced counts ------------------------------------------------------------------------


@dataclass(frozen=True)
class Announcement:
    start: int  # the number and classifier: 三点
    end: int
    phrase_end: int  # end of the whole phrase: 三点意见
    count: int
    paragraph: int
    first_item_at: int | None  # where an item right after it in the same paragraph would start
    ends_paragraph: bool  # nothing but punctuation or a courtesy (供大家参考) follows it
    forward: bool = False  # the count points ahead: 以下五个方面, 下列三类
    named_by_items: bool = False  # 实施六大行动。: an announcement only if each item names 行动
    enumerated_after: bool = False  # 有三大优势。: an announcement only of 一是…… in the next paragraph


def find_announcements(doc, paragraphs, data: CountData) -> list[Announcement]:
    prose = doc.prose
    found: list[Announcement] = []
    patterns = [(data.announce, False), (data.quoted_announce, True)]
    if data.led is not None:
        patterns.append((data.led, False))
    if data.colon_led is not None:
        patterns.append((data.colon_led, False))
    for index, (start, end) in enumerate(paragraphs):
        counted: set[int] = set()
        for pattern, quoted in patterns:
            for match in pattern.finditer(prose, start, end):
                if match.start("num") in counted:
                    continue  # 以下六个方面 is read once
                count = count_value(match.group("num"))
                if count is None or count < 2:
                    continue
                if not quoted and _inside_quotes(prose, start, match.start()):
                    continue
                if quoted and _one_of_quoted_sets(prose, start, match.start()):
                    continue  # 增强“四个意识”、坚定“四个自信”、做到“两个维护”。: names, not a lead-in
                if (quoted and match.group()[1:-1] in data.doctrines
                        and prose[match.end():match.end() + 1] not in ("：", ":")):
                    continue  # 坚决做到“两个维护”。 over 一是……: a doctrine named, not a plan
                announcement = _announcement(
                    prose, start, end, index, match.start("num"), match.end("cl"), match.end(),
                    count, quoted, data,
                )
                if announcement is not None and quoted:  # report the whole name: “五个一”
                    announcement = replace(announcement, start=match.start(), end=match.end())
                if announcement is not None and _second_count_of_a_clause(prose, found, index, announcement):
                    continue  # 以下六个方面、共24项工作: the heads are six; 24 counts what is under them
                if announcement is not None:
                    found.append(announcement)
                    counted.add(match.start("num"))
    return found


def _one_of_quoted_sets(prose: str, floor: int, quote: int) -> bool:
    """The quoted set closes a list of such sets in its sentence: ……“四个自信”、做到“两个维护”."""
    sentence = max(floor, max(prose.rfind(mark, floor, quote) for mark in "。！？；") + 1)
    return "”、" in prose[sentence:quote]


def _second_count_of_a_clause(prose: str, found: list, index: int, announcement) -> bool:
    """An earlier count of the paragraph stands in the same clause: 以下六个方面、共24项工作."""
    return any(earlier.paragraph == index and earlier.phrase_end <= announcement.start
               and not any(mark in prose[earlier.phrase_end:announcement.start] for mark in "，。；：,;:！？!?")
               for earlier in found)


def _inside_quotes(prose: str, floor: int, pos: int) -> bool:
    return prose.count("“", floor, pos) > prose.count("”", floor, pos)


def _announcement(prose, start, end, index, num_start, num_end, phrase_end, count, quoted, data):
    # Not part of a longer number or an ordinal: 第三点, 十三点.
    before = prose[num_start - 1] if num_start > start else ""
    if before in "第零〇一二两三四五六七八九十百千万0123456789０１２３４５６７８９":
        return None
    scan_from = phrase_end
    tail = prose[scan_from:end]
    body = tail.lstrip(" \t\u3000\0")
    comma = 1 if body[:1] in ("，", ",") else 0  # 共设置五个环节，具体安排如下：
    for word in data.before_colon:  # 分三个阶段进行：
        if body.startswith(word, comma) and body[comma + len(word):comma + len(word) + 1] in ("：", ":"):
            scan_from += len(tail) - len(body) + comma + len(word)
            tail = body = prose[scan_from:end]
            break
    else:
        run_on = CLAUSE_TO_LISTING.match(body)  # 对六项决议草案进行表决，具体为：
        if run_on is None or run_on.group("lead") not in data.before_colon:
            run_on = COMMA_TO_LISTING.match(body)
            if run_on is not None and not run_on.group("words").endswith(data.listing_words):
                run_on = None
        if run_on is not None:
            scan_from += len(tail) - len(body) + run_on.start("colon")
            tail = body = prose[scan_from:end]
    lead = prose[_clause_start(prose, start, num_start):num_start]
    named = phrase_end > num_end  # a noun of the list follows the count: 六项重点|任务：
    if not quoted and body[:1] not in ("：", ":") and (named or lead.endswith(data.list_leads)):
        noun = NOUN_BEFORE_COLON.match(body)  # 以下五项活动：, 六项重点任务：
        clause = None
        if noun is None and lead.endswith(data.list_leads):
            clause = CLAUSE_TO_FINAL_COLON.match(body) or CLAUSE_TO_FIRST_ITEM.match(body)
        if clause is not None:  # 围绕以下七类矛盾纠纷开展拉网式排查： the count is named as written
            scan_from += len(tail) - len(body) + clause.end("words")
            tail = body = prose[scan_from:end]
        elif noun is None and lead.endswith(data.list_leads):
            noun = NOUN_ENDING_PARAGRAPH.match(body)  # 开展以下六项专项行动。
            words = noun.group().rstrip(" \t\u3000\0") if noun is not None else ""
            if not (words[-1:] in "：:。" and words.rstrip("：:。").endswith(data.nouns)):
                noun = None  # 以下三项由办公室负责。: a clause, not the list's noun
        if noun is not None:
            scan_from += len(tail) - len(body) + noun.end() - 1
            tail = body = prose[scan_from:end]
            phrase_end = scan_from  # the whole phrase is announced: 六项重点任务
    if not quoted and body[:1] not in ("：", ":") and lead.endswith(data.report_leads):
        clause = CLAUSE_TO_FIRST_ITEM.match(body)  # 从四个方面查摆了支部班子存在的问题：一是……
        if clause is not None:
            scan_from += len(tail) - len(body) + clause.end("words")
            tail = body = prose[scan_from:end]
    colon = body[:1] in ("：", ":")
    verbs = data.quoted_verbs + data.verbs if quoted else data.verbs
    announced = colon or any(verb in lead[-10:] for verb in verbs) \
        or (not quoted and lead.endswith(data.adjacent_verbs))
    reported = not announced and not quoted and lead.endswith(data.report_leads)
    named = not announced and not reported and not quoted and phrase_end - num_end >= 2 \
        and lead.endswith(data.naming_leads)
    set_noun = -1  # 五大优势。: the length of the set's noun after its measure word
    if not announced and not reported and not named and not quoted and prose[num_start:num_end].endswith(data.named_sets):
        set_noun = _set_noun(body, named_by_measure=len(prose[num_start:num_end].lstrip(NUMERAL_CHARACTERS)) > 1)
    named_set = set_noun >= 0
    if not announced and not reported and not named and not named_set:
        return None
    # An item may follow at once, in the same paragraph: 抓好五项工作：一要……
    skip = len(tail) - len(body)
    rest = body
    while rest and rest[0] in "：:，, \t\u3000\0\n":  # a Markdown paragraph may wrap here
        rest = rest[1:]
    first_item_at = scan_from + skip + (len(body) - len(rest)) if rest else None
    # Or the announcement ends its paragraph and the items start the next one.
    words = body.strip("".join(PUNCTUATION))
    patterned = data.tail_pattern is not None and data.tail_pattern.fullmatch(words) is not None
    courtesy = (not words or any(words.startswith(t) and len(words) - len(t) <= 2 for t in data.tails)
                or patterned)
    inner = body.rstrip("".join(SENTENCE_END) + " \t\u3000\0")
    # 研究了五个议题。现纪要如下：: a tail of the patterns may stand in a sentence of its own
    ends_paragraph = courtesy and (patterned or not any(ch in SENTENCE_END for ch in inner))
    if quoted and not colon:
        first_item_at = None  # 坚持“两个维护”，一是……: the name is not announcing the items
    if reported:  # 我从四个方面作简要汇报。, not 从四个方面进行对照检查，深入剖析根源。
        if not patterned:
            return None
        first_item_at = None
    if named:
        first_item_at = None  # 实施六大行动。 ends its paragraph, and the items are headings
    if named_set:
        first_item_at, ends_paragraph = None, True
        phrase_end = scan_from + len(tail) - len(body) + set_noun  # the whole name: 五大优势
    if first_item_at is None and not ends_paragraph:
        return None
    return Announcement(num_start, num_end, phrase_end, count, index, first_item_at, ends_paragraph,
                        forward=lead.endswith(data.list_leads), named_by_items=named,
                        enumerated_after=named_set)


def _set_noun(body: str, named_by_measure: bool = False) -> int:
    """The length of the set's noun when it and a full stop close the paragraph (五大优势。), or
    -1: 五大优势之一。 and 三大产业，其中…… name no set whose members follow. A measure word that
    holds the noun (四张名片。) needs none: 0."""
    if named_by_measure and body.rstrip(" \t\u3000\0") == "。":
        return 0
    noun = NOUN_ENDING_PARAGRAPH.match(body)
    words = noun.group().rstrip(" \t\u3000\0") if noun is not None else ""
    return len(words) - 1 if words.endswith("。") and len(words) > 1 else -1


def _clause_start(prose: str, floor: int, pos: int) -> int:
    back = pos
    while back > floor and prose[back - 1] not in "，。；！？,;!?\n":
        back -= 1
    return back


# --- stated counts ---------------------------------------------------------------------------


class StatedCount(NamedTuple):
    start: int  # the number and classifier
    end: int
    count: int
    list_start: int
    list_end: int
    items: tuple[str, ...]
    low: int  # how many items the list holds, read strictly
    high: int  # and read with conjunctions splitting items (A、B和C)
    partial: bool  # 等 before a quoted name or a count of people and units: maybe an excerpt


MAX_COUNT = 20  # a larger count is a quantity, not the length of a list written out
MAX_ITEM = 16  # a list item longer than this is a clause, and the list is not a simple one


def find_stated_counts(doc, data: CountData) -> list[StatedCount]:
    prose = doc.prose
    found: list[StatedCount] = []
    if "、" not in prose and "”“" not in prose and "》《" not in prose:
        return found
    for match in _stated_matches(prose, data.stated):
        stated = _stated_after_list(prose, match, data)
        if stated is not None:
            found.append(stated)
    for match in data.parenthetical.finditer(prose):
        stated = _stated_before_list(prose, match, data)
        if stated is not None:
            found.append(stated)
    return found


class StatedMatch(NamedTuple):
    """A count with what stands right before it: 等, 这 or 这些, an opening quote (等“三个”)."""

    start: int  # where the first of those stands, or the count if none does
    num_start: int
    end: int  # after the classifier
    num: str
    classifier: str
    deng: bool
    this: bool
    quote: bool


def _stated_matches(prose: str, count: re.Pattern) -> Iterator[StatedMatch]:
    """The counts of ``prose``, each with the 等, 这/这些 and “ in front of it.

    Scanned as one pattern with those three as optional groups in front, ``re`` would try the
    pattern at every character; the count alone opens with a class of numerals, which ``re``
    skips to in C. The words before it are read backwards, as far as the previous count's end:
    the same spans and groups as ``(等)?(这|这些)?(“)?`` in front would give.
    """
    floor = 0
    for match in count.finditer(prose):
        num_start = start = match.start()
        quote = start > floor and prose[start - 1] == "“"
        start -= quote
        this = False
        if start - 2 >= floor and prose[start - 2:start] == "这些":
            start, this = start - 2, True
        elif start > floor and prose[start - 1] == "这":
            start, this = start - 1, True
        deng = start > floor and prose[start - 1] == "等"
        start -= deng
        floor = match.end()
        yield StatedMatch(start, num_start, floor, match.group("num"), match.group("cl"), deng, this, quote)


def _stated_after_list(prose: str, match: StatedMatch, data: CountData) -> StatedCount | None:
    """A、B、C等三个方面 / A、B“两个统一” / “A、B”两项机制 / A、B和C的“三个一”."""
    figure_of_kinds = False
    if not _chinese(match.num) and not _counts_its_items(prose, match):
        if not _aspects_after_deng(prose, match, data):
            return None  # 党员、干部12名: Arabic figures are quantities, not the length of a list
        figure_of_kinds = True
    count = count_value(match.num)
    if count is None or not 2 <= count <= MAX_COUNT:
        return None
    after = prose[match.end:match.end + 3]
    if any(after.startswith(word) for word in data.not_after):
        return None
    if _own_count(prose, match, data.own_counts):
        return None  # 城乡低保、特困供养、残疾人两项补贴: the two subsidies for the disabled
    deng, this, quoted_count = match.deng, match.this, match.quote
    if quoted_count and not (deng or this) and _inside_an_item(prose, match.end):
        return None  # ……情况、防汛“三个责任人”落实情况、……: a set named inside one item of the list
    list_end = match.start
    before = prose[list_end - 1] if list_end > 0 else ""
    if not (deng or this or quoted_count):
        if not before or before in CLAUSE_BOUNDARY or before in "第0123456789０１２３４５６７８９、":
            return None
        if prose.endswith(LAST_ITEM_JOINERS, 0, list_end):
            return None  # 市住建局、市交通运输局和两个区县: the count is the list's last item
    if quoted_count and not (deng or this) and before == "的":
        list_end -= 1
    if deng and (prose[list_end - 1:list_end] == "…" or prose[list_end - 1:list_end] == "等"):
        return None  # ……等, 等等: the list says it is incomplete
    list_start, segment_end = _list_bounds(prose, list_end)
    if list_start is None:
        return None
    quoted_list = list_start > 0 and prose[list_start - 1] == "“" and prose[segment_end:segment_end + 1] == "”"
    # 张华、李明等五名同志: 等 before a count of people or units usually means "and others".
    counts_entities = _counts_entities(prose, match, data) or _quoted_names(prose[list_start:segment_end])
    partial = deng and (quoted_count or counts_entities)
    stated = _stated(prose, match.num_start, match.end, count, list_start, segment_end,
                     partial, data, whole_segment=quoted_list, explicit_end=deng)
    if figure_of_kinds and stated is not None and (
            stated.low < FIGURE_LIST_SHORTEST or stated.count - stated.high > FIGURE_LIST_SHORT_BY):
        return None  # 理论学习、组织建设、作风建设等5个方面23项任务: three named of five
    if stated is not None and stated.partial and quoted_count and not counts_entities \
            and _echoes_quoted_word(prose, match, stated):
        stated = stated._replace(partial=False)  # 思想认识到位……督导检查到位等“五个到位”: the set itself
    return stated


ITEM_GOES_ON = re.compile(r"[^“”\n]{0,6}?”(?:[\u4e00-\u9fff]{1,12}、|(?:和|及|以及)[\u4e00-\u9fff])")


def _inside_an_item(prose: str, end: int) -> bool:
    """After the quoted count, the item goes on to a 顿号 (防汛“三个责任人”落实情况、……) or the
    list to another item (水库“三个责任人”和村级防汛责任人): the count is a name inside one item,
    and the list is not over."""
    return ITEM_GOES_ON.match(prose, end) is not None


def _own_count(prose: str, match: StatedMatch, phrases: tuple[str, ...]) -> bool:
    """The count and the words around it are one of ``phrases``, quoted or not: 残疾人两项补贴,
    残疾人“两项补贴”."""
    for phrase in phrases:
        at = phrase.find(match.num)
        if at < 0:
            continue
        head, tail = phrase[:at], phrase[at + len(match.num):]
        before = prose[max(0, match.num_start - len(head) - 1):match.num_start].replace("“", "")
        after = prose[match.num_start + len(match.num):match.num_start + len(match.num) + len(tail) + 1]
        if before.endswith(head) and after.replace("”", "").startswith(tail):
            return True
    return False


def _echoes_quoted_word(prose: str, match: StatedMatch, stated: StatedCount) -> bool:
    """思想认识到位、组织领导到位、责任落实到位、督导检查到位等“五个到位”: every item ends in the
    quoted word, so the list is the set the quote names, one short of it by a slip; an excerpt
    of a set named elsewhere (创先争优、创建学习型党组织等“六项活动”) names its members otherwise.
    Held to lists of three or more, short of the count by one."""
    close = prose.find("”", match.end, match.end + 8)
    word = prose[match.end:close] if close > match.end else ""
    return (len(word) >= 2 and len(stated.items) >= 3 and stated.count - stated.high == 1
            and all(item.endswith(word) for item in stated.items))


def _counts_its_items(prose: str, match: StatedMatch) -> bool:
    """A figure names the length of the list before it when the noun after it names what the
    items are: 青山镇、双河镇8个乡镇 (each item ends in 镇 or 乡), not 党员、干部12名."""
    noun = set(prose[match.end:match.end + 2])
    if not noun or not all("\u4e00" <= ch <= "\u9fff" for ch in noun):
        return False
    last = prose.rfind("、", max(0, match.start - 12), match.start)
    before = prose.rfind("、", max(0, last - 12), last) if last > 0 else -1
    if last < 0 or before < 0 or match.start - last < 2:
        return False
    return prose[match.start - 1] in noun and prose[last - 1] in noun


# A list this long or longer, closed by 等 and a figure counting kinds, names them all: 电工、
# 焊工……茶艺师等7个竞赛项目. A shorter one names a few (理论学习、组织建设、作风建设等5个方面)…
FIGURE_LIST_SHORTEST = 4
# …when it falls short of the figure by one at most: 粮食加工品……乳制品等8个类别 names six of the
# eight categories its table lists.
FIGURE_LIST_SHORT_BY = 1


def _aspects_after_deng(prose: str, match: StatedMatch, data: CountData) -> bool:
    """……茶艺师等7个竞赛项目: after 等, a figure counting aspects or kinds (the
    ``abstract_nouns``) may be the length of the list, as a numeral is."""
    return match.deng and _counts_kinds(prose, match, data)


def _counts_kinds(prose: str, match: StatedMatch, data: CountData) -> bool:
    """个 and a noun of aspects or kinds (``abstract_nouns``: 方面, 竞赛项目) after it, in the
    measure word itself (个方面) or right after it."""
    if not match.classifier.startswith("个"):
        return False
    return (match.classifier[1:] or prose[match.end:]).startswith(data.abstract_nouns)


QUOTED_NAME = re.compile(r"“[^“”\n]{2,16}”|《[^《》\n]{2,30}》")


def _quoted_names(segment: str) -> bool:
    """The list is of names each in quotes or a title's marks (“省级文明村”“县级平安村”): before
    等 and a count such a list names some of the honours or works, as 张华、李明等 names some
    of the people."""
    first = QUOTED_NAME.search(segment)
    if first is None:
        return False
    rest = segment[first.start():]
    return len(QUOTED_NAME.findall(rest)) >= 2 and not QUOTED_NAME.sub("", rest).strip("、 ")


def _chinese(number: str) -> bool:
    return all(ch in "一二两三四五六七八九十" for ch in number)


def _counts_entities(prose: str, match: StatedMatch, data: CountData) -> bool:
    classifier = match.classifier
    if classifier in data.entity_classifiers:
        return True
    if classifier == "个":
        return not _counts_kinds(prose, match, data)
    return False


def _stated_before_list(prose: str, match: re.Match, data: CountData) -> StatedCount | None:
    """“四个意识”（政治意识、大局意识、核心意识、看齐意识）."""
    if not _chinese(match.group("num")):
        return None
    count = count_value(match.group("num"))
    if count is None or not 2 <= count <= MAX_COUNT:
        return None
    before = prose[match.start() - 1] if match.start() > 0 else ""
    if before in "第零〇一二两三四五六七八九十百千万0123456789０１２３４５６７８９":
        return None
    inner_start, inner_end = match.start("list"), match.end("list")
    inner = prose[inner_start:inner_end]
    if inner.rstrip().endswith(("等", "……", "…", "等等")) or "、" not in inner:
        return None
    if any(word in inner for word in data.not_a_list):
        return None
    if all(len(item.strip()) == 1 for item in inner.split("、")):
        return None  # 三个县（市、区）: one-character words qualify the noun, they list nothing
    return _stated(prose, match.start("num"), match.end("cl"), count, inner_start, inner_end, False, data,
                   whole_segment=True)


def _stated(prose, start, end, count, list_start, list_end, partial, data, whole_segment=False,
            explicit_end=False):
    items = _split_items(prose[list_start:list_end])
    modified = _after_modifiers(prose, list_start, items) if items and not whole_segment else list_start
    if modified != list_start:
        list_start = modified
        items = _split_items(prose[list_start:list_end])
    if items is None or len(items) < 2:
        return None
    if any(_is_numeral(item) for item in items):
        return None  # 一、二、三等奖; 1、2、3号楼
    checked = items if whole_segment else items[1:]  # the first item carries the clause's lead
    if any(len(item) > MAX_ITEM for item in checked) or "的" in items[-1]:
        return None  # clauses, or a list inside a modifier: 做A、B的表率
    if any("等" in item for item in checked):
        return None  # the list ended at that 等; the count belongs to later words
    if not whole_segment and not _last_item_fits(items, explicit_end, data.conjunction):
        return None  # 各乡镇、部门、单位在开展“六项活动”: the count is the object of a verb
    if not whole_segment and not explicit_end and items[-1].rstrip("了着过").endswith(data.object_words):
        return None  # 坚定理想信念、坚定“四个自信”; 增强了“四个意识”、坚定了“四个自信”
    if any(data.count_inside.search(item) for item in checked):
        return None  # another count inside: A、B两项和C、D两项
    if not whole_segment and _parallel_clause_before(prose, list_start, items, count):
        return None
    low = len(items)
    pieces = _conjunction_pieces(items, data, whole_segment)
    if pieces > 1:
        high = low + pieces - 1
        if (_pieces_are_items(items, data, whole_segment)
                and not _named_elsewhere(prose, items[-1], list_start, list_end)):
            low = high  # 脱贫攻坚、乡村振兴和基层治理: the 和 plainly joins two items
    else:
        high = low
    return StatedCount(start, end, count, list_start, list_end, tuple(items), low, high, partial)


MODIFIER_SHORTEST = 3  # a quality modifying the listed things: 成效明显的, not 新的


def _after_modifiers(prose: str, list_start: int, items: list[str]) -> int:
    """Where the listed things start when a list of qualities modifies them: 对制度健全、整改及时、
    成效明显的县实验小学、县第二中学等4所学校 lists the schools after 的. Only one item, not the
    first nor the last, holds 的, after a quality of three characters or more; 人的不安全行为、
    物的不安全状态 and 新的社会阶层 are items of their own."""
    holding = [index for index, item in enumerate(items) if "的" in item]
    if len(holding) != 1 or holding[0] in (0, len(items) - 1) or items[holding[0]].rfind("的") < MODIFIER_SHORTEST:
        return list_start  # 新的社会阶层: 新的 is a word of the item
    at = list_start
    for item in items[:holding[0] + 1]:
        at = prose.find(item, at)
        if at < 0:
            return list_start
        at += len(item)
    return prose.rfind("的", list_start, at) + 1


def _conjunction_pieces(items: list[str], data: CountData, whole_segment: bool) -> int:
    """How many pieces the last item falls into at 和/及/与 (A、B和C: 2)."""
    if len(items) < 2 and not whole_segment:
        return 1
    return len([p for p in data.conjunction.split(items[-1]) if p])


def _pieces_are_items(items: list[str], data: CountData, whole_segment: bool) -> bool:
    """Read a conjunction as a separator only when the pieces look like the other items:
    short and of one length (乡村振兴和基层治理), not 党员教育和管理."""
    joiner = data.conjunction.search(items[-1])
    if joiner is not None and joiner.group() in data.name_joiners:
        return False  # 薪酬与考核: one name, or two items; either count fits
    pieces = [p for p in data.conjunction.split(items[-1]) if p]
    others = items[:-1] if whole_segment else items[1:-1]
    lengths = [len(item) for item in others] + [len(piece) for piece in pieces]
    return all(2 <= len(piece) <= 8 for piece in pieces) and max(lengths) - min(lengths) <= 1


def _named_elsewhere(prose: str, item: str, list_start: int, list_end: int) -> bool:
    """The last item, joined words and all, stands again elsewhere in the draft (节粮减损和组织
    保障 as a row of the table of aspects): the draft names it as one, and its 和 may join."""
    return prose.find(item, 0, list_start) >= 0 or prose.find(item, list_end) >= 0


def _last_item_fits(items: list[str], explicit_end: bool, conjunction: re.Pattern) -> bool:
    """Is the last item as long as its siblings, or does it carry more words (a verb, a
    preposition) that put the count outside the list? 等 ends a list explicitly."""
    if explicit_end:
        return True
    pieces = [p for p in conjunction.split(items[-1]) if p] or [items[-1]]
    last = len(pieces[-1])
    middle = [len(item) for item in items[1:-1]] + [len(piece) for piece in pieces[:-1]]
    if not middle:
        return last <= 4
    return last <= max(middle) + 2


def _list_bounds(prose: str, list_end: int) -> tuple[int | None, int]:
    """Start and end of the list ending at ``list_end``: a quotation that holds the whole list
    (“选拔、退出、激励、保障”), or the clause back to its boundary."""
    if prose[list_end - 1:list_end] == "”":
        opener = prose.rfind("“", 0, list_end - 1)
        if opener >= 0 and "\n" not in prose[opener:list_end] and "、" in prose[opener:list_end]:
            inner = prose[opener + 1:list_end - 1]
            if "“" not in inner and opener > 0 and prose[opener - 1] not in "、":
                return opener + 1, list_end - 1
    start = _list_start(prose, list_end)
    if start >= list_end:
        return None, list_end
    return start, list_end


def _list_start(prose: str, pos: int) -> int:
    """Walk back from the end of a list to its clause boundary, over quoted items."""
    back = pos
    depth: list[str] = []
    while back > 0:
        char = prose[back - 1]
        if depth:
            if char == depth[-1]:
                depth.pop()
            elif char == "\n":
                break
            back -= 1
            continue
        if char in ("”", "》", "」", "』"):
            depth.append(OPENERS[char])
            back -= 1
            continue
        if char in CLAUSE_BOUNDARY or char in ("“", "《"):
            break
        back -= 1
    return back


ADJACENT_QUOTED = {"“": "”", "《": "》"}  # “A”“B” and 《A》《B》 need no 顿号 between them


def _split_items(segment: str) -> list[str] | None:
    """Items of a 、-separated list, not splitting inside quotes or brackets. Quoted items
    and titles side by side are items without a 顿号 between them (“山水康养游”“古城文化游”,
    GB/T 15834-2011 4.5.3.5)."""
    items: list[str] = []
    depth: list[str] = []
    current = []
    for char in segment:
        if depth and char == depth[-1]:
            depth.pop()
        elif char in CLOSERS:
            if not depth and current and current[-1] == ADJACENT_QUOTED.get(char):
                items.append("".join(current).strip())
                current = []
            depth.append(CLOSERS[char])
        elif char == "、" and not depth:
            items.append("".join(current).strip())
            current = []
            continue
        current.append(char)
    items.append("".join(current).strip())
    if any(not item for item in items):
        return None
    return items


def _is_numeral(item: str) -> bool:
    core = item.strip("第（）() ")
    return bool(core) and all(ch in "一二两三四五六七八九十百0123456789０１２３４５６７８９" for ch in core)


def _parallel_clause_before(prose: str, list_start: int, items: list[str], count: int) -> bool:
    """做A的表率，做B、C的表率等四个表率: the list may run on over the clauses before. A list
    before the comma runs on into this one only if their items together make the count
    (坚持书记抓、抓书记，重点做好了组织建设……等七个方面 lists six, or eight: not seven)."""
    if list_start == 0 or prose[list_start - 1] not in "，,；;":
        return False
    back = _list_start(prose, list_start - 1)
    clause = prose[back:list_start - 1]
    if not clause or "等" in clause:
        return False  # ……“霸王条款”等问题仍然突出，食品、药品……等七个领域: a clause of its own
    parts = _split_items(clause)
    return parts is None or (len(parts) > 1 and len(parts) + len(items) == count) or clause[:1] == items[0][:1]


# --- counts the items echo -------------------------------------------------------------------

ECHO_LOOKAHEAD = 8  # paragraphs after the count where its items may begin
ECHO_TRAILING = "。：:；;，, \t\u3000\0"


@dataclass(frozen=True)
class EchoedCount:
    start: int  # 五个方面
    end: int
    count: int
    noun: str
    items: tuple  # the markers of the run whose headings all end in the noun


def find_echoed_counts(doc, model, data: CountData, skip: set[int]) -> list[EchoedCount]:
    """我重点从五个方面进行对照检查，……现报告如下。 … （一）在……方面 （二）在……方面 …: a count in
    Chinese numerals after 从 says how the text goes on; wherever it stands in its paragraph,
    the run of items that each end with its noun (方面) is what it counts, even one level down
    (under 一、对照检查情况). ``skip``: counts read as announcements already."""
    if data.echoed is None:
        return []
    prose, text = doc.prose, doc.text
    starts = [start for start, _ in model.paragraphs]
    found = []
    for match in data.echoed.finditer(prose):
        if match.start() in skip or _inside_quotes(prose, 0, match.start()):
            continue
        before = prose[match.start() - 1] if match.start() else ""
        if before in "第零〇一二两三四五六七八九十百千万0123456789" or not _chinese(match.group("num")):
            continue  # 查摆出3个方面问题: a figure states a quantity, not the plan of the text
        clause = prose[_clause_start(prose, max(0, match.start() - 12), match.start()):match.start()]
        if "从" not in clause:
            continue  # 从五个方面进行对照检查, 主要从以下三个方面汇报: how the text goes on
        count = count_value(match.group("num"))
        if count is None or count < 2:
            continue
        paragraph = bisect.bisect_right(starts, match.start()) - 1
        run = _echoing_run(text, model, starts, paragraph, match.end(), match.group("noun"))
        if run is not None:
            found.append(EchoedCount(match.start(), match.end(), count, match.group("noun"), tuple(run.items)))
    return found


def _echoing_run(text: str, model, starts: list[int], paragraph: int, after: int, noun: str):
    """The first run after ``after``, starting within ``ECHO_LOOKAHEAD`` paragraphs, whose items
    are two or more headings from 1 that all end with ``noun``."""
    for run in model.runs:
        first = run.items[0] if run.items else None
        if first is None or first.start < after:
            continue
        if bisect.bisect_right(starts, first.start) - 1 > paragraph + ECHO_LOOKAHEAD:
            return None
        if first.value != 1 or len(run.items) < 2 or run.inline:
            continue
        if all(_heading_ends_with(text, item, noun) for item in run.items):
            return run
    return None


def _heading_ends_with(text: str, marker, noun: str) -> bool:
    end = text.find("\n", marker.end)
    heading = text[marker.end:end if end >= 0 else len(text)]
    sentence = re.split("[。！？]", heading, maxsplit=1)[0]  # （一）……方面。 or a run-in heading
    return sentence.rstrip(ECHO_TRAILING).endswith(noun) and len(sentence) <= 60
