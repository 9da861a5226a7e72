"""Row files for ``newsclean batch``: JSON Lines, CSV (either gzipped or not) and Parquet.

The format is chosen by the file's extension (:func:`detect_format`); ``-`` is JSON Lines on
standard input or output. A reader cuts its input into :class:`Chunk` s of raw records (lines,
CSV records, Arrow record batches) in the main process; the worker processes decode them
(the reader's ``decode``), clean the rows and encode them for the writer (the writer's
``encode``), so that parsing and serialising run in parallel and the main process mostly moves
bytes. A writer writes the encoded chunks, in input order, to a temporary file beside the
destination that :meth:`Writer.commit` renames over it, so a failed run never leaves a
truncated file under the destination's name.

pyarrow is imported only to read or write Parquet. Internal: ``newsclean batch`` is the face.
"""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import functools
import gzip
import io
import json
import os
import stat
import sys
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import IO, TYPE_CHECKING, Any

from .results import (
    MALFORMED_CSV,
    MALFORMED_JSON,
    RAW_FIELD,
    RESERVED_FIELDS,
    RESULT_FIELDS,
    RowError,
    carried_names,
)

if TYPE_CHECKING:
    import pyarrow as pa

#: The name that stands for standard input or output (JSON Lines).
STDIO = "-"
#: Format names by file extension (a further ``.gz`` compresses the text formats).
EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}
GZIP_EXTENSION = ".gz"
#: zlib level for gzipped output: the gzip command's default, several times faster than 9.
GZIP_LEVEL = 6
_UTF8_BOM = b"\xef\xbb\xbf"
#: Exceptions that mean the input file could not be read (gzip raises the last two).
READ_ERRORS = (OSError, EOFError, zlib.error)
PYARROW_HINT = "Parquet needs pyarrow: pip install 'newsclean[batch]'"
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


Record = dict[str, Any] | MalformedRecord


@dataclass(frozen=True, slots=True)
class Chunk:
    """A run of consecutive raw input records, cut by a reader.

    ``nbytes`` is the records' size as read (for throughput); ``position`` is how far into the
    input file the reader has got (for progress), or ``None`` when that is unknown.
    """

    records: Any
    rows: int
    nbytes: int
    position: int | None


@dataclass(frozen=True, slots=True)
class FileFormat:
    """A row file's format (``jsonl``, ``csv`` or ``parquet``) and whether it is gzipped."""

    name: str
    gzipped: bool = False


def detect_format(path: str) -> FileFormat:
    """The format of ``path`` from its extension; ``-`` is JSON Lines.

    >>> detect_format("news/2019.jsonl.gz")
    FileFormat(name='jsonl', gzipped=True)
    >>> detect_format("all-the-news.CSV")
    FileFormat(name='csv', gzipped=False)
    """
    if path == STDIO:
        return FileFormat("jsonl")
    suffixes = [suffix.lower() for suffix in PurePath(path).suffixes]
    gzipped = suffixes[-1:] == [GZIP_EXTENSION]
    if gzipped:
        suffixes.pop()
    name = EXTENSIONS.get(suffixes[-1] if suffixes else "")
    if name is None or (gzipped and name == "parquet"):
        raise UsageError(
            f"cannot tell the format of {path!r} from its extension: use .jsonl, .jsonl.gz, "
            f".csv, .csv.gz or .parquet, or {STDIO} for JSON Lines on stdin/stdout"
        )
    return FileFormat(name, gzipped)


def require_pyarrow() -> None:
    """Raise :class:`UsageError` with the install hint when pyarrow is missing."""
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise UsageError(PYARROW_HINT) from None


# ---------------------------------------------------------------- values


def json_default(value: object) -> object:
    """Values JSON cannot hold, as text: dates and times in ISO 8601, bytes decoded as UTF-8
    (undecodable bytes replaced), anything else (decimals, ...) through ``str``."""
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).decode("utf-8", errors="replace")
    if isinstance(value, decimal.Decimal):
        return str(value)
    return str(value)


def as_text(value: object) -> str | None:
    """A value as one text cell: strings as they are, ``None`` as ``None``, values JSON cannot
    hold through :func:`json_default`, the rest (numbers, booleans, lists, objects) as JSON."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, (dt.date, dt.time, bytes, bytearray, memoryview, decimal.Decimal)):
        return str(json_default(value))
    return json.dumps(value, ensure_ascii=False, default=json_default)


def scrub_surrogates(value: object) -> object:
    """``value`` with lone surrogates (which UTF-8 cannot encode) in its strings replaced by
    U+FFFD, through lists and dicts; a fallback, only used when encoding failed."""
    if isinstance(value, str):
        return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    if isinstance(value, list):
        return [scrub_surrogates(item) for item in value]
    if isinstance(value, dict):
        return {key: scrub_surrogates(item) for key, item in value.items()}
    return value


# ---------------------------------------------------------------- decoding (in the workers)


def decode_json_lines(lines: list[bytes]) -> list[Record]:
    """Parse JSON Lines lines into rows; a line that is not a JSON object is a MalformedRecord."""
    return [decode_json_line(line) for line in lines]


def decode_json_line(line: bytes) -> Record:
    """One JSON Lines line (as bytes, a UTF-8 byte-order mark allowed) as a row."""
    line = line.removeprefix(_UTF8_BOM)
    try:
        value = json.loads(line)
    except ValueError as error:  # JSONDecodeError and UnicodeDecodeError
        return malformed_line(line, str(error))
    if not isinstance(value, dict):
        return malformed_line(line, f"a JSON {type(value).__name__}, not an object")
    return value


def malformed_line(line: bytes, detail: str) -> MalformedRecord:
    """A JSON Lines line that is not a row, kept as text (undecodable bytes replaced)."""
    raw = line.decode("utf-8", errors="replace").rstrip("\r\n")
    return MalformedRecord(raw, RowError(MALFORMED_JSON, detail))


def decode_csv_records(records: tuple[list[str], list[list[str]]]) -> list[Record]:
    """CSV records as rows keyed by the header; see :func:`decode_csv_record`."""
    header, rows = records
    return [decode_csv_record(header, values) for values in rows]


def decode_csv_record(header: Sequence[str], values: list[str]) -> Record:
    """One CSV record as a row. A short record lacks its last fields; a record with more
    fields than the header is a MalformedRecord (kept whole, as one CSV line)."""
    if len(values) > len(header):
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="").writerow(values)
        detail = f"{len(values)} fields where the header has {len(header)}"
        return MalformedRecord(buffer.getvalue(), RowError(MALFORMED_CSV, detail))
    return dict(zip(header, values, strict=False))


def decode_arrow_batch(batch: pa.RecordBatch) -> list[Record]:
    """An Arrow record batch (from Parquet) as rows."""
    rows: list[Record] = batch.to_pylist()
    return rows


# ---------------------------------------------------------------- encoding (in the workers)


def encode_json_lines(rows: list[dict[str, Any]]) -> bytes:
    """Rows as JSON Lines in UTF-8, non-ASCII text as is; a row with a lone surrogate (from a
    ``\\ud800`` escape in its input) is written with ASCII escapes, exactly as it came."""
    try:
        return "".join([json_line(row) for row in rows]).encode("utf-8")
    except UnicodeEncodeError:
        return b"".join(encode_json_line(row) for row in rows)


def encode_json_line(row: dict[str, Any]) -> bytes:
    """One row as a JSON Lines line, with ASCII escapes if UTF-8 cannot encode it."""
    try:
        return json_line(row).encode("utf-8")
    except UnicodeEncodeError:
        return json_line(row, ensure_ascii=True).encode("ascii")


def json_line(row: dict[str, Any], *, ensure_ascii: bool = False) -> str:
    """One row as a line of JSON, newline included."""
    return json.dumps(row, ensure_ascii=ensure_ascii, default=json_default) + "\n"


def encode_text_cells(rows: list[dict[str, Any]]) -> list[dict[str, str | None]]:
    """Rows with every value one text cell (:func:`as_text`): the byline, dateline and captions
    become JSON strings. For CSV output."""
    return [{name: as_text(value) for name, value in row.items()} for row in rows]


def encode_carried_as_text(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows with the input's fields as text cells and the result fields as they are. For
    Parquet output from JSON Lines or CSV, whose fields' types a stream cannot know."""
    return [
        {name: value if name in RESERVED_FIELDS else as_text(value) for name, value in row.items()}
        for row in rows
    ]


def keep_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows as they are. For Parquet output from Parquet, whose schema is carried over."""
    return rows


# ---------------------------------------------------------------- readers


class Reader:
    """An open input file, read in chunks. Subclasses cut their format's records.

    ``decode`` turns a chunk's records into rows (a module-level function, run in the workers);
    ``columns`` are the input's column names when the format has a header or a schema;
    ``arrow_types`` their Arrow types (Parquet); ``may_be_malformed`` says whether a record can
    fail to be a row; ``size`` is the file's size in bytes when known.
    """

    decode: Callable[[Any], list[Record]] = staticmethod(decode_json_lines)
    columns: list[str] | None = None
    arrow_types: dict[str, Any] | None = None
    may_be_malformed = True

    def __init__(self, name: str, file: IO[bytes] | None, size: int | None) -> None:
        self.name = name
        self.file = file
        self.size = size

    def chunks(self, max_rows: int, max_bytes: int) -> Iterator[Chunk]:
        """The input in chunks of at most ``max_rows`` rows and about ``max_bytes`` bytes."""
        try:
            yield from self.read_chunks(max_rows, max_bytes)
        except READ_ERRORS as error:
            raise InputError(f"cannot read {self.name}: {describe_os_error(error)}") from None

    def read_chunks(self, max_rows: int, max_bytes: int) -> Iterator[Chunk]:
        """The format's own chunking; read errors are reported by :meth:`chunks`."""
        raise NotImplementedError

    def position(self) -> int | None:
        """How many bytes of the input file have been read (compressed bytes for gzip)."""
        if self.file is None or self.size is None:
            return None
        return self.file.tell()

    def close(self) -> None:
        """Close the input (standard input is left open)."""
        if self.file is not None and self.name != STDIO:
            self.file.close()


class JsonLinesReader(Reader):
    """JSON Lines: one JSON object per line; blank lines are skipped."""

    def __init__(self, name: str, file: IO[bytes] | None, size: int | None, lines: ByteStream):
        super().__init__(name, file, size)
        self.lines = lines

    def read_chunks(self, max_rows: int, max_bytes: int) -> Iterator[Chunk]:
        records: list[bytes] = []
        nbytes = 0
        for line in self.lines:
            if line.isspace():
                continue
            records.append(line)
            nbytes += len(line)
            if len(records) >= max_rows or nbytes >= max_bytes:
                yield Chunk(records, len(records), nbytes, self.position())
                records, nbytes = [], 0
        if records:
            yield Chunk(records, len(records), nbytes, self.position())


class CsvReader(Reader):
    """CSV with a header row, UTF-8 (undecodable bytes replaced); blank lines are skipped."""

    decode = staticmethod(decode_csv_records)

    def __init__(self, name: str, file: IO[bytes], size: int | None, stream: ByteStream):
        super().__init__(name, file, size)
        raise_csv_field_limit()
        text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="replace", newline="")
        self.records = csv.reader(text)
        self.header: list[str] | None = None

    def read_chunks(self, max_rows: int, max_bytes: int) -> Iterator[Chunk]:
        header = self.read_header()
        rows: list[list[str]] = []
        nbytes = 0
        for values in self.records:
            if not values:
                continue
            rows.append(values)
            nbytes += sum(map(len, values)) + len(values)
            if len(rows) >= max_rows or nbytes >= max_bytes:
                yield Chunk((header, rows), len(rows), nbytes, self.position())
                rows, nbytes = [], 0
        if rows:
            yield Chunk((header, rows), len(rows), nbytes, self.position())

    def read_header(self) -> list[str]:
        """The header row (read once; empty for an empty file), also kept as ``columns``."""
        if self.header is None:
            self.header = next(self.records, [])
            self.columns = self.header
        return self.header


class ParquetReader(Reader):
    """Parquet, read one record batch at a time."""

    decode = staticmethod(decode_arrow_batch)
    may_be_malformed = False

    def __init__(self, name: str, size: int | None) -> None:
        import pyarrow.parquet as pq

        super().__init__(name, None, size)
        try:
            self.parquet = pq.ParquetFile(name)
        except READ_ERRORS as error:
            raise InputError(f"cannot read {name}: {describe_os_error(error)}") from None
        except Exception as error:  # noqa: BLE001 - pyarrow's ArrowInvalid and kin
            raise InputError(f"cannot read {name} as Parquet: {error}") from None
        schema = self.parquet.schema_arrow
        self.columns = list(schema.names)
        self.arrow_types = {field.name: field.type for field in schema}

    def read_chunks(self, max_rows: int, max_bytes: int) -> Iterator[Chunk]:
        total = self.parquet.metadata.num_rows or 1
        done = 0
        for batch in self.parquet.iter_batches(batch_size=max_rows):
            done += batch.num_rows
            position = (self.size or 0) * done // total
            yield Chunk(batch, batch.num_rows, batch.nbytes, position)

    def close(self) -> None:
        self.parquet.close()


def raise_csv_field_limit() -> None:
    """Let the csv module read fields as long as a whole article (its default is 128 KiB)."""
    csv.field_size_limit(max(csv.field_size_limit(), min(sys.maxsize, 2**31 - 1)))


def open_reader(source: str) -> Reader:
    """Open ``source`` (a path or ``-``) with the reader its extension names.

    Raises :class:`UsageError` for an unknown extension or Parquet without pyarrow, and
    :class:`InputError` when the file cannot be opened.
    """
    file_format = detect_format(source)
    if file_format.name == "parquet":
        require_pyarrow()
        return ParquetReader(source, input_size(source))
    if source == STDIO:
        stdin = sys.stdin.buffer
        return JsonLinesReader(STDIO, None, None, stdin)
    size = input_size(source)
    try:
        file = open(source, "rb")  # noqa: SIM115 - the reader owns it and closes it
    except OSError as error:
        raise InputError(f"cannot read {source}: {describe_os_error(error)}") from None
    stream: ByteStream = gzip.GzipFile(fileobj=file, mode="rb") if file_format.gzipped else file
    if file_format.name == "csv":
        return CsvReader(source, file, size, stream)
    return JsonLinesReader(source, file, size, stream)


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


# ---------------------------------------------------------------- writers


class Writer:
    """An output being written: chunks go to a temporary file beside the destination (or to
    stdout), and :meth:`commit` renames it into place; :meth:`discard` removes it instead.

    ``encode`` turns cleaned rows into what :meth:`write` takes (a module-level function, run
    in the workers). ``unwritten`` counts rows with fields the output had no column for.
    """

    encode: Callable[[list[dict[str, Any]]], Any] = staticmethod(encode_json_lines)

    def __init__(self, destination: str, gzipped: bool = False) -> None:
        self.destination = destination
        self.unwritten = 0
        self.temporary: str | None = None
        if destination == STDIO:
            self.file: IO[bytes] = sys.stdout.buffer
        else:
            self.temporary = partial_path(destination)
            try:
                self.file = open(self.temporary, "wb")  # noqa: SIM115 - closed by commit/discard
            except OSError as error:
                raise OutputError(
                    f"cannot write {destination}: {describe_os_error(error)}"
                ) from None
        self.stream: ByteStream = (
            gzip.GzipFile(fileobj=self.file, mode="wb", compresslevel=GZIP_LEVEL, mtime=0)
            if gzipped
            else self.file
        )

    def write(self, payload: Any) -> None:
        """Write one encoded chunk."""
        self.stream.write(payload)

    def finish(self) -> None:
        """Write what the format needs at the end (a header for an empty CSV, a footer)."""

    def commit(self) -> None:
        """Finish the output and move it to its destination."""
        self.finish()
        if self.stream is not self.file:
            self.stream.close()
        if self.temporary is None:
            self.file.flush()
            return
        self.file.close()
        os.replace(self.temporary, self.destination)

    def discard(self) -> None:
        """Give up: close and remove the temporary file (stdout is left as it is)."""
        if self.temporary is None:
            return
        for stream in self.open_streams():
            with suppress(Exception):  # already broken: all that matters is the file goes
                stream.close()
        Path(self.temporary).unlink(missing_ok=True)

    def open_streams(self) -> list[Any]:
        """Everything to close when discarding, outermost first."""
        return [self.stream, self.file]


class TabularWriter(Writer):
    """A writer with one set of columns for the whole file: the input's columns (its header
    or schema; for JSON Lines, the fields of the first chunk of rows), ``raw`` when input
    records can be malformed, then the result fields."""

    def __init__(self, destination: str, reader: Reader, gzipped: bool = False) -> None:
        super().__init__(destination, gzipped)
        self.reader = reader
        self.columns: list[str] | None = None

    def start(self, rows: list[dict[str, Any]]) -> list[str]:
        """Fix the columns (from the input's columns, else from ``rows``) on the first write."""
        if self.columns is None:
            self.columns = output_columns(self.reader, rows)
            self.open_columns(self.columns)
        return self.columns

    def open_columns(self, columns: list[str]) -> None:
        """Start the file once its columns are known."""

    def count_unwritten(self, rows: list[dict[str, Any]], columns: list[str]) -> None:
        """Count the rows that have a field outside ``columns``."""
        known = set(columns)
        self.unwritten += sum(not known.issuperset(row) for row in rows)

    def finish(self) -> None:
        self.start([])


def output_columns(reader: Reader, rows: list[dict[str, Any]]) -> list[str]:
    """The columns of a tabular output (see :class:`TabularWriter`)."""
    if reader.columns is not None:
        carried = list(carried_names(reader.columns).values())
    else:
        carried = list(dict.fromkeys(name for row in rows for name in row))
    carried = [name for name in carried if name not in RESULT_FIELDS and name != RAW_FIELD]
    raw = [RAW_FIELD] if reader.may_be_malformed else []
    return [*carried, *raw, *RESULT_FIELDS]


class CsvWriter(TabularWriter):
    """CSV with a header row; byline, dateline and captions as JSON strings."""

    encode = staticmethod(encode_text_cells)

    def __init__(self, destination: str, reader: Reader, gzipped: bool = False) -> None:
        super().__init__(destination, reader, gzipped)
        self.text = io.TextIOWrapper(
            self.stream, encoding="utf-8", errors="backslashreplace", newline="", write_through=True
        )
        self.rows: csv.DictWriter[str] | None = None

    def open_columns(self, columns: list[str]) -> None:
        self.rows = csv.DictWriter(self.text, columns, extrasaction="ignore")
        self.rows.writeheader()

    def write(self, payload: list[dict[str, Any]]) -> None:
        columns = self.start(payload)
        self.count_unwritten(payload, columns)
        assert self.rows is not None
        self.rows.writerows(payload)

    def finish(self) -> None:
        super().finish()
        self.text.flush()
        self.text.detach()

    def open_streams(self) -> list[Any]:
        return [self.text, *super().open_streams()]


class ParquetWriter(TabularWriter):
    """Parquet, one row group per chunk; byline and dateline as structs, captions as a list.
    The input's columns keep their types from a Parquet input, and are text otherwise."""

    def __init__(self, destination: str, reader: Reader) -> None:
        super().__init__(destination, reader)
        self.encode = keep_rows if reader.arrow_types is not None else encode_carried_as_text
        self.parquet: Any = None
        self.schema: Any = None

    def open_columns(self, columns: list[str]) -> None:
        import pyarrow.parquet as pq

        self.schema = parquet_schema(columns, self.reader)
        self.parquet = pq.ParquetWriter(self.stream, self.schema)

    def write(self, payload: list[dict[str, Any]]) -> None:
        columns = self.start(payload)
        self.count_unwritten(payload, columns)
        self.parquet.write_table(arrow_table(payload, self.schema))

    def finish(self) -> None:
        super().finish()
        self.parquet.close()

    def open_streams(self) -> list[Any]:
        return [self.parquet, *super().open_streams()] if self.parquet else super().open_streams()


def arrow_table(rows: list[dict[str, Any]], schema: pa.Schema) -> pa.Table:
    """Rows as an Arrow table of ``schema``; strings UTF-8 cannot encode are scrubbed."""
    import pyarrow as pa

    try:
        return pa.Table.from_pylist(rows, schema=schema)
    except UnicodeEncodeError:
        return pa.Table.from_pylist([scrub_surrogates(row) for row in rows], schema=schema)


def parquet_schema(columns: list[str], reader: Reader) -> pa.Schema:
    """The Arrow schema of a Parquet output with ``columns``."""
    import pyarrow as pa

    types = result_arrow_types()
    if reader.arrow_types is not None and reader.columns is not None:
        renamed = carried_names(reader.columns)
        types = {renamed[name]: kind for name, kind in reader.arrow_types.items()} | types
    return pa.schema([(name, types.get(name, pa.string())) for name in columns])


@functools.cache
def result_arrow_types() -> dict[str, Any]:
    """The Arrow types of the result fields (``raw`` included)."""
    import pyarrow as pa

    text = pa.string()
    names = pa.list_(text)
    byline = pa.struct([("text", text), ("authors", names), ("editors", names)])
    dateline = pa.struct([("text", text), ("place", text), ("source", text), ("published", text)])
    return {
        RAW_FIELD: text,
        "body": text,
        "title": text,
        "byline": byline,
        "dateline": dateline,
        "captions": names,
        "error": text,
    }


def open_writer(destination: str, reader: Reader) -> Writer:
    """Open ``destination`` (a path or ``-``) with the writer its extension names.

    Raises :class:`UsageError` for an unknown extension or Parquet without pyarrow, and
    :class:`OutputError` when the file cannot be created.
    """
    file_format = detect_format(destination)
    if file_format.name == "parquet":
        require_pyarrow()
        return ParquetWriter(destination, reader)
    if file_format.name == "csv":
        return CsvWriter(destination, reader, file_format.gzipped)
    return Writer(destination, file_format.gzipped)


def partial_path(destination: str) -> str:
    """The temporary file a destination is written to before it is renamed into place.

    >>> partial_path("out/clean.jsonl.gz")
    'out/.clean.jsonl.gz.partial'
    """
    path = PurePath(destination)
    return str(path.with_name(f".{path.name}.partial"))
