"""What a block looks like, from its text alone: prose sentence, headline, or short fragment.

These cheap measurements drive the context rules (navigation runs, the main-content region, the
title). They work for any script: words are whitespace-separated tokens, and Chinese or
Japanese characters count as half a word each.
"""

from __future__ import annotations

import re
import unicodedata

import regex

# Shape is a record the draft stores, defined low in the layers; read from here too, beside the
# measurements that classify_shape makes it from.
from .records import Shape as Shape  # noqa: PLC0414 (an explicit re-export)

#: Characters of scripts written without spaces between words.
_UNSPACED_SCRIPT = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
#: Punctuation that ends a sentence, and the closing quotes and brackets that may follow it.
_SENTENCE_END_MARKS = frozenset(".!?…。！？:;")
_CLOSING = "\"'”’»)]"
_DIGIT = re.compile(r"\d")
#: Punctuation that marks a pause or an end in prose; the full stops of initials and acronyms
#: ("F.Y.R.", "U.S.", "J. Smith": a capital not after a letter, then the stop) do not count,
#: since a list of names holds them too (see :func:`_has_prose_marks`).
_PUNCTUATION = re.compile(r"[.,;:!?…。，、；！？]")
_INITIAL_STOP = re.compile(r"(?<![^\W\d_])[A-Z]\.")

#: Fewest words (at a sentence end) for a block to count as prose.
MIN_SENTENCE_WORDS = 6
#: Fewest words for a block to count as prose even without final punctuation.
LONG_BLOCK_WORDS = 25
#: Most words prose runs without a punctuation mark, on average over a long block (the longest
#: run-on sentences of news prose have some 45 words and one comma).
WORDS_PER_MARK = 50
#: :func:`is_title_case` stops reading once the words it counts that are not capitalised are
#: more than this fraction of the tokens (well past the 15% a title may have).
TITLE_CASE_GIVE_UP = 0.2
#: Small words that stay lower-case in title-case headlines.
_TITLE_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into nor of on or over per the to up via vs with".split()
)


def word_count(text: str) -> float:
    """Whitespace words, plus half a word per Chinese or Japanese character.

    >>> word_count("Russia hosted Syrian and Iranian delegations")
    6
    """
    count: float = len(text.split())
    # Words of spaced scripts average under eight characters; only a text with longer "words"
    # can hold Chinese or Japanese runs, so only such a text pays for counting them.
    if len(text) > 8 * count and not text.isascii():
        count += len(_UNSPACED_SCRIPT.findall(text)) / 2
    return count


def ends_like_sentence(text: str) -> bool:
    """True when the text ends with sentence punctuation (closing quotes allowed after it).

    An ellipsis is not a sentence end: it marks a teaser cut short ("Andrew parties in..").

    A bracketed sign-off after the last sentence ("... im Mac App Store. (bsc)") is read past,
    and so are emoji after it ("... see you soon! 🙂").

    >>> ends_like_sentence("He declined to comment.”"), ends_like_sentence("Apple will launch its ..")
    (True, False)
    >>> ends_like_sentence("Es kostet 50 Euro. (bsc)"), ends_like_sentence("Tickets (from $20)")
    (True, False)
    >>> ends_like_sentence("We hope to see you soon! 🙂"), ends_like_sentence("Weekend fun 🙂")
    (True, False)
    """
    if text.endswith(")"):
        text = _without_sign_off(text)
    elif text[-1:] > "\u2000" and unicodedata.category(text[-1]) in _EMOJI_END_CATEGORIES:
        text = _TRAILING_EMOJI.sub("", text[-_EMOJI_TAIL_CHARS:])  # "... today! 🙂"
    end = text[-4:].rstrip(_CLOSING)
    if not end or end[-1] not in _SENTENCE_END_MARKS:
        return False
    return not (end.endswith("..") or end[-1] == "…")


#: Emoji (with their modifiers and joiners) and spaces at the end of a text, matched from the
#: end backwards (reverse search), which reads a long run of spaces once; looked for in the
#: text's last _EMOJI_TAIL_CHARS characters, when its last character is of a category emoji
#: and their modifiers (a symbol, a variation selector, a joiner) have.
_EMOJI_TAIL_CHARS = 40
_EMOJI_END_CATEGORIES = frozenset(("So", "Sk", "Mn", "Cf"))
_TRAILING_EMOJI = regex.compile(
    r"(?r)[\s\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D]+$"
)

#: A sign-off in brackets after a story's last sentence: the writer's initials or an agency in
#: lower case, as German-language papers sign ("... voraus. (bsc)", "... gemeldet. (dpa/lnw)").
#: A name in capitals there ("... in Nogales, Ariz. (AP)") is as often a photo's credit.
_SIGN_OFF = re.compile(r"\s\((?:[a-zäöüß]{2,8}/)*[a-zäöüß]{2,8}\)$")


def _without_sign_off(text: str) -> str:
    """``text`` without a bracketed sign-off that follows a sentence end ("... voraus. (bsc)"
    -> "... voraus."); ``text`` itself when it ends otherwise."""
    found = _SIGN_OFF.search(text, max(0, len(text) - 40))
    if found is None:
        return text
    before = text[: found.start()]
    return before if before.rstrip(_CLOSING)[-1:] in _SENTENCE_END_MARKS else text


def is_title_case(text: str) -> bool:
    """True when nearly every word but the small ones is capitalised, as in a headline.

    >>> is_title_case("Does Marie Yovanovitch Have a Net Worth of $17 Million?")
    True
    >>> is_title_case("Russia hosted Syrian and Iranian delegations for talks.")
    False
    """
    tokens = text.split()
    # Prose gives itself away within a few words: once the counted words not capitalised are
    # more than a fifth of all the tokens, fewer than 85% of the counted words can be.
    give_up = TITLE_CASE_GIVE_UP * len(tokens)
    words = capitalised = 0
    for word in tokens:
        if not word[0].isalpha() or word.lower() in _TITLE_SMALL_WORDS:
            continue
        words += 1
        if word[0].isupper():
            capitalised += 1
        elif words - capitalised > give_up:
            return False
    return words >= 2 and capitalised >= 0.85 * words


def count_numbers(text: str) -> int:
    """How many whitespace tokens hold a digit (table rows and score lines hold several).

    >>> count_numbers("1 Kyle Busch 5040 5 1 17 27")
    6
    """
    if _DIGIT.search(text) is None:
        return 0  # most blocks: no token to look at
    return sum(1 for token in text.split() if _DIGIT.search(token))


def _has_prose_marks(text: str, words: float, needed: int) -> bool:
    """True when a long block has ``needed`` punctuation marks or more, and one every
    WORDS_PER_MARK words, the stops of initials and acronyms not counted. Those are looked for
    only when the count without any full stop falls short (most prose has commas enough)."""

    def enough(marks: int) -> bool:
        return marks >= needed and marks * WORDS_PER_MARK >= words

    marks = len(_PUNCTUATION.findall(text))
    if not enough(marks):
        return False
    if enough(marks - text.count(".")):
        return True
    return enough(marks - len(_INITIAL_STOP.findall(text)))


def classify_shape(text: str, words: float | None = None) -> Shape:
    """Sort a block into prose, headline or fragment by its length, punctuation and case
    (``words``: the text's :func:`word_count`, when the caller has it).

    >>> classify_shape("The show opens to the public on Friday.")
    <Shape.SENTENCE: 'sentence'>
    >>> classify_shape("New SUVs and electric vehicles highlight L.A. Auto Show")
    <Shape.HEADLINE: 'headline'>
    >>> classify_shape("Police Reports")
    <Shape.FRAGMENT: 'fragment'>
    """
    if words is None:
        words = word_count(text)
    if words >= LONG_BLOCK_WORDS:
        # Prose that long has a comma or a full stop every few dozen words at most; a long run
        # of words with fewer is a list of links, tags or languages ("Selecione Administração
        # Agricultura Campanha ...", "Change language: Argentina (español) Australia ...").
        # A list that opens with a label ("Change language: ...") has one mark and no end: a
        # long block that does not end like a sentence needs a second.
        needed = 1 if ends_like_sentence(text) else 2
        return Shape.SENTENCE if _has_prose_marks(text, words, needed) else Shape.HEADLINE
    if words >= MIN_SENTENCE_WORDS and ends_like_sentence(text) and not is_title_case(text):
        return Shape.SENTENCE
    if words >= 3:
        return Shape.HEADLINE
    return Shape.FRAGMENT
