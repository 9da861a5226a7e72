"""Dates and times as news pages write them, in several languages.

:func:`find_dates` finds every date (with its time of day when one stands next to it) in a
short text; :func:`is_timestamp_line` tells whether a line says nothing but when something was
published or updated (``November 18, 2013 / 2:36 PM / 6 years ago``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import regex

from .lexicon import AGE_AFTER, AGE_BEFORE, AGE_UNITS, MONTHS, WEEKDAYS

_MONTH = "(?:" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + ")"
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

#: A month and a day without a year ("Nov 18", "18 de novembro"), read when a page gives no year.
_YEARLESS_DATE = re.compile(
    rf"(?<![\w])(?:(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}}){_ORDINAL}|(?P<d2>\d{{1,2}}){_ORDINAL}\.?\s+(?:de\s+)?(?P<m2>{_MONTH})\.?)"
    r"(?!\s*,?\s*(?:19|20)\d\d)(?![\d\w])"
)
#: A leap year to read month-and-day dates in when only their shape matters (Feb 29 included).
_ANY_YEAR = 2000
#: The year of a copyright line ("© 2019 The Company").
_COPYRIGHT_YEAR = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)", re.IGNORECASE
)

#: Every date form holds a four-digit year or a d/m/yy group: a cheap test before the big one.
_YEARISH = re.compile(r"\d{4}|\d[/.]\d{1,2}[/.]\d\d")

_TIME = re.compile(
    r"""(?x)
    (?:
        (?P<h>[012]?\d)(?:[:.h](?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?)?\s*(?P<ampm>[ap]\.?\s?m\b\.?)?(?![\d:])
      | (?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?=\s*(?:gmt|utc|z|et|est|edt)\b)
    )
    """
)
#: Where a time of day may start: not inside a number (a year run into a time, "20195:00", is
#: the exception the caller handles).
_NOT_IN_NUMBER = re.compile(r"[\d.:]")

#: What may stand between a date and its time of day ("November 18, 2013 / 2:36 PM").
_DATE_TIME_GAP = re.compile(
    r"(?:\s*(?:г\.|года))?[\s,/|–—-]*(?:at|às|as|um|om|à|a las|alle|в|kl\.?|@|t(?=\d))?[\s,]*"
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


#: Words a timestamp line may hold beside its dates: labels, connectives, time zones, ages.
_STAMP_LABELS = """published updated update posted last modified created date first on at the of
    de em el le am um publicado atualizado actualizado publié publiée mis à jour modifié actualisé
    veröffentlicht aktualisiert geändert stand uhr erstellt pubblicato aggiornato alle ore il del
    gepubliceerd bijgewerkt gewijzigd op om опубликовано обновлено time timestamp dateline
    edition read min mins minute minutes reading
    et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet cest mez mesz ist aest aedt jst
    kst msk amt hkt sgt wib brt uk local a.m p.m am pm
    ago yesterday today just now gestern heute hier aujourd'hui ayer hoy ontem hoje ieri oggi
    gisteren vandaag y a""".split()
_TIMESTAMP_FILLER = re.compile(
    r"\b(?:입력|기사입력|수정|최종수정|발행|发布|更新|时间|назад|전|"
    + "|".join(
        sorted(
            map(re.escape, {*_STAMP_LABELS, *WEEKDAYS, *AGE_UNITS, *AGE_BEFORE, *AGE_AFTER}),
            key=len,
            reverse=True,
        )
    )
    + r")\b\.?"
)
_AGE_UNIT = "(?:" + "|".join(sorted(map(re.escape, AGE_UNITS), key=len, reverse=True)) + ")"
#: A relative age: "3 hours ago", "vor 3 Stunden", "il y a 2 heures", "hace 2 horas", "2 ore
#: fa", "3 uur geleden", "3 дня назад", "yesterday".
_RELATIVE_AGE = re.compile(
    rf"\b(?:(?:{'|'.join(map(re.escape, AGE_BEFORE))})\s+\d+\s*{_AGE_UNIT}"
    rf"|\d+\s*{_AGE_UNIT}\.?\s+(?:{'|'.join(map(re.escape, AGE_AFTER))})"
    r"|yesterday|just now|\d+\s*(?:시간|분|일)\s*전)(?!\w)"
)
_CLOCK = re.compile(r"\b[012]?\d[:.][0-5]\d(?:\s*[ap]\.?\s?m\b\.?)?|\b1?\d\s*[ap]\.?m\b\.?")
_LEFTOVER_WORD = re.compile(r"[^\W\d_]{2,}")
#: Time-zone abbreviations ("HST", "AKDT", "HKT"): short capitalised tokens in a date line.
_ZONE_ABBREVIATION = regex.compile(r"(?<!\w)(?:[A-Z]{1,4}T|UTC|UK)(?!\w)")

#: A timestamp line holds a digit or a word for a relative day.
_DIGIT = re.compile(r"\d")
#: Whole lines without digits that are timestamps.
_RELATIVE_DAY_LINES = frozenset(
    (
        "yesterday",
        "today",
        "just now",
        "updated yesterday",
        "updated today",
        "published yesterday",
        "published today",
        "ontem",
        "hoje",
        "ayer",
        "hoy",
        "gestern",
        "heute",
        "hier",
        "aujourd'hui",
        "вчера",
        "сегодня",
        "ieri",
        "oggi",
        "gisteren",
        "vandaag",
    )
)

#: What a line with digits needs to be a timestamp: a year, a numeric date, a clock time, or a
#: relative age (a cheap test before the full parse), in two patterns that each start with a
#: character class or with literals, which lets the engine skip to the places they can start:
#: digits first, then words ("ago" written as "\bago\b" is, after its three letters, not
#: preceded by a word character).
_STAMP_HINT_DIGITS = re.compile(
    r"\d(?:\d{3}|[/.]\d{1,2}[/.]\d\d|[:.h]\d\d|\s?[ap]\.?m\b|\s?[hmdy]\b)"
)
_STAMP_HINT_WORDS = re.compile(
    r"ago(?<!\wago)\b|назад|há |hace |vor |il y a |geleden|fa(?<!\wfa)\b|전"
)

#: Words that say a line stamps a time ("Published 10:32 AM ET", "Updated at 1:23 p.m.").
_STAMP_WORD = re.compile(
    r"\b(?:published|updated?|posted|modified|created|publicado|atualizado|actualizado"
    r"|publié|publiée|veröffentlicht|aktualisiert|pubblicato|aggiornato|gepubliceerd|bijgewerkt"
    r"|опубликовано|обновлено)\b"
)

#: Words a timestamp line may carry beside its date as a label.
LABEL_WORDS = 1
#: Words a timestamp line may carry beside its date when a bar or bullet sets them apart.
SEPARATED_EXTRA_WORDS = 5
_SEGMENT_SEPARATOR = re.compile(r"\s[|•·]\s")

#: Lower-case words a timestamp line may have beyond its labels and time words.
TIMESTAMP_MAX_LOWER_WORDS = 4
_LOWER_WORD = re.compile(r"\b[a-zà-ÿа-я]{3,}\b")
#: Lower-case words that timestamp lines are made of (labels, connectives, time units, months).
_STAMP_VOCABULARY = (
    frozenset(
        """published updated posted last modified created first on at the and ago hours hour minutes
    minute mins seconds days day weeks week months month years year yesterday today just now
    read min updated: published: de das dos del em el le am um der feira às las los por pelo
    publicado atualizado actualizado publié mis jour veröffentlicht aktualisiert uhr stand
    pubblicato aggiornato alle ore от опубликовано обновлено назад года
    """.split()
    )
    | frozenset(MONTHS)
    | frozenset(_STAMP_LABELS)
    | frozenset(AGE_UNITS)
    | WEEKDAYS
)

#: The most words a timestamp line has ("Published: Nov. 19, 2019, 6:18 p.m. Updated: ..." has 12).
TIMESTAMP_MAX_WORDS = 18

#: The longest line treated as a timestamp line.
TIMESTAMP_MAX_CHARS = 140


def is_timestamp_line(text: str) -> bool:
    """True when a line says only when something was published or updated.

    >>> is_timestamp_line("November 18, 2013 / 2:36 PM / 6 years ago")
    True
    >>> is_timestamp_line("Updated 3 hours ago")
    True
    >>> is_timestamp_line("The vote was held on November 18, 2013 in Moscow.")
    False
    """
    if len(text) > TIMESTAMP_MAX_CHARS or text.count(" ") >= TIMESTAMP_MAX_WORDS:
        return False
    if _DIGIT.search(text) is None:
        return text.lower().strip(" .:|-–—") in _RELATIVE_DAY_LINES
    lower = text.lower()
    if (not _has_stamp_hint(lower) and _YEARLESS_DATE.search(lower) is None) or _too_many_words(
        text
    ):
        return False
    # Zone abbreviations are known by their capitals ("HST", "AKDT"), so they go first; the
    # rest is read lower-cased, like the date patterns. A month and day without a year count
    # as a date here ("Nov 18"): the line stamps a time whatever the year.
    rest = _ZONE_ABBREVIATION.sub(" ", text).lower()
    dates = find_dates(rest) or find_dates(rest, _ANY_YEAR)
    for date in reversed(dates):
        rest = rest[: date.start] + " " + rest[date.end :]
    rest, ages = _RELATIVE_AGE.subn(" ", rest)
    rest, clocks = _CLOCK.subn(" ", rest)
    if not (dates or ages or clocks):
        return False
    if not (dates or ages) and _STAMP_WORD.search(rest) is None:
        return False  # a bare time of day ("4:14 p.m.") heads a live-blog entry
    rest = _TIMESTAMP_FILLER.sub(" ", rest)
    leftover = len(_LEFTOVER_WORD.findall(rest))
    # One word may stand beside the date (an agency or a section: "Reuters November 18, 2019
    # 11:03 PM"); a few more when a bar or a bullet sets them apart.
    return leftover <= LABEL_WORDS or (
        leftover <= SEPARATED_EXTRA_WORDS and _SEGMENT_SEPARATOR.search(text) is not None
    )


def _has_stamp_hint(lower: str) -> bool:
    """True when a lower-cased line holds a year, a numeric date, a clock time or a relative
    age (see ``_STAMP_HINT_DIGITS``).

    >>> _has_stamp_hint("updated 3 hours ago"), _has_stamp_hint("chicago 3")
    (True, False)
    """
    return (
        _STAMP_HINT_DIGITS.search(lower) is not None or _STAMP_HINT_WORDS.search(lower) is not None
    )


def _too_many_words(text: str) -> bool:
    """A cheap test before the full parse: a timestamp line has few lower-case words beside its
    date ("Updated 3 hours ago" has two); a headline or a sentence with a number has many."""
    words = _LOWER_WORD.findall(text)
    return (
        len(words) > TIMESTAMP_MAX_LOWER_WORDS
        and sum(w not in _STAMP_VOCABULARY for w in words) > TIMESTAMP_MAX_LOWER_WORDS
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
        candidates = [text for text in texts if _YEARLESS_DATE.search(text.lower())]
        year = reference_year() if candidates else None
        if year is not None:
            found = _first_published(find_dates(text, year) for text in candidates)
    return found


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
