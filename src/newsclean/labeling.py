"""Label every block: first each block on its own, then each in the light of its neighbours.

Read top to bottom, :func:`label_document` is the whole algorithm:

1. **Each block alone** (:func:`label_alone`): byline lines, timestamp lines, the rule tables of
   ``newsclean.rules``, captions and credits. Blocks no rule claims stay open (``None``).
2. **Repeats**: a later exact copy of an earlier block is chrome (galleries repeat captions,
   pages repeat headlines and dates).
3. **Captions in context**: a short block right above a credit line is that picture's caption.
4. **The main region**: the article is the stretch of blocks that holds the most prose, found as
   the maximum-sum run of block scores (prose counts for, chrome and fragments against).
5. **Header and footer**: before the region sit the title, the bylines and dates and the dek;
   after it, author notes and page chrome.
6. **Navigation runs and comment threads** inside the region.
7. **Settle**: trim the region again after what was removed, cut the dateline off the first
   paragraph and drop author notes from the foot, until nothing changes. Settling is what makes
   cleaning idempotent: the body of an article, cleaned again, is returned unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import dates
from .byline import BylineMatch, is_name_line, match_byline
from .dateline import DatelineMatch, split_dateline
from .model import Block, Kind, Label
from .rules import match_block
from .rules.captions import CAPTION_MAX_CHARS, match_caption
from .shape import Shape, classify_shape, count_numbers, ends_like_sentence, is_title_case, word_count

#: Region scores: prose counts its length for the article; open fragments and headlines count a
#: little against it (so the region's edges are prose), chrome counts against it more.
FRAGMENT_SCORE = -15
HEADLINE_SCORE = -10
CHROME_SCORE = -40
#: Chrome that sits inside articles (pictures with their captions, repeated picture titles)
#: counts against the region less than page chrome does.
INLINE_CHROME_SCORE = -10
INLINE_CHROME_KINDS = frozenset({Kind.CAPTION, Kind.CREDIT, Kind.GALLERY, Kind.BOILERPLATE})
#: A short block that ends like a sentence ("He declined.") counts half its length for.
SHORT_SENTENCE_WEIGHT = 0.5

#: A headline-shaped block with this many numbers is a table row or a score line, content that
#: counts for the article (a fraction of its length), not against it.
DATA_ROW_NUMBERS = 2
DATA_ROW_WEIGHT = 0.3
#: How many blocks from the region's start a byline or timestamp may sit and still mark what is
#: above it (a headline, a dek) as the article's header; and how much text that header may hold.
HEADER_REACH = 6
HEADER_MAX_CHARS = 400
#: Prose (in characters) that must come before a comments header for it to open a thread.
COMMENTS_AFTER_PROSE = 300

#: Rules whose blocks head a list of links to other stories.
LIST_HEADER_RULES = frozenset({"list-header", "list-header-phrase"})

#: A run of at least this many short open blocks inside the region is a menu.
NAVIGATION_RUN_MIN = 3
#: Menu items have at most this many words.
NAVIGATION_ITEM_MAX_WORDS = 5
#: Repeated blocks shorter than this many words are left alone (a repeated "Yes." is fine).
REPEAT_MIN_WORDS = 3
#: How far (in blocks) a byline name line may sit from a timestamp.
NAME_LINE_REACH = 2
#: The title is looked for among this many blocks before the region.
TITLE_SEARCH_BLOCKS = 40
#: The most words a title may have.
TITLE_MAX_WORDS = 30


@dataclass
class Draft:
    """The labeller's working state for one document (never shared between calls)."""

    blocks: list[Block]
    labels: list[Label | None]
    shapes: list[Shape]
    bylines: dict[int, BylineMatch] = field(default_factory=dict)
    dateline: DatelineMatch | None = None
    title_index: int | None = None

    def is_open(self, index: int) -> bool:
        """True when no rule has claimed the block yet (it is a body candidate)."""
        return self.labels[index] is None

    def mark(self, index: int, kind: Kind, rule: str) -> None:
        """Label a block (overwriting nothing: only open blocks are marked)."""
        if self.labels[index] is None:
            self.labels[index] = Label(kind, rule)


def label_document(blocks: list[Block]) -> Draft:
    """Label every block of a document (see the module docstring for the steps)."""
    draft = Draft(
        blocks=list(blocks),
        labels=[None] * len(blocks),
        shapes=[classify_shape(block.text) for block in blocks],
    )
    for index, block in enumerate(draft.blocks):
        draft.labels[index] = label_alone(block.text, index, draft)
    mark_repeats(draft)
    mark_captions_above_credits(draft)
    start, end = find_main_region(draft, range(len(draft.blocks)))
    if start < end:
        start = max(start, label_header(draft, start))
        label_outside(draft, start, end)
        mark_link_lists(draft, start, end)
        mark_navigation_runs(draft, start, end)
        mark_comment_thread(draft, start, end)
    settle(draft)
    return draft


def label_alone(text: str, index: int, draft: Draft) -> Label | None:
    """Label a block from its own text: byline, timestamp, rule tables, caption; else None."""
    byline = match_byline(text)
    if byline is not None and byline.form != "author-note":
        draft.bylines[index] = byline
        return Label(Kind.BYLINE, f"byline-{byline.form}")
    if dates.is_timestamp_line(text):
        return Label(Kind.TIMESTAMP, "timestamp-line")
    label = match_block(text)
    if label is not None:
        return label
    return match_caption(text)


def mark_repeats(draft: Draft) -> None:
    """Label a later exact copy of an earlier block like the first copy (or as boilerplate)."""
    first_seen: dict[str, int] = {}
    for index, block in enumerate(draft.blocks):
        earlier = first_seen.setdefault(block.text, index)
        if earlier == index or word_count(block.text) < REPEAT_MIN_WORDS or _is_tweet_attribution(block.text):
            continue
        first_label = draft.labels[earlier]
        if first_label is not None and first_label.kind is not Kind.BYLINE:
            draft.mark(index, first_label.kind, "repeat")
        else:
            draft.mark(index, Kind.BOILERPLATE, "repeat")


def _is_tweet_attribution(text: str) -> bool:
    """"— Name (@handle) October 9, 2018" closes an embedded tweet; two tweets of one account on
    one day repeat it, and both belong to the article."""
    return text.startswith(("—", "-", "–")) and "(@" in text


def mark_captions_above_credits(draft: Draft) -> None:
    """A block right above a credit line is its picture's caption: always when the two are on
    adjacent lines, and when they are a paragraph apart only if the block is not prose."""
    for index in range(1, len(draft.blocks)):
        label = draft.labels[index]
        if label is None or label.kind is not Kind.CREDIT:
            continue
        above = index - 1
        if not draft.is_open(above) or len(draft.blocks[above].text) > CAPTION_MAX_CHARS:
            continue
        adjacent = "after-blank" not in draft.blocks[index].hints
        if adjacent or draft.shapes[above] is not Shape.SENTENCE:
            draft.mark(above, Kind.CAPTION, "caption-above-credit")


def block_score(draft: Draft, index: int) -> float:
    """How much a block counts for (positive) or against (negative) being in the article."""
    label = draft.labels[index]
    if label is not None:
        return INLINE_CHROME_SCORE if label.kind in INLINE_CHROME_KINDS else CHROME_SCORE
    text = draft.blocks[index].text
    shape = draft.shapes[index]
    if shape is Shape.SENTENCE:
        return len(text)
    if ends_like_sentence(text) and not is_title_case(text) and word_count(text) >= 2:
        return len(text) * SHORT_SENTENCE_WEIGHT
    if shape is Shape.HEADLINE and count_numbers(text) >= DATA_ROW_NUMBERS:
        return len(text) * DATA_ROW_WEIGHT
    return HEADLINE_SCORE if shape is Shape.HEADLINE else FRAGMENT_SCORE


def find_main_region(draft: Draft, candidates: range | list[int]) -> tuple[int, int]:
    """The maximum-sum run of block scores among ``candidates`` (block indices in order), as a
    ``[start, end)`` range of block indices; ties go to the longest run. Empty when no block
    scores above zero."""
    best_sum, best = 0.0, (0, 0)
    run_sum, run_start = 0.0, None
    for index in candidates:
        score = block_score(draft, index)
        if run_start is None or run_sum < 0:
            run_sum, run_start = 0.0, index
        run_sum += score
        if run_sum > best_sum or (run_sum == best_sum and best_sum > 0 and run_start == best[0]):
            best_sum, best = run_sum, (run_start, index + 1)
    return best


def label_header(draft: Draft, start: int) -> int:
    """Label the article's header and return where the body starts.

    Before the region sit the title, bylines written as bare names next to a date, and the dek.
    A byline or timestamp within a few blocks of the region's start shows that the region opens
    with header material too (a headline that reads like a sentence, a dek): that is moved out.
    """
    reach = min(len(draft.blocks), start + HEADER_REACH)
    for index in range(max(0, start - TITLE_SEARCH_BLOCKS), reach):
        if draft.is_open(index) and _is_name_line_near_date(draft, index):
            draft.bylines[index] = BylineMatch("name-line", draft.blocks[index].text)
            draft.mark(index, Kind.BYLINE, "byline-name-line")
    body_start = _end_of_header_cluster(draft, start, reach)
    for index in range(max(0, start - TITLE_SEARCH_BLOCKS), body_start):
        if draft.is_open(index) and _is_title_candidate(draft, index):
            draft.title_index = index
            draft.labels[index] = Label(Kind.TITLE, "title")
            break
    for index in range(start, body_start):
        draft.mark(index, Kind.BOILERPLATE, "dek")
    return body_start


def _end_of_header_cluster(draft: Draft, start: int, reach: int) -> int:
    """The block after the last byline or timestamp near the region's start, when the open text
    above it is short enough to be a header; else the region's start."""
    last_header = None
    for index in range(start, reach):
        label = draft.labels[index]
        if label is not None and label.kind in (Kind.BYLINE, Kind.TIMESTAMP):
            last_header = index
    if last_header is None:
        return start
    header = [i for i in range(start, last_header) if draft.is_open(i)]
    if sum(len(draft.blocks[i].text) for i in header) > HEADER_MAX_CHARS:
        return start
    if any(split_dateline(draft.blocks[i].text) for i in header):
        return start  # a paragraph that opens with a dateline is the story, not its header
    return last_header + 1


def _is_name_line_near_date(draft: Draft, index: int) -> bool:
    """True for a line of person names within a couple of blocks of a timestamp or byline."""
    if not is_name_line(draft.blocks[index].text):
        return False
    near = range(max(0, index - NAME_LINE_REACH), min(len(draft.blocks), index + NAME_LINE_REACH + 1))
    return any(
        (label := draft.labels[other]) is not None and label.kind in (Kind.TIMESTAMP, Kind.BYLINE)
        for other in near
        if other != index
    )


def _is_title_candidate(draft: Draft, index: int) -> bool:
    """A title is a headline-shaped block: a few words, not ending in a full stop."""
    text = draft.blocks[index].text
    words = word_count(text)
    return draft.shapes[index] is not Shape.FRAGMENT and words <= TITLE_MAX_WORDS and (
        not ends_like_sentence(text) or text.endswith(("?", "!")) or is_title_case(text)
    )


def label_outside(draft: Draft, start: int, end: int) -> None:
    """Blocks before and after the region that no rule claimed are page chrome; author notes
    after it are bylines."""
    for index in range(len(draft.blocks)):
        if start <= index < end or not draft.is_open(index):
            continue
        if index >= end and _mark_author_note(draft, index):
            continue
        kind = Kind.NAVIGATION if draft.shapes[index] is Shape.FRAGMENT else Kind.BOILERPLATE
        draft.mark(index, kind, "outside-article")


def _mark_author_note(draft: Draft, index: int) -> bool:
    """Label the block as a byline when it is an author note; say whether it was."""
    byline = match_byline(draft.blocks[index].text)
    if byline is None or byline.form != "author-note":
        return False
    draft.bylines[index] = byline
    draft.mark(index, Kind.BYLINE, "byline-author-note")
    return True


def mark_link_lists(draft: Draft, start: int, end: int) -> None:
    """Under a list header ("Most read", "More from ...", "Related stories"), the headline and
    fragment blocks up to the next prose block are links to other stories."""
    in_list = False
    for index in range(start, end):
        label = draft.labels[index]
        if label is not None:
            if label.rule in LIST_HEADER_RULES:
                in_list = True
            continue
        if draft.shapes[index] is Shape.SENTENCE:
            in_list = False
        elif in_list:
            draft.mark(index, Kind.NAVIGATION, "link-list")


def mark_navigation_runs(draft: Draft, start: int, end: int) -> None:
    """Inside the region, a run of several short open blocks (chrome between them allowed) is a
    menu, unless a line ending in a colon introduces it as a list."""
    run: list[int] = []
    for index in range(start, end + 1):
        if index < end and not draft.is_open(index):
            continue
        if index < end and _is_menu_item(draft, index):
            run.append(index)
            continue
        if len(run) >= NAVIGATION_RUN_MIN and not _introduced_as_list(draft, run[0]):
            for item in run:
                draft.mark(item, Kind.NAVIGATION, "navigation-run")
        run = []


def _is_menu_item(draft: Draft, index: int) -> bool:
    """A menu item is a few words without sentence punctuation; numbers only in very short
    items ("iOS 13"), since a longer line with numbers is a table row or a score."""
    text = draft.blocks[index].text
    words = word_count(text)
    return (
        draft.shapes[index] is not Shape.SENTENCE
        and words <= NAVIGATION_ITEM_MAX_WORDS
        and not ends_like_sentence(text)
        and (words <= 3 or count_numbers(text) == 0)
    )


def _introduced_as_list(draft: Draft, first: int) -> bool:
    """True when the nearest open block above the run ends with a colon ("Here are the picks:")."""
    for index in range(first - 1, -1, -1):
        if draft.is_open(index):
            return draft.blocks[index].text.endswith(":")
    return False


def mark_comment_thread(draft: Draft, start: int, end: int) -> None:
    """A comments header after the article's first prose, with comment chrome (another comments
    block or a timestamp) following it, opens the comment thread: every open block from there
    on is a comment."""
    prose_before = 0
    for index in range(start, len(draft.blocks)):
        label = draft.labels[index]
        if label is None:
            if draft.shapes[index] is Shape.SENTENCE:
                prose_before += len(draft.blocks[index].text)
            continue
        if label.kind is Kind.COMMENTS and prose_before >= COMMENTS_AFTER_PROSE and _comment_chrome_follows(draft, index):
            for later in range(index + 1, len(draft.blocks)):
                _mark_comment(draft, later)
            return


def _comment_chrome_follows(draft: Draft, index: int) -> bool:
    """True when another comments or timestamp block follows within a few blocks."""
    for later in range(index + 1, min(len(draft.blocks), index + 7)):
        label = draft.labels[later]
        if label is not None and label.kind in (Kind.COMMENTS, Kind.TIMESTAMP):
            return True
    return False


def settle(draft: Draft) -> None:
    """Trim the region over the body blocks left, cut the dateline off the first paragraph and
    author notes off the foot, until nothing changes (see the module docstring)."""
    while True:
        open_blocks = [i for i in range(len(draft.blocks)) if draft.is_open(i)]
        if not open_blocks:
            return
        region_start, region_end = find_main_region(draft, open_blocks)
        if region_start == region_end:
            return  # no prose at all: keep every open block as it is
        for index in open_blocks:
            if not region_start <= index < region_end:
                draft.mark(index, Kind.BOILERPLATE, "outside-article")
        body = [i for i in open_blocks if region_start <= i < region_end]
        if _mark_author_note(draft, body[-1]):
            continue
        if draft.dateline is None and _cut_dateline(draft, body[0]):
            continue
        return


def _cut_dateline(draft: Draft, index: int) -> bool:
    """Split a dateline off the block into a block of its own; say whether there was one."""
    block = draft.blocks[index]
    found = split_dateline(block.text)
    if found is None:
        return False
    draft.dateline = found
    prefix = Block(index=block.index, text=found.prefix, tag=block.tag, hints=block.hints)
    rest = Block(index=block.index, text=found.rest, tag=block.tag, hints=block.hints)
    draft.blocks[index:index + 1] = [prefix, rest]
    draft.labels[index:index + 1] = [Label(Kind.DATELINE, "dateline"), None]
    draft.shapes[index:index + 1] = [Shape.FRAGMENT, classify_shape(found.rest)]
    draft.bylines = {(i + 1 if i > index else i): m for i, m in draft.bylines.items()}
    if draft.title_index is not None and draft.title_index > index:
        draft.title_index += 1
    return True


def _mark_comment(draft: Draft, index: int) -> None:
    """Label a block of a comment thread: open blocks, and the commenters' names and dates."""
    label = draft.labels[index]
    if label is None or label.kind in (Kind.TIMESTAMP, Kind.BYLINE):
        draft.labels[index] = Label(Kind.COMMENTS, "comment-thread")
        draft.bylines.pop(index, None)
