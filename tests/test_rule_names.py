"""Every rule name and byline form a module refers to exists, so that a typo cannot be a silent
no-op: the Enums of ``newsclean.rule_names`` name real rules, every member is given somewhere,
and no module compares a label's rule or a byline's form with a bare string."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsclean
from newsclean.byline import BylineForm
from newsclean.rule_names import CaptionRule, ContextRule, TableRule
from newsclean.rules import FAMILIES

SOURCE = Path(newsclean.__file__).resolve().parent
#: The calls that give a block a rule or a byline its form.
_GIVING_CALLS = frozenset({"mark", "relabel", "BylineMatch", "Label", "restore_kept_runs"})


def _trees() -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(SOURCE.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _without_value(node: ast.expr) -> ast.expr:
    """``CaptionRule.HTML_CREDIT`` for ``CaptionRule.HTML_CREDIT.value`` (a label built once
    holds the member's plain string)."""
    if isinstance(node, ast.Attribute) and node.attr == "value":
        return node.value
    return node


def _members_given(enum_name: str) -> set[str]:
    """The members of ``enum_name`` passed to a call that gives a rule or a form, or used as a
    parameter's default rule."""
    given: set[str] = set()
    for _, tree in _trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                values = node.args if name in _GIVING_CALLS else []
            elif isinstance(node, ast.arguments):
                values = [*node.defaults, *(d for d in node.kw_defaults if d is not None)]
            else:
                continue
            given.update(
                member.attr
                for member in map(_without_value, values)
                if isinstance(member, ast.Attribute)
                and isinstance(member.value, ast.Name)
                and member.value.id == enum_name
            )
    return given


def test_every_table_rule_names_a_row_of_the_rule_tables():
    names = {rule.name for family in FAMILIES for rule in family.RULES} | {
        table.name for family in FAMILIES for table in family.PHRASES
    }
    assert {member.value for member in TableRule} <= names


@pytest.mark.parametrize(
    ("enum", "name"),
    [(ContextRule, "ContextRule"), (CaptionRule, "CaptionRule"), (BylineForm, "BylineForm")],
)
def test_every_context_rule_caption_rule_and_byline_form_is_given_by_some_module(enum, name):
    assert _members_given(name) == {member.name for member in enum}


def _is_rule_or_form(node: ast.expr) -> bool:
    return isinstance(node, ast.Attribute) and node.attr in {"rule", "form"}


def _holds_a_string(node: ast.expr) -> bool:
    """A string literal, or a set, tuple, list or frozenset call of literals holding one."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.Set | ast.Tuple | ast.List):
        return any(_holds_a_string(element) for element in node.elts)
    return isinstance(node, ast.Call) and any(_holds_a_string(arg) for arg in node.args)


def test_no_module_compares_a_rule_or_a_form_with_a_bare_string():
    bare = [
        f"{path.relative_to(SOURCE)}:{node.lineno}"
        for path, tree in _trees()
        for node in ast.walk(tree)
        if isinstance(node, ast.Compare)
        and _is_rule_or_form(node.left)
        and any(_holds_a_string(other) for other in node.comparators)
    ]
    assert bare == []


def _sets_looked_up(tree: ast.Module) -> set[str]:
    """The names of the sets a rule or a form is looked up in (``label.rule in _COPY_RULES``)."""
    return {
        other.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Compare) and _is_rule_or_form(node.left)
        for other in node.comparators
        if isinstance(other, ast.Name)
    }


def test_no_set_a_rule_or_a_form_is_looked_up_in_is_written_as_strings():
    """``_COPY_RULES``, ``WEAK_FORMS``, ...: written with the Enums' members."""
    bare = []
    for path, tree in _trees():
        looked_up = _sets_looked_up(tree)
        for node in tree.body:
            targets = node.targets if isinstance(node, ast.Assign) else []
            names = {target.id for target in targets if isinstance(target, ast.Name)}
            if names & looked_up and _holds_a_string(node.value):  # type: ignore[attr-defined]
                bare.append(f"{path.relative_to(SOURCE)}:{node.lineno}")
    assert bare == []


def test_a_removal_records_its_rule_as_a_plain_string():
    text = (
        "MOSCOW (Reuters) - Russia hosted talks on Monday in a renewed push for peace.\n\n"
        "Share this article\n\nPeace talks in Moscow\n\nThe talks went on into the night.\n\n"
        "Share this article\n\nPeace talks in Moscow\n\nThey will meet again next month."
    )
    removed = newsclean.clean(text).removed
    assert removed and all(type(removal.rule) is str for removal in removed)
    assert "repeat" in {removal.rule for removal in removed}
