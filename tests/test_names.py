"""The name grammar: what is a person's name, a list of them, and what is a role, a place, an
organisation, a handle, a heading or a label."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.names import (
    is_common_phrase,
    is_name_line,
    person_name,
    split_names,
    strip_contacts,
)

NAMES = [
    ("Jane Doe", "Jane Doe"),
    ("Mary K. Jones", "Mary K. Jones"),
    ("Gina Roberts-Grey", "Gina Roberts-Grey"),
    ("Siobhán O'Neill", "Siobhán O'Neill"),
    ("Abigail van Buren", "Abigail van Buren"),
    ("Ursula von der Leyen", "Ursula von der Leyen"),
    ("Ana Paula dos Santos", "Ana Paula dos Santos"),
    ("Omar bin Salman", "Omar bin Salman"),
    ("Nasser al-Khelaifi", "Nasser al-Khelaifi"),
    ("Minh Do", "Minh Do"),
    ("JOE HILDEBRAND", "JOE HILDEBRAND"),
    ("Martin Luther Jr.", "Martin Luther Jr."),
    ("Catherine Shu @catherineshu", "Catherine Shu"),
    ("Jane Doe (jane.doe@example.com)", "Jane Doe"),
    ("Олег Петров", "Олег Петров"),
]


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_person_names(text, name):
    assert person_name(text) == name


@pytest.mark.parametrize(
    "text", ["Staff Writer", "Key", "Published Thursday", "Credit", "Associated Press", "the end"]
)
def test_not_person_names(text):
    assert person_name(text) is None


def test_a_name_in_a_script_without_case_needs_a_strong_form():
    assert person_name("肖春芳", strong=True) == "肖春芳"
    assert person_name("肖春芳") is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Jane Doe and John Roe, Associated Press", ["Jane Doe", "John Roe"]),
        ("Anna Schmidt und Jan de Vries", ["Anna Schmidt", "Jan de Vries"]),
        ("Marie Dupont et Luc Martin", ["Marie Dupont", "Luc Martin"]),
        ("Ana Lima y Pablo Ruiz", ["Ana Lima", "Pablo Ruiz"]),
        ("Ana Lima e Pedro Costa", ["Ana Lima", "Pedro Costa"]),
        ("Piet Jansen en Kees de Boer", ["Piet Jansen", "Kees de Boer"]),
        ("Anna Berg aus Köln", ["Anna Berg"]),
        ("Jane Doe, John Roe & Ann Poe", ["Jane Doe", "John Roe", "Ann Poe"]),
    ],
)
def test_lists_of_names_in_several_languages(text, names):
    assert split_names(text) == names


@pytest.mark.parametrize("line", ["Tom Davies Associated Press", "Lisa Kaczke and Trevor Mitchell"])
def test_name_lines(line):
    assert is_name_line(line)


@pytest.mark.parametrize(
    "line", ["Police Reports", "Key Points", "Staff", "The three finalists are:", "Mehr zum Thema"]
)
def test_headings_and_labels_are_no_name_lines(line):
    assert not is_name_line(line)


@pytest.mark.parametrize("line", ["Le Monde", "Die Zeit", "El País", "O Globo", "Der Spiegel"])
def test_a_papers_name_opening_with_an_article_is_no_persons(line):
    assert not is_name_line(line)


@pytest.mark.parametrize("line", ["Ignazio La Russa", "Jan de Vries", "Ana Berger"])
def test_an_article_word_inside_a_name_is_part_of_it(line):
    assert is_name_line(line)


def test_a_phrase_of_the_pages_own_words_is_no_name():
    words = frozenset("the consumer privacy rules cover internet providers".split())
    assert is_common_phrase("Consumer Privacy", words)
    assert is_common_phrase("Internet Privacy", words)
    assert not is_common_phrase("Daniel Kahn", words)


def test_strip_contacts_keeps_the_name():
    assert strip_contacts("By Ana Lima https://example.com/ana") == "By Ana Lima"


def test_a_section_or_a_publication_in_capitals_is_no_name():
    # Section and publication names written as a byline line: a word of each marks an
    # organisation, so none is read as a person.
    for line in ("Tech Insider", "Yahoo Finance", "Tech Industry", "Weekly Review"):
        assert not is_name_line(line), line
    assert is_name_line("Alex Perry")


@pytest.mark.parametrize(
    "credit", ["Por Redação", "Da Redação", "Door ANP", "Por Europa Press", "Por Agência Brasil"]
)
def test_a_desk_or_an_agency_after_the_credits_by_is_no_author(credit):
    """The credit's "by" and a newsroom or an agency: no person is named, and the "by" is never
    read as part of a name."""
    lead = "A prefeitura anunciou nesta segunda-feira um novo programa de habitação popular."
    text = "\n\n".join(
        ["Prefeitura anuncia programa", credit, "12/03/2021 14h05", lead, lead + " Ok."]
    )
    byline = newsclean.clean(text).byline
    assert byline is None or byline.authors == ()


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Julien Moreau (AFP)", "Julien Moreau"),
        ("Pablo Sánchez (EFE)", "Pablo Sánchez"),
        ("Max Mustermann | dpa", "Max Mustermann"),
        ("João Silva | Lusa", "João Silva"),
    ],
)
def test_a_name_and_a_wire_service_over_the_date_is_the_byline(line, author):
    lead = "Le gouvernement a annoncé jeudi un plan de soutien aux agriculteurs touchés par la sécheresse."
    text = "\n\n".join(["Le plan sécheresse", line, "14/07/2022 à 18h45", lead, lead + " Encore."])
    article = newsclean.clean(text)
    assert article.byline is not None and article.byline.authors == (author,)
    assert article.title == "Le plan sécheresse"


def test_a_name_in_capitals_right_under_the_headline_is_the_byline():
    lead = "An unmanned cargo ship heading to the space station broke up over Siberia on Thursday."
    text = "\n\n".join(
        ["Space ship breaks up over Siberia", "NATALIYA VASILYEVA", lead, lead + " Ok."]
    )
    article = newsclean.clean(text)
    assert article.byline is not None and article.byline.authors == ("NATALIYA VASILYEVA",)


@pytest.mark.parametrize("label", ["BREAKING NEWS", "MOST READ", "ASSOCIATED PRESS"])
def test_a_label_in_capitals_under_the_headline_is_no_author(label):
    lead = "Most readers read the story on Thursday, when the cargo ship broke up over Siberia."
    text = "\n\n".join(["Space ship breaks up over Siberia", label, lead, lead + " Ok."])
    byline = newsclean.clean(text).byline
    assert byline is None or byline.authors == ()


def test_a_name_in_capitals_under_an_h1_that_repeats_the_pages_title_is_the_byline():
    lead = "An unmanned cargo ship heading to the space station broke up over Siberia on Thursday."
    page = (
        "<html><head><title>Space ship breaks up over Siberia</title></head><body>"
        "<h1>Space ship breaks up over Siberia</h1><div class='name'>NATALIYA VASILYEVA</div>"
        f"<article><p>{lead}</p><p>{lead} Ok.</p></article></body></html>"
    )
    article = newsclean.clean_html(page)
    assert article.byline is not None and article.byline.authors == ("NATALIYA VASILYEVA",)
