"""The on-disk cache of module interfaces: answers kept between runs.

One JSON file per source module, named after a hash of its path, in a folder
named after the plugin version and the options that change answers.  A file
holds the module's size and modification time when it was read, a table of
the (path, size, time) of the modules its answers depended on, and its
answers (``"blocks:mod:helper"`` -> value, with the places of their
dependencies in the table: an answer may depend on dozens of modules, and
they repeat).  An answer is used only while all of those are unchanged.
Writes go to a temporary file renamed over the old one, so concurrent flake8
jobs and editors never read half a file; the last writer wins and a lost
answer is computed again.  Any trouble (a folder that cannot be written, a
corrupt file) is logged and the cache is ignored: never an error, never a
wrong finding.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import re
import sys
import tempfile
import time
import zlib
from contextlib import contextmanager
from typing import Any, Callable, Iterable, Iterator, Optional

LOG = logging.getLogger("flake8.async_blocking")

Stamp = tuple[str, int, int]  # (path, size, mtime in ns)

# Where a module was found is a dependency too: a new file may hide it, or
# one that was missing may appear.  Its stamp is ("=" + the module's name +
# "\0" + the path it was found at, 0, 0), with an empty path when it was not
# found; ``DiskCache.current`` asks the program's locator again.
_LOCATED = "="

# Answers whose files were modified this recently are not written: a file
# edited again within the same tick of a coarse clock would keep its stamp.
_SETTLED_NS = 2_000_000_000


@functools.lru_cache(maxsize=8192)
def located(module: str, path: Optional[str]) -> Stamp:
    """Return the stamp of "``module`` is found at ``path``" (None: not found).

    The same stamp object each time: every answer that located the module
    holds one, and a run keeps thousands of answers.
    """
    return (f"{_LOCATED}{module}\0{path or ''}", 0, 0)


def settled(deps: Iterable[Stamp]) -> bool:
    """Tell whether no file among ``deps`` was modified in the last two seconds."""
    recent = time.time_ns() - _SETTLED_NS
    return all(dep[2] < recent for dep in deps)


# Cache files no run wrote for this long are removed (and the folders of
# other plugin versions and options, once empty); looked for once a day.
_KEEP_S = 30 * 86400
_PRUNE_EVERY_S = 86400
# What the cache writes: answer files, findings files, a folder per key, and
# the temporary files of writes (a process killed mid-write leaves one).
_CACHE_FILE = re.compile(r"[0-9a-f]{16}(?:\.findings)?\.json\Z")
_TEMPORARY = re.compile(r"tmp[a-z0-9_]+\.tmp\Z")
_KEY_FOLDER = re.compile(r"[0-9a-f]{16}\Z")

_GITIGNORE = "# Created by flake8-async-blocking: the cache of module interfaces.\n*\n"


def stamp(path: str) -> Optional[Stamp]:
    """Return (path, size, mtime_ns) of a file, or None if it cannot be read."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return (path, info.st_size, info.st_mtime_ns)


class Stamps:
    """Files' stamps, each taken once.

    A flake8 run is short, and the answers of one run must agree about the
    files they read: the cache's checks and the program's records of what an
    answer depended on share one ``Stamps``.
    """

    def __init__(self) -> None:
        self._taken: dict[str, Optional[Stamp]] = {}

    def __call__(self, path: str) -> Optional[Stamp]:
        if path not in self._taken:
            self._taken[path] = stamp(path)
        return self._taken[path]


def _entry_deps(data: dict[str, Any], entry: Any) -> Optional[list[list[Any]]]:
    """Return the stamps an answer of a cache file depended on; None if it is malformed."""
    if not isinstance(entry, list) or len(entry) != 2 or not isinstance(entry[1], list):
        return None
    table = data["deps"]
    deps = []
    for index in entry[1]:
        if not isinstance(index, int) or not 0 <= index < len(table):
            return None
        dep = table[index]
        if not isinstance(dep, list) or len(dep) != 3:
            return None
        deps.append(dep)
    return deps


def _indices(data: dict[str, Any], deps: Any) -> list[int]:
    """Return the places of ``deps`` in a file's table of stamps, adding new ones."""
    table: list[list[Any]] = data["deps"]
    where: Optional[dict[tuple[Any, ...], int]] = data.get("where")
    if where is None:
        where = data["where"] = {tuple(dep): i for i, dep in enumerate(table)}
    found = []
    for dep in deps:
        key = tuple(dep)
        index = where.get(key)
        if index is None:
            index = where[key] = len(table)
            table.append(list(dep))
        found.append(index)
    return found


def read_json(target: str, about: str) -> Any:
    """Return the content of a cache file, or None if it is missing or not JSON (logged)."""
    try:
        with open(target, encoding="utf-8") as handle:
            return json.load(handle)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, RecursionError, MemoryError) as error:
        LOG.info("flake8-async-blocking: ignoring the cache entry of %s: %s", about, error)
        return None


def digest(text: str) -> str:
    """Return a stable 16-digit hex digest of ``text``, for a file name.

    zlib's two checksums, not ``hashlib``: importing that loads OpenSSL, some
    4 MB of memory in every flake8 process, for names no attacker chooses.
    A cache file also records the path it is about, so a clash is a miss.
    """
    data = text.encode("utf-8", "surrogatepass")
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"


class DiskCache:
    """Answers about modules, kept on disk and checked against the files' stamps."""

    def __init__(self, directory: str, key: str, stamps: Optional[Stamps] = None) -> None:
        self.root = directory
        self.folder = os.path.join(directory, key)
        self.enabled = True
        self._files: dict[str, dict[str, Any]] = {}
        self._dirty: set[str] = set()
        self._prepared = False
        self.stamps = stamps if stamps is not None else Stamps()
        # Where a module is found now, or "" (the program's locator sets it).
        self.locate: Callable[[str], str] = lambda module: "\0"

    def current(self, dep: list[Any]) -> Optional[Stamp]:
        """Return a dependency's stamp if it is unchanged, else None."""
        key = dep[0]
        if not isinstance(key, str):
            return None
        if key.startswith(_LOCATED):
            module, _, path = key[1:].partition("\0")
            unchanged = dep[1:] == [0, 0] and self.locate(module) == path
            return (key, 0, 0) if unchanged else None
        found = self.stamps(key)
        return found if found is not None and list(found) == dep else None

    # --- reading -------------------------------------------------------------------

    def get(self, path: str, query: str) -> tuple[bool, Any, list[Stamp]]:
        """Return (found, value, dependencies) of a still-valid answer."""
        if not self.enabled:
            return False, None, []
        data = self._load(path)
        entry = data["answers"].get(query)
        deps = _entry_deps(data, entry)
        if deps is None:
            return False, None, []
        checked: list[Stamp] = []
        for dep in deps:
            current = self.current(dep)
            if current is None:
                return False, None, []
            checked.append(current)
        return True, entry[0], checked

    def _load(self, path: str) -> dict[str, Any]:
        data = self._files.get(path)
        if data is not None:
            return data
        data = {}
        current = self.stamps(path)
        if current is not None:
            loaded = self._read(self._file_of(path), path)
            if isinstance(loaded, dict) and loaded.get("stamp") == list(current):
                data = loaded
        if not data:
            data = {"stamp": list(current) if current else None, "deps": [], "answers": {}}
        self._files[path] = data
        return data

    @staticmethod
    def _read(target: str, path: str) -> Optional[dict[str, Any]]:
        """Return a cache file's content if it has the expected shape, else None."""
        loaded = read_json(target, path)
        if not isinstance(loaded, dict) or not isinstance(loaded.get("answers"), dict):
            return None
        deps = loaded.get("deps")
        if not isinstance(deps, list):
            return None
        for dep in deps:
            # The same paths recur in many files' tables: keep one copy of each.
            if isinstance(dep, list) and dep and isinstance(dep[0], str):
                dep[0] = sys.intern(dep[0])
        return loaded

    def _file_of(self, path: str) -> str:
        return os.path.join(self.folder, digest(path) + ".json")

    # --- writing -------------------------------------------------------------------

    def put(self, path: str, query: str, value: Any, deps: list[Stamp]) -> None:
        """Remember an answer about ``path`` that depended on ``deps``."""
        if not self.enabled:
            return
        data = self._load(path)
        if data.get("stamp") is None or not settled(deps):
            return
        data["answers"][query] = [value, _indices(data, deps)]
        self._dirty.add(path)

    def flush(self) -> None:
        """Write the files that gained answers; on any failure, stop caching."""
        if not self.enabled or not self._dirty:
            return
        try:
            self.prepare()
            with _exclusive(os.path.join(self.root, ".lock")):
                for path in sorted(self._dirty):
                    self._write(path, self._files[path])
        except OSError as error:
            self._not_written(error)
        self._dirty.clear()

    def write(self, name: str, text: str) -> None:
        """Write one more file of the cache folder (``replay.py``); on failure, stop caching."""
        try:
            self.prepare()
            self._atomic_write(os.path.join(self.folder, name), text)
        except OSError as error:
            self._not_written(error)

    def _not_written(self, error: OSError) -> None:
        LOG.info("flake8-async-blocking: cache folder %s not written: %s", self.root, error)
        self.enabled = False

    def prune(self, now: Optional[float] = None) -> int:
        """Remove the files of the cache that no run wrote for 30 days; return how many.

        Editors that check temporary copies, and modules deleted or renamed,
        would otherwise leave files behind for ever; so would every upgrade of
        the plugin, in a folder of its own.  At most once a day per cache
        folder (a ``.pruned`` file's time), and only files named as the cache
        names them: the folder may have been pointed anywhere.
        """
        if not self.enabled:
            return 0
        now = time.time() if now is None else now
        marker = os.path.join(self.root, ".pruned")
        try:
            if now - os.stat(marker).st_mtime < _PRUNE_EVERY_S:
                return 0
        except FileNotFoundError:
            if not os.path.isdir(self.root):
                return 0
        except OSError:
            return 0
        try:
            with open(marker, "w", encoding="utf-8"):
                pass
            os.utime(marker, (now, now))
        except OSError:
            return 0
        removed = 0
        for folder in _entries(self.root, _KEY_FOLDER, directories=True):
            for entry in _entries(folder, _CACHE_FILE):
                removed += _remove_if_older(entry, now - _KEEP_S)
            for entry in _entries(folder, _TEMPORARY):
                removed += _remove_if_older(entry, now - _PRUNE_EVERY_S)
            if folder != self.folder:
                try:
                    os.rmdir(folder)  # only if empty
                except OSError:
                    pass
        return removed

    def prepare(self) -> None:
        """Make the cache folder and its ``.gitignore``, once per run."""
        if self._prepared:
            return
        os.makedirs(self.folder, exist_ok=True)
        ignore = os.path.join(self.root, ".gitignore")
        if not os.path.exists(ignore):
            self._atomic_write(ignore, _GITIGNORE)
        self._prepared = True

    def _write(self, path: str, data: dict[str, Any]) -> None:
        target = self._file_of(path)
        on_disk = self._read(target, path)
        if on_disk is not None and on_disk.get("stamp") == data["stamp"]:
            # Another process wrote answers meanwhile: keep those this one lacks.
            for query, entry in on_disk["answers"].items():
                deps = None if query in data["answers"] else _entry_deps(on_disk, entry)
                if deps is not None:
                    data["answers"][query] = [entry[0], _indices(data, deps)]
        shown = {key: data[key] for key in ("stamp", "deps", "answers")}
        self._atomic_write(target, json.dumps(shown, separators=(",", ":")))

    def _atomic_write(self, target: str, text: str) -> None:
        handle, temporary = tempfile.mkstemp(dir=os.path.dirname(target), suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(text)
            os.replace(temporary, target)
        except BaseException:
            try:
                os.unlink(temporary)
            except OSError:
                pass
            raise


@contextmanager
def _exclusive(path: str) -> Iterator[None]:
    """Hold an exclusive lock on the file at ``path`` where the system has ``flock``.

    Writing an answer file reads it, merges what another process wrote
    meanwhile and replaces it (``_write``): two of flake8's ``--jobs``
    workers doing that at once could each drop the other's new answers.
    They take turns.  Where locks are not to be had (no ``fcntl``, a file
    system that refuses them), files are written without one, as before: a
    lost answer is worked out again, never wrong.
    """
    try:
        import fcntl
    except ImportError:
        yield
        return
    with open(path, "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX)
        except OSError:
            pass
        yield  # closing the file releases the lock


def _entries(folder: str, name: re.Pattern[str], directories: bool = False) -> list[str]:
    """Return the paths of the files (or folders) in ``folder`` whose names match ``name``."""
    try:
        with os.scandir(folder) as scan:
            return [
                entry.path
                for entry in scan
                if name.match(entry.name) and entry.is_dir(follow_symlinks=False) == directories
            ]
    except OSError:
        return []


def _remove_if_older(path: str, cutoff: float) -> int:
    """Remove ``path`` if it was last written before ``cutoff``; return 1 if it was."""
    try:
        if os.stat(path).st_mtime >= cutoff:
            return 0
        os.unlink(path)
    except OSError:
        return 0
    return 1
