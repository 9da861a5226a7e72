"""Plain text to Blocks: every non-empty line is one block, its whitespace normalised."""

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


def segment_text(text: str) -> list[Block]:
    """Split text into Blocks, one per non-empty line, numbered from 0.

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
    return blocks
