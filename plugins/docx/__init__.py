"""Word drafts: the ``.docx`` reader (and a clear answer for old ``.doc`` files).

Registers readers only; the rules of every other plugin then run on Word drafts unchanged.
The reader's modules and python-docx are imported when a Word file is read, not when this
plugin loads: a run over text files never pays for them.
"""

from checker import hookimpl


class _ReaderOnFirstUse:
    """Stands in for a reader of :mod:`.reader` until a file of its kind is read."""

    def __init__(self, name: str, suffixes: tuple[str, ...], class_name: str) -> None:
        self.name = name
        self.suffixes = suffixes
        self.class_name = class_name

    def read(self, path: str, data: bytes):
        from . import reader

        return getattr(reader, self.class_name)().read(path, data)


@hookimpl
def checker_readers():
    return [_ReaderOnFirstUse("docx", (".docx",), "DocxReader"),
            _ReaderOnFirstUse("doc", (".doc",), "LegacyDocReader")]
