"""The tail of the benchmark: the worst pages, the pages cleaning made worse, on both dev sets.

Usage::

    python benchmarks/tail.py --data DIR [--sets dev,readability] [--inputs region,page,html]
                              [--markdown FILE] [--json FILE] [--pages]

``DIR`` defaults to ``$NEWSCLEAN_BENCHMARK_DIR``. A mean can rise while the tail grows, so for
every development set and input kind this prints:

* newsclean's mean body F1, precision and recall (the harness's rules: per-document precision
  and recall averaged, F1 their harmonic mean), beside its *anchor* on the same pages: the text
  left uncleaned for ``region`` and ``page``, trafilatura ``extract()`` for ``html``;
* how many pages score below F1 0.8, for newsclean and for the anchor;
* how many pages cleaning made worse than the anchor, and how many by more than 0.1 of F1;
* with ``--pages`` (or in the Markdown and JSON files always), every page below 0.8 and every
  page more than 0.1 below its anchor, by id, with the removal that cost it most: the one whose
  text, put back into the body, would win back the most true shingles.

A page's F1 is the harmonic mean of its own precision and recall (0 when it predicts nothing
and has a true body). Only newsclean and trafilatura run; the dataset is read, never changed.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIR = REPO_ROOT / "src"
if __package__ in (None, ""):  # run as a script: make `benchmarks` and `newsclean` importable
    sys.path[:0] = [str(REPO_ROOT), str(SOURCE_DIR)]

import newsclean
from benchmarks.dataset import DEV_SETS, Doc, load_dataset, resolve_data_dir
from benchmarks.scoring import count_shingles, harmonic_mean, score_bodies

MARKDOWN_TITLE = "Pages in the tail, on both development sets"
MARKDOWN_COMMAND = "python benchmarks/tail.py --data DIR --markdown docs/tail.md"
INPUT_KINDS = ("region", "page", "html")
#: A page below this F1 is in the tail.
TAIL_F1 = 0.8
#: Cleaning that lowers a page's F1 by more than this against its anchor is a harmful cut.
HARM_MARGIN = 0.1
EXAMPLE_CHARS = 80

for _noisy in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_noisy).setLevel(logging.CRITICAL)


@dataclass(frozen=True)
class PageScore:
    """One page's figures on one input kind."""

    id: str
    site: str
    f1: float
    precision: float
    recall: float
    anchor_f1: float
    #: The removal that cost most: ``kind/rule``, the true shingles it holds, its first words.
    costliest: str = ""


@dataclass
class KindReport:
    """One (dev set, input kind): means, counts and the tail's pages."""

    dev_set: str
    kind: str
    anchor: str
    pages: int
    f1: float
    precision: float
    recall: float
    anchor_f1: float
    below: int
    anchor_below: int
    worse: int
    harmed: int
    raised: int
    tail: list[PageScore] = field(default_factory=list)


def page_f1(truth: str, predicted: str) -> tuple[float, float, float]:
    """(F1, precision, recall) of one page, with the harness's conventions for empty sides.

    >>> page_f1("a b c d e", "a b c d")
    (0.6666666666666666, 1.0, 0.5)
    """
    counts = count_shingles(truth, predicted)
    precision = counts.tp / (counts.tp + counts.fp) if counts.tp + counts.fp else 1.0
    recall = counts.tp / (counts.tp + counts.fn) if counts.tp + counts.fn else 1.0
    if counts.tp + counts.fp == 0 and counts.tp + counts.fn > 0:
        precision = 0.0
    return harmonic_mean(precision, recall), precision, recall


def costliest_removal(truth: str, article: newsclean.Article) -> str:
    """The removal whose text, put back into the body, wins back the most true shingles."""
    kept = count_shingles(truth, article.body).tp
    best, best_gain = "", 0
    for removal in article.removed:
        gain = count_shingles(truth, article.body + "\n\n" + removal.text).tp - kept
        if gain > best_gain:
            words = " ".join(removal.text.split())[:EXAMPLE_CHARS]
            best, best_gain = f"{removal.kind.value}/{removal.rule} ({gain}): {words}", gain
    return best


def clean_doc(doc: Doc, kind: str) -> newsclean.Article:
    """newsclean's Article for one page from one input kind, with the page's URL as a crawl's
    record carries it (a WET record's ``WARC-Target-URI``; it only ever adds a date)."""
    if kind == "html":
        return newsclean.clean_html(doc.html(), url=doc.url or None)
    text = doc.region_text if kind == "region" else doc.page_text
    return newsclean.clean(text, url=doc.url or None)


def anchor_body(doc: Doc, kind: str) -> str:
    """The anchor's body: the uncleaned text, or trafilatura ``extract()`` for HTML."""
    if kind != "html":
        return doc.region_text if kind == "region" else doc.page_text
    import trafilatura

    return trafilatura.extract(doc.html(), url=doc.url or None) or ""


def measure(
    docs: Sequence[Doc],
    kind: str,
    clean: Callable[[Doc, str], newsclean.Article] = clean_doc,
) -> KindReport:
    """Clean every page of one set from one input kind and score it beside its anchor."""
    pages, bodies, anchors, raised = [], [], [], 0
    for doc in docs:
        try:
            article = clean(doc, kind)
        except Exception as error:  # noqa: BLE001 - counted, the page predicts nothing
            print(f"{doc.id} ({kind}): {type(error).__name__}: {error}", file=sys.stderr)
            article, raised = newsclean.Article(""), raised + 1
        anchor = anchor_body(doc, kind)
        f1, precision, recall = page_f1(doc.body, article.body)
        anchor_f1 = page_f1(doc.body, anchor)[0]
        tail = f1 < TAIL_F1 or f1 < anchor_f1 - HARM_MARGIN
        costliest = costliest_removal(doc.body, article) if tail else ""
        pages.append(PageScore(doc.id, doc.site, f1, precision, recall, anchor_f1, costliest))
        bodies.append((doc.body, article.body))
        anchors.append((doc.body, anchor))
    mean, anchor_mean = score_bodies(bodies), score_bodies(anchors)
    return KindReport(
        dev_set=docs[0].dev_set if docs else "",
        kind=kind,
        anchor="trafilatura extract()" if kind == "html" else "no cleaning",
        pages=len(pages),
        f1=mean.f1,
        precision=mean.precision,
        recall=mean.recall,
        anchor_f1=anchor_mean.f1,
        below=sum(page.f1 < TAIL_F1 for page in pages),
        anchor_below=sum(page.anchor_f1 < TAIL_F1 for page in pages),
        worse=sum(page.f1 < page.anchor_f1 - 1e-9 for page in pages),
        harmed=sum(page.f1 < page.anchor_f1 - HARM_MARGIN for page in pages),
        raised=raised,
        tail=sorted(
            (p for p in pages if p.f1 < TAIL_F1 or p.f1 < p.anchor_f1 - HARM_MARGIN),
            key=lambda p: p.f1,
        ),
    )


# --- report ----------------------------------------------------------------------------------

SUMMARY_HEADER = (
    "| set | input | pages | F1 | P | R | anchor | anchor F1 | below 0.8 (anchor) "
    "| worse than anchor | worse by > 0.1 |"
)


def summary_line(report: KindReport) -> str:
    """One line of the summary table."""
    cells = [
        report.dev_set,
        report.kind,
        str(report.pages),
        f"{report.f1:.3f}",
        f"{report.precision:.3f}",
        f"{report.recall:.3f}",
        report.anchor,
        f"{report.anchor_f1:.3f}",
        f"{report.below} ({report.anchor_below})",
        str(report.worse),
        str(report.harmed),
    ]
    return "| " + " | ".join(cells) + " |"


def tail_lines(report: KindReport) -> list[str]:
    """The tail's pages of one report as a Markdown table."""
    if not report.tail:
        return [f"### {report.dev_set} / {report.kind}: no page in the tail", ""]
    return [
        f"### {report.dev_set} / {report.kind}",
        "",
        "| page | F1 | P | R | anchor F1 | costliest removal (true shingles it holds) |",
        "|---|---|---|---|---|---|",
        *(
            f"| {p.id} | {p.f1:.3f} | {p.precision:.3f} | {p.recall:.3f} | {p.anchor_f1:.3f} "
            f"| {p.costliest.replace('|', '/')} |"
            for p in report.tail
        ),
        "",
    ]


def summary_table(reports: Sequence[KindReport]) -> str:
    """The summary table alone."""
    lines = [SUMMARY_HEADER, "|" + "---|" * SUMMARY_HEADER.count(" | ") + "---|"]
    lines += [summary_line(report) for report in reports]
    return "\n".join(lines) + "\n"


def render(reports: Sequence[KindReport], pages: bool) -> str:
    """The summary table, then (when ``pages``) each report's tail."""
    lines = [summary_table(reports)]
    if pages:
        for report in reports:
            lines += tail_lines(report)
    return "\n".join(lines)


def parse_list(value: str, choices: Sequence[str]) -> list[str]:
    """A comma-separated subset of ``choices``, in the order given."""
    chosen = [part.strip() for part in value.split(",") if part.strip()]
    if not chosen or any(part not in choices for part in chosen):
        raise argparse.ArgumentTypeError(f"choose from {','.join(choices)}; got {value!r}")
    return chosen


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", help="dataset directory (default: $NEWSCLEAN_BENCHMARK_DIR)")
    parser.add_argument(
        "--sets",
        type=lambda value: parse_list(value, tuple(DEV_SETS)),
        default=list(DEV_SETS),
        help="comma-separated development sets among dev,readability (default: both)",
    )
    parser.add_argument(
        "--inputs",
        type=lambda value: parse_list(value, INPUT_KINDS),
        default=list(INPUT_KINDS),
        help="comma-separated input kinds among region,page,html (default: all)",
    )
    parser.add_argument("--pages", action="store_true", help="also print the tail's pages")
    parser.add_argument("--markdown", type=Path, help="also write the report to this file")
    parser.add_argument("--json", type=Path, help="also write every figure to this JSON file")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Measure and print the report; return the exit status."""
    args = parse_args(argv)
    try:
        data_dir = resolve_data_dir(args.data)
    except FileNotFoundError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    reports = []
    for dev_set in args.sets:
        docs = load_dataset(data_dir, dev_set)
        reports += [measure(docs, kind) for kind in args.inputs]
    print(render(reports, args.pages))
    if args.markdown:
        heading = f"# {MARKDOWN_TITLE}\n\nGenerated by `{MARKDOWN_COMMAND}`.\n\n"
        args.markdown.write_text(heading + render(reports, True), encoding="utf-8")
    if args.json:
        payload: list[dict[str, Any]] = [asdict(report) for report in reports]
        args.json.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
