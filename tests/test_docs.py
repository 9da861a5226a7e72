"""The documentation's generated rule catalogue (``docs/gen_rules.py``) covers every rule.

Needs the ``docs`` extra (griffe, through the docstring converter); skipped without it. The
whole site is built by ``mkdocs build --strict`` in CI.
"""

from __future__ import annotations

import pkgutil
import sys
from pathlib import Path

import pytest

import newsclean
import newsclean.context
from newsclean import rules

pytest.importorskip("griffe")

DOCS = Path(__file__).resolve().parents[1] / "docs"
sys.path.insert(0, str(DOCS))

import gen_rules


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return gen_rules.catalogue()


def test_every_family_has_a_page_listed_in_the_index(pages: dict[str, str]):
    for family in rules.FAMILIES:
        page = family.__name__.rsplit(".", 1)[1] + ".md"
        assert page in pages
        assert f"]({page})" in pages["index.md"]


def test_every_rule_and_phrase_table_is_catalogued(pages: dict[str, str]):
    text = "\n".join(pages.values())
    for family in rules.FAMILIES:
        for rule in family.RULES:
            assert f"### {rule.name}\n" in text
            assert rule.pattern in text
        for table in family.PHRASES:
            assert f"### {table.name}\n" in text
            assert all(f"`{phrase}`" in text for phrase in table.phrases)


def test_field_families_show_their_patterns(pages: dict[str, str]):
    assert "::: newsclean.byline" in pages["bylines.md"]
    assert "### `_BY_LINE`" in pages["bylines.md"]
    assert "A byline line that starts with" in pages["bylines.md"]  # its #: comment


def test_every_context_module_is_documented(pages: dict[str, str]):
    for module in pkgutil.iter_modules(newsclean.context.__path__):
        assert f"::: newsclean.context.{module.name}" in pages["context.md"]


def test_the_navigation_lists_every_page_but_the_index(pages: dict[str, str]):
    listed = [path for entry in gen_rules.navigation() for path in entry.values()]
    assert sorted(listed) == sorted(f"rules/{page}" for page in pages if page != "index.md")


def test_the_api_reference_lists_every_public_name():
    listed = (DOCS / "api.md").read_text(encoding="utf-8")
    for name in newsclean.__all__:
        if name != "__version__":
            assert f"        - {name}\n" in listed, name
