"""Parquet in and out, a record batch (or a row group) at a time; pyarrow is imported only here,
and only when a Parquet file is read or written.

Internal: ``newsclean batch`` is the face.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..results import RAW_FIELD, RESERVED_FIELDS, RESULT_FIELDS, carried_names
from .base import READ_ERRORS, Chunk, InputError, OutputError, Reader, Record, describe_os_error
from .values import encode_carried_as_text, keep_rows, scrub_surrogates
from .writers import TabularWriter

if TYPE_CHECKING:
    import pyarrow as pa


def decode_arrow_batch(batch: pa.RecordBatch) -> list[Record]:
    """An Arrow record batch (from Parquet) as rows."""
    rows: list[Record] = batch.to_pylist()
    return rows


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


class ParquetWriter(TabularWriter):
    """Parquet, one row group per chunk; byline and dateline as structs, captions as a list.
    The input's columns keep their types from a Parquet input, and are text otherwise."""

    def __init__(
        self, destination: str, reader: Reader, result_fields: tuple[str, ...] = RESULT_FIELDS
    ) -> None:
        super().__init__(destination, reader, result_fields=result_fields)
        self.encode = keep_rows if reader.arrow_types is not None else encode_carried_as_text
        self.parquet: Any = None
        self.schema: Any = None

    def open_columns(self, columns: list[str]) -> None:
        import pyarrow.parquet as pq

        self.schema = parquet_schema(columns, self.reader, self.reserved)
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
    """Rows as an Arrow table of ``schema``; strings UTF-8 cannot encode are scrubbed.

    Raises :class:`OutputError` for values the schema's types cannot hold (the rows of a later
    Parquet input whose columns have other types than the first's).
    """
    import pyarrow as pa

    try:
        try:
            return pa.Table.from_pylist(rows, schema=schema)
        except UnicodeEncodeError:
            return pa.Table.from_pylist([scrub_surrogates(row) for row in rows], schema=schema)
    except (pa.ArrowInvalid, pa.ArrowTypeError) as error:
        raise OutputError(
            f"cannot write these rows as Parquet with the columns' types set by the first rows "
            f"({error}): write JSON Lines, or clean inputs of other schemas apart"
        ) from None


def parquet_schema(
    columns: list[str], reader: Reader, reserved: frozenset[str] = RESERVED_FIELDS
) -> pa.Schema:
    """The Arrow schema of a Parquet output with ``columns`` (input columns named like one of
    ``reserved`` carried renamed)."""
    import pyarrow as pa

    types = result_arrow_types()
    if reader.arrow_types is not None and reader.columns is not None:
        renamed = carried_names(reader.columns, reserved)
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
