"""Labelled blocks to an Article: body, title, byline, dateline, captions and removals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from . import publication
from .byline import merge_bylines
from .draft import Draft
from .elements import Element, ElementKind
from .model import Article, Block, Dateline, Kind, Label, Removal
from .options import Options
from .shape import Shape
from .structure import element_kind, join_body
from .timestamps import relative_age
from .titles import strip_site_suffix

#: Kinds that are not removals: the body, and the title (returned as ``Article.title``).
_NOT_REMOVED = (Kind.BODY, Kind.TITLE)
_CAPTION_KINDS = (Kind.CAPTION, Kind.CREDIT)
#: Kinds whose blocks may say when the story was published.
_DATED_KINDS = (Kind.TIMESTAMP, Kind.BYLINE)

BODY_LABEL = Label(Kind.BODY, "prose")


def assemble(draft: Draft, fetched: dt.datetime | dt.date | None = None) -> Article:
    """Build the Article from a labelled draft (what the body keeps is the draft's options').
    ``fetched``, when the page was read, dates a page whose timestamps give only an age
    ("3 hours ago")."""
    labels = [label or BODY_LABEL for label in draft.labels]
    texts = [block.text for block in draft.blocks]
    kept = kept_in_body(draft.options)
    body, elements = _elements(draft.blocks, labels, kept)
    title = None
    if draft.title_index is not None:
        title = strip_site_suffix(texts[draft.title_index])
    return Article(
        body=join_body(body),
        title=title,
        byline=merge_bylines(list(draft.bylines.values())),
        dateline=_dateline(draft, texts, labels, fetched),
        captions=tuple(dict.fromkeys(t for t, l in zip(texts, labels) if l.kind in _CAPTION_KINDS)),
        removed=tuple(merge_removals(texts, labels, kept)),
        elements=tuple(elements),
    )


def kept_in_body(options: Options) -> frozenset[Kind]:
    """The kinds whose blocks the body keeps: BODY, and captions, credits or the dateline when
    the options say so."""
    kinds = {Kind.BODY}
    if options.keep_captions:
        kinds.update(_CAPTION_KINDS)
    if options.keep_dateline:
        kinds.add(Kind.DATELINE)
    return frozenset(kinds)


def _elements(
    blocks: Sequence[Block], labels: Sequence[Label], kept: frozenset[Kind]
) -> tuple[list[Element], list[Element]]:
    """The body's elements (the blocks of the kept kinds, a kept dateline joined to the
    paragraph it was cut from), and the Article's elements: the same, with the captions the body
    leaves out where they stood."""
    body: list[Element] = []
    elements: list[Element] = []
    dateline: str | None = None
    for block, label in zip(blocks, labels):
        is_caption = label.kind in _CAPTION_KINDS
        if label.kind not in kept:
            if is_caption:
                elements.append(Element(ElementKind.CAPTION, block.text))
            continue
        if label.kind is Kind.DATELINE:
            dateline = block.text
            continue
        text = f"{dateline} {block.text}" if dateline is not None else block.text
        kind = ElementKind.CAPTION if is_caption else element_kind(block)
        body.append(Element(kind, text))
        elements.append(body[-1])
        dateline = None
    if dateline is not None:
        body.append(Element(ElementKind.PARAGRAPH, dateline))
        elements.append(body[-1])
    return body, elements


#: A date this many blocks or fewer from the title or a byline is the article's signature.
SIGNATURE_REACH = 3


def dated_by_role(draft: Draft, texts: list[str], labels: list[Label]) -> list[str]:
    """The texts of the timestamp and byline blocks, the likeliest publication date first: by
    the title or a byline (within SIGNATURE_REACH blocks), then above the body, then inside it,
    then at its foot; in document order within each. The dates of teasers and comments below the
    body (see FOOT_DATE_REACH) are left out."""
    dated = [i for i, label in enumerate(labels) if label.kind in _DATED_KINDS]
    anchors = [i for i in dated if labels[i].kind is Kind.BYLINE]
    if draft.title_index is not None:
        anchors.append(draft.title_index)
    body = [i for i, label in enumerate(labels) if label.kind is Kind.BODY]
    first, last = (body[0], body[-1]) if body else (len(labels), len(labels))

    def rank(index: int) -> int:
        if any(abs(index - anchor) <= SIGNATURE_REACH for anchor in anchors):
            return 0
        return 1 if index < first else 2 if index <= last else 3

    def is_others(index: int) -> bool:
        """A date well below the body, under a headline below it or after a comments block:
        a teaser's or a comment's, not the story's (its foot's date follows its last
        paragraph)."""
        return rank(index) == 3 and (
            index > last + FOOT_DATE_REACH
            or draft.shape(index - 1) is Shape.HEADLINE
            or any(labels[i].kind is Kind.COMMENTS for i in range(last + 1, index))
        )

    return [texts[i] for i in sorted(dated, key=rank) if not is_others(i)]


#: How many blocks below the body's last paragraph the story's own date may stand ("Stand:
#: 12.03.2021", "Published March 3, 2021" at its foot); further down, dates are other stories'
#: and comments'.
FOOT_DATE_REACH = 3


def _dateline(
    draft: Draft,
    texts: list[str],
    labels: list[Label],
    fetched: dt.datetime | dt.date | None = None,
) -> Dateline | None:
    """The Dateline: place and source from the cut dateline, the date from timestamp lines
    chosen by their role (see :func:`dated_by_role`), else, when the page was ``fetched`` at a
    known time, the day their first relative age points to."""
    dated = dated_by_role(draft, texts, labels)
    published = publication.pick_published(
        dated,
        lambda: publication.reference_year(texts),
        slashes_day_first=_reads_day_first(draft, texts, dated),
    )
    if published is None and fetched is not None:
        published = _dated_by_age(dated, fetched)
    found = draft.dateline
    if found is None and published is None:
        return None
    if found is None:
        return Dateline(text=None, published=published)
    return Dateline(text=found.text, place=found.place, source=found.source, published=published)


def _reads_day_first(draft: Draft, texts: list[str], dated: list[str]) -> bool:
    """Whether "05/11/2019" is 5 November: as the language hint says, else as the page's own
    language does (see ``publication.writes_day_first``), read only when a date line holds a
    slash (dotted dates are read day first whatever the language)."""
    if draft.options.language is not None:
        return draft.options.slashed_dates_day_first
    return any("/" in text for text in dated) and publication.writes_day_first(texts)


NOON = dt.time(12)


def _dated_by_age(dated: list[str], fetched: dt.datetime | dt.date) -> dt.date | None:
    """The day ``fetched`` less the first relative age among the texts ("2 days ago") falls
    on (a date fetched without a time is read at noon), or None. A day, not a time: an age is
    rounded ("3 hours ago"), and the page's own clock is not known."""
    moment = fetched if isinstance(fetched, dt.datetime) else dt.datetime.combine(fetched, NOON)
    for text in dated:
        age = relative_age(text)
        if age is not None:
            try:
                return (moment - age).date()
            except OverflowError:  # an age that reaches back before the year 1
                return None
    return None


def merge_removals(
    texts: list[str], labels: list[Label], kept: frozenset[Kind] = frozenset({Kind.BODY})
) -> list[Removal]:
    """One Removal per run of adjacent removed blocks of the same kind, in document order
    (blocks of the ``kept`` kinds, and the title, are not removals)."""
    # Each run's lines are joined once at the end: growing the run's text line by line would
    # copy it on every line, quadratic in the run's length (200k removed lines took minutes).
    runs: list[tuple[Label, list[str]]] = []
    previous_kind: Kind | None = None
    for text, label in zip(texts, labels):
        if label.kind in _NOT_REMOVED or label.kind in kept:
            previous_kind = None
            continue
        if label.kind is previous_kind:
            runs[-1][1].append(text)
        else:
            runs.append((label, [text]))
        previous_kind = label.kind
    return [Removal(label.kind, "\n".join(lines), label.rule) for label, lines in runs]
