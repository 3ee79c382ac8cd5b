"""The flake8 surface: construction, options and ``run()``.  No analysis here."""

from __future__ import annotations

import ast
import re
from typing import Any, ClassVar, Iterator, Optional, Sequence

from flake8_async_blocking import failures
from flake8_async_blocking import settings as _settings
from flake8_async_blocking.codes import DEFAULT_OFF
from flake8_async_blocking.failures import internal_error, reraise
from flake8_async_blocking.findings import Finding
from flake8_async_blocking.suppress import peer_suppressed

# "async def", possibly split by a line continuation.  No leading \b: it
# makes the search several times slower, and a pre-filter may let a rare
# extra file through ("xasync def" is not Python anyway).
_ASYNC_DEF = re.compile(r"async[\s\\]+def\b")

# The test suite sets this so that internal errors fail loudly instead of
# becoming ABL000 findings (the last-resort guard of run()).
RAISE_ENV = failures.RAISE_ENV


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("flake8-async-blocking")
    except PackageNotFoundError:  # pragma: no cover - running from a checkout
        return "0+unknown"


class Plugin:
    """flake8 entry point ``ABL``: reports blocking calls in coroutine bodies."""

    name = "flake8-async-blocking"
    version = _version()
    settings: ClassVar[_settings.Settings] = _settings.Settings()

    def __init__(
        self, tree: ast.AST, filename: str = "", lines: Optional[Sequence[str]] = None
    ) -> None:
        self._tree = tree
        self._filename = filename
        self._lines = lines

    @staticmethod
    def add_options(option_manager: Any) -> None:
        """Declare the options and put the opt-in codes in the default ignore list."""
        _settings.add_options(option_manager)
        option_manager.extend_default_ignore(DEFAULT_OFF)

    @classmethod
    def parse_options(cls, options: Any) -> None:
        """Validate the options once per run; a bad value stops flake8 with its message."""
        try:
            cls.settings = _settings.parse(options)
        except _settings.SettingsError as error:
            raise SystemExit(f"flake8-async-blocking: {error}") from None

    def run(self) -> Iterator[tuple[int, int, str, type]]:
        """Yield flake8's (line, column, message, type) tuples for this file.

        Never raises: an internal error outside any coroutine (the statement
        pass, the set-up of the check) becomes one ABL000 finding for the file,
        and one inside a coroutine loses only that coroutine (``checker.py``).
        """
        token = failures.FILENAME.set(self._filename)
        try:
            findings = self._findings()
        except Exception as error:
            if reraise(error):
                raise
            findings = [internal_error(error, None, (1, 0), "module")]
        finally:
            failures.FILENAME.reset(token)
        for finding in findings:
            yield finding.line, finding.col, finding.text, type(self)

    def _findings(self) -> list[Finding]:
        text = "".join(self._lines) if self._lines is not None else None
        if text is not None and not _ASYNC_DEF.search(text):
            return []  # no coroutine in the file: nothing can block one
        # Imported here: a run over files without coroutines never loads the
        # analysis and its catalogue.
        from flake8_async_blocking.checker import check_module

        findings = check_module(self._tree, self.settings, self._filename, text)
        lines = self._lines if self.settings.peer_noqa else None
        if lines is None:
            return findings
        return [f for f in findings if not peer_suppressed(f.code, lines, f.line)]
