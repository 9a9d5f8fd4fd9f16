"""Word drafts: the ``.docx`` reader (and a clear answer for old ``.doc`` files).

Registers readers only; the rules of every other plugin then run on Word drafts unchanged.
python-docx is imported when a ``.docx`` is read, not when this plugin loads.
"""

from checker import hookimpl

from .reader import DocxReader, LegacyDocReader


@hookimpl
def checker_readers():
    return [DocxReader(), LegacyDocReader()]
