"""Where the article is on the page: the span of Blocks around trafilatura's main content.

trafilatura is good at finding an article's main text and weak at its edges: it drops embedded
posts and quotes between paragraphs and stops at the first chunk of articles split over several
containers. So its text serves as an anchor: the span runs from the first Block it kept to the
last, is extended over later chunks in the same kind of container, and up to the headline above;
newsclean's own labeller then decides block by block inside the span.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import lxml.html
import regex

from ..model import Block

#: Lines of trafilatura's text shorter than this (letters and digits only) are too common to
#: anchor anything ("Share", "Photo").
ANCHOR_MIN_CHARS = 10
#: A later block extends the span when it sits in the anchors' usual container and is at least
#: this long (a paragraph, not a caption or a button).
EXTENSION_MIN_CHARS = 80
#: How many blocks above the span a headline (``h1``) may sit and still open it.
HEADLINE_REACH = 25

_NOT_WORD = regex.compile(r"[\W_]+")


def anchor_key(text: str) -> str:
    """The key two renderings of the same line share: lower case letters and digits only.

    >>> anchor_key("Hello, World!") == anchor_key("hello world")
    True
    """
    return _NOT_WORD.sub("", text.lower())


def main_text_lines(root: lxml.html.HtmlElement, url: str | None) -> list[str]:
    """trafilatura's main text of the page, as lines (empty when it finds none)."""
    from trafilatura import bare_extraction  # imported on first use: it is slow to import

    document = bare_extraction(
        root, url=url, include_comments=False, favor_precision=True, fast=True
    )
    text = getattr(document, "text", None) if document is not None else None
    return text.splitlines() if text else []


def content_span(
    blocks: Sequence[Block], containers: Sequence[str], main_lines: Sequence[str]
) -> tuple[int, int] | None:
    """The ``(start, end)`` span of Blocks that holds the article, or ``None`` when trafilatura's
    lines match no Block (the caller then reads the whole page)."""
    keys = {key for key in map(anchor_key, main_lines) if len(key) >= ANCHOR_MIN_CHARS}
    anchors = [i for i, block in enumerate(blocks) if anchor_key(block.text) in keys]
    if not anchors:
        return None
    start, end = anchors[0], anchors[-1] + 1
    end = _extend_over_chunks(blocks, containers, anchors, end)
    start = _extend_to_headline(blocks, start)
    return start, end


def _extend_over_chunks(
    blocks: Sequence[Block], containers: Sequence[str], anchors: list[int], end: int
) -> int:
    """Move the span's end to the last paragraph in the anchors' most common container, so an
    article split into several like containers is read to its end."""
    usual, _ = Counter(containers[i] for i in anchors).most_common(1)[0]
    if not usual:
        return end
    for index in range(len(blocks) - 1, end - 1, -1):
        if containers[index] == usual and len(blocks[index].text) >= EXTENSION_MIN_CHARS:
            return index + 1
    return end


def _extend_to_headline(blocks: Sequence[Block], start: int) -> int:
    """Move the span's start up to the nearest ``h1`` above it, so the labeller sees the title,
    the byline and the date that sit between the headline and the text."""
    for index in range(start - 1, max(-1, start - HEADLINE_REACH), -1):
        if "h1" in blocks[index].hints:
            return index
    return start
