"""The labeller's working state for one document (made fresh for every call, never shared)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from .model import Block, Kind, Label
from .options import DEFAULT_OPTIONS, Options
from .records import BylineMatch, DatelineMatch, Shape

#: What may stand before and after a word written on its own (not inside an address such as
#: "tess.abernathy@example.com" or a handle "@tess").
_BEFORE_WORD = frozenset(" \t\n([\"“‘'")
_AFTER_ADDRESS = frozenset("@/")


class LowerCaseWords:
    """The words a document writes in lower case, asked one at a time (``word in words``): each
    is looked up with ``str.find`` in the document's text and remembered, cheaper than reading
    every word of the page when only a few name-shaped phrases need the answer."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._known: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word:
            return False
        if word not in self._known:
            self._known[word] = self._written_alone(word)
        return self._known[word]

    def _written_alone(self, word: str) -> bool:
        text, start = self._text, 0
        while (at := text.find(word, start)) >= 0:
            end = at + len(word)
            before = text[at - 1] if at else " "
            after = text[end] if end < len(text) else " "
            followed = text[end + 1] if end + 1 < len(text) else " "
            if (
                before in _BEFORE_WORD
                and not (after.isalnum() or after in _AFTER_ADDRESS or after in "-'’")
                and not (after == "." and followed.isalnum())
            ):
                return True
            start = end
        return False


class BlockPart(NamedTuple):
    """One of the blocks a block is split into (:meth:`Draft.split_block`), with everything the
    draft keeps for a block in its lists."""

    block: Block
    label: Label | None
    shape: Shape
    prose_score: float


@dataclass
class Draft:
    """Blocks with their labels (``None`` while no rule has claimed a block: a body candidate),
    their shapes, and the fields found so far.

    ``blocks``, ``labels``, ``shapes`` and ``prose_scores`` are parallel lists, one item per
    block, and ``lead_bonuses``, ``bylines`` and ``title_index`` refer to blocks by index. Steps
    read and label blocks in place; a step that changes the number of blocks goes through
    :meth:`split_block`, which keeps all of them in step.
    """

    blocks: list[Block]
    labels: list[Label | None]
    shapes: list[Shape]
    #: What each block would count for the article's region if no rule claimed it, from its
    #: text alone.
    prose_scores: list[float]
    #: The options of the call (which families run, user rules, what the body keeps).
    options: Options = DEFAULT_OPTIONS
    #: What the first paragraphs after an article's signature count on top of their prose
    #: score when the region is first found (``context.region.boost_leads``), by block.
    lead_bonuses: dict[int, float] = field(default_factory=dict)
    bylines: dict[int, BylineMatch] = field(default_factory=dict)
    dateline: DatelineMatch | None = None
    title_index: int | None = None
    #: The words the page writes in lower case (see :meth:`lower_words`), once made.
    _lower_words: LowerCaseWords | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        counts = {len(self.blocks), len(self.labels), len(self.shapes), len(self.prose_scores)}
        if len(counts) != 1:
            raise ValueError("a Draft needs one label, shape and prose score per block")

    def split_block(self, index: int, parts: Sequence[BlockPart]) -> None:
        """Replace the block at ``index`` by ``parts``, in order, and move every later block's
        index along with it: its byline record, lead bonus, and the title. The split block's
        byline record stays with the first part; its lead bonus goes (the parts are read
        afresh). The lower-case words stay as read: splitting a block changes no word."""
        shift = len(parts) - 1
        where = slice(index, index + 1)
        self.blocks[where] = [part.block for part in parts]
        self.labels[where] = [part.label for part in parts]
        self.shapes[where] = [part.shape for part in parts]
        self.prose_scores[where] = [part.prose_score for part in parts]
        self.bylines = {(i + shift if i > index else i): m for i, m in self.bylines.items()}
        self.lead_bonuses = {
            (i + shift if i > index else i): bonus
            for i, bonus in self.lead_bonuses.items()
            if i != index
        }
        if self.title_index is not None and self.title_index > index:
            self.title_index += shift

    def lower_words(self) -> LowerCaseWords:
        """The words written in lower case anywhere in the document, on their own: what tells a
        tag or a heading in capitals ("Consumer Privacy") from a person's name, whose words a
        page does not write in lower case."""
        if self._lower_words is None:
            self._lower_words = LowerCaseWords("\n".join(block.text for block in self.blocks))
        return self._lower_words

    def is_open(self, index: int) -> bool:
        """True when no rule has claimed the block yet (it is a body candidate)."""
        return self.labels[index] is None

    def open_blocks(self) -> list[int]:
        """The indices of the open blocks, in order."""
        return [index for index, label in enumerate(self.labels) if label is None]

    def kind(self, index: int) -> Kind | None:
        """The block's kind, or None while it is open."""
        label = self.labels[index]
        return None if label is None else label.kind

    def text(self, index: int) -> str:
        """The block's text."""
        return self.blocks[index].text

    def mark(self, index: int, kind: Kind, rule: str) -> None:
        """Label an open block (a claimed block keeps its label). A rule named by an Enum
        (``newsclean.rule_names``) is kept as its plain string, as every label's rule is."""
        if self.labels[index] is None:
            self.labels[index] = Label(kind, str(rule))

    def relabel(self, index: int, kind: Kind, rule: str) -> None:
        """Label a block whatever it was labelled before."""
        self.labels[index] = Label(kind, str(rule))
        if kind is not Kind.BYLINE:
            self.bylines.pop(index, None)

    def mark_byline(self, index: int, found: BylineMatch) -> None:
        """Label a block as a byline and keep what it says for the Byline field."""
        self.bylines[index] = found
        self.labels[index] = Label(Kind.BYLINE, f"byline-{found.form}")

    def introduces_list(self, index: int) -> bool:
        """True when the nearest open block above ``index`` ends with a colon ("Here are the
        finalists:"), so that what follows is a list the story gives."""
        for above in range(index - 1, -1, -1):
            if self.labels[above] is None:
                return self.blocks[above].text.endswith(":")
        return False

    def neighbours(self, index: int, reach: int) -> range:
        """Indices within ``reach`` blocks of ``index`` (the block itself included)."""
        return range(max(0, index - reach), min(len(self.blocks), index + reach + 1))
