"""Menus and lists: runs of short lines, the headlines under "Most read", and the list of
sources a fact-check ends with."""

from __future__ import annotations

import regex

from ..draft import Draft
from ..hints import AFTER_BLANK
from ..model import Kind
from ..rule_names import ContextRule, TableRule
from ..rules.sources import (
    SOURCE_LIST_KIND,
    is_dated_citation,
    is_listed_citation,
    is_sources_header,
)
from ..shape import Shape, count_numbers, ends_like_sentence, word_count
from .foot import is_sign_off, mark_foot_byline
from .region import has_teaser_words, is_teaser_headline

#: What may stand between a list item's heading and its paragraph: its picture's credit and
#: caption, an ad label.
_PASSED_OVER_KINDS = frozenset({Kind.CREDIT, Kind.CAPTION, Kind.GALLERY, Kind.PROMO})
#: Rules whose blocks head a list of links to other stories or topics.
LIST_HEADER_RULES = frozenset(
    {TableRule.LIST_HEADER, TableRule.LIST_HEADER_PHRASE, TableRule.TAG_HEADER}
)
#: A labelled block this short inside a list is one of its links ("comment" among topic tags).
LIST_ITEM_MAX_WORDS = 3
#: Kinds a short link in a list may have been given on its own ("comment" among topic tags).
_LINK_LIKE_KINDS = frozenset({Kind.COMMENTS, Kind.PROMO, Kind.NAVIGATION, Kind.BOILERPLATE})
#: A run of at least this many short open blocks inside the article is a menu.
NAVIGATION_RUN_MIN = 3
#: Menu items have at most this many words.
NAVIGATION_ITEM_MAX_WORDS = 5
#: A line ending in a colon introduces the list items below it up to this many blocks away
#: (a list of things needed, some items longer than a menu's).
LIST_INTRODUCTION_REACH = 12
#: A run of at least this many dated citations is a list of sources even without a heading;
#: under a heading ("Sources:") one is enough.
SOURCE_RUN_MIN = 3


def mark_link_lists(draft: Draft, end: int) -> None:
    """Under a list header ("Most read", "More from ...", "Topics", "Read more:"), the headline
    and fragment blocks up to the next prose block are links; after the article's region
    (which ends at ``end``) teaser sentences are links too. A line set off by a blank line right
    above a paragraph ends the list: it is the article's next subheading; so does a line that
    ends in a colon, which introduces the article's own list."""
    in_list = False
    for index, record in enumerate(draft.records):
        label = record.label
        if label is not None:
            if label.rule in LIST_HEADER_RULES or (
                label.kind is Kind.PROMO and draft.text(index).endswith(":")
            ):
                in_list = True
            elif (
                in_list
                and label.kind in _LINK_LIKE_KINDS
                and draft.words(index) <= LIST_ITEM_MAX_WORDS
            ):
                draft.relabel(index, Kind.NAVIGATION, ContextRule.LINK_LIST)
            elif label.kind not in _LINK_LIKE_KINDS and label.kind is not Kind.TIMESTAMP:
                in_list = False  # a link's date ("Markets 3 hours ago") is no end of the list
            continue
        if in_list and is_comma_list(draft.text(index)):
            draft.mark(index, Kind.NAVIGATION, ContextRule.LINK_LIST)
            continue
        teaser = in_list and (_is_listed_summary(draft, index) or _opens_teaser(draft, index))
        if (
            (
                draft.shape(index) is Shape.SENTENCE
                and index < end
                and not _ends_a_card(draft, index)
                and not (in_list and _is_listed_question(draft, index))
                and not teaser
            )
            or (_is_subheading(draft, index) and not teaser)
            or _introduces_a_list(draft, index)
        ):
            in_list = False
        elif in_list:
            draft.mark(index, Kind.NAVIGATION, ContextRule.LINK_LIST)


#: A list of tags written as one line: this many commas or more, items of at most this many
#: words, no sentence end.
COMMA_LIST_MIN_COMMAS = 4
COMMA_LIST_ITEM_MAX_WORDS = 6


def is_comma_list(text: str) -> bool:
    """True for a line of short items between commas, with no sentence end: the tags under a
    "Tags" header, whose longer items ("stock car santa cruz do sul") make the line read as
    prose by its commas.

    >>> is_comma_list("stock car 2018, stock car brasil, stock car santa cruz do sul, f1, indy")
    True
    >>> is_comma_list("The bill covers schools, roads, hospitals, prisons, and parks.")
    False
    """
    if text.count(",") < COMMA_LIST_MIN_COMMAS or ends_like_sentence(text):
        return False
    return all(word_count(item) <= COMMA_LIST_ITEM_MAX_WORDS for item in text.split(","))


#: A headline written as a question has at most this many words.
LIST_QUESTION_MAX_WORDS = 12


def _is_short_question(draft: Draft, index: int) -> bool:
    """A question of LIST_QUESTION_MAX_WORDS words or fewer (a headline's or a subheading's)."""
    return draft.text(index).endswith("?") and draft.words(index) <= LIST_QUESTION_MAX_WORDS


def _is_listed_question(draft: Draft, index: int) -> bool:
    """True for a headline written as a question in a list of links ("Streik bei der Bahn:
    Welche Rechte haben Fahrgäste?"): a short question with no paragraph right below it (the
    next block is another link, or chrome). A question the article asks in a subheading has
    its answer below it."""
    if not _is_short_question(draft, index):
        return False
    below = index + 1
    return below >= len(draft) or not (
        draft.is_open(below) and draft.shape(below) is Shape.SENTENCE
    )


#: The most words of a teaser's summary in a list of links.
LIST_SUMMARY_MAX_WORDS = 60


def _is_listed_summary(draft: Draft, index: int) -> bool:
    """True for a teaser's summary in a list of links ("Latest news": headline, summary,
    headline, summary): a short paragraph right under a headline of the list, with the next
    teaser's headline right below it or the list's teasers above it. A subheading of the
    article has paragraphs under it, not one short paragraph between two headlines."""
    above = index - 1
    return (
        above > 0
        and _is_summary(draft, index)
        and _is_listed(draft, above)
        and _is_teaser_title(draft, above)
        and (_is_open_teaser_headline(draft, index + 1) or _is_listed_summary_at(draft, above - 1))
    )


def _opens_teaser(draft: Draft, index: int) -> bool:
    """True for a teaser's headline in a list of links, set off like a subheading: a summary
    under it and another teaser (headline and summary) below that, or the list's teasers
    above it."""
    return (
        _is_teaser_title(draft, index)
        and _is_summary(draft, index + 1)
        and (
            (_is_open_teaser_headline(draft, index + 2) and _is_summary(draft, index + 3))
            or _is_listed_summary_at(draft, index - 1)
        )
    )


def _is_summary(draft: Draft, index: int) -> bool:
    """An open paragraph short enough for a teaser's summary."""
    return (
        0 <= index < len(draft)
        and draft.is_open(index)
        and draft.shape(index) is Shape.SENTENCE
        and draft.words(index) <= LIST_SUMMARY_MAX_WORDS
    )


def _is_open_teaser_headline(draft: Draft, index: int) -> bool:
    return index < len(draft) and draft.is_open(index) and _is_teaser_title(draft, index)


def _is_teaser_title(draft: Draft, index: int) -> bool:
    """A teaser's headline: a headline of some words, or a short question ("Alcohol use
    disorder: A step toward better treatment?")."""
    if is_teaser_headline(draft, index):
        return True
    return _is_short_question(draft, index) and has_teaser_words(draft, index)


def _is_listed(draft: Draft, index: int) -> bool:
    label = draft.label(index)
    return label is not None and label.rule == ContextRule.LINK_LIST


def _is_listed_summary_at(draft: Draft, index: int) -> bool:
    """True when the block at ``index`` is a summary already marked as a listed link."""
    return index >= 0 and _is_listed(draft, index) and draft.shape(index) is Shape.SENTENCE


def _introduces_a_list(draft: Draft, index: int) -> bool:
    """True for a line ending in a colon ("Die wichtigsten Informationen im Überblick:"): it
    introduces the article's own list, and no headline of a list of links ends so."""
    return draft.text(index).endswith(":")


def _ends_a_card(draft: Draft, index: int) -> bool:
    """True when a card separator follows the block: it is a teaser card's text."""
    below = index + 1
    return (
        below < len(draft)
        and (label := draft.label(below)) is not None
        and label.rule == ContextRule.CARD_SEPARATOR
    )


def _is_subheading(draft: Draft, index: int) -> bool:
    """A line set off by a blank line right above a paragraph (not above a question headline
    that is a list's next link)."""
    below = index + 1
    return (
        AFTER_BLANK in draft.block(index).hints
        and below < len(draft)
        and draft.is_open(below)
        and draft.shape(below) is Shape.SENTENCE
        and not _is_listed_question(draft, below)
    )


#: A line that opens with a list marker: a bullet, a dash, or a number with a stop or bracket.
_LIST_MARKER = regex.compile(r"(?:[-–—•·*+▪►◦‣]|\d{1,3}[.)])(?=\s+\S)")
#: A run of at least this many open lines of this many words or more, each opening with the
#: same list marker, is a list the text gives (its items are content, not menu links).
MARKED_LIST_MIN_ITEMS = 3
MARKED_ITEM_MIN_WORDS = 3
#: What a marked list's item counts for the region, per character (prose counts one).
MARKED_ITEM_WEIGHT = 0.5


def list_marker(text: str) -> str | None:
    """The list marker a line opens with ("+", "•", "1." counts as a number), or None.

    >>> list_marker("+ Added Slime Block"), list_marker("12) Preheat the oven"), list_marker("+3")
    ('+', '#', None)
    """
    found = _LIST_MARKER.match(text)
    if found is None:
        return None
    marker = found.group()
    return "#" if marker[0].isdigit() else marker


def score_marked_lists(draft: Draft) -> None:
    """Give the items of each marked list (MARKED_LIST_MIN_ITEMS open lines or more in a row,
    with the same marker, of MARKED_ITEM_MIN_WORDS words or more) a prose score of
    MARKED_ITEM_WEIGHT per character: a changelog or a list of steps is the article's content,
    though no item reads as a sentence. A bare list of one- or two-word links has no markers
    in scraped text, or too few words."""
    for run in _marked_runs(draft):
        for index in run:
            draft.rescore(index, len(draft.text(index)) * MARKED_ITEM_WEIGHT)


def _marked_runs(draft: Draft) -> list[list[int]]:
    """The runs of open marked items (see :func:`score_marked_lists`)."""
    runs: list[list[int]] = []
    run: list[int] = []
    previous: str | None = None
    for index, record in enumerate(draft.records):
        marker = None
        if record.label is None and record.words >= MARKED_ITEM_MIN_WORDS:
            marker = list_marker(record.block.text)
        if marker is None or marker != previous:
            if len(run) >= MARKED_LIST_MIN_ITEMS:
                runs.append(run)
            run = []
        if marker is not None:
            run.append(index)
        previous = marker
    if len(run) >= MARKED_LIST_MIN_ITEMS:
        runs.append(run)
    return runs


def mark_navigation_runs(draft: Draft, start: int, end: int) -> None:
    """Inside the region, a run of several short open blocks (chrome between them allowed) is a
    menu (a story's sign-off, "Le Monde avec AFP", is none of its items), unless a line ending
    in a colon introduces it as a list (:func:`is_introduced_list`), or its lines open with a
    list marker (the items of a list the text gives: see :func:`score_marked_lists`)."""
    run: list[int] = []
    for index in range(start, end + 1):
        if index < end and draft.label(index) is not None:
            continue
        if (
            index < end
            and _is_menu_item(draft, index)
            and list_marker(draft.text(index)) is None
            and not is_sign_off(draft.text(index))
        ):
            run.append(index)
            continue
        if len(run) >= NAVIGATION_RUN_MIN and not is_introduced_list(draft, run[0]):
            for item in run:
                draft.mark(item, Kind.NAVIGATION, ContextRule.NAVIGATION_RUN)
        run = []


def is_introduced_list(draft: Draft, index: int) -> bool:
    """True when a line ending in a colon stands above the block, with only list items (open
    lines that are not prose: "What you'll need:" / "Cloche" / "A shallow dish or a saucer")
    and labelled blocks between them, within LIST_INTRODUCTION_REACH blocks; or when the open
    block right above it is a short question the list answers ("Which operators are
    affected?" / "Avanti West Coast" / "CrossCountry")."""
    nearest = True
    for above in range(index - 1, max(-1, index - 1 - LIST_INTRODUCTION_REACH), -1):
        if draft.label(above) is not None:
            continue
        text = draft.text(above)
        if text.endswith(":") or (nearest and _is_short_question(draft, above)):
            return True
        if draft.shape(above) is Shape.SENTENCE or ends_like_sentence(text):
            return False
        nearest = False
    return False


def _is_menu_item(draft: Draft, index: int) -> bool:
    """A menu item is a few words without sentence punctuation; numbers only in very short
    items ("iOS 13"), since a longer line with numbers is a table row or a score."""
    if draft.shape(index) is Shape.SENTENCE:
        return False  # prose, most of the region: no need to count its words
    text = draft.text(index)
    words = word_count(text)
    return (
        words <= NAVIGATION_ITEM_MAX_WORDS
        and not ends_like_sentence(text)
        and (words <= 3 or count_numbers(text) == 0)
    )


def label_outside(draft: Draft, start: int, end: int) -> None:
    """Open blocks before and after the region are page chrome: separators are layout, fragments
    navigation, the rest boilerplate."""
    # Marking a block changes no other block's label, so the open blocks are listed once.
    for index in draft.open_blocks():
        if start <= index < end:
            continue
        text = draft.text(index)
        if index >= end and mark_foot_byline(draft, index):
            continue
        if not any(map(str.isalnum, text)):
            draft.mark(index, Kind.LAYOUT, "separator")
        elif draft.shape(index) is Shape.FRAGMENT:
            draft.mark(index, Kind.NAVIGATION, ContextRule.OUTSIDE_ARTICLE)
        else:
            draft.mark(index, Kind.BOILERPLATE, ContextRule.OUTSIDE_ARTICLE)


#: The first item's heading of a numbered list ("1. Chautauqua Trail, Boulder") stands at
#: most this many blocks above the body's first paragraph (a photo credit between them).
FIRST_ITEM_REACH = 3
#: An item's number and its stop at the start of a heading: "2. Lily Mountain", "3) Royal Arch".
_ITEM_NUMBER = regex.compile(r"(\d{1,3})([.)])\s")


def item_number(text: str) -> tuple[int, str] | None:
    """The number a list item's heading opens with, and its stop (``.`` or ``)``), or None.

    >>> item_number("2. Lily Mountain"), item_number("3) Royal Arch"), item_number("2024 was")
    ((2, '.'), (3, ')'), None)
    """
    found = _ITEM_NUMBER.match(text)
    return None if found is None else (int(found.group(1)), found.group(2))


def reclaim_first_item(draft: Draft) -> None:
    """Give the body back the heading of a list article's first item, cut off as above the
    region: a line opening with "1." right above the body's first paragraph (labelled blocks
    between), when the body holds the heading numbered "2." with the same stop. The region
    starts at the first paragraph, and a heading alone scores below it."""
    body = draft.open_blocks()
    if not body:
        return
    first = body[0]
    for above in range(first - 1, max(-1, first - 1 - FIRST_ITEM_REACH), -1):
        label = draft.label(above)
        if label is not None and label.rule == ContextRule.OUTSIDE_ARTICLE:
            if is_first_item_heading(draft, above):
                draft.reopen(above)
            return
        if label is None or label.kind not in _PASSED_OVER_KINDS:
            return


def is_first_item_heading(draft: Draft, index: int) -> bool:
    """True when the block opens with "1." (or "1)") and a later open block opens with "2."
    (or "2)"): the heading of a list article's first item, not a headline."""
    found = item_number(draft.text(index))
    if found is None or found[0] != 1:
        return False
    second = f"2{found[1]} "
    return any(
        draft.text(later).startswith(second)
        for later in range(index + 1, len(draft))
        if draft.is_open(later)
    )


def mark_source_lists(draft: Draft) -> None:
    """A list of sources is a run of citation lines (``rules.sources``; chrome between them
    allowed) under a heading such as "Sources:" that holds a dated citation, or, without the
    heading, a run of at least SOURCE_RUN_MIN dated citations. One citation-shaped paragraph
    (a quoted headline with its date) stays: it is not a list. The heading (unless labelled
    already) and the lines of the list are labelled."""
    dated = [index for index in draft.open_blocks() if is_dated_citation(draft.text(index))]
    done = -1
    for index in dated:
        if index <= done:
            continue  # inside a run already read
        run = _citation_run(draft, index)
        done = run[-1]
        header = _sources_header_above(draft, run[0])
        if header is None:
            dated_lines = [member for member in run if is_dated_citation(draft.text(member))]
            if len(dated_lines) < SOURCE_RUN_MIN:
                continue
            # Without a heading to vouch for them, the undated lines at the run's ends stay: a
            # quotation next to the list may be the story's last paragraph.
            run = run[run.index(dated_lines[0]) : run.index(dated_lines[-1]) + 1]
        else:
            draft.mark(header, SOURCE_LIST_KIND, ContextRule.SOURCE_LIST)
        for member in run:
            draft.relabel(member, SOURCE_LIST_KIND, ContextRule.SOURCE_LIST)


def _citation_run(draft: Draft, index: int) -> list[int]:
    """The open citation lines around the open citation at ``index``, in order: the run reaches
    over labelled blocks (an ad between two citations) and ends at an open block that is not a
    citation."""
    before = _citations_from(draft, range(index - 1, -1, -1))
    after = _citations_from(draft, range(index + 1, len(draft)))
    return [*reversed(before), index, *after]


def _citations_from(draft: Draft, indices: range) -> list[int]:
    """The citation lines met walking ``indices``, up to the first open block that is not one.
    Labelled blocks are stepped over, but a citation taken for a timestamp line on its own
    ("ABC News. 15 November 2019.") is one of the list's lines."""
    found: list[int] = []
    for index in indices:
        label = draft.label(index)
        if (label is None or label.kind is Kind.TIMESTAMP) and is_listed_citation(
            draft.text(index)
        ):
            found.append(index)
        elif label is None:
            break
    return found


def _sources_header_above(draft: Draft, index: int) -> int | None:
    """The sources heading right above the block (labelled blocks between are stepped over),
    or None."""
    for above in range(index - 1, -1, -1):
        if is_sources_header(draft.text(above)):
            return above
        if draft.is_open(above):
            return None
    return None
