"""Tables of figures inside an article, in plain text: short rows with numbers between the
article's paragraphs stay in the body (``context.text_tables``); the same rows with no paragraph
below them, or rows of a labelled family, do not."""

from __future__ import annotations

import newsclean

TITLE = "The office suite that releases every month"
BEFORE = [
    (
        "The project was announced with great fanfare in September 2010, and its developers have "
        "kept up a busy schedule ever since."
    ),
    "The release history for the suite tells a story of its own:",
]
RELEASES = [
    "4.2.3 April 2014",
    "4.1.6 April 2014",
    "4.2.4 May 2014",
    "4.3 July 2014",
    "4.3.1 August 2014",
]
AFTER = [
    (
        "It seems clear that the project has kept a far quicker release cadence than its rival, with "
        "a new version every few weeks."
    ),
    (
        "Whether users want that many releases is another question, one the developers say they "
        "will put to them in a survey this spring."
    ),
]


def test_a_table_of_release_dates_between_paragraphs_stays():
    article = newsclean.clean("\n".join([TITLE, *BEFORE, *RELEASES, *AFTER]))
    assert all(row in article.body.splitlines() for row in RELEASES)
    assert article.body.endswith(AFTER[-1])


def test_the_same_rows_after_the_last_paragraph_still_go():
    # Dates under the story with nothing after them are a list of other posts' dates, not a
    # table the story gives: no paragraph below them.
    article = newsclean.clean("\n".join([TITLE, *BEFORE, *AFTER, *RELEASES]))
    assert not any(row in article.body for row in RELEASES)


def test_two_rows_are_not_a_table():
    # Two dates in a row may be a story's published and updated lines: they stay timestamps.
    article = newsclean.clean("\n".join([TITLE, *BEFORE, *RELEASES[:2], *AFTER]))
    assert all(paragraph in article.body for paragraph in AFTER)
    assert not any(row in article.body.splitlines() for row in RELEASES[:2])


def test_a_kept_table_is_a_fixed_point():
    article = newsclean.clean("\n".join([TITLE, *BEFORE, *RELEASES, *AFTER]))
    assert newsclean.clean(article.body).body == article.body
