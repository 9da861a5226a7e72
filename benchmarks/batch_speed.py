"""Benchmark ``newsclean batch`` end to end: throughput, speed-up with workers, peak memory.

Usage::

    python benchmarks/batch_speed.py --data DIR [--sizes 50,200] [--workers 1,2] [--repeat N]
                                     [--runs clean,no-op] [--markdown FILE] [--tmp DIR]

``DIR`` defaults to ``$NEWSCLEAN_BENCHMARK_DIR``. The input is JSON Lines built from the
dataset: each page gives two rows, ``{"id", "url", "kind", "text"}`` with its ``region_text``
and its ``page_text``, repeated (with fresh ids) until the file reaches each size in
``--sizes`` (megabytes, 10^6 bytes). For each size and worker count it runs

* ``clean``: ``python -m newsclean batch IN -o OUT.jsonl --workers N --quiet``, the command as
  users run it (JSON Lines in and out, parsing included);
* ``no-op``: the same batch machinery (reading, chunking, worker processes, JSON parsing and
  writing) with a cleaner that returns the text as the body at once, so its speed is the
  batch's own overhead, without ``clean()``.

Each run is a child process, timed by wall clock. Its peak memory is the peak of the summed
resident set size (RSS) of the process and all its descendants (the workers), polled every
20 ms with psutil (it comes with ``newsclean[dask]``); summed RSS counts the pages forked
workers share with their parent more than once, so it overstates. Without psutil the column
shows the largest single process instead, ``ru_maxrss`` from ``getrusage(RUSAGE_CHILDREN)`` of
a wrapper process. ``other load`` is how many cores other processes (this script's polling
included) kept busy during the run, on average: the machine's busy CPU time (psutil) less the
run's own (``getrusage``). A run with two workers needs both cores of a two-core machine, so
other load slows it: read its speed-up beside it. ``CPU time`` is the CPU seconds the run's
processes used, workers included (``getrusage``): the work itself, which other load changes
little, so comparing it across worker counts shows what running in parallel costs.

Every run goes without newsclean's memo of short blocks (``NEWSCLEAN_MEMO_SIZE=0``): the input
repeats the dataset's rows, and the memo would know every menu from the second copy on, a speed
no corpus of new pages gives.

The anchor, measured in the same run: ``newsclean.clean`` called in this process over every
text of one copy of the rows (median of 3 passes), the upper bound for one worker. The table
gives MB/s of input file and of text, rows/s, speed-up over one worker of the same kind, and
speed as a share of the anchor. The machines are shared and noisy: compare ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIR = REPO_ROOT / "src"
if __package__ in (None, ""):  # run as a script: make `benchmarks` and `newsclean` importable
    sys.path[:0] = [str(REPO_ROOT), str(SOURCE_DIR)]

from benchmarks.dataset import load_dataset, resolve_data_dir

MEGABYTE = 1_000_000
INPUT_KINDS = ("region_text", "page_text")
POLL_SECONDS = 0.02
ANCHOR_PASSES = 3
#: The input repeats the dataset's rows, so newsclean's memo of short blocks would know every menu
#: and button from the second copy on: every run (the anchor too) goes without it, as if every
#: row were a new page.
WITHOUT_MEMO = {"NEWSCLEAN_MEMO_SIZE": "0"}
#: The kinds of run: the real command, and the batch machinery with a no-op cleaner.
RUNS = ("clean", "no-op")


def noop_clean(text: str) -> object:
    """The no-op cleaner: the text is the body (an Article, like ``clean``'s)."""
    from newsclean import Article

    return Article(body=text)


# ---------------------------------------------------------------- inputs


@dataclass(frozen=True)
class Corpus:
    """One copy of the benchmark rows, as JSON Lines, with the size of their texts."""

    lines: list[str]
    texts: list[str]

    @property
    def file_bytes(self) -> int:
        """Bytes of one copy as JSON Lines (UTF-8)."""
        return sum(len(line.encode("utf-8")) for line in self.lines)

    @property
    def text_bytes(self) -> int:
        """Bytes of one copy's texts (UTF-8)."""
        return sum(len(text.encode("utf-8")) for text in self.texts)


def load_corpus(data_dir: Path) -> Corpus:
    """Two rows per dataset page: its region_text and its page_text."""
    lines: list[str] = []
    texts: list[str] = []
    for doc in load_dataset(data_dir):
        for kind in INPUT_KINDS:
            text = getattr(doc, kind)
            row = {"id": f"{doc.id}-{kind}", "url": doc.url, "kind": kind, "text": text}
            lines.append(json.dumps(row, ensure_ascii=False))
            texts.append(text)
    return Corpus(lines, texts)


@dataclass(frozen=True)
class Source:
    """A benchmark input file: its rows, its size and the size of its texts."""

    path: Path
    rows: int
    file_bytes: int
    text_bytes: int


def write_input(corpus: Corpus, path: Path, megabytes: int) -> Source:
    """Write copies of the corpus (ids suffixed with the copy number) until ``path`` holds at
    least ``megabytes``."""
    copies = max(1, -(-megabytes * MEGABYTE // corpus.file_bytes))
    with open(path, "w", encoding="utf-8") as file:
        for copy in range(copies):
            suffix = f'-{copy}", "url"'
            file.writelines(line.replace('", "url"', suffix, 1) + "\n" for line in corpus.lines)
    return Source(path, copies * len(corpus.lines), path.stat().st_size, copies * corpus.text_bytes)


def anchor_speed(corpus: Corpus) -> float:
    """MB/s of text of ``newsclean.clean`` in this process over one copy (median of passes)."""
    os.environ.update(WITHOUT_MEMO)
    import newsclean

    if newsclean.labeling.MEMO_SIZE != 0:
        raise RuntimeError("newsclean was imported before its memo could be turned off")
    times = []
    for _ in range(ANCHOR_PASSES):
        started = time.perf_counter()
        for text in corpus.texts:
            newsclean.clean(text)
        times.append(time.perf_counter() - started)
    return corpus.text_bytes / MEGABYTE / statistics.median(times)


# ---------------------------------------------------------------- runs


@dataclass(frozen=True)
class Run:
    """One timed child process."""

    seconds: float
    peak_bytes: int
    memory_method: str
    #: Cores other processes kept busy during the run, on average (None without psutil).
    other_load: float | None = None
    #: CPU seconds the run's processes used, the workers included.
    cpu_seconds: float | None = None


def batch_command(mode: str, source: Path, output: Path, workers: int) -> list[str]:
    """The child process's command line for a ``clean`` or ``no-op`` run."""
    if mode == "clean":
        return [sys.executable, "-m", "newsclean", "batch", str(source), "-o", str(output),
                "--workers", str(workers), "--quiet"]  # fmt: skip
    return [sys.executable, "-m", "benchmarks.batch_speed", "--noop-batch",
            str(source), str(output), str(workers)]  # fmt: skip


def child_env() -> dict[str, str]:
    """The environment for children that import newsclean and benchmarks from this checkout."""
    env = dict(os.environ, **WITHOUT_MEMO)
    paths = [str(SOURCE_DIR), str(REPO_ROOT), env.get("PYTHONPATH", "")]
    env["PYTHONPATH"] = os.pathsep.join(path for path in paths if path)
    return env


def timed_run(command: list[str]) -> Run:
    """Run ``command`` to the end; its wall time and peak memory (see the module docstring)."""
    try:
        import psutil
    except ImportError:
        return timed_run_with_rusage(command)
    busy_before, ours_before = busy_cpu_seconds(), children_cpu_seconds()
    started = time.perf_counter()
    child = subprocess.Popen(command, cwd=REPO_ROOT, env=child_env(), stderr=subprocess.PIPE)
    process = psutil.Process(child.pid)
    peak = 0
    while child.poll() is None:
        peak = max(peak, tree_rss(process))
        time.sleep(POLL_SECONDS)
    seconds = time.perf_counter() - started
    ours = children_cpu_seconds() - ours_before
    others = (busy_cpu_seconds() - busy_before) - ours
    check_exit(child.returncode, child.stderr.read() if child.stderr else b"")
    method = "summed RSS of the process tree (psutil)"
    return Run(seconds, peak, method, max(0.0, others / seconds), ours)


def busy_cpu_seconds() -> float:
    """CPU seconds the whole machine has spent busy (not idle) since it started (psutil)."""
    import psutil

    times = psutil.cpu_times()
    idle = times.idle + getattr(times, "iowait", 0.0)
    return sum(times) - idle


def children_cpu_seconds() -> float:
    """CPU seconds of this process's finished children and their own children (the workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def tree_rss(process: object) -> int:
    """The summed RSS of a process and its descendants (0 for those already gone)."""
    import psutil

    total = 0
    try:
        members = [process, *process.children(recursive=True)]  # type: ignore[attr-defined]
    except psutil.Error:
        return 0
    for member in members:
        try:
            total += member.memory_info().rss
        except psutil.Error:
            continue
    return total


def timed_run_with_rusage(command: list[str]) -> Run:
    """Without psutil: a wrapper process runs the command and reports ru_maxrss of its
    children, the largest single process of the tree."""
    wrapper = (
        "import resource, subprocess, sys\n"
        "code = subprocess.run(sys.argv[1:]).returncode\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)"
    )
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", wrapper, *command],
        cwd=REPO_ROOT, env=child_env(), capture_output=True, check=False,
    )  # fmt: skip
    seconds = time.perf_counter() - started
    maxrss_kib, code = result.stdout.split()[-2:]
    check_exit(int(code), result.stderr)
    return Run(seconds, int(maxrss_kib) * 1024, "largest process, ru_maxrss (no psutil)")


def check_exit(code: int, stderr: bytes) -> None:
    """Stop the benchmark when a run failed, or when rows got errors (a clean run measured
    on failing rows would be too fast)."""
    text = stderr.decode(errors="replace")
    if code != 0 or ("batch: " in text and "; no errors" not in text):
        raise SystemExit(f"a batch run failed (exit code {code}):\n{text}")


# ---------------------------------------------------------------- the table


@dataclass(frozen=True)
class Row:
    """One line of the table: the median of a configuration's runs (the peak of their peaks)."""

    size_mb: int
    mode: str
    workers: int
    rows: int
    file_bytes: int
    text_bytes: int
    seconds: float
    peak_bytes: int
    other_load: float | None
    cpu_seconds: float | None

    @classmethod
    def of(cls, size_mb: int, mode: str, workers: int, source: Source, runs: list[Run]) -> Row:
        """The line for ``runs`` of one configuration over ``source``."""
        return cls(
            size_mb,
            mode,
            workers,
            source.rows,
            source.file_bytes,
            source.text_bytes,
            statistics.median(run.seconds for run in runs),
            max(run.peak_bytes for run in runs),
            median_of(run.other_load for run in runs),
            median_of(run.cpu_seconds for run in runs),
        )

    def speed(self) -> float:
        """MB/s of text."""
        return self.text_bytes / MEGABYTE / self.seconds


def markdown(rows: list[Row], anchor: float) -> str:
    """The results as a Markdown table."""
    lines = [
        (
            "| input | run | workers | time | file MB/s | text MB/s | rows/s | speed-up "
            "| ÷ anchor | peak memory | other load | CPU time |"
        ),
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
        (
            f"| one copy, in process | `newsclean.clean()` (anchor) | 1 (no batch) | | | "
            f"{anchor:.2f} | | | 1.00 | | | |"
        ),
    ]
    for row in rows:
        base = next(
            (r for r in rows if (r.size_mb, r.mode, r.workers) == (row.size_mb, row.mode, 1)),
            None,
        )
        speedup = f"{base.seconds / row.seconds:.2f}x" if base else ""
        lines.append(
            f"| {row.file_bytes / MEGABYTE:,.0f} MB ({row.rows:,} rows) | {row.mode} "
            f"| {row.workers} | {row.seconds:.1f} s | {row.file_bytes / MEGABYTE / row.seconds:.2f} "
            f"| {row.speed():.2f} | {row.rows / row.seconds:,.0f} | {speedup} "
            f"| {row.speed() / anchor:.2f} | {row.peak_bytes / 2**20:,.0f} MiB "
            f"| {optional(row.other_load, '{:.2f}')} | {optional(row.cpu_seconds, '{:.1f} s')} |"
        )
    return "\n".join(lines)


def median_of(values: Iterable[float | None]) -> float | None:
    """The median of the values that are known, or ``None``."""
    known = [value for value in values if value is not None]
    return statistics.median(known) if known else None


def optional(value: float | None, template: str) -> str:
    """``value`` formatted, or an empty cell."""
    return "" if value is None else template.format(value)


def run_all(args: argparse.Namespace) -> str:
    """Build the inputs, run every configuration, return the report."""
    corpus = load_corpus(resolve_data_dir(args.data))
    anchor = anchor_speed(corpus)
    modes = args.runs
    rows: list[Row] = []
    method = ""
    with tempfile.TemporaryDirectory(dir=args.tmp) as scratch:
        output = Path(scratch) / "out.jsonl"
        for size in args.sizes:
            source = write_input(corpus, Path(scratch) / f"in-{size}MB.jsonl", size)
            for mode in modes:
                for workers in args.workers:
                    command = batch_command(mode, source.path, output, workers)
                    runs = [timed_run(command) for _ in range(args.repeat)]
                    output.unlink(missing_ok=True)
                    method = runs[0].memory_method
                    rows.append(Row.of(size, mode, workers, source, runs))
                    print(markdown(rows[-1:], anchor).splitlines()[-1], file=sys.stderr)
            source.path.unlink()
    return report(rows, anchor, method, args)


def report(rows: list[Row], anchor: float, method: str, args: argparse.Namespace) -> str:
    """The table with the facts of the run."""
    command = "python benchmarks/batch_speed.py " + " ".join(args.argv)
    facts = (
        f"Command: `{command.strip()}`. Machine: {platform.python_implementation()} "
        f"{platform.python_version()}, {os.cpu_count()} cores. Median of {args.repeat} run(s) "
        f"per line. Peak memory: {method}. Speed-up: over 1 worker, same input and run kind. "
        "÷ anchor: text MB/s over `newsclean.clean()`'s in this process. Other load: cores "
        "that other processes on the machine kept busy during the run, on average (a run "
        "with 2 workers needs both cores: other load slows it). CPU time: the CPU seconds of "
        "the run's processes, workers included."
    )
    return f"{facts}\n\n{markdown(rows, anchor)}\n"


# ---------------------------------------------------------------- command line


def int_list(text: str) -> list[int]:
    """A comma-separated list of positive whole numbers."""
    try:
        values = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of whole numbers: {text!r}") from None
    if not values or min(values) < 1:
        raise argparse.ArgumentTypeError(f"give numbers of at least 1: {text!r}")
    return values


def run_list(text: str) -> list[str]:
    """A comma-separated subset of :data:`RUNS`."""
    values = [part.strip() for part in text.split(",") if part.strip()]
    if not values or not set(values) <= set(RUNS):
        raise argparse.ArgumentTypeError(f"choose from {','.join(RUNS)}: {text!r}")
    return values


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The benchmark's options."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", help="dataset directory (default $NEWSCLEAN_BENCHMARK_DIR)")
    parser.add_argument("--sizes", type=int_list, default=[50, 200], help="input sizes, MB")
    parser.add_argument("--workers", type=int_list, default=[1, 2], help="worker counts")
    parser.add_argument("--repeat", type=int, default=1, help="runs per line (median)")
    parser.add_argument(
        "--runs", type=run_list, default=list(RUNS), help="comma-separated: clean,no-op"
    )
    parser.add_argument("--markdown", help="also write the report to this file")
    parser.add_argument("--tmp", help="directory for the inputs and outputs (default: TMPDIR)")
    args = parser.parse_args(argv)
    args.argv = list(argv)
    return args


def noop_batch(source: str, output: str, workers: str) -> int:
    """The child of a no-op run: the batch machinery with :func:`noop_clean`."""
    from benchmarks.batch_speed import noop_clean as importable_noop  # pickles by module name
    from newsclean.batch import run_batch
    from newsclean.results import CleanSettings

    settings = CleanSettings(field="text", cleaner=importable_noop)  # type: ignore[arg-type]
    summary = run_batch(source, output, settings, workers=int(workers))
    print(f"newsclean: {summary.line()}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark (or, with ``--noop-batch IN OUT N``, one no-op batch) and print it."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--noop-batch"]:
        return noop_batch(*argv[1:4])
    args = parse_args(argv)
    text = run_all(args)
    print(text)
    if args.markdown:
        Path(args.markdown).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
