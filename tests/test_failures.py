"""Internal errors: ABL000 and a log line, never silence, never an exception out of run().

The fixture ABL000_internal_error.py covers the forced failure of one
coroutine through the test hook.  Here, real exceptions are injected into the
analysis with monkeypatch, with and without the test session's
``FLAKE8_ASYNC_BLOCKING_RAISE``.
"""

from __future__ import annotations

import ast
import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any, Optional

import harness
import pytest

from flake8_async_blocking import calls, checker, failures, plugin

SOURCE = textwrap.dedent(
    """\
    import time

    import requests


    async def first():
        time.sleep(1)


    async def second():
        time.sleep(2)
        explode()


    async def third():
        return requests.get("https://example.com")
    """
)


def _explode_on(name: str) -> Any:
    """Return a Classifier.call that raises on calls of ``name`` and works otherwise."""
    original = calls.Classifier.call

    def call(self: calls.Classifier, node: ast.Call, scope: Any) -> Optional[calls.Hit]:
        if isinstance(node.func, ast.Name) and node.func.id == name:
            raise KeyError("no such binding")
        return original(self, node, scope)

    return call


def _broken_statement_pass(tree: ast.AST) -> Any:
    raise RecursionError("maximum recursion depth exceeded\nwhile walking")


@pytest.fixture
def guarded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Turn the last-resort guard on, as it is for users."""
    monkeypatch.delenv(failures.RAISE_ENV)


# --- the test session: internal errors raise ------------------------------------


def test_guard_is_off_in_the_test_session(monkeypatch: pytest.MonkeyPatch) -> None:
    assert os.environ.get(plugin.RAISE_ENV) == "1"
    monkeypatch.setattr(calls.Classifier, "call", _explode_on("explode"))
    with pytest.raises(checker.AnalysisError) as raised:
        harness.run_plugin(SOURCE)
    assert isinstance(raised.value.__cause__, KeyError)
    assert raised.value.line == 12


def test_module_error_raises_in_the_test_session(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checker, "index_module", _broken_statement_pass)
    with pytest.raises(RecursionError):
        harness.run_plugin(SOURCE)


# --- users: one coroutine lost, reported as ABL000 --------------------------------


def test_error_in_one_coroutine_loses_only_that_coroutine(
    guarded: None, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(calls.Classifier, "call", _explode_on("explode"))
    with caplog.at_level(logging.WARNING, logger="flake8.async_blocking"):
        findings = harness.run_plugin(SOURCE, filename="app.py")
    # second()'s time.sleep() (line 11) was found before the error: it goes too.
    assert [(f.line, f.col, f.code) for f in findings] == [
        (7, 4, "ABL101"),
        (10, 0, "ABL000"),
        (16, 11, "ABL201"),
    ]
    (lost,) = [f for f in findings if f.code == "ABL000"]
    assert lost.text == (
        "ABL000 flake8-async-blocking could not analyse this function "
        "(internal error at line 12: KeyError: 'no such binding'); please report it"
    )
    assert "internal error at line 12 of app.py (KeyError: 'no such binding')" in caplog.text
    assert "no findings for this function" in caplog.text
    assert "Traceback" in caplog.text


def test_error_outside_coroutines_gives_one_finding_for_the_file(
    guarded: None, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(checker, "index_module", _broken_statement_pass)
    with caplog.at_level(logging.WARNING, logger="flake8.async_blocking"):
        findings = harness.run_plugin(SOURCE, filename="app.py")
    assert [(f.line, f.col, f.text) for f in findings] == [
        (
            1,
            0,
            "ABL000 flake8-async-blocking could not analyse this module (internal error at "
            "line 1: RecursionError: maximum recursion depth exceeded while walking); "
            "please report it",
        )
    ]
    assert "of app.py" in caplog.text and "no findings for this module" in caplog.text


def test_module_error_names_the_failing_statement(
    guarded: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flake8_async_blocking import names

    original = names.Scope.bind

    def bind(self: names.Scope, name: str, kind: int, data: object) -> None:
        if name == "requests":
            raise ValueError("bad import")
        original(self, name, kind, data)

    monkeypatch.setattr(names.Scope, "bind", bind)
    (finding,) = harness.run_plugin(SOURCE)
    assert (finding.line, finding.code) == (1, "ABL000")
    assert "this module (internal error at line 3: ValueError: bad import)" in finding.text


def test_long_error_text_is_shortened_to_one_line() -> None:
    error = ValueError("x" * 200 + "\nsecond line")
    text = failures.describe(error)
    assert text.startswith("ValueError: xxx") and text.endswith("...")
    assert "\n" not in text and len(text) < 80
    assert failures.describe(ValueError()) == "ValueError"


def test_forced_failure_needs_the_exact_name(
    guarded: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = "import time\n\nasync def unanalysable_export_two():\n    time.sleep(1)\n"
    assert [f.code for f in harness.run_plugin(source)] == ["ABL101"]
    monkeypatch.delenv(failures.FAIL_ENV)
    source = source.replace("_two", "")
    assert [f.code for f in harness.run_plugin(source)] == ["ABL101"]


# --- under real flake8 -----------------------------------------------------------


def test_flake8_shows_abl000_and_the_other_findings(tmp_path: Path) -> None:
    """A user's run (no RAISE variable): ABL000 in the output, nothing on stderr."""
    fixture = harness.FIXTURES_DIR / "ABL000_internal_error.py"
    (tmp_path / "admin.py").write_text(harness.read_source(fixture), encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if key != failures.RAISE_ENV}
    assert env[failures.FAIL_ENV]
    result = subprocess.run(
        [sys.executable, "-m", "flake8", "--isolated", "--select=ABL", "admin.py"],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=False, timeout=300,
    )
    assert result.returncode == 1, result.stderr
    assert result.stderr == ""
    codes = [line.split(" ")[1] for line in result.stdout.splitlines()]
    assert codes == ["ABL101", "ABL000", "ABL404", "ABL601", "ABL201"]
    assert "admin.py:25:1: ABL000 flake8-async-blocking could not analyse this function" in (
        result.stdout
    )
