"""Plain text to Blocks: every non-empty line is one block, its whitespace normalised, and a
paragraph's first word mended where a drop cap split it ("T he Davis Cup" -> "The Davis Cup")."""

from __future__ import annotations

import regex

from .hints import AFTER_BLANK
from .model import Block

_AFTER_BLANK = frozenset({AFTER_BLANK})
_NO_HINTS: frozenset[str] = frozenset()

#: Invisible characters that scrapers leave in text and that carry no content.
_INVISIBLE_CHARS = "\u200b\u200e\u200f\ufeff\u00ad"
_INVISIBLE = regex.compile(f"[{_INVISIBLE_CHARS}]")


#: Control characters that are not whitespace (NUL, escape, DEL, the C1 controls): noise a
#: scraper lets through, dropped so that "\x00By Jane Doe" reads as "By Jane Doe".
_CONTROLS = regex.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")


def normalize_line(line: str) -> str:
    """Collapse every run of whitespace (NBSP and tabs included) to one space, drop control
    characters and strip the ends.

    >>> normalize_line("  Hello,\\u00a0 world\\t\\x00")
    'Hello, world'
    """
    stripped = line.strip()
    # The common case, already clean: no double space, and no whitespace but the space, which
    # is the only whitespace character ``isprintable`` accepts (tabs, newlines and \x1f are
    # controls; NBSP and the other Unicode spaces are separators).
    if stripped.isprintable() and "  " not in stripped:
        return stripped
    return " ".join(_CONTROLS.sub("", stripped).split())


def remove_invisible(text: str) -> str:
    """Drop zero-width spaces, direction marks, soft hyphens and byte-order marks.

    >>> remove_invisible("news\\u200bclean")
    'newsclean'
    """
    # A search for each character is much faster than the engine's search for the class.
    if text.isascii() or not any(char in text for char in _INVISIBLE_CHARS):
        return text
    return _INVISIBLE.sub("", text)


#: A line whose first letter a drop cap set apart from the rest of its word, as a scraper
#: writes the large initial of a paragraph: a capital, a space, the word's lower-case rest, and
#: then a word again ("W hale whisperer", "T he Davis Cup", not the formula "H i j = ...").
_DROP_CAP = regex.compile(r"(\p{Lu}) (\p{Ll}+)(?= \p{L}{2}|[,;:.!?’'])")
#: Capitals that are words of their own ("A long wait" is no "Along wait", "I know" no "Iknow").
_ONE_LETTER_WORDS = frozenset("AI")
_WORD = regex.compile(r"\p{L}+")


def join_drop_caps(blocks: list[Block], text: str) -> list[Block]:
    """Mend the first word of every line a drop cap split (see _DROP_CAP), when the word it
    makes is written elsewhere in ``text`` (the document): "T he" becomes "The" on a page that
    writes "the", "W hale" becomes "Whale" on one that writes "whale"; "S blížícím" (a Czech
    preposition before its word) or "O que" stay as they are: no page writes "sblížícím" or
    "oque".

    >>> page = "T he council met.\\nThe vote was close, the mayor said."
    >>> [b.text for b in join_drop_caps(segment_text(page, mend_drop_caps=False), page)]
    ['The council met.', 'The vote was close, the mayor said.']
    """
    found = [
        (position, match)
        for position, block in enumerate(blocks)
        if block.text[1:2] == " "
        and block.text[0] not in _ONE_LETTER_WORDS
        and (match := _DROP_CAP.match(block.text))
    ]
    if not found:
        return blocks
    words = frozenset(_WORD.findall(text.lower()))
    mended = list(blocks)
    for position, match in found:
        word = match[1] + match[2]
        if word.lower() in words:
            block = blocks[position]
            mended[position] = block._replace(text=word + block.text[match.end() :])
    return mended


def segment_text(text: str, *, mend_drop_caps: bool = True) -> list[Block]:
    """Split text into Blocks, one per non-empty line, numbered from 0, and mend the words
    drop caps split (:func:`join_drop_caps`) unless ``mend_drop_caps`` is False.

    >>> [b.text for b in segment_text("Title\\n\\n  First  paragraph.\\nSecond.")]
    ['Title', 'First paragraph.', 'Second.']
    """
    blocks: list[Block] = []
    after_blank = True
    for line in remove_invisible(text).splitlines():
        normalized = normalize_line(line)
        if not normalized:
            after_blank = True
            continue
        hints = _AFTER_BLANK if after_blank else _NO_HINTS
        blocks.append(Block(len(blocks), normalized, "", hints))
        after_blank = False
    return join_drop_caps(blocks, text) if mend_drop_caps else blocks
