"""Label every block: first each block on its own, then each in the light of its neighbours.

Read top to bottom, :func:`label_document` is the whole algorithm:

1. **Each block alone** (:func:`label_alone`): byline lines, timestamp lines, the rule tables of
   ``newsclean.rules``, captions and credits. Blocks no rule claims stay open (``None``). Then
   the bylines one line does not make (``context.signature``): "By" alone above a name, and
   weak name lines that the page's own lower-case words show to be phrases.
2. **Neighbours**: repeated blocks share a label (``context.repeats``), pull quotes repeat a
   paragraph (``context.pull_quotes``), captions sit beside credits and gallery controls
   (``context.captions``), numbered slides are a gallery's (``context.slides``), bare numbers
   beside share buttons are counters (``context.counters``), teasers in a grid and a news
   ticker's timed headlines are cards (``context.cards``); a live blog's entry times
   (``context.liveblog``, blocks from HTML) are given back to the body when the gallery table
   took them for player durations; a run of citations is a list of sources
   (``context.lists``).
3. **The region** (``context.region``): the article is the run of blocks that holds the most
   prose (the maximum-sum run of block scores).
4. **Header** (``context.header``): title, bylines and dates, dek, above and at the region's start.
5. **Lists and threads** (``context.lists``, ``context.threads``): links under "Most read",
   links to other stories set between the article's paragraphs (``context.cards``), menus
   inside the region, chrome outside it, the comment thread after it.
6. **Settle** (``context.settle``, ``context.foot``): trim the region again over what is left,
   label the bylines at its foot, end it at an author note that only the page's tail follows,
   cut the dateline off the first paragraph, until nothing changes. This is what makes cleaning
   idempotent: a cleaned body, cleaned again, comes back unchanged. Last, bylines of the forms
   written above a story that stand well below the body are other stories' (teasers).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping

from . import timestamps
from .byline import match_byline
from .context.captions import mark_captions
from .context.cards import (
    mark_headline_cards,
    mark_inline_cards,
    mark_kicker_cards,
    mark_stamped_headlines,
    mark_tickers,
)
from .context.consent import mark_consent_banners
from .context.copies import mark_near_copies
from .context.counters import mark_bare_counters
from .context.foot import drop_teaser_bylines
from .context.header import label_header
from .context.lists import (
    label_outside,
    mark_link_lists,
    mark_navigation_runs,
    mark_source_lists,
    reclaim_first_item,
    score_marked_lists,
)
from .context.liveblog import reopen_entry_times
from .context.pull_quotes import mark_pull_quotes
from .context.region import boost_leads, find_main_region, open_record
from .context.repeats import mark_repeats
from .context.settle import settle
from .context.signature import (
    join_capital_names_over_dates,
    join_split_bylines,
    label_columns_over_bylines,
    reopen_phrase_names,
)
from .context.slides import mark_numbered_slides
from .context.text_tables import keep_text_tables
from .context.threads import mark_comment_thread, mark_header_comment_buttons
from .dates import find_dates
from .draft import Draft
from .families import CAPTIONS_FAMILY
from .model import Block, Kind, Label
from .options import DEFAULT_OPTIONS, Options, UserRule
from .patterns import DEFAULT_PATTERN_TIMEOUT
from .records import BylineForm, BylineMatch
from .rules import Tables, match_block, tables_without
from .rules.captions import match_caption
from .rules.markup import match_markup


def label_document(blocks: list[Block], options: Options = DEFAULT_OPTIONS) -> Draft:
    """Label every block of a document (see the module docstring for the steps)."""
    draft = Draft([open_record(block) for block in blocks], options)
    tables = tables_without(options.disabled_families)
    for index in range(len(blocks)):
        label_alone(draft, index, tables)
    join_split_bylines(draft)
    join_capital_names_over_dates(draft)
    reopen_phrase_names(draft)
    reopen_entry_times(draft)
    if CAPTIONS_FAMILY not in options.disabled_families:
        mark_captions(draft)
        mark_numbered_slides(draft)
    mark_repeats(draft)
    mark_near_copies(draft)
    mark_kicker_cards(draft)
    mark_headline_cards(draft)
    mark_tickers(draft)
    mark_stamped_headlines(draft)
    mark_pull_quotes(draft)
    mark_bare_counters(draft)
    mark_consent_banners(draft)
    mark_source_lists(draft)
    score_marked_lists(draft)
    boost_leads(draft)
    start, end = find_main_region(draft, range(len(draft)))
    if start < end:
        start = label_header(draft, start)
        mark_inline_cards(draft, start, end)
        mark_header_comment_buttons(draft, start)
        mark_link_lists(draft, end)
        label_outside(draft, start, end)
        mark_navigation_runs(draft, start, end)
        mark_comment_thread(draft, start)
    label_columns_over_bylines(draft)
    settle(draft)
    reclaim_first_item(draft)
    drop_teaser_bylines(draft)
    keep_text_tables(draft)
    return draft


def label_alone(draft: Draft, index: int, tables: Tables | None = None) -> None:
    """Label a block from its own text: user rules, markup hints (blocks from HTML), then what
    :func:`read_block` makes of its text; else leave it open. ``tables`` are the options' rule
    tables (looked up when None)."""
    block = draft.block(index)
    text = block.text
    options = draft.options
    captions_on = CAPTIONS_FAMILY not in options.disabled_families
    timeout = options.pattern_timeout
    label = match_user_rules(options.user_rules, text, timeout) if options.user_rules else None
    if label is None and block.tag:
        label = match_markup(block.hints, text, captions=captions_on)
        if label is not None and label.kind is Kind.CREDIT and (dated := _dated_by_line(text)):
            draft.mark_byline(index, dated)  # a byline styled as a credit: "By X, March 11"
            return
    if label is not None:
        draft.set_label(index, label)
        return
    if tables is None:
        tables = tables_without(options.disabled_families)
    reader = _read_short_block if len(text) <= MEMO_MAX_CHARS else read_block
    found = reader(text, tables, captions_on, timeout)
    if isinstance(found, BylineMatch):
        draft.mark_byline(index, found)
    else:
        draft.set_label(index, found)


def _dated_by_line(text: str) -> BylineMatch | None:
    """The byline a "By" line with a date is ("By Jane Doe March 11, 2015 3:46 PM"), else
    None: a picture's credit names its photographer without a date."""
    found = match_byline(text)
    if found is None or found.form is not BylineForm.BY_LINE or not find_dates(text):
        return None
    return found


def read_block(
    text: str, tables: Tables, captions_on: bool, timeout: float = DEFAULT_PATTERN_TIMEOUT
) -> Label | BylineMatch | None:
    """What a block's text alone says it is: a rule table's label (the tables settle most chrome
    cheaply), a byline, a timestamp line, a caption or credit (when ``captions_on``), or None.
    A guarded pattern that runs past ``timeout`` seconds raises ``PatternTimeoutError`` (which
    the memo does not remember).

    >>> read_block("0 : 0", tables_without(frozenset()), True).kind
    <Kind.SHARE: 'share'>
    """
    label = match_block(text, tables, timeout)
    if label is not None:
        return label
    byline = match_byline(text)
    if byline is not None and byline.form != BylineForm.AUTHOR_NOTE:
        return byline
    if timestamps.is_timestamp_line(text):
        return timestamps.TIMESTAMP_LINE
    return match_caption(text, timeout) if captions_on else None


#: Blocks up to this long are read once per distinct text (menus, buttons and labels repeat
#: within a page and across a site's pages); longer ones are nearly always unique.
MEMO_MAX_CHARS = 200
#: How many distinct short blocks a process remembers by default (their texts and labels: some
#: 20 MB at most).
DEFAULT_MEMO_SIZE = 1 << 16
#: The environment variable that sets another size for the process (0 turns the memo off).
MEMO_SIZE_VARIABLE = "NEWSCLEAN_MEMO_SIZE"


def memo_size(environ: Mapping[str, str]) -> int:
    """The memo's size from ``NEWSCLEAN_MEMO_SIZE`` in ``environ`` (a count of blocks, 0 for
    none), else :data:`DEFAULT_MEMO_SIZE`; anything but a whole number >= 0 raises ValueError.

    >>> memo_size({}), memo_size({"NEWSCLEAN_MEMO_SIZE": "0"})
    (65536, 0)
    """
    value = environ.get(MEMO_SIZE_VARIABLE, "").strip()
    if not value:
        return DEFAULT_MEMO_SIZE
    if not (value.isascii() and value.isdigit()):  # "²" is a digit to str.isdigit
        raise ValueError(f"{MEMO_SIZE_VARIABLE} must be a whole number >= 0, not {value!r}")
    return int(value)


MEMO_SIZE = memo_size(os.environ)

#: :func:`read_block` remembered for short blocks: a pure function of immutable arguments, so
#: the memo changes no result, only how often the work is done.
_read_short_block = functools.lru_cache(maxsize=MEMO_SIZE)(read_block)


def clear_memo() -> None:
    """Forget the short blocks read so far (results do not change; benchmarks call this so that
    each timed pass reads its pages as for the first time)."""
    _read_short_block.cache_clear()


def match_user_rules(
    rules: tuple[UserRule, ...], text: str, timeout: float = DEFAULT_PATTERN_TIMEOUT
) -> Label | None:
    """The label of the first user rule the block matches, or None; ``PatternTimeoutError``
    when a rule's match runs past ``timeout`` seconds."""
    for rule in rules:
        if rule.matches(text, timeout):
            return Label(rule.kind, rule.name)
    return None
