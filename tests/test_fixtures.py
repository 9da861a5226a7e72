"""Every hand-checked fixture: ``fixtures/NAME.txt`` cleaned must give ``fixtures/NAME.json``.

The expected Articles were written by reading the inputs (see ``fixtures/README.md``), never by
running the library. Removals are compared by kind and text; the rule that fired is not part of
the expectation.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newsclean

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
NAMES = sorted(path.stem for path in FIXTURES.glob("*.txt"))


def expected_article(name: str) -> dict[str, Any]:
    """The expected Article of a fixture, as written in its JSON file."""
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def cleaned_article(name: str) -> dict[str, Any]:
    """The fixture's input cleaned, in the fixtures' JSON shape (removals without their rule)."""
    article = newsclean.clean((FIXTURES / f"{name}.txt").read_text(encoding="utf-8")).to_dict()
    article["removed"] = [{"kind": r["kind"], "text": r["text"]} for r in article["removed"]]
    return article


def test_there_are_enough_fixtures():
    assert len(NAMES) >= 31, NAMES
    assert "seed_reuters" in NAMES


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("field", ["title", "body", "byline", "dateline", "captions", "removed"])
def test_fixture_field(name, field):
    expected = expected_article(name)
    assert field in expected, f"{name}.json has no {field!r}"
    assert cleaned_article(name)[field] == expected[field]
