"""Navigation goes: menus (runs of short links), breadcrumbs, tag lines, previous/next links.
A short list that the story introduces stays, and so do sentences about homes and tags."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import Kind
from support import (
    CLOSE,
    LEAD,
    MIDDLE,
    STORY,
    TITLE,
    assert_removed_in_story,
    kinds_removing,
    paragraphs,
    rule_family_tests,
)

MENU = ["Home", "World", "Business", "Sport", "Culture", "Opinion"]

CHROME = [
    "Home > News > World",
    "Home » Politics » Transport",
    "Skip to main content",
    "Tags: Syria, Russia, Iran",
    "Topics: Transport, City Council",
    "Filed under: Politics, Transport",
    "Next article",
    "Previous story",
    "« Previous Post Next Post »",
    "Back to top",
    # How long the story takes to read, in several languages.
    "5 min read",
    "Reading time: 4 minutes",
    "Lesezeit: 4 Minuten",
    "Temps de lecture : 3 min.",
    "4 min de leitura",
    "Tempo di lettura: 3 minuti",
    "Leestijd: 2 minuten",
    # A menu on one line, its items set apart by bullets or middle dots.
    "Les rubriques du Monde.fr International ▪ Politique ▪ Société ▪ Économie ▪ Culture ▪ Sport",
    "Branding · Terms · Privacy · Twitter · Edit this page on GitHub",
    (
        "Mac: Der bessere PC • Kaufberatung: Alle Macs im Vergleich • Umsteigen von Windows • "
        "Praxistipps • Datenrettung"
    ),
]

BODY = [
    "Home prices rose 4% in October, the fastest pace in a year.",
    "Next year the council will vote again on the plan, officials said.",
    "Tags on the luggage showed it had been checked in at Miami.",
    "Back home, the decision was met with relief by families who had waited years for the line.",
    "The trip takes 25 minutes, and the trams will run every 5 min at peak times, officials said.",
    "Reading time was cut by 5 minutes a day in the new timetable, the school said.",
    # Fewer than five items, or dots inside words, are no menu.
    "The menu is simple · soup · bread · cheese, and the wine list is short.",
    "La col·lecció del museu, amb més de 300 obres, es va obrir al públic el dilluns.",
]


(
    test_table_labels_navigation,
    test_navigation_line_between_paragraphs_is_removed,
    test_table_leaves_sentences,
    test_sentences_are_kept,
) = rule_family_tests(Kind.NAVIGATION, CHROME, BODY)


@pytest.mark.parametrize("where", ["between", "top", "foot"])
def test_menu_of_one_word_links_is_removed(where):
    assert_removed_in_story("\n".join(MENU), Kind.NAVIGATION, where=where)


def test_menu_above_the_title_is_removed():
    article = newsclean.clean("\n".join(MENU) + "\n\n" + "\n\n".join([TITLE, *STORY]))
    assert article.title == TITLE
    assert paragraphs(article) == list(STORY)
    for item in MENU:
        assert kinds_removing(article, item) == [Kind.NAVIGATION]


def test_short_list_introduced_by_the_story_is_kept():
    finalists = ["Maria Lopez of Fresno", "David Chen of Oakland", "Aisha Bello of Sacramento"]
    intro = "The three finalists are:"
    text = "\n\n".join([TITLE, LEAD, intro, *finalists, MIDDLE, CLOSE])
    article = newsclean.clean(text)
    assert paragraphs(article) == [LEAD, intro, *finalists, MIDDLE, CLOSE]
    assert article.removed == ()


def test_short_list_on_single_lines_introduced_by_the_story_is_kept():
    finalists = ["Maria Lopez of Fresno", "David Chen of Oakland", "Aisha Bello of Sacramento"]
    intro = "The three finalists are:"
    text = "\n\n".join([TITLE, LEAD, intro + "\n" + "\n".join(finalists), MIDDLE, CLOSE])
    article = newsclean.clean(text)
    assert paragraphs(article) == [LEAD, intro, *finalists, MIDDLE, CLOSE]


@pytest.mark.parametrize("where", ["between", "foot"])
def test_tags_under_a_tags_header_go_though_their_commas_read_as_prose(where):
    """Tags of several words each give their line enough commas to read as prose: under a
    list header it is the list."""
    tags = (
        "tram extension 2024, city council vote, airport rail link to the terminal, old port "
        "district traffic, public transport budget, tram line to the airport, council budget "
        "vote 2024, trams in the old port"
    )
    assert_removed_in_story(f"Tags\n{tags}", Kind.NAVIGATION, where=where)


def test_a_sentence_of_commas_under_a_list_header_ends_the_list():
    sentence = "The plan covers trams, buses, ferries, cycle lanes, and the new bridge."
    article = newsclean.clean(f"{TITLE}\n\n{LEAD}\n\nTags\n\n{sentence}\n\n{MIDDLE}\n\n{CLOSE}")
    assert sentence in paragraphs(article)
