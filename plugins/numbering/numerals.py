"""Chinese and Arabic numerals as numbering uses them: 一 … 九十九, 两, 1 … 99, ① … ⑳."""

from __future__ import annotations

DIGITS = "〇一二三四五六七八九"
CN_NUMERAL_CHARS = "一二三四五六七八九十两〇零"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
# Every character a count may be written with, in figures or in words: 三, 十二, 12, １２.
NUMERAL_CHARACTERS = "零〇一二两三四五六七八九十百0123456789０１２３４５６７８９"

# A Chinese numeral of numbering (1–99), longest forms first so 十一 wins over 十. Read plainly:
#     (?:[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])
# It is spelled to open with the class of its first character, and a lookbehind on that
# character picks how it goes on. The two read the same, alternatives in the same order, but
# a pattern that opens with a class lets ``re`` skip in C to where one of its characters
# stands; one that opens with a choice is tried at every character of the draft, several
# times slower on a long one.
CN_NUMBER = (
    "[一二三四五六七八九十](?:(?<=[二三四五六七八九])十[一二三四五六七八九]?"
    "|(?<=十)[一二三四五六七八九]?|(?<=[一二三四五六七八九]))"
)
# A count: the same numerals plus 两, or one or two Arabic digits. Read plainly:
#     (?:[二三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九]|[0-9０-９]{1,2})
COUNT_NUMBER = (
    "[一二两三四五六七八九十0-9０-９](?:(?<=[二三四五六七八九])十[一二三四五六七八九]?"
    "|(?<=十)[一二三四五六七八九]?|(?<=[一二两三四五六七八九])|(?<=[0-9０-９])[0-9０-９]?)"
)


def chinese_value(text: str) -> int | None:
    """一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 九十九 → 99, 两 → 2; anything else → None."""
    if not text:
        return None
    if text == "两":
        return 2
    if "十" not in text:
        return DIGITS.index(text) if len(text) == 1 and text in DIGITS[1:] else None
    tens, _, units = text.partition("十")
    if len(tens) > 1 or len(units) > 1:
        return None
    high = DIGITS.index(tens) if tens else 1
    low = DIGITS.index(units) if units else 0
    if (tens and tens not in DIGITS[2:]) or (units and units not in DIGITS[1:]):
        return None
    return high * 10 + low


def count_value(text: str) -> int | None:
    """A count written as a Chinese numeral (两 included) or in Arabic digits."""
    text = text.translate(FULLWIDTH_DIGITS)
    if text.isdigit():
        return int(text)
    return chinese_value(text)


def chinese_numeral(value: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (1–99)."""
    if value <= 0 or value > 99:
        return str(value)
    tens, units = divmod(value, 10)
    if tens == 0:
        return DIGITS[units]
    head = "" if tens == 1 else DIGITS[tens]
    return head + "十" + (DIGITS[units] if units else "")


def circled(value: int) -> str:
    return CIRCLED[value - 1] if 1 <= value <= len(CIRCLED) else f"({value})"


# Chinese numerals of amounts as laws and notices write them: 五万, 二十万, 一千五百, 三千.
AMOUNT_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
AMOUNT_PLACES = {"十": 10, "百": 100, "千": 1000}
AMOUNT_GROUPS = {"万": 10_000, "亿": 100_000_000}


def chinese_amount(text: str) -> int | None:
    """五万 → 50000, 二十万 → 200000, 一千五百 → 1500, 十 → 10, 一亿二千万 → 120000000;
    anything that is not a whole Chinese numeral → None."""
    if not text:
        return None
    total, group, digit = 0, 0, None
    for char in text:
        if char in AMOUNT_DIGITS:
            if digit is not None and digit != 0:
                return None  # 五五: two digits in a row
            digit = AMOUNT_DIGITS[char]
        elif char in AMOUNT_PLACES:
            group += (1 if digit is None else digit) * AMOUNT_PLACES[char]
            digit = None
        elif char in AMOUNT_GROUPS:
            group += digit or 0
            if group == 0:
                return None
            total += group * AMOUNT_GROUPS[char]
            group, digit = 0, None
        else:
            return None
    return total + group + (digit or 0)
