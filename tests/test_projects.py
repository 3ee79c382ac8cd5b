"""Fixture projects: several modules, a package with re-exports, a src/ layout and a
fake installed library.  Each project file's markers must match an in-process run in
which the plugin follows calls into the other modules (ABL602) and the library (ABL603).
"""

from __future__ import annotations

import ast
import os
import shutil
from pathlib import Path

import harness
import pytest

from flake8_async_blocking.plugin import Plugin

PROJECTS = Path(__file__).parent / "projects"
SITE = PROJECTS / "site-packages"
ENTRY_FILES = sorted(
    path
    for path in PROJECTS.rglob("*.py")
    if SITE not in path.parents and "async def" in path.read_text(encoding="utf-8")
)


def _run(path: Path, args: list[str]) -> set[tuple[int, str]]:
    source = harness.read_source(path)
    settings = harness.settings_from_args(args)
    previous = Plugin.settings
    Plugin.settings = settings
    try:
        rows = Plugin(ast.parse(source), str(path), source.splitlines(True)).run()
        return {(line, text.split()[0]) for line, _, text, _ in rows}
    finally:
        Plugin.settings = previous


def _args(cache: str = "none") -> list[str]:
    return [f"--async-blocking-python-path={SITE}", f"--async-blocking-cache-dir={cache}"]


@pytest.mark.parametrize("path", ENTRY_FILES, ids=[p.name for p in ENTRY_FILES])
def test_project_file_matches_markers(path: Path) -> None:
    expected = harness.parse_markers(harness.read_source(path))
    assert _run(path, _args()) == expected


@pytest.mark.parametrize("path", ENTRY_FILES, ids=[p.name for p in ENTRY_FILES])
def test_project_file_matches_markers_with_one_module_kept(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A pool of one byte keeps only the module parsed last: every other one
    # is parsed again when a question needs it, and released as soon as the
    # question the check asked is answered, while the check goes on.
    harness.use_pool(monkeypatch, budget=1)
    expected = harness.parse_markers(harness.read_source(path))
    assert _run(path, _args()) == expected


def test_library_needs_its_directory() -> None:
    # Without the library's directory nothing of it is found: no ABL603, no guess.
    path = PROJECTS / "webapp" / "webapp" / "routes.py"
    found = _run(path, ["--async-blocking-cache-dir=none"])
    assert not any(code == "ABL603" for _, code in found)
    assert any(code == "ABL602" for _, code in found)


def test_warm_cache_gives_the_same_findings(tmp_path: Path) -> None:
    path = PROJECTS / "webapp" / "webapp" / "routes.py"
    cache = tmp_path / "cache"
    cold = _run(path, _args(str(cache)))
    assert (cache / ".gitignore").is_file()
    assert any(cache.rglob("*.json"))
    warm = _run(path, _args(str(cache)))
    assert cold == warm == harness.parse_markers(harness.read_source(path))


def _line(path: Path, text: str) -> int:
    """Return the number of the line of ``path`` that contains ``text``."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


def test_cache_sees_a_changed_helper(tmp_path: Path) -> None:
    project = tmp_path / "proj"
    shutil.copytree(PROJECTS / "webapp", project)
    routes = project / "webapp" / "routes.py"
    cache = str(tmp_path / "cache")
    load_json = _line(routes, 'load_json("data.json")')
    load_session = _line(routes, "load_session(name)")
    assert (load_json, "ABL602") in _run(routes, _args(cache))
    utils = project / "webapp" / "utils.py"
    text = utils.read_text(encoding="utf-8")
    blocking = "    with open(path) as handle:\n        return json.load(handle)"
    utils.write_text(text.replace(blocking, "    return {'path': path}", 1), encoding="utf-8")
    os.utime(utils, ns=(1, 1))  # a different mtime even on coarse clocks
    found = _run(routes, _args(cache))
    assert (load_json, "ABL602") not in found
    assert (load_session, "ABL602") in found  # unchanged


def test_cache_sees_a_star_module_change(tmp_path: Path) -> None:
    """A star-imported module read while resolving a name is a dependency of the answer."""
    project = tmp_path / "proj"
    shutil.copytree(PROJECTS / "webapp", project)
    jobs = project / "webapp" / "jobs.py"
    cache = str(tmp_path / "cache")
    wait = _line(jobs, "wait_a_bit()")
    assert (wait, "ABL602") not in _run(jobs, _args(cache))
    exported = project / "webapp" / "exported.py"
    text = exported.read_text(encoding="utf-8")
    exported.write_text(text.replace('__all__ = ["wait_a_bit"]\n', "", 1), encoding="utf-8")
    os.utime(exported, ns=(1, 1))  # a different mtime even on coarse clocks
    assert (wait, "ABL602") in _run(jobs, _args(cache))


def test_corrupt_and_unwritable_cache_are_ignored(tmp_path: Path) -> None:
    path = PROJECTS / "webapp" / "webapp" / "routes.py"
    expected = harness.parse_markers(harness.read_source(path))
    cache = tmp_path / "cache"
    _run(path, _args(str(cache)))
    for entry in cache.rglob("*.json"):
        entry.write_text("{not json", encoding="utf-8")
    assert _run(path, _args(str(cache))) == expected
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache's folder would go", encoding="utf-8")
    assert _run(path, _args(str(blocked / "cache"))) == expected
