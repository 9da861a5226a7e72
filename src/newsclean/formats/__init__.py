"""Row files for ``newsclean batch``: JSON Lines, CSV (either gzipped or not) and Parquet.

WARC and WET files (crawls) are read too, by :mod:`newsclean.formats.warc`. The format is
chosen by the file's extension (:func:`detect_format`); ``-`` is JSON Lines on
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

import functools
import gzip
import os
import sys
from collections.abc import Sequence

from ..options import DEFAULT_MAX_INPUT_CHARS
from ..results import RESULT_FIELDS
from .base import (
    EXTENSIONS,
    GZIP_EXTENSION,
    GZIP_LEVEL,
    INPUT_ONLY,
    PYARROW_HINT,
    READ_ERRORS,
    STDIO,
    ByteStream,
    Chunk,
    Document,
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
from .multi import MultiReader, expand_inputs
from .parquet import ParquetReader, ParquetWriter
from .values import as_text, json_default, scrub_surrogates
from .warc import WarcReader, require_warcio
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
    "Document",
    "FileFormat",
    "InputError",
    "JsonLinesReader",
    "MalformedRecord",
    "MultiReader",
    "OutputError",
    "ParquetReader",
    "ParquetWriter",
    "Reader",
    "Record",
    "TabularWriter",
    "UsageError",
    "WarcReader",
    "Writer",
    "as_text",
    "describe_os_error",
    "detect_format",
    "expand_inputs",
    "input_size",
    "json_default",
    "open_inputs",
    "open_reader",
    "open_writer",
    "output_columns",
    "partial_path",
    "require_pyarrow",
    "scrub_surrogates",
]


def open_reader(source: str, max_chars: int = DEFAULT_MAX_INPUT_CHARS) -> Reader:
    """Open ``source`` (a path or ``-``) with the reader its extension names; ``max_chars``
    bounds what is read of one WARC or WET record.

    Raises :class:`UsageError` for an unknown extension, Parquet without pyarrow or WARC
    without warcio, and :class:`InputError` when the file cannot be opened.
    """
    file_format = detect_format(source)
    if file_format.name == "parquet":
        require_pyarrow()
        return ParquetReader(source, input_size(source))
    if file_format.name in INPUT_ONLY:
        require_warcio()
    if source == STDIO:
        stdin = sys.stdin.buffer
        return JsonLinesReader(STDIO, None, None, stdin)
    size = input_size(source)
    try:
        file = open(source, "rb")  # noqa: SIM115 - the reader owns it and closes it
    except OSError as error:
        raise InputError(f"cannot read {source}: {describe_os_error(error)}") from None
    if file_format.name in INPUT_ONLY:  # warcio reads gzip members itself
        kind = "wet" if file_format.name == "wet" else None
        return WarcReader(source, file, size, kind, max_chars)
    stream: ByteStream = gzip.GzipFile(fileobj=file, mode="rb") if file_format.gzipped else file
    if file_format.name == "csv":
        return CsvReader(source, file, size, stream)
    return JsonLinesReader(source, file, size, stream)


def open_inputs(
    sources: Sequence[str], destination: str, max_chars: int = DEFAULT_MAX_INPUT_CHARS
) -> Reader:
    """Open the inputs of a batch: one file (or ``-``) with its reader; several, or a directory,
    as a :class:`MultiReader` whose rows name their ``source`` file.

    Raises :class:`UsageError` (``-`` beside other inputs, an unknown extension, a format
    whose library is missing) and :class:`InputError` (a missing file, an empty directory)
    before anything is read.
    """
    if len(sources) == 1 and not os.path.isdir(sources[0]):
        return open_reader(sources[0], max_chars)
    if STDIO in sources:
        raise UsageError(f"{STDIO} (standard input) cannot be read beside other inputs")
    files = expand_inputs(sources, destination)
    for name in {detect_format(path).name for path in files}:
        if name == "parquet":
            require_pyarrow()
        elif name in INPUT_ONLY:
            require_warcio()
    return MultiReader(files, functools.partial(open_reader, max_chars=max_chars))


def open_writer(
    destination: str, reader: Reader, result_fields: tuple[str, ...] = RESULT_FIELDS
) -> Writer:
    """Open ``destination`` (a path or ``-``) with the writer its extension names, for rows
    read by ``reader`` with ``result_fields``.

    Raises :class:`UsageError` for an unknown extension or Parquet without pyarrow, and
    :class:`OutputError` when the file cannot be created.
    """
    file_format = detect_format(destination, output=True)
    if file_format.name == "parquet":
        require_pyarrow()
        return ParquetWriter(destination, reader, result_fields)
    if file_format.name == "csv":
        return CsvWriter(destination, reader, file_format.gzipped, result_fields)
    return Writer(destination, file_format.gzipped)
