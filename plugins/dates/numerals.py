"""Numbers written in Chinese numerals, as dates and anniversaries use them."""

from __future__ import annotations

CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
             "七": 7, "八": 8, "九": 9}


def written_like(value: int, like: str) -> str:
    """``value`` in the script ``like`` is written in: 98, or 九十八 for 九十七."""
    if like.isdigit():
        return str(value)
    digits = "〇一二三四五六七八九"
    hundreds, rest = divmod(value, 100)
    tens, ones = divmod(rest, 10)
    out = f"{digits[hundreds]}百" if hundreds else ""
    if tens:
        out += ("" if tens == 1 and not hundreds else digits[tens]) + "十"
    elif hundreds and ones:
        out += "零"
    return out + (digits[ones] if ones else "") or "〇"


def chinese_count(text: str) -> int | None:
    """104, 一百零四, 七十五, 一百 → the number; anything else → None."""
    if text.isdigit():
        return int(text)
    total, digit = 0, None
    for char in text:
        if char in CN_DIGITS:
            if digit is not None and digit != 0:
                return None  # 一二: not a number
            digit = CN_DIGITS[char]
        elif char in "十百":
            size = 10 if char == "十" else 100
            total += (1 if digit is None else digit) * size
            digit = None
        else:
            return None
    return total + (digit or 0)


def year_value(text: str) -> int | None:
    """二〇二五 → 2025: a year read digit by digit; anything else → None."""
    if not all(char in CN_DIGITS for char in text):
        return None
    return int("".join(str(CN_DIGITS[char]) for char in text))
