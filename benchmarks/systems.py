"""The systems the benchmark compares, each reduced to one call: ``(input, url) -> Prediction``.

Input kinds
    ``region`` (``region_text``) and ``page`` (``page_text``) are plain text, ``html`` is the
    page's HTML. :func:`input_of` picks a document's input for a kind.

Baselines
    * no cleaning: the text itself.
    * C4-style line filter: keep the lines that have at least 3 whitespace-separated words and,
      once stripped, end in one of ``. ! ? " ”`` (:data:`C4_TERMINAL_PUNCTUATION`). This is the
      end-mark list of the C4 paper (period, exclamation mark, question mark, end quotation mark).
      Adding the closing single quotes ``'`` and ``’`` lowers precision from 0.932 to 0.927 on
      region_text and from 0.789 to 0.779 on page_text, away from the dataset README's 0.933 /
      0.793, because the extra lines are mostly headlines and teasers that end in a quoted title
      (``... from the Maker of ‘Nimian Legends’``). No variant tried (word counts of 3 to 5,
      dropping lines that end in "...", C4's javascript and cookie-policy line rules, its
      3-sentence page rule, de-duplicating lines) matches all six README figures; this one is
      within 0.004 of each.
    * jusText over lines (page only): every non-blank line of the text becomes a ``<p>``; jusText
      with its English stop list and default parameters classifies them; the non-boilerplate
      paragraphs are kept.
    * trafilatura ``extract()`` with its defaults, and with ``favor_precision=True``. Its authors
      and date come from ``extract_metadata()`` (authors split on ``;``) in a separate, untimed
      call, so its speed is that of ``extract()`` alone.
    * readability-lxml: ``Document(html).summary()``, its text nodes joined by newlines
      (``text_content()`` would glue the text of adjacent elements into one word).

newsclean
    ``newsclean.clean(text, url=url)`` for text inputs (the URL as a crawl's record carries it;
    it only ever adds a date), ``newsclean.clean_html(html, url=url)`` for HTML;
    the harness reads ``article.body``, ``article.byline.authors`` (when ``article.byline`` is
    not None) and ``article.dateline.published`` (when ``article.dateline`` is not None).
"""

from __future__ import annotations

import datetime as dt
import html as html_lib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from benchmarks.dataset import Doc

INPUT_KINDS: dict[str, str] = {"region": "region_text", "page": "page_text", "html": "html"}
C4_TERMINAL_PUNCTUATION = (".", "!", "?", '"', "”")
C4_MIN_WORDS = 3
TRAFILATURA_AUTHOR_SEPARATOR = ";"

# trafilatura and readability log every page they find hard; the harness's output is the table.
for _noisy in ("trafilatura", "readability", "htmldate", "courlan"):
    logging.getLogger(_noisy).setLevel(logging.CRITICAL)


@dataclass(frozen=True)
class Prediction:
    """What a system returns for one page: body text and, where it extracts them, fields."""

    body: str
    authors: tuple[str, ...] = ()
    published: dt.date | dt.datetime | None = None


Extractor = Callable[[str, str], Prediction]
"""``(input text or HTML, page URL) -> Prediction``."""


@dataclass(frozen=True)
class System:
    """One row of the table.

    ``extract`` is the timed call. ``fields``, when set, is a separate untimed call that fills
    ``authors`` and ``published`` (for tools whose metadata comes from another function).
    ``extracts_fields`` says whether author and date columns apply. ``counts_errors`` marks the
    library under test: its per-document exceptions are counted and reported, not fatal.
    ``timed`` is False for "no cleaning", whose speed would only measure the harness.
    ``before_pass``, when set, runs (untimed) before each timed pass: newsclean forgets the
    short blocks it has read, so that every pass reads the pages as if for the first time.
    """

    name: str
    extract: Extractor
    fields: Extractor | None = None
    extracts_fields: bool = False
    counts_errors: bool = False
    timed: bool = True
    before_pass: Callable[[], None] | None = None


def input_of(doc: Doc, kind: str) -> str:
    """Return the document's input for ``kind`` (``region``, ``page`` or ``html``)."""
    return doc.html() if kind == "html" else getattr(doc, INPUT_KINDS[kind])


# --- text baselines --------------------------------------------------------------------------


def no_cleaning(text: str, url: str) -> Prediction:
    """Return the text unchanged."""
    return Prediction(text)


def is_c4_line(line: str) -> bool:
    """True for a line of at least 3 words that ends in terminal punctuation.

    >>> is_c4_line('He said "it works."'), is_c4_line("Read more"), is_c4_line("Too short.")
    (True, False, False)
    """
    stripped = line.strip()
    return stripped.endswith(C4_TERMINAL_PUNCTUATION) and len(stripped.split()) >= C4_MIN_WORDS


def c4_line_filter(text: str, url: str) -> Prediction:
    """Keep the lines that pass :func:`is_c4_line`."""
    return Prediction("\n".join(line for line in text.splitlines() if is_c4_line(line)))


def lines_as_html(text: str) -> str:
    """Wrap every non-blank line of ``text`` in an escaped ``<p>``."""
    paragraphs = "".join(
        f"<p>{html_lib.escape(line)}</p>" for line in text.splitlines() if line.strip()
    )
    return f"<html><body>{paragraphs}</body></html>"


def justext_lines(text: str, url: str) -> Prediction:
    """Keep the lines jusText does not classify as boilerplate."""
    import justext  # the baselines are imported when run: the quality-floor test needs none of them

    paragraphs = justext.justext(lines_as_html(text), justext.get_stoplist("English"))
    return Prediction("\n".join(p.text for p in paragraphs if not p.is_boilerplate))


# --- HTML baselines --------------------------------------------------------------------------


def trafilatura_extractor(**options: Any) -> Extractor:
    """Return a body extractor calling ``trafilatura.extract(html, url=url, **options)``."""

    def extract(html: str, url: str) -> Prediction:
        import trafilatura

        return Prediction(trafilatura.extract(html, url=url, **options) or "")

    return extract


def trafilatura_fields(html: str, url: str) -> Prediction:
    """Authors and date from ``trafilatura.extract_metadata`` (no body)."""
    import trafilatura

    metadata = trafilatura.extract_metadata(html, default_url=url)
    authors = (metadata.author or "").split(TRAFILATURA_AUTHOR_SEPARATOR)
    return Prediction(
        body="",
        authors=tuple(name.strip() for name in authors if name.strip()),
        published=dt.date.fromisoformat(metadata.date) if metadata.date else None,
    )


def readability_extract(html: str, url: str) -> Prediction:
    """Body from readability-lxml's summary, one line per text node."""
    import lxml.html
    from readability import Document as ReadabilityDocument

    summary = lxml.html.fromstring(ReadabilityDocument(html).summary())
    return Prediction("\n".join(summary.itertext()))


# --- newsclean -------------------------------------------------------------------------------


def prediction_from_article(article: Any) -> Prediction:
    """Read body, authors and publication date off a ``newsclean.Article``."""
    byline, dateline = article.byline, article.dateline
    return Prediction(
        body=article.body,
        authors=tuple(byline.authors) if byline is not None else (),
        published=dateline.published if dateline is not None else None,
    )


def newsclean_extractor(newsclean: ModuleType, kind: str) -> Extractor:
    """Return the call into the library for ``kind``.

    Raises ``AttributeError`` when the library has no such entry point (yet).
    """
    if kind == "html":
        clean_html = newsclean.clean_html
        return lambda html, url: prediction_from_article(clean_html(html, url=url))
    clean = newsclean.clean
    return lambda text, url: prediction_from_article(clean(text, url=url))


def newsclean_system(newsclean: ModuleType, kind: str) -> System:
    """The library under test as a :class:`System` for ``kind``."""
    return System(
        name="newsclean",
        extract=newsclean_extractor(newsclean, kind),
        extracts_fields=True,
        counts_errors=True,
        before_pass=getattr(getattr(newsclean, "labeling", None), "clear_memo", None),
    )


# --- per input kind --------------------------------------------------------------------------


def baseline_systems(kind: str) -> list[System]:
    """The reference systems compared on ``kind``, in table order."""
    if kind == "html":
        return [
            System("trafilatura extract()", trafilatura_extractor(), trafilatura_fields, True),
            System(
                "trafilatura favor_precision=True",
                trafilatura_extractor(favor_precision=True),
                trafilatura_fields,
                True,
            ),
            System("readability-lxml", readability_extract),
        ]
    systems = [
        System("no cleaning", no_cleaning, timed=False),
        System("C4-style line filter", c4_line_filter),
    ]
    if kind == "page":
        systems.append(System("jusText over lines", justext_lines))
    return systems


HTML_ANCHOR_SYSTEM = "trafilatura extract()"
"""For HTML the speed anchor is this baseline's own row."""
