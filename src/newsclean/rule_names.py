"""The rule names that modules refer to outside the place that gives them.

A label's ``rule`` is a plain string (``explain``, ``Article.removed`` and ``newsclean rules``
print it); a module that asks which rule labelled a block compares it with a member of these
Enums, never with a literal, so that a misspelt name fails at import rather than matching
nothing. ``tests/test_rule_names.py`` checks that every :class:`TableRule` names a row of the
rule tables and that every :class:`ContextRule` and :class:`CaptionRule` is given by some
module.
"""

from __future__ import annotations

import enum


class TableRule(enum.StrEnum):
    """Rows of the rule tables (``newsclean.rules``) that the context passes ask about."""

    BREADCRUMB = "breadcrumb"
    FOOTER_LINKS = "footer-links"
    LIST_HEADER = "list-header"
    LIST_HEADER_PHRASE = "list-header-phrase"
    MENU_ITEM = "menu-item"
    PLAYER_CONTROLS = "player-controls"
    SKIP_LINK = "skip-link"
    TAG_HEADER = "tag-header"


class ContextRule(enum.StrEnum):
    """Rules given by a pass over a block's neighbours or position (``newsclean.context``),
    which other passes ask about."""

    AFTER_AUTHOR_NOTE = "after-author-note"
    CARD_SEPARATOR = "card-separator"
    COLUMN_LABEL = "column-label"
    COMMENT_THREAD = "comment-thread"
    DEK = "dek"
    KEPT_BY_CONTAINER = "kept-by-container"
    KEPT_BY_MAIN_TEXT = "kept-by-main-text"
    LINK_LIST = "link-list"
    NAVIGATION_RUN = "navigation-run"
    NEXT_STORY = "next-story"
    NUMBERED_SLIDE = "numbered-slide"
    OUTSIDE_ARTICLE = "outside-article"
    REPEAT = "repeat"
    SOURCE_LIST = "source-list"
    TEASER_BYLINE = "teaser-byline"
    TEASER_CARD = "teaser-card"


class CaptionRule(enum.StrEnum):
    """The rules of the captions family, which is code rather than a table (``rules.captions``,
    ``rules.markup``, ``context.captions``); ``newsclean rules`` lists them."""

    CAPTION_TEXT = "caption-text"
    CREDIT_LINE = "credit-line"
    HTML_CAPTION = "html-caption"
    HTML_CREDIT = "html-credit"
    CAPTION_ABOVE_CREDIT = "caption-above-credit"
    CAPTION_ABOVE_TOGGLE = "caption-above-toggle"
    CAPTION_BELOW_LABEL = "caption-below-label"
