"""A second opinion on large removals: what one context decision removed, an independent
reading of the page may give back.

The context steps remove blocks by where they stand (outside the region, after a card
separator, below a thread's start, a copy of a paragraph above), not by what their own text
says. Such a decision can be wrong in a way that costs a run of the article's paragraphs, so
it does not stand alone when another reading of the page disagrees: a run of blocks that such
a decision removed and that the other reading keeps goes back into the body, labelled with the
rule that says why (``newsclean explain`` shows it). A lone headline-shaped line is no large
removal and keeps its label, and a block made of links (from HTML) stays out: the page's own
structure says it is navigation, whatever the other reading keeps.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..draft import Draft
from ..hints import LINK_DENSE
from ..model import Kind, Label
from ..rule_names import ContextRule
from ..shape import Shape

#: The rules of decisions made from a block's position and neighbours, not from its own text,
#: that another reading may undo. ``next-story`` is not among them: a label of the next
#: article and a header of its own (a byline, a date) are two pieces of evidence, and
#: trafilatura's text takes the next story when the page sets it in the article's container.
CONTEXT_RULES = frozenset(
    {
        ContextRule.OUTSIDE_ARTICLE,
        ContextRule.REPEAT,
        ContextRule.CARD_SEPARATOR,
        ContextRule.TEASER_CARD,
        ContextRule.DEK,
        ContextRule.NAVIGATION_RUN,
        ContextRule.LINK_LIST,
        ContextRule.COMMENT_THREAD,
        ContextRule.SOURCE_LIST,
        ContextRule.AFTER_AUTHOR_NOTE,
    }
)
#: A run of fewer blocks than this, none of them prose, is not given back.
MIN_RUN_BLOCKS = 2


def restore_kept_runs(
    draft: Draft,
    kept: Iterable[int],
    rule: str = ContextRule.KEPT_BY_MAIN_TEXT,
    undone: frozenset[str] = CONTEXT_RULES,
) -> int:
    """Give back to the body the runs of blocks among ``kept`` (block indices, in order, that
    the other reading keeps) that a context decision (one of ``undone``) removed; return how
    many blocks came back. A run is a stretch of such blocks with no other kept block between
    them; one of at least MIN_RUN_BLOCKS blocks, or holding a prose paragraph, comes back
    whole."""
    runs: list[list[int]] = []
    previous = -1
    for index in kept:
        label = draft.label(index)
        if (
            label is not None
            and label.rule in undone
            and LINK_DENSE not in draft.block(index).hints
        ):
            if runs and runs[-1][-1] == previous:
                runs[-1].append(index)
            else:
                runs.append([index])
        previous = index
    restored = 0
    for run in runs:
        if len(run) < MIN_RUN_BLOCKS and draft.shape(run[0]) is not Shape.SENTENCE:
            continue
        for index in run:
            draft.relabel(index, Kind.BODY, rule)
        restored += len(run)
    return restored


def body_indices(draft: Draft) -> list[int]:
    """The blocks the body keeps: open ones and those labelled BODY."""
    return [i for i, label in enumerate(draft.labels) if label is None or label.kind is Kind.BODY]


def is_body(label: Label | None) -> bool:
    """True for the label of a block the body keeps."""
    return label is None or label.kind is Kind.BODY
