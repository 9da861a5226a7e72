"""``newsclean clean`` and ``newsclean explain``: one document in, its Article or its blocks out."""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import os
import sys
from collections.abc import Callable
from typing import TextIO, TypeVar

from .. import results
from ..explain import format_row
from ..model import Article
from .common import EXIT_OK, Subparsers, add_parser, is_terminal
from .flags import add_option_flags, options_from_args
from .inputs import INPUT_KIND_FLAGS, clean_input, explain_input, read_document


def render_article(article: Article, output_format: str) -> str:
    """The Article as indented JSON, as markdown (``"markdown"``), or (``"text"``) just its
    body."""
    if output_format == "text":
        return article.body
    if output_format == "markdown":
        return article.to_markdown()
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=2)


def use_color(no_color_flag: bool, stream: TextIO) -> bool:
    """Colour only on a terminal, and never with ``--no-color`` or a non-empty ``NO_COLOR``."""
    if no_color_flag or os.environ.get("NO_COLOR"):
        return False
    return is_terminal(stream)


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
        help="the page's address, in whose path the publication date is read when the page "
        "gives none (and trafilatura's hint for HTML; explain of text ignores it, with a note)",
    )
    add_option_flags(parser, "refuse an input longer than this many characters, with exit code 1")
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
            "dateline, captions, every removed block with its kind and rule, and the body's "
            "elements), as markdown, or just the body text."
        ),
    )
    parser.add_argument(
        "--format",
        choices=("json", "text", "markdown"),
        default="json",
        help="json: the whole Article (default); text: the body only; markdown: the title, "
        "paragraphs, headings, lists, tables and captions as markdown",
    )
    parser.add_argument(
        "--fetched",
        metavar="TIME",
        type=fetched_time,
        help="when the page was read (ISO 8601: 2019-11-20 or 2019-11-20T10:00:00Z), from which "
        "an age by the byline ('3 hours ago') dates the page",
    )
    parser.set_defaults(run=run_clean)


def fetched_time(text: str) -> dt.datetime | dt.date:
    """An argparse type: an ISO 8601 date or date and time, read as batch rows' are
    (:func:`newsclean.results.fetched_time`).

    >>> fetched_time("2019-11-20"), fetched_time("2019-11-20T10:00:00Z").hour
    (datetime.date(2019, 11, 20), 10)
    """
    value = results.fetched_time(text)
    if value is None:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 date or time: {text!r}")
    return value


def run_clean(args: argparse.Namespace) -> int:
    """Read, clean and print one input."""
    clean = functools.partial(clean_input, fetched=args.fetched)
    print(render_article(run_on_input(args, clean), args.format))
    return EXIT_OK


Result = TypeVar("Result")


def run_on_input(args: argparse.Namespace, step: Callable[..., Result]) -> Result:
    """Read the command's input and run ``step`` (:func:`clean_input` or
    :func:`explain_input`) on it, with the input's kind, its URL and the options' flags."""
    options = options_from_args(args)
    data = read_document(args.input, options.max_input_chars)
    return step(data, args.input, args.input_kind, args.url, options)


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
    rows = run_on_input(args, explain_input)
    color = use_color(args.no_color, sys.stdout)
    for row in rows:
        print(format_row(row, color))
    return EXIT_OK
