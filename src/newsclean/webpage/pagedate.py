"""The last resort for a page's publication date: ``htmldate``'s reading of the HTML.

Internal. ``clean_html`` asks for it only when neither the page's metadata (JSON-LD, ``meta``
tags, ``time`` elements, the URL) nor its visible text gives a date: htmldate (a dependency of
trafilatura, so already installed) weighs dates in the markup and the text, some 3 ms a page,
too slow to run on every page and not needed where the metadata speaks. On Readability's test
pages it found the right date on the 3 pages where newsclean found none.
"""

from __future__ import annotations

import datetime as dt
import logging

from .metadata import parse_iso_date

#: htmldate logs every page it finds hard; the Article says what it found.
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def guess_page_date(html: str, url: str | None = None) -> dt.date | dt.datetime | None:
    """The publication date htmldate reads in a page, or None (never raises).

    >>> guess_page_date('<html><head><meta property="article:published_time" content="2019-11-18"></head></html>')
    datetime.date(2019, 11, 18)
    >>> guess_page_date("<html><body><p>No date here.</p></body></html>") is None
    True
    """
    try:
        import htmldate

        found = htmldate.find_date(html, url=url, original_date=True, extensive_search=False)
    except Exception:  # noqa: BLE001 - a last resort: a page it cannot read has no date
        return None
    if not found:
        return None
    value = parse_iso_date(found)
    if value is None or value > dt.date.today():
        return None
    return value
