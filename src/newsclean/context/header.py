"""The article's header: title, bylines and dates, dek.

Bylines in the header are not always written "By ...": a bare name, an agency ("PTI"), or the
lines that follow a byline (a job, a desk, a handle) are bylines when they sit next to a byline
or a date. A byline or date just inside the region's start shows that the region opens with
header material (a headline that reads like a sentence, a dek), which is moved out of the body
(``newsclean.context.header_cluster`` says how far that header reaches and where it ends).
"""

from __future__ import annotations

import regex

from ..byline import is_agency_line, is_name_line
from ..draft import Draft
from ..hints import LINK_DENSE
from ..lexicon import WRITER_JOB_WORDS
from ..model import Kind, Label
from ..names import is_name_and_agency
from ..records import BylineForm, BylineMatch
from ..rule_names import ContextRule
from ..shape import Shape, ends_like_sentence, is_title_case, word_count
from ..titles import title_key
from .header_cluster import (
    SIGNATURE_KINDS,
    end_of_header_cluster,
    header_reach,
    signs_over_date,
)
from .lists import is_first_item_heading
from .region import PASSED_OVER_KINDS
from .signature import is_phrase_line

#: The title is looked for among this many blocks before the body.
TITLE_SEARCH_BLOCKS = 40
#: The most words a title may have.
TITLE_MAX_WORDS = 30
#: How far (in blocks) a bare name or agency line may sit from a date or byline.
NAME_LINE_REACH = 1
#: Names may stand a line further below a date ("date / Heard on Morning Edition / name").
NAME_LINE_REACH_BELOW = 2
#: How many lines after a byline may continue it (job, desk, handle), and how long they may be.
CONTINUATION_LINES = 2
CONTINUATION_MAX_WORDS = 6

#: Words of a writer's job title, and the words of the lines that give a desk or a place.
_JOB_TITLE_WORDS = (
    frozenset(
        """reporter reporters writer writers correspondent correspondents editor editors staff
    contributor contributors columnist columnists journalist producer photographer critic
    analyst""".split()
    )
    | WRITER_JOB_WORDS
)
_JOB_WORDS = _JOB_TITLE_WORDS | frozenset(
    "reporting bureau news press desk media agency wire contributing articles posts".split()
)
_TRANSPARENT_KINDS = (Kind.LAYOUT, Kind.SHARE, Kind.GALLERY)


def label_header(draft: Draft, start: int) -> int:
    """Label the header of the article whose region starts at ``start``; return where the body
    starts (after any header material found inside the region)."""
    top = max(0, start - TITLE_SEARCH_BLOCKS)
    reach = header_reach(draft, start)
    headline = _page_headline(draft, top, reach)
    if headline == 0 and not _TITLE_SEPARATOR.search(draft.text(0)):
        # The page's first line, which no later line repeats and which is no "Headline - Site"
        # <title>: maybe the site's name over the page.
        headline = _nearer_headline(draft, 0, _signature_below(draft, 0, reach))
    if headline is None:
        below = _below_paragraphs(draft, start, reach)
        first = next((i for i in range(top, below) if _is_headline_not_name(draft, i)), None)
        # The window's first headline may be a menu's (in a whole page's text): the header
        # cluster above the byline and date then shows which headline is the article's.
        headline = _headline_above_signature(draft, top, reach, first)
    # Section labels ("Middle East", "Human Interest") sit above the headline; names below it.
    mark_signature_lines(draft, top if headline is None else headline + 1, reach, headline)
    body_start = end_of_header_cluster(draft, start, reach)
    title = headline if headline is not None and headline < body_start else None
    if title is None or not _may_be_title(draft, title):
        title = find_title(draft, top, start, body_start)
    if title is not None and is_first_item_heading(draft, title):
        title = None  # "1. Chautauqua Trail" over a body that goes on to "2. Lily Mountain"
    if title is not None:
        draft.title_index = title
        draft.set_label(title, Label(Kind.TITLE, "title"))
    return _mark_deks(draft, start, body_start)


#: A headline-shaped line below this many of the region's paragraphs is a subheading.
HEADLINE_MAX_PARAGRAPHS_ABOVE = 1


def _below_paragraphs(draft: Draft, start: int, reach: int) -> int:
    """Where a headline can no longer be the article's: at the region's
    HEADLINE_MAX_PARAGRAPHS_ABOVE-th open paragraph from ``start`` (before ``reach``), else
    ``reach``. The body cleaned again has no headline above it, and a subheading below its
    first paragraphs must not become one (with the name-like line under it a byline)."""
    seen = 0
    for index in range(start, reach):
        if draft.label(index) is None and draft.shape(index) is Shape.SENTENCE:
            seen += 1
            if seen == HEADLINE_MAX_PARAGRAPHS_ABOVE:
                return index
    return reach


def _mark_deks(draft: Draft, start: int, body_start: int) -> int:
    """Label the open blocks in ``[start, body_start)`` as the dek, then read the header again
    from where the body starts, until no further cluster is found; return where the body starts
    then. The body cleaned again starts at ``body_start``, and its own header reach may hold
    another byline (a repeated header, a name line) with the paragraphs above it as its dek."""
    while body_start > start:
        for index in range(start, body_start):
            draft.mark(index, Kind.BOILERPLATE, ContextRule.DEK)
        start = body_start
        reach = header_reach(draft, start)
        mark_signature_lines(draft, start, reach)
        body_start = end_of_header_cluster(draft, start, reach)
    return body_start


def mark_signature_lines(draft: Draft, top: int, reach: int, headline: int | None = None) -> None:
    """Bare names and agency lines next to a date or byline, or right under the headline, are
    bylines, and so are a writer's name and a wire service over the date; so are the short
    lines right after a byline (its desk, job title or handle)."""
    for index in range(top, reach):
        text = draft.text(index)
        if draft.kind(index) not in (None, Kind.CREDIT):
            continue
        if is_agency_line(text) and _near_signature(draft, index):
            draft.mark_byline(index, BylineMatch(BylineForm.AGENCY, text))
        elif (
            signs_over_date(draft, index)
            or (
                draft.is_open(index)
                and is_name_line(text)
                and (
                    _near_signature(draft, index)
                    or is_job_line(text)
                    or _right_under(draft, index, headline)
                )
                and not is_phrase_line(draft, text)
            )
            or (
                draft.is_open(index)
                and _right_under(draft, index, headline)
                and _is_capitals_name_line(draft, text)
            )
        ):
            draft.mark_byline(index, BylineMatch(BylineForm.NAME_LINE, text))
    for index in range(top, reach):
        if draft.kind(index) is Kind.BYLINE:
            _mark_continuations(draft, index, reach)


def _right_under(draft: Draft, index: int, headline: int | None) -> bool:
    """True when the block stands right under the headline (see :func:`_open_before`), or under
    a copy of it (from HTML, the ``h1`` repeats the page's ``<title>`` and is labelled its
    repeat, so the nearest block above that counts is the title)."""
    if headline is None:
        return False
    above = _open_before(draft, index)
    return above == headline or (
        above is not None
        and above < headline
        and title_key(draft.text(above)) == title_key(draft.text(headline))
        and all(draft.label(i) is not None for i in range(above + 1, index))
    )


def _is_capitals_name_line(draft: Draft, text: str) -> bool:
    """True for a name written in capitals ("NATALIYA VASILYEVA"): read as it would be in
    title case, and not a phrase of the page's words ("MOST READ", "SPACE EXPLORATION") nor a
    wire service. Only right under the headline: capitals elsewhere are labels as often."""
    if not text.isupper() or is_agency_line(text):
        return False
    titled = text.title()
    return is_name_line(titled) and not is_phrase_line(draft, titled)


def is_job_line(text: str) -> bool:
    """True for the line under a byline that gives the writer's job, desk, place or handle
    ("Staff Writer", "BBC News, Lagos", "Business reporter @PriyaRamanSky")."""
    return "@" in text or any(word.strip(",.:").lower() in _JOB_WORDS for word in text.split())


def _is_job_title(text: str) -> bool:
    """A short line naming a writer's job ("Staff Writer", "BuzzFeed News Reporter")."""
    return word_count(text) <= CONTINUATION_MAX_WORDS and any(
        word.strip(",.:").lower() in _JOB_TITLE_WORDS for word in text.split()
    )


def _near_signature(draft: Draft, index: int) -> bool:
    """True when a date, a byline or a job title is next to the block (or a line further, when
    the block stands below it), not counting layout leftovers, share buttons and gallery
    controls between them."""
    for step, reach in ((-1, NAME_LINE_REACH_BELOW), (1, NAME_LINE_REACH)):
        seen, other = 0, index + step
        while 0 <= other < len(draft) and seen < reach:
            kind = draft.kind(other)
            if kind in SIGNATURE_KINDS or (kind is None and _is_job_title(draft.text(other))):
                return True
            if kind not in _TRANSPARENT_KINDS:
                seen += 1
            other += step
    return False


def _open_before(draft: Draft, index: int) -> int | None:
    """The nearest block above ``index``, passing over copies of other blocks (repeats),
    pictures' captions and credits, layout leftovers, share buttons and gallery controls: a
    body cleaned again lacks them."""
    for above in range(index - 1, -1, -1):
        label = draft.label(above)
        if label is None or not (
            label.rule == ContextRule.REPEAT or label.kind in PASSED_OVER_KINDS
        ):
            return above
    return None


def _mark_continuations(draft: Draft, byline: int, reach: int) -> None:
    for index in range(byline + 1, min(reach, byline + 1 + CONTINUATION_LINES)):
        text = draft.text(index)
        kind = draft.kind(index)
        continues = (
            kind is None
            and draft.shape(index) is not Shape.SENTENCE
            and not ends_like_sentence(text)
            and is_job_line(text)
        ) or (kind is Kind.CREDIT and is_agency_line(text))
        if not continues or word_count(text) > CONTINUATION_MAX_WORDS:
            return
        draft.mark_byline(index, BylineMatch(BylineForm.CONTINUATION, text))


def find_title(draft: Draft, top: int, start: int, body_start: int) -> int | None:
    """The first headline above the body; failing that, the first block of a header cluster
    inside the region (a headline written as a sentence)."""
    for index in range(top, body_start):
        if draft.is_open(index) and _is_headline(draft, index):
            return index
    for index in range(start, body_start):
        if draft.is_open(index) and draft.words(index) <= TITLE_MAX_WORDS:
            return index
    return None


def _page_headline(draft: Draft, top: int, reach: int) -> int | None:
    """The last headline near the region that repeats the page's title (a page's text opens
    with its <title>, "Headline - Site"; the article repeats the headline above the story),
    open if one is, else a copy (see :data:`_COPY_RULES`)."""
    page_title = title_key(draft.text(0)) if len(draft) else ""
    if not page_title:
        return None
    matches = [
        i
        for i in range(top, reach)
        if _may_be_title(draft, i)
        and (key := title_key(draft.text(i)))
        and page_title.startswith(key)
    ]
    # The headline itself is open; its later copies are repeats (a picture's title, a teaser).
    opened = [i for i in matches if draft.is_open(i)]
    chosen = opened or matches
    return chosen[-1] if chosen else None


#: A headline has at least this many words, unless no line near the byline does.
HEADLINE_MIN_WORDS = 5
#: A headline stands at most this many blocks above its byline or date.
TITLE_SIGNATURE_GAP = 8
#: What may stand between a headline and the byline or date under it: a picture's caption and
#: credit, share and gallery controls, buttons ("Read Later"), layout leftovers, other bylines
#: and dates.
_BETWEEN_HEADLINE_AND_SIGNATURE = (*PASSED_OVER_KINDS, Kind.PROMO, *SIGNATURE_KINDS)
#: Labels that only say a block is one of several copies or cards: the headline of a page's
#: text is often one (its <title>, breadcrumbs and teasers repeat it), and is still the title.
_COPY_RULES = frozenset({ContextRule.REPEAT, ContextRule.CARD_SEPARATOR, ContextRule.TEASER_CARD})


def _may_be_title(draft: Draft, index: int) -> bool:
    """A headline-shaped block that is open or labelled only as a copy or card."""
    label = draft.label(index)
    return (label is None or label.rule in _COPY_RULES) and _is_headline(draft, index)


def _headline_above_signature(draft: Draft, top: int, reach: int, first: int | None) -> int | None:
    """The headline above the bylines and dates nearest above ``reach`` (from ``top`` on),
    given ``first``, the first headline-shaped block from ``top`` on: ``first`` when it stands
    within TITLE_SIGNATURE_GAP blocks above them; else the topmost headline of
    HEADLINE_MIN_WORDS words or more (menu items and section names are shorter) among the
    headline-shaped blocks that rise from them over bylines, captions, credits, chrome, a dek
    and names below the headlines, up to the first other block; else the nearest of those;
    else ``first``."""
    nearest = next(
        (i for i in range(reach - 1, top - 1, -1) if draft.kind(i) in SIGNATURE_KINDS), None
    )
    if nearest is None or (first is not None and nearest - first <= TITLE_SIGNATURE_GAP):
        return _nearer_headline(draft, first, nearest)
    candidates: list[int] = []  # bottom up
    for above in range(nearest - 1, top - 1, -1):
        text = draft.text(above)
        if not candidates and (
            is_name_line(text) or is_agency_line(text) or is_name_and_agency(text)
        ):
            continue  # a writer's name or agency under the headline, not read as a byline yet
        if _may_be_title(draft, above):
            candidates.append(above)
        elif not (
            draft.kind(above) in _BETWEEN_HEADLINE_AND_SIGNATURE
            or (draft.is_open(above) and draft.shape(above) is Shape.SENTENCE)
        ):
            break
    full = [i for i in candidates if draft.words(i) >= HEADLINE_MIN_WORDS]
    return full[-1] if full else next(iter(candidates), first)


#: What a page's <title> sets between its headline and the site's name ("Mozilla - Wikipedia").
_TITLE_SEPARATOR = regex.compile(r"\s[-|–—:·•]\s|\s::\s")


def _signature_below(draft: Draft, index: int, reach: int) -> int | None:
    """The first byline or timestamp below ``index``, within TITLE_SIGNATURE_GAP blocks and
    before ``reach``, or None."""
    end = min(reach, index + 1 + TITLE_SIGNATURE_GAP)
    return next((i for i in range(index + 1, end) if draft.kind(i) in SIGNATURE_KINDS), None)


def _nearer_headline(draft: Draft, first: int | None, signature: int | None) -> int | None:
    """``first``, unless it is shorter than HEADLINE_MIN_WORDS (a site's name over the page,
    "The Daily Planet") and a longer headline stands between it and the ``signature``: the
    story's headline sits over its byline and date."""
    if first is None or signature is None or draft.words(first) >= HEADLINE_MIN_WORDS:
        return first
    longer = [
        index
        for index in range(first + 1, signature)
        if _is_headline_not_name(draft, index) and draft.words(index) > draft.words(first)
    ]
    return longer[-1] if longer else first


def _is_headline_not_name(draft: Draft, index: int) -> bool:
    text = draft.text(index)
    return (
        draft.is_open(index)
        and _is_headline(draft, index)
        and not ((is_name_line(text) or is_name_and_agency(text)) and _near_signature(draft, index))
    )


def _is_headline(draft: Draft, index: int) -> bool:
    """A headline: a few words, not ending in a full stop (a question or title case may), and
    from HTML not a link (a menu's or a teaser's: the page's own headline links nowhere); not a
    menu written on one line ("Home | News | Sport")."""
    text = draft.text(index)
    return (
        draft.shape(index) is not Shape.FRAGMENT
        and LINK_DENSE not in draft.block(index).hints
        and word_count(text) <= TITLE_MAX_WORDS
        and (not ends_like_sentence(text) or text.endswith(("?", "!")) or is_title_case(text))
        and not is_one_line_menu(text)
    )


#: A menu on one line: this many items or more between bars or bullets, none longer than
#: MENU_ITEM_MAX_WORDS words. A title with its site and section has fewer ("Headline | Site").
ONE_LINE_MENU_ITEMS = 3
MENU_ITEM_MAX_WORDS = 3
_MENU_SEPARATOR = regex.compile(r"\s[|•·]\s")


def is_one_line_menu(text: str) -> bool:
    """True for a menu written as one line of short items between bars or bullets.

    >>> is_one_line_menu("Home | News | Opinion | Sport"), is_one_line_menu("Tram plan approved | Herald")
    (True, False)
    """
    items = _MENU_SEPARATOR.split(text)
    return len(items) >= ONE_LINE_MENU_ITEMS and all(
        word_count(item) <= MENU_ITEM_MAX_WORDS for item in items
    )


#: The longest ``h1`` read as the article's headline.
HEADLINE_MAX_CHARS = 300


def mark_headline(draft: Draft) -> None:
    """Make the first ``h1`` the title: in HTML the page says which line is its headline, which
    the header's reading of plain text (:func:`label_header`) only guesses. The title that
    reading found becomes a second headline, unless it is the draft's first block (the page's
    ``<title>`` when it has one). Blocks from text have no ``h1`` hint: nothing changes there."""
    for index, record in enumerate(draft.records):
        if "h1" in record.block.hints and len(record.block.text) <= HEADLINE_MAX_CHARS:
            previous = draft.title_index
            if previous is not None and previous != index and previous != 0:
                draft.relabel(previous, Kind.BOILERPLATE, "html-second-headline")
            draft.relabel(index, Kind.TITLE, "html-h1")
            draft.title_index = index
            return
