"""Cleaning a cleaned body changes nothing: regressions from the development sets' pages."""

from __future__ import annotations

import newsclean

PARAGRAPHS = [
    (
        "This is a list of films in which the characters live the same day again and again, "
        "each time the day resets at the same hour, and remember what happened before."
    ),
    (
        "For a list of films that include any kind of time travel, see the list of time travel "
        "films, which holds most of the films below as well."
    ),
]


def assert_fixed_point(text: str) -> newsclean.Article:
    """Clean ``text``, clean the body again, and check that nothing more goes."""
    article = newsclean.clean(text)
    assert newsclean.clean(article.body).body == article.body
    return article


def test_a_subheading_below_the_first_paragraph_is_no_headline():
    """ "Films with time loops" under the first paragraphs, then a table's header row: when the
    body is cleaned again no headline stands above it, and the subheading must not become one,
    nor the header row ("Film Year Description", name-shaped) its byline."""
    text = "\n\n".join(
        [
            *PARAGRAPHS,
            "Films with time loops",
            "Film Year Description",
            (
                "Repeat Performance 1947 A woman who shot her husband on New Year's Eve wishes she "
                "could live the year again, and finds herself back at its start."
            ),
            (
                "Groundhog Day 1993 A weatherman covering a festival in a small town lives the same "
                "day over and over until he changes the way he treats the people around him."
            ),
        ]
    )
    article = assert_fixed_point(text)
    assert "Film Year Description" in article.body


def test_a_repeated_label_separates_cards_whatever_its_first_copy_was_labelled():
    """ "Photo" above every teaser's picture credit: its first copy, at the top of the page, is a
    caption; the later ones are open. The cards are cards in the first cleaning too, as they
    are when the body is cleaned again without that first copy."""
    cards = []
    for n in range(4):
        cards += [
            "Photo",
            f"Credit Photographer Number{n} for The Daily Planet",
            f"Teaser headline number {n} about another story entirely",
            f"A one-sentence summary of another story, number {n}, that links to it below.",
        ]
    text = "\n\n".join(["Photo", "Credit Kevin Frayer/Getty Images", *PARAGRAPHS, *cards])
    assert_fixed_point(text)
