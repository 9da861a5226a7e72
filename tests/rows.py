"""Rows to clean in the batch, frame and Dask tests: the repository's fixture pages and seed.

Each row has an ``id`` (its position), the page's ``source`` file name and its ``text``;
:func:`expected_fields` is what cleaning that text must add to it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import newsclean
from newsclean.results import RESULT_FIELDS

REPO_ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted((REPO_ROOT / "fixtures").glob("*.txt")) + sorted((REPO_ROOT / "seeds").glob("*.txt"))


def page_rows(count: int | None = None) -> list[dict[str, Any]]:
    """``count`` rows (default: one per page), cycling through the pages."""
    count = len(PAGES) if count is None else count
    return [
        {"id": index, "source": PAGES[index % len(PAGES)].name, "text": page_text(index)}
        for index in range(count)
    ]


def page_text(index: int) -> str:
    """The text of the page a row with this ``id`` holds."""
    return PAGES[index % len(PAGES)].read_text(encoding="utf-8")


def expected_fields(text: str) -> dict[str, Any]:
    """The result fields ``newsclean.clean(text)`` gives, as JSON-ready values."""
    article = newsclean.clean(text).to_dict()
    return {name: article.get(name) for name in RESULT_FIELDS}


def write_jsonl(path: Path, rows: list[Any]) -> Path:
    """Write rows (dicts as JSON objects, str as raw lines) as JSON Lines; return the path."""
    lines = [row if isinstance(row, str) else json.dumps(row, ensure_ascii=False) for row in rows]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Every row of a JSON Lines file."""
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]
