"""The package's own error types. All of them are ``ValueError`` subclasses."""

from __future__ import annotations


class NewscleanError(ValueError):
    """Base class of every error newsclean raises on purpose for bad input."""


class InputTooLargeError(NewscleanError):
    """The input is longer than ``Options.max_input_chars`` (a documented, configurable limit)."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(
            f"input of {size:,} characters is over the limit of {limit:,}; "
            "pass Options(max_input_chars=...) to raise it"
        )
        self.size = size
        self.limit = limit


class UnparsableHtmlError(NewscleanError):
    """``clean_html`` got a page with no document in it (empty, or only whitespace or comments)."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"no HTML document to clean: {reason}")
        self.reason = reason


class HtmlLimitError(NewscleanError):
    """``clean_html`` got a page past the parser's safety limits: elements nested more than 256
    deep, or one text node over 10 MB. No real page comes near them; they stop hostile input."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"page refused, over the HTML parser's limits: {reason}")
        self.reason = reason
