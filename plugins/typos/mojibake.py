"""Text saved in UTF-8 and read back as GBK: 代表 becomes 浠ｈ〃, 群众 becomes 缇や紬.

Each character meant takes three bytes in UTF-8 and every two of them were read as one GBK
character, so the garbled run is half as long again as the text meant. Written back in GBK
and read as UTF-8, its bytes give that text exactly; the check is that decoding, not a list
of known garbles. A byte of UTF-8 Chinese is a lead byte (E0–EF) or a continuation byte
(80–BF), so only characters whose two GBK bytes both fall there can be part of such a run.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

LONGEST_RUN = 12  # characters either side of a suspect tried as one garbled run
SHORTEST = 3  # three GBK characters are the six bytes of two Chinese characters
# What the decoded text may hold besides standard Han characters.
DECODED_MARKS = frozenset("，。、；：？！“”‘’（）《》【】—…·")
# Marks of ordinary Chinese text: a garbled run holds a stranger character beside them.
ORDINARY_MARKS = frozenset("\u3000〇，。、；：？！“”‘’（）《》【】〔〕〈〉「」『』—…·～－＋×÷％‰℃")


def _garble_byte(byte: int) -> bool:
    return 0x80 <= byte <= 0xBF or 0xE0 <= byte <= 0xEF


@lru_cache(maxsize=16384)
def can_be_garbled(char: str) -> bool:
    """Whether ``char`` could stand for two bytes of UTF-8 Chinese read as GBK."""
    try:
        encoded = char.encode("gbk")
    except UnicodeEncodeError:
        return False
    return len(encoded) == 2 and _garble_byte(encoded[0]) and _garble_byte(encoded[1])


class GarbleScanner:
    """Finds garbled runs in drafts. The characters it has found unable to start one (every
    standard character, and each other character once seen) are told apart in C, so a
    draft costs a set difference and the few characters it has never met."""

    def __init__(self, standard: frozenset[str], allowed: frozenset[str]) -> None:
        self.standard = standard
        self.fine = set(standard) | set(allowed) | ORDINARY_MARKS

    def runs(self, text: str, chars: set[str]) -> Iterator[tuple[int, int, str]]:
        """``(start, end, meant)`` for each garbled run around a suspect character (浠ｈ〃
        holds ｈ and 〃); ``chars`` is the set of the text's characters."""
        anchors = []
        for char in chars.difference(self.fine):
            if can_be_garbled(char):
                anchors.append(char)
            else:
                self.fine.add(char)
        if anchors:
            yield from _runs_around(text, sorted(anchors), self.standard)


def _runs_around(text: str, anchors: list[str], standard: frozenset[str]) -> Iterator[tuple[int, int, str]]:
    done = 0
    pattern = re.compile("|".join(map(re.escape, anchors)))
    for match in pattern.finditer(text):
        at = match.start()
        if at < done:
            continue
        lo, hi = at, at + 1
        while lo > max(done, at - LONGEST_RUN) and can_be_garbled(text[lo - 1]):
            lo -= 1
        while hi < min(len(text), at + LONGEST_RUN) and can_be_garbled(text[hi]):
            hi += 1
        found = _decoded_span(text, lo, hi, at, standard)
        if found is not None:
            yield found
            done = found[1]
        else:
            done = at + 1


def _decoded_span(text: str, lo: int, hi: int, anchor: int, standard: frozenset[str]) -> tuple[int, int, str] | None:
    """The longest stretch of ``text[lo:hi]`` that holds ``anchor`` and reads as UTF-8
    Chinese once written in GBK."""
    for length in range(hi - lo, SHORTEST - 1, -1):
        for start in range(max(lo, anchor - length + 1), min(anchor, hi - length) + 1):
            meant = _meant(text[start:start + length], standard)
            if meant is not None:
                return start, start + length, meant
    return None


def _meant(garbled: str, standard: frozenset[str]) -> str | None:
    try:
        meant = garbled.encode("gbk").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    if not any(char in standard for char in meant):
        return None
    if all(char in standard or char in DECODED_MARKS for char in meant):
        return meant
    return None
