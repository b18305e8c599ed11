"""Hypothesis settings for the fuzz tests: "ci" (the default, bounded) or "long", picked
with the HYPOTHESIS_PROFILE environment variable:

    HYPOTHESIS_PROFILE=long python -m pytest tests/fuzz -q

The profile is applied per test (not loaded globally), so other suites keep their own.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "long", max_examples=20_000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

FUZZ = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
