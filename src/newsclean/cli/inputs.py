"""Reading one document: a file or stdin, as text or HTML (detected or forced)."""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import newsclean

from ..explain import ExplainRow, explain_html, explain_text
from ..model import Article
from ..options import DEFAULT_OPTIONS, Options
from ..webpage.decode import decode_by_mark
from .common import EXIT_INPUT, STDIN, CommandError, note, warn
from .unpack import UnreadableInput, decompress, mostly_undecodable, refuse_non_document

HTML_SNIFF_CHARS = 2048
_HTML_PREFIXES = ("<!doctype html", "<html")
_EARLY_HTML_TAG = re.compile(r"<(?:body|p)[\s>]")
#: The flags that override HTML detection, by the input kind they set.
INPUT_KIND_FLAGS = {
    "text": "treat the input as plain text, whatever it looks like",
    "html": "treat the input as HTML, whatever it looks like",
}
#: The most bytes a character takes in any codec a byte-order mark names (UTF-32).
_MAX_CHAR_BYTES = 4
#: What may precede the first character of an input: whitespace and a byte-order mark.
_LEADING_JUNK = " \t\r\n\f\v\ufeff"


def looks_like_html(text: str) -> bool:
    """True when ``text`` is most likely an HTML page rather than plain text.

    It is when, after whitespace and a byte-order mark, it starts with ``<!doctype html`` or
    ``<html``, or when a ``<body>`` or ``<p>`` tag appears in its first few kilobytes.

    >>> looks_like_html("\\ufeff  <!DOCTYPE html><html><body>Hi</body></html>")
    True
    >>> looks_like_html("Some news.\\n\\n<p class='lead'>A paragraph.</p>")
    True
    >>> looks_like_html("Prices rose <5% in May.\\n\\nThe <pre> tag stayed.")
    False
    """
    head = text[:HTML_SNIFF_CHARS].lstrip(_LEADING_JUNK).lower()
    return head.startswith(_HTML_PREFIXES) or _EARLY_HTML_TAG.search(head) is not None


def sniff_text(data: bytes) -> str:
    """The start of the input as text, enough for :func:`looks_like_html`: decoded as its
    byte-order mark says, else as UTF-8 (undecodable bytes replaced).

    >>> sniff_text("\ufeff<html>".encode("utf-16-le"))
    '<html>'
    """
    head = data[: HTML_SNIFF_CHARS * _MAX_CHAR_BYTES]
    marked = decode_by_mark(head)
    return marked if marked is not None else head.decode("utf-8", errors="replace")


def is_html(data: bytes, input_kind: str) -> bool:
    """True when the input is to be cleaned as HTML: ``input_kind`` is ``"html"``, or it is
    ``"auto"`` and the input looks like HTML."""
    if input_kind == "auto":
        return looks_like_html(sniff_text(data))
    return input_kind == "html"


def input_name(source: str) -> str:
    """How messages name the input: the file's path, or ``<stdin>``."""
    return "<stdin>" if source == STDIN else source


def read_bytes(source: str) -> bytes:
    """Read a file (or stdin for ``-``) as bytes. Raises :class:`CommandError` (exit 1) when
    the input cannot be read."""
    try:
        return read_stdin_bytes() if source == STDIN else Path(source).read_bytes()
    except OSError as error:
        reason = error.strerror or str(error)
        raise CommandError(f"cannot read {input_name(source)}: {reason}", EXIT_INPUT) from None


def read_document(source: str, max_chars: int) -> bytes:
    """The document's bytes: the file (or stdin for ``-``) read, and decompressed when its
    first bytes say it is gzip, bzip2 or xz. Raises :class:`CommandError` (exit 1) when it
    cannot be read, is corrupt, decompresses past the size limit (``max_chars`` characters of
    at most four bytes each), or is no page (an image, an archive, a WARC file, binary data)."""
    data = read_bytes(source)
    try:
        data = decompress(data, max_chars * _MAX_CHAR_BYTES)
        refuse_non_document(data)
    except UnreadableInput as error:
        raise CommandError(f"{input_name(source)} {error}", EXIT_INPUT) from None
    return data


def decode_text(data: bytes, source: str) -> str:
    """Text input as UTF-8; undecodable bytes become U+FFFD, with a warning. Raises
    :class:`CommandError` (exit 1) when most of it is undecodable: that is no UTF-8 text."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        if mostly_undecodable(data):
            raise CommandError(
                f"{input_name(source)} is not UTF-8 text: most of its bytes cannot be decoded "
                "(convert text in another encoding to UTF-8 first, e.g. with iconv)",
                EXIT_INPUT,
            ) from None
        warn(
            f"{input_name(source)} is not valid UTF-8; undecodable bytes were replaced with U+FFFD"
        )
        return data.decode("utf-8", errors="replace")


def read_stdin_bytes() -> bytes:
    """All of stdin as bytes (as text, encoded back, when stdin has no byte buffer)."""
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        data: bytes = buffer.read()
        return data
    return sys.stdin.read().encode("utf-8")


def note_url_ignored(url: str | None) -> None:
    """Say that ``--url`` is not read when explaining text (its rows hold no date)."""
    if url is not None:
        note("explain reads --url only for HTML input; the input is text, so it was ignored")


def clean_input(
    data: bytes,
    source: str,
    input_kind: str,
    url: str | None = None,
    options: Options = DEFAULT_OPTIONS,
    fetched: dt.datetime | dt.date | None = None,
) -> Article:
    """Clean the input as ``"text"``, ``"html"`` or ``"auto"`` (see :func:`is_html`): HTML
    as bytes with ``newsclean.clean_html`` (which honours the page's declared charset), text
    decoded as UTF-8 with ``newsclean.clean``; the page's URL and the time it was read go with
    it."""
    return by_kind(
        data,
        source,
        input_kind,
        url,
        lambda html: newsclean.clean_html(html, url=url, fetched=fetched, options=options),
        lambda text: newsclean.clean(text, url=url, fetched=fetched, options=options),
    )


def explain_input(
    data: bytes,
    source: str,
    input_kind: str,
    url: str | None = None,
    options: Options = DEFAULT_OPTIONS,
) -> list[ExplainRow]:
    """The explain rows of the input, read as :func:`clean_input` reads it."""
    return by_kind(
        data,
        source,
        input_kind,
        url,
        lambda html: explain_html(html, url=url, options=options),
        lambda text: explain_text_ignoring(url, text, options),
    )


def explain_text_ignoring(url: str | None, text: str, options: Options) -> list[ExplainRow]:
    """The explain rows of a text, with a note when a ``--url`` was given (see
    :func:`note_url_ignored`)."""
    note_url_ignored(url)
    return explain_text(text, options=options)


Result = TypeVar("Result")


def by_kind(
    data: bytes,
    source: str,
    input_kind: str,
    url: str | None,
    on_html: Callable[[bytes], Result],
    on_text: Callable[[str], Result],
) -> Result:
    """``on_html(data)`` when the input is HTML (see :func:`is_html`), else ``on_text`` of
    the input decoded as UTF-8 text."""
    if is_html(data, input_kind):
        return on_html(data)
    return on_text(decode_text(data, source))
