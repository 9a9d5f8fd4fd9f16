"""What the engine reads off its patterns' parse trees, kept between runs.

Before the plugins scan a draft with a pattern, the engine reads facts off the pattern's
parse tree: that it is valid, the words every match contains (``checker.gates``), the strings
it spells out, where a scan may skip ahead to (``checker.patterns``). ``re`` parses in
Python, and a short run spent a sixth of its time on these readings, always with the same
answers. Each fact depends only on the pattern's text and flags, on the interpreter's parser
and on the code that reads it, so the facts one run read are written to a file and the next
run takes them from there.

Why a kept fact is the fact the code would read:

* the file is named after the interpreter, like the compiled patterns' (see
  ``checker.pattern_cache``), and records the interpreter's full version;
* its table is stored under a digest of the source of the modules that read the facts: a
  checker whose readings changed finds no table under its digest and reads afresh;
* a fact is found only under its kind, the pattern's exact text and its flags;
* failures are not kept: an invalid pattern is parsed, and refused, on every run.

The file is written when a run read something new, beside the compiled patterns, and like
them only when caching is on (see ``checker.cache_dir``). Within one process every fact is
read once, with or without the file.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path
from typing import Callable, TypeVar

from .cache_dir import read_table, write_table

try:  # hashlib would load OpenSSL first, a few milliseconds of every run's start-up
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - an interpreter without the built-in module
    from hashlib import blake2b

FORMAT = 1
READERS = ("gates.py", "patterns.py")  # the modules whose code reads the facts
LIMIT = 20_000  # facts in the file; past it, only those of the latest run are kept
T = TypeVar("T")

_FACTS: dict[tuple[str, str, int], object] = {}
_STORED: set[tuple[str, str, int]] = set()  # keys the file holds, as far as this process knows
_DIRECTORY: list[Path] = []  # where that file is


def recall(kind: str, source: str, flags: int, read: Callable[[], T]) -> T:
    """The fact of ``kind`` about the pattern ``source`` under ``flags``: as kept, or as
    ``read()`` gives it (an exception from ``read`` passes through and nothing is kept).
    A kept value must be of the types ``marshal`` writes, and is shared: never change it."""
    key = (kind, source, int(flags))
    try:
        return _FACTS[key]  # type: ignore[return-value]
    except KeyError:
        pass
    value = read()
    _FACTS[key] = value
    return value


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of the source of the modules that read the facts (read once per process: a
    worker saves after every file it checks)."""
    state = blake2b(digest_size=12)
    here = Path(__file__).resolve().parent
    for name in READERS:
        try:
            state.update((here / name).read_bytes())
        except OSError:  # pragma: no cover - an install without sources: nothing is kept
            return ""
        state.update(b"\x1e")
    return state.hexdigest()


def facts_path(directory: Path) -> Path:
    return directory / f"facts-{sys.implementation.cache_tag}-{sys.hexversion:x}.marshal"


def entries_in(path: Path) -> int | None:
    """How many facts a file holds for this code, or ``None`` if it holds none this
    version reads."""
    digest = code_digest()
    table = read_table(path, FORMAT, digest) if digest else {}
    return len(table) or None


def load(directory: Path) -> int:
    """Take in the facts the file in ``directory`` keeps for this code; how many."""
    digest = code_digest()
    if not digest:
        return 0
    _track(directory)
    added = 0
    for key, value in read_table(facts_path(directory), FORMAT, digest).items():
        if not (isinstance(key, tuple) and len(key) == 3 and isinstance(key[0], str)
                and isinstance(key[1], str) and type(key[2]) is int):
            continue  # not a key this module writes: the next save replaces the file
        _STORED.add(key)
        if key not in _FACTS:
            _FACTS[key] = value
            added += 1
    return added


def save(directory: Path) -> int:
    """Write the facts this process read that the file lacks; how many were new."""
    _track(directory)
    fresh = [key for key in _FACTS if key not in _STORED]
    if not fresh:
        return 0
    digest = code_digest()
    if not digest:
        return 0
    path = facts_path(directory)
    table = read_table(path, FORMAT, digest)
    if len(table) + len(fresh) > LIMIT:  # patterns of rulesets no longer used
        table = {key: value for key, value in table.items() if key in _FACTS}
    table.update({key: _FACTS[key] for key in fresh})
    if not write_table(path, FORMAT, digest, table, ".facts-"):
        return 0
    _STORED.update(table)
    return len(fresh)


def _track(directory: Path) -> None:
    """What the process knows of the file holds only for the file of one directory."""
    if _DIRECTORY != [directory]:
        _STORED.clear()
        _DIRECTORY[:] = [directory]


def forget() -> None:
    """Drop every fact this process holds (for tests of the file)."""
    _FACTS.clear()
    _STORED.clear()
    _DIRECTORY.clear()
