"""Leave-site-out figures for newsclean's tuned constants: tune on the other sites, score the
held-back one.

Usage::

    python benchmarks/leave_site_out.py --data DIR [--workers N] [--markdown FILE]
                                        [--only NAME[,NAME...]]

``DIR`` defaults to ``$NEWSCLEAN_BENCHMARK_DIR``. Every constant in :data:`TUNABLES` is a
threshold or a weight that was set by looking at the development pages. For each one in turn
(the others at their shipped values), every page of both development sets is cleaned from each
input kind once per value of its grid, in worker processes that set the value before they
import anything else of the library. Then, for each website, the value that scores best on the
*other* websites' pages is chosen (mean page F1 over both sets and all input kinds; ties go to
the shipped value) and the website's own pages are scored with it. The report gives, per
constant and per (set, input kind), the in-sample body F1 (the shipped value, every page) beside
the leave-site-out F1 (each page cleaned with the value chosen without its website), and which
values the websites chose. A gap between the two is what tuning on these pages bought that
would not carry over to sites the constant was not tuned on.

A website is a URL's host without ``www.`` (dev.jsonl) or the page id without its number
(readability.jsonl: ``nytimes-3`` -> ``nytimes``).
"""

from __future__ import annotations

import argparse
import importlib
import os
import statistics
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIR = REPO_ROOT / "src"
if __package__ in (None, ""):  # run as a script: make `benchmarks` and `newsclean` importable
    sys.path[:0] = [str(REPO_ROOT), str(SOURCE_DIR)]

from benchmarks.dataset import DEV_SETS, Doc, load_dataset, resolve_data_dir
from benchmarks.scoring import count_shingles, harmonic_mean

MARKDOWN_TITLE = "Leave-site-out figures of the tuned constants"
MARKDOWN_COMMAND = (
    "python benchmarks/leave_site_out.py --data DIR --markdown docs/leave-site-out.md"
)
INPUT_KINDS = ("region", "page", "html")


@dataclass(frozen=True)
class Tunable:
    """A module-level constant of the library and the values tried for it (the shipped value
    first)."""

    module: str
    name: str
    grid: tuple[float, ...]

    @property
    def label(self) -> str:
        """``module.NAME`` without the package prefix."""
        return f"{self.module.removeprefix('newsclean.')}.{self.name}"


TUNABLES = (
    # The second opinion and the continuation of an article past a wall (this session's).
    Tunable("newsclean.context.continuation", "MIN_SHARED_VOCABULARY", (0.1, 0.05, 0.2)),
    Tunable("newsclean.context.continuation", "MIN_RUN_ON", (0.6, 0.4, 0.8)),
    Tunable("newsclean.context.continuation", "MIN_CHARS", (400, 200, 800)),
    Tunable("newsclean.context.continuation", "MIN_PARAGRAPHS", (3, 2, 5)),
    Tunable("newsclean.pipeline", "MIN_MAIN_TEXT_COVERAGE", (0.5, 0.3, 0.7)),
    Tunable("newsclean.context.agreement", "MIN_RUN_BLOCKS", (2, 1, 3)),
    Tunable("newsclean.context.lists", "MARKED_ITEM_WEIGHT", (0.5, 0.25, 1.0)),
    Tunable("newsclean.context.repeats", "CARD_TITLE_MIN_WORDS", (3, 2, 5)),
    # The region's weights, set by earlier sessions on dev.jsonl.
    Tunable("newsclean.context.region", "LEAD_BONUS", (400, 200, 800)),
    Tunable("newsclean.context.region", "CHROME_SCORE", (-40, -20, -80)),
    Tunable("newsclean.context.region", "FRAGMENT_SCORE", (-15, -5, -30)),
    Tunable("newsclean.context.region", "CARD_SEPARATOR_SCORE", (-100, -300, -1000)),
    Tunable("newsclean.webpage.content", "MINOR_GROUP_SHARE", (0.2, 0.1, 0.3)),
    # Lone paragraphs under a teaser's headline (a run of teaser cards is not an article).
    Tunable("newsclean.context.region", "LONE_PARAGRAPH_WEIGHT", (0.5, 0.25, 0.75, 1.0)),
    Tunable("newsclean.context.region", "NEXT_HEADLINE_REACH", (3, 1, 5)),
    Tunable("newsclean.context.region", "TEASER_HEADLINE_MIN_WORDS", (4, 3, 6)),
    # Stop 26's guards: a far group of trafilatura's text kept for its paragraphs, and the
    # paragraphs a name and an age further down may not make a dek.
    Tunable("newsclean.webpage.content", "GROUP_MIN_PARAGRAPHS", (2, 1, 3)),
    Tunable("newsclean.context.header_cluster", "DEK_MAX_PARAGRAPHS", (1, 2)),
    # Stop 29: a teaser's summary between two headlines under a list header.
    Tunable("newsclean.context.lists", "LIST_SUMMARY_MAX_WORDS", (60, 40, 100)),
)

#: (set, input kind, page id) -> (precision, recall) of one page; None when both sides are
#: empty (the page then enters neither average, as in the harness).
PageScores = dict[tuple[str, str, str], tuple[float | None, float | None]]


def page_precision_recall(truth: str, predicted: str) -> tuple[float | None, float | None]:
    """One page's precision and recall by the harness's rules (None where a side is empty)."""
    counts = count_shingles(truth, predicted)
    precision = counts.tp / (counts.tp + counts.fp) if counts.tp + counts.fp else None
    recall = counts.tp / (counts.tp + counts.fn) if counts.tp + counts.fn else None
    return precision, recall


def mean_f1(scores: Sequence[tuple[float | None, float | None]]) -> float:
    """The harness's body F1 over pages: the harmonic mean of mean precision and mean recall."""
    precisions = [p for p, _ in scores if p is not None]
    recalls = [r for _, r in scores if r is not None]
    precision = statistics.fmean(precisions) if precisions else 0.0
    recall = statistics.fmean(recalls) if recalls else 0.0
    return harmonic_mean(precision, recall)


def _set_constant(module: str, name: str, value: float) -> None:
    """Worker initializer: set one constant of the library before it cleans anything."""
    sys.path[:0] = [str(REPO_ROOT), str(SOURCE_DIR)]
    setattr(
        importlib.import_module(module),
        name,
        type(getattr(importlib.import_module(module), name))(value),
    )


def _clean_pages(job: tuple[str, str, int]) -> list[tuple[tuple[str, str, str], tuple]]:
    """Clean one page from every input kind (in a worker); its scores by key."""
    import newsclean

    data_dir, dev_set, position = job
    doc = load_dataset(data_dir, dev_set)[position]
    results = []
    for kind in INPUT_KINDS:
        try:
            if kind == "html":
                body = newsclean.clean_html(doc.html(), url=doc.url or None).body
            else:
                body = newsclean.clean(doc.region_text if kind == "region" else doc.page_text).body
        except Exception:  # noqa: BLE001 - a page that raises predicts nothing, as in the harness
            body = ""
        results.append(((dev_set, kind, doc.id), page_precision_recall(doc.body, body)))
    return results


def score_all(data_dir: Path, tunable: Tunable, value: float, workers: int) -> PageScores:
    """Every page's scores with ``tunable`` set to ``value``."""
    jobs = [
        (str(data_dir), dev_set, position)
        for dev_set in DEV_SETS
        for position in range(len(load_dataset(data_dir, dev_set)))
    ]
    scores: PageScores = {}
    with ProcessPoolExecutor(
        workers, initializer=_set_constant, initargs=(tunable.module, tunable.name, value)
    ) as pool:
        for page in pool.map(_clean_pages, jobs, chunksize=4):
            scores.update(page)
    return scores


@dataclass(frozen=True)
class Outcome:
    """One constant's in-sample and leave-site-out F1 per (set, kind), and the values chosen."""

    tunable: Tunable
    in_sample: dict[tuple[str, str], float]
    left_out: dict[tuple[str, str], float]
    best_in_sample: dict[tuple[str, str], float]
    chosen: Counter[float]


def leave_site_out(
    tunable: Tunable, by_value: dict[float, PageScores], sites: dict[tuple[str, str, str], str]
) -> Outcome:
    """Choose, for each website, the value that scores best on the others; score it on it."""
    shipped = tunable.grid[0]
    keys = list(by_value[shipped])
    all_sites = sorted(set(sites.values()))
    chosen_for: dict[str, float] = {}
    for site in all_sites:
        others = [key for key in keys if sites[key] != site]
        best_value, best = shipped, mean_f1([by_value[shipped][key] for key in others])
        for value in tunable.grid[1:]:
            f1 = mean_f1([by_value[value][key] for key in others])
            if f1 > best + 1e-12:
                best_value, best = value, f1
        chosen_for[site] = best_value
    groups: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for key in keys:
        groups[key[0], key[1]].append(key)
    return Outcome(
        tunable,
        in_sample={g: mean_f1([by_value[shipped][k] for k in ks]) for g, ks in groups.items()},
        left_out={
            g: mean_f1([by_value[chosen_for[sites[k]]][k] for k in ks]) for g, ks in groups.items()
        },
        best_in_sample={
            g: max(mean_f1([by_value[v][k] for k in ks]) for v in tunable.grid)
            for g, ks in groups.items()
        },
        chosen=Counter(chosen_for.values()),
    )


def site_index(data_dir: Path) -> dict[tuple[str, str, str], str]:
    """Every (set, kind, page id) key's website."""
    docs: list[Doc] = [doc for dev_set in DEV_SETS for doc in load_dataset(data_dir, dev_set)]
    return {(doc.dev_set, kind, doc.id): doc.site for doc in docs for kind in INPUT_KINDS}


def render(outcomes: Sequence[Outcome]) -> str:
    """The report as a Markdown table."""
    groups = [(dev_set, kind) for dev_set in DEV_SETS for kind in INPUT_KINDS]
    header = (
        "| constant (shipped, tried) | values chosen by the held-out sites | "
        + " | ".join(f"{dev_set} {kind}: shipped / left out" for dev_set, kind in groups)
        + " |"
    )
    lines = [header, "|" + "---|" * (2 + len(groups))]
    for outcome in outcomes:
        tunable = outcome.tunable
        grid = ", ".join(f"{value:g}" for value in tunable.grid[1:])
        chosen = ", ".join(f"{value:g}: {n}" for value, n in sorted(outcome.chosen.items()))
        cells = [f"{outcome.in_sample[g]:.4f} / {outcome.left_out[g]:.4f}" for g in groups]
        lines.append(
            f"| `{tunable.label}` ({tunable.grid[0]:g}; {grid}) | {chosen} | "
            + " | ".join(cells)
            + " |"
        )
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Run every tunable's grid, print and optionally write the report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", help="dataset directory (default: $NEWSCLEAN_BENCHMARK_DIR)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--markdown", type=Path, help="also write the report to this file")
    parser.add_argument("--only", help="comma-separated constant names to run (default: all)")
    args = parser.parse_args(argv)
    try:
        data_dir = resolve_data_dir(args.data)
    except FileNotFoundError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    wanted = set(args.only.split(",")) if args.only else None
    sites = site_index(data_dir)
    outcomes = []
    for tunable in TUNABLES:
        if wanted is not None and tunable.name not in wanted:
            continue
        by_value = {}
        for value in tunable.grid:
            print(f"{tunable.label} = {value:g} ...", file=sys.stderr)
            by_value[value] = score_all(data_dir, tunable, value, args.workers)
        outcomes.append(leave_site_out(tunable, by_value, sites))
    report = render(outcomes)
    print(report)
    if args.markdown:
        heading = f"# {MARKDOWN_TITLE}\n\nGenerated by `{MARKDOWN_COMMAND}`.\n\n"
        args.markdown.write_text(
            heading + __doc__.split("\n\n", 2)[2] + "\n" + report, encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
