"""Bare counters: a line that is only a number, beside share buttons or gallery chrome."""

from __future__ import annotations

from ..draft import Draft
from ..model import Kind
from ..shape import count_numbers
from .liveblog import is_entry_time


def mark_bare_counters(draft: Draft) -> None:
    """A line that is only a number ("312", "1.4k", "4") counts shares beside share buttons and
    pictures beside gallery chrome; elsewhere it is left alone, and so is a live blog's entry
    time ("11:40" under an entry that ends with a video)."""
    for index, record in enumerate(draft.records):
        if (
            record.label is not None
            or not _is_bare_count(record.block.text)
            or is_entry_time(record.block)
        ):
            continue
        kinds = {draft.kind(i) for i in draft.neighbours(index, 1) if i != index}
        if Kind.SHARE in kinds or Kind.COMMENTS in kinds:
            draft.mark(index, Kind.SHARE, "share-count")
        elif kinds & {Kind.GALLERY, Kind.CAPTION, Kind.CREDIT}:
            draft.mark(index, Kind.GALLERY, "picture-count")


def _is_bare_count(text: str) -> bool:
    return len(text) <= 7 and count_numbers(text) == 1 and len(text.split()) == 1
