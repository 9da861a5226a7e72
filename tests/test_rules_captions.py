"""Photo captions and credits go (into ``Article.captions``); sentences about photos, agencies
and pictures stay."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import Kind
from newsclean.rules.captions import is_caption, is_credit_line, match_caption
from support import (
    CLOSE,
    LEAD,
    MIDDLE,
    assert_kept_in_story,
    assert_removed_in_story,
    story_with,
)

CREDITS = [
    "REUTERS/Grigory Dukor",
    "REUTERS/Tom Ashdown/File Photo",
    "Photo: Damian Dovarganes, AP",
    "(AP Photo/Jeff Chiu)",
    "(AFP Photo/Simon Maina)",
    "Getty Images",
    "AFP via Getty Images",
    "Image copyright Getty Images",
    "Photograph: Kirsty Wigglesworth/AP",
    "Credit: Shutterstock",
    "Courtesy of the Hartley family",
]

CAPTIONS = [
    (
        "Syria's Deputy Foreign Minister Faisal Mekdad (L) leaves the headquarters of the Russian "
        "foreign ministry in Moscow, November 18, 2013. REUTERS/Grigory Dukor"
    ),
    (
        "Firefighters battle a blaze at a warehouse in Hayward, Calif., on Monday, Nov. 18, 2019. "
        "(AP Photo/Jeff Chiu)"
    ),
    (
        "FILE PHOTO: A worker stacks trays of eggs at a packing plant near Shrewsbury, Britain, "
        "October 3, 2019. REUTERS/Tom Ashdown/File Photo"
    ),
    "Image caption Firefighters spent six hours bringing the blaze under control",
    "Image: Commuters wait for a tram at the central station on Tuesday morning",
    "Protesters gather outside parliament in Nairobi on Tuesday. Photograph: Simon Maina/AFP/Getty Images",
]

BODY = [
    "The photo was taken by a Reuters photographer near the border.",
    "Reuters could not independently verify the footage, which was posted on social media.",
    "Getty Images said on Monday it had agreed to buy a smaller rival for $300 million.",
    "The picture shows the moment the bridge gave way, police said.",
    "AP reporters counted at least 40 damaged homes along the river.",
    "(This story has been updated to add comment from the mayor’s office.)",
    "Courtesy calls to neighbors were made before the work began.",
    "Photos by residents show water pouring into the station.",
]


@pytest.mark.parametrize("line", CREDITS)
def test_credit_line_is_a_credit(line):
    assert is_credit_line(line)
    assert match_caption(line).kind is Kind.CREDIT


@pytest.mark.parametrize("line", CREDITS)
def test_credit_between_paragraphs_is_removed_into_captions(line):
    article = assert_removed_in_story(line, Kind.CREDIT)
    assert article.captions == (line,)


@pytest.mark.parametrize("line", CAPTIONS)
def test_caption_is_a_caption(line):
    assert is_caption(line)
    assert match_caption(line).kind is Kind.CAPTION


@pytest.mark.parametrize("line", CAPTIONS)
def test_caption_between_paragraphs_is_removed_into_captions(line):
    article = assert_removed_in_story(line, Kind.CAPTION)
    assert article.captions == (line,)


def test_caption_right_above_its_credit_is_a_caption():
    caption = "A firefighter walks past burned homes in Paradise on Saturday."
    credit = "(AP Photo/Noah Berger)"
    article = newsclean.clean(story_with(f"{caption}\n{credit}"))
    assert article.body.split("\n\n") == [LEAD, MIDDLE, CLOSE]
    assert article.captions == (caption, credit)
    assert [(r.kind, r.text) for r in article.removed] == [
        (Kind.CAPTION, caption),
        (Kind.CREDIT, credit),
    ]


@pytest.mark.parametrize("sentence", BODY)
def test_sentence_about_photos_is_no_caption(sentence):
    assert match_caption(sentence) is None


@pytest.mark.parametrize("sentence", BODY)
def test_sentence_about_photos_is_kept(sentence):
    article = assert_kept_in_story(sentence)
    assert article.captions == ()


DUTCH_CLOSE = (
    "Ook de oppositie is kritisch. Volgens de grootste oppositiepartij komt het bedrag te laat."
)

GERMAN_PARAGRAPHS = [
    (
        "Die Stadt hat am Dienstagnachmittag den Katastrophenfall ausgerufen. Nach Angaben des "
        "Krisenstabs lag der Pegel der Donau am Abend bei 11,20 Metern, Tendenz steigend."
    ),
    (
        "Rund 600 Anwohnerinnen und Anwohner wurden aufgefordert, ihre Häuser bis 20 Uhr zu "
        "verlassen. Für sie hat die Stadt in zwei Schulen Notunterkünfte eingerichtet."
    ),
    (
        "Der Wetterdienst erwartet bis Mittwochmittag weitere Regenfälle. Erst danach soll sich "
        "die Lage langsam entspannen, sagte ein Sprecher."
    ),
]


@pytest.mark.parametrize("source", ["(dpa)", "(AFP/dpa)", "(dpa/lby)", "(mit Material von dpa)"])
def test_story_s_source_note_leaves_its_last_paragraph_in_one_line_a_paragraph_text(source):
    """A text written one paragraph a line, with no blank lines (a WET record): the wire
    services in brackets under the last paragraph sign the story, they credit no picture, so
    the paragraph above is no caption."""
    text = "\n".join([*GERMAN_PARAGRAPHS, source, "Mehr zum Thema"])
    article = newsclean.clean(text)
    assert article.body.split("\n\n") == GERMAN_PARAGRAPHS
    assert (article.removed[0].kind, article.removed[0].text) == (Kind.CREDIT, source)


def test_picture_credit_under_a_line_still_makes_it_a_caption_in_one_line_a_paragraph_text():
    caption = "Feuerwehrleute sichern am Dienstag die Uferpromenade an der Donau."
    credit = "(Foto: Armin Weigel/dpa)"
    text = "\n".join([GERMAN_PARAGRAPHS[0], caption, credit, *GERMAN_PARAGRAPHS[1:]])
    article = newsclean.clean(text)
    assert article.body.split("\n\n") == GERMAN_PARAGRAPHS
    assert article.captions == (caption, credit)


def test_a_paragraph_of_sentences_above_a_credit_stays_in_one_line_a_paragraph_text():
    """With no blank lines to tell paragraphs from caption lines, a credit right under a
    paragraph of two sentences does not make it a caption (the caption here stands below its
    credit); a one-sentence line above a credit still is one (see the test above)."""
    paragraph = (
        "Volgens de minister moeten er jaarlijks minstens 100.000 woningen bij komen. Vorig jaar "
        "werden er ruim 70.000 opgeleverd."
    )
    text = "\n".join([GERMAN_PARAGRAPHS[0], paragraph, "Foto: ANP / Robin Utrecht", DUTCH_CLOSE])
    assert newsclean.clean(text).body.split("\n\n") == [
        GERMAN_PARAGRAPHS[0],
        paragraph,
        DUTCH_CLOSE,
    ]


def test_a_caption_with_an_abbreviation_is_one_sentence():
    caption = "Former Gov. Deval Patrick, left, speaks with a business owner in Columbia, S.C."
    text = f"{LEAD}\n{caption}\n(AP Photo/Meg Kinnard)\n{MIDDLE}\n{CLOSE}"
    assert newsclean.clean(text).captions == (caption, "(AP Photo/Meg Kinnard)")
