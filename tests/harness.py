"""The fixture harness: markers, per-file settings, in-process runs and diffs.

A fixture line that must be flagged ends with ``# error: ABL201`` (or
``# error: ABL201, ABL404``); every other line must stay clean.  An optional
``# flake8-args: --async-blocking-backend=trio`` comment in the first five lines
holds per-file options, split with ``shlex`` and parsed by the plugin's own
option declarations.  Nothing here evaluates fixture text.
"""

from __future__ import annotations

import argparse
import ast
import io
import re
import shlex
import sys
import tokenize
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, NamedTuple, Optional, Sequence

import pytest

from flake8_async_blocking import checker
from flake8_async_blocking import settings as _settings
from flake8_async_blocking.plugin import Plugin
from flake8_async_blocking.program import memory, world

TESTS_DIR = Path(__file__).resolve().parent
FIXTURES_DIR = TESTS_DIR / "fixtures"
REPO_ROOT = TESTS_DIR.parent

HEADER_LINES = 5
CODE = re.compile(r"ABL\d{3}\Z")
_CODE_LIST = r"ABL\d{3}(?:\s*,\s*ABL\d{3})*"
_MARKER = re.compile(rf"#\s*error:\s*(?P<codes>{_CODE_LIST})\s*\Z")
_MARKER_START = re.compile(r"#\s*error\b")
_HEADER = re.compile(r"#\s*flake8-args:(?P<args>.*)\Z")
_VERSION_SUFFIX = re.compile(r"_py(?P<major>\d)(?P<minor>\d+)\Z")
_FIXTURE_NAME = re.compile(r"ABL\d{3}_[a-z0-9]+(?:_[a-z0-9]+)*\Z")
# flake8 splits comma-separated option values on commas and white space.
_COMMA_LIST = re.compile(r"[,\s]")


class HarnessError(ValueError):
    """A malformed fixture: a bad marker or ``flake8-args`` header."""


class Finding(NamedTuple):
    """One reported finding, as ``Plugin.run()`` yields it."""

    line: int
    col: int
    code: str
    message: str

    @property
    def text(self) -> str:
        """Return the full flake8 text, ``"ABL201 requests.get() blocks ..."``."""
        return f"{self.code} {self.message}"

    @property
    def key(self) -> tuple[int, str]:
        """Return the ``(line, code)`` pair that markers are compared with."""
        return self.line, self.code

    @classmethod
    def from_row(cls, row: tuple[Any, ...]) -> Finding:
        """Check one ``(line, col, text, type)`` row of ``run()`` and wrap it."""
        assert len(row) == 4, f"run() yielded {row!r}, not (line, col, text, type)"
        line, col, text, kind = row
        assert kind is Plugin, f"run() yielded type {kind!r}, not Plugin"
        assert isinstance(line, int) and line >= 1, f"bad line in {row!r}"
        assert isinstance(col, int) and col >= 0, f"bad column in {row!r}"
        assert isinstance(text, str), f"bad text in {row!r}"
        code, _, message = text.partition(" ")
        assert CODE.match(code) and message, f"text is not 'ABLnnn message': {text!r}"
        assert "\n" not in text, f"message is not one line: {text!r}"
        return cls(line, col, code, message)


# --- options ------------------------------------------------------------------


def _comma_separated_list(value: str) -> list[str]:
    return [item.strip() for item in _COMMA_LIST.split(value) if item.strip()]


class ArgparseOptionManager:
    """The subset of flake8's OptionManager that the plugin uses, over argparse."""

    def __init__(self) -> None:
        self.parser = argparse.ArgumentParser(prog="flake8-args", add_help=False)
        self.default_ignore: list[str] = []
        self.config_options: list[str] = []

    def add_option(
        self,
        *names: str,
        parse_from_config: bool = False,
        comma_separated_list: bool = False,
        normalize_paths: bool = False,
        **kwargs: Any,
    ) -> None:
        """Declare one option the way flake8 does (its extra keywords included)."""
        assert not normalize_paths, "no option of this plugin takes paths"
        if comma_separated_list:
            kwargs["type"] = _comma_separated_list
        action = self.parser.add_argument(*names, **kwargs)
        if parse_from_config:
            self.config_options.append(action.dest)

    def extend_default_ignore(self, codes: Sequence[str]) -> None:
        """Record the codes the plugin leaves off by default."""
        self.default_ignore.extend(codes)


def option_parser() -> ArgparseOptionManager:
    """Return an option manager on which the plugin declared its options."""
    manager = ArgparseOptionManager()
    Plugin.add_options(manager)
    return manager


def parse_namespace(args: Sequence[str]) -> argparse.Namespace:
    """Parse option strings as flake8 would, before the plugin validates them."""
    namespace, extra = option_parser().parser.parse_known_args(list(args))
    if extra:
        raise HarnessError(f"unknown options {extra!r}")
    return namespace


def settings_from_args(args: Sequence[str]) -> _settings.Settings:
    """Build the plugin's settings from option strings such as a header holds."""
    return _settings.parse(parse_namespace(args))


# --- fixtures -----------------------------------------------------------------


def fixture_paths() -> list[Path]:
    """Return every fixture file, sorted by name."""
    return sorted(FIXTURES_DIR.glob("*.py"))


def required_version(path: Path) -> tuple[int, int]:
    """Return the oldest Python a fixture needs, from its ``_pyXY`` suffix."""
    match = _VERSION_SUFFIX.search(path.stem)
    if match is None:
        return (3, 0)
    return int(match["major"]), int(match["minor"])


def runs_here(path: Path) -> bool:
    """Tell whether this interpreter can parse the fixture."""
    return sys.version_info[:2] >= required_version(path)


def fixture_name_ok(path: Path) -> bool:
    """Tell whether a fixture is named ``ABLnnn_<slug>[_pyXY].py``."""
    return _FIXTURE_NAME.match(_VERSION_SUFFIX.sub("", path.stem)) is not None


def _comments(source: str) -> Iterator[tuple[int, str]]:
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    for token in tokens:
        if token.type == tokenize.COMMENT:
            yield token.start[0], token.string


def parse_markers(source: str) -> set[tuple[int, str]]:
    """Return the ``(line, code)`` pairs of the ``# error:`` comments of a source."""
    expected: set[tuple[int, str]] = set()
    for line, comment in _comments(source):
        start = _MARKER_START.search(comment)
        if start is None:
            continue
        match = _MARKER.match(comment, start.start())
        if match is None:
            raise HarnessError(
                f"line {line}: malformed marker {comment[start.start():]!r}; "
                "write '# error: ABL201' or '# error: ABL201, ABL404' at the end of the line"
            )
        codes = [code.strip() for code in match["codes"].split(",")]
        if len(set(codes)) != len(codes):
            raise HarnessError(f"line {line}: a code is repeated in {comment!r}")
        expected.update((line, code) for code in codes)
    return expected


def header_args(source: str) -> list[str]:
    """Return the options of the ``# flake8-args:`` header, or an empty list."""
    found: list[str] = []
    for number, line in enumerate(source.splitlines()[:HEADER_LINES], start=1):
        match = _HEADER.match(line.strip())
        if match is None:
            continue
        if found:
            raise HarnessError(f"line {number}: a second '# flake8-args:' header")
        found = shlex.split(match["args"])
        if not found:
            raise HarnessError(f"line {number}: an empty '# flake8-args:' header")
    for number, line in enumerate(source.splitlines()[HEADER_LINES:], start=HEADER_LINES + 1):
        if _HEADER.match(line.strip()):
            raise HarnessError(
                f"line {number}: '# flake8-args:' must be in the first {HEADER_LINES} lines"
            )
    return found


# --- running ------------------------------------------------------------------


def use_pool(monkeypatch: pytest.MonkeyPatch, budget: int = memory.UNIT_BUDGET) -> None:
    """Give the program layer a new pool of parsed modules for one test.

    Every module that holds the process's pool (``program/memory.py``) gets
    the new one: a check releases dropped modules at its end, a program when
    a question is answered.
    """
    pool = memory.UnitPool(budget)
    for module in (memory, world, checker):
        monkeypatch.setattr(module, "POOL", pool)


def run_plugin(
    source: str,
    settings: Optional[_settings.Settings] = None,
    filename: str = "fixture.py",
    tree: Optional[ast.AST] = None,
) -> list[Finding]:
    """Run the plugin in process, with ``settings`` in place for the run only."""
    if tree is None:
        tree = ast.parse(source, filename)
    previous = Plugin.settings
    Plugin.settings = settings if settings is not None else settings_from_args([])
    try:
        rows = list(Plugin(tree, filename, source.splitlines(keepends=True)).run())
    finally:
        Plugin.settings = previous
    return sorted(Finding.from_row(row) for row in rows)


@dataclass(frozen=True)
class Comparison:
    """The markers of one source against what the plugin reported."""

    name: str
    source_lines: tuple[str, ...]
    expected: frozenset[tuple[int, str]]
    findings: tuple[Finding, ...]
    args: tuple[str, ...] = ()
    actual: frozenset[tuple[int, str]] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "actual", frozenset(f.key for f in self.findings))

    @property
    def missing(self) -> list[tuple[int, str]]:
        """Return the markers the plugin did not report."""
        return sorted(self.expected - self.actual)

    @property
    def unexpected(self) -> list[tuple[int, str]]:
        """Return the findings on lines with no marker for their code."""
        return sorted(self.actual - self.expected)

    @property
    def duplicates(self) -> list[Finding]:
        """Return findings reported more than once at the same place."""
        seen: set[tuple[int, int, str]] = set()
        repeated = []
        for finding in self.findings:
            place = (finding.line, finding.col, finding.code)
            if place in seen:
                repeated.append(finding)
            seen.add(place)
        return repeated

    @property
    def ok(self) -> bool:
        """Tell whether the plugin reported exactly the markers, once each."""
        return not (self.missing or self.unexpected or self.duplicates)

    def source_line(self, line: int) -> str:
        """Return one line of the source, stripped, for the diff."""
        if 1 <= line <= len(self.source_lines):
            return self.source_lines[line - 1].strip()
        return "<no such line>"

    def render(self) -> str:
        """Describe the differences, with the source line of each."""
        if self.ok:
            return f"{self.name}: ok ({len(self.expected)} markers)"
        head = f"{self.name}: {len(self.missing)} missing, {len(self.unexpected)} unexpected"
        if self.duplicates:
            head += f", {len(self.duplicates)} duplicated"
        if self.args:
            head += f" (flake8-args: {shlex.join(self.args)})"
        out = [head]
        for line, code in self.missing:
            out.append(f"  missing    {line:>4} {code}  | {self.source_line(line)}")
        texts = {f.key: f for f in self.findings}
        for line, code in self.unexpected:
            finding = texts[(line, code)]
            out.append(f"  unexpected {line:>4} {code}  | {self.source_line(line)}")
            out.append(f"{'':>20}-> col {finding.col}: {finding.message}")
        for finding in self.duplicates:
            out.append(
                f"  duplicated {finding.line:>4} {finding.code}  col {finding.col}"
                f" | {self.source_line(finding.line)}"
            )
        return "\n".join(out)


def compare_source(source: str, name: str = "fixture.py") -> Comparison:
    """Run the plugin on a source with its header settings and compare with its markers."""
    args = header_args(source)
    try:
        settings = settings_from_args(args)
    except _settings.SettingsError as error:
        raise HarnessError(f"{name}: bad '# flake8-args:' header: {error}") from None
    findings = run_plugin(source, settings, filename=name)
    return Comparison(
        name=name,
        source_lines=tuple(source.splitlines()),
        expected=frozenset(parse_markers(source)),
        findings=tuple(findings),
        args=tuple(args),
    )


def read_source(path: Path) -> str:
    """Read a fixture as Python would (encoding cookie, universal newlines)."""
    with tokenize.open(path) as handle:
        return handle.read()


def check_fixture(path: Path) -> Comparison:
    """Compare one fixture file's markers with an in-process run."""
    try:
        name = str(path.resolve().relative_to(REPO_ROOT))
    except ValueError:
        name = str(path)
    return compare_source(read_source(path), name)


def marker_codes(paths: Iterable[Path]) -> set[str]:
    """Return every code that has at least one marker in the given fixtures."""
    return {code for path in paths for _, code in parse_markers(read_source(path))}
