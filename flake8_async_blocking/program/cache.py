"""The on-disk cache of module interfaces: answers kept between runs.

One JSON file per source module, named after a hash of its path, in a folder
named after the plugin version and the options that change answers.  A file
holds the module's size and modification time when it was read, and its
answers (``"blocks:mod:helper"`` -> value), each with the size and time of the
other modules it depended on.  An answer is used only while all of those are
unchanged.  Writes go to a temporary file renamed over the old one, so
concurrent flake8 jobs and editors never read half a file; the last writer
wins and a lost answer is computed again.  Any trouble (a folder that cannot be
written, a corrupt file) is logged and the cache is ignored: never an error,
never a wrong finding.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import zlib
from typing import Any, Optional

LOG = logging.getLogger("flake8.async_blocking")

Stamp = tuple[str, int, int]  # (path, size, mtime in ns)

_GITIGNORE = "# Created by flake8-async-blocking: the cache of module interfaces.\n*\n"


def stamp(path: str) -> Optional[Stamp]:
    """Return (path, size, mtime_ns) of a file, or None if it cannot be read."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return (path, info.st_size, info.st_mtime_ns)


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

    def __init__(self, directory: str, key: str) -> None:
        self.root = directory
        self.folder = os.path.join(directory, key)
        self.enabled = True
        self._files: dict[str, dict[str, Any]] = {}
        self._dirty: set[str] = set()
        self._stamps: dict[str, Optional[Stamp]] = {}

    # --- reading -------------------------------------------------------------------

    def get(self, path: str, query: str) -> tuple[bool, Any, list[Stamp]]:
        """Return (found, value, dependencies) of a still-valid answer."""
        if not self.enabled:
            return False, None, []
        answers = self._load(path).get("answers", {})
        entry = answers.get(query)
        if not isinstance(entry, list) or len(entry) != 2:
            return False, None, []
        value, deps = entry
        checked: list[Stamp] = []
        for dep in deps:
            if not isinstance(dep, list) or len(dep) != 3:
                return False, None, []
            current = self._stamp(str(dep[0]))
            if current is None or list(current) != dep:
                return False, None, []
            checked.append(current)
        return True, value, checked

    def _stamp(self, path: str) -> Optional[Stamp]:
        if path not in self._stamps:
            self._stamps[path] = stamp(path)
        return self._stamps[path]

    def _load(self, path: str) -> dict[str, Any]:
        data = self._files.get(path)
        if data is not None:
            return data
        data = {}
        current = self._stamp(path)
        if current is not None:
            try:
                with open(self._file_of(path), encoding="utf-8") as handle:
                    loaded = json.load(handle)
            except FileNotFoundError:
                loaded = None
            except (OSError, ValueError) as error:
                LOG.info("flake8-async-blocking: ignoring cache entry of %s: %s", path, error)
                loaded = None
            if isinstance(loaded, dict) and loaded.get("stamp") == list(current):
                if isinstance(loaded.get("answers"), dict):
                    data = loaded
        if not data:
            data = {"stamp": list(current) if current else None, "answers": {}}
        self._files[path] = data
        return data

    def _file_of(self, path: str) -> str:
        return os.path.join(self.folder, digest(path) + ".json")

    # --- writing -------------------------------------------------------------------

    def put(self, path: str, query: str, value: Any, deps: list[Stamp]) -> None:
        """Remember an answer about ``path`` that depended on ``deps``."""
        if not self.enabled:
            return
        data = self._load(path)
        if data.get("stamp") is None:
            return
        data["answers"][query] = [value, [list(dep) for dep in deps]]
        self._dirty.add(path)

    def flush(self) -> None:
        """Write the files that gained answers; on any failure, stop caching."""
        if not self.enabled or not self._dirty:
            return
        try:
            self._prepare()
            for path in sorted(self._dirty):
                self._write(path, self._files[path])
        except OSError as error:
            LOG.info("flake8-async-blocking: cache folder %s not written: %s", self.root, error)
            self.enabled = False
        self._dirty.clear()

    def _prepare(self) -> None:
        os.makedirs(self.folder, exist_ok=True)
        ignore = os.path.join(self.root, ".gitignore")
        if not os.path.exists(ignore):
            self._atomic_write(ignore, _GITIGNORE)

    def _write(self, path: str, data: dict[str, Any]) -> None:
        target = self._file_of(path)
        try:
            with open(target, encoding="utf-8") as handle:
                on_disk = json.load(handle)
        except (OSError, ValueError):
            on_disk = None
        if isinstance(on_disk, dict) and on_disk.get("stamp") == data["stamp"]:
            answers = on_disk.get("answers")
            if isinstance(answers, dict):
                data["answers"] = {**answers, **data["answers"]}
        self._atomic_write(target, json.dumps(data, separators=(",", ":")))

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
