#!/usr/bin/env bash
# Packaging check: build the sdist and the wheel (the wheel from the sdist, as `python -m build`
# does), `twine check --strict` both, check what the sdist and the wheel contain, then install the
# wheel into a fresh virtual environment and clean the seed page with the installed command.
#
# Usage: bash scripts/check_packaging.sh    (about 30 s; needs PyPI for build, twine, setuptools
# and regex). Everything happens in a temporary directory, removed at the end; the checkout is
# only read.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if command -v python3.11 >/dev/null 2>&1; then python_bin=python3.11; else python_bin=python3; fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
say() { echo "check_packaging: $*"; }
fail() { echo "check_packaging: FAILED: $*" >&2; exit 1; }

say "build and twine in $work/tools"
"$python_bin" -m venv "$work/tools"
"$work/tools/bin/python" -m pip install --quiet --upgrade pip build twine

say "python -m build (sdist, then the wheel from the sdist)"
"$work/tools/bin/python" -m build --outdir "$work/dist" "$repo_root" >"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; fail "python -m build"; }
sdist=("$work"/dist/newsclean-*.tar.gz)
wheel=("$work"/dist/newsclean-*-py3-none-any.whl)
[[ -f "${sdist[0]}" && -f "${wheel[0]}" ]] || fail "expected one sdist and one pure-Python wheel"
say "built $(basename "${sdist[0]}") and $(basename "${wheel[0]}")"

say "twine check --strict"
"$work/tools/bin/twine" check --strict "$work"/dist/*

say "contents"
"$work/tools/bin/python" - "${sdist[0]}" "${wheel[0]}" <<'PY'
import sys
import tarfile
import zipfile

sdist, wheel = sys.argv[1:]
with tarfile.open(sdist) as archive:
    # "newsclean-0.1.0/src/..." -> "src/..."
    in_sdist = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
with zipfile.ZipFile(wheel) as archive:
    in_wheel = set(archive.namelist())

problems = [
    f"sdist lacks {name}"
    for name in (
        "pyproject.toml", "README.md", "LICENSE", "CHANGELOG.md", "MANIFEST.in",
        "src/newsclean/__init__.py", "src/newsclean/py.typed", "src/newsclean/_version.py",
        "tests/test_fixtures.py", "fixtures/seed_reuters.json", "seeds/000_f4632b69e57e1cb8.txt",
        "benchmarks/quality.py", "docs/index.md", "mkdocs.yml",
    )
    if name not in in_sdist
]
problems += [f"sdist holds {name}" for name in in_sdist if "__pycache__" in name or name.startswith(".")]
problems += [
    f"wheel lacks {name}"
    for name in ("newsclean/__init__.py", "newsclean/py.typed", "newsclean/rules/__init__.py", "newsclean/webpage/__init__.py")
    if name not in in_wheel
]
problems += [
    f"wheel holds {name}"
    for name in in_wheel
    if not name.startswith(("newsclean/", "newsclean-")) or "__pycache__" in name
]
if not any(name.endswith(".dist-info/licenses/LICENSE") for name in in_wheel):
    problems.append("wheel lacks the LICENSE file in its dist-info")
if problems:
    sys.exit("\n".join(problems))
print(f"sdist: {len(in_sdist)} files; wheel: {len(in_wheel)} files")
PY

say "install the wheel into a fresh virtual environment"
"$python_bin" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet --upgrade pip
"$work/venv/bin/python" -m pip install --quiet "${wheel[0]}"

say "newsclean clean seeds/000_f4632b69e57e1cb8.txt with the installed command"
cd "$work"  # not the checkout: the installed package must be the one imported
"$work/venv/bin/newsclean" clean "$repo_root/seeds/000_f4632b69e57e1cb8.txt" >"$work/seed.json"
"$work/venv/bin/python" - "$work/seed.json" "$repo_root/src/newsclean/_version.py" <<'PY'
import json
import sys
from importlib.metadata import version
from pathlib import Path

import newsclean

article = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
assert article["title"] == "Russia steps up diplomatic push for Syria peace talks", article["title"]
assert article["byline"]["authors"] == ["Steve Gutterman"], article["byline"]
assert "site-packages" in newsclean.__file__, newsclean.__file__
source_version = {}
exec(Path(sys.argv[2]).read_text(encoding="utf-8"), source_version)
assert version("newsclean") == newsclean.__version__ == source_version["__version__"]
print(f"newsclean {newsclean.__version__} from {newsclean.__file__}: the seed cleans as expected")
PY
"$work/venv/bin/python" -m newsclean --version

say "OK"
