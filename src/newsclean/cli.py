"""The ``newsclean`` command line (also ``python -m newsclean``).

Subcommands:

* ``newsclean clean FILE|-``: the cleaned Article as JSON (or its body as text).
* ``newsclean explain FILE|-``: every block of the input with what became of it and why.

Both read scraped text or a page's HTML (detected, or forced with ``--text``/``--html``): text
is decoded as UTF-8 and goes to ``newsclean.clean``; HTML is passed as bytes to
``newsclean.clean_html``, so that the page's own charset is honoured.
* ``newsclean batch IN -o OUT``: every row of a JSON Lines, CSV or Parquet file, cleaned with
  every core (:mod:`newsclean.batch`).

Exit codes: 0 success; 1 the input could not be read or was refused (missing file, no
permission, over the size limit, HTML with no document or past the parser's limits), or the
output could not be written; 2 bad arguments.

Each subcommand is one ``define_*`` function that adds its parser and names the function that
runs it; :data:`COMMANDS` lists them, so adding a subcommand is adding one such function.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import textwrap
from collections.abc import Callable, Sequence
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TextIO, TypeAlias

import newsclean

from .batch import (
    DEFAULT_CHUNK_BYTES,
    DEFAULT_CHUNK_ROWS,
    MEGABYTE,
    available_cores,
    progress_bar_available,
    run_batch,
)
from .explain import ExplainRow, explain_html, explain_text, format_row
from .formats import InputError, OutputError, UsageError
from .model import Article
from .options import DEFAULT_MAX_INPUT_CHARS, Options
from .results import CleanSettings
from .webpage.decode import decode_by_mark

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
#: What shells report for a command stopped by Ctrl-C (128 + SIGINT).
EXIT_INTERRUPTED = 130

PROG = "newsclean"
#: Width the subcommands' descriptions are wrapped to (argparse keeps them as written).
HELP_WIDTH = 78
STDIN = "-"

#: How far into the input to look for early ``<body>`` or ``<p>`` tags when sniffing for HTML.
HTML_SNIFF_CHARS = 2048
_HTML_PREFIXES = ("<!doctype html", "<html")
_EARLY_HTML_TAG = re.compile(r"<(?:body|p)[\s>]")
#: The flags that override HTML detection, by the input kind they set.
INPUT_KIND_FLAGS = {
    "text": "treat the input as plain text, whatever it looks like",
    "html": "treat the input as HTML, whatever it looks like",
}
#: The most bytes a character takes in any codec a byte-order mark names (UTF-32).
_MAX_CHAR_BYTES = 4
#: What may precede the first character of an input: whitespace and a byte-order mark.
_LEADING_JUNK = " \t\r\n\f\v\ufeff"

EXIT_CODES_EPILOG = """\
exit codes:
  0  success
  1  the input could not be read (missing file, no permission), is over the
     size limit, is HTML with no document or past the HTML parser's limits, or
     ran a pattern past its time limit; also when the output pipe closes early
     (newsclean ... | head)
  2  bad arguments
"""

#: argparse's own type for add_subparsers() results (generic in typeshed only, hence a string).
Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


class CommandError(Exception):
    """A failure to report as one line on stderr, with the exit code to return."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


# ---------------------------------------------------------------- input


def looks_like_html(text: str) -> bool:
    """True when ``text`` is most likely an HTML page rather than plain text.

    It is when, after whitespace and a byte-order mark, it starts with ``<!doctype html`` or
    ``<html``, or when a ``<body>`` or ``<p>`` tag appears in its first few kilobytes.

    >>> looks_like_html("\\ufeff  <!DOCTYPE html><html><body>Hi</body></html>")
    True
    >>> looks_like_html("Some news.\\n\\n<p class='lead'>A paragraph.</p>")
    True
    >>> looks_like_html("Prices rose <5% in May.\\n\\nThe <pre> tag stayed.")
    False
    """
    head = text[:HTML_SNIFF_CHARS].lstrip(_LEADING_JUNK).lower()
    return head.startswith(_HTML_PREFIXES) or _EARLY_HTML_TAG.search(head) is not None


def sniff_text(data: bytes) -> str:
    """The start of the input as text, enough for :func:`looks_like_html`: decoded as its
    byte-order mark says, else as UTF-8 (undecodable bytes replaced).

    >>> sniff_text("\ufeff<html>".encode("utf-16-le"))
    '<html>'
    """
    head = data[: HTML_SNIFF_CHARS * _MAX_CHAR_BYTES]
    marked = decode_by_mark(head)
    return marked if marked is not None else head.decode("utf-8", errors="replace")


def is_html(data: bytes, input_kind: str) -> bool:
    """True when the input is to be cleaned as HTML: ``input_kind`` is ``"html"``, or it is
    ``"auto"`` and the input looks like HTML."""
    if input_kind == "auto":
        return looks_like_html(sniff_text(data))
    return input_kind == "html"


def input_name(source: str) -> str:
    """How messages name the input: the file's path, or ``<stdin>``."""
    return "<stdin>" if source == STDIN else source


def read_bytes(source: str) -> bytes:
    """Read a file (or stdin for ``-``) as bytes. Raises :class:`CommandError` (exit 1) when
    the input cannot be read."""
    try:
        return read_stdin_bytes() if source == STDIN else Path(source).read_bytes()
    except OSError as error:
        reason = error.strerror or str(error)
        raise CommandError(f"cannot read {input_name(source)}: {reason}", EXIT_INPUT) from None


def decode_text(data: bytes, source: str) -> str:
    """Text input as UTF-8; undecodable bytes become U+FFFD, with a warning."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        warn(
            f"{input_name(source)} is not valid UTF-8; undecodable bytes were replaced with U+FFFD"
        )
        return data.decode("utf-8", errors="replace")


def read_stdin_bytes() -> bytes:
    """All of stdin as bytes (as text, encoded back, when stdin has no byte buffer)."""
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        data: bytes = buffer.read()
        return data
    return sys.stdin.read().encode("utf-8")


def warn(message: str) -> None:
    """Print a one-line warning on stderr."""
    print(f"{PROG}: warning: {message}", file=sys.stderr)


def note(message: str) -> None:
    """Print a one-line note on stderr."""
    print(f"{PROG}: note: {message}", file=sys.stderr)


def note_url_ignored(url: str | None) -> None:
    """Say that ``--url`` is not read for text input."""
    if url is not None:
        note("--url is only read for HTML input; the input is text, so it was ignored")


def clean_input(data: bytes, source: str, input_kind: str, url: str | None = None) -> Article:
    """Clean the input as ``"text"``, ``"html"`` or ``"auto"`` (see :func:`is_html`): HTML
    as bytes with ``newsclean.clean_html`` (which honours the page's declared charset), text
    decoded as UTF-8 with ``newsclean.clean``."""
    if is_html(data, input_kind):
        return newsclean.clean_html(data, url=url)
    note_url_ignored(url)
    return newsclean.clean(decode_text(data, source))


def explain_input(
    data: bytes, source: str, input_kind: str, url: str | None = None
) -> list[ExplainRow]:
    """The explain rows of the input, read as :func:`clean_input` reads it."""
    if is_html(data, input_kind):
        return explain_html(data, url=url)
    note_url_ignored(url)
    return explain_text(decode_text(data, source))


# ---------------------------------------------------------------- output


def render_article(article: Article, output_format: str) -> str:
    """The Article as indented JSON, or (``"text"``) just its body."""
    if output_format == "text":
        return article.body
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=2)


def use_color(no_color_flag: bool, stream: TextIO) -> bool:
    """Colour only on a terminal, and never with ``--no-color`` or a non-empty ``NO_COLOR``."""
    if no_color_flag or os.environ.get("NO_COLOR"):
        return False
    return is_terminal(stream)


def is_terminal(stream: TextIO) -> bool:
    """True when ``stream`` is a terminal."""
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


# ---------------------------------------------------------------- subcommands


def add_parser(
    subparsers: Subparsers,
    name: str,
    summary: str,
    description: str,
    epilog: str = EXIT_CODES_EPILOG,
) -> argparse.ArgumentParser:
    """A subcommand's parser with its one-line summary, its wrapped description and its exit
    codes."""
    return subparsers.add_parser(
        name,
        help=summary,
        description=textwrap.fill(description, HELP_WIDTH),
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def add_command(
    subparsers: Subparsers, name: str, summary: str, description: str
) -> argparse.ArgumentParser:
    """A one-document subcommand's parser (see :func:`add_parser`) with the FILE positional it
    reads, the flags that set its kind (``--text``, ``--html``) and ``--url``."""
    parser = add_parser(subparsers, name, summary, description)
    parser.add_argument(
        "input",
        metavar="FILE",
        help="the scraped page to read: text (as UTF-8) or HTML (in the charset the page "
        "declares); '-' reads standard input",
    )
    kinds = parser.add_mutually_exclusive_group()
    for kind, help_text in INPUT_KIND_FLAGS.items():
        kinds.add_argument(
            f"--{kind}", dest="input_kind", action="store_const", const=kind, help=help_text
        )
    parser.add_argument(
        "--url",
        metavar="URL",
        help="the page's address, passed to clean_html, which reads a date in its path "
        "(HTML only: ignored, with a note, for text)",
    )
    parser.set_defaults(input_kind="auto")
    return parser


def define_clean(subparsers: Subparsers) -> None:
    """``newsclean clean``: print the cleaned Article."""
    parser = add_command(
        subparsers,
        "clean",
        summary="clean one scraped page and print the Article",
        description=(
            "Clean one scraped news page and print the Article: as JSON (title, body, byline, "
            "dateline, captions and every removed block with its kind and rule), or just the "
            "body text."
        ),
    )
    parser.add_argument(
        "--format",
        choices=("json", "text"),
        default="json",
        help="json: the whole Article (default); text: the body only",
    )
    parser.set_defaults(run=run_clean)


def run_clean(args: argparse.Namespace) -> int:
    """Read, clean and print one input."""
    data = read_bytes(args.input)
    article = clean_input(data, args.input, args.input_kind, args.url)
    print(render_article(article, args.format))
    return EXIT_OK


def define_explain(subparsers: Subparsers) -> None:
    """``newsclean explain``: print every block with its label."""
    parser = add_command(
        subparsers,
        "explain",
        summary="show every block of the input with what became of it and why",
        description=(
            "Print every block of the input (a non-empty line of text; a run of text between "
            "block-level elements of a page), one per line, with what became of it: 'kept' in "
            "the body; 'field' when it went into the title, byline or dateline; 'removed' "
            "otherwise. Fields and removals also show the block's kind and the rule that "
            "decided it; a page's blocks outside the article are removed as "
            "outside-main-content. Colours are used on a terminal unless NO_COLOR is set."
        ),
    )
    parser.add_argument(
        "--no-color",
        action="store_true",
        help="print without colours (they are only used on a terminal, and never when "
        "NO_COLOR is set)",
    )
    parser.set_defaults(run=run_explain)


def run_explain(args: argparse.Namespace) -> int:
    """Read one input and print its explain rows."""
    rows = explain_input(read_bytes(args.input), args.input, args.input_kind, args.url)
    color = use_color(args.no_color, sys.stdout)
    for row in rows:
        print(format_row(row, color))
    return EXIT_OK


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
        "--max-chars",
        metavar="N",
        type=positive_int,
        default=DEFAULT_MAX_INPUT_CHARS,
        help=f"rows whose field is longer get an error (default: {DEFAULT_MAX_INPUT_CHARS:,})",
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
    parser.set_defaults(run=run_batch_command)


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text}")
    return value


def batch_settings(args: argparse.Namespace) -> CleanSettings:
    """What to clean in each row, from the batch options."""
    options = Options(max_input_chars=args.max_chars)
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


#: Every subcommand, in the order ``--help`` lists them.
COMMANDS: tuple[Callable[[Subparsers], None], ...] = (define_clean, define_explain, define_batch)


# ---------------------------------------------------------------- entry point


def build_parser() -> argparse.ArgumentParser:
    """The top-level parser with every subcommand of :data:`COMMANDS`."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=textwrap.fill(
            "Turn scraped news pages, as text or HTML, into clean articles: body, title, "
            "byline, dateline.",
            HELP_WIDTH,
        ),
        epilog=EXIT_CODES_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {newsclean.__version__}")
    subparsers = parser.add_subparsers(metavar="COMMAND", required=True)
    for define in COMMANDS:
        define(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line on ``argv`` (default ``sys.argv[1:]``) and return the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, --version and argparse's usage errors
        return exit_code(exit_.code)
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except CommandError as error:
        return fail(str(error), error.code)
    except (
        newsclean.NewscleanError
    ) as error:  # too large, no HTML document, HTML limits, pattern timeout
        return fail(str(error), EXIT_INPUT)
    except BrokenPipeError:
        return quiet_broken_pipe()


def exit_code(code: object) -> int:
    """The exit code a ``SystemExit`` carries (``None`` is success, a message is failure)."""
    if code is None:
        return EXIT_OK
    return code if isinstance(code, int) else EXIT_USAGE


def fail(message: str, code: int) -> int:
    """Print a one-line error on stderr and return ``code``."""
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return code


def quiet_broken_pipe() -> int:
    """The reader went away (``newsclean explain big.txt | head``): stop without a traceback.

    stdout is pointed at devnull so that the interpreter's final flush does not fail again.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return EXIT_INPUT
