"""Where the article is: the stretch of blocks that holds the most prose.

Every block gets a score, prose for the article and chrome against it, and the region is the
maximum-sum run of scores; the first paragraph after an article's signature (its byline or
date) gets a lead bonus. ``context.settle`` trims the region again at the end of labelling.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence

from ..byline import BylineForm
from ..dateline import split_dateline
from ..draft import BlockRecord, Draft
from ..model import Block, Kind
from ..rule_names import ContextRule
from ..shape import (
    Shape,
    classify_shape,
    count_numbers,
    ends_like_sentence,
    is_title_case,
    word_count,
)
from ..titles import title_key
from .continuation import continues
from .liveblog import entry_opening
from .text_tables import in_row_run

#: How a block counts for the article's region (:func:`block_score`, :func:`text_score`).
Score = Callable[[Draft, int], float]

#: Open fragments and headlines count a little against the region, so its edges are prose.
FRAGMENT_SCORE = -15
HEADLINE_SCORE = -10
#: Page chrome counts against the region more than chrome that sits inside articles (pictures
#: and their captions, repeated picture titles).
CHROME_SCORE = -40
INLINE_CHROME_SCORE = -10
INLINE_CHROME_KINDS = frozenset({Kind.CAPTION, Kind.CREDIT, Kind.GALLERY, Kind.BOILERPLATE})
#: The line repeated between the cards of a list of teasers counts strongly against the region:
#: the article is not a run of teasers (but a card or two may sit inside an article). -100, the
#: value every website chooses when it is left out (docs/leave-site-out.md): -300 cut a page's
#: paragraphs off at a product page's repeated tab label and emptied a front page.
CARD_SEPARATOR_SCORE = -100
#: A row of a table of figures (``context.text_tables``) that a rule took for a timestamp or a menu
#: item counts neither for nor against the region: a table between paragraphs does not cut
#: the article, and a table of dates elsewhere on the page does not pull it in.
TABLE_ROW_KINDS = frozenset({Kind.TIMESTAMP, Kind.NAVIGATION})
TABLE_ROW_SCORE = 0.0
#: A gallery set out between the article's paragraphs (``context.slides``) counts neither for
#: nor against the region: its captions are not the article, and it does not cut the article.
INSET_GALLERY_SCORE = 0.0
#: A paragraph cut off with an ellipsis is mostly a teaser for another story: it counts only
#: this fraction of its length.
TRUNCATED_WEIGHT = 0.25
#: A short block that ends like a sentence ("He declined.") counts half its length for.
SHORT_SENTENCE_WEIGHT = 0.5
#: A headline-shaped block with this many numbers is a table row or a score line: content, which
#: counts a fraction of its length for the article.
DATA_ROW_NUMBERS = 2
DATA_ROW_WEIGHT = 0.3


#: What the first prose block after an article's signature (its byline, its date, or the page's
#: title repeated as a headline) counts for the region on top of its length: the signature marks
#: where the story starts, which a longer stretch of prose elsewhere on the page does not.
LEAD_BONUS = 400
#: How many blocks above a prose block its signature may sit.
SIGNATURE_REACH = 4
#: How many share buttons, captions, credits and gallery controls the walk up from a lead to
#: its signature passes over besides (a share bar of a dozen networks under the date).
SIGNATURE_REACH_PASSED_OVER = 12
#: A prose block with a signature this few blocks below it is a dek (it stands above the byline).
DEK_REACH = 6


def boost_leads(draft: Draft) -> None:
    """Add the lead bonus to each prose block that follows a signature (see LEAD_BONUS)."""
    page_title = _pagetitle_key(draft)
    datelined: dict[int, bool] = {}  # which blocks open with a dateline, as they are read
    for index, record in enumerate(draft.records):
        if record.label is not None or record.shape is not Shape.SENTENCE:
            continue
        if _signature_before_next_paragraph(draft, index):
            continue  # a byline or date comes before the next paragraph: this is the dek
        for above in blocks_above(draft, index, SIGNATURE_REACH):
            label = draft.label(above)
            if (label is None and draft.shape(above) is Shape.SENTENCE) or (
                label is not None and label.kind is Kind.PROMO
            ):
                break  # another paragraph or a list header comes first: this is not a lead
            if _is_header_signature(draft, above) or (
                page_title and title_key(draft.text(above)) == page_title and above > 0
            ):
                lead = _datelined_lead(draft, index, datelined)
                draft.add_lead_bonus(lead, LEAD_BONUS)
                break


#: What stands between a story's header lines (headline, signature) and what comes under them
#: without counting: a share bar, a picture's caption and credit, a gallery's controls, layout
#: leftovers. The walk from a lead up to its signature passes over them (SIGNATURE_REACH), and
#: so does the header's from a name up to its headline (``context.header``).
PASSED_OVER_KINDS = frozenset({Kind.SHARE, Kind.CAPTION, Kind.CREDIT, Kind.GALLERY, Kind.LAYOUT})


def blocks_above(draft: Draft, index: int, reach: int) -> Iterator[int]:
    """The blocks above ``index``, nearest first, up to ``reach`` of them, the blocks of
    PASSED_OVER_KINDS not counted (at most SIGNATURE_REACH_PASSED_OVER of those): the
    stretch where a story's lead looks for its signature."""
    counted = passed = 0
    above = index - 1
    while above >= 0 and counted < reach:
        yield above
        if draft.kind(above) in PASSED_OVER_KINDS and passed < SIGNATURE_REACH_PASSED_OVER:
            passed += 1
        else:
            counted += 1
        above -= 1


#: How many blocks below the first prose block after a signature a paragraph that opens with a
#: dateline may sit and still be the story's lead.
DATELINED_LEAD_REACH = 24


def _datelined_lead(draft: Draft, index: int, datelined: dict[int, bool]) -> int:
    """The story's lead, given the first prose block after a signature: that block, unless it
    has no dateline and an open paragraph within DATELINED_LEAD_REACH blocks below opens with
    one (a wire story's first paragraph does; the prose before it is a promo or a video's
    playlist). The lead bonus then goes to the datelined paragraph alone. ``datelined``
    remembers the blocks read so far (the stretches of two leads overlap)."""
    if _opens_with_dateline(draft, index, datelined):
        return index
    for below in range(index + 1, min(len(draft), index + 1 + DATELINED_LEAD_REACH)):
        if (
            draft.label(below) is None
            and draft.shape(below) is Shape.SENTENCE
            and _opens_with_dateline(draft, below, datelined)
        ):
            return below
    return index


def _opens_with_dateline(draft: Draft, index: int, datelined: dict[int, bool]) -> bool:
    found = datelined.get(index)
    if found is None:
        found = datelined[index] = split_dateline(draft.text(index)) is not None
    return found


#: Byline forms written at the top of a story (credits and author notes sit at its foot).
_HEADER_BYLINE_FORMS = frozenset(
    {
        BylineForm.BY_LINE,
        BylineForm.NAME_LINE,
        BylineForm.AGENCY,
        BylineForm.DATED_BY,
        BylineForm.CONTINUATION,
        BylineForm.LABEL,
    }
)


def _is_header_signature(draft: Draft, index: int) -> bool:
    """A timestamp, or a byline of a form written above a story."""
    if draft.kind(index) is Kind.TIMESTAMP:
        return not in_row_run(draft, index)
    found = draft.byline(index)
    return found is not None and found.form in _HEADER_BYLINE_FORMS


def _signature_before_next_paragraph(draft: Draft, index: int) -> bool:
    """True when a byline or date stands between this prose block and the next (within reach)."""
    for other in range(index + 1, min(len(draft), index + 1 + DEK_REACH)):
        if draft.label(other) is None and draft.shape(other) is Shape.SENTENCE:
            return False
        if _is_header_signature(draft, other):
            return True
    return False


def _pagetitle_key(draft: Draft) -> str:
    """The page's title as its first block gives it (a page's text opens with its <title>),
    without a site name after it; empty when the first block is not headline-shaped."""
    if len(draft) == 0 or draft.shape(0) is Shape.SENTENCE:
        return ""
    return title_key(draft.text(0))


def block_score(draft: Draft, index: int) -> float:
    """How much a block counts for (positive) or against (negative) being in the article."""
    record = draft.records[index]
    label = record.label
    if label is not None:
        if label.rule == ContextRule.CARD_SEPARATOR:
            return CARD_SEPARATOR_SCORE
        if label.rule == ContextRule.NUMBERED_SLIDE:
            return INSET_GALLERY_SCORE
        return INLINE_CHROME_SCORE if label.kind in INLINE_CHROME_KINDS else CHROME_SCORE
    return record.prose_score + record.lead_bonus


def text_score(draft: Draft, index: int) -> float:
    """:func:`block_score` without the lead bonus: what the block's text alone gives it (as
    when the body is cleaned again, without the signature that gave the bonus)."""
    if draft.label(index) is not None:
        return block_score(draft, index)
    return draft.prose_score(index)


def open_record(block: Block) -> BlockRecord:
    """A block's record, open: its word count, shape and prose score read from its text."""
    words = word_count(block.text)
    shape = classify_shape(block.text, words)
    return BlockRecord(block, shape, prose_score(block.text, shape), words=words)


def prose_score(text: str, shape: Shape) -> float:
    """The score of a block no rule claimed, from its text and shape alone."""
    if shape is Shape.SENTENCE:
        if text.endswith(("...", "…")):
            return len(text) * TRUNCATED_WEIGHT
        return len(text)
    if ends_like_sentence(text) and not is_title_case(text) and word_count(text) >= 2:
        return len(text) * SHORT_SENTENCE_WEIGHT
    if shape is Shape.HEADLINE and count_numbers(text) >= DATA_ROW_NUMBERS:
        return len(text) * DATA_ROW_WEIGHT
    return HEADLINE_SCORE if shape is Shape.HEADLINE else FRAGMENT_SCORE


def find_main_region(
    draft: Draft, candidates: Iterable[int], score: Score = block_score
) -> tuple[int, int]:
    """The maximum-sum run of block scores (``score``) among ``candidates`` (block indices in
    order), as a ``[start, end)`` range of block indices; ties go to the longest run. Empty
    (``(0, 0)``) when no block scores above zero. A run across a list of teaser cards is cut to
    its best stretch outside the list (:func:`_teaser_list_separators`,
    :func:`_best_stretch`). A run that opens with a live blog's first entry starts at the
    entry's time (``liveblog.entry_opening``)."""
    candidates = list(candidates)
    score = _discounting_lone_paragraphs(score, lone_paragraphs(draft, candidates))
    score = _counting_table_rows(score, table_rows(draft, candidates))
    _, (start, end) = _max_sum_run(draft, candidates, score)
    separators = _teaser_list_separators(draft, start, end)
    if separators:
        start, end = _best_stretch(draft, candidates, [start, *separators, end], score)
    if start < end:
        start, end = _join_continuations(draft, candidates, start, end, score)
        end = _through_introduced_list(draft, candidates, start, end)
    return (entry_opening(draft, start), end) if start < end else (start, end)


#: The most items of the list a line ending in a colon introduces at the region's end.
INTRODUCED_LIST_MAX_ITEMS = 40


def _through_introduced_list(draft: Draft, candidates: list[int], start: int, end: int) -> int:
    """The region's end, moved past the list that its last paragraph introduces ("Estas son
    las fechas:", "You will need:") and the paragraphs right after that list: a line ending in
    a colon promises what follows, so a list (open lines that are not prose, between two and
    INTRODUCED_LIST_MAX_ITEMS of them, written alike: :func:`_parallel`) and the story's
    closing lines are the article's, however little their lines score. ``end`` when the region
    ends otherwise."""
    last_open = draft.open_above(end)
    if last_open is None or last_open < start or not draft.text(last_open).endswith(":"):
        return end
    position = bisect.bisect_left(candidates, end)
    items = position
    while items < len(candidates) and _is_list_item(draft, candidates[items]):
        items += 1
    count = items - position
    if not 2 <= count <= INTRODUCED_LIST_MAX_ITEMS or not _parallel(
        [draft.text(i) for i in candidates[position:items]]
    ):
        return end
    closing = items
    while closing < len(candidates) and _is_open_prose(draft, candidates[closing]):
        closing += 1
    return candidates[closing - 1] + 1


def _is_open_prose(draft: Draft, index: int) -> bool:
    return draft.label(index) is None and draft.shape(index) is Shape.SENTENCE


#: The share of a list's items that must have one feature of :data:`_ITEM_FEATURES` in common.
PARALLEL_ITEMS_SHARE = 0.6
#: What a list's items have in common (a date, an amount, a score, a "label: value" or a
#: "team - team"): a number at the start or the end, or the same separator.
_ITEM_FEATURES: tuple[Callable[[str], bool], ...] = (
    lambda text: text[:1].isdigit(),
    lambda text: text[-1:].isdigit(),
    lambda text: ":" in text,
    lambda text: " - " in text or " – " in text,
    lambda text: "," in text,
    lambda text: "|" in text,
)


def _parallel(items: Sequence[str]) -> bool:
    """True when PARALLEL_ITEMS_SHARE of the items share a feature of :data:`_ITEM_FEATURES`:
    the lines of one list written alike ("4 de octubre: Granada, Palacio de Deportes"), not an
    ad widget's labels and headlines under the article's last line.

    >>> _parallel(["4 de octubre: Granada", "11 de octubre: Sevilla", "18 de octubre: Bilbao"])
    True
    >>> _parallel(["by Taboola by Taboola", "Sponsored Links", "MORE FOR YOU", "Intel"])
    False
    """
    needed = PARALLEL_ITEMS_SHARE * len(items)
    return any(sum(map(feature, items)) >= needed for feature in _ITEM_FEATURES)


def _is_list_item(draft: Draft, index: int) -> bool:
    """An open line that is not prose (an item of a list the text introduces)."""
    return draft.label(index) is None and draft.shape(index) is not Shape.SENTENCE


#: A teaser card's summary: a paragraph whose neighbours among the open blocks are not
#: paragraphs, right under a headline of TEASER_HEADLINE_MIN_WORDS words or more, with another
#: such headline (the next card's) among the NEXT_HEADLINE_REACH open blocks below it. A stretch
#: of prose has paragraphs side by side; an article's lead over a menu has no headline below it.
TEASER_HEADLINE_MIN_WORDS = 4
NEXT_HEADLINE_REACH = 3
#: What a lone paragraph's prose counts for in the region: a run of teaser cards is not an
#: article, however much prose their summaries add up to. (A section heading above a lone
#: paragraph, "Themes" or "Awesome Bar", is shorter than a teaser's headline.)
LONE_PARAGRAPH_WEIGHT = 0.5


def lone_paragraphs(draft: Draft, candidates: Sequence[int]) -> frozenset[int]:
    """The teaser summaries among the open blocks of ``candidates`` (see
    TEASER_HEADLINE_MIN_WORDS). Only open blocks are read, so that the body cleaned again,
    which holds just those, reads the same ones as lone."""
    records = draft.records
    open_blocks = [i for i in candidates if records[i].label is None]
    is_prose = [records[i].shape is Shape.SENTENCE for i in open_blocks]
    found = []
    for position, index in enumerate(open_blocks[1:-1], start=1):
        if not is_prose[position] or is_prose[position - 1] or is_prose[position + 1]:
            continue
        below = open_blocks[position + 1 : position + 1 + NEXT_HEADLINE_REACH]
        if is_teaser_headline(draft, open_blocks[position - 1]) and any(
            is_teaser_headline(draft, other) for other in below
        ):
            found.append(index)
    return frozenset(found)


def is_teaser_headline(draft: Draft, index: int) -> bool:
    """True for a headline of TEASER_HEADLINE_MIN_WORDS words or more (a teaser's, a card's)."""
    return draft.shape(index) is Shape.HEADLINE and has_teaser_words(draft, index)


def has_teaser_words(draft: Draft, index: int) -> bool:
    """True for a block of TEASER_HEADLINE_MIN_WORDS words or more (a teaser's headline has
    them: a section heading is shorter)."""
    return draft.words(index) >= TEASER_HEADLINE_MIN_WORDS


def _discounting_lone_paragraphs(score: Score, lone: frozenset[int]) -> Score:
    """``score`` with the prose of each block in ``lone`` counted at LONE_PARAGRAPH_WEIGHT."""
    if not lone:
        return score

    def discounted(draft: Draft, index: int) -> float:
        value = score(draft, index)
        if index in lone:
            value -= (1 - LONE_PARAGRAPH_WEIGHT) * draft.prose_score(index)
        return value

    return discounted


def table_rows(draft: Draft, candidates: Sequence[int]) -> frozenset[int]:
    """The blocks of ``candidates`` that a rule took for a timestamp or a menu item and that are
    rows of a table of figures (see TABLE_ROW_KINDS); found once per region, not per pass."""
    return frozenset(
        index
        for index in candidates
        if (label := draft.label(index)) is not None
        and label.kind in TABLE_ROW_KINDS
        and label.rule != ContextRule.CARD_SEPARATOR
        and in_row_run(draft, index)
    )


def _counting_table_rows(score: Score, rows: frozenset[int]) -> Score:
    """``score`` with each block in ``rows`` counted as TABLE_ROW_SCORE."""
    if not rows:
        return score

    def counted(draft: Draft, index: int) -> float:
        return TABLE_ROW_SCORE if index in rows else score(draft, index)

    return counted


def _join_continuations(
    draft: Draft, candidates: list[int], start: int, end: int, score: Score
) -> tuple[int, int]:
    """Widen ``[start, end)`` over the best run of blocks beyond either edge, and again, for as
    long as that run continues the article (``context.continuation``): prose that a wall of
    chrome between paragraphs cut off."""
    while True:
        region = [i for i in candidates if start <= i < end]
        _, (low, high) = _max_sum_run(draft, [i for i in candidates if i >= end], score)
        if low < high and continues(draft, region, [i for i in candidates if low <= i < high]):
            end = high
            continue
        _, (low, high) = _max_sum_run(draft, [i for i in candidates if i < start], score)
        if low < high and continues(draft, region, [i for i in candidates if low <= i < high]):
            start = low
            continue
        return start, end


#: A list of teaser cards: at least this many copies of a card separator, each at most
#: CARD_SPAN blocks after the one before (a card is a few blocks). Copies further apart are
#: cards that sit inside an article, between its paragraphs, and do not cut it.
TEASER_LIST_SEPARATORS = 3
CARD_SPAN = 4


def _is_labelled_card_separator(draft: Draft, index: int) -> bool:
    label = draft.label(index)
    return label is not None and label.rule == ContextRule.CARD_SEPARATOR


def _teaser_list_separators(draft: Draft, start: int, end: int) -> list[int]:
    """The card separators in ``[start, end)`` that belong to a list of teaser cards (runs of
    TEASER_LIST_SEPARATORS copies or more, each within CARD_SPAN blocks of the one before)."""
    found: list[int] = []
    run: list[int] = []
    for index in range(start, end):
        if not _is_labelled_card_separator(draft, index):
            continue
        if run and index - run[-1] > CARD_SPAN:
            found.extend(run if len(run) >= TEASER_LIST_SEPARATORS else [])
            run = []
        run.append(index)
    found.extend(run if len(run) >= TEASER_LIST_SEPARATORS else [])
    return found


def _best_stretch(
    draft: Draft, candidates: list[int], bounds: list[int], score: Score
) -> tuple[int, int]:
    """The maximum-sum run within one stretch between consecutive ``bounds`` (the run's start,
    the separators, its end), the best of all stretches."""
    best_sum, best = 0.0, (bounds[0], bounds[0])
    position = 0  # candidates are in order: each is read once, whatever the number of stretches
    for low, high in itertools.pairwise(bounds):
        stretch = []
        while position < len(candidates) and candidates[position] < high:
            index = candidates[position]
            position += 1
            if index >= low and not _is_labelled_card_separator(draft, index):
                stretch.append(index)
        total, (start, end) = _max_sum_run(draft, stretch, score)
        if total > best_sum:
            best_sum, best = total, (start, end)
    return best


def _max_sum_run(
    draft: Draft, candidates: Iterable[int], score: Score
) -> tuple[float, tuple[int, int]]:
    """The maximum-sum run of block scores among ``candidates`` (see ``find_main_region``): its
    sum, and its ``[start, end)`` range."""
    best_sum, best = 0.0, (0, 0)
    run_sum, run_start = 0.0, -1
    for index in candidates:
        if run_start < 0 or run_sum < 0:
            run_sum, run_start = 0.0, index
        run_sum += score(draft, index)
        if run_sum > best_sum or (run_sum == best_sum and best_sum > 0 and run_start == best[0]):
            best_sum, best = run_sum, (run_start, index + 1)
    return best_sum, best
