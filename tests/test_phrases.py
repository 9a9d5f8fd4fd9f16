"""PhraseIndex: every occurrence of every phrase, in positions Python's strings use."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checker import PhraseIndex


def naive(phrases, text):
    found = [(start, start + len(word), value) for word, value in phrases
             for start in range(len(text)) if text.startswith(word, start)]
    return sorted(found, key=lambda hit: (hit[1], hit[0]))


def test_overlapping_phrases_are_all_found_longest_first_at_a_shared_end():
    index = PhraseIndex([("截止", "a"), ("截止目前", "b"), ("目前", "c")])
    assert index.find("截止目前，已完成") == [(0, 2, "a"), (0, 4, "b"), (2, 4, "c")]


def test_positions_count_characters_not_bytes_after_wide_characters():
    index = PhraseIndex([("QQ", 1)])
    assert index.find("𠀀咨询QQ") == [(3, 5, 1)]


def test_an_empty_index_finds_nothing_and_is_false():
    index = PhraseIndex([])
    assert not index and index.find("任何文字") == []


@pytest.mark.parametrize("phrases", [[("", 1)], [("重复", 1), ("重复", 2)]])
def test_an_empty_or_repeated_phrase_is_refused(phrases):
    with pytest.raises(ValueError):
        PhraseIndex(phrases)


@given(st.lists(st.text("的地得一二三", min_size=1, max_size=3), unique=True, min_size=1, max_size=6),
       st.text("的地得一二三，\n", max_size=40))
def test_finds_what_a_search_at_every_position_finds(words, text):
    phrases = [(word, index) for index, word in enumerate(words)]
    assert PhraseIndex(phrases).find(text) == naive(phrases, text)
