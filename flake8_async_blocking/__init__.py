"""flake8-async-blocking: find work that blocks the event loop inside ``async def``.

The flake8 entry point ``ABL`` is :class:`Plugin`.  The codes are listed by
``python -m flake8_async_blocking list``.  Nothing else lives here.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from flake8_async_blocking.plugin import Plugin

try:
    __version__: str = version("flake8-async-blocking")
except PackageNotFoundError:  # pragma: no cover - running from a checkout
    __version__ = "0+unknown"

__all__ = ["Plugin", "__version__"]
