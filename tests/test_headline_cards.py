"""Headline cards (``context.cards``): a list of other stories, each a headline over a
one-sentence summary, goes; the same shape inside the article (a timeline, items each under a
heading) stays when the article's paragraphs stand around it."""

from __future__ import annotations

import newsclean
from support import CLOSE, LEAD, MIDDLE, TITLE, paragraphs

#: A dated timeline of the story: each day a heading over what happened.
TIMELINE = [
    "11/20 Council votes on the tram budget",
    "The vote was delayed by a week after two members asked for more figures.",
    "11/21 Budget passes",
    "The budget passed by seven votes to two, with the mayor casting no vote.",
    "11/22 Work begins",
    "Crews closed the first road on Wednesday night, a week ahead of schedule.",
]
#: Links to other stories: a headline each over a one-sentence summary.
TEASERS = [
    "Harbour festival returns after three years",
    "Organisers expect 40,000 visitors over the weekend of the tall ships parade.",
    "School meals to cost more from January",
    "Parents will pay 30 cents more per lunch after the county raised its prices.",
    "Local bakery wins national bread award",
    "The judges praised its sourdough, made to a recipe that is a century old.",
]


def test_a_list_of_other_stories_after_the_article_goes():
    article = newsclean.clean("\n\n".join([TITLE, LEAD, MIDDLE, CLOSE, *TEASERS]))
    assert paragraphs(article) == [LEAD, MIDDLE, CLOSE]
    (removal,) = article.removed
    assert removal.rule == "teaser-card"
    assert removal.text == "\n".join(TEASERS)


def test_a_list_of_other_stories_under_section_labels_and_ages_goes():
    """A news ticker after the article: each story's age, its section, its headline and a
    one-sentence summary. The ages are timestamps; the section labels belong to the cards."""
    sections, ages = ["Sport", "Education", "Business"], ["2 hours ago", "vor 3 Stunden"]
    ticker = []
    for number, (headline, summary) in enumerate(zip(TEASERS[::2], TEASERS[1::2])):
        ticker += [ages[number % 2], sections[number], headline, summary]
    article = newsclean.clean("\n\n".join([TITLE, LEAD, MIDDLE, CLOSE, *ticker]))
    assert paragraphs(article) == [LEAD, MIDDLE, CLOSE]
    assert {removal.rule for removal in article.removed} == {"teaser-card", "timestamp-line"}


def test_a_timeline_under_section_labels_between_the_articles_paragraphs_stays():
    labelled = [TIMELINE[0], TIMELINE[1], "Day two", *TIMELINE[2:4], "Day three", *TIMELINE[4:]]
    article = newsclean.clean("\n\n".join([TITLE, LEAD, MIDDLE, *labelled, CLOSE]))
    assert paragraphs(article) == [LEAD, MIDDLE, *labelled, CLOSE]


def test_a_timeline_between_the_articles_paragraphs_stays():
    article = newsclean.clean("\n\n".join([TITLE, LEAD, MIDDLE, *TIMELINE, CLOSE]))
    assert paragraphs(article) == [LEAD, MIDDLE, *TIMELINE, CLOSE]
    assert not article.removed


def test_a_timeline_right_under_the_headline_and_lead_stays():
    """The headline over the lead is the first pair of the run: it is the article's top, and
    the lead above the timeline is the prose around it."""
    article = newsclean.clean("\n\n".join([TITLE, LEAD, *TIMELINE, MIDDLE, CLOSE]))
    assert paragraphs(article) == [LEAD, *TIMELINE, MIDDLE, CLOSE]
    assert article.title == TITLE


def test_teasers_above_the_headline_do_not_take_the_lead_with_them():
    """Teasers at the top of a document run on into its headline and lead, which read as one
    more card. The run's first pair is dropped (a document's first block is read as its
    headline), and the pairs left have a paragraph above them and the story below: they read
    as the article's own. The article stays whole; the teasers stay too, a known limit (kept
    chrome, where the run before this check took the lead with it)."""
    article = newsclean.clean("\n\n".join([*TEASERS, TITLE, LEAD, MIDDLE, CLOSE]))
    assert paragraphs(article)[-3:] == [LEAD, MIDDLE, CLOSE]


#: A list article: numbered headings, each over a photo credit and a paragraph, an ad label
#: between the items. The first item's paragraph has two sentences, so the cards start at 2.
LISTICLE_ITEMS = [
    (
        "1. Chautauqua Trail, Boulder",
        "A short, steep climb to the base of the Flatirons. Go early: the lot fills by 8 a.m.",
    ),
    ("2. Lily Mountain", "This 4-mile hike near Estes Park ends at a rocky summit."),
    ("3. Mount Bierstadt", "One of the easiest 14ers in the state, but start before dawn."),
    ("4. Lost Lake", "An easy hike from Hessie trailhead to a quiet lake ringed by aspens."),
    ("5. Royal Arch", "A strenuous round trip to a natural arch, with a steep final section."),
    ("6. Devil's Head", "A fire lookout tower reached by a 1.4-mile trail and 143 stairs."),
]


def test_a_list_article_s_numbered_items_are_no_cards():
    """Items 2 to 6 read as headline cards (a headline over one sentence), with a repeated
    credit and ad label between them; but their numbers go on from the article's item 1
    above them, so they are the article's own list. Item 1's heading, above the first
    paragraph, is the article's too, and no title when the body is cleaned again."""
    lines = []
    for heading, text in LISTICLE_ITEMS:
        lines += [heading, "Photo: Chris Albers", text, "Advertisement"]
    article = newsclean.clean("\n".join([TITLE, "By Chris Albers", *lines, "You might also like"]))
    assert paragraphs(article) == [line for item in LISTICLE_ITEMS for line in item]
    assert article.title == TITLE
    assert newsclean.clean(article.body).body == article.body
    assert all(removal.rule != "teaser-card" for removal in article.removed)


def test_a_numbered_list_of_other_stories_from_1_still_goes():
    numbered = [
        f"{number}. {line}" if position % 2 == 0 else line
        for position, (number, line) in enumerate(
            (position // 2 + 1, line) for position, line in enumerate(TEASERS)
        )
    ]
    article = newsclean.clean("\n\n".join([TITLE, LEAD, MIDDLE, CLOSE, *numbered]))
    assert paragraphs(article) == [LEAD, MIDDLE, CLOSE]


def test_the_article_under_a_row_of_teasers_keeps_its_first_paragraph():
    """Teasers above the story, then its headline, its date and its one-sentence first
    paragraph: that last pair reads as one more card, but the story goes on below it."""
    headline = "Council approves tram extension to the airport"
    lead = "The city council voted 7-2 on Tuesday to extend the downtown tram line to the airport."
    more = [
        "Harbour ferry timetable changes next week",
        "Two crossings a day are added on weekdays, the ferry company said on Friday.",
    ]
    menu = ["Home", "News", "Sport", "Weather"]
    text = "\n\n".join([*menu, *TEASERS, *more, headline, "Nov 19, 2019", lead, MIDDLE, CLOSE])
    article = newsclean.clean(text)
    assert paragraphs(article) == [lead, MIDDLE, CLOSE]
    assert article.title == headline
    assert newsclean.clean(article.body).body == article.body
