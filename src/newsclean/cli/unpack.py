"""An input file's bytes as a document: decompressed when its first bytes say it is gzip, bzip2 or
xz (whatever its name), and refused with a clear message when it is no text at all (an image, a
PDF, an archive, a WARC file, bytes that decode to mostly nothing).

Pure functions of the bytes; the command line turns :class:`UnreadableInput` into one line on
stderr and exit code 1.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import zlib
from collections.abc import Callable

#: Compressed formats read, by the magic bytes they open with, with the name messages give them
#: and the function that opens a decompressing stream over them (each reads concatenated
#: members or streams, as ``zcat`` does).
COMPRESSIONS: tuple[tuple[bytes, str, Callable[[io.BytesIO], io.BufferedIOBase]], ...] = (
    (b"\x1f\x8b", "gzip", lambda raw: gzip.GzipFile(fileobj=raw, mode="rb")),
    (b"BZh", "bzip2", lambda raw: bz2.BZ2File(raw, mode="rb")),
    (b"\xfd7zXZ\x00", "xz", lambda raw: lzma.LZMAFile(raw, mode="rb")),  # noqa: SIM115
)
#: What a truncated or corrupt compressed stream raises.
DECOMPRESSION_ERRORS = (OSError, EOFError, zlib.error, lzma.LZMAError)

#: Files that are not documents, by their magic bytes, with what to call them.
NOT_DOCUMENTS = (
    (b"WARC/", "a WARC file: clean its records with 'newsclean batch FILE -o OUT.jsonl'"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed, which newsclean does not read: decompress it first"),
    (b"PK\x03\x04", "a ZIP archive: extract the page from it first"),
    (b"%PDF-", "a PDF document, not a page's text or HTML"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image, not a page's text or HTML"),
    (b"\xff\xd8\xff", "a JPEG image, not a page's text or HTML"),
    (b"GIF8", "a GIF image, not a page's text or HTML"),
    (b"PAR1", "a Parquet file: clean its rows with 'newsclean batch FILE -o OUT'"),
)
#: Byte-order marks of the codecs whose text holds NUL bytes (UTF-16 and UTF-32).
_WIDE_MARKS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
#: How much of the input is looked at for NUL bytes and undecodable bytes.
SNIFF_BYTES = 8192
#: Above this share of undecodable characters in that sample, text input is binary, not text
#: with a few bad bytes (those are replaced, with a warning).
UNDECODABLE_SHARE = 0.1


class UnreadableInput(ValueError):
    """The input cannot be read as a document: why, as one line."""


def compression_of(data: bytes) -> str | None:
    """The compression the bytes open with (``"gzip"``, ``"bzip2"``, ``"xz"``), or None.

    >>> compression_of(gzip.compress(b"news")), compression_of(b"news")
    ('gzip', None)
    """
    for magic, name, _ in COMPRESSIONS:
        if data.startswith(magic):
            return name
    return None


def decompress(data: bytes, limit: int) -> bytes:
    """The bytes decompressed when their magic bytes name a compression (else as they are).

    Raises :class:`UnreadableInput` when the stream is truncated or corrupt, or when it
    decompresses to more than ``limit`` bytes (a bound on the work, and on a decompression
    bomb: the limit is reached without decompressing the rest).

    >>> decompress(bz2.compress("Café".encode()), 100).decode()
    'Café'
    """
    for magic, name, opener in COMPRESSIONS:
        if not data.startswith(magic):
            continue
        try:
            with opener(io.BytesIO(data)) as stream:
                unpacked = stream.read(limit + 1)
        except DECOMPRESSION_ERRORS as error:
            reason = str(error) or type(error).__name__
            raise UnreadableInput(f"is {name}-compressed but cannot be decompressed: {reason}")
        if len(unpacked) > limit:
            raise UnreadableInput(
                f"decompresses to more than {limit:,} bytes, over the size limit (--max-chars)"
            )
        return unpacked
    return data


def refuse_non_document(data: bytes) -> None:
    """Raise :class:`UnreadableInput` when the bytes are a kind of file that is not a page (see
    :data:`NOT_DOCUMENTS`), or hold NUL bytes without a UTF-16 or UTF-32 byte-order mark.

    >>> refuse_non_document(b"Breaking news.")
    >>> refuse_non_document(b"\\x7fELF\\x02\\x01\\x00\\x00")
    Traceback (most recent call last):
    ...
    newsclean.cli.unpack.UnreadableInput: is a binary file (it holds NUL bytes), not a page's text or HTML
    """
    for magic, what in NOT_DOCUMENTS:
        if data.startswith(magic):
            raise UnreadableInput(f"is {what}")
    if b"\x00" in data[:SNIFF_BYTES] and not data.startswith(_WIDE_MARKS):
        raise UnreadableInput("is a binary file (it holds NUL bytes), not a page's text or HTML")


def mostly_undecodable(data: bytes) -> bool:
    """True when more than :data:`UNDECODABLE_SHARE` of the characters the start of the bytes
    decodes to as UTF-8 are undecodable: binary data or text in another encoding, not UTF-8
    with a few bad bytes.

    >>> mostly_undecodable("Le café est fermé.".encode("utf-8"))
    False
    >>> mostly_undecodable(bytes(range(128, 256)))
    True
    """
    head = data[:SNIFF_BYTES].decode("utf-8", errors="replace")
    # A multi-byte character cut at the sample's end is one replacement at most.
    return head.count("\ufffd") > UNDECODABLE_SHARE * max(len(head), 1) + 1
