"""``newsclean.testing``: fixture comparison with readable diffs, and the update option."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import newsclean
from newsclean.testing import assert_cleans_to, cleaned_fields, field_diffs, write_expected

pytest_plugins = ["pytester"]

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed_reuters"


@pytest.fixture
def fixture_pair(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the seed fixture's input and expected file."""
    for suffix in (".txt", ".json"):
        shutil.copy(SEED.with_suffix(suffix), tmp_path / f"page{suffix}")
    return tmp_path / "page.txt", tmp_path / "page.json"


def test_a_matching_fixture_passes(fixture_pair: tuple[Path, Path]):
    assert_cleans_to(*fixture_pair)


def test_a_difference_fails_with_a_diff_per_field(fixture_pair: tuple[Path, Path]):
    input_path, expected_path = fixture_pair
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    expected["title"] = "Russia steps back"
    expected["body"] = expected["body"].replace("Russia hosted", "Moscow hosted")
    expected_path.write_text(json.dumps(expected), encoding="utf-8")
    with pytest.raises(AssertionError) as failure:
        assert_cleans_to(input_path, expected_path)
    message = str(failure.value)
    assert "(title, body differ)" in message
    assert '-"Russia steps back"' in message
    assert '+"Russia steps up diplomatic push for Syria peace talks"' in message
    assert "-Moscow hosted Syrian" in message
    assert "+Russia hosted Syrian" in message
    assert "byline" not in message.split("differ)")[0]


def test_a_missing_field_differs():
    diffs = field_diffs({"body": ""}, cleaned_fields(newsclean.clean("")))
    assert set(diffs) == {"title", "byline", "dateline", "captions", "removed"}
    assert "(no such field)" in diffs["title"]


def test_removals_are_compared_by_kind_and_text_only():
    article = newsclean.clean("Talks resumed on Monday in Moscow.\n\n0 : 0")
    assert cleaned_fields(article)["removed"] == [{"kind": "share", "text": "0 : 0"}]


def test_write_expected_writes_what_assert_cleans_to_accepts(fixture_pair: tuple[Path, Path]):
    input_path, _ = fixture_pair
    target = input_path.with_name("new.json")
    written = write_expected(input_path, target)
    assert json.loads(target.read_text(encoding="utf-8")) == written
    assert list(written) == ["title", "body", "byline", "dateline", "captions", "removed"]
    assert_cleans_to(input_path, target)


def test_a_custom_cleaner_is_used(fixture_pair: tuple[Path, Path]):
    input_path, expected_path = fixture_pair
    with pytest.raises(AssertionError, match="body"):
        assert_cleans_to(input_path, expected_path, clean=lambda text: newsclean.Article(text))


def test_html_fixtures_go_through_clean_html(tmp_path: Path):
    page = tmp_path / "page.html"
    page.write_text(
        "<title>Museum reopens</title><h1>Museum reopens</h1><p class='byline'>By Jane Doe</p>"
        "<p>PARIS -- The museum reopened on Monday after a long closure.</p>",
        encoding="utf-8",
    )
    written = write_expected(page, tmp_path / "page.json")
    assert written["body"] == "The museum reopened on Monday after a long closure."
    assert_cleans_to(page, tmp_path / "page.json")


def test_html_goes_to_the_html_cleaner_as_bytes(tmp_path: Path):
    page = tmp_path / "page.html"
    page.write_bytes(b"<p>Talks resumed.</p>")
    write_expected(
        page, tmp_path / "page.json", clean_html=lambda data: newsclean.Article(str(len(data)))
    )
    assert json.loads((tmp_path / "page.json").read_text(encoding="utf-8"))["body"] == "21"


def test_the_update_option_rewrites_expected_files(
    pytester: pytest.Pytester, fixture_pair: tuple[Path, Path]
):
    input_path, expected_path = fixture_pair
    expected_path.write_text('{"title": "stale"}', encoding="utf-8")
    pytester.makepyfile(
        f"""
        from newsclean.testing import assert_cleans_to

        def test_page():
            assert_cleans_to({str(input_path)!r}, {str(expected_path)!r})
        """
    )
    assert (
        pytester.runpytest_subprocess("-p", "newsclean.testing").ret == pytest.ExitCode.TESTS_FAILED
    )
    updated = pytester.runpytest_subprocess(
        "-p", "newsclean.testing", "--newsclean-update-expected"
    )
    updated.assert_outcomes(passed=1)
    updated.stdout.fnmatch_lines(["newsclean: rewriting expected files*"])
    assert json.loads(expected_path.read_text(encoding="utf-8")) == json.loads(
        SEED.with_suffix(".json").read_text(encoding="utf-8")
    )
    pytester.runpytest_subprocess("-p", "newsclean.testing").assert_outcomes(passed=1)


def test_a_missing_expected_file_says_how_to_write_one(fixture_pair: tuple[Path, Path]):
    input_path, _ = fixture_pair
    with pytest.raises(AssertionError, match="--newsclean-update-expected"):
        assert_cleans_to(input_path, input_path.with_name("missing.json"))
