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
import weakref
from pathlib import Path
from typing import Iterator

import harness
import pytest

from flake8_async_blocking.origins import Ref
from flake8_async_blocking.program import memory, program_for, world
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


def _helper_modules(root: Path) -> Path:
    """A package whose checked coroutine calls helpers of three other modules."""
    (root / "app").mkdir()
    (root / "app" / "__init__.py").write_text("")
    for name in ("disk", "net", "lock"):
        helper = f"import time\n\n\ndef {name}_wait():\n    time.sleep(1)\n"
        (root / "app" / f"{name}.py").write_text(helper)
    checked = root / "app" / "main.py"
    checked.write_text(
        "from app.disk import disk_wait\nfrom app.lock import lock_wait\n"
        "from app.net import net_wait\n\n\n"
        "async def main():\n    disk_wait()\n    net_wait()\n    lock_wait()\n"
    )
    return checked


def test_a_dropped_module_is_released_once_the_question_is_answered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, collector: None
) -> None:
    # A pool of one byte keeps only the newest module: each helper's module
    # is dropped while the next question parses another, and released as
    # soon as that question is answered, not when the check is over.
    checked = _helper_modules(tmp_path)
    harness.use_pool(monkeypatch, budget=1)
    released: list[str] = []
    real = world.Unit.release

    def release(unit: world.Unit) -> None:
        released.append(unit.module)
        real(unit)

    monkeypatch.setattr(world.Unit, "release", release)
    calls: list[tuple[str, list[str]]] = []
    real_blocker = world.Program.blocker

    def blocker(self: world.Program, ref: Ref) -> object:
        calls.append((ref.name, list(released)))
        return real_blocker(self, ref)

    monkeypatch.setattr(world.Program, "blocker", blocker)
    settings = harness.settings_from_args(["--async-blocking-cache-dir=none"])
    found = harness.run_plugin(checked.read_text(), settings, str(checked))
    assert [finding.code for finding in found] == ["ABL602"] * 3
    assert [name for name, _ in calls] == [
        "app.disk:disk_wait", "app.net:net_wait", "app.lock:lock_wait"
    ]
    # Asking about the second helper dropped the first one's module; by the
    # third question it was released, while the check went on.
    assert [kept for _, kept in calls] == [[], [], ["app.disk"]]
    assert released == ["app.disk", "app.net"]


def test_garbage_of_the_files_before_is_collected_before_a_check_parses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, collector: None
) -> None:
    # What is not collected when a check that parsed ends is frozen, and kept
    # until the next thaw: the garbage flake8 and other plugins left of the
    # files before is collected once, before the check's first parse.
    checked = _helper_modules(tmp_path)
    harness.use_pool(monkeypatch)
    collections: list[int] = []
    real = gc.collect

    def collect(*generation: int) -> int:
        collections.append(1)
        return real(*generation)

    monkeypatch.setattr(gc, "collect", collect)
    settings = harness.settings_from_args(["--async-blocking-cache-dir=none"])
    gc.enable()
    gc.unfreeze()
    garbage = _Unit()
    garbage.itself = garbage  # type: ignore[attr-defined]
    left = weakref.ref(garbage)
    del garbage
    found = harness.run_plugin(checked.read_text(), settings, str(checked))
    assert [finding.code for finding in found] == ["ABL602"] * 3
    assert len(collections) == 1  # three modules parsed, one collection
    assert left() is None
    # Checked again, the answers are known: nothing is parsed, nothing collected.
    collections.clear()
    harness.run_plugin(checked.read_text(), settings, str(checked))
    assert collections == []
    # A host that turned the collector off keeps it off: no collection either.
    gc.disable()
    fresh = harness.settings_from_args(["--async-blocking-cache-dir=none"])
    found = harness.run_plugin(checked.read_text(), fresh, str(checked))
    assert len(found) == 3 and collections == []
