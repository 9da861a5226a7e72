"""``python -m newsclean``: the same command line as the ``newsclean`` script."""

from __future__ import annotations

from .cli import main

if __name__ == "__main__":  # the guard keeps doctest collection from running the command line
    raise SystemExit(main())
