"""One immutable object that holds every option of ``clean()``."""

from __future__ import annotations

from dataclasses import dataclass

#: The default size limit: far above any real article or page, low enough to bound the work.
DEFAULT_MAX_INPUT_CHARS = 20_000_000


@dataclass(frozen=True, slots=True)
class Options:
    """Options for ``clean()``.

    ``max_input_chars``: inputs longer than this raise ``InputTooLargeError``.
    """

    max_input_chars: int = DEFAULT_MAX_INPUT_CHARS


DEFAULT_OPTIONS = Options()
