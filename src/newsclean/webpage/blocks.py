"""A parsed page to Blocks: one Block per run of text between block-level boundaries, each with
the structural hints the labeller and the content finder read."""

from __future__ import annotations

from typing import NamedTuple

import lxml.html
import regex

from ..hints import AFTER_BLANK, CAPTION, CREDIT, LINK_DENSE, TIME
from ..model import Block
from ..segment import normalize_line, remove_invisible

#: Elements that start and end a block of text.
BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd figure figcaption blockquote section article "
    "header footer aside nav main table thead tbody tfoot tr caption pre address hr br form "
    "fieldset details summary center menu legend".split()
)
#: Elements whose content is never visible text.
INVISIBLE_TAGS = frozenset(
    "script style noscript template svg math iframe object embed canvas video audio source "
    "track select option button input textarea title meta link base style map area".split()
)
#: Table cells: the cells of one row make one block, separated by `` | ``.
CELL_TAGS = frozenset({"td", "th"})
#: Ancestors worth naming in a block's hints (landmarks, figures, quotes, headings, lists).
#: ``<time>``, an inline element, is named when the block holds its text (see ``TIME``).
LANDMARK_TAGS = frozenset(
    "nav footer aside header figure figcaption blockquote form h1 h2 h3 h4 h5 h6 li table "
    "article main address".split()
)
#: Innermost block tags whose text reads as a line under the one before, not a new paragraph.
LINE_TAGS = frozenset({"li", "tr", "dt", "dd", "br", "option", "summary", "legend"})
#: Ancestors that make a block's container (what content extension compares).
CONTAINER_TAGS = frozenset({"div", "section", "article", "main", "td"})

#: The share of a block's characters inside links above which it is link-dense.
LINK_DENSE_SHARE = 0.6

#: Class name parts (split at ``-`` and ``_``) that mark captions and credits, looked for on a
#: block's nearest few elements (a wrapper far above says nothing about one line).
CAPTION_CLASS_PARTS = frozenset(
    {"caption", "figcaption", "captiontext", "imagecaption", "photocaption"}
)
CREDIT_CLASS_PARTS = frozenset({"credit", "credits", "photographer", "photocredit", "imagecredit"})
CLASS_HINT_REACH = 3


class PageBlocks(NamedTuple):
    """The page's Blocks, the container of each (the nearest enclosing div, section, article,
    main or cell, as ``tag.class``), and the page's ``<title>``."""

    blocks: list[Block]
    containers: list[str]
    page_title: str


def page_blocks(root: lxml.html.HtmlElement) -> PageBlocks:
    """Walk the page's visible text into Blocks.

    Hidden elements (the ``hidden`` attribute, ``display: none`` in a ``style``) and elements that
    never show text (scripts, styles, forms' controls) are skipped. A block's ``tag`` is its
    innermost block-level element; its hints name its landmark ancestors (``nav``, ``footer``,
    ``figure``, ``h2`` ...), mark captions, credits and link-dense blocks, and mark blocks that
    start a paragraph with ``after-blank`` as plain text would.
    """
    walker = _Walker()
    # The whole document, <head> included: its own elements (title, meta, scripts, styles) show
    # nothing, and libxml2 leaves the visible elements of a page that omits <body> there.
    walker.walk(root)
    walker.flush()
    title = root.findtext(".//title") or ""
    return PageBlocks(walker.blocks, walker.containers, normalize_line(remove_invisible(title)))


class _Walker:
    """The state of one walk: the text gathered since the last block boundary and the stack of
    open elements."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.containers: list[str] = []
        self.parts: list[str] = []
        self.link_chars = 0
        self.stack: list[tuple[str, str]] = []  # (tag, class) of each open element
        self.after_break = False
        self.after_blank_line = False  # the text gathered follows "<br><br>"
        self.time_depth = 0  # how many <time> elements (not durations) are open
        self.holds_time = False  # the block gathered so far holds text of one
        self.class_marks: dict[str, ClassMarks] = {}  # the marks of each class attribute seen

    def walk(self, element: lxml.html.HtmlElement, in_link: bool = False) -> None:
        """Gather the text of ``element`` and its descendants, flushing at block boundaries."""
        tag = element.tag
        if not isinstance(tag, str) or tag in INVISIBLE_TAGS or _is_hidden(element):
            self.add(element.tail, in_link)
            return
        classes = element.get("class") or ""
        # An inline element whose own class marks a caption or a credit is a block of its own:
        # a picture's caption set inside a paragraph (<p><span class="caption">...</span> The
        # story ...), so that the paragraph's text is not read as part of the caption.
        is_block = tag in BLOCK_TAGS or (
            bool(classes) and self._has_caption_class(classes) and not self._in_caption()
        )
        if is_block:
            # A second line break with no text since the first ("<br><br>") sets a paragraph
            # apart, as a blank line does in plain text.
            blank_line = tag == "br" and self.after_break and not "".join(self.parts).strip()
            self.flush(by_break=tag == "br")
            self.after_break = tag == "br" and not blank_line
            self.after_blank_line = blank_line
        elif tag in CELL_TAGS and self.parts:
            if self.after_break or self.after_blank_line:
                self.flush()  # a cell's last line under a break is no cell of a data row
            else:
                self.parts.append(" | ")
        self.stack.append((tag, classes))
        is_time = tag == "time" and not _is_duration(element)
        self.time_depth += is_time
        inside_link = in_link or tag == "a"
        self.add(element.text, inside_link)
        for child in element:
            self.walk(child, inside_link)
        if is_block and tag != "br":
            self.flush()
        self.stack.pop()
        self.time_depth -= is_time
        self.add(element.tail, in_link)

    def add(self, text: str | None, in_link: bool) -> None:
        """Gather a piece of text."""
        if text:
            self.parts.append(text)
            if in_link:
                self.link_chars += len(text.strip())
            if self.time_depth and not text.isspace():
                self.holds_time = True

    def flush(self, by_break: bool = False) -> None:
        """Close the block gathered so far (if it holds any text); ``by_break`` says a line
        break closes it.

        A table row's text that a line break starts or ends is a line of one of its cells, not
        the row: the paragraphs of a story set in a layout table's cell ("<td>One.<br><br>
        Two.</td>") are paragraphs (tagged ``td``), not a table's rows."""
        text = normalize_line(remove_invisible("".join(self.parts))) if self.parts else ""
        if text:
            tag = self._innermost_block_tag()
            if tag == "tr" and (by_break or self.after_break or self.after_blank_line):
                tag = "td"
            self.blocks.append(Block(len(self.blocks), text, tag, self._hints(text, tag)))
            self.containers.append(self._container())
        self.parts = []
        self.link_chars = 0
        self.after_break = False
        self.after_blank_line = False
        self.holds_time = False

    def _innermost_block_tag(self) -> str:
        for tag, _ in reversed(self.stack):
            if tag in BLOCK_TAGS:
                return tag
        return ""

    def _container(self) -> str:
        for tag, classes in reversed(self.stack):
            if tag in CONTAINER_TAGS:
                return f"{tag}.{classes}"
        return ""

    def _hints(self, text: str, tag: str) -> frozenset[str]:
        hints = {tag for tag, _ in self.stack if tag in LANDMARK_TAGS}
        if self.after_blank_line or (not self.after_break and tag not in LINE_TAGS):
            hints.add(AFTER_BLANK)  # a paragraph, also one set apart by "<br><br>" in a cell
        nearest = [self._class_marks(classes) for _, classes in self.stack[-CLASS_HINT_REACH:]]
        if "figcaption" in hints or any(marks.caption for marks in nearest):
            hints.add(CAPTION)
        if any(marks.credit for marks in nearest):
            hints.add(CREDIT)
        if self.link_chars >= LINK_DENSE_SHARE * len(text):
            hints.add(LINK_DENSE)
        if self.holds_time:
            hints.add(TIME)
        return frozenset(hints)

    def _in_caption(self) -> bool:
        """True inside a figure, a figcaption or an element classed as a caption or credit (a
        caption's own parts, its text and its credit, stay one block)."""
        return any(
            tag in ("figure", "figcaption") or self._has_caption_class(classes)
            for tag, classes in self.stack
        )

    def _class_marks(self, classes: str) -> ClassMarks:
        """:func:`class_marks` of a class attribute, remembered for the walk (a page repeats
        its few class attributes on many elements)."""
        marks = self.class_marks.get(classes)
        if marks is None:
            marks = self.class_marks[classes] = class_marks(classes)
        return marks

    def _has_caption_class(self, classes: str) -> bool:
        """True when a class attribute names a caption or a credit."""
        marks = self._class_marks(classes)
        return marks.caption or marks.credit


_CLASS_SEPARATORS = regex.compile(r"[\s\-_]+")


class ClassMarks(NamedTuple):
    """What a class attribute's names say of a block: a caption, a credit."""

    caption: bool
    credit: bool


def class_marks(classes: str) -> ClassMarks:
    """Whether a class attribute names a caption or a credit: one of its names' parts (split
    at ``-`` and ``_``, in lower case) is in ``CAPTION_CLASS_PARTS`` or ``CREDIT_CLASS_PARTS``.

    >>> class_marks("Article-Caption photo_credit"), class_marks("")
    (ClassMarks(caption=True, credit=True), ClassMarks(caption=False, credit=False))
    """
    parts = set(_CLASS_SEPARATORS.split(classes.lower())) if classes else set()
    return ClassMarks(bool(parts & CAPTION_CLASS_PARTS), bool(parts & CREDIT_CLASS_PARTS))


def _is_duration(element: lxml.html.HtmlElement) -> bool:
    """True for a ``<time>`` element that states a duration (``datetime="PT4M12S"``, HTML's
    duration syntax), not a date or a time of day."""
    return (element.get("datetime") or "").strip()[:1] in ("P", "p")


def _is_hidden(element: lxml.html.HtmlElement) -> bool:
    """True for elements the page hides: the ``hidden`` attribute, or ``display: none`` /
    ``visibility: hidden`` in their ``style``."""
    if element.get("hidden") is not None:
        return True
    style = element.get("style")
    if not style:
        return False
    compact = style.replace(" ", "").lower()
    return "display:none" in compact or "visibility:hidden" in compact
