"""How ``clean()`` and ``clean_html()`` scale: seconds per MB and peak memory from 10 KB to 10 MB,
on ordinary and adversarial inputs, and whether the time grows linearly.

Usage::

    python benchmarks/scaling.py [--sizes 10K,100K,1M,10M] [--cases NAME,...] [--timeout S]
                                 [--markdown FILE] [--json FILE] [--list]

Every (case, size) runs in a child process of its own, so that its peak memory is its own and a
hang is cut off after ``--timeout`` seconds (reported as ``timeout``, never waited out). The child
builds the input, warms the library up on a small input (imports, lazily compiled patterns),
then times one call; inputs under 1 MB are timed over several calls and the median is kept
(newsclean's memo of short blocks is cleared before each call, untimed). Peak
memory is the child's peak resident set size (``ru_maxrss``), and ``+RSS`` how far the call
pushed it above what the process held before the call (the input included): the memory the
call itself needed, C allocations (libxml2's tree) included, which tracemalloc would miss. A MB
is 10^6 characters of input (the inputs are mostly ASCII).

Cases (``--list`` prints them): ``text:*`` go through ``clean()``, ``html:*`` through
``clean_html()``. Scaling cases run at every size; fixed cases (``html:nesting-50k``,
``html:billion-laughs`` ...) once, at their own size. The linearity table compares seconds per
MB at the largest size with seconds per MB at 100 KB: a ratio near 1 is linear; over 2 is
flagged ``SUPERLINEAR``. The anchor row is ``str.splitlines()`` on the 10 MB ordinary text, in
the same run: these machines are shared and noisy, so compare ratios between runs, not seconds.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIR = REPO_ROOT / "src"
if str(SOURCE_DIR) not in sys.path:  # newsclean from this checkout, installed or not
    sys.path.insert(0, str(SOURCE_DIR))

MEGABYTE = 1_000_000
DEFAULT_SIZES = "10K,100K,1M,10M"
#: Sizes at which a scaling case's seconds per MB are compared.
LINEARITY_BASE = 100_000
SUPERLINEAR_RATIO = 2.0
#: Inputs smaller than this are timed over several calls (median), larger ones once.
REPEAT_BELOW = MEGABYTE
REPEAT_SECONDS = 1.0

SEED = REPO_ROOT / "seeds" / "000_f4632b69e57e1cb8.txt"
FIXTURES = REPO_ROOT / "fixtures"

SENTENCE = "Officials said the talks would resume on Monday in Geneva after a week of delays. "
SCRIPTS = (
    "Русский текст о переговорах в Москве. Ελληνικό κείμενο για τις συνομιλίες. "
    "نص عربي عن المحادثات في القاهرة. טקסט עברי על השיחות. हिंदी में बातचीत के बारे में। "
    "中文关于会谈的文本。日本語の会談に関するテキスト。한국어 회담에 관한 글. "
    "ข้อความภาษาไทย. የአማርኛ ጽሑፍ. Tiếng Việt. 𝐁𝐨𝐥𝐝 👩‍👩‍👧‍👦 🇺🇦\n\n"
)


def repeated(unit: str, size: int) -> str:
    """``unit`` repeated and cut to ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def numbered(units: list[str], size: int, separator: str = "\n\n") -> str:
    """The units in turn, each numbered so that no two are equal (the labeller folds repeats),
    joined by ``separator`` until ``size`` characters."""
    parts: list[str] = []
    total = 0
    while total < size:
        unit = units[len(parts) % len(units)]
        part = f"{unit} ({len(parts)})" if len(parts) >= len(units) else unit
        parts.append(part)
        total += len(part) + len(separator)
    return separator.join(parts)[:size]


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def seed_paragraphs() -> list[str]:
    return [line.strip() for line in seed_text().splitlines() if len(line.strip()) > 60]


def fixture_texts() -> str:
    return "\n\n".join(path.read_text(encoding="utf-8") for path in sorted(FIXTURES.glob("*.txt")))


def numbered_lines(template: str, size: int) -> str:
    """``template`` formatted with 0, 1, 2, ... (so that no two are equal) until ``size``
    characters."""
    parts: list[str] = []
    total = 0
    while total < size:
        parts.append(template.format(len(parts)))
        total += len(parts[-1])
    return "".join(parts)[:size]


def name_of(number: int) -> str:
    """A distinct capitalised name for each number ("Ba", "Bb", ..., "Baa"): letters only, so
    that name patterns read it as a name."""
    letters = ""
    while True:
        number, digit = divmod(number, 26)
        letters = chr(ord("a") + digit) + letters
        if not number:
            return f"B{letters}"


def named_lines(template: str, size: int) -> str:
    """``template`` formatted with a distinct name each time (:func:`name_of`) until ``size``
    characters."""
    parts: list[str] = []
    total = 0
    while total < size:
        parts.append(template.format(name_of(len(parts))))
        total += len(parts[-1])
    return "".join(parts)[:size]


# --- text cases: size -> input -------------------------------------------------------------------

TEXT_CASES: dict[str, Callable[[int], str]] = {
    # ordinary
    "seed-repeated": lambda n: repeated(seed_text() + "\n\n", n),
    "fixtures-repeated": lambda n: repeated(fixture_texts() + "\n\n", n),
    "seed-paragraphs-distinct": lambda n: numbered(seed_paragraphs(), n),
    # adversarial
    "one-line": lambda n: repeated(SENTENCE, n),
    "tiny-lines": lambda n: repeated("a\n", n),
    "digit-run": lambda n: repeated("1234567890", n),
    "punctuation-run": lambda n: repeated(".,;:!?-—|/", n),
    "by-by-by-line": lambda n: repeated("By By By ", n),
    "by-by-by-lines": lambda n: repeated("By By By\n", n),
    "no-spaces": lambda n: repeated("abcdefghij", n),
    "surrogates-and-controls": lambda n: repeated("ab\x00\x01\x1b\ud800c\udfff\x7f\x85\u200b ", n),
    "every-script": lambda n: repeated(SCRIPTS, n),
    "repeated-lines": lambda n: repeated("The same line again and again.\n\n", n),
    "date-lines": lambda n: repeated("November 18, 2013 / 2:36 PM / 6 years ago\n", n),
    "date-like-run": lambda n: repeated("Nov 18, 2013 12:00 2013-11-18 18/11/2013 ", n),
    # Teaser cards, each under the same line of buttons: one long run of card separators.
    "teaser-cards": lambda n: numbered_lines(
        "Readers told us how the storm took the roof off their house ({}).\n"
        "Whatsapp Facebook Pinterest Save\n",
        n,
    ),
    # Author notes of distinct writers: every one a byline, all merged into one Byline.
    "author-notes": lambda n: named_lines("Jane {} is a staff writer at The Herald.\n\n", n),
    # Quoted lines that repeat a sentence of the paragraph above: pull-quote candidates.
    "pull-quote-candidates": lambda n: numbered_lines(
        "The council met late into the night. The vote on the bridge came at last ({0}).\n"
        "“The vote on the bridge came at last ({0}).”\n",
        n,
    ),
}


# --- HTML cases ----------------------------------------------------------------------------------


def article_page(size: int) -> str:
    """A real-looking news page (navigation, header, byline, figure, article, related links,
    footer) whose article runs to about ``size`` characters, paragraphs numbered."""
    head = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Russia steps up diplomatic push for Syria peace talks | Reuters</title>"
        "<meta property='article:published_time' content='2013-11-18T14:36:00Z'></head><body>"
        "<header><nav><ul>"
        + "".join(
            f"<li><a href='/{s}'>{s}</a></li>"
            for s in ("World", "Business", "Markets", "Tech", "Politics")
        )
        + "</ul></nav></header>"
        "<main><article><h1>Russia steps up diplomatic push for Syria peace talks</h1>"
        "<p class='byline'>By Steve Gutterman</p><time datetime='2013-11-18'>November 18, 2013</time>"
        "<figure><img src='/p.jpg'><figcaption>Officials meet in Moscow. REUTERS/Grigory Dukor"
        "</figcaption></figure>"
    )
    foot = (
        "</article><aside><h2>Related</h2><ul>"
        + "".join(f"<li><a href='/r{i}'>Related story number {i}</a></li>" for i in range(8))
        + "</ul></aside></main><footer><p>© 2013 Reuters. All rights reserved.</p></footer>"
        "</body></html>"
    )
    paragraphs = seed_paragraphs()
    parts: list[str] = []
    total = len(head) + len(foot)
    while total < size:
        number = len(parts)
        text = paragraphs[number % len(paragraphs)]
        part = f"<p>{text} ({number})</p>\n" if number >= len(paragraphs) else f"<p>{text}</p>\n"
        parts.append(part)
        total += len(part)
    return head + "".join(parts) + foot


def wide_page(element: str, count: int) -> str:
    return f"<html><body><p>{SENTENCE}</p>{element * count}</body></html>"


def billion_laughs(levels: int = 10) -> str:
    """The classic entity bomb: expanded, its last entity is 10**levels 'lol's."""
    declarations = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, levels)
    ]
    return (
        f'<?xml version="1.0"?><!DOCTYPE lolz [{"".join(declarations)}]>'
        f"<html><body><p>{SENTENCE}</p><p>&lol{levels - 1};</p></body></html>"
    )


def quadratic_blowup(size: int = 100_000) -> str:
    """One large entity referenced many times: expanded, size**2 characters."""
    return (
        f'<!DOCTYPE html [<!ENTITY big "{"a" * size}">]>'
        f"<html><body><p>{SENTENCE}</p><p>{'&big;' * size}</p></body></html>"
    )


HTML_CASES: dict[str, Callable[[int], str]] = {
    "article-page": article_page,
    "wide-paragraphs": lambda n: wide_page("<p>word here</p>", n // 16),
    "one-text-node": lambda n: f"<html><body><p>{repeated(SENTENCE, n)}</p></body></html>",
}

#: Fixed HTML cases: name -> (input, what the size column means).
FIXED_HTML_CASES: dict[str, Callable[[], str]] = {
    # Just under the default limit of 20,000,000 characters, and just over it.
    "article-page-20MB": lambda: article_page(19_900_000),
    "article-page-over-the-limit": lambda: article_page(20_100_000),
    "nesting-50k-div": lambda: "<html><body>" + "<div>" * 50_000 + SENTENCE + "</div>" * 50_000,
    "nesting-50k-unclosed-a": lambda: "<html><body>" + "<a href='/x'>x" * 50_000,
    "billion-laughs": billion_laughs,
    "quadratic-blowup": quadratic_blowup,
    "wide-100k-p": lambda: wide_page("<p>word here</p>", 100_000),
    "wide-100k-span": lambda: wide_page("<span>w</span>", 100_000),
    "wide-100k-li-a": lambda: wide_page("<li><a href='/x'>link text</a></li>", 100_000),
    "wide-100k-p-inline": lambda: wide_page("<p><em>a</em> b <b>c</b></p>", 100_000),
    "wide-100k-h2": lambda: wide_page("<h2>head</h2>", 100_000),
}

ALL_CASES = (
    [f"text:{name}" for name in TEXT_CASES]
    + [f"html:{name}" for name in HTML_CASES]
    + [f"html:{name}" for name in FIXED_HTML_CASES]
)


# --- the child: one measurement ------------------------------------------------------------------


@dataclass
class Measurement:
    case: str
    size: int
    chars: int
    seconds: float | None
    calls: int
    peak_rss_mb: float | None
    call_rss_mb: float | None
    result: str

    @property
    def seconds_per_mb(self) -> float | None:
        if self.seconds is None or not self.chars:
            return None
        return self.seconds / (self.chars / MEGABYTE)


def build_input(case: str, size: int) -> str:
    kind, name = case.split(":", 1)
    if kind == "text":
        return TEXT_CASES[name](size)
    if name in HTML_CASES:
        return HTML_CASES[name](size)
    return FIXED_HTML_CASES[name]()


def _rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux, bytes on macOS.
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / MEGABYTE


def measure_in_this_process(case: str, size: int) -> Measurement:
    import newsclean

    text = build_input(case, size)
    call = newsclean.clean if case.startswith("text:") else newsclean.clean_html
    call("MOSCOW (Reuters) - Warm-up text.\n\nBy Jane Doe")
    newsclean.clean_html(f"<html><body><article><h1>Warm</h1><p>{SENTENCE * 3}</p></article>")
    before = _rss_mb()
    times: list[float] = []
    result = "ok"
    started = time.perf_counter()
    while True:
        # Each call reads the input as for the first time: the memo of short blocks would
        # otherwise know every line of a small input from the second call on.
        newsclean.labeling.clear_memo()
        begin = time.perf_counter()
        try:
            call(text)
        except newsclean.NewscleanError as error:
            result = type(error).__name__
        times.append(time.perf_counter() - begin)
        if len(text) >= REPEAT_BELOW or time.perf_counter() - started > REPEAT_SECONDS:
            break
        if len(times) >= 25:
            break
    peak = _rss_mb()
    return Measurement(
        case, size, len(text), statistics.median(times), len(times), peak, peak - before, result
    )


# --- the parent: run children, print tables ------------------------------------------------------


def run_child(case: str, size: int, timeout: float) -> Measurement:
    command = [sys.executable, __file__, "--child", case, str(size)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return Measurement(case, size, size, None, 0, None, None, f"timeout (> {timeout:.0f} s)")
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        return Measurement(case, size, size, None, 0, None, None, f"crashed: {last[:80]}")
    return Measurement(**json.loads(done.stdout.strip().splitlines()[-1]))


def parse_size(text: str) -> int:
    units = {"K": 1_000, "M": MEGABYTE}
    text = text.strip().upper().removesuffix("B")
    if text[-1:] in units:
        return int(float(text[:-1]) * units[text[-1]])
    return int(text)


def label_size(chars: int) -> str:
    if chars >= MEGABYTE:
        return f"{chars / MEGABYTE:.1f} MB"
    return f"{chars / 1_000:.0f} KB"


def fmt(value: float | None, digits: int = 2) -> str:
    return "" if value is None else f"{value:.{digits}f}"


def anchor_seconds_per_mb(size: int) -> float:
    text = repeated(seed_text() + "\n\n", size)
    times = []
    for _ in range(5):
        begin = time.perf_counter()
        text.splitlines()
        times.append(time.perf_counter() - begin)
    return statistics.median(times) / (len(text) / MEGABYTE)


def report(measurements: list[Measurement], sizes: list[int], anchor: float) -> str:
    lines = [
        (
            f"python {platform.python_version()} on {platform.machine()}, "
            f"{platform.system()}; anchor `str.splitlines()`: {anchor:.4f} s/MB"
        ),
        "",
        "| case | input | s/call | s/MB | ÷ anchor | peak RSS MB | +RSS MB | calls | result |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for m in measurements:
        per_mb = m.seconds_per_mb
        ratio = None if per_mb is None else per_mb / anchor
        lines.append(
            f"| {m.case} | {label_size(m.chars)} | {fmt(m.seconds, 3)} | {fmt(per_mb)} | "
            f"{fmt(ratio, 0)} | {fmt(m.peak_rss_mb, 0)} | {fmt(m.call_rss_mb, 0)} | {m.calls} | "
            f"{m.result} |"
        )
    lines += ["", *linearity(measurements, sizes)]
    return "\n".join(lines)


def linearity(measurements: list[Measurement], sizes: list[int]) -> list[str]:
    """Seconds per MB of each scaling case at every size, the ratio of the largest size's to
    100 KB's, and the memory the call took at the largest size."""
    largest = max(sizes)
    if LINEARITY_BASE not in sizes or largest <= LINEARITY_BASE:
        return []
    heads = " | ".join(f"s/MB at {label_size(size)}" for size in sizes)
    lines = [
        (
            f"Linearity: s/MB at {label_size(largest)} ÷ s/MB at {label_size(LINEARITY_BASE)} "
            f"(1 is linear; over {SUPERLINEAR_RATIO:g} is flagged)."
        ),
        "",
        f"| case | {heads} | ratio | +RSS MB at {label_size(largest)} | verdict |",
        "|---|" + "---|" * (len(sizes) + 3),
    ]
    by_key = {(m.case, m.size): m for m in measurements}
    for case in dict.fromkeys(m.case for m in measurements):
        row = [by_key.get((case, size)) for size in sizes]
        base, top = by_key.get((case, LINEARITY_BASE)), by_key.get((case, largest))
        if base is None or top is None:
            continue
        ratio = None
        if top.seconds is None:
            verdict = f"SUPERLINEAR ({top.result})"
        elif "ok" not in (base.result, top.result) or base.result != top.result:
            verdict = f"refused at {label_size(top.chars)} ({top.result})"
        elif base.seconds_per_mb and top.seconds_per_mb is not None:
            ratio = top.seconds_per_mb / base.seconds_per_mb
            verdict = "SUPERLINEAR" if ratio > SUPERLINEAR_RATIO else "linear"
        else:
            verdict = "?"
        cells = " | ".join(fmt(m.seconds_per_mb) if m else "" for m in row)
        lines.append(f"| {case} | {cells} | {fmt(ratio)} | {fmt(top.call_rss_mb, 0)} | {verdict} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=DEFAULT_SIZES, help="comma-separated, e.g. 10K,1M")
    parser.add_argument("--cases", default="", help="comma-separated case names (default all)")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds per child")
    parser.add_argument("--markdown", type=Path, help="also write the report to this file")
    parser.add_argument("--json", type=Path, help="also write every measurement as JSON")
    parser.add_argument("--list", action="store_true", help="list the cases and exit")
    parser.add_argument("--child", nargs=2, metavar=("CASE", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        print(json.dumps(asdict(measure_in_this_process(args.child[0], int(args.child[1])))))
        return 0
    if args.list:
        print("\n".join(ALL_CASES))
        return 0
    sizes = sorted(parse_size(size) for size in args.sizes.split(","))
    chosen = [case.strip() for case in args.cases.split(",") if case.strip()] or ALL_CASES
    unknown = sorted(set(chosen) - set(ALL_CASES))
    if unknown:
        parser.error(f"unknown cases: {', '.join(unknown)} (see --list)")
    measurements = []
    for case in chosen:
        fixed = case.split(":", 1)[1] in FIXED_HTML_CASES
        for size in [0] if fixed else sizes:
            measurement = run_child(case, size, args.timeout)
            measurements.append(measurement)
            print(
                f"{case:40} {label_size(measurement.chars):>9} {fmt(measurement.seconds, 3):>9} s"
                f"  {fmt(measurement.seconds_per_mb):>7} s/MB  {fmt(measurement.peak_rss_mb, 0):>6}"
                f" MB  {measurement.result}",
                file=sys.stderr,
                flush=True,
            )
    text = report(measurements, sizes, anchor_seconds_per_mb(max(sizes)))
    print(text)
    if args.markdown:
        args.markdown.write_text(text + "\n", encoding="utf-8")
    if args.json:
        rows = [asdict(m) | {"seconds_per_mb": m.seconds_per_mb} for m in measurements]
        args.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
