"""A near copy of the article (``context.copies``) goes; formulaic sentences stay."""

from __future__ import annotations

import newsclean

REVIEWS = [
    (
        "Faces Places",
        (
            "The director and the photographer drive through villages and paste giant portraits "
            "of the people they meet on barns, water towers and the walls of old factories."
        ),
        "Faces Places is currently streaming on Netflix and available to rent on iTunes.",
    ),
    (
        "The Square",
        (
            "A museum curator's life comes apart after his phone is stolen, in a satire of the "
            "art world that is as uncomfortable as it is funny, and far longer than it needs."
        ),
        "The Square is currently streaming on Hulu and available to rent on iTunes.",
    ),
    (
        "Lady Bird",
        (
            "A senior at a Catholic school in Sacramento fights with her mother about everything, "
            "from college to the dress she wears to the prom, in a warm and very funny debut."
        ),
        "Lady Bird is currently streaming on Amazon Prime and available to rent on iTunes.",
    ),
    (
        "Dunkirk",
        (
            "Soldiers stranded on a beach wait for boats that may never come, in a war film told "
            "from the land, the sea and the air at three speeds that meet at its end."
        ),
        "Dunkirk is currently streaming on HBO Go and available to rent on iTunes.",
    ),
]


def test_formulaic_sentences_through_a_list_stay():
    text = "\n\n".join(line for review in REVIEWS for line in review)
    body = newsclean.clean(text).body
    for _, review, where in REVIEWS:
        assert review in body and where in body


def test_a_changed_second_copy_goes():
    """Each paragraph of the copy differs from its original by a word or two, so none is an
    exact repeat; together they copy the story in order."""
    story = [review for _, review, _ in REVIEWS]
    copy = [
        paragraph.replace(" and ", " & ", 1).replace("in a", "in one", 1) for paragraph in story
    ]
    assert not set(copy) & set(story)
    article = newsclean.clean("\n\n".join([*story, "Print this article", *copy]))
    assert article.body == "\n\n".join(story)
    assert any(removal.rule == "near-copy" for removal in article.removed)
