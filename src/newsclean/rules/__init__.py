"""Boilerplate rules as data, one module per family, and the matcher that applies them.

Each family module (``layout``, ``share``, ``gallery``, ``promo``, ``legal``, ``consent``,
``navigation``, ``comments``) holds a table of :class:`Rule` rows (a named regular expression
that must match a whole block) and :class:`Phrases` rows (whole-block phrases, compared
case-insensitively with surrounding punctuation ignored). Adding a publisher's footer is adding
a row and a test. :func:`match_block` applies every table to one block; the tables are compiled
once, into one combined pattern, when this package is imported.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..model import Kind, Label
from . import comments, consent, gallery, layout, legal, navigation, promo, share
from .base import Phrases, Rule

__all__ = ["Phrases", "Rule", "FAMILIES", "match_block", "phrase_key", "RULE_MAX_CHARS"]

#: The families in priority order: when two rules match a block, the earlier family wins.
FAMILIES = (layout, share, gallery, comments, consent, legal, promo, navigation)

#: Blocks longer than this are never tested against the tables (no rule is written for them):
#: long paragraphs are prose, and skipping them keeps the matcher off the bulk of the text.
RULE_MAX_CHARS = max(rule.max_chars for family in FAMILIES for rule in family.RULES)

#: Punctuation and bullets around a block that do not change what the block is.
_KEY_STRIP = " \t:;.,!?|•·*-–—>»«<›‹()[]{}\"'“”‘’…/\\#+=~_"


def phrase_key(text: str) -> str:
    """The lookup key of a block for phrase tables: lower-cased, surrounding punctuation removed.

    >>> phrase_key("  • Share this: ")
    'share this'
    """
    return text.lower().strip(_KEY_STRIP)


@dataclass(frozen=True, slots=True)
class _CompiledTables:
    phrase_index: dict[str, Label]
    rules: tuple[Rule, ...]
    combined: regex.Pattern[str]


def _compile(families: tuple[object, ...]) -> _CompiledTables:
    """Index every phrase table and join every rule into one alternation of named groups."""
    phrase_index: dict[str, Label] = {}
    rules: list[Rule] = []
    for family in families:
        for table in getattr(family, "PHRASES", ()):
            for phrase in table.phrases:
                phrase_index.setdefault(phrase_key(phrase), Label(table.kind, table.name))
        rules.extend(getattr(family, "RULES", ()))
    branches = "|".join(f"(?P<r{i}>{rule.source})" for i, rule in enumerate(rules))
    return _CompiledTables(phrase_index, tuple(rules), regex.compile(branches))


_TABLES = _compile(FAMILIES)


def _rule_label(rule: Rule) -> Label:
    return Label(rule.kind, rule.name)


def match_block(text: str) -> Label | None:
    """Label a block by the rule tables, or return None when no rule matches it.

    >>> match_block("Image 1 of 23").kind
    <Kind.GALLERY: 'gallery'>
    >>> match_block("Shares of the company fell 3% in early trading.") is None
    True
    """
    if len(text) > RULE_MAX_CHARS:
        return None
    label = _TABLES.phrase_index.get(phrase_key(text))
    if label is not None:
        return label
    match = _TABLES.combined.fullmatch(text)
    if match is None:
        return None
    first = int(match.lastgroup[1:])  # type: ignore[index]
    # The combined pattern picks the first matching rule; a rule whose length bound the block
    # exceeds does not count, so look on at the rules after it one by one (a rare path).
    for rule in _TABLES.rules[first:]:
        if len(text) <= rule.max_chars and rule.compiled.fullmatch(text):
            return _rule_label(rule)
    return None
