"""Benchmark newsclean against baselines on the development dataset: quality and speed.

Usage::

    python benchmarks/quality.py --data DIR [--repeat N] [--markdown FILE] [--json FILE]
                                 [--plot FILE.png] [--inputs region,page,html]

``DIR`` defaults to ``$NEWSCLEAN_BENCHMARK_DIR``. Prints one Markdown table, a row per
(input kind, system): body F1 / precision / recall, author precision / recall / F1 and date
accuracy where the system extracts them, speed, and speed as a ratio to an anchor measured in the
same run (``str.splitlines()`` over the same texts; trafilatura ``extract()`` for HTML).
``--plot`` also draws body F1 per system and input kind from the same rows (matplotlib, imported
only then); with ``--markdown`` too, the report shows the figure under the table.

Method, per system: one untimed pass over all documents gives the predictions that are scored;
then ``--repeat`` timed passes over all documents give the speed (their median; the
``str.splitlines()`` anchor, about a millisecond a pass, gets at least 50). Everything runs
sequentially in this one process. newsclean is imported from this checkout's ``src/``; if it
cannot be imported, lacks an entry point, or raises ``NotImplementedError``, its rows are shown as
skipped with the reason. Any other exception it raises on a document is counted (the document
then scores as an empty prediction), reported in the row's notes, and the first traceback is
printed to stderr.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import importlib.metadata
import json
import os
import platform
import shlex
import statistics
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from types import ModuleType
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):  # run as a script: make the `benchmarks` package importable
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.dataset import Doc, load_dataset, resolve_data_dir
from benchmarks.scoring import (
    AuthorScore,
    BodyScore,
    DateScore,
    score_authors,
    score_bodies,
    score_dates,
)
from benchmarks.systems import (
    HTML_ANCHOR_SYSTEM,
    INPUT_KINDS,
    Extractor,
    Prediction,
    System,
    baseline_systems,
    input_of,
    newsclean_system,
)

DEFAULT_REPEAT = 5
TEXT_ANCHOR = "str.splitlines()"
TEXT_ANCHOR_MIN_PASSES = 50
BASELINE_PACKAGES = ("trafilatura", "readability-lxml", "jusText", "lxml")

REFERENCE_HEADER = "| input | system | F1 | precision | recall | speed |"
REFERENCE_ROWS = (
    # Copied from the dataset README ("one run on the development machine"); printed apart from
    # the measured table so no one mistakes them for figures of this run.
    "| region_text | no cleaning | 0.945 | 0.899 | 0.995 | |",
    "| region_text | C4-style line filter | 0.907 | 0.933 | 0.883 | ~40 MB/s |",
    "| page_text | no cleaning | 0.688 | 0.526 | 0.995 | |",
    "| page_text | C4-style line filter | 0.836 | 0.793 | 0.883 | ~40 MB/s |",
    "| page_text | jusText over the text's lines | 0.797 | 0.782 | 0.813 | ~1 MB/s |",
    "| html | trafilatura 2.3.1 `extract()` | 0.947 | 0.923 | 0.972 | ~55 pages/s |",
    "| html | trafilatura 2.3.1 `favor_precision=True` | 0.956 | 0.943 | 0.970 | ~58 pages/s |",
    "| html | readability-lxml 0.9 | 0.945 | 0.927 | 0.964 | ~37 pages/s |",
)


class SystemUnavailable(Exception):
    """The system cannot run at all: it raises ``NotImplementedError``."""


# --- running and timing ----------------------------------------------------------------------


@dataclass
class FailureLog:
    """Per-document exceptions of the library under test."""

    count: int = 0
    first: str | None = None

    def record(self, error: BaseException) -> None:
        """Count ``error`` and keep the first traceback."""
        self.count += 1
        if self.first is None:
            self.first = "".join(traceback.format_exception(error))


def guarded(extract: Extractor, log: FailureLog) -> Extractor:
    """Wrap ``extract`` so that an exception is logged and the page predicts nothing.

    ``NotImplementedError`` is not a per-document failure: it becomes :class:`SystemUnavailable`.
    """

    def call(source: str, url: str) -> Prediction:
        try:
            return extract(source, url)
        except NotImplementedError as error:
            raise SystemUnavailable(f"raises NotImplementedError: {error}") from error
        except Exception as error:  # noqa: BLE001 - counted and reported, see FailureLog
            log.record(error)
            return Prediction("")

    return call


def time_passes(
    extract: Callable[[str, str], object],
    sources: Sequence[str],
    urls: Sequence[str],
    repeat: int,
    before_pass: Callable[[], None] | None = None,
) -> list[float]:
    """Seconds taken by each of ``repeat`` passes of ``extract`` over all documents
    (``before_pass`` runs, untimed, before each)."""
    seconds = []
    for _ in range(repeat):
        if before_pass is not None:
            before_pass()
        start = time.perf_counter()
        for source, url in zip(sources, urls):
            extract(source, url)
        seconds.append(time.perf_counter() - start)
    return seconds


def predict(
    system: System, sources: Sequence[str], urls: Sequence[str], log: FailureLog
) -> list[Prediction]:
    """One untimed pass of ``system``, with its untimed field extractor merged in."""
    extract = guarded(system.extract, log) if system.counts_errors else system.extract
    predictions = [extract(source, url) for source, url in zip(sources, urls)]
    if system.fields is None:
        return predictions
    return [
        replace(p, authors=f.authors, published=f.published)
        for p, f in zip(predictions, (system.fields(s, u) for s, u in zip(sources, urls)))
    ]


# --- rows ------------------------------------------------------------------------------------


@dataclass
class Speed:
    """Throughput from the median of the timed passes, and its ratio to the anchor."""

    value: float
    unit: str
    seconds: list[float]
    ratio_to_anchor: float | None = None
    anchor: str | None = None


@dataclass
class Row:
    """Measured figures of one (input kind, system)."""

    input: str
    system: str
    body: BodyScore | None = None
    authors: AuthorScore | None = None
    dates: DateScore | None = None
    speed: Speed | None = None
    errors: int | None = None
    notes: list[str] = field(default_factory=list)


def throughput(kind: str, sources: Sequence[str], seconds: list[float]) -> Speed:
    """MB/s of UTF-8 input for text kinds, pages/s for HTML, from the median pass."""
    median = statistics.median(seconds)
    if kind == "html":
        return Speed(len(sources) / median, "pages/s", seconds)
    megabytes = sum(len(source.encode("utf-8")) for source in sources) / 1e6
    return Speed(megabytes / median, "MB/s", seconds)


def score_row(row: Row, system: System, docs: Sequence[Doc], predictions: list[Prediction]) -> None:
    """Fill the row's quality figures from the predictions."""
    row.body = score_bodies((doc.body, p.body) for doc, p in zip(docs, predictions))
    if system.extracts_fields:
        row.authors = score_authors(
            {doc.id: doc.authors for doc in docs},
            {doc.id: p.authors for doc, p in zip(docs, predictions)},
        )
        row.dates = score_dates(
            {doc.id: doc.date for doc in docs},
            {doc.id: p.published for doc, p in zip(docs, predictions)},
        )


def measure_system(
    kind: str, system: System, docs: Sequence[Doc], sources: Sequence[str], repeat: int
) -> Row:
    """Score one system on one input kind and time it."""
    row = Row(INPUT_KINDS[kind], system.name)
    urls = [doc.url for doc in docs]
    print(f"measuring {row.input} / {system.name} ...", file=sys.stderr)
    log = FailureLog()
    try:
        predictions = predict(system, sources, urls, log)
        timed = guarded(system.extract, FailureLog()) if system.counts_errors else system.extract
        seconds = (
            time_passes(timed, sources, urls, repeat, system.before_pass) if system.timed else None
        )
    except SystemUnavailable as error:
        row.notes.append(f"skipped: {system.name} {error}")
        return row
    score_row(row, system, docs, predictions)
    if seconds is not None:
        row.speed = throughput(kind, sources, seconds)
    if system.counts_errors:
        row.errors = log.count
        row.notes.append(f"{log.count} of {len(docs)} docs raised")
        if log.first:
            print(
                f"{system.name} on {row.input}: {log.count} docs raised; first:\n{log.first}",
                file=sys.stderr,
            )
    return row


def measure_text_anchor(kind: str, sources: Sequence[str], urls: Sequence[str], repeat: int) -> Row:
    """Time ``str.splitlines()`` over the texts: the speed anchor of text rows.

    A pass takes about a millisecond, too short for a median of 5 to be steady, so the anchor
    gets at least TEXT_ANCHOR_MIN_PASSES passes.
    """
    passes = max(repeat, TEXT_ANCHOR_MIN_PASSES)
    row = Row(INPUT_KINDS[kind], f"`{TEXT_ANCHOR}` (speed anchor)")
    row.speed = throughput(
        kind, sources, time_passes(lambda t, _: t.splitlines(), sources, urls, passes)
    )
    return row


def attach_ratios(rows: list[Row], anchor: Row) -> None:
    """Express every row's speed as a ratio to the anchor row's speed."""
    if anchor.speed is None:
        return
    for row in rows:
        if row.speed is not None:
            row.speed.ratio_to_anchor = row.speed.value / anchor.speed.value
            row.speed.anchor = anchor.system


def unavailable_row(kind: str, reason: str) -> Row:
    """A skipped newsclean row carrying the reason."""
    return Row(INPUT_KINDS[kind], "newsclean", notes=[f"skipped: {reason}"])


def measure_newsclean(
    kind: str,
    docs: Sequence[Doc],
    sources: Sequence[str],
    repeat: int,
    newsclean: ModuleType | None,
    import_error: str | None,
) -> Row:
    """The library's row for ``kind``, or a skipped row saying why it cannot run."""
    if newsclean is None:
        return unavailable_row(kind, f"import newsclean failed: {import_error}")
    try:
        system = newsclean_system(newsclean, kind)
    except AttributeError as error:
        return unavailable_row(kind, f"newsclean has no entry point for {kind} input ({error})")
    return measure_system(kind, system, docs, sources, repeat)


def measure_kind(
    kind: str,
    docs: Sequence[Doc],
    repeat: int,
    newsclean: ModuleType | None,
    import_error: str | None,
) -> list[Row]:
    """All rows of one input kind, with speed ratios to that kind's anchor."""
    sources = [input_of(doc, kind) for doc in docs]
    rows = [
        measure_system(kind, system, docs, sources, repeat) for system in baseline_systems(kind)
    ]
    rows.append(measure_newsclean(kind, docs, sources, repeat, newsclean, import_error))
    if kind == "html":
        anchor = next(row for row in rows if row.system == HTML_ANCHOR_SYSTEM)
    else:
        anchor = measure_text_anchor(kind, sources, [doc.url for doc in docs], repeat)
        rows.insert(0, anchor)
    attach_ratios(rows, anchor)
    return rows


# --- newsclean import ------------------------------------------------------------------------


def import_newsclean() -> tuple[ModuleType | None, str | None]:
    """Import newsclean from this checkout's ``src/``; return (module, None) or (None, error)."""
    source_dir = str(REPO_ROOT / "src")
    if source_dir not in sys.path:
        sys.path.insert(0, source_dir)
    try:
        return importlib.import_module("newsclean"), None
    except Exception as error:  # noqa: BLE001 - library in progress: report, don't crash
        traceback.print_exc(file=sys.stderr)
        return None, f"{type(error).__name__}: {error}"


# --- report ----------------------------------------------------------------------------------

TABLE_HEADER = (
    "| input | system | F1 | precision | recall | author P | author R | author F1 | date acc. "
    "| speed | ÷ anchor | notes |"
)


def fmt(value: float | None, digits: int = 3) -> str:
    """Format a figure, or an empty cell for a figure that does not apply."""
    return "" if value is None else f"{value:.{digits}f}"


def table_line(row: Row) -> str:
    """One Markdown table line."""
    body, authors, speed = row.body, row.authors, row.speed
    cells = [
        row.input,
        row.system,
        fmt(body and body.f1),
        fmt(body and body.precision),
        fmt(body and body.recall),
        fmt(authors and authors.precision),
        fmt(authors and authors.recall),
        fmt(authors and authors.f1),
        fmt(row.dates and row.dates.accuracy),
        f"{speed.value:.1f} {speed.unit}" if speed else "",
        f"{speed.ratio_to_anchor:.3f}" if speed and speed.ratio_to_anchor is not None else "",
        "; ".join(row.notes),
    ]
    return "| " + " | ".join(cells) + " |"


def package_version(name: str) -> str:
    """Installed version of a distribution, or 'not installed'."""
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def describe_newsclean(newsclean: ModuleType | None, import_error: str | None) -> str:
    """Version and location of the library under test, or why it is missing."""
    if newsclean is None:
        return f"not importable ({import_error})"
    location = newsclean.__file__ or f"namespace package {list(newsclean.__path__)}"
    return f"{getattr(newsclean, '__version__', 'no __version__')} from {location}"


def run_metadata(
    data_dir: Path,
    docs: Sequence[Doc],
    repeat: int,
    newsclean: ModuleType | None,
    import_error: str | None,
) -> dict[str, Any]:
    """Facts about this run, printed above the table and stored in the JSON."""
    return {
        "dataset": str(data_dir),
        "docs": len(docs),
        "docs_with_authors": sum(bool(doc.authors) for doc in docs),
        "docs_with_date": sum(doc.date is not None for doc in docs),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "platform": platform.platform(),
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "repeat": repeat,
        "newsclean": describe_newsclean(newsclean, import_error),
        "baselines": {name: package_version(name) for name in BASELINE_PACKAGES},
    }


def render_markdown(meta: dict[str, Any], rows: Sequence[Row], figure: str | None = None) -> str:
    """The whole report: run facts, the measured table (and ``figure``, a path or URL of the
    F1 plot, when given), the README's reference figures."""
    baselines = ", ".join(f"{name} {version}" for name, version in meta["baselines"].items())
    lines = [
        "# newsclean quality and speed benchmark",
        "",
        *([f"Generated by `{meta['command']}`.", ""] if "command" in meta else []),
        (
            f"- dataset: `{meta['dataset']}` ({meta['docs']} docs; "
            f"{meta['docs_with_authors']} with author truth, {meta['docs_with_date']} with date truth)"
        ),
        f"- python: {meta['python']} on {meta['platform']}",
        f"- date: {meta['date']}",
        f"- newsclean: `{meta['newsclean']}`",
        f"- baselines: {baselines}",
        (
            f"- speed: median of {meta['repeat']} timed passes over all docs, one process, "
            "one core; text in MB/s (10^6 bytes of UTF-8 input per second), HTML in pages/s; "
            f"'÷ anchor' is the speed divided by that of `{TEXT_ANCHOR}` over the same texts "
            f"(text inputs) or of `{HTML_ANCHOR_SYSTEM}` (HTML), measured in this run; "
            "newsclean's memo of short blocks is cleared before each pass, so every pass reads "
            "the pages as for the first time"
        ),
        "",
        TABLE_HEADER,
        "|" + "---|" * TABLE_HEADER.count(" | ") + "---|",
        *map(table_line, rows),
        "",
        *([f"![Body F1 per system and input kind]({figure})", ""] if figure else []),
        "## Reference (from the dataset README; not measured in this run)",
        "",
        REFERENCE_HEADER,
        "|---|---|---|---|---|---|",
        *REFERENCE_ROWS,
        "",
    ]
    return "\n".join(lines)


def report_json(meta: dict[str, Any], rows: Sequence[Row]) -> dict[str, Any]:
    """All figures, machine-readable."""
    return {"meta": meta, "rows": [asdict(row) for row in rows], "reference": list(REFERENCE_ROWS)}


def relative_link(target: Path, base: Path) -> str:
    """A Markdown link to ``target`` from a file in directory ``base`` (POSIX separators)."""
    return Path(os.path.relpath(target.resolve(), base.resolve())).as_posix()


def tail_section(data_dir: Path, kinds: Sequence[str]) -> str:
    """The tail's summary on both development sets (``benchmarks/tail.py``), as a section."""
    from benchmarks.dataset import DEV_SETS
    from benchmarks.tail import measure, summary_table

    reports = [
        measure(load_dataset(data_dir, dev_set), kind) for dev_set in DEV_SETS for kind in kinds
    ]
    return (
        "\n## The tail, on both development sets\n\n"
        "From `benchmarks/tail.py` (the pages themselves: [tail.md](tail.md)). The anchor is "
        "the uncleaned text for region and page text, trafilatura `extract()` for HTML; "
        "'worse' counts the pages where cleaning scored below the anchor.\n\n"
        + summary_table(reports)
        + "\n"
    )


# --- command line ----------------------------------------------------------------------------


def parse_inputs(value: str) -> list[str]:
    """Parse ``region,page,html`` (any subset, in the order given)."""
    kinds = [part.strip() for part in value.split(",") if part.strip()]
    unknown = [kind for kind in kinds if kind not in INPUT_KINDS]
    if unknown or not kinds:
        raise argparse.ArgumentTypeError(f"choose from {','.join(INPUT_KINDS)}; got {value!r}")
    return kinds


def positive_int(value: str) -> int:
    """An integer of at least 1."""
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", help="dataset directory (default: $NEWSCLEAN_BENCHMARK_DIR)")
    parser.add_argument(
        "--repeat",
        type=positive_int,
        default=DEFAULT_REPEAT,
        help=f"timed passes per system; the median is reported (default {DEFAULT_REPEAT})",
    )
    parser.add_argument("--markdown", type=Path, help="also write the report to this Markdown file")
    parser.add_argument("--json", type=Path, help="also write all figures to this JSON file")
    parser.add_argument(
        "--plot", type=Path, help="also draw body F1 per system and input kind to this PNG file"
    )
    parser.add_argument(
        "--tail",
        action="store_true",
        help="also measure the tail on both development sets (benchmarks/tail.py) and add its "
        "summary table to the report",
    )
    parser.add_argument(
        "--inputs",
        type=parse_inputs,
        default=list(INPUT_KINDS),
        help="comma-separated input kinds among region,page,html (default: all)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print the report; return the exit status."""
    args = parse_args(argv)
    try:
        data_dir = resolve_data_dir(args.data)
    except FileNotFoundError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    docs = load_dataset(data_dir)
    newsclean, import_error = import_newsclean()
    meta = run_metadata(data_dir, docs, args.repeat, newsclean, import_error)
    meta["command"] = shlex.join(["python", "benchmarks/quality.py", *(argv or sys.argv[1:])])
    rows = [
        row
        for kind in args.inputs
        for row in measure_kind(kind, docs, args.repeat, newsclean, import_error)
    ]
    tail = tail_section(data_dir, args.inputs) if args.tail else ""
    print(render_markdown(meta, rows) + tail)
    if args.plot:
        from benchmarks.plot import plot_f1

        plot_f1(rows, args.plot)
    if args.markdown:
        figure = relative_link(args.plot, args.markdown.parent) if args.plot else None
        args.markdown.write_text(render_markdown(meta, rows, figure) + tail, encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(report_json(meta, rows), indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
