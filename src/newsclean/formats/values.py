"""Values as JSON or as text cells, and the rows encoded for each writer (run in the workers).

Internal: ``newsclean batch`` is the face.
"""

from __future__ import annotations

import datetime as dt
import decimal
import json
from typing import Any

from ..results import RESERVED_FIELDS


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
