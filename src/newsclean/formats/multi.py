"""Several inputs read as one: files and directories, in the order given, each row naming the
file it came from in its ``source`` field.

A directory stands for the files under it, at any depth, in the order of their paths, that
have an extension ``newsclean batch`` reads (hidden files, such as a batch's own
``.NAME.partial``, and the output file are left out). Only one file is open at a time.

Internal: ``newsclean batch`` is the face.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from .base import (
    STDIO,
    Chunk,
    InputError,
    Reader,
    UsageError,
    detect_format,
    input_size,
)

#: The formats whose records may fail to be rows (lines of JSON, CSV records).
_MAY_BE_MALFORMED = frozenset({"jsonl", "csv"})


def is_input_file(path: Path) -> bool:
    """True when a file found in a directory is one to read: not hidden, and with an extension
    that names a format batch reads.

    >>> is_input_file(Path("crawl/CC-MAIN-00000.warc.gz")), is_input_file(Path("notes.txt"))
    (True, False)
    """
    if path.name.startswith("."):
        return False
    try:
        detect_format(str(path))
    except UsageError:
        return False
    return True


def expand_inputs(paths: Sequence[str], destination: str) -> list[str]:
    """The files ``paths`` name, in order, each directory replaced by its input files (see
    :func:`is_input_file`) in the order of their paths; the destination is never among them.

    Raises :class:`InputError` when a directory holds no input file.
    """
    files: list[str] = []
    for path in paths:
        if not os.path.isdir(path):
            files.append(path)
            continue
        found = sorted(
            str(file)
            for file in Path(path).rglob("*")
            if file.is_file() and is_input_file(file) and not _same_file(str(file), destination)
        )
        if not found:
            raise InputError(
                f"cannot read {path}: no .jsonl, .csv, .parquet, .warc or .wet file in it"
            )
        files.extend(found)
    return files


def _same_file(path: str, destination: str) -> bool:
    """True when ``path`` is the destination (which may not exist yet)."""
    if destination == STDIO:
        return False
    if os.path.abspath(path) == os.path.abspath(destination):
        return True
    return os.path.exists(destination) and os.path.samefile(path, destination)


class MultiReader(Reader):
    """Several input files read one after the other as one input (see the module docstring).

    Its columns are the first file's (a CSV header, a Parquet schema) when every file is of the
    same format; otherwise the first rows' fields set them.
    """

    def __init__(self, paths: list[str], open_one: Callable[[str], Reader]) -> None:
        self.formats = [detect_format(path).name for path in paths]
        self.sizes = [input_size(path) for path in paths]
        known = [size for size in self.sizes if size is not None]
        super().__init__(", ".join(paths), None, sum(known) if len(known) == len(paths) else None)
        self.paths = paths
        self.open_one = open_one
        self.may_be_malformed = any(name in _MAY_BE_MALFORMED for name in self.formats)
        self.uniform = len(set(self.formats)) == 1
        # The first file is opened now: a writer reads its schema (Parquet) when it is made.
        self.first: Reader | None = open_one(paths[0])
        self.take_columns(self.first)

    def take_columns(self, reader: Reader) -> None:
        """Take the first file's columns and their types, when every file has its format."""
        if self.uniform:
            self.columns, self.arrow_types = reader.columns, reader.arrow_types

    @property
    def adds_source(self) -> bool:
        return True

    def chunks(self, max_rows: int, max_bytes: int) -> Iterator[Chunk]:
        """Every file's chunks in turn, each naming its file, with the position over them all."""
        offset = 0
        for index, path in enumerate(self.paths):
            reader = self.first if index == 0 and self.first is not None else self.open_one(path)
            self.first = None
            reader.source = path
            try:
                for chunk in reader.chunks(max_rows, max_bytes):
                    if index == 0:
                        self.take_columns(reader)  # a CSV header is read with the first chunk
                    position = None if chunk.position is None else offset + chunk.position
                    yield dataclasses.replace(chunk, position=position)
            finally:
                reader.close()
                self.skipped.update(reader.skipped)
                self.problems.extend(reader.problems)
            offset += self.sizes[index] or 0

    def close(self) -> None:
        """Close the first file when no chunk was read."""
        if self.first is not None:
            self.first.close()
