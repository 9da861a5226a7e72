"""The two row types of the rule tables."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import regex

from ..model import Kind

#: A lookahead that fails on reported speech: notices and pitches address the reader; a sentence
#: that says who said or found something is news about them ("... broke the law, regulators
#: said"). It scans the rest of the block: in an anchored rule put it after the literal start.
NOT_REPORTED = r"(?!.*\b(?:said|says|told|according to|reported|found|announced|wrote)\b)"

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
    """

    name: str
    kind: Kind
    pattern: str
    max_chars: int = 120
    case_sensitive: bool = False
    keywords: tuple[str, ...] = ()
    min_chars: int = 0
    compiled: re.Pattern[str] | regex.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.case_sensitive and any(ch.isupper() for ch in _ESCAPE.sub("", self.pattern)):
            raise ValueError(
                f"rule {self.name!r}: a case-insensitive pattern must be written in lower case"
            )
        engine = regex if self.case_sensitive else re
        object.__setattr__(self, "compiled", engine.compile(self.pattern))

    def matches(self, text: str, lower: str) -> bool:
        """True when the rule matches the whole block (``lower`` is ``text.lower()``)."""
        return self.min_chars <= len(text) <= self.max_chars and (
            self.compiled.fullmatch(text if self.case_sensitive else lower) is not None
        )


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
