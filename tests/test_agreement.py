"""The second opinion on large removals (``newsclean.context.agreement``)."""

from __future__ import annotations

from newsclean.context.agreement import restore_kept_runs
from newsclean.rule_names import ContextRule

KEPT_BY_MAIN_TEXT = ContextRule.KEPT_BY_MAIN_TEXT
from newsclean.draft import BlockRecord, Draft
from newsclean.explain import explain_draft, format_row
from newsclean.model import Block, Kind, Label
from newsclean.shape import classify_shape

TEXTS = [
    "The harbour wall will be rebuilt before winter, the council decided on Tuesday night.",
    "Share",
    "Engineers said the repairs would take five months and cost about two million pounds.",
    "Fishermen said they had waited years for the work, and welcomed the council's vote.",
    "More from the coast",
    "Storm damage in the north",
]


def draft_of(labels: list[Label | None]) -> Draft:
    """A draft of TEXTS with the given labels."""
    return Draft(
        [
            BlockRecord(Block(i, text), classify_shape(text), 0.0, label)
            for i, (text, label) in enumerate(zip(TEXTS, labels, strict=True))
        ]
    )


OUTSIDE = Label(Kind.BOILERPLATE, "outside-article")


def test_a_run_of_paragraphs_removed_by_position_comes_back():
    draft = draft_of([None, Label(Kind.SHARE, "share-button"), OUTSIDE, OUTSIDE, None, None])
    assert restore_kept_runs(draft, [0, 2, 3]) == 2
    assert draft.label(2) == draft.label(3) == Label(Kind.BODY, KEPT_BY_MAIN_TEXT)
    assert draft.label(1) == Label(Kind.SHARE, "share-button")  # its own text decided it
    rows = [format_row(row) for row in explain_draft(draft)]
    assert rows[2] == f"  kept      | body ({KEPT_BY_MAIN_TEXT}) | {TEXTS[2]}"


def test_a_removal_by_a_blocks_own_text_stays():
    share = Label(Kind.SHARE, "share-button")
    draft = draft_of([None, share, None, None, share, share])
    assert restore_kept_runs(draft, [1, 4, 5]) == 0
    assert draft.label(4) == draft.label(5) == share


def test_a_lone_headline_is_no_large_removal():
    """One short line removed by position (a teaser headline) keeps its label, though the other
    reading keeps it; two such lines in a row are a run and come back."""
    link_list = Label(Kind.NAVIGATION, "link-list")
    draft = draft_of([None, None, None, None, link_list, None])
    assert restore_kept_runs(draft, [4]) == 0
    assert draft.label(4) == link_list
    draft = draft_of([None, None, None, None, link_list, link_list])
    assert restore_kept_runs(draft, [4, 5]) == 2
