"""The overfitting check ``benchmarks/rule_sites.py``: which rule fired, on how many websites."""

from __future__ import annotations

from pathlib import Path

from benchmarks.dataset import Doc
from benchmarks.rule_sites import collect, report, site_of, triggers

import newsclean


def page(doc_id: str, url: str, text: str) -> Doc:
    return Doc(doc_id, url, "", (), None, text, text, Path("unused.html.gz"))


ARTICLE = (
    "The council voted on Tuesday to close the old bridge to cars for the winter.\n"
    "Engineers said the deck had cracked in two places and could not carry heavy trucks.\n"
    "Repairs are expected to start in the spring and to take about six months.\n"
)


def test_site_is_the_host_without_www():
    assert site_of("https://www.example.com/a/b") == "example.com"
    assert site_of("http://news.example.org/x?y=1") == "news.example.org"


def test_a_phrase_table_removal_names_each_phrase_of_its_lines():
    removal = newsclean.Removal(newsclean.Kind.SHARE, "Facebook\nTwitter", "share-button")
    assert list(triggers(removal)) == [("share-button", "facebook"), ("share-button", "twitter")]


def test_a_pattern_removal_names_its_rule_once():
    removal = newsclean.Removal(newsclean.Kind.SHARE, "0 : 0", "counter-pair")
    assert list(triggers(removal)) == [("counter-pair", "")]


def test_rules_are_counted_per_website_not_per_page():
    docs = [
        page("a1", "https://www.alpha.com/1", "Share this story\n" + ARTICLE),
        page("a2", "https://alpha.com/2", "Share this story\n" + ARTICLE),
        page("b1", "https://beta.net/1", ARTICLE + "Advertisement\n"),
    ]
    firings = collect(docs, ["region"])
    share = firings[("share-button", "share this story")]
    assert share.sites == {"alpha.com"} and share.pages == {"a1", "a2"}
    text = report(docs, ["region"])
    assert "3 pages from 2 websites" in text
    assert "| share-button | share this story | alpha.com | 2 | Share this story |" in text


def test_dropped_rows_and_phrases_are_out_of_the_tables_only_while_dropped():
    from benchmarks.rule_sites import tables_dropping

    from newsclean import labeling
    from newsclean.rules import match_block

    dropped = {("share-button", "facebook"), ("counter-pair", "")}
    with tables_dropping(dropped):
        tables = labeling.tables_without(frozenset())
        assert match_block("Facebook", tables) is None
        assert match_block("0 : 0", tables) is None
        assert match_block("Twitter", tables).rule == "share-button"
    assert match_block("Facebook", labeling.tables_without(frozenset())).rule == "share-button"
    assert match_block("0 : 0", labeling.tables_without(frozenset())).rule == "counter-pair"
