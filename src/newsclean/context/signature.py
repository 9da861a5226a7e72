"""Bylines that one line alone does not make: a "By" on its own line with the name on the next
("By" / "Jane Doe", "Written on Mar 17 by" / "Jane Doe", "Texto:" / "Ana Lima"), and
weakly shaped name lines that the page's own words show to be phrases ("Consumer Privacy",
"Opening Bell 11.18.19": words the page also writes in lower case), and a column's name over
its writer's byline ("Deal Professor" / "By STEVEN DAVIDOFF SOLOMON").
"""

from __future__ import annotations

import regex

from .. import timestamps
from ..byline import parse_byline
from ..draft import Draft
from ..lexicon import AGENCIES, AUTHOR_LABELS, BY_WORDS, longest_first
from ..model import Kind
from ..names import is_caseless_name, is_common_phrase, is_name_line, split_names
from ..records import BylineForm, BylineMatch
from ..rule_names import ContextRule

#: A line that only opens a byline: "By", "Von:", "Written by", "Texto:" (a label needs its
#: colon: "Reportage" alone is a kicker), or a date and "by" ("Written on Mar 17 by").
_PREFIX_ONLY = regex.compile(
    r"(?i:(?:(?:written|posted|published|geschrieben|escrito|publicado|publié|scritto)\b.{0,40}?\s)?"
    r"(?:" + "|".join(BY_WORDS) + r")\s*:?|(?:" + "|".join(AUTHOR_LABELS) + r")\s*:)"
)
#: How a prefix alone may end, in the cases it is written in (a cheap test before the pattern).
_PREFIX_ENDINGS = tuple(
    f"{cased}{colon}"
    for word in (*BY_WORDS, *AUTHOR_LABELS)
    for cased in (word, word.capitalize(), word.upper())
    for colon in ("", ":", " :")
)
#: The longest line read as a prefix alone, and as the name under it.
PREFIX_MAX_CHARS = 60
NAME_MAX_WORDS = 6
#: Byline forms whose shape alone is weak evidence (a name line, names run into a date).
WEAK_FORMS = frozenset({BylineForm.NAME_RUN_IN, BylineForm.NAME_LINE})


def join_split_bylines(draft: Draft) -> None:
    """Label a line that only opens a byline, and the name on the next open line, as one byline
    (each block keeps its own label: the prefix names nobody)."""
    for index, record in enumerate(draft.records[:-1]):
        text = record.block.text
        # every prefix ends with its "by" word or its label (a cheap test before the pattern)
        if len(text) > PREFIX_MAX_CHARS or not text.endswith(_PREFIX_ENDINGS):
            continue
        if record.label is not None or _PREFIX_ONLY.fullmatch(text) is None:
            continue
        following = index + 1
        name = draft.text(following)
        if (
            not draft.is_open(following)
            or name.count(" ") >= NAME_MAX_WORDS
            or not (is_name_line(name) or is_caseless_name(name))
        ):
            continue
        draft.mark_byline(index, BylineMatch(BylineForm.PREFIX, text))
        draft.mark_byline(following, BylineMatch(BylineForm.NAME_AFTER_PREFIX, name))


#: A wire service's name before a date on the line under a name ("Associated Press December 2,
#: 2016"): the line dates the story and says who ran it.
_AGENCY_BEFORE = regex.compile(r"(?:" + longest_first(AGENCIES, regex.escape) + r")[\s,|•·–—-]+")


def join_capital_names_over_dates(draft: Draft) -> None:
    """A name written in capitals on a line of its own ("NATALIYA VASILYEVA") is a byline when
    the next line dates the story (a date, or a wire service and a date): headings in capitals
    ("WORLD CUP") stand alone, a byline stands over its date. The date line is a timestamp."""
    for index, record in enumerate(draft.records[:-1]):
        text = record.block.text
        if (
            record.label is not None
            or not text.isupper()
            or text.count(" ") >= NAME_MAX_WORDS
            or not draft.is_open(index + 1)
            or not is_name_line(text.title())
        ):
            continue
        below = draft.text(index + 1)
        agency = _AGENCY_BEFORE.match(below)
        if timestamps.is_timestamp_line(below[agency.end() :] if agency else below):
            draft.mark_byline(index, BylineMatch(BylineForm.NAME_LINE, text))
            draft.set_label(index + 1, timestamps.TIMESTAMP_LINE)


def reopen_phrase_names(draft: Draft) -> None:
    """Give back the weak bylines whose every name is a phrase of the page's words (see
    :func:`newsclean.names.is_common_phrase`): a date line is a timestamp, anything else open."""
    weak = [(i, found) for i, found in draft.bylines.items() if found.form in WEAK_FORMS]
    if not weak:
        return
    vocabulary = draft.lower_words()
    for index, found in weak:
        names = parse_byline(found.text, found.form)[0]
        if names and all(is_common_phrase(name, vocabulary) for name in names):
            stamp = timestamps.is_timestamp_line(draft.text(index))
            draft.set_label(index, timestamps.TIMESTAMP_LINE if stamp else None)


#: Byline forms that name the authors after a "By" of their own ("By STEVEN DAVIDOFF SOLOMON
#: JULY 29, 2016"): a name line right above one is the column's name ("Deal Professor"), which
#: a page sets over its writer's byline, not a second author.
_PREFIXED_FORMS = frozenset({BylineForm.BY_LINE, BylineForm.DATED_BY})


def label_columns_over_bylines(draft: Draft) -> None:
    """Relabel a name-line byline that stands right above a prefixed byline (see
    _PREFIXED_FORMS) as the column's label: its authors are the prefixed byline's."""
    for index, found in draft.bylines.items():
        if (
            found.form is BylineForm.NAME_LINE
            and index + 1 < len(draft)
            and (below := draft.byline(index + 1)) is not None
            and below.form in _PREFIXED_FORMS
        ):
            draft.relabel(index, Kind.NAVIGATION, ContextRule.COLUMN_LABEL)


def is_phrase_line(draft: Draft, text: str) -> bool:
    """True when every name of a name line is a phrase of the page's words."""
    names = split_names(text)
    vocabulary = draft.lower_words()
    return bool(names) and all(is_common_phrase(name, vocabulary) for name in names)
