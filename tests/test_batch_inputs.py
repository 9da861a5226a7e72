"""``newsclean batch`` over several inputs and directories (rows in order, each with its
``source``), blank lines counted, the exit status for a batch whose rows mostly fail, and the
``markdown`` column."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newsclean
from newsclean import batch
from newsclean.formats import InputError, UsageError, expand_inputs
from rows import expected_fields, page_text, read_jsonl, write_jsonl
from test_batch import read_rows, run, write_rows

SENTENCE = "The council met on Tuesday and voted to approve the new plan for the harbour."


def rows_of(first: int, count: int) -> list[dict[str, Any]]:
    """Rows with ids from ``first``, each with a page's text."""
    return [{"id": index, "text": page_text(index)} for index in range(first, first + count)]


# ---------------------------------------------------------------- several inputs


@pytest.mark.parametrize("workers", ["1", "2"])
def test_several_files_give_their_rows_in_order_each_with_its_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], workers: str
) -> None:
    first = write_jsonl(tmp_path / "a.jsonl", rows_of(0, 3))
    second = write_rows(tmp_path / "b.csv", rows_of(3, 4))
    third = write_rows(tmp_path / "c.parquet", rows_of(7, 2))
    out = tmp_path / "out.jsonl"
    code, _, err = run(
        capsys, str(first), str(second), str(third), "-o", str(out), "--workers", workers,
        "--chunk-rows", "2",
    )  # fmt: skip
    assert code == 0, err
    rows = read_jsonl(out)
    assert [int(row["id"]) for row in rows] == list(range(9))
    assert [row["source"] for row in rows] == [str(first)] * 3 + [str(second)] * 4 + [
        str(third)
    ] * 2
    assert list(rows[0])[:3] == ["id", "text", "source"]
    for row in rows:
        expected = expected_fields(page_text(int(row["id"])))
        assert {name: row[name] for name in expected} == expected
    assert "9 rows" in err


def test_a_directory_is_its_input_files_in_path_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "corpus"
    (folder / "2019").mkdir(parents=True)
    write_jsonl(folder / "2019" / "b.jsonl", rows_of(2, 2))
    write_jsonl(folder / "a.jsonl", rows_of(0, 2))
    (folder / "notes.txt").write_text("not rows", encoding="utf-8")
    write_jsonl(folder / ".hidden.jsonl", rows_of(9, 1))
    out = folder / "out.jsonl"
    write_jsonl(out, rows_of(7, 1))  # an earlier output inside the directory: never an input
    code, _, err = run(capsys, str(folder), "-o", str(out))
    assert code == 0, err
    rows = read_jsonl(out)
    assert [row["id"] for row in rows] == [2, 3, 0, 1]
    assert [Path(row["source"]).name for row in rows] == ["b.jsonl"] * 2 + ["a.jsonl"] * 2


def test_source_is_a_csv_column_and_an_input_source_field_is_kept_renamed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [{"id": 0, "source": "Reuters", "text": SENTENCE}]
    first = write_rows(tmp_path / "a.csv", rows)
    second = write_rows(tmp_path / "b.csv", [{**rows[0], "id": 1}])
    out = tmp_path / "out.csv"
    code, _, err = run(capsys, str(first), str(second), "-o", str(out))
    assert code == 0, err
    written = read_rows(out)
    assert list(written[0])[:4] == ["id", "input_source", "text", "raw"]
    assert [row["source"] for row in written] == [str(first), str(second)]
    assert {row["input_source"] for row in written} == {"Reuters"}


def test_a_single_file_gives_no_source_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"source": "Reuters", "text": SENTENCE}])
    out = tmp_path / "out.jsonl"
    assert run(capsys, str(source), "-o", str(out))[0] == 0
    assert read_jsonl(out)[0]["source"] == "Reuters"


def test_parquet_inputs_keep_their_types_over_several_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = write_rows(tmp_path / "a.parquet", rows_of(0, 2))
    second = write_rows(tmp_path / "b.parquet", rows_of(2, 2))
    out = tmp_path / "out.parquet"
    assert run(capsys, str(first), str(second), "-o", str(out))[0] == 0
    rows = read_rows(out)
    assert [row["id"] for row in rows] == [0, 1, 2, 3]
    assert [Path(row["source"]).name for row in rows] == ["a.parquet"] * 2 + ["b.parquet"] * 2


@pytest.mark.parametrize(
    ("make", "message", "code"),
    [
        (lambda d: [str(d / "missing.jsonl"), str(d / "a.jsonl")], "No such file", 1),
        (lambda d: [str(d / "a.jsonl"), "-"], "cannot be read beside other inputs", 2),
        (lambda d: [str(d / "a.jsonl"), str(d / "notes.txt")], "cannot tell the format", 2),
        (lambda d: [str(d / "empty")], "no .jsonl, .csv, .parquet, .warc or .wet file", 1),
    ],
)
def test_bad_inputs_stop_before_anything_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make: Any, message: str, code: int
) -> None:
    write_jsonl(tmp_path / "a.jsonl", rows_of(0, 1))
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    out = tmp_path / "out.jsonl"
    got, _, err = run(capsys, *make(tmp_path), "-o", str(out))
    assert got == code
    assert message in err
    assert not out.exists()


def test_the_output_may_not_be_one_of_the_inputs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = write_jsonl(tmp_path / "a.jsonl", rows_of(0, 1))
    second = write_jsonl(tmp_path / "b.jsonl", rows_of(1, 1))
    code, _, err = run(capsys, str(first), str(second), "-o", str(second))
    assert code == 2
    assert "is the input" in err
    assert read_jsonl(second) == rows_of(1, 1)


def test_expand_inputs_raises_for_an_empty_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        expand_inputs([str(tmp_path)], "-")
    with pytest.raises(UsageError):
        batch.run_batch([str(tmp_path / "a.jsonl"), "-"], str(tmp_path / "o.jsonl"))


# ---------------------------------------------------------------- blank lines and exit status


def test_blank_lines_are_skipped_and_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        f"{json.dumps({'text': SENTENCE})}\n\n   \n{json.dumps({'text': SENTENCE})}\n\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    code, _, err = run(capsys, str(source), "-o", str(out))
    assert code == 0
    assert len(read_jsonl(out)) == 2
    assert err.rstrip().endswith("; no errors; skipped 3 blank lines")


def test_blank_csv_lines_are_counted_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.csv"
    source.write_text(f"text\n{SENTENCE}\n\n{SENTENCE}\n", encoding="utf-8")
    code, _, err = run(capsys, str(source), "-o", str(tmp_path / "out.jsonl"))
    assert code == 0
    assert "skipped 1 blank lines" in err


def mostly_failing(tmp_path: Path, good: int, bad: int) -> Path:
    """JSON Lines with ``good`` rows that clean and ``bad`` rows without a text."""
    return write_jsonl(tmp_path / "in.jsonl", [{"text": SENTENCE}] * good + [{"x": 1}] * bad)


def test_a_batch_whose_rows_mostly_fail_exits_3_with_its_output_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    code, _, err = run(capsys, str(mostly_failing(tmp_path, 1, 2)), "-o", str(out))
    assert code == 3
    assert len(read_jsonl(out)) == 3
    assert "newsclean: error: 2 of 3 rows have errors, more than --max-error-rate 0.5" in err


@pytest.mark.parametrize(
    ("good", "bad", "rate", "code"),
    [(1, 1, None, 0), (2, 1, "0.3", 3), (0, 3, "1", 0), (1, 2, "0.7", 0), (3, 0, "0", 0)],
)
def test_max_error_rate_sets_the_threshold(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    good: int,
    bad: int,
    rate: str | None,
    code: int,
) -> None:
    options = ["--max-error-rate", rate] if rate is not None else []
    source = mostly_failing(tmp_path, good, bad)
    assert run(capsys, str(source), "-o", str(tmp_path / "out.jsonl"), *options)[0] == code


@pytest.mark.parametrize("rate", ["-0.1", "1.5", "half"])
def test_a_bad_max_error_rate_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], rate: str
) -> None:
    code, _, err = run(capsys, "in.jsonl", "-o", "out.jsonl", "--max-error-rate", rate)
    assert code == 2
    assert "--max-error-rate" in err


def test_an_empty_input_is_no_error_rate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("\n\n", encoding="utf-8")
    assert run(capsys, str(source), "-o", str(tmp_path / "out.jsonl"))[0] == 0


# ---------------------------------------------------------------- the markdown column


@pytest.mark.parametrize("suffix", ["jsonl", "csv", "parquet"])
def test_format_markdown_writes_a_markdown_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [*rows_of(0, 2), {"id": 2, "x": 1}])
    out = tmp_path / f"out.{suffix}"
    code, _, err = run(capsys, str(source), "-o", str(out), "--format", "markdown")
    assert code == 0, err
    rows = read_rows(out) if suffix != "jsonl" else read_jsonl(out)
    assert list(rows[0])[-2:] == ["markdown", "error"]
    for row in rows[:2]:
        assert row["markdown"] == newsclean.clean(page_text(int(row["id"]))).to_markdown()
    assert rows[2]["markdown"] is None or rows[2]["markdown"] == ""
    assert rows[2]["error"].startswith("missing field")


def test_without_format_markdown_there_is_no_markdown_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": SENTENCE, "markdown": "mine"}])
    out = tmp_path / "out.jsonl"
    assert run(capsys, str(source), "-o", str(out))[0] == 0
    assert read_jsonl(out)[0]["markdown"] == "mine"
    assert run(capsys, str(source), "-o", str(out), "--format", "markdown")[0] == 0
    row = read_jsonl(out)[0]
    assert (row["input_markdown"], row["markdown"]) == ("mine", SENTENCE)
