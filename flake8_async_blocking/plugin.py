"""The flake8 surface: construction, options and ``run()``.  No analysis here."""

from __future__ import annotations

import ast
import logging
import os
import re
from typing import Any, ClassVar, Iterator, Optional, Sequence

from flake8_async_blocking import settings as _settings
from flake8_async_blocking.codes import DEFAULT_OFF
from flake8_async_blocking.suppress import peer_suppressed

LOG = logging.getLogger("flake8.async_blocking")

# "async def", possibly split by a line continuation.  No leading \b: it
# makes the search several times slower, and a pre-filter may let a rare
# extra file through ("xasync def" is not Python anyway).
_ASYNC_DEF = re.compile(r"async[\s\\]+def\b")

# The test suite sets this so that internal errors fail loudly instead of
# being logged and swallowed (the last-resort guard of run()).
RAISE_ENV = "FLAKE8_ASYNC_BLOCKING_RAISE"


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
        """Yield flake8's (line, column, message, type) tuples for this file."""
        if self._lines is not None and not _ASYNC_DEF.search("".join(self._lines)):
            return  # no coroutine in the file: nothing can block one
        # Imported here: a run over files without coroutines never loads the
        # analysis and its catalogue.
        from flake8_async_blocking.checker import check_module

        try:
            findings = check_module(self._tree, self.settings, self._filename)
        except Exception as error:
            if os.environ.get(RAISE_ENV):
                raise
            # AnalysisError says "internal error near line N, column M".
            LOG.warning(
                "flake8-async-blocking: %s of %s; no findings for this file",
                error,
                self._filename,
                exc_info=True,
            )
            return
        lines = self._lines if self.settings.peer_noqa else None
        for finding in findings:
            if lines is not None and peer_suppressed(finding.code, lines, finding.line):
                continue
            yield finding.line, finding.col, finding.text, type(self)
