"""Does the article go on past a wall? A stretch of prose beyond the region that continues it.

The region is the run of blocks with the most prose (``context.region``), and chrome between
paragraphs counts against it: an embedded gallery, a chart's axis labels, a table read line by
line can outweigh the paragraphs after them, and the article is cut in two. Whether the prose
on the far side is the same article is a question the wall cannot answer; the prose can. It
continues the article when it reads like an article's body (several paragraphs, most of them
straight after another paragraph, not one teaser summary between headlines, nor comments between
names and dates) and talks about the same things (its content words are the region's, beyond
the words the rest of the page shares with both).
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Sequence

import regex

from ..draft import Draft
from ..shape import Shape

#: A continuation holds at least this many prose paragraphs and this many characters of them.
MIN_PARAGRAPHS = 3
MIN_CHARS = 400
#: What a continuation needs when other evidence doubts the wall (see :func:`continues`).
LENIENT_PARAGRAPHS = 2
LENIENT_CHARS = 200
#: At least this share of its paragraphs follow another paragraph directly (chrome-labelled
#: blocks between them aside): an article's body runs on, teasers and comments do not.
MIN_RUN_ON = 0.6
#: At least this share of its content words (weighted, see :func:`shared_vocabulary`) are the
#: region's.
MIN_SHARED_VOCABULARY = 0.1

_WORD = regex.compile(r"\w+")
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
#: Words of four letters or more that every text of its language has: they say nothing of what
#: a text is about (English, German, French, Spanish, Portuguese, Italian, Dutch).
FUNCTION_WORDS = frozenset(
    """
    that this with from have were been which would their there about could other after what
    when will they them than then into more also some such only over most these those very
    just like said says your because while where being does each many much must should
    through before between under again here both same since among within without across
    along around upon
    dass eine einen einem einer sich auch wird werden wurde noch nach wenn oder aber sind sein
    seine ihre ihrer haben hatte mehr schon beim über unter zwischen dies diese dieser diesem
    durch gegen nicht
    pour dans avec sont plus mais comme leur leurs cette elle elles nous vous était être fait
    tout tous toute aussi depuis entre
    para como mais pela pelo sobre também seus suas está foram quando esta este isso essa
    muito porque desde pero esto están hasta donde todo todos
    della delle degli sono anche come dopo questo questa quando perché sulla nella
    niet voor zijn maar ook naar heeft worden werd deze door over
    """.split()
)


def content_words(text: str) -> set[str]:
    """The words a text is about: lower-cased words of four letters or more that are not
    numbers nor function words; in Chinese and Japanese, pairs of adjacent characters.

    >>> sorted(content_words("The council voted on Tuesday, and that was 2019."))
    ['council', 'tuesday', 'voted']
    """
    words: set[str] = set()
    for word in _WORD.findall(text.lower()):
        if _UNSPACED.search(word):
            characters = _UNSPACED.findall(word)
            words.update(a + b for a, b in itertools.pairwise(characters))
        elif len(word) >= 4 and not word.isdigit() and word not in FUNCTION_WORDS:
            words.add(word)
    return words


def shared_vocabulary(region: Iterable[str], stretch: Iterable[str], rest: Iterable[str]) -> float:
    """The share of the stretch's content words that the region's texts use too, each word
    weighted by ``1 / (1 + the rest's texts that use it)``: words the whole page uses (a site's
    name, its sections) say little.

    >>> round(shared_vocabulary(["The harbour wall cracked."], ["Repairs to the harbour wall."], []), 2)
    0.67
    """
    region_words = set().union(*map(content_words, region))
    page_counts: Counter[str] = Counter()
    for text in rest:
        page_counts.update(content_words(text))
    words = set().union(*map(content_words, stretch))
    total = sum(1.0 / (1 + page_counts[word]) for word in words)
    shared = sum(1.0 / (1 + page_counts[word]) for word in words if word in region_words)
    return shared / total if total else 0.0


def prose_paragraphs(draft: Draft, indices: Iterable[int]) -> list[int]:
    """The open prose blocks among ``indices``."""
    return [i for i in indices if draft.label(i) is None and draft.shape(i) is Shape.SENTENCE]


def run_on_share(draft: Draft, paragraphs: Sequence[int]) -> float:
    """The share of ``paragraphs`` whose nearest open block above is a prose paragraph."""
    if not paragraphs:
        return 0.0
    following = 0
    for index in paragraphs:
        above = index - 1
        while above >= 0 and draft.label(above) is not None:
            above -= 1
        following += above >= 0 and draft.shape(above) is Shape.SENTENCE
    return following / len(paragraphs)


def continues(
    draft: Draft, region: Sequence[int], stretch: Sequence[int], *, lenient: bool = False
) -> bool:
    """True when the prose of ``stretch`` (block indices beyond the region's wall) continues
    the article of ``region`` (the region's block indices): see the module docstring. A
    ``lenient`` caller, whose wall other evidence already doubts, asks for LENIENT_PARAGRAPHS
    paragraphs of LENIENT_CHARS characters that run on, and no shared vocabulary."""
    least_paragraphs, least_chars = (
        (LENIENT_PARAGRAPHS, LENIENT_CHARS) if lenient else (MIN_PARAGRAPHS, MIN_CHARS)
    )
    paragraphs = prose_paragraphs(draft, stretch)
    if len(paragraphs) < least_paragraphs:
        return False
    texts = [draft.text(i) for i in paragraphs]
    if sum(map(len, texts)) < least_chars or run_on_share(draft, paragraphs) < MIN_RUN_ON:
        return False
    if lenient:
        return True
    inside = set(region) | set(stretch)
    rest = (draft.text(i) for i in range(len(draft)) if i not in inside)
    region_texts = [draft.text(i) for i in prose_paragraphs(draft, region)]
    return shared_vocabulary(region_texts, texts, rest) >= MIN_SHARED_VOCABULARY
