"""The program layer: other modules and libraries, located and summarised (ABL602, ABL603).

``program_for`` gives the ``Program`` of a checked file: one per project and
settings in a process, so that a flake8 job parses each module it reaches once.
"""

from __future__ import annotations

import os
import sys

from flake8_async_blocking.program.cache import DiskCache, digest
from flake8_async_blocking.program.locate import (
    Locator,
    package_of,
    project_root,
    project_roots,
)
from flake8_async_blocking.program.world import Program
from flake8_async_blocking.settings import Settings

__all__ = ["Program", "program_for"]

# (project roots, id of the settings) -> (the settings, the program).
_PROGRAMS: dict[tuple[tuple[str, ...], int], tuple[Settings, Program]] = {}


def program_for(filename: str, settings: Settings) -> tuple[Program, str]:
    """Return the program a file belongs to, and the package of the file's module."""
    if not filename or filename in ("-", "stdin"):
        roots = [os.getcwd()]  # an editor's buffer: its imports resolve from the project
        package = ""
    else:
        root, module = project_root(filename)
        roots = project_roots(root)
        package = package_of(module, filename)
    return _program(roots, settings), package


def _program(roots: list[str], settings: Settings) -> Program:
    key = (tuple(roots), id(settings))
    known = _PROGRAMS.get(key)
    if known is not None and known[0] is settings:
        return known[1]
    cache = None
    if settings.cache_dir is not None:
        cache = DiskCache(os.path.abspath(settings.cache_dir), _cache_key(settings))
    found = Program(settings, Locator(roots, settings.python_path), cache)
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
        repr(settings.python_path),
        repr(sys.path),
    ]
    return digest("\0".join(parts))
