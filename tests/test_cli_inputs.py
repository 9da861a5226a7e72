"""``newsclean clean`` and ``explain`` on compressed, binary and undecodable files, the flags that
set every ``Options`` field, and ``newsclean rules``."""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
import re
from collections.abc import Callable
from pathlib import Path

import pytest

import newsclean
from newsclean.cli import unpack
from newsclean.cli.rules import CAPTION_RULES, catalogue_lines
from newsclean.families import RULE_FAMILIES
from newsclean.rule_names import CaptionRule
from test_cli import SEED, run

REPO_ROOT = Path(__file__).resolve().parents[1]
PAGE = REPO_ROOT / "fixtures" / "html" / "kettle_windows1252.html"
WIRE = "MOSCOW (Reuters) - Russia hosted talks on Monday in a renewed push for peace.\n\n0 : 0\n"
COMPRESSORS: dict[str, Callable[[bytes], bytes]] = {
    ".gz": gzip.compress,
    ".bz2": bz2.compress,
    ".xz": lzma.compress,
}


# ---------------------------------------------------------------- compressed files


@pytest.mark.parametrize("suffix", sorted(COMPRESSORS))
def test_a_compressed_text_cleans_like_the_plain_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    packed = tmp_path / f"seed.txt{suffix}"
    packed.write_bytes(COMPRESSORS[suffix](SEED.read_bytes()))
    _, plain, _ = run(capsys, "clean", str(SEED))
    code, out, err = run(capsys, "clean", str(packed))
    assert (code, err) == (0, "")
    assert out == plain


@pytest.mark.parametrize("suffix", sorted(COMPRESSORS))
def test_a_compressed_page_is_html_by_its_content(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    packed = tmp_path / f"page.html{suffix}"
    packed.write_bytes(COMPRESSORS[suffix](PAGE.read_bytes()))
    code, out, _ = run(capsys, "clean", "--format", "text", str(packed))
    assert code == 0
    assert out.strip() == newsclean.clean_html(PAGE.read_bytes()).body


def test_compression_is_read_from_the_magic_bytes_not_the_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    misnamed = tmp_path / "page.txt"
    misnamed.write_bytes(gzip.compress(WIRE.encode()))
    code, out, _ = run(capsys, "clean", "--format", "text", str(misnamed))
    assert (code, out) == (0, "Russia hosted talks on Monday in a renewed push for peace.\n")
    named = tmp_path / "plain.txt.gz"
    named.write_text(WIRE, encoding="utf-8")  # named .gz, but plain text
    code, out, _ = run(capsys, "clean", "--format", "text", str(named))
    assert (code, out) == (0, "Russia hosted talks on Monday in a renewed push for peace.\n")


def test_concatenated_gzip_members_are_all_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "two.txt.gz"
    head, tail = WIRE.split("\n\n", 1)
    path.write_bytes(gzip.compress(f"{head}\n\n".encode()) + gzip.compress(tail.encode()))
    code, out, _ = run(capsys, "explain", "--no-color", str(path))
    assert code == 0
    assert "share (counter-pair) | 0 : 0" in out


def test_explain_reads_a_compressed_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "wire.txt.xz"
    path.write_bytes(lzma.compress(WIRE.encode()))
    code, out, _ = run(capsys, "explain", "--no-color", str(path))
    assert code == 0
    assert "  field     | dateline (dateline) | MOSCOW (Reuters) -" in out.splitlines()


@pytest.mark.parametrize("suffix", sorted(COMPRESSORS))
def test_a_truncated_compressed_file_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    path = tmp_path / f"cut{suffix}"
    packed = COMPRESSORS[suffix](SEED.read_bytes())
    path.write_bytes(packed[: len(packed) // 2])
    code, out, err = run(capsys, "clean", str(path))
    assert (code, out) == (1, "")
    assert err.startswith(f"newsclean: error: {path} is ")
    assert "-compressed but cannot be decompressed" in err
    assert err.count("\n") == 1


def test_a_compressed_file_past_the_size_limit_stops_early(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bomb = tmp_path / "bomb.gz"
    bomb.write_bytes(gzip.compress(b"a" * 2_000_000))
    code, _, err = run(capsys, "clean", "--max-chars", "1000", str(bomb))
    assert code == 1
    assert "decompresses to more than 4,000 bytes, over the size limit" in err


def test_decompress_leaves_other_bytes_alone() -> None:
    assert unpack.decompress(b"\x1fnot gzip", 10) == b"\x1fnot gzip"
    assert unpack.compression_of(lzma.compress(b"x")) == "xz"


# ---------------------------------------------------------------- binary and undecodable files


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is a PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "is a PDF document"),
        (b"PK\x03\x04\x14\x00\x00\x00", "is a ZIP archive"),
        (b"\x28\xb5\x2f\xfd\x00\x58", "is zstd-compressed, which newsclean does not read"),
        (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", "is a WARC file: clean its records with"),
        (b"\x7fELF\x02\x01\x01\x00" + bytes(64), "is a binary file (it holds NUL bytes)"),
    ],
)
@pytest.mark.parametrize("command", ["clean", "explain"])
def test_a_file_that_is_no_page_exits_1_with_what_it_is(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    data: bytes,
    message: str,
    command: str,
) -> None:
    path = tmp_path / "input"
    path.write_bytes(data)
    code, out, err = run(capsys, command, str(path))
    assert (code, out) == (1, "")
    assert err.startswith(f"newsclean: error: {path} {message}")
    assert err.count("\n") == 1


def test_a_gzipped_binary_file_is_refused_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "image.gz"
    path.write_bytes(gzip.compress(b"\x89PNG\r\n\x1a\n" + bytes(100)))
    code, _, err = run(capsys, "clean", str(path))
    assert code == 1
    assert "is a PNG image" in err


def test_mostly_undecodable_text_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(128, 256)) * 20)
    code, out, err = run(capsys, "clean", str(path))
    assert (code, out) == (1, "")
    assert "is not UTF-8 text: most of its bytes cannot be decoded" in err


def test_utf16_text_with_its_mark_is_not_binary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(
        "\ufeff<html><body><p>Le café a rouvert lundi matin.</p></body></html>".encode("utf-16-le")
    )
    code, out, _ = run(capsys, "clean", "--format", "text", str(page))
    assert (code, out) == (0, "Le café a rouvert lundi matin.\n")


# ---------------------------------------------------------------- the Options flags


def body(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """The body ``newsclean clean --format text`` prints for ``argv``."""
    code, out, err = run(capsys, "clean", "--format", "text", *argv)
    assert code == 0, err
    return out


def test_keep_dateline_and_disable_reach_the_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "wire.txt"
    path.write_text(WIRE, encoding="utf-8")
    assert body(capsys, str(path)).startswith("Russia hosted")
    assert body(capsys, "--keep-dateline", str(path)).startswith("MOSCOW (Reuters) - Russia")
    kept = body(capsys, "--disable", "share", "--disable", "layout", str(path))
    assert kept.endswith("\n\n0 : 0\n")


def test_keep_captions_keeps_a_caption_in_the_body(capsys: pytest.CaptureFixture[str]) -> None:
    options = newsclean.Options(keep_captions=True)
    expected = newsclean.clean(SEED.read_text(encoding="utf-8"), options=options).body
    assert body(capsys, "--keep-captions", str(SEED)) == expected + "\n"
    assert body(capsys, str(SEED)) != expected + "\n"


def test_every_options_field_reaches_explain_and_batch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "wire.txt"
    path.write_text(WIRE, encoding="utf-8")
    code, out, _ = run(capsys, "explain", "--no-color", "--disable", "share", str(path))
    assert code == 0
    assert "  kept      | 0 : 0" in out.splitlines()
    argv = [
        "batch", "in.jsonl", "-o", "out.jsonl", "--keep-captions", "--keep-dateline",
        "--disable", "promo", "--language", "en-GB", "--max-chars", "500",
        "--pattern-timeout", "0.25",
    ]  # fmt: skip
    from newsclean import cli

    args = cli.build_parser().parse_args(argv)
    assert cli.batch_settings(args).options == newsclean.Options(
        max_input_chars=500,
        keep_captions=True,
        keep_dateline=True,
        disabled_families=frozenset({"promo"}),
        language="en-GB",
        pattern_timeout=0.25,
    )


def test_language_sets_how_slashed_dates_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "dated.txt"
    path.write_text(
        "Published 05/11/2019\n\nThe council met on Tuesday and voted to approve the plan.\n",
        encoding="utf-8",
    )
    dates = {}
    for language in ("en-US", "en-GB"):
        code, out, _ = run(capsys, "clean", "--language", language, str(path))
        assert code == 0
        dates[language] = json.loads(out)["dateline"]["published"]
    assert dates == {"en-US": "2019-05-11", "en-GB": "2019-11-05"}


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--disable", "ads"], "argument --disable: invalid choice: 'ads'"),
        (["--language", "English"], "language must be a BCP 47 tag such as 'en-GB'"),
        (["--max-chars", "0"], "argument --max-chars: must be at least 1"),
        (["--max-chars", "lots"], "argument --max-chars: not a whole number"),
        (["--pattern-timeout", "0"], "must be a positive, finite number of seconds"),
        (["--pattern-timeout", "inf"], "must be a positive, finite number of seconds"),
        (["--pattern-timeout", "soon"], "not a number of seconds: 'soon'"),
    ],
)
@pytest.mark.parametrize("command", ["clean", "explain", "batch"])
def test_bad_option_values_exit_2_with_a_clear_message(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str, command: str
) -> None:
    outputs = ["-o", "out.jsonl"] if command == "batch" else []
    code, _, err = run(capsys, command, *argv, *outputs, str(SEED))
    assert code == 2
    assert message in err


def test_a_short_pattern_timeout_still_cleans_ordinary_text(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert body(capsys, "--pattern-timeout", "0.5", str(SEED)) == body(capsys, str(SEED))


def test_max_chars_refuses_a_longer_input(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "clean", "--max-chars", "100", str(SEED))
    assert code == 1
    assert "over the limit of 100" in err


# ---------------------------------------------------------------- newsclean rules


def test_rules_lists_every_family_disable_takes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules")
    assert code == 0
    families = re.findall(r"^(\w+) \(\d+ rules?\)$", out, flags=re.MULTILINE)
    assert sorted(families) == sorted(RULE_FAMILIES)
    assert "  counter-pair                share        pattern" in out.splitlines()
    assert out == "\n".join(catalogue_lines()) + "\n"


def test_every_caption_rule_is_listed_once() -> None:
    # That the code gives each of them: tests/test_rule_names.py.
    assert [name for name, _, _ in CAPTION_RULES] == list(CaptionRule)
