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
import os
import sys
import textwrap
from collections.abc import Callable, Sequence

import newsclean

from .batch import batch_settings, define_batch
from .common import (
    EXIT_CODES_EPILOG,
    EXIT_INPUT,
    EXIT_OK,
    EXIT_USAGE,
    HELP_WIDTH,
    PROG,
    CommandError,
    Subparsers,
)
from .document import define_clean, define_explain
from .inputs import looks_like_html, sniff_text
from .rules import define_rules

__all__ = ["COMMANDS", "batch_settings", "build_parser", "looks_like_html", "main", "sniff_text"]

#: Every subcommand, in the order ``--help`` lists them.
COMMANDS: tuple[Callable[[Subparsers], None], ...] = (
    define_clean,
    define_explain,
    define_batch,
    define_rules,
)


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
