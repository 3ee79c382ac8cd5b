"""The program layer: other modules and libraries, located and summarised (ABL602, ABL603).

``program_for`` gives the ``Program`` of a checked file: one per project and
settings in a process, so that a flake8 job parses each module it reaches once.
"""

from __future__ import annotations

import os
import sys
from typing import Optional

from flake8_async_blocking.program.cache import DiskCache, Stamps, digest
from flake8_async_blocking.program.locate import (
    NO_SYS_PATH_ENV,
    Locator,
    Lookups,
    package_root,
    project_roots,
)
from flake8_async_blocking.program.world import Program
from flake8_async_blocking.settings import Settings

__all__ = ["Program", "module_of", "program_for"]

# (project roots, id of the settings) -> (the settings, the program).
_PROGRAMS: dict[tuple[tuple[str, ...], int], tuple[Settings, Program]] = {}


class _Run:
    """What every file of one run (one ``Settings``) shares, worked out once.

    flake8 hands the plugin one file at a time; most of what a file's check
    needs before its analysis (its project's roots, the cache folder's name,
    the stamps and directory listings of the modules it reaches) is the same
    for every file of its directory or of the run.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.lookups = Lookups()
        self.stamps = Stamps()
        # directory -> (root above its top package, the package's parts)
        self._packages: dict[str, tuple[str, tuple[str, ...]]] = {}
        # (root, working directory) -> the project's roots (``project_roots``)
        self._roots: dict[tuple[str, str], tuple[str, ...]] = {}
        self._cache_keys: dict[str, str] = {}

    def place(self, filename: str) -> tuple[tuple[str, ...], str]:
        """Return the roots of a file's project and the package of its module.

        What ``project_root`` and ``project_roots`` answer, with each directory
        looked at once per run: the files of a run share their parents.
        """
        root, parts = package_root(os.path.dirname(os.path.abspath(filename)), self._packages)
        key = (root, os.getcwd())
        roots = self._roots.get(key)
        if roots is None:
            roots = self._roots[key] = tuple(project_roots(root))
        return roots, ".".join(parts)

    def cache_key(self) -> str:
        """Return the cache folder's name for these settings (``_cache_key``)."""
        path = repr(sys.path)
        key = self._cache_keys.get(path)
        if key is None:
            key = self._cache_keys[path] = _cache_key(self.settings)
        return key


_RUN: list[_Run] = []  # the run of the settings last used


def _run_of(settings: Settings) -> _Run:
    if _RUN and _RUN[0].settings is settings:
        return _RUN[0]
    run = _Run(settings)
    _RUN[:] = [run]
    return run


def program_for(filename: str, settings: Settings) -> tuple[Program, str]:
    """Return the program a file belongs to, and the package of the file's module."""
    run = _run_of(settings)
    if not filename or filename in ("-", "stdin"):
        # An editor's buffer: its imports resolve from the project.
        roots: tuple[str, ...] = (os.getcwd(),)
        package = ""
    else:
        roots, package = run.place(filename)
    return _program(roots, run), package


def module_of(filename: str, package: str) -> str:
    """Return the dotted name of a checked file's module ("" for an editor's buffer)."""
    if not filename or filename in ("-", "stdin"):
        return ""
    stem = os.path.splitext(os.path.basename(filename))[0]
    if stem == "__init__":
        return package
    if not stem.isidentifier():
        return ""
    return f"{package}.{stem}" if package else stem


def _program(roots: tuple[str, ...], run: _Run) -> Program:
    settings = run.settings
    key = (roots, id(settings))
    known = _PROGRAMS.get(key)
    if known is not None and known[0] is settings:
        return known[1]
    cache: Optional[DiskCache] = None
    if settings.cache_dir is not None:
        cache = DiskCache(os.path.abspath(settings.cache_dir), run.cache_key(), run.stamps)
    locator = Locator(roots, settings.python_path, run.lookups)
    found = Program(settings, locator, cache, run.stamps)
    _PROGRAMS[key] = (settings, found)
    return found


def _cache_key(settings: Settings) -> str:
    """Name the cache folder after everything that changes an answer."""
    from flake8_async_blocking import __version__

    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    newest = 0
    for folder, _, files in os.walk(package):
        for name in files:
            if name.endswith(".py"):
                try:
                    newest = max(newest, os.stat(os.path.join(folder, name)).st_mtime_ns)
                except OSError:
                    pass
    parts = [
        __version__,
        str(newest),
        sys.version,
        repr(sorted(settings.extra_calls.items())),
        repr(settings.allow),
        # A helper's walk takes the loop threshold (``Summaries``): an answer may follow it.
        repr(settings.loop_threshold),
        repr(settings.python_path),
        repr(sys.path),
        # The test suite's switch that leaves sys.path out of the search.
        repr(os.environ.get(NO_SYS_PATH_ENV)),
    ]
    return digest("\0".join(parts))
