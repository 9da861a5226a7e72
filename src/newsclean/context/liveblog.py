"""Live-blog entries: each opens with its time ("14:05") and often a heading, and both are the
entry's, so the body's.

A bare clock time is also what a video player prints as a duration, which the gallery table
labels (``player-controls``). From HTML the markup tells the two apart: a time of day in a
``<time>`` element or a heading, with no player control beside it, is an entry's time, and is
given back to the body. The region counts the first entry's time and heading against the article
(a fragment and a headline before its first paragraph), so its start is moved back over them;
the later entries' openers sit inside the run of prose and are kept as it is.

Plain text carries no markup: there a bare time line stays a duration (a list of videos prints
each duration above the video's title, the way a live blog prints an entry's time).
"""

from __future__ import annotations

import re

from .. import hints
from ..draft import Draft
from ..model import Block, Kind
from ..rule_names import TableRule

#: A time of day on its own: ``14:05``, ``9.15``, ``2:05pm``, ``2:05 p.m.`` (no seconds: a
#: time with seconds, ``1:02:33``, is a media duration).
_CLOCK_TIME = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[ap]\.?m\.?)?", re.IGNORECASE)
#: The markup an entry's time is written in: a ``<time>`` element, or a heading of its own.
_ENTRY_TIME_HINTS = hints.HEADINGS | {hints.TIME}
#: How many blocks above the region's start the first entry's time may sit (its heading, and a
#: claimed block such as the entry's byline, between them).
ENTRY_OPENER_REACH = 3


def is_entry_time(block: Block) -> bool:
    """True for a bare time of day in a ``<time>`` element or a heading: a live blog's entry
    time.

    >>> is_entry_time(Block(0, "14:05", "div", frozenset({"time"})))
    True
    >>> is_entry_time(Block(0, "14:05"))  # from plain text: no markup says what it is
    False
    >>> is_entry_time(Block(0, "1:02:33", "div", frozenset({"time"})))
    False
    """
    return bool(block.hints & _ENTRY_TIME_HINTS) and is_clock_time(block.text)


def is_clock_time(text: str) -> bool:
    """True for a bare time of day ("14:05", "2:05 p.m."): an entry's time or a duration.

    >>> is_clock_time("03:47"), is_clock_time("1:02:33"), is_clock_time("Share")
    (True, False, False)
    """
    return _CLOCK_TIME.fullmatch(text) is not None


def reopen_entry_times(draft: Draft) -> None:
    """Give the entry times the player-controls rule took back to the body (open them again),
    unless a player control sits beside them: then they are the player's."""
    for index, record in enumerate(draft.records):
        label = record.label
        if (
            label is None
            or label.rule != TableRule.PLAYER_CONTROLS
            or not is_entry_time(record.block)
        ):
            continue
        if not _beside_player_controls(draft, index):
            draft.reopen(index)


def _beside_player_controls(draft: Draft, index: int) -> bool:
    """True when the block above or below is gallery or player chrome ("Play video", "Listen",
    "1:02:33"); a bare time of day there does not count, being another entry's time as likely
    (an entry that ends with a video, then the next entry's time)."""
    return any(
        draft.kind(other) is Kind.GALLERY and not is_clock_time(draft.text(other))
        for other in draft.neighbours(index, 1)
        if other != index
    )


def entry_opening(draft: Draft, start: int) -> int:
    """Where the region that starts at ``start`` starts when it opens with a live-blog entry:
    at the entry's time (``is_entry_time``), above its heading, when both are open; else at
    ``start``. Claimed blocks between them are passed over."""
    for index in range(start - 1, max(-1, start - 1 - ENTRY_OPENER_REACH), -1):
        if not draft.is_open(index):
            continue
        block = draft.block(index)
        if is_entry_time(block):
            return index
        if not block.hints & hints.HEADINGS:
            break
    return start
