"""``newsclean batch`` on WARC and WET files, written here with warcio's own writer: one row per
HTML response or text conversion, other records skipped and counted, corrupt records reported."""

from __future__ import annotations

import gzip
import io
import zlib
from pathlib import Path
from typing import Any

import pytest

import newsclean
from rows import read_jsonl, write_jsonl
from test_batch import run

warcio = pytest.importorskip("warcio")
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

LEAD = "The city council voted 7-2 on Tuesday to extend the downtown tram line to the airport."
MIDDLE = "Supporters said the line would take thousands of cars off the harbour road each day."
PAGE = (
    "<html><head><title>Tram line to reach the airport</title></head><body><article>"
    f"<h1>Tram line to reach the airport</h1><p>{LEAD}</p><p>{MIDDLE}</p></article>"
    "<footer>Copyright 2019 The Daily Planet</footer></body></html>"
)
CAFE = "Owners of the cafés along Front Street say the weekend festival doubled their trade."
LATIN_PAGE = f"<html><body><article><h1>Festival</h1><p>{CAFE}</p></article></body></html>"


def http(status: str, content_type: str, *extra: tuple[str, str]) -> StatusAndHeaders:
    """HTTP response headers."""
    return StatusAndHeaders(status, [("Content-Type", content_type), *extra], protocol="HTTP/1.1")


class Warc:
    """A WARC or WET file being written with warcio's writer (a gzip member per record when
    gzipped), its records described as they are added."""

    def __init__(self, path: Path, *, gzipped: bool) -> None:
        self.path = path
        self.buffer = io.BytesIO()
        self.writer = WARCWriter(self.buffer, gzip=gzipped)

    def add(self, uri: str, record_type: str, payload: bytes, **options: Any) -> str:
        """Write one record; return its WARC-Record-ID."""
        record = self.writer.create_warc_record(
            uri, record_type, payload=io.BytesIO(payload), **options
        )
        self.writer.write_record(record)
        return str(record.rec_headers.get_header("WARC-Record-ID"))

    def response(self, uri: str, html: bytes, headers: StatusAndHeaders | None = None) -> str:
        """An HTTP response record."""
        return self.add(uri, "response", html, http_headers=headers or http("200 OK", "text/html"))

    def raw_response(self, uri: str, html: bytes, length_error: int) -> str:
        """A response whose Content-Length is off by ``length_error`` bytes (its block, HTTP
        headers and all, given as the payload, so that the writer keeps the given length)."""
        block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + html
        return self.add(
            uri,
            "response",
            block,
            length=len(block) + length_error,
            warc_content_type="application/http; msgtype=response",
        )

    def save(self) -> Path:
        self.path.write_bytes(self.buffer.getvalue())
        return self.path


def page(number: int) -> bytes:
    """A small page, different for each number."""
    return PAGE.replace("7-2", f"7-{number}").encode("utf-8")


def body(number: int) -> str:
    return newsclean.clean_html(page(number)).body


def batch_rows(
    capsys: pytest.CaptureFixture[str], source: Path, *options: str, code: int = 0
) -> tuple[list[dict[str, Any]], str]:
    """Run a batch over ``source``; return the output rows and stderr."""
    out = source.with_name("out.jsonl")
    got, _, err = run(capsys, str(source), "-o", str(out), *options)
    assert got == code, err
    return read_jsonl(out), err


# ---------------------------------------------------------------- WARC


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_every_html_response_is_a_row_and_every_other_record_is_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    warc = Warc(tmp_path / name, gzipped=name.endswith(".gz"))
    warc.add("", "warcinfo", b"software: test\r\n", warc_content_type="application/warc-fields")
    warc.add("https://news.example/a", "request", b"GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n")
    first = warc.response("https://news.example/a", page(1))
    warc.response("https://news.example/logo.png", b"\x89PNG\r\n", http("200 OK", "image/png"))
    warc.add("https://news.example/a", "metadata", b"fetchTimeMs: 12\r\n")
    warc.response("https://news.example/old", page(9), http("301 Moved Permanently", "text/html"))
    second = warc.response(
        "https://news.example/b", page(2), http("200 OK", "application/xhtml+xml; charset=utf-8")
    )
    rows, err = batch_rows(capsys, warc.save())
    assert [row["url"] for row in rows] == ["https://news.example/a", "https://news.example/b"]
    assert [row["warc_record_id"] for row in rows] == [first, second]
    assert all(row["warc_date"].endswith("Z") for row in rows)
    assert list(rows[0])[:4] == ["url", "warc_record_id", "warc_date", "body"]
    assert [row["body"] for row in rows] == [body(1), body(2)]
    assert rows[0]["title"] == "Tram line to reach the airport"
    assert all(row["error"] is None for row in rows)
    assert "batch: 2 rows" in err
    for counted in (
        "1 warcinfo records",
        "1 request records",
        "1 metadata records",
        "1 non-HTML responses",
        "1 non-2xx responses",
    ):
        assert counted in err


def test_the_charset_comes_from_the_http_headers_or_else_the_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    latin = LATIN_PAGE.encode("cp1252")
    declared = LATIN_PAGE.replace("<html>", '<html><meta charset="windows-1252">').encode("cp1252")
    warc = Warc(tmp_path / "crawl.warc.gz", gzipped=True)
    warc.response("https://news.example/a", latin, http("200 OK", "text/html; charset=ISO-8859-1"))
    warc.response("https://news.example/b", declared, http("200 OK", "text/html"))
    rows, _ = batch_rows(capsys, warc.save())
    assert [row["body"] for row in rows] == [CAFE, CAFE]


def test_transfer_and_content_encodings_are_decoded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    packed = gzip.compress(page(3))
    chunked = (
        b"".join(b"%x\r\n%s\r\n" % (len(piece), piece) for piece in (packed[:40], packed[40:]))
        + b"0\r\n\r\n"
    )
    warc = Warc(tmp_path / "crawl.warc", gzipped=False)
    warc.response(
        "https://news.example/c",
        chunked,
        http("200 OK", "text/html", ("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")),
    )
    rows, _ = batch_rows(capsys, warc.save())
    assert [row["body"] for row in rows] == [body(3)]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_many_records_keep_file_order_with_workers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], workers: str
) -> None:
    warc = Warc(tmp_path / "crawl.warc.gz", gzipped=True)
    for number in range(12):
        warc.response(f"https://news.example/{number}", page(number))
    rows, _ = batch_rows(capsys, warc.save(), "--workers", workers, "--chunk-rows", "5")
    assert [row["url"] for row in rows] == [f"https://news.example/{n}" for n in range(12)]
    assert [row["body"] for row in rows] == [body(n) for n in range(12)]


@pytest.mark.parametrize("suffix", ["csv", "parquet"])
def test_warc_rows_as_csv_and_parquet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    warc = Warc(tmp_path / "crawl.warc.gz", gzipped=True)
    warc.response("https://news.example/a", page(1))
    out = tmp_path / f"out.{suffix}"
    code, _, err = run(capsys, str(warc.save()), "-o", str(out))
    assert code == 0, err
    (row,) = read_rows_without_ids(out)
    assert list(row)[:3] == ["url", "warc_record_id", "warc_date"]
    assert row["body"] == body(1)


def read_rows_without_ids(path: Path) -> list[dict[str, Any]]:
    """Rows of a CSV or Parquet output that has no ``id`` column."""
    import csv

    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        return list(pq.read_table(path).to_pylist())
    with open(path, encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def test_a_payload_over_the_size_limit_is_an_error_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    warc = Warc(tmp_path / "crawl.warc.gz", gzipped=True)
    warc.response("https://news.example/big", page(1) * 50)
    warc.response("https://news.example/a", page(2))
    rows, _ = batch_rows(capsys, warc.save(), "--max-chars", "2000")
    assert rows[0]["error"].startswith("too large: its payload is over the limit of 8,000 bytes")
    assert rows[1]["body"] == body(2)


# ---------------------------------------------------------------- corrupt records


def with_a_wrong_length(path: Path, *, gzipped: bool, length_error: int) -> Warc:
    """Pages a, b and c, the Content-Length of b off by ``length_error`` bytes."""
    warc = Warc(path, gzipped=gzipped)
    warc.response("https://news.example/a", page(1))
    warc.raw_response("https://news.example/b", page(2), length_error)
    warc.response("https://news.example/c", page(3))
    return warc


def test_a_content_length_too_short_is_an_error_row_and_the_file_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    warc = with_a_wrong_length(tmp_path / "crawl.warc", gzipped=False, length_error=-10)
    rows, err = batch_rows(capsys, warc.save())
    assert [row["url"] for row in rows] == [f"https://news.example/{c}" for c in "abc"]
    assert rows[1]["error"].startswith("corrupt record: its block digest does not match")
    assert rows[1]["body"] is None
    assert [rows[0]["body"], rows[2]["body"]] == [body(1), body(3)]
    assert "1 error (1 corrupt record)" in err


def test_a_content_length_too_long_in_a_gzip_member_is_an_error_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    warc = with_a_wrong_length(tmp_path / "crawl.warc.gz", gzipped=True, length_error=10)
    rows, _ = batch_rows(capsys, warc.save())
    assert [row["url"] for row in rows] == [f"https://news.example/{c}" for c in "abc"]
    assert rows[1]["error"].startswith("corrupt record: truncated: the file ends")
    assert rows[2]["body"] == body(3)


def test_lost_boundaries_end_the_file_with_a_message_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    warc = with_a_wrong_length(tmp_path / "crawl.warc", gzipped=False, length_error=10)
    rows, err = batch_rows(capsys, warc.save(), code=1)
    assert [row["url"] for row in rows] == ["https://news.example/a", "https://news.example/b"]
    assert rows[1]["error"].startswith("corrupt record")
    assert "the records' boundaries are lost after record 2" in err
    assert "the rest of the file was not read" in err


def test_a_record_without_digests_and_a_wrong_length_is_an_error_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "crawl.warc"
    warc = Warc(path, gzipped=False)
    warc.response("https://news.example/a", page(1))
    warc.raw_response("https://news.example/b", page(2), -10)
    warc.response("https://news.example/c", page(3))
    data = warc.buffer.getvalue()
    stripped = b"\r\n".join(
        line for line in data.split(b"\r\n") if not line.startswith(b"WARC-Block-Digest")
    )
    assert stripped.count(b"WARC-Payload-Digest") == 3  # the payload digest is only checked
    stripped = b"\r\n".join(
        line for line in stripped.split(b"\r\n") if not line.startswith(b"WARC-Payload-Digest")
    )
    path.write_bytes(stripped)
    rows, _ = batch_rows(capsys, path)
    assert rows[1]["error"] == (
        "corrupt record: not followed by the blank lines a record ends with (wrong Content-Length?)"
    )
    assert rows[2]["body"] == body(3)


def test_a_file_cut_short_gives_its_last_record_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    warc = Warc(tmp_path / "crawl.warc.gz", gzipped=True)
    for number in range(3):
        warc.response(f"https://news.example/{number}", page(number))
    data = warc.buffer.getvalue()
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: len(data) - 30])
    rows, err = batch_rows(capsys, path)
    assert [row["body"] for row in rows[:2]] == [body(0), body(1)]
    assert rows[2]["url"] == "https://news.example/2"
    assert rows[2]["error"].startswith("corrupt record: truncated: the file ends")
    assert "1 error (1 corrupt record)" in err


def test_a_file_that_is_no_warc_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(gzip.compress(b"this is not a WARC record\n"))
    code, _, err = run(capsys, str(path), "-o", str(tmp_path / "out.jsonl"))
    assert code == 1
    assert "crawl.warc.gz: record 1 is not a WARC record; the rest of the file was not read" in err


# ---------------------------------------------------------------- WET


@pytest.mark.parametrize("name", ["crawl.warc.wet.gz", "crawl.wet", "crawl.wet.gz"])
def test_every_conversion_record_of_a_wet_file_is_cleaned_as_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    text = f"Tram line to reach the airport\n{LEAD}\n{MIDDLE}\nShare this\n"
    warc = Warc(tmp_path / name, gzipped=name.endswith(".gz"))
    warc.add("", "warcinfo", b"software: test\r\n", warc_content_type="application/warc-fields")
    ids = [
        warc.add(
            f"https://news.example/{n}", "conversion", text.encode(), warc_content_type="text/plain"
        )
        for n in range(2)
    ]
    rows, err = batch_rows(capsys, warc.save())
    assert [row["warc_record_id"] for row in rows] == ids
    assert [row["body"] for row in rows] == [newsclean.clean(text).body] * 2
    assert "skipped 1 warcinfo records" in err


def test_a_wet_record_is_dated_by_its_url_and_by_an_age_read_at_its_warc_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A WET record carries its page's URL and the time the page was read: a date in the URL,
    or an age by the byline read back from the WARC-Date, dates a text that writes none."""
    aged = f"Tram line to reach the airport\nBy Jane Doe\n2 days ago\n{LEAD}\n{MIDDLE}\n"
    warc = Warc(tmp_path / "crawl.wet", gzipped=False)
    for uri, text in (
        ("https://news.example/2019/11/18/tram", f"{LEAD}\n{MIDDLE}\n"),
        ("https://news.example/tram", aged),
        ("https://news.example/tram-2", f"{LEAD}\n{MIDDLE}\n"),
    ):
        headers = {"WARC-Date": "2019-11-20T10:00:00Z"}
        warc.add(
            uri,
            "conversion",
            text.encode(),
            warc_content_type="text/plain",
            warc_headers_dict=headers,
        )
    rows, _ = batch_rows(capsys, warc.save())
    assert [row["dateline"] and row["dateline"]["published"] for row in rows] == [
        "2019-11-18",
        "2019-11-18",
        None,
    ]
    assert rows[1]["byline"]["authors"] == ["Jane Doe"]


def test_a_wet_file_named_warc_is_known_by_its_first_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    warc = Warc(tmp_path / "crawl.warc.gz", gzipped=True)
    warc.add("https://news.example/a", "conversion", LEAD.encode(), warc_content_type="text/plain")
    warc.response("https://news.example/b", page(1))
    rows, err = batch_rows(capsys, warc.save())
    assert [row["body"] for row in rows] == [LEAD]
    assert "1 response records" in err


# ---------------------------------------------------------------- beside other inputs


def test_a_warc_file_beside_json_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    warc = Warc(tmp_path / "crawl.warc.gz", gzipped=True)
    warc.response("https://news.example/a", page(1))
    lines = write_jsonl(tmp_path / "rows.jsonl", [{"id": 0, "text": LEAD}])
    out = tmp_path / "out.jsonl"
    code, _, err = run(capsys, str(warc.save()), str(lines), "-o", str(out))
    assert code == 0, err
    rows = read_jsonl(out)
    assert [row["source"] for row in rows] == [str(warc.path), str(lines)]
    assert [row["body"] for row in rows] == [body(1), LEAD]
    assert rows[0]["url"] == "https://news.example/a" and "url" not in rows[1]


def test_the_writer_writes_a_gzip_member_per_record() -> None:
    # What the gzipped tests read: each record's member decompresses on its own.
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for number in range(2):
        writer.write_record(
            writer.create_warc_record("u", "resource", payload=io.BytesIO(page(number)))
        )
    data = buffer.getvalue()
    first = zlib.decompressobj(wbits=31)
    first.decompress(data)
    assert first.eof and first.unused_data.startswith(b"\x1f\x8b")


# ---------------------------------------------------------------- the benchmark


def test_the_warc_benchmark_builds_its_file_and_prints_what_it_measured(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from benchmarks import warc_speed

    (tmp_path / "dev-html").mkdir()
    with open(tmp_path / "dev.jsonl", "w", encoding="utf-8") as rows:
        for number in range(2):
            row = {"id": f"p{number}", "url": f"https://news.example/{number}", "body": LEAD}
            rows.write(json.dumps({**row, "page_text": LEAD, "region_text": LEAD}) + "\n")
            (tmp_path / "dev-html" / f"p{number}.html.gz").write_bytes(gzip.compress(page(number)))
    assert warc_speed.main(["--data", str(tmp_path), "--repeat", "1", "--copies", "2"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("WARC of 4 HTML responses and 4 requests")
    lines = {line.split(" | ")[0].lstrip("| "): line for line in out.splitlines()[3:]}
    assert {"warcio read", "newsclean batch", "trafilatura extract"} <= set(lines)
    assert lines["newsclean batch"].startswith("| newsclean batch | 4 | ")
    assert lines["trafilatura extract"].endswith("| 1.000 |")
