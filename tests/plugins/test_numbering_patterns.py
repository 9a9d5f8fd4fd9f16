"""The numbering patterns spelled for speed read exactly as their plain forms.

``CN_NUMBER`` and ``COUNT_NUMBER`` open with a class so that ``re`` can skip to their first
character, and a stated count's 等/这/“ is read backwards instead of scanned as optional
groups. Each is compared here with the plain pattern it replaces, on random text over the
characters that matter, for every span and group.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checker_plugins.numbering.counts import _stated_matches
from checker_plugins.numbering.numerals import CN_NUMBER, COUNT_NUMBER

PLAIN_CN = "(?:[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])"
PLAIN_COUNT = r"(?:[二三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九]|[0-9０-９]{1,2})"
CLASSIFIERS = "个方面|方面|个|项|条|些|这些|这|等|“"  # some end in what may stand before a count: the next count must not reach back into them

ALPHABET = "一二两三四五六七八九十〇０９0等这些“”个方面项条，、甲"
texts = st.text(alphabet=ALPHABET, max_size=40)


def spans(pattern: str, text: str) -> list:
    return [(m.span(), m.group("num"), m.groups()) for m in re.finditer(pattern, text)]


@settings(max_examples=400, deadline=None)
@given(texts)
@example("二十三个十个")
@example("第十二条、三十项")
@example("一二三")
def test_numerals_read_as_their_plain_forms(text):
    for fast, plain in ((CN_NUMBER, PLAIN_CN), (COUNT_NUMBER, PLAIN_COUNT)):
        assert spans(rf"(?P<num>{fast})", text) == spans(rf"(?P<num>{plain})", text)
        # Followed by a word, so that the numeral must give back characters to match.
        assert spans(rf"(?P<num>{fast})(?:{CLASSIFIERS})", text) == \
            spans(rf"(?P<num>{plain})(?:{CLASSIFIERS})", text)


PLAIN_STATED = re.compile(
    rf"(?P<deng>等)?(?P<this>这|这些)?(?P<quote>“)?(?P<num>{PLAIN_COUNT})(?P<cl>{CLASSIFIERS})"
)


@settings(max_examples=600, deadline=None)
@given(texts)
@example("等这些“三个")
@example("这这些三个")
@example("这等三个")
@example("三个些等两个")
@example("两些这三个")
@example("三这些四个")
@example("三等四个")
@example("三“四个")
def test_stated_counts_read_backwards_as_the_plain_pattern(text):
    fast = re.compile(rf"(?P<num>{COUNT_NUMBER})(?P<cl>{CLASSIFIERS})")
    got = [(m.start, m.num_start, m.end, m.num, m.classifier, m.deng, m.this, m.quote)
           for m in _stated_matches(text, fast)]
    want = [(m.start(), m.start("num"), m.end(), m.group("num"), m.group("cl"),
             bool(m.group("deng")), bool(m.group("this")), bool(m.group("quote")))
            for m in PLAIN_STATED.finditer(text)]
    assert got == want
