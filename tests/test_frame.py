"""``newsclean.frame``: clean_frame on pandas DataFrames and clean_batch on dicts of columns,
the same result fields as ``newsclean batch``."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest

import newsclean
from newsclean import batch, cli
from newsclean.frame import clean_batch, clean_frame
from newsclean.results import RESULT_FIELDS
from rows import expected_fields, page_rows, read_jsonl, write_jsonl

pd = pytest.importorskip("pandas")

SENTENCE = "The council met on Tuesday and voted to approve the new plan for the harbour."


def frame_rows(frame: Any) -> list[dict[str, Any]]:
    """A frame's rows as dicts."""
    return frame.to_dict(orient="records")


def test_result_columns_equal_clean_row_by_row() -> None:
    frame = pd.DataFrame(page_rows())
    cleaned = clean_frame(frame)
    assert list(cleaned.columns) == [*frame.columns, *RESULT_FIELDS]
    for row in frame_rows(cleaned):
        assert {name: row[name] for name in RESULT_FIELDS} == expected_fields(row["text"])


def test_the_input_frame_is_left_alone_and_the_index_kept() -> None:
    frame = pd.DataFrame(page_rows(4), index=[10, 11, 12, 13])
    before = frame.copy()
    cleaned = clean_frame(frame)
    assert frame.equals(before)
    assert list(frame.columns) == ["id", "source", "text"]
    assert list(cleaned.index) == [10, 11, 12, 13]


def test_nulls_non_strings_and_a_missing_column_get_errors() -> None:
    frame = pd.DataFrame({"text": [SENTENCE, None, math.nan, 7, "x" * 101]}, dtype=object)
    cleaned = clean_frame(frame, options=newsclean.Options(max_input_chars=100))
    assert cleaned["error"].tolist() == [
        None,
        "null field: column 'text' is null",
        "null field: column 'text' is null",
        "not a string: column 'text' is int",
        (
            "too large: input of 101 characters is over the limit of 100; pass "
            "Options(max_input_chars=...) to raise it"
        ),
    ]
    assert cleaned["body"].tolist() == [SENTENCE, None, None, None, None]
    missing = clean_frame(frame, text_column="article")
    assert set(missing["error"]) == {"missing field: the row has no column 'article'"}


def test_pandas_string_dtype_nulls_are_null() -> None:
    frame = pd.DataFrame({"text": pd.array([SENTENCE, None], dtype="string")})
    assert clean_frame(frame)["error"].tolist()[1] == "null field: column 'text' is null"


def test_html_column_is_cleaned_with_clean_html_and_the_url(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def clean_html(html: str | bytes, *, url: str | None = None, options: object = None) -> Any:
        return newsclean.Article(body=f"{html} at {url}")

    monkeypatch.setattr(newsclean, "clean_html", clean_html, raising=False)
    frame = pd.DataFrame({"html": ["<p>a</p>", "<p>b</p>"], "url": ["https://x.example", None]})
    cleaned = clean_frame(frame, html_column="html")
    assert cleaned["body"].tolist() == ["<p>a</p> at https://x.example", "<p>b</p> at None"]
    assert clean_batch(frame.to_dict(orient="list"), html_column="html")["body"] == [
        "<p>a</p> at https://x.example",
        "<p>b</p> at None",
    ]


def test_text_rows_are_dated_by_the_url_column() -> None:
    frame = pd.DataFrame(
        {"text": [SENTENCE, SENTENCE], "url": ["https://x.example/2020/01/02/a", float("nan")]}
    )
    dates = [row and row["published"] for row in clean_frame(frame)["dateline"]]
    assert dates == ["2020-01-02", None]
    batch = clean_batch(frame.to_dict(orient="list"))
    assert [row and row["published"] for row in batch["dateline"]] == dates
    assert clean_frame(frame, url_column=None)["dateline"].tolist() == [None, None]


def test_text_rows_are_dated_by_an_age_read_at_the_fetched_column() -> None:
    aged = f"Museum reopens\n\nBy Jane Doe\n2 days ago\n\n{SENTENCE}"
    read_at = [pd.Timestamp("2019-11-20 10:00"), pd.NaT, "2019-11-20", float("nan")]
    frame = pd.DataFrame({"text": [aged] * 4, "read_at": read_at})
    cleaned = clean_frame(frame, fetched_column="read_at")
    dates = [row and row["published"] for row in cleaned["dateline"]]
    assert dates == ["2019-11-18", None, "2019-11-18", None]
    assert cleaned["error"].tolist() == [None] * 4
    batch = clean_batch(frame.to_dict(orient="list"), fetched_column="read_at")
    assert [row and row["published"] for row in batch["dateline"]] == dates


def test_columns_named_like_results_are_renamed() -> None:
    frame = pd.DataFrame({"title": ["From the feed"], "text": [SENTENCE]})
    cleaned = clean_frame(frame)
    assert list(cleaned.columns) == ["input_title", "text", *RESULT_FIELDS]
    assert cleaned["input_title"][0] == "From the feed"


def test_an_empty_frame_has_the_result_columns() -> None:
    empty = clean_frame(pd.DataFrame({"id": pd.Series([], dtype="int64"), "text": []}))
    assert list(empty.columns) == ["id", "text", *RESULT_FIELDS]
    assert len(empty) == 0


def test_clean_batch_gives_dict_columns() -> None:
    columns = {"text": [SENTENCE, None], "title": ["a", "b"]}
    cleaned = clean_batch(columns)
    assert cleaned["input_title"] == ["a", "b"]
    assert cleaned["body"] == [SENTENCE, None]
    assert cleaned["error"][1] == "null field: column 'text' is null"
    assert columns == {"text": [SENTENCE, None], "title": ["a", "b"]}


def test_clean_frame_and_batch_give_the_same_rows(tmp_path: Path) -> None:
    rows = [*page_rows(8), {"id": 8, "text": None}, {"id": 9}]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out.jsonl"
    settings = cli.batch_settings(cli.build_parser().parse_args(["batch", "x", "-o", "y"]))
    batch.run_batch(str(source), str(out), settings)
    from_batch = read_jsonl(out)
    from_frame = frame_rows(clean_frame(pd.DataFrame(rows[:9])))
    for batch_row, frame_row in zip(from_batch, from_frame, strict=False):
        batch_results = {name: batch_row[name] for name in RESULT_FIELDS}
        frame_results = {name: frame_row[name] for name in RESULT_FIELDS}
        assert batch_results == {
            **frame_results,
            "error": frame_results["error"] and frame_results["error"].replace("column", "field"),
        }
    assert from_batch[9]["error"] == "missing field: the row has no field 'text'"
