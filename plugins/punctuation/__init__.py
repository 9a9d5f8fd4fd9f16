"""Punctuation (PU rules): widths, pairs, repeats, ellipses and dashes, spacing, title marks,
document numbers.

The rules follow GB/T 15834-2011 (标点符号用法); their data — mark widths, pairs, wrong
forms, things to leave alone — is in ``rulesets/punctuation.toml``.
"""

from checker import hookimpl

from .docnumbers import document_number
from .enumeration import enumeration_comma
from .pairs import unpaired_marks
from .repeats import ellipsis_dash_form, repeated_punctuation
from .spacing import stray_space
from .titles import title_marks_misuse
from .widths import full_width_alphanumeric, half_width_punctuation


@hookimpl
def checker_rules():
    return [
        half_width_punctuation, unpaired_marks, repeated_punctuation, ellipsis_dash_form,
        stray_space, enumeration_comma, full_width_alphanumeric, title_marks_misuse,
        document_number,
    ]
