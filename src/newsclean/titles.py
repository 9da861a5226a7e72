"""Headlines as pages print them: with a site name after them, and compared loosely."""

from __future__ import annotations

import re

import regex

#: A site name after a page title: "Headline - Site", "Headline | Site | Section".
_SITE_SUFFIX = regex.compile(r"(?:\s+[|–—-]\s+[\p{Lu}\d][\w.&' ]{0,30})+$")
#: Only a title's last characters are searched for a site name (a few short segments): searched
#: over a whole long line the pattern is quadratic (40 KB of " - Xx" took 13 s).
SUFFIX_WINDOW = 200
_NON_WORD = re.compile(r"[^\w]+")


def strip_site_suffix(title: str) -> str:
    """Drop a trailing site name from a page title.

    >>> strip_site_suffix("13-Inch MacBook Pro Expected in 2020 - MacRumors")
    '13-Inch MacBook Pro Expected in 2020'
    """
    cut = max(len(title) - SUFFIX_WINDOW, 0)
    stripped = title[:cut] + _SITE_SUFFIX.sub("", title[cut:])
    return stripped if len(stripped.split()) >= 3 else title


def title_key(text: str) -> str:
    """A headline for loose comparison: lower case, without a site name or punctuation.

    >>> title_key("Son of former German president stabbed - Breaking News - The Jerusalem post")
    'son of former german president stabbed'
    """
    return " ".join(_NON_WORD.sub(" ", strip_site_suffix(text).casefold()).split())
