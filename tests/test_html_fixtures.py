"""Every hand-checked HTML fixture: ``fixtures/html/NAME.html`` cleaned with ``clean_html`` must
give the fields written in ``fixtures/html/NAME.json``.

The expected fields were written by reading each page as a careful human would (see
``fixtures/html/README.md``), never by running the library. Where the library still disagrees,
the test is an ``xfail(strict=True)`` whose reason says what the library does wrong; the same
list is in the README under "Known failures".

An expected file holds ``title``, ``body``, ``authors``, ``published`` and ``captions``, and
optionally ``editors``, ``byline`` (whether there is a byline at all), ``place`` and ``source``
(the dateline's); only the fields it holds are compared.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newsclean

HTML_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "html"
INPUTS = sorted(HTML_FIXTURES.glob("*.html"))
NAMES = [path.stem for path in INPUTS]
REQUIRED = ("title", "body", "authors", "published", "captions")
OPTIONAL = ("editors", "byline", "place", "source")

#: Fixtures the library does not clean as expected yet, with what it does wrong.
KNOWN_FAILURES: dict[str, str] = {}


def _params() -> list[Any]:
    params = []
    for path in INPUTS:
        reason = KNOWN_FAILURES.get(path.stem)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(path, id=path.stem, marks=marks))
    return params


def cleaned(article: newsclean.Article) -> dict[str, Any]:
    """The Article in the expected files' shape."""
    byline, dateline = article.byline, article.dateline
    published = dateline.published if dateline is not None else None
    return {
        "title": article.title,
        "body": article.body,
        "authors": list(byline.authors) if byline is not None else [],
        "editors": list(byline.editors) if byline is not None else [],
        "byline": byline is not None,
        "published": published.isoformat() if published is not None else None,
        "place": dateline.place if dateline is not None else None,
        "source": dateline.source if dateline is not None else None,
        "captions": list(article.captions),
    }


def test_there_are_enough_html_fixtures():
    assert len(NAMES) >= 12, NAMES


def test_every_fixture_has_its_expected_fields():
    for path in INPUTS:
        expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        assert set(REQUIRED) <= set(expected) <= set(REQUIRED + OPTIONAL), path.name


def test_known_failures_name_real_fixtures():
    assert set(KNOWN_FAILURES) <= set(NAMES)


@pytest.mark.parametrize("name", ["kettle_windows1252", "hokkaido_shift_jis"])
def test_legacy_encoding_fixtures_are_not_utf8(name: str):
    """These two are there to exercise decoding: their bytes must not pass as UTF-8."""
    with pytest.raises(UnicodeDecodeError):
        (HTML_FIXTURES / f"{name}.html").read_bytes().decode("utf-8")


@pytest.mark.parametrize("input_path", _params())
def test_html_fixture(input_path: Path):
    expected = json.loads(input_path.with_suffix(".json").read_text(encoding="utf-8"))
    actual = cleaned(newsclean.clean_html(input_path.read_bytes()))
    mismatches = {
        field: {"expected": expected[field], "cleaned": actual[field]}
        for field in expected
        if expected[field] != actual[field]
    }
    if "body" in mismatches:
        mismatches["body"] = _body_diff(expected["body"], actual["body"])
    assert not mismatches, json.dumps(mismatches, indent=2, ensure_ascii=False)


def _body_diff(expected: str, actual: str) -> list[str]:
    """The paragraphs that differ, as a unified diff (expected, then cleaned)."""
    import difflib

    return list(
        difflib.unified_diff(
            expected.split("\n\n"), actual.split("\n\n"), "expected", "cleaned", lineterm="", n=0
        )
    )
