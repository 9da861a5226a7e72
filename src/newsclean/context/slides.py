"""Numbered slides: a picture gallery set out in the text, each picture's title after its number
("1/50 United goin down", "2 of 12 The new pier"), its caption and credit under it."""

from __future__ import annotations

import collections
import itertools
import re
from collections.abc import Iterator

from ..draft import Draft
from ..model import Kind
from ..rule_names import ContextRule
from ..rules.gallery import NUMBER_OF_TOTAL
from .text_tables import between_paragraphs

#: A slide's header: its number, the gallery's size and the picture's title.
_SLIDE_HEADER = re.compile(
    rf"(\d{{1,3}})\s*{NUMBER_OF_TOTAL}\s*(\d{{1,3}})\s+\S.{{0,200}}", re.IGNORECASE
)
#: A gallery has at least this many numbered slides in a row (1/50, 2/50, 3/50 ...).
SLIDES_MIN = 3
#: A slide holds at most this many blocks under its header (a caption, a credit, a control);
#: a header with more under it starts no slide.
SLIDE_MAX_BLOCKS = 4
#: The gallery stands inside an article: a paragraph sits at most this many blocks before its
#: first slide and after its last. A gallery that is the page's whole story (a slideshow page)
#: has no article around it, and its captions are the story.
PROSE_REACH = 4


def mark_numbered_slides(draft: Draft) -> None:
    """A run of SLIDES_MIN or more slide headers numbered one after the other out of the same
    total ("1/50 Title", "2/50 Title" ...), set between an article's paragraphs, is a gallery:
    each header is gallery chrome, the open blocks under it its picture's caption, and the
    credits under it are the gallery's too (for ``context.region``, the whole gallery counts
    neither for nor against the article around it). The last slide ends as
    :func:`_last_slide_end` says."""
    for headers in _slide_runs(draft):
        end = _last_slide_end(draft, headers)
        if not between_paragraphs(draft, headers[0], end, PROSE_REACH):
            continue
        for index in range(headers[0], end):
            if draft.kind(index) is Kind.CREDIT:
                draft.relabel(index, Kind.CREDIT, ContextRule.NUMBERED_SLIDE)
            else:
                kind = Kind.GALLERY if index in headers else Kind.CAPTION
                draft.mark(index, kind, ContextRule.NUMBERED_SLIDE)


def _last_slide_end(draft: Draft, headers: list[int]) -> int:
    """Where the last slide of a run of ``headers`` ends: after as many open blocks as most
    slides before it hold (a caption, mostly) and the credits among and after them, at most
    SLIDE_MAX_BLOCKS blocks under its header."""
    held = [
        sum(draft.is_open(index) for index in range(header + 1, following))
        for header, following in itertools.pairwise(headers)
    ]
    typical = collections.Counter(held).most_common(1)[0][0]
    index, taken = headers[-1] + 1, 0
    while index < len(draft) and index - headers[-1] <= SLIDE_MAX_BLOCKS:
        if draft.is_open(index):
            if taken == typical:
                break
            taken += 1
        elif draft.kind(index) is not Kind.CREDIT:
            break
        index += 1
    return index


def slide_headers(draft: Draft) -> frozenset[int]:
    """The block indices of every slide header in a run of SLIDES_MIN or more (see
    :func:`_slide_runs`), whether or not the gallery stands inside an article: numbered one
    after the other, they are the page's own pictures, not a list of other stories."""
    return frozenset(itertools.chain.from_iterable(_slide_runs(draft)))


def _slide_runs(draft: Draft) -> Iterator[list[int]]:
    """The runs of SLIDES_MIN or more slide headers, each numbered one more than the one before
    it, out of the same total, at most SLIDE_MAX_BLOCKS blocks apart: their block indices."""
    run: list[int] = []
    previous: tuple[int, int] | None = None
    for index, record in enumerate(draft.records):
        number = _slide_number(record.block.text)
        if number is None:
            continue
        follows = (
            previous is not None
            and number == (previous[0] + 1, previous[1])
            and index - run[-1] <= SLIDE_MAX_BLOCKS + 1
        )
        if not follows:
            if len(run) >= SLIDES_MIN:
                yield run
            run = []
        run.append(index)
        previous = number
    if len(run) >= SLIDES_MIN:
        yield run


def _slide_number(text: str) -> tuple[int, int] | None:
    """A slide header's (number, total), or None for any other block.

    >>> _slide_number("3/50 Natalie Massenet Leaves Net-a-Porter"), _slide_number("11/20/19 6:38 AM")
    ((3, 50), None)
    """
    found = _SLIDE_HEADER.fullmatch(text) if text[:1].isdigit() else None
    if found is None:
        return None
    number, total = int(found[1]), int(found[2])
    return (number, total) if 0 < number <= total else None
