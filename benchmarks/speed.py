"""newsclean's speed as a ratio to anchors timed in the same process, interleaved.

Usage::

    python benchmarks/speed.py --data DIR [--repeat 7] [--src DIR]

``--src`` imports newsclean from another checkout's ``src/`` (default: this one), so two
versions can be compared run after run (``--src /path/to/old/src``), each against its own
anchors. Each round times, back to back over the same inputs: the C4-style line filter and
``newsclean.clean`` on region text, the same on page text, trafilatura ``extract()`` and
``newsclean.clean_html`` on the HTML of the dev pages; newsclean's memo of short blocks is
cleared before each of its passes. The medians over the rounds are printed, with the ratios
newsclean / anchor. Interleaving keeps a machine's drift (other work on a shared machine) from
landing on one side of a ratio only.

Each round also times the part of ``clean_html`` that is trafilatura's: the page parsed and
trafilatura's precision extraction run on it, as ``clean_html`` runs them
(``webpage.content.main_text_lines``). ``extract()``'s time over that is the HTML speed ratio
``clean_html`` would reach if all of newsclean's own work took no time: the ceiling of the
ratio while trafilatura's extraction stays inside it.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]


def timed(function: Callable[[str], object], inputs: Sequence[str]) -> float:
    """Seconds one pass of ``function`` over ``inputs`` takes."""
    start = time.perf_counter()
    for item in inputs:
        function(item)
    return time.perf_counter() - start


def main(argv: Sequence[str] | None = None) -> int:
    """Time the rounds and print the medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", help="dataset directory (default: $NEWSCLEAN_BENCHMARK_DIR)")
    parser.add_argument("--repeat", type=int, default=7, help="rounds (default 7)")
    parser.add_argument("--src", type=Path, default=REPO_ROOT / "src")
    args = parser.parse_args(argv)
    sys.path[:0] = [str(args.src.resolve()), str(REPO_ROOT)]
    from benchmarks.dataset import load_dataset, resolve_data_dir
    from benchmarks.systems import c4_line_filter

    for noisy in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(noisy).setLevel(logging.CRITICAL)
    import trafilatura

    newsclean = importlib.import_module("newsclean")
    labeling = importlib.import_module("newsclean.labeling")
    content = importlib.import_module("newsclean.webpage.content")
    parse = importlib.import_module("newsclean.webpage.parse")
    docs = load_dataset(resolve_data_dir(args.data))
    region = [doc.region_text for doc in docs]
    page = [doc.page_text for doc in docs]
    html = [doc.html() for doc in docs]

    pairs = {
        "region": (lambda t: c4_line_filter(t, ""), newsclean.clean, region),
        "page": (lambda t: c4_line_filter(t, ""), newsclean.clean, page),
        "html": (lambda h: trafilatura.extract(h), newsclean.clean_html, html),
    }
    seconds: dict[str, tuple[list[float], list[float]]] = {kind: ([], []) for kind in pairs}
    inside: list[float] = []
    for _ in range(args.repeat):
        for kind, (anchor, library, inputs) in pairs.items():
            seconds[kind][0].append(timed(anchor, inputs))
            labeling.clear_memo()
            seconds[kind][1].append(timed(library, inputs))
        inside.append(timed(lambda h: content.main_text_lines(parse.parse_html(h), None), html))
    print(f"newsclean from {newsclean.__file__}; {args.repeat} rounds, medians")
    print("| input | anchor | anchor s | newsclean s | newsclean ÷ anchor (speed) |")
    print("|---|---|---|---|---|")
    for kind, (anchor_s, library_s) in seconds.items():
        name = "trafilatura extract()" if kind == "html" else "C4-style line filter"
        a, n = statistics.median(anchor_s), statistics.median(library_s)
        print(f"| {kind} | {name} | {a:.3f} | {n:.3f} | {a / n:.4f} |")
    extract_s, inside_s = statistics.median(seconds["html"][0]), statistics.median(inside)
    print(
        f"\nhtml: trafilatura's part of clean_html (parse + precision extraction) {inside_s:.3f} s,"
        f" {inside_s / statistics.median(seconds['html'][1]):.0%} of clean_html; ceiling of the"
        f" html ratio with newsclean's own work at no cost: {extract_s / inside_s:.4f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
