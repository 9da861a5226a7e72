"""Quality floor of newsclean on the development benchmark, and the body's promises (a fixed
point, the input's own lines) on its pages.

Needs the dataset: set ``NEWSCLEAN_BENCHMARK_DIR`` to its directory, else the test is skipped.
It runs the library through the benchmark harness's own loader, adapters and scorer
(``benchmarks/``), so its figures are the ones ``benchmarks/quality.py`` prints.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import pytest
from benchmarks.dataset import DATA_DIR_ENV, Doc, load_dataset, resolve_data_dir
from benchmarks.scoring import score_authors, score_bodies, score_dates
from benchmarks.systems import INPUT_KINDS, input_of, newsclean_extractor

# The body-text targets for newsclean.clean on region_text.
REGION_TARGET_F1 = 0.975
REGION_TARGET_PRECISION = 0.970
REGION_TARGET_RECALL = 0.980

# The whole-page issue's targets for newsclean.clean on page_text. It sets none for recall; the
# recall target here keeps the precision work from buying precision with the article's text.
PAGE_TARGET_F1 = 0.930
PAGE_TARGET_PRECISION = 0.920
PAGE_TARGET_RECALL = 0.960

# The HTML issue's targets for newsclean.clean_html on the pages' HTML (recall as for page_text).
HTML_TARGET_F1 = 0.970
HTML_TARGET_PRECISION = 0.960
HTML_TARGET_RECALL = 0.960
# Its field targets: author F1 0.92; dates 0.98 is out of reach on this half, where 5 of the 51
# dated pages carry the publisher's placeholder 0001-01-01 as their truth (clean_html refuses
# placeholder years), so the floor is set below the 46 of 51 that can be right.
HTML_TARGET_AUTHOR_F1 = 0.920
HTML_TARGET_DATE_ACCURACY = 0.880

# Each floor sits this far below its target: the target is what the work aims at, the floor is
# what no later commit may fall under, with room for small trade-offs between documents.
FLOOR_MARGIN = 0.005


@dataclass(frozen=True)
class Floor:
    """Minimum body figures of newsclean on one input kind (``region``, ``page`` or ``html``)."""

    kind: str
    f1: float
    precision: float
    recall: float


def floor_below(kind: str, f1: float, precision: float, recall: float) -> Floor:
    """The floor FLOOR_MARGIN below the given targets."""
    return Floor(
        kind,
        f1=round(f1 - FLOOR_MARGIN, 3),
        precision=round(precision - FLOOR_MARGIN, 3),
        recall=round(recall - FLOOR_MARGIN, 3),
    )


FLOORS = [
    pytest.param(
        floor_below("region", REGION_TARGET_F1, REGION_TARGET_PRECISION, REGION_TARGET_RECALL),
        id="region_text",
    ),
    pytest.param(
        floor_below("page", PAGE_TARGET_F1, PAGE_TARGET_PRECISION, PAGE_TARGET_RECALL),
        id="page_text",
    ),
    pytest.param(
        floor_below("html", HTML_TARGET_F1, HTML_TARGET_PRECISION, HTML_TARGET_RECALL),
        id="html",
    ),
]


@pytest.fixture(scope="module")
def docs() -> list[Doc]:
    """The development dataset, or a skip when its location is not given."""
    if not os.environ.get(DATA_DIR_ENV):
        pytest.skip(f"{DATA_DIR_ENV} is not set: the quality floor needs the benchmark dataset")
    return load_dataset(resolve_data_dir(None))


@pytest.mark.parametrize("floor", FLOORS)
def test_body_quality_floor(docs: list[Doc], floor: Floor) -> None:
    import newsclean  # imported here so that a missing dataset skips before the library loads

    extract = newsclean_extractor(newsclean, floor.kind)
    predicted = [extract(input_of(doc, floor.kind), doc.url).body for doc in docs]
    score = score_bodies(zip((doc.body for doc in docs), predicted))
    figures = f"F1 {score.f1:.4f}, precision {score.precision:.4f}, recall {score.recall:.4f}"
    floors = f"F1 {floor.f1}, precision {floor.precision}, recall {floor.recall}"
    assert (
        score.f1 >= floor.f1 and score.precision >= floor.precision and score.recall >= floor.recall
    ), f"newsclean on {INPUT_KINDS[floor.kind]}: {figures}; floors: {floors}"


def test_html_fields_floor(docs: list[Doc]) -> None:
    import newsclean

    extract = newsclean_extractor(newsclean, "html")
    predictions = {doc.id: extract(input_of(doc, "html"), doc.url) for doc in docs}
    authors = score_authors(
        {doc.id: doc.authors for doc in docs},
        {doc_id: p.authors for doc_id, p in predictions.items()},
    )
    dates = score_dates(
        {doc.id: doc.date for doc in docs},
        {doc_id: p.published for doc_id, p in predictions.items()},
    )
    assert authors.f1 >= HTML_TARGET_AUTHOR_F1 - FLOOR_MARGIN, authors
    assert dates.accuracy >= HTML_TARGET_DATE_ACCURACY - FLOOR_MARGIN, dates


@pytest.fixture(scope="module")
def both_sets(docs: list[Doc]) -> list[Doc]:
    """Both development sets: dev.jsonl and Readability's test pages."""
    return [*docs, *load_dataset(resolve_data_dir(None), "readability")]


@pytest.mark.parametrize("kind", ["region", "page"])
def test_every_dev_text_gives_a_fixed_point_body_of_its_own_lines(
    both_sets: list[Doc], kind: str
) -> None:
    # The promises of tests/test_properties.py on real pages of both development sets:
    # cleaning a body again leaves it unchanged (clean(clean(x).body).body == clean(x).body),
    # and it holds only the input's lines. (Two CNN pages' bodies were not fixed points: a promo
    # and a video playlist held only by a lead bonus.)
    import newsclean
    from test_properties import assert_idempotent, assert_no_invented_text

    for doc in both_sets:
        text = input_of(doc, kind)
        article = newsclean.clean(text)
        assert_no_invented_text(text, article)
        assert_idempotent(article)
