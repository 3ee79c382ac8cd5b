"""The Python versions the project claims are the ones CI tests, and each one works.

pyproject.toml's classifiers are the claim; tox.ini has one env per claimed
version and .ci/run runs each of them that the machine has (it reads the
classifiers itself).  The plugin must give findings on the newest syntax the
running interpreter has, and must not skip files on the oldest.
"""

from __future__ import annotations

import ast
import configparser
import re
import sys
import textwrap

import harness
import pytest

PYPROJECT = harness.REPO_ROOT / "pyproject.toml"
TOX_INI = harness.REPO_ROOT / "tox.ini"
CI_RUN = harness.REPO_ROOT / ".ci" / "run"


def _claimed() -> list[tuple[int, int]]:
    text = PYPROJECT.read_text(encoding="utf-8")
    found = re.findall(r'"Programming Language :: Python :: (3)\.(\d+)"', text)
    return sorted((int(major), int(minor)) for major, minor in found)


def test_classifiers_are_a_contiguous_range_from_requires_python() -> None:
    claimed = _claimed()
    assert claimed, "no Programming Language :: Python :: 3.x classifier"
    minors = [minor for _, minor in claimed]
    assert minors == list(range(minors[0], minors[-1] + 1)), minors
    text = PYPROJECT.read_text(encoding="utf-8")
    floor = re.search(r'requires-python = ">=3\.(\d+)"', text)
    assert floor is not None and int(floor[1]) == minors[0]


def test_tox_has_one_env_per_claimed_version() -> None:
    parser = configparser.ConfigParser()
    parser.read(TOX_INI)
    envs = [env.strip() for env in parser["tox"]["env_list"].split(",")]
    versions = sorted(
        (3, int(env[3:])) for env in envs if re.fullmatch(r"py3\d+", env)
    )
    assert versions == _claimed()


def test_ci_tests_the_claimed_versions() -> None:
    if not CI_RUN.exists():
        pytest.skip(".ci/run is not part of the source distribution")
    script = CI_RUN.read_text(encoding="utf-8")
    # .ci/run reads the claim from the classifiers, runs each other version
    # through tox, and refuses a primary Python the classifiers do not claim.
    assert "Programming Language :: Python :: 3" in script
    assert "--skip-missing-interpreters false" in script and "tox run" in script
    assert "SKIPPED" in script


def test_running_python_is_claimed() -> None:
    assert sys.version_info[:2] in _claimed()


# --- statements that older versions lack or newer versions add --------------------


def test_statements_of_every_kind_do_not_skip_the_file() -> None:
    """raise/break/continue/assert/del reached ast.Match, which 3.9 lacks."""
    source = textwrap.dedent(
        """\
        import time


        async def handler(items):
            for item in items:
                if not item:
                    continue
                if item == "stop":
                    break
            assert items
            del items
            time.sleep(1)
            raise ValueError("done")
        """
    )
    findings = harness.run_plugin(source)
    assert [(f.line, f.code) for f in findings] == [(12, "ABL101")]


@pytest.mark.skipif(sys.version_info < (3, 12), reason="PEP 695 syntax needs Python 3.12")
def test_type_statement_and_type_params() -> None:
    source = textwrap.dedent(
        """\
        import time

        type Seconds = float


        async def wait[T](value: T, delay: Seconds) -> T:
            time.sleep(delay)
            return value
        """
    )
    tree = ast.parse(source)
    assert [(f.line, f.code) for f in harness.run_plugin(source, tree=tree)] == [(7, "ABL101")]
