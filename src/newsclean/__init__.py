"""newsclean: scraped news pages in, clean article text and its fields out.

>>> import newsclean
>>> article = newsclean.clean("MOSCOW (Reuters) - Russia hosted talks on Monday in a renewed push.\\n\\n0 : 0")
>>> article.body
'Russia hosted talks on Monday in a renewed push.'
>>> [(r.kind.value, r.text) for r in article.removed]
[('dateline', 'MOSCOW (Reuters) -'), ('share', '0 : 0')]

Public API: :func:`clean` and :func:`clean_html`, the result types :class:`Article`, :class:`Byline`,
:class:`Dateline`, :class:`Removal` and its :class:`Kind`, :class:`Element` and its
:class:`ElementKind` (the parts of ``Article.elements``), :class:`Options` with
:class:`UserRule` and ``RULE_FAMILIES``, and the error
types. Every other module is internal.
"""

from __future__ import annotations

from ._version import __version__
from .elements import Element, ElementKind
from .errors import (
    HtmlLimitError,
    InputTooLargeError,
    NewscleanError,
    PatternTimeoutError,
    UnparsableHtmlError,
)
from .families import RULE_FAMILIES
from .model import Article, Byline, Dateline, Kind, Removal
from .options import Options, UserRule
from .pipeline import clean, clean_html

__all__ = [
    "RULE_FAMILIES",
    "Article",
    "Byline",
    "Dateline",
    "Element",
    "ElementKind",
    "HtmlLimitError",
    "InputTooLargeError",
    "Kind",
    "NewscleanError",
    "Options",
    "PatternTimeoutError",
    "Removal",
    "UnparsableHtmlError",
    "UserRule",
    "__version__",
    "clean",
    "clean_html",
]
