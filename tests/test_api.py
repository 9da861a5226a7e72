"""The public API: what ``clean`` accepts and refuses, and the shape of what it returns."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

import newsclean
from newsclean import Article, Byline, Dateline, Element, ElementKind, Kind, Options, Removal
from support import CLOSE, LEAD, MIDDLE, TITLE

#: A small page that fills every field of the Article.
PAGE = "\n\n".join(
    [
        TITLE,
        "By Jane Doe, Associated Press",
        "Published 10:02 AM EST Nov 19, 2019",
        f"WASHINGTON (AP) — {LEAD}",
        "Commuters wait for a tram in the old port district on Monday. (AP Photo/Jeff Chiu)",
        MIDDLE,
        "Advertisement",
        CLOSE,
        "Copyright 2019 The Associated Press. All rights reserved.",
    ]
)


def test_clean_fills_every_field():
    article = newsclean.clean(PAGE)
    assert article == Article(
        title=TITLE,
        body=f"{LEAD}\n\n{MIDDLE}\n\n{CLOSE}",
        byline=Byline(text="By Jane Doe, Associated Press", authors=("Jane Doe",)),
        dateline=Dateline(
            text="WASHINGTON (AP)",
            place="WASHINGTON",
            source="AP",
            published=dt.datetime(2019, 11, 19, 10, 2),
        ),
        captions=(
            "Commuters wait for a tram in the old port district on Monday. (AP Photo/Jeff Chiu)",
        ),
        removed=article.removed,
        elements=(
            Element(ElementKind.PARAGRAPH, LEAD),
            Element(
                ElementKind.CAPTION,
                "Commuters wait for a tram in the old port district on Monday. (AP Photo/Jeff Chiu)",
            ),
            Element(ElementKind.PARAGRAPH, MIDDLE),
            Element(ElementKind.PARAGRAPH, CLOSE),
        ),
    )
    assert [(r.kind, r.text) for r in article.removed] == [
        (Kind.BYLINE, "By Jane Doe, Associated Press"),
        (Kind.TIMESTAMP, "Published 10:02 AM EST Nov 19, 2019"),
        (Kind.DATELINE, "WASHINGTON (AP) —"),
        (
            Kind.CAPTION,
            "Commuters wait for a tram in the old port district on Monday. (AP Photo/Jeff Chiu)",
        ),
        (Kind.PROMO, "Advertisement"),
        (Kind.LEGAL, "Copyright 2019 The Associated Press. All rights reserved."),
    ]


@pytest.mark.parametrize(
    ("value", "type_name"),
    [
        (b"MOSCOW (Reuters) - Talks resumed.", "bytes"),
        (None, "NoneType"),
        (42, "int"),
        (["text"], "list"),
    ],
)
def test_clean_refuses_what_is_not_a_str(value, type_name):
    with pytest.raises(TypeError) as raised:
        newsclean.clean(value)
    message = str(raised.value)
    assert "str" in message
    assert type_name in message


def test_a_date_in_the_url_dates_a_text_that_gives_none():
    story = "The council met on Tuesday and voted to approve the new plan for the harbour."
    url = "https://news.example/2019/11/18/harbour-plan"
    assert newsclean.clean(story, url=url).dateline == newsclean.Dateline(
        text=None, published=dt.date(2019, 11, 18)
    )
    assert newsclean.clean(story).dateline is None
    assert newsclean.clean(story, url="https://news.example/harbour-plan").dateline is None


def test_the_texts_own_date_wins_over_the_urls():
    story = "Published: Nov. 20, 2019\n\nPARIS (Reuters) - The council met on Tuesday and voted."
    article = newsclean.clean(story, url="https://news.example/2019/11/18/harbour-plan")
    assert article.dateline.published == dt.date(2019, 11, 20)
    assert article.dateline.place == "PARIS"


@pytest.mark.parametrize("clean", [newsclean.clean, newsclean.clean_html])
def test_a_url_that_is_not_a_str_is_refused(clean):
    with pytest.raises(TypeError, match="url must be a str or None, not bytes"):
        clean("<p>The council met on Tuesday.</p>", url=b"https://news.example/")


@pytest.mark.parametrize(
    ("age", "fetched", "published"),
    [
        ("3 hours ago", dt.datetime(2019, 11, 18, 9, 30), dt.date(2019, 11, 18)),
        ("3 hours ago", dt.datetime(2019, 11, 18, 1, 30), dt.date(2019, 11, 17)),
        ("Veröffentlicht vor 2 Tagen", dt.date(2019, 11, 20), dt.date(2019, 11, 18)),
        ("il y a 5 minutes", dt.datetime(2019, 11, 18, 23, 0), dt.date(2019, 11, 18)),
        ("Updated yesterday", dt.date(2019, 11, 19), dt.date(2019, 11, 18)),
    ],
)
def test_an_age_by_the_byline_dates_a_page_read_at_a_known_time(age, fetched, published):
    text = f"{TITLE}\n\nBy Jane Doe\n{age}\n\n{LEAD}\n\n{MIDDLE}\n\n{CLOSE}"
    article = newsclean.clean(text, fetched=fetched)
    assert article.dateline.published == published
    assert article.byline.authors == ("Jane Doe",)
    assert newsclean.clean(text).dateline is None
    assert newsclean.clean(text, fetched=fetched).body == newsclean.clean(text).body


@pytest.mark.parametrize("age", ["3000 years ago", "99999999999 days ago"])
def test_an_age_older_than_any_date_gives_no_date_and_no_error(age):
    text = f"{TITLE}\n\nBy Jane Doe\n{age}\n\n{LEAD}\n\n{MIDDLE}"
    article = newsclean.clean(text, fetched=dt.date(2019, 11, 20))
    assert article.dateline is None or article.dateline.published is None
    assert article.body == newsclean.clean(text).body


def test_a_written_date_wins_over_an_age():
    text = f"{TITLE}\n\nBy Jane Doe\nNov. 12, 2019 / 3 hours ago\n\n{LEAD}\n\n{MIDDLE}"
    article = newsclean.clean(text, fetched=dt.datetime(2019, 11, 18, 9, 30))
    assert article.dateline.published == dt.date(2019, 11, 12)


def test_an_age_in_html_is_read_when_the_metadata_gives_no_date():
    page = (
        "<html><body><h1>Council approves tram extension</h1><p>By Jane Doe</p>"
        f"<p>2 days ago</p><p>{LEAD}</p><p>{MIDDLE}</p></body></html>"
    )
    article = newsclean.clean_html(page, fetched=dt.date(2019, 11, 20))
    assert article.dateline.published == dt.date(2019, 11, 18)
    assert newsclean.clean_html(page).dateline is None


@pytest.mark.parametrize("clean", [newsclean.clean, newsclean.clean_html])
def test_a_fetched_time_that_is_not_a_date_is_refused(clean):
    with pytest.raises(TypeError, match="fetched must be a date, a datetime or None, not str"):
        clean("<p>The council met on Tuesday.</p>", fetched="2019-11-18")


def test_type_error_for_bytes_says_to_decode():
    with pytest.raises(TypeError, match="decode"):
        newsclean.clean(b"text")


def test_input_over_the_limit_raises_input_too_large():
    with pytest.raises(newsclean.InputTooLargeError) as raised:
        newsclean.clean("x" * 11, options=Options(max_input_chars=10))
    assert isinstance(raised.value, ValueError)
    assert isinstance(raised.value, newsclean.NewscleanError)
    assert "11" in str(raised.value) and "10" in str(raised.value)


def test_input_at_the_limit_is_cleaned():
    text = "Hi there."
    assert isinstance(newsclean.clean(text, options=Options(max_input_chars=len(text))), Article)


def test_error_types():
    assert issubclass(newsclean.InputTooLargeError, newsclean.NewscleanError)
    assert issubclass(newsclean.NewscleanError, ValueError)


@pytest.mark.parametrize("text", ["", " ", "\n\n\t \n", "\u00a0\n\u00a0"])
def test_empty_and_whitespace_input_give_an_empty_article(text):
    assert newsclean.clean(text) == Article(body="")


def test_empty_article_fields():
    article = newsclean.clean("")
    assert (article.title, article.body, article.byline, article.dateline) == (None, "", None, None)
    assert article.captions == () and article.removed == ()


def test_kinds():
    assert {kind.value for kind in Kind} == {
        "body",
        "title",
        "byline",
        "dateline",
        "timestamp",
        "caption",
        "credit",
        "share",
        "layout",
        "gallery",
        "promo",
        "legal",
        "consent",
        "navigation",
        "comments",
        "boilerplate",
    }


def test_removed_entries_are_kinds_and_texts():
    article = newsclean.clean(PAGE)
    for removal in article.removed:
        assert isinstance(removal, Removal)
        assert isinstance(removal.kind, Kind) and removal.kind is not Kind.BODY
        assert isinstance(removal.text, str) and removal.text


@pytest.mark.parametrize(
    ("value", "field"),
    [
        (Article(body="x"), "body"),
        (Byline(text="By Jane Doe"), "authors"),
        (Dateline(text="MOSCOW (Reuters)"), "place"),
        (Removal(kind=Kind.PROMO, text="Advertisement"), "text"),
        (Options(), "max_input_chars"),
    ],
)
def test_results_are_frozen(value, field):
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(value, field, None)


def test_cleaned_article_is_frozen():
    article = newsclean.clean(PAGE)
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.body = ""
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.byline.authors = ()
    assert isinstance(article.captions, tuple) and isinstance(article.removed, tuple)
    assert isinstance(article.byline.authors, tuple) and isinstance(article.byline.editors, tuple)


@pytest.mark.parametrize("text", [PAGE, "", "Just one line of text."])
def test_to_dict_round_trips_through_json(text):
    as_dict = newsclean.clean(text).to_dict()
    assert json.loads(json.dumps(as_dict)) == as_dict
    assert set(as_dict) >= {"title", "body", "byline", "dateline", "captions", "removed"}


def test_to_dict_values():
    as_dict = newsclean.clean(PAGE).to_dict()
    assert as_dict["dateline"] == {
        "text": "WASHINGTON (AP)",
        "place": "WASHINGTON",
        "source": "AP",
        "published": "2019-11-19T10:02:00",
    }
    assert as_dict["byline"] == {
        "text": "By Jane Doe, Associated Press",
        "authors": ["Jane Doe"],
        "editors": [],
    }
    assert next((r["kind"], r["text"]) for r in as_dict["removed"]) == (
        "byline",
        "By Jane Doe, Associated Press",
    )


def test_date_only_publication_serialises_as_a_date():
    as_dict = Dateline(text=None, published=dt.date(2019, 11, 19)).to_dict()
    assert as_dict["published"] == "2019-11-19"


def test_clean_is_deterministic():
    assert newsclean.clean(PAGE) == newsclean.clean(PAGE)
    assert newsclean.clean(PAGE).to_dict() == newsclean.clean(PAGE).to_dict()


def test_clean_does_not_change_its_options():
    options = Options(max_input_chars=100_000)
    newsclean.clean(PAGE, options=options)
    assert options == Options(max_input_chars=100_000)


def test_public_names():
    for name in [
        "clean",
        "Article",
        "Byline",
        "Dateline",
        "Removal",
        "Kind",
        "Options",
        "NewscleanError",
        "InputTooLargeError",
        "__version__",
    ]:
        assert hasattr(newsclean, name), name
    assert isinstance(newsclean.__version__, str)
