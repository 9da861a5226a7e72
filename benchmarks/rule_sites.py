"""On how many of the development set's websites does each rule fire? A check for overfitting.

Usage::

    python benchmarks/rule_sites.py --data DIR [--inputs region,page,html] [--markdown FILE]

``DIR`` defaults to ``$NEWSCLEAN_BENCHMARK_DIR``. Every page of the dataset is cleaned from each
input kind, and every removal is traced to what removed it: the rule (its name, as
``Removal.rule`` gives it) and, for the whole-block phrase tables, the phrase itself (a removal
joins consecutive blocks, so each of its lines is looked up in the table). A website is a URL's
host name without ``www.``.

A rule or phrase that fires on the pages of one website only is not wrong in itself (the
development set has 58 websites; a rule written for a common form may meet it once here), but it
is where overfitting would show: the held-out half of the benchmark comes from other websites.
The report lists how many rules fire on one, two to four, and five or more websites, and every
one-website rule and phrase with the text it removed, for a person to judge.

``--leave-site-out`` also estimates what those rules are worth on websites they were not written
for: each page is cleaned again with the rule tables' rows and phrases that fire on its own
website only taken out (as if no page of that website had been seen), and body F1 is scored
both ways. Only the tables can be ablated so: one-website firings of code (bylines, captions,
context heuristics) stay in, and are listed in the report.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import types
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

REPO_ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIR = REPO_ROOT / "src"
if __package__ in (None, ""):  # run as a script: make `benchmarks` and `newsclean` importable
    sys.path[:0] = [str(REPO_ROOT), str(SOURCE_DIR)]

import newsclean
from benchmarks.dataset import Doc, load_dataset, resolve_data_dir
from benchmarks.scoring import BodyScore, score_bodies
from newsclean import labeling, rules
from newsclean.rules import phrase_key, tables_without

INPUT_KINDS = ("region", "page", "html")
#: How much of a removed text the report shows.
EXAMPLE_CHARS = 70


def site_of(url: str) -> str:
    """The website of a URL: its host name without ``www.``.

    >>> site_of("https://www.cnn.com/2019/11/18/politics/index.html")
    'cnn.com'
    """
    host = urlsplit(url).hostname or url
    return host.removeprefix("www.")


def clean_input(doc: Doc, kind: str) -> newsclean.Article:
    """The Article of one page from one input kind."""
    if kind == "html":
        return newsclean.clean_html(doc.html(), url=doc.url)
    return newsclean.clean(doc.region_text if kind == "region" else doc.page_text)


def triggers(removal: newsclean.Removal) -> Iterable[tuple[str, str]]:
    """What fired for a removal: ``(rule, phrase)`` once per line that a phrase table matched,
    else ``(rule, "")`` once."""
    phrases = tables_without(frozenset()).phrase_index
    matched = False
    for line in removal.text.split("\n"):
        label = phrases.get(phrase_key(line))
        if label is not None and label.rule == removal.rule:
            matched = True
            yield removal.rule, phrase_key(line)
    if not matched:
        yield removal.rule, ""


@dataclass
class Firing:
    """Where one rule (or one phrase of a table) fired."""

    sites: set[str] = field(default_factory=set)
    pages: set[str] = field(default_factory=set)
    example: str = ""


def collect(docs: Sequence[Doc], kinds: Sequence[str]) -> dict[tuple[str, str], Firing]:
    """Every (rule, phrase) that fired on any page and input kind, with its sites and pages."""
    firings: dict[tuple[str, str], Firing] = defaultdict(Firing)
    for doc in docs:
        site = site_of(doc.url)
        for kind in kinds:
            for removal in clean_input(doc, kind).removed:
                for key in triggers(removal):
                    firing = firings[key]
                    firing.sites.add(site)
                    firing.pages.add(doc.id)
                    firing.example = firing.example or removal.text.split("\n")[0]
    return dict(firings)


def spread_row(label: str, firings: dict[tuple[str, str], Firing], low: int, high: int) -> str:
    """One line of the summary: how many rules and phrases fire on ``low`` to ``high`` sites."""
    rules = sum(
        1 for (_, phrase), f in firings.items() if not phrase and low <= len(f.sites) <= high
    )
    phrases = sum(1 for (_, phrase), f in firings.items() if phrase and low <= len(f.sites) <= high)
    return f"| {label} | {rules} | {phrases} |"


def report(docs: Sequence[Doc], kinds: Sequence[str]) -> str:
    """The Markdown report."""
    firings = collect(docs, kinds)
    sites = {site_of(doc.url) for doc in docs}
    lines = [
        "# Where each rule fires on the development set",
        "",
        (
            f"{len(docs)} pages from {len(sites)} websites; inputs: {', '.join(kinds)}; "
            f"newsclean {newsclean.__version__}."
        ),
        "",
        (
            "Made by `python benchmarks/rule_sites.py --leave-site-out --markdown docs/rule-sites.md`: every page is "
            "cleaned from each input kind and every removal traced to its rule and, for the phrase "
            "tables, to the phrase. A rule or phrase that fires on one website only is not wrong in "
            "itself (a rule written for a common form may meet it once among 58 websites), but it is "
            "where a rule written for one site would show: the benchmark's held-out half comes from "
            "other websites. Each is listed below with what it removed, for a person to judge."
        ),
        "",
        "| websites | rules | phrases of phrase tables |",
        "|---|---|---|",
        spread_row("1", firings, 1, 1),
        spread_row("2 to 4", firings, 2, 4),
        spread_row("5 or more", firings, 5, len(sites)),
        "",
        "## Rules and phrases that fire on one website only",
        "",
        "| rule | phrase | website | pages | example of what it removed |",
        "|---|---|---|---|---|",
    ]
    for (rule, phrase), firing in sorted(firings.items()):
        if len(firing.sites) == 1:
            example = firing.example[:EXAMPLE_CHARS].replace("|", "\\|")
            lines.append(
                f"| {rule} | {phrase} | {next(iter(firing.sites))} | {len(firing.pages)} "
                f"| {example} |"
            )
    return "\n".join(lines) + "\n"


Key = tuple[str, str]


def one_site_keys(firings: dict[Key, Firing]) -> dict[str, set[Key]]:
    """For each website, the rules and phrases that fire on its pages and no other website's."""
    by_site: dict[str, set[Key]] = defaultdict(set)
    for key, firing in firings.items():
        if len(firing.sites) == 1:
            by_site[next(iter(firing.sites))].add(key)
    return by_site


def family_without(family: types.ModuleType, dropped: set[Key]) -> types.SimpleNamespace:
    """A rule family with the table rows (``(rule, "")``) and phrases (``(table, phrase)``) in
    ``dropped`` taken out."""
    kept_rules = tuple(rule for rule in family.RULES if (rule.name, "") not in dropped)
    kept_phrases = tuple(
        dataclasses.replace(
            table,
            phrases=frozenset(
                text for text in table.phrases if (table.name, phrase_key(text)) not in dropped
            ),
        )
        for table in getattr(family, "PHRASES", ())
    )
    return types.SimpleNamespace(RULES=kept_rules, PHRASES=kept_phrases)


@contextmanager
def tables_dropping(dropped: set[Key]) -> Iterator[None]:
    """Clean with rule tables that lack the ``dropped`` rows and phrases, for the duration."""
    ablated = rules._compile(tuple(family_without(f, dropped) for f in rules.FAMILIES))
    original = labeling.tables_without
    labeling.tables_without = lambda disabled: ablated  # type: ignore[assignment]
    labeling.clear_memo()
    try:
        yield
    finally:
        labeling.tables_without = original
        labeling.clear_memo()


def leave_site_out(docs: Sequence[Doc], kinds: Sequence[str]) -> list[str]:
    """Markdown lines: body scores per input kind with every table rule, and with the rows and
    phrases that fire on the page's own website only taken out."""
    dropped_by_site = one_site_keys(collect(docs, kinds))
    lines = [
        "## Leave-site-out: without the rules seen on one website",
        "",
        (
            "Each page cleaned again with the table rows and phrases that fire on its own "
            "website only taken out (as if that website had not been seen when the tables were "
            "written)."
        ),
        "",
        "| input | with every rule: F1 / P / R | without its website's own: F1 / P / R |",
        "|---|---|---|",
    ]
    for kind in kinds:
        truths = [doc.body for doc in docs]
        full = score_bodies(zip(truths, (clean_input(doc, kind).body for doc in docs)))
        ablated_bodies = []
        for doc in docs:
            with tables_dropping(dropped_by_site.get(site_of(doc.url), set())):
                ablated_bodies.append(clean_input(doc, kind).body)
        ablated = score_bodies(zip(truths, ablated_bodies))
        lines.append(f"| {kind} | {_figures(full)} | {_figures(ablated)} |")
    return [*lines, ""]


def _figures(score: BodyScore) -> str:
    return f"{score.f1:.3f} / {score.precision:.3f} / {score.recall:.3f}"


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The command line (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", help="dataset directory (default $NEWSCLEAN_BENCHMARK_DIR)")
    parser.add_argument("--inputs", default=",".join(INPUT_KINDS), help="region,page,html")
    parser.add_argument("--markdown", help="also write the report to this file")
    parser.add_argument(
        "--leave-site-out",
        action="store_true",
        help="also score each page without the table rules seen on its website only",
    )
    args = parser.parse_args(argv)
    args.inputs = [kind.strip() for kind in args.inputs.split(",") if kind.strip()]
    unknown = sorted(set(args.inputs) - set(INPUT_KINDS))
    if unknown:
        parser.error(f"unknown input kinds: {', '.join(unknown)} (choose from region,page,html)")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Print the report (and write it with ``--markdown``)."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        docs = load_dataset(resolve_data_dir(args.data))
    except FileNotFoundError as error:
        print(f"rule_sites.py: {error}", file=sys.stderr)
        return 2
    text = report(docs, args.inputs)
    if args.leave_site_out:
        text += "\n" + "\n".join(leave_site_out(docs, args.inputs))
    print(text, end="")
    if args.markdown:
        Path(args.markdown).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
