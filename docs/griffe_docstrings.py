"""newsclean's docstrings, written for readers of the code, as Markdown for the documentation site.

The docstrings use a little reStructuredText (``code``, :class:`Name` roles, ``text::`` before
an indented example) and doctest examples (``>>>``). mkdocstrings renders docstrings as Markdown,
where these would show as stray colons and as examples run together into one paragraph.
:class:`ReSTDocstrings` is a griffe extension (``extensions:`` in ``mkdocs.yml``) that rewrites
each docstring with :func:`markdown_of` before it is rendered; ``gen_rules.py`` uses the same
function for the docstrings it puts on the rule pages.
"""

from __future__ import annotations

import inspect
import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:class|func|meth|attr|data|mod|exc|obj):`~?([^`]+)`")
_DOUBLE_BACKTICKS = re.compile(r"``(.+?)``", re.DOTALL)
_LITERAL_MARKER = re.compile(r"::$", re.MULTILINE)


def fence_doctests(text: str) -> str:
    """Put each run of doctest lines (from a ``>>>`` line to the next blank line) in a fenced
    ``pycon`` block, so that prompts and outputs keep their lines.

    >>> fence_doctests("Example:\\n\\n>>> 1 + 1\\n2").split("\\n")
    ['Example:', '', '```pycon', '>>> 1 + 1', '2', '```']
    """
    out: list[str] = []
    in_example = in_fence = False
    for line in text.split("\n"):
        if not in_example and line.lstrip().startswith("```"):
            in_fence = not in_fence  # already fenced: left as it is
        elif not in_example and not in_fence and line.lstrip().startswith(">>>"):
            out.append("```pycon")
            in_example = True
        elif in_example and not line.strip():
            out.append("```")
            in_example = False
        out.append(line)
    if in_example:
        out.append("```")
    return "\n".join(out)


def markdown_of(docstring: str | None) -> str:
    """A docstring as Markdown: roles and double backticks as code spans, ``text::`` as
    ``text:``, doctests fenced.

    >>> markdown_of("Uses :class:`Rule` rows and ``max_chars``::")
    'Uses `Rule` rows and `max_chars`:'
    """
    text = inspect.cleandoc(docstring or "")
    text = _DOUBLE_BACKTICKS.sub(r"`\1`", _ROLE.sub(r"`\1`", text))
    return fence_doctests(_LITERAL_MARKER.sub(":", text))


class ReSTDocstrings(griffe.Extension):
    """Rewrite every docstring griffe loads with :func:`markdown_of`."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        """Convert the object's own docstring (an alias shares its target's)."""
        if obj.docstring is not None and not obj.is_alias:
            obj.docstring.value = markdown_of(obj.docstring.value)
