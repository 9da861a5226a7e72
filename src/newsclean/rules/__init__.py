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
    return text.lower().replace("’", "'").strip(_KEY_STRIP)


@dataclass(frozen=True, slots=True)
class _CompiledTables:
    phrase_index: dict[str, Label]
    #: (length bound, anchored rules whose max_chars is at least that, their alternation), by
    #: increasing bound: a block is tried against the first group whose bound it fits in, so a
    #: paragraph is never tried against rules for short button labels.
    anchored: tuple[tuple[int, tuple[Rule, ...], regex.Pattern[str]], ...]
    gated: tuple[Rule, ...]
    keywords: tuple[str, ...]


def _compile(families: tuple[object, ...]) -> _CompiledTables:
    """Index every phrase table; join the anchored rules into alternations of named groups by
    length bound, and keep the keyword-gated rules apart, in table order."""
    phrase_index: dict[str, Label] = {}
    rules: list[Rule] = []
    for family in families:
        for table in getattr(family, "PHRASES", ()):
            for phrase in table.phrases:
                phrase_index.setdefault(phrase_key(phrase), Label(table.kind, table.name))
        rules.extend(getattr(family, "RULES", ()))
    anchored = [rule for rule in rules if not rule.keywords]
    groups = []
    for bound in sorted({rule.max_chars for rule in anchored}):
        fitting = tuple(rule for rule in anchored if rule.max_chars >= bound)
        branches = "|".join(f"(?P<r{i}>{rule.source})" for i, rule in enumerate(fitting))
        groups.append((bound, fitting, regex.compile(branches)))
    gated = tuple(rule for rule in rules if rule.keywords)
    keywords = tuple(sorted({k for rule in gated for k in rule.keywords}))
    return _CompiledTables(phrase_index, tuple(groups), gated, keywords)


def _match_anchored(text: str) -> Label | None:
    """Try the anchored rules whose length bound the block fits in, in table order."""
    length = len(text)
    for bound, fitting, combined in _TABLES.anchored:
        if length <= bound:
            match = combined.fullmatch(text)
            if match is None:
                return None
            return _rule_label(fitting[int(match.lastgroup[1:])])  # type: ignore[index]
    return None


def _match_gated(text: str, lower: str) -> Label | None:
    """Try the keyword-gated rules, each only when one of its keywords occurs in the block."""
    for keyword in _TABLES.keywords:
        if keyword in lower:
            break
    else:
        return None
    for rule in _TABLES.gated:
        if len(text) <= rule.max_chars and any(k in lower for k in rule.keywords):
            if rule.compiled.fullmatch(text):
                return _rule_label(rule)
    return None


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
    lower = text.lower()
    label = _TABLES.phrase_index.get(lower.replace("’", "'").strip(_KEY_STRIP))
    if label is not None:
        return label
    return _match_anchored(text) or _match_gated(text, lower)
