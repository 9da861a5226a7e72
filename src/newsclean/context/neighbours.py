"""Labels read from a block's immediate neighbours: repeats, pull quotes, captions."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable

from ..byline import is_agency_line
from ..dateline import split_dateline
from ..draft import Draft
from ..hints import AFTER_BLANK
from ..model import Kind, Label
from ..rules.captions import CAPTION_MAX_CHARS
from ..rules.share import NETWORK_NAME
from ..shape import Shape, count_numbers, ends_like_sentence, is_title_case, word_count
from .liveblog import is_entry_time

#: Repeated blocks shorter than this many words are left alone (a repeated "Yes." is fine).
REPEAT_MIN_WORDS = 3
#: The rule name of the later copies of a block.
REPEAT = "repeat"
#: The rule name of the copies of a card separator (see :func:`_is_card_separator`).
CARD_SEPARATOR = "card-separator"
TEASER_CARD = "teaser-card"
#: How often a short line must repeat, and how short it must be, to separate cards.
CARD_REPEATS = 3
CARD_SEPARATOR_MAX_WORDS = 6
#: A score or a range ("70-44", "3-1"): data, not a headline.
_SCORE = re.compile(r"\b\d+-\d+\b")
#: The longest one-sentence summary under a headline in a list of other stories.
CARD_SUMMARY_MAX_CHARS = 250
#: A teaser card under a kicker spans at most this many blocks (kicker, headline, meta, summary).
CARD_MAX_BLOCKS = 4
#: A card holds at most this many paragraphs (more between two copies is an article's section).
CARD_MAX_PARAGRAPHS = 2
#: A card's headline has at least this many words, within this many blocks after a separator.
CARD_TITLE_MIN_WORDS = 3
CARD_TITLE_MAX_CHARS = 200
CARD_TITLE_REACH = 8
#: A line with this many figures is a row of data, not a headline.
DATA_ROW_NUMBERS = 2
#: A pull quote repeats at least this many words of a paragraph.
PULL_QUOTE_MIN_WORDS = 5
#: Up to this many pull-quote candidates, each is looked for in the text of every block; past
#: it, every quotation of the document is indexed once instead.
PULL_QUOTE_SCANS = 8
#: A quotation or a sentence inside a paragraph: what a pull quote repeats.
_QUOTED_SPAN = re.compile(
    r"[“\"«„]([^“”\"«»„]{10,400})[”\"»]|(?:^|(?<=[.!?”\"]\s))([^.!?]{10,400}[.!?])"
)
#: The attribution under a pull quote has at most this many words.
ATTRIBUTION_MAX_WORDS = 8
#: Gallery controls that sit right below (or above) the caption they toggle.
_CAPTION_TOGGLES_BELOW = frozenset({"hide caption", "toggle caption", "close caption", "caption"})
_CAPTION_TOGGLES_ABOVE = frozenset(
    {"enlarge this image", "image caption", "media caption", "photo caption", "image"}
)
_QUOTES = "\"'“”‘’«»„ "
#: The kinds of the blocks that may mark a neighbour as a caption.
_CAPTION_CUE_KINDS = frozenset({Kind.CREDIT, Kind.GALLERY, Kind.CAPTION})


def mark_repeats(draft: Draft) -> None:
    """Copies of one block share a label: if any copy is chrome, all open copies get its kind;
    otherwise every copy after the first is boilerplate, unless it is a paragraph of prose. A
    paragraph said twice is the article's (a refrain, a caption under two pictures, the lead
    that a teaser above the story quotes, where the later copy is the story's own); a second
    copy of the whole body goes as a run of near copies (``context.copies``), and a copy
    outside the article goes with the region."""
    copies: dict[str, list[int]] = {}
    for index, block in enumerate(draft.blocks):
        copies.setdefault(block.text, []).append(index)
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
                if _prose_between(draft, prose, previous, index) <= CARD_MAX_PARAGRAPHS and (
                    chrome_separator or _holds_card_title(draft, previous, index)
                ):
                    # Both copies around a card are separators: the first one too.
                    for copy in (previous, index):
                        draft.relabel(copy, draft.kind(copy) or Kind.BOILERPLATE, CARD_SEPARATOR)
            continue
        if word_count(text) < REPEAT_MIN_WORDS or _is_tweet_attribution(text):
            continue
        chrome = next(
            (draft.kind(i) for i in indices if draft.kind(i) not in (None, Kind.BYLINE)), None
        )
        for number, index in enumerate(indices):
            if chrome is not None:
                draft.mark(index, chrome, REPEAT)
            elif number > 0 and draft.shapes[index] is not Shape.SENTENCE:
                draft.mark(index, Kind.BOILERPLATE, REPEAT)
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
    for index, block in enumerate(draft.blocks):
        text = block.text
        if not draft.is_open(index) or len(text) < 20:
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
        if draft.is_open(copy) and word_count(draft.text(copy)) >= REPEAT_MIN_WORDS:
            draft.mark(copy, Kind.BOILERPLATE, REPEAT)


def _rest_after_dateline(text: str) -> str | None:
    found = split_dateline(text)
    return None if found is None else found.rest


def mark_kicker_cards(draft: Draft) -> None:
    """Teaser grids print each card as a kicker in capitals over a headline ("REINDEER GAMES" /
    "'Why Don't You Go Fight For The Reindeer?'"), sometimes with a line of meta and a summary.
    Three such cards or more make a grid: each kicker and what stands between it and the next
    (a card is a few blocks) are links. One or two are an article's subheadings."""
    kickers = [
        index
        for index in range(len(draft.blocks) - 1)
        if _is_kicker(draft, index) and _is_card_headline(draft, index + 1)
    ]
    if len(kickers) < CARD_REPEATS or draft.introduces_list(kickers[0]):
        return
    for kicker, following in zip(kickers, [*kickers[1:], None], strict=True):
        card_end = (
            kicker + 2 if following is None or following - kicker > CARD_MAX_BLOCKS else following
        )
        for index in range(kicker, min(card_end, len(draft.blocks))):
            draft.mark(index, Kind.NAVIGATION, TEASER_CARD)


def mark_headline_cards(draft: Draft) -> None:
    """Lists of other stories print each as a headline over a one-sentence summary. Three such
    pairs in a row or more are links (an article's subheadings head longer sections). Blocks
    already labelled (a repeat, a timestamp, an ad label) do not break a row: the row is read
    over the open blocks, as a second cleaning, without them, would read it."""
    open_blocks = draft.open_blocks()
    run: list[int] = []
    position = 0
    while position < len(open_blocks) - 1:
        headline, summary = open_blocks[position], open_blocks[position + 1]
        if _is_headline_card(draft, headline, summary):
            run += [headline, summary]
            position += 2
            continue
        _mark_card_run(draft, run)
        run = []
        position += 1
    _mark_card_run(draft, run)


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
    labels, shapes = draft.labels, draft.shapes
    prose_above = False
    for index in range(start, end):
        if labels[index] is not None:
            continue
        if shapes[index] is Shape.SENTENCE:
            prose_above = True
            continue
        if not prose_above or shapes[index] is not Shape.HEADLINE:
            continue
        copy = _copy_below(draft, index, end)
        if copy is None:
            continue
        label_above = index - 1 if shapes[index - 1] is Shape.FRAGMENT else index
        for card in range(label_above, copy):
            draft.mark(card, Kind.NAVIGATION, TEASER_CARD)
        summary = next((i for i in range(copy + 1, end) if labels[i] is None), None)
        if summary is not None and _is_card_summary(draft, summary):
            draft.mark(summary, Kind.NAVIGATION, TEASER_CARD)


def _copy_below(draft: Draft, index: int, end: int) -> int | None:
    """The repeat of the block within INLINE_CARD_COPY_REACH blocks below it, with nothing but
    labelled blocks and fragments (a section label) between them, or None."""
    text = draft.blocks[index].text
    for below in range(index + 1, min(end, index + 1 + INLINE_CARD_COPY_REACH)):
        label = draft.labels[below]
        if label is None and draft.shapes[below] is not Shape.FRAGMENT:
            return None
        if label is not None and label.rule == REPEAT and draft.blocks[below].text == text:
            return below
    return None


def _is_card_summary(draft: Draft, index: int) -> bool:
    """One short sentence, as a teaser card's summary is."""
    text = draft.text(index)
    return (
        draft.shapes[index] is Shape.SENTENCE
        and len(text) <= CARD_SUMMARY_MAX_CHARS
        and text.count(". ") == 0
    )


def _is_headline_card(draft: Draft, headline_index: int, summary_index: int) -> bool:
    """A headline (not in capitals, not introducing anything) over a one-sentence summary."""
    if draft.shapes[headline_index] is not Shape.HEADLINE:
        return False  # the shapes settle most pairs before their texts are read
    headline = draft.text(headline_index)
    return (
        not headline.isupper()
        and not headline.endswith(":")
        and _is_card_summary(draft, summary_index)
    )


def _mark_card_run(draft: Draft, run: list[int]) -> None:
    if len(run) >= 2 * CARD_REPEATS and not draft.introduces_list(run[0]):
        for index in run:
            draft.mark(index, Kind.NAVIGATION, TEASER_CARD)


def _is_kicker(draft: Draft, index: int) -> bool:
    text = draft.blocks[index].text
    return (
        draft.labels[index] is None
        and text.isupper()
        and word_count(text) <= CARD_SEPARATOR_MAX_WORDS
    )


def _is_card_headline(draft: Draft, index: int) -> bool:
    """A headline under a kicker: not a sentence (or a question in title case), and not a table
    row or a score line (an article's sports section prints those under capitals)."""
    text = draft.text(index)
    if (
        not draft.is_open(index)
        or draft.shapes[index] is Shape.FRAGMENT
        or count_numbers(text) >= 2
        or _SCORE.search(text)
    ):
        return False
    return not ends_like_sentence(text) or (text.endswith("?") and is_title_case(text))


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
            and word_count(text) >= CARD_TITLE_MIN_WORDS
            and text[:1].isupper()
            and count_numbers(text) < DATA_ROW_NUMBERS
        ):
            return True
    return False


def _prose_between(draft: Draft, prose: list[int], first: int, last: int) -> int:
    """How many open prose blocks stand between two blocks (``prose``: the indices of the
    blocks shaped as prose, in order)."""
    between = prose[bisect.bisect_right(prose, first) : bisect.bisect_left(prose, last)]
    return sum(1 for index in between if draft.labels[index] is None)


def _is_tweet_attribution(text: str) -> bool:
    """ "— Name (@handle) October 9, 2018" closes an embedded tweet; two tweets of one account on
    one day repeat it, and both belong to the article."""
    return text.startswith(("—", "-", "–")) and "(@" in text


def mark_pull_quotes(draft: Draft) -> None:
    """A short quoted block that repeats a quotation or a sentence of another paragraph is a
    pull quote; the short name line right under it is its attribution. The first prose block is
    never one: a pull quote repeats the story, it does not open it."""
    open_blocks = draft.open_blocks()
    first_prose = next((i for i in open_blocks if draft.shapes[i] is Shape.SENTENCE), None)
    candidates = [i for i in open_blocks if i != first_prose and _may_be_pull_quote(draft, i)]
    if not candidates:
        return  # most articles have none
    # A few candidates are each looked for in the blocks' texts; more, and every quotation is
    # indexed once: either way the work grows linearly with the document.
    quoted = _quotations(draft, open_blocks) if len(candidates) > PULL_QUOTE_SCANS else None
    for index in candidates:
        key = draft.text(index).strip(_QUOTES)
        if (
            quoted.get(key, set()) - {index}
            if quoted is not None
            else _quoted_elsewhere(draft, key, index, open_blocks)
        ):
            draft.mark(index, Kind.BOILERPLATE, "pull-quote")
            below = index + 1
            if (
                below < len(draft.blocks)
                and draft.is_open(below)
                and _is_attribution(draft.text(below))
            ):
                draft.mark(below, Kind.BOILERPLATE, "pull-quote")


def _quoted_elsewhere(draft: Draft, key: str, index: int, blocks: list[int]) -> bool:
    """True when one of ``blocks`` other than ``index`` quotes ``key``: a quotation or a
    sentence of its text is ``key`` (quotation marks around it aside). A quotation is part of
    its block's text, so only the blocks whose text holds ``key`` are read for quotations."""
    return any(
        other != index and key in (text := draft.text(other)) and key in _quotations_of(text)
        for other in blocks
    )


def _quotations(draft: Draft, blocks: list[int]) -> dict[str, set[int]]:
    """Every quotation and sentence of the ``blocks`` (quotation marks around it aside), with
    the blocks that hold it."""
    quoted: dict[str, set[int]] = {}
    for index in blocks:
        for quotation in _quotations_of(draft.text(index)):
            quoted.setdefault(quotation, set()).add(index)
    return quoted


def _quotations_of(text: str) -> list[str]:
    """The quotations and sentences of a text, quotation marks around them aside."""
    return [
        (match.group(1) or match.group(2)).strip(_QUOTES) for match in _QUOTED_SPAN.finditer(text)
    ]


def _may_be_pull_quote(draft: Draft, index: int) -> bool:
    """A short sentence block in quotation marks (the shape of a pull quote)."""
    text = draft.text(index)
    return (
        draft.shapes[index] is Shape.SENTENCE
        and text[0] in _QUOTES
        and len(text) <= CAPTION_MAX_CHARS
        and word_count(text.strip(_QUOTES)) >= PULL_QUOTE_MIN_WORDS
    )


def _is_attribution(text: str) -> bool:
    return word_count(text) <= ATTRIBUTION_MAX_WORDS and not ends_like_sentence(text)


def mark_captions(draft: Draft) -> None:
    """Captions known by their neighbours: the block right above a credit line (always when the
    two are adjacent lines, and a paragraph apart only if the block is not prose), the block
    above "Hide Caption" or below "Image caption" / "Enlarge this image"."""
    labels = draft.labels
    for index, block in enumerate(draft.blocks):
        if labels[index] is not None or len(block.text) > CAPTION_MAX_CHARS:
            continue
        below, above = index + 1, index - 1
        if not (_is_caption_cue(labels, below) or _is_caption_cue(labels, above)):
            continue
        if below < len(draft.blocks) and _is_credit_for(draft, below, index):
            draft.mark(index, Kind.CAPTION, "caption-above-credit")
        elif below < len(draft.blocks) and _is_toggle_for(
            draft, below, index, _CAPTION_TOGGLES_BELOW
        ):
            draft.mark(index, Kind.CAPTION, "caption-above-toggle")
        elif (
            above >= 0
            and _is_toggle_for(draft, above, index, _CAPTION_TOGGLES_ABOVE)
            and draft.shapes[index] is not Shape.FRAGMENT
        ):
            draft.mark(index, Kind.CAPTION, "caption-below-label")


def _is_caption_cue(labels: list[Label | None], index: int) -> bool:
    """A cheap test: could the block at ``index`` (of ``labels``) mark its neighbour as a
    caption?"""
    if not 0 <= index < len(labels):
        return False
    label = labels[index]
    return label is not None and label.kind in _CAPTION_CUE_KINDS


def _is_toggle_for(draft: Draft, toggle: int, caption: int, toggles: frozenset[str]) -> bool:
    """True when block ``toggle`` is a caption control ("Hide Caption", "Enlarge this image") on
    the line right next to block ``caption`` (a paragraph away it may sit beside prose)."""
    if draft.text(toggle).lower() not in toggles:
        return False
    later = max(toggle, caption)
    return (
        AFTER_BLANK not in draft.blocks[later].hints or draft.shapes[caption] is not Shape.SENTENCE
    )


def _is_credit_for(draft: Draft, credit: int, caption: int) -> bool:
    """True when block ``credit`` is a credit line that belongs to block ``caption`` above it
    (an agency's name right above a date signs the story, it credits no picture)."""
    if draft.kind(credit) is not Kind.CREDIT:
        return False
    after = credit + 1
    if (
        is_agency_line(draft.text(credit))
        and after < len(draft.blocks)
        and draft.kind(after) is Kind.TIMESTAMP
    ):
        return False
    adjacent = AFTER_BLANK not in draft.blocks[credit].hints
    return adjacent or draft.shapes[caption] is not Shape.SENTENCE


def mark_bare_counters(draft: Draft) -> None:
    """A line that is only a number ("312", "1.4k", "4") counts shares beside share buttons and
    pictures beside gallery chrome; elsewhere it is left alone, and so is a live blog's entry
    time ("11:40" under an entry that ends with a video)."""
    labels = draft.labels
    for index, block in enumerate(draft.blocks):
        if labels[index] is not None or not _is_bare_count(block.text) or is_entry_time(block):
            continue
        kinds = {draft.kind(i) for i in draft.neighbours(index, 1) if i != index}
        if Kind.SHARE in kinds or Kind.COMMENTS in kinds:
            draft.mark(index, Kind.SHARE, "share-count")
        elif kinds & {Kind.GALLERY, Kind.CAPTION, Kind.CREDIT}:
            draft.mark(index, Kind.GALLERY, "picture-count")


def _is_bare_count(text: str) -> bool:
    return len(text) <= 7 and count_numbers(text) == 1 and len(text.split()) == 1
