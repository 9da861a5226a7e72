"""Comment threads, and comment buttons that belong to the share bar."""

from __future__ import annotations

from ..dates import find_dates
from ..draft import Draft
from ..model import Kind
from ..rule_names import ContextRule, TableRule
from ..shape import Shape
from .continuation import continues
from .repeats import is_tweet_attribution

#: Prose (in characters) that must come before a comments header for it to open a thread.
COMMENTS_AFTER_PROSE = 150
#: What a comment thread's blocks may have been labelled before it was found: commenters'
#: names and dates, vote buttons, and text taken for chrome outside the article.
_THREAD_KINDS = frozenset(
    {None, Kind.TIMESTAMP, Kind.BYLINE, Kind.SHARE, Kind.NAVIGATION, Kind.BOILERPLATE}
)
#: Rules of the page's own chrome after a thread (footer menus), which the thread leaves alone.
_PAGE_CHROME_RULES = frozenset(
    {TableRule.FOOTER_LINKS, TableRule.MENU_ITEM, TableRule.BREADCRUMB, TableRule.SKIP_LINK}
)
#: How many blocks after a comments header another comments block or a date must appear.
THREAD_CHROME_REACH = 6
#: Timestamp lines after a comments header that make the prose below it a thread.
THREAD_STAMPS = 2


def mark_comment_thread(draft: Draft, start: int) -> None:
    """A comments header after the article's first prose, with comment chrome (another comments
    block or a timestamp) following it, opens the thread: every open block after it, and every
    commenter's name and date, is a comment. Comment buttons above the prose are share buttons."""
    prose_before = 0
    for index in range(start, len(draft)):
        if draft.label(index) is None:
            if draft.shape(index) is Shape.SENTENCE:
                prose_before += len(draft.text(index))
            continue
        if prose_before < COMMENTS_AFTER_PROSE or not _is_comments_header(draft, index):
            continue
        if _comment_chrome_follows(draft, index) and not _article_goes_on(draft, start, index):
            draft.relabel(index, Kind.COMMENTS, draft.label(index).rule)  # type: ignore[union-attr]
            for later in range(index + 1, len(draft)):
                label = draft.label(later)
                if draft.kind(later) in _THREAD_KINDS and (
                    label is None or label.rule not in _PAGE_CHROME_RULES
                ):
                    draft.relabel(later, Kind.COMMENTS, ContextRule.COMMENT_THREAD)
            return


def _article_goes_on(draft: Draft, start: int, header: int) -> bool:
    """True when the prose after a comments header, up to the next comments block past the
    header's own chrome, continues the article above it (``context.continuation``): the
    header was an embedded post's "Reply" or "Report" link, not the start of a thread. Prose
    with THREAD_STAMPS dates or more between its paragraphs (a commenter's name and date over
    each comment) is a thread, however much it says of the article's subject. After an embedded
    post's "Reply", prose with no date and no name among it needs less to continue the article
    (``continues``, lenient)."""
    after = header + 1
    while after < len(draft) and draft.label(after) is not None:
        after += 1  # the header's own chrome: buttons, counts, a date
    stretch_end = next(
        (i for i in range(after, len(draft)) if draft.kind(i) is Kind.COMMENTS),
        len(draft),
    )
    stretch = range(header + 1, stretch_end)
    stamps = sum(draft.kind(i) is Kind.TIMESTAMP for i in stretch)
    lenient = _under_embedded_post(draft, header) and _unsigned(draft, stretch)
    return stamps < THREAD_STAMPS and continues(
        draft, range(start, header), range(after, stretch_end), lenient=lenient
    )


#: How many of an embedded post's buttons and counts may stand between its attribution and a
#: comments header that is one of them.
EMBED_REACH = 6


def _under_embedded_post(draft: Draft, header: int) -> bool:
    """True when the nearest open block above the comments header, past at most EMBED_REACH
    labelled ones (the post's counts and buttons), is an embedded post's attribution ("— Name
    (@handle) March 9, 2024"): the header is the post's own "Reply" or "Report"."""
    above = draft.open_above(header, EMBED_REACH)
    return above is not None and is_tweet_attribution(draft.text(above))


def _unsigned(draft: Draft, stretch: range) -> bool:
    """True when no commenter signs the stretch: no byline, no timestamp, no line with a date
    ("Alan Goodale wrote on December 24, 2020:"). A thread has them."""
    return not any(
        draft.kind(i) in (Kind.BYLINE, Kind.TIMESTAMP) or find_dates(draft.text(i)) for i in stretch
    )


def _is_comments_header(draft: Draft, index: int) -> bool:
    kind = draft.kind(index)
    return kind is Kind.COMMENTS or (kind is Kind.SHARE and "comment" in draft.text(index).lower())


def _comment_chrome_follows(draft: Draft, index: int) -> bool:
    for later in range(index + 1, min(len(draft), index + 1 + THREAD_CHROME_REACH)):
        if draft.kind(later) in (Kind.COMMENTS, Kind.TIMESTAMP):
            return True
    return False


def mark_header_comment_buttons(draft: Draft, start: int) -> None:
    """Comment links above the article's start ("View comments", "Comments") are share-bar
    buttons, not a comment thread."""
    for index in range(start):
        if draft.kind(index) is Kind.COMMENTS:
            draft.relabel(index, Kind.SHARE, "share-bar-comments")
