"""What every row file shares: the formats' names, the errors, the records and chunks a reader
yields, and the base :class:`Reader`.

Internal: ``newsclean batch`` is the face.
"""

from __future__ import annotations

import dataclasses
import gzip
import os
import stat
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import PurePath
from typing import IO, Any

from ..results import InputKind, RowError

STDIO = "-"
#: Format names by file extension (a further ``.gz`` compresses the text formats).
EXTENSIONS = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
    ".warc": "warc",
    ".wet": "wet",
}
#: The formats that are only read (crawls), and those a ``.gz`` may not follow.
INPUT_ONLY = frozenset({"warc", "wet"})
NEVER_GZIPPED = frozenset({"parquet"})
GZIP_EXTENSION = ".gz"
#: zlib level for gzipped output: the gzip command's default, several times faster than 9.
GZIP_LEVEL = 6
_UTF8_BOM = b"\xef\xbb\xbf"
#: Exceptions that mean the input file could not be read (gzip raises the last two).
READ_ERRORS = (OSError, EOFError, zlib.error)
PYARROW_HINT = "Parquet needs pyarrow: pip install 'newsclean[batch]'"
#: What the summary calls the blank lines a reader skipped.
BLANK_LINES = "blank lines"
#: What rows are read from and written to: a file, stdin or stdout's bytes, or gzip over a file.
ByteStream = IO[bytes] | gzip.GzipFile


class UsageError(ValueError):
    """Arguments that cannot work: an unknown extension, Parquet without pyarrow."""


class InputError(Exception):
    """The input could not be read."""


class OutputError(Exception):
    """The output could not be written."""


@dataclass(frozen=True, slots=True)
class MalformedRecord:
    """An input record that is not a row: the record as read, and why."""

    raw: str
    error: RowError


@dataclass(frozen=True, slots=True)
class Document:
    """A record that is one document to clean, not a row of fields (a WARC or WET record):
    the fields its output row carries (``url``, ``warc_record_id``, ``warc_date``), the value
    to clean as ``kind``, or the error that kept it from being read."""

    fields: dict[str, Any]
    value: str | bytes | None
    kind: InputKind
    error: RowError | None = None


Record = dict[str, Any] | MalformedRecord | Document


@dataclass(frozen=True, slots=True)
class Chunk:
    """A run of consecutive raw input records, cut by a reader.

    ``nbytes`` is the records' size as read (for throughput); ``position`` is how far into the
    input file the reader has got (for progress), or ``None`` when that is unknown. ``decode``
    is the reader's (:attr:`Reader.decode`) and ``source`` the file the output rows name, when
    a batch reads several (both set by :meth:`Reader.chunks`).
    """

    records: Any
    rows: int
    nbytes: int
    position: int | None
    decode: Callable[[Any], list[Record]] | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class FileFormat:
    """A row file's format (``jsonl``, ``csv`` or ``parquet``) and whether it is gzipped."""

    name: str
    gzipped: bool = False


def detect_format(path: str, *, output: bool = False) -> FileFormat:
    """The format of ``path`` from its extension (an input's, or with ``output`` an output's);
    ``-`` is JSON Lines.

    >>> detect_format("news/2019.jsonl.gz")
    FileFormat(name='jsonl', gzipped=True)
    >>> detect_format("all-the-news.CSV")
    FileFormat(name='csv', gzipped=False)
    >>> detect_format("CC-MAIN-20240101-00000.warc.wet.gz")
    FileFormat(name='wet', gzipped=True)
    """
    if path == STDIO:
        return FileFormat("jsonl")
    suffixes = [suffix.lower() for suffix in PurePath(path).suffixes]
    gzipped = suffixes[-1:] == [GZIP_EXTENSION]
    if gzipped:
        suffixes.pop()
    name = EXTENSIONS.get(suffixes[-1] if suffixes else "")
    if name is None or (gzipped and name in NEVER_GZIPPED) or (output and name in INPUT_ONLY):
        crawls = "" if output else "; .warc, .warc.gz, .wet or .warc.wet.gz for a crawl"
        raise UsageError(
            f"cannot tell the format of {path!r} from its extension: use .jsonl, .jsonl.gz, "
            f".csv, .csv.gz or .parquet{crawls}, or {STDIO} for JSON Lines on "
            f"{'stdout' if output else 'stdin'}"
        )
    return FileFormat(name, gzipped)


def require_pyarrow() -> None:
    """Raise :class:`UsageError` with the install hint when pyarrow is missing."""
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise UsageError(PYARROW_HINT) from None


class Reader:
    """An open input file, read in chunks. Subclasses cut their format's records.

    ``decode`` turns a chunk's records into rows (a module-level function, run in the workers);
    ``columns`` are the input's column names when the format has a header or a schema;
    ``arrow_types`` their Arrow types (Parquet); ``may_be_malformed`` says whether a record can
    fail to be a row; ``size`` is the file's size in bytes when known. ``source``, when set,
    is the name each output row carries in its ``source`` field (a batch of several inputs).
    ``skipped`` counts what was read and passed over (blank lines, WARC records that are not
    pages), by what it was; ``problems`` says why a file was not read to its end.
    """

    decode: Callable[[Any], list[Record]]
    columns: list[str] | None = None
    arrow_types: dict[str, Any] | None = None
    may_be_malformed = True

    def __init__(self, name: str, file: IO[bytes] | None, size: int | None) -> None:
        self.name = name
        self.file = file
        self.size = size
        self.source: str | None = None
        self.skipped: Counter[str] = Counter()
        self.problems: list[str] = []

    def chunks(self, max_rows: int, max_bytes: int) -> Iterator[Chunk]:
        """The input in chunks of at most ``max_rows`` rows and about ``max_bytes`` bytes."""
        try:
            for chunk in self.read_chunks(max_rows, max_bytes):
                yield dataclasses.replace(chunk, decode=self.decode, source=self.source)
        except READ_ERRORS as error:
            raise InputError(f"cannot read {self.name}: {describe_os_error(error)}") from None

    def read_chunks(self, max_rows: int, max_bytes: int) -> Iterator[Chunk]:
        """The format's own chunking; read errors are reported by :meth:`chunks`."""
        raise NotImplementedError

    @property
    def adds_source(self) -> bool:
        """True when the output rows carry a ``source`` field."""
        return self.source is not None

    def position(self) -> int | None:
        """How many bytes of the input file have been read (compressed bytes for gzip)."""
        if self.file is None or self.size is None:
            return None
        return self.file.tell()

    def close(self) -> None:
        """Close the input (standard input is left open)."""
        if self.file is not None and self.name != STDIO:
            self.file.close()


def input_size(path: str) -> int | None:
    """The size of the input file (``None`` for a pipe such as ``<(zcat ...)``);
    :class:`InputError` when it is missing or a directory."""
    try:
        status = os.stat(path)
    except OSError as error:
        raise InputError(f"cannot read {path}: {describe_os_error(error)}") from None
    if stat.S_ISDIR(status.st_mode):
        raise InputError(f"cannot read {path}: Is a directory")
    return status.st_size if stat.S_ISREG(status.st_mode) else None


def describe_os_error(error: BaseException) -> str:
    """An OS error's reason without the path (``No such file or directory``)."""
    return getattr(error, "strerror", None) or str(error) or type(error).__name__
