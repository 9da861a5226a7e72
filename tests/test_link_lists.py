"""Links under a list header ("Mehr zum Thema", "Related stories"): headlines go, a headline
written as a question among them too; a question the article asks in a subheading, with its
answer below it, stays."""

from __future__ import annotations

import newsclean
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
    article = newsclean.clean("\n\n".join([TITLE, LEAD, MIDDLE, CLOSE, *links, *FOOT]))
    assert paragraphs(article) == [LEAD, MIDDLE, CLOSE]


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
