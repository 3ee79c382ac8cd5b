"""What the program layer keeps in memory, and what the garbage collector pays for it.

Parsed modules are the largest objects the plugin makes: a module's tree and
index take some 70 bytes of memory per byte of source.  Three things keep their
cost down on a run over a large project:

- ``UnitPool`` bounds the source bytes of the modules kept parsed, over every
  program of the process (a run over several projects has one program each),
  dropping the least recently used.  A dropped module is parsed again if a new
  question needs it; answers are kept apart, as plain data.
- Dropped modules break their reference cycles (``release``) as soon as no
  question holds them: when the question a check asked is answered, or when
  the check is over.  Each checked file's own index does the same when its
  check is over.  Freeing them is not left to the cyclic garbage collector,
  and a check that reaches many modules does not hold them all at once.
- ``collection_paused`` turns the cyclic garbage collector off while a file's
  check follows other modules, then freezes what survived; garbage of the
  files before is collected first (``before_parsing``), not frozen with it.
  Parsing allocates hundreds of thousands of objects that stay alive, and
  each burst of them set off collections that walked every live tree again:
  on a cold run over a corpus sample this was more time than parsing itself.
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

        Called when no question is under way: one may still hold a module the
        pool dropped while answering it (``Program._answer``, and between
        two files' checks).
        """
        dropped, self._dropped = self._dropped, []
        for unit in dropped:
            unit.release()


POOL = UnitPool()


class _Collector:
    settled = 0  # how many checks were settled
    # Whether the check under way paused the collector and has not parsed yet.
    unsettled = False


def before_parsing() -> None:
    """Collect the garbage of the files checked before, once per check, before it parses.

    The freeze at the end of a check that parsed (``collection_paused``)
    would keep whatever garbage is not collected yet until the next thaw:
    flake8's and other plugins' cyclic garbage of the files before (pyflakes'
    scopes and bindings, the parent links it sets in trees).  On a cold run
    over a corpus sample it was a fifth of the peak memory.  Collecting
    before the check's first parse walks little more than the checked file's
    tree: the modules kept are frozen, and this check's are not parsed yet.
    """
    if _Collector.unsettled:
        _Collector.unsettled = False
        gc.collect()


@contextmanager
def collection_paused() -> Iterator[None]:
    """Turn the cyclic garbage collector off for a file's check, then settle what it made.

    A check that parsed modules leaves many new objects, mostly modules kept
    for the next files.  They are frozen (``gc.freeze``): later collections
    do not walk them again and again.  Frozen objects are still freed when
    nothing refers to them (dropped modules break their cycles), but cyclic
    garbage frozen with them is not.  So garbage is collected before the
    check's first parse (``before_parsing``), and every ``_THAW_EVERY``
    settled checks everything is thawed and collected once, for what became
    garbage after it was frozen (a checked file's tree is frozen with the
    rest, and pyflakes may link it into cycles later).
    A check that parsed nothing (a warm cache) changes nothing, and neither
    does any check when the host turned the collector off.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    _Collector.unsettled = True
    try:
        yield
    finally:
        _Collector.unsettled = False
        try:
            if POOL.take_growth():
                _Collector.settled += 1
                if _Collector.settled % _THAW_EVERY == 0:
                    gc.unfreeze()
                    gc.collect()
                gc.freeze()
        finally:
            gc.enable()
