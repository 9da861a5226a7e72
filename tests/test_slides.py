"""Numbered slides (``context.slides``): a picture gallery set between an article's paragraphs,
"1/12 Title", its caption and credit under each, goes as a whole and does not cut the article;
a slideshow that is the page's whole story, and numbers that are not a gallery's, stay."""

from __future__ import annotations

import newsclean
from newsclean import Kind
from support import CLOSE, LEAD, MIDDLE, TITLE, paragraphs
from test_headline_cards import TIMELINE

#: Pictures of a business gallery: a title and a caption each, a credit under some.
PICTURES = [
    (
        "Harbour cranes sold",
        (
            "The port authority sold its last four cranes to a shipyard in Gdansk, ending a "
            "century of cargo handling on the east quay."
        ),
    ),
    (
        "Bakery chain expands",
        (
            "The family-owned bakery chain opened its fortieth shop on Friday and said it would "
            "hire another 200 bakers before the summer."
        ),
    ),
    (
        "Airline cuts routes",
        (
            "The regional airline dropped three winter routes after bookings fell by a fifth, "
            "blaming higher fuel prices and weaker demand."
        ),
    ),
    (
        "Steelworks reopens",
        (
            "Production restarted at the steelworks after a six-week shutdown that followed a "
            "fire in the rolling mill."
        ),
    ),
    (
        "Brewery changes hands",
        (
            "A Dutch brewer bought the town's oldest brewery for an undisclosed sum and promised "
            "to keep the recipes unchanged."
        ),
    ),
]
CREDITS = ["GETTY IMAGES", "Reuters", "", "AFP", ""]


def gallery(pictures: list[tuple[str, str]] = PICTURES, repeat: int = 1) -> list[str]:
    """The gallery's blocks: "n/total Title", the caption, a credit where there is one."""
    slides = [picture for _ in range(repeat) for picture in pictures]
    blocks: list[str] = []
    for number, (title, caption) in enumerate(slides, 1):
        blocks += [f"{number}/{len(slides)} {title}", caption]
        blocks += [credit] if (credit := CREDITS[(number - 1) % len(CREDITS)]) else []
    return blocks


def test_a_gallery_between_paragraphs_goes_and_its_captions_are_the_articles():
    article = newsclean.clean("\n\n".join([TITLE, LEAD, MIDDLE, *gallery(), CLOSE]))
    assert paragraphs(article) == [LEAD, MIDDLE, CLOSE]
    assert set(article.captions) >= {caption for _, caption in PICTURES}
    removed = {removal.text: (removal.kind, removal.rule) for removal in article.removed}
    assert removed["1/5 Harbour cranes sold"] == (Kind.GALLERY, "numbered-slide")
    assert removed["5/5 Brewery changes hands"] == (Kind.GALLERY, "numbered-slide")


def test_a_long_gallery_does_not_cut_the_article_after_it():
    """Fifty slides hold far more text than the two paragraphs after them: the gallery counts
    neither for nor against the article, so the paragraphs after it stay."""
    blocks = gallery(repeat=10)
    assert sum(len(block) for block in blocks) > 5 * len(MIDDLE + CLOSE)
    article = newsclean.clean("\n\n".join([TITLE, LEAD, *blocks, MIDDLE, CLOSE]))
    assert paragraphs(article) == [LEAD, MIDDLE, CLOSE]
    assert set(article.captions) >= {caption for _, caption in PICTURES}


def test_a_slideshow_that_is_the_whole_story_stays():
    """With no article around it, the slides' captions are the story."""
    article = newsclean.clean("\n\n".join([TITLE, *gallery()]))
    for _, caption in PICTURES:
        assert caption in paragraphs(article)
    assert not any(removal.rule == "numbered-slide" for removal in article.removed)


def test_numbers_that_do_not_run_on_out_of_one_total_are_no_gallery():
    """Dates and scores at the start of lines are not slide numbers: 11/20 then 11/21 do not
    count one up out of the same total."""
    article = newsclean.clean("\n\n".join([TITLE, LEAD, *TIMELINE, MIDDLE, CLOSE]))
    assert not any(removal.rule == "numbered-slide" for removal in article.removed)
