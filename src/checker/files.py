"""Which files to check: named files, directories walked recursively, .gitignore respected.

A file named on the command line is always checked (whatever its suffix); inside directories
only suffixes some reader handles are picked up. Hidden directories, ``.gitignore``d paths and
config ``exclude`` globs are skipped. Symlinked directories are not followed, so a link loop
cannot hang the walk; unreadable directories are reported, not fatal.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from .errors import CheckerError

if TYPE_CHECKING:
    import pathspec


@dataclass(eq=False)
class Discovery:
    files: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _gitignore_spec(directory: Path) -> pathspec.GitIgnoreSpec | None:
    path = directory / ".gitignore"
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    return _spec(lines)


def _spec(lines: list[str]) -> "pathspec.GitIgnoreSpec":
    """Gitignore rules, with pathspec imported only when there are some (a pre-commit run
    over named files usually has none to read)."""
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(lines)


def _ancestor_specs(directory: Path) -> list[tuple[Path, pathspec.GitIgnoreSpec]]:
    """.gitignore files of enclosing directories up to the repository root."""
    specs = []
    for folder in (directory, *directory.parents):
        spec = _gitignore_spec(folder)
        if spec is not None and folder != directory:
            specs.append((folder, spec))
        if (folder / ".git").exists():
            break
    return specs


def _ignored(path: Path, is_dir: bool, specs: list[tuple[Path, pathspec.GitIgnoreSpec]]) -> bool:
    for base, spec in specs:
        try:
            relative = path.relative_to(base).as_posix()
        except ValueError:
            continue
        if spec.match_file(relative + ("/" if is_dir else "")):
            return True
    return False


def discover(
    paths: Iterable[str], suffixes: Iterable[str], exclude: Iterable[str] = (), root: Path | None = None,
) -> Discovery:
    suffixes = {s.lower() for s in suffixes}
    exclude_spec = _spec(list(exclude)) if exclude else None
    root = (root or Path.cwd()).resolve()
    found = Discovery()
    seen: set[Path] = set()

    def excluded(path: Path, is_dir: bool) -> bool:
        if exclude_spec is None:
            return False
        try:
            relative = path.resolve().relative_to(root).as_posix()
        except ValueError:
            relative = path.as_posix()
        return exclude_spec.match_file(relative + ("/" if is_dir else ""))

    def add(path: Path, resolved: Path | None = None) -> None:
        key = resolved or path.resolve()
        if key not in seen:
            seen.add(key)
            found.files.append(path)

    for name in paths:
        path = Path(name)
        if not os.path.lexists(path):
            raise CheckerError(f"{name}: no such file or directory")
        if path.is_dir():
            base = path.resolve()
            specs = _ancestor_specs(base)
            for current, dirs, files in os.walk(path, followlinks=False, onerror=lambda e: found.problems.append(
                    f"{e.filename}: cannot read directory: {e.strerror}")):
                current_path = Path(current)
                current_resolved = current_path.resolve()
                spec = _gitignore_spec(current_path)
                local = specs + ([(current_resolved, spec)] if spec is not None else [])
                dirs[:] = sorted(
                    d for d in dirs
                    if not d.startswith(".") and d not in ("node_modules", "__pycache__")
                    and not _ignored((current_path / d).resolve(), True, local)
                    and not excluded(current_path / d, True)
                )
                for file_name in sorted(files):
                    if os.path.splitext(file_name)[1].lower() not in suffixes or file_name.startswith((".", "~$")):
                        continue
                    candidate = current_path / file_name
                    link = os.path.islink(candidate)
                    # A plain file in a walked directory resolves to that directory's real path.
                    resolved = candidate.resolve() if link else current_resolved / file_name
                    if _ignored(resolved, False, local) or excluded(candidate, False):
                        continue
                    if link and not candidate.exists():
                        found.problems.append(f"{candidate}: broken symbolic link")
                        continue
                    add(candidate, resolved)
                # remember this directory's spec for its children
                if spec is not None:
                    specs = [s for s in specs if s[0] != current_resolved] + [(current_resolved, spec)]
        elif path.exists():
            if not excluded(path, False):
                add(path)
        else:
            found.problems.append(f"{name}: broken symbolic link")
    return found
