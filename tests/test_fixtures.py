"""Every fixture compiles, and an in-process run reports exactly its markers."""

from __future__ import annotations

import textwrap
from pathlib import Path

import harness
import pytest

from flake8_async_blocking.codes import RULES_BY_CODE

FIXTURES = harness.fixture_paths()


def _skip_if_newer(path: Path) -> None:
    if not harness.runs_here(path):
        version = ".".join(map(str, harness.required_version(path)))
        pytest.skip(f"needs Python {version}")


@pytest.fixture(params=FIXTURES, ids=[path.name for path in FIXTURES])
def fixture(request: pytest.FixtureRequest) -> Path:
    path: Path = request.param
    _skip_if_newer(path)
    return path


def test_fixtures_exist() -> None:
    assert FIXTURES, f"no fixtures in {harness.FIXTURES_DIR}"


def test_fixture_compiles(fixture: Path) -> None:
    compile(harness.read_source(fixture), str(fixture), "exec", dont_inherit=True)


def test_fixture_is_named_for_a_code(fixture: Path) -> None:
    assert harness.fixture_name_ok(fixture), "name it ABLnnn_<slug>.py (or ..._pyXY.py)"
    assert fixture.name[:6] in RULES_BY_CODE, f"{fixture.name[:6]} is not a code of codes.py"


def test_fixture_has_a_marker(fixture: Path) -> None:
    assert harness.parse_markers(harness.read_source(fixture)), "no '# error: ABLnnn' marker"


def test_fixture_markers_are_known_codes(fixture: Path) -> None:
    codes = {code for _, code in harness.parse_markers(harness.read_source(fixture))}
    assert codes <= set(RULES_BY_CODE), f"unknown codes {sorted(codes - set(RULES_BY_CODE))}"


def test_fixture_matches_markers(fixture: Path) -> None:
    comparison = harness.check_fixture(fixture)
    assert comparison.ok, "\n" + comparison.render()


# --- the harness itself ---------------------------------------------------------


def test_markers_are_parsed() -> None:
    source = textwrap.dedent(
        """\
        x = 1  # error: ABL201
        y = 2  # ok: not flagged
        z = 3  # noqa: E501  # error: ABL201, ABL404
        s = "# error: ABL999"
        """
    )
    assert harness.parse_markers(source) == {(1, "ABL201"), (3, "ABL201"), (3, "ABL404")}


@pytest.mark.parametrize(
    "comment",
    [
        "# error: ABL20",
        "# error ABL201",
        "# error: ABL201,",
        "# error: abl201",
        "# error: ABL201 x",
    ],
)
def test_malformed_markers_are_rejected(comment: str) -> None:
    with pytest.raises(harness.HarnessError, match="malformed marker"):
        harness.parse_markers(f"x = 1  {comment}\n")


def test_header_is_split_with_shlex() -> None:
    source = "# flake8-args: --async-blocking-calls='a.b -> c.d' --async-blocking-backend=trio\n"
    assert harness.header_args(source) == [
        "--async-blocking-calls=a.b -> c.d",
        "--async-blocking-backend=trio",
    ]
    settings = harness.settings_from_args(harness.header_args(source))
    assert settings.backend == "trio"
    assert dict(settings.extra_calls) == {"a.b": "c.d"}


def test_header_must_be_near_the_top() -> None:
    source = "\n" * harness.HEADER_LINES + "# flake8-args: --async-blocking-backend=trio\n"
    with pytest.raises(harness.HarnessError, match="first"):
        harness.header_args(source)


def test_header_rejects_unknown_options() -> None:
    with pytest.raises(harness.HarnessError, match="unknown options"):
        harness.settings_from_args(["--no-such-option"])


def test_comma_lists_split_like_flake8() -> None:
    settings = harness.settings_from_args(["--async-blocking-allow=a.b, c.*\td.e"])
    assert settings.allow == ("a.b", "c.*", "d.e")


def test_version_suffix() -> None:
    assert harness.required_version(Path("ABL402_pathlib_py312.py")) == (3, 12)
    assert harness.required_version(Path("ABL402_pathlib.py")) == (3, 0)
    assert harness.fixture_name_ok(Path("ABL402_pathlib_py312.py"))
    assert not harness.fixture_name_ok(Path("abl402-pathlib.py"))


def test_diff_shows_source_lines() -> None:
    comparison = harness.Comparison(
        name="f.py",
        source_lines=("import time", "time.sleep(1)  # error: ABL101", "open('x')"),
        expected=frozenset({(2, "ABL101")}),
        findings=(harness.Finding(3, 0, "ABL401", "builtins.open() blocks"),),
    )
    assert not comparison.ok
    rendered = comparison.render()
    assert "missing       2 ABL101  | time.sleep(1)" in rendered
    assert "unexpected    3 ABL401  | open('x')" in rendered
    assert "builtins.open() blocks" in rendered


def test_plugin_settings_are_restored() -> None:
    from flake8_async_blocking.plugin import Plugin

    before = Plugin.settings
    trio = harness.settings_from_args(["--async-blocking-backend=trio"])
    harness.run_plugin("async def f():\n    pass\n", trio)
    assert Plugin.settings is before
