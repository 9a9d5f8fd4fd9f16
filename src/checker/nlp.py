"""The lazy word tokenizer: spaCy's Chinese pipeline with the jieba segmenter.

Imported only when a rule asks for words; a run that needs none never pays for spaCy or jieba
(about a second and 150 MB per process). :func:`default_tokenizer` gives ``document.tokens``:
spaCy's blank Chinese pipeline with jieba, or the installed spaCy model named by ``nlp-model``.
jieba's dictionary is loaded in memory; no cache file is written anywhere.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Callable, Iterable

from .watchdog import untimed

Tokenizer = Callable[[str], list[tuple[int, int, str]]]


@lru_cache(maxsize=4)
def default_tokenizer(model: str | None = None) -> Tokenizer:
    """A function text → ``[(start, end, word)]``; ``model`` names an installed spaCy package."""
    with untimed():  # loading takes a second once per process; not the rule's own time
        return _spacy_tokenizer(model)


def _jieba():
    """jieba with its dictionary loaded in memory, without the cache file it would write.

    Left to itself jieba writes ``jieba.cache`` into the temp directory; the checker writes no
    file the user did not ask for, and building the table from the bundled dictionary takes
    about as long as reading that cache back.
    """
    import jieba

    logging.getLogger("jieba").setLevel(logging.ERROR)
    jieba.setLogLevel(logging.ERROR)
    segmenter = jieba.dt
    with segmenter.lock:
        if not segmenter.initialized:
            segmenter.FREQ, segmenter.total = segmenter.gen_pfdict(segmenter.get_dict_file())
            segmenter.initialized = True
    return segmenter


def splits_a_word(before: str, after: str) -> bool:
    """Whether ``before`` and ``after``, written together, make a word that runs across the
    join (道路 + 交通安全 → 道路交通): a space there cuts a word in two. Cut by jieba's
    dictionary alone, without its guesses at unknown words, which may join any two characters.
    The dictionary is loaded on first use, once per process."""
    with untimed():
        segmenter = _jieba()
    at = 0
    for word in segmenter.cut(before + after, HMM=False):
        if at < len(before) < at + len(word):
            return True
        at += len(word)
        if at >= len(before):
            return False
    return False


def _spacy_tokenizer(model: str | None) -> Tokenizer:
    import spacy

    if model:
        nlp = spacy.load(model, exclude=["parser", "ner", "lemmatizer", "textcat"])
    else:
        _jieba()  # spaCy's segmenter cuts with jieba's shared dictionary: load it without a cache
        nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})

    def words(chunk: str) -> Iterable[tuple[int, str]]:
        for token in nlp.make_doc(chunk):
            yield token.idx, token.text

    return _by_line(words)


def _by_line(words: Callable[[str], Iterable[tuple[int, str]]]) -> Tokenizer:
    """Segment line by line (memory stays flat on large files), dropping spaces and masks."""

    def tokenize(text: str) -> list[tuple[int, int, str]]:
        out: list[tuple[int, int, str]] = []
        base = 0
        for chunk in text.split("\n"):
            if chunk.strip("\0 \t\u3000"):
                for offset, word in words(chunk):
                    if word.strip() and word.strip("\0"):
                        start = base + offset
                        out.append((start, start + len(word), word))
            base += len(chunk) + 1
        return out

    return tokenize
