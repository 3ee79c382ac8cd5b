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
    when the project is one of them, and so are the ``FOLLOWED_LIBRARIES``.
    Prefixes, not top-level names: in a namespace package (``google``) one
    distribution (``google.cloud.storage``) may be catalogued and its
    neighbours (``google.assistant``) not.  Made once per process: every
    program's locator shares it.
    """
    from flake8_async_blocking import catalogue

    prefixes: set[str] = set()
    for table in (catalogue.CALLS, catalogue.METHODS, catalogue.RETURNS, catalogue.VALUES,
                  catalogue.ALIASES, catalogue.OFFLOADERS, catalogue.WITH, catalogue.ITERATE):
        for name in table:
            parts = name.split(".")
            if parts[0] not in _STDLIB_NAMES and parts[0] not in catalogue.FOLLOWED_LIBRARIES:
                # A distribution is named by at most three parts (google.cloud.storage).
                prefixes.update(".".join(parts[:end]) for end in range(1, min(len(parts), 3) + 1))
    return frozenset(prefixes)


class Located(NamedTuple):
    """A module's source: its path, its dotted name and where it was found."""

    path: str
    module: str
    root: str  # the search directory it was found under
    project: bool  # True under the checked file's project, False in a library


@functools.lru_cache(maxsize=None)
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
    directory, base = os.path.split(os.path.abspath(filename))
    stem = base[:-3] if base.endswith(".py") else base
    root, parts = package_root(directory)
    return root, ".".join(parts if stem == "__init__" else (*parts, stem))


def package_root(
    directory: str, known: Optional[dict[str, tuple[str, tuple[str, ...]]]] = None
) -> tuple[str, tuple[str, ...]]:
    """Return the directory above ``directory``'s top package, and the package's parts.

    Up while ``__init__.py`` is there.  ``known`` remembers the answer for each
    directory looked at, so the files of one run look at their parents once.
    """
    if known is None:
        known = {}
    found = known.get(directory)
    if found is None:
        if os.path.isfile(os.path.join(directory, "__init__.py")):
            parent, name = os.path.split(directory)
            if name:
                root, parts = package_root(parent, known)
                found = (root, (*parts, name))
            else:
                found = (parent, (name,))  # the file system's root
        else:
            found = (directory, ())
        known[directory] = found
    return found


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


class Lookups:
    """What the file system said, asked once and shared by the locators of one run.

    A run over several projects (a monorepo, the benchmark's corpus) has one
    locator per project, and they look for the same libraries in the same
    directories: each directory is listed, and each candidate file stat()ed,
    once.  Like the locators' own memos, it assumes the files do not change
    during the run; a new run (new settings) gets new ``Lookups``.
    """

    def __init__(self) -> None:
        self._real: dict[str, str] = {}
        self._libraries: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._listings: dict[str, frozenset[str]] = {}
        self._sources: dict[tuple[str, tuple[str, ...]], Optional[str]] = {}
        self._packages: dict[tuple[str, str], tuple[bool, bool]] = {}

    def real(self, path: str) -> str:
        """Return ``os.path.realpath(path)``."""
        found = self._real.get(path)
        if found is None:
            found = self._real[path] = os.path.realpath(path)
        return found

    def libraries(self, search: tuple[str, ...]) -> tuple[str, ...]:
        """Return the directories of ``search`` that can hold libraries, real and in order."""
        found = self._libraries.get(search)
        if found is not None:
            return found
        stdlib = _stdlib_dirs()
        library: list[str] = []
        for entry in search:
            if not entry:
                continue
            real = self.real(entry)
            if real in stdlib or real in library:
                continue
            if not os.path.isdir(real) or os.path.isfile(os.path.join(real, "os.py")):
                continue  # a zip, a missing directory, or a standard library
            library.append(real)
        found = self._libraries[search] = tuple(library)
        return found

    def listing(self, root: str) -> frozenset[str]:
        """Return the names in directory ``root`` (empty if it cannot be listed)."""
        names = self._listings.get(root)
        if names is None:
            try:
                names = frozenset(os.listdir(root))
            except (OSError, ValueError):
                names = frozenset()
            self._listings[root] = names
        return names

    def source(self, root: str, parts: tuple[str, ...]) -> Optional[str]:
        """Return the source file of module ``parts`` under ``root``, or None."""
        key = (root, parts)
        if key in self._sources:
            return self._sources[key]
        found = self._sources[key] = _source_in(root, parts)
        return found

    def package(self, root: str, relative: str) -> tuple[bool, bool]:
        """Tell whether ``root/relative`` is a module or package, and whether it is a folder."""
        key = (root, relative)
        known = self._packages.get(key)
        if known is None:
            folder = os.path.join(root, relative)
            if os.path.isfile(os.path.join(folder, "__init__.py")) or os.path.isfile(
                folder + ".py"
            ):
                known = (True, False)
            else:
                known = (False, os.path.isdir(folder))
            self._packages[key] = known
        return known


class Locator:
    """Finds the source of dotted module names; every answer is remembered."""

    def __init__(
        self,
        project_roots: Sequence[str],
        extra: Sequence[str],
        lookups: Optional[Lookups] = None,
    ) -> None:
        self.lookups = lookups if lookups is not None else Lookups()
        self.project_roots = tuple(self.lookups.real(root) for root in project_roots)
        search = list(extra) + ([] if os.environ.get(NO_SYS_PATH_ENV) else list(sys.path))
        self.library_roots = tuple(
            root
            for root in self.lookups.libraries(tuple(search))
            if root not in self.project_roots
        )
        self._found: dict[str, Optional[Located]] = {}
        self._catalogued = _catalogued_prefixes()
        self._namespaces: dict[str, bool] = {}
        # top-level name -> (project roots, library roots) that have an entry
        # ``name`` or ``name.py``: most names are in one directory of many.
        self._holders: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}

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
        parts = package.split(".")
        relative = os.path.join(*parts)
        found = False
        for root in self._holders_of(parts[0])[1]:  # nothing is in the other roots
            module, folder = self.lookups.package(root, relative)
            if module:
                found = False
                break
            if folder:
                found = True
        self._namespaces[package] = found
        return found

    @staticmethod
    def _unfollowed(module: str) -> bool:
        root = module.partition(".")[0]
        return not root or root in _STDLIB_NAMES or root == "flake8_async_blocking"

    def _search(self, module: str) -> Optional[Located]:
        parts = tuple(module.split("."))
        projects, libraries = self._holders_of(parts[0])
        if libraries and self._catalogued_library(module):
            libraries = ()
        source = self.lookups.source
        for roots, project in ((projects, True), (libraries, False)):
            for root in roots:
                path = source(root, parts)
                if path is not None:
                    return Located(path, module, root, project)
        return None

    def _holders_of(self, top: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Return the project and library roots that have an entry ``top`` or ``top.py``.

        A set lookup in each directory's listing spares a stat() of every
        directory that cannot hold the module.
        """
        found = self._holders.get(top)
        if found is None:
            listing = self.lookups.listing
            module = top + ".py"

            def holding(roots: tuple[str, ...]) -> tuple[str, ...]:
                return tuple(r for r in roots if top in listing(r) or module in listing(r))

            found = self._holders[top] = (holding(self.project_roots), holding(self.library_roots))
        return found


def _source_in(root: str, parts: tuple[str, ...]) -> Optional[str]:
    base = os.path.join(root, *parts)
    for candidate in (base + ".py", os.path.join(base, "__init__.py")):
        try:
            stat = os.stat(candidate)
        except (OSError, ValueError):
            continue
        if stat.st_size <= MAX_SOURCE_BYTES and os.path.isfile(candidate):
            return candidate
    return None
