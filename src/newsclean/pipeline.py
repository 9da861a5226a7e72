"""The pipeline: text in, Article out.

text ─► segment into Blocks ─► label every Block ─► assemble the Article
"""

from __future__ import annotations

from .assemble import assemble
from .errors import InputTooLargeError
from .labeling import label_document
from .model import Article
from .options import DEFAULT_OPTIONS, Options
from .segment import segment_text


def clean(text: str, *, options: Options = DEFAULT_OPTIONS) -> Article:
    """Clean scraped news text: return the article's body, title, byline, dateline, captions
    and a record of every block removed.

    ``text`` is article-level text or a whole page's visible text. Raises ``TypeError`` when
    ``text`` is not a ``str`` and ``InputTooLargeError`` (a ``ValueError``) when it is longer
    than ``options.max_input_chars``.

    >>> article = clean("By Jane Doe\\n\\nPARIS -- The museum reopened on Monday after a long closure.")
    >>> article.byline.authors, article.dateline.place, article.body
    (('Jane Doe',), 'PARIS', 'The museum reopened on Monday after a long closure.')
    """
    check_text(text, options)
    blocks = segment_text(text)
    return assemble(label_document(blocks))


def check_text(text: object, options: Options) -> None:
    """Refuse what ``clean`` cannot take, with a message that says what to pass instead."""
    if not isinstance(text, str):
        hint = (
            " (decode bytes first, or pass HTML bytes to clean_html)"
            if isinstance(text, (bytes, bytearray))
            else ""
        )
        raise TypeError(f"clean() takes text as a str, not {type(text).__name__}{hint}")
    if len(text) > options.max_input_chars:
        raise InputTooLargeError(len(text), options.max_input_chars)
