"""The findings of checked files, kept on disk and replayed while nothing they read changed.

A check of a file with coroutines asks the program about the modules it
imports; most answers come from the disk cache on a second run, but indexing
the file, walking its coroutines and asking still cost a few per cent of a
flake8 run.  A file whose text is the same as when it was last checked, with
the same settings, and whose dependencies are unchanged (the stamps of the
files its answers read, where each module it looked for was found or not),
has the same findings: they are replayed.

One JSON file per checked file, next to the module answers (the folder is
named after the plugin version and the options that change answers), holding
a digest of the text, a digest of the settings, the project's roots, the
dependencies and the findings.  Written atomically (``DiskCache``); a file
that is not of the expected shape is a miss, never an error.
"""

from __future__ import annotations

import json
import os
import zlib
from typing import Any, Callable, Optional

from flake8_async_blocking.findings import Finding
from flake8_async_blocking.program.cache import (
    DiskCache,
    Stamp,
    digest,
    read_json,
    settled,
)


def text_digest(text: str) -> str:
    """Return a digest of a checked file's text: its length and two checksums."""
    data = text.encode("utf-8", "surrogatepass")
    return f"{len(data):x}-{zlib.crc32(data):08x}{zlib.adler32(data):08x}"


class Replays:
    """Findings of checked files, each with what it depended on."""

    def __init__(self, cache: DiskCache, settings_key: str) -> None:
        self._cache = cache
        self._settings = settings_key

    def get(self, filename: str, text: str, roots: tuple[str, ...]) -> Optional[list[Finding]]:
        """Return the findings last computed for this text, if all they read is unchanged."""
        if not self._cache.enabled:
            return None
        data = read_json(os.path.join(self._cache.folder, self._name_of(filename, roots)), filename)
        if not (
            isinstance(data, dict)
            and data.get("text") == text_digest(text)
            and data.get("settings") == self._settings
            and data.get("file") == filename
            and data.get("roots") == list(roots)
        ):
            return None
        return _valid(data, self._cache.current)

    def put(
        self,
        filename: str,
        text: str,
        roots: tuple[str, ...],
        findings: list[Finding],
        deps: set[Stamp],
    ) -> None:
        """Keep the findings of a check with what they depended on; on failure, stop caching."""
        if not self._cache.enabled or not settled(deps):
            return
        shown = {
            "text": text_digest(text),
            "settings": self._settings,
            "file": filename,
            "roots": list(roots),
            "deps": sorted(deps),
            "findings": [list(finding) for finding in findings],
        }
        self._cache.write(self._name_of(filename, roots), json.dumps(shown, separators=(",", ":")))

    def _name_of(self, filename: str, roots: tuple[str, ...]) -> str:
        return digest("\0".join((os.path.abspath(filename), *roots))) + ".findings.json"


def _valid(
    data: dict[str, Any], current: Callable[[list[Any]], Optional[Stamp]]
) -> Optional[list[Finding]]:
    """Return the findings of a kept check whose dependencies are unchanged, else None."""
    deps, kept = data.get("deps"), data.get("findings")
    if not (isinstance(deps, list) and isinstance(kept, list)):
        return None
    for dep in deps:
        if not (isinstance(dep, list) and len(dep) == 3) or current(dep) is None:
            return None
    findings = []
    for item in kept:
        if not (isinstance(item, list) and len(item) == 4):
            return None
        line, col, code, text = item
        numbers = type(line) is int and type(col) is int
        if not (numbers and isinstance(code, str) and isinstance(text, str)):
            return None
        findings.append(Finding(line, col, code, text))
    return findings
