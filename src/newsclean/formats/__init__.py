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

import gzip
import sys

from .base import (
    EXTENSIONS,
    GZIP_EXTENSION,
    GZIP_LEVEL,
    PYARROW_HINT,
    READ_ERRORS,
    STDIO,
    ByteStream,
    Chunk,
    FileFormat,
    InputError,
    MalformedRecord,
    OutputError,
    Reader,
    Record,
    UsageError,
    describe_os_error,
    detect_format,
    input_size,
    require_pyarrow,
)
from .csvfile import CsvReader, CsvWriter
from .jsonl import JsonLinesReader
from .parquet import ParquetReader, ParquetWriter
from .values import as_text, json_default, scrub_surrogates
from .writers import TabularWriter, Writer, output_columns, partial_path

__all__ = [
    "EXTENSIONS",
    "GZIP_EXTENSION",
    "GZIP_LEVEL",
    "PYARROW_HINT",
    "READ_ERRORS",
    "STDIO",
    "ByteStream",
    "Chunk",
    "CsvReader",
    "CsvWriter",
    "FileFormat",
    "InputError",
    "JsonLinesReader",
    "MalformedRecord",
    "OutputError",
    "ParquetReader",
    "ParquetWriter",
    "Reader",
    "Record",
    "TabularWriter",
    "UsageError",
    "Writer",
    "as_text",
    "describe_os_error",
    "detect_format",
    "input_size",
    "json_default",
    "open_reader",
    "open_writer",
    "output_columns",
    "partial_path",
    "require_pyarrow",
    "scrub_surrogates",
]


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
