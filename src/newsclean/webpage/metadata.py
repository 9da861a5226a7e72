"""What the page says about itself: title, authors and publication date from schema.org JSON-LD,
``meta`` tags, ``time`` elements and the URL.

Every reader here is defensive: malformed JSON, odd types and absurd values are skipped, never
raised, because a page's metadata is as hand-made as its markup.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import lxml.html
import regex

from ..segment import normalize_line

#: schema.org types whose ``author`` and ``datePublished`` describe the article.
ARTICLE_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "ReviewNewsArticle",
        "BackgroundNewsArticle",
        "AskPublicCaseArticle",
        "SatiricalArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "SocialMediaPosting",
        "TechArticle",
        "ScholarlyArticle",
        "Report",
        "Review",
        "ClaimReview",
        "CreativeWork",
    }
)
#: Types whose dates may stand in when no article type carries one.
PAGE_TYPES = frozenset({"WebPage", "ItemPage", "CollectionPage", "VideoObject", "Episode"})
#: ``meta`` names and properties that carry the publication date, most specific first.
DATE_META = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "article.published",
    "published-date",
    "dc.date.issued",
    "dcterms.created",
    "dc.date",
    "date",
    "citation_publication_date",
)
#: ``meta`` names and properties that carry author names (URLs among them are skipped).
AUTHOR_META = (
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "byl",
    "dc.creator",
    "dcterms.creator",
    "citation_author",
)
TITLE_META = ("og:title", "twitter:title", "headline", "dc.title")
SITE_META = ("og:site_name", "application-name")
#: JSON-LD larger than this is skipped (real article metadata is a few kilobytes).
MAX_JSON_LD_CHARS = 2_000_000
#: How deep into nested JSON-LD objects the reader looks for articles.
MAX_JSON_LD_DEPTH = 8
#: Dates before this year are placeholders ("0001-01-01"), not publication dates.
EARLIEST_YEAR = 1900

_URL_DATE = regex.compile(
    r"/((?:19|20)\d\d)[/\-_]?(0[1-9]|1[0-2])[/\-_]?(0[1-9]|[12]\d|3[01])(?:/|[\-_]|\.html?|$)"
)
_ISO_DATE = regex.compile(
    r"\s*(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d))?(?:[.,]\d+)?)?\s*(?:Z|[+\-]\d\d:?\d\d)?\s*$"
)
_BY_PREFIX = regex.compile(r"(?i)^\s*(?:by|written by|von|por|par)\s+")
_URL_LIKE = regex.compile(r"(?i)^(?:https?:|www\.|/)|\.(?:com|org|net)/")


@dataclass(frozen=True, slots=True)
class PageMetadata:
    """The page's own account of itself.

    ``authors`` are the people credited, in order; ``organisations`` the organisations credited
    as authors (a desk, a bureau, the publisher); ``published`` the publication date (a naive
    datetime in the time the page gives, or a date).
    """

    title: str | None = None
    authors: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    published: dt.datetime | dt.date | None = None
    site_name: str | None = None


def read_metadata(root: lxml.html.HtmlElement, url: str | None = None) -> PageMetadata:
    """Read the page's metadata: JSON-LD first, then ``meta`` tags, ``time`` elements, the URL."""
    articles, pages = _json_ld_objects(root)
    metas = _meta_values(root)
    people, organisations = _json_ld_authors(articles)
    if not people and not organisations:
        people = _meta_authors(metas)
    title = _first_text(obj.get("headline") for obj in articles) or _first_meta(metas, TITLE_META)
    published = (
        _first_date(obj.get("datePublished") or obj.get("dateCreated") for obj in articles)
        or _first_date(metas.get(name) for name in DATE_META)
        or _first_date(obj.get("datePublished") for obj in pages)
        or _time_element_date(root)
        or (url_date(url) if url else None)
    )
    return PageMetadata(
        title=title,
        authors=tuple(people),
        organisations=tuple(organisations),
        published=published,
        site_name=_first_meta(metas, SITE_META),
    )


# --- JSON-LD ---------------------------------------------------------------------------------


def _json_ld_objects(
    root: lxml.html.HtmlElement,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The article objects and the page objects of every JSON-LD script, in page order."""
    articles: list[dict[str, Any]] = []
    pages: list[dict[str, Any]] = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        data = _load_json(script.text or "")
        for obj in _objects_in(data, MAX_JSON_LD_DEPTH):
            types = _types_of(obj)
            if types & ARTICLE_TYPES:
                articles.append(obj)
            elif types & PAGE_TYPES:
                pages.append(obj)
    return articles, pages


def _load_json(text: str) -> Any:
    """Parse a JSON-LD script, or ``None`` when it is too large or not JSON."""
    if len(text) > MAX_JSON_LD_CHARS:
        return None
    try:
        return json.loads(text, strict=False)
    except (ValueError, RecursionError):
        return None


def _objects_in(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    """Every dict in ``data`` (lists, ``@graph`` and ``mainEntity`` unpacked), ``depth`` deep."""
    if depth <= 0:
        return
    if isinstance(data, list):
        for item in data:
            yield from _objects_in(item, depth - 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if isinstance(data.get(key), (list, dict)):
                yield from _objects_in(data[key], depth - 1)


def _types_of(obj: dict[str, Any]) -> set[str]:
    """The object's ``@type`` values (a string or a list of strings)."""
    value = obj.get("@type")
    if isinstance(value, str):
        return {value.rsplit("/", 1)[-1]}
    if isinstance(value, list):
        return {v.rsplit("/", 1)[-1] for v in value if isinstance(v, str)}
    return set()


def _json_ld_authors(articles: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """People and organisations named as the first article's authors (``author``, ``creator``)."""
    people: list[str] = []
    organisations: list[str] = []
    for obj in articles:
        for entry in _as_list(obj.get("author") or obj.get("creator")):
            name, is_organisation = _author_entry(entry)
            for single in split_author_names(name) if not is_organisation else [name]:
                target = organisations if is_organisation else people
                if single and single not in target:
                    target.append(single)
        if people or organisations:
            break
    return people, organisations


def _author_entry(entry: Any) -> tuple[str, bool]:
    """An author entry's name and whether it is an organisation."""
    if isinstance(entry, str):
        return clean_author_name(entry), False
    if isinstance(entry, dict):
        name = entry.get("name")
        if isinstance(name, list):
            name = " ".join(str(part) for part in name)
        if not isinstance(name, str):
            given, family = entry.get("givenName"), entry.get("familyName")
            name = f"{given} {family}" if isinstance(given, str) and isinstance(family, str) else ""
        return clean_author_name(name), bool(
            _types_of(entry) & {"Organization", "NewsMediaOrganization"}
        )
    return "", False


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value] if value is not None else []


# --- meta tags, time elements, URL -----------------------------------------------------------


def _meta_values(root: lxml.html.HtmlElement) -> dict[str, list[str]]:
    """Every ``meta`` tag's content by lower-cased name, property or itemprop."""
    values: dict[str, list[str]] = {}
    for meta in root.iter("meta"):
        content = meta.get("content")
        if not content:
            continue
        for attribute in ("name", "property", "itemprop"):
            key = meta.get(attribute)
            if key:
                values.setdefault(key.strip().lower(), []).append(content)
    return values


def _meta_authors(metas: dict[str, list[str]]) -> list[str]:
    """Author names from the first author ``meta`` name that holds any (URLs skipped)."""
    for name in AUTHOR_META:
        found: list[str] = []
        for value in metas.get(name, ()):
            if _URL_LIKE.search(value):
                continue
            for single in split_author_names(clean_author_name(value)):
                if single not in found:
                    found.append(single)
        if found:
            return found
    return []


def _first_meta(metas: dict[str, list[str]], names: tuple[str, ...]) -> str | None:
    for name in names:
        for value in metas.get(name, ()):
            text = normalize_line(value)
            if text:
                return text
    return None


def _time_element_date(root: lxml.html.HtmlElement) -> dt.datetime | dt.date | None:
    """The date of the page's first ``time`` element marked as the publication date (``pubdate``
    or ``itemprop="datePublished"``), else of its first ``time`` element that does not say it
    is an update (its text, its class or its parent's: "Updated March 4", ``class="updated"``),
    else of its first ``time`` element."""
    first: dt.datetime | dt.date | None = None
    first_not_updated: dt.datetime | dt.date | None = None
    for element in root.iter("time"):
        value = parse_iso_date(element.get("datetime") or "")
        if value is None:
            continue
        if element.get("pubdate") is not None or element.get("itemprop") == "datePublished":
            return value
        first = first or value
        if first_not_updated is None and not _says_updated(element):
            first_not_updated = value
    return first_not_updated or first


#: Words that mark a ``time`` element as the date of an update, in the languages of the dates.
_UPDATE_MARK = regex.compile(
    r"(?i)\b(?:updated?|modified|aktualisiert|mis à jour|actualizado|atualizado|aggiornato"
    r"|bijgewerkt|geändert|modifié)\b"
)


def _says_updated(element: lxml.html.HtmlElement) -> bool:
    """True when a ``time`` element, its class or its parent's (text and class) says it dates
    an update."""
    parent = element.getparent()
    marks = [element.get("class") or "", element.text_content()[:80]]
    if parent is not None:
        marks += [parent.get("class") or "", (parent.text or "")[:80]]
    return any(_UPDATE_MARK.search(mark) for mark in marks)


def url_date(url: str) -> dt.date | None:
    """The date written in a URL's path, if any.

    >>> url_date("https://example.com/2019/11/18/story.html")
    datetime.date(2019, 11, 18)
    >>> url_date("https://example.com/story-20191118.html") is None
    True
    """
    match = _URL_DATE.search(url)
    if match is None:
        return None
    try:
        return dt.date(*map(int, match.groups()))
    except ValueError:
        return None


# --- values ----------------------------------------------------------------------------------


def parse_iso_date(value: str) -> dt.datetime | dt.date | None:
    """An ISO 8601 date or date-time, as written (a time zone offset is dropped, the local time
    kept); ``None`` for anything else and for placeholder years before 1900.

    >>> parse_iso_date("2019-11-19T09:01:42+05:30")
    datetime.datetime(2019, 11, 19, 9, 1, 42)
    >>> parse_iso_date("2019-11-19")
    datetime.date(2019, 11, 19)
    >>> parse_iso_date("0001-01-01T00:00:00Z") is None
    True
    """
    match = _ISO_DATE.match(value)
    if match is None:
        return None
    year, month, day, hour, minute, second = match.groups()
    if int(year) < EARLIEST_YEAR:
        return None
    try:
        if hour is None:
            return dt.date(int(year), int(month), int(day))
        return dt.datetime(
            int(year), int(month), int(day), int(hour), int(minute), int(second or 0)
        )
    except ValueError:
        return None


def _first_date(values: Iterator[Any] | Any) -> dt.datetime | dt.date | None:
    for value in values:
        for item in _as_list(value):
            if isinstance(item, str):
                parsed = parse_iso_date(item)
                if parsed is not None:
                    return parsed
    return None


def _first_text(values: Iterator[Any]) -> str | None:
    for value in values:
        if isinstance(value, str) and value.strip():
            return normalize_line(value)
    return None


def clean_author_name(name: str) -> str:
    """An author name as credited, without a leading "By" and with its spaces normalised.

    >>> clean_author_name("  By   Jane Doe ")
    'Jane Doe'
    """
    return _BY_PREFIX.sub("", normalize_line(name))


def split_author_names(name: str) -> list[str]:
    """Split "A and B", "A, B" (when every part is a name of two words or more) into names; keep
    anything else whole ("Doe, Jane" stays one name, as does "Amy Kuperinsky | NJ.com").

    >>> split_author_names("Lia Eustachewich and Yaron Steinbuch")
    ['Lia Eustachewich', 'Yaron Steinbuch']
    >>> split_author_names("Doe, Jane")
    ['Doe, Jane']
    """
    if not name:
        return []
    parts = [p.strip() for p in regex.split(r"\s*(?:,|;|\band\b|&)\s*", name) if p.strip()]
    if len(parts) > 1 and all(len(p.split()) >= 2 for p in parts):
        return parts
    return [name]
