"""Fuzz ``newsclean.clean`` and ``newsclean.clean_html`` with Hypothesis for as long as you like.

Usage::

    python fuzz/fuzz_clean.py --minutes 10                 # both targets, 10 minutes in all
    python fuzz/fuzz_clean.py --minutes 30 --target html   # clean_html only
    HYPOTHESIS_PROFILE=nightly pytest fuzz/fuzz_clean.py   # the same properties under pytest

Each property runs in rounds of ``--examples`` new inputs until the time is up. A failure is
printed with the smallest input Hypothesis could shrink it to and a ``@reproduce_failure`` line
to replay it, and the run goes on; at the end each distinct failure (target, error, where it
was raised) is listed and the exit status is 1. (The ``--minutes`` rounds keep no example
database, so that a failure is not replayed in every round; under pytest, Hypothesis's
``.hypothesis/`` database keeps failures and tries them first next time.)

What is checked, on every input:

* ``clean(text)``, any ``str`` (surrogates, controls, every script, realistic pages): returns an
  Article whose ``to_dict()`` goes through JSON; the same text gives an equal Article again
  (deterministic); ``clean(article.body).body == article.body`` (idempotent); every body
  paragraph is an input line, whitespace aside (nothing invented);
* ``clean_html(html)``, str or bytes (random trees of news-page elements, entities, comments,
  doctypes, broken markup, odd encodings and charset declarations): returns an Article or raises
  ``UnparsableHtmlError`` / ``HtmlLimitError`` / ``InputTooLargeError``, nothing else;
  deterministic; JSON-serialisable; every body word occurs in the page's text (nothing invented);
* no call takes longer than ``SLOW_SECONDS``.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
for path in (REPO_ROOT / "src", REPO_ROOT / "tests"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml.html import HtmlElement

import newsclean
from newsclean import Article, HtmlLimitError, InputTooLargeError, UnparsableHtmlError
from newsclean.segment import normalize_line, remove_invisible
from newsclean.webpage.blocks import INVISIBLE_TAGS, _is_hidden
from newsclean.webpage.decode import decode_html
from newsclean.webpage.parse import parse_html
from test_properties import (
    PIECES,
    SEPARATORS,
    assert_idempotent,
    assert_no_invented_text,
    pages,
)

#: A single call slower than this is a failure: the inputs are at most tens of kilobytes.
SLOW_SECONDS = 10.0
#: The errors clean_html may raise on purpose.
HTML_ERRORS = (UnparsableHtmlError, HtmlLimitError, InputTooLargeError)

#: Under pytest, ``HYPOTHESIS_PROFILE=nightly`` runs 5,000 new inputs per property (as for the
#: property tests in tests/); without it, 200. Importing this module changes no other setting.
if os.environ.get("HYPOTHESIS_PROFILE") == "nightly":
    settings.register_profile("nightly", max_examples=5_000, deadline=None)
    settings.load_profile("nightly")
PYTEST_SETTINGS = settings(
    max_examples=settings.default.max_examples
    if os.environ.get("HYPOTHESIS_PROFILE") == "nightly"
    else 200,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)


# --- text -------------------------------------------------------------------------------------

#: Every code point, lone surrogates and controls included.
ANY_CHARACTER = st.characters(exclude_categories=())
HOSTILE_CHARACTERS = st.sampled_from(
    [
        "\x00", "\x01", "\x0b", "\x0c", "\x1c", "\x1f", "\x7f", "\x85", "\xa0", "\xad",
        "\u200b", "\u200d", "\u202e", "\u2028", "\u2029", "\u3000", "\ufeff", "\ufffd",
        "\ufffe", "\ud800", "\udfff", "\U0010ffff", "\r", "\t", "\n",
    ]
)  # fmt: skip
WORDS = st.sampled_from(
    ["By", "by", "and", "with", "Reuters", "(AP)", "—", "-", "|", "•", ":", "Share", "12",
     "2019", "Nov.", "18,", "PM", "ET", "Getty", "Images", "REUTERS/Jane", "Doe", "MOSCOW",
     "Photo:", "©", "Advertisement", "Read", "more:", "of", "Updated", "ago", "Editing"]
)  # fmt: skip


@st.composite
def hostile_pages(draw: st.DrawFn) -> str:
    """Realistic page pieces with hostile characters and chrome words spliced into them."""
    pieces = draw(st.lists(st.one_of(PIECES, st.text(ANY_CHARACTER, max_size=30)), max_size=25))
    spliced = []
    for piece in pieces:
        if piece and draw(st.booleans()):
            at = draw(st.integers(0, len(piece)))
            insert = draw(st.one_of(HOSTILE_CHARACTERS, WORDS.map(lambda word: f" {word} ")))
            piece = piece[:at] + insert + piece[at:]
        spliced.append(piece)
    separator = draw(st.sampled_from([*SEPARATORS, " ", "\r", "\u2028", "\x0c"]))
    return separator.join(spliced)


@st.composite
def repeated_runs(draw: st.DrawFn) -> str:
    """A short unit repeated many times: the shape that exposes superlinear matching."""
    unit = draw(st.one_of(WORDS.map(lambda word: word + " "), st.text(ANY_CHARACTER, max_size=6)))
    unit = unit or "a"
    return unit * draw(st.integers(1, 20_000 // len(unit)))


TEXTS = st.one_of(
    st.text(),
    st.text(ANY_CHARACTER),
    pages(),
    hostile_pages(),
    repeated_runs(),
)


def _timed(call: Callable[..., object], *args: object) -> object:
    begin = time.perf_counter()
    try:
        return call(*args)
    finally:
        seconds = time.perf_counter() - begin
        assert seconds < SLOW_SECONDS, f"{call.__name__} took {seconds:.1f} s"


def check_text(text: str) -> None:
    article = _timed(newsclean.clean, text)
    assert isinstance(article, Article)
    json.dumps(article.to_dict())
    assert newsclean.clean(text) == article
    assert_idempotent(article)
    assert_no_invented_text(text, article)


@PYTEST_SETTINGS
@given(TEXTS)
def test_clean(text: str) -> None:
    check_text(text)


# --- HTML -------------------------------------------------------------------------------------

TAGS = ["p", "div", "span", "a", "h1", "h2", "article", "main", "section", "nav", "header",
        "footer", "aside", "figure", "figcaption", "ul", "li", "table", "tr", "td", "blockquote",
        "b", "em", "time", "script", "style", "noscript", "form", "button", "iframe", "svg",
        "template", "select", "option", "textarea", "pre", "br", "img", "hr", "wbr"]  # fmt: skip
ATTRIBUTES = [
    "", ' class="byline"', ' class="caption"', ' class="credit"', " hidden",
    ' style="display:none"', ' itemprop="author"', ' datetime="2019-11-18T14:36:00Z"',
    ' href="javascript:alert(1)"', ' class="share social"', ' id="comments"', ' lang="ar"',
    ' dir="rtl"', ' src="http://127.0.0.1:9/x.png"', ' class=\'"<>&', " data-x=&#0;",
]  # fmt: skip
FRAGMENTS = [
    "&amp;", "&nbsp;", "&lt;p&gt;", "&#0;", "&#xD800;", "&#x110000;", "&bogus;", "&#65;",
    "<!--", "-->", "<!-- comment -->", "<![CDATA[ x ]]>", "<?xml version='1.0'?>",
    '<!DOCTYPE html SYSTEM "http://127.0.0.1:9/x.dtd">', '<!ENTITY e SYSTEM "file:///etc/passwd">',
    "&e;", "</p>", "</div></div>", "<p", "<", ">", "</", "<br/>", "<html>", "</html>",
    "<body>", "<head>", "<title>", "</title>", '<meta charset="shift_jis">',
    '<meta charset="rot13">',
    (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"name": "Jane '
        'Doe"}, "datePublished": "2019-11-18"}</script>'
    ),
    '<script type="application/ld+json">{"author": [</script>',
    '<meta property="article:published_time" content="0001-01-01">',
]  # fmt: skip


def elements(text: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Random HTML trees of news-page elements around ``text``, with broken bits mixed in."""
    leaves = st.one_of(text, st.sampled_from(FRAGMENTS))

    def wrap(children: st.SearchStrategy[list[str]]) -> st.SearchStrategy[str]:
        return st.builds(
            lambda tag, attributes, inner, close: (
                f"<{tag}{attributes}>{''.join(inner)}{f'</{tag}>' if close else ''}"
            ),
            st.sampled_from(TAGS),
            st.sampled_from(ATTRIBUTES),
            children,
            st.booleans(),
        )

    return st.recursive(leaves, lambda inner: wrap(st.lists(inner, max_size=6)), max_leaves=40)


HTML_TEXT = st.one_of(PIECES, st.text(ANY_CHARACTER, max_size=40), hostile_pages())


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    body = "".join(draw(st.lists(elements(HTML_TEXT), max_size=8)))
    if draw(st.booleans()):
        title = draw(st.one_of(PIECES, st.text(ANY_CHARACTER, max_size=40)))
        return f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    return body


ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "cp1252", "latin-1",
             "shift_jis", "koi8-r", "gb18030", "iso-8859-7"]  # fmt: skip


@st.composite
def html_bytes(draw: st.DrawFn) -> bytes:
    page = draw(html_pages())
    encoding = draw(st.sampled_from(ENCODINGS))
    data = page.encode(
        encoding, errors="replace" if not encoding.startswith("utf") else "surrogatepass"
    )
    if draw(st.booleans()):  # flip a few bytes
        raw = bytearray(data)
        for _ in range(draw(st.integers(1, 5))):
            if raw:
                raw[draw(st.integers(0, len(raw) - 1))] = draw(st.integers(0, 255))
        data = bytes(raw)
    return data


HTML_INPUTS = st.one_of(html_pages(), html_bytes(), st.text(ANY_CHARACTER), st.binary())


def _page_text(html: str | bytes) -> str:
    """The page's text as the parser sees it, invisible and control characters and all
    whitespace dropped (as blocks drop them): every body word must occur in it."""
    text = decode_html(bytes(html)) if isinstance(html, bytes) else html
    root = parse_html(text)
    # The page's <title> is read as its first line, as a page's visible text starts with it.
    titles = [title.text or "" for title in root.iter("title")]
    visible = "".join([*titles, *_visible_text(root)])
    return "".join(normalize_line(remove_invisible(visible)).split())


def _visible_text(element: HtmlElement) -> Iterator[str]:
    """The element's text and its children's, without what newsclean skips (scripts, styles,
    hidden elements), then its tail."""
    tag = element.tag
    if isinstance(tag, str) and tag not in INVISIBLE_TAGS and not _is_hidden(element):
        yield element.text or ""
        for child in element:
            yield from _visible_text(child)
    yield element.tail or ""


def check_html(html: str | bytes) -> None:
    try:
        article = _timed(newsclean.clean_html, html)
    except HTML_ERRORS:
        return
    assert isinstance(article, Article)
    json.dumps(article.to_dict())
    assert newsclean.clean_html(html) == article
    page_text = _page_text(html)
    for word in article.body.split():
        word = remove_invisible(word)
        assert word in ("|", "") or word in page_text, f"body word not in the page: {word!r}"


@PYTEST_SETTINGS
@given(HTML_INPUTS)
def test_clean_html(html: str | bytes) -> None:
    check_html(html)


# --- the command line -------------------------------------------------------------------------

#: Each target: what to generate and what to check on it.
TARGETS = {"text": (TEXTS, check_text), "html": (HTML_INPUTS, check_html)}


#: How many inputs the checks have been called with.
CALLS = [0]


def _counted(check: Callable[..., None]) -> Callable[..., None]:
    @functools.wraps(check)
    def counted(*args: object, **kwargs: object) -> None:
        CALLS[0] += 1
        check(*args, **kwargs)

    return counted


def _failure_key(target: str, error: BaseException) -> tuple[str, str, str]:
    """What tells two failures apart: the target, the error type and where it was raised."""
    frames = traceback.extract_tb(error.__traceback__)
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
    return target, type(error).__name__, where


def fuzz(targets: list[str], minutes: float, examples: int) -> tuple[int, int]:
    """Run the targets in turns, ``examples`` new inputs per round, until ``minutes`` are up; a
    failure is printed (with the input Hypothesis shrank it to) and the run goes on. Returns the
    number of inputs tried and of distinct failures."""
    stop = time.monotonic() + minutes * 60
    rounds = 0
    failures: dict[tuple[str, str, str], int] = {}
    while time.monotonic() < stop:
        for name in targets:
            inputs, check = TARGETS[name]
            # No example database: a failure found in one round would be replayed first in every
            # later one; its @reproduce_failure line replays it instead.
            run = settings(
                max_examples=examples,
                deadline=None,
                suppress_health_check=list(HealthCheck),
                derandomize=False,
                print_blob=True,
                database=None,
            )(given(inputs)(_counted(check)))
            try:
                run()
            except Exception as error:  # noqa: BLE001 - every failure is reported, then the run goes on
                key = _failure_key(name, error)
                failures[key] = failures.get(key, 0) + 1
                if failures[key] == 1:
                    print(f"\nFAILURE {len(failures)} ({name}):", flush=True)
                    traceback.print_exception(error, file=sys.stdout)
        rounds += 1
        left = max(stop - time.monotonic(), 0) / 60
        print(
            f"round {rounds}: {CALLS[0]} inputs, {len(failures)} distinct failures "
            f"({left:.1f} min left)",
            flush=True,
        )
    for (name, kind, where), count in failures.items():
        print(f"failure: {name} {kind} at {where}, in {count} rounds")
    return CALLS[0], len(failures)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="how long to run (default 10)")
    parser.add_argument("--target", choices=["text", "html", "all"], default="all")
    parser.add_argument("--examples", type=int, default=200, help="inputs per round (default 200)")
    args = parser.parse_args(argv)
    targets = list(TARGETS) if args.target == "all" else [args.target]
    begin = time.monotonic()
    tried, failed = fuzz(targets, args.minutes, args.examples)
    minutes = (time.monotonic() - begin) / 60
    print(f"{tried} inputs in {minutes:.1f} min: {failed} distinct failures")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
