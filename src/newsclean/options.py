"""One immutable object that holds every option of ``clean()`` and ``clean_html()``."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import regex

from . import patterns
from .families import RULE_FAMILIES
from .model import Kind
from .patterns import DEFAULT_PATTERN_TIMEOUT

#: The default size limit: far above any real article or page, low enough to bound the work.
DEFAULT_MAX_INPUT_CHARS = 20_000_000

#: English regions that write numeric dates month first ("11/18/2019").
_MONTH_FIRST_REGIONS = frozenset({"us", "ph", "fm", "mh", "pw", "as", "gu", "mp", "pr", "um", "vi"})

#: What ``Options.language`` must look like. Its repeated ``[-_]\w+`` can split ``_a_a`` two
#: ways, so the regex audit allows it with a reason rather than a proof: it runs under the
#: pattern time limit (``newsclean.patterns``).
_LANGUAGE_TAG = regex.compile(r"[A-Za-z]{2,3}(?:[-_]\w+)*")


def _is_language_tag(language: str, timeout: float) -> bool:
    """True when ``language`` looks like a BCP 47 tag ("en-GB", "de", "zh_Hant_TW").

    >>> _is_language_tag("en-GB", 1.0), _is_language_tag("English", 1.0)
    (True, False)
    """
    found = patterns.fullmatch(
        _LANGUAGE_TAG,
        language,
        timeout=timeout,
        owner=patterns.BUILT_IN_PATTERN,
        name="language-tag",
    )
    return found is not None


@dataclass(frozen=True, slots=True)
class UserRule:
    """A rule of your own: blocks whose whole text matches ``pattern`` get ``kind``.

    ``pattern`` is a regular expression (the ``regex`` package's syntax, a superset of ``re``'s),
    matched against the whole block, ignoring case unless ``case_sensitive``. User rules are tried
    before every built-in rule, in the order given; the removal records ``name`` as its rule.
    A pattern that does not compile raises ``ValueError`` when the rule is made; a match that
    runs past ``Options.pattern_timeout`` raises ``PatternTimeoutError`` (a ``ValueError`` too).

    >>> rule = UserRule(r"more from the daily planet.*", Kind.PROMO, name="planet-promo")
    >>> rule.matches("More from the Daily Planet: sign up")
    True
    """

    pattern: str
    kind: Kind
    name: str = "user-rule"
    case_sensitive: bool = False
    compiled: regex.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.kind, Kind) or self.kind in (Kind.BODY, Kind.TITLE):
            raise ValueError(
                f"user rule {self.name!r}: kind must be a Kind other than BODY and TITLE"
            )
        flags = 0 if self.case_sensitive else regex.IGNORECASE
        try:
            compiled = regex.compile(self.pattern, flags)
        except regex.error as error:
            raise ValueError(f"user rule {self.name!r}: bad pattern: {error}") from None
        object.__setattr__(self, "compiled", compiled)

    def matches(self, text: str, timeout: float = DEFAULT_PATTERN_TIMEOUT) -> bool:
        """True when the whole block matches the rule's pattern; ``PatternTimeoutError`` when
        the match takes over ``timeout`` seconds."""
        found = patterns.fullmatch(
            self.compiled, text, timeout=timeout, owner=patterns.USER_RULE, name=self.name
        )
        return found is not None


@dataclass(frozen=True, slots=True)
class Options:
    """Options for ``clean()`` and ``clean_html()``; the defaults are what most users want.

    - ``max_input_chars``: inputs longer than this raise ``InputTooLargeError``.
    - ``keep_captions``: leave captions and credits in the body, where they stood (they are still
      listed in ``Article.captions``, and not in ``removed``).
    - ``keep_dateline``: leave the dateline prefix ("MOSCOW (Reuters) -") at the head of the
      paragraph it opens (it is still parsed into ``Article.dateline``).
    - ``disabled_families``: rule families not to apply, among ``RULE_FAMILIES`` (``"share"``,
      ``"promo"``, ``"captions"`` ...); the blocks they would have removed stay open to the rest
      of the pipeline.
    - ``user_rules``: :class:`UserRule` objects, tried before the built-in rules.
    - ``language``: a hint, the page's language as a BCP 47 tag (``"en-GB"``, ``"de"``). It sets
      how numeric dates written with slashes are read: month first for ``en``, ``en-US`` and
      the other month-first regions, day first for every other language and English region
      ("05/11/2019" is 5 November in ``en-GB`` and ``fr``). Without a hint, the page's own
      words decide (``publication.writes_day_first``): day first on a page written in another
      language than English.
    - ``pattern_timeout``: the most seconds one match of a user rule's pattern (or of one of
      the few built-in patterns whose time is not proven linear) may take on one block; past it
      the call raises ``PatternTimeoutError`` instead of running on. The default, one second, is
      far above what any real block needs.

    Bad values raise ``ValueError`` when the object is made.

    >>> Options(keep_captions=True, disabled_families=frozenset({"promo"})).keep_captions
    True
    """

    max_input_chars: int = DEFAULT_MAX_INPUT_CHARS
    keep_captions: bool = False
    keep_dateline: bool = False
    disabled_families: frozenset[str] = frozenset()
    user_rules: tuple[UserRule, ...] = ()
    language: str | None = None
    pattern_timeout: float = DEFAULT_PATTERN_TIMEOUT

    def __post_init__(self) -> None:
        if not isinstance(self.max_input_chars, int) or self.max_input_chars < 0:
            raise ValueError("max_input_chars must be a non-negative int")
        object.__setattr__(self, "disabled_families", frozenset(self.disabled_families))
        unknown = sorted(self.disabled_families - RULE_FAMILIES)
        if unknown:
            raise ValueError(
                f"unknown rule families {unknown}; the families are {sorted(RULE_FAMILIES)}"
            )
        object.__setattr__(self, "user_rules", tuple(self.user_rules))
        if not all(isinstance(rule, UserRule) for rule in self.user_rules):
            raise ValueError("user_rules must hold UserRule objects")
        if (
            isinstance(self.pattern_timeout, bool)
            or not isinstance(self.pattern_timeout, (int, float))
            or not math.isfinite(self.pattern_timeout)
            or self.pattern_timeout <= 0
        ):
            raise ValueError("pattern_timeout must be a positive, finite number of seconds")
        if self.language is not None and not _is_language_tag(self.language, self.pattern_timeout):
            raise ValueError(
                f"language must be a BCP 47 tag such as 'en-GB', not {self.language!r}"
            )

    @property
    def slashed_dates_day_first(self) -> bool:
        """True when the language hint reads "05/11/2019" day first (see ``language``)."""
        if self.language is None:
            return False
        parts = regex.split(r"[-_]", self.language.lower())
        if parts[0] != "en":
            return True
        region = next((p for p in parts[1:] if len(p) == 2 and p.isalpha()), None)
        return region is not None and region not in _MONTH_FIRST_REGIONS


DEFAULT_OPTIONS = Options()
