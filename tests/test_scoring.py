"""Unit tests of the benchmark's scoring rules (benchmarks/scoring.py), on hand-made examples.

Every expected figure is worked out by hand in the comments; none needs the dataset.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from benchmarks.scoring import (
    BodyScore,
    Counts,
    aggregate_body,
    count_shingles,
    date_is_right,
    normalize_author,
    parse_truth_date,
    score_authors,
    score_bodies,
    score_dates,
    shingles,
    tokens,
)

# --- tokens and shingles ---------------------------------------------------------------------


def test_tokens_are_word_character_runs() -> None:
    # \w+ splits on the apostrophe and the colon, keeps digits and accented letters.
    assert tokens("It's 9:30 at Condé Nast!") == ["It", "s", "9", "30", "at", "Condé", "Nast"]


def test_shingles_are_four_token_windows() -> None:
    # 5 tokens -> 5 - 4 + 1 = 2 windows.
    assert shingles("a b c d e") == Counter({("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1})


def test_shingles_are_a_multiset() -> None:
    # 8 tokens -> 5 windows: abcd, bcda, cdab, dabc, abcd; abcd occurs twice.
    counted = shingles("a b c d a b c d")
    assert counted[("a", "b", "c", "d")] == 2
    assert sum(counted.values()) == 5


def test_short_text_is_one_short_shingle() -> None:
    # Fewer than 4 tokens: one window holding all of them (as the reference scorer does).
    assert shingles("just two") == Counter({("just", "two"): 1})


@pytest.mark.parametrize("text", ["", "   ", "... !!! --"])
def test_text_without_tokens_has_no_shingles(text: str) -> None:
    assert shingles(text) == Counter()


# --- per-document counts ---------------------------------------------------------------------


def test_counts_of_a_truncated_prediction() -> None:
    # truth: abcd bcde cdef (3); predicted: abcd bcde (2) -> tp 2, fp 0, fn 1.
    assert count_shingles("a b c d e f", "a b c d e") == Counts(tp=2, fp=0, fn=1)


def test_counts_match_multisets_not_sets() -> None:
    # truth: abcd x1; predicted: abcd x2, bcda, cdab, dabc (5) -> only one abcd matches:
    # tp 1, fp 5 - 1 = 4, fn 0.
    assert count_shingles("a b c d", "a b c d a b c d") == Counts(tp=1, fp=4, fn=0)


def test_short_shingle_does_not_match_a_longer_one() -> None:
    # truth ("one", "two") vs predicted ("one", "two", "three"): different shingles.
    assert count_shingles("one two", "one two three") == Counts(tp=0, fp=1, fn=1)


# --- aggregation and the empty-side conventions ----------------------------------------------


def test_empty_sides_leave_the_averages() -> None:
    pairs = [
        ("a b c d e f", "a b c d e"),  # A: tp 2, fp 0, fn 1 -> P 1, R 2/3
        ("p q r s t", ""),  # B: nothing predicted -> no precision; R 0
        ("", "u v w x"),  # C: nothing true -> P 0; no recall
        ("", ""),  # D: both empty -> in neither average
    ]
    # precision over A, C = (1 + 0) / 2 = 0.5; recall over A, B = (2/3 + 0) / 2 = 1/3;
    # F1 = 2 * 0.5 * 1/3 / (0.5 + 1/3) = (1/3) / (5/6) = 0.4.
    score = score_bodies(pairs)
    assert score.precision == pytest.approx(0.5)
    assert score.recall == pytest.approx(1 / 3)
    assert score.f1 == pytest.approx(0.4)
    assert score.n == 4


def test_f1_is_the_harmonic_mean_of_the_averages() -> None:
    pairs = [
        ("a b c d e f", "a b c d e"),  # P 1, R 2/3 (per-document F1 0.8)
        ("a b c d e", "a b c d e f g"),  # tp 2, fp 2, fn 0 -> P 0.5, R 1 (per-document F1 2/3)
    ]
    # P = 0.75, R = 5/6, F1 = 2 * 0.75 * 5/6 / (0.75 + 5/6) = 1.25 / (19/12) = 15/19,
    # not the mean of per-document F1s, (0.8 + 2/3) / 2 = 0.733.
    score = score_bodies(pairs)
    assert (score.precision, score.recall) == pytest.approx((0.75, 5 / 6))
    assert score.f1 == pytest.approx(15 / 19)


def test_perfect_prediction() -> None:
    assert score_bodies([("one two", "one two"), ("a b c d e", "a b c d e")]) == BodyScore(
        f1=1.0, precision=1.0, recall=1.0, n=2
    )


def test_no_prediction_anywhere_gives_zero_precision() -> None:
    # No document has predicted shingles: the precision average is empty and reported as 0.0;
    # recall over both = 0, F1 = 0.
    assert aggregate_body([Counts(0, 0, 3), Counts(0, 0, 1)]) == BodyScore(0.0, 0.0, 0.0, 2)


# --- authors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("Chris Davies", "chris davies"),
        ("By Jane Doe", "jane doe"),
        ("by: Jane Doe", "jane doe"),
        ("BY JANE DOE,", "jane doe"),
        ("  Jane \n\t Doe  ", "jane doe"),
        ("José Álvarez", "jose alvarez"),
        ("Ulrike Straße", "ulrike strasse"),  # casefold, not lower: ß -> ss
        ("Byron York", "byron york"),  # "By" only as a separate word
        ("Amy Kuperinsky | NJ Advance Media for NJ.com", "amy kuperinsky"),
        ("Jane Doe and John Roe", "jane doe and john roe"),  # co-authors are not split here
    ],
)
def test_normalize_author(raw: str, normalised: str) -> None:
    assert normalize_author(raw) == normalised


def test_author_pairs_on_pages_with_truth_only() -> None:
    truth = {
        "p1": ["Amy Kuperinsky | NJ Advance Media for NJ.com"],
        "p2": ["Lia Eustachewich", "Yaron Steinbuch"],
        "p3": [],  # unknown: predictions here are ignored
    }
    predicted = {
        "p1": ["By Amy  Kuperinsky", "AMY KUPERINSKY"],  # the same pair twice counts once
        "p2": ["Lia Eustachewich", "Someone Else"],
        "p3": ["Ignored Person"],
    }
    # true pairs: (p1, amy kuperinsky), (p2, lia eustachewich), (p2, yaron steinbuch) = 3;
    # predicted pairs: (p1, amy kuperinsky), (p2, lia eustachewich), (p2, someone else) = 3;
    # matched 2 -> P = R = F1 = 2/3, over 2 pages.
    score = score_authors(truth, predicted)
    assert (score.precision, score.recall, score.f1) == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    assert score.pages == 2


def test_author_names_count_per_page() -> None:
    truth = {"p1": ["Pamela Wilson"], "p2": ["Chris Davies"]}
    predicted = {"p1": ["Chris Davies"], "p2": ["Chris Davies"]}
    # (p1, chris davies) is wrong even though the name is right on p2: P 1/2, R 1/2.
    score = score_authors(truth, predicted)
    assert (score.precision, score.recall) == pytest.approx((0.5, 0.5))


def test_no_author_predicted() -> None:
    # Nothing predicted (p1 absent, p2 empty): P 0 by convention, R 0/2, F1 0.
    score = score_authors({"p1": ["Meg James"], "p2": ["Tess Bonn"]}, {"p2": []})
    assert (score.precision, score.recall, score.f1) == (0.0, 0.0, 0.0)


# --- dates -----------------------------------------------------------------------------------

NOV_20 = dt.date(2019, 11, 20)


@pytest.mark.parametrize(
    ("predicted", "right"),
    [
        (dt.date(2019, 11, 20), True),
        (dt.date(2019, 11, 19), True),  # a day early
        (dt.date(2019, 11, 21), True),  # a day late
        (dt.datetime(2019, 11, 21, 23, 59), True),  # only the calendar date counts
        (dt.datetime(2019, 11, 19, 0, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))), True),
        (dt.date(2019, 11, 22), False),  # two days off
        (dt.date(2019, 11, 18), False),
        (dt.date(2018, 11, 20), False),
        (None, False),
    ],
)
def test_date_within_one_day(predicted: dt.date | dt.datetime | None, right: bool) -> None:
    assert date_is_right(NOV_20, predicted) is right


def test_date_tolerance_crosses_year_boundary() -> None:
    assert date_is_right(dt.date(2019, 12, 31), dt.date(2020, 1, 1))


def test_year_one_truth_is_counted_as_given() -> None:
    # "0001-01-01" from publishers' metadata is part of the truth: only a date near it is right.
    year_one = parse_truth_date("0001-01-01")
    assert year_one == dt.date(1, 1, 1)
    assert date_is_right(year_one, dt.date(1, 1, 2))
    assert not date_is_right(year_one, dt.date(2019, 11, 19))


def test_parse_truth_date_null() -> None:
    assert parse_truth_date(None) is None


def test_date_accuracy_over_pages_with_a_true_date() -> None:
    truth = {
        "a": NOV_20,
        "b": dt.date(1, 1, 1),
        "c": None,  # no truth: not scored, whatever is predicted
        "d": dt.date(2018, 1, 1),
    }
    predicted = {"a": dt.datetime(2019, 11, 19, 8, 0), "b": dt.date(2019, 11, 19), "c": NOV_20}
    # scored: a (right), b (wrong), d (missing -> wrong) -> 1 / 3.
    score = score_dates(truth, predicted)
    assert (score.correct, score.pages) == (1, 3)
    assert score.accuracy == pytest.approx(1 / 3)
