"""CSV with a header row, in and out, gzipped or not.

Internal: ``newsclean batch`` is the face.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator, Sequence
from typing import IO, Any

from ..results import MALFORMED_CSV, RowError
from .base import BLANK_LINES, ByteStream, Chunk, MalformedRecord, Reader, Record
from .values import encode_text_cells
from .writers import TabularWriter


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
                self.skipped[BLANK_LINES] += 1
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


def raise_csv_field_limit() -> None:
    """Let the csv module read fields as long as a whole article (its default is 128 KiB)."""
    csv.field_size_limit(max(csv.field_size_limit(), min(sys.maxsize, 2**31 - 1)))


class CsvWriter(TabularWriter):
    """CSV with a header row; byline, dateline and captions as JSON strings. The text stream
    over the output opens with the header, once the columns are known."""

    encode = staticmethod(encode_text_cells)
    text: io.TextIOWrapper | None = None
    rows: csv.DictWriter[str] | None = None

    def open_columns(self, columns: list[str]) -> None:
        self.text = io.TextIOWrapper(
            self.stream, encoding="utf-8", errors="backslashreplace", newline="", write_through=True
        )
        self.rows = csv.DictWriter(self.text, columns, extrasaction="ignore")
        self.rows.writeheader()

    def write(self, payload: list[dict[str, Any]]) -> None:
        columns = self.start(payload)
        self.count_unwritten(payload, columns)
        assert self.rows is not None
        self.rows.writerows(payload)

    def finish(self) -> None:
        super().finish()
        assert self.text is not None  # the columns are fixed by now
        self.text.flush()
        self.text.detach()

    def open_streams(self) -> list[Any]:
        text = [self.text] if self.text is not None else []
        return [*text, *super().open_streams()]
