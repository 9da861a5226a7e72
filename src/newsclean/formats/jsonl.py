"""JSON Lines in: one JSON object per line, UTF-8, gzipped or not.

Internal: ``newsclean batch`` is the face.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO

from ..results import MALFORMED_JSON, RowError
from .base import BLANK_LINES, ByteStream, Chunk, MalformedRecord, Reader, Record

_UTF8_BOM = b"\xef\xbb\xbf"


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


class JsonLinesReader(Reader):
    """JSON Lines: one JSON object per line; blank lines are skipped."""

    decode = staticmethod(decode_json_lines)

    def __init__(self, name: str, file: IO[bytes] | None, size: int | None, lines: ByteStream):
        super().__init__(name, file, size)
        self.lines = lines

    def read_chunks(self, max_rows: int, max_bytes: int) -> Iterator[Chunk]:
        records: list[bytes] = []
        nbytes = 0
        for line in self.lines:
            if line.isspace():
                self.skipped[BLANK_LINES] += 1
                continue
            records.append(line)
            nbytes += len(line)
            if len(records) >= max_rows or nbytes >= max_bytes:
                yield Chunk(records, len(records), nbytes, self.position())
                records, nbytes = [], 0
        if records:
            yield Chunk(records, len(records), nbytes, self.position())
