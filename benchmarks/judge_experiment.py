"""What a trained judge would add to the rules: the experiment behind docs/benchmarks.md's
"judge" table. Not part of the library; needs ``scikit-learn`` and ``lightgbm``.

Usage::

    python benchmarks/judge_experiment.py --data DIR [--model lr|lgb] [--folds 10]

Every page of both development sets is labelled by newsclean from each input kind, exactly as
``clean`` and ``clean_html`` label it. Each block becomes one row of features: its own (the
label the rules gave it and the rule's family, its shape, length, punctuation, capitals,
digits, list marker, prose score; from HTML its tag and hints) and its neighbours' (the same
for the two blocks above and below, the share of prose and of kept text within 3, 10 and 30
blocks, its distance from the kept span, its position). Its target is whether the page's true
body holds it (over half of its 4-token shingles, or the whole of a shorter block). A model
(logistic regression, or LightGBM's gradient-boosted trees) is trained with the pages of some
websites and predicts the blocks of the others (``GroupKFold`` over websites, so no page is
judged by a model that saw its website); then the bodies are scored as the harness scores
them, for these judges:

* ``model``: the blocks the model keeps (probability > 0.5), rules as features only;
* ``hybrid lo/hi``: a kept block goes when the model's probability is under ``lo``, a removed
  one comes back when it is over ``hi``;
* ``restore hi``: only removals by a context decision come back, when over ``hi``.
"""

from __future__ import annotations

import argparse
import itertools
import math
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):  # run as a script: make `benchmarks` and `newsclean` importable
    sys.path[:0] = [str(REPO_ROOT), str(REPO_ROOT / "src")]

from benchmarks.dataset import DEV_SETS, load_dataset, resolve_data_dir
from benchmarks.scoring import score_bodies, shingles, tokens
from newsclean.context.agreement import CONTEXT_RULES
from newsclean.context.lists import list_marker
from newsclean.draft import Draft
from newsclean.labeling import label_document
from newsclean.model import Kind
from newsclean.pipeline import label_html
from newsclean.segment import segment_text
from newsclean.shape import Shape, count_numbers, ends_like_sentence, is_title_case, word_count

INPUT_KINDS = ("region", "page", "html")
TAGS = ("p", "li", "h1", "h2", "h3", "h4", "td", "div", "blockquote", "figcaption", "pre", "a")
HINTS = (
    "link-dense nav footer aside header figure figcaption blockquote li table article main "
    "form after-blank".split()
)
WINDOWS = (3, 10, 30)
#: Features of a neighbour: the first this many of its own.
NEIGHBOUR_FEATURES = 16


def own_features(draft: Draft, index: int) -> list[float]:
    """A block's own features (see the module docstring)."""
    block, shape, label = draft.block(index), draft.shape(index), draft.label(index)
    text = block.text
    letters = sum(ch.isalpha() for ch in text)
    words = max(1, len(text.split()))
    features = [
        math.log1p(len(text)),
        math.log1p(word_count(text)),
        float(ends_like_sentence(text)),
        float(is_title_case(text)),
        count_numbers(text) / words,
        letters / max(1, len(text)),
        sum(ch.isupper() for ch in text) / max(1, letters),
        sum(text.count(mark) for mark in ".,;:!?") / words,
        float(list_marker(text) is not None),
        float(text.endswith(":")),
        float("|" in text),
        *(float(shape is each) for each in Shape),
        float(label is None or label.kind is Kind.BODY),
        *(float(label is not None and label.kind is kind) for kind in Kind),
        float(label is not None and label.rule in CONTEXT_RULES),
        math.copysign(math.log1p(abs(draft.prose_score(index))), draft.prose_score(index)),
        *(float(block.tag == tag) for tag in TAGS),
        *(float(hint in block.hints) for hint in HINTS),
    ]
    return features


def document_features(draft: Draft) -> list[list[float]]:
    """Every block's features, its own and its neighbours'."""
    count = len(draft)
    own = [own_features(draft, i) for i in range(count)]
    kept = [label is None or label.kind is Kind.BODY for label in draft.labels]
    lengths = [len(block.text) for block in draft.blocks]
    prose = list(
        itertools.accumulate(
            (n if s is Shape.SENTENCE else 0 for n, s in zip(lengths, draft.shapes)), initial=0
        )
    )
    kept_chars = list(
        itertools.accumulate((n if k else 0 for n, k in zip(lengths, kept)), initial=0)
    )
    all_chars = list(itertools.accumulate(lengths, initial=0))
    kept_at = [i for i in range(count) if kept[i]]
    first, last = (kept_at[0], kept_at[-1]) if kept_at else (0, -1)
    copies = Counter(block.text for block in draft.blocks)
    rows = []
    for i in range(count):
        row = list(own[i])
        for offset in (-2, -1, 1, 2):
            j = i + offset
            inside = 0 <= j < count
            row += own[j][:NEIGHBOUR_FEATURES] if inside else [0.0] * NEIGHBOUR_FEATURES
            row.append(float(kept[j]) if inside else 0.0)
        for window in WINDOWS:
            low, high = max(0, i - window), min(count, i + window + 1)
            span = all_chars[high] - all_chars[low] or 1
            row += [
                (prose[high] - prose[low]) / span,
                (kept_chars[high] - kept_chars[low]) / span,
                math.log1p(prose[high] - prose[low]),
            ]
        distance = 0 if first <= i <= last else (first - i if i < first else i - last)
        row += [
            float(first <= i <= last),
            math.log1p(distance),
            i / max(1, count),
            math.log1p(count),
            math.log1p(copies[draft.text(i)] - 1),
        ]
        rows.append(row)
    return rows


def block_target(text: str, truth_shingles: set[Any], truth_tokens: str) -> bool:
    """True when the true body holds the block (see the module docstring)."""
    own = shingles(text)
    total = sum(own.values())
    if not total:
        return False
    words = tokens(text)
    if len(words) < 4:
        return f" {' '.join(words)} " in truth_tokens
    return sum(n for s, n in own.items() if s in truth_shingles) > total / 2


@dataclass
class Page:
    """One page from one input kind: its blocks' features and targets, and what the rules did."""

    dev_set: str
    kind: str
    site: str
    truth: str
    texts: list[str]
    rows: list[list[float]]
    targets: list[bool]
    kept: list[bool]
    by_context: list[bool]


def labelled_pages(data_dir: Path) -> list[Page]:
    """Every page of both sets from every input kind, labelled by the rules."""
    pages = []
    for dev_set in DEV_SETS:
        for doc in load_dataset(data_dir, dev_set):
            truth_shingles, truth_tokens = (
                set(shingles(doc.body)),
                f" {' '.join(tokens(doc.body))} ",
            )
            for kind in INPUT_KINDS:
                if kind == "html":
                    draft = label_html(doc.html(), url=doc.url or None).draft
                else:
                    text = doc.region_text if kind == "region" else doc.page_text
                    draft = label_document(segment_text(text))
                texts = [block.text for block in draft.blocks]
                pages.append(
                    Page(
                        dev_set,
                        kind,
                        doc.site,
                        doc.body,
                        texts,
                        document_features(draft),
                        [block_target(t, truth_shingles, truth_tokens) for t in texts],
                        [label is None or label.kind is Kind.BODY for label in draft.labels],
                        [
                            label is not None and label.rule in CONTEXT_RULES
                            for label in draft.labels
                        ],
                    )
                )
    return pages


def out_of_site_probabilities(pages: Sequence[Page], model: str, folds: int) -> list[Any]:
    """Each block's probability of being body, from a model trained on other websites."""
    import lightgbm
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold
    from sklearn.preprocessing import StandardScaler

    sites = sorted({page.site for page in pages})
    groups = np.array([sites.index(page.site) for page in pages])
    probabilities: list[Any] = [None] * len(pages)
    for train, test in GroupKFold(n_splits=folds).split(np.zeros(len(pages)), groups=groups):
        features = np.vstack([pages[i].rows for i in train])
        targets = np.concatenate([pages[i].targets for i in train])
        weights = np.sqrt(
            np.concatenate([[len(t.split()) + 1 for t in pages[i].texts] for i in train])
        )
        if model == "lgb":
            trees = lightgbm.LGBMClassifier(
                n_estimators=200,
                learning_rate=0.05,
                num_leaves=15,
                min_child_samples=40,
                subsample=0.8,
                subsample_freq=1,
                colsample_bytree=0.8,
                random_state=0,
                verbose=-1,
            ).fit(features, targets, sample_weight=weights)
            for i in test:
                probabilities[i] = trees.predict_proba(np.array(pages[i].rows))[:, 1]
        else:
            scaler = StandardScaler().fit(features)
            linear = LogisticRegression(C=0.3, max_iter=2000).fit(
                scaler.transform(features), targets, sample_weight=weights
            )
            for i in test:
                probabilities[i] = linear.predict_proba(scaler.transform(np.array(pages[i].rows)))[
                    :, 1
                ]
    return probabilities


def body_of(page: Page, keep: Sequence[bool]) -> str:
    """The body a choice of blocks gives."""
    return "\n\n".join(text for text, kept in zip(page.texts, keep) if kept)


def judges(page: Page, p: Any) -> dict[str, list[bool]]:
    """The bodies' blocks under each judge (see the module docstring)."""
    chosen = {"rules": page.kept, "model": [x > 0.5 for x in p]}
    for low, high in ((0.1, 0.9), (0.3, 0.7)):
        chosen[f"hybrid {low}/{high}"] = [
            (k and x > low) or (not k and x > high) for k, x in zip(page.kept, p)
        ]
    for high in (0.8, 0.9):
        chosen[f"restore {high}"] = [
            k or (c and x > high) for k, c, x in zip(page.kept, page.by_context, p)
        ]
    return chosen


def main(argv: Sequence[str] | None = None) -> int:
    """Run the experiment and print one Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", help="dataset directory (default: $NEWSCLEAN_BENCHMARK_DIR)")
    parser.add_argument("--model", choices=("lr", "lgb"), default="lr")
    parser.add_argument("--folds", type=int, default=10)
    args = parser.parse_args(argv)
    pages = labelled_pages(resolve_data_dir(args.data))
    probabilities = out_of_site_probabilities(pages, args.model, args.folds)
    names = list(judges(pages[0], probabilities[0]))
    print(f"| set | input | {' | '.join(names)} |")
    print("|" + "---|" * (len(names) + 2))
    for dev_set in DEV_SETS:
        for kind in INPUT_KINDS:
            chosen = [
                (page, judges(page, p))
                for page, p in zip(pages, probabilities)
                if page.dev_set == dev_set and page.kind == kind
            ]
            cells = [
                f"{score_bodies((page.truth, body_of(page, c[name])) for page, c in chosen).f1:.3f}"
                for name in names
            ]
            print(f"| {dev_set} | {kind} | {' | '.join(cells)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
