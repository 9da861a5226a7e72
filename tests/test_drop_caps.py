"""A drop cap's letter scraped apart from its word ("T he Davis Cup Final began") is mended when
the word it makes is the page's own ("the"); one-letter words and prepositions stay apart."""

from __future__ import annotations

import pytest

import newsclean
from support import CLOSE, MIDDLE, TITLE, paragraphs

SPLIT_LEAD = (
    "T he city council voted 7-2 on Tuesday to extend the downtown tram line to the airport, "
    "ending a decade of debate over the project's cost."
)


def test_a_paragraph_opening_with_a_drop_cap_reads_as_one_word():
    article = newsclean.clean(f"{TITLE}\n\n{SPLIT_LEAD}\n\n{MIDDLE}\n\n{CLOSE}")
    assert paragraphs(article)[0].startswith("The city council voted 7-2")
    # Cleaning the body again changes nothing.
    assert newsclean.clean(article.body).body == article.body


@pytest.mark.parametrize(
    "paragraph",
    [
        # English one-letter words: "A long" is no "Along", though the page writes "along".
        "A long wait ended on Tuesday along the river, when the council voted for the tram.",
        "I know the route well, said the mayor, who walks along it every day to the town hall.",
        # A Czech preposition before its word makes no word of the page.
        "S blížícím se zimním termínem budou spekulace o přestupech sílit, říká trenér klubu.",
        # A formula's letters are no drop cap: a single letter follows.
        "H i j = H j i for every entry, which is what makes the matrix Hermitian, the text says.",
    ],
)
def test_a_letter_that_is_a_word_of_its_own_stays_apart(paragraph):
    article = newsclean.clean(f"{TITLE}\n\n{paragraph}\n\n{MIDDLE}\n\n{CLOSE}")
    assert paragraph in paragraphs(article)


def test_a_split_word_the_page_never_writes_stays_as_it_is():
    """Only a word the document writes elsewhere is evidence that the letter belongs to it."""
    lone = "Q uixotic plans for a monorail were dropped years ago by the council."
    article = newsclean.clean(f"{TITLE}\n\n{lone}\n\n{MIDDLE}\n\n{CLOSE}")
    assert lone in paragraphs(article)
