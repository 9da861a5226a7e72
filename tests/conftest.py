"""Shared pytest setup."""

from __future__ import annotations

import sys
from pathlib import Path

# The benchmark harness in benchmarks/ is not installed with the library; the scoring and
# quality-floor tests import it from the checkout.
REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))
