"""Build the sdist and the wheel, install the wheel in a fresh venv, run flake8 there.

Skipped when the build back-end cannot be fetched (no network).
"""

from __future__ import annotations

import importlib.metadata
import os
import shutil
import subprocess
import sys
import tarfile
import textwrap
import zipfile
from dataclasses import dataclass
from pathlib import Path

import harness
import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    tomllib = pytest.importorskip("tomli")

OFFLINE_SIGNS = (
    "Could not find a version that satisfies",
    "No matching distribution found",
    "NewConnectionError",
    "Temporary failure in name resolution",
    "Network is unreachable",
    "Failed to establish a new connection",
)
COPY_IGNORE = shutil.ignore_patterns(
    ".git", ".tox", ".venv", "build", "dist", "*.egg-info", "__pycache__",
    ".hypothesis", ".pytest_cache", ".mypy_cache", "corpus",
)


def _run(
    *args: str | Path, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(arg) for arg in args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def _project_files() -> list[Path]:
    """Return the files a fresh clone would have (tracked or not ignored)."""
    listed = _run(
        "git", "ls-files", "-z", "--cached", "--others", "--exclude-standard",
        cwd=harness.REPO_ROOT,
    )
    if listed.returncode != 0:
        return []
    return [Path(name) for name in listed.stdout.split("\0") if name]


def _copy_project(target: Path) -> None:
    files = _project_files() if shutil.which("git") else []
    if not files:
        shutil.copytree(harness.REPO_ROOT, target, ignore=COPY_IGNORE)
        return
    for name in files:
        source = harness.REPO_ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


def _flake8_directories() -> list[str]:
    """Return the site directories that flake8 and its dependencies are installed in.

    ``venv --system-site-packages`` would show the base interpreter's
    site-packages, which is not where they are when the tests run in a
    virtualenv or a tox env: the directories are asked of the distributions.
    """
    found: list[str] = []
    for name in ("flake8", "pyflakes", "pycodestyle", "mccabe"):
        location = str(Path(str(importlib.metadata.distribution(name).locate_file(""))).resolve())
        if location not in found:
            found.append(location)
    return found


def _see_flake8_from(python: Path) -> None:
    """Let the venv of ``python`` import this environment's flake8, after its own packages.

    A ``.pth`` file adds the directories to the end of ``sys.path``, without
    running the ``.pth`` files in them: this environment's own install of the
    plugin (editable or not) stays out of sight, and the wheel in the venv is
    the one imported.
    """
    purelib = _run(
        python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=python.parent
    )
    assert purelib.returncode == 0, purelib.stderr
    site = Path(purelib.stdout.strip())
    site.mkdir(parents=True, exist_ok=True)
    (site / "_test_flake8_from_outside.pth").write_text(
        "".join(f"{directory}\n" for directory in _flake8_directories()), encoding="utf-8"
    )


@dataclass(frozen=True)
class Built:
    """The built distributions and a venv with the wheel installed."""

    sdist: Path
    wheel: Path
    python: Path
    venv: Path
    work: Path


def _version() -> str:
    with open(harness.REPO_ROOT / "pyproject.toml", "rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    root = tmp_path_factory.mktemp("packaging")
    source, dist = root / "src", root / "dist"
    _copy_project(source)
    build = _run(sys.executable, "-m", "build", "--outdir", dist, source, cwd=root)
    if build.returncode != 0:
        output = build.stdout + build.stderr
        if any(sign in output for sign in OFFLINE_SIGNS):
            pytest.skip("the build back-end could not be fetched (offline?)")
        pytest.fail(f"python -m build failed:\n{output[-4000:]}")
    (sdist,) = dist.glob("*.tar.gz")
    (wheel,) = dist.glob("*.whl")

    venv = root / "venv"
    made = _run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=root)
    assert made.returncode == 0, made.stderr
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    _see_flake8_from(python)
    install_args = ("install", "--no-deps", "--force-reinstall", "--no-index", wheel)
    install = _run(sys.executable, "-m", "pip", "--python", python, *install_args, cwd=root)
    if "no such option: --python" in install.stderr:  # pip < 22.3: give the venv its own pip
        assert _run(python, "-m", "ensurepip", cwd=root).returncode == 0
        install = _run(python, "-m", "pip", *install_args, cwd=root)
    assert install.returncode == 0, install.stdout + install.stderr
    work = root / "work"
    work.mkdir()
    return Built(sdist, wheel, python, venv, work)


def test_wheel_holds_the_package_only(built: Built) -> None:
    version = _version()
    with zipfile.ZipFile(built.wheel) as wheel:
        names = wheel.namelist()
        dist_info = f"flake8_async_blocking-{version}.dist-info/"
        entry_points = wheel.read(dist_info + "entry_points.txt").decode()
        metadata = wheel.read(dist_info + "METADATA").decode()
    assert {name.split("/")[0] for name in names} == {"flake8_async_blocking", dist_info[:-1]}
    assert "flake8_async_blocking/py.typed" in names
    assert "flake8_async_blocking/catalogue/__init__.py" in names
    assert _docs_files() <= set(names), "a docs/ABLnnn.md file is missing from the wheel"
    assert not any(name.startswith("tests/") for name in names)
    assert "[flake8.extension]" in entry_points
    assert "ABL = flake8_async_blocking.plugin:Plugin" in entry_points
    assert "Requires-Dist: flake8>=6" in metadata
    assert any(line.startswith("License-Expression: MIT") for line in metadata.splitlines())


def test_sdist_has_the_sources(built: Built) -> None:
    with tarfile.open(built.sdist) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    for required in ("pyproject.toml", "README.md", "LICENSE", "flake8_async_blocking/plugin.py",
                     "flake8_async_blocking/py.typed"):
        assert required in names, required
    assert _docs_files() <= names, "a docs/ABLnnn.md file is missing from the sdist"


def _docs_files() -> set[str]:
    docs = harness.REPO_ROOT / "flake8_async_blocking" / "docs"
    found = {f"flake8_async_blocking/docs/{path.name}" for path in docs.glob("ABL*.md")}
    assert found, "no docs file in the checkout"
    return found


def test_explain_in_the_venv(built: Built) -> None:
    """The docs are package data: the installed wheel can print every page."""
    from flake8_async_blocking.codes import RULES

    for rule in RULES:
        result = _run(
            built.python, "-m", "flake8_async_blocking", "explain", rule.code, cwd=built.work
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.endswith(rule.doc + "\n"), rule.code


def test_sdist_can_run_its_tests(built: Built) -> None:
    """The unpacked sdist has every test module with what it imports and reads."""
    with tarfile.open(built.sdist) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    tests = harness.TESTS_DIR
    shipped = {
        path.relative_to(harness.REPO_ROOT).as_posix()
        for path in [*tests.glob("*.py"), *tests.glob("fixtures/*.py")]
    }
    assert shipped <= names, sorted(shipped - names)
    # What the tests read besides themselves (test_codes, test_integrations, test_examples).
    for required in ("CHANGELOG.md", "setup.cfg", "tox.ini", "examples/README.md"):
        assert required in names, required
    assert not any("__pycache__" in name for name in names)


def test_installed_wheel_is_the_one_imported(built: Built) -> None:
    result = _run(built.python, "-c", "import flake8_async_blocking.plugin as p; print(p.__file__)",
                  cwd=built.work)
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()).resolve().is_relative_to(built.venv.resolve()), result.stdout


def test_flake8_version_in_the_venv(built: Built) -> None:
    result = _run(built.python, "-m", "flake8", "--version", cwd=built.work)
    assert result.returncode == 0, result.stderr
    assert f"flake8-async-blocking: {_version()}" in result.stdout


def test_flake8_reports_in_the_venv(built: Built) -> None:
    (built.work / "app.py").write_text(
        textwrap.dedent(
            """\
            import time


            async def handler():
                time.sleep(1)
            """
        ),
        encoding="utf-8",
    )
    result = _run(
        built.python, "-m", "flake8", "--isolated", "--select=ABL", "app.py", cwd=built.work
    )
    assert result.returncode == 1, result.stderr
    expected = "app.py:5:5: ABL101 time.sleep() blocks the event loop"
    assert result.stdout.startswith(expected), result.stdout
