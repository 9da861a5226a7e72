"""News tickers (``context.cards.mark_tickers``): a run of other stories listed by the time they
were posted goes; a live blog's entries, each with its text, and a schedule inside the article
stay."""

from __future__ import annotations

import newsclean
from support import CLOSE, LEAD, MIDDLE, TITLE, paragraphs

#: A ticker beside an article: timed headlines, mostly bare links, and posts under bare times
#: whose prose would pull the article's region over the ticker.
TICKER = [
    "Live",
    "14:44 Rail strike called off after late-night talks",
    "14:32 Artist arrested for dyeing a geyser pink",
    "14:10",
    "Earthquake.",
    (
        "A magnitude 6.8 earthquake struck off the coast early on Thursday, the geological survey"
        " said, and a tsunami warning issued for the nearby islands was lifted two hours later after"
        " no unusual waves were seen."
    ),
    "13:54 Hunting ban extended to the northern islands",
    "13:43 Minister promises sanctions if the claims are proven",
    "13:24",
    "Defence.",
    (
        "The sale of 24 fighter jets to the Gulf state is worth 6.3 billion euros, the defence"
        " ministry said on Thursday, and the first aircraft are due to be delivered by the middle"
        " of 2018, with training for the pilots starting this summer."
    ),
    "13:18 Court refuses to review the surveillance law in full",
    "13:08 Calorie counts to appear on bottles of wine",
    "12:57 Reporter sent himself death threats to get police protection",
]
#: A live blog: each entry a time and a headline over what happened.
LIVE_BLOG = [
    "14:05 Minister arrives at the summit",
    "The minister was greeted by the host and went straight into a closed session with aides.",
    "13:40 Protesters gather outside",
    "Several hundred people marched to the conference centre, where police kept them back.",
    "13:15 Delegations still arriving",
    "Two delegations were delayed by fog and are expected to land in the next hour or so.",
    "12:50 Agenda released",
    "The agenda puts trade first, then security, with a joint statement due tomorrow night.",
]
#: A schedule the article gives: times over bare items.
SCHEDULE = [
    "09:00 Registration",
    "09:30 Opening address",
    "10:15 Panel on public transport",
    "11:00 Site visit",
]


def test_a_ticker_after_the_article_goes():
    article = newsclean.clean("\n\n".join([TITLE, LEAD, MIDDLE, CLOSE, *TICKER]))
    assert paragraphs(article) == [LEAD, MIDDLE, CLOSE]
    removed = "\n".join(removal.text for removal in article.removed)
    assert all(line in removed for line in TICKER)
    assert {removal.rule for removal in article.removed} >= {"teaser-card"}


def test_a_live_blog_whose_entries_have_their_text_stays():
    article = newsclean.clean("\n\n".join([TITLE, LEAD, *LIVE_BLOG]))
    assert paragraphs(article) == [LEAD, *LIVE_BLOG]


def test_a_schedule_between_the_articles_paragraphs_stays():
    article = newsclean.clean("\n\n".join([TITLE, LEAD, MIDDLE, *SCHEDULE, CLOSE]))
    assert paragraphs(article) == [LEAD, MIDDLE, *SCHEDULE, CLOSE]


def test_a_live_blog_under_its_list_of_key_events_stays():
    """The key events are bare links, but fewer than the entries with their text: the run is
    the live blog's."""
    key_events = [
        "Key events",
        "14:05 Minister at the summit",
        "13:40 Protest march",
        "12:50 Agenda",
    ]
    article = newsclean.clean("\n\n".join([TITLE, LEAD, *key_events, *LIVE_BLOG]))
    assert paragraphs(article)[-len(LIVE_BLOG) :] == LIVE_BLOG
