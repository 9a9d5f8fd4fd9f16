"""The coloured terminal report writes each styled span exactly as rich's console would, and the
context window around a finding is measured as before, one character at a time."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.formats import terminal

STYLES = sorted({*terminal.STYLE.values(), "dim", "bold", "bold underline", "green", "red", "yellow", ""})
TEXT = st.text(alphabet=st.sampled_from(list("ab [/]\\:#同志们，。！“”…　①Ａ\u0301\u200b\t\x1b\x7f")), max_size=12)
SPANS = st.lists(st.tuples(TEXT, st.sampled_from(STYLES)), max_size=6)


def _printed_by_rich(lines) -> str:
    from rich.console import Console
    from rich.text import Text

    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, color_system="standard", width=100,
                      highlight=False, soft_wrap=True, emoji=False)
    for spans in lines:
        console.print(Text.assemble(*((text.translate(terminal._CONTROLS), style) for text, style in spans)))
    return buffer.getvalue()


@settings(max_examples=300, deadline=None)
@given(st.lists(SPANS, min_size=1, max_size=4))
def test_coloured_lines_are_what_rich_prints(lines):
    out = terminal._Colored()
    for spans in lines:
        out.line(*spans)
    assert out.buffer.getvalue() == _printed_by_rich(lines)


def _context_by_remeasuring(line: str, start: int, end: int) -> tuple[int, int]:
    left = start
    while left > 0 and terminal.cell_width(line[left - 1:start]) <= terminal.CONTEXT_CELLS:
        left -= 1
    right = end
    while right < len(line) and terminal.cell_width(line[end:right + 1]) <= terminal.CONTEXT_CELLS:
        right += 1
    return left, right


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab 同志们，。！\u0301\u200b①")), max_size=120), st.data())
def test_the_context_window_is_the_one_measured_by_growing_it(line, data):
    start = data.draw(st.integers(0, len(line)))
    end = data.draw(st.integers(start, len(line)))
    assert terminal._context(line, start, end) == _context_by_remeasuring(line, start, end)


def test_a_long_paragraph_is_shown_as_a_window_of_context_cells():
    line = "同志们" * 40 + "！！" + "大家好" * 40
    start = line.index("！！")
    left, right = terminal._context(line, start, start + 2)
    assert terminal.cell_width(line[left:start]) == terminal.CONTEXT_CELLS
    assert terminal.cell_width(line[start + 2:right]) == terminal.CONTEXT_CELLS
