"""Rule data from TOML: built-in ``rulesets/*.toml``, plugin data dirs, the user's own files.

Data files hold dictionaries, patterns and allowlists. Their shape is a few kinds of entries:
arrays of tables (``[[confusion]]``) whose every entry carries a ``reason``, plain arrays of
strings, and scalar settings. Files of the same name are merged in order: arrays are
concatenated, tables merged key by key, scalars replaced. Everything is validated on load and an
error names the file and the line of the offending entry.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from .errors import ConfigError

try:  # tomli's wheels are compiled: it parses the rulesets about three times faster than tomllib
    import tomli as tomllib
except ImportError:  # pragma: no cover - a Python 3.11+ install without tomli
    import tomllib

BUILTIN_DIR = Path(__file__).resolve().parent / "rulesets"


def builtin_dir() -> Path:
    """Where the built-in rulesets live: inside the installed package (``checker/rulesets``)."""
    if BUILTIN_DIR.is_dir():
        return BUILTIN_DIR
    # Running from a source tree without installing: <root>/src/checker -> <root>/rulesets
    return Path(__file__).resolve().parents[2] / "rulesets"


def read_toml(path: Path) -> dict[str, Any]:
    """Parse a TOML file; a syntax error becomes a one-line ``ConfigError`` with its line."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ConfigError(f"cannot read: {error.strerror or error}", str(path)) from None
    try:
        return tomllib.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ConfigError("not UTF-8 text", str(path)) from None
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        line = None
        if "(at line " in message:
            try:
                line = int(message.rsplit("(at line ", 1)[1].split(",")[0])
            except ValueError:
                line = None
            message = message.split(" (at line ")[0]
        elif "(at end of document)" in message:
            line = data.decode("utf-8", "replace").count("\n") + 1
            message = message.split(" (at end of document)")[0] + " at end of file"
        raise ConfigError(f"invalid TOML: {message}", str(path), line) from None


def validate_entries(data: dict[str, Any], path: Path, text: str | None = None) -> None:
    """Every entry of an array of tables needs a non-empty string ``reason``."""
    for key, value in data.items():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            for index, entry in enumerate(value):
                reason = entry.get("reason")
                if not isinstance(reason, str) or not reason.strip():
                    line = _entry_line(path, key, index, text)
                    raise ConfigError(
                        f"entry {index + 1} of [[{key}]] has no 'reason'", str(path), line
                    )


def _entry_line(path: Path, key: str, index: int, text: str | None) -> int | None:
    try:
        text = text if text is not None else path.read_text(encoding="utf-8-sig")
    except OSError:
        return None
    seen = -1
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip().replace(" ", "") == f"[[{key}]]":
            seen += 1
            if seen == index:
                return number
    return None


def merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        if key in out and isinstance(out[key], list) and isinstance(value, list):
            out[key] = out[key] + value
        elif key in out and isinstance(out[key], dict) and isinstance(value, dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def _load_file(path: Path) -> dict[str, Any]:
    """A data file's entries, read again once it changed: an editor's language server lives
    on while its user edits the team's word lists."""
    try:
        status = path.stat()
    except OSError:
        status = None
    return _load_version(path, status and status.st_mtime_ns, status and status.st_size)


@lru_cache(maxsize=256)
def _load_version(path: Path, mtime_ns: int | None, size: int | None) -> dict[str, Any]:
    data = read_toml(path)
    validate_entries(data, path)
    return data


def load_data(name: str, dirs: Iterable[Path], extra_files: Iterable[Path] = ()) -> dict[str, Any]:
    """Merge ``NAME.toml`` from each directory, then the user's extra files, in order."""
    merged: dict[str, Any] = {}
    for directory in dirs:
        candidate = Path(directory) / f"{name}.toml"
        if candidate.is_file():
            merged = merge(merged, _load_file(candidate.resolve()))
    for path in extra_files:
        path = Path(path)
        if not path.is_file():
            raise ConfigError(f"data file for '{name}' not found", str(path))
        merged = merge(merged, _load_file(path.resolve()))
    return merged
