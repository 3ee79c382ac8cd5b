"""The program layer on generated and hostile projects, written to a temporary folder.

- renaming a module (and its imports) keeps every finding but the path it shows;
- wrapping the blocking work in ``await asyncio.to_thread(...)`` removes it;
- modules that raise, exit or write a file at import time are read, never run;
- broken, binary-only, huge and self-importing dependencies give no finding and no error.
"""

from __future__ import annotations

import ast
import keyword
import os
import textwrap
from pathlib import Path

import harness
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flake8_async_blocking import program
from flake8_async_blocking.plugin import Plugin
from flake8_async_blocking.program import locate
from flake8_async_blocking.program.world import _binds

# (import line, blocking statement, code of the inner call)
BLOCKING = [
    ("import time", "time.sleep(0.5)"),
    ("import requests", "requests.get(url)"),
    ("import subprocess", "subprocess.run(['ls'])"),
    ("", "open(url).read()"),
    ("import os", "os.listdir(url)"),
]


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")


def _check(path: Path, *extra: str) -> list[tuple[int, str, str]]:
    source = harness.read_source(path)
    previous = Plugin.settings
    Plugin.settings = harness.settings_from_args(["--async-blocking-cache-dir=none", *extra])
    try:
        rows = Plugin(ast.parse(source), str(path), source.splitlines(True)).run()
        return sorted((line, text.split()[0], text) for line, _, text, _ in rows)
    finally:
        Plugin.settings = previous


def _project(root: Path, module: str, depth: int, blocking: int, wrapped: bool) -> Path:
    imports, statement = BLOCKING[blocking]
    helpers = [f"def step{i}(url):\n    return step{i + 1}(url)\n" for i in range(depth - 1)]
    helpers.append(f"def step{depth - 1}(url):\n    return {statement}\n")
    body = "\n\n".join(helpers)
    if wrapped:
        body += "\n\nasync def entry(url):\n    return await asyncio.to_thread(step0, url)\n"
    else:
        body += "\n\ndef entry(url):\n    return step0(url)\n"
    _write(
        root,
        {
            "pyproject.toml": "",
            "app/__init__.py": "",
            f"app/{module}.py": f"import asyncio\n{imports}\n\n\n{body}",
            "app/views.py": (
                f"from app.{module} import entry\n\n\n"
                "async def view(url):\n"
                f"    return {'await ' if wrapped else ''}entry(url)\n"
            ),
        },
    )
    return root / "app" / "views.py"


_MODULES = st.from_regex(r"[a-z][a-z0-9_]{0,12}", fullmatch=True).filter(
    lambda name: not keyword.iskeyword(name) and name not in ("views", "asyncio", "app")
)


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    first=_MODULES,
    second=_MODULES,
    depth=st.integers(1, 4),
    blocking=st.integers(0, len(BLOCKING) - 1),
)
def test_renaming_a_module_keeps_the_findings(
    tmp_path_factory: pytest.TempPathFactory, first: str, second: str, depth: int, blocking: int
) -> None:
    found = []
    for module in (first, second):
        root = tmp_path_factory.mktemp("project")
        views = _project(root, module, depth, blocking, wrapped=False)
        shown = f"(app/{module}.py:"
        found.append(
            [
                (line, code, text.replace(shown, "(app/<m>.py:"))
                for line, code, text in _check(views)
            ]
        )
    assert found[0] == found[1]
    assert [(line, code) for line, code, _ in found[0]] == [(5, "ABL602")]


@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
@given(module=_MODULES, depth=st.integers(1, 4), blocking=st.integers(0, len(BLOCKING) - 1))
def test_offloading_in_the_helper_removes_the_finding(
    tmp_path_factory: pytest.TempPathFactory, module: str, depth: int, blocking: int
) -> None:
    views = _project(tmp_path_factory.mktemp("project"), module, depth, blocking, wrapped=True)
    assert _check(views) == []


def test_dependencies_are_read_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "ran.txt"
    _write(
        tmp_path,
        {
            "pyproject.toml": "",
            "svc/__init__.py": (
                f"open({str(marker)!r}, 'w').write('imported')\nraise SystemExit(3)\n"
            ),
            "svc/helpers.py": f"""\
                import os, sys
                open({str(marker)!r}, 'w').write('imported')
                os._exit(4)
                sys.exit(5)
                raise RuntimeError('imported')


                def save(data):
                    with open('out.txt', 'w') as handle:
                        handle.write(data)
                """,
            "svc/views.py": """\
                from svc.helpers import save


                async def view(data):
                    save(data)
                """,
        },
    )
    found = _check(tmp_path / "svc" / "views.py")
    assert [(line, code) for line, code, _ in found] == [(5, "ABL602")]
    assert not marker.exists()


def test_hostile_dependencies_give_nothing(tmp_path: Path) -> None:
    site = tmp_path / "site"
    _write(
        site,
        {
            "cyclic/__init__.py": "from cyclic.a import run\n",
            "cyclic/a.py": "from cyclic.b import run\n",
            "cyclic/b.py": "from cyclic.a import run\n",
            "selfish/__init__.py": "from selfish import run\n",
            "broken/__init__.py": "def run(:\n",
            # A library the catalogue describes: its own rows report it, not ABL603.
            "redis/__init__.py": "import time\n\n\ndef run():\n    time.sleep(1)\n",
            "huge/__init__.py": (
                "import time\n\n\ndef run():\n    time.sleep(1)\n" + "#" * 2_000_000
            ),
        },
    )
    (site / "latin").mkdir()
    (site / "latin" / "__init__.py").write_bytes(b"def run():\n    return '\xff\xfe'\n")
    (site / "binary").mkdir()
    (site / "binary" / "__init__.cpython-311-x86_64-linux-gnu.so").write_bytes(b"\x7fELF\0\0")
    names = ["cyclic", "selfish", "broken", "huge", "latin", "binary", "redis"]
    _write(
        tmp_path / "app",
        {
            "pyproject.toml": "",
            "views.py": "".join(f"import {name}\n" for name in names)
            + "\n\nasync def view():\n"
            + "".join(f"    {name}.run()\n" for name in names),
        },
    )
    assert _check(tmp_path / "app" / "views.py", f"--async-blocking-python-path={site}") == []


def test_stdin_and_unknown_files_follow_from_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path, {"tools.py": "import time\n\n\ndef nap():\n    time.sleep(1)\n"})
    monkeypatch.chdir(tmp_path)
    source = "from tools import nap\n\n\nasync def view():\n    nap()\n"
    previous = Plugin.settings
    Plugin.settings = harness.settings_from_args(["--async-blocking-cache-dir=none"])
    try:
        rows = list(Plugin(ast.parse(source), "stdin", source.splitlines(True)).run())
    finally:
        Plugin.settings = previous
    assert [(row[0], row[2].split()[0]) for row in rows] == [(5, "ABL602")]
    assert os.listdir(tmp_path) == ["tools.py"]


def test_a_namespace_package_is_followed_unless_its_distribution_is_catalogued(
    tmp_path: Path,
) -> None:
    site = tmp_path / "site"
    blocking = "import time\n\n\ndef run():\n    time.sleep(1)\n"
    _write(
        site,
        {
            # ``google`` has no __init__.py: google.assistant and google.cloud.storage
            # are two distributions, and only the second has catalogue rows.
            "google/assistant/__init__.py": blocking,
            "google/cloud/storage/__init__.py": blocking,
            "requests/adapters.py": blocking,
        },
    )
    _write(
        tmp_path / "app",
        {
            "pyproject.toml": "",
            "views.py": (
                "from google import assistant\nfrom google.cloud import storage\n"
                "from requests import adapters\n\n\nasync def view():\n"
                "    assistant.run()\n    storage.run()\n    adapters.run()\n"
            ),
        },
    )
    found = _check(tmp_path / "app" / "views.py", f"--async-blocking-python-path={site}")
    assert [(line, code) for line, code, _ in found] == [(7, "ABL603")]


def test_the_files_of_one_run_share_their_projects_lookups(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What a run works out once per directory and project must be what the
    # per-file walk up (project_root, project_roots) gives for every file.
    _write(
        tmp_path,
        {
            "one/pyproject.toml": "",
            "one/pkg/__init__.py": "",
            "one/pkg/sub/__init__.py": "",
            "one/pkg/sub/mod.py": "",
            "one/pkg/top.py": "",
            "one/script.py": "",
            "two/lib/__init__.py": "",
            "two/lib/core.py": "",
        },
    )
    monkeypatch.chdir(tmp_path)
    settings = harness.settings_from_args(["--async-blocking-cache-dir=none"])
    names = ["one/pkg/sub/mod.py", "one/pkg/sub/__init__.py", "one/pkg/top.py",
             "one/script.py", "two/lib/core.py", "one/pkg/sub/mod.py"]
    programs = []
    for name in names:
        path = str(tmp_path / name)
        found, package = program.program_for(path, settings)
        root, module = locate.project_root(path)
        expected = tuple(os.path.realpath(r) for r in locate.project_roots(root))
        assert found.locator.project_roots == expected, name
        assert package == locate.package_of(module, path), name
        programs.append(found)
    assert programs[0] is programs[-1]
    assert len({id(p) for p in programs}) == 2  # the projects one/ and two/
    assert len({id(p.locator.lookups) for p in programs}) == 1
    assert len({id(p._stamps) for p in programs}) == 1


@pytest.mark.parametrize("asked_first", [(), ("Report",), ("load",), ("Report", "load")])
def test_a_helpers_blocker_does_not_depend_on_what_was_asked_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, asked_first: tuple[str, ...]
) -> None:
    # ``build`` blocks twice, as severely: through ``Report()`` and through
    # ``.render()``.  Which one its answer names must not depend on whether
    # the constructor was asked about before (a run checks files in any order).
    _write(
        tmp_path,
        {
            "pyproject.toml": "",
            "app/__init__.py": "",
            "app/main.py": "async def main(): ...\n",
            "app/report.py": """\
                import time


                def load():
                    time.sleep(1)


                class Report:
                    def __init__(self):
                        self.data = load()

                    def render(self):
                        return draw()


                def draw():
                    time.sleep(1)


                def build():
                    return Report().render()
                """,
        },
    )
    monkeypatch.chdir(tmp_path)
    settings = harness.settings_from_args(["--async-blocking-cache-dir=none"])
    found, _ = program.program_for(str(tmp_path / "app" / "main.py"), settings)
    for name in asked_first:
        ref = found.callee(f"app.report.{name}", "")
        assert ref is not None and found.blocker(ref) is not None
    build = found.callee("app.report.build", "")
    assert build is not None
    blocker = found.blocker(build)
    assert blocker is not None and blocker.line == 5  # load(): the first in the file


@pytest.mark.parametrize(
    ("text", "binds"),
    [
        ("self.client = Client()", True),
        ("self.client: Client", True),
        ("    client: Client = None", True),
        ("    client = field(default=None)", True),
        ("    def client(self):", True),
        ("with open(p) as self.client:", True),
        ("setattr(self, 'client', make())", True),
        ("return self.client.get(url)", False),
        ("if self.client == other:", False),
        ("client_id = 3", False),
        ("self.client.timeout = 3", False),
        ("from x import Client", False),
    ],
)
def test_attribute_binding_scan(text: str, binds: bool) -> None:
    """A module whose text cannot bind an attribute is not parsed to ask about it."""
    assert _binds(text, "client") is binds
