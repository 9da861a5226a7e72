"""Copies of a block share its label: repeats, copies hidden behind a dateline, and the short
lines repeated under every teaser of a list (card separators)."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable

from ..dateline import split_dateline
from ..draft import Draft
from ..model import Kind
from ..rule_names import ContextRule
from ..rules.share import NETWORK_NAME
from ..shape import Shape, count_numbers, ends_like_sentence, word_count
from .liveblog import is_clock_time

#: Repeated blocks shorter than this many words are left alone (a repeated "Yes." is fine).
REPEAT_MIN_WORDS = 3
#: How often a short line must repeat, and how short it must be, to separate cards.
CARD_REPEATS = 3
CARD_SEPARATOR_MAX_WORDS = 6
#: A card holds at most this many paragraphs (more between two copies is an article's section).
CARD_MAX_PARAGRAPHS = 2
#: A card's headline has at least this many words, within this many blocks after a separator.
CARD_TITLE_MIN_WORDS = 3
CARD_TITLE_MAX_CHARS = 200
CARD_TITLE_REACH = 8
#: A line with this many figures is a row of data, not a headline.
DATA_ROW_NUMBERS = 2


def mark_repeats(draft: Draft) -> None:
    """Copies of one block share a label: if any copy is chrome, all open copies get its kind;
    otherwise every copy after the first is boilerplate, unless it is a paragraph of prose. A
    paragraph said twice is the article's (a refrain, a caption under two pictures, the lead
    that a teaser above the story quotes, where the later copy is the story's own); a second
    copy of the whole body goes as a run of near copies (``context.copies``), and a copy
    outside the article goes with the region."""
    copies: dict[str, list[int]] = {}
    for index, record in enumerate(draft.records):
        copies.setdefault(record.block.text, []).append(index)
    # Marking repeats changes labels but no shape: the prose blocks are listed once, when the
    # first separator needs them.
    prose: list[int] | None = None
    for text, indices in copies.items():
        if len(indices) < 2:
            continue  # a block without copies is neither a separator nor a repeat
        if _is_card_separator(draft, text, indices):
            chrome_separator = draft.kind(indices[0]) is not None or names_networks(text)
            if prose is None:
                prose = [i for i, shape in enumerate(draft.shapes) if shape is Shape.SENTENCE]
            for previous, index in itertools.pairwise(indices):
                if (
                    _prose_between(draft, prose, previous, index) <= CARD_MAX_PARAGRAPHS
                    and (chrome_separator or _holds_card_title(draft, previous, index))
                    and not _is_timed_entry(draft, previous, index)
                ):
                    # Both copies around a card are separators: the first one too.
                    for copy in (previous, index):
                        draft.relabel(
                            copy, draft.kind(copy) or Kind.BOILERPLATE, ContextRule.CARD_SEPARATOR
                        )
            continue
        if word_count(text) < REPEAT_MIN_WORDS or is_tweet_attribution(text):
            continue
        chrome = next(
            (draft.kind(i) for i in indices if draft.kind(i) not in (None, Kind.BYLINE)), None
        )
        for number, index in enumerate(indices):
            if chrome is not None:
                draft.mark(index, chrome, ContextRule.REPEAT)
            elif number > 0 and draft.shape(index) is not Shape.SENTENCE:
                draft.mark(index, Kind.BOILERPLATE, ContextRule.REPEAT)
    _mark_copies_behind_datelines(draft, copies)


#: Where a wire dateline ends, within the first DATELINE_SEARCH_CHARS of a paragraph.
_DATELINE_ENDS = (" - ", " — ", " – ", " -- ", ": ")
DATELINE_SEARCH_CHARS = 100


def _mark_copies_behind_datelines(draft: Draft, copies: dict[str, list[int]]) -> None:
    """A paragraph that, with its dateline cut, equals a later open block makes that block a
    repeat ("MOSCOW (Reuters) - The talks ..." then "The talks ..."): the same paragraph, which
    a body cleaned again (its dateline cut) would show as an exact copy. Only the texts that
    follow a dateline's end in a paragraph's opening are looked up, and only those found are
    read for a dateline."""
    lengths = {len(text) for text in copies}  # a rest of another length is no copy: no slice
    for index, record in enumerate(draft.records):
        text = record.block.text
        if record.label is not None or len(text) < 20:
            continue
        head = text[:DATELINE_SEARCH_CHARS]
        for end in _DATELINE_ENDS:
            position = head.find(end)
            if position < 0 or len(text) - position - len(end) not in lengths:
                continue
            later = [i for i in copies.get(text[position + len(end) :], ()) if i > index]
            if later and _rest_after_dateline(text) == text[position + len(end) :]:
                mark_copies(draft, later)


def mark_copies(draft: Draft, copies: Iterable[int]) -> None:
    """Label as repeats the open blocks among ``copies`` (later copies of a paragraph), unless
    they are too short to count as repeats."""
    for copy in copies:
        if draft.is_open(copy) and draft.words(copy) >= REPEAT_MIN_WORDS:
            draft.mark(copy, Kind.BOILERPLATE, ContextRule.REPEAT)


def _rest_after_dateline(text: str) -> str | None:
    found = split_dateline(text)
    return None if found is None else found.rest


def _is_card_separator(draft: Draft, text: str, indices: list[int]) -> bool:
    """A short line of buttons or links repeated under every teaser of a list ("Whatsapp
    Facebook Pint Baixar" three times or more) marks the teasers as cards of a list."""
    return (
        len(indices) >= CARD_REPEATS
        and word_count(text) <= CARD_SEPARATOR_MAX_WORDS
        and any(map(str.isalpha, text))
        and any(draft.kind(index) in (None, Kind.SHARE) for index in indices)
        and not ends_like_sentence(text)
    )


def names_networks(text: str) -> bool:
    """True when a line names two social networks or more ("Whatsapp Facebook Pint Baixar"):
    a share bar, whatever its other buttons say.

    >>> names_networks("Whatsapp Facebook Pint Baixar"), names_networks("Facebook said so")
    (True, False)
    """
    return len(NETWORK_NAME.findall(text.lower())) >= 2


def _is_timed_entry(draft: Draft, first: int, last: int) -> bool:
    """True when the stretch between two copies of a share bar opens with a time of day and
    holds prose: a live blog's entry ("03:05" / "Turnout in Westbury North is 61.3%."), which
    a share bar follows as it follows a teaser card. A list of videos prints a duration above
    a title, which ``_holds_card_title`` reads."""
    return (
        first + 1 < last
        and is_clock_time(draft.text(first + 1))
        and any(draft.shape(index) is Shape.SENTENCE for index in range(first + 2, last))
    )


def _holds_card_title(draft: Draft, first: int, last: int) -> bool:
    """True when a block between two copies of a separator reads like a teaser's headline:
    a capitalised line of CARD_TITLE_MIN_WORDS words or more, at most CARD_TITLE_MAX_CHARS
    long, that does not end with a full stop (a question may be a headline) and is not a row
    of figures. The stretches between the copies of a repeated table cell or chart label hold
    cells and figures, not headlines, and those copies separate no cards (a share bar repeated
    under every card does, headline or not: see ``mark_repeats``)."""
    for index in range(first + 1, min(last, first + 1 + CARD_TITLE_REACH)):
        text = draft.text(index)
        if (
            len(text) <= CARD_TITLE_MAX_CHARS
            and not text.endswith(".")
            and draft.words(index) >= CARD_TITLE_MIN_WORDS
            and text[:1].isupper()
            and count_numbers(text) < DATA_ROW_NUMBERS
        ):
            return True
    return False


def _prose_between(draft: Draft, prose: list[int], first: int, last: int) -> int:
    """How many open prose blocks stand between two blocks (``prose``: the indices of the
    blocks shaped as prose, in order)."""
    between = prose[bisect.bisect_right(prose, first) : bisect.bisect_left(prose, last)]
    return sum(1 for index in between if draft.label(index) is None)


def is_tweet_attribution(text: str) -> bool:
    """ "— Name (@handle) October 9, 2018" closes an embedded tweet; two tweets of one account on
    one day repeat it, and both belong to the article."""
    return text.startswith(("—", "-", "–")) and "(@" in text
