"""Session set-up: internal errors raise instead of being logged; extra markers."""

from __future__ import annotations

import os

import pytest

try:
    from flake8_async_blocking.failures import FAIL_ENV, RAISE_ENV
except ImportError:  # the package is broken: its own tests report how
    RAISE_ENV = "FLAKE8_ASYNC_BLOCKING_RAISE"
    FAIL_ENV = "FLAKE8_ASYNC_BLOCKING_FAIL_IN"

# The coroutine of tests/fixtures/ABL000_internal_error.py whose analysis fails
# on purpose, so that the ABL000 path is checked like any other code.
FORCED_FAILURE = "unanalysable_export"

# Turn off run()'s last-resort guard for the whole session, flake8 subprocesses
# included, so that an internal error fails the test that caused it.  The
# forced failure is not a bug: it is reported as ABL000 all the same.
os.environ[RAISE_ENV] = "1"
os.environ[FAIL_ENV] = FORCED_FAILURE

# Libraries are looked for only in --async-blocking-python-path, never on the
# interpreter's sys.path: what happens to be installed (anyio with the examples
# extra, say) must not change what a fixture reports.  Flake8 subprocesses inherit it.
os.environ["FLAKE8_ASYNC_BLOCKING_NO_SYS_PATH"] = "1"


def pytest_configure(config: pytest.Config) -> None:
    """Register the markers this suite uses besides ``fuzz``."""
    config.addinivalue_line("markers", "slow: takes more than a minute (builds and installs)")
