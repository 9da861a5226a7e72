"""The rule tables' prefilters tell exactly the rules a block can match, no fewer and no more,
as the plain scans they replace would: every keyword of every group, overlapping and repeated
occurrences included."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.rules import _TABLES, KeywordAutomaton, keywords_in


def _scanned(lower: str) -> frozenset[int]:
    """The positions :func:`keywords_in` should open, by one substring test per keyword of the
    block's length group (the scan the automaton replaces)."""
    for bound, automaton in _TABLES.keyword_groups:
        if len(lower) <= bound:
            opened = [positions for word, positions in automaton.keywords if word in lower]
            return frozenset(itertools.chain.from_iterable(opened))
    return frozenset()


_ALL_KEYWORDS = sorted(
    {word for _, automaton in _TABLES.keyword_groups for word, _ in automaton.keywords}
)
#: Texts built of keywords, their pieces and filler, so that keywords overlap, repeat and break.
_PIECES = st.one_of(
    st.sampled_from(_ALL_KEYWORDS),
    st.sampled_from(_ALL_KEYWORDS).map(lambda word: word[: len(word) // 2]),
    st.sampled_from(_ALL_KEYWORDS).map(lambda word: word[len(word) // 2 :]),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz .,:'é", max_size=12),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_keywords_in_equals_the_scan_of_every_keyword(lower: str) -> None:
    assert keywords_in(lower) == _scanned(lower)


def test_overlapping_and_nested_keywords_are_all_found() -> None:
    automaton = KeywordAutomaton((("news", (0,)), ("newsletter", (1,)), ("letter", (2,))))
    assert automaton.opened("our newsletter") == frozenset({0, 1, 2})
    assert automaton.opened("a letter") == frozenset({2})
    assert automaton.opened("nothing here") == frozenset()


def test_an_automaton_without_keywords_opens_nothing() -> None:
    assert KeywordAutomaton(()).opened("anything at all") == frozenset()


def test_a_long_block_opens_only_the_rules_written_for_its_length() -> None:
    longest = _TABLES.keyword_bounds[-1]
    assert keywords_in("sign up for our newsletter " + "x" * longest) == frozenset()
    assert keywords_in("sign up for our newsletter") != frozenset()
