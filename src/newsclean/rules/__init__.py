"""Boilerplate rules as data, one module per family, and the matcher that applies them.

Each family module (``layout``, ``share``, ``gallery``, ``promo``, ``legal``, ``consent``,
``navigation``, ``comments``) holds a table of :class:`Rule` rows (a named regular expression
that must match a whole block) and :class:`Phrases` rows (whole-block phrases, compared
case-insensitively with surrounding punctuation ignored). Adding a publisher's footer is adding
a row and a test. :func:`match_block` applies every table to one block; the tables are compiled
once, into one combined pattern, when this package is imported.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass

import ahocorasick
import regex

from ..families import FAMILY_NAMES
from ..model import Label
from ..patterns import DEFAULT_PATTERN_TIMEOUT
from . import comments, consent, gallery, layout, legal, navigation, promo, share
from .base import Phrases, Rule

__all__ = [
    "FAMILIES",
    "FAMILY_NAMES",
    "RULE_MAX_CHARS",
    "Phrases",
    "Rule",
    "Tables",
    "keywords_in",
    "match_block",
    "phrase_key",
    "tables_without",
]

#: The families in priority order (``newsclean.families.FAMILY_NAMES``, the names
#: ``Options(disabled_families=...)`` takes): when two rules match a block, the earlier wins.
FAMILIES = (layout, share, gallery, comments, consent, legal, promo, navigation)

#: Blocks longer than this are never tested against the tables (no rule is written for them):
#: long paragraphs are prose, and skipping them keeps the matcher off the bulk of the text.
RULE_MAX_CHARS = max(rule.max_chars for family in FAMILIES for rule in family.RULES)

#: Punctuation and bullets around a block that do not change what the block is.
_KEY_STRIP = " \t:;.,!?|•·*-–—>»«<›‹()[]{}\"'“”‘’…/\\#+=~_【】「」『』〔〕［］（）：！？、。"


def phrase_key(text: str) -> str:
    """The lookup key of a block for phrase tables: lower-cased, surrounding punctuation removed.

    >>> phrase_key("  • Share this: ")
    'share this'
    """
    return text.lower().replace("’", "'").strip(_KEY_STRIP)


@dataclass(frozen=True, slots=True)
class _Alternation:
    """Rules joined into one pattern of named groups, to be tried in one call; guarded rules
    (``Rule.guarded``) stay out of it and are tried one by one, under the time limit, in their
    place in table order."""

    rules: tuple[Rule, ...]
    pattern: re.Pattern[str] | regex.Pattern[str] | None
    #: The guarded rules, in table order, each with the number of joined rules before it.
    guarded: tuple[tuple[int, Rule], ...] = ()
    #: The guarded rules' heads in one pattern: a block that starts with none of them is spared
    #: a call per guarded rule (None when a guarded rule has no head).
    guarded_heads: re.Pattern[str] | None = None

    @classmethod
    def of(cls, rules: tuple[Rule, ...], *, case_sensitive: bool) -> _Alternation:
        """Join the rules of the given case sensitivity, in table order."""
        chosen = tuple(rule for rule in rules if rule.case_sensitive is case_sensitive)
        joined = tuple(rule for rule in chosen if not rule.guarded)
        guarded = tuple(
            (sum(not earlier.guarded for earlier in chosen[:position]), rule)
            for position, rule in enumerate(chosen)
            if rule.guarded
        )
        heads = [rule.head for _, rule in guarded]
        guarded_heads = re.compile("|".join(heads)) if heads and all(heads) else None
        if not joined:
            return cls(joined, None, guarded, guarded_heads)
        # Each branch ends with an empty group that names its rule: a branch that starts with
        # its rule's own first element (not a group's mark) lets the engine skip it at the first
        # character that cannot begin it, and the group closed last is the rule that matched.
        branches = "|".join(f"(?:{rule.pattern})(?P<r{i}>)" for i, rule in enumerate(joined))
        compiled = (regex if case_sensitive else re).compile(branches)
        return cls(joined, compiled, guarded, guarded_heads)

    def match(self, text: str, timeout: float = DEFAULT_PATTERN_TIMEOUT) -> Rule | None:
        """The first rule (in table order) that matches the whole text, or None."""
        found = None if self.pattern is None else self.pattern.fullmatch(text)
        first = len(self.rules) if found is None else int(found.lastgroup[1:])  # type: ignore[index]
        if self.guarded_heads is not None and self.guarded_heads.match(text) is None:
            return None if found is None else self.rules[first]
        for joined_before, rule in self.guarded:
            if joined_before > first:
                break
            if rule.fullmatches(text, timeout):
                return rule
        return None if found is None else self.rules[first]


@dataclass(frozen=True, slots=True, eq=False)
class _CompiledTables:
    """The rule tables of some families, compiled (compared and hashed by identity: there is
    one per set of families, from :func:`tables_without`)."""

    phrase_index: dict[str, Label]
    #: (length bound, alternation of the anchored rules whose max_chars is at least the bound
    #: for lower-cased text, the same for case-sensitive rules), by increasing bound: a block is
    #: tried against the first group whose bound it fits in, so a paragraph is never tried
    #: against the rules for short button labels.
    anchored: tuple[tuple[int, _Alternation, _Alternation], ...]
    #: The bounds of ``anchored``, for bisecting.
    anchored_bounds: tuple[int, ...]
    gated: tuple[Rule, ...]
    #: (length bound, a keyword automaton of the gated rules whose max_chars is at least the
    #: bound), by increasing bound: a long block is searched only for the keywords of the rules
    #: written for blocks that long.
    keyword_groups: tuple[tuple[int, KeywordAutomaton], ...]
    #: The bounds of ``keyword_groups``, for bisecting.
    keyword_bounds: tuple[int, ...]


def _compile(families: tuple[object, ...]) -> _CompiledTables:
    """Index every phrase table; join the anchored rules into alternations by length bound, and
    index the keyword-gated rules' keywords by length bound, in table order."""
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
        groups.append(
            (
                bound,
                _Alternation.of(fitting, case_sensitive=False),
                _Alternation.of(fitting, case_sensitive=True),
            )
        )
    gated = tuple(rule for rule in rules if rule.keywords)
    keyword_groups = tuple(
        (bound, KeywordAutomaton(_keyword_positions(gated, bound)))
        for bound in sorted({rule.max_chars for rule in gated})
    )
    return _CompiledTables(
        phrase_index,
        tuple(groups),
        tuple(g[0] for g in groups),
        gated,
        keyword_groups,
        tuple(bound for bound, _ in keyword_groups),
    )


def _keyword_positions(
    gated: tuple[Rule, ...], bound: int
) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """Each keyword of the gated rules whose max_chars is at least ``bound``, with the positions
    (in ``gated``) of those rules it opens."""
    opened: dict[str, list[int]] = {}
    for position, rule in enumerate(gated):
        if rule.max_chars >= bound:
            for keyword in rule.keywords:
                opened.setdefault(keyword, []).append(position)
    return tuple((keyword, tuple(positions)) for keyword, positions in sorted(opened.items()))


class KeywordAutomaton:
    """Keywords, each with the positions of the rules it opens, found in one pass over a text
    (an Aho-Corasick automaton, ``pyahocorasick``): every occurrence, overlapping ones included,
    at a cost that grows with the text and the matches, not with the number of keywords."""

    def __init__(self, keywords: tuple[tuple[str, tuple[int, ...]], ...]) -> None:
        self.keywords = keywords
        self._automaton = ahocorasick.Automaton()
        for keyword, positions in keywords:
            self._automaton.add_word(keyword, positions)
        if keywords:
            self._automaton.make_automaton()

    def opened(self, lower: str) -> frozenset[int]:
        """The positions opened by the keywords that occur in ``lower``."""
        if not self.keywords:
            return _NONE_OPENED
        found = [positions for _, positions in self._automaton.iter(lower)]
        if not found:
            return _NONE_OPENED
        return frozenset(itertools.chain.from_iterable(found))


_NONE_OPENED: frozenset[int] = frozenset()

_TABLES = _compile(FAMILIES)


@functools.lru_cache(maxsize=32)
def tables_without(disabled: frozenset[str]) -> _CompiledTables:
    """The compiled tables of every family but the ``disabled`` ones (compiled once per set:
    the cache holds immutable tables, so results never depend on earlier calls)."""
    if not disabled:
        return _TABLES
    return _compile(tuple(f for f, name in zip(FAMILIES, FAMILY_NAMES) if name not in disabled))


Tables = _CompiledTables


def _rule_label(rule: Rule) -> Label:
    return Label(rule.kind, rule.name)


def _match_anchored(text: str, lower: str, tables: _CompiledTables, timeout: float) -> Label | None:
    """Try the anchored rules whose length bound the block fits in, in table order (rules for
    lower-cased text first)."""
    group = bisect.bisect_left(tables.anchored_bounds, len(text))
    if group == len(tables.anchored):
        return None
    _, insensitive, sensitive = tables.anchored[group]
    rule = insensitive.match(lower, timeout) or sensitive.match(text, timeout)
    return None if rule is None else _rule_label(rule)


def _match_gated(
    text: str, lower: str, opened: frozenset[int], tables: _CompiledTables, timeout: float
) -> Label | None:
    """Try the keyword-gated rules whose keywords occur in the block, in table order."""
    for position in sorted(opened):
        rule = tables.gated[position]
        if rule.matches(text, lower, timeout):
            return _rule_label(rule)
    return None


def keywords_in(lower: str, tables: _CompiledTables = _TABLES) -> frozenset[int]:
    """The gated rules (positions in ``tables.gated``) one of whose keywords occurs in a
    lower-cased block.

    >>> sorted(_TABLES.gated[i].name for i in keywords_in("sign up for our newsletter"))
    ['pitch-then-call', 'promo-pitch']
    >>> keywords_in("the council met on tuesday")
    frozenset()
    """
    group = bisect.bisect_left(tables.keyword_bounds, len(lower))
    if group == len(tables.keyword_groups):
        return _NONE_OPENED
    _, automaton = tables.keyword_groups[group]
    return automaton.opened(lower)


def match_block(
    text: str, tables: _CompiledTables = _TABLES, timeout: float = DEFAULT_PATTERN_TIMEOUT
) -> Label | None:
    """Label a block by the rule tables, or return None when no rule matches it.

    ``tables`` are every family's (``tables_without`` leaves families out). The keyword-gated
    rules are tried only when one of their keywords occurs in the block (:func:`keywords_in`).
    A guarded rule (``Rule.guarded``) that runs past ``timeout`` seconds raises
    ``PatternTimeoutError``.

    >>> match_block("Image 1 of 23").kind
    <Kind.GALLERY: 'gallery'>
    >>> match_block("Shares of the company fell 3% in early trading.") is None
    True
    """
    if len(text) > RULE_MAX_CHARS:
        return None
    lower = text.lower()
    label = tables.phrase_index.get(lower.replace("’", "'").strip(_KEY_STRIP))
    if label is not None:
        return label
    opened = keywords_in(lower, tables)
    return _match_anchored(text, lower, tables, timeout) or (
        _match_gated(text, lower, opened, tables, timeout) if opened else None
    )
