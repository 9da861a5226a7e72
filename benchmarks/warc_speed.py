"""Benchmark the WARC path: ``newsclean batch IN.warc.gz`` beside trafilatura's ``extract`` over
the same records, in one run.

Usage::

    python benchmarks/warc_speed.py --data DIR [--repeat N] [--copies K] [--tmp DIR]

``DIR`` defaults to ``$NEWSCLEAN_BENCHMARK_DIR``. The WARC file is built at run time, in a
temporary directory, with warcio's own writer: for each page of ``dev-html/`` (its bytes as
stored, with its URL from ``dev.jsonl``), a ``request`` record and a ``response`` record
(``Content-Type: text/html``), one gzip member per record as Common Crawl writes them, the whole
set ``--copies`` times. Nothing of the dataset is written anywhere else. Each pass, in turn:

* ``warcio read``: iterate the file and read every response's payload (the reading alone);
* ``FastWARC read``: the same with FastWARC, when it is installed (for the choice of library);
* ``newsclean batch``: :func:`newsclean.batch.run_batch` on the file, one worker, JSON Lines
  out: reading, ``clean_html`` on every HTML response, writing, as ``newsclean batch IN.warc.gz
  -o OUT.jsonl --workers 1`` runs (newsclean's memo of short blocks cleared first, so that
  every pass reads its pages as new);
* ``trafilatura extract``: warcio reads the same records, and ``trafilatura.extract(payload,
  url=url)`` runs on each payload (its defaults, as benchmarks/quality.py's anchor).

The table gives each system's median over ``--repeat`` passes (interleaved, so that the
machine's load falls on all alike), its pages/s, and its speed as a ratio to trafilatura's in
the same run: these machines are shared and noisy, so read the ratio.
"""

from __future__ import annotations

import argparse
import gzip
import io
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIR = REPO_ROOT / "src"
if __package__ in (None, ""):  # run as a script: make `benchmarks` and `newsclean` importable
    sys.path[:0] = [str(REPO_ROOT), str(SOURCE_DIR)]

from benchmarks.dataset import load_dataset, resolve_data_dir

#: The system the others are compared with.
ANCHOR = "trafilatura extract"


def build_warc(data_dir: Path, path: Path, copies: int) -> int:
    """Write the benchmark's WARC file (see the module docstring); return its pages."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    docs = load_dataset(data_dir)
    pages = 0
    with open(path, "wb") as file:
        writer = WARCWriter(file, gzip=True)
        for copy in range(copies):
            for doc in docs:
                url = doc.url or f"https://example.com/{doc.id}"
                url = f"{url}#copy-{copy}" if copy else url
                request = b"GET / HTTP/1.1\r\nHost: example.com\r\n\r\n"
                writer.write_record(
                    writer.create_warc_record(url, "request", payload=io.BytesIO(request))
                )
                headers = StatusAndHeaders(
                    "200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1"
                )
                html = gzip.decompress(doc.html_path.read_bytes())
                record = writer.create_warc_record(
                    url, "response", payload=io.BytesIO(html), http_headers=headers
                )
                writer.write_record(record)
                pages += 1
    return pages


def warcio_pages(path: Path) -> Iterator[tuple[str, bytes]]:
    """``(url, payload)`` of every HTML response, read with warcio."""
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as file:
        for record in ArchiveIterator(file):
            if record.rec_type == "response":
                url = record.rec_headers.get_header("WARC-Target-URI")
                yield url, record.content_stream().read()


def read_warcio(path: Path) -> int:
    """Read every page with warcio; return the count."""
    return sum(1 for _ in warcio_pages(path))


def read_fastwarc(path: Path) -> int:
    """Read every page with FastWARC; return the count."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    pages = 0
    with open(path, "rb") as file:
        for record in ArchiveIterator(file, record_types=WarcRecordType.response):
            record.reader.read()
            pages += 1
    return pages


def clean_with_newsclean(path: Path, out: Path) -> int:
    """``newsclean batch`` on the file, one worker; return the rows written."""
    from newsclean import labeling
    from newsclean.batch import run_batch

    labeling.clear_memo()
    summary = run_batch(str(path), str(out), workers=1)
    if summary.error_rows:
        raise RuntimeError(f"newsclean: {summary.describe_errors()}")
    return summary.rows


def extract_with_trafilatura(path: Path) -> int:
    """trafilatura's ``extract`` on every page warcio reads; return the count."""
    import trafilatura

    pages = 0
    for url, payload in warcio_pages(path):
        trafilatura.extract(payload, url=url)
        pages += 1
    return pages


def systems(path: Path, out: Path) -> dict[str, Callable[[], int]]:
    """The systems to time, by name (FastWARC only when it is installed)."""
    found: dict[str, Callable[[], int]] = {"warcio read": lambda: read_warcio(path)}
    try:
        import fastwarc  # noqa: F401
    except ImportError:
        pass
    else:
        found["FastWARC read"] = lambda: read_fastwarc(path)
    found["newsclean batch"] = lambda: clean_with_newsclean(path, out)
    found[ANCHOR] = lambda: extract_with_trafilatura(path)
    return found


def measure(path: Path, out: Path, repeat: int) -> tuple[dict[str, list[float]], dict[str, int]]:
    """Each system's times over ``repeat`` interleaved passes, and the pages it read."""
    timed = systems(path, out)
    seconds: dict[str, list[float]] = {name: [] for name in timed}
    pages: dict[str, int] = {}
    for _ in range(repeat):
        for name, run in timed.items():
            started = time.perf_counter()
            pages[name] = run()
            seconds[name].append(time.perf_counter() - started)
    return seconds, pages


def table(seconds: dict[str, list[float]], pages: dict[str, int]) -> list[str]:
    """The result table as markdown lines."""
    anchor = pages[ANCHOR] / statistics.median(seconds[ANCHOR])
    lines = [
        "| system | pages | median s | pages/s | ÷ trafilatura |",
        "|---|---|---|---|---|",
    ]
    for name, times in seconds.items():
        median = statistics.median(times)
        speed = pages[name] / median
        lines.append(
            f"| {name} | {pages[name]:,} | {median:.2f} | {speed:,.1f} | {speed / anchor:.3f} |"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", help="the dataset directory (default: $NEWSCLEAN_BENCHMARK_DIR)")
    parser.add_argument("--repeat", type=int, default=3, help="passes per system (default: 3)")
    parser.add_argument("--copies", type=int, default=1, help="copies of the pages (default: 1)")
    parser.add_argument("--tmp", help="where to build the WARC file (default: a temporary dir)")
    args = parser.parse_args(argv)
    data_dir = resolve_data_dir(args.data)
    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
        path = Path(tmp) / "dev.warc.gz"
        built = build_warc(data_dir, path, args.copies)
        seconds, pages = measure(path, Path(tmp) / "out.jsonl", args.repeat)
        size = path.stat().st_size
    print(
        f"WARC of {built:,} HTML responses and {built:,} requests ({size / 1e6:.1f} MB gzipped), "
        f"median of {args.repeat} passes, one core, {platform.python_implementation()} "
        f"{platform.python_version()}"
    )
    print("\n".join(table(seconds, pages)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
