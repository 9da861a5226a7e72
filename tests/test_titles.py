"""The title of a whole page's text: the headline above the byline and date, not the first
headline-shaped line of the menus above it, nor the dek under it."""

from __future__ import annotations

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
