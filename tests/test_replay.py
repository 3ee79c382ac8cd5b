"""Findings of checked files kept in the cache and replayed (``program/replay.py``).

A file whose text, settings and dependencies are unchanged is not analysed
again; anything that may change its findings makes it analysed again:

- its text (an editor's unsaved buffer), the settings;
- a module it reached, edited, or one that did not parse, fixed;
- a module it imports that was missing and now exists, or a new file that
  shadows the one an import was located in;
- a damaged file of findings; an internal error is never kept.

And a property: after any sequence of edits to a project, a run with the
cache gives what a run without it gives.
"""

from __future__ import annotations

import ast
import itertools
import json
import multiprocessing
import os
import textwrap
import time
from pathlib import Path
from typing import Optional

import harness
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flake8_async_blocking import checker
from flake8_async_blocking.plugin import Plugin
from flake8_async_blocking.program import world

VIEWS = """\
from app.helpers import load


async def view(path):
    return load(path)
"""

HELPERS = """\
def load(path):
    with open(path) as handle:
        return handle.read()
"""


_WRITES = itertools.count()


def _write(root: Path, files: dict[str, str], settled: bool = True) -> None:
    """Write files, each with a modification time of its own an hour ago.

    Answers that read a file modified in the last two seconds are not kept
    (a coarse clock could give an edit the same stamp): so that a test sees
    what is kept, its files are dated in the past, unless ``settled`` is False.
    """
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        if settled:
            when = time.time_ns() - 3600 * 10**9 + next(_WRITES) * 10**6
            os.utime(path, ns=(when, when))


def _project(root: Path, helpers: Optional[str] = HELPERS) -> Path:
    files = {"pyproject.toml": "", "app/__init__.py": "", "app/views.py": VIEWS}
    if helpers is not None:
        files["app/helpers.py"] = helpers
    _write(root, files)
    return root / "app" / "views.py"


def _run(path: Path, cache: Path, *extra: str, text: Optional[str] = None) -> list[str]:
    """Check one file as a new flake8 run would (new settings: a program of its own)."""
    source = text if text is not None else harness.read_source(path)
    previous = Plugin.settings
    Plugin.settings = harness.settings_from_args([f"--async-blocking-cache-dir={cache}", *extra])
    try:
        rows = Plugin(ast.parse(source), str(path), source.splitlines(True)).run()
        return [f"{line}:{text.split()[0]}" for line, _, text, _ in rows]
    finally:
        Plugin.settings = previous


def _run_all(paths: list[Path], cache: Optional[Path]) -> dict[str, list[str]]:
    """Check several files in one run, in order: the later ones reuse the answers of the first."""
    previous = Plugin.settings
    Plugin.settings = harness.settings_from_args([f"--async-blocking-cache-dir={cache or 'none'}"])
    try:
        found = {}
        for path in paths:
            source = harness.read_source(path)
            rows = Plugin(ast.parse(source), str(path), source.splitlines(True)).run()
            found[path.name] = [f"{line}:{text.split()[0]}" for line, _, text, _ in rows]
        return found
    finally:
        Plugin.settings = previous


@pytest.fixture
def analysed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files analysed (not replayed) by the checks of a test."""
    seen: list[str] = []
    index_module = checker.index_module

    def counting(tree: ast.AST) -> object:
        seen.append("analysed")
        return index_module(tree)

    monkeypatch.setattr(checker, "index_module", counting)
    return seen


def test_an_unchanged_file_is_replayed(tmp_path: Path, analysed: list[str]) -> None:
    views = _project(tmp_path / "proj")
    cache = tmp_path / "cache"
    assert _run(views, cache) == ["5:ABL602"]
    assert len(analysed) == 1
    assert len(list(cache.rglob("*.findings.json"))) == 1
    os.utime(views, ns=(1, 1))  # only the text counts, not the file's time
    assert _run(views, cache) == ["5:ABL602"]
    assert len(analysed) == 1


def test_findings_that_read_a_file_just_modified_are_not_kept(
    tmp_path: Path, analysed: list[str]
) -> None:
    root = tmp_path / "proj"
    views = _project(root)
    _write(root, {"app/helpers.py": HELPERS}, settled=False)
    cache = tmp_path / "cache"
    assert _run(views, cache) == _run(views, cache) == ["5:ABL602"]
    assert len(analysed) == 2
    assert not list(cache.rglob("*.findings.json"))


def test_a_clean_file_is_replayed_too(tmp_path: Path, analysed: list[str]) -> None:
    views = _project(tmp_path / "proj", helpers="def load(path):\n    return path\n")
    cache = tmp_path / "cache"
    assert _run(views, cache) == _run(views, cache) == []
    assert len(analysed) == 1


def test_changed_text_or_settings_are_analysed_again(tmp_path: Path, analysed: list[str]) -> None:
    views = _project(tmp_path / "proj")
    cache = tmp_path / "cache"
    assert _run(views, cache) == ["5:ABL602"]
    # An editor's buffer, not saved: the same file name, another text.
    buffer = VIEWS.replace("    return load(path)", "    data = None\n    return load(path)")
    assert _run(views, cache, text=buffer) == ["6:ABL602"]
    assert _run(views, cache, "--async-blocking-allow=app.helpers.load") == []
    assert len(analysed) == 3
    assert _run(views, cache) == ["5:ABL602"]


def test_an_edited_dependency_is_seen(tmp_path: Path) -> None:
    root = tmp_path / "proj"
    views = _project(root)
    cache = tmp_path / "cache"
    assert _run(views, cache) == ["5:ABL602"]
    _write(root, {"app/helpers.py": "def load(path):\n    return path\n"})
    assert _run(views, cache) == []
    _write(root, {"app/helpers.py": HELPERS})
    assert _run(views, cache) == ["5:ABL602"]


def test_a_new_module_is_seen(tmp_path: Path) -> None:
    root = tmp_path / "proj"
    views = _project(root, helpers=None)
    cache = tmp_path / "cache"
    assert _run(views, cache) == []
    _write(root, {"app/helpers.py": HELPERS})
    assert _run(views, cache) == ["5:ABL602"]


def test_a_new_file_shadowing_a_module_is_seen(tmp_path: Path) -> None:
    # ``vendor`` is first an installed library; then the project gets a
    # ``vendor.py`` of its own, which its imports find first.
    root = tmp_path / "proj"
    site = tmp_path / "site"
    views = root / "app" / "views.py"
    _write(root, {"pyproject.toml": "", "app/__init__.py": "", "app/views.py": VIEWS})
    views.write_text(VIEWS.replace("app.helpers", "vendor"), encoding="utf-8")
    _write(site, {"vendor/__init__.py": HELPERS})
    cache = tmp_path / "cache"
    path = f"--async-blocking-python-path={site}"
    assert _run(views, cache, path) == ["5:ABL603"]
    _write(root, {"vendor.py": "def load(path):\n    return path\n"})
    assert _run(views, cache, path) == []


def test_a_new_file_is_seen_by_every_file_whose_answers_found_the_old_one(tmp_path: Path) -> None:
    # The second file of the run takes the first one's answer about
    # ``app.util.helper``: where ``app.util`` was found goes with the answer.
    root = tmp_path / "proj"
    uses = "from app.util import helper\n\n\nasync def main():\n    helper()\n"
    _write(
        root,
        {
            "pyproject.toml": "",
            "app/__init__.py": "",
            "app/util/__init__.py": "def helper():\n    return 1\n",
            "app/first.py": uses,
            "app/second.py": uses,
        },
    )
    files = [root / "app" / "first.py", root / "app" / "second.py"]
    cache = tmp_path / "cache"
    assert _run_all(files, cache) == {"first.py": [], "second.py": []}
    # A module next to the package of the same name: the package still wins...
    _write(root, {"app/util.py": "import time\n\n\ndef helper():\n    time.sleep(1)\n"})
    assert _run_all(files, cache) == _run_all(files, None)
    # ...until the package goes.
    for path in (root / "app" / "util").iterdir():
        path.unlink()
    (root / "app" / "util").rmdir()
    assert _run_all(files, cache) == _run_all(files, None) == {
        "first.py": ["5:ABL602"],
        "second.py": ["5:ABL602"],
    }


def test_an_answer_cut_off_by_a_cycle_is_not_kept(tmp_path: Path) -> None:
    # ``g`` calls ``f``, which calls ``g``: asked first about ``g``, the answer
    # about ``f`` is cut where it asks about ``g`` again, and says nothing
    # about ``h``.  It must not outlive the run.
    root = tmp_path / "proj"
    _write(
        root,
        {
            "pyproject.toml": "",
            "app/__init__.py": "",
            "app/a.py": "from app.b import g\n\n\ndef f(n):\n    return g(n)\n",
            "app/b.py": (
                "from app.a import f\nfrom app.c import h\n\n\n"
                "def g(n):\n    if n:\n        return f(n - 1)\n    return h()\n"
            ),
            "app/c.py": "def h():\n    return 1\n",
            "app/x1.py": "from app.b import g\n\n\nasync def main():\n    g(1)\n",
            "app/x2.py": "from app.a import f\n\n\nasync def main():\n    f(1)\n",
        },
    )
    files = [root / "app" / "x1.py", root / "app" / "x2.py"]
    cache = tmp_path / "cache"
    assert _run_all(files, cache) == {"x1.py": [], "x2.py": []}
    _write(root, {"app/c.py": "import time\n\n\ndef h():\n    time.sleep(1)\n"})
    assert _run_all(files[1:], cache) == _run_all(files[1:], None) == {"x2.py": ["5:ABL602"]}


def test_a_dependency_that_did_not_parse_is_read_again_when_fixed(tmp_path: Path) -> None:
    root = tmp_path / "proj"
    views = _project(root, helpers="load = lambda path: (open(path)\n")
    cache = tmp_path / "cache"
    assert _run(views, cache) == []
    _write(root, {"app/helpers.py": HELPERS})
    assert _run(views, cache) == ["5:ABL602"]


def test_damaged_findings_are_ignored(tmp_path: Path, analysed: list[str]) -> None:
    views = _project(tmp_path / "proj")
    cache = tmp_path / "cache"
    assert _run(views, cache) == ["5:ABL602"]
    (kept,) = cache.rglob("*.findings.json")
    data = json.loads(kept.read_text(encoding="utf-8"))
    for damaged in (
        "{not json",
        json.dumps([data]),
        json.dumps({**data, "findings": [[5, 4, "ABL602"]]}),
        json.dumps({**data, "findings": [["5", 4, "ABL602", "ABL602 text"]]}),
        json.dumps({**data, "deps": [["/no/such/file.py", 1, 2]]}),
        json.dumps({**data, "deps": [["=app.helpers\0/elsewhere/helpers.py", 0, 0]]}),
        json.dumps({**data, "deps": [["=app.helpers\0", 0, 0]]}),
    ):
        kept.write_text(damaged, encoding="utf-8")
        assert _run(views, cache) == ["5:ABL602"]
    assert len(analysed) == 8


def test_an_internal_error_is_not_kept(
    tmp_path: Path, analysed: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    views = _project(tmp_path / "proj")
    cache = tmp_path / "cache"
    monkeypatch.setenv("FLAKE8_ASYNC_BLOCKING_FAIL_IN", "view")
    assert _run(views, cache) == ["4:ABL000"]
    assert not list(cache.rglob("*.findings.json"))
    monkeypatch.delenv("FLAKE8_ASYNC_BLOCKING_FAIL_IN")
    assert _run(views, cache) == ["5:ABL602"]
    assert len(analysed) == 2


# What a step of the property may write in place of a module of the project.
_EDITS = {
    "blocking": HELPERS,
    "clean": "def load(path):\n    return path\n",
    "offloaded": (
        "import asyncio\n\n\nasync def load(path):\n"
        "    return await asyncio.to_thread(open, path)\n"
    ),
    "deeper": "from app.io import read as load\n",
    "broken": "load = lambda path: (open(path)\n",
    "absent": None,
}
_IO = {
    "blocking": "import time\n\n\ndef read(path):\n    time.sleep(1)\n",
    "clean": "def read(path):\n    return path\n",
    "absent": None,
}


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    steps=st.lists(
        st.tuples(st.sampled_from(sorted(_EDITS)), st.sampled_from(sorted(_IO)), st.booleans()),
        min_size=1,
        max_size=5,
    )
)
def test_a_cached_run_is_a_fresh_run_after_any_edits(
    tmp_path_factory: pytest.TempPathFactory, steps: list[tuple[str, str, bool]]
) -> None:
    root = tmp_path_factory.mktemp("project")
    cache = root / "cache"
    views = _project(root / "proj")
    for helpers, io, edited in steps:
        for name, text in (("helpers", _EDITS[helpers]), ("io", _IO[io])):
            path = root / "proj" / "app" / f"{name}.py"
            if text is None:
                path.unlink(missing_ok=True)
            elif not path.exists() or path.read_text(encoding="utf-8") != text:
                _write(root / "proj", {f"app/{name}.py": text})
        buffer = VIEWS + ("# edited\n" if edited else "")
        fresh = _run(views, root / f"fresh{len(list(root.iterdir()))}", text=buffer)
        assert _run(views, cache, text=buffer) == fresh


@pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="no forked processes here"
)
def test_a_forked_worker_writes_its_last_answers_when_it_ends(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # flake8's --jobs workers are forked processes that end without atexit.
    # Answers are written at most once a second: those a worker gained after
    # its last write are written when it ends, as a finalizer.
    views = _project(tmp_path)
    jobs = "from app.helpers import save\n\n\nasync def run():\n    save()\n"
    _write(tmp_path, {"app/jobs.py": jobs})
    _write(tmp_path, {"app/helpers.py": HELPERS + "\n\ndef save():\n    open('out').write('x')\n"})
    cache = tmp_path / "cache"
    monkeypatch.setattr(world, "_FLUSH_EVERY_S", 3600.0)  # only the first check's are written
    worker = multiprocessing.get_context("fork").Process(
        target=_run_all, args=([views, tmp_path / "app" / "jobs.py"], cache)
    )
    worker.start()
    worker.join(timeout=120)
    assert worker.exitcode == 0
    written: set[str] = set()
    for path in cache.rglob("*.json"):
        if not path.name.endswith(".findings.json"):
            written |= set(json.loads(path.read_text(encoding="utf-8"))["answers"])
    assert "blocks:app.helpers:load" in written  # the first check's, written after it
    assert "blocks:app.helpers:save" in written  # the last check's, written at the end
