"""Links under a list header ("Mehr zum Thema", "Related stories"): headlines go, a headline
written as a question among them too; a question the article asks in a subheading, with its
answer below it, stays."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.labeling import label_document
from newsclean.segment import segment_text
from support import CLOSE, LEAD, MIDDLE, TITLE, paragraphs

QUESTION_LINK = "Tram extension: what will the new line cost riders?"
LINKS = ["More on this story", QUESTION_LINK, "Airport tram: the route in maps"]
FOOT = ["Share", "Tweet", "Comments (12)"]


def test_a_question_headline_among_links_goes():
    article = newsclean.clean("\n\n".join([TITLE, LEAD, MIDDLE, CLOSE, *LINKS, *FOOT]))
    assert paragraphs(article) == [LEAD, MIDDLE, CLOSE]
    removed = "\n".join(removal.text for removal in article.removed)
    assert QUESTION_LINK in removed


def test_a_question_headline_as_the_lists_last_link_goes():
    links = ["More on this story", "Airport tram: the route in maps", QUESTION_LINK]
    text = "\n\n".join([TITLE, LEAD, MIDDLE, CLOSE, *links, *FOOT])
    assert paragraphs(newsclean.clean(text)) == [LEAD, MIDDLE, CLOSE]
    draft = label_document(segment_text(text))
    rules = {draft.text(i): draft.label(i) for i in range(len(draft))}
    assert {rules[link].rule for link in links[1::2]} == {"link-list"}


def test_a_question_subheading_with_its_answer_below_stays():
    """Under a heading read as a list's, a question followed by a paragraph is the article's
    next section: the list ends at it."""
    answer = (
        "Fares will stay at the current price for the first year, the council said, and rise "
        "with inflation after that, in line with the city's buses."
    )
    parts = [TITLE, LEAD, MIDDLE, "More on this story", QUESTION_LINK, answer, CLOSE]
    article = newsclean.clean("\n\n".join(parts))
    assert paragraphs(article) == [LEAD, MIDDLE, QUESTION_LINK, answer, CLOSE]


def test_the_dates_under_a_lists_links_do_not_end_it():
    links = [
        "Read Next",
        "Europe's gas prices fall to two-year low",
        "Markets 3 hours ago",
        "Oil steadies as traders weigh supply risks",
        "Markets 4 hours ago",
        "Bank of England holds rates",
        "Business 5 hours ago",
    ]
    text = "\n\n".join([TITLE, LEAD, MIDDLE, CLOSE, *links, *FOOT])
    assert paragraphs(newsclean.clean(text)) == [LEAD, MIDDLE, CLOSE]
    draft = label_document(segment_text(text))
    rules = {draft.text(i): draft.label(i) for i in range(len(draft))}
    assert {rules[link].rule for link in links[1::2]} == {"link-list"}


GERMAN = [
    (
        "Die Stadt hat am Dienstagnachmittag den Katastrophenfall ausgerufen. Nach Angaben des "
        "Krisenstabs lag der Pegel der Donau am Abend bei 11,20 Metern, Tendenz steigend."
    ),
    (
        "Für Menschen, die nicht bei Verwandten unterkommen können, hat die Stadt in zwei Schulen "
        "Notunterkünfte eingerichtet."
    ),
]
GERMAN_LIST = [
    "Die wichtigsten Informationen im Überblick:",
    "Der Katastrophenfall gilt seit Dienstag, 15 Uhr.",
    "Die Altstadt ist für den Verkehr gesperrt.",
]
GERMAN_CLOSE = (
    "Der Wetterdienst erwartet bis Mittwochmittag weitere Regenfälle. Erst danach soll sich die "
    "Lage langsam entspannen, sagte ein Sprecher."
)


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_links_under_a_german_header_go_and_the_article_s_own_list_below_stays(separator):
    """ "Lesen Sie auch:" heads two headlines inside the article; the line under them that ends
    in a colon introduces the article's own list, which the list of links does not take."""
    links = [
        "Unwetter in Niederbayern: Diese Straßen sind gesperrt",
        "Pegelstände live: So hoch steht das Wasser in Ihrer Region",
    ]
    parts = [*GERMAN, "Lesen Sie auch:", *links, *GERMAN_LIST, GERMAN_CLOSE]
    article = newsclean.clean(separator.join(parts))
    assert paragraphs(article) == [*GERMAN, *GERMAN_LIST, GERMAN_CLOSE]
    assert [removal.rule for removal in article.removed] == ["list-header-phrase", "link-list"]


@pytest.mark.parametrize(
    "header",
    [
        "The Latest",
        "Lesen Sie auch",
        "Das könnte Sie interessieren",
        "À lire aussi",
        "Sur le même sujet",
        "Lea además",
        "Lo más leído",
        "Leia mais notícias",
        "Leggi anche",
        "Articoli correlati",
        "Lees ook",
        "Meest gelezen",
    ],
)
def test_list_headers_in_other_languages_head_a_list_of_links(header):
    links = ["Tram extension: the route in maps", "Airport tram opens a month late"]
    text = "\n\n".join([TITLE, LEAD, MIDDLE, CLOSE, header, *links, *FOOT])
    article = newsclean.clean(text)
    assert paragraphs(article) == [LEAD, MIDDLE, CLOSE]
    rules = {removal.text.split("\n")[0]: removal.rule for removal in article.removed}
    assert rules[header] == "list-header-phrase"
    assert rules[links[0]] == "link-list"


TEASERS = [
    "Latest news",
    "Simple drug formula regenerates brain cells",
    "Scientists have shown how a cocktail of four compounds can turn support cells into neurons.",
    "Breast cancer screening saved thousands of lives last year",
    "A new study estimates that breast cancer deaths have fallen by half, thanks to screening.",
    "Alcohol use disorder: a step toward better treatment?",
    "Current treatments are unsatisfactory, but recent research points toward a new approach.",
]


@pytest.mark.parametrize("joiner", ["\n\n", "\n"])
def test_teasers_of_headline_and_summary_under_a_list_header_go(joiner):
    """A whole page's text ends with other stories, each a headline and a one-sentence summary,
    under "Latest news" (set off by blank lines, or one line each as a WET record has them)."""
    article = newsclean.clean(joiner.join([TITLE, LEAD, MIDDLE, CLOSE, *TEASERS, *FOOT]))
    assert paragraphs(article) == [LEAD, MIDDLE, CLOSE]


def test_sections_of_several_paragraphs_under_a_list_like_heading_stay():
    """Under a heading read as a list's, the article's sections (a subheading over more than one
    paragraph) are the article's: the list ends at the first of them."""
    parts = [
        TITLE,
        LEAD,
        "More on this story",
        "Why the tram costs more than the bus",
        MIDDLE,
        CLOSE,
        "What the council will decide next month",
        LEAD.replace("council", "city"),
        MIDDLE.replace("council", "city"),
    ]
    article = newsclean.clean("\n\n".join(parts))
    assert paragraphs(article)[-2:] == [
        LEAD.replace("council", "city"),
        MIDDLE.replace("council", "city"),
    ]
    assert MIDDLE in paragraphs(article) and CLOSE in paragraphs(article)
