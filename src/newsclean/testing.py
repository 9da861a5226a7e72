"""Test helpers for people who keep fixtures of their own scrapers' pages.

A fixture is an input file (a scraper's text, or a page's ``.html``) and a JSON file holding the
Article it must clean to, in the shape of ``Article.to_dict()`` with each removal reduced to its
``kind`` and ``text`` (the rule that fired is an implementation detail)::

    from newsclean.testing import assert_cleans_to

    def test_my_scraper_page():
        assert_cleans_to("fixtures/page.txt", "fixtures/page.json")

:func:`assert_cleans_to` compares the fields ``title``, ``body``, ``byline``, ``dateline``,
``captions`` and ``removed`` and fails with one unified diff per field that differs.
:func:`write_expected` writes an expected file from what newsclean returns today.

The module is also a pytest plugin that adds ``--newsclean-update-expected``: with it,
``assert_cleans_to`` (re)writes each expected file instead of comparing. Use it on purpose only,
after a change you meant to make, and review the result with ``git diff`` before committing:
an expected file is a statement of what is right, not a record of what the code does. Enable the
plugin in the ``conftest.py`` at your tests' root::

    pytest_plugins = ["newsclean.testing"]

(or run ``pytest -p newsclean.testing``). newsclean does not register it for every pytest run
through an entry point: that would import the library, about 0.2 s, into every test session of
every project installed beside it, before coverage measurement starts.

pytest is imported only by the plugin hooks, which pytest itself calls.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import newsclean

from .model import Article

if TYPE_CHECKING:
    import pytest

__all__ = ["FIELDS", "assert_cleans_to", "cleaned_fields", "field_diffs", "write_expected"]

#: The fields an expected file holds, in the order they are written.
FIELDS = ("title", "body", "byline", "dateline", "captions", "removed")

#: The command-line option of the pytest plugin.
UPDATE_OPTION = "--newsclean-update-expected"

TextCleaner = Callable[[str], Article]
HtmlCleaner = Callable[[bytes], Article]


@dataclass
class _Settings:
    """What the pytest plugin switched on for this session."""

    update_expected: bool = False


_SETTINGS = _Settings()


def cleaned_fields(article: Article) -> dict[str, Any]:
    """The Article in the expected files' shape: ``to_dict()`` with removals as kind and text.

    >>> cleaned_fields(newsclean.clean("Talks resumed on Monday.\\n\\n0 : 0"))["removed"]
    [{'kind': 'share', 'text': '0 : 0'}]
    """
    fields = article.to_dict()
    fields["removed"] = [{"kind": r["kind"], "text": r["text"]} for r in fields["removed"]]
    return {name: fields[name] for name in FIELDS}


def clean_file(
    input_path: Path,
    *,
    clean: TextCleaner = newsclean.clean,
    clean_html: HtmlCleaner | None = None,
) -> Article:
    """Clean an input file: ``.html`` files as bytes with ``clean_html`` (by default
    ``newsclean.clean_html``), any other file as UTF-8 text."""
    if input_path.suffix.lower() in (".html", ".htm"):
        return (clean_html or newsclean.clean_html)(input_path.read_bytes())
    return clean(input_path.read_text(encoding="utf-8"))


def _lines(name: str, value: Any) -> list[str]:
    """A field's value as lines to diff: the body's own lines, other fields as indented JSON."""
    if name == "body" and isinstance(value, str):
        return value.splitlines(keepends=True) or [""]
    return [line + "\n" for line in json.dumps(value, indent=2, ensure_ascii=False).splitlines()]


def field_diffs(
    expected: dict[str, Any], actual: dict[str, Any], *, label: str = ""
) -> dict[str, str]:
    """A unified diff (expected, then cleaned) for each field of :data:`FIELDS` whose values
    differ, by field name. A field missing from ``expected`` differs from any value.

    >>> print(field_diffs({"title": "A"}, {"title": "B"}, label="x.json")["title"])
    --- x.json: title (expected)
    +++ x.json: title (cleaned)
    @@ -1 +1 @@
    -"A"
    +"B"
    <BLANKLINE>
    """
    diffs = {}
    for name in FIELDS:
        if name in expected and name in actual and expected[name] == actual[name]:
            continue
        where = f"{label}: {name}" if label else name
        before = _lines(name, expected[name]) if name in expected else ["(no such field)\n"]
        lines = difflib.unified_diff(
            before, _lines(name, actual.get(name)), f"{where} (expected)", f"{where} (cleaned)"
        )
        diff = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
        # Values can differ with the same text (a trailing newline): say so rather than pass.
        diffs[name] = (
            diff or f"{where}: expected {expected.get(name)!r}, cleaned {actual.get(name)!r}\n"
        )
    return diffs


def write_expected(
    input_path: str | Path,
    expected_path: str | Path,
    *,
    clean: TextCleaner = newsclean.clean,
    clean_html: HtmlCleaner | None = None,
) -> dict[str, Any]:
    """Clean ``input_path`` and write the result to ``expected_path`` as the expected Article
    (UTF-8 JSON, two-space indent); return what was written.

    Review what it wrote before you commit it: the file is meant to say what is right.
    """
    article = clean_file(Path(input_path), clean=clean, clean_html=clean_html)
    fields = cleaned_fields(article)
    text = json.dumps(fields, indent=2, ensure_ascii=False) + "\n"
    Path(expected_path).write_text(text, encoding="utf-8")
    return fields


def assert_cleans_to(
    input_path: str | Path,
    expected_path: str | Path,
    *,
    clean: TextCleaner = newsclean.clean,
    clean_html: HtmlCleaner | None = None,
    update: bool | None = None,
) -> None:
    """Clean ``input_path`` and compare the Article with the JSON in ``expected_path``.

    Raises AssertionError with a unified diff per differing field. With ``update`` (by default:
    when pytest runs with ``--newsclean-update-expected``) the expected file is (re)written
    instead, and nothing is compared.
    """
    if _SETTINGS.update_expected if update is None else update:
        write_expected(input_path, expected_path, clean=clean, clean_html=clean_html)
        return
    article = clean_file(Path(input_path), clean=clean, clean_html=clean_html)
    if not Path(expected_path).exists():
        raise AssertionError(
            f"{expected_path} does not exist: write it with write_expected() or pytest "
            f"{UPDATE_OPTION}, then check every field by hand"
        )
    expected = json.loads(Path(expected_path).read_text(encoding="utf-8"))
    diffs = field_diffs(expected, cleaned_fields(article), label=str(expected_path))
    if diffs:
        message = f"{input_path} does not clean to {expected_path} ({', '.join(diffs)} differ):\n"
        raise AssertionError(message + "\n".join(diffs.values()))


# --- the pytest plugin ------------------------------------------------------------------------


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add ``--newsclean-update-expected`` to pytest's command line."""
    parser.getgroup("newsclean").addoption(
        UPDATE_OPTION,
        action="store_true",
        default=False,
        help="make newsclean.testing.assert_cleans_to (re)write each expected JSON file instead "
        "of comparing; on purpose only: review the changes with git diff",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Switch update mode on when the option is given."""
    _SETTINGS.update_expected = bool(config.getoption(UPDATE_OPTION))


def pytest_unconfigure(config: pytest.Config) -> None:
    """Switch update mode off again at the end of the session."""
    _SETTINGS.update_expected = False


def pytest_report_header(config: pytest.Config) -> str | None:
    """Say so in the session header when expected files are being rewritten."""
    if _SETTINGS.update_expected:
        return "newsclean: rewriting expected files (--newsclean-update-expected)"
    return None
