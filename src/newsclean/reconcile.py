"""Reconcile: the Article assembled from a page's blocks, put together with the page around it.

The pipeline's last step for HTML, beside :mod:`newsclean.assemble`: the page's own metadata
(schema.org JSON-LD, ``meta`` tags, ``time`` elements) is reconciled with the title, byline and
dateline the labelled blocks gave, and the page's blocks outside the article's span are added to
``removed`` around the Article's own removals. Nothing is labelled again: the blocks outside the
span are removed by their HTML hints alone.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence

from . import hints
from .assemble import merge_removals
from .model import Article, Block, Byline, Dateline, Kind, Label, Removal
from .titles import strip_site_suffix
from .webpage.metadata import PageMetadata, url_date

#: Labels for the blocks outside the article's span, by their HTML hints: menus and link lists
#: are navigation, the rest of the page's furniture is boilerplate.
OUTSIDE_NAVIGATION = Label(Kind.NAVIGATION, "outside-main-content-navigation")
OUTSIDE_BOILERPLATE = Label(Kind.BOILERPLATE, "outside-main-content")
_NAVIGATION_HINTS = frozenset({"nav", "header", hints.LINK_DENSE})


def outside_label(block: Block) -> Label:
    """The label of a block outside the article's span."""
    return OUTSIDE_NAVIGATION if block.hints & _NAVIGATION_HINTS else OUTSIDE_BOILERPLATE


def outside_removals(blocks: Sequence[Block]) -> list[Removal]:
    """Removals for a run of blocks outside the article (adjacent blocks of a kind merged)."""
    return merge_removals([b.text for b in blocks], [outside_label(b) for b in blocks])


def reconcile(
    article: Article,
    metadata: PageMetadata,
    *,
    page_title: str,
    before: Sequence[Block] = (),
    after: Sequence[Block] = (),
    guess_date: Callable[[], dt.date | dt.datetime | None] | None = None,
) -> Article:
    """The Article with the page's metadata reconciled in, and the removals of the page's
    blocks ``before`` and ``after`` the article's span around its own.

    * Title: the headline found on the page, else the metadata's, else the ``<title>`` without
      the site name.
    * Byline: the people the metadata credits (the publisher's own statement, names as written),
      else those the visible byline names; when the visible byline names every person the
      metadata credits, its further names (contributors) follow them. Editors and the byline's
      text come from the visible byline. An organisation credited as the author
      (``"@type": "Organization"``) is not a person: with no visible byline, the byline's text
      names it and ``authors`` stays empty.
    * Dateline: place and source from the visible dateline; the date from the metadata, else the
      visible one, else what ``guess_date()`` finds (called only then).
    """
    title = (
        article.title or metadata.title or (strip_site_suffix(page_title) if page_title else None)
    )
    return dataclasses.replace(
        article,
        title=title,
        byline=_reconciled_byline(article.byline, metadata),
        dateline=_guessed(_reconciled_dateline(article.dateline, metadata), guess_date),
        removed=(*outside_removals(before), *article.removed, *outside_removals(after)),
    )


def dated_by_url(article: Article, url: str | None) -> Article:
    """The Article of a text, its publication date read in the URL's path (``/2019/11/18/``)
    when the text gives none: what :func:`newsclean.clean` does with its ``url``.

    >>> dated_by_url(Article(""), "https://example.com/2019/11/18/story").dateline.published
    datetime.date(2019, 11, 18)
    >>> dated_by_url(Article(""), "https://example.com/story").dateline is None
    True
    """
    if url is None:
        return article
    dateline = _guessed(article.dateline, lambda: url_date(url))
    if dateline is article.dateline:
        return article
    return dataclasses.replace(article, dateline=dateline)


def _reconciled_byline(visible: Byline | None, metadata: PageMetadata) -> Byline | None:
    authors = _unique(metadata.authors) or (visible.authors if visible else ())
    if metadata.authors and visible is not None and _names_in(metadata.authors, visible.authors):
        # The visible byline names everyone the metadata credits: its further names are the
        # contributors the metadata leaves out ("X contributed to this report").
        authors = _unique([*authors, *visible.authors])
    if visible is not None:
        return Byline(text=visible.text, authors=authors, editors=visible.editors)
    credited = authors or _unique(metadata.organisations)
    if not credited:
        return None
    # An organisation credited as the author is named in the byline's text, never as a person.
    return Byline(text=", ".join(credited), authors=authors)


def _guessed(
    dateline: Dateline | None, guess_date: Callable[[], dt.date | dt.datetime | None] | None
) -> Dateline | None:
    """The dateline, its date filled from ``guess_date()`` when it has none."""
    if guess_date is None or (dateline is not None and dateline.published is not None):
        return dateline
    published = guess_date()
    if published is None:
        return dateline
    if dateline is None:
        return Dateline(text=None, published=published)
    return dataclasses.replace(dateline, published=published)


def _reconciled_dateline(visible: Dateline | None, metadata: PageMetadata) -> Dateline | None:
    if metadata.published is None:
        return visible
    if visible is None:
        return Dateline(text=None, published=metadata.published)
    return dataclasses.replace(visible, published=metadata.published)


def _names_in(names: Sequence[str], others: Sequence[str]) -> bool:
    """True when every name of ``names`` is among ``others`` (compared as :func:`_unique` does)."""
    keys = {" ".join(name.casefold().split()) for name in others}
    return all(" ".join(name.casefold().split()) in keys for name in names)


def _unique(names: Sequence[str]) -> tuple[str, ...]:
    """Names without duplicates, compared case- and space-insensitively, first spelling kept."""
    seen: set[str] = set()
    kept: list[str] = []
    for name in names:
        key = " ".join(name.casefold().split())
        if key and key not in seen:
            seen.add(key)
            kept.append(name)
    return tuple(kept)
