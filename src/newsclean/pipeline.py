"""The pipeline: text or HTML in, Article out.

text ─► segment into Blocks ──────────────────────────┐
                                                      ├─► label every Block ─► assemble the Article
HTML ─► read (webpage.reader): Blocks + metadata ─────┘   (HTML: the article's span, the h1,
        ─► the article's span of Blocks                    tables between paragraphs) ─► reconcile
                                                           with the page's metadata (HTML only)

The HTML reader only reads (Blocks, the page's metadata, trafilatura's main text as anchors); the
labelling is the text's, with the steps that read HTML hints; ``reconcile`` adds the metadata.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from . import hints
from .assemble import assemble
from .byline import match_byline
from .context.agreement import body_indices, restore_kept_runs
from .context.header import mark_headline
from .context.tables import keep_inline_tables
from .draft import Draft
from .errors import InputTooLargeError
from .labeling import label_document
from .model import Article, Block
from .options import DEFAULT_OPTIONS, Options
from .reconcile import dated_by_url, reconcile
from .records import BylineForm
from .rule_names import ContextRule
from .segment import segment_text
from .webpage.content import (
    anchored_blocks,
    container_paragraphs,
    content_span,
    far_header,
    main_text_coverage,
)
from .webpage.decode import decode_html
from .webpage.metadata import PageMetadata
from .webpage.pagedate import guess_page_date
from .webpage.reader import Page, read_page


def clean(
    text: str,
    *,
    url: str | None = None,
    fetched: dt.datetime | dt.date | None = None,
    options: Options = DEFAULT_OPTIONS,
) -> Article:
    """Clean scraped news text: return the article's body, title, byline, dateline, captions
    and a record of every block removed.

    ``text`` is article-level text or a whole page's visible text. Two optional facts about
    the page date it when its text gives only an age or no date: ``fetched``, when the page was
    read (a WARC record's ``WARC-Date``), turns a relative age by the byline ("3 hours ago",
    "vor 2 Tagen") into the day it points to; ``url``, the page's address (a WET record's
    ``WARC-Target-URI``, a dataset's ``url`` column), is only read for a date in its path
    (``/2019/11/18/``). Raises ``TypeError`` when ``text`` is not a ``str`` (or ``url`` is
    neither a ``str`` nor None, or ``fetched`` neither a date nor None) and
    ``InputTooLargeError`` (a ``ValueError``) when it is longer than ``options.max_input_chars``.

    >>> article = clean("By Jane Doe\\n\\nPARIS -- The museum reopened on Monday after a long closure.")
    >>> article.byline.authors, article.dateline.place, article.body
    (('Jane Doe',), 'PARIS', 'The museum reopened on Monday after a long closure.')
    """
    check_text(text, options)
    check_url(url)
    check_fetched(fetched)
    blocks = segment_text(text)
    return dated_by_url(assemble(label_document(blocks, options), fetched), url)


def clean_html(
    html: str | bytes,
    *,
    url: str | None = None,
    fetched: dt.datetime | dt.date | None = None,
    options: Options = DEFAULT_OPTIONS,
) -> Article:
    """Clean a news page's HTML: return the same Article as :func:`clean`, with the page's own
    metadata (schema.org JSON-LD, ``meta`` tags, ``time`` elements) reconciled into the title,
    byline and dateline.

    ``html`` is a str, or bytes in any encoding (a byte-order mark, else UTF-8, else the page's
    declared charset, else a detected one; undecodable bytes are replaced). ``url`` is optional
    and only read for a date in its path (and handed to trafilatura); ``fetched`` is as for
    :func:`clean`, read when neither the metadata nor the visible dates give a date. Raises
    ``TypeError`` for other types (of ``html``, ``url`` or ``fetched``),
    ``InputTooLargeError`` past ``options.max_input_chars``, ``UnparsableHtmlError`` when there is
    no document and ``HtmlLimitError`` past the parser's safety limits (all ``ValueError``).

    >>> page = '''<title>Museum reopens - Daily Planet</title><h1>Museum reopens</h1>
    ... <p class="byline">By Jane Doe</p>
    ... <p>PARIS -- The museum reopened on Monday after a long closure.</p>'''
    >>> article = clean_html(page)
    >>> article.title, article.byline.authors, article.body
    ('Museum reopens', ('Jane Doe',), 'The museum reopened on Monday after a long closure.')
    """
    check_fetched(fetched)
    labelled = label_html(html, url=url, options=options)
    return reconcile(
        assemble(labelled.draft, fetched),
        labelled.metadata,
        page_title=labelled.page_title,
        before=labelled.before,
        after=labelled.after,
        guess_date=lambda: guess_page_date(_html_text(html), url),
    )


@dataclass(frozen=True, slots=True)
class LabelledPage:
    """A page taken as far as :func:`clean_html` goes before assembling its Article.

    ``draft`` holds the labelled blocks of the article's span (the ``<title>`` block first when
    the page has one, the first ``h1`` marked as the title); ``before`` and ``after`` are the
    page's blocks outside the span, removed as ``outside-article``.
    """

    draft: Draft
    metadata: PageMetadata
    page_title: str
    before: Sequence[Block]
    after: Sequence[Block]


def label_html(
    html: str | bytes, *, url: str | None = None, options: Options = DEFAULT_OPTIONS
) -> LabelledPage:
    """Decode and read a page, find the article's span and label its blocks: every step of
    :func:`clean_html` but assembling and reconciling (also what ``newsclean explain`` shows of
    a page).

    Raises what :func:`clean_html` raises.
    """
    text = _html_text(html)
    check_text(text, options)
    check_url(url)
    return label_page(read_page(text, url), options)


def label_page(page: Page, options: Options) -> LabelledPage:
    """Label a page as read: the span around the blocks that are whole lines of trafilatura's
    main text; read again with parts of lines as anchors too when that body holds less than
    MIN_MAIN_TEXT_COVERAGE of the main text (see there)."""
    labelled = _label_span(page, partial=False, options=options)
    coverage = main_text_coverage(_body_texts(labelled.draft), page.main_lines)
    if coverage < MIN_MAIN_TEXT_COVERAGE:
        wider = _label_span(page, partial=True, options=options)
        if main_text_coverage(_body_texts(wider.draft), page.main_lines) > coverage and _holds(
            wider.draft, labelled.draft
        ):
            labelled = wider
    return labelled


#: A body that holds less than this share of trafilatura's main text is read again with the
#: anchors that are parts of its lines (``webpage.content.anchored_blocks``), and the wider
#: reading is kept when it holds more of the main text and all of the first body.
MIN_MAIN_TEXT_COVERAGE = 0.5
#: The share of the first body's text the wider reading must hold to replace it.
WIDER_HOLDS_SHARE = 0.9


def _label_span(page: Page, *, partial: bool, options: Options) -> LabelledPage:
    """Label the page's span around trafilatura's main text (anchored by whole lines, or also
    by parts of lines with ``partial``): the text's labelling, then the steps that read HTML
    hints (the ``h1`` is the title, tables between paragraphs are kept); the runs that a
    context decision removed and the main text holds go back into the body
    (``context.agreement``)."""
    walked, main_lines = page.walked, page.main_lines
    anchors = anchored_blocks(walked.blocks, main_lines, partial)
    span = content_span(walked.blocks, walked.containers, anchors)
    start, end = span if span is not None else (0, len(walked.blocks))
    header = far_header(walked.blocks, start, _is_strong_byline)
    taken = [walked.blocks[i] for i in header] + list(walked.blocks[start:end])
    inside = [block._replace(index=i) for i, block in enumerate(taken, 1)]
    page_title = Block(0, walked.page_title, "title", frozenset({hints.PAGE_TITLE}))
    draft = label_document([page_title, *inside] if walked.page_title else inside, options)
    mark_headline(draft)
    keep_inline_tables(draft)
    restore_kept_runs(draft, anchored_blocks(draft.blocks, main_lines, partial))
    # The paragraphs in the main text's container, its later chunks too, that the region alone
    # left out (draft indices: the page's title, when there is one, is block 0).
    shift = (1 if walked.page_title else 0) + len(header) - start
    chunks = container_paragraphs(walked.blocks, walked.containers, anchors, range(start, end))
    restore_kept_runs(
        draft, [index + shift for index in chunks], ContextRule.KEPT_BY_CONTAINER, _REGION_CUT
    )
    before = [block for i, block in enumerate(walked.blocks[:start]) if i not in header]
    return LabelledPage(draft, page.metadata, walked.page_title, before, walked.blocks[end:])


#: The byline forms strong enough to be read under a headline far above the span.
_STRONG_BYLINE_FORMS = frozenset({BylineForm.BY_LINE, BylineForm.DATED_BY})


def _is_strong_byline(text: str) -> bool:
    """True for a line that reads as a byline of a strong form ("By Jane Doe", "By Jane Doe,
    March 3")."""
    found = match_byline(text)
    return found is not None and found.form in _STRONG_BYLINE_FORMS


#: What the main text's container undoes: the region's cut alone. A comment thread, a list
#: of links or an author's note in the same container stay removed.
_REGION_CUT = frozenset({ContextRule.OUTSIDE_ARTICLE})


def _body_texts(draft: Draft) -> list[str]:
    """The texts of the blocks the body keeps."""
    return [draft.text(index) for index in body_indices(draft)]


def _holds(wide: Draft, narrow: Draft) -> bool:
    """True when the wide reading's body holds WIDER_HOLDS_SHARE of the narrow one's text."""
    kept = set(_body_texts(wide))
    first = _body_texts(narrow)
    total = sum(map(len, first))
    return (
        not total or sum(len(text) for text in first if text in kept) >= WIDER_HOLDS_SHARE * total
    )


def _html_text(html: object) -> str:
    """The page as text: str as given, bytes decoded; anything else is a TypeError."""
    if isinstance(html, str):
        return html
    if isinstance(html, (bytes, bytearray, memoryview)):
        return decode_html(bytes(html))
    raise TypeError(f"clean_html() takes HTML as str or bytes, not {type(html).__name__}")


def check_text(text: object, options: Options) -> None:
    """Refuse what ``clean`` cannot take, with a message that says what to pass instead."""
    if not isinstance(text, str):
        hint = (
            " (decode bytes first, or pass HTML bytes to clean_html)"
            if isinstance(text, (bytes, bytearray))
            else ""
        )
        raise TypeError(f"clean() takes text as a str, not {type(text).__name__}{hint}")
    if len(text) > options.max_input_chars:
        raise InputTooLargeError(len(text), options.max_input_chars)


def check_url(url: object) -> None:
    """Refuse a ``url`` that is neither a ``str`` nor None (``TypeError``)."""
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url must be a str or None, not {type(url).__name__}")


def check_fetched(fetched: object) -> None:
    """Refuse a ``fetched`` that is neither a ``date`` (or ``datetime``) nor None
    (``TypeError``)."""
    if fetched is not None and not isinstance(fetched, dt.date):
        raise TypeError(f"fetched must be a date, a datetime or None, not {type(fetched).__name__}")
