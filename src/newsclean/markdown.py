"""An Article as markdown (``Article.to_markdown()``): ``# title``, then the article's elements in
order, each run of list items as one list and each run of table rows as one table, separated by
blank lines.

Text is escaped so that it renders as itself: a paragraph that opens like a heading, a list item
or a quote is not read as one, and ``*``, ``_``, backticks, brackets and ``<`` inside text are
not markup. Internal: the face is :meth:`newsclean.Article.to_markdown`.

The module reads an Article through :class:`MarkdownSource`, the attributes it needs, so that it
does not import :mod:`newsclean.model` (which imports it for ``to_markdown``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol

from .elements import Element, ElementKind

#: What separates the cells of a table row in ``Element.text`` (as the HTML reader joins them).
CELL_SEPARATOR = " | "
#: Characters that are markup anywhere in a line.
_INLINE_MARKUP = re.compile(r"([\\`*_\[\]<])")
#: What makes a line's start markup: a heading, a quote, a list item (bulleted or numbered), a
#: rule or a table's pipe.
_LINE_START_MARKUP = re.compile(r"^(\s*)([#>+|=~-]|\d+[.)](?=\s|$))")
#: The bullets a plain-text list item may open with (the markdown list gives its own).
_BULLET = re.compile(r"^[•·▪◦‣●*-]\s+")


class MarkdownSource(Protocol):
    """What the markdown is made from: an Article's title, body and elements."""

    @property
    def title(self) -> str | None: ...
    @property
    def body(self) -> str: ...
    @property
    def elements(self) -> tuple[Element, ...]: ...


def article_markdown(article: MarkdownSource) -> str:
    """The Article as markdown (see the module docstring).

    >>> from newsclean import Article, Element, ElementKind as K
    >>> items = (Element(K.PARAGRAPH, "Prices:"), Element(K.TABLE_ROW, "Fruit | Price"),
    ...          Element(K.TABLE_ROW, "Apple | $1"), Element(K.LIST_ITEM, "• Sold out"))
    >>> print(article_markdown(Article("", title="Market", elements=items)))
    # Market
    <BLANKLINE>
    Prices:
    <BLANKLINE>
    | Fruit | Price |
    | --- | --- |
    | Apple | $1 |
    <BLANKLINE>
    - Sold out
    """
    parts = [f"# {escape_text(article.title)}"] if article.title else []
    parts.extend(render_elements(article.elements or paragraph_elements(article.body)))
    return "\n\n".join(parts)


def paragraph_elements(body: str) -> tuple[Element, ...]:
    """A body's paragraphs as elements, for an Article made without its elements."""
    return tuple(Element(ElementKind.PARAGRAPH, text) for text in body.split("\n\n") if text)


def render_elements(elements: Sequence[Element]) -> Iterator[str]:
    """Each markdown block of the elements: a run of list items is one list, a run of table rows
    one table, any other element a block of its own."""
    for kind, run in itertools.groupby(elements, key=lambda element: element.kind):
        texts = [element.text for element in run]
        if kind is ElementKind.LIST_ITEM:
            yield "\n".join(f"- {escape_text(_BULLET.sub('', text))}" for text in texts)
        elif kind is ElementKind.TABLE_ROW:
            yield render_table(texts)
        else:
            yield from (render_block(kind, text) for text in texts)


def render_block(kind: ElementKind, text: str) -> str:
    """A paragraph, heading or caption as a markdown block.

    >>> render_block(ElementKind.CAPTION, "Crowds gather. (Photo: J. Doe)")
    '*Crowds gather. (Photo: J. Doe)*'
    """
    if kind is ElementKind.HEADING:
        return f"## {escape_text(text)}"
    if kind is ElementKind.CAPTION:
        return f"*{escape_inline(text)}*"
    return escape_text(text)


def render_table(rows: Iterable[str]) -> str:
    """Table rows (cells separated by `` | ``) as a markdown table; its first row is the header,
    and shorter rows are padded with empty cells.

    >>> print(render_table(["Team | W | L", "Hawks | 5"]))
    | Team | W | L |
    | --- | --- | --- |
    | Hawks | 5 |  |
    """
    cells = [[escape_cell(cell) for cell in row.split(CELL_SEPARATOR)] for row in rows]
    width = max(len(row) for row in cells)
    lines = [table_line(row + [""] * (width - len(row))) for row in cells]
    lines.insert(1, table_line(["---"] * width))
    return "\n".join(lines)


def table_line(cells: Sequence[str]) -> str:
    """One line of a markdown table."""
    return "| " + " | ".join(cells) + " |"


def escape_inline(text: str) -> str:
    """Text with the characters that are markup anywhere in a line escaped.

    >>> print(escape_inline("a_b *c*"))
    a\\_b \\*c\\*
    """
    return _INLINE_MARKUP.sub(r"\\\1", text)


def escape_cell(text: str) -> str:
    """A table cell's text, escaped (a pipe inside it too)."""
    return escape_inline(text.strip()).replace("|", "\\|")


def escape_text(text: str) -> str:
    """Text escaped so that markdown renders it as itself.

    >>> escape_text("# 1 in the charts: *the* song")
    '\\\\# 1 in the charts: \\\\*the\\\\* song'
    >>> escape_text("2019. A year to forget")
    '2019\\\\. A year to forget'
    """
    escaped = escape_inline(text)
    return _LINE_START_MARKUP.sub(_escape_line_start, escaped, count=1)


def _escape_line_start(match: re.Match[str]) -> str:
    marker = match.group(2)
    if marker[0].isdigit():
        return f"{match.group(1)}{marker[:-1]}\\{marker[-1]}"
    return f"{match.group(1)}\\{marker}"
