"""Shared pytest setup."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

# The benchmark harness in benchmarks/ is not installed with the library; the scoring and
# quality-floor tests import it from the checkout.
REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

# assert_cleans_to and its --newsclean-update-expected option (see newsclean.testing for why it
# is enabled here rather than through an entry point).
pytest_plugins = ["newsclean.testing"]

# Failed assertions inside the shared test helpers show their values too.
pytest.register_assert_rewrite("support")

# Property tests run a hundred examples each by default, the same ones on every run (so that a
# red CI run is the change's doing); HYPOTHESIS_PROFILE=nightly runs many more, new each time.
# No deadline: these machines are shared and a slow example is not a failure.
settings.register_profile("normal", max_examples=100, deadline=None, derandomize=True)
settings.register_profile("nightly", max_examples=5_000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "normal"))
