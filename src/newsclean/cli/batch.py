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
from .flags import add_option_flags, options_from_args

BATCH_EXIT_CODES_EPILOG = """\
exit codes:
  0  done, even when some rows have errors: the summary line on stderr counts
     them, and each such row says why in its error field
  1  the input could not be read (missing, not a file, corrupt gzip or
     Parquet), the output could not be written, or a worker process died; the
     output file is then not created
  2  bad arguments (an unknown extension, Parquet without pyarrow, the output
     is the input)
  130  interrupted (Ctrl-C); the output file is then not created
"""
#: What ``--help`` says about the formats, the options' defaults aside.
ROW_FILES = ".jsonl, .jsonl.gz, .csv, .csv.gz or .parquet"


def define_batch(subparsers: Subparsers) -> None:
    """``newsclean batch``: clean every row of a file with every core."""
    parser = add_parser(
        subparsers,
        "batch",
        summary="clean every row of a JSON Lines, CSV or Parquet file",
        description=(
            f"Clean one field of every row of IN and write the rows to OUT, in the formats "
            f"their extensions name ({ROW_FILES}; '-' is JSON Lines on stdin or stdout). Each "
            "input row gives one output row, in input order: all its fields, then body, title, "
            "byline, dateline, captions and error (null, or why the row could not be cleaned: "
            "malformed JSON, the field missing, null or not a string, over the size limit). A "
            "bad row never stops the batch. Rows are cleaned in worker processes a chunk at a "
            "time, so memory stays flat whatever the size of IN. A progress bar shows on "
            "stderr when it is a terminal, and a summary line at the end."
        ),
        epilog=BATCH_EXIT_CODES_EPILOG,
    )
    parser.add_argument(
        "input", metavar="IN", help=f"the rows to clean: {ROW_FILES}, or '-' for stdin"
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
        help="with --html-field, the field holding each page's URL, in which clean_html "
        "reads a date (default: url; rows without it are cleaned without)",
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
        "-q",
        "--quiet",
        action="store_true",
        help="no progress bar (there is none either when stderr is not a terminal); the "
        "summary line is still printed",
    )
    add_option_flags(parser, "rows whose field is longer get an error")
    parser.set_defaults(run=run_batch_command)


def batch_settings(args: argparse.Namespace) -> CleanSettings:
    """What to clean in each row, from the batch options."""
    options = options_from_args(args)
    if args.html_field is not None:
        return CleanSettings(args.html_field, "html", options, url_field=args.url_field)
    return CleanSettings(args.text_field, "text", options)


def run_batch_command(args: argparse.Namespace) -> int:
    """Clean every row of the input; print the summary line on stderr."""
    settings = batch_settings(args)
    progress = not args.quiet and is_terminal(sys.stderr)
    if progress and not progress_bar_available():
        warn("no progress bar without tqdm: pip install 'newsclean[batch]'")
        progress = False
    try:
        summary = run_batch(
            args.input,
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
    return EXIT_OK
