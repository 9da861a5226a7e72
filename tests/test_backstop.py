"""The time limit on patterns the regex audit cannot prove linear: a runaway match raises
``PatternTimeoutError`` (a documented ``NewscleanError``), never hangs.

Guarded are the user rules and the built-in patterns the audit allows with a reason
(``tests/test_regex_audit.py::SAFE_CONSTRUCTS``; that file checks that each of them goes
through the guarded helper). Every call that could hang runs under ``finishes``, whose 60 s
guard turns a hang into a failure.
"""

from __future__ import annotations

import math
import time
from pathlib import Path

import pytest
import regex

import newsclean
from newsclean import Kind, Options, PatternTimeoutError, UserRule, batch, cli, patterns
from newsclean.results import CleanSettings
from newsclean.rules import captions
from rows import read_jsonl, write_jsonl
from test_hostile import finishes

#: Overlapping alternatives under a repeat: ``regex``'s repeat guards do not save it (they do
#: save ``(a+)+$``, which fails at once under ``regex``), so its time doubles about every 1.4
#: more letters (Fibonacci), and a fullmatch of 40 letters and a "!" runs for minutes.
RUNAWAY = r"(?:a|aa)+"
RUNAWAY_BLOCK = "a" * 40 + "!"
#: A short limit, so that the tests are quick; the default is a second.
SHORT = 0.05
SENTENCE = "Officials said the talks would resume on Monday in Geneva after a week of delays."
OTHER_SENTENCE = "The delegations are expected to meet again before the end of the month."
TEXT = f"{SENTENCE}\n\n{RUNAWAY_BLOCK}\n\n{SENTENCE}"


def runaway_options(timeout: float = SHORT) -> Options:
    return Options(
        user_rules=(UserRule(RUNAWAY, Kind.PROMO, name="runaway"),), pattern_timeout=timeout
    )


def test_the_runaway_pattern_really_runs_away():
    """Without this, the tests below could pass with a pattern that never needed the limit."""
    with pytest.raises(TimeoutError):
        regex.compile(RUNAWAY).fullmatch(RUNAWAY_BLOCK, timeout=0.5)
    assert regex.compile(r"(a+)+").fullmatch(RUNAWAY_BLOCK, timeout=0.5) is None


def test_the_helper_turns_a_timeout_into_pattern_timeout_error():
    begin = time.perf_counter()
    with pytest.raises(PatternTimeoutError) as raised:
        finishes(
            patterns.fullmatch,
            regex.compile(RUNAWAY),
            RUNAWAY_BLOCK,
            timeout=SHORT,
            owner=patterns.BUILT_IN_PATTERN,
            name="test-pattern",
        )
    assert time.perf_counter() - begin < 5
    error = raised.value
    assert isinstance(error, newsclean.NewscleanError)
    assert isinstance(error, ValueError)
    assert (error.owner, error.name, error.chars, error.seconds) == (
        "built-in pattern",
        "test-pattern",
        41,
        SHORT,
    )
    assert str(error).startswith("built-in pattern 'test-pattern' ran past the pattern time limit")


def test_the_helper_matches_like_fullmatch():
    pattern = regex.compile(r"(?:ab|a)+")
    for text in ["abab", "aab", "abc", ""]:
        found = patterns.fullmatch(pattern, text, timeout=1.0, owner="x", name="y")
        expected = pattern.fullmatch(text)
        assert (found and found.span()) == (expected and expected.span())


def test_a_runaway_user_rule_raises_pattern_timeout_error_in_clean():
    begin = time.perf_counter()
    with pytest.raises(PatternTimeoutError, match=r"user rule 'runaway' .* 41 characters"):
        finishes(newsclean.clean, TEXT, options=runaway_options())
    assert time.perf_counter() - begin < 5


def test_a_runaway_user_rule_raises_pattern_timeout_error_in_clean_html():
    page = f"<html><body><p>{SENTENCE}</p><p>{RUNAWAY_BLOCK}</p><p>{SENTENCE}</p></body></html>"
    with pytest.raises(PatternTimeoutError, match="user rule 'runaway'"):
        finishes(newsclean.clean_html, page, options=runaway_options())


def test_a_user_rule_within_the_limit_still_labels_its_blocks():
    rule = UserRule(r"more from the daily planet.*", Kind.PROMO, name="planet-promo")
    article = newsclean.clean(
        f"{SENTENCE}\n\nMore from the Daily Planet: sign up\n\n{OTHER_SENTENCE}",
        options=Options(user_rules=(rule,), pattern_timeout=SHORT),
    )
    assert [(r.kind, r.rule) for r in article.removed] == [(Kind.PROMO, "planet-promo")]


@pytest.mark.parametrize("bad", [0, -1.0, math.nan, math.inf, True, "1", None])
def test_pattern_timeout_must_be_a_positive_finite_number(bad):
    with pytest.raises(ValueError, match="pattern_timeout"):
        Options(pattern_timeout=bad)


def test_pattern_timeout_defaults_to_a_second():
    assert Options().pattern_timeout == patterns.DEFAULT_PATTERN_TIMEOUT == 1.0
    assert Options(pattern_timeout=3).pattern_timeout == 3


def test_a_timed_out_row_gets_an_error_and_the_batch_goes_on(tmp_path: Path):
    rows = [{"id": n, "text": text} for n, text in enumerate([SENTENCE, RUNAWAY_BLOCK, SENTENCE])]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out.jsonl"
    settings = CleanSettings("text", "text", runaway_options())
    summary = finishes(batch.run_batch, str(source), str(out), settings, workers=2, chunk_rows=1)
    written = read_jsonl(out)
    assert [row["id"] for row in written] == [0, 1, 2]
    assert written[0]["error"] is None and written[2]["error"] is None
    assert written[0]["body"] == written[2]["body"] == SENTENCE
    assert written[1]["error"].startswith("rejected: user rule 'runaway' ran past the pattern")
    assert written[1]["body"] is None
    assert dict(summary.errors) == {"rejected": 1}


def test_the_cli_exits_1_when_a_built_in_pattern_runs_away(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The command line has no user rules: a built-in guarded pattern made to run away (the
    credit line's, at the default limit of a second) stands for one that would."""
    monkeypatch.setattr(captions, "_CREDIT_LINE", regex.compile(rf"photo {RUNAWAY}"))
    source = tmp_path / "page.txt"
    source.write_text(f"{SENTENCE}\n\nphoto {RUNAWAY_BLOCK}\n\n{SENTENCE}\n", encoding="utf-8")
    code = finishes(cli.main, ["clean", str(source)])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.out == ""
    assert captured.err.startswith(
        "newsclean: error: built-in pattern 'credit-line' ran past the pattern time limit of 1 s"
    )
    assert captured.err.count("\n") == 1
