"""Scoring rules of the newsclean benchmark: body text, authors, dates.

These are the rules of the dataset's README, implemented here independently of the dataset's
reference scorer (``score.py``); ``tests/test_scoring.py`` pins them on hand-computed examples.

Body text
    Tokens are ``\\w+`` runs (Unicode). A text's shingles are its 4-token windows, counted as a
    multiset. A text of 1 to 3 tokens has exactly one, shorter, shingle made of all its tokens; a
    text without tokens has none (both as in the reference scorer). Per document, with
    ``tp`` = shingles in common (multiset intersection), ``fp`` = predicted shingles not matched and
    ``fn`` = true shingles not matched: precision = tp / (tp + fp), recall = tp / (tp + fn).
    Precision is averaged only over documents that have predicted shingles (tp + fp > 0), recall
    only over documents that have true shingles (tp + fn > 0); a document where both sides are
    empty (precision = recall = 1.0 by the README's convention) therefore enters neither average.
    F1 is the harmonic mean of the two averages (not an average of per-document F1s). When no
    document qualifies for an average (say, a system returned "" everywhere) that average is
    reported as 0.0, where the reference scorer would raise.

Authors
    Scored only on pages whose true ``authors`` list is non-empty (elsewhere the truth is
    unknown, so predictions there are ignored). Each side becomes a set of (page id, normalised
    name) pairs; precision = matched pairs / predicted pairs, recall = matched pairs / true
    pairs, F1 their harmonic mean. With no predicted pair at all precision is 0.0.
    Name normalisation (:func:`normalize_author`), in this order:

    1. keep only the part before the first ``|`` (the truth holds entries like
       ``'Amy Kuperinsky | NJ Advance Media for NJ.com'``: person | affiliation);
    2. Unicode NFKD, then drop combining marks (so ``José`` matches ``Jose``);
    3. casefold;
    4. collapse every whitespace run to one space and strip;
    5. strip ``,;:`` at either end, then remove one leading ``by`` followed by a space or a
       colon (``'By Jane Doe'`` and ``'by: Jane Doe'`` both become ``'jane doe'``).

    Nothing else is changed: ``'Jane Doe and John Roe'`` stays one (wrong) name, since splitting
    co-authors is the extractor's job.

Dates
    Accuracy over pages with a true ``date`` (including the literal ``0001-01-01`` entries some
    publishers' metadata carries: they are part of the truth and counted as given). A prediction
    is right when it is a :class:`~datetime.date` or :class:`~datetime.datetime` whose calendar
    date is at most one day from the truth (publishers' time zones differ); ``None`` is wrong.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

SHINGLE_SIZE = 4
DATE_TOLERANCE_DAYS = 1

_TOKEN = re.compile(r"\w+")
_WHITESPACE = re.compile(r"\s+")
_LEADING_BY = re.compile(r"^by(?::\s*|\s+)")
_EDGE_PUNCTUATION = ",;:"


# --- body text -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Counts:
    """Shingle counts of one document: matched (tp), spurious (fp) and missed (fn)."""

    tp: int
    fp: int
    fn: int


@dataclass(frozen=True)
class BodyScore:
    """Body-text figures over a set of documents."""

    f1: float
    precision: float
    recall: float
    n: int


def tokens(text: str) -> list[str]:
    """Return the ``\\w+`` runs of ``text``.

    >>> tokens("It's 9:30, isn't it?")
    ['It', 's', '9', '30', 'isn', 't', 'it']
    """
    return _TOKEN.findall(text)


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Return the multiset of ``size``-token windows of ``text``.

    A text shorter than ``size`` tokens (but not empty) yields one shingle of all its tokens.

    >>> sorted(shingles("a b c d a b c d").items())[:2]
    [(('a', 'b', 'c', 'd'), 2), (('b', 'c', 'd', 'a'), 1)]
    >>> shingles("just two")
    Counter({('just', 'two'): 1})
    """
    toks = tokens(text)
    if not toks:
        return Counter()
    window_count = max(1, len(toks) - size + 1)
    return Counter(tuple(toks[i : i + size]) for i in range(window_count))


def count_shingles(truth: str, predicted: str) -> Counts:
    """Compare one document's predicted body with its true body."""
    true_shingles, predicted_shingles = shingles(truth), shingles(predicted)
    tp = sum((true_shingles & predicted_shingles).values())
    return Counts(
        tp=tp,
        fp=sum(predicted_shingles.values()) - tp,
        fn=sum(true_shingles.values()) - tp,
    )


def harmonic_mean(a: float, b: float) -> float:
    """Return 2ab / (a + b), or 0.0 when both are 0."""
    return 2 * a * b / (a + b) if a + b else 0.0


def _mean(values: Sequence[float]) -> float:
    """Arithmetic mean (with an exactly rounded sum), 0.0 for no values."""
    return math.fsum(values) / len(values) if values else 0.0


def aggregate_body(counts: Sequence[Counts]) -> BodyScore:
    """Average per-document precision and recall with the empty-side conventions above."""
    precisions = [c.tp / (c.tp + c.fp) for c in counts if c.tp + c.fp > 0]
    recalls = [c.tp / (c.tp + c.fn) for c in counts if c.tp + c.fn > 0]
    precision, recall = _mean(precisions), _mean(recalls)
    return BodyScore(
        f1=harmonic_mean(precision, recall), precision=precision, recall=recall, n=len(counts)
    )


def score_bodies(pairs: Iterable[tuple[str, str]]) -> BodyScore:
    """Score ``(true_body, predicted_body)`` pairs.

    >>> score_bodies([("a b c d e", "a b c d")])
    BodyScore(f1=0.6666666666666666, precision=1.0, recall=0.5, n=1)
    """
    return aggregate_body([count_shingles(truth, predicted) for truth, predicted in pairs])


# --- authors ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuthorScore:
    """Author figures over (page, normalised name) pairs, on pages with author truth."""

    f1: float
    precision: float
    recall: float
    pages: int


def strip_accents(text: str) -> str:
    """Drop combining marks after NFKD decomposition.

    >>> strip_accents("Condé Nast")
    'Conde Nast'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalize_author(name: str) -> str:
    """Normalise an author name for matching (rules in the module docstring).

    >>> normalize_author("  By  JOSÉ   Smith, ")
    'jose smith'
    >>> normalize_author("Amy Kuperinsky | NJ Advance Media for NJ.com")
    'amy kuperinsky'
    """
    person = name.split("|", 1)[0]
    folded = strip_accents(person).casefold()
    collapsed = _WHITESPACE.sub(" ", folded).strip().strip(_EDGE_PUNCTUATION).strip()
    return _LEADING_BY.sub("", collapsed, count=1).strip()


def _author_pairs(page_id: str, names: Iterable[str]) -> set[tuple[str, str]]:
    """(page, normalised name) pairs for one page, without empty names."""
    return {(page_id, n) for n in map(normalize_author, names) if n}


def score_authors(
    truth: Mapping[str, Sequence[str]], predicted: Mapping[str, Sequence[str]]
) -> AuthorScore:
    """Score predicted author names against the truth, both keyed by page id.

    Only pages whose true list is non-empty count; a page missing from ``predicted`` predicts
    no author.
    """
    scored_pages = [page for page, names in truth.items() if names]
    true_pairs: set[tuple[str, str]] = set()
    predicted_pairs: set[tuple[str, str]] = set()
    for page in scored_pages:
        true_pairs |= _author_pairs(page, truth[page])
        predicted_pairs |= _author_pairs(page, predicted.get(page, ()))
    matched = len(true_pairs & predicted_pairs)
    precision = matched / len(predicted_pairs) if predicted_pairs else 0.0
    recall = matched / len(true_pairs) if true_pairs else 0.0
    return AuthorScore(
        f1=harmonic_mean(precision, recall),
        precision=precision,
        recall=recall,
        pages=len(scored_pages),
    )


# --- dates -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DateScore:
    """Share of pages with a true date whose predicted date is within the tolerance."""

    accuracy: float
    correct: int
    pages: int


def as_date(value: dt.date | dt.datetime | None) -> dt.date | None:
    """Return the calendar date of a date or datetime (its own, not converted to UTC)."""
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def date_is_right(truth: dt.date, predicted: dt.date | dt.datetime | None) -> bool:
    """True when ``predicted`` is at most one day from ``truth``; ``None`` is never right.

    >>> date_is_right(dt.date(2019, 11, 20), dt.datetime(2019, 11, 19, 23, 59))
    True
    >>> date_is_right(dt.date(2019, 11, 20), dt.date(2019, 11, 22))
    False
    """
    predicted_date = as_date(predicted)
    if predicted_date is None:
        return False
    return abs((predicted_date - truth).days) <= DATE_TOLERANCE_DAYS


def parse_truth_date(value: str | None) -> dt.date | None:
    """Parse a dataset ``date`` field (``YYYY-MM-DD`` or null)."""
    return dt.date.fromisoformat(value) if value else None


def score_dates(
    truth: Mapping[str, dt.date | None],
    predicted: Mapping[str, dt.date | dt.datetime | None],
) -> DateScore:
    """Score predicted dates against the truth, both keyed by page id.

    Only pages with a true date count; a page missing from ``predicted`` is wrong.
    """
    scored = {page: day for page, day in truth.items() if day is not None}
    correct = sum(date_is_right(day, predicted.get(page)) for page, day in scored.items())
    return DateScore(
        accuracy=correct / len(scored) if scored else 0.0, correct=correct, pages=len(scored)
    )
