"""newsclean for data frames, and so for clusters: one function per batch of rows.

:func:`clean_frame` takes a pandas DataFrame and returns a new one with the result columns
added, the same as ``newsclean batch`` adds to each row: ``body``, ``title``, ``byline`` (a
dict or ``None``), ``dateline`` (a dict, ``published`` as an ISO 8601 string, or ``None``),
``captions`` (a list) and ``error`` (``None``, or why that row could not be cleaned). It is the
unit for every engine (Dask ``map_partitions``, Spark ``mapInPandas``, Ray Data
``map_batches``); :func:`clean_batch` does the same for a dict of columns (Hugging Face
``datasets.map(batched=True)``). Recipes: ``docs/recipes.md``.

>>> import pandas as pd
>>> frame = pd.DataFrame({"id": [1, 2], "text": ["By Ann Lee\\n\\nThe bridge reopened on Monday.", None]})
>>> cleaned = clean_frame(frame)
>>> cleaned[["id", "body", "error"]].values.tolist()
[[1, 'The bridge reopened on Monday.', None], [2, None, "null field: column 'text' is null"]]
>>> cleaned.loc[0, "byline"]["authors"]
['Ann Lee']

Input columns named like a result column (``title``, ...) or ``raw`` are kept renamed
``input_<name>``. pandas is needed for :func:`clean_frame` (``pip install 'newsclean[batch]'``),
not for :func:`clean_batch`; ``import newsclean`` imports neither.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .options import DEFAULT_OPTIONS, Options
from .results import MISSING, CleanSettings, carried_names, result_columns

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["clean_batch", "clean_frame"]


def clean_frame(
    df: pd.DataFrame,
    text_column: str = "text",
    html_column: str | None = None,
    *,
    url_column: str | None = "url",
    fetched_column: str | None = None,
    options: Options = DEFAULT_OPTIONS,
) -> pd.DataFrame:
    """A copy of ``df`` with the result columns added (``df`` itself is left as it is).

    Cleans ``text_column`` as text, or ``html_column`` as HTML when it is given (with
    ``newsclean.clean_html``). Either cleaner is given the page's URL from ``url_column`` and
    the time it was read from ``fetched_column`` (a date, a timestamp or an ISO 8601 string)
    when the frame has them: they date a page whose text gives no date. A missing column, a
    null (``None``, NaN) or a value that is not a string gives that row an error. The result
    columns have the ``object`` dtype, so ``None`` stays ``None``.
    """
    import pandas as pd

    settings = column_settings(text_column, html_column, options)
    values = [none_for_null(value, pd) for value in column_values(df, settings.field)]
    urls = column_values(df, url_column) if url_column is not None else None
    fetched = column_values(df, fetched_column) if fetched_column is not None else None
    cleaned = df.rename(columns=carried_names(list(df.columns)))
    for name, results in result_columns(values, settings, urls, fetched).items():
        cleaned[name] = pd.Series(results, index=df.index, dtype=object)
    return cleaned


def column_values(df: pd.DataFrame, column: str | None) -> list[Any]:
    """The values of ``df[column]`` as a list; :data:`MISSING` for each row when there is no
    such column."""
    if column is None or column not in df.columns:
        return [MISSING] * len(df)
    return df[column].tolist()


def clean_batch(
    batch: Mapping[str, Sequence[Any]],
    text_column: str = "text",
    html_column: str | None = None,
    *,
    url_column: str | None = "url",
    fetched_column: str | None = None,
    options: Options = DEFAULT_OPTIONS,
) -> dict[str, list[Any]]:
    """:func:`clean_frame` for a dict of columns (lists of equal length): the columns, renamed
    where they would clash, and the result columns.

    >>> clean_batch({"text": ["Rain is expected on Monday."], "title": ["Weather"]})["input_title"]
    ['Weather']
    """
    settings = column_settings(text_column, html_column, options)
    rows = len(next(iter(batch.values()), ()))
    missing = [MISSING] * rows
    values = batch.get(settings.field, missing) if settings.field is not None else missing
    urls = batch.get(url_column) if url_column is not None else None
    fetched = batch.get(fetched_column) if fetched_column is not None else None
    names = carried_names(list(batch))
    carried = {names[name]: list(column) for name, column in batch.items()}
    return carried | result_columns(values, settings, urls, fetched)


def column_settings(text_column: str, html_column: str | None, options: Options) -> CleanSettings:
    """What to clean: ``html_column`` as HTML when given, else ``text_column`` as text."""
    if html_column is not None:
        return CleanSettings(field=html_column, kind="html", options=options, noun="column")
    return CleanSettings(field=text_column, kind="text", options=options, noun="column")


def none_for_null(value: Any, pd: Any) -> Any:
    """``None`` for pandas' nulls (NaN, ``pd.NA``, ``NaT``), else the value itself."""
    if value is MISSING or isinstance(value, str) or not pd.api.types.is_scalar(value):
        return value
    return None if pd.isna(value) else value
