"""Session set-up: internal errors raise, markers, hypothesis profiles."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

try:
    from flake8_async_blocking.plugin import RAISE_ENV
except ImportError:  # the engine is not importable: its tests fail on their own
    RAISE_ENV = "FLAKE8_ASYNC_BLOCKING_RAISE"

# Turn off run()'s last-resort guard for the whole session, subprocesses
# included, so that an internal error fails the test that caused it.
os.environ[RAISE_ENV] = "1"

settings.register_profile(
    "default",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def pytest_configure(config: pytest.Config) -> None:
    """Register the markers this suite uses besides ``fuzz``."""
    config.addinivalue_line("markers", "slow: takes more than a minute (builds and installs)")
