"""What every subcommand shares: exit codes, messages on stderr, parsers and argument types."""

from __future__ import annotations

import argparse
import sys
import textwrap
from typing import TextIO, TypeAlias

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
#: What shells report for a command stopped by Ctrl-C (128 + SIGINT).
EXIT_INTERRUPTED = 130

PROG = "newsclean"
#: Width the subcommands' descriptions are wrapped to (argparse keeps them as written).
HELP_WIDTH = 78
STDIN = "-"

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


def warn(message: str) -> None:
    """Print a one-line warning on stderr."""
    print(f"{PROG}: warning: {message}", file=sys.stderr)


def note(message: str) -> None:
    """Print a one-line note on stderr."""
    print(f"{PROG}: note: {message}", file=sys.stderr)


def is_terminal(stream: TextIO) -> bool:
    """True when ``stream`` is a terminal."""
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


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


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text}")
    return value
