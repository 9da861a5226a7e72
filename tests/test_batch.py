"""``newsclean batch``: row counts and order, carried fields, error rows, formats, exit codes,
the summary line and the progress bar. Inputs are built from the repository's fixture pages."""

from __future__ import annotations

import csv
import gzip
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import newsclean
from newsclean import batch, cli
from newsclean.model import Article
from newsclean.results import RESULT_FIELDS, CleanSettings
from rows import expected_fields, page_rows, page_text, read_jsonl, write_jsonl
from test_cli import python_dash_m, subprocess_env

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

SENTENCE = "The council met on Tuesday and voted to approve the new plan for the harbour."


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the command line; return its exit code, stdout and stderr."""
    code = cli.main(["batch", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_ok(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """Run a batch that must succeed; return its stderr."""
    code, _, err = run(capsys, *argv)
    assert code == 0, err
    return err


BatchRun = Callable[..., tuple[list[dict[str, Any]], str]]


@pytest.fixture
def batch_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> BatchRun:
    """``batch_jsonl(rows, *options)``: run a batch that must succeed over JSON Lines made of
    ``rows`` (dicts; a str is a line as it is) or of bytes; return the output rows and stderr."""

    def run_rows(rows: list[Any] | bytes, *options: str) -> tuple[list[dict[str, Any]], str]:
        source = tmp_path / "in.jsonl"
        if isinstance(rows, bytes):
            source.write_bytes(rows)
        else:
            write_jsonl(source, rows)
        out = tmp_path / "out.jsonl"
        err = run_ok(capsys, str(source), "-o", str(out), *options)
        return read_jsonl(out), err

    return run_rows


def assert_cleaned(rows: list[dict[str, Any]]) -> None:
    """Every row holds the result fields of cleaning its page's text, in its place."""
    for index, row in enumerate(rows):
        assert row["id"] == index
        assert {name: row[name] for name in RESULT_FIELDS} == expected_fields(page_text(index))


def explode_on_marker(text: str) -> Article:
    """A cleaner with a bug: it raises on texts that hold ``BOOM`` (module level: it pickles)."""
    if "BOOM" in text:
        raise RuntimeError("exploded")
    return newsclean.clean(text)


# ---------------------------------------------------------------- rows, order, fields


@pytest.mark.parametrize("workers", ["1", "2"])
def test_every_row_in_input_order(batch_jsonl: BatchRun, workers: str) -> None:
    rows, _ = batch_jsonl(page_rows(90), "--workers", workers, "--chunk-rows", "4")
    assert len(rows) == 90
    assert_cleaned(rows)


def test_input_fields_are_carried_first_and_unchanged(
    batch_jsonl: BatchRun, tmp_path: Path
) -> None:
    row = {
        "url": "https://example.com/a",
        "text": SENTENCE,
        "n": 3,
        "score": 0.5,
        "tags": ["a", "b"],
        "meta": {"lang": "en", "ok": True},
        "empty": None,
        "words": "Grüße, 東京",
    }
    [written], _ = batch_jsonl([row])
    assert list(written) == [*row, *RESULT_FIELDS]
    assert {name: written[name] for name in row} == row
    assert written["body"] == SENTENCE
    assert "Grüße, 東京" in (tmp_path / "out.jsonl").read_text("utf-8")


def test_input_fields_named_like_results_are_renamed(batch_jsonl: BatchRun) -> None:
    row = {"title": "From the feed", "error": "none", "raw": "<p>", "text": SENTENCE}
    [written], _ = batch_jsonl([row])
    assert written["input_title"] == "From the feed"
    assert written["input_error"] == "none"
    assert written["input_raw"] == "<p>"
    assert written["title"] is None and written["error"] is None


def test_text_field_option(batch_jsonl: BatchRun) -> None:
    rows = [{"article": SENTENCE}, {"text": SENTENCE}]
    (first, second), _ = batch_jsonl(rows, "--text-field", "article")
    assert first["body"] == SENTENCE and first["error"] is None
    assert second["error"] == "missing field: the row has no field 'article'"


# ---------------------------------------------------------------- error rows


ERROR_ROWS = [
    pytest.param('{"id": 1, "text": "unterminated', "malformed JSON: ", id="malformed-json"),
    pytest.param("[1, 2, 3]", "malformed JSON: a JSON list, not an object", id="json-list"),
    pytest.param({"id": 1}, "missing field: the row has no field 'text'", id="missing"),
    pytest.param({"text": None}, "null field: field 'text' is null", id="null"),
    pytest.param({"text": 42}, "not a string: field 'text' is int", id="number"),
    pytest.param({"text": ["a"]}, "not a string: field 'text' is list", id="list"),
    pytest.param({"text": "x" * 201}, "too large: input of 201 characters", id="too-large"),
]


@pytest.mark.parametrize("workers", ["1", "2"])
@pytest.mark.parametrize(("bad_row", "error"), ERROR_ROWS)
def test_a_bad_row_gets_an_error_and_the_batch_goes_on(
    batch_jsonl: BatchRun, bad_row: Any, error: str, workers: str
) -> None:
    good = {"text": SENTENCE}
    options = ["--max-chars", "200", "--workers", workers, "--chunk-rows", "1"]
    (first, bad, last), err = batch_jsonl([good, bad_row, good], *options)
    assert first["body"] == last["body"] == SENTENCE
    assert first["error"] is None and last["error"] is None
    assert bad["error"].startswith(error)
    assert all(bad[name] is None for name in RESULT_FIELDS if name != "error")
    category = error.partition(":")[0]
    assert err.endswith(f"; 1 error (1 {category})\n")


def test_a_malformed_line_is_kept_in_raw(batch_jsonl: BatchRun) -> None:
    (_, undecodable, broken), _ = batch_jsonl(
        b'{"text": "ok"}\n{"text": "caf\xe9"}\nnot json\n', "--max-error-rate", "1"
    )
    assert undecodable["raw"] == '{"text": "caf\ufffd"}'
    assert undecodable["error"].startswith("malformed JSON: 'utf-8' codec can't decode")
    assert broken["raw"] == "not json"
    assert list(broken) == ["raw", *RESULT_FIELDS]


def test_blank_lines_and_a_byte_order_mark_are_not_rows(batch_jsonl: BatchRun) -> None:
    rows, err = batch_jsonl(b'\xef\xbb\xbf{"text": "one"}\n\n  \n{"text": "two"}')
    assert [row["body"] for row in rows] == ["one", "two"]
    assert "no errors" in err


def test_an_exception_in_cleaning_is_recorded_on_its_row(tmp_path: Path) -> None:
    rows = [{"text": SENTENCE}, {"text": "BOOM goes the cleaner."}, {"text": SENTENCE}]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out.jsonl"
    settings = CleanSettings(field="text", cleaner=explode_on_marker)
    summary = batch.run_batch(str(source), str(out), settings, workers=2, chunk_rows=1)
    first, failed, last = read_jsonl(out)
    assert failed["error"] == "failed: RuntimeError: exploded"
    assert first["body"] == last["body"] == SENTENCE
    assert summary.errors == {"failed": 1}


def test_html_field_goes_to_clean_html_with_the_url(
    batch_jsonl: BatchRun, monkeypatch: pytest.MonkeyPatch
) -> None:
    def clean_html(html: str | bytes, *, url: str | None = None, options: object = None) -> Article:
        return Article(body=f"from html: {html} at {url}")

    monkeypatch.setattr(newsclean, "clean_html", clean_html, raising=False)
    rows = [{"html": "<p>Hi</p>", "url": "https://a.example/1"}, {"html": "<p>Yo</p>"}]
    (first, second), err = batch_jsonl(rows, "--html-field", "html", "--workers", "1")
    assert first["body"] == "from html: <p>Hi</p> at https://a.example/1"
    assert second["body"] == "from html: <p>Yo</p> at None"
    assert "warning" not in err


def test_text_rows_are_dated_by_their_url(batch_jsonl: BatchRun) -> None:
    rows = [
        {"text": SENTENCE, "link": "https://a.example/2020/01/02/x"},
        {"text": SENTENCE, "url": "https://a.example/2020/01/02/x"},
        {"text": SENTENCE},
    ]
    (first, second, third), _ = batch_jsonl(rows, "--url-field", "link", "--workers", "1")
    assert first["dateline"]["published"] == "2020-01-02"
    assert second["dateline"] is None and third["dateline"] is None
    assert first["body"] == second["body"] == third["body"] == SENTENCE


def test_text_rows_are_dated_by_an_age_read_at_their_fetched_field(batch_jsonl: BatchRun) -> None:
    aged = f"Museum reopens\n\nBy Jane Doe\n3 hours ago\n\n{SENTENCE}"
    rows = [
        {"text": aged, "read_at": "2019-11-18T09:00:00Z"},
        {"text": aged, "read_at": "not a time"},
        {"text": aged},
        # A date alone is read as clean(fetched=date) reads it: at noon, so 3 hours back is
        # the same day.
        {"text": aged, "read_at": "2019-11-18"},
    ]
    out, _ = batch_jsonl(rows, "--fetched-field", "read_at", "--workers", "1")
    assert [row["dateline"] and row["dateline"]["published"] for row in out] == [
        "2019-11-18",
        None,
        None,
        "2019-11-18",
    ]
    assert all(row["error"] is None for row in out)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_html_rows_are_cleaned_with_clean_html(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], workers: str
) -> None:
    page = (
        "<html><head><title>Museum reopens - Daily Planet</title></head><body>"
        "<h1>Museum reopens</h1><p class='byline'>By Jane Doe</p>"
        "<p>PARIS -- The museum reopened on Monday after a long closure.</p></body></html>"
    )
    rows = [{"id": 0, "html": page, "url": "https://planet.example/2024/05/06/museum"}]
    expected = newsclean.clean_html(page, url=rows[0]["url"]).to_dict()
    for name in ("in.jsonl", "in.parquet"):
        source = write_rows(tmp_path / name, rows * 3)
        out = tmp_path / "out.jsonl"
        run_ok(capsys, str(source), "-o", str(out), "--html-field", "html", "--workers", workers)
        for row in read_jsonl(out):
            assert row["error"] is None
            assert {field: row[field] for field in RESULT_FIELDS[:-1]} == {
                field: expected[field] for field in RESULT_FIELDS[:-1]
            }


def test_a_lone_surrogate_survives_json_lines(batch_jsonl: BatchRun) -> None:
    [row], _ = batch_jsonl(b'{"note": "half \\ud83d emoji", "text": "Hi there."}\n')
    assert row["note"] == "half \ud83d emoji"


# ---------------------------------------------------------------- formats


def write_rows(path: Path, rows: list[dict[str, Any]]) -> Path:
    """Write rows in the format the path's extension names (a test's own writer)."""
    name = path.name
    if name.endswith(".parquet"):
        pq.write_table(pa.Table.from_pylist(rows), path)
    elif name.endswith((".csv", ".csv.gz")):
        opener = gzip.open if name.endswith(".gz") else open
        with opener(path, "wt", encoding="utf-8", newline="") as file:  # type: ignore[operator]
            writer = csv.DictWriter(file, list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    elif name.endswith(".jsonl.gz"):
        with gzip.open(path, "wt", encoding="utf-8") as file:
            file.writelines(json.dumps(row) + "\n" for row in rows)
    else:
        write_jsonl(path, rows)
    return path


def read_rows(path: Path) -> list[dict[str, Any]]:
    """Read rows back in the format the path's extension names, objects decoded from JSON
    strings in CSV and ids as integers."""
    name = path.name
    if name.endswith(".parquet"):
        rows = pq.read_table(path).to_pylist()
    elif name.endswith((".csv", ".csv.gz")):
        opener = gzip.open if name.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8", newline="") as file:  # type: ignore[operator]
            rows = [decode_csv_cells(row) for row in csv.DictReader(file)]
    elif name.endswith(".jsonl.gz"):
        with gzip.open(path, "rt", encoding="utf-8") as file:
            rows = [json.loads(line) for line in file]
    else:
        rows = read_jsonl(path)
    return [{**row, "id": int(row["id"])} for row in rows]


def decode_csv_cells(row: dict[str, str]) -> dict[str, Any]:
    """A CSV row with its JSON cells (byline, dateline, captions) decoded, empty cells None."""
    decoded: dict[str, Any] = {name: value if value != "" else None for name, value in row.items()}
    for name in ("byline", "dateline", "captions"):
        if decoded[name] is not None:
            decoded[name] = json.loads(decoded[name])
    return decoded


FORMATS = ["jsonl", "jsonl.gz", "csv", "csv.gz", "parquet"]


@pytest.mark.parametrize("output_format", FORMATS)
@pytest.mark.parametrize("input_format", FORMATS)
def test_every_format_to_every_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], input_format: str, output_format: str
) -> None:
    source = write_rows(tmp_path / f"in.{input_format}", page_rows(12))
    out = tmp_path / f"out.{output_format}"
    run_ok(capsys, str(source), "-o", str(out), "--workers", "1", "--chunk-rows", "5")
    rows = read_rows(out)
    assert len(rows) == 12
    assert_cleaned(rows)
    assert [row["source"] for row in rows] == [row["source"] for row in page_rows(12)]
    assert not list(tmp_path.glob(".*partial"))


def test_csv_output_writes_objects_as_json_and_has_a_raw_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": 0, "text": page_text(0)}, "oops"])
    out = tmp_path / "out.csv"
    run_ok(capsys, str(source), "-o", str(out))
    with open(out, encoding="utf-8", newline="") as file:
        good, bad = list(csv.DictReader(file))
    assert list(good) == ["id", "text", "raw", *RESULT_FIELDS]
    assert json.loads(good["captions"]) == expected_fields(page_text(0))["captions"]
    assert bad["raw"] == "oops" and bad["error"].startswith("malformed JSON")


def test_parquet_keeps_input_types_and_gives_results_types(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_rows(tmp_path / "in.parquet", page_rows(3))
    out = tmp_path / "out.parquet"
    run_ok(capsys, str(source), "-o", str(out))
    schema = pq.read_schema(out)
    assert schema.names == ["id", "source", "text", *RESULT_FIELDS]
    assert schema.field("id").type == pa.int64()
    assert schema.field("captions").type == pa.list_(pa.string())
    assert schema.field("byline").type.num_fields == 3


def test_csv_fields_longer_than_the_csv_modules_default_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    long_text = " ".join([SENTENCE] * 3000)  # about 240 KB, over csv's 128 KiB default
    source = write_rows(tmp_path / "in.csv", [{"id": 0, "text": long_text}])
    out = tmp_path / "out.jsonl"
    run_ok(capsys, str(source), "-o", str(out))
    assert read_jsonl(out)[0]["error"] is None


def test_a_csv_record_with_too_many_fields_is_malformed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.csv"
    source.write_text(f"id,text\n1,{SENTENCE}\n2,extra,field\n3\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    err = run_ok(capsys, str(source), "-o", str(out), "--max-error-rate", "1")
    good, extra, short = read_jsonl(out)
    assert good["body"] == SENTENCE
    assert extra["raw"] == "2,extra,field"
    assert extra["error"] == "malformed CSV: 3 fields where the header has 2"
    assert short["id"] == "3" and short["error"].startswith("missing field")
    assert "2 errors" in err


def test_fields_outside_a_csv_outputs_columns_are_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [{"text": SENTENCE}, {"text": SENTENCE, "late": "field"}]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    err = run_ok(capsys, str(source), "-o", str(tmp_path / "out.csv"), "--chunk-rows", "1")
    assert "warning: 1 rows had fields outside the output's columns" in err


def test_empty_input_gives_empty_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("", encoding="utf-8")
    for name in ("out.jsonl", "out.csv", "out.parquet"):
        err = run_ok(capsys, str(source), "-o", str(tmp_path / name))
        assert "batch: 0 rows" in err
    assert (tmp_path / "out.jsonl").read_text() == ""
    assert (tmp_path / "out.csv").read_text().startswith("raw,body,title")
    assert pq.read_table(tmp_path / "out.parquet").num_rows == 0


def test_stdin_to_stdout_with_python_dash_m() -> None:
    lines = "".join(json.dumps(row) + "\n" for row in page_rows(6))
    result = python_dash_m("batch", "-", "-o", "-", "--workers", "2", stdin=lines)
    assert result.returncode == 0, result.stderr
    assert_cleaned([json.loads(line) for line in result.stdout.splitlines()])
    assert result.stderr.startswith("newsclean: batch: 6 rows -> - in ")
    assert result.stderr.count("\n") == 1


# ---------------------------------------------------------------- summary, progress, exit codes


def test_summary_line_and_no_progress_bar_off_a_terminal(
    batch_jsonl: BatchRun, tmp_path: Path
) -> None:
    _, err = batch_jsonl([*page_rows(3), {"id": 3}])
    assert err.count("\n") == 1
    assert err.startswith(f"newsclean: batch: 4 rows -> {tmp_path / 'out.jsonl'} in ")
    assert "MB/s" in err and "rows/s" in err
    assert err.endswith("; 1 error (1 missing field)\n")


def test_progress_bar_on_a_terminal_unless_quiet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("tqdm")
    monkeypatch.setattr(cli.batch, "is_terminal", lambda stream: True)
    source = write_jsonl(tmp_path / "in.jsonl", page_rows(3))
    err = run_ok(capsys, str(source), "-o", str(tmp_path / "out.jsonl"))
    assert "cleaning" in err and "3 rows" in err and "B/s" in err
    quiet = run_ok(capsys, str(source), "-o", str(tmp_path / "out.jsonl"), "--quiet")
    assert quiet.count("\n") == 1 and quiet.startswith("newsclean: batch: 3 rows")


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(["in.jsonl"], id="no-output"),
        pytest.param(["in.txt", "-o", "out.jsonl"], id="unknown-input-extension"),
        pytest.param(["in.jsonl", "-o", "out.json"], id="unknown-output-extension"),
        pytest.param(["in.jsonl", "-o", "out.parquet.gz"], id="gzipped-parquet"),
        pytest.param(["in.jsonl", "-o", "in.jsonl"], id="output-is-input"),
        pytest.param(["in.jsonl", "-o", "o.jsonl", "--workers", "0"], id="no-workers"),
        pytest.param(["in.jsonl", "-o", "o.jsonl", "--max-chars", "x"], id="bad-limit"),
        pytest.param(
            ["in.jsonl", "-o", "o.jsonl", "--text-field", "a", "--html-field", "b"],
            id="both-fields",
        ),
    ],
)
def test_bad_arguments_exit_2(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    write_jsonl(tmp_path / "in.jsonl", page_rows(1))
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert "error" in err and "Traceback" not in err
    assert sorted(path.name for path in tmp_path.iterdir()) == ["in.jsonl"]


def test_parquet_without_pyarrow_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    source = write_jsonl(tmp_path / "in.jsonl", page_rows(1))
    code, _, err = run(capsys, str(source), "-o", str(tmp_path / "out.parquet"))
    assert code == 2
    assert "pip install 'newsclean[batch]'" in err


def corrupt_gzip(path: Path) -> Path:
    """A gzip file cut short after a few rows."""
    data = gzip.compress("".join(json.dumps(row) + "\n" for row in page_rows(40)).encode())
    path.write_bytes(data[: len(data) // 2])
    return path


@pytest.mark.parametrize(
    ("make_input", "reason"),
    [
        pytest.param(lambda tmp: tmp / "missing.jsonl", "No such file or directory", id="missing"),
        pytest.param(lambda tmp: (tmp / "d.jsonl").mkdir() or tmp / "d.jsonl", "", id="dir"),
        pytest.param(lambda tmp: corrupt_gzip(tmp / "cut.jsonl.gz"), "", id="cut-gzip"),
        pytest.param(
            lambda tmp: write_jsonl(tmp / "fake.parquet", [{"a": 1}]), "Parquet", id="not-parquet"
        ),
    ],
)
def test_unreadable_input_exits_1_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make_input: Any, reason: str
) -> None:
    source = make_input(tmp_path)
    out = tmp_path / "out" / "clean.jsonl"
    out.parent.mkdir()
    code, _, err = run(capsys, str(source), "-o", str(out), "--chunk-rows", "2")
    assert code == 1
    assert err.startswith(f"newsclean: error: cannot read {source}") and reason in err
    assert "Traceback" not in err
    assert list(out.parent.iterdir()) == []


def test_unwritable_output_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", page_rows(1))
    code, _, err = run(capsys, str(source), "-o", str(tmp_path / "no" / "such" / "out.jsonl"))
    assert code == 1
    assert err.startswith("newsclean: error: cannot write")


def test_a_failed_run_keeps_the_previous_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    code, _, _ = run(capsys, str(corrupt_gzip(tmp_path / "cut.jsonl.gz")), "-o", str(out))
    assert code == 1
    assert out.read_text(encoding="utf-8") == "previous\n"


# ---------------------------------------------------------------- streaming


def test_input_is_read_only_a_bounded_window_ahead() -> None:
    taken: list[int] = []

    def items() -> Any:
        for number in range(100):
            taken.append(number)
            yield number

    results = batch.map_in_order(abs, items(), workers=2)
    first = next(results)
    window = 2 * batch.CHUNKS_PER_WORKER
    assert first == (0, 0)
    assert len(taken) <= window
    assert list(results) == [(number, number) for number in range(1, 100)]
    results.close()


def test_import_newsclean_leaves_the_optional_dependencies_alone() -> None:
    code = (
        "import sys, newsclean, newsclean.cli, newsclean.batch, newsclean.formats, "
        "newsclean.results, newsclean.frame\n"
        "print(sorted({'pandas', 'pyarrow', 'dask', 'tqdm', 'numpy'} & set(sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=subprocess_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.strip() == "[]"
