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
