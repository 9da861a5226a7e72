"""Tables inside an article, from text alone: a run of short rows of figures set between the
article's paragraphs is part of the story (a release history, a table of shares, a schedule),
even when its rows read like dates or a menu.

The evidence is the rows' shape, not their words: MIN_ROWS consecutive short lines or more,
each holding a number, none of them a sentence, with kept paragraphs of prose close above and
below. Rows that the rules or the context steps took for timestamps or navigation go back to
the body as ``text-table``; rows a rule table named for what they say (a share bar, an ad
label, a caption) are left as labelled. (Tables from HTML: ``context.tables``, whose check of the
paragraphs around a table stops at the first open line; here a table's open heading line may
stand between it and the paragraph.)
"""

from __future__ import annotations

from ..draft import Draft
from ..model import Kind, Label
from ..shape import Shape, count_numbers

#: The label of the rows given back to the body.
TEXT_TABLE_ROW = Label(Kind.BODY, "text-table")
#: What a row may have been taken for; only these are given back.
_RECLAIMED_KINDS = frozenset({Kind.TIMESTAMP, Kind.NAVIGATION})
#: The fewest rows of a table, and the most words of a row.
MIN_ROWS = 3
ROW_MAX_WORDS = 8
#: The most blocks between the table and the paragraph above or below it (its heading, a
#: caption, an ad label), all of them labelled or headline-shaped.
PARAGRAPH_REACH = 3


def keep_text_tables(draft: Draft) -> None:
    """Give the rows of each table of figures set between the article's paragraphs back to the
    body (see the module docstring)."""
    for start, end in _row_runs(draft):
        if end - start >= MIN_ROWS and between_paragraphs(draft, start, end, PARAGRAPH_REACH):
            for index in range(start, end):
                label = draft.label(index)
                if label is not None and label.kind in _RECLAIMED_KINDS:
                    draft.relabel(index, TEXT_TABLE_ROW.kind, TEXT_TABLE_ROW.rule)


def _row_runs(draft: Draft) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of consecutive table-row-shaped blocks (see :func:`_is_row`)."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for index in range(len(draft) + 1):
        is_row = index < len(draft) and _is_row(draft, index)
        if is_row and start is None:
            start = index
        elif not is_row and start is not None:
            runs.append((start, index))
            start = None
    return runs


def in_row_run(draft: Draft, index: int) -> bool:
    """True when the block is one of MIN_ROWS consecutive row-shaped blocks or more: a date in
    a table of dates, not the date of the article."""
    if not _is_row(draft, index):
        return False
    low = high = index
    while low > 0 and high - low + 1 < MIN_ROWS and _is_row(draft, low - 1):
        low -= 1
    while high + 1 < len(draft) and high - low + 1 < MIN_ROWS and _is_row(draft, high + 1):
        high += 1
    return high - low + 1 >= MIN_ROWS


def _is_row(draft: Draft, index: int) -> bool:
    """A short line with a number in it, not prose, open or taken for a timestamp or a menu."""
    record = draft.records[index]
    label = record.label
    if record.shape is Shape.SENTENCE or (label is not None and label.kind not in _RECLAIMED_KINDS):
        return False
    return record.words <= ROW_MAX_WORDS and count_numbers(record.block.text) >= 1


def between_paragraphs(
    draft: Draft, start: int, end: int, reach: int, *, nearest_only: bool = False
) -> bool:
    """True when a kept paragraph of prose stands within ``reach`` blocks above ``[start, end)``
    and another below it, with only labelled blocks or open non-prose lines between (with
    ``nearest_only``, only labelled blocks: the nearest block in the body must be prose)."""
    above = range(start - 1, max(-1, start - 1 - reach), -1)
    below = range(end, min(len(draft), end + reach))
    return _paragraph_within(draft, above, nearest_only) and _paragraph_within(
        draft, below, nearest_only
    )


def paragraph_below(draft: Draft, end: int, reach: int) -> bool:
    """True when the nearest block in the body within ``reach`` blocks from ``end`` (labelled
    blocks passed over) is a paragraph of prose."""
    return _paragraph_within(draft, range(end, min(len(draft), end + reach)), True)


def _paragraph_within(draft: Draft, indices: range, nearest_only: bool) -> bool:
    """True when, walking ``indices``, a block in the body (open or labelled body) is prose;
    with ``nearest_only``, when the first block in the body is."""
    for index in indices:
        if draft.is_open(index) or draft.kind(index) is Kind.BODY:
            if draft.shape(index) is Shape.SENTENCE:
                return True
            if nearest_only:
                return False
    return False
