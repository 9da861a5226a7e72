"""How a block reads from its text alone: prose, headline or fragment (``newsclean.shape``)."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.shape import WORDS_PER_MARK, Shape, classify_shape, ends_like_sentence, word_count

LANGUAGE_PICKER = "Change language & content: " + " ".join(
    f"{country} ({language})"
    for country, language in [
        ("Argentina", "español"),
        ("Australia", "English"),
        ("België", "Nederlands"),
        ("Belgique", "français"),
        ("Brasil", "português"),
        ("Canada", "English"),
        ("Canada", "français"),
        ("Chile", "español"),
        ("Danmark", "Dansk"),
        ("Deutschland", "Deutsch"),
        ("España", "español"),
        ("France", "français"),
        ("India", "English"),
        ("Ireland", "English"),
        ("Italia", "italiano"),
        ("Malaysia", "English"),
        ("México", "español"),
        ("Nederland", "Nederlands"),
        ("New Zealand", "English"),
        ("Norge", "norsk"),
        ("Österreich", "Deutsch"),
        ("Peru", "español"),
        ("Philippines", "English"),
        ("Polska", "polski"),
        ("Portugal", "português"),
        ("Schweiz", "Deutsch"),
        ("Singapore", "English"),
        ("South Africa", "English"),
        ("Suisse", "français"),
        ("Sverige", "svenska"),
        ("United Kingdom", "English"),
        ("United States", "English"),
        ("Venezuela", "español"),
    ]
)

#: News prose with few commas: each of these is one paragraph of a real kind of story.
LONG_PROSE = [
    # 49 words with a comma and a full stop (the benchmark's article bodies run to 45 words a mark).
    (
        "The lawmakers were among the three leaders of the opposition party who led a protest march "
        "through the capital on Tuesday to demand the release of the detained activists and the "
        "reopening of the two newspapers that the government shut down last month, according to "
        "witnesses at the scene."
    ),
    (
        "Several thousand teachers wearing red surrounded the statehouse on Tuesday to call for higher "
        "pay and for an end to the use of student test scores in the evaluation of teachers and "
        "schools across the state."
    ),
    (
        "Die Abgeordneten forderten am Dienstag in der Hauptstadt die Freilassung der festgenommenen "
        "Aktivisten und die Wiedereröffnung der beiden Zeitungen, die die Regierung im vergangenen "
        "Monat geschlossen hatte."
    ),
]


@pytest.mark.parametrize("text", LONG_PROSE)
def test_long_prose_with_few_commas_is_a_sentence(text):
    assert classify_shape(text) is Shape.SENTENCE


def test_a_long_list_of_languages_with_a_colon_is_not_prose():
    assert classify_shape(LANGUAGE_PICKER) is Shape.HEADLINE


def test_a_long_list_with_two_marks_and_no_sentence_end_is_not_prose():
    # A picker of some 130 words with a colon and one more mark (a language written with a
    # full stop): two marks are the least a long block without a sentence end needs, but 130
    # words are more than two marks' worth (WORDS_PER_MARK each).
    picker = LANGUAGE_PICKER + " " + LANGUAGE_PICKER.removeprefix("Change language & content:")
    picker += " Nippon (nihongo.)"
    assert 2 * WORDS_PER_MARK < word_count(picker) < 3 * WORDS_PER_MARK
    assert classify_shape(picker) is Shape.HEADLINE


def test_a_country_picker_whose_names_hold_initials_is_not_prose():
    # The full stops of "U.A.E." and "F.Y.R." are no pauses of prose: counted, they would give
    # this list of some 60 words the marks of a paragraph.
    countries = (
        "Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria"
        " Bahamas Bahrain Belgium Bolivia Brazil Bulgaria Canada Chile China Colombia Croatia"
        " Cuba Cyprus Denmark Ecuador Egypt Estonia Finland France Germany Greece Hungary"
        " Iceland India Ireland Israel Italy Japan Jordan Kenya Latvia Macedonia, F.Y.R. of"
        " Malta Mexico Norway Peru Poland Portugal Qatar Romania Spain Sweden Turkey U.A.E."
        " U.S. Virgin Islands Uganda Ukraine Uruguay Vietnam Yemen Zambia"
    )
    assert classify_shape(countries) is Shape.HEADLINE


def test_prose_that_names_the_us_is_still_prose():
    text = (
        "The U.S. Senate passed the bill on Tuesday, and the House is expected to take it up"
        " next week, aides said, although several members have said they want changes first."
    )
    assert classify_shape(text) is Shape.SENTENCE


def test_a_long_run_of_tags_without_punctuation_is_not_prose():
    tags = "Selecione Administração Agricultura Campanha Cidades Cultura Economia Educação " * 4
    assert classify_shape(tags.strip()) is Shape.HEADLINE


@pytest.mark.parametrize(
    "text",
    [
        "1Password kostet knapp 50 Euro und setzt mindestens OS X 10.10 voraus. (bsc)",
        "Die Polizei ermittelt wegen fahrlässiger Körperverletzung, hieß es. (dpa/lnw)",
        "Le ministre a confirmé la visite jeudi, sans préciser la date. (afp)",
    ],
)
def test_a_last_paragraph_signed_in_brackets_ends_like_a_sentence(text):
    """A writer's initials or a lower-case agency after the last full stop are a sign-off."""
    assert ends_like_sentence(text)
    assert classify_shape(text) is Shape.SENTENCE


@pytest.mark.parametrize(
    "text",
    [
        "The border check point near the port of entry in Nogales, Ariz. (AP)",  # a photo credit
        "Tickets for the three concerts in the park (from $20)",
        "Read the full interview with the mayor (video)",
        "(bsc)",
    ],
)
def test_other_brackets_at_the_end_are_no_sentence_end(text):
    assert not ends_like_sentence(text)


def test_short_blocks_keep_their_shapes():
    assert classify_shape("The show opens to the public on Friday.") is Shape.SENTENCE
    assert classify_shape("Stalled US-China talks raise threat of another impasse") is (
        Shape.HEADLINE
    )
    assert classify_shape("Sign in") is Shape.FRAGMENT


HEADLINES = [
    "All eyes turn to the ambassador as hearings resume",
    "Seven key questions heading into the next debate",
    "Gymnast offended by banner at the national meet",
    "Space agency discovery fuels hopes of life beyond Earth",
    "Stalled trade talks raise threat of another impasse",
    "Why the singer wasn't at the Walk of Fame ceremony",
    "Ferris wheel becomes a giant Christmas lantern",
    "Retail chief says the company could go away at any minute",
    "Amateur fighter dies after brain injury in a bout",
    "Store policies leave workers walking on eggshells",
]
ARTICLE = [
    (
        "The symptoms came on quickly. First it was hard to breathe, then dizzy spells caused by any "
        "amount of exertion left him unable to climb the stairs."
    ),
    (
        "Four doctor appointments failed to find the cause, which was extremely distressing, he "
        "wrote. With his health failing, his family doctor called the respiratory clinic."
    ),
    (
        "The consultant asked about his home, his work and his hobbies. The answer, in the end, was "
        "a new feather duvet that the couple had bought a few weeks before the symptoms began."
    ),
    (
        "After the bedding was replaced and a short course of steroids, he recovered within weeks "
        "and says his life is now much as it was before."
    ),
]


def test_a_language_picker_does_not_pull_the_headlines_under_it_into_the_article():
    page = "\n".join(
        [
            "How a feather duvet nearly killed a man",
            "Skip to content",
            "Sign in",
            LANGUAGE_PICKER,
            "Help",
            "Feedback",
            *HEADLINES,
            "How a feather duvet nearly killed a man",
            "By Jane Roe, Staff Writer",
            *ARTICLE,
            "Privacy policy",
            "Terms of use",
        ]
    )
    article = newsclean.clean(page)
    assert article.body == "\n\n".join(ARTICLE)
    removed = " ".join(removal.text for removal in article.removed)
    assert "Change language" in removed
    assert all(headline in removed for headline in HEADLINES)
