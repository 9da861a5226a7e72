"""The flags that set :class:`newsclean.Options`, the same for ``clean``, ``explain`` and
``batch``: one flag per field (user rules aside, which are code), each checked as it is parsed,
so that a bad value is a usage error (exit 2) with a message that says what is allowed.
"""

from __future__ import annotations

import argparse
import math

from ..families import RULE_FAMILIES
from ..options import DEFAULT_MAX_INPUT_CHARS, Options
from ..patterns import DEFAULT_PATTERN_TIMEOUT
from .common import positive_int

#: The rule families ``--disable`` takes, in the order ``--help`` lists them.
FAMILY_CHOICES = tuple(sorted(RULE_FAMILIES))


def parse_number(text: str, what: str = "number") -> float:
    """A float read from a flag's value; an argparse error naming ``what`` if it is none.

    >>> parse_number("1e-1")
    0.1
    """
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a {what}: {text!r}") from None


def positive_seconds(text: str) -> float:
    """An argparse type: a positive, finite number of seconds.

    >>> positive_seconds("0.5")
    0.5
    """
    value = parse_number(text, "number of seconds")
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive, finite number of seconds: {text}")
    return value


def language_tag(text: str) -> str:
    """An argparse type: a BCP 47 language tag, checked as ``Options`` checks it.

    >>> language_tag("en-GB")
    'en-GB'
    """
    try:
        Options(language=text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    return text


def add_option_flags(parser: argparse.ArgumentParser, max_chars_help: str) -> None:
    """Add the flags of every ``Options`` field to a subcommand, as one group of its help;
    ``max_chars_help`` says what ``--max-chars`` does to that command's input."""
    group = parser.add_argument_group("cleaning options (newsclean.Options)")
    group.add_argument(
        "--keep-captions",
        action="store_true",
        help="leave captions and credits in the body, where they stood (they are still "
        "listed in captions)",
    )
    group.add_argument(
        "--keep-dateline",
        action="store_true",
        help="leave the dateline ('MOSCOW (Reuters) -') at the head of the paragraph it "
        "opens (it is still parsed into dateline)",
    )
    group.add_argument(
        "--disable",
        metavar="FAMILY",
        action="append",
        choices=FAMILY_CHOICES,
        default=[],
        help="a rule family not to apply; repeat it for several (one of: "
        f"{', '.join(FAMILY_CHOICES)}; 'newsclean rules' lists their rules)",
    )
    group.add_argument(
        "--language",
        metavar="TAG",
        type=language_tag,
        help="the page's language as a BCP 47 tag (en-GB, de, pt-BR): 'en-GB' and languages "
        "other than English read 05/11/2019 day first",
    )
    group.add_argument(
        "--max-chars",
        metavar="N",
        type=positive_int,
        default=DEFAULT_MAX_INPUT_CHARS,
        help=f"{max_chars_help} (default: {DEFAULT_MAX_INPUT_CHARS:,})",
    )
    group.add_argument(
        "--pattern-timeout",
        metavar="S",
        type=positive_seconds,
        default=DEFAULT_PATTERN_TIMEOUT,
        help="the most seconds one guarded pattern may take on one block before the cleaning "
        f"stops with an error (default: {DEFAULT_PATTERN_TIMEOUT:g})",
    )


def options_from_args(args: argparse.Namespace) -> Options:
    """The ``Options`` the parsed flags of :func:`add_option_flags` say (each checked already)."""
    return Options(
        max_input_chars=args.max_chars,
        keep_captions=args.keep_captions,
        keep_dateline=args.keep_dateline,
        disabled_families=frozenset(args.disable),
        language=args.language,
        pattern_timeout=args.pattern_timeout,
    )
