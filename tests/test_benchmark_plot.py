"""The benchmark's F1 figure and the report that links it (``quality.py --plot``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.plot import Bar, bars_of, group_by_input
from benchmarks.quality import Row, relative_link, render_markdown
from benchmarks.scoring import BodyScore

ROWS = [
    Row("region_text", "`str.splitlines()` (speed anchor)"),
    Row("region_text", "no cleaning", body=BodyScore(0.945, 0.899, 0.995, 80)),
    Row("region_text", "newsclean", body=BodyScore(0.980, 0.978, 0.981, 80)),
    Row("html", "trafilatura extract()", body=BodyScore(0.947, 0.923, 0.972, 80)),
    Row("html", "newsclean", notes=["skipped: no entry point"]),
]


def test_bars_leave_out_the_speed_anchors_and_keep_skipped_systems():
    assert bars_of(ROWS) == [
        Bar("region_text", "no cleaning", 0.945),
        Bar("region_text", "newsclean", 0.980),
        Bar("html", "trafilatura extract()", 0.947),
        Bar("html", "newsclean", None),
    ]


def test_bars_are_grouped_by_input_kind_in_table_order():
    groups = group_by_input(bars_of(ROWS))
    assert list(groups) == ["region_text", "html"]
    assert [bar.system for bar in groups["html"]] == ["trafilatura extract()", "newsclean"]


def test_the_plot_is_a_png(tmp_path: Path):
    pytest.importorskip("matplotlib")
    from benchmarks.plot import plot_f1

    target = tmp_path / "img" / "f1.png"
    plot_f1(ROWS, target)
    assert target.read_bytes().startswith(b"\x89PNG")


def test_the_report_links_the_figure_relative_to_itself(tmp_path: Path):
    link = relative_link(tmp_path / "docs" / "img" / "f1.png", tmp_path / "docs")
    meta = {
        "dataset": "data",
        "docs": 80,
        "docs_with_authors": 27,
        "docs_with_date": 51,
        "python": "CPython 3.11",
        "platform": "Linux",
        "date": "today",
        "repeat": 1,
        "newsclean": "0.1.0",
        "baselines": {},
    }
    assert link == "img/f1.png"
    assert "![Body F1 per system and input kind](img/f1.png)" in render_markdown(meta, ROWS, link)
    assert "![" not in render_markdown(meta, ROWS)
