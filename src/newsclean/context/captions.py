"""Captions known by their neighbours: the line above a credit or a "Hide Caption" control, or
below "Image caption"."""

from __future__ import annotations

import regex

from ..byline import is_agency_line
from ..credits import CONTRIBUTORS
from ..draft import Draft
from ..hints import AFTER_BLANK
from ..model import Kind
from ..rule_names import CaptionRule
from ..rules.captions import CAPTION_MAX_CHARS
from ..shape import Shape
from .header_cluster import signs_over_date
from .lists import list_marker

#: Gallery controls that sit right below (or above) the caption they toggle.
_CAPTION_TOGGLES_BELOW = frozenset({"hide caption", "toggle caption", "close caption", "caption"})
_CAPTION_TOGGLES_ABOVE = frozenset(
    {"enlarge this image", "image caption", "media caption", "photo caption", "image"}
)
#: The kinds of the blocks that may mark a neighbour as a caption.
_CAPTION_CUE_KINDS = frozenset({Kind.CREDIT, Kind.GALLERY, Kind.CAPTION})


def mark_captions(draft: Draft) -> None:
    """Captions known by their neighbours: the block right above a credit line (always when the
    two are adjacent lines, and a paragraph apart only if the block is not prose), the block
    above "Hide Caption" or below "Image caption" / "Enlarge this image"."""
    spaced = _writes_blank_lines(draft)  # once: a WET record's text has no blank line to find
    for index, record in enumerate(draft.records):
        if record.label is not None or len(record.block.text) > CAPTION_MAX_CHARS:
            continue
        below, above = index + 1, index - 1
        if not (_is_caption_cue(draft, below) or _is_caption_cue(draft, above)):
            continue
        if below < len(draft) and _is_credit_for(draft, below, index, spaced):
            draft.mark(index, Kind.CAPTION, CaptionRule.CAPTION_ABOVE_CREDIT)
        elif below < len(draft) and _is_toggle_for(draft, below, index, _CAPTION_TOGGLES_BELOW):
            draft.mark(index, Kind.CAPTION, CaptionRule.CAPTION_ABOVE_TOGGLE)
        elif (
            above >= 0
            and _is_toggle_for(draft, above, index, _CAPTION_TOGGLES_ABOVE)
            and draft.shape(index) is not Shape.FRAGMENT
        ):
            draft.mark(index, Kind.CAPTION, CaptionRule.CAPTION_BELOW_LABEL)


def _is_caption_cue(draft: Draft, index: int) -> bool:
    """A cheap test: could the block at ``index`` mark its neighbour as a caption?"""
    if not 0 <= index < len(draft):
        return False
    label = draft.records[index].label
    return label is not None and label.kind in _CAPTION_CUE_KINDS


def _is_toggle_for(draft: Draft, toggle: int, caption: int, toggles: frozenset[str]) -> bool:
    """True when block ``toggle`` is a caption control ("Hide Caption", "Enlarge this image") on
    the line right next to block ``caption`` (a paragraph away it may sit beside prose)."""
    if draft.text(toggle).lower() not in toggles:
        return False
    later = max(toggle, caption)
    return AFTER_BLANK not in draft.block(later).hints or draft.shape(caption) is not Shape.SENTENCE


def _is_credit_for(draft: Draft, credit: int, caption: int, spaced: bool) -> bool:
    """True when block ``credit`` is a credit line that belongs to block ``caption`` above it
    (an agency's name, alone or after a writer's, right above a date signs the story, it
    credits no picture; a line that opens with a list marker is a list item's heading, with
    its picture's credit under it). ``spaced`` says the text writes blank lines
    (:func:`_writes_blank_lines`)."""
    if draft.kind(credit) is not Kind.CREDIT or signs_over_date(draft, credit):
        return False
    if signs_the_story(draft.text(credit)) or list_marker(draft.text(caption)) is not None:
        return False  # a numbered item's heading ("1. Lily Mountain") captions no picture
    adjacent = AFTER_BLANK not in draft.block(credit).hints and (
        spaced or not _SENTENCE_BREAK.search(draft.text(caption))
    )
    return adjacent or draft.shape(caption) is not Shape.SENTENCE


#: Where one sentence ends and the next begins: "... on Tuesday. The mayor ...", a word of
#: three small letters or more before the stop ("Gov. Deval Patrick" is one sentence).
_SENTENCE_BREAK = regex.compile(r"\p{Ll}{3}[.!?…][\"”’»)]?\s\p{Lu}")


def _writes_blank_lines(draft: Draft) -> bool:
    """True when the text sets some of its blocks apart with blank lines (HTML sets apart its
    paragraphs). In a text that writes none (a WET record) a credit right under a paragraph
    says less: there a caption above its credit is a single sentence."""
    return any(AFTER_BLANK in block.hints for block in draft.blocks[1:])


#: What joins the agencies of a story's source note ("(AFP/dpa)", "(dpa, Reuters)").
_SOURCE_JOINS = regex.compile(r"[/,+&]")
#: The longest editor's shorthand beside an agency in a source note ("(js/dpa)", "(dpa/lby)").
_SHORTHAND_MAX_CHARS = 4


def signs_the_story(text: str) -> bool:
    """True when a bracketed credit names the story's sources, not a picture's: wire services
    alone, maybe with an editor's shorthand ("(dpa)", "(AFP/dpa)", "(js/dpa)"), or a
    contributors' note ("(mit Material von dpa)"). It closes the story's last paragraph, which
    is not a caption.

    >>> signs_the_story("(dpa)"), signs_the_story("(mit Material von dpa)")
    (True, True)
    >>> signs_the_story("(Reed Saxon / Associated Press)"), signs_the_story("AFP")
    (False, False)
    """
    if not (text.startswith("(") and text.endswith(")")):
        return False
    inner = text[1:-1].strip()
    if CONTRIBUTORS.fullmatch(inner) is not None:
        return True
    parts = [part.strip() for part in _SOURCE_JOINS.split(inner)]
    return any(map(is_agency_line, parts)) and all(
        is_agency_line(part) or (part.islower() and len(part) <= _SHORTHAND_MAX_CHARS)
        for part in parts
    )
