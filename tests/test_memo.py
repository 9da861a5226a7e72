"""The memo of short blocks: it changes no result, and its size comes from the environment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import newsclean
from newsclean import labeling
from newsclean.rules import tables_without
from newsclean.segment import segment_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SOURCE_DIR = Path(newsclean.__file__).resolve().parents[1]


def fixture_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(FIXTURES.glob("*.txt"))]


def test_memo_size_reads_the_environment():
    assert labeling.memo_size({}) == labeling.DEFAULT_MEMO_SIZE
    assert labeling.memo_size({"NEWSCLEAN_MEMO_SIZE": ""}) == labeling.DEFAULT_MEMO_SIZE
    assert labeling.memo_size({"NEWSCLEAN_MEMO_SIZE": "0"}) == 0
    assert labeling.memo_size({"NEWSCLEAN_MEMO_SIZE": " 12 "}) == 12


@pytest.mark.parametrize("value", ["-1", "1.5", "lots", "1e6", "²"])
def test_memo_size_refuses_what_is_not_a_whole_number(value):
    with pytest.raises(ValueError, match="NEWSCLEAN_MEMO_SIZE must be a whole number"):
        labeling.memo_size({"NEWSCLEAN_MEMO_SIZE": value})


def test_remembered_reading_is_the_reading():
    """Every short block of every fixture, read through the memo (twice: once to fill it, once
    from it), reads as it does without the memo, with captions on and off and with families
    left out."""
    blocks = {
        block.text
        for text in fixture_texts()
        for block in segment_text(text)
        if len(block.text) <= labeling.MEMO_MAX_CHARS
    }
    assert len(blocks) > 500
    for tables in (tables_without(frozenset()), tables_without(frozenset({"share", "promo"}))):
        for captions_on in (True, False):
            for _ in range(2):
                for text in blocks:
                    remembered = labeling._read_short_block(text, tables, captions_on)
                    assert remembered == labeling.read_block(text, tables, captions_on), text


def test_articles_do_not_depend_on_what_was_cleaned_before():
    texts = fixture_texts()
    labeling.clear_memo()
    first = [newsclean.clean(text) for text in texts]
    labeling.clear_memo()
    backwards = [newsclean.clean(text) for text in reversed(texts)][::-1]
    again = [newsclean.clean(text) for text in texts]
    assert first == backwards == again


def run_python(code: str, memo_size: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, NEWSCLEAN_MEMO_SIZE=memo_size, PYTHONPATH=str(SOURCE_DIR))
    return subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_process_can_go_without_the_memo():
    code = (
        "import newsclean\n"
        "from newsclean import labeling\n"
        "article = newsclean.clean('Share this\\n\\nThe council met on Tuesday to vote.')\n"
        "print(labeling.MEMO_SIZE, labeling._read_short_block.cache_info().maxsize, article.body)"
    )
    done = run_python(code, "0")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split(maxsplit=2) == ["0", "0", "The council met on Tuesday to vote.\n"]


def test_a_bad_memo_size_fails_the_import_with_a_clear_message():
    done = run_python("import newsclean", "lots")
    assert done.returncode != 0
    assert "ValueError: NEWSCLEAN_MEMO_SIZE must be a whole number >= 0, not 'lots'" in done.stderr
