"""The catalogue of blocking APIs, merged from one data module per family.

Data only: no ast, no logic.  Adding a blocking API is one row in the family
module (see ``entry.py`` for the meaning of each table) plus one fixture line.
Adding a family module is one entry in ``FAMILIES``: every table it defines is
merged, and a table it leaves out counts as empty.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any, Mapping, Optional

from flake8_async_blocking.catalogue import (
    analysis,
    clients,
    cloud,
    cpu,
    datafiles,
    files,
    filesystem,
    http,
    models,
    nosql,
    orms,
    processes,
    runtime,
    sockets,
    sql,
    waits,
)
from flake8_async_blocking.catalogue.entry import Api

__all__ = ["Api"]

# Merged in this order; no name has a row in two modules (test_codes.py checks),
# so the order decides nothing but the iteration order of the merged tables.
FAMILIES = (
    waits,  # 1xx
    http,  # 2xx
    sockets,
    clients,
    cloud,
    sql,  # 3xx
    orms,
    nosql,
    files,  # 4xx
    datafiles,
    filesystem,
    processes,
    cpu,  # 5xx
    models,
    runtime,  # 7xx, 8xx: offloaders, coroutine functions, start-up work
    analysis,  # the suggestions of the engine's own findings
)


def _merged(table: str) -> dict[str, Any]:
    return {key: row for family in FAMILIES for key, row in getattr(family, table, {}).items()}


def _union(table: str) -> frozenset[str]:
    return frozenset(name for family in FAMILIES for name in getattr(family, table, ()))


CALLS: Mapping[str, Optional[Api]] = MappingProxyType(_merged("CALLS"))
METHODS: Mapping[str, Optional[Api]] = MappingProxyType(_merged("METHODS"))
WITH: Mapping[str, Api] = MappingProxyType(_merged("WITH"))
ITERATE: Mapping[str, Api] = MappingProxyType(_merged("ITERATE"))
EXITS: Mapping[str, tuple[Api, frozenset[str]]] = MappingProxyType(_merged("EXITS"))
RETURNS: Mapping[str, str] = MappingProxyType(_merged("RETURNS"))
MEMBERS: Mapping[str, str] = MappingProxyType(_merged("MEMBERS"))
VALUES: Mapping[str, str] = MappingProxyType(_merged("VALUES"))
ALIASES: Mapping[str, str] = MappingProxyType(_merged("ALIASES"))
ENTERS: Mapping[str, Optional[str]] = MappingProxyType(_merged("ENTERS"))
SUGGESTIONS: Mapping[str, Mapping[str, str]] = MappingProxyType(_merged("SUGGESTIONS"))
DISPLAY_NAMES: Mapping[str, str] = MappingProxyType(_merged("DISPLAY_NAMES"))
OFFLOADERS: Mapping[str, int] = MappingProxyType(_merged("OFFLOADERS"))
RECEIVER_HINTS: Mapping[str, str] = MappingProxyType(_merged("RECEIVER_HINTS"))
ATTRIBUTE_HINTS: Mapping[str, tuple[str, str]] = MappingProxyType(_merged("ATTRIBUTE_HINTS"))
COROUTINES: frozenset[str] = _union("COROUTINES")
CONSUMERS: frozenset[str] = _union("CONSUMERS")
FILE_PARSERS: frozenset[str] = _union("FILE_PARSERS")
FOLLOWED_LIBRARIES: frozenset[str] = _union("FOLLOWED_LIBRARIES")
JUDGED_LOCKS: frozenset[str] = _union("JUDGED_LOCKS")
BOUNDABLE_QUEUES: frozenset[str] = _union("BOUNDABLE_QUEUES")
SETTLED_FUTURE_METHODS: frozenset[str] = _union("SETTLED_FUTURE_METHODS")
WRAPS: Mapping[str, frozenset[str]] = MappingProxyType(_merged("WRAPS"))
BUILT_WITH: Mapping[str, tuple[frozenset[str], str]] = MappingProxyType(_merged("BUILT_WITH"))
