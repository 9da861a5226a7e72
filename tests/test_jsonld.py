"""``Article.to_jsonld()``: a schema.org NewsArticle with only the values that are known."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import newsclean
from newsclean import Article, Byline, Dateline

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_f4632b69e57e1cb8.txt"


def test_the_seed_gives_a_news_article_with_every_known_field():
    article = newsclean.clean(SEED.read_text(encoding="utf-8"))
    document = article.to_jsonld()
    assert document["@context"] == "https://schema.org"
    assert document["@type"] == "NewsArticle"
    assert document["headline"] == "Russia steps up diplomatic push for Syria peace talks"
    assert document["articleBody"] == article.body
    assert document["wordCount"] == len(article.body.split())
    assert document["author"] == [{"@type": "Person", "name": "Steve Gutterman"}]
    assert document["editor"] == [{"@type": "Person", "name": "Gareth Jones"}]
    assert document["dateline"] == "MOSCOW (Reuters)"
    assert document["datePublished"] == "2013-11-18T14:36:00"
    assert document["locationCreated"] == {"@type": "Place", "name": "MOSCOW"}
    assert document["sourceOrganization"] == {"@type": "Organization", "name": "Reuters"}
    assert "image" not in document


def test_it_is_json_serialisable_and_round_trips():
    document = newsclean.clean(SEED.read_text(encoding="utf-8")).to_jsonld()
    assert json.loads(json.dumps(document)) == document


def test_unknown_values_are_left_out_not_null():
    assert Article("").to_jsonld() == {"@context": "https://schema.org", "@type": "NewsArticle"}


def test_a_byline_without_editors_has_no_editor_key():
    document = Article("Talks resumed.", byline=Byline("By Jane Doe", ("Jane Doe",))).to_jsonld()
    assert document["author"] == [{"@type": "Person", "name": "Jane Doe"}]
    assert "editor" not in document


def test_a_date_without_a_place_dateline():
    dateline = Dateline(None, published=dt.date(2024, 3, 1))
    document = Article("Talks resumed.", dateline=dateline).to_jsonld()
    assert document["datePublished"] == "2024-03-01"
    for key in ("dateline", "locationCreated", "sourceOrganization", "headline", "author"):
        assert key not in document
