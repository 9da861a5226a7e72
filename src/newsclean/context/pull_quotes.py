"""Pull quotes: a short quoted block that repeats a quotation or a sentence of the article."""

from __future__ import annotations

import re

from ..draft import Draft
from ..model import Kind
from ..rules.captions import CAPTION_MAX_CHARS
from ..shape import Shape, ends_like_sentence, word_count

#: A pull quote repeats at least this many words of a paragraph.
PULL_QUOTE_MIN_WORDS = 5
#: Up to this many pull-quote candidates, each is looked for in the text of every block; past
#: it, every quotation of the document is indexed once instead.
PULL_QUOTE_SCANS = 8
#: A quotation or a sentence inside a paragraph: what a pull quote repeats.
_QUOTED_SPAN = re.compile(
    r"[“\"«„]([^“”\"«»„]{10,400})[”\"»]|(?:^|(?<=[.!?”\"]\s))([^.!?]{10,400}[.!?])"
)
#: The attribution under a pull quote has at most this many words.
ATTRIBUTION_MAX_WORDS = 8
_QUOTES = "\"'“”‘’«»„ "


def mark_pull_quotes(draft: Draft) -> None:
    """A short quoted block that repeats a quotation or a sentence of another paragraph is a
    pull quote; the short name line right under it is its attribution. The first prose block is
    never one: a pull quote repeats the story, it does not open it."""
    open_blocks = draft.open_blocks()
    first_prose = next((i for i in open_blocks if draft.shape(i) is Shape.SENTENCE), None)
    candidates = [i for i in open_blocks if i != first_prose and _may_be_pull_quote(draft, i)]
    if not candidates:
        return  # most articles have none
    # A few candidates are each looked for in the blocks' texts; more, and every quotation is
    # indexed once: either way the work grows linearly with the document.
    quoted = _quotations(draft, open_blocks) if len(candidates) > PULL_QUOTE_SCANS else None
    for index in candidates:
        key = draft.text(index).strip(_QUOTES)
        if (
            quoted.get(key, set()) - {index}
            if quoted is not None
            else _quoted_elsewhere(draft, key, index, open_blocks)
        ):
            draft.mark(index, Kind.BOILERPLATE, "pull-quote")
            below = index + 1
            if below < len(draft) and draft.is_open(below) and _is_attribution(draft.text(below)):
                draft.mark(below, Kind.BOILERPLATE, "pull-quote")


def _quoted_elsewhere(draft: Draft, key: str, index: int, blocks: list[int]) -> bool:
    """True when one of ``blocks`` other than ``index`` quotes ``key``: a quotation or a
    sentence of its text is ``key`` (quotation marks around it aside). A quotation is part of
    its block's text, so only the blocks whose text holds ``key`` are read for quotations."""
    return any(
        other != index and key in (text := draft.text(other)) and key in _quotations_of(text)
        for other in blocks
    )


def _quotations(draft: Draft, blocks: list[int]) -> dict[str, set[int]]:
    """Every quotation and sentence of the ``blocks`` (quotation marks around it aside), with
    the blocks that hold it."""
    quoted: dict[str, set[int]] = {}
    for index in blocks:
        for quotation in _quotations_of(draft.text(index)):
            quoted.setdefault(quotation, set()).add(index)
    return quoted


def _quotations_of(text: str) -> list[str]:
    """The quotations and sentences of a text, quotation marks around them aside."""
    return [
        (match.group(1) or match.group(2)).strip(_QUOTES) for match in _QUOTED_SPAN.finditer(text)
    ]


def _may_be_pull_quote(draft: Draft, index: int) -> bool:
    """A short sentence block in quotation marks (the shape of a pull quote)."""
    record = draft.records[index]
    text = record.block.text
    return (
        record.shape is Shape.SENTENCE
        and text[0] in _QUOTES
        and len(text) <= CAPTION_MAX_CHARS
        and word_count(text.strip(_QUOTES)) >= PULL_QUOTE_MIN_WORDS
    )


def _is_attribution(text: str) -> bool:
    return word_count(text) <= ATTRIBUTION_MAX_WORDS and not ends_like_sentence(text)
