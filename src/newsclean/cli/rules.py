"""``newsclean rules``: every rule family ``--disable`` takes, with the names of its rules (the
names ``explain`` and ``Article.removed`` record) and the kind each gives a block.

The table families are read from their tables (``newsclean.rules``); the captions family is
code rather than a table, so its rules are listed here, named by ``rule_names.CaptionRule`` (a
test checks that the code gives each of them).
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from ..families import CAPTIONS_FAMILY, FAMILY_NAMES
from ..model import Kind
from ..rule_names import CaptionRule
from ..rules import FAMILIES
from .common import EXIT_OK, Subparsers, add_parser

#: The captions family's rules: lines read on their own (``rules.captions``), blocks marked by
#: the page's markup (``rules.markup``), and blocks their neighbours show to be captions
#: (``context.captions``).
CAPTION_RULES = (
    (CaptionRule.CAPTION_TEXT, Kind.CAPTION, "a line that reads as a photo caption"),
    (
        CaptionRule.CREDIT_LINE,
        Kind.CREDIT,
        "a photo credit (REUTERS/..., Getty Images, Photo: ...)",
    ),
    (
        CaptionRule.HTML_CAPTION,
        Kind.CAPTION,
        "a figcaption, or an element whose class names a caption",
    ),
    (CaptionRule.HTML_CREDIT, Kind.CREDIT, "an element whose class names a photo credit"),
    (CaptionRule.CAPTION_ABOVE_CREDIT, Kind.CAPTION, "the line right above a credit line"),
    (CaptionRule.CAPTION_ABOVE_TOGGLE, Kind.CAPTION, "the line above a 'Hide Caption' control"),
    (
        CaptionRule.CAPTION_BELOW_LABEL,
        Kind.CAPTION,
        "the line below 'Image caption', 'Enlarge this image'",
    ),
)
#: Width of the rule-name column.
NAME_WIDTH = 28

EPILOG = """\
exit codes:
  0  success
"""


def define_rules(subparsers: Subparsers) -> None:
    """``newsclean rules``: list the rule families and their rules."""
    parser = add_parser(
        subparsers,
        "rules",
        summary="list the rule families (for --disable) and their rules",
        description=(
            "List every rule family that --disable takes, each with its rules: the rule's "
            "name (as explain and Article.removed record it), the kind of block it labels, "
            "and whether it is a pattern, a table of whole-block phrases, or a rule in code."
        ),
        epilog=EPILOG,
    )
    parser.set_defaults(run=run_rules)


def run_rules(args: argparse.Namespace) -> int:
    """Print the families and their rules."""
    for line in catalogue_lines():
        print(line)
    return EXIT_OK


def catalogue_lines() -> Iterator[str]:
    """The lines ``newsclean rules`` prints: a family's name and size, then one line per rule.

    >>> lines = list(catalogue_lines())
    >>> lines[0]
    'layout (7 rules)'
    >>> 'captions (7 rules)' in lines
    True
    """
    for name, family in zip(FAMILY_NAMES, FAMILIES, strict=True):
        rows = [
            *((rule.name, rule.kind, "pattern") for rule in family.RULES),
            *(
                (table.name, table.kind, f"{len(table.phrases)} phrases")
                for table in family.PHRASES
            ),
        ]
        yield from family_lines(name, rows)
    yield from family_lines(
        CAPTIONS_FAMILY, [(name, kind, f"code: {what}") for name, kind, what in CAPTION_RULES]
    )


def family_lines(family: str, rows: list[tuple[str, Kind, str]]) -> Iterator[str]:
    """One family's lines: its header, then each rule's name, kind and form.

    >>> list(family_lines("share", [("counter-pair", Kind.SHARE, "pattern")]))
    ['share (1 rule)', '  counter-pair                share        pattern', '']
    """
    yield f"{family} ({len(rows)} rule{'s' if len(rows) != 1 else ''})"
    for name, kind, form in rows:
        yield f"  {name:<{NAME_WIDTH}}{kind.value:<13}{form}"
    yield ""
