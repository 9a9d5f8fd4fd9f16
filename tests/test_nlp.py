"""Words: spaCy's blank Chinese pipeline with jieba, line by line, spaces and masks dropped."""

from __future__ import annotations

import pytest

from checker.nlp import default_tokenizer, splits_a_word

TEXTS = [
    "同志们：今天我们召开全市安全生产工作会议，研究部署下一步工作。",
    "实现了实现省级文明单位三连冠，人民民主，大学学报。",
    "CPI上涨2.1%，5G网络全覆盖　要抓落实 ，持续推进“放管服”改革。",
    "第一行\n\n第二行：\0\0\0被屏蔽\0的内容",
    "2023年5月16日 09:12:45，来源：网友投稿，阅读：1289次",
]


@pytest.fixture(scope="module")
def spacy_blank_zh():
    import spacy
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})

    def words(text):
        out, base = [], 0
        for chunk in text.split("\n"):
            for token in nlp.make_doc(chunk) if chunk.strip("\0 \t\u3000") else ():
                if not token.is_space and token.text.strip("\0"):
                    out.append((base + token.idx, base + token.idx + len(token.text), token.text))
            base += len(chunk) + 1
        return out

    return words


@pytest.mark.parametrize("text", TEXTS)
def test_document_tokens_are_spacy_blank_chinese_words(text, spacy_blank_zh):
    assert default_tokenizer()(text) == spacy_blank_zh(text)


def test_offsets_point_at_the_words():
    for text in TEXTS:
        for start, end, word in default_tokenizer()(text):
            assert text[start:end] == word and word.strip() and "\n" not in word


@pytest.mark.parametrize("before,after,split", [
    ("深入开展道路", "交通安全宣传教育", True),  # 道路交通 runs across the join
    ("参加视察调研和民主", "监督", True),
    ("坚持问题导向", "聚焦重点难点", False),  # two halves meeting between words
    ("守正创新", "担当作为", False),
    ("", "担当作为", False),
])
def test_splits_a_word_finds_words_across_a_join(before, after, split):
    assert splits_a_word(before, after) is split
