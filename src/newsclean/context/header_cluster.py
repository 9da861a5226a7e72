"""The header cluster inside the article's region: a byline or a date just inside the
region's start shows that the region opens with header material (a headline that reads like a
sentence, a dek), which ``newsclean.context.header`` moves out of the body. Here: how far the
header may reach, and where its cluster ends.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..byline import is_agency_line, parse_byline
from ..dateline import split_dateline
from ..draft import Draft
from ..model import Kind
from ..names import is_name_and_agency
from ..records import BylineForm
from ..shape import Shape
from .region import blocks_above
from .text_tables import in_row_run

#: How many blocks from the region's start (open ones: see :func:`header_reach`)
#: a byline or timestamp may sit and still mark what is above it as the header; and how much
#: open text that header may hold.
HEADER_REACH = 6
HEADER_MAX_CHARS = 400
#: The kinds of the blocks that sign an article: its bylines and its dates.
SIGNATURE_KINDS = (Kind.TIMESTAMP, Kind.BYLINE)


def signs_over_date(draft: Draft, index: int) -> bool:
    """True when the block is a wire service, alone or after a writer's name ("AFP", "Dana
    Whitfield, Associated Press"), right above a timestamp: it signs the story over its date;
    under a picture the same line credits the photographer."""
    below = index + 1
    if below >= len(draft) or draft.kind(below) is not Kind.TIMESTAMP:
        return False
    text = draft.text(index)
    return is_agency_line(text) or is_name_and_agency(text)


def header_reach(draft: Draft, start: int) -> int:
    """The end of the stretch where the header may sit: HEADER_REACH blocks from the region's
    start, counting only the blocks still open (chrome removed in between, such as repeats, and
    the bylines and dates themselves do not count: the body cleaned again would not hold them,
    and must get the same header)."""
    counted, index = 0, start
    while index < len(draft) and counted < HEADER_REACH:
        if draft.label(index) is None:
            counted += 1
        index += 1
    return index


def end_of_header_cluster(draft: Draft, start: int, reach: int) -> int:
    """The block after the last byline or timestamp near the region's start, when the open text
    above it is short enough to be a header and is not a datelined paragraph; else ``start``."""
    last = None
    for index in range(start, reach):
        if (
            draft.kind(index) in SIGNATURE_KINDS
            and not _is_credit(draft, index)
            and not in_row_run(draft, index)  # a date in a table of dates
        ):
            last = index
    if last is None:
        return start
    header = [i for i in range(start, last) if draft.is_open(i)]
    if sum(len(draft.text(i)) for i in header) > HEADER_MAX_CHARS:
        return start
    if any(split_dateline(draft.text(i)) for i in header):
        return start  # a paragraph that opens with a dateline is the story, not its header
    if sum(
        draft.shape(i) is Shape.SENTENCE for i in header
    ) > DEK_MAX_PARAGRAPHS and _signs_another_story(draft, start, last):
        return start
    return last + 1


#: A header cluster inside the region holds at most this many paragraphs of prose above its
#: byline or date when the article's own header already stands above the region and the
#: cluster does not repeat its author (see :func:`_signs_another_story`).
DEK_MAX_PARAGRAPHS = 1
#: How many blocks above the region's start the article's byline or date may stand.
SIGNED_ABOVE_REACH = 6


def _signs_another_story(draft: Draft, start: int, last: int) -> bool:
    """True when a byline or timestamp stands within SIGNED_ABOVE_REACH blocks above the
    region's ``start`` (share bars and pictures' credits not counted: ``region.blocks_above``) and the bylines in ``[start, last]`` name none of the authors of those
    above: the article is signed above, so a name and an age further down sign a reader's
    comment or another story, while a header repeated under a dek and a caption names the
    same writer again."""
    above = list(blocks_above(draft, start, SIGNED_ABOVE_REACH))
    if not any(draft.kind(index) in SIGNATURE_KINDS for index in above):
        return False
    return not (_byline_names(draft, above) & _byline_names(draft, range(start, last + 1)))


def _byline_names(draft: Draft, indices: Iterable[int]) -> set[str]:
    """The authors the bylines at ``indices`` name."""
    return {
        name
        for index in indices
        if (found := draft.byline(index)) is not None
        for name in parse_byline(found.text, found.form)[0]
    }


#: Byline forms written as credits (a role label, a contributor or contact line, an author
#: note): they may stand between paragraphs, so the text above them is no header.
_CREDIT_FORMS = frozenset(
    {
        BylineForm.LABEL,
        BylineForm.CJK_LABEL,
        BylineForm.CONTRIBUTORS,
        BylineForm.CONTACT,
        BylineForm.AUTHOR_NOTE,
        BylineForm.SOURCE,
    }
)


def _is_credit(draft: Draft, index: int) -> bool:
    """True when the block is a byline written as a credit (see :data:`_CREDIT_FORMS`)."""
    found = draft.byline(index)
    return found is not None and found.form in _CREDIT_FORMS
