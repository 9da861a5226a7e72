"""``newsclean batch``: clean a file of rows with every core, in bounded memory, in input order.

::

    reader ─► chunks of raw records ─► workers: decode, clean each row, encode ─► writer
    (main process)                     (clean_task, in worker processes)          (main, in order)

A reader (:mod:`newsclean.formats`) cuts the input into chunks of at most ``chunk_rows`` rows
and about ``chunk_bytes`` bytes. Each chunk goes to a worker process as a :class:`Task`; the
worker parses its records, cleans every row with :func:`newsclean.results.clean_row` (a row
that cannot be cleaned gets an ``error``, it never stops the batch) and serialises the rows for
the writer, so the main process mostly moves bytes. At most :data:`CHUNKS_PER_WORKER` chunks
per worker are in flight and results are written as the oldest one completes, so memory stays
flat whatever the input's size and the output keeps the input's order. With one worker the
chunks are cleaned in the main process.

Internal: the face is the ``newsclean batch`` command (:mod:`newsclean.cli`).
"""

from __future__ import annotations

import dataclasses
import importlib.util
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .formats import (
    STDIO,
    Chunk,
    Document,
    MalformedRecord,
    OutputError,
    Record,
    UsageError,
    describe_os_error,
    open_inputs,
    open_writer,
)
from .results import (
    DEFAULT_SETTINGS,
    RAW_FIELD,
    SOURCE_FIELD,
    CleanSettings,
    clean_row,
    clean_value,
    error_category,
    error_fields,
)

#: Rows per chunk at most: small enough for a smooth progress bar and load balance.
DEFAULT_CHUNK_ROWS = 1000
#: Input bytes per chunk, about: bounds memory when rows are long, and keeps chunks short
#: (a fraction of a second of cleaning) so that the last ones leave no worker idle for long.
DEFAULT_CHUNK_BYTES = 1_000_000
#: Chunks in flight per worker: one being cleaned, one queued so that no worker waits.
CHUNKS_PER_WORKER = 2
#: Bytes in a megabyte, for the summary's MB/s (the progress bar uses the same).
MEGABYTE = 1_000_000

Item = TypeVar("Item")
Result = TypeVar("Result")


@dataclass(frozen=True, slots=True)
class Task:
    """One chunk's work, sent to a worker: its records (with the reader's function that decodes
    them into rows), how to encode the cleaned rows (module-level functions, so that they
    pickle), and what to clean."""

    chunk: Chunk
    encode: Callable[[list[dict[str, Any]]], Any]
    settings: CleanSettings


@dataclass(frozen=True, slots=True)
class TaskResult:
    """A cleaned chunk: the encoded rows for the writer, and the count of each error kind."""

    payload: Any
    errors: dict[str, int]


def clean_task(task: Task) -> TaskResult:
    """Decode, clean and encode one chunk (the function the workers run)."""
    chunk = task.chunk
    assert chunk.decode is not None  # set by Reader.chunks
    rows = [
        clean_record(record, task.settings, chunk.source) for record in chunk.decode(chunk.records)
    ]
    errors = Counter(error_category(row["error"]) for row in rows if row["error"] is not None)
    return TaskResult(task.encode(rows), dict(errors))


def clean_record(
    record: Record, settings: CleanSettings, source: str | None = None
) -> dict[str, Any]:
    """The output row for one input record: a row cleaned, a document (a WARC or WET record)
    cleaned after the fields it carries, or a malformed record kept in ``raw`` with its error;
    each with its ``source`` file when the batch reads several."""
    if isinstance(record, Document):
        return {**record.fields, **source_field(source), **clean_document(record, settings)}
    if isinstance(record, MalformedRecord):
        raw = {RAW_FIELD: record.raw, **source_field(source)}
        return {**raw, **error_fields(record.error, settings)}
    return clean_row(record, settings, source)


def source_field(source: str | None) -> dict[str, str]:
    """The ``source`` field of a row, when the batch reads several files."""
    return {} if source is None else {SOURCE_FIELD: source}


def clean_document(document: Document, settings: CleanSettings) -> dict[str, Any]:
    """The result fields of a document, cleaned as its kind says (with the page's URL, and the
    record's ``warc_date`` as the time the page was read), or of the error that kept it from
    being read."""
    if document.error is not None:
        return error_fields(document.error, settings)
    as_document = dataclasses.replace(settings, field=None, kind=document.kind, url_field=None)
    fields = document.fields
    return clean_value(document.value, as_document, fields.get("url"), fields.get("warc_date"))


# ---------------------------------------------------------------- running chunks in order


def map_in_order(
    function: Callable[[Item], Result], items: Iterable[Item], workers: int
) -> Generator[tuple[Item, Result], None, None]:
    """``(item, function(item))`` for each item, in order, computed by ``workers`` processes
    with at most :data:`CHUNKS_PER_WORKER` items per worker in flight (in this process for
    one worker). ``items`` is consumed only as results are taken."""
    if workers <= 1:
        for item in items:
            yield item, function(item)
        return
    pool = ProcessPoolExecutor(workers, mp_context=worker_context(), initializer=ignore_sigint)
    pending: deque[tuple[Item, Future[Result]]] = deque()
    try:
        for item in items:
            pending.append((item, pool.submit(function, item)))
            if len(pending) >= workers * CHUNKS_PER_WORKER:
                oldest, future = pending.popleft()
                yield oldest, future.result()
        while pending:
            oldest, future = pending.popleft()
            yield oldest, future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def worker_context() -> multiprocessing.context.BaseContext:
    """How worker processes start. On Linux, in a process that runs no other thread, by
    ``fork``: quickest, and the workers start with newsclean imported. Beside threads, where
    forking is unsafe, from a fork server that has imported newsclean; spawned where there is
    no fork server."""
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["newsclean"])
        return context
    return multiprocessing.get_context("spawn")


def ignore_sigint() -> None:
    """Workers leave Ctrl-C to the main process, which stops the batch and cleans up."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def progress_bar_available() -> bool:
    """True when tqdm, which draws the progress bar, is installed."""
    return importlib.util.find_spec("tqdm") is not None


def available_cores() -> int:
    """The cores this process may run on (the default number of workers)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


# ---------------------------------------------------------------- the summary and progress


@dataclass
class Summary:
    """What a batch did: rows written, input bytes read, errors by kind, time taken, rows
    with fields a CSV or Parquet output had no column for, what the readers skipped (blank
    lines, WARC records that are not pages) by what it was, and why a file was not read to its
    end (``problems``)."""

    destination: str
    rows: int = 0
    input_bytes: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    unwritten: int = 0
    seconds: float = 0.0
    skipped: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)

    def add(self, chunk: Chunk, result: TaskResult) -> None:
        """Count one written chunk."""
        self.rows += chunk.rows
        self.input_bytes += chunk.nbytes
        self.errors.update(result.errors)

    @property
    def error_rows(self) -> int:
        """Rows written with an error."""
        return sum(self.errors.values())

    @property
    def error_rate(self) -> float:
        """The share of the rows written with an error (0 when there are no rows)."""
        return self.error_rows / self.rows if self.rows else 0.0

    def line(self) -> str:
        """The one-line summary printed on stderr at the end.

        >>> Summary("out.jsonl", rows=3, input_bytes=2_000_000, seconds=2.0,
        ...         errors=Counter({"missing field": 1})).line()
        'batch: 3 rows -> out.jsonl in 2.0 s (1.0 MB/s, 2 rows/s); 1 error (1 missing field)'
        >>> Summary("out.jsonl", rows=1, skipped=Counter({"blank lines": 2})).line()[-34:]
        '; no errors; skipped 2 blank lines'
        """
        seconds = max(self.seconds, 1e-9)
        speed = (
            f"{self.input_bytes / MEGABYTE / seconds:.1f} MB/s, {self.rows / seconds:,.0f} rows/s"
        )
        head = f"batch: {self.rows:,} rows -> {self.destination} in {self.seconds:.1f} s ({speed})"
        skipped = ", ".join(f"{count:,} {what}" for what, count in self.skipped.most_common())
        return f"{head}; {self.describe_errors()}" + (f"; skipped {skipped}" if skipped else "")

    def describe_errors(self) -> str:
        """``no errors``, or the count of error rows and of each kind, most frequent first."""
        if not self.errors:
            return "no errors"
        kinds = ", ".join(f"{count:,} {kind}" for kind, count in self.errors.most_common())
        plural = "s" if self.error_rows != 1 else ""
        return f"{self.error_rows:,} error{plural} ({kinds})"


class Progress:
    """A progress bar on stderr (tqdm): input bytes read, MB/s, and rows cleaned and rows/s.

    It follows the position in the input file when known (so it can show the share done),
    else the bytes read. It appears with the first chunk written, once the worker processes
    have started (tqdm runs a thread, and workers are best forked before any thread starts).
    Disabled, it does nothing; tqdm is imported only when enabled.
    """

    def __init__(self, total: int | None, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled
        self.bar: Any = None
        self.started = time.perf_counter()

    def advance(self, chunk: Chunk, summary: Summary) -> None:
        """Show the progress after one more chunk is written."""
        if not self.enabled:
            return
        if self.bar is None:
            self.bar = self.open_bar()
        done = chunk.position if chunk.position is not None else summary.input_bytes
        seconds = max(time.perf_counter() - self.started, 1e-9)
        self.bar.set_postfix_str(
            f"{summary.rows:,} rows, {summary.rows / seconds:,.0f} rows/s", refresh=False
        )
        self.bar.update(done - self.bar.n)

    def open_bar(self) -> Any:
        """The tqdm bar."""
        from tqdm import tqdm

        return tqdm(
            total=self.total,
            unit="B",
            unit_scale=True,
            desc="cleaning",
            file=sys.stderr,
            dynamic_ncols=True,
        )

    def close(self) -> None:
        """Close the bar (the summary line follows it)."""
        if self.bar is not None:
            self.bar.close()


# ---------------------------------------------------------------- the batch


def run_batch(
    sources: str | Sequence[str],
    destination: str,
    settings: CleanSettings = DEFAULT_SETTINGS,
    *,
    workers: int = 1,
    chunk_rows: int = DEFAULT_CHUNK_ROWS,
    chunk_bytes: int = DEFAULT_CHUNK_BYTES,
    progress: bool = False,
) -> Summary:
    """Clean every row of ``sources`` into ``destination`` (paths or ``-``; the format comes
    from the extension) and return the :class:`Summary`. ``sources`` is one path, or several
    files and directories, whose rows name their ``source`` file (see
    :func:`newsclean.formats.open_inputs`).

    Raises :class:`newsclean.formats.UsageError` for arguments that cannot work,
    :class:`newsclean.formats.InputError` when the input cannot be read and
    :class:`newsclean.formats.OutputError` when the output cannot be written; the output file
    is then not created (nor an earlier one replaced).
    """
    sources = [sources] if isinstance(sources, str) else list(sources)
    for source in sources:
        check_distinct(source, destination)
    reader = open_inputs(sources, destination, settings.options.max_input_chars)
    try:
        writer = open_writer(destination, reader, settings.fields)
    except BaseException:
        reader.close()
        raise
    summary = Summary(destination)
    started = time.perf_counter()
    bar = Progress(reader.size, progress)
    tasks = (
        Task(chunk, writer.encode, settings) for chunk in reader.chunks(chunk_rows, chunk_bytes)
    )
    try:
        with closing(map_in_order(clean_task, tasks, workers)) as results:  # stops the workers
            for task, result in results:
                with output_errors(destination):
                    writer.write(result.payload)
                summary.add(task.chunk, result)
                bar.advance(task.chunk, summary)
        with output_errors(destination):
            writer.commit()
    except BaseException:
        writer.discard()
        raise
    finally:
        bar.close()
        reader.close()
    summary.unwritten = writer.unwritten
    summary.seconds = time.perf_counter() - started
    summary.skipped, summary.problems = reader.skipped, reader.problems
    return summary


@contextmanager
def output_errors(destination: str) -> Iterator[None]:
    """Turn a failed write into an :class:`OutputError` (a closed stdout pipe stays a
    ``BrokenPipeError``, which the command line ends quietly)."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as error:
        raise OutputError(f"cannot write {destination}: {describe_os_error(error)}") from None


def check_distinct(source: str, destination: str) -> None:
    """Refuse to write over the input."""
    if source == STDIO or destination == STDIO:
        return
    same = os.path.abspath(source) == os.path.abspath(destination)
    both_exist = os.path.exists(source) and os.path.exists(destination)
    if same or (both_exist and os.path.samefile(source, destination)):
        raise UsageError(f"the output {destination} is the input: name another file")
