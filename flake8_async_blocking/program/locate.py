"""Locate a module's source file the way the import system would, without importing.

The search path is: the roots of the checked file's project (the directory
above its top package, found by walking up while there is an ``__init__.py``;
a ``src/`` layout needs nothing more), the directories of the interpreter's
``sys.path`` that are not the standard library, and the directories the user
names with ``--async-blocking-python-path``.  A module is ``a/b/c.py`` or
``a/b/c/__init__.py`` under one of them; a package directory without an
``__init__.py`` is a namespace package.  The standard library is never
located: the catalogue is its summary.  Only source is located: a package
that ships a binary extension alone has no source and is not followed.
"""

from __future__ import annotations

import functools
import os
import sys
import sysconfig
from typing import NamedTuple, Optional, Sequence

# Larger files are generated tables, not code worth following.
MAX_SOURCE_BYTES = 1_500_000

_STDLIB_NAMES: frozenset[str] = frozenset(getattr(sys, "stdlib_module_names", ()))


@functools.lru_cache(maxsize=None)
def _catalogued_prefixes() -> frozenset[str]:
    """Return every dotted prefix of the names the catalogue describes (requests, ...).

    Their blocking APIs are rows of the catalogue, reported under their own
    codes; following their internals as installed libraries would only repeat
    those findings less precisely.  A project's own modules are followed even
    when the project is one of them.  Prefixes, not top-level names: in a
    namespace package (``google``) one distribution (``google.cloud.storage``)
    may be catalogued and its neighbours (``google.assistant``) not.  Made
    once per process: every program's locator shares it.
    """
    from flake8_async_blocking import catalogue

    prefixes: set[str] = set()
    for table in (catalogue.CALLS, catalogue.METHODS, catalogue.RETURNS, catalogue.VALUES,
                  catalogue.ALIASES, catalogue.OFFLOADERS, catalogue.WITH, catalogue.ITERATE):
        for name in table:
            parts = name.split(".")
            if parts[0] not in _STDLIB_NAMES:
                # A distribution is named by at most three parts (google.cloud.storage).
                prefixes.update(".".join(parts[:end]) for end in range(1, min(len(parts), 3) + 1))
    return frozenset(prefixes)


class Located(NamedTuple):
    """A module's source: its path, its dotted name and where it was found."""

    path: str
    module: str
    root: str  # the search directory it was found under
    project: bool  # True under the checked file's project, False in a library


def _stdlib_dirs() -> frozenset[str]:
    paths = sysconfig.get_paths()
    found = set()
    for key in ("stdlib", "platstdlib"):
        value = paths.get(key)
        if value:
            found.add(os.path.realpath(value))
    return frozenset(found)


def project_root(filename: str) -> tuple[str, str]:
    """Return (root directory, dotted module name) of a file of a project."""
    path = os.path.abspath(filename)
    directory, base = os.path.split(path)
    stem = base[:-3] if base.endswith(".py") else base
    parts = [] if stem == "__init__" else [stem]
    while os.path.isfile(os.path.join(directory, "__init__.py")):
        directory, package = os.path.split(directory)
        parts.insert(0, package)
        if not package:
            break
    return directory, ".".join(parts)


def package_of(module: str, path: str) -> str:
    """Return the package the relative imports of a module start from."""
    return module if os.path.basename(path) == "__init__.py" else module.rpartition(".")[0]


_PROJECT_MARKERS = ("pyproject.toml", "setup.py", "setup.cfg", ".git")


def project_roots(root: str) -> list[str]:
    """Return the directories a project's absolute imports are resolved from.

    ``root`` is the directory above the checked file's top package (from
    ``project_root``), and comes first; then its parents
    up to the first that holds a project marker (``pyproject.toml``, ``.git``...),
    for applications whose top directory has no ``__init__.py`` (``app/``) and
    namespace packages; then the working directory flake8 runs from.
    """
    roots = [root]
    current = root
    for _ in range(3):
        if any(os.path.exists(os.path.join(current, marker)) for marker in _PROJECT_MARKERS):
            break
        parent = os.path.dirname(current)
        if parent == current:
            break
        roots.append(parent)
        current = parent
    else:
        roots = roots[:1]  # no marker in reach: do not guess at unrelated parents
    cwd = os.getcwd()
    if cwd not in roots:
        roots.append(cwd)
    return roots


# The test suite sets this: libraries are then looked for only in the
# directories named with --async-blocking-python-path, so that what is
# installed where the tests run cannot change a fixture's findings.
NO_SYS_PATH_ENV = "FLAKE8_ASYNC_BLOCKING_NO_SYS_PATH"


class Locator:
    """Finds the source of dotted module names; every answer is remembered."""

    def __init__(self, project_roots: Sequence[str], extra: Sequence[str]) -> None:
        stdlib = _stdlib_dirs()
        self.project_roots = tuple(os.path.realpath(root) for root in project_roots)
        library: list[str] = []
        search = list(extra) + ([] if os.environ.get(NO_SYS_PATH_ENV) else list(sys.path))
        for entry in search:
            if not entry:
                continue
            real = os.path.realpath(entry)
            if real in stdlib or real in library or real in self.project_roots:
                continue
            if not os.path.isdir(real) or os.path.isfile(os.path.join(real, "os.py")):
                continue  # a zip, a missing directory, or a standard library
            library.append(real)
        self.library_roots = tuple(library)
        self._found: dict[str, Optional[Located]] = {}
        self._catalogued = _catalogued_prefixes()
        self._namespaces: dict[str, bool] = {}
        # The names in each search directory, listed once: most lookups are of
        # a top-level package that is in one directory of many, and a set
        # lookup spares a stat() of every other directory.
        self._listings: dict[str, frozenset[str]] = {}

    def find(self, module: str) -> Optional[Located]:
        """Return where the source of ``module`` is, or None."""
        if module in self._found:
            return self._found[module]
        found = None if self._unfollowed(module) else self._search(module)
        self._found[module] = found
        return found

    def summarised(self, module: str) -> bool:
        """Tell whether the catalogue is the summary of a module (stdlib, catalogued libraries)."""
        root = module.partition(".")[0]
        return root in _STDLIB_NAMES or self._catalogued_library(module)

    def _catalogued_library(self, module: str) -> bool:
        """Tell whether ``module`` belongs to a distribution the catalogue describes.

        The distribution is named by the module's first package that is not a
        namespace package: ``requests`` for ``requests.adapters``, and
        ``google.genai`` for ``google.genai.client``, since ``google`` has no
        ``__init__.py``.
        """
        parts = module.split(".")
        prefix = parts[0]
        for part in parts[1:]:
            if not self._is_namespace(prefix):
                break
            prefix += "." + part
        return prefix in self._catalogued

    def _is_namespace(self, package: str) -> bool:
        """Tell whether a library package is a namespace package (a folder, no ``__init__.py``)."""
        known = self._namespaces.get(package)
        if known is not None:
            return known
        relative = os.path.join(*package.split("."))
        found = False
        for root in self.library_roots:
            folder = os.path.join(root, relative)
            if os.path.isfile(os.path.join(folder, "__init__.py")) or os.path.isfile(
                folder + ".py"
            ):
                found = False
                break
            if os.path.isdir(folder):
                found = True
        self._namespaces[package] = found
        return found

    @staticmethod
    def _unfollowed(module: str) -> bool:
        root = module.partition(".")[0]
        return not root or root in _STDLIB_NAMES or root == "flake8_async_blocking"

    def _search(self, module: str) -> Optional[Located]:
        parts = module.split(".")
        libraries = () if self._catalogued_library(module) else self.library_roots
        for roots, project in ((self.project_roots, True), (libraries, False)):
            for root in roots:
                if not self._may_hold(root, parts[0]):
                    continue
                path = _source_in(root, parts)
                if path is not None:
                    return Located(path, module, root, project)
        return None

    def _may_hold(self, root: str, top: str) -> bool:
        """Tell whether ``root`` has an entry named ``top`` or ``top.py``."""
        names = self._listings.get(root)
        if names is None:
            try:
                names = frozenset(os.listdir(root))
            except (OSError, ValueError):
                names = frozenset()
            self._listings[root] = names
        return top in names or top + ".py" in names


def _source_in(root: str, parts: list[str]) -> Optional[str]:
    base = os.path.join(root, *parts)
    for candidate in (base + ".py", os.path.join(base, "__init__.py")):
        try:
            stat = os.stat(candidate)
        except (OSError, ValueError):
            continue
        if stat.st_size <= MAX_SOURCE_BYTES and os.path.isfile(candidate):
            return candidate
    return None
