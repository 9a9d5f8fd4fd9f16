"""Compiled regular expressions kept between runs.

A check of one short draft compiles some two hundred regular expressions, and Python's ``re``
compiles in Python: its parser, and the optimiser that turns a class such as ``[一-鿿]`` into
a bitmap one code point at a time (about a millisecond per class of Chinese characters), take
a third of a short run. A compiled pattern depends only on its text, its flags and the
interpreter's regular-expression engine, so the programs a run compiled are written to a file
and handed to ``re``'s own cache when the next run starts: every ``re.compile`` in the engine
and the plugins then finds its pattern ready, and no call site knows about this module.

Why it cannot change a result:

* the file is named after the interpreter version and the engine's ``_sre.MAGIC``: another
  interpreter never reads it;
* a program is stored only after it was rebuilt and compared equal to the pattern ``re`` made
  (compiled patterns compare by flags, text and program), and it is used only under its exact
  text and flags;
* the engine validates every program it is given; a file that is unreadable, truncated or of
  another version is ignored, and any error leaves ``re`` to compile as usual.

The file is written only when a run compiled something new (so the first run, and runs with new
user patterns), to a temporary file renamed into place; failure to write is silent, as the cache
is only ever a shortcut. It lives in ``$CHECKER_CACHE_DIR`` (empty: no cache), else
``$XDG_CACHE_HOME/checker``, else ``~/.cache/checker``; ``--no-cache`` neither reads nor writes it.
The standard library's private compiler interface is used here and nowhere else; on an
interpreter where it differs, the cache switches itself off. ``re`` keeps at most 512 patterns
and a run compiles close to that many, so the bound is raised here (``CACHE_SIZE``): otherwise
the file could not hold a run's patterns and every run would compile and save again.
"""

from __future__ import annotations

import marshal
import re
import sys
from pathlib import Path

from . import pattern_facts
from .cache_dir import default_directory, read_table, write_table

CACHE_SIZE = 2048  # patterns ``re`` may keep: all of a run's, with room for a team's own

try:
    import _sre
    from re import _compiler, _parser

    _RE_CACHE = re._cache  # the dict re.compile looks in first
    # A run compiles some 450 patterns, near ``re``'s own bound of 512: past it ``re`` drops the
    # oldest, so a file that cannot hold them all makes every run compile (and save) again.
    if re._MAXCACHE < CACHE_SIZE:
        re._MAXCACHE = CACHE_SIZE
    _LIMIT = max(0, re._MAXCACHE - 64)  # leave re room, or it evicts what was loaded
    SUPPORTED = isinstance(_RE_CACHE, dict) and hasattr(_sre, "MAGIC")
except (ImportError, AttributeError):  # pragma: no cover - another interpreter
    SUPPORTED = False

FORMAT = 1


class PatternCache:
    """The file of one interpreter's compiled programs, and what this process took from it."""

    def __init__(self, directory: Path) -> None:
        tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{sys.hexversion:x}"
        self.path = directory / f"patterns-{tag}.marshal"
        self.known: set[tuple[str, int]] = set()  # keys in the file, as far as this process knows

    def load(self) -> int:
        """Put the file's patterns into ``re``'s cache; how many were put there."""
        added = 0
        for key, program in self._read().items():
            if len(_RE_CACHE) >= _LIMIT:
                break
            if not (isinstance(key, tuple) and len(key) == 2 and isinstance(key[0], str)
                    and type(key[1]) is int):
                continue  # not a key this module writes: the next save replaces the file
            if (str, *key) not in _RE_CACHE:
                try:
                    _RE_CACHE[(str, *key)] = _pattern(key[0], program)
                except Exception:  # noqa: BLE001 - a program this engine refuses: re compiles it,
                    continue  # and the next save stores the program it made instead
                added += 1
            self.known.add(key)
        return added

    def save(self) -> int:
        """Add the patterns this process compiled that the file lacks; how many were added."""
        fresh = {}
        for kind, text, flags in list(_RE_CACHE):
            if kind is str and (text, flags) not in self.known:
                program = _verified_program(text, flags, _RE_CACHE.get((kind, text, flags)))
                if program is not None:
                    fresh[(text, flags)] = program
        if not fresh:
            return 0
        entries = self._read()
        if len(entries) + len(fresh) > _LIMIT:  # keep what this process uses
            entries = {key: value for key, value in entries.items() if key in self.known}
        entries.update(fresh)
        entries = dict(list(entries.items())[-_LIMIT:])
        if not self._write(entries):
            return 0
        self.known.update(entries)
        return len(fresh)

    def _read(self) -> dict:
        return read_table(self.path, FORMAT, "patterns")

    def _write(self, entries: dict) -> bool:
        return write_table(self.path, FORMAT, "patterns", entries, ".patterns-")


def cache_files(directory: Path) -> list[Path]:
    """The files of the cache in ``directory``, with the facts read off patterns (every
    interpreter's, and temporary files a killed run left behind); nothing else there is the
    cache's."""
    kinds = ("patterns-", "facts-")
    try:
        return sorted(p for p in directory.iterdir() if p.is_file() and (
            (p.name.startswith(kinds) and p.suffix == ".marshal") or p.name.startswith(tuple("." + k for k in kinds))))
    except OSError:
        return []


def entries_in(path: Path) -> int | None:
    """How many patterns a cache file holds, or ``None`` if it is not one this version reads."""
    try:
        data = marshal.loads(path.read_bytes())
        return len(data["patterns"]) if data.get("format") == FORMAT else None
    except (OSError, ValueError, EOFError, TypeError, KeyError, AttributeError):
        return None


def _program(text: str, flags: int) -> tuple:
    """What the engine needs to build the pattern: final flags, program, group count and names."""
    parsed = _parser.parse(text, flags)
    state = parsed.state
    names = [None] * state.groups
    for name, index in state.groupdict.items():
        names[index] = name
    code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are an int subclass
    return (int(flags | state.flags), code, state.groups - 1,
            {str(name): int(index) for name, index in state.groupdict.items()}, tuple(names))


def _pattern(text: str, program: tuple) -> re.Pattern:
    final_flags, code, groups, groupindex, indexgroup = program
    return _sre.compile(text, final_flags, list(code), groups, dict(groupindex), tuple(indexgroup))


def _verified_program(text: str, flags: int, compiled) -> tuple | None:
    """The program of a pattern ``re`` compiled, if rebuilding it gives an equal pattern."""
    if not isinstance(compiled, re.Pattern):
        return None
    try:
        program = _program(text, flags)
        return program if _pattern(text, program) == compiled else None
    except Exception:  # noqa: BLE001 - whatever this interpreter does differently: not cached
        return None


def compiled_before(text: str, flags: int = 0) -> re.Pattern | None:
    """The compiled pattern, if this process has it already (compiled, or loaded from the
    cache): a pattern known to compile needs no checking."""
    return _RE_CACHE.get((str, text, int(flags))) if SUPPORTED else None


_ACTIVE: PatternCache | None = None


def activate(directory: Path | None = None) -> PatternCache | None:
    """Load the cache of this interpreter (from ``directory``, else the default place) into
    ``re``'s cache, and the facts read off patterns (see ``pattern_facts``); the cache that ``save_active`` will write, or ``None`` if there is none."""
    global _ACTIVE
    directory = directory if directory is not None else default_directory()
    if not SUPPORTED or directory is None:
        return None
    if _ACTIVE is None or _ACTIVE.path.parent != directory:
        _ACTIVE = PatternCache(directory)
    _ACTIVE.load()
    pattern_facts.load(directory)
    return _ACTIVE


def active() -> PatternCache | None:
    return _ACTIVE


def save_active() -> None:
    """Write what this process compiled, and the facts it read, to the active cache, if
    there is one."""
    if _ACTIVE is not None:
        _ACTIVE.save()
        pattern_facts.save(_ACTIVE.path.parent)
