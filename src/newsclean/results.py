"""The result fields that ``newsclean batch`` and :mod:`newsclean.frame` add to every row.

Both faces clean one value per row (a text or an HTML field) and add the same fields, through
:func:`clean_value`: ``body``, ``title``, ``byline`` (a dict), ``dateline`` (a dict, its
``published`` an ISO 8601 string), ``captions`` (a list) and ``error``. ``error`` is ``None``
when the row was cleaned; otherwise every other field is ``None`` and ``error`` says why, as
``"<category>: <detail>"`` (the category is what the batch summary counts):

>>> clean_value("PARIS (AP) -- The museum reopened on Monday after a long closure.")["dateline"]
{'text': 'PARIS (AP)', 'place': 'PARIS', 'source': 'AP', 'published': None}
>>> clean_value(None)["error"]
'null field: the text is null'
>>> clean_value(42)["error"]
'not a string: the text is int'

Internal: the public faces are ``newsclean batch`` and ``newsclean.frame``. Only the standard
library and newsclean itself are imported here, so the workers of a batch stay light.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from itertools import repeat
from typing import Any, Literal

import newsclean

from .errors import InputTooLargeError, NewscleanError
from .model import Article
from .options import DEFAULT_OPTIONS, Options

#: The fields added to every row, in this order, after the row's own fields.
RESULT_FIELDS = ("body", "title", "byline", "dateline", "captions", "error")
#: The field that keeps a malformed input record (a JSON Lines line, a CSV record) as read.
RAW_FIELD = "raw"
#: The field naming the file a row came from, when a batch reads several.
SOURCE_FIELD = "source"
#: The field holding the Article as markdown, when asked for.
MARKDOWN_FIELD = "markdown"
#: Output names taken by newsclean; input fields with these names are carried renamed.
RESERVED_FIELDS = frozenset((*RESULT_FIELDS, RAW_FIELD))
#: The same, when rows also carry their ``source`` and their ``markdown``.
ALL_RESERVED_FIELDS = RESERVED_FIELDS | {SOURCE_FIELD, MARKDOWN_FIELD}
#: What an input field named like a result field is renamed with (``title`` -> ``input_title``).
INPUT_PREFIX = "input_"

# Error categories: the part of an ``error`` before the first colon.
MALFORMED_JSON = "malformed JSON"
MALFORMED_CSV = "malformed CSV"
MISSING_FIELD = "missing field"
NULL_FIELD = "null field"
NOT_A_STRING = "not a string"
TOO_LARGE = "too large"
#: A WARC or WET record cut short, failing its digest, or with a wrong Content-Length.
CORRUPT_RECORD = "corrupt record"
#: ``clean`` refused the value (``TypeError``, ``NewscleanError``, a decoding error).
REJECTED = "rejected"
#: Any other exception: a bug, reported on its row (with its type) rather than stopping a batch.
FAILED = "failed"

InputKind = Literal["text", "html"]
#: A cleaner of one value; HTML cleaners are also passed ``url=`` when the row has a URL.
Cleaner = Callable[..., Article]


class Missing:
    """The value of a field a row does not have (distinct from a field that is null)."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING = Missing()


class RowError(Exception):
    """Why one row could not be cleaned: a category (counted by the batch summary) and a detail.

    >>> str(RowError(NULL_FIELD, "field 'text' is null"))
    "null field: field 'text' is null"
    """

    def __init__(self, category: str, detail: str) -> None:
        super().__init__(category, detail)
        self.category = category
        self.detail = detail

    def __str__(self) -> str:
        return f"{self.category}: {self.detail}"


@dataclass(frozen=True, slots=True)
class CleanSettings:
    """What to clean in each row and how; picklable, so that it travels to worker processes.

    ``field`` names the row's field to clean (``None`` for a bare value); ``noun`` is what
    error messages call it (``field``, ``column``). ``kind`` is ``"text"``
    (``newsclean.clean``) or ``"html"`` (``newsclean.clean_html``).
    ``url_field`` names the field holding the page's URL, passed to the cleaner (which reads a
    date in its path) when a row has it as a string; ``fetched_field`` the field holding when
    the page was read (an ISO 8601 string or a date: see :func:`fetched_time`). ``cleaner``, when given, replaces both cleaners: a module-level
    function of one value, for benchmarks and tests. ``markdown`` adds the ``markdown`` field
    (``Article.to_markdown()``) before ``error``.
    """

    field: str | None = None
    kind: InputKind = "text"
    options: Options = DEFAULT_OPTIONS
    cleaner: Cleaner | None = None
    noun: str = "field"
    url_field: str | None = "url"
    fetched_field: str | None = None
    markdown: bool = False

    def describe_field(self) -> str:
        """How error messages name the cleaned value: ``field 'text'``, or ``the text``."""
        return f"{self.noun} {self.field!r}" if self.field is not None else f"the {self.kind}"

    @property
    def fields(self) -> tuple[str, ...]:
        """The result fields these settings add to a row, in order.

        >>> CleanSettings(markdown=True).fields[-2:]
        ('markdown', 'error')
        """
        if not self.markdown:
            return RESULT_FIELDS
        return (*RESULT_FIELDS[:-1], MARKDOWN_FIELD, RESULT_FIELDS[-1])


DEFAULT_SETTINGS = CleanSettings()


# ---------------------------------------------------------------- one value


def clean_value(
    value: object,
    settings: CleanSettings = DEFAULT_SETTINGS,
    url: object = None,
    fetched: object = None,
) -> dict[str, Any]:
    """The result fields for one row's value (:data:`MISSING` when the row has no such field);
    ``url`` is the page's URL (ignored unless it is a string), ``fetched`` when it was read
    (see :func:`fetched_time`).

    Never raises for a bad value: every failure is reported in the ``error`` field.
    """
    try:
        return article_fields(clean_checked(value, settings, url, fetched), settings)
    except RowError as error:
        return error_fields(error, settings)
    except (TypeError, NewscleanError, UnicodeError) as error:
        return error_fields(RowError(REJECTED, str(error)), settings)
    except Exception as error:  # noqa: BLE001 - one row's failure must never stop a batch
        return error_fields(RowError(FAILED, f"{type(error).__name__}: {error}"), settings)


def clean_checked(
    value: object, settings: CleanSettings, url: object = None, fetched: object = None
) -> Article:
    """Check the value (present, not null, a string, within the size limit), then clean it
    (with the page's URL and the time it was read, when given).

    Raises :class:`RowError` for a value that cannot be cleaned.
    """
    name = settings.describe_field()
    if value is MISSING:
        raise RowError(MISSING_FIELD, f"the row has no {name}")
    if value is None:
        raise RowError(NULL_FIELD, f"{name} is null")
    accepted = (str, bytes) if settings.kind == "html" else (str,)
    if not isinstance(value, accepted):
        raise RowError(NOT_A_STRING, f"{name} is {type(value).__name__}")
    limit = settings.options.max_input_chars
    if len(value) > limit:
        raise RowError(TOO_LARGE, str(InputTooLargeError(len(value), limit)))
    cleaner = cleaner_for(settings)
    facts: dict[str, Any] = {}
    # A cleaner given in the settings takes the URL only for HTML (as clean_html does).
    if isinstance(url, str) and (settings.cleaner is None or settings.kind == "html"):
        facts["url"] = url
    time = fetched_time(fetched) if settings.cleaner is None else None
    if time is not None:
        facts["fetched"] = time
    return cleaner(value, **facts)


def fetched_time(value: object) -> dt.datetime | dt.date | None:
    """When a page was read, from a ``date``, a ``datetime`` or an ISO 8601 string (a WARC
    record's ``WARC-Date``, ``2019-11-18T09:41:00Z``; a date alone is a ``date``, as
    ``newsclean clean --fetched`` reads it); None for anything else.

    >>> fetched_time("2019-11-18T09:41:00Z")
    datetime.datetime(2019, 11, 18, 9, 41, tzinfo=datetime.timezone.utc)
    >>> fetched_time("2019-11-18"), fetched_time("last week"), fetched_time(3)
    (datetime.date(2019, 11, 18), None, None)
    """
    if isinstance(value, dt.date):
        try:
            value.toordinal()
        except ValueError:  # pandas' NaT is a datetime without a date
            return None
        return value
    if not isinstance(value, str):
        return None
    for parse in (dt.date.fromisoformat, dt.datetime.fromisoformat):
        try:
            return parse(value)
        except ValueError:
            continue
    return None


def cleaner_for(settings: CleanSettings) -> Cleaner:
    """The function that cleans one value under ``settings``."""
    if settings.cleaner is not None:
        return settings.cleaner
    if settings.kind == "html":
        return functools.partial(newsclean.clean_html, options=settings.options)
    return functools.partial(newsclean.clean, options=settings.options)


def article_fields(article: Article, settings: CleanSettings = DEFAULT_SETTINGS) -> dict[str, Any]:
    """The result fields of a cleaned Article (``error`` is ``None``)."""
    as_dict = article.to_dict()
    if settings.markdown:
        as_dict[MARKDOWN_FIELD] = article.to_markdown()
    return {name: as_dict.get(name) for name in settings.fields}


def error_fields(error: RowError, settings: CleanSettings = DEFAULT_SETTINGS) -> dict[str, Any]:
    """The result fields of a row that could not be cleaned: all ``None`` but ``error``."""
    fields: dict[str, Any] = dict.fromkeys(settings.fields)
    fields["error"] = str(error)
    return fields


def error_category(message: str) -> str:
    """The category of an ``error`` message: the part before its first colon.

    >>> error_category("missing field: the row has no field 'text'")
    'missing field'
    """
    return message.partition(":")[0]


def result_columns(
    values: Iterable[object],
    settings: CleanSettings,
    urls: Iterable[object] | None = None,
    fetched: Iterable[object] | None = None,
) -> dict[str, list[Any]]:
    """The result fields of many values (and of their pages' URLs and the times they were
    read), as one list per field: columns for a data frame.

    >>> result_columns(["Rain is expected on Monday.", None], DEFAULT_SETTINGS)["error"]
    [None, 'null field: the text is null']
    """
    columns: dict[str, list[Any]] = {name: [] for name in RESULT_FIELDS}
    rows = zip(
        values,
        urls if urls is not None else repeat(None),
        fetched if fetched is not None else repeat(None),
        strict=False,
    )
    for value, url, time in rows:
        for name, item in clean_value(value, settings, url, time).items():
            columns[name].append(item)
    return columns


# ---------------------------------------------------------------- one row


def clean_row(
    row: Mapping[str, Any], settings: CleanSettings, source: str | None = None
) -> dict[str, Any]:
    """The output row: the row's own fields (see :func:`carried_names`), its ``source`` file
    when given, then the result fields of its ``settings.field``."""
    value = row.get(settings.field, MISSING) if settings.field is not None else MISSING
    url = row.get(settings.url_field) if settings.url_field is not None else None
    fetched = row.get(settings.fetched_field) if settings.fetched_field is not None else None
    reserved = reserved_fields(settings.markdown, source is not None)
    carried = carry(row, reserved)
    if source is not None:
        carried[SOURCE_FIELD] = source
    return {**carried, **clean_value(value, settings, url, fetched)}


def reserved_fields(markdown: bool, with_source: bool) -> frozenset[str]:
    """The output names an input field may not keep: the result fields and ``raw``, and
    ``source`` and ``markdown`` when the rows carry either.

    >>> sorted(reserved_fields(True, False) - reserved_fields(False, False))
    ['markdown', 'source']
    """
    if not (markdown or with_source):
        return RESERVED_FIELDS
    return ALL_RESERVED_FIELDS


def carry(row: Mapping[str, Any], reserved: frozenset[str] = RESERVED_FIELDS) -> dict[str, Any]:
    """The row's fields under their output names (a new dict, in the row's order)."""
    if reserved.isdisjoint(row):
        return dict(row)
    names = carried_names(list(row), reserved)
    return {names[name]: value for name, value in row.items()}


def carried_names(names: list[str], reserved: frozenset[str] = RESERVED_FIELDS) -> dict[str, str]:
    """Each input field's output name: its own, or ``input_<name>`` when newsclean's output
    uses that name (the result fields and ``raw``; see :func:`reserved_fields`), prefixed again
    until it is free.

    >>> carried_names(["url", "title", "input_title"])
    {'url': 'url', 'title': 'input_input_title', 'input_title': 'input_title'}
    """
    taken = set(names) | reserved
    output: dict[str, str] = {}
    for name in names:
        new_name = name
        if name in reserved:
            while new_name in taken:
                new_name = INPUT_PREFIX + new_name
            taken.add(new_name)
        output[name] = new_name
    return output
