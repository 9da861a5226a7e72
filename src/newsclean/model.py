"""The data model: what goes into the pipeline (Blocks) and what comes out (the Article).

Everything here is a frozen dataclass or an Enum, so results can be shared between threads,
cached and compared. ``Article.to_dict()`` gives a JSON-serialisable view.

The Article's renderings are modules of their own that this one imports, never the other way
round: :mod:`newsclean.markdown` and :mod:`newsclean.jsonld` read an Article through small
structural Protocols (the attributes they need), and the body's element types live below all
three in :mod:`newsclean.elements`. So ``Article.to_markdown()`` and ``Article.to_jsonld()``
stay methods, typed, without an import circle.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from .elements import Element
from .jsonld import article_jsonld
from .markdown import article_markdown


class Kind(enum.Enum):
    """The label every block ends with. Every kind but ``BODY`` marks text kept out of the body."""

    BODY = "body"
    TITLE = "title"
    BYLINE = "byline"
    DATELINE = "dateline"
    TIMESTAMP = "timestamp"
    CAPTION = "caption"
    CREDIT = "credit"
    SHARE = "share"
    LAYOUT = "layout"
    GALLERY = "gallery"
    PROMO = "promo"
    LEGAL = "legal"
    CONSENT = "consent"
    NAVIGATION = "navigation"
    COMMENTS = "comments"
    BOILERPLATE = "boilerplate"

    # Members are singletons compared by identity, so they may hash by identity too: Enum's own
    # __hash__ is Python code (it hashes the name), and kinds are looked up in sets very often.
    __hash__ = object.__hash__


class Block(NamedTuple):
    """One paragraph (or line) of the input, the unit every rule labels.

    ``index`` is the block's position in the input; ``text`` is its whitespace-normalised text;
    ``hints`` are structural hints (``"after-blank"`` for text that followed a blank line; tag,
    class and id words for blocks made from HTML). A named tuple: immutable and cheap to make,
    since a document can have thousands of blocks.
    """

    # A field named like tuple.index, which it shadows on purpose: a block's position reads as
    # block.index everywhere, and no code calls tuple.index on a Block.
    index: int  # type: ignore[assignment]
    text: str
    tag: str = ""
    hints: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Label:
    """A block's label: its kind and the name of the rule (or heuristic) that gave it."""

    kind: Kind
    rule: str


@dataclass(frozen=True, slots=True)
class Byline:
    """Who wrote (and who edited) the article.

    ``text`` is the byline as written (several byline lines are joined by a newline);
    ``authors`` and ``editors`` are the person names parsed from it, in order, without duplicates.
    """

    text: str
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        return {"text": self.text, "authors": list(self.authors), "editors": list(self.editors)}


@dataclass(frozen=True, slots=True)
class Dateline:
    """Where, from whom and when the story was filed.

    ``text`` is the dateline prefix as written (``"MOSCOW (Reuters)"``), or ``None`` when the
    article has no place dateline but a publication date was found elsewhere (a timestamp line).
    ``published`` is a naive ``datetime`` in the time written on the page, a ``date`` when no time
    of day is given, or ``None`` when unknown.
    """

    text: str | None
    place: str | None = None
    source: str | None = None
    published: dt.datetime | dt.date | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict (``published`` as an ISO 8601 string)."""
        return {
            "text": self.text,
            "place": self.place,
            "source": self.source,
            "published": self.published.isoformat() if self.published is not None else None,
        }


@dataclass(frozen=True, slots=True)
class Removal:
    """A piece of the input kept out of the body: its kind, its text, and the rule that fired.

    Consecutive blocks removed with the same kind form one Removal (their texts joined by a
    newline), so a 14-line breakpoint list is one ``LAYOUT`` removal.
    """

    kind: Kind
    text: str
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        return {"kind": self.kind.value, "text": self.text, "rule": self.rule}


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article.

    ``body`` holds the article's paragraphs joined by one blank line (the rows of a table by
    one line break: a row a line, its cells separated by `` | ``). ``captions`` holds photo
    captions and credits, in order. ``removed`` lists every dropped block (the title aside, which
    is returned as ``title``). ``elements`` holds the body's parts in order, each with its kind
    (paragraph, heading, list item, table row), with the captions where they stood (as
    ``caption`` elements, also when the body leaves them out): what :meth:`to_markdown` renders.
    """

    body: str
    title: str | None = None
    byline: Byline | None = None
    dateline: Dateline | None = None
    captions: tuple[str, ...] = ()
    removed: tuple[Removal, ...] = field(default=())
    elements: tuple[Element, ...] = ()

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The body split into its paragraphs."""
        return tuple(self.body.split("\n\n")) if self.body else ()

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict of every field."""
        return {
            "title": self.title,
            "body": self.body,
            "byline": self.byline.to_dict() if self.byline else None,
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "captions": list(self.captions),
            "removed": [removal.to_dict() for removal in self.removed],
            "elements": [element.to_dict() for element in self.elements],
        }

    def to_markdown(self) -> str:
        """Return the Article as markdown: ``# title``, then its elements in order (paragraphs,
        ``##`` headings, ``- `` list items, tables, captions in italics where they stood).

        >>> print(Article("Talks resumed.\\n\\nBoth sides met.", title="Talks").to_markdown())
        # Talks
        <BLANKLINE>
        Talks resumed.
        <BLANKLINE>
        Both sides met.
        """
        return article_markdown(self)

    def to_jsonld(self) -> dict[str, Any]:
        """Return the Article as a schema.org ``NewsArticle`` in JSON-LD (a JSON-serialisable
        dict): ``headline``, ``articleBody``, ``author`` and ``editor`` as Persons, ``dateline``,
        ``datePublished``, ``locationCreated``, ``sourceOrganization``; unknown values are left
        out.

        >>> Article("Talks resumed.", title="Talks").to_jsonld()["headline"]
        'Talks'
        """
        return article_jsonld(self)
