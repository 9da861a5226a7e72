"""Markup rules: what a block's HTML hints say about it on their own (blocks made from plain
text carry no such hints, so these rules never fire on ``clean()`` input)."""

from __future__ import annotations

from .. import hints
from ..model import Kind, Label
from ..rule_names import CaptionRule
from .captions import CAPTION_MAX_CHARS, CREDIT_MAX_CHARS

#: A ``<title>`` longer than this is not a title (some pages stuff keywords into it).
PAGE_TITLE_MAX_CHARS = 300
#: (hint, longest text the hint may claim, label) in the order they are tried: a photo credit
#: element, then a caption element. Longer text under such a hint is prose that a page styled
#: oddly, and stays open.
HINT_RULES: tuple[tuple[str, int, Label], ...] = (
    (hints.PAGE_TITLE, PAGE_TITLE_MAX_CHARS, Label(Kind.TITLE, "html-page-title")),
    (hints.CREDIT, CREDIT_MAX_CHARS, Label(Kind.CREDIT, CaptionRule.HTML_CREDIT.value)),
    (hints.CAPTION, CAPTION_MAX_CHARS, Label(Kind.CAPTION, CaptionRule.HTML_CAPTION.value)),
)


def match_markup(block_hints: frozenset[str], text: str, *, captions: bool = True) -> Label | None:
    """Label a block from its HTML hints, or return None (with ``captions`` off, caption and
    credit elements are left open).

    >>> match_markup(frozenset({"caption"}), "The minister arrives in Moscow.").rule
    'html-caption'
    >>> match_markup(frozenset({"after-blank"}), "The minister arrives in Moscow.") is None
    True
    """
    for hint, max_chars, label in HINT_RULES:
        if hint in block_hints and len(text) <= max_chars:
            if not captions and label.kind in (Kind.CAPTION, Kind.CREDIT):
                continue
            return label
    return None
