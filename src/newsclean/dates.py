"""Dates and times as news pages write them, in several languages.

:func:`find_dates` finds every date (with its time of day when one stands next to it) in a
short text. Whether a line is nothing but a date is ``newsclean.timestamps``'s question; which
date is the publication date, ``newsclean.publication``'s.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .lexicon import CJK_WEEKDAYS, MONTHS, longest_first

_MONTH = "(?:" + longest_first(MONTHS, re.escape) + ")"
_ORDINAL = r"(?:st|nd|rd|th|º|°|er)?"

_DATE = re.compile(
    rf"""(?x)
    (?<![\d\w])(?:
        (?P<iy>(?:19|20)\d\d)-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})(?!\d)
      | (?P<cy>(?:19|20)\d\d)\s*[년年]\s*(?P<cm>\d{{1,2}})\s*[월月]\s*(?P<cd>\d{{1,2}})(?:\s*[일日])?
      | (?P<am>{_MONTH})\.?\s+(?P<ad>\d{{1,2}}){_ORDINAL},?\s+(?P<ay>(?:19|20)\d\d)(?:(?!\d)|(?=\d{{1,2}}:\d\d))
      | (?P<bd>\d{{1,2}}){_ORDINAL}\.?\s+(?:de\s+)?(?P<bm>{_MONTH})\.?,?\s+(?:de\s+)?(?P<by>(?:19|20)\d\d)(?!\d)
      | (?P<ey>(?:19|20)\d\d),?\s+(?P<em>{_MONTH})\.?\s+(?P<ed>\d{{1,2}})(?!\d)
      | (?P<yy>(?:19|20)\d\d)[/.](?P<ym>\d{{1,2}})[/.](?P<yd>\d{{1,2}})(?!\d)
      | (?P<n1>\d{{1,2}})(?P<sep>[/.])(?P<n2>\d{{1,2}})[/.](?P<n3>(?:19|20)\d\d|\d\d)(?![\d/.])
      | (?P<h1>\d{{1,2}})-(?P<h2>\d{{1,2}})-(?P<h3>(?:19|20)\d\d)(?![\d-])
    )
    """
)

#: A month and a day without a year ("Nov 18", "18 de novembro", and the Japanese and Korean
#: "3/9(木)", month and day over the weekday in brackets), read when a page gives no year.
_YEARLESS_DATE = re.compile(
    rf"(?<![\w])(?:(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}}){_ORDINAL}|(?P<d2>\d{{1,2}}){_ORDINAL}\.?\s+(?:de\s+)?(?P<m2>{_MONTH})\.?)"
    r"(?!\s*,?\s*(?:19|20)\d\d)(?![\d\w])"
    rf"|(?<![\d/])(?P<m3>\d{{1,2}})/(?P<d3>\d{{1,2}})\s?[(（][{CJK_WEEKDAYS}][)）]"
)
#: Every date form holds a four-digit year or a d/m/yy group: a cheap test before the big one.
_YEARISH = re.compile(r"\d{4}|\d[/.]\d{1,2}[/.]\d\d")

_TIME = re.compile(
    r"""(?x)
    (?:
        (?P<h>[012]?\d)(?:(?:[:.h]|\s?[時时시]\s?)(?P<mi>[0-5]\d)(?:\s?[分분])?(?::(?P<s>[0-5]\d))?)?
        \s*(?P<ampm>[ap]\.?\s?m\b\.?)?(?![\d:])
      | (?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?=\s*(?:gmt|utc|z|et|est|edt)\b)
    )
    """
)
#: Where a time of day may start: not inside a number (a year run into a time, "20195:00", is
#: the exception the caller handles).
_NOT_IN_NUMBER = re.compile(r"[\d.:]")

#: What may stand between a date and its time of day ("November 18, 2013 / 2:36 PM").
_DATE_TIME_GAP = re.compile(
    r"(?:\s*(?:г\.|года))?[\s,/|–—-]*(?:at|às|as|um|om|à|a las|alle ore|alle|ore|в|kl\.?|@|t(?=\d))?[\s,]*"
)
_TIME_DATE_GAP = re.compile(
    r"\s*(?:[ap]\.?\s?m\.?)?\s*(?:[a-z]{1,4}\b)?(?:\s*\([^()]{1,20}\))?[\s,/|–—-]*(?:on\s+)?(?:[a-z]{3,9}\.?,?\s+)?"
)

_UPDATE_WORDS = re.compile(
    r"(?:updated?|modified|atualizad[oa]|actualizad[oa]|mis à jour|actualisé|modifié|aktualisiert"
    r"|geändert|обновлено|aggiornato|bijgewerkt|gewijzigd|수정|更新)\W*(?:on|at|em|el|le|am|il|op)?"
    r"\W*(?:[^\W\d]{2,9}\.?,?\s*)?$"
)


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in a text: its span and value, and whether it is an update date."""

    start: int
    end: int
    value: dt.datetime | dt.date
    is_update: bool = False


def _ymd(match: re.Match[str], slashes_day_first: bool = False) -> tuple[int, int, int] | None:
    """Year, month and day of a date match, or None when the numbers are not a date.
    ``slashes_day_first`` reads "05/11/2019" as 5 November (the order outside the US)."""
    group = match.groupdict()
    if group["iy"]:
        return int(group["iy"]), int(group["im"]), int(group["id"])
    if group["cy"]:
        return int(group["cy"]), int(group["cm"]), int(group["cd"])
    if group["am"]:
        return int(group["ay"]), MONTHS[group["am"].lower()], int(group["ad"])
    if group["bm"]:
        return int(group["by"]), MONTHS[group["bm"].lower()], int(group["bd"])
    if group["em"]:
        return int(group["ey"]), MONTHS[group["em"].lower()], int(group["ed"])
    if group["yy"]:
        return int(group["yy"]), int(group["ym"]), int(group["yd"])
    if group["h1"]:
        return int(group["h3"]), int(group["h2"]), int(group["h1"])
    first, second, year = int(group["n1"]), int(group["n2"]), int(group["n3"])
    if year < 100:
        year += 2000 if year < 70 else 1900
    # Dots are the European order (day first), slashes the American one unless the page's
    # language says otherwise; when the numbers rule that order out ("11.14.2019"), the other
    # one is meant.
    day_first = group["sep"] == "." or slashes_day_first
    if (day_first and second > 12) or (not day_first and first > 12):
        day_first = not day_first
    return (year, second, first) if day_first else (year, first, second)


def _month_day(match: re.Match[str], year: int) -> tuple[int, int, int]:
    """Year, month and day of a date written without a year, read in ``year``."""
    if match.group("m3"):
        return year, int(match.group("m3")), int(match.group("d3"))
    month = match.group("m") or match.group("m2")
    day = match.group("d") or match.group("d2")
    return year, MONTHS[month], int(day)


def _time_at(text: str, start: int, *, before: bool) -> tuple[int, int, int, int, int] | None:
    """The time of day written right after (or right before) a date:
    (hour, minute, second, start, end)."""
    if before:
        window_start = max(0, start - 24)
        window = text[window_start:start]
        for match in reversed(list(_TIME.finditer(window))):
            tail = window[match.end() :]
            if match.start() > 0 and _NOT_IN_NUMBER.match(window[match.start() - 1]):
                continue
            if _TIME_DATE_GAP.fullmatch(tail) and (
                match.group("mi") or match.group("ampm") or match.group("hh")
            ):
                hm = _hour_minute(match)
                if hm:
                    return *hm, window_start + match.start(), window_start + match.end()
        return None
    gap = _DATE_TIME_GAP.match(text, start)
    position = gap.end() if gap else start
    after = _TIME.match(text, position)
    if after is None or not (after.group("mi") or after.group("ampm") or after.group("hh")):
        return None
    hm = _hour_minute(after)
    return (*hm, after.start(), after.end()) if hm else None


def _hour_minute(match: re.Match[str]) -> tuple[int, int, int] | None:
    """Hour (24-hour clock), minute and second of a time match, or None when out of range."""
    if match.group("hh"):
        return int(match.group("hh")), int(match.group("mm")), 0
    hour, minute, second = (
        int(match.group("h")),
        int(match.group("mi") or 0),
        int(match.group("s") or 0),
    )
    ampm = (match.group("ampm") or "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.startswith("p") else 0)
    if hour > 23:
        return None
    return hour, minute, second


def find_dates(
    text: str, year: int | None = None, *, slashes_day_first: bool = False
) -> list[DateMatch]:
    """Every date in ``text``, in order, as a ``datetime`` when a time of day stands next to it.

    With ``year``, dates written without one ("Nov 18") are read in that year instead. With
    ``slashes_day_first``, "05/11/2019" is 5 November (else 11 May, as in the US).

    The patterns are written in lower case and matched against ``text.lower()``; the spans
    index that lower-cased text (the same as ``text`` for every script but a few letters, such
    as the Turkish dotted capital I, whose lower case is longer).

    >>> find_dates("November 18, 2013 / 2:36 PM / 6 years ago")[0].value
    datetime.datetime(2013, 11, 18, 14, 36)
    >>> find_dates("Published 10:02 AM EST Nov 19, 2019")[0].value
    datetime.datetime(2019, 11, 19, 10, 2)
    >>> find_dates("sexta-feira, 22 de outubro de 2010 às 20:13")[0].value
    datetime.datetime(2010, 10, 22, 20, 13)
    """
    found: list[DateMatch] = []
    if year is None and _YEARISH.search(text) is None:
        return found
    text = text.lower()
    pattern = _DATE if year is None else _YEARLESS_DATE
    for match in pattern.finditer(text):
        ymd = _ymd(match, slashes_day_first) if year is None else _month_day(match, year)
        if ymd is None:
            continue
        try:
            day = dt.date(*ymd)
        except ValueError:
            continue
        start, end = match.span()
        value: dt.datetime | dt.date = day
        time = _time_at(text, end, before=False) or _time_at(text, start, before=True)
        if time is not None:
            value = dt.datetime(day.year, day.month, day.day, time[0], time[1], time[2])
            start, end = min(start, time[3]), max(end, time[4])
        is_update = bool(_UPDATE_WORDS.search(text[max(0, start - 30) : start]))
        found.append(DateMatch(start, end, value, is_update))
    return found


def has_yearless_date(lower: str) -> bool:
    """True when a lower-cased text holds a month and a day without a year ("nov 18").

    >>> has_yearless_date("posted nov 18, 8:19 pm"), has_yearless_date("nov 18, 2019")
    (True, False)
    >>> has_yearless_date("3/9(木) 18:01"), has_yearless_date("3/9")
    (True, False)
    """
    return _YEARLESS_DATE.search(lower) is not None
