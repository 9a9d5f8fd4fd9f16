"""Coverage-guided fuzzing of readers, the document model and every rule (atheris).

Long run (until interrupted), keeping a corpus:

    python tests/fuzz/fuzz_checker.py tests/fuzz/corpus -max_len=4096

Smoke run (what the test suite does): ``-runs=N``. A crash is any exception other than the
InputError a reader raises for non-text bytes, or a finding whose span leaves the text.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from checker.errors import InputError
    from checker.testing import default_host, make_engine
    from checker.readers import MarkdownReader, TextReader

ENGINE = make_engine(select=sorted(default_host().rules))
READERS = (TextReader(), MarkdownReader())


def test_one_input(data: bytes) -> None:
    if not data:
        return
    reader = READERS[data[0] % 2]
    try:
        document = reader.read("fuzz.md" if reader is READERS[1] else "fuzz.txt", data[1:])
    except InputError:
        return
    for finding in ENGINE.check(document):
        assert 0 <= finding.start <= finding.end <= len(document.text), finding
    if ENGINE.failures:
        raise RuntimeError("; ".join(str(f) for f in ENGINE.failures))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
