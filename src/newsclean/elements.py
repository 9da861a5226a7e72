"""The parts of an article's body, in order: what ``Article.elements`` holds and what
``Article.to_markdown()`` renders.

A module of its own, below both :mod:`newsclean.model` and :mod:`newsclean.markdown`, so that the
renderer can read element kinds without importing the model that calls it (no import circle).
Both types are public as ``newsclean.Element`` and ``newsclean.ElementKind``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any


class ElementKind(enum.Enum):
    """What a part of the article is: a paragraph, a subheading, an item of a list, a row of a
    table, or a photo's caption (or credit)."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    TABLE_ROW = "table_row"
    CAPTION = "caption"

    __hash__ = object.__hash__


@dataclass(frozen=True, slots=True)
class Element:
    """One part of the article, in document order, with its kind.

    A table row's ``text`` holds its cells separated by `` | ``; a list item's holds the item's
    text as the page gave it (a plain-text list keeps its bullet).
    """

    kind: ElementKind
    text: str

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        return {"kind": self.kind.value, "text": self.text}
