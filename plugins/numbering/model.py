"""What the NU rules share: the compiled ruleset and the document's outline, built once."""

from __future__ import annotations

from .breakdowns import BreakdownData, breakdown_data
from .column_sums import ColumnSumData, column_sum_data
from .decimals import DecimalData, decimal_data
from .inline_lists import echo_pattern, inline_list_patterns
from .ranges import RangeData, range_data
from .rates import RateData, rate_data
from .references import ReferenceData, reference_data
from .rosters import RosterData, roster_data
from .score_sums import ScoreData, score_data
from .table_counts import TableCountData, table_count_data
from .counts import CountData, count_data
from .tables import Blocks, TableData, read_tables, table_data
from .votes import VoteData, vote_data
from .markers import Grammar
from .outline import Outline, OutlineBuilder

DATA = "numbering"


def grammar(ctx) -> Grammar:
    return ctx.compiled("numbering.grammar", lambda: Grammar.from_data(ctx.data(DATA)))


def counts(ctx) -> CountData:
    return ctx.compiled("numbering.counts", lambda: count_data(ctx.data(DATA)))


def breakdowns(ctx) -> BreakdownData:
    return ctx.compiled("numbering.breakdowns", lambda: breakdown_data(ctx.data(DATA)))


def votes(ctx) -> VoteData | None:
    return ctx.compiled("numbering.votes", lambda: vote_data(ctx.data(DATA)))


def decimals(ctx) -> DecimalData:
    return ctx.compiled("numbering.decimals", lambda: decimal_data(ctx.data(DATA)))


def inline_lists(ctx) -> tuple:
    """The patterns of a count with its items in one sentence, the words that join two, and
    the pattern of a quoted count whose items repeat its word (“七进”)."""
    def build():
        table = ctx.data(DATA).get("inline_list", {})
        return (inline_list_patterns(table.get("classifiers", ["个", "项", "类"])), tuple(table.get("joiners", [])),
                echo_pattern(table.get("echoed_words", []), table.get("echoed_endings", []),
                             table.get("echoed_list_closers", [])))
    return ctx.compiled("numbering.inline_lists", build)


def rates(ctx) -> RateData | None:
    return ctx.compiled("numbering.rates", lambda: rate_data(ctx.data(DATA)))


def ranges(ctx) -> RangeData | None:
    return ctx.compiled("numbering.ranges", lambda: range_data(ctx.data(DATA)))


def references(ctx) -> ReferenceData:
    return ctx.compiled("numbering.references", lambda: reference_data(ctx.data(DATA)))


def rosters(ctx) -> RosterData:
    return ctx.compiled("numbering.rosters", lambda: roster_data(ctx.data(DATA)))


def scores(ctx) -> ScoreData | None:
    return ctx.compiled("numbering.scores", lambda: score_data(ctx.data(DATA)))


def table_counts(ctx) -> TableCountData | None:
    return ctx.compiled("numbering.table_counts", lambda: table_count_data(ctx.data(DATA)))


def column_sums(ctx) -> ColumnSumData | None:
    return ctx.compiled("numbering.column_sums", lambda: column_sum_data(ctx.data(DATA)))


def tables(ctx) -> TableData:
    return ctx.compiled("numbering.tables", lambda: table_data(ctx.data(DATA)))


def table_blocks(doc, ctx) -> Blocks:
    return ctx.analysis(doc, "numbering.tables", lambda: read_tables(doc))


def outline(doc, ctx) -> Outline:
    return ctx.analysis(doc, "numbering.outline", lambda: OutlineBuilder(doc, grammar(ctx)).build())


def where(doc, offset: int) -> str:
    """A place a reader can find: 第12行, or the reader's own label (正文第12段)."""
    line = doc.line_of(offset)
    label = doc.line_labels.get(line) if getattr(doc, "line_labels", None) else None
    return label or f"第{line}行"
