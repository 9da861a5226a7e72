"""Names beside a date or an age: the byline forms that a date gives away.

Internal (``newsclean.byline`` applies them). "Chris Davies - Nov 19, 2019, 10:31 pm CST",
"Catherine Shu @catherineshu / 2 days", "Jane Roe Sun 21 Jan 2024 06.30 GMT", "November 20,
2019 Emiliano Bellini", and names run into their date or age with no separator: "Mike Conley
December 18, 2020", "Alex Perry 1 day ago", "By Erin Cunningham March 18 at 3:57 PM".
"""

from __future__ import annotations

import re

import regex

from .dates import find_dates
from .lexicon import ENGLISH_MONTHS, ENGLISH_WEEKDAYS, FULL_NAME
from .names import is_name_line, split_names, strip_contacts

#: A name of two to four capitalised words, or two such names joined by "and" or "&".
_NAMES = rf"(?P<names>{FULL_NAME}(?:\s+(?:and|&|und|et|y|e)\s+{FULL_NAME})?)"
#: The three-letter English month and weekday abbreviations ("jan", "mon"), in calendar order.
_MONTH_ABBREVIATIONS = tuple(month[:3] for month in ENGLISH_MONTHS)
_WEEKDAY_ABBREVIATIONS = tuple(day[:3] for day in ENGLISH_WEEKDAYS)
#: The same weekday abbreviations capitalised, as one alternation ("Mon|Tue|...").
_CAPITALISED_WEEKDAY = "|".join(day.capitalize() for day in _WEEKDAY_ABBREVIATIONS)
#: A name (or two), maybe a handle, then a separator and when: see :func:`_name_before_date`.
_NAME_THEN_DATE = regex.compile(_NAMES + r"(?:\s+@\w+)?\s*[-–—•|/]\s*(?P<when>.{2,60})")
#: A name (or two) then, with no separator, a date that opens with its weekday ("Jane Roe and
#: John Doe Sun 21 Jan 2024 06.30 GMT"): a capitalised weekday cannot end a name here, since
#: the date must follow it.
_NAME_THEN_WEEKDAY = regex.compile(
    _NAMES + r"\s+(?P<when>(?:" + _CAPITALISED_WEEKDAY + r")[a-z]{0,6}\.?,?\s+\d.{2,40})"
)
#: What every match of :data:`_NAME_THEN_WEEKDAY` holds (a literal alternation: a cheap test).
_WEEKDAY_HINT = re.compile(_CAPITALISED_WEEKDAY)
#: A date, then a name or two ("November 20, 2019 Emiliano Bellini", "19/11/2019 | by Ana
#: Lima"): the date ends with a digit, a clock's "am"/"pm" or a time zone.
_DATE_THEN_NAME = regex.compile(
    r"(?P<when>.{4,50}?(?:\d|[ap]\.?m\.?|GMT|UTC|[ECMP][SD]?T))\s*(?:[-–—•|/,]\s*)?(?:(?i:by):?\s+)?"
    r"(?!(?:GMT|UTC|[ECMP][SD]?T)\b)" + _NAMES
)
#: How a line that may be :data:`_DATE_THEN_NAME` opens: a digit, or a month or weekday and a
#: digit ("Nov. 20", "Wed, 20").
_DATE_OPENING = re.compile(
    rf"(?i)\d|(?:{'|'.join(_MONTH_ABBREVIATIONS)}|{'|'.join(_WEEKDAY_ABBREVIATIONS)})"
    r"[a-z]{0,7}\.?,?\s+\d"
)
#: The characters :data:`_DATE_OPENING` may start with (a set lookup spares many lines the
#: pattern): digits and the initials of month and weekday names.
_DATE_FIRST_CHARS = frozenset("0123456789JFMASONDTWjfmasondtw")
#: The separators of :data:`_NAME_THEN_DATE`, one of which every match holds.
_NAME_DATE_SEPARATOR = re.compile(r"[-–—•|/]")
#: An age as news sites print it: "2 days", "3 hours ago", "5 min", "8h".
_AGE = regex.compile(
    r"(?i)\d+\s*(?:s|sec|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|months?|y|years?)(?:\s+ago)?"
)
#: Where a name run into its date or age ends: the first digit, or a month name and a digit;
#: or, glued to the name's last letter with no space, a month's full name and a digit ("Dana
#: WhitfieldDecember 5, 2024", a scraper's join of two elements).
_RUN_IN_WHEN = regex.compile(
    rf"\s(?=\d|(?i:{'|'.join(_MONTH_ABBREVIATIONS)})[\p{{L}}]{{0,7}}\.?\s+\d)"
    rf"|(?<=\p{{Ll}})(?=(?:{'|'.join(month.capitalize() for month in ENGLISH_MONTHS)})\s+\d)"
)
#: The most words of names run into a date or an age ("Mike Conley December 18, 2020"), and
#: the most characters after that date (a comment count: "Sarah Gooding March 9, 2017 13").
RUN_IN_MAX_WORDS = 6
RUN_IN_TAIL_CHARS = 12
#: The longest line read as names run into a date.
RUN_IN_MAX_CHARS = 100
#: A date that writes out its month or its full year.
_WRITTEN_OUT = regex.compile(r"\d{4}|\p{L}{3}")


def by_line_names(text: str) -> str:
    """A "By" line up to where a date or an age runs into its names ("By Erin Cunningham March
    18 at 3:57 PM Follow @erinmcunningham" gives "By Erin Cunningham"), handles and links
    set aside."""
    text = strip_contacts(text)
    cut = _RUN_IN_WHEN.search(text)
    if cut is not None and (find_dates(text[cut.end() :]) or _starts_with_when(text[cut.end() :])):
        return text[: cut.start()]
    return text


def _starts_with_when(text: str) -> bool:
    """True when the text opens with a date, an age ("1 day ago", "8h") or a clock time."""
    return (
        _AGE.match(text) is not None
        or bool(find_dates(text[:40], 2000))
        or bool(find_dates(text[:40]))
    )


def name_before_date(text: str, has_digit: bool = True) -> list[str]:
    """Names before a date or an age, set apart by a dash, bar, bullet or slash ("Chris Davies -
    Nov 19, 2019, 10:31 pm CST", "Catherine Shu @catherineshu / 2 days"), or before a date that
    opens with its weekday ("Jane Roe Sun 21 Jan 2024 06.30 GMT"); or names after a date
    ("November 20, 2019 Emiliano Bellini"); the shortest age is two characters ("Jane Roe • 8h").
    ``has_digit`` False says the text holds no digit,
    so no date opens it."""
    match = None
    # Cheap tests first: each full pattern needs a separator, or a weekday before a digit.
    if _NAME_DATE_SEPARATOR.search(text) is not None:
        match = _NAME_THEN_DATE.fullmatch(text)
    if match is None and _WEEKDAY_HINT.search(text) is not None:
        match = _NAME_THEN_WEEKDAY.fullmatch(text)
    if (
        match is None
        and has_digit
        and text[:1] in _DATE_FIRST_CHARS
        and text[-1:].isalpha()
        and _DATE_OPENING.match(text) is not None
    ):
        match = _DATE_THEN_NAME.fullmatch(text)
        if match is not None and not is_name_line(match.group("names")):
            return []  # "Nov 20, 2019 Markets Policy": a date and a menu
    if match is None:
        return []
    when = match.group("when")
    if not (find_dates(when) or _AGE.fullmatch(when)):
        return []
    return split_names(match.group("names"))


def names_run_into_when(text: str) -> list[str]:
    """Names followed, with no separator, by a date or an age that ends the line ("Mike Conley
    December 18, 2020", "Alex Perry 1 day ago"). Every word before it must belong to a name,
    and the date must name its month or its full year: "Opening Bell 11.18.19" is a column's
    title and its date."""
    if len(text) > RUN_IN_MAX_CHARS:
        return []
    words = text.split(maxsplit=2)
    if len(words) < 3 or not words[1][:1].isupper():
        return []  # a name has two capitalised words before its date
    cut = _RUN_IN_WHEN.search(text)
    if cut is None:
        return []
    names, when = text[: cut.start()].strip(" ,"), text[cut.end() :]
    dates = find_dates(when)  # the date or the age first: cheaper than the names
    if dates and dates[0].start == 0 and len(when) - dates[-1].end <= RUN_IN_TAIL_CHARS:
        dated = _WRITTEN_OUT.search(when[dates[0].start : dates[0].end]) is not None
    else:
        dated = _is_age_line(when)
    if not dated or names.count(" ") > RUN_IN_MAX_WORDS or not is_name_line(names):
        return []
    found = split_names(names)
    if sum(len(name.split()) for name in found) != len(names.replace(" & ", " ").split()) - (
        len(found) - 1
    ):
        return []  # "Smutty Social Media": a name and more
    return found


def _is_age_line(text: str) -> bool:
    """ "1 day ago", "3 hours ago": an age and nothing else."""
    return _AGE.fullmatch(text.strip(" .")) is not None
