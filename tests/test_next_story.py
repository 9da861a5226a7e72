"""A page that runs on into the next article ("Next article", its headline, its byline, its
date, its story): the next story goes, however long, and its writer is not the article's. A
page of several pieces with no such label (a weekly edition) keeps them all."""

from __future__ import annotations

import pytest

import newsclean
from support import STORY, TITLE, paragraphs

NEXT_HEADLINE = "School board votes to close two schools"
NEXT_STORY = [
    (
        "The school board voted on Monday night to close two elementary schools at the end of "
        "the next school year, citing falling enrollment across the district."
    ),
    (
        "Parents packed the meeting and said they would fight the decision in court, arguing "
        "that the board had not looked at other ways to save money."
    ),
    (
        "The district said the closures would save about $3 million a year, and that pupils "
        "would move to three nearby schools with room to spare."
    ),
]


@pytest.mark.parametrize("label", ["Next article", "Up next", "Nächster Artikel"])
@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_the_next_article_under_its_label_goes(label, separator):
    parts = [TITLE, "By Jane Doe", "Nov 19, 2019", *STORY, label, NEXT_HEADLINE, "By Tom Roe"]
    article = newsclean.clean(separator.join([*parts, "Nov 18, 2019", *NEXT_STORY]))
    assert paragraphs(article) == list(STORY)
    assert article.byline is not None and article.byline.authors == ("Jane Doe",)
    assert {removal.rule for removal in article.removed} >= {"next-story"}
    assert newsclean.clean(article.body).body == article.body


def test_pieces_with_no_label_of_the_next_article_stay():
    """A headline with a byline and a date of its own, but no label over it: the page may hold
    several pieces, and all of them are its text."""
    parts = [TITLE, "By Jane Doe", "Nov 19, 2019", *STORY, NEXT_HEADLINE, "By Tom Roe"]
    article = newsclean.clean("\n\n".join([*parts, "Nov 18, 2019", *NEXT_STORY]))
    assert paragraphs(article) == [*STORY, NEXT_HEADLINE, *NEXT_STORY]


def test_the_next_article_goes_from_a_page_s_html_too():
    """trafilatura's text takes the next story when the page sets it in the article's
    container; the label and the next story's own header outweigh it."""
    story = "".join(f"<p>{paragraph}</p>" for paragraph in STORY)
    following = "".join(f"<p>{paragraph}</p>" for paragraph in NEXT_STORY)
    page = (
        f"<html><head><title>{TITLE}</title></head><body><div class='content'><h1>{TITLE}</h1>"
        f"<p class='byline'>By Jane Doe</p><p>Nov 19, 2019</p>{story}<div class='next'>"
        f"<span>Next article</span><h2>{NEXT_HEADLINE}</h2><p class='byline'>By Tom Roe</p>"
        f"<p>Nov 18, 2019</p>{following}</div></div></body></html>"
    )
    article = newsclean.clean_html(page)
    assert paragraphs(article) == list(STORY)
    assert article.byline is not None and article.byline.authors == ("Jane Doe",)
