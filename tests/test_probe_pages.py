"""Whole pages written for the failure families of unseen sites (``tests/probe_pages``): German,
French, Italian, Spanish, Dutch, Portuguese, Chinese and English page texts, one paragraph a
line with no blank lines. Every line of the article stays (the pages' tails, lists, list
articles and closing paragraphs were cut before), the chrome listed goes, the byline names the
writer; and cleaning the body again changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsclean

PAGES = Path(__file__).parent / "probe_pages"
EXPECTED = {
    name: value
    for name, value in json.loads((PAGES / "expected.json").read_text(encoding="utf-8")).items()
    if not name.startswith("_")
}
#: A stay line may lose a dateline at its start: its end must be in the body.
STAY_TAIL_CHARS = 50


def _lines(spans: list[list[int]], lines: list[str]) -> list[str]:
    return [lines[number - 1] for first, last in spans for number in range(first, last + 1)]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_probe_page_keeps_the_article_and_drops_the_chrome(name):
    text = (PAGES / f"{name}.txt").read_text(encoding="utf-8")
    lines = text.splitlines()
    expected = EXPECTED[name]
    article = newsclean.clean(text)
    paragraphs = article.body.split("\n\n")
    lost = [
        line
        for line in _lines(expected["stay"], lines)
        if line[-STAY_TAIL_CHARS:] not in article.body
    ]
    kept = [line for line in _lines(expected["go"], lines) if line in paragraphs]
    assert (lost, kept) == ([], [])
    assert article.byline is not None and list(article.byline.authors) == expected["authors"]
    assert newsclean.clean(article.body).body == article.body


def test_every_line_number_is_on_its_page():
    for name, expected in EXPECTED.items():
        count = len((PAGES / f"{name}.txt").read_text(encoding="utf-8").splitlines())
        spans = [*expected["stay"], *expected["go"]]
        assert all(1 <= first <= last <= count for first, last in spans), name
