"""The publication date of a page: the first date not marked as an update, read in the page's
year when its dates have none."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable

from .dates import DateMatch, find_dates, has_yearless_date

#: The year of a copyright line ("© 2019 The Company").
_COPYRIGHT_YEAR = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)", re.IGNORECASE
)


def pick_published(
    texts: list[str],
    reference_year: Callable[[], int | None] | None = None,
    *,
    slashes_day_first: bool = False,
) -> dt.datetime | dt.date | None:
    """The publication date among the dates in ``texts`` (in order): the first that is not
    marked as an update, else the first update. When no text holds a full date, a month and day
    without a year ("Posted Nov 18, 8:19 PM") are read in ``reference_year()``, if given.
    ``slashes_day_first`` is as for :func:`find_dates`.

    >>> pick_published(["Updated: Nov. 19, 2019", "Published: Nov. 18, 2019"])
    datetime.date(2019, 11, 18)
    >>> pick_published(["Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM"], lambda: 2019)
    datetime.datetime(2019, 11, 18, 20, 19)
    """
    found = _first_published(
        find_dates(text, slashes_day_first=slashes_day_first) for text in texts
    )
    if found is None and reference_year is not None:
        candidates = [text for text in texts if has_yearless_date(text.lower())]
        year = reference_year() if candidates else None
        if year is not None:
            found = _first_published(find_dates(text, year) for text in candidates)
    return found


#: Words English writes often and the other languages of news pages do not, and words of those
#: languages (German, French, Spanish, Portuguese, Italian, Dutch, and the Slavic and Nordic
#: ones) that English does not write: which are the more common tells whether a page writes
#: "05/11/2019" day first, as every language but American English does.
_ENGLISH_WORDS = frozenset("the and of to is that was for with are on this it by".split())
_OTHER_WORDS = frozenset(
    """der die das und ist nicht mit den dem ein eine le la les des et est une du pour dans
    el los las y que por con una del il che di della sono non het een van en op dat niet
    não em os uma com para na da ele och att som på är og af til er ikke się nie jest że
    na do je se že ve""".split()
)
#: How many words of a page are read to tell its language.
LANGUAGE_SAMPLE_WORDS = 2000
_WORD = re.compile(r"\w+")


def writes_day_first(texts: Iterable[str]) -> bool:
    """True when the page's words are more often another language's than English's: its
    numeric dates are then written day first.

    >>> writes_day_first(["Die Bahn hat den Streik für Donnerstag angekündigt, und die Fahrgäste"])
    True
    >>> writes_day_first(["The council said on Tuesday that the tram would open in 2027."])
    False
    """
    english = other = read = 0
    for text in texts:
        for word in _WORD.findall(text.lower()):
            english += word in _ENGLISH_WORDS
            other += word in _OTHER_WORDS
            read += 1
        if read >= LANGUAGE_SAMPLE_WORDS:
            break
    return other > english


def _first_published(groups: Iterable[list[DateMatch]]) -> dt.datetime | dt.date | None:
    """The first date not marked as an update, else the first update date, else None."""
    first_update: dt.datetime | dt.date | None = None
    for dates in groups:
        for date in dates:
            if not date.is_update:
                return date.value
            if first_update is None:
                first_update = date.value
    return first_update


def reference_year(texts: list[str]) -> int | None:
    """The year a page's dates are in: the most common year of its full dates, else the year of
    its copyright line, else None."""
    years = Counter(date.value.year for text in texts for date in find_dates(text))
    if years:
        return years.most_common(1)[0][0]
    for text in texts:
        match = _COPYRIGHT_YEAR.search(text)
        if match:
            return int(match.group(1))
    return None
