"""Shared test configuration: Hypothesis profiles.

``HYPOTHESIS_PROFILE=thorough pytest tests/test_z3.py tests/test_engine_properties.py`` runs the
property tests on tens of thousands of examples (and gives the engine its default search budget
on generated systems); the default profile keeps a run around a minute.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# The cache of finished reports (factcheck/cache.py) stays off in the tests, and in the
# processes they start: a test that changes the code under it in place (monkeypatch) must see
# a fresh audit.  tests/test_cache.py turns it on, in a folder of its own.
os.environ["FACTCHECK_NO_CACHE"] = "1"

settings.register_profile(
    "thorough",
    max_examples=20_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
if "HYPOTHESIS_PROFILE" in os.environ:
    settings.load_profile(os.environ["HYPOTHESIS_PROFILE"])
# Otherwise Hypothesis's own choice stands: under CI (the CI variable set) that is its "ci"
# profile, derandomized, so a CI run is repeatable and a failure reproduces.
