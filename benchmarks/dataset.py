"""Loading the benchmark datasets: ``dev.jsonl`` plus ``dev-html/ID.html.gz``, and Mozilla
Readability's test pages, ``readability.jsonl`` plus ``readability-html/ID.html.gz``.

The dataset lives outside the repository; its directory is given by ``--data DIR`` or by the
environment variable ``NEWSCLEAN_BENCHMARK_DIR`` (see :func:`resolve_data_dir`). Both sets load
into the same :class:`Doc`; fields a set does not carry are empty (``readability.jsonl`` has no
URL and no author list, only Readability's byline string; ``dev.jsonl`` has no byline string).
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from benchmarks.scoring import parse_truth_date

DATA_DIR_ENV = "NEWSCLEAN_BENCHMARK_DIR"
_NUMBERED_ID = re.compile(r"-\d+$")
ROWS_FILE = "dev.jsonl"
HTML_DIR = "dev-html"
#: The development sets by name: their rows file and their HTML directory.
DEV_SETS: dict[str, tuple[str, str]] = {
    "dev": (ROWS_FILE, HTML_DIR),
    "readability": ("readability.jsonl", "readability-html"),
}


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
    #: The set the page comes from (a key of :data:`DEV_SETS`).
    dev_set: str = "dev"
    #: Readability's byline string (readability.jsonl only), or None.
    byline_text: str | None = None
    #: The page's title where the set gives one (readability.jsonl), or None.
    title: str | None = None

    @property
    def site(self) -> str:
        """The page's website: the URL's host without ``www.``; for a page without a URL
        (readability.jsonl), its id without a trailing ``-N`` (``nytimes-3`` -> ``nytimes``).

        >>> Doc("nytimes-3", "", "", (), None, "", "", Path("x")).site
        'nytimes'
        >>> Doc("a", "https://www.cnn.com/x", "", (), None, "", "", Path("x")).site
        'cnn.com'
        """
        if self.url:
            host = urlsplit(self.url).hostname or self.url
            return host.removeprefix("www.")
        return _NUMBERED_ID.sub("", self.id)

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


def _doc_from_row(row: dict, data_dir: Path, dev_set: str = "dev") -> Doc:
    """Build a :class:`Doc` from one row of ``dev.jsonl`` or ``readability.jsonl``."""
    published = row.get("date") or (row.get("published") or "")[:10] or None
    return Doc(
        id=row["id"],
        url=row.get("url") or "",
        body=row["body"],
        authors=tuple(row.get("authors") or ()),
        date=parse_truth_date(published),
        page_text=row["page_text"],
        region_text=row["region_text"],
        html_path=data_dir / DEV_SETS[dev_set][1] / f"{row['id']}.html.gz",
        dev_set=dev_set,
        byline_text=row.get("byline"),
        title=row.get("title"),
    )


def load_dataset(data_dir: Path | str, dev_set: str = "dev") -> list[Doc]:
    """Load every page of one development set (``dev`` or ``readability``), in file order.

    Raises ``FileNotFoundError`` when the set's rows file is not in ``data_dir``.
    """
    data_dir = Path(data_dir)
    rows_file = data_dir / DEV_SETS[dev_set][0]
    with open(rows_file, encoding="utf-8") as rows:
        return [_doc_from_row(json.loads(line), data_dir, dev_set) for line in rows if line.strip()]
