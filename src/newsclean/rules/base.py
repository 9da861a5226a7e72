"""The two row types of the rule tables."""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ..model import Kind


@dataclass(frozen=True, slots=True)
class Rule:
    """A named regular expression that labels a block it matches from start to end.

    ``pattern`` is matched case-insensitively unless ``case_sensitive``; ``max_chars`` bounds the
    blocks it is tried on, so a rule for a short button label never fires on a paragraph.
    A rule whose match may start anywhere in the block (``.{0,80}click here ...``) names
    ``keywords``: lower-case literals of which one must occur in the block before the pattern is
    tried at all. Rules without keywords must be anchored at a literal start, so that they fail
    fast; they are joined into one alternation.
    """

    name: str
    kind: Kind
    pattern: str
    max_chars: int = 120
    case_sensitive: bool = False
    keywords: tuple[str, ...] = ()
    compiled: regex.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", regex.compile(self.source))

    @property
    def source(self) -> str:
        """The pattern with its case flag applied, ready to join into a larger alternation."""
        return f"(?:{self.pattern})" if self.case_sensitive else f"(?i:{self.pattern})"


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
