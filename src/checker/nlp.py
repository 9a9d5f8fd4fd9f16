"""The lazy word tokenizer: spaCy's Chinese pipeline with the jieba segmenter.

Imported only when an enabled rule declares ``requires={"tokens"}``; a default run never pays
for spaCy or jieba. jieba keeps its dictionary cache in the system temp directory, never in the
user's repository.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Callable

Tokenizer = Callable[[str], list[tuple[int, int, str]]]


@lru_cache(maxsize=4)
def default_tokenizer(model: str | None = None) -> Tokenizer:
    """A function text → ``[(start, end, word)]``; ``model`` names an installed spaCy package."""
    import spacy

    logging.getLogger("jieba").setLevel(logging.ERROR)
    try:
        import jieba

        jieba.setLogLevel(logging.ERROR)
    except ImportError:  # pragma: no cover - jieba is a declared dependency
        pass
    if model:
        nlp = spacy.load(model, exclude=["parser", "ner", "lemmatizer", "textcat"])
    else:
        nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})

    def tokenize(text: str) -> list[tuple[int, int, str]]:
        out: list[tuple[int, int, str]] = []
        # Paragraph by paragraph keeps memory flat on large files.
        base = 0
        for chunk in text.split("\n"):
            if chunk.strip("\0 \t\u3000"):
                for token in nlp.make_doc(chunk):
                    if not token.is_space and token.text.strip("\0"):
                        start = base + token.idx
                        out.append((start, start + len(token.text), token.text))
            base += len(chunk) + 1
        return out

    return tokenize
