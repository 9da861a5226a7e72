"""Helpers shared by the rule-family tests: a made-up news story to set chrome lines into.

A rule family is tested in context by putting one line of chrome between two real paragraphs
(or above or below the story) and checking that ``newsclean.clean`` removes that line with the
expected kind while keeping every paragraph of the story, and by putting a body sentence that
mentions the same words there and checking that it stays in the body.
"""

from __future__ import annotations

import pytest

import newsclean
from newsclean import Article, Kind
from newsclean.rules import match_block

TITLE = "Council approves tram extension to the airport after decade of debate"

LEAD = (
    "The city council voted 7-2 on Tuesday to extend the downtown tram line to the airport, "
    "ending a decade of debate over the project’s cost and its route through the old port district."
)
MIDDLE = (
    "Supporters said the extension would take thousands of cars off the road each day, while "
    "opponents warned that the budget of $1.2 billion was likely to grow before the first trams "
    "run in 2027."
)
CLOSE = (
    "Construction is due to begin next spring, and the council said it would publish a detailed "
    "timetable for the work, including road closures, by the end of January."
)
STORY = (LEAD, MIDDLE, CLOSE)


def story_with(chrome: str, *, where: str = "between") -> str:
    """The story with ``chrome`` (one or more lines) set ``between`` its first two paragraphs,
    on ``top`` of it (under the title), or at its ``foot``; paragraphs apart by blank lines."""
    if where == "between":
        parts = [TITLE, LEAD, chrome, MIDDLE, CLOSE]
    elif where == "top":
        parts = [TITLE, chrome, LEAD, MIDDLE, CLOSE]
    elif where == "foot":
        parts = [TITLE, LEAD, MIDDLE, CLOSE, chrome]
    else:
        raise ValueError(f"unknown place {where!r}")
    return "\n\n".join(parts)


def paragraphs(article: Article) -> list[str]:
    """The article's body split into paragraphs."""
    return article.body.split("\n\n") if article.body else []


def kinds_removing(article: Article, line: str) -> list[Kind]:
    """The kinds of every removal that holds ``line`` as one of its lines."""
    return [removal.kind for removal in article.removed if line in removal.text.split("\n")]


def assert_removed_in_story(chrome: str, kind: Kind, *, where: str = "between") -> Article:
    """Clean the story with ``chrome`` set into it: the story's paragraphs are the whole body,
    and every line of ``chrome`` is removed with ``kind``."""
    article = newsclean.clean(story_with(chrome, where=where))
    assert paragraphs(article) == list(STORY)
    for line in chrome.split("\n"):
        assert kinds_removing(article, line.strip()) == [kind], article.removed
    return article


def assert_kept_in_story(sentence: str) -> Article:
    """Clean the story with a body ``sentence`` between its first two paragraphs: it stays in
    the body, in its place, and nothing of it is removed."""
    article = newsclean.clean(story_with(sentence))
    assert paragraphs(article) == [LEAD, sentence, MIDDLE, CLOSE], article.removed
    return article


def assert_table_labels(line: str, kind: Kind) -> None:
    """The rule tables alone label ``line`` with ``kind``."""
    label = match_block(line)
    assert label is not None, f"no rule matched {line!r}"
    assert label.kind is kind, label


def bug(*values: object, reason: str) -> object:
    """A test case that the library gets wrong today: an expected failure, strict, so that the
    mark must go when the library is fixed."""
    return pytest.param(*values, marks=pytest.mark.xfail(reason=reason, strict=True))


def rule_family_tests(kind: Kind, chrome: list, body: list, *, where: str = "between") -> tuple:
    """The four tests every table-driven rule family has, parametrised over its examples:

    - the rule tables label each ``chrome`` line with ``kind``;
    - each ``chrome`` line set into the story (``where``) is removed with ``kind``;
    - the rule tables leave each ``body`` sentence alone;
    - each ``body`` sentence set into the story stays in the body.

    A test module takes them as ``test_a, test_b, test_c, test_d = rule_family_tests(...)``.
    """

    @pytest.mark.parametrize("line", chrome)
    def test_table_labels_chrome(line: str) -> None:
        assert_table_labels(line, kind)

    @pytest.mark.parametrize("line", chrome)
    def test_chrome_in_story_is_removed(line: str) -> None:
        assert_removed_in_story(line, kind, where=where)

    @pytest.mark.parametrize("sentence", body)
    def test_table_leaves_body_sentence(sentence: str) -> None:
        assert match_block(sentence) is None

    @pytest.mark.parametrize("sentence", body)
    def test_body_sentence_is_kept(sentence: str) -> None:
        assert_kept_in_story(sentence)

    return (
        test_table_labels_chrome,
        test_chrome_in_story_is_removed,
        test_table_leaves_body_sentence,
        test_body_sentence_is_kept,
    )
