"""The catalogue of blocking APIs, merged from one data module per family.

Data only: no ast, no logic.  Adding a blocking API is one row in the family
module (see ``entry.py`` for the meaning of each table) plus one fixture line.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Mapping, Optional

from flake8_async_blocking.catalogue import (
    analysis,
    cpu,
    databases,
    files,
    network,
    runtime,
    waits,
)
from flake8_async_blocking.catalogue.entry import Api

__all__ = ["Api"]

FAMILIES = (waits, network, databases, files, cpu, runtime)

CALLS: Mapping[str, Optional[Api]] = MappingProxyType(
    {**waits.CALLS, **network.CALLS, **databases.CALLS, **files.CALLS, **cpu.CALLS, **runtime.CALLS}
)
METHODS: Mapping[str, Optional[Api]] = MappingProxyType(
    {
        **waits.METHODS,
        **network.METHODS,
        **databases.METHODS,
        **files.METHODS,
        **cpu.METHODS,
        **runtime.METHODS,
    }
)
WITH: Mapping[str, Api] = MappingProxyType(
    {**waits.WITH, **network.WITH, **databases.WITH, **files.WITH, **cpu.WITH, **runtime.WITH}
)
ITERATE: Mapping[str, Api] = MappingProxyType(
    {
        **waits.ITERATE,
        **network.ITERATE,
        **databases.ITERATE,
        **files.ITERATE,
        **cpu.ITERATE,
        **runtime.ITERATE,
    }
)
RETURNS: Mapping[str, str] = MappingProxyType(
    {
        **waits.RETURNS,
        **network.RETURNS,
        **databases.RETURNS,
        **files.RETURNS,
        **cpu.RETURNS,
        **runtime.RETURNS,
    }
)
MEMBERS: Mapping[str, str] = MappingProxyType(
    {
        **waits.MEMBERS,
        **network.MEMBERS,
        **databases.MEMBERS,
        **files.MEMBERS,
        **cpu.MEMBERS,
        **runtime.MEMBERS,
    }
)
VALUES: Mapping[str, str] = MappingProxyType(
    {
        **waits.VALUES,
        **network.VALUES,
        **databases.VALUES,
        **files.VALUES,
        **cpu.VALUES,
        **runtime.VALUES,
    }
)
ALIASES: Mapping[str, str] = MappingProxyType(
    {
        **waits.ALIASES,
        **network.ALIASES,
        **databases.ALIASES,
        **files.ALIASES,
        **cpu.ALIASES,
        **runtime.ALIASES,
    }
)
ENTERS: Mapping[str, Optional[str]] = MappingProxyType(
    {
        **waits.ENTERS,
        **network.ENTERS,
        **databases.ENTERS,
        **files.ENTERS,
        **cpu.ENTERS,
        **runtime.ENTERS,
    }
)
SUGGESTIONS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        **waits.SUGGESTIONS,
        **network.SUGGESTIONS,
        **databases.SUGGESTIONS,
        **files.SUGGESTIONS,
        **cpu.SUGGESTIONS,
        **runtime.SUGGESTIONS,
        **analysis.SUGGESTIONS,
    }
)

DISPLAY_NAMES: Mapping[str, str] = MappingProxyType(dict(analysis.DISPLAY_NAMES))
COROUTINES: frozenset[str] = runtime.COROUTINES
OFFLOADERS: Mapping[str, int] = runtime.OFFLOADERS
CONSUMERS: frozenset[str] = runtime.CONSUMERS
RECEIVER_HINTS: Mapping[str, str] = runtime.RECEIVER_HINTS
ATTRIBUTE_HINTS: Mapping[str, tuple[str, str]] = MappingProxyType(dict(databases.ATTRIBUTE_HINTS))
