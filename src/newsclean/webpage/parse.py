"""Text to a safe lxml tree: no network, no entities, no DTD, bounded depth and size."""

from __future__ import annotations

import re

import lxml.etree
import lxml.html

from ..errors import HtmlLimitError, UnparsableHtmlError

#: Lone surrogates (a Python str may hold them, no encoded page can): libxml2 stops reading at
#: the first one and silently drops the rest of the page, so they become U+FFFD first.
_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """``text`` with its lone surrogates replaced by U+FFFD (``text`` itself when it has none).

    Encoding to UTF-8 is the quick test: it fails on a surrogate and on nothing else, and it
    takes a fraction of the time of a regular expression's search of a whole page.

    >>> without_surrogates("a\\ud800b") == "a\\ufffdb", without_surrogates("caf\\u00e9")
    (True, 'café')
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def _element_classes() -> lxml.etree.ElementNamespaceClassLookup:
    """The classes of a parsed page's nodes, the very ones of ``lxml.html``'s own lookup
    (``FormElement`` for ``form``, ``InputElement`` for ``input`` ... ``HtmlElement`` for the
    other elements, ``HtmlComment`` ...), chosen by lxml's C code: ``lxml.html``'s lookup is a
    Python method, called for every node a walk of the tree meets (ours, and trafilatura's over
    the tree and its copies). The HTML parser gives elements lower-case names and no namespace,
    so a lookup by name in the empty namespace is that lookup."""
    fallback = lxml.etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement,
        comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction,
        entity=lxml.html.HtmlEntity,
    )
    lookup = lxml.etree.ElementNamespaceClassLookup(fallback)
    by_name = lookup.get_namespace(None)
    by_name["form"] = lxml.html.FormElement
    by_name["input"] = lxml.html.InputElement
    by_name["label"] = lxml.html.LabelElement
    by_name["select"] = lxml.html.SelectElement
    by_name["textarea"] = lxml.html.TextareaElement
    return lookup


#: Shared by the parsers: it is never changed after this.
_ELEMENT_CLASSES = _element_classes()


def _new_parser() -> lxml.html.HTMLParser:
    """libxml2's HTML parser, configured so that a page cannot make it reach out or blow up: it
    never loads a DTD or anything over the network, drops comments and processing instructions,
    and keeps libxml2's limits (256 levels of nesting, 10 MB per text node) because
    ``huge_tree`` is off. A fresh parser per page: its error log is then the page's own, and
    threads share nothing."""
    parser = lxml.html.HTMLParser(
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        huge_tree=False,
        default_doctype=False,
    )
    parser.set_element_class_lookup(_ELEMENT_CLASSES)
    return parser


def parse_html(text: str) -> lxml.html.HtmlElement:
    """Parse a page into an lxml tree (the ``<html>`` element).

    Raises ``UnparsableHtmlError`` when the text holds no document (empty, only whitespace or
    only a comment) and ``HtmlLimitError`` when the page is past libxml2's limits (elements
    nested over 256 deep, a text node over 10 MB): such a page would otherwise come back cut
    short without a word. Both are ``ValueError`` subclasses.

    >>> parse_html("<p>Hello</p>").findtext(".//p")
    'Hello'
    """
    # lxml refuses str input that declares its encoding; the tree is the same without it.
    if text.lstrip().startswith("<?xml"):
        text = text[text.find("?>") + 2 :]
    text = without_surrogates(text)
    parser = _new_parser()
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (lxml.etree.ParserError, ValueError) as error:
        raise UnparsableHtmlError(str(error) or "no document") from None
    for entry in parser.error_log:
        if entry.type_name == "ERR_RESOURCE_LIMIT":
            raise HtmlLimitError(entry.message.strip())
    return root
