"""The labeller's working state for one document (made fresh for every call, never shared)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from .model import Block, Kind, Label
from .options import DEFAULT_OPTIONS, Options
from .records import BylineMatch, DatelineMatch, Shape
from .shape import word_count

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


@dataclass(slots=True)
class BlockRecord:
    """One block of a draft with everything the labeller keeps for it. Steps read a record's
    fields (a pass over every block reads ``draft.records``) and change them through the
    :class:`Draft`'s methods, which keep them consistent (a byline record only on a block
    labelled a byline). A record's block is not replaced: a split replaces the record."""

    block: Block
    shape: Shape
    #: What the block would count for the article's region if no rule claimed it, from its
    #: text alone.
    prose_score: float
    #: None while no rule has claimed the block: a body candidate.
    label: Label | None = None
    #: What a block labelled a byline says, for the Byline field.
    byline: BylineMatch | None = None
    #: What the block counts on top of its prose score as one of the first paragraphs after
    #: an article's signature, when the region is first found (``context.region.boost_leads``).
    lead_bonus: float = 0.0
    #: The block's word count (:func:`newsclean.shape.word_count`), read from its text once:
    #: counted here when the maker of the record does not pass the count it already has.
    words: float = -1.0

    def __post_init__(self) -> None:
        if self.words < 0:
            self.words = word_count(self.block.text)


@dataclass
class Draft:
    """A document's blocks as records (:class:`BlockRecord`: the block, its label, shape, prose
    score, byline record, lead bonus and word count), and the fields found so far.

    Steps read blocks by index and label them in place through the methods here; a step that
    changes the number of blocks goes through :meth:`split_block`, which moves the title's index
    along. ``blocks``, ``labels``, ``shapes`` and ``bylines`` are read-only views, made when
    asked.
    """

    records: list[BlockRecord]
    #: The options of the call (which families run, user rules, what the body keeps).
    options: Options = DEFAULT_OPTIONS
    dateline: DatelineMatch | None = None
    title_index: int | None = None
    #: The words the page writes in lower case (see :meth:`lower_words`), once made.
    _lower_words: LowerCaseWords | None = field(default=None, repr=False)

    def __len__(self) -> int:
        return len(self.records)

    @property
    def blocks(self) -> tuple[Block, ...]:
        """The blocks, in order."""
        return tuple(record.block for record in self.records)

    @property
    def labels(self) -> tuple[Label | None, ...]:
        """The blocks' labels, in order (None for an open block)."""
        return tuple(record.label for record in self.records)

    @property
    def shapes(self) -> tuple[Shape, ...]:
        """The blocks' shapes, in order."""
        return tuple(record.shape for record in self.records)

    @property
    def bylines(self) -> Mapping[int, BylineMatch]:
        """The byline records by block index, in order (read-only)."""
        return MappingProxyType(
            {i: record.byline for i, record in enumerate(self.records) if record.byline}
        )

    def split_block(self, index: int, parts: Sequence[BlockRecord]) -> None:
        """Replace the block at ``index`` by ``parts``, in order, and move the title's index
        along. The parts are read afresh: the split block's byline record and lead bonus go
        with it. The lower-case words stay as read: splitting a block changes no word."""
        self.records[index : index + 1] = parts
        if self.title_index is not None and self.title_index > index:
            self.title_index += len(parts) - 1

    def lower_words(self) -> LowerCaseWords:
        """The words written in lower case anywhere in the document, on their own: what tells a
        tag or a heading in capitals ("Consumer Privacy") from a person's name, whose words a
        page does not write in lower case."""
        if self._lower_words is None:
            self._lower_words = LowerCaseWords(
                "\n".join(record.block.text for record in self.records)
            )
        return self._lower_words

    def is_open(self, index: int) -> bool:
        """True when no rule has claimed the block yet (it is a body candidate)."""
        return self.records[index].label is None

    def open_blocks(self) -> list[int]:
        """The indices of the open blocks, in order."""
        return [index for index, record in enumerate(self.records) if record.label is None]

    def block(self, index: int) -> Block:
        """The block."""
        return self.records[index].block

    def text(self, index: int) -> str:
        """The block's text."""
        return self.records[index].block.text

    def label(self, index: int) -> Label | None:
        """The block's label, or None while it is open."""
        return self.records[index].label

    def kind(self, index: int) -> Kind | None:
        """The block's kind, or None while it is open."""
        label = self.records[index].label
        return None if label is None else label.kind

    def shape(self, index: int) -> Shape:
        """The block's shape."""
        return self.records[index].shape

    def prose_score(self, index: int) -> float:
        """What the block counts for the region from its text alone."""
        return self.records[index].prose_score

    def rescore(self, index: int, score: float) -> None:
        """Count the block ``score`` for the region in place of what its text alone gave it."""
        self.records[index].prose_score = score

    def words(self, index: int) -> float:
        """The block's word count (:func:`newsclean.shape.word_count`), read once."""
        return self.records[index].words

    def byline(self, index: int) -> BylineMatch | None:
        """What the block says as a byline, or None when it is not labelled one."""
        return self.records[index].byline

    def lead_bonus(self, index: int) -> float:
        """What the block counts on top of its prose score as a lead (0 for most blocks)."""
        return self.records[index].lead_bonus

    def add_lead_bonus(self, index: int, bonus: float) -> None:
        """Count ``bonus`` more for the block as a lead."""
        self.records[index].lead_bonus += bonus

    def mark(self, index: int, kind: Kind, rule: str) -> None:
        """Label an open block (a claimed block keeps its label). A rule named by an Enum
        (``newsclean.rule_names``) is kept as its plain string, as every label's rule is."""
        if self.records[index].label is None:
            self.records[index].label = Label(kind, str(rule))

    def relabel(self, index: int, kind: Kind, rule: str) -> None:
        """Label a block whatever it was labelled before."""
        self.set_label(index, Label(kind, str(rule)))

    def set_label(self, index: int, label: Label | None) -> None:
        """Give a block ``label`` whatever it was labelled before (None opens it again); a block
        that is no longer a byline loses its byline record."""
        record = self.records[index]
        record.label = label
        if label is None or label.kind is not Kind.BYLINE:
            record.byline = None

    def reopen(self, index: int) -> None:
        """Open a block again (a body candidate), whatever it was labelled."""
        self.set_label(index, None)

    def mark_byline(self, index: int, found: BylineMatch) -> None:
        """Label a block as a byline and keep what it says for the Byline field."""
        record = self.records[index]
        record.label = Label(Kind.BYLINE, f"byline-{found.form}")
        record.byline = found

    def open_above(self, index: int, reach: int | None = None) -> int | None:
        """The nearest open block above ``index``, passing over at most ``reach`` labelled
        blocks (any number when None), or None."""
        lowest = -1 if reach is None else max(-1, index - 2 - reach)
        for above in range(index - 1, lowest, -1):
            if self.records[above].label is None:
                return above
        return None

    def introduces_list(self, index: int) -> bool:
        """True when the nearest open block above ``index`` ends with a colon ("Here are the
        finalists:"), so that what follows is a list the story gives."""
        above = self.open_above(index)
        return above is not None and self.records[above].block.text.endswith(":")

    def neighbours(self, index: int, reach: int) -> range:
        """Indices within ``reach`` blocks of ``index`` (the block itself included)."""
        return range(max(0, index - reach), min(len(self.records), index + reach + 1))
