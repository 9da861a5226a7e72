"""The HTML reader: a page's text in, what the pipeline needs of it out (its Blocks, the page's
own metadata, and trafilatura's main text as the anchors of the article's span).

The reader labels nothing and assembles nothing: :mod:`newsclean.pipeline` labels the Blocks with
the same steps as a text's, and :mod:`newsclean.reconcile` puts the metadata together with the
Article assembled from them.
"""

from __future__ import annotations

from dataclasses import dataclass

from .blocks import PageBlocks, page_blocks
from .content import main_text_lines
from .metadata import PageMetadata, read_metadata
from .parse import parse_html


@dataclass(frozen=True, slots=True)
class Page:
    """A page as read: its walked Blocks (with their containers and the ``<title>``), its own
    metadata, and trafilatura's main text as lines (what anchors the article's span; from
    :func:`read_page`, a :class:`~newsclean.webpage.content.MainLines`, which keys each text
    compared with it once)."""

    walked: PageBlocks
    metadata: PageMetadata
    main_lines: list[str]


def read_page(text: str, url: str | None = None) -> Page:
    """Parse a page's text and read it (raises what :func:`~newsclean.webpage.parse.parse_html`
    raises). ``url`` is only read for a date in its path and as trafilatura's hint."""
    root = parse_html(text)
    metadata = read_metadata(root, url)
    # trafilatura prunes the tree it reads: the walk and the metadata read it first.
    walked = page_blocks(root)
    return Page(walked, metadata, main_text_lines(root, url))
