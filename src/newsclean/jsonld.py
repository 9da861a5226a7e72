"""An Article as a schema.org ``NewsArticle`` in JSON-LD (behind :meth:`Article.to_jsonld`).

Internal: call ``article.to_jsonld()``. Keys whose value is unknown are left out, as schema.org
expects, rather than set to ``null``.

The module reads an Article through the structural Protocols below (the attributes it needs), so
that it imports nothing of :mod:`newsclean.model`, which imports it for ``to_jsonld``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Protocol

SCHEMA_CONTEXT = "https://schema.org"


class PeopleSource(Protocol):
    """What JSON-LD says of a Byline: the people it names."""

    @property
    def authors(self) -> tuple[str, ...]: ...
    @property
    def editors(self) -> tuple[str, ...]: ...


class FilingSource(Protocol):
    """What JSON-LD says of a Dateline: where, from whom and when the story was filed."""

    @property
    def text(self) -> str | None: ...
    @property
    def place(self) -> str | None: ...
    @property
    def source(self) -> str | None: ...
    @property
    def published(self) -> dt.datetime | dt.date | None: ...


class JsonLdSource(Protocol):
    """What JSON-LD says of an Article: its headline, body, byline and dateline."""

    @property
    def title(self) -> str | None: ...
    @property
    def body(self) -> str: ...
    @property
    def byline(self) -> PeopleSource | None: ...
    @property
    def dateline(self) -> FilingSource | None: ...


def typed(schema_type: str, name: str) -> dict[str, str]:
    """A schema.org thing with a type and a name.

    >>> typed("Person", "Jane Doe")
    {'@type': 'Person', 'name': 'Jane Doe'}
    """
    return {"@type": schema_type, "name": name}


def byline_properties(byline: PeopleSource | None) -> dict[str, Any]:
    """``author`` and ``editor`` as lists of Persons, each only when it names someone."""
    if byline is None:
        return {}
    people = {"author": byline.authors, "editor": byline.editors}
    return {
        key: [typed("Person", name) for name in names] for key, names in people.items() if names
    }


def dateline_properties(dateline: FilingSource | None) -> dict[str, Any]:
    """``dateline``, ``datePublished`` (ISO 8601), ``locationCreated`` (a Place) and
    ``sourceOrganization`` (an Organization), each only when known."""
    if dateline is None:
        return {}
    known = {
        "dateline": dateline.text,
        "datePublished": dateline.published.isoformat() if dateline.published else None,
        "locationCreated": typed("Place", dateline.place) if dateline.place else None,
        "sourceOrganization": typed("Organization", dateline.source) if dateline.source else None,
    }
    return {key: value for key, value in known.items() if value is not None}


def article_jsonld(article: JsonLdSource) -> dict[str, Any]:
    """The Article as a JSON-serialisable schema.org ``NewsArticle``.

    ``headline`` is the title, ``articleBody`` the body (left out when empty), ``wordCount`` the
    body's whitespace-separated words; byline and dateline fields follow when known. Nothing is
    said about images: the Article does not know them.
    """
    document: dict[str, Any] = {"@context": SCHEMA_CONTEXT, "@type": "NewsArticle"}
    if article.title:
        document["headline"] = article.title
    if article.body:
        document["articleBody"] = article.body
        document["wordCount"] = len(article.body.split())
    document.update(byline_properties(article.byline))
    document.update(dateline_properties(article.dateline))
    return document
