"""Timestamp lines go (and give ``Dateline.published``); sentences that hold dates, times or
"ago" stay."""

from __future__ import annotations

import datetime as dt

import pytest

import newsclean
from newsclean import Kind
from newsclean.timestamps import is_timestamp_line
from support import STORY, TITLE, assert_kept_in_story, assert_removed_in_story, paragraphs

#: Timestamp lines and the publication date each one gives (None: it says no absolute date).
TIMESTAMPS = [
    ("November 18, 2013 / 2:36 PM / 6 years ago", dt.datetime(2013, 11, 18, 14, 36)),
    ("November 19, 2019 / 7:05 AM / Updated 2 hours ago", dt.datetime(2019, 11, 19, 7, 5)),
    ("Updated 3 hours ago", None),
    ("Published 10:32 AM ET", None),
    ("Published 10:02 AM EST Nov 19, 2019", dt.datetime(2019, 11, 19, 10, 2)),
    ("Updated: Nov. 19, 2019 10:15 a.m. ET", dt.datetime(2019, 11, 19, 10, 15)),
    ("Posted: Nov 19, 2019 / 02:41 PM CST", dt.datetime(2019, 11, 19, 14, 41)),
    ("Tuesday, November 19, 2019", dt.date(2019, 11, 19)),
    ("19.11.2019, 16:05 Uhr", dt.datetime(2019, 11, 19, 16, 5)),
    ("Publicado em 19/11/2019 - 17:45", dt.datetime(2019, 11, 19, 17, 45)),
    (
        "Published: 08:12 EST, 19 November 2019 | Updated: 10:40 EST, 19 November 2019",
        dt.datetime(2019, 11, 19, 8, 12),
    ),
    ("5 hours ago", None),
    ("2 hrs ago", None),
    # Two long stamps set apart by a bar; a French "put online" label.
    (
        "Publicado el 18 de noviembre de 2019 a las 09:30 | Actualizado el 20 de noviembre de 2019 a las 09:30",
        dt.datetime(2019, 11, 18, 9, 30),
    ),
    (
        "Publicado em 18 de novembro de 2019 às 09h30 | Atualizado em 20 de novembro de 2019 às 09h30",
        dt.datetime(2019, 11, 18, 9, 30),
    ),
    ("Mis en ligne le 3 mars 2021 à 14h05", dt.datetime(2021, 3, 3, 14, 5)),
]

BODY = [
    "The vote was held on November 18, 2013, in Moscow, two days after the talks began.",
    "Updated figures released on Tuesday showed 3 million people had left the region.",
    "The ship sank 6 years ago off the coast of Maine, killing 12 of its crew.",
    "Published in 1851, the novel sold fewer than 3,000 copies in its author’s lifetime.",
    "The polls close at 8 p.m. ET, and officials expect results by midnight.",
    "Le vote a eu lieu en ligne le 3 mars 2021 à Paris, selon le parti.",
]


@pytest.mark.parametrize(("line", "published"), TIMESTAMPS)
def test_is_timestamp_line(line, published):
    assert is_timestamp_line(line)


@pytest.mark.parametrize(("line", "published"), TIMESTAMPS)
def test_timestamp_under_the_title_is_removed_and_dates_the_article(line, published):
    article = assert_removed_in_story(line, Kind.TIMESTAMP, where="top")
    assert article.title == TITLE
    if published is None:
        assert article.dateline is None or article.dateline.published is None
    else:
        assert article.dateline is not None
        assert article.dateline.published == published
        assert type(article.dateline.published) is type(published)


@pytest.mark.parametrize("sentence", BODY)
def test_sentence_with_a_date_is_no_timestamp_line(sentence):
    assert not is_timestamp_line(sentence)


@pytest.mark.parametrize("sentence", BODY)
def test_sentence_with_a_date_is_kept(sentence):
    article = assert_kept_in_story(sentence)
    assert article.dateline is None


def test_timestamps_at_top_and_foot_are_both_removed():
    text = "\n\n".join(
        [TITLE, "Updated 3 hours ago", *STORY, "Published 10:02 AM EST Nov 19, 2019"]
    )
    article = newsclean.clean(text)
    assert paragraphs(article) == list(STORY)
    assert [r.kind for r in article.removed] == [Kind.TIMESTAMP, Kind.TIMESTAMP]
    assert article.dateline.published == dt.datetime(2019, 11, 19, 10, 2)


def test_the_date_beside_the_byline_wins_over_a_dated_line_above_the_body():
    text = "\n\n".join(
        [
            "Weather",
            "Tuesday, November 12, 2019",
            "Sports",
            "Opinion",
            "Local",
            "Business",
            TITLE,
            "By Jane Doe",
            "November 18, 2019",
            *STORY,
        ]
    )
    assert newsclean.clean(text).dateline.published == dt.date(2019, 11, 18)


def test_a_dated_line_under_the_body_is_taken_only_when_nothing_else_is_dated():
    text = "\n\n".join([TITLE, "By Jane Doe", *STORY, "Posted: Nov 19, 2019 / 02:41 PM CST"])
    assert newsclean.clean(text).dateline.published == dt.datetime(2019, 11, 19, 14, 41)
