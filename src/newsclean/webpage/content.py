"""Where the article is on the page: the span of Blocks around trafilatura's main content.

trafilatura is good at finding an article's main text and weak at its edges: it drops embedded
posts and quotes between paragraphs and stops at the first chunk of articles split over several
containers. So its text serves as an anchor: the span runs from the first Block it kept to the
last, is extended over later chunks in the same kind of container, and up to the headline above;
newsclean's own labeller then decides block by block inside the span.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence

import lxml.etree
import lxml.html
import regex

from ..model import Block

#: Lines of trafilatura's text shorter than this (letters and digits only) are too common to
#: anchor anything ("Share", "Photo").
ANCHOR_MIN_CHARS = 10
#: A block this long (letters and digits only) anchors also as a part of a line (see
#: :func:`anchored_blocks`); shorter texts recur inside other lines.
PARTIAL_ANCHOR_MIN_CHARS = 40
#: The most characters a page's searches for a block inside trafilatura's lines may read
#: together (see :class:`MainText`): some 0.1 s.
PART_SEARCH_BUDGET = 50_000_000
#: A later block extends the span when it sits in the anchors' usual container and is at least
#: this long (a paragraph, not a caption or a button).
EXTENSION_MIN_CHARS = 80
#: How many such paragraphs a later chunk needs for the span to reach it, unless the one
#: paragraph comes within this many blocks of the span.
EXTENSION_MIN_PARAGRAPHS = 2
EXTENSION_NEAR_BLOCKS = 3
#: Two paragraphs of one chunk stand at most this many blocks apart (an ad label between).
CHUNK_PARAGRAPH_GAP = 2
#: The most blocks between two chunks of one article (what an ad, a gallery or a box of links
#: between them takes); paragraphs further on in a like container are another story's.
CHUNK_GAP_BLOCKS = 40
#: A run of more blocks than this without an anchor splits the anchors into groups; groups at
#: the ends with less than ``MINOR_GROUP_SHARE`` of the anchored text together (a headline far
#: above the story, a teaser far below it) are left out of the span.
ANCHOR_GAP_BLOCKS = 12
MINOR_GROUP_SHARE = 0.2
#: A group with this many paragraphs of trafilatura's text is the article's own, however small
#: its share (the lead of a long article, above an infobox and a table of contents).
GROUP_MIN_PARAGRAPHS = 2
#: How many blocks above the span a headline (``h1``) may sit and still open it.
HEADLINE_REACH = 25
#: Further up than that (a gallery or a video player between the header and the text), the
#: headline and the byline under it are read without what stands between them and the span:
#: the headline at most this many blocks above the span, the byline at most
#: BYLINE_UNDER_HEADLINE blocks under the headline.
FAR_HEADLINE_REACH = 120
BYLINE_UNDER_HEADLINE = 20

#: Pages with more elements than this skip trafilatura: its extraction is quadratic on some
#: shapes (libxml2's ``//p//text()`` in ``_extract``, ``len(tree)`` in a loop in
#: ``prune_unwanted_sections``): 100,000 paragraphs took 16 s, ten times as many would take
#: hours. Real pages have under 2,000 elements; without trafilatura's anchors the whole page is
#: the span.
TRAFILATURA_MAX_ELEMENTS = 20_000

_NOT_WORD = regex.compile(r"[\W_]+")


def anchor_key(text: str) -> str:
    """The key two renderings of the same line share: lower case letters and digits only.

    >>> anchor_key("Hello, World!") == anchor_key("hello world")
    True
    """
    return _NOT_WORD.sub("", text.lower())


class MainLines(list[str]):
    """trafilatura's main text as lines, with a memo of the anchor keys (:func:`anchor_key`) of
    the texts compared with it. A page is compared several times (whole lines, then parts of
    lines; the walked blocks, then the labelled ones; the body's coverage), always with the same
    texts: the memo keys each text once per page. It holds keys only, a pure function of a text,
    so it stays right whatever the list holds.

    >>> lines = MainLines(["Hello, World!"])
    >>> lines == ["Hello, World!"], lines.key("Hello, World!")
    (True, 'helloworld')
    """

    def __init__(self, lines: Iterable[str] = ()) -> None:
        super().__init__(lines)
        self._keys: dict[str, str] = {}

    def key(self, text: str) -> str:
        """:func:`anchor_key` of ``text``, remembered."""
        key = self._keys.get(text)
        if key is None:
            key = self._keys[text] = anchor_key(text)
        return key


def _key_function(main_lines: Sequence[str]) -> Callable[[str], str]:
    """How to key texts compared with ``main_lines``: its memo when it keeps one
    (:class:`MainLines`), else :func:`anchor_key`."""
    return main_lines.key if isinstance(main_lines, MainLines) else anchor_key


_NODE_COUNT = lxml.etree.XPath(
    "count(descendant-or-self::*) + count(descendant::comment())"
    " + count(descendant::processing-instruction())"
)


def node_count(root: lxml.html.HtmlElement) -> int:
    """How many nodes ``root.iter()`` yields (``root``, its descendant elements, comments and
    processing instructions), counted by libxml2 without making a Python object of each.

    >>> node_count(lxml.html.fromstring("<div><p>One</p><p>Two <b>three</b></p></div>"))
    4
    """
    return int(_NODE_COUNT(root))


def main_text_lines(root: lxml.html.HtmlElement, url: str | None) -> MainLines:
    """trafilatura's main text of the page, as lines (empty when it finds none)."""
    from trafilatura import bare_extraction  # imported on first use: it is slow to import

    if node_count(root) > TRAFILATURA_MAX_ELEMENTS:
        return MainLines()
    document = bare_extraction(
        root, url=url, include_comments=False, favor_precision=True, fast=True
    )
    text = getattr(document, "text", None) if document is not None else None
    return MainLines(text.splitlines() if text else ())


class MainText:
    """trafilatura's main text, keyed for lookups: its lines' keys (:func:`anchor_key`), and
    those keys joined for the search of a block's text inside a line. A search reads the whole
    joined text, so a page's searches together read at most PART_SEARCH_BUDGET characters
    (past it, a block counts only as a whole line): on a huge page with a huge main text the
    searches would otherwise grow with the square of its size. ``key`` keys the lines (see
    :func:`_key_function`)."""

    def __init__(self, main_lines: Sequence[str], key: Callable[[str], str] = anchor_key) -> None:
        self.keys = [key(line) for line in main_lines]
        self.lines = {key for key in self.keys if len(key) >= ANCHOR_MIN_CHARS}
        self.joined = "\n".join(self.keys)
        self.size = sum(map(len, self.keys))
        self._budget = PART_SEARCH_BUDGET

    def holds_line(self, key: str) -> bool:
        """True when ``key`` is the key of a whole line of the main text."""
        return key in self.lines

    def holds_part(self, key: str) -> bool:
        """True when ``key`` is a whole line or, budget allowing, part of one."""
        if key in self.lines:
            return True
        if self._budget < len(self.joined):
            return False
        self._budget -= len(self.joined)
        return key in self.joined


def anchored_blocks(
    blocks: Sequence[Block], main_lines: Sequence[str], partial: bool = False
) -> list[int]:
    """The indices of the blocks whose text is a line of trafilatura's main text (compared by
    :func:`anchor_key`; keys shorter than ANCHOR_MIN_CHARS anchor nothing). With ``partial``,
    also the blocks of PARTIAL_ANCHOR_MIN_CHARS or more whose text is part of a line:
    trafilatura joins a list item's heading to its text, or a table cell's lines into one.

    >>> blocks = [Block(0, "WebIDE"), Block(1, "Develop and debug apps in your browser, on a phone.")]
    >>> lines = ["- WebIDE Develop and debug apps in your browser, on a phone."]
    >>> anchored_blocks(blocks, lines), anchored_blocks(blocks, lines, partial=True)
    ([], [1])
    """
    key_of = _key_function(main_lines)
    main = MainText(main_lines, key_of)
    found = []
    for index, block in enumerate(blocks):
        key = key_of(block.text)
        if main.holds_line(key) or (
            partial and len(key) >= PARTIAL_ANCHOR_MIN_CHARS and main.holds_part(key)
        ):
            found.append(index)
    return found


def main_text_coverage(texts: Iterable[str], main_lines: Sequence[str]) -> float:
    """How much of trafilatura's main text ``texts`` (a body's blocks) hold, from 0 to 1: the
    letters and digits of the blocks found in it, over all of its own (1.0 when it is empty).

    >>> main_text_coverage(["The museum reopened on Monday."], ["The museum reopened on Monday."])
    1.0
    """
    key_of = _key_function(main_lines)
    main = MainText(main_lines, key_of)
    if not main.size:
        return 1.0
    covered = 0
    for text in texts:
        key = key_of(text)
        if len(key) >= ANCHOR_MIN_CHARS and main.holds_part(key):
            covered += len(key)
    return min(1.0, covered / main.size)


def content_span(
    blocks: Sequence[Block], containers: Sequence[str], anchors: list[int]
) -> tuple[int, int] | None:
    """The ``(start, end)`` span of Blocks that holds the article, given the ``anchors``
    (:func:`anchored_blocks`), or ``None`` when there are none (the caller then reads the
    whole page)."""
    if not anchors:
        return None
    anchors = _main_anchor_groups(blocks, containers, anchors)
    start, end = anchors[0], anchors[-1] + 1
    end = _extend_over_chunks(blocks, containers, anchors, end)
    end = _extend_over_container_tail(containers, end)
    start = _extend_over_container_head(containers, start)
    start = _extend_to_headline(blocks, start)
    return start, end


def container_paragraphs(
    blocks: Sequence[Block], containers: Sequence[str], anchors: list[int], span: range
) -> list[int]:
    """The paragraphs (EXTENSION_MIN_CHARS or longer) in ``span`` that sit in the container
    most of trafilatura's text is in (the ``anchors``), in chunks of EXTENSION_MIN_PARAGRAPHS
    or more with at most one block between two of them: the article's own paragraphs by the
    page's structure, also those of its later chunks that trafilatura's text dropped. A lone
    paragraph in that container is a teaser's summary as often (a front page's)."""
    if not anchors:
        return []
    usual = _usual_container(containers, anchors)
    if not usual:
        return []
    chunks = _runs_by_gap(_paragraphs_in(blocks, containers, usual, span), CHUNK_PARAGRAPH_GAP)
    return [index for chunk in chunks if len(chunk) >= EXTENSION_MIN_PARAGRAPHS for index in chunk]


def _main_anchor_groups(
    blocks: Sequence[Block], containers: Sequence[str], anchors: list[int]
) -> list[int]:
    """The anchors without the outlying groups (see ``ANCHOR_GAP_BLOCKS``), at least one group
    kept: trafilatura's text sometimes takes a headline or a teaser from far off the story.
    Only groups at either end are left out, the smaller end first, while all those left out
    hold less than ``MINOR_GROUP_SHARE`` of the anchored text together: an article that ads
    and galleries split into many small groups keeps them all (one share per group would
    leave only the largest). A group written in the container most anchors share is the
    article's own text, whatever stands between it and the rest (a chart, a gallery): no group
    past it at its end is left out. So is a group of GROUP_MIN_PARAGRAPHS paragraphs or more,
    wherever it is written: a headline or a teaser from far off is one block."""
    groups = _runs_by_gap(anchors, ANCHOR_GAP_BLOCKS)
    if len(groups) == 1:
        return anchors
    sizes = [sum(len(blocks[i].text) for i in group) for group in groups]
    total = sum(sizes)
    first, last, peeled = 0, len(groups) - 1, 0
    usual = _usual_container(containers, anchors)
    while first < last:
        edge = first if sizes[first] <= sizes[last] else last
        if (
            peeled + sizes[edge] >= MINOR_GROUP_SHARE * total
            or (usual and _usual_container(containers, groups[edge]) == usual)
            or _paragraph_count(blocks, groups[edge]) >= GROUP_MIN_PARAGRAPHS
        ):
            break
        peeled += sizes[edge]
        first, last = (first + 1, last) if edge == first else (first, last - 1)
    kept = groups[first : last + 1]
    return [index for group in kept for index in group]


def _runs_by_gap(indices: Sequence[int], gap: int) -> list[list[int]]:
    """``indices`` (increasing) cut into runs wherever two neighbours stand more than ``gap``
    apart.

    >>> _runs_by_gap([1, 2, 5, 6, 20], 3)
    [[1, 2, 5, 6], [20]]
    """
    runs: list[list[int]] = []
    for index in indices:
        if not runs or index - runs[-1][-1] > gap:
            runs.append([])
        runs[-1].append(index)
    return runs


def _paragraph_count(blocks: Sequence[Block], indices: Sequence[int]) -> int:
    """How many of the blocks at ``indices`` are paragraphs (EXTENSION_MIN_CHARS or longer)."""
    return sum(len(blocks[index].text) >= EXTENSION_MIN_CHARS for index in indices)


def _paragraphs_in(
    blocks: Sequence[Block], containers: Sequence[str], container: str, indices: range
) -> list[int]:
    """The blocks at ``indices`` that are paragraphs (EXTENSION_MIN_CHARS or longer) written in
    ``container``."""
    return [
        index
        for index in indices
        if containers[index] == container and len(blocks[index].text) >= EXTENSION_MIN_CHARS
    ]


def _usual_container(containers: Sequence[str], indices: Sequence[int]) -> str:
    """The container most of ``indices`` are in (empty when they are in none)."""
    return Counter(containers[i] for i in indices).most_common(1)[0][0]


def _extend_over_chunks(
    blocks: Sequence[Block], containers: Sequence[str], anchors: list[int], end: int
) -> int:
    """Move the span's end to the last paragraph in the anchors' most common container, so an
    article split into several like containers is read to its end. It takes at least
    ``EXTENSION_MIN_PARAGRAPHS`` such paragraphs: a single one is a blurb styled like the text."""
    usual = _usual_container(containers, anchors)
    if not usual:
        return end
    later = _paragraphs_in(blocks, containers, usual, range(end, len(blocks)))
    reached = _within_reach(later, end)
    if len(reached) >= EXTENSION_MIN_PARAGRAPHS:
        return reached[-1] + 1
    if later and later[0] - end < EXTENSION_NEAR_BLOCKS:
        return later[0] + 1  # the article's last paragraph, which trafilatura's text missed
    return end


def _within_reach(later: list[int], end: int) -> list[int]:
    """The paragraphs of ``later`` reached from ``end`` without a gap of more than
    ``CHUNK_GAP_BLOCKS`` blocks (an ad or a teaser box between chunks, not the page's far end)."""
    reached: list[int] = []
    for index in later:
        if index - (reached[-1] if reached else end) > CHUNK_GAP_BLOCKS:
            break
        reached.append(index)
    return reached


def _extend_over_container_tail(containers: Sequence[str], end: int) -> int:
    """Move the span's end over the blocks that directly follow its last block in the same
    container: the article's foot (sign-off, contributor and correction lines), which
    trafilatura drops as too short but the labeller reads."""
    last = containers[end - 1]
    while last and end < len(containers) and containers[end] == last:
        end += 1
    return end


def _extend_over_container_head(containers: Sequence[str], start: int) -> int:
    """Move the span's start over the blocks that directly precede its first block in the same
    container: the story's first heading, kicker or lead-in line, which trafilatura may drop."""
    first = containers[start]
    while first and start > 0 and containers[start - 1] == first:
        start -= 1
    return start


def far_header(blocks: Sequence[Block], start: int, is_byline: Callable[[str], bool]) -> list[int]:
    """The page's headline and its byline when they stand too far above the span for it to
    reach them (HEADLINE_REACH): ``[h1, byline]``, the nearest ``h1`` above ``start`` within
    FAR_HEADLINE_REACH blocks and the first block under it (within BYLINE_UNDER_HEADLINE) that
    ``is_byline`` accepts; ``[]`` when either is missing. What stands between (share buttons, a
    gallery's or a video player's controls) stays out: the byline is the header's strongest
    line, and without it the story's writer is lost.

    >>> blocks = [Block(0, "Museum reopens", "h1", frozenset({"h1"}))]
    >>> blocks += [Block(i, "Share", "a", frozenset()) for i in range(1, 40)]
    >>> blocks[5] = Block(5, "By Jane Doe", "p", frozenset())
    >>> blocks.append(Block(40, "The museum reopened on Monday.", "p", frozenset()))
    >>> far_header(blocks, 40, lambda text: text.startswith("By "))
    [0, 5]
    """
    if start >= len(blocks) or "h1" in blocks[start].hints:
        return []  # the span opens at its headline
    lowest = max(-1, start - FAR_HEADLINE_REACH)
    for headline in range(start - HEADLINE_REACH, lowest, -1):
        if "h1" in blocks[headline].hints:
            under = range(headline + 1, min(start, headline + 1 + BYLINE_UNDER_HEADLINE))
            byline = next((i for i in under if is_byline(blocks[i].text)), None)
            return [] if byline is None else [headline, byline]
    return []


def _extend_to_headline(blocks: Sequence[Block], start: int) -> int:
    """Move the span's start up to the nearest ``h1`` above it, so the labeller sees the title,
    the byline and the date that sit between the headline and the text."""
    for index in range(start - 1, max(-1, start - HEADLINE_REACH), -1):
        if "h1" in blocks[index].hints:
            return index
    return start
