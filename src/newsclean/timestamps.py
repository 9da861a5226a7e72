"""Timestamp lines: :func:`is_timestamp_line` tells whether a line says nothing but when
something was published or updated (``November 18, 2013 / 2:36 PM / 6 years ago``), dates,
clock times and relative ages ("3 hours ago", "vor 3 Stunden") in several languages."""

from __future__ import annotations

import datetime as dt
import re

import regex

from .dates import find_dates, has_yearless_date
from .lexicon import (
    AGE_AFTER,
    AGE_BEFORE,
    AGE_UNIT_SECONDS,
    AGE_UNITS,
    DATE_LABELS,
    MONTHS,
    RELATIVE_DAYS,
    WEEKDAYS,
    YESTERDAY_WORDS,
    longest_first,
)
from .model import Kind, Label

#: The label of a timestamp line (the labeller's, and the signature pass's when it reads a
#: line again).
TIMESTAMP_LINE = Label(Kind.TIMESTAMP, "timestamp-line")
#: A leap year to read month-and-day dates in when only their shape matters (Feb 29 included).
_ANY_YEAR = 2000

#: Words a timestamp line may hold beside its dates: labels, connectives, time zones, ages.
_STAMP_LABELS = (
    DATE_LABELS
    | RELATIVE_DAYS
    | frozenset(
        """update last date first on at the of de em el le am um mis à jour en ligne stand uhr alle
        ore il
        del op om опубликовано обновлено time timestamp dateline edition read min mins minute
        minutes reading
        et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet cest mez mesz ist aest aedt
        jst kst msk amt hkt sgt wib brt uk local a.m p.m am pm
        ago just now y a""".split()
    )
)
_TIMESTAMP_FILLER = re.compile(
    r"\b(?:입력|기사입력|수정|최종수정|발행|发布|更新|时间|назад|전|"
    + longest_first({*_STAMP_LABELS, *WEEKDAYS, *AGE_UNITS, *AGE_BEFORE, *AGE_AFTER}, re.escape)
    + r")\b\.?"
)
_AGE_UNIT = "(?:" + longest_first(AGE_UNITS, re.escape) + ")"
_AGE_BEFORE = "|".join(map(re.escape, AGE_BEFORE))
_AGE_AFTER = "|".join(map(re.escape, AGE_AFTER))
#: An age with its number and unit, before or after them the word that makes it one ("vor 3
#: Stunden", "3 hours ago"): a fragment, its parts in named groups.
_NUMBERED_AGE = (
    rf"(?:{_AGE_BEFORE})\s+(?P<before>\d+)\s*(?P<before_unit>{_AGE_UNIT})"
    rf"|(?P<after>\d+)\s*(?P<after_unit>{_AGE_UNIT})\.?\s+(?:{_AGE_AFTER})"
)
#: A relative age: "3 hours ago", "vor 3 Stunden", "il y a 2 heures", "hace 2 horas", "2 ore
#: fa", "3 uur geleden", "3 дня назад", "yesterday".
_RELATIVE_AGE = re.compile(
    rf"\b(?:{_NUMBERED_AGE}|yesterday|just now|\d+\s*(?:시간|분|일)\s*전)(?!\w)"
)
#: The same ages, and the words for today and yesterday, read by :func:`relative_age`.
_AGE_PARTS = re.compile(
    rf"\b(?:{_NUMBERED_AGE})(?!\w)"
    rf"|(?<!\w)(?P<day>{longest_first(RELATIVE_DAYS | {'just now'}, re.escape)})(?!\w)"
)
_CLOCK = re.compile(r"\b[012]?\d[:.][0-5]\d(?:\s*[ap]\.?\s?m\b\.?)?|\b1?\d\s*[ap]\.?m\b\.?")
_LEFTOVER_WORD = re.compile(r"[^\W\d_]{2,}")
#: Time-zone abbreviations ("HST", "AKDT", "HKT"): short capitalised tokens in a date line.
_ZONE_ABBREVIATION = regex.compile(r"(?<!\w)(?:[A-Z]{1,4}T|UTC|UK)(?!\w)")

#: A timestamp line holds a digit or a word for a relative day.
_DIGIT = re.compile(r"\d")
#: Whole lines without digits that are timestamps.
_RELATIVE_DAY_LINES = RELATIVE_DAYS | frozenset(
    (
        "just now",
        "updated yesterday",
        "updated today",
        "published yesterday",
        "published today",
        "вчера",
        "сегодня",
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
    r"ago(?<!\wago)\b|назад|há |hace |vor |il y a |geleden|fa(?<!\wfa)\b|전|před |temu\b"
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
    frozenset("and updated: published: das dos der às las los por pelo от назад года".split())
    | frozenset(MONTHS)
    | _STAMP_LABELS
    | frozenset(AGE_UNITS)
    | WEEKDAYS
)

#: The most words a timestamp line has ("Published: Nov. 19, 2019, 6:18 p.m. Updated: ..." has 12).
TIMESTAMP_MAX_WORDS = 18

#: A line of two stamps set apart by a bar or a bullet ("Publicado el 18 de noviembre de 2019
#: a las 09:30 | Actualizado el 20 de noviembre ...") may have this many words more.
SEPARATED_STAMP_WORDS = 8


def _most_words(text: str) -> int:
    """The most words (spaces) a timestamp line of this text may have."""
    extra = SEPARATED_STAMP_WORDS if _SEGMENT_SEPARATOR.search(text) else 0
    return TIMESTAMP_MAX_WORDS + extra


#: The longest line treated as a timestamp line.
TIMESTAMP_MAX_CHARS = 140


#: The most digits the number of an age read by :func:`relative_age` has.
AGE_MAX_DIGITS = 4


def relative_age(text: str) -> dt.timedelta | None:
    """How long before the page was read a timestamp says it was posted: its first relative age
    ("3 hours ago", "vor 2 Tagen", "il y a 5 minutes", "yesterday"), or None. Months are 30
    days, years 365.

    >>> relative_age("Updated 3 hours ago"), relative_age("Veröffentlicht vor 2 Tagen")
    (datetime.timedelta(seconds=10800), datetime.timedelta(days=2))
    >>> relative_age("Published yesterday"), relative_age("Nov. 18, 2019") is None
    (datetime.timedelta(days=1), True)
    """
    match = _AGE_PARTS.search(text.lower())
    if match is None:
        return None
    day = match.group("day")
    if day is not None:
        return dt.timedelta(days=1 if day in YESTERDAY_WORDS else 0)
    number = match.group("before") or match.group("after")
    unit = match.group("before_unit") or match.group("after_unit")
    if len(number) > AGE_MAX_DIGITS:
        return None  # no page is that old; a timedelta of it would overflow
    return dt.timedelta(seconds=int(number) * AGE_UNIT_SECONDS[unit])


def is_timestamp_line(text: str) -> bool:
    """True when a line says only when something was published or updated.

    >>> is_timestamp_line("November 18, 2013 / 2:36 PM / 6 years ago")
    True
    >>> is_timestamp_line("Updated 3 hours ago")
    True
    >>> is_timestamp_line("The vote was held on November 18, 2013 in Moscow.")
    False
    """
    if len(text) > TIMESTAMP_MAX_CHARS or text.count(" ") >= _most_words(text):
        return False
    if _DIGIT.search(text) is None:
        return text.lower().strip(" .:|-–—") in _RELATIVE_DAY_LINES
    lower = text.lower()
    if (not _has_stamp_hint(lower) and not has_yearless_date(lower)) or _too_many_words(text):
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


#: The end of a line a trailing timestamp is looked for in: a stamp is short.
_TRAILING_STAMP_WINDOW = 40


def trailing_stamp_start(text: str) -> int | None:
    """Where a timestamp that ends a line starts, when the line ends in a time of day with its
    date ("... 現代ビジネス 3/9(木) 18:01", "... Nov 18, 2019 2:36 PM") or in a relative age
    ("... CNN 3 hours ago"); else None. A date alone is not enough (a tour date or an event
    line ends in one).

    >>> trailing_stamp_start("Stocks rally on Fed hopes CNN 3 hours ago")
    30
    >>> trailing_stamp_start("The vote is on Nov 18, 2019"), trailing_stamp_start("Kick-off 18:00")
    (None, None)
    """
    if not _may_end_in_stamp(text) or not _has_stamp_hint(text[-_TRAILING_STAMP_WINDOW:].lower()):
        return None  # most lines
    lower = text.lower().rstrip()
    window_start = max(0, len(lower) - _TRAILING_STAMP_WINDOW)
    ages = list(_RELATIVE_AGE.finditer(lower, window_start))
    if ages and ages[-1].end() == len(lower):
        return ages[-1].start()
    dates = find_dates(lower) or find_dates(lower, _ANY_YEAR)
    if dates and dates[-1].end == len(lower) and isinstance(dates[-1].value, dt.datetime):
        return dates[-1].start
    return None


#: The last words a timestamp may end in: a time zone, "PM", "Uhr", an age's unit or its
#: closing word ("2 hours ago", "vor 3 Stunden").
_STAMP_END_WORDS = _STAMP_LABELS | frozenset(AGE_UNITS) | frozenset(AGE_AFTER) | {"uhr"}


def _may_end_in_stamp(text: str) -> bool:
    """A cheap test: does the line end as a timestamp can, in a digit or one of
    _STAMP_END_WORDS (or the Korean "전", "ago")?"""
    if text[-1:].isdigit():
        return True
    last = text[text.rfind(" ") + 1 :].lower().rstrip(".")
    return last in _STAMP_END_WORDS or text.endswith("전")


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
