"""What the program layer keeps in memory (``program/memory.py``).

- the pool keeps parsed modules within its byte budget, over every table,
  dropping the least recently used, and releases them only when asked;
- the collector is left as the host set it, paused during a check, and what a
  check that parsed modules made is frozen, then thawed every so often;
- a dropped module breaks its reference cycles: freeing it needs no collection.
"""

from __future__ import annotations

import gc
import textwrap
from pathlib import Path
from typing import Iterator

import harness
import pytest

from flake8_async_blocking.program import memory, program_for
from flake8_async_blocking.program.memory import UnitPool, collection_paused


class _Unit:
    def __init__(self) -> None:
        self.released = False

    def release(self) -> None:
        self.released = True


def test_pool_keeps_the_budget_over_every_table() -> None:
    pool = UnitPool(budget=100)
    first: dict[str, _Unit] = {"a": _Unit(), "b": _Unit()}
    second: dict[str, _Unit] = {"c": _Unit()}
    dropped = first["a"]
    pool.keep(first, "a", 40)
    pool.keep(first, "b", 40)
    pool.touch(first, "a")  # "b" is now the least recently used
    pool.keep(second, "c", 40)
    assert set(first) == {"a"} and set(second) == {"c"}
    assert pool.total == 80
    assert not dropped.released
    pool.keep(second, "huge", 500)  # over the budget alone: kept, all else dropped
    second["huge"] = _Unit()
    assert first == {} and set(second) == {"huge"}
    assert not dropped.released  # a question under way may still use it
    pool.release()
    assert dropped.released


@pytest.fixture
def collector() -> Iterator[None]:
    """Leave the collector as it was found, frozen objects thawed."""
    enabled = gc.isenabled()
    try:
        yield
    finally:
        gc.unfreeze()
        if enabled:
            gc.enable()
        else:
            gc.disable()


def test_a_check_pauses_the_collector_and_freezes_what_parsing_made(collector: None) -> None:
    gc.enable()
    gc.unfreeze()
    with collection_paused():
        assert not gc.isenabled()
        memory.POOL.grown = True
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0
    gc.unfreeze()
    with collection_paused():
        pass  # parsed nothing: nothing settled
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_a_host_that_turned_the_collector_off_keeps_it_off(collector: None) -> None:
    gc.disable()
    gc.unfreeze()
    with collection_paused():
        memory.POOL.grown = True
    assert not gc.isenabled() and gc.get_freeze_count() == 0
    memory.POOL.grown = False


def test_frozen_objects_are_thawed_every_so_often(
    collector: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    gc.enable()
    monkeypatch.setattr(memory, "_THAW_EVERY", 2)
    monkeypatch.setattr(memory._Collector, "settled", 0)
    thawed: list[int] = []
    real = gc.unfreeze
    monkeypatch.setattr(gc, "unfreeze", lambda: (thawed.append(1), real())[1])
    for _ in range(4):
        with collection_paused():
            memory.POOL.grown = True
    assert len(thawed) == 2


def test_a_dropped_module_needs_no_collection(tmp_path: Path, collector: None) -> None:
    helper = "import time\n\n\nclass Clock:\n    def tick(self):\n        time.sleep(1)\n"
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "__init__.py").write_text("")
    (tmp_path / "app" / "clock.py").write_text(textwrap.dedent(helper))
    checked = tmp_path / "app" / "main.py"
    checked.write_text("async def main(): ...\n")
    settings = harness.settings_from_args(["--async-blocking-cache-dir=none"])
    program = program_for(str(checked), settings)[0]
    gc.collect()
    gc.disable()
    unit = program.unit("app.clock", "Clock")
    assert unit is not None and unit.summaries.blocker(unit.class_named("Clock").methods["tick"])
    unit.release()
    program._units.clear()
    del unit
    assert gc.collect() == 0
