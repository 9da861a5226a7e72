"""The benchmark's figure: body F1 per system, one panel per input kind.

``python benchmarks/quality.py --plot FILE.png`` calls :func:`plot_f1` with the rows it has just
printed, so the figure and the table always show the same run. matplotlib is imported here only,
and this module only when ``--plot`` is given: the harness itself does not need it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from matplotlib.axes import Axes

#: The library under test stands out in this colour; every baseline is drawn in grey.
HIGHLIGHT_COLOUR = "#1f77b4"
BASELINE_COLOUR = "#9e9e9e"
#: The F1 axis starts here (or lower, when a bar is shorter): the systems differ by hundredths.
AXIS_FLOOR = 0.6


class _Scored(Protocol):
    f1: float


class _Row(Protocol):
    input: str
    system: str
    notes: list[str]

    @property
    def body(self) -> _Scored | None: ...


@dataclass(frozen=True)
class Bar:
    """One bar: a system's body F1 on one input kind (None: the system was skipped)."""

    input: str
    system: str
    f1: float | None


def bars_of(rows: Sequence[_Row]) -> list[Bar]:
    """A bar per row that has a body F1 or was skipped, in order (speed anchors have neither)."""
    return [
        Bar(row.input, row.system, None if row.body is None else row.body.f1)
        for row in rows
        if row.body is not None or any(note.startswith("skipped") for note in row.notes)
    ]


def group_by_input(bars: Sequence[Bar]) -> dict[str, list[Bar]]:
    """Bars grouped by input kind, kinds and bars in their order of appearance."""
    groups: dict[str, list[Bar]] = {}
    for bar in bars:
        groups.setdefault(bar.input, []).append(bar)
    return groups


def plot_f1(rows: Sequence[_Row], path: Path, *, highlight: str = "newsclean") -> None:
    """Draw body F1 per system, one horizontal-bar panel per input kind, and save it to ``path``.

    Each bar carries its value; ``highlight`` names the system drawn in colour.
    """
    import matplotlib

    matplotlib.use("Agg")  # no display needed: the figure goes to a file
    import matplotlib.pyplot as plt

    groups = group_by_input(bars_of(rows))
    if not groups:
        raise ValueError("no row has a body F1 to plot")
    lowest = min(
        (bar.f1 for bars in groups.values() for bar in bars if bar.f1 is not None), default=1
    )
    floor = min(AXIS_FLOOR, round(lowest - 0.05, 1))
    heights = [len(bars) for bars in groups.values()]
    figure, axes = plt.subplots(
        len(groups),
        1,
        sharex=True,
        figsize=(8, 1.0 + 0.45 * sum(heights)),
        gridspec_kw={"height_ratios": heights},
        squeeze=False,
    )
    for axis, (kind, bars) in zip(axes[:, 0], groups.items()):
        _draw_panel(axis, kind, bars, highlight, floor)
    axes[-1, 0].set_xlim(floor, 1.0)
    axes[-1, 0].set_xlabel(f"body F1 (4-token shingles; axis starts at {floor:.1f})")
    figure.suptitle("Body F1 per system and input kind")
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=120)
    plt.close(figure)


def _draw_panel(axis: Axes, kind: str, bars: Sequence[Bar], highlight: str, floor: float) -> None:
    """One input kind's bars, top to bottom in table order, each labelled with its F1; a skipped
    system gets "not measured" where its bar would start."""
    positions = list(range(len(bars)))
    for position, bar in zip(positions, bars):
        if bar.f1 is None:
            axis.text(floor + 0.005, position, "not measured", va="center", fontsize=8)
            continue
        colour = HIGHLIGHT_COLOUR if bar.system == highlight else BASELINE_COLOUR
        drawn = axis.barh([position], [bar.f1], color=colour)
        axis.bar_label(drawn, fmt="%.3f", padding=3, fontsize=8)
    axis.set_yticks(positions, [bar.system.replace("`", "") for bar in bars])
    axis.set_ylim(len(bars) - 0.5, -0.5)  # top to bottom; room for an unmeasured last row
    axis.set_title(kind, loc="left", fontsize=10)
    axis.grid(axis="x", alpha=0.3)
