"""What the program layer keeps in memory, and what the garbage collector pays for it.

Parsed modules are the largest objects the plugin makes: a module's tree and
index take some 70 bytes of memory per byte of source.  Two things keep their
cost down on a run over a large project:

- ``UnitPool`` bounds the source bytes of the modules kept parsed, over every
  program of the process (a run over several projects has one program each),
  dropping the least recently used.  A dropped module is parsed again if a new
  question needs it; answers are kept apart, as plain data.
- Dropped modules, and each checked file's own index, break their reference
  cycles when the check is over (``release``), so that freeing them is not
  left to the cyclic garbage collector.
- ``collection_paused`` turns the cyclic garbage collector off while a file's
  check follows other modules, then freezes what survived.  Parsing
  allocates hundreds of thousands of objects that stay alive, and each burst
  of them set off collections that walked every live tree again: on a cold
  run over a corpus sample this was more time than parsing itself.
"""

from __future__ import annotations

import gc
from collections import OrderedDict
from contextlib import contextmanager
from typing import Any, Iterator, MutableMapping, Protocol

# The source bytes of parsed modules kept at once, over every program.
UNIT_BUDGET = 1_000_000
# Every so many settled checks, frozen objects are collected too (``collection_paused``).
_THAW_EVERY = 256


class Releasable(Protocol):
    """A parsed module that can break its own reference cycles."""

    def release(self) -> None:
        """Break the reference cycles: the object is not used again."""


class UnitPool:
    """The parsed modules of a process, least recently used first, within a byte budget."""

    def __init__(self, budget: int = UNIT_BUDGET) -> None:
        self.budget = budget
        self.total = 0
        # (id of the owner's table, module) -> (the owner's table, source bytes)
        self._kept: OrderedDict[tuple[int, str], tuple[MutableMapping[str, Any], int]]
        self._kept = OrderedDict()
        self.grown = False  # a module was parsed since ``take_growth`` last asked
        # Dropped modules, released once no question is under way (``release``).
        self._dropped: list[Releasable] = []

    def keep(self, table: MutableMapping[str, Any], module: str, size: int) -> None:
        """Record that ``table[module]`` holds a parsed module of ``size`` source bytes.

        The least recently used modules of any table are dropped until the
        total fits the budget; the newest one is always kept.
        """
        key = (id(table), module)
        old = self._kept.pop(key, None)
        if old is not None:
            self.total -= old[1]
        self._kept[key] = (table, size)
        self.total += size
        self.grown = True
        while self.total > self.budget and len(self._kept) > 1:
            (_, name), (owner, dropped) = self._kept.popitem(last=False)
            unit = owner.pop(name, None)
            if unit is not None:
                self._dropped.append(unit)
            self.total -= dropped

    def take_growth(self) -> bool:
        """Tell whether a module was parsed since the last call."""
        grown, self.grown = self.grown, False
        return grown

    def touch(self, table: MutableMapping[str, Any], module: str) -> None:
        """Record a use of ``table[module]``: it is dropped last."""
        key = (id(table), module)
        if key in self._kept:
            self._kept.move_to_end(key)

    def release(self) -> None:
        """Free the dropped modules now, without the garbage collector.

        Called between two files' checks: a question under way may still hold
        a module the pool dropped while answering it.
        """
        dropped, self._dropped = self._dropped, []
        for unit in dropped:
            unit.release()


POOL = UnitPool()


class _Collector:
    settled = 0  # how many checks were settled


@contextmanager
def collection_paused() -> Iterator[None]:
    """Turn the cyclic garbage collector off for a file's check, then settle what it made.

    A check that parsed modules leaves many new objects, mostly modules kept
    for the next files.  They are frozen (``gc.freeze``): later collections
    do not walk them again and again.  Frozen objects are still freed when
    nothing refers to them (dropped modules break their cycles), but cyclic
    garbage frozen with them (flake8's own, not yet collected) is not: every
    ``_THAW_EVERY`` such checks, everything is thawed and collected once.
    A check that parsed nothing (a warm cache) changes nothing, and neither
    does any check when the host turned the collector off.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        try:
            if POOL.take_growth():
                _Collector.settled += 1
                if _Collector.settled % _THAW_EVERY == 0:
                    gc.unfreeze()
                    gc.collect()
                gc.freeze()
        finally:
            gc.enable()
