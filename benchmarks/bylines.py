"""Bylines and dates on both development sets, from page text, region text and HTML.

Usage::

    python benchmarks/bylines.py --data DIR [--inputs region,page,html] [--pages]
                                 [--markdown FILE] [--json FILE]

``DIR`` defaults to ``$NEWSCLEAN_BENCHMARK_DIR``. Two tables:

* **readability.jsonl**, on the pages whose ``byline`` (the string Readability.js read) is not
  null: *found* is the share of pages where newsclean found at least one author; *inside* the
  share where it found one and every author it found appears inside Readability's string (both
  normalised as the harness normalises author names: accents dropped, case folded, spaces
  collapsed, ``|`` and what follows dropped, then compared as substrings). Readability's string
  is not always a person (``BBC News``, ``Contributors to Wikimedia projects``, a date):
  ``person`` counts the pages whose string holds a letter-run of two words or more that is not
  an organisation by this script's small list (:data:`NOT_PERSON_STRINGS` shows what it
  catches), so that a reader sees which misses could not have been hits.
* **dev.jsonl**: author precision, recall and F1 (the harness's rules, on the 27 pages with
  author truth) and date accuracy (on the pages with a date), as ``quality.py`` reports them.
  For text input, *date written* is the ceiling of that accuracy: the pages where a date within
  a day of the truth is written at all, in any line of the text (as newsclean's date reader,
  ``newsclean.dates.find_dates``, reads dates, a month and day without a year read in the
  truth's year; a comment's date counts too) or in the URL's path. A page that only says "1 day
  ago" has none.

With ``--pages`` every readability page is listed: Readability's string, newsclean's authors
and whether they count as inside.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIR = REPO_ROOT / "src"
if __package__ in (None, ""):  # run as a script: make `benchmarks` and `newsclean` importable
    sys.path[:0] = [str(REPO_ROOT), str(SOURCE_DIR)]

import newsclean
from benchmarks import tail  # also quiets the baselines' loggers
from benchmarks.dataset import Doc, load_dataset, resolve_data_dir
from benchmarks.scoring import date_is_right, normalize_author, score_authors, score_dates
from newsclean.dates import find_dates
from newsclean.webpage.metadata import url_date

INPUT_KINDS = ("page", "region", "html")
#: Readability strings that name no person (what no person-name extractor can be inside):
#: organisations, wiki credits, dates, buttons. Matched on the normalised string.
NOT_PERSON_STRINGS = (
    "bbc news",
    "contributors to wikimedia projects",
    "organization for transformative works",
    "follow author",
    "last updated",
    "updated",
    "mac & i",
    "creator name",
)


@dataclass(frozen=True)
class BylinePage:
    """One readability page on one input kind."""

    id: str
    reference: str
    authors: tuple[str, ...]
    found: bool
    inside: bool
    person: bool


@dataclass
class ReadabilityReport:
    """readability.jsonl on one input kind."""

    kind: str
    pages: int
    person_pages: int
    found: int
    inside: int
    inside_person: int
    listing: list[BylinePage] = field(default_factory=list)


@dataclass(frozen=True)
class DevReport:
    """dev.jsonl on one input kind: authors and dates as quality.py scores them."""

    kind: str
    author_pages: int
    precision: float
    recall: float
    f1: float
    date_pages: int
    date_correct: int
    date_accuracy: float
    #: Pages whose date is written in the input at all (text input only; None for HTML).
    date_written: int | None = None


def clean_doc(doc: Doc, kind: str) -> newsclean.Article:
    """newsclean's Article for one page from one input kind (an empty one when it raises)."""
    try:
        return tail.clean_doc(doc, kind)
    except Exception as error:  # noqa: BLE001 - counted as finding nothing
        print(f"{doc.id} ({kind}): {type(error).__name__}: {error}", file=sys.stderr)
        return newsclean.Article("")


def is_inside(authors: Sequence[str], reference: str) -> bool:
    """True when every author, normalised, occurs inside the normalised reference string.

    >>> is_inside(["José Smith"], "By JOSE SMITH and Ann Lee"), is_inside(["Ann"], "Bo Li")
    (True, False)
    >>> is_inside([], "Bo Li")
    False
    """
    wanted = " ".join(normalize_author(reference).split())
    names = [normalize_author(name) for name in authors]
    return bool(names) and all(name and name in wanted for name in names)


def names_a_person(reference: str) -> bool:
    """True unless the reference string is one of :data:`NOT_PERSON_STRINGS` (or starts with
    one) or holds no letter at all.

    >>> names_a_person("BBC News"), names_a_person("By Jane Doe")
    (False, True)
    """
    normal = normalize_author(reference)
    if not any(ch.isalpha() for ch in normal):
        return False
    return not any(normal.startswith(phrase) for phrase in NOT_PERSON_STRINGS)


def measure_readability(docs: Sequence[Doc], kind: str) -> ReadabilityReport:
    """Found and inside shares on the readability pages that carry a byline string."""
    report = ReadabilityReport(kind, 0, 0, 0, 0, 0)
    for doc in docs:
        if not doc.byline_text:
            continue
        article = clean_doc(doc, kind)
        authors = article.byline.authors if article.byline else ()
        page = BylinePage(
            doc.id,
            " ".join(doc.byline_text.split()),
            tuple(authors),
            bool(authors),
            is_inside(authors, doc.byline_text),
            names_a_person(doc.byline_text),
        )
        report.pages += 1
        report.person_pages += page.person
        report.found += page.found
        report.inside += page.inside
        report.inside_person += page.inside and page.person
        report.listing.append(page)
    return report


def measure_dev(docs: Sequence[Doc], kind: str) -> DevReport:
    """Author P/R/F1 and date accuracy on dev.jsonl from one input kind."""
    articles = {doc.id: clean_doc(doc, kind) for doc in docs}
    authors = score_authors(
        {doc.id: doc.authors for doc in docs},
        {i: (a.byline.authors if a.byline else ()) for i, a in articles.items()},
    )
    dates = score_dates(
        {doc.id: doc.date for doc in docs},
        {i: (a.dateline.published if a.dateline else None) for i, a in articles.items()},
    )
    written = None
    if kind != "html":
        written = sum(doc.date is not None and is_date_written(doc, kind) for doc in docs)
    return DevReport(
        kind,
        authors.pages,
        authors.precision,
        authors.recall,
        authors.f1,
        dates.pages,
        dates.correct,
        dates.accuracy,
        written,
    )


def is_date_written(doc: Doc, kind: str) -> bool:
    """True when a date within a day of the page's true date is written in the URL's path or
    anywhere in the text of ``kind`` (``"page"`` or ``"region"``)."""
    text = doc.region_text if kind == "region" else doc.page_text
    found = [url_date(doc.url)] if doc.url else []
    for year in (None, doc.date.year if doc.date else None):
        found += [date.value for line in text.splitlines() for date in find_dates(line, year)]
    return any(date_is_right(doc.date, value) for value in found if value is not None)


def share(part: int, whole: int) -> str:
    """``part/whole (0.xxx)``."""
    return f"{part}/{whole} ({part / whole:.3f})" if whole else "0/0"


def render(readability: Sequence[ReadabilityReport], dev: Sequence[DevReport], pages: bool) -> str:
    """Both tables, then (when ``pages``) every readability page."""
    lines = [
        "readability.jsonl, pages whose Readability byline is not null",
        "",
        "| input | pages | found | inside | person pages | inside, of person pages |",
        "|---|---|---|---|---|---|",
    ]
    for r in readability:
        lines.append(
            f"| {r.kind} | {r.pages} | {share(r.found, r.pages)} | {share(r.inside, r.pages)} "
            f"| {r.person_pages} | {share(r.inside_person, r.person_pages)} |"
        )
    lines += [
        "",
        "dev.jsonl",
        "",
        "| input | author pages | author P | author R | author F1 | date pages | date acc. | "
        + "date written |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for d in dev:
        written = "" if d.date_written is None else share(d.date_written, d.date_pages)
        lines.append(
            f"| {d.kind} | {d.author_pages} | {d.precision:.3f} | {d.recall:.3f} | {d.f1:.3f} "
            f"| {d.date_pages} | {share(d.date_correct, d.date_pages)} | {written} |"
        )
    if pages:
        for r in readability:
            lines += [
                "",
                f"### readability / {r.kind}",
                "",
                "| page | ok | Readability | newsclean |",
            ]
            lines.append("|---|---|---|---|")
            for p in r.listing:
                mark = "yes" if p.inside else ("found" if p.found else "no")
                mark += "" if p.person else " (no person)"
                names = "; ".join(p.authors)
                lines.append(f"| {p.id} | {mark} | {p.reference[:60]} | {names[:60]} |")
    return "\n".join(lines) + "\n"


def parse_list(value: str) -> list[str]:
    """A comma-separated subset of :data:`INPUT_KINDS`."""
    chosen = [part.strip() for part in value.split(",") if part.strip()]
    if not chosen or any(part not in INPUT_KINDS for part in chosen):
        raise argparse.ArgumentTypeError(f"choose from {','.join(INPUT_KINDS)}; got {value!r}")
    return chosen


def main(argv: Sequence[str] | None = None) -> int:
    """Measure and print the report; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", help="dataset directory (default: $NEWSCLEAN_BENCHMARK_DIR)")
    parser.add_argument("--inputs", type=parse_list, default=list(INPUT_KINDS))
    parser.add_argument("--pages", action="store_true", help="also list every readability page")
    parser.add_argument("--markdown", type=Path, help="also write the report to this file")
    parser.add_argument("--json", type=Path, help="also write every figure to this JSON file")
    args = parser.parse_args(argv)
    try:
        data_dir = resolve_data_dir(args.data)
    except FileNotFoundError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    readability_docs = load_dataset(data_dir, "readability")
    dev_docs = load_dataset(data_dir, "dev")
    readability = [measure_readability(readability_docs, kind) for kind in args.inputs]
    dev = [measure_dev(dev_docs, kind) for kind in args.inputs]
    print(render(readability, dev, args.pages))
    if args.markdown:
        args.markdown.write_text(render(readability, dev, True), encoding="utf-8")
    if args.json:
        payload = {"readability": [asdict(r) for r in readability], "dev": [asdict(d) for d in dev]}
        args.json.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
