"""The two row types of the rule tables."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import cast

import regex

from .. import patterns
from ..model import Kind
from ..patterns import DEFAULT_PATTERN_TIMEOUT

#: A lookahead that fails on reported speech: notices and pitches address the reader; a sentence
#: that says who said or found something is news about them ("... broke the law, regulators
#: said"). It scans the rest of the block: in an anchored rule put it after the literal start.
NOT_REPORTED = (
    r"(?!.*\b(?:said|says|told|according to|reported|found|announced|wrote"
    r"|sagte|sagt|erklärte|teilte|zufolge|laut|a déclaré|a indiqué|a dit|selon|dijo|afirmó|según"
    r"|disse|afirmou|segundo|ha detto|secondo|zei|volgens)\b)"
)

#: An escape sequence in a pattern ("\\S", "\\d", "\\."), skipped when checking for capitals.
_ESCAPE = re.compile(r"\\.")


@dataclass(frozen=True, slots=True)
class Rule:
    """A named regular expression that labels a block it matches from start to end.

    Unless ``case_sensitive``, ``pattern`` is written in lower case and matched against the
    lower-cased block with the standard library's ``re`` (lower-casing once per block and
    matching case-sensitively is several times faster than a case-insensitive match); a
    case-sensitive pattern is matched against the block as written, with ``regex`` (for its
    Unicode classes such as ``\\p{Lu}``). ``max_chars`` bounds the blocks a rule is tried on: a
    rule for a button label never runs on a paragraph, which also bounds the matching work.
    A rule whose match may start anywhere in the block (``.{0,80}click here ...``) names
    ``keywords``: lower-case literals of which one must occur in the block before the pattern is
    tried. Rules without keywords start with a literal, so that they fail fast; they are joined
    into one alternation.

    ``guarded`` marks a pattern that the regex audit (``tests/test_regex_audit.py``) allows with
    a written reason rather than proves linear: it is compiled with ``regex`` and matched on its
    own under the pattern time limit (``newsclean.patterns``), never inside the alternation.
    ``regex`` reads a clock for its time limit, some 2 µs a call, so a guarded rule names its
    ``head``: the part of ``pattern`` that every match starts with (its first element, a plain
    alternation of words), tried first with ``re.match``; a block that does not start with it is
    spared the timed match. ``tests/test_regex_audit.py`` checks that it is the first element.
    """

    name: str
    kind: Kind
    pattern: str
    max_chars: int = 120
    case_sensitive: bool = False
    keywords: tuple[str, ...] = ()
    min_chars: int = 0
    guarded: bool = False
    head: str = ""
    compiled: re.Pattern[str] | regex.Pattern[str] = field(init=False, repr=False, compare=False)
    compiled_head: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.case_sensitive and any(ch.isupper() for ch in _ESCAPE.sub("", self.pattern)):
            raise ValueError(
                f"rule {self.name!r}: a case-insensitive pattern must be written in lower case"
            )
        if self.head and not self.guarded:
            raise ValueError(f"rule {self.name!r}: only a guarded rule has a head")
        engine = regex if self.case_sensitive or self.guarded else re
        object.__setattr__(self, "compiled", engine.compile(self.pattern))
        object.__setattr__(self, "compiled_head", re.compile(self.head) if self.head else None)

    def matches(self, text: str, lower: str, timeout: float = DEFAULT_PATTERN_TIMEOUT) -> bool:
        """True when the rule matches the whole block (``lower`` is ``text.lower()``); a guarded
        rule raises ``PatternTimeoutError`` past ``timeout`` seconds."""
        return self.min_chars <= len(text) <= self.max_chars and self.fullmatches(
            text if self.case_sensitive else lower, timeout
        )

    def fullmatches(self, subject: str, timeout: float = DEFAULT_PATTERN_TIMEOUT) -> bool:
        """True when the pattern matches the whole of ``subject`` (the block, lower-cased unless
        the rule is case-sensitive), whatever its length; under ``timeout`` when guarded."""
        if not self.guarded:
            return self.compiled.fullmatch(subject) is not None
        if self.compiled_head is not None and self.compiled_head.match(subject) is None:
            return False
        found = patterns.fullmatch(
            cast("regex.Pattern[str]", self.compiled),
            subject,
            timeout=timeout,
            owner=patterns.BUILT_IN_RULE,
            name=self.name,
        )
        return found is not None


@dataclass(frozen=True, slots=True)
class Phrases:
    """Whole-block phrases of one kind: a block equal to one of them (case and surrounding
    punctuation aside) gets the kind."""

    name: str
    kind: Kind
    phrases: frozenset[str]


def phrases(name: str, kind: Kind, *items: str) -> Phrases:
    """Build a :class:`Phrases` row from phrases given as arguments."""
    return Phrases(name, kind, frozenset(items))
