"""The disk cache's file format (``program/cache.py``): a table of stamps per file.

- answers that depend on the same modules share one entry of the table;
- two processes writing answers about one module keep both;
- an answer whose dependency changed, or whose entry is damaged, is not used;
- an answer that read a file modified in the last two seconds is not kept.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from flake8_async_blocking.program import _cache_key
from flake8_async_blocking.program.cache import DiskCache, stamp
from flake8_async_blocking.settings import Settings


def _modules(tmp_path: Path) -> tuple[str, str, str]:
    paths = []
    for name in ("core.py", "util.py", "http.py"):
        path = tmp_path / "src" / name
        path.parent.mkdir(exist_ok=True)
        path.write_text(f"# {name}\n")
        os.utime(path, ns=(10**18, 10**18))  # long settled: answers that read it are kept
        paths.append(str(path))
    return paths[0], paths[1], paths[2]


def _stamps(*paths: str) -> list[tuple[str, int, int]]:
    found = [stamp(path) for path in paths]
    assert all(found)
    return [s for s in found if s is not None]


def test_answers_share_the_table_of_stamps(tmp_path: Path) -> None:
    core, util, http = _modules(tmp_path)
    cache = DiskCache(str(tmp_path / "cache"), "key")
    cache.put(core, "blocks:core:a", ["x"], _stamps(core, util))
    cache.put(core, "blocks:core:b", None, _stamps(core, util, http))
    cache.flush()
    (written,) = (tmp_path / "cache" / "key").glob("*.json")
    data = json.loads(written.read_text())
    assert sorted(dep[0] for dep in data["deps"]) == sorted([core, util, http])
    assert data["answers"]["blocks:core:b"][1] == [0, 1, 2]
    fresh = DiskCache(str(tmp_path / "cache"), "key")
    assert fresh.get(core, "blocks:core:a") == (True, ["x"], _stamps(core, util))
    assert fresh.get(core, "blocks:core:b") == (True, None, _stamps(core, util, http))


def test_two_writers_keep_both_answers(tmp_path: Path) -> None:
    core, util, http = _modules(tmp_path)
    first = DiskCache(str(tmp_path / "cache"), "key")
    second = DiskCache(str(tmp_path / "cache"), "key")
    first.get(core, "blocks:core:a")  # both loaded the file before either wrote
    second.get(core, "blocks:core:a")
    first.put(core, "blocks:core:a", "first", _stamps(core, http))
    first.flush()
    second.put(core, "blocks:core:b", "second", _stamps(core, util))
    second.flush()
    third = DiskCache(str(tmp_path / "cache"), "key")
    assert third.get(core, "blocks:core:a") == (True, "first", _stamps(core, http))
    assert third.get(core, "blocks:core:b") == (True, "second", _stamps(core, util))


@pytest.mark.skipif(sys.platform == "win32", reason="no flock here")
def test_writers_take_turns(tmp_path: Path) -> None:
    # Two of flake8's --jobs workers that read, merge and replace the same
    # file at once could each drop the other's new answers: a write waits
    # for the lock another process holds on the cache folder.
    import fcntl

    core, util, _ = _modules(tmp_path)
    cache = DiskCache(str(tmp_path / "cache"), "key")
    cache.put(core, "blocks:core:a", "mine", _stamps(core, util))
    cache.prepare()
    with open(tmp_path / "cache" / ".lock", "a") as other:
        fcntl.flock(other, fcntl.LOCK_EX)  # another process writing
        writer = threading.Thread(target=cache.flush)
        writer.start()
        writer.join(timeout=0.5)
        assert writer.is_alive()  # waiting for its turn
        assert not list((tmp_path / "cache" / "key").glob("*.json"))
    writer.join(timeout=30)
    assert not writer.is_alive()
    fresh = DiskCache(str(tmp_path / "cache"), "key")
    assert fresh.get(core, "blocks:core:a") == (True, "mine", _stamps(core, util))


def test_a_changed_dependency_or_a_damaged_entry_is_a_miss(tmp_path: Path) -> None:
    core, util, _ = _modules(tmp_path)
    cache = DiskCache(str(tmp_path / "cache"), "key")
    cache.put(core, "blocks:core:a", "old", _stamps(core, util))
    cache.put(core, "blocks:core:b", "bad", _stamps(core))
    cache.flush()
    (written,) = (tmp_path / "cache" / "key").glob("*.json")
    data = json.loads(written.read_text())
    data["answers"]["blocks:core:b"][1] = [7]  # no such entry in the table
    written.write_text(json.dumps(data))
    Path(util).write_text("# util.py, edited\n")
    os.utime(util, ns=(1, 1))
    fresh = DiskCache(str(tmp_path / "cache"), "key")
    assert fresh.get(core, "blocks:core:a") == (False, None, [])
    assert fresh.get(core, "blocks:core:b") == (False, None, [])


def test_every_option_that_changes_an_answer_names_its_own_folder() -> None:
    base = Settings()
    changed = [
        replace(base, extra_calls={"app.io.fetch": "ABL201"}),
        replace(base, allow=("requests.*",)),
        replace(base, loop_threshold=10),
        replace(base, python_path=("/opt/site",)),
    ]
    keys = {_cache_key(base), *(_cache_key(settings) for settings in changed)}
    assert len(keys) == 1 + len(changed)
    # The cache folder itself does not change an answer.
    assert _cache_key(replace(base, cache_dir="/tmp/elsewhere")) == _cache_key(base)


def test_an_answer_that_read_a_file_just_modified_is_not_kept(tmp_path: Path) -> None:
    core, util, _ = _modules(tmp_path)
    Path(util).write_text("# util.py, just edited\n")
    cache = DiskCache(str(tmp_path / "cache"), "key")
    cache.put(core, "blocks:core:a", "new", _stamps(core, util))
    cache.put(core, "blocks:core:b", "old", _stamps(core))
    cache.flush()
    fresh = DiskCache(str(tmp_path / "cache"), "key")
    assert fresh.get(core, "blocks:core:a") == (False, None, [])
    assert fresh.get(core, "blocks:core:b") == (True, "old", _stamps(core))


def test_files_no_run_wrote_for_30_days_are_pruned_once_a_day(tmp_path: Path) -> None:
    root = tmp_path / "cache"
    cache = DiskCache(str(root), "0123456789abcdef")
    cache.prepare()
    now = 2_000_000_000.0
    day = 86400
    old, recent = now - 31 * day, now - 29 * day
    files = {
        "0123456789abcdef/00000000000000aa.json": old,
        "0123456789abcdef/00000000000000bb.findings.json": old,
        "0123456789abcdef/00000000000000cc.json": recent,
        "0123456789abcdef/tmpx1y2z3_a.tmp": now - 2 * day,  # a write that never finished
        "0123456789abcdef/notes.txt": old,  # not the cache's: kept
        "fedcba9876543210/00000000000000dd.json": old,  # another version's folder
        "unrelated/00000000000000ee.json": old,  # not a folder the cache names
    }
    for name, when in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("{}")
        os.utime(path, (when, when))
    assert cache.prune(now) == 4
    left = sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())
    assert left == [
        ".gitignore",
        ".pruned",
        "0123456789abcdef/00000000000000cc.json",
        "0123456789abcdef/notes.txt",
        "unrelated/00000000000000ee.json",
    ]
    assert not (root / "fedcba9876543210").exists()
    # Once a day: a second run the same day looks at nothing.
    (root / "0123456789abcdef" / "00000000000000ff.json").write_text("{}")
    os.utime(root / "0123456789abcdef" / "00000000000000ff.json", (old, old))
    assert cache.prune(now + 3600) == 0
    # A day later: that file, and the one that has now gone unwritten for 30 days.
    assert cache.prune(now + day + 1) == 2
