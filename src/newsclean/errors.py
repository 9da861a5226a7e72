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


class PatternTimeoutError(NewscleanError):
    """A regular expression ran past ``Options.pattern_timeout`` on one block: a user rule's
    pattern, or one of the few built-in patterns whose time the package's regex audit cannot
    bound (see ``newsclean.patterns``). It stops the call rather than letting it hang."""

    def __init__(self, owner: str, name: str, chars: int, seconds: float) -> None:
        super().__init__(
            f"{owner} {name!r} ran past the pattern time limit of {seconds:g} s on a block of "
            f"{chars:,} characters; fix the pattern, or pass Options(pattern_timeout=...) "
            "to raise the limit"
        )
        self.owner = owner
        self.name = name
        self.chars = chars
        self.seconds = seconds
