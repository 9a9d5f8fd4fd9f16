"""Applying fixes without losing a byte.

Edits are made on the decoded file text (not the newline-normalised one), mapped through the
document's record of ``\\r\\n`` positions, so everything outside the edited spans is written back
exactly as read: encoding, BOM and every line ending. Fixing repeats (check, edit, re-read) until
nothing more applies, at most ``MAX_ROUNDS`` times. Files are replaced atomically: the new
content goes to a temporary file in the same directory, is flushed to disk, and renamed over the
original, so a crash leaves either the old file or the new one, never a half-written draft.
"""

from __future__ import annotations

import difflib
import os
import stat
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable, Iterator

from .document import Document
from .errors import CheckerError
from .finding import Edit, Finding

MAX_ROUNDS = 10


def choose_edits(findings: list[Finding], unsafe: bool) -> list[Edit]:
    """Edits of every applicable fix, skipping a fix that overlaps one already chosen."""
    chosen: list[Edit] = []
    taken: list[tuple[int, int]] = []
    for finding in sorted(findings, key=lambda f: (f.start, f.end)):
        fix = finding.fix
        if fix is None or (fix.safety == "unsafe" and not unsafe):
            continue
        spans = [(e.start, e.end) for e in fix.edits]
        if any(_overlap(a, b) for a in spans for b in taken):
            continue
        chosen.extend(fix.edits)
        taken.extend(spans)
    return sorted(chosen, key=lambda e: (e.start, e.end))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    if a == b:
        return True
    # Two insertions at one point, or an insertion inside a replaced span, also conflict.
    return a[0] < b[1] and b[0] < a[1] or (a[0] == a[1] and b[0] <= a[0] < b[1]) or (
        b[0] == b[1] and a[0] <= b[0] < a[1])


def apply_to_raw(document: Document, edits: list[Edit]) -> str:
    """The decoded file text with ``edits`` (in normalised offsets) applied."""
    raw = document.source.raw if document.source.raw else document.text
    newline = document.source.newline
    out: list[str] = []
    position = 0
    for edit in edits:
        start = document.raw_offset(edit.start)
        end = document.raw_offset(edit.end)
        out.append(raw[position:start])
        out.append(edit.replacement.replace("\n", newline) if newline != "\n" else edit.replacement)
        position = end
    out.append(raw[position:])
    return "".join(out)


def encode(raw: str, document: Document) -> bytes:
    source = document.source
    if source.encoding == "utf-16":
        return raw.encode("utf-16")  # writes a BOM, as the file had
    data = raw.encode(source.encoding)
    return (b"\xef\xbb\xbf" + data) if source.bom else data


@dataclass(eq=False)
class FixOutcome:
    data: bytes  # the file's new bytes
    applied: int  # number of edits applied over all rounds
    document: Document  # the final document
    findings: list[Finding]  # what remains


def fix_document(
    document: Document,
    check: Callable[[Document], list[Finding]],
    reread: Callable[[bytes], Document],
    unsafe: bool = False,
) -> FixOutcome:
    """Check, apply fixes, re-read and re-check until stable."""
    applied = 0
    findings = check(document)
    data = None
    for _ in range(MAX_ROUNDS):
        edits = choose_edits(findings, unsafe)
        if not edits:
            break
        raw = apply_to_raw(document, edits)
        data = encode(raw, document)
        document = reread(data)
        applied += len(edits)
        findings = check(document)
    if data is None:
        data = encode(document.source.raw or document.text, document)
    return FixOutcome(data, applied, document, findings)


def unified_diff(path: str, before: str, after: str) -> str:
    return "".join(difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True),
        fromfile=f"a/{path}", tofile=f"b/{path}",
    ))


def write_fixed(path: Path, original: bytes, new: bytes) -> None:
    """Replace ``path`` with ``new`` if it still holds ``original``; raise a clear error if not."""
    target = Path(os.path.realpath(path))  # write through a symlink, keep the link
    try:
        current = target.read_bytes()
    except OSError as error:
        raise CheckerError(f"{path}: cannot re-read before writing: {error.strerror}") from None
    if current != original:
        raise CheckerError(f"{path}: changed on disk during the run; not fixed (run again)")
    if not os.access(target, os.W_OK):
        raise CheckerError(f"{path}: read-only; not fixed")
    atomic_write_bytes(target, new)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file and an atomic rename."""
    with atomic_writer(path) as handle:
        handle.write(data)


@contextmanager
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    """A binary file that replaces ``path`` (keeping its mode) when the block ends without error.

    The content goes to a temporary file beside ``path``; until the rename, the old file is
    untouched, and on any error the temporary file is removed.
    """
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        mode = None
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as error:
        raise CheckerError(f"{path}: cannot write in {directory}: {error.strerror}") from None
    try:
        with os.fdopen(handle, "wb") as temp:
            yield temp
            temp.flush()
            os.fsync(temp.fileno())
        if mode is not None:
            os.chmod(temp_name, mode)
        _before_rename(temp_name, path)
        os.replace(temp_name, path)
    except BaseException:
        try:
            os.unlink(temp_name)
        except OSError:
            pass
        raise


def _before_rename(temp_name: str, path: Path) -> None:
    """Hook point for fault-injection tests (a crash between write and rename)."""
