"""An Article as a schema.org ``NewsArticle`` in JSON-LD (behind :meth:`Article.to_jsonld`).

Internal: call ``article.to_jsonld()``. Keys whose value is unknown are left out, as schema.org
expects, rather than set to ``null``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .model import Article, Byline, Dateline

SCHEMA_CONTEXT = "https://schema.org"


def typed(schema_type: str, name: str) -> dict[str, str]:
    """A schema.org thing with a type and a name.

    >>> typed("Person", "Jane Doe")
    {'@type': 'Person', 'name': 'Jane Doe'}
    """
    return {"@type": schema_type, "name": name}


def byline_properties(byline: Byline | None) -> dict[str, Any]:
    """``author`` and ``editor`` as lists of Persons, each only when it names someone."""
    if byline is None:
        return {}
    people = {"author": byline.authors, "editor": byline.editors}
    return {
        key: [typed("Person", name) for name in names] for key, names in people.items() if names
    }


def dateline_properties(dateline: Dateline | None) -> dict[str, Any]:
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


def article_jsonld(article: Article) -> dict[str, Any]:
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
