"""Typos: the confusion dictionary, non-standard and garbled characters, duplicated words,
的/地/得, and traditional characters in simplified text (rules TY001–TY005)."""

from checker import hookimpl

from .characters import non_standard_character
from .confusion import confusion_dictionary
from .duplicates import duplicated_word
from .particles import de_di_de
from .traditional import traditional_character


@hookimpl
def checker_rules():
    return [confusion_dictionary, non_standard_character, duplicated_word, de_di_de, traditional_character]
