"""Internal errors, turned into ABL000 findings instead of silence or a crash.

An exception inside the analysis is a bug of this plugin, never of the code
being checked.  It costs only what it touched: the findings of one coroutine
(or of the whole file, when it happens outside any coroutine), which become
one ABL000 finding and one log line (``flake8 -v``).  Nothing propagates to
flake8, whose run would stop for every file.

Two environment variables exist for the test suite only:

- ``FLAKE8_ASYNC_BLOCKING_RAISE`` re-raises every internal error, so that a
  bug fails the test that found it;
- ``FLAKE8_ASYNC_BLOCKING_FAIL_IN`` names a coroutine whose analysis fails on
  purpose, with ``ForcedError``, so that the ABL000 path has a fixture.  The
  forced error is not a bug: it becomes ABL000 even under the first variable.
"""

from __future__ import annotations

import ast
import logging
import os
from contextvars import ContextVar
from typing import Optional

from flake8_async_blocking.findings import Finding, render

LOG = logging.getLogger("flake8.async_blocking")

RAISE_ENV = "FLAKE8_ASYNC_BLOCKING_RAISE"
FAIL_ENV = "FLAKE8_ASYNC_BLOCKING_FAIL_IN"

# Room left for the error's own text, so that the message stays one short line.
_TEXT_LIMIT = 60

# The file being checked, for the log line: ``Plugin.run`` sets it around the
# check, so that the analysis itself never needs to know file names.
FILENAME: ContextVar[str] = ContextVar("flake8_async_blocking_filename", default="")


# Local variable names that hold the node being analysed, most specific first.
_NODE_LOCALS = ("call", "node", "expr", "stmt", "where")


class ForcedError(RuntimeError):
    """The failure ``FLAKE8_ASYNC_BLOCKING_FAIL_IN`` forces on one coroutine."""


def raise_if_forced(function: ast.AST) -> None:
    """Fail the analysis of ``function`` if the test hook names it."""
    name = os.environ.get(FAIL_ENV)
    if name and getattr(function, "name", None) == name:
        raise ForcedError(f"forced by {FAIL_ENV}")


def reraise(error: BaseException) -> bool:
    """Tell whether an internal error must propagate (the test suite's setting)."""
    return bool(os.environ.get(RAISE_ENV)) and not isinstance(error, ForcedError)


def describe(error: BaseException) -> str:
    """Return ``"ExceptionType: short text"`` on one line."""
    text = " ".join(str(error).split())
    if len(text) > _TEXT_LIMIT:
        text = text[: _TEXT_LIMIT - 3].rstrip() + "..."
    kind = type(error).__name__
    return f"{kind}: {text}" if text else kind


def _failing_node(error: BaseException) -> Optional[ast.AST]:
    """Return the node the innermost frame of this package was working on, if any.

    Read from the traceback's local variables (error path only): the node,
    call or statement being handled is what a bug report needs.
    """
    tb = error.__traceback__
    frames = []
    while tb is not None:
        frames.append(tb.tb_frame)
        tb = tb.tb_next
    for frame in reversed(frames):
        if not frame.f_globals.get("__name__", "").startswith(__package__ or "-"):
            continue
        values = frame.f_locals
        for name in _NODE_LOCALS:
            value = values.get(name)
            if isinstance(value, (ast.stmt, ast.expr)):
                return value
    return None


def internal_error(
    error: BaseException,
    where: Optional[ast.AST],
    at: tuple[int, int],
    scope: str,
) -> Finding:
    """Log an internal error and return its ABL000 finding.

    ``where`` is the node being analysed when the error happened (its line is
    quoted in the message); ``at`` is where the finding goes: the ``def`` of
    the coroutine that was lost, or the top of the module.
    """
    failing = _failing_node(error) or where
    line = getattr(failing, "lineno", None) or at[0]
    what = describe(error)
    LOG.warning(
        "flake8-async-blocking: internal error at line %s of %s (%s); "
        "no findings for this %s",
        line,
        FILENAME.get() or "this file",
        what,
        scope,
        exc_info=error,
    )
    text = render("ABL000", scope=scope, line=str(line), error=what)
    return Finding(at[0], at[1], "ABL000", text)
