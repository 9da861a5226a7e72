"""The rule catalogue: one documentation page per rule family, generated from the rule tables.

MkDocs runs this file as a hook (``hooks:`` in ``mkdocs.yml``): :func:`on_files` adds the pages
to the build and :func:`on_config` lists them in the navigation, under the section that holds
``rules/index.md``. Nothing is written into ``docs/``, so the catalogue cannot drift from the
code: every build reads the tables of the installed ``newsclean``.

- A table family (``newsclean.rules.share``, ...) gets its module docstring, then each
  :class:`~newsclean.rules.Rule` (name, kind, length bounds, case, keywords, pattern) and each
  :class:`~newsclean.rules.Phrases` table (its phrases).
- A field family (captions, bylines, datelines, timestamps) gets its module's documentation
  through mkdocstrings, then its module-level patterns and word lists, each with its ``#:``
  comment.
- The context rules get one page of mkdocstrings blocks, one per ``newsclean.context`` module.

Run it as a script to see the pages without MkDocs: ``python docs/gen_rules.py OUTDIR``.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import Any

import regex  # type: ignore[import-untyped,unused-ignore]

sys.path.insert(0, str(Path(__file__).resolve().parent))  # docs/: the build's own modules
from griffe_docstrings import markdown_of

#: Where the generated pages go, inside the documentation tree.
SECTION = "rules"

#: Page titles of the table families; a family missing here is titled by its module name.
TABLE_TITLES = {
    "layout": "Layout leftovers",
    "share": "Share counters and buttons",
    "gallery": "Gallery and video chrome",
    "comments": "Comment sections",
    "consent": "Consent notices",
    "legal": "Legal footers",
    "promo": "Promotions",
    "navigation": "Navigation",
}

#: The families whose rules are code and patterns rather than tables: (page, module, title).
FIELD_FAMILIES = (
    ("captions", "newsclean.rules.captions", "Captions and credits"),
    ("sources", "newsclean.rules.sources", "Source and reference lists"),
    ("bylines", "newsclean.byline", "Bylines"),
    ("datelines", "newsclean.dateline", "Datelines"),
    ("timestamps", "newsclean.timestamps", "Timestamp lines"),
    ("dates", "newsclean.dates", "Dates and times"),
)

_Pattern = (re.Pattern, regex.Pattern)


# --- text helpers ------------------------------------------------------------------------------


def code_block(text: str, language: str = "text") -> str:
    """A fenced code block that holds ``text`` whatever backticks it contains."""
    fence = "`" * max(3, 1 + max((len(run) for run in re.findall("`+", text)), default=0))
    return f"{fence}{language}\n{text}\n{fence}"


def code_span(text: str) -> str:
    """An inline code span that holds ``text`` whatever backticks it contains."""
    fence = "``" if "`" in text else "`"
    padding = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{padding}{text}{padding}{fence}"


def word_list(words: Iterable[str]) -> str:
    """Words as a sorted run of code spans."""
    return " · ".join(code_span(word) for word in sorted(words))


# --- table families ----------------------------------------------------------------------------


def length_bounds(rule: Any) -> str:
    """A rule's block-length bounds in words."""
    if rule.min_chars:
        return f"{rule.min_chars} to {rule.max_chars} characters"
    return f"at most {rule.max_chars} characters"


def rule_section(rule: Any) -> str:
    """One rule: its facts as a list, then its pattern."""
    matched = "as written (`regex`)" if rule.case_sensitive else "lower-cased (`re`)"
    keywords = word_list(rule.keywords) if rule.keywords else "none (an anchored pattern)"
    return "\n".join(
        [
            f"### {rule.name}",
            "",
            f"- kind: `{rule.kind.value}`",
            f"- blocks of {length_bounds(rule)}",
            f"- matched against the block {matched}",
            f"- keywords: {keywords}",
            "",
            code_block(rule.pattern),
            "",
        ]
    )


def phrases_section(table: Any) -> str:
    """One phrase table: its kind and its phrases."""
    return "\n".join(
        [
            f"### {table.name}",
            "",
            f"Kind `{table.kind.value}`, {len(table.phrases)} phrases:",
            "",
            word_list(table.phrases),
            "",
        ]
    )


def counted(number: int, noun: str) -> str:
    """A number with its noun, plural when it is not 1.

    >>> counted(1, "table"), counted(3, "rule")
    ('1 table', '3 rules')
    """
    return f"{number} {noun}{'' if number == 1 else 's'}"


def family_summary(
    name: str, kinds: list[str], rules: tuple[Any, ...], tables: tuple[Any, ...]
) -> str:
    """One sentence on a table family: its module, kinds, and the size of its tables."""
    phrases = sum(len(table.phrases) for table in tables)
    return (
        f"Module `{name}`; {'kinds' if len(kinds) > 1 else 'kind'} "
        f"{', '.join(f'`{kind}`' for kind in kinds)}; {counted(len(rules), 'rule')}, "
        f"{counted(phrases, 'phrase')} in {counted(len(tables), 'phrase table')}. "
        "How rules and phrases are matched: [the catalogue](index.md)."
    )


def table_family_page(module: ModuleType) -> str:
    """The page of a family whose rules are ``RULES`` and ``PHRASES`` tables."""
    slug = module.__name__.rsplit(".", 1)[1]
    rules, tables = getattr(module, "RULES", ()), getattr(module, "PHRASES", ())
    kinds = sorted({row.kind.value for row in (*rules, *tables)})
    parts = [
        f"# {TABLE_TITLES.get(slug, slug.capitalize())}",
        "",
        markdown_of(module.__doc__),
        "",
        family_summary(module.__name__, kinds, rules, tables),
        "",
    ]
    if rules:
        parts += ["## Rules", "", *map(rule_section, rules)]
    if tables:
        parts += ["## Phrases", "", *map(phrases_section, tables)]
    return "\n".join(parts)


# --- field families ----------------------------------------------------------------------------


def doc_comments(module: ModuleType) -> dict[str, str]:
    """The ``#:`` comment right above each module-level assignment, by assigned name."""
    source = inspect.getsource(module)
    lines = source.splitlines()
    comments = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            above: list[str] = []
            line = node.lineno - 2
            while line >= 0 and lines[line].lstrip().startswith("#:"):
                above.insert(0, lines[line].lstrip()[2:].strip())
                line -= 1
            for target in targets:
                if isinstance(target, ast.Name) and above:
                    comments[target.id] = " ".join(above)
    return comments


def module_patterns(module: ModuleType) -> Iterator[tuple[str, str]]:
    """Every compiled pattern at the module's top level (alone or in a tuple), as (name,
    pattern), in source order."""
    for name, value in vars(module).items():
        if isinstance(value, _Pattern):
            yield name, value.pattern
        elif isinstance(value, tuple) and value and all(isinstance(v, _Pattern) for v in value):
            for index, pattern in enumerate(value):
                yield f"{name}[{index}]", pattern.pattern


def module_word_lists(module: ModuleType) -> Iterator[tuple[str, list[str]]]:
    """Every collection of words at the module's top level (a set or tuple of strings, or the
    keys of a dict keyed by strings), as (name, words), in source order."""
    for name, value in vars(module).items():
        if name.startswith("__") or not isinstance(value, frozenset | set | tuple | dict):
            continue
        words = list(value)
        if words and all(isinstance(word, str) for word in words):
            yield name, words


def named_section(title: str, comment: str | None, body: str) -> str:
    """A subsection of a field family page: a name, its ``#:`` comment, its content."""
    lines = [f"### {code_span(title)}", ""]
    if comment:
        lines += [markdown_of(comment), ""]
    return "\n".join([*lines, body, ""])


def field_family_page(module: ModuleType, title: str) -> str:
    """The page of a family written as code: its module's documentation, patterns, words."""
    comments = doc_comments(module)
    patterns = [
        named_section(name, comments.get(name.split("[")[0]), code_block(pattern))
        for name, pattern in module_patterns(module)
    ]
    words = [
        named_section(name, comments.get(name), word_list(values))
        for name, values in module_word_lists(module)
    ]
    parts = [
        f"# {title}",
        "",
        f"::: {module.__name__}",
        "    options:",
        "      show_root_heading: false",
        "      show_root_toc_entry: false",
        "      heading_level: 3",
        "",
        f"## Patterns of `{module.__name__}`",
        "",
        "Module-level patterns, as compiled, in source order.",
        "",
        *patterns,
    ]
    if words:
        parts += [f"## Word lists of `{module.__name__}`", "", *words]
    return "\n".join(parts)


# --- context rules and the index ---------------------------------------------------------------


def context_page() -> str:
    """The context rules: mkdocstrings blocks for the package and each of its modules."""
    package = importlib.import_module("newsclean.context")
    modules = sorted(info.name for info in pkgutil.iter_modules(package.__path__))
    parts = [
        "# Context rules",
        "",
        markdown_of(package.__doc__),
        "",
        "Each module's public functions, from their docstrings.",
        "",
    ]
    for name in modules:
        parts += [f"::: newsclean.context.{name}", "    options:", "      heading_level: 2", ""]
    return "\n".join(parts)


def index_page(titles: dict[str, str]) -> str:
    """The catalogue's index: how rules work, then a link to every family's page."""
    rules = importlib.import_module("newsclean.rules")
    base = importlib.import_module("newsclean.rules.base")
    links = [f"- [{title}]({page})" for page, title in titles.items()]
    return "\n".join(
        [
            "# Rule catalogue",
            "",
            "Generated from the rule tables at every documentation build.",
            "",
            markdown_of(rules.__doc__),
            "",
            "## Rules and phrases",
            "",
            markdown_of(base.Rule.__doc__),
            "",
            markdown_of(base.Phrases.__doc__),
            "",
            "## Families",
            "",
            *links,
            "",
        ]
    )


def family_pages() -> list[tuple[str, str, Callable[[], str]]]:
    """Every page but the index, in navigation order, as (file name, title, page maker)."""
    rules = importlib.import_module("newsclean.rules")
    pages: list[tuple[str, str, Callable[[], str]]] = []
    for family in rules.FAMILIES:
        slug = family.__name__.rsplit(".", 1)[1]
        title = TABLE_TITLES.get(slug, slug.capitalize())
        pages.append((f"{slug}.md", title, partial(table_family_page, family)))
    for slug, module_name, title in FIELD_FAMILIES:
        module = importlib.import_module(module_name)
        pages.append((f"{slug}.md", title, partial(field_family_page, module, title)))
    pages.append(("context.md", "Context rules", context_page))
    return pages


def catalogue() -> dict[str, str]:
    """Every generated page's Markdown, by file name under :data:`SECTION`, the index first."""
    pages = family_pages()
    index = index_page({name: title for name, title, _ in pages})
    return {"index.md": index} | {name: make() for name, _, make in pages}


def navigation() -> list[dict[str, str]]:
    """The family pages as MkDocs navigation entries."""
    return [{title: f"{SECTION}/{name}"} for name, title, _ in family_pages()]


# --- MkDocs hooks ------------------------------------------------------------------------------


def on_config(config: Any) -> Any:
    """Append the family pages to the navigation section that lists ``rules/index.md``."""
    index = f"{SECTION}/index.md"
    for entry in config["nav"] or ():
        section = next(iter(entry.values())) if isinstance(entry, dict) else None
        if isinstance(section, list) and index in section:
            section.extend(navigation())
    return config


def on_files(files: Any, config: Any) -> Any:
    """Add the generated pages to the build."""
    from mkdocs.structure.files import File

    for page, text in catalogue().items():
        files.append(File.generated(config, f"{SECTION}/{page}", content=text))
    return files


def main(argv: list[str]) -> int:
    """Write the pages into the directory given as the only argument."""
    if len(argv) != 1:
        print("usage: python docs/gen_rules.py OUTDIR", file=sys.stderr)
        return 2
    target = Path(argv[0])
    target.mkdir(parents=True, exist_ok=True)
    for page, text in catalogue().items():
        (target / page).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
