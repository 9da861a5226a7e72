"""The output snapshot (``benchmarks/snapshot.py``): it finds a changed field, and a snapshot of
the fixtures compares equal to itself."""

from __future__ import annotations

from pathlib import Path

from benchmarks.snapshot import differences, main, output


def test_differences_names_the_article_fields_that_changed():
    before = output(
        "text", "By Jane Doe\n\nThe council voted on Tuesday to rebuild the harbour wall."
    )
    after = output("text", "The council voted on Tuesday to rebuild the harbour wall.")
    assert "article.byline" in differences(before, after)
    assert "explain" in differences(before, after)
    assert "article.body" not in differences(before, after)
    assert differences(before, before) == []


def test_an_error_is_output_too():
    assert output("text", b"bytes")["error"].startswith("TypeError")  # type: ignore[arg-type]


def test_the_fixtures_compare_equal_to_their_own_snapshot(tmp_path: Path, monkeypatch, capsys):
    monkeypatch.delenv("NEWSCLEAN_BENCHMARK_DIR", raising=False)
    saved = tmp_path / "fixtures.jsonl"
    assert main(["--write", str(saved)]) == 0
    assert main(["--compare", str(saved)]) == 0
    assert "0 differ" in capsys.readouterr().out
    rows = saved.read_text(encoding="utf-8").splitlines()
    saved.write_text("\n".join(rows[1:]) + "\n", encoding="utf-8")
    assert main(["--compare", str(saved)]) == 1
    assert "only in the current run" in capsys.readouterr().out
