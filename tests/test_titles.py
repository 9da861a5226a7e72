"""The title of a whole page's text: the headline above the byline and date, not the first
headline-shaped line of the menus above it, nor the dek under it."""

from __future__ import annotations

import pytest

import newsclean
from support import STORY, paragraphs

HEADLINE = "Council approves tram extension to the airport after decade of debate"
MENU = [
    "Search Query Submit Search",
    "Sections and Topics Here",
    "Local News",
    "Sports",
    "Opinion",
    "Place an Ad",
    "Subscribe",
    "Facebook",
    "Twitter",
    "Email",
    "Print",
    "City Hall",
]
HEADER = [
    HEADLINE,
    "The tram line will reach the terminal in 2027.",
    "(Jane Roe / Herald)",
    "By Jane Doe Staff Writer",
    "Nov. 19, 2019",
]


def test_the_headline_above_the_byline_is_the_title_not_a_menu_line():
    # The page's <title> (its first line) words the story otherwise; long menus follow it.
    page_title = "Tram to the airport: what the council's vote means - The Herald"
    menus = [f"{line} {number}" for number in range(1, 4) for line in MENU]
    article = newsclean.clean("\n".join([page_title, *menus, *MENU, *HEADER, *STORY]))
    assert article.title == HEADLINE
    assert paragraphs(article) == list(STORY)
    assert article.byline is not None and article.byline.authors == ("Jane Doe",)


def test_the_headline_repeating_the_pages_title_is_the_title():
    # A page's text opens with its <title>; the headline above the story repeats it.
    page_title = f"{HEADLINE} - The Herald"
    text = "\n".join([page_title, *MENU, HEADLINE, *MENU[:4], *HEADER[1:], *STORY])
    assert newsclean.clean(text).title == HEADLINE


def test_a_dek_under_the_headline_is_not_the_title():
    dek = "Supporters say the line will take cars off the road, but opponents fear the cost"
    text = "\n".join(["Transport", HEADLINE, "Editorial", dek, "Tue 19 Nov 2019 06.00 GMT", *STORY])
    assert newsclean.clean(text).title == HEADLINE


def test_a_comment_s_name_and_age_below_the_opening_paragraphs_make_them_no_dek():
    """The article is signed above its first paragraph; a reader's name and a relative age two
    paragraphs down sign a comment set into the page, not a second header with the paragraphs
    above it as its dek."""
    comment = ["John Smith", "2 hours ago", "This is great news for the east side.", "Reply"]
    text = "\n\n".join([HEADLINE, "By Dana Whitfield", *STORY[:2], *comment, STORY[2]])
    article = newsclean.clean(text)
    assert paragraphs(article)[:2] == list(STORY[:2])
    assert paragraphs(article)[-1] == STORY[2]
    assert article.byline is not None and article.byline.authors[0] == "Dana Whitfield"


def test_a_header_repeated_under_a_dek_and_a_caption_still_makes_them_the_header():
    """The same writer named again under two sentences: the page repeats its header, and the
    dek and caption above the repeat are no story."""
    dek = "Supporters say the line will take cars off the road, but opponents fear the cost."
    caption = "A tram at the harbour stop. The line opened in 1998."
    text = "\n\n".join(
        [HEADLINE, "By Dana Whitfield", dek, caption, "Dana Whitfield", "Nov 19, 2019", *STORY]
    )
    assert paragraphs(newsclean.clean(text)) == list(STORY)


_STORY = [
    "By Sarah Chen",
    "January 9, 2020",
    (
        "The city council voted 7-2 on Tuesday to extend the downtown tram line to the airport, "
        "ending a decade of debate over the project's cost."
    ),
    (
        "Supporters said the extension would take thousands of cars off the road each day, while "
        "opponents warned that the budget was likely to grow."
    ),
]


@pytest.mark.parametrize("first_line", ["Home | News | Sport | Opinion", "The Daily Planet"])
def test_a_menu_line_or_a_sites_name_over_the_headline_is_no_title(first_line):
    text = "\n".join([first_line, "Council approves tram extension", *_STORY])
    assert newsclean.clean(text).title == "Council approves tram extension"


def test_a_pages_title_line_with_its_site_stays_the_title_source():
    text = "\n".join(
        ["Tram extension approved - Daily Planet", "Menu", "Tram extension approved", *_STORY]
    )
    assert newsclean.clean(text).title == "Tram extension approved"
