"""A second copy of the article: a run of paragraphs that nearly repeat earlier ones, in order.

Pages carry the story twice: a print or AMP rendering under the web one, a "full text" box, a
feed item that repeats the story with a changed sentence or two. Exact copies are repeats
(``context.repeats.mark_repeats``); a near copy differs by a word, a dateline, a link text,
so no block is equal to an earlier one. What gives it away is a run of paragraphs, each made
almost entirely of word sequences an earlier paragraph has, copying earlier paragraphs in their
order. A formulaic sentence repeated through a list ("... is streaming on Netflix") copies no
run, and stays.
"""

from __future__ import annotations

from collections import Counter

from ..draft import Draft
from ..model import Kind
from ..shape import Shape

#: Word sequences of this many words are compared.
SHINGLE_WORDS = 5
#: A paragraph is a near copy when this share of its word sequences stand in one earlier
#: paragraph, and has at least this many sequences (shorter ones repeat by chance).
NEAR_COPY_SHARE = 0.6
MIN_SHINGLES = 8
#: A second copy is a run of at least this many near-copied paragraphs.
MIN_COPIED_RUN = 3
NEAR_COPY = "near-copy"


def _shingles(text: str) -> set[tuple[str, ...]]:
    """The distinct word sequences of a paragraph (lower case, split at white space)."""
    words = text.lower().split()
    return set(zip(*(words[offset:] for offset in range(SHINGLE_WORDS)), strict=False))


def copied_paragraph(
    shingles: set[tuple[str, ...]], first_seen: dict[tuple[str, ...], int]
) -> int | None:
    """The earlier paragraph that a paragraph's word sequences (``shingles``) nearly copy
    (NEAR_COPY_SHARE of them first seen there), or None; ``first_seen`` maps each sequence read
    so far to the block it was first read in.

    >>> words = "one two three four five six seven eight nine ten eleven twelve"
    >>> copied_paragraph(_shingles(words + " thirteen"), dict.fromkeys(_shingles(words), 4))
    4
    """
    if len(shingles) < MIN_SHINGLES:
        return None
    sources = Counter(map(first_seen.get, shingles))
    sources.pop(None, None)
    if not sources:
        return None
    source, count = sources.most_common(1)[0]
    return source if count >= NEAR_COPY_SHARE * len(shingles) else None


def mark_near_copies(draft: Draft) -> None:
    """Label the runs of MIN_COPIED_RUN or more prose paragraphs that nearly copy earlier
    paragraphs in the same order (each copying a later paragraph than the one before) as
    boilerplate; exact repeats already labelled inside such a run do not break it."""
    prose = [i for i, shape in enumerate(draft.shapes) if shape is Shape.SENTENCE]
    if len(prose) < 2 * MIN_COPIED_RUN or _echoes(draft, prose) < MIN_COPIED_RUN:
        return  # no room for a story and a copy of it, or no paragraph echoes an earlier one
    first_seen: dict[tuple[str, ...], int] = {}
    run: list[int] = []
    last_source = -1
    for index in prose:
        shingles = _shingles(draft.text(index))
        if draft.label(index) is None:
            source = copied_paragraph(shingles, first_seen)
            if source is not None and source > last_source:
                run.append(index)
                last_source = source
            else:
                _mark_run(draft, run)
                run, last_source = [], -1
        # (not ``shingles - first_seen.keys()``: that copies the whole index into a set each time)
        first_seen.update(dict.fromkeys([s for s in shingles if s not in first_seen], index))
    _mark_run(draft, run)


#: How many characters of a paragraph's opening and ending :func:`_echoes` compares.
ECHO_CHARS = 24


def _echoes(draft: Draft, prose: list[int]) -> int:
    """How many of the prose paragraphs open or end like an earlier one: a cheap count that a
    near copy (a word changed in the middle, a dateline cut off its start) cannot escape, read
    before any word sequence is."""
    openings: set[str] = set()
    endings: set[str] = set()
    echoes = 0
    for index in prose:
        text = draft.text(index).lower()
        opening, ending = text[:ECHO_CHARS], text[-ECHO_CHARS:]
        echoes += opening in openings or ending in endings
        openings.add(opening)
        endings.add(ending)
    return echoes


def _mark_run(draft: Draft, run: list[int]) -> None:
    if len(run) >= MIN_COPIED_RUN:
        for index in run:
            draft.mark(index, Kind.BOILERPLATE, NEAR_COPY)
