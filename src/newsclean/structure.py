"""The article's structure: what each kept block is (a paragraph, a heading, a list item, a table
row) and how the body joins them.

From HTML the block's element says it (``li``, ``tr``, ``h2`` to ``h6``); from plain text a
line that opens with a bullet is a list item. Paragraphs join by a blank line, as they always
have; the rows of one table join by one line break, a row a line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .elements import Element, ElementKind
from .hints import HEADINGS
from .model import Block

#: Elements whose block is a list item, a table row or a subheading.
_TAG_KINDS = {"li": ElementKind.LIST_ITEM, "tr": ElementKind.TABLE_ROW} | dict.fromkeys(
    (*HEADINGS, "h1"), ElementKind.HEADING
)
#: A bullet and a space at the start of a plain-text line: the line is a list item. A hyphen
#: is not among them (it opens dialogue and dashes as often as lists).
_TEXT_BULLET = re.compile(r"[•·▪◦‣●*]\s")


def element_kind(block: Block) -> ElementKind:
    """What the block is in the article, from its element (HTML) or its bullet (text).

    >>> element_kind(Block(0, "• Two eggs"))
    <ElementKind.LIST_ITEM: 'list_item'>
    >>> element_kind(Block(0, "Fruit | Price", "tr"))
    <ElementKind.TABLE_ROW: 'table_row'>
    >>> element_kind(Block(0, "The council met on Tuesday.", "p"))
    <ElementKind.PARAGRAPH: 'paragraph'>
    """
    if block.tag:
        return _TAG_KINDS.get(block.tag, ElementKind.PARAGRAPH)
    return ElementKind.LIST_ITEM if _TEXT_BULLET.match(block.text) else ElementKind.PARAGRAPH


def join_body(elements: Sequence[Element]) -> str:
    """The body's text: its elements joined by a blank line, the rows of a table by one line
    break (captions are elements of the body only when the options keep them there).

    >>> row, para = ElementKind.TABLE_ROW, ElementKind.PARAGRAPH
    >>> join_body([Element(para, "Scores:"), Element(row, "A | 1"), Element(row, "B | 2")])
    'Scores:\\n\\nA | 1\\nB | 2'
    """
    pieces: list[str] = []
    previous: ElementKind | None = None
    for element in elements:
        if pieces:
            table_goes_on = element.kind is ElementKind.TABLE_ROW and previous is element.kind
            pieces.append("\n" if table_goes_on else "\n\n")
        pieces.append(element.text)
        previous = element.kind
    return "".join(pieces)
