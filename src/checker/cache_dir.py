"""Where the checker's caches live, and how their files are written.

Three caches share one directory: compiled patterns (``checker.pattern_cache``), the facts read
off them (``checker.pattern_facts``) and the findings of unchanged files
(``checker.result_cache``). It is ``$CHECKER_CACHE_DIR`` (set empty: no
cache at all), else ``$XDG_CACHE_HOME/checker``, else ``~/.cache/checker``.
"""

from __future__ import annotations

import marshal
import os
import sys
import time
from pathlib import Path


def default_directory() -> Path | None:
    """Where the caches live, or ``None`` when they are switched off or there is no home."""
    configured = os.environ.get("CHECKER_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or (os.environ.get("LOCALAPPDATA") if os.name == "nt" else None)
    if base:
        return Path(base) / "checker"
    try:
        return Path.home() / ".cache" / "checker"
    except RuntimeError:  # no home directory
        return None


def replace_file(path: Path, payload: bytes, prefix: str) -> bool:
    """Write ``payload`` to a temporary file beside ``path`` (named ``prefix``…) and rename it
    into place, so that a reader sees the old file or the new one, never half of one. Whether
    it was written; a cache that cannot be written is no error.

    The temporary name is made here rather than by ``tempfile``, whose import (``random``,
    ``shutil``…) would cost a run that checked one new draft a few milliseconds."""
    temporary = path.parent / f"{prefix}{os.getpid()}-{time.monotonic_ns()}"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(payload)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError:
        return False
    return True


def read_table(path: Path, form: int, key: str) -> dict:
    """The table a cache file keeps under ``key``; empty if the file is missing, damaged, of
    another format or written by another interpreter (marshal's format is not portable)."""
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if not isinstance(data, dict) or data.get("format") != form or data.get("version") != sys.version:
        return {}
    table = data.get(key)
    return table if isinstance(table, dict) else {}


def write_table(path: Path, form: int, key: str, table: dict, prefix: str) -> bool:
    """Replace a cache file with ``table`` under ``key`` (see ``replace_file``)."""
    try:
        payload = marshal.dumps({"format": form, "version": sys.version, key: table})
    except ValueError:  # pragma: no cover - the caches keep plain values only
        return False
    return replace_file(path, payload, prefix)
