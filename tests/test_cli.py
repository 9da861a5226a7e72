"""The command line, run through ``main(argv)`` and once as a real ``python -m newsclean``."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import newsclean
from newsclean import cli
from newsclean.options import DEFAULT_MAX_INPUT_CHARS, DEFAULT_OPTIONS

REPO_ROOT = Path(__file__).resolve().parents[1]
SEED = REPO_ROOT / "seeds" / "000_f4632b69e57e1cb8.txt"
SEED_TITLE = "Russia steps up diplomatic push for Syria peace talks"
SEED_FIRST_WORDS = "Russia hosted Syrian and Iranian delegations"
ANSI_ESCAPE = "\x1b["
SENTENCE = "The council met on Tuesday and voted to approve the new plan."


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the command line; return its exit code, stdout and stderr."""
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def feed_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    """Make ``data`` the process's standard input (with a byte buffer, like the real one)."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def write(path: Path, text: str) -> Path:
    """Write ``text`` to ``path`` as UTF-8 and return the path."""
    path.write_text(text, encoding="utf-8")
    return path


def subprocess_env() -> dict[str, str]:
    """The environment for a child interpreter that imports newsclean from this checkout."""
    env = dict(os.environ)
    paths = [str(REPO_ROOT / "src"), env.get("PYTHONPATH", "")]
    env["PYTHONPATH"] = os.pathsep.join(path for path in paths if path)
    return env


# ---------------------------------------------------------------- clean


def python_dash_m(*argv: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m newsclean ARGV`` from the repository's root, in a child interpreter."""
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *argv],
        input=stdin,
        cwd=REPO_ROOT,
        env=subprocess_env(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_python_dash_m_clean_prints_the_article_as_json() -> None:
    result = python_dash_m("clean", "seeds/000_f4632b69e57e1cb8.txt")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["title"] == SEED_TITLE


def test_clean_file_prints_the_whole_article(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "clean", str(SEED))
    article = json.loads(out)
    assert code == 0
    assert err == ""
    assert article["title"] == SEED_TITLE
    assert article["byline"]["authors"] == ["Steve Gutterman"]
    assert article["body"].startswith(SEED_FIRST_WORDS)
    assert set(article) == {
        "title", "body", "byline", "dateline", "captions", "removed", "elements"
    }  # fmt: skip


def test_clean_json_keeps_non_ascii_text_readable(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "clean", str(SEED))
    assert "Iran’s president" in out  # not "Iran\u2019s"


def test_clean_reads_stdin_for_dash(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    feed_stdin(monkeypatch, SEED.read_bytes())
    code, out, _ = run(capsys, "clean", "-")
    assert code == 0
    assert json.loads(out)["title"] == SEED_TITLE
    from_file = run(capsys, "clean", str(SEED))
    assert from_file == (0, out, "")


def test_clean_format_text_prints_the_body_only(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "clean", "--format", "text", str(SEED))
    assert code == 0
    assert out.startswith(SEED_FIRST_WORDS)
    assert out == newsclean.clean(SEED.read_text("utf-8")).body + "\n"


def test_undecodable_bytes_are_replaced_with_a_warning(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    feed_stdin(monkeypatch, SENTENCE.encode("utf-8").replace(b" voted ", b" voted \xff\xfe "))
    code, out, err = run(capsys, "clean", "--format", "text", "-")
    assert code == 0
    assert "\ufffd" in out
    assert "not valid UTF-8" in err


# ---------------------------------------------------------------- errors and exit codes


def test_missing_file_exits_1_with_one_line_and_no_traceback(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "nope.txt"
    code, out, err = run(capsys, "clean", str(missing))
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1
    assert str(missing) in err and "No such file" in err
    assert "Traceback" not in err


def test_a_directory_is_unreadable_input(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "explain", str(tmp_path))
    assert code == 1
    assert err.startswith("newsclean: error: cannot read")


@pytest.mark.parametrize("command", ["clean", "explain"])
def test_input_over_the_size_limit_exits_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str
) -> None:
    huge = write(tmp_path / "huge.txt", "a" * (DEFAULT_MAX_INPUT_CHARS + 1))
    code, out, err = run(capsys, command, str(huge))
    assert code == 1
    assert out == ""
    assert "over the limit" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["clean", "--format", "xml", "x.txt"],
        ["clean"],
        [],
        ["frobnicate", "x.txt"],
        ["clean", "--text", "--html", "x"],
    ],
)
def test_bad_arguments_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert "usage: newsclean" in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out == f"newsclean {newsclean.__version__}\n"


# ---------------------------------------------------------------- HTML input


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html>\n<html><body><p>Hi</p></body></html>",
        "\ufeff\n   <html lang='en'>",
        "  <!doctype HTML>",
        "<div class='nav'>Home</div>\n<body class='article'>",
        "Menu\n<p>The council met on Tuesday.</p>",
        "<p\nclass='x'>Hi</p>",
    ],
)
def test_looks_like_html(text: str) -> None:
    assert cli.looks_like_html(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Russia steps up diplomatic push\n\nMOSCOW (Reuters) - Russia hosted talks.",
        "Prices rose <5% in May, and the index stayed > 100.",
        "Use the <pre> and <param> tags, the <bodyguard> said.",
        "The HTML standard describes <html> elements.",
        "Long text. " * 300 + "<p>late paragraph</p>",
    ],
)
def test_does_not_look_like_html(text: str) -> None:
    assert not cli.looks_like_html(text)


def test_sniffing_reads_a_byte_order_mark() -> None:
    assert cli.sniff_text("\ufeff<html>".encode("utf-16-le")) == "<html>"
    assert cli.looks_like_html(cli.sniff_text("\ufeff<!doctype html>".encode("utf-32")))
    assert cli.sniff_text(b"caf\xe9 <p>") == "caf\ufffd <p>"


WINDOWS_1252_PAGE = REPO_ROOT / "fixtures" / "html" / "kettle_windows1252.html"


class CleanHtmlSpy:
    """Wraps the real ``newsclean.clean_html`` and records what each call was given."""

    def __init__(self) -> None:
        self.calls: list[tuple[object, str | None]] = []
        self.real = newsclean.clean_html

    def __call__(
        self,
        html: str | bytes,
        *,
        url: str | None = None,
        fetched: dt.datetime | dt.date | None = None,
        options: newsclean.Options = DEFAULT_OPTIONS,
    ) -> newsclean.Article:
        self.calls.append((html, url))
        return self.real(html, url=url, fetched=fetched, options=options)


@pytest.fixture
def clean_html_spy(monkeypatch: pytest.MonkeyPatch) -> CleanHtmlSpy:
    spy = CleanHtmlSpy()
    monkeypatch.setattr(newsclean, "clean_html", spy)
    return spy


def test_an_html_file_goes_to_clean_html_as_bytes_in_its_declared_charset(
    capsys: pytest.CaptureFixture[str], clean_html_spy: CleanHtmlSpy
) -> None:
    data = WINDOWS_1252_PAGE.read_bytes()
    assert b"cr\xe8me br\xfbl\xe9e" in data and b"weekend\x92s" in data  # windows-1252
    code, out, err = run(capsys, "clean", str(WINDOWS_1252_PAGE))
    assert (code, err) == (0, "")
    assert clean_html_spy.calls == [(data, None)]
    article = json.loads(out)
    assert article == newsclean.clean_html(data).to_dict()
    assert article["title"] == "Café owners say winter festival saved their season"
    assert "crème brûlée" in article["body"] and "weekend’s" in article["body"]
    assert "\ufffd" not in out


def test_html_on_stdin_is_detected(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    clean_html_spy: CleanHtmlSpy,
) -> None:
    data = WINDOWS_1252_PAGE.read_bytes()
    feed_stdin(monkeypatch, data)
    code, out, _ = run(capsys, "clean", "--format", "text", "-")
    assert code == 0
    assert clean_html_spy.calls == [(data, None)]
    assert out == newsclean.clean_html(data).body + "\n"


def test_the_html_flag_forces_html(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, clean_html_spy: CleanHtmlSpy
) -> None:
    page = write(tmp_path / "page.txt", f"Menu\n<div>{SENTENCE}</div>")
    assert not cli.looks_like_html(page.read_text("utf-8"))
    code, out, _ = run(capsys, "clean", "--html", "--format", "text", str(page))
    assert code == 0
    assert clean_html_spy.calls == [(page.read_bytes(), None)]
    assert SENTENCE in out


def test_the_text_flag_cleans_html_looking_input_as_text(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, clean_html_spy: CleanHtmlSpy
) -> None:
    page = write(tmp_path / "page.html", f"<html>\n\n{SENTENCE}\n")
    code, out, err = run(capsys, "clean", "--format", "text", "--text", str(page))
    assert (code, out, err) == (0, f"{SENTENCE}\n", "")
    assert clean_html_spy.calls == []


def test_url_is_passed_to_clean_html(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, clean_html_spy: CleanHtmlSpy
) -> None:
    url = "https://planet.example/2024/05/06/museum-reopens"
    page = write(tmp_path / "page.html", f"<html><body><h1>Museum reopens</h1><p>{SENTENCE}</p>")
    code, out, err = run(capsys, "clean", "--url", url, str(page))
    assert (code, err) == (0, "")
    assert clean_html_spy.calls == [(page.read_bytes(), url)]
    assert json.loads(out)["dateline"]["published"].startswith("2024-05-06")
    _, without_url, _ = run(capsys, "clean", str(page))
    assert json.loads(without_url)["dateline"] is None


def test_url_dates_a_text_that_gives_no_date(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    story = write(tmp_path / "story.txt", f"Museum reopens\n\n{SENTENCE}\n")
    code, out, err = run(capsys, "clean", "--url", "https://a.example/2020/01/02/x", str(story))
    assert (code, err) == (0, "")
    assert json.loads(out)["dateline"]["published"] == "2020-01-02"
    assert json.loads(run(capsys, "clean", str(story))[1])["dateline"] is None


def test_fetched_dates_a_text_whose_byline_gives_an_age(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    story = write(
        tmp_path / "story.txt", f"Museum reopens\n\nBy Jane Doe\n2 days ago\n\n{SENTENCE}\n"
    )
    code, out, err = run(capsys, "clean", "--fetched", "2019-11-20T10:00:00Z", str(story))
    assert (code, err) == (0, "")
    assert json.loads(out)["dateline"]["published"] == "2019-11-18"
    assert json.loads(run(capsys, "clean", str(story))[1])["dateline"] is None


def test_a_fetched_time_that_is_no_date_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(capsys, "clean", "--fetched", "last week", str(SEED))
    assert code == 2
    assert "not an ISO 8601 date or time: 'last week'" in err


def test_url_is_ignored_with_a_note_when_explaining_text(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "explain", "--url", "https://a.example/2020/01/02/x", str(SEED))
    assert code == 0
    assert err.startswith("newsclean: note: explain reads --url only for HTML input;")
    assert err.count("\n") == 1
    assert out == run(capsys, "explain", str(SEED))[1]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "no HTML document to clean"),
        (b"<!-- only a comment -->", "no HTML document to clean"),
        (b"<div>" * 300 + b"deep", "page refused, over the HTML parser's limits"),
    ],
    ids=["empty", "comment", "too-deep"],
)
@pytest.mark.parametrize("command", ["clean", "explain"])
def test_html_that_cannot_be_cleaned_exits_1_with_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str, data: bytes, message: str
) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(data)
    code, out, err = run(capsys, command, "--html", str(page))
    assert (code, out) == (1, "")
    assert err.startswith(f"newsclean: error: {message}")
    assert err.count("\n") == 1


def test_html_over_the_size_limit_exits_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    page = tmp_path / "huge.html"
    page.write_bytes(b"<html><body><p>" + b"a" * DEFAULT_MAX_INPUT_CHARS + b"</p></body></html>")
    code, out, err = run(capsys, "clean", str(page))
    assert (code, out) == (1, "")
    assert "over the limit" in err


# ---------------------------------------------------------------- explain


def test_explain_shows_removed_share_counter_and_kept_body(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "explain", "--no-color", str(SEED))
    lines = out.splitlines()
    assert code == 0
    assert "  removed   | share (counter-pair) | 0 : 0" in lines
    assert any(line.startswith(f"  kept      | {SEED_FIRST_WORDS}") for line in lines)
    assert f"  field     | title (title) | {SEED_TITLE}" in lines


def test_explain_agrees_with_the_articles_removals(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "explain", str(SEED))
    removals = newsclean.clean(SEED.read_text("utf-8")).removed
    assert removals
    for removal in removals:
        for line in removal.text.split("\n"):
            assert f"| {removal.kind.value} ({removal.rule}) | {line}" in out


def explain_lines(capsys: pytest.CaptureFixture[str], *argv: str) -> list[str]:
    """The lines ``newsclean explain --no-color ARGV`` prints (checking it succeeds)."""
    code, out, err = run(capsys, "explain", "--no-color", *argv)
    assert (code, err) == (0, "")
    return out.splitlines()


def test_explain_html_shows_kept_field_and_removed_blocks(
    capsys: pytest.CaptureFixture[str],
) -> None:
    lines = explain_lines(capsys, str(WINDOWS_1252_PAGE))
    assert "  field     | title (html-h1) | Café owners say winter festival saved their season" in (
        lines
    )
    assert "  field     | byline (byline-by-line) | By Geneviève Tremblay" in lines
    assert any(line.startswith("  kept      | Owners of the cafés and bakeries") for line in lines)
    # The page's menus and footer, outside the article, are removed.
    assert (
        "  removed   | navigation (outside-main-content-navigation) | "
        "News · Sports · Community · Classifieds · Obituaries"
    ) in lines
    assert lines[-1] == (
        "  removed   | boilerplate (outside-main-content) | "
        "Copyright © 2019 Kettle Valley Echo. All rights reserved."
    )


def test_explain_html_agrees_with_clean_html(capsys: pytest.CaptureFixture[str]) -> None:
    lines = explain_lines(capsys, str(WINDOWS_1252_PAGE))
    article = newsclean.clean_html(WINDOWS_1252_PAGE.read_bytes())
    kept = [line.split(" | ", 1)[1] for line in lines if line.startswith("  kept ")]
    assert "\n\n".join(kept) == article.body
    # Every removed block is a row (a byline's or a dateline's as a field), of its kind.
    rows = [line.split(" | ", 2) for line in lines if not line.startswith("  kept ")]
    cut = [(kind.split()[0], text) for _, kind, text in rows if not kind.startswith("title ")]
    assert article.removed
    assert cut == [
        (removal.kind.value, line)
        for removal in article.removed
        for line in removal.text.split("\n")
    ]


def test_explain_html_passes_the_url_and_honours_the_text_flag(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, clean_html_spy: CleanHtmlSpy
) -> None:
    page = write(tmp_path / "page.html", f"<html><body><p>{SENTENCE}</p></body></html>")
    url = "https://planet.example/2024/05/06/council"
    assert explain_lines(capsys, "--url", url, str(page)) == [f"  kept      | {SENTENCE}"]
    as_text = explain_lines(capsys, "--text", str(page))
    assert as_text == [f"  kept      | <html><body><p>{SENTENCE}</p></body></html>"]
    assert clean_html_spy.calls == []  # explain runs clean_html's steps, not clean_html


def test_explain_colours_a_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    _, out, _ = run(capsys, "explain", str(SEED))
    assert "\x1b[31mremoved" in out and "\x1b[32mkept" in out and "\x1b[33mfield" in out


@pytest.mark.parametrize(("flags", "no_color_env"), [(["--no-color"], None), ([], "1")])
def test_no_color_flag_and_env_give_plain_text(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    flags: list[str],
    no_color_env: str | None,
) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    if no_color_env is None:
        monkeypatch.delenv("NO_COLOR", raising=False)
    else:
        monkeypatch.setenv("NO_COLOR", no_color_env)
    code, out, _ = run(capsys, "explain", *flags, str(SEED))
    assert code == 0
    assert "removed" in out
    assert ANSI_ESCAPE not in out


def test_explain_output_is_plain_when_not_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "explain", str(SEED))
    assert "kept" in out
    assert ANSI_ESCAPE not in out


def test_explain_into_a_closed_pipe_stops_quietly(tmp_path: Path) -> None:
    long_text = write(tmp_path / "long.txt", f"{SENTENCE}\n\n" * 4000)
    child = subprocess.Popen(
        [sys.executable, "-m", "newsclean", "explain", str(long_text)],
        env=subprocess_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None and child.stderr is not None
    first_line = child.stdout.readline()
    child.stdout.close()  # like `| head -1`
    stderr = child.stderr.read().decode("utf-8")
    child.stderr.close()
    assert child.wait(timeout=60) == 1
    assert first_line.startswith(b"  kept")
    assert "Traceback" not in stderr


# ---------------------------------------------------------------- help and docs


def subcommand_parsers() -> dict[str, object]:
    """Each subcommand's parser, by name."""
    parser = cli.build_parser()
    return next(action.choices for action in parser._subparsers._group_actions)  # type: ignore[union-attr]


def option_strings(parser: object) -> list[str]:
    """Every option string (and positional metavar) of a parser, help aside."""
    names: list[str] = []
    for action in parser._actions:  # type: ignore[attr-defined]
        names.extend(action.option_strings or [action.metavar or action.dest])
    return [name for name in names if name not in ("-h", "--help")]


@pytest.mark.parametrize("command", ["clean", "explain", "batch"])
def test_every_subcommand_help_describes_every_option(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    code, out, _ = run(capsys, command, "--help")
    parser = subcommand_parsers()[command]
    assert code == 0
    assert parser.description  # type: ignore[attr-defined]
    assert all(action.help for action in parser._actions)  # type: ignore[attr-defined]
    for name in option_strings(parser):
        assert name in out


def test_docs_cli_shows_every_subcommand_and_option() -> None:
    docs = (REPO_ROOT / "docs" / "cli.md").read_text("utf-8")
    for command, parser in subcommand_parsers().items():
        assert f"newsclean {command}" in docs
        for name in option_strings(parser):
            assert name in docs, f"docs/cli.md does not mention {command} {name}"


@pytest.mark.parametrize("command", ["", "clean", "explain", "batch", "rules"])
def test_docs_cli_shows_the_real_help(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    code, out, _ = run(capsys, *([command] if command else []), "--help")
    docs = (REPO_ROOT / "docs" / "cli.md").read_text("utf-8")
    prompt = f"$ newsclean {command} --help\n".replace("  ", " ")
    start = docs.index(prompt) + len(prompt)
    assert code == 0
    assert docs[start : docs.index("```", start)] == out
