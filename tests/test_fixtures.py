"""Every hand-checked fixture: ``fixtures/NAME.txt`` (or ``.html``) cleaned must give
``fixtures/NAME.json``.

The expected Articles were written by reading the inputs (see ``fixtures/README.md``), never by
running the library. ``newsclean.testing.assert_cleans_to`` compares them field by field; removals
by kind and text, since the rule that fired is not part of the expectation.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean.testing import assert_cleans_to

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
INPUTS = sorted(path for path in FIXTURES.iterdir() if path.suffix in (".txt", ".html"))
NAMES = [path.stem for path in INPUTS]


def test_there_are_enough_fixtures():
    assert len(NAMES) >= 31, NAMES
    assert "seed_reuters" in NAMES


@pytest.mark.parametrize("input_path", INPUTS, ids=NAMES)
def test_fixture(input_path: Path):
    assert_cleans_to(input_path, input_path.with_suffix(".json"))
