"""Pull quotes: a short quoted block that repeats a sentence or a quotation of a paragraph is
removed, with the short attribution under it. A few candidates are each looked for in the
blocks' texts; many are looked up in an index of every quotation: both give the same result."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.context import pull_quotes


def story(quotes: int) -> tuple[str, list[str]]:
    """A story whose paragraphs each hold a sentence, the first ``quotes`` of them
    repeated as pull quotes (one with an attribution line); its expected body."""
    paragraphs = [
        f"The council met on Tuesday to discuss the bridge, item {n} on its agenda. "
        f"We will rebuild the crossing number {n} before the winter. The mayor said so."
        for n in range(12)
    ]
    lines: list[str] = []
    for n, paragraph in enumerate(paragraphs):
        lines.append(paragraph)
        if 0 < n <= quotes:
            lines.append(f"“We will rebuild the crossing number {n} before the winter.”")
            if n == 1:
                lines.append("— Jane Roe, mayor")
    return "\n".join(lines), paragraphs


@pytest.mark.parametrize("quotes", [1, 2, pull_quotes.PULL_QUOTE_SCANS + 3])
def test_pull_quotes_and_their_attribution_leave_the_body(quotes):
    text, paragraphs = story(quotes)
    article = newsclean.clean(text)
    assert article.body == "\n\n".join(paragraphs)
    pulled = [removal for removal in article.removed if removal.rule == "pull-quote"]
    assert sum(removal.text.count("crossing number") for removal in pulled) == quotes
    assert any("Jane Roe" in removal.text for removal in pulled)


def test_a_quoted_line_that_repeats_nothing_stays():
    text, paragraphs = story(0)
    lonely = "“Nobody said this anywhere else in the whole story at all.”"
    article = newsclean.clean(
        text + "\n" + lonely + "\n" + paragraphs[0].replace("item 0", "again")
    )
    assert lonely in article.body
