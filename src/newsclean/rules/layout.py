"""Layout leftovers: responsive-breakpoint class lists and stray CSS, JavaScript or markup.

Scrapers that read hidden elements pick up lists like ``narrow-browser-and-phone``,
``landscape-tablet-and-above``: class names built from device and size words joined by hyphens.
"""

from __future__ import annotations

from ..model import Kind
from .base import Rule, phrases

#: Words that responsive class names are built from.
_LAYOUT_WORD = (
    r"(?:narrow|medium|wide|wider|large|larger|small|smaller|tiny|huge|xx?s|sm|md|lg|xx?l"
    r"|browser|browsers|phone|phones|mobile|tablet|tablets|desktop|screen|screens|portrait"
    r"|landscape|above|below|and|or|up|down|only|hide|show|visible|hidden|print|touch|device"
    r"|devices|viewport|breakpoint|width|max|min)"
)

RULES = (
    Rule(
        "breakpoint-class",
        Kind.LAYOUT,
        rf"[•·*-]?\s*{_LAYOUT_WORD}(?:-{_LAYOUT_WORD})+",
        max_chars=80,
    ),
    Rule(
        "css-rule",
        Kind.LAYOUT,
        r"[.#@]?[\w\-.#: >,\[\]=\"']{1,80}\s*\{[^{}]*\}?",
        max_chars=300,
        keywords=("{",),
    ),
    Rule("css-media-query", Kind.LAYOUT, r"@media\b.*", max_chars=300),
    Rule(
        "javascript",
        Kind.LAYOUT,
        r"(?:var|let|const|function|window\.|document\.|googletag\.|\(function|if\s*\(|\}\);?"
        r"|<!--|-->|<script|</script>|<div|</div>|<iframe).*",
        max_chars=300,
        case_sensitive=True,
    ),
    # Markup a scraper read as text (an ad's or a tracking pixel's <noscript> code): a block
    # that opens with a tag, closes with one and holds a tag with attributes is code whatever
    # its length ("<ul> List of <img>" is a heading); the "javascript" rule above takes shorter
    # lines of other code.
    Rule(
        "html-markup",
        Kind.LAYOUT,
        r"(?=.*<[a-z][a-z0-9]*\s[^<>]*=)</?[a-z][a-z0-9]*(?:\s[^<>]*)?/?>(?:.*>)?",
        max_chars=5000,
    ),
    Rule(
        "svg-leftover",
        Kind.LAYOUT,
        r"(?:image/svg\+xml|created with sketch\.?|fill \d+(?: copy \d+)?)",
        max_chars=40,
    ),
)

PHRASES = (phrases("layout-word", Kind.LAYOUT, "loading...", "loading", "javascript is disabled"),)
