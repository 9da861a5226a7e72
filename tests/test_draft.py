"""The labeller's working state (``newsclean.draft``): its per-block lists stay in step."""

from __future__ import annotations

import pytest

from newsclean.draft import BlockPart, Draft
from newsclean.model import Block, Kind, Label
from newsclean.records import BylineMatch, Shape

TEXTS = ["Harbour wall to be rebuilt", "By Ann Lee", "PARIS - The council voted.", "More news"]


def draft() -> Draft:
    """A draft of TEXTS: a title, a byline, a paragraph with a lead bonus, a promo line."""
    return Draft(
        blocks=[Block(i, text) for i, text in enumerate(TEXTS)],
        labels=[Label(Kind.TITLE, "title"), None, None, Label(Kind.PROMO, "more")],
        shapes=[Shape.HEADLINE, Shape.FRAGMENT, Shape.SENTENCE, Shape.FRAGMENT],
        prose_scores=[0.0, 0.0, 20.0, 0.0],
        lead_bonuses={2: 5.0, 3: 1.0},
        bylines={1: BylineMatch("by-line", "By Ann Lee")},
        title_index=0,
    )


def test_split_block_moves_every_later_index_along() -> None:
    split = draft()
    split.split_block(
        2,
        (
            BlockPart(Block(2, "PARIS -"), Label(Kind.DATELINE, "dateline"), Shape.FRAGMENT, 0.0),
            BlockPart(Block(2, "The council voted."), None, Shape.SENTENCE, 18.0),
        ),
    )
    assert [block.text for block in split.blocks] == [
        *TEXTS[:2],
        "PARIS -",
        "The council voted.",
        TEXTS[3],
    ]
    assert split.labels[2:] == [Label(Kind.DATELINE, "dateline"), None, Label(Kind.PROMO, "more")]
    assert split.shapes[2:] == [Shape.FRAGMENT, Shape.SENTENCE, Shape.FRAGMENT]
    assert split.prose_scores[2:] == [0.0, 18.0, 0.0]
    # The split block's lead bonus goes; the later block's moves with it.
    assert split.lead_bonuses == {4: 1.0}
    assert set(split.bylines) == {1} and split.title_index == 0


def test_the_title_moves_when_a_block_above_it_is_split() -> None:
    split = draft()
    split.title_index = 3
    split.split_block(0, (BlockPart(Block(0, "Live"), None, Shape.FRAGMENT, 0.0),) * 2)
    assert split.title_index == 4 and set(split.bylines) == {2}
    assert split.lead_bonuses == {3: 5.0, 4: 1.0}


def test_lists_of_different_lengths_are_refused() -> None:
    with pytest.raises(ValueError, match="one label, shape and prose score per block"):
        Draft(blocks=[Block(0, "A line")], labels=[], shapes=[], prose_scores=[])
