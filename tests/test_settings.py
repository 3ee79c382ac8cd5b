"""Unit tests of option declaration, parsing and validation."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import harness
import pytest

from flake8_async_blocking import settings as s
from flake8_async_blocking.codes import DEFAULT_OFF

OPTIONS = (
    "--async-blocking-calls",
    "--async-blocking-allow",
    "--async-blocking-backend",
    "--async-blocking-loop-threshold",
    "--async-blocking-python-path",
    "--async-blocking-cache-dir",
)


def _bad_threshold(raw: str) -> str:
    return (
        f"async-blocking-loop-threshold: {raw!r} is not a positive whole number "
        "(ASCII digits, optionally grouped with '_' as in 100_000)"
    )


def _namespace(**values: Any) -> SimpleNamespace:
    defaults = vars(harness.parse_namespace([]))
    defaults.update(values)
    return SimpleNamespace(**defaults)


def test_defaults() -> None:
    parsed = s.parse(_namespace())
    assert parsed == s.Settings()
    assert parsed.backend == "auto"
    assert parsed.loop_threshold == s.DEFAULT_LOOP_THRESHOLD == 100_000
    assert dict(parsed.extra_calls) == {}
    assert parsed.allow == ()
    assert not parsed.is_allowed("time.sleep")


def test_settings_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.Settings().backend = "trio"  # type: ignore[misc]


def test_declared_options() -> None:
    manager = harness.option_parser()
    declared = {
        option
        for action in manager.parser._actions
        for option in action.option_strings
    }
    assert declared == set(OPTIONS)
    assert sorted(manager.config_options) == sorted(
        name[2:].replace("-", "_") for name in OPTIONS
    )
    assert tuple(manager.default_ignore) == DEFAULT_OFF


def test_help_ends_with_the_default() -> None:
    manager = harness.option_parser()
    for action in manager.parser._actions:
        assert action.help is not None
        assert re.search(r"\(default: %\(default\)[rs]\)\Z", action.help), action.help
    text = re.sub(r"\s+", " ", manager.parser.format_help())
    assert "(default: 100000)" in text


@pytest.mark.parametrize("backend", ["auto", "asyncio", "anyio", "trio", " Trio ", "ASYNCIO"])
def test_good_backends(backend: str) -> None:
    assert s.parse(_namespace(async_blocking_backend=backend)).backend == backend.strip().lower()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("", {}),
        ("mylib.fetch -> mylib.afetch", {"mylib.fetch": "mylib.afetch"}),
        ("mylib.fetch->await mylib.afetch()", {"mylib.fetch": "await mylib.afetch()"}),
        (
            "\n  a.b -> x.y,\n  c.d.e -> anyio.to_thread.run_sync(c.d.e)\n",
            {"a.b": "x.y", "c.d.e": "anyio.to_thread.run_sync(c.d.e)"},
        ),
        ("_private.call_1 -> something else", {"_private.call_1": "something else"}),
    ],
)
def test_good_calls(raw: str, expected: dict[str, str]) -> None:
    assert dict(s.parse(_namespace(async_blocking_calls=raw)).extra_calls) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ([], ()),
        (["mylib.safe_sleep"], ("mylib.safe_sleep",)),
        (["mylib.*", "os.path.exists"], ("mylib.*", "os.path.exists")),
        ("mylib.a, mylib.b", ("mylib.a", "mylib.b")),
        (["app.db.[ab]*"], ("app.db.[ab]*",)),
        # Every character the error message lists is accepted.
        (["app.v?.[!x]*", "app.[a-c]_1.*"], ("app.v?.[!x]*", "app.[a-c]_1.*")),
    ],
)
def test_good_allow(raw: Any, expected: tuple[str, ...]) -> None:
    assert s.parse(_namespace(async_blocking_allow=raw)).allow == expected


def test_allow_globs_match_qualified_names() -> None:
    parsed = s.parse(_namespace(async_blocking_allow=["mylib.*", "os.path.exists"]))
    assert parsed.is_allowed("mylib.safe_sleep")
    assert parsed.is_allowed("mylib.sub.call")
    assert parsed.is_allowed("os.path.exists")
    assert not parsed.is_allowed("os.path.exists_not")
    assert not parsed.is_allowed("time.sleep")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1", 1),
        ("100000", 100_000),
        ("1_000", 1000),
        ("1_000_000", 1_000_000),
        (" 250 ", 250),
        ("007", 7),
        (5000, 5000),
    ],
)
def test_good_thresholds(raw: Any, expected: int) -> None:
    assert s.parse(_namespace(async_blocking_loop_threshold=raw)).loop_threshold == expected


def test_parse_from_option_strings() -> None:
    parsed = harness.settings_from_args(
        [
            "--async-blocking-calls=mylib.fetch -> mylib.afetch",
            "--async-blocking-allow=mylib.*,other.safe",
            "--async-blocking-backend=anyio",
            "--async-blocking-loop-threshold=10",
        ]
    )
    assert parsed == s.Settings(
        extra_calls={"mylib.fetch": "mylib.afetch"},
        allow=("mylib.*", "other.safe"),
        backend="anyio",
        loop_threshold=10,
        allow_pattern=parsed.allow_pattern,
    )
    assert parsed.allow_pattern is not None


@pytest.mark.parametrize(
    ("values", "message"),
    [
        (
            {"async_blocking_backend": "foo"},
            "async-blocking-backend: 'foo' is not one of auto, asyncio, anyio, trio",
        ),
        (
            {"async_blocking_backend": "curio"},
            "async-blocking-backend: 'curio' is not one of auto, asyncio, anyio, trio",
        ),
        (
            {"async_blocking_calls": "nonsense"},
            "async-blocking-calls: 'nonsense' is not of the form 'qualified.name -> suggestion'",
        ),
        (
            {"async_blocking_calls": "a.b -> "},
            "async-blocking-calls: 'a.b ->' is not of the form 'qualified.name -> suggestion'",
        ),
        (
            {"async_blocking_calls": "good.one -> x, bad"},
            "async-blocking-calls: 'bad' is not of the form 'qualified.name -> suggestion'",
        ),
        (
            {"async_blocking_calls": "foo bar -> x"},
            "async-blocking-calls: 'foo bar' is not a dotted name",
        ),
        (
            {"async_blocking_calls": "1mod.call -> x"},
            "async-blocking-calls: '1mod.call' is not a dotted name",
        ),
        (
            {"async_blocking_calls": "mod..call -> x"},
            "async-blocking-calls: 'mod..call' is not a dotted name",
        ),
        (
            {"async_blocking_calls": " -> x"},
            "async-blocking-calls: '' is not a dotted name",
        ),
        (
            {"async_blocking_allow": ["os/path"]},
            "async-blocking-allow: 'os/path' is not a dotted name or glob "
            "(ASCII letters, digits, '_', '.', '*', '?', '[', ']', '!', '-')",
        ),
        (
            {"async_blocking_allow": ["ok.name", "a(b)"]},
            "async-blocking-allow: 'a(b)' is not a dotted name or glob "
            "(ASCII letters, digits, '_', '.', '*', '?', '[', ']', '!', '-')",
        ),
        (
            {"async_blocking_loop_threshold": "-3"},
            _bad_threshold("-3"),
        ),
        (
            {"async_blocking_loop_threshold": "0"},
            _bad_threshold("0"),
        ),
        (
            {"async_blocking_loop_threshold": "many"},
            _bad_threshold("many"),
        ),
        (
            {"async_blocking_loop_threshold": "\u0661\u0660\u0660"},  # Arabic-Indic 100
            _bad_threshold("\u0661\u0660\u0660"),
        ),
        (
            {"async_blocking_loop_threshold": "\uff15\uff10"},  # full-width 50
            _bad_threshold("\uff15\uff10"),
        ),
        (
            {"async_blocking_loop_threshold": "+5"},
            _bad_threshold("+5"),
        ),
        (
            {"async_blocking_loop_threshold": "1__000"},
            _bad_threshold("1__000"),
        ),
        (
            {"async_blocking_loop_threshold": "_100"},
            _bad_threshold("_100"),
        ),
        (
            {"async_blocking_allow": ["caf\u00e9.open"]},
            "async-blocking-allow: 'caf\u00e9.open' is not a dotted name or glob "
            "(ASCII letters, digits, '_', '.', '*', '?', '[', ']', '!', '-')",
        ),
        (
            {"async_blocking_loop_threshold": "1.5"},
            _bad_threshold("1.5"),
        ),
    ],
)
def test_bad_values(values: dict[str, Any], message: str) -> None:
    with pytest.raises(s.SettingsError) as raised:
        s.parse(_namespace(**values))
    assert str(raised.value) == message


def test_bad_value_from_option_strings() -> None:
    with pytest.raises(s.SettingsError, match="async-blocking-backend: 'foo'"):
        harness.settings_from_args(["--async-blocking-backend=foo"])


def test_settings_error_is_a_value_error() -> None:
    assert issubclass(s.SettingsError, ValueError)


def test_python_path_must_name_directories(tmp_path: Path) -> None:
    parsed = harness.settings_from_args([f"--async-blocking-python-path={tmp_path}"])
    assert parsed.python_path == (str(tmp_path),)
    missing = tmp_path / "missing"
    with pytest.raises(s.SettingsError) as error:
        harness.settings_from_args([f"--async-blocking-python-path={tmp_path},{missing}"])
    assert str(error.value).startswith(
        f"async-blocking-python-path: '{missing}' is not a directory"
    )


def test_cache_dir_none_file_and_default(tmp_path: Path) -> None:
    assert harness.settings_from_args([]).cache_dir == s.DEFAULT_CACHE_DIR
    assert harness.settings_from_args(["--async-blocking-cache-dir=None"]).cache_dir is None
    afile = tmp_path / "afile"
    afile.write_text("x", encoding="utf-8")
    with pytest.raises(s.SettingsError) as error:
        harness.settings_from_args([f"--async-blocking-cache-dir={afile}"])
    assert "async-blocking-cache-dir" in str(error.value) and "is a file" in str(error.value)
