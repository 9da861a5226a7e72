"""Teaser cards: links to other stories printed as a kicker over a headline, a headline over
a one-sentence summary, or a headline and its copy set between an article's paragraphs."""

from __future__ import annotations

import functools
import re

from ..draft import Draft
from ..model import Kind
from ..rule_names import ContextRule
from ..shape import Shape, count_numbers, ends_like_sentence, is_title_case, word_count
from ..timestamps import trailing_stamp_start
from .lists import item_number
from .repeats import CARD_REPEATS, CARD_SEPARATOR_MAX_WORDS
from .slides import slide_headers
from .text_tables import between_paragraphs, paragraph_below

#: A score or a range ("70-44", "3-1"): data, not a headline.
_SCORE = re.compile(r"\b\d+-\d+\b")
#: The longest one-sentence summary under a headline in a list of other stories.
CARD_SUMMARY_MAX_CHARS = 250
#: A teaser card under a kicker spans at most this many blocks (kicker, headline, meta, summary).
CARD_MAX_BLOCKS = 4


def mark_kicker_cards(draft: Draft) -> None:
    """Teaser grids print each card as a kicker in capitals over a headline ("REINDEER GAMES" /
    "'Why Don't You Go Fight For The Reindeer?'"), sometimes with a line of meta and a summary.
    Three such cards or more make a grid: each kicker and what stands between it and the next
    (a card is a few blocks) are links. One or two are an article's subheadings."""
    kickers = [
        index
        for index in range(len(draft) - 1)
        if _is_kicker(draft, index) and _is_card_headline(draft, index + 1)
    ]
    if len(kickers) < CARD_REPEATS or draft.introduces_list(kickers[0]):
        return
    for kicker, following in zip(kickers, [*kickers[1:], None], strict=True):
        card_end = (
            kicker + 2 if following is None or following - kicker > CARD_MAX_BLOCKS else following
        )
        for index in range(kicker, min(card_end, len(draft))):
            draft.mark(index, Kind.NAVIGATION, ContextRule.TEASER_CARD)


#: A run of headline cards with a paragraph of prose at most this many blocks above it and
#: another below it is the article's own: a timeline ("11/20 Council votes" over what happened
#: that day) or a list of items, each a heading over a sentence.
CARD_PROSE_REACH = 2


def mark_headline_cards(draft: Draft) -> None:
    """Lists of other stories print each as a headline over a one-sentence summary, sometimes
    under a section label ("Sport", "Česká liga"). Three such cards in a row or more are links
    (an article's subheadings head longer sections). Blocks already labelled (a repeat, a
    timestamp, an ad label) do not break a row: the row is read over the open blocks, as a
    second cleaning, without them, would read it. A row is not marked when evidence says it is
    the article's (:func:`_is_articles_own`)."""
    open_blocks = draft.open_blocks()
    # The slide headers are read once, and only on a page with a headline card at all.
    slides = functools.cache(lambda: slide_headers(draft))
    run: list[list[int]] = []
    position = 0
    while position < len(open_blocks) - 1:
        labelled = position + 2 < len(open_blocks) and _is_section_label(
            draft, open_blocks[position]
        )
        card = open_blocks[position : position + (3 if labelled else 2)]
        headline, summary = card[-2:]
        if _is_headline_card(draft, headline, summary) and headline not in slides():
            run.append(card)
            position += len(card)
            continue
        if run:
            _mark_card_run(draft, run)
            run = []
        position += 1
    _mark_card_run(draft, run)


#: A news ticker's entry: a time of day, then a headline on the same line ("14:32 Un artiste
#: arrêté"), of at most TICKER_HEADLINE_MAX_WORDS words and no full stop at its end.
_TIME_OF_DAY = r"(?:[01]?\d|2[0-3])[:.h][0-5]\d"
_TIMED_HEADLINE = re.compile(rf"{_TIME_OF_DAY}\s+(?P<headline>\S.*)")
#: A bare time of day (an entry of the ticker that prints a post under its time).
_BARE_TIME = re.compile(_TIME_OF_DAY)
TICKER_HEADLINE_MAX_WORDS = 20
#: A ticker holds this many timed entries or more, each at most TICKER_ENTRY_MAX_BLOCKS from
#: the next, and more than TICKER_LINK_SHARE of its timed headlines are bare links (the next
#: block is the next entry), where a live blog's entries each have their text.
TICKER_MIN_ENTRIES = 4
TICKER_ENTRY_MAX_BLOCKS = 5
TICKER_LINK_SHARE = 0.5


def mark_tickers(draft: Draft) -> None:
    """A news ticker beside the article ("14:44 Accusations de viols : ...", "14:32 Un artiste
    arrêté ...", a time over a short post now and then) lists other stories by the time they
    were posted: its entries are teaser cards, from its first timed headline to its last. A run
    of timed entries is a ticker when most of its timed headlines are bare links, followed at
    once by the next entry; a live blog's entries each have their text (the entries after a
    live blog's list of key events, a ticker of its own, are not the list's), and a schedule
    with the article's paragraphs around it (:func:`_is_articles_own`) or under a line ending
    in a colon is the article's."""
    entries = [
        index
        for index, record in enumerate(draft.records)
        if record.block.text[:1].isdigit() and _is_ticker_entry(draft, index)
    ]
    run: list[int] = []
    for entry in [*entries, None]:
        if entry is not None and (not run or entry - run[-1] <= TICKER_ENTRY_MAX_BLOCKS):
            run.append(entry)
            continue
        headlines = [index for index in run if _timed_headline(draft.text(index)) is not None]
        if _is_ticker(draft, run, headlines):
            for index in range(headlines[0], headlines[-1] + 1):
                if draft.is_open(index):
                    draft.mark(index, Kind.NAVIGATION, ContextRule.TEASER_CARD)
        run = [] if entry is None else [entry]


def _is_ticker_entry(draft: Draft, index: int) -> bool:
    """A timed headline that is open, or a bare time of day (open, or taken for a player's
    duration by the gallery table). The caller passes only blocks that start with a digit."""
    text = draft.text(index)
    if _BARE_TIME.fullmatch(text):
        label = draft.label(index)
        return label is None or label.kind is Kind.GALLERY
    return draft.is_open(index) and _timed_headline(text) is not None


def _timed_headline(text: str) -> str | None:
    """The headline of a timed headline line, or None."""
    match = _TIMED_HEADLINE.fullmatch(text)
    if match is None:
        return None
    headline = match.group("headline")
    if word_count(headline) > TICKER_HEADLINE_MAX_WORDS or headline.endswith("."):
        return None
    return headline


def _is_ticker(draft: Draft, run: list[int], headlines: list[int]) -> bool:
    """True for a run of TICKER_MIN_ENTRIES timed entries or more, most of whose timed
    ``headlines`` are bare links, that is not the article's own (from the first headline to
    the last)."""
    if len(run) < TICKER_MIN_ENTRIES or not headlines:
        return False
    links = sum(index + 1 in run for index in headlines)
    return (
        links > TICKER_LINK_SHARE * len(headlines)
        and not draft.introduces_list(headlines[0])
        and not _is_articles_own(draft, [headlines[0], headlines[-1]])
    )


#: A link to another story set between an article's paragraphs prints its headline twice
#: within this many blocks (a picture's title and the link).
INLINE_CARD_COPY_REACH = 3


def mark_inline_cards(draft: Draft, start: int, end: int) -> None:
    """Links to other stories set between the paragraphs of the article in ``[start, end)``: a
    headline with a paragraph of the article above it and its copy (a repeat) within
    INLINE_CARD_COPY_REACH blocks below, nothing open but a fragment (a section label) between
    them; these, a fragment right above the headline (its section label) and a one-sentence
    summary right after the copy are teaser cards. (The article's own headline, labelled by
    then, has no paragraph of the article above it.)"""
    prose_above = False
    for index in range(start, end):
        if draft.label(index) is not None:
            continue
        if draft.shape(index) is Shape.SENTENCE:
            prose_above = True
            continue
        if not prose_above or draft.shape(index) is not Shape.HEADLINE:
            continue
        copy = _copy_below(draft, index, end)
        if copy is None:
            continue
        label_above = index - 1 if draft.shape(index - 1) is Shape.FRAGMENT else index
        for card in range(label_above, copy):
            draft.mark(card, Kind.NAVIGATION, ContextRule.TEASER_CARD)
        summary = next((i for i in range(copy + 1, end) if draft.label(i) is None), None)
        if summary is not None and _is_card_summary(draft, summary):
            draft.mark(summary, Kind.NAVIGATION, ContextRule.TEASER_CARD)


def _copy_below(draft: Draft, index: int, end: int) -> int | None:
    """The repeat of the block within INLINE_CARD_COPY_REACH blocks below it, with nothing but
    labelled blocks and fragments (a section label) between them, or None."""
    text = draft.text(index)
    for below in range(index + 1, min(end, index + 1 + INLINE_CARD_COPY_REACH)):
        label = draft.label(below)
        if label is None and draft.shape(below) is not Shape.FRAGMENT:
            return None
        if label is not None and label.rule == ContextRule.REPEAT and draft.text(below) == text:
            return below
    return None


def _is_card_summary(draft: Draft, index: int) -> bool:
    """One short sentence, as a teaser card's summary is."""
    text = draft.text(index)
    return (
        draft.shape(index) is Shape.SENTENCE
        and len(text) <= CARD_SUMMARY_MAX_CHARS
        and text.count(". ") == 0
    )


def _is_headline_card(draft: Draft, headline_index: int, summary_index: int) -> bool:
    """A headline (not in capitals, not introducing anything, not timed: a live blog's entry
    or a ticker's, see :func:`mark_tickers`) over a one-sentence summary."""
    if draft.shape(headline_index) is not Shape.HEADLINE:
        return False  # the shapes settle most pairs before their texts are read
    headline = draft.text(headline_index)
    return (
        not headline.isupper()
        and not headline.endswith(":")
        and _is_card_summary(draft, summary_index)
        and _timed_headline(headline) is None
    )


def _mark_card_run(draft: Draft, run: list[list[int]]) -> None:
    """Mark a run of cards ([section label,] headline, summary) as teaser cards when it holds
    CARD_REPEATS cards or more, introduced by no line ending in a colon, and is not the
    article's own. The document's first block is its headline: with the paragraph under it,
    that is the article's top, not a card, and the run is read from the next card."""
    if run and run[0][0] == 0:
        run = run[1:]
    if run and _opens_the_article(draft, run[-1]):
        run = run[:-1]
    blocks = [index for card in run for index in card]
    if len(run) >= CARD_REPEATS and not (
        draft.introduces_list(blocks[0]) or _is_articles_own(draft, blocks)
    ):
        for index in blocks:
            draft.mark(index, Kind.NAVIGATION, ContextRule.TEASER_CARD)


def _opens_the_article(draft: Draft, card: list[int]) -> bool:
    """True when the nearest block in the body under the card (labelled blocks passed over) is
    a paragraph of prose: the card is the article's headline over its first paragraph, at the
    end of a row of teasers above it, and the story goes on below."""
    return paragraph_below(draft, card[-1] + 1, CARD_PROSE_REACH)


def _is_section_label(draft: Draft, index: int) -> bool:
    """A short label over a card's headline: a fragment of a few words without a full stop or
    a colon at its end ("Sport", "Česká liga")."""
    if draft.shape(index) is not Shape.FRAGMENT:
        return False  # most blocks
    text = draft.text(index)
    return draft.words(index) <= CARD_SEPARATOR_MAX_WORDS and not text.endswith((".", ":"))


def _is_articles_own(draft: Draft, run: list[int]) -> bool:
    """True when a run of headline cards stands between paragraphs of prose (within
    CARD_PROSE_REACH blocks on both sides): a list of other stories is set apart from the
    article, while a timeline or a list of items inside it has the article's paragraphs around
    it. So is a run whose first headline goes on with the numbers of the article's own list
    above it (:func:`_continues_numbered_list`)."""
    return between_paragraphs(
        draft, run[0], run[-1] + 1, CARD_PROSE_REACH
    ) or _continues_numbered_list(draft, run[0])


#: How far above a run of cards the previous item's heading may stand (its heading, a credit,
#: its paragraphs, an ad label).
NUMBERED_ITEM_REACH = 8


def _continues_numbered_list(draft: Draft, first: int) -> bool:
    """True when the heading at ``first`` (or the one under its section label) opens with a
    number past 1 and the heading numbered one less stands within NUMBERED_ITEM_REACH blocks
    above it: the cards are the later items of a list the article started ("1. Chautauqua
    Trail" over two sentences, then "2. Lily Mountain" over one). A list of other stories
    numbers its own items from 1."""
    for heading in (first, first + 1):
        found = item_number(draft.text(heading)) if heading < len(draft) else None
        if found is not None:
            number, stop = found
            reach = range(max(0, heading - NUMBERED_ITEM_REACH), heading)
            return number > 1 and any(
                draft.text(above).startswith(f"{number - 1}{stop} ") for above in reach
            )
    return False


def _is_kicker(draft: Draft, index: int) -> bool:
    record = draft.records[index]
    return (
        record.label is None
        and record.block.text.isupper()
        and record.words <= CARD_SEPARATOR_MAX_WORDS
    )


def _is_card_headline(draft: Draft, index: int) -> bool:
    """A headline under a kicker: not a sentence (or a question in title case), and not a table
    row or a score line (an article's sports section prints those under capitals)."""
    text = draft.text(index)
    if (
        not draft.is_open(index)
        or draft.shape(index) is Shape.FRAGMENT
        or count_numbers(text) >= 2
        or _SCORE.search(text)
    ):
        return False
    return not ends_like_sentence(text) or (text.endswith("?") and is_title_case(text))


#: What may stand between a stamped headline and its stamp ("Headline — CNN 3 hours ago").
_STAMP_SEPARATORS = " -–—|·•,"


def mark_stamped_headlines(draft: Draft) -> None:
    """Lists of other stories often print each as one line, its headline (and source) then when
    it was posted ("日経平均は5日ぶり反発 ロイター 3/9(木) 15:47", "Stocks rally on Fed hopes
    CNN 3 hours ago"). CARD_REPEATS such lines in a row or more (over the open blocks) are
    teaser cards, unless a line ending in a colon introduces them or the article's paragraphs
    stand around them (:func:`_is_articles_own`). An article's paragraph ends in a full stop,
    not in a time of day."""
    run: list[int] = []
    for index in [*draft.open_blocks(), None]:
        if index is not None and _is_stamped_headline(draft.text(index)):
            run.append(index)
            continue
        if len(run) >= CARD_REPEATS and not (
            draft.introduces_list(run[0]) or _is_articles_own(draft, run)
        ):
            for stamped in run:
                draft.mark(stamped, Kind.NAVIGATION, ContextRule.TEASER_CARD)
        run = []


def _is_stamped_headline(text: str) -> bool:
    """A headline followed by when it was posted (see :func:`trailing_stamp_start`), of at most
    CARD_SUMMARY_MAX_CHARS characters, with no sentence's end before its stamp."""
    if len(text) > CARD_SUMMARY_MAX_CHARS or not text[-1:].isalnum():
        return False  # most blocks
    start = trailing_stamp_start(text)
    if start is None:
        return False
    headline = text[:start].rstrip(_STAMP_SEPARATORS)
    return bool(headline) and not ends_like_sentence(headline)
