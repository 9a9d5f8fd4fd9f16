"""``rulesets/placeholders.toml`` (merged with the user's files), checked and compiled once.

Each rule asks for the part it needs; ``ctx.compiled`` keeps the result for the process, keyed
by anything an option adds (PH001's ``allow`` list).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from checker import ConfigError
from checker.patterns import alternation, longest_first

NAME = "placeholders"
# X, Ｘ, x and ｘ are the same letter when matching allowed terms.
def fold_letters(text: str) -> str:
    """Every spelling of the placeholder letter (Ｘ, x, ｘ) as X, one character for one.

    Three ``str.replace`` calls, each a C scan, instead of ``str.translate``, which looks up
    every character of a draft: 20 times quicker on a long one."""
    return text.replace("Ｘ", "X").replace("x", "X").replace("ｘ", "X")


class Slot(NamedTuple):
    """What a marker stands for, told by the words around it (X个 → 数字)."""

    kind: str
    before: tuple[str, ...]
    after: tuple[str, ...]
    strong: bool


class Symbol(NamedTuple):
    """A symbol that stands for a missing word when repeated (○○, □□, **)."""

    char: str
    pattern: re.Pattern
    not_near: str


@dataclass(frozen=True)
class MarkerData:
    letters: str
    lower: str
    times: str
    run: re.Pattern
    symbols: tuple[Symbol, ...]
    allow: re.Pattern | None
    slots: tuple[Slot, ...]
    example_cues: tuple[str, ...]
    composites: tuple[tuple[str, re.Pattern], ...]
    # Slot words indexed for a quick look-up: (word, slot index), best first.
    before_words: tuple[tuple[str, int], ...] = ()
    after_words: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)
    # A figure and a unit of length right before ×: a product (1.2米×门面宽度).
    measured: re.Pattern | None = None


class BlankData(NamedTuple):
    fields: frozenset[str]
    instructions: re.Pattern | None
    blanks: tuple[tuple[str, re.Pattern], ...]
    stand_in: re.Pattern | None
    surnames: frozenset[str]
    speech_verbs: tuple[str, ...]
    example_cues: tuple[str, ...]
    # 【项目负责人姓名】: a short qualifier before a field word; None when not configured.
    field_ending: re.Pattern | None = None
    field_blockers: tuple[str, ...] = ()
    # 【请填写活动地点】: instructions that count only in lenticular brackets.
    lenticular: re.Pattern | None = None
    # 联系人：某某: a stand-in after a label that asks for a person's name.
    labelled_stand_in: re.Pattern | None = None
    # Words near a blank date that make it part of a form for others to fill (（盖章）).
    form_cues: tuple[str, ...] = ()
    # A line ending in one of these titles a form (报名表, 回执): blanks below it are meant.
    form_titles: tuple[str, ...] = ()
    # 职称（职务）: a field word in brackets after one of these names the same field otherwise.
    field_alternatives: tuple[str, ...] = ()
    # 开展“书记讲党课”比赛: a short quotation before one of these is a campaign's name.
    campaign_nouns: tuple[str, ...] = ()
    # 兼任某某村: words ending in a surname's character that are no surname there.
    surname_lookalikes: tuple[str, ...] = ()
    # 张某某 in an honour list is a stand-in; in a case it is a name withheld on purpose.
    honour_words: re.Pattern | None = None
    honour_titles: tuple[str, ...] = ()
    case_words: re.Pattern | None = None
    # 请王明同志讲话，请各位代表发言: words that make a clause of posts a group, not a person.
    not_invitees: tuple[str, ...] = ()
    # 情况见下表。: a line before a table's title that points at it makes the title a caption.
    caption_pointers: tuple[str, ...] = ()

    def after_surname(self, prose: str, at: int) -> bool:
        """The character before ``at`` is a surname (张|某某, a name withheld), not the end of a
        word such as 兼任 (兼任|某某村)."""
        return prose[at - 1:at] in self.surnames and not prose.endswith(self.surname_lookalikes, 0, at)


# --- validation helpers ---------------------------------------------------------------------

def _strings(data: dict[str, Any], key: str, where: str = NAME) -> tuple[str, ...]:
    value = data.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(f"{where}: '{key}' must be a list of non-empty strings")
    return tuple(dict.fromkeys(value))


def _table(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"{NAME}: [{key}] must be a table")
    return value


def _entries(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ConfigError(f"{NAME}: '{key}' must be an array of tables ([[{key}]])")
    return value


# --- PH001 ------------------------------------------------------------------------------------

def build_markers(data: dict[str, Any], extra_allow: tuple[str, ...] = ()) -> MarkerData:
    markers = _table(data, "markers")
    letters, lower, times = (str(markers.get(k, "")) for k in ("letters", "lower", "times"))
    chars = "".join(dict.fromkeys(letters + lower + times))
    if not chars:
        raise ConfigError(f"{NAME}: [markers] defines no marker characters")
    run = re.compile(f"[{re.escape(chars)}]+")

    symbols = []
    for index, entry in enumerate(_entries(data, "symbol"), 1):
        char = entry.get("char")
        minimum = entry.get("min", 2)
        if not isinstance(char, str) or len(char) != 1:
            raise ConfigError(f"{NAME} [[symbol]] entry {index}: 'char' must be one character")
        if not isinstance(minimum, int) or minimum < 1:
            raise ConfigError(f"{NAME} [[symbol]] entry {index}: 'min' must be a positive integer")
        symbols.append(Symbol(char, re.compile(f"{re.escape(char)}{{{minimum},}}"),
                              str(entry.get("not_near", ""))))

    allowed = []
    for index, entry in enumerate(_entries(data, "allow"), 1):
        text = entry.get("text")
        if not isinstance(text, str) or not text:
            raise ConfigError(f"{NAME} [[allow]] entry {index}: needs 'text'")
        allowed.append(text)
    for text in extra_allow:
        if not isinstance(text, str) or not text:
            raise ConfigError("[rules.PH001] allow: must be a list of non-empty strings")
        allowed.append(text)
    folded = tuple(dict.fromkeys(fold_letters(t) for t in allowed))
    allow = re.compile(f"(?=({alternation(folded)}))") if folded else None

    slots = []
    for index, entry in enumerate(_entries(data, "slot"), 1):
        kind = entry.get("kind")
        where = f"{NAME} [[slot]] entry {index}"
        if not isinstance(kind, str) or not kind:
            raise ConfigError(f"{where}: needs 'kind'")
        before, after = _strings(entry, "before", where), _strings(entry, "after", where)
        if not before and not after:
            raise ConfigError(f"{where}: needs 'before' or 'after'")
        slots.append(Slot(kind, tuple(longest_first(before)), tuple(longest_first(after)),
                          bool(entry.get("strong"))))

    before_words = tuple((word, index) for index, slot in enumerate(slots) for word in slot.before)
    after_words: dict[str, list[tuple[str, int]]] = {}
    for index, slot in enumerate(slots):
        for word in slot.after:  # already longest first within the slot
            after_words.setdefault(word[0], []).append((word, index))
    return MarkerData(letters, lower, times, run, tuple(symbols), allow, tuple(slots),
                      _strings(markers, "example_cues", f"{NAME} [markers]"),
                      _composite_patterns(letters + lower), before_words,
                      {first: tuple(words) for first, words in after_words.items()},
                      _measured(_strings(markers, "times_after_units", f"{NAME} [markers]")))


def _measured(units: tuple[str, ...]) -> re.Pattern | None:
    if not units:
        return None
    return re.compile(rf"[0-9０-９](?:[.．][0-9０-９]+)?(?:{alternation(longest_first(units))})\Z")


def _composite_patterns(letters: str) -> tuple[tuple[str, re.Pattern], ...]:
    """Dates, times and decimals written with digits and separators, where a Latin letter
    beside the marker is part of the number: 20XX-XX-XX, X:00, 增长X.X%."""
    marker = f"[{re.escape(letters)}]"
    cell = f"[0-9{re.escape(letters)}]"
    left, right = "(?<![A-Za-z0-9])", "(?![A-Za-z0-9])"
    return (
        ("日期", re.compile(f"{left}{cell}{{2,4}}([-/.]){cell}{{1,2}}\\1{cell}{{1,2}}{right}")),
        ("时间", re.compile(f"{left}{cell}{{1,2}}[:：]{cell}{{2}}(?:[:：]{cell}{{2}})?{right}")),
        ("数字", re.compile(f"{left}{cell}+\\.(?:{cell}*{marker}{cell}*{right}|[0-9]+(?=[%％]))")),
    )


def marker_data(ctx) -> MarkerData:
    extra = ctx.option("allow", []) or []
    if isinstance(extra, str):
        extra = [extra]
    if not isinstance(extra, list):
        raise ConfigError("[rules.PH001] allow: must be a list of phrases")
    extra = tuple(extra)
    return ctx.compiled(f"placeholders.markers:{extra!r}",
                        lambda: build_markers(ctx.data(NAME), extra))


# --- PH002 ------------------------------------------------------------------------------------

def build_blanks(data: dict[str, Any]) -> BlankData:
    table = _table(data, "blanks")
    where = f"{NAME} [blanks]"
    instructions = _strings(table, "instructions", where)
    blanks = []
    for index, entry in enumerate(_entries(data, "blank"), 1):
        char = entry.get("char")
        minimum = entry.get("min", 2)
        if not isinstance(char, str) or len(char) != 1:
            raise ConfigError(f"{NAME} [[blank]] entry {index}: 'char' must be one character")
        if not isinstance(minimum, int) or minimum < 1:
            raise ConfigError(f"{NAME} [[blank]] entry {index}: 'min' must be a positive integer")
        blanks.append((char, re.compile(f"{re.escape(char)}{{{minimum},}}")))
    nouns = _strings(table, "stand_in_nouns", where)
    surnames = table.get("surnames", "")
    if not isinstance(surnames, str):
        raise ConfigError(f"{where}: 'surnames' must be a string of characters")
    return BlankData(
        fields=frozenset(_strings(table, "fields", where)),
        field_alternatives=_strings(table, "field_alternatives", where),
        surname_lookalikes=_strings(table, "surname_lookalikes", where),
        instructions=re.compile(alternation(instructions), re.I) if instructions else None,
        blanks=tuple(blanks),
        stand_in=_stand_in(nouns, _strings(table, "stand_in_firms", where)),
        surnames=frozenset(c for c in surnames if not c.isspace()),
        speech_verbs=_strings(table, "speech_verbs", where),
        example_cues=_strings(_table(data, "markers"), "example_cues", f"{NAME} [markers]"),
        campaign_nouns=_strings(_table(data, "markers"), "campaign_nouns", f"{NAME} [markers]"),
        field_ending=_field_ending(table, where),
        field_blockers=_strings(table, "field_blockers", where),
        form_cues=_strings(table, "form_cues", where),
        form_titles=_strings(table, "form_titles", where),
        labelled_stand_in=_labelled_stand_in(table, where),
        lenticular=_any_of(_strings(table, "lenticular_instructions", where)),
        honour_words=_any_of(_strings(table, "honour_words", where)),
        honour_titles=_strings(table, "honour_titles", where),
        case_words=_any_of(_strings(table, "case_words", where)),
        not_invitees=_strings(_table(data, "names"), "not_invitees", f"{NAME} [names]"),
        caption_pointers=_strings(table, "caption_pointers", where),
    )


def _stand_in(nouns: tuple[str, ...], firms: tuple[str, ...]) -> re.Pattern | None:
    """某某 before a noun (某某单位), or before a trade and the form of a firm (某某食品有限公司):
    the firm's name is the part never written in."""
    shapes = [f"(?:{alternation(nouns)})"] if nouns else []
    if firms:
        shapes.append(f"[\u4e00-\u9fff]{{1,4}}?(?:{alternation(firms)})")
    return re.compile(f"某某某?(?=({'|'.join(shapes)}))") if shapes else None


def _any_of(words: tuple[str, ...]) -> re.Pattern | None:
    return re.compile(alternation(words)) if words else None


def _labelled_stand_in(table: dict[str, Any], where: str) -> re.Pattern | None:
    labels = _strings(table, "stand_in_labels", where)
    posts = _strings(table, "stand_in_posts", where) + _strings(table, "stand_in_roles", where)
    shapes = []
    if labels:  # 联系人：某某, 联系人：市科技局高新技术科　某某 (the office, a space, the name)
        shapes.append(f"(?P<label>{alternation(labels)})[：:][ \u3000]*(?:[\u4e00-\u9fff（）]{{2,20}}?[ \u3000]+)?"
                      f"(?P<word>某某某?)(?![\u4e00-\u9fff])")
    verbs = _strings(table, "stand_in_post_verbs", where)
    if posts:  # 副县长某某出席, 市工业和信息化局局长　某某 (a guest list)
        after = "|".join(["[，。、；：,;:\\s）)]", "\\Z", *map(re.escape, verbs)])
        shapes.append(f"(?P<post>副?(?:{alternation(posts)}))[ \u3000]*(?P<name>某某某?)(?={after})")
    return re.compile("|".join(shapes)) if shapes else None


def _field_ending(table: dict[str, Any], where: str) -> re.Pattern | None:
    endings = _strings(table, "field_endings", where)
    longest = table.get("field_qualifier_max", 8)
    if not isinstance(longest, int) or longest < 1:
        raise ConfigError(f"{where}: 'field_qualifier_max' must be a positive integer")
    if not endings:
        return None
    return re.compile(f"[\u4e00-\u9fff]{{1,{longest}}}(?:{alternation(endings)})")


def blank_data(ctx) -> BlankData:
    return ctx.compiled("placeholders.blanks", lambda: build_blanks(ctx.data(NAME)))


# --- PH003 ------------------------------------------------------------------------------------

# Between a title and its verb: an occasion (同志在全省会议上强调), what the words are about
# (同志对全县工作作了部署) or whom they speak for (同志代表市委作了讲话).
OCCASION = "(?:在[^，。！？；：\\n]{1,20}?[上中时]|(?:对|就|代表)[^，。！？；：\\n]{1,20}?)?"


def build_dropped(data: dict[str, Any]) -> re.Pattern | None:
    titles = []
    for index, entry in enumerate(_entries(data, "dropped_name"), 1):
        title = entry.get("title")
        if not isinstance(title, str) or not title:
            raise ConfigError(f"{NAME} [[dropped_name]] entry {index}: needs 'title'")
        titles.append(title)
    names = _table(data, "names")
    verbs = _strings(names, "report_verbs", f"{NAME} [names]")
    adverbs = _strings(names, "report_adverbs", f"{NAME} [names]")
    if not titles or not verbs:
        return None
    speaker = _speaker_pattern(alternation(tuple(titles)), verbs, adverbs).pattern
    nouns = _strings(names, "speech_nouns", f"{NAME} [names]")
    if nouns:
        compounds = _strings(names, "speech_compounds", f"{NAME} [names]")
        speaker += f"|{_speech_pattern(alternation(tuple(titles)), nouns, compounds)}"
    return re.compile(speaker)


def _speech_pattern(title: str, nouns: tuple[str, ...], compounds: tuple[str, ...]) -> str:
    """A title, 的 and what was delivered: 同志热情洋溢的致辞, 同志所作的重要讲话. The verb
    group holds the whole phrase after the title, which the message quotes. Not a noun that
    opens one of ``compounds`` (书记的讲话稿: a kind of text, not a speech just heard)."""
    after = f"(?!{alternation(compounds)})" if compounds else ""
    return (f"(?P<title_s>{title})(?!们)(?P<verb_s>[\u4e00-\u9fff]{{0,6}}?的"
            f"(?:重要|精彩|动员|总结|工作)?(?:{alternation(nouns)})){after}")


def _speaker_pattern(title: str, verbs: list[str], adverbs: list[str]) -> re.Pattern:
    """A title (``title``, a regular expression) speaking: adverbs and an occasion (在大会上)
    may stand between it and its reporting verb. Not 同志们."""
    adverb = f"(?:{alternation(adverbs)})*" if adverbs else ""
    return re.compile(f"(?P<title>{title})(?!们){adverb}{OCCASION}{adverb}(?P<verb>{alternation(verbs)})")


def dropped_pattern(ctx) -> re.Pattern | None:
    return ctx.compiled("placeholders.dropped", lambda: build_dropped(ctx.data(NAME)))


def title_leads(ctx) -> tuple[str, ...]:
    """Words that may open a clause before a bare title (正如同志在会上指出的): ``[names] title_leads``."""
    return ctx.compiled("placeholders.title_leads",
                        lambda: _strings(_table(ctx.data(NAME), "names"), "title_leads", f"{NAME} [names]"))


def build_post_comrade(data: dict[str, Any]) -> re.Pattern | None:
    """A post and 同志 with no name between them (市委书记同志在大会上强调, 请……主任同志宣读):
    the post of [blanks] stand_in_posts, then 同志, then a reporting verb or a host's cue."""
    posts = _strings(_table(data, "blanks"), "stand_in_posts", f"{NAME} [blanks]")
    names = _table(data, "names")
    verbs = _strings(names, "report_verbs", f"{NAME} [names]") + _strings(names, "host_verbs", f"{NAME} [names]")
    adverbs = _strings(names, "report_adverbs", f"{NAME} [names]")
    if not posts or not verbs:
        return None
    return _speaker_pattern(f"(?:{alternation(posts)})同志", verbs, adverbs)


def build_unnamed_invitee(data: dict[str, Any]) -> re.Pattern | None:
    """请县委副书记周明远同志，县委常委、组织部部长为他们颁奖: after one invitee named with 同志,
    the next clause is posts alone (set apart by 顿号), then a host's cue: the second name is
    gone. The clause may hold none of ``[names] not_invitees`` (各位, 获奖): those are groups."""
    posts = _strings(_table(data, "blanks"), "stand_in_posts", f"{NAME} [blanks]")
    names = _table(data, "names")
    verbs = _strings(names, "host_verbs", f"{NAME} [names]")
    if not posts or not verbs:
        return None
    return re.compile(rf"请[^。！？\n，]{{2,30}}?同志，(?:再请|请)?(?P<title>[\u4e00-\u9fff、]{{2,24}}?(?:{alternation(posts)}))"
                      rf"(?={alternation(verbs)})")


def unnamed_invitee_pattern(ctx) -> re.Pattern | None:
    return ctx.compiled("placeholders.unnamed_invitee", lambda: build_unnamed_invitee(ctx.data(NAME)))


def post_comrade_pattern(ctx) -> re.Pattern | None:
    return ctx.compiled("placeholders.post_comrade", lambda: build_post_comrade(ctx.data(NAME)))


def build_listed_post_comrade(data: dict[str, Any]) -> re.Pattern | None:
    """A post, a 顿号 and 同志 (请市委副书记、同志牵头): the 顿号 ends a list of posts and the
    name that followed it was deleted; whatever comes next, someone is missing. Not 同志们.
    Or two posts so set apart and a reporting verb right after them (党组书记、局长强调): the
    name that stood before the verb is gone."""
    posts = _strings(_table(data, "blanks"), "stand_in_posts", f"{NAME} [blanks]")
    verbs = _strings(_table(data, "names"), "post_pair_verbs", f"{NAME} [names]")
    if not posts:
        return None
    pair = f"|[\u4e00-\u9fff]{{0,4}}?(?:{alternation(posts)})(?={alternation(verbs)})" if verbs else ""
    return re.compile(f"(?P<title>(?:{alternation(posts)})、(?:同志(?!们){pair}))")


def listed_post_comrade_pattern(ctx) -> re.Pattern | None:
    return ctx.compiled("placeholders.listed_post_comrade", lambda: build_listed_post_comrade(ctx.data(NAME)))
