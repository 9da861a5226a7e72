"""The article's foot: bylines and credits under the body, an author note that ends it, and
the bylines of other stories below it (teaser cards, comments)."""

from __future__ import annotations

import functools
from collections.abc import Callable

import regex

from ..byline import (
    BylineForm,
    is_agency_line,
    is_newsroom_line,
    match_author_note,
    match_foot_byline,
    parse_byline,
)
from ..credits import WRITER_JOB
from ..draft import Draft
from ..lexicon import NEXT_STORY_LABELS
from ..model import Kind
from ..records import BylineMatch
from ..rule_names import ContextRule
from ..rules import phrase_key
from ..shape import Shape

#: A byline of a form written above a story ("By Jane Doe", a name and a date) that stands more
#: than this many blocks below the body is another story's: a teaser card's ("Next article",
#: "More stories") or a comment's.
FOOT_BYLINE_REACH = 3
_STORY_TOP_FORMS = frozenset(
    {
        BylineForm.BY_LINE,
        BylineForm.NAME_LINE,
        BylineForm.AGENCY,
        BylineForm.DATED_BY,
        BylineForm.NAME_DATED,
        BylineForm.NAME_RUN_IN,
        BylineForm.CONTINUATION,
        BylineForm.PREFIX,
        BylineForm.NAME_AFTER_PREFIX,
    }
)


def drop_teaser_bylines(draft: Draft) -> None:
    """Relabel the bylines of other stories below the body (see FOOT_BYLINE_REACH) as
    ``teaser-byline`` boilerplate, so that their names are not the article's authors."""
    body = draft.open_blocks()
    if not body:
        return
    last = body[-1]
    for index, found in list(draft.bylines.items()):
        # A name under a prefix alone ("Written on Mar 17 by") stands where its prefix does.
        where = index - 1 if found.form == BylineForm.NAME_AFTER_PREFIX else index
        if found.form in _STORY_TOP_FORMS and (
            where > last + FOOT_BYLINE_REACH
            or (
                where > last
                and found.form in _TEASER_CARD_FORMS
                and _under_a_headline(draft, where)
            )
        ):
            draft.relabel(index, Kind.BOILERPLATE, ContextRule.TEASER_BYLINE)


#: The bylines a teaser card prints under its headline ("By Karen Whitfield", "By Karen
#: Whitfield, Jan. 5").
_TEASER_CARD_FORMS = frozenset({BylineForm.BY_LINE, BylineForm.DATED_BY})


def _under_a_headline(draft: Draft, index: int) -> bool:
    """True when the block right above ``index`` is headline-shaped and not the body's: below
    the body, a byline under a headline signs a teaser ("More stories" / "School board delays
    vote" / "By Karen Whitfield"); the article's own foot byline follows its last paragraph."""
    above = index - 1
    return (
        above >= 0
        and not draft.is_open(above)
        and draft.shape(above) is Shape.HEADLINE
        and draft.kind(above) is not Kind.BYLINE
    )


def mark_foot_bylines(draft: Draft, body: list[int]) -> bool:
    """Label the bylines at the foot of the body (the last blocks, back to the first that is not
    one) in one sweep; say whether there were any."""
    found = False
    for index in reversed(body):
        if not mark_foot_byline(draft, index):
            break
        found = True
    return found


#: An author note ("Jane Doe is a staff writer at ...") ends the article when the prose after it
#: counts for at most this share of the prose before it: what follows a writer's note is the
#: page's (a role line, a video, the site's own "about" paragraph), not more of the story.
AUTHOR_NOTE_TAIL_SHARE = 0.25


def end_at_author_note(draft: Draft, body: list[int]) -> bool:
    """Label the first author note in the body that only a short tail of prose follows (see
    AUTHOR_NOTE_TAIL_SHARE) as the byline, and the blocks after it as outside the article; say
    whether there was one."""
    # The header's authors are read only when a block could be a biography of one of them.
    authors = functools.cache(lambda: _header_authors(draft, body))
    for index in body:
        text = draft.text(index)
        found = match_author_note(text) or _author_bio(text, authors)
        if found is not None and _is_short_tail(draft, body, index):
            draft.mark_byline(index, found)
            _end_after(draft, body, index)
            return True
    return False


#: Credit lines that close a wire story ("Reporting by Jane Doe; Editing by Ann Poe",
#: "Ellen Park contributed to this report.", "Redacción / EFE" among the paragraphs): what
#: follows them is the page's.
_CLOSING_FORMS = frozenset({BylineForm.ROLE_CREDITS, BylineForm.CONTRIBUTORS, BylineForm.AGENCY})


def end_at_closing_credit(draft: Draft, body: list[int]) -> bool:
    """Label as outside the article the body's blocks after a closing credit line (see
    _CLOSING_FORMS) or a sign-off (:func:`is_sign_off`, then labelled a byline) that stands
    among them, when only a short tail of prose follows it (as after an author note); say
    whether there was one."""
    if len(body) < 2:
        return False
    closers = {
        index
        for index, found in draft.bylines.items()
        if found.form in _CLOSING_FORMS and body[0] < index < body[-1]
    }
    sign_offs = {index for index in body[1:-1] if is_sign_off(draft.text(index))}
    for closer in sorted(closers | sign_offs):
        if _is_short_tail(draft, body, closer):
            if closer in sign_offs:
                draft.mark_byline(closer, BylineMatch(BylineForm.AGENCY, draft.text(closer)))
            _end_after(draft, body, closer)
            return True
    return False


def is_sign_off(text: str) -> bool:
    """True for a line that signs a story at its foot with a wire service, maybe with the paper
    that ran it ("AFP", "Le Monde avec AFP", "Redacción / EFE"): what follows it is the page's.

    >>> is_sign_off("Le Monde avec AFP"), is_sign_off("AFP was there.")
    (True, False)
    """
    return is_agency_line(text) or is_newsroom_line(text)


def _is_short_tail(draft: Draft, body: list[int], at: int) -> bool:
    """True when the body's prose after block ``at`` counts for at most AUTHOR_NOTE_TAIL_SHARE
    of its prose before it. The prose scores as the text alone gives them: a lead bonus (which
    a byline above the tail may give, and a second cleaning without that byline would not)
    does not count."""
    before = sum(max(0.0, draft.prose_score(i)) for i in body if i < at)
    after = sum(max(0.0, draft.prose_score(i)) for i in body if i > at)
    return before > 0 and after <= AUTHOR_NOTE_TAIL_SHARE * before


def _end_after(draft: Draft, body: list[int], at: int) -> None:
    """Label the body's blocks after block ``at`` as the page's, past the article's end."""
    for later in body:
        if later > at:
            draft.mark(later, Kind.BOILERPLATE, ContextRule.AFTER_AUTHOR_NOTE)


#: Another story's header inside the body: a label of the next article, a headline, then
#: within this many blocks a byline of a form written above a story and a date, after at
#: least NEXT_STORY_MIN_PARAGRAPHS of the article's paragraphs ("Next article" / its headline
#: / "By Tom Roe" / "Dec 4, 2024" / its story: a page that runs on into the next article).
NEXT_STORY_HEADER_REACH = 3
NEXT_STORY_MIN_PARAGRAPHS = 2


def end_at_next_story(draft: Draft, body: list[int]) -> bool:
    """Label as another story's the body's blocks from the first paragraph of the next article
    on (see :func:`_next_story_headline`); say whether there was one. A label of the next
    article over a headline with a byline and a date of its own is the evidence, however long
    the story under it: a headline with a byline and a date alone may be the next piece of a
    page that holds several (a weekly edition), and a subheading or a live blog's entry time
    is none."""
    paragraphs = 0
    for position, index in enumerate(body):
        if draft.shape(index) is not Shape.SENTENCE:
            continue
        headline = (
            _next_story_headline(draft, index) if paragraphs >= NEXT_STORY_MIN_PARAGRAPHS else None
        )
        if headline is not None:
            for later in (headline, *body[position:]):
                draft.mark(later, Kind.BOILERPLATE, ContextRule.NEXT_STORY)
            for signed in range(headline + 1, index):
                if draft.byline(signed) is not None:  # the next story's writer is not the article's
                    draft.relabel(signed, Kind.BOILERPLATE, ContextRule.TEASER_BYLINE)
            return True
        paragraphs += 1
    return False


def _next_story_headline(draft: Draft, paragraph: int) -> int | None:
    """The headline of the next article when its header stands right above ``paragraph``: a
    label of the next article ("Next article", "Up next"), a headline, then a byline of a form
    written above a story and a timestamp, in at most NEXT_STORY_HEADER_REACH blocks under the
    headline."""
    for headline in range(paragraph - 2, max(0, paragraph - 2 - NEXT_STORY_HEADER_REACH), -1):
        if (
            draft.shape(headline) is Shape.HEADLINE
            and phrase_key(draft.text(headline - 1)) in NEXT_STORY_LABELS
        ):
            header = range(headline + 1, paragraph)
            signed = any(
                (found := draft.byline(index)) is not None and found.form in _STORY_TOP_FORMS
                for index in header
            )
            dated = any(draft.kind(index) is Kind.TIMESTAMP for index in header)
            return headline if signed and dated else None
    return None


#: An author box's biography ("Pulitzer Prize-winning journalist Jane Doe writes a daily blog
#: ... He is the author of six books ...") runs longer than an author note: up to this many
#: characters, the writer's name and job within its first AUTHOR_BIO_NAME_REACH.
AUTHOR_BIO_MAX_CHARS = 1000
AUTHOR_BIO_NAME_REACH = 120


#: What a note says its writer does, in place of a job ("Dana Whitfield covers city
#: government for the Courier.").
_WRITER_BEAT = regex.compile(r"\b(?:covers|reports on|writes about)\s")


def _header_authors(draft: Draft, body: list[int]) -> list[str]:
    """The full names (two words or more) of the authors of the bylines above the body."""
    top = body[0] if body else 0
    names = (
        name
        for index, found in draft.bylines.items()
        if index < top
        for name in parse_byline(found.text, found.form)[0]
    )
    return [name for name in names if " " in name]


def _author_bio(text: str, authors: Callable[[], list[str]]) -> BylineMatch | None:
    """A paragraph about the article's own writer: one of the header's ``authors()`` named,
    with a writer's job or beat, at its start (see AUTHOR_BIO_NAME_REACH), in at most
    AUTHOR_BIO_MAX_CHARS. A story seldom names its own writer; the box about the writer under
    it does."""
    if len(text) > AUTHOR_BIO_MAX_CHARS:
        return None
    head = text[:AUTHOR_BIO_NAME_REACH]
    if (WRITER_JOB.search(head) or _WRITER_BEAT.search(head)) and any(
        name in head for name in authors()
    ):
        return BylineMatch(BylineForm.AUTHOR_NOTE, text)
    return None


def mark_foot_byline(draft: Draft, index: int) -> bool:
    """Label the block as a byline when it reads as one at an article's foot (an author note,
    "X reported from Y."); say whether it did."""
    found = match_foot_byline(draft.text(index))
    if found is None:
        return False
    draft.mark_byline(index, found)
    return True
