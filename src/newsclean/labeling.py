"""Label every block: first each block on its own, then each in the light of its neighbours.

Read top to bottom, :func:`label_document` is the whole algorithm:

1. **Each block alone** (:func:`label_alone`): byline lines, timestamp lines, the rule tables of
   ``newsclean.rules``, captions and credits. Blocks no rule claims stay open (``None``).
2. **Neighbours** (``context.neighbours``): repeated blocks share a label, pull quotes repeat a
   paragraph, captions sit beside credits and gallery controls, bare numbers beside share
   buttons are counters.
3. **The region** (``context.region``): the article is the run of blocks that holds the most
   prose (the maximum-sum run of block scores).
4. **Header** (``context.header``): title, bylines and dates, dek, above and at the region's start.
5. **Lists and threads** (``context.lists``, ``context.threads``): links under "Most read",
   menus inside the region, chrome outside it, the comment thread after it.
6. **Settle** (``context.region.settle``): trim the region again over what is left, cut the
   dateline off the first paragraph and bylines off the foot, until nothing changes. This is
   what makes cleaning idempotent: a cleaned body, cleaned again, comes back unchanged.
"""

from __future__ import annotations

from . import dates
from .byline import match_byline
from .context.header import label_header
from .context.lists import label_outside, mark_link_lists, mark_navigation_runs
from .context.neighbours import (
    mark_bare_counters,
    mark_captions,
    mark_consent_banners,
    mark_headline_cards,
    mark_kicker_cards,
    mark_pull_quotes,
    mark_repeats,
)
from .context.region import boost_leads, find_main_region, prose_score, settle
from .context.threads import mark_comment_thread, mark_header_comment_buttons
from .draft import Draft
from .model import Block, Kind, Label
from .options import CAPTIONS_FAMILY, DEFAULT_OPTIONS, Options, UserRule
from .patterns import DEFAULT_PATTERN_TIMEOUT
from .rules import Tables, find_keywords, match_block, tables_without
from .rules.captions import match_caption
from .rules.markup import match_markup
from .shape import classify_shape


def label_document(blocks: list[Block], options: Options = DEFAULT_OPTIONS) -> Draft:
    """Label every block of a document (see the module docstring for the steps)."""
    shapes = [classify_shape(block.text) for block in blocks]
    draft = Draft(
        blocks=list(blocks),
        labels=[None] * len(blocks),
        shapes=shapes,
        prose_scores=[prose_score(block.text, shape) for block, shape in zip(blocks, shapes)],
        options=options,
    )
    tables = tables_without(options.disabled_families)
    keywords = find_keywords([block.text for block in blocks], tables)
    for index in range(len(blocks)):
        label_alone(draft, index, keywords[index], tables)
    if CAPTIONS_FAMILY not in options.disabled_families:
        mark_captions(draft)
    mark_repeats(draft)
    mark_kicker_cards(draft)
    mark_headline_cards(draft)
    mark_pull_quotes(draft)
    mark_bare_counters(draft)
    mark_consent_banners(draft)
    boost_leads(draft)
    start, end = find_main_region(draft, range(len(draft.blocks)))
    if start < end:
        start = label_header(draft, start)
        mark_header_comment_buttons(draft, start)
        mark_link_lists(draft, end)
        label_outside(draft, start, end)
        mark_navigation_runs(draft, start, end)
        mark_comment_thread(draft, start)
    settle(draft)
    return draft


def label_alone(
    draft: Draft, index: int, keywords: set[int] | None = None, tables: Tables | None = None
) -> None:
    """Label a block from its own text: user rules, markup hints (blocks from HTML), rule
    tables, byline, timestamp, caption; else leave it open. ``keywords`` is what
    ``rules.find_keywords`` found in the block with ``tables`` (the options' tables if None)."""
    block = draft.blocks[index]
    text = block.text
    options = draft.options
    captions_on = CAPTIONS_FAMILY not in options.disabled_families
    timeout = options.pattern_timeout
    label = match_user_rules(options.user_rules, text, timeout) if options.user_rules else None
    if label is None and block.tag:
        label = match_markup(block.hints, text, captions=captions_on)
    if label is None:
        if tables is None:
            tables = tables_without(options.disabled_families)
        label = match_block(text, keywords, tables, timeout)  # they settle most chrome cheaply
    if label is not None:
        draft.labels[index] = label
        return
    byline = match_byline(text)
    if byline is not None and byline.form != "author-note":
        draft.mark_byline(index, byline)
    elif dates.is_timestamp_line(text):
        draft.labels[index] = Label(Kind.TIMESTAMP, "timestamp-line")
    elif captions_on:
        draft.labels[index] = match_caption(text, timeout)


def match_user_rules(
    rules: tuple[UserRule, ...], text: str, timeout: float = DEFAULT_PATTERN_TIMEOUT
) -> Label | None:
    """The label of the first user rule the block matches, or None; ``PatternTimeoutError``
    when a rule's match runs past ``timeout`` seconds."""
    for rule in rules:
        if rule.matches(text, timeout):
            return Label(rule.kind, rule.name)
    return None
