"""docs/architecture.md matches the code, and the import contracts it explains hold.

The doc names every module of the package (and only modules that exist), and its list of layers
is the `layers` contract of pyproject.toml line for line; `lint-imports` passes on the package
these tests import.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

import newsclean

REPO = Path(__file__).resolve().parents[1]
ARCHITECTURE = REPO / "docs" / "architecture.md"
PYPROJECT = REPO / "pyproject.toml"
#: The package under test: the tree these tests import, which lint-imports must check too.
PACKAGE = Path(newsclean.__file__).resolve().parent

#: A module path as the doc writes it: in backticks, relative to src/newsclean (or to the
#: repository's root for the few files of the project it names).
_PATH = re.compile(r"`([\w/]+\.py)`")
#: The fenced block that follows the "## Layers" heading.
_LAYERS_BLOCK = re.compile(r"^## Layers\n.*?^```\n(.*?)^```", re.MULTILINE | re.DOTALL)


def _doc() -> str:
    return ARCHITECTURE.read_text(encoding="utf-8")


def _package_modules() -> set[str]:
    """Every module file of the package, as a path relative to src/newsclean."""
    return {path.relative_to(PACKAGE).as_posix() for path in PACKAGE.rglob("*.py")}


def _layers_contract() -> dict[str, Any]:
    contracts = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["importlinter"][
        "contracts"
    ]
    (layers,) = [contract for contract in contracts if contract["type"] == "layers"]
    return layers


def test_every_path_the_doc_names_exists() -> None:
    named = set(_PATH.findall(_doc()))
    missing = [
        path for path in named if not (PACKAGE / path).is_file() and not (REPO / path).is_file()
    ]
    assert not missing, f"docs/architecture.md names files that do not exist: {sorted(missing)}"


def test_the_doc_names_every_module_of_the_package() -> None:
    named = set(_PATH.findall(_doc()))
    unnamed = sorted(_package_modules() - named)
    assert not unnamed, f"docs/architecture.md's module map lacks {unnamed}"


def test_the_doc_lists_the_layers_of_the_contract() -> None:
    found = _LAYERS_BLOCK.search(_doc())
    assert found is not None, "docs/architecture.md has no ## Layers block"
    documented = [line.strip() for line in found.group(1).splitlines() if line.strip()]
    assert documented == _layers_contract()["layers"]


def test_every_top_level_module_has_a_layer() -> None:
    # The contract is exhaustive (lint-imports refuses a module without a layer); the check
    # is repeated here so that the message names the module when import-linter is absent.
    layered = {name.strip() for layer in _layers_contract()["layers"] for name in layer.split("|")}
    top_level = {
        path.split("/")[0].removesuffix(".py")
        for path in _package_modules()
        if path != "__init__.py"
    }
    assert top_level == layered


@pytest.mark.skipif(
    importlib.util.find_spec("importlinter") is None,
    reason="import-linter is not installed (pip install -e '.[typecheck]')",
)
def test_the_import_contracts_hold() -> None:
    paths = [str(PACKAGE.parent), *filter(None, [os.environ.get("PYTHONPATH")])]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
    command = (
        "import sys; from importlinter.cli import lint_imports; "
        f"sys.exit(lint_imports(config_filename={str(PYPROJECT)!r}, no_cache=True, no_logo=True))"
    )
    result = subprocess.run(
        [sys.executable, "-c", command],
        check=False,
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
