"""The tail report of the benchmark (``benchmarks/tail.py``) on pages made up here."""

from __future__ import annotations

from pathlib import Path

from benchmarks.dataset import Doc
from benchmarks.leave_site_out import Tunable, leave_site_out, mean_f1
from benchmarks.tail import costliest_removal, measure, page_f1, summary_table

import newsclean

STORY = (
    "The council voted on Tuesday to rebuild the harbour wall before next winter, after the "
    "January storms cracked it in three places and flooded the fish market twice."
)


def doc(doc_id: str, region_text: str, body: str = STORY) -> Doc:
    return Doc(doc_id, "", body, (), None, region_text, region_text, Path("unused"))


def test_page_f1_of_an_empty_prediction_is_zero():
    assert page_f1(STORY, "") == (0.0, 0.0, 0.0)
    assert page_f1("", "") == (1.0, 1.0, 1.0)


def test_measure_counts_the_tail_and_the_pages_made_worse():
    pages = [doc("kept", f"{STORY}\n\nShare\n\nTweet"), doc("lost", STORY)]

    def clean(page: Doc, kind: str) -> newsclean.Article:
        if page.id == "lost":
            return newsclean.Article(
                "", removed=(newsclean.Removal(newsclean.Kind.BOILERPLATE, STORY, "x"),)
            )
        return newsclean.clean(page.region_text)

    report = measure(pages, "region", clean)
    assert (report.below, report.worse, report.harmed) == (1, 1, 1)
    assert [page.id for page in report.tail] == ["lost"]
    assert report.tail[0].costliest.startswith("boilerplate/x (")
    assert "| region | 2 |" in summary_table([report])


def test_the_costliest_removal_is_the_one_holding_most_of_the_truth():
    article = newsclean.Article(
        "",
        removed=(
            newsclean.Removal(newsclean.Kind.SHARE, "Share", "share-button"),
            newsclean.Removal(newsclean.Kind.BOILERPLATE, STORY, "outside-article"),
        ),
    )
    assert costliest_removal(STORY, article).startswith("boilerplate/outside-article (")


def test_leave_site_out_chooses_on_the_other_sites():
    """Site a is best with value 1, site b with 2, site c with 1 by a little: held out, a and c
    are scored with the value the other two prefer."""
    tunable = Tunable("newsclean.context.region", "LEAD_BONUS", (1, 2))
    keys = [("dev", "region", name) for name in ("a", "b", "c")]
    by_value = {
        1: {keys[0]: (1.0, 1.0), keys[1]: (0.5, 0.5), keys[2]: (0.8, 0.8)},
        2: {keys[0]: (0.6, 0.6), keys[1]: (1.0, 1.0), keys[2]: (0.79, 0.79)},
    }
    outcome = leave_site_out(tunable, by_value, {key: key[2] for key in keys})
    assert outcome.in_sample["dev", "region"] == mean_f1(list(by_value[1].values()))
    # a held out: b and c prefer 2 (1.0 + 0.79 > 0.5 + 0.8), so a scores 0.6
    assert outcome.chosen[2] >= 1
    assert outcome.left_out["dev", "region"] < outcome.in_sample["dev", "region"]
