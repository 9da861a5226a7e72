"""The labeller's working state (``newsclean.draft``): one record per block, kept consistent."""

from __future__ import annotations

import pytest

from newsclean.draft import BlockRecord, Draft
from newsclean.model import Block, Kind, Label
from newsclean.records import BylineMatch, Shape

TEXTS = ["Harbour wall to be rebuilt", "By Ann Lee", "PARIS - The council voted.", "More news"]
BY_ANN = BylineMatch("by-line", "By Ann Lee")


def draft() -> Draft:
    """A draft of TEXTS: a title, a byline, a paragraph with a lead bonus, a promo line."""
    made = Draft(
        [
            BlockRecord(Block(0, TEXTS[0]), Shape.HEADLINE, 0.0, Label(Kind.TITLE, "title")),
            BlockRecord(Block(1, TEXTS[1]), Shape.FRAGMENT, 0.0),
            BlockRecord(Block(2, TEXTS[2]), Shape.SENTENCE, 20.0, lead_bonus=5.0),
            BlockRecord(Block(3, TEXTS[3]), Shape.FRAGMENT, 0.0, Label(Kind.PROMO, "more")),
        ],
        title_index=0,
    )
    made.mark_byline(1, BY_ANN)
    return made


def test_split_block_replaces_one_record_and_moves_the_title() -> None:
    split = draft()
    split.split_block(
        2,
        (
            BlockRecord(Block(2, "PARIS -"), Shape.FRAGMENT, 0.0, Label(Kind.DATELINE, "dateline")),
            BlockRecord(Block(2, "The council voted."), Shape.SENTENCE, 18.0),
        ),
    )
    assert len(split) == 5
    assert [block.text for block in split.blocks] == [
        *TEXTS[:2],
        "PARIS -",
        "The council voted.",
        TEXTS[3],
    ]
    assert split.labels[2:] == (Label(Kind.DATELINE, "dateline"), None, Label(Kind.PROMO, "more"))
    assert split.shapes[2:] == (Shape.FRAGMENT, Shape.SENTENCE, Shape.FRAGMENT)
    assert [split.prose_score(i) for i in range(2, 5)] == [0.0, 18.0, 0.0]
    # The parts are read afresh: the split block's lead bonus went with it.
    assert [split.lead_bonus(i) for i in range(5)] == [0.0] * 5
    assert dict(split.bylines) == {1: BY_ANN} and split.title_index == 0


def test_the_title_and_the_bylines_move_when_a_block_above_them_is_split() -> None:
    split = draft()
    split.title_index = 3
    split.split_block(0, [BlockRecord(Block(0, "Live"), Shape.FRAGMENT, 0.0) for _ in range(2)])
    assert split.title_index == 4 and dict(split.bylines) == {2: BY_ANN}
    assert split.lead_bonus(3) == 5.0


def test_a_block_that_is_no_longer_a_byline_loses_its_byline_record() -> None:
    relabelled, reopened = draft(), draft()
    relabelled.relabel(1, Kind.BOILERPLATE, "teaser-byline")
    reopened.reopen(1)
    assert relabelled.byline(1) is None and not relabelled.bylines
    assert reopened.byline(1) is None and reopened.is_open(1)


def test_mark_labels_only_an_open_block() -> None:
    marked = draft()
    marked.mark(0, Kind.NAVIGATION, "link-list")
    marked.mark(2, Kind.NAVIGATION, "link-list")
    assert marked.label(0) == Label(Kind.TITLE, "title")
    assert marked.label(2) == Label(Kind.NAVIGATION, "link-list")
    assert marked.open_blocks() == []


def test_the_views_are_read_only() -> None:
    made = draft()
    with pytest.raises(TypeError):
        made.labels[1] = None  # type: ignore[index]
    with pytest.raises(TypeError):
        del made.bylines[1]  # type: ignore[attr-defined]
    assert made.words(2) == 5 and made.text(2) == TEXTS[2]


def test_open_above_passes_over_labelled_blocks_within_its_reach() -> None:
    made = draft()  # a title (labelled), a byline line, a paragraph, a promo (labelled)
    assert made.open_above(3) == 2
    assert made.open_above(1) is None  # only the labelled title above
    assert made.open_above(4, reach=0) is None  # the promo right above is labelled
    assert made.open_above(4, reach=1) == 2
