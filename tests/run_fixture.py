"""Check fixtures against their markers: ``python tests/run_fixture.py FILE...``.

With no FILE, every fixture in tests/fixtures is checked.  Prints the missing
and unexpected findings of each file with its source line, and exits 1 when a
file does not match.  ``-v`` also lists every finding with its message.  Runs
from a checkout without installing the package.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

_TESTS = Path(__file__).resolve().parent
for _entry in (str(_TESTS.parent), str(_TESTS)):
    if _entry not in sys.path:
        sys.path.insert(0, _entry)

import harness  # noqa: E402
from conftest import FORCED_FAILURE  # noqa: E402
from flake8_async_blocking.failures import FAIL_ENV, RAISE_ENV  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Check each file and return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="fixture files (default: all)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every finding")
    options = parser.parse_args(argv)
    os.environ.setdefault(RAISE_ENV, "1")  # internal errors show their traceback
    os.environ.setdefault(FAIL_ENV, FORCED_FAILURE)  # as in the test suite (ABL000)

    paths = options.files or harness.fixture_paths()
    failed = 0
    for path in paths:
        if not harness.runs_here(path):
            version = ".".join(map(str, harness.required_version(path)))
            print(f"{path}: skipped (needs Python {version})")
            continue
        try:
            comparison = harness.check_fixture(path)
        except (OSError, SyntaxError, harness.HarnessError) as error:
            print(f"{path}: {type(error).__name__}: {error}")
            failed += 1
            continue
        print(comparison.render())
        if options.verbose:
            for finding in comparison.findings:
                print(f"    {finding.line:>4}:{finding.col:<3} {finding.text}")
        failed += not comparison.ok
    if len(paths) > 1:
        print(f"{len(paths) - failed} of {len(paths)} files match their markers")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
