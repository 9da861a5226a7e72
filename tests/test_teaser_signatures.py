"""Below the story, other stories' bylines and dates, and comments' dates, are not the story's:
a byline under a teaser's headline, a date under one, a date after a comments header. The
story's own date at its foot ("Stand: 12.03.2021 14:05 Uhr") is."""

from __future__ import annotations

import datetime as dt

import newsclean
from support import CLOSE, LEAD, MIDDLE

TITLE = "Council approves tram extension"
TEASERS = [
    "More stories",
    "School board delays vote on new start times",
    "By Karen Whitfield",
    "January 5, 2020",
    "Local bakery wins national award",
    "By Paul Brennan",
    "January 4, 2020",
]


def test_a_byline_under_a_teasers_headline_is_no_author():
    text = "\n".join([TITLE, "By Sarah Chen", "January 9, 2020", LEAD, MIDDLE, CLOSE, *TEASERS])
    article = newsclean.clean(text)
    assert article.byline is not None and article.byline.authors == ("Sarah Chen",)
    assert article.dateline is not None and article.dateline.published == dt.date(2020, 1, 9)


def test_an_undated_story_takes_no_teasers_date():
    teasers = [line for line in TEASERS if not line.startswith("By ")]
    article = newsclean.clean(
        "\n".join([TITLE, "By David Goldberg", LEAD, MIDDLE, CLOSE, *teasers])
    )
    assert article.dateline is None or article.dateline.published is None


def test_an_undated_story_takes_no_comments_date():
    comments = [
        "Kommentare (2)",
        "Peter_K",
        "05.03.2021, 08:14 Uhr",
        "Das wurde auch Zeit, endlich passiert etwas.",
    ]
    article = newsclean.clean(
        "\n".join([TITLE, "Von Anna Schmidt", LEAD, MIDDLE, CLOSE, *comments])
    )
    assert article.dateline is None or article.dateline.published is None


def test_the_storys_own_date_at_its_foot_is_its_date():
    foot = ["Stand: 12.03.2021 14:05 Uhr", "Mehr zum Thema"]
    text = "\n".join([TITLE, LEAD, MIDDLE, CLOSE, *foot])
    article = newsclean.clean(text)
    assert article.dateline is not None
    assert article.dateline.published == dt.datetime(2021, 3, 12, 14, 5)
