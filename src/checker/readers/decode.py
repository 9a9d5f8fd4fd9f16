"""Bytes to text: UTF-8 (with or without BOM), else GB18030; anything else is not text."""

from __future__ import annotations

import re

from ..document import Source, normalise_newlines
from ..errors import InputError

UTF8_BOM = b"\xef\xbb\xbf"
# Control characters that never occur in a text draft (tab, newlines and form feed are fine).
_BINARY_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f]")


def decode(data: bytes, path: str = "<input>") -> tuple[str, Source]:
    """Decode a draft; return normalised text and how it was stored.

    UTF-16 files (with a BOM) are accepted too, since Windows editors still write them.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            raw = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{path}: not valid UTF-16 text") from None
        encoding, bom = "utf-16", True
    else:
        if b"\0" in data:
            raise InputError(f"{path}: binary file (contains NUL bytes), not a text draft")
        bom = data.startswith(UTF8_BOM)
        body = data[3:] if bom else data
        try:
            raw = body.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            if bom:
                raise InputError(f"{path}: has a UTF-8 BOM but is not valid UTF-8") from None
            try:
                raw = body.decode("gb18030")
                encoding = "gb18030"
            except UnicodeDecodeError:
                raise InputError(
                    f"{path}: cannot decode as UTF-8 or GB18030; save the file as UTF-8"
                ) from None
    if "\0" in raw:
        raise InputError(f"{path}: binary file (contains NUL characters), not a text draft")
    sample = raw[:4096]
    if sample and len(_BINARY_CONTROLS.findall(sample)) > max(4, len(sample) // 100):
        raise InputError(f"{path}: looks binary (many control characters), not a text draft")
    text, source = normalise_newlines(raw)
    source.encoding = encoding
    source.bom = bom
    return text, source
