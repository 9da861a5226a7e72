"""Tables inside an article: a data table set between the article's paragraphs is part of the
story (results, a schedule, a list of candidates), even when its short rows read like a menu.

The evidence is the page's structure, not its words: the rows are ``tr`` blocks of one
``table``, most of them with several cells and few links, and kept paragraphs of prose stand
close above and below the table. Such rows, when the context steps took them for navigation or
boilerplate (a run of short lines, a list), go back to the body. A table outside the article, a
table of links, and rows a rule table named for what they say (a share bar, an ad label) are
left as labelled.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..draft import Draft
from ..hints import LINK_DENSE
from ..model import Kind, Label
from . import text_tables

#: The label of the rows given back to the body.
TABLE_ROW = Label(Kind.BODY, "html-table")
#: What the context steps may have taken a table's rows for; only these are given back.
_RECLAIMED_KINDS = frozenset({Kind.NAVIGATION, Kind.BOILERPLATE})
#: The fewest rows a table has to be data rather than a layout cell.
MIN_ROWS = 2
#: The most blocks between the table and the paragraph above or below it (a caption, an ad
#: label, the table's own heading), all of them labelled.
PARAGRAPH_REACH = 3
#: Cells are joined by this in a row's text (``webpage.blocks``).
_CELL_SEPARATOR = " | "


def keep_inline_tables(draft: Draft) -> None:
    """Give the rows of each table set between the article's paragraphs back to the body (see
    the module docstring)."""
    for start, end in table_runs(draft):
        if is_data_table(draft, start, end) and between_paragraphs(draft, start, end):
            for index in range(start, end):
                label = draft.label(index)
                if label is not None and label.kind in _RECLAIMED_KINDS:
                    draft.relabel(index, TABLE_ROW.kind, TABLE_ROW.rule)


def table_runs(draft: Draft) -> Iterator[tuple[int, int]]:
    """The ``(start, end)`` spans of consecutive table rows (``tr`` blocks inside a table)."""
    start: int | None = None
    for index, block in enumerate([*draft.blocks, None]):
        is_row = block is not None and block.tag == "tr" and "table" in block.hints
        if is_row and start is None:
            start = index
        elif not is_row and start is not None:
            yield start, index
            start = None


def is_data_table(draft: Draft, start: int, end: int) -> bool:
    """True when the rows are a table of data: at least MIN_ROWS rows, most of them with
    several cells, and most of them not made of links."""
    rows = draft.blocks[start:end]
    if len(rows) < MIN_ROWS:
        return False
    with_cells = sum(_CELL_SEPARATOR in row.text for row in rows)
    linked = sum(LINK_DENSE in row.hints for row in rows)
    return 2 * with_cells > len(rows) and 2 * linked < len(rows)


def between_paragraphs(draft: Draft, start: int, end: int) -> bool:
    """True when a kept paragraph of prose stands within PARAGRAPH_REACH blocks above the
    table and another below it, with only labelled blocks between."""
    return text_tables.between_paragraphs(draft, start, end, PARAGRAPH_REACH, nearest_only=True)
