"""Everything newsclean outputs, written to one file, to prove a change leaves output identical.

A refactor or a speed-up must not change a single field. ``--write FILE`` cleans every fixture
input (``fixtures/*.txt`` with ``clean``, ``fixtures/*.html`` with ``clean_html``) and, when the
benchmark dataset is given, every page of both development sets as region text, page text and
HTML, and writes each Article's ``to_dict()`` (removals with their rules) and its ``explain`` rows
as JSON Lines, one line per input. ``--compare FILE`` does the same and reports every input whose
output differs from the file's, field by field; it exits 1 when any does.

    python benchmarks/snapshot.py --data ../shared/benchmark --write /tmp/before.jsonl
    # ... change the code ...
    python benchmarks/snapshot.py --data ../shared/benchmark --compare /tmp/before.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import newsclean
from benchmarks.dataset import DATA_DIR_ENV, DEV_SETS, load_dataset, resolve_data_dir
from newsclean.explain import explain_html, explain_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def inputs(data_dir: Path | None) -> Iterator[tuple[str, str, str, str | None]]:
    """Every input as (key, kind, content, url): the fixtures, then both sets' pages by kind."""
    for path in sorted(FIXTURES.iterdir()):
        if path.suffix == ".txt":
            yield f"fixture:{path.name}", "text", path.read_text(encoding="utf-8"), None
        elif path.suffix == ".html":
            yield f"fixture:{path.name}", "html", path.read_text(encoding="utf-8"), None
    if data_dir is None:
        return
    for dev_set in DEV_SETS:
        for doc in load_dataset(data_dir, dev_set):
            yield f"{dev_set}:{doc.id}:region", "text", doc.region_text, None
            yield f"{dev_set}:{doc.id}:page", "text", doc.page_text, None
            yield f"{dev_set}:{doc.id}:html", "html", doc.html(), doc.url or None


def output(kind: str, content: str, url: str | None = None) -> dict[str, object]:
    """The Article's fields and the explain rows of one input (an error's type and message when
    cleaning raises, so that a changed error shows too)."""
    try:
        if kind == "html":
            article = newsclean.clean_html(content, url=url)
            rows = explain_html(content, url=url)
        else:
            article = newsclean.clean(content)
            rows = explain_text(content)
    except Exception as error:  # noqa: BLE001 - an error is output too
        return {"error": f"{type(error).__name__}: {error}"}
    return {
        "article": article.to_dict(),
        "explain": [[row.status, row.kind, row.rule, row.text] for row in rows],
    }


def snapshot(data_dir: Path | None) -> dict[str, dict[str, object]]:
    """The output of every input, by key."""
    return {key: output(kind, content, url) for key, kind, content, url in inputs(data_dir)}


def differences(before: dict[str, object], after: dict[str, object]) -> list[str]:
    """The top-level fields (and Article fields) whose values differ."""
    changed = []
    for field in sorted(set(before) | set(after)):
        old, new = before.get(field), after.get(field)
        if field == "article" and isinstance(old, dict) and isinstance(new, dict):
            changed += [
                f"article.{name}"
                for name in sorted(set(old) | set(new))
                if old.get(name) != new.get(name)
            ]
        elif old != new:
            changed.append(field)
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data",
        help=f"the benchmark dataset's directory (or ${DATA_DIR_ENV}); fixtures only without",
    )
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--write", metavar="FILE", help="write the snapshot to FILE")
    action.add_argument("--compare", metavar="FILE", help="compare with the snapshot in FILE")
    args = parser.parse_args(argv)
    try:
        data_dir: Path | None = resolve_data_dir(args.data)
    except FileNotFoundError:
        data_dir = None
    current = snapshot(data_dir)
    if args.write:
        with open(args.write, "w", encoding="utf-8") as out:
            out.writelines(
                json.dumps({"key": key, **value}, ensure_ascii=False) + "\n"
                for key, value in current.items()
            )
        print(f"snapshot: {len(current)} inputs written to {args.write}")
        return 0
    with open(args.compare, encoding="utf-8") as file:
        saved = {row.pop("key"): row for row in map(json.loads, file)}
    changed = 0
    for key in sorted(set(saved) | set(current)):
        if key not in current or key not in saved:
            print(f"{key}: only in the {'snapshot' if key in saved else 'current run'}")
            changed += 1
            continue
        fields = differences(saved[key], current[key])
        if fields:
            print(f"{key}: {', '.join(fields)} differ")
            changed += 1
    print(f"snapshot: {len(current)} inputs, {changed} differ from {args.compare}")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
