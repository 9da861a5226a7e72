"""``newsclean batch``: every row of a file, cleaned with every core."""

from __future__ import annotations

import argparse
import sys
from concurrent.futures.process import BrokenProcessPool

from ..batch import (
    DEFAULT_CHUNK_BYTES,
    DEFAULT_CHUNK_ROWS,
    MEGABYTE,
    available_cores,
    progress_bar_available,
    run_batch,
)
from ..formats import InputError, OutputError, UsageError
from ..results import CleanSettings
from .common import (
    EXIT_INPUT,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    PROG,
    CommandError,
    Subparsers,
    add_parser,
    is_terminal,
    positive_int,
    warn,
)
from .flags import add_option_flags, options_from_args, parse_number

BATCH_EXIT_CODES_EPILOG = """\
exit codes:
  0  done, even when some rows have errors: the summary line on stderr counts
     them, and each such row says why in its error field
  1  the input could not be read (missing, not a file, corrupt gzip or
     Parquet), the output could not be written, or a worker process died; the
     output file is then not created. Also when a WARC or WET file's records
     lost their boundaries: the rows read up to there are written, and a
     message says where the file's reading ended
  2  bad arguments (an unknown extension, Parquet without pyarrow, WARC
     without warcio, the output is the input)
  3  more than --max-error-rate of the rows have errors; the output is written
  130  interrupted (Ctrl-C); the output file is then not created
"""
#: What ``--help`` says about the formats, the options' defaults aside.
ROW_FILES = ".jsonl, .jsonl.gz, .csv, .csv.gz or .parquet"
CRAWL_FILES = ".warc, .warc.gz, .wet, .wet.gz or .warc.wet.gz"
#: More than this share of rows with an error makes the batch exit with EXIT_ERROR_RATE.
DEFAULT_MAX_ERROR_RATE = 0.5
EXIT_ERROR_RATE = 3


def define_batch(subparsers: Subparsers) -> None:
    """``newsclean batch``: clean every row of a file with every core."""
    parser = add_parser(
        subparsers,
        "batch",
        summary="clean every row of JSON Lines, CSV or Parquet files, or every page of a crawl",
        description=(
            f"Clean one field of every row of IN and write the rows to OUT, in the formats "
            f"their extensions name ({ROW_FILES}; '-' is JSON Lines on stdin or stdout). Each "
            "input row gives one output row, in input order: all its fields, then body, title, "
            "byline, dateline, captions and error (null, or why the row could not be cleaned: "
            "malformed JSON, the field missing, null or not a string, over the size limit). A "
            "bad row never stops the batch. Several files, or directories (every input file "
            "under them), are read in the order given, each row naming its file in a source "
            f"field. A WARC or WET file ({CRAWL_FILES}) gives one row per HTML response or "
            "text conversion record, with its url, warc_record_id and warc_date; other "
            "records are skipped and counted. Rows are cleaned in worker processes a chunk at "
            "a time, so memory stays flat whatever the size of IN. A progress bar shows on "
            "stderr when it is a terminal, and a summary line at the end."
        ),
        epilog=BATCH_EXIT_CODES_EPILOG,
    )
    parser.add_argument(
        "inputs",
        metavar="IN",
        nargs="+",
        help=f"the rows to clean: {ROW_FILES}, or '-' for stdin; or a crawl: {CRAWL_FILES}; "
        "several files, or directories of them, one after the other",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        required=True,
        help=f"where to write the rows: {ROW_FILES}, or '-' for stdout (a file is written "
        "under a temporary name and renamed when done)",
    )
    fields = parser.add_mutually_exclusive_group()
    fields.add_argument(
        "--text-field",
        metavar="NAME",
        default="text",
        help="the field holding each row's scraped text (default: text)",
    )
    fields.add_argument(
        "--html-field",
        metavar="NAME",
        help="the field holding each row's HTML page instead, cleaned with newsclean.clean_html",
    )
    parser.add_argument(
        "--url-field",
        metavar="NAME",
        default="url",
        help="the field holding each page's URL, in whose path the publication date is read "
        "when the page gives none (default: url; rows without it are cleaned without)",
    )
    parser.add_argument(
        "--fetched-field",
        metavar="NAME",
        help="the field holding when each page was read (ISO 8601, such as a WARC-Date), from "
        "which an age by the byline ('3 hours ago') dates the page (default: none; WARC and "
        "WET records use their WARC-Date)",
    )
    parser.add_argument(
        "--workers",
        metavar="N",
        type=positive_int,
        help="worker processes (default: one per core; 1 cleans in the main process)",
    )
    parser.add_argument(
        "--chunk-rows",
        metavar="N",
        type=positive_int,
        default=DEFAULT_CHUNK_ROWS,
        help=f"rows per chunk handed to a worker (default: {DEFAULT_CHUNK_ROWS}; a chunk "
        f"also ends at about {DEFAULT_CHUNK_BYTES // MEGABYTE} MB of input)",
    )
    parser.add_argument(
        "--format",
        choices=("fields", "markdown"),
        default="fields",
        help="fields: the Article's fields (default); markdown: a markdown column too "
        "(Article.to_markdown()), before error",
    )
    parser.add_argument(
        "--max-error-rate",
        metavar="R",
        type=error_rate,
        default=DEFAULT_MAX_ERROR_RATE,
        help="exit with code 3 when more than this share of the rows have errors, the output "
        f"written all the same (default: {DEFAULT_MAX_ERROR_RATE}; 1 never)",
    )
    parser.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no progress bar (there is none either when stderr is not a terminal); the "
        "summary line is still printed",
    )
    add_option_flags(parser, "rows whose field is longer get an error")
    parser.set_defaults(run=run_batch_command)


def error_rate(text: str) -> float:
    """An argparse type: a share of the rows, from 0 to 1.

    >>> error_rate("0.25")
    0.25
    """
    value = parse_number(text)
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"must be from 0 to 1: {text}")
    return value


def batch_settings(args: argparse.Namespace) -> CleanSettings:
    """What to clean in each row, from the batch options."""
    options = options_from_args(args)
    markdown = args.format == "markdown"
    html = args.html_field is not None
    return CleanSettings(
        args.html_field if html else args.text_field,
        "html" if html else "text",
        options,
        url_field=args.url_field,
        fetched_field=args.fetched_field,
        markdown=markdown,
    )


def run_batch_command(args: argparse.Namespace) -> int:
    """Clean every row of the input; print the summary line on stderr."""
    settings = batch_settings(args)
    progress = not args.quiet and is_terminal(sys.stderr)
    if progress and not progress_bar_available():
        warn("no progress bar without tqdm: pip install 'newsclean[batch]'")
        progress = False
    try:
        summary = run_batch(
            args.inputs,
            args.output,
            settings,
            workers=args.workers or available_cores(),
            chunk_rows=args.chunk_rows,
            progress=progress,
        )
    except UsageError as error:
        raise CommandError(str(error), EXIT_USAGE) from None
    except (InputError, OutputError) as error:
        raise CommandError(str(error), EXIT_INPUT) from None
    except BrokenProcessPool:
        raise CommandError("a worker process died (out of memory?)", EXIT_INPUT) from None
    except KeyboardInterrupt:
        raise CommandError("interrupted; the output was not written", EXIT_INTERRUPTED) from None
    print(f"{PROG}: {summary.line()}", file=sys.stderr)
    if summary.unwritten:
        warn(
            f"{summary.unwritten:,} rows had fields outside the output's columns (set by the "
            "first rows); those fields were not written: write JSON Lines to keep them"
        )
    for problem in summary.problems:
        print(f"{PROG}: error: {problem}", file=sys.stderr)
    if summary.problems:
        return EXIT_INPUT
    if summary.error_rate > args.max_error_rate:
        print(
            f"{PROG}: error: {summary.error_rows:,} of {summary.rows:,} rows have errors, more "
            f"than --max-error-rate {args.max_error_rate:g}",
            file=sys.stderr,
        )
        return EXIT_ERROR_RATE
    return EXIT_OK
