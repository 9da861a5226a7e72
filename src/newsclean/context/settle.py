"""The last step of labelling: trim the region again over the blocks left open, label the
bylines at its foot, end it at an author note, cut the dateline off its first paragraph, until
nothing changes. That fixed point is why cleaning a cleaned body changes nothing: the region
is read here as the body cleaned again reads it, over the open blocks, without lead bonuses.
"""

from __future__ import annotations

from ..dateline import split_dateline
from ..draft import BlockRecord, Draft
from ..model import Kind, Label
from ..rule_names import ContextRule
from ..shape import Shape
from .foot import (
    end_at_author_note,
    end_at_closing_credit,
    end_at_next_story,
    mark_foot_bylines,
)
from .region import find_main_region, open_record, text_score
from .repeats import mark_copies


def settle(draft: Draft) -> None:
    """Trim the region over the open blocks, label the bylines at its foot, end it at an
    author note, cut the dateline off its first paragraph, until nothing changes (see the
    module docstring)."""
    while True:
        open_blocks = draft.open_blocks()
        if not open_blocks:
            return
        # Over the open blocks and without lead bonuses, as the body cleaned again reads it.
        start, end = find_main_region(draft, open_blocks, text_score)
        if start == end:
            return  # no prose at all: every open block stays as it is
        for index in open_blocks:
            if not start <= index < end:
                draft.mark(index, Kind.BOILERPLATE, ContextRule.OUTSIDE_ARTICLE)
        body = [i for i in open_blocks if start <= i < end]
        if (
            mark_foot_bylines(draft, body)
            or end_at_author_note(draft, body)
            or end_at_closing_credit(draft, body)
            or end_at_next_story(draft, body)
        ):
            continue
        # The body's first paragraph loses its dateline, also when an earlier cut paragraph has
        # since fallen outside the region: the article's dateline is the one that opens it.
        if cut_dateline(draft, body[0]):
            continue
        return


def cut_dateline(draft: Draft, index: int) -> bool:
    """Split a dateline off the block into a block of its own; say whether there was one."""
    block = draft.block(index)
    found = split_dateline(block.text)
    if found is None:
        return False
    draft.dateline = found
    prefix = BlockRecord(
        block._replace(text=found.prefix), Shape.FRAGMENT, 0.0, Label(Kind.DATELINE, "dateline")
    )
    rest = open_record(block._replace(text=found.rest))
    draft.split_block(index, (prefix, rest))
    _mark_later_copies(draft, index + 1)
    return True


def _mark_later_copies(draft: Draft, index: int) -> None:
    """A paragraph that, with its dateline cut, equals a later open block makes that block a
    repeat (as the repeat rule would have found, had the dateline not hidden it)."""
    text = draft.text(index)
    mark_copies(
        draft, (later for later in range(index + 1, len(draft)) if draft.text(later) == text)
    )
