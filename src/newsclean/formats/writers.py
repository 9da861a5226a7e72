"""The output side: a :class:`Writer` writes encoded chunks to a temporary file beside the
destination and renames it into place when done; :class:`TabularWriter` fixes one set of columns.

Internal: ``newsclean batch`` is the face.
"""

from __future__ import annotations

import gzip
import os
import sys
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path, PurePath
from typing import IO, Any

from ..results import (
    MARKDOWN_FIELD,
    RAW_FIELD,
    RESULT_FIELDS,
    SOURCE_FIELD,
    carried_names,
    reserved_fields,
)
from .base import GZIP_LEVEL, STDIO, ByteStream, OutputError, Reader, describe_os_error
from .values import encode_json_lines


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
    records can be malformed, ``source`` when the rows name their file, then the result
    fields (``result_fields``)."""

    def __init__(
        self,
        destination: str,
        reader: Reader,
        gzipped: bool = False,
        result_fields: tuple[str, ...] = RESULT_FIELDS,
    ) -> None:
        super().__init__(destination, gzipped)
        self.reader = reader
        self.result_fields = result_fields
        self.reserved = reserved_fields(MARKDOWN_FIELD in result_fields, reader.adds_source)
        self.columns: list[str] | None = None

    def start(self, rows: list[dict[str, Any]]) -> list[str]:
        """Fix the columns (from the input's columns, else from ``rows``) on the first write."""
        if self.columns is None:
            self.columns = output_columns(self.reader, rows, self.result_fields)
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


def output_columns(
    reader: Reader, rows: list[dict[str, Any]], result_fields: tuple[str, ...] = RESULT_FIELDS
) -> list[str]:
    """The columns of a tabular output (see :class:`TabularWriter`)."""
    if reader.columns is not None:
        reserved = reserved_fields(MARKDOWN_FIELD in result_fields, reader.adds_source)
        carried = list(carried_names(reader.columns, reserved).values())
    else:
        carried = list(dict.fromkeys(name for row in rows for name in row))
    source = [SOURCE_FIELD] if reader.adds_source else []
    added = {RAW_FIELD, *source, *result_fields}
    carried = [name for name in carried if name not in added]
    raw = [RAW_FIELD] if reader.may_be_malformed else []
    return [*carried, *raw, *source, *result_fields]


def partial_path(destination: str) -> str:
    """The temporary file a destination is written to before it is renamed into place.

    >>> partial_path("out/clean.jsonl.gz")
    'out/.clean.jsonl.gz.partial'
    """
    path = PurePath(destination)
    return str(path.with_name(f".{path.name}.partial"))
