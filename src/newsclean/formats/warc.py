"""WARC and WET files in (``.warc``, ``.warc.gz``, ``.wet``, ``.wet.gz``, ``.warc.wet.gz``), read
with warcio: every page of a crawl, one output row per page.

A WARC file's pages are its ``response`` records whose HTTP payload is HTML (``text/html`` or
``application/xhtml+xml``, status 2xx), cleaned with ``clean_html``: the payload is decoded
from its transfer and content encodings, and in the charset the HTTP ``Content-Type`` names
when it is not UTF-8 (else the page's own ``<meta>`` decides). A WET file's pages are its
``conversion`` records (the text Common Crawl extracted), cleaned with ``clean``. The kind comes
from the file's name (``.wet`` in it) or else from its first record. Each row carries the
record's ``url`` (WARC-Target-URI), ``warc_record_id`` and ``warc_date``; every other record
(requests, metadata, warcinfo, revisits, responses that are not HTML pages) is skipped and
counted. A record cut short, whose block digest does not match, or that is not followed by the
blank lines a record ends with (its Content-Length is wrong) gives a row with an ``error``;
when the records' boundaries are lost, the file's reading ends with a problem the batch reports.

warcio is imported only here, and only when a WARC or WET file is read. Internal: ``newsclean
batch`` is the face.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator
from typing import IO, Any

from ..results import CORRUPT_RECORD, TOO_LARGE, RowError
from ..webpage.decode import codec_for_label, decode_by_mark
from .base import READ_ERRORS, Chunk, Document, Reader, Record, UsageError

WARCIO_HINT = "WARC and WET files need warcio: pip install 'newsclean[warc]'"
#: The fields each row of a WARC or WET file carries, before the result fields.
WARC_COLUMNS = ["url", "warc_record_id", "warc_date"]
#: Payload media types that are pages.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
#: The record types that tell a WARC file (responses) from a WET file (conversions).
_KIND_OF_TYPE = {"response": "warc", "request": "warc", "revisit": "warc", "conversion": "wet"}
#: What the record type of each kind's pages is.
_PAGE_TYPE = {"warc": "response", "wet": "conversion"}
#: The most bytes read of one record's payload: four per character of the size limit.
BYTES_PER_CHAR = 4
#: What warcio writes on stderr when a record is not followed by its closing blank lines.
_UNTERMINATED_WARNING = "Record not followed by newline"


def require_warcio() -> None:
    """Raise :class:`UsageError` with the install hint when warcio is missing."""
    try:
        import warcio  # noqa: F401
    except ImportError:
        raise UsageError(WARCIO_HINT) from None


def keep_documents(documents: list[Record]) -> list[Record]:
    """A chunk's records, which the reader made Documents already (the workers clean them)."""
    return documents


def media_type(content_type: str | None) -> str:
    """The media type of a ``Content-Type`` header, lower-cased, parameters aside.

    >>> media_type("Text/HTML; charset=ISO-8859-1")
    'text/html'
    """
    return (content_type or "").split(";", 1)[0].strip().lower()


def http_charset(content_type: str | None) -> str | None:
    """The codec a ``Content-Type`` header's ``charset`` names, or None.

    >>> http_charset('text/html; charset="Shift_JIS"'), http_charset("text/html")
    ('shift_jis', None)
    """
    for parameter in (content_type or "").split(";")[1:]:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset":
            return codec_for_label(value)
    return None


def html_value(payload: bytes, charset: str | None) -> str | bytes:
    """The page for ``clean_html``: decoded in the HTTP charset when it names one and the bytes
    have no byte-order mark and are not UTF-8; else the bytes, which ``clean_html`` decodes
    (byte-order mark, UTF-8, the page's ``<meta>``, detection).

    >>> html_value("<p>café</p>".encode("cp1252"), "cp1252")
    '<p>café</p>'
    >>> html_value("<p>café</p>".encode("utf-8"), "cp1252")
    b'<p>caf\\xc3\\xa9</p>'
    """
    if charset is None or decode_by_mark(payload[:4]) is not None:
        return payload
    try:
        payload.decode("utf-8")
    except UnicodeDecodeError:
        return payload.decode(charset, errors="replace")
    return payload


def record_fields(record: Any) -> dict[str, Any]:
    """The fields a record's row carries: its target URI, record id and date."""
    headers = record.rec_headers
    return {
        "url": headers.get_header("WARC-Target-URI"),
        "warc_record_id": headers.get_header("WARC-Record-ID"),
        "warc_date": headers.get_header("WARC-Date"),
    }


def read_payload(record: Any, limit: int) -> tuple[bytes, RowError | None]:
    """The record's payload (HTTP headers aside, transfer and content encodings decoded), at
    most ``limit`` bytes, and what is wrong with the record: too large, its payload undecodable,
    cut short of its Content-Length, or its block digest not matching."""
    try:
        payload = record.content_stream().read(limit + 1)
    except (*READ_ERRORS, ValueError) as error:
        return b"", RowError(CORRUPT_RECORD, f"its payload cannot be decoded: {error}")
    raw = record.raw_stream
    while raw.read(1 << 16):  # the rest of the block, so that the digest is checked
        pass
    if raw.limit > 0:
        return payload, RowError(
            CORRUPT_RECORD,
            f"truncated: the file ends {raw.limit:,} bytes short of its Content-Length",
        )
    if record.digest_checker.passed is False:
        return payload, RowError(
            CORRUPT_RECORD, "its block digest does not match (is its Content-Length wrong?)"
        )
    if len(payload) > limit:
        return b"", RowError(TOO_LARGE, f"its payload is over the limit of {limit:,} bytes")
    return payload, None


class WarcReader(Reader):
    """A WARC or WET file, one Document per page record (see the module docstring)."""

    decode = staticmethod(keep_documents)
    may_be_malformed = False

    def __init__(
        self, name: str, file: IO[bytes], size: int | None, kind: str | None, max_chars: int
    ) -> None:
        super().__init__(name, file, size)
        self.kind = kind
        self.limit = max_chars * BYTES_PER_CHAR
        self.columns = list(WARC_COLUMNS)

    def read_chunks(self, max_rows: int, max_bytes: int) -> Iterator[Chunk]:
        documents: list[Record] = []
        nbytes = 0
        for document in self.documents():
            documents.append(document)
            nbytes += len(document.value or "")
            if len(documents) >= max_rows or nbytes >= max_bytes:
                yield Chunk(documents, len(documents), nbytes, self.position())
                documents, nbytes = [], 0
        if documents:
            yield Chunk(documents, len(documents), nbytes, self.position())

    def documents(self) -> Iterator[Document]:
        """The file's pages as Documents, in file order. A record is read to its end (and
        checked) when the next one is asked for, so each Document is held back until then."""
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed

        assert self.file is not None
        records = iter(ArchiveIterator(self.file, check_digests=True))
        pending: Document | None = None
        count = 0
        while True:
            warnings = io.StringIO()
            try:
                with contextlib.redirect_stderr(warnings):
                    record = next(records, None)
            except (ArchiveLoadFailed, *READ_ERRORS) as error:
                if pending is not None:
                    yield pending
                self.problems.append(
                    f"{self.name}: the records' boundaries are lost after record {count:,} "
                    f"({' '.join(str(error).split())}); the rest of the file was not read"
                )
                return
            if pending is not None:
                yield checked_end(pending, warnings.getvalue())
            if record is None:
                return
            if record.format != "warc":  # warcio reads what is no WARC record as an ARC one
                self.problems.append(
                    f"{self.name}: record {count + 1:,} is not a WARC record; the rest of the "
                    "file was not read"
                )
                return
            count += 1
            pending = self.read_record(record)

    def read_record(self, record: Any) -> Document | None:
        """The record's Document, or None for a record that is not a page (counted)."""
        kind = self.kind or _KIND_OF_TYPE.get(record.rec_type)
        if self.kind is None and kind is not None:
            self.kind = kind  # the first record that tells decides the file's kind
        skipped = skip_reason(record, kind or "warc")
        if skipped is not None:
            self.skipped[skipped] += 1
            return None
        payload, error = read_payload(record, self.limit)
        if kind == "wet":
            return Document(
                record_fields(record), payload.decode("utf-8", "replace"), "text", error
            )
        content_type = record.http_headers.get_header("Content-Type")
        value = html_value(payload, http_charset(content_type))
        return Document(record_fields(record), value, "html", error)


def skip_reason(record: Any, kind: str) -> str | None:
    """Why a record is not one of the file's pages (what the summary counts), or None."""
    if record.rec_type != _PAGE_TYPE[kind]:
        return f"{record.rec_type} records"
    if kind == "wet":
        return None
    http = record.http_headers
    if http is None or media_type(http.get_header("Content-Type")) not in HTML_TYPES:
        return "non-HTML responses"
    if not str(http.get_statuscode()).startswith("2"):
        return "non-2xx responses"
    return None


def checked_end(document: Document, warnings: str) -> Document:
    """The Document with an error when warcio found its record not followed by the blank lines
    a record ends with (a wrong Content-Length), unless it has an error already."""
    if _UNTERMINATED_WARNING not in warnings or document.error is not None:
        return document
    error = RowError(
        CORRUPT_RECORD, "not followed by the blank lines a record ends with (wrong Content-Length?)"
    )
    return Document(document.fields, document.value, document.kind, error)
