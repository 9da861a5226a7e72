"""Loading the benchmark dataset (``dev.jsonl`` plus ``dev-html/ID.html.gz``).

The dataset lives outside the repository; its directory is given by ``--data DIR`` or by the
environment variable ``NEWSCLEAN_BENCHMARK_DIR`` (see :func:`resolve_data_dir`).
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
from dataclasses import dataclass
from pathlib import Path

from benchmarks.scoring import parse_truth_date

DATA_DIR_ENV = "NEWSCLEAN_BENCHMARK_DIR"
ROWS_FILE = "dev.jsonl"
HTML_DIR = "dev-html"


@dataclass(frozen=True)
class Doc:
    """One benchmark page: its inputs and its truth."""

    id: str
    url: str
    body: str
    authors: tuple[str, ...]
    date: dt.date | None
    page_text: str
    region_text: str
    html_path: Path

    def html(self) -> str:
        """Read the page's HTML (decoded as UTF-8, undecodable bytes replaced)."""
        return gzip.decompress(self.html_path.read_bytes()).decode("utf-8", errors="replace")


def resolve_data_dir(option: str | None) -> Path:
    """Return the dataset directory from the option, else from ``NEWSCLEAN_BENCHMARK_DIR``.

    Raises ``FileNotFoundError`` when neither is given or the directory has no ``dev.jsonl``.
    """
    chosen = option or os.environ.get(DATA_DIR_ENV)
    if not chosen:
        raise FileNotFoundError(f"no dataset directory: pass --data DIR or set {DATA_DIR_ENV}")
    data_dir = Path(chosen).expanduser().resolve()
    if not (data_dir / ROWS_FILE).is_file():
        raise FileNotFoundError(f"{data_dir} has no {ROWS_FILE}")
    return data_dir


def _doc_from_row(row: dict, data_dir: Path) -> Doc:
    """Build a :class:`Doc` from one ``dev.jsonl`` row."""
    return Doc(
        id=row["id"],
        url=row["url"],
        body=row["body"],
        authors=tuple(row.get("authors") or ()),
        date=parse_truth_date(row.get("date")),
        page_text=row["page_text"],
        region_text=row["region_text"],
        html_path=data_dir / HTML_DIR / f"{row['id']}.html.gz",
    )


def load_dataset(data_dir: Path | str) -> list[Doc]:
    """Load every page of ``data_dir/dev.jsonl``, in file order."""
    data_dir = Path(data_dir)
    with open(data_dir / ROWS_FILE, encoding="utf-8") as rows:
        return [_doc_from_row(json.loads(line), data_dir) for line in rows if line.strip()]
