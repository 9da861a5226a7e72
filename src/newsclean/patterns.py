"""The backstop of bounded time: matching under a time limit, for the patterns whose time the
package's regex audit cannot bound.

``tests/test_regex_audit.py`` checks every built-in pattern for catastrophic backtracking. Two
kinds of pattern are past what it can prove linear: user rules (``Options.user_rules``, any
pattern at all), and the few built-in constructs it allows with a written reason rather than a
proof (its ``SAFE_CONSTRUCTS``: repeated groups with some ambiguity, safe on the short blocks
they are given). Those are compiled with ``regex`` and matched through :func:`fullmatch`, which
passes ``regex``'s ``timeout`` and turns its ``TimeoutError`` into the package's documented
:class:`~newsclean.errors.PatternTimeoutError`: a runaway match stops the call, never hangs it.
Every other pattern stays on the standard library's ``re``, which is faster and has no timeout.

Internal.
"""

from __future__ import annotations

import regex

from .errors import PatternTimeoutError

#: Seconds one guarded match may take, the default of ``Options.pattern_timeout``. The guarded
#: built-in patterns read blocks of at most 200 characters in microseconds, and the audit's
#: slowest search, of 30,000 adversarial characters, takes 0.06 s: a second is thousands of
#: times what real text needs, so a loaded machine does not trip it, while a runaway pattern
#: costs a second of one call instead of a hang.
DEFAULT_PATTERN_TIMEOUT = 1.0

#: What :class:`~newsclean.errors.PatternTimeoutError` calls the owner of a built-in pattern.
BUILT_IN_RULE = "built-in rule"
BUILT_IN_PATTERN = "built-in pattern"
USER_RULE = "user rule"


def fullmatch(
    pattern: regex.Pattern[str], text: str, *, timeout: float, owner: str, name: str
) -> regex.Match[str] | None:
    """``pattern.fullmatch(text)`` within ``timeout`` seconds; past them, raise
    :class:`~newsclean.errors.PatternTimeoutError` naming the pattern (``owner`` and ``name``,
    as in ``user rule 'planet-promo'``) and the length of ``text``.

    >>> fullmatch(regex.compile(r"\\d+"), "2019", timeout=1.0, owner=USER_RULE, name="year")
    <regex.Match object; span=(0, 4), match='2019'>
    """
    try:
        return pattern.fullmatch(text, timeout=timeout)
    except TimeoutError:
        raise PatternTimeoutError(owner, name, len(text), timeout) from None
