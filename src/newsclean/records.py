"""The records the labeller keeps for a block besides its label: what the field parsers found
(:class:`BylineMatch`, :class:`DatelineMatch`) and how the block reads (:class:`Shape`).

Plain data, low in the layers: :mod:`newsclean.byline`, :mod:`newsclean.dateline` and
:mod:`newsclean.shape` make them, :mod:`newsclean.draft` stores them, and the draft depends on
none of the parsers.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class BylineForm(enum.StrEnum):
    """How a line was recognised as a byline; a byline's label is ``byline-`` and its form."""

    AGENCY = "agency"
    AUTHOR_NOTE = "author-note"
    BY_LINE = "by-line"
    CJK_LABEL = "cjk-label"
    CONTACT = "contact"
    CONTINUATION = "continuation"
    CONTRIBUTORS = "contributors"
    DATED_BY = "dated-by"
    LABEL = "label"
    NAME_AFTER_PREFIX = "name-after-prefix"
    NAME_DATED = "name-dated"
    NAME_LINE = "name-line"
    NAME_RUN_IN = "name-run-in"
    PREFIX = "prefix"
    REPORTED_FROM = "reported-from"
    ROLE_CREDITS = "role-credits"
    SOURCE = "source"


@dataclass(frozen=True, slots=True)
class BylineMatch:
    """How a line was recognised as a byline (``form``) and what it says."""

    form: BylineForm
    text: str


@dataclass(frozen=True, slots=True)
class DatelineMatch:
    """A dateline found at the start of a paragraph.

    ``prefix`` is the cut text with its separator (``"MOSCOW (Reuters) -"``), ``text`` the
    dateline as written without the separator (``"MOSCOW (Reuters)"``), ``rest`` the paragraph
    after the cut.
    """

    prefix: str
    text: str
    place: str | None
    source: str | None
    rest: str


class Shape(enum.Enum):
    """How a block reads: prose sentences, a headline, or a short fragment (a menu item, a label)."""

    SENTENCE = "sentence"
    HEADLINE = "headline"
    FRAGMENT = "fragment"
