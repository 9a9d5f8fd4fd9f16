"""Findings of files that have not changed, kept between runs.

A CI gate checks the same archive of drafts on every push, and most of its files are the
bytes it checked last time. Checking them again gives the same findings, so a run keeps each
file's findings and the next run takes them back, instead of checking, for every file whose
bytes and circumstances are what they were. Only files that changed are checked.

Why a kept result is the result a check would give:

* An entry is stored under the file's absolute path and found again only with a digest
  (BLAKE2b) of the file's exact bytes.
* A *fingerprint* of everything else a result depends on names the file of entries. It
  covers the checker's version and the interpreter, the content of the source files of the
  engine and of every loaded plugin, of the ruleset directories' files and of the user's data
  files, the effective configuration, the rules that run with their severities, and the
  versions of the libraries that read drafts or find things in them. Contents,
  not modification times: an install writes every file anew, and a CI runner that restores
  the cache has just installed the checker. A change to any of them gives another fingerprint
  and a run with every file checked afresh.
* Only a complete check is stored. A file on which a rule failed or ran out of time is
  checked again next time, and so is any run that writes fixes or diffs.
* An entry that cannot be turned back into findings (an unknown rule, a malformed record)
  counts as a miss.

Entries are grouped per directory and fingerprint, one file each, in the ``results``
directory of the cache (see ``checker.cache_dir`` for where that is). A pre-commit run over
three changed files thus reads and writes only their directories' entries. A file is rewritten
only when its entries changed, or on the first use of a day. Entries unused for 30 days
are dropped, and so are files of entries unused for as long; of one directory, the files of
the three most recently written fingerprints are kept. Failure to read or write is
silent, since the cache is only ever a shortcut. Two runs that write the same file at once
are safe: each writes a whole file, and the later one wins. The other run's new entries are
lost, and those files are checked again next time. ``--no-cache`` neither reads nor writes it.
"""

from __future__ import annotations

import marshal
import os
import sys
import time
import zlib
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from .cache_dir import default_directory, read_table, write_table
from .finding import Edit, Finding, Fix, Related

try:  # hashlib would load OpenSSL first, a few milliseconds of every run's start-up
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - an interpreter without the built-in module
    from hashlib import blake2b

if TYPE_CHECKING:
    from .engine import Engine

FORMAT = 2
KEEP_DAYS = 30
KEEP_FINGERPRINTS = 3  # per directory: a project checked under two configs keeps both
# Libraries whose version can change what a draft reads as or what a rule finds in it (the
# .docx reader, word segmentation, the phrase automata, user patterns, the rulesets' parser).
FINDINGS_LIBRARIES = ("python_docx", "lxml", "jieba", "spacy", "ahocorasick_rs", "regex", "zhon", "tomli")
DIRECTORY_NAME = "results"


def today() -> int:
    return int(time.time() // 86400)


def digest(data: bytes) -> bytes:
    return blake2b(data, digest_size=16).digest()


# --- what a result depends on ------------------------------------------------------------


def fingerprint(engine: "Engine") -> str:
    """A digest of everything besides the file's bytes that the engine's findings depend on."""
    from . import __version__
    from .rulesets import builtin_dir

    state = blake2b(digest_size=16)

    def feed(*parts: Any) -> None:
        state.update(repr(parts).encode("utf-8", "surrogateescape"))  # config values come from TOML
        state.update(b"\x1e")

    feed("checker-results", FORMAT, __version__, sys.version)
    sources = [path for root in _source_roots(engine) for path in _files(root, ".py")]
    data = [path for directory in dict.fromkeys((builtin_dir(), *engine.host.ruleset_dirs()))
            for path in _files(directory, "")]
    feed("files", [(path, _content_digest(Path(path))) for path in sources + data])
    config = engine.config
    feed("config", config.path, config.severity, config.per_file_ignores, config.rules,
         config.allow, config.nlp_model, config.rule_timeout)
    feed("rules", [(rule.id, rule.severity, engine.host.rule_plugin(rule.id),
                    getattr(rule.check, "__module__", None), getattr(rule.check, "__qualname__", None))
                   for rule in engine.rules])
    for name, paths in sorted(config.data.items()):
        for path in paths:
            feed("data", name, str(path), _content_digest(Path(path)))
    feed("libraries", installed_versions(FINDINGS_LIBRARIES))
    return state.hexdigest()


def _source_roots(engine: "Engine") -> list[Path]:
    """The engine's package and each loaded plugin's package (or module file)."""
    roots = [Path(__file__).resolve().parent]
    for plugin in engine.host.manager.get_plugins():
        module = plugin if isinstance(plugin, ModuleType) else sys.modules.get(type(plugin).__module__)
        file = getattr(module, "__file__", None)
        if not file:
            continue
        path = Path(file).resolve()
        roots.append(path.parent if path.name == "__init__.py" else path)
    return sorted(set(roots))  # pluggy hands its plugins over as a set


def _files(root: Path, suffix: str) -> list[str]:
    """The files under ``root`` (or ``root`` itself) whose names end with ``suffix``."""
    if root.is_file():
        return [str(root)]
    found = []
    for directory, folders, names in os.walk(root):
        folders[:] = sorted(f for f in folders if f != "__pycache__")
        found += [os.path.join(directory, name) for name in sorted(names) if name.endswith(suffix)]
    return found


def _content_digest(path: Path) -> str | None:
    try:
        return digest(path.read_bytes()).hex()
    except OSError:
        return None


def installed_versions(names: tuple[str, ...]) -> dict[str, str | None]:
    """The installed versions of these distributions, read from the names of the
    ``*.dist-info`` folders in the interpreter's site-packages (``importlib.metadata`` would
    cost a run more than it checks a draft in)."""
    wanted = dict.fromkeys(names)
    for entry in sys.path:
        if os.path.basename(entry) not in ("site-packages", "dist-packages"):
            continue
        try:
            folders = os.listdir(entry)
        except OSError:
            continue
        for folder in folders:
            if folder.endswith(".dist-info"):
                name, _, version = folder[:-len(".dist-info")].partition("-")
                key = name.lower().replace("-", "_").replace(".", "_")
                if key in wanted and wanted[key] is None:
                    wanted[key] = version
    return wanted


# --- findings as plain values --------------------------------------------------------------


def record_of(finding: Finding) -> tuple:
    """A finding as nested tuples of plain values (what ``marshal`` writes)."""
    fix = finding.fix
    return (
        finding.rule.id, finding.start, finding.end, finding.message, finding.suggestion,
        None if fix is None else (fix.safety, tuple((e.start, e.end, e.replacement) for e in fix.edits)),
        tuple((r.start, r.end, r.message) for r in finding.related),
        finding.severity, finding.line, finding.column, finding.end_line, finding.end_column,
        finding.text, finding.fingerprint, dict(finding.extra),
    )


def finding_of(record: tuple, rules: dict, path: str) -> Finding:
    """The finding a record was made from; KeyError/ValueError/TypeError if it is not one."""
    (rule_id, start, end, message, suggestion, fix, related, severity,
     line, column, end_line, end_column, text, fingerprint, extra) = record
    if fix is not None:
        safety, edits = fix
        fix = Fix(tuple(Edit(s, e, r) for s, e, r in edits), safety)
    return Finding(
        start, end, message, suggestion, fix, tuple(Related(s, e, m) for s, e, m in related),
        severity, rules[rule_id], path, line, column, end_line, end_column, text, fingerprint,
        dict(extra),
    )


# Records of a few findings are kept as they are marshalled: zlib's set-up (a quarter of a
# megabyte of state, cleared) costs 10 us a call, and it takes 40 bytes off 190. Nine files
# in ten have records this small; the others are compressed to about a third.
COMPRESS_FROM = 1024
RAW, COMPRESSED = b"m", b"z"


def pack(records: tuple) -> bytes:
    raw = marshal.dumps(records)
    return RAW + raw if len(raw) < COMPRESS_FROM else COMPRESSED + zlib.compress(raw, 1)


def unpack(packed: bytes) -> tuple:
    kind, body = packed[:1], memoryview(packed)[1:]
    if kind == RAW:
        return marshal.loads(body)
    if kind == COMPRESSED:
        return marshal.loads(zlib.decompress(body))
    raise ValueError("not a packed record")


# --- the files of entries ------------------------------------------------------------------


class Shard:
    """The entries of one directory under one fingerprint: name -> (digest, day, packed records).

    Records are kept packed (marshalled, and compressed when large; about 0.5 KB a file) and unpacked
    only for a file being reported: a run over fifty thousand files holds them all.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: dict[str, tuple[bytes, int, bytes]] = self._read()
        self.dirty = False

    def _read(self) -> dict:
        return read_table(self.path, FORMAT, "entries")

    def write(self, day: int) -> bool:
        """Write the entries used in the last ``KEEP_DAYS`` days; whether the file was written."""
        entries = {name: entry for name, entry in self.entries.items() if entry[1] > day - KEEP_DAYS}
        if write_table(self.path, FORMAT, "entries", entries, ".results-"):
            self.dirty = False
            return True
        return False


class ResultCache:
    """Kept findings under ``directory``; lookups read, ``store`` and ``save`` write."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.day = today()
        self._shards: dict[str, Shard] = {}
        self._fingerprints: dict[int, str] = {}

    def fingerprint_of(self, engine: "Engine") -> str:
        key = id(engine)
        if key not in self._fingerprints:
            self._fingerprints[key] = fingerprint(engine)
        return self._fingerprints[key]

    def _shard(self, fingerprint: str, path: str) -> tuple[Shard, str]:
        directory, name = os.path.split(path)
        directory_key = blake2b(directory.encode("utf-8", "surrogateescape"), digest_size=12).hexdigest()
        key = f"{directory_key}-{fingerprint}"
        shard = self._shards.get(key)
        if shard is None:
            shard = self._shards[key] = Shard(self.directory / f"{key}.marshal")
        return shard, name

    def knows(self, engine: "Engine", path: str) -> bool:
        """Whether findings are kept for some version of ``path`` (worth reading it for)."""
        shard, name = self._shard(self.fingerprint_of(engine), path)
        return name in shard.entries

    def lookup(self, engine: "Engine", path: str, file_digest: bytes, display: str) -> list[Finding] | None:
        """The findings kept for these bytes at ``path`` (absolute), or ``None``."""
        shard, name = self._shard(self.fingerprint_of(engine), path)
        entry = shard.entries.get(name)
        if not (isinstance(entry, tuple) and len(entry) == 3 and entry[0] == file_digest):
            return None
        rules = engine.host.rules
        try:
            findings = [finding_of(record, rules, display) for record in unpack(entry[2])]
        except (KeyError, ValueError, TypeError, EOFError, zlib.error):
            return None
        if entry[1] != self.day:
            shard.entries[name] = (entry[0], self.day, entry[2])
            shard.dirty = True
        return findings

    def entry(self, engine: "Engine", path: str, file_digest: bytes, findings: list[Finding]) -> tuple | None:
        """What ``store`` keeps for a complete check of ``path``: a plain, picklable value."""
        try:
            packed = pack(tuple(record_of(finding) for finding in findings))
        except ValueError:  # a plugin put something unusual in ``extra``: not kept
            return None
        return (self.fingerprint_of(engine), path, file_digest, packed)

    def store(self, entry: tuple) -> None:
        fingerprint, path, file_digest, packed = entry
        shard, name = self._shard(fingerprint, path)
        shard.entries[name] = (file_digest, self.day, packed)
        shard.dirty = True

    def save(self) -> None:
        """Write the files whose entries changed; now and then, drop long-unused files."""
        written = [shard.path for shard in self._shards.values() if shard.dirty and shard.write(self.day)]
        if written:
            self._drop_older_fingerprints(written)
        self._prune()

    def _drop_older_fingerprints(self, written: list[Path]) -> None:
        """Each edit of a plugin or a ruleset gives a new fingerprint: keep the newest few
        files of each written directory's entries, not one per edit. The directory of the
        cache is listed once, however many files were written."""
        folders = {path.name.split("-")[0] for path in written}
        by_folder: dict[str, list[tuple[int, str]]] = {}
        try:
            with os.scandir(self.directory) as listing:
                for item in listing:
                    folder = item.name.split("-")[0]
                    if folder in folders and item.name.endswith(".marshal"):
                        by_folder.setdefault(folder, []).append((item.stat().st_mtime_ns, item.path))
            for files in by_folder.values():
                for _, path in sorted(files, reverse=True)[KEEP_FINGERPRINTS:]:
                    os.unlink(path)
        except OSError:
            pass

    def _prune(self) -> None:
        marker = self.directory / ".pruned"
        try:
            if marker.stat().st_mtime > time.time() - 86400:
                return
        except OSError:
            if not self.directory.is_dir():
                return
        cutoff = time.time() - KEEP_DAYS * 86400
        try:
            for path in self.directory.iterdir():
                if path.name.endswith(".marshal") or path.name.startswith(".results-"):
                    if path.stat().st_mtime < cutoff:
                        path.unlink()
            marker.touch()
        except OSError:
            pass


def results_directory(cache_directory: Path) -> Path:
    return cache_directory / DIRECTORY_NAME


def open_default() -> ResultCache | None:
    """The cache in the default place, or ``None`` when caching is switched off."""
    directory = default_directory()
    return ResultCache(results_directory(directory)) if directory is not None else None


def usage(cache_directory: Path) -> tuple[int, int]:
    """How many files of entries there are, and how many files' findings they keep."""
    files = entries = 0
    directory = results_directory(cache_directory)
    try:
        paths = [p for p in directory.iterdir() if p.suffix == ".marshal"]
    except OSError:
        return 0, 0
    for path in paths:
        files += 1
        entries += len(Shard(path).entries)
    return files, entries


def clear(cache_directory: Path) -> int:
    """Delete the files of entries; how many were deleted."""
    removed = 0
    directory = results_directory(cache_directory)
    try:
        paths = list(directory.iterdir())
    except OSError:
        return 0
    for path in paths:
        if path.suffix == ".marshal" or path.name.startswith((".results-", ".pruned")):
            try:
                path.unlink()
                removed += path.suffix == ".marshal"
            except OSError:
                pass
    try:
        directory.rmdir()  # only if nothing else is left in it
    except OSError:
        pass
    return removed
