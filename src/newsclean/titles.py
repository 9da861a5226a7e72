"""Headlines as pages print them: with a site name after them, and compared loosely."""

from __future__ import annotations

import re

import regex

#: A site name after a page title: "Headline - Site", "Headline | Site | Section".
_SITE_SUFFIX = regex.compile(r"(?:\s+[|–—-]\s+[\p{Lu}\d][\w.&' ]{0,30})+$")
_NON_WORD = re.compile(r"[^\w]+")


def strip_site_suffix(title: str) -> str:
    """Drop a trailing site name from a page title.

    >>> strip_site_suffix("13-Inch MacBook Pro Expected in 2020 - MacRumors")
    '13-Inch MacBook Pro Expected in 2020'
    """
    stripped = _SITE_SUFFIX.sub("", title)
    return stripped if len(stripped.split()) >= 3 else title


def title_key(text: str) -> str:
    """A headline for loose comparison: lower case, without a site name or punctuation.

    >>> title_key("Son of former German president stabbed - Breaking News - The Jerusalem post")
    'son of former german president stabbed'
    """
    return " ".join(_NON_WORD.sub(" ", strip_site_suffix(text).casefold()).split())
