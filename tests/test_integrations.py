"""Where users run the plugin, as the README shows it: tox, CI, pre-commit, ruff.

Each test takes its snippet from README.md, so the documentation cannot
drift from what works.  The tools that are not installed are skipped.
"""

from __future__ import annotations

import configparser
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from harness import REPO_ROOT

README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
SAMPLE = (
    "import time\n"
    "\n"
    "\n"
    "async def index():\n"
    # ruff's RUF100 rewrites a directive that also names an unused ruff code,
    # dropping the codes it does not know unless they are declared external.
    "    time.sleep(1)  # noqa: ABL101, E501\n"
    "    time.sleep(2)\n"
)


def _block(language: str, marker: str) -> str:
    """Return the README code block of ``language`` that follows ``marker``."""
    start = README.index(marker)
    match = re.compile(rf"```{language}\n(.*?)```", re.S).search(README, start)
    assert match is not None, f"no {language} block after {marker!r}"
    return match.group(1)


def _project(tmp_path: Path) -> Path:
    (tmp_path / "src").mkdir()
    (tmp_path / "tests").mkdir()
    (tmp_path / "src" / "app.py").write_text(SAMPLE, encoding="utf-8")
    (tmp_path / "tests" / "test_app.py").write_text("def test_ok():\n    pass\n")
    return tmp_path


def _flake8(argv: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FLAKE8_ASYNC")}
    return subprocess.run(
        [sys.executable, "-m", "flake8", *argv], cwd=cwd, capture_output=True, text=True,
        env=env, check=False,
    )


def test_tox_lint_env_snippet(tmp_path: Path) -> None:
    parser = configparser.ConfigParser()
    parser.read_string(_block("ini", "**tox.**"))
    env = parser["testenv:lint"]
    assert "flake8-async-blocking" in env["deps"].split()
    command = shlex.split(env["commands"].strip())
    assert command[0] == "flake8"
    result = _flake8(command[1:], _project(tmp_path))
    assert result.returncode == 1
    assert "src/app.py:6:5: ABL101 " in result.stdout
    assert ":5:5: ABL101" not in result.stdout  # the noqa comment holds


def test_project_tox_lint_env_lints_the_package_with_itself() -> None:
    parser = configparser.ConfigParser()
    parser.read(REPO_ROOT / "tox.ini")
    commands = parser["testenv:lint"]["commands"]
    flake8_line = next(line for line in commands.splitlines() if line.strip().startswith("flake8"))
    result = _flake8(shlex.split(flake8_line)[1:], REPO_ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    setup = configparser.ConfigParser()
    setup.read(REPO_ROOT / "setup.cfg")
    assert "ABL" in setup["flake8"]["extend-select"]


def test_github_actions_step(tmp_path: Path) -> None:
    block = _block("yaml", "**GitHub Actions.**")
    runs = [line.split("- run:", 1)[1].strip() for line in block.splitlines() if "- run:" in line]
    assert runs[0].split()[:2] == ["pip", "install"] and "flake8-async-blocking" in runs[0]
    command = shlex.split(runs[-1])
    assert command[0] == "flake8"
    result = _flake8(command[1:], _project(tmp_path))
    assert result.returncode == 1
    assert "ABL101" in result.stdout


def test_pre_commit_hook(tmp_path: Path) -> None:
    yaml = pytest.importorskip("yaml")
    if shutil.which("pre-commit") is None or shutil.which("git") is None:
        pytest.skip("pre-commit or git is not installed")
    documented = yaml.safe_load(_block("yaml", "**pre-commit.**"))
    hook = documented["repos"][0]["hooks"][0]
    assert hook["id"] == "flake8"
    assert hook["additional_dependencies"] == ["flake8-async-blocking"]
    # The documented hook installs flake8 from its repository, which needs the
    # network; the same hook as a local one runs the installed flake8.
    project = _project(tmp_path)
    config = {
        "repos": [
            {
                "repo": "local",
                "hooks": [
                    {
                        "id": "flake8",
                        "name": "flake8",
                        "entry": f"{sys.executable} -m flake8",
                        "language": "system",
                        "types": ["python"],
                    }
                ],
            }
        ]
    }
    result = _pre_commit_run(project, yaml.safe_dump(config), tmp_path / "cache")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "src/app.py:6:5: ABL101" in result.stdout


def _pre_commit_run(project: Path, config: str, home: Path) -> subprocess.CompletedProcess[str]:
    """Commit ``project`` to a new git repository and run pre-commit on all its files."""
    (project / ".pre-commit-config.yaml").write_text(config)
    env = {k: v for k, v in os.environ.items() if not k.startswith("FLAKE8_ASYNC")}
    env["PRE_COMMIT_HOME"] = str(home)
    for argv in (["git", "init", "-q"], ["git", "add", "-A"]):
        subprocess.run(argv, cwd=project, check=True, env=env)
    return subprocess.run(
        ["pre-commit", "run", "--all-files"], cwd=project, capture_output=True, text=True,
        env=env, check=False,
    )


def test_own_pre_commit_hook(tmp_path: Path) -> None:
    yaml = pytest.importorskip("yaml")
    if shutil.which("pre-commit") is None or shutil.which("git") is None:
        pytest.skip("pre-commit or git is not installed")
    manifest = REPO_ROOT / ".pre-commit-hooks.yaml"
    validate = subprocess.run(
        ["pre-commit", "validate-manifest", str(manifest)], capture_output=True, text=True,
        check=False,
    )
    assert validate.returncode == 0, validate.stdout + validate.stderr
    hooks = {hook["id"]: hook for hook in yaml.safe_load(manifest.read_text(encoding="utf-8"))}
    hook = hooks["flake8-async-blocking"]
    documented = yaml.safe_load(_block("yaml", "**pre-commit, our own hook.**"))
    assert documented["repos"][0]["hooks"] == [{"id": "flake8-async-blocking"}]
    # pre-commit builds a virtualenv from the repository and puts its scripts
    # on PATH; that needs the network, so the test runs the same hook as a
    # local one with the scripts of the environment the plugin is installed in.
    assert hook["language"] == "python"
    assert hook["require_serial"] is False
    command, *rest = shlex.split(hook["entry"])
    script = shutil.which(command, path=str(Path(sys.executable).parent))
    assert script is not None, f"{command} is not a script of {sys.executable}"
    local = {**hook, "entry": shlex.join([script, *rest]), "language": "system"}
    project = _project(tmp_path)
    # Codes other than ABL must not be reported, nor files that are not Python.
    (project / "src" / "util.py").write_text("import os\n\nx = '" + "y" * 120 + "'\n")
    (project / "notes.txt").write_text(SAMPLE)
    config = {"repos": [{"repo": "local", "hooks": [local]}]}
    result = _pre_commit_run(project, yaml.safe_dump(config), tmp_path / "cache")
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "src/app.py:6:5: ABL101 " in result.stdout
    assert ":5:5: ABL101" not in output  # the noqa comment holds
    assert "util.py" not in output and "notes.txt" not in output


def _ruff() -> list[str]:
    if shutil.which("ruff") is not None:
        return ["ruff"]
    pytest.importorskip("ruff")
    return [sys.executable, "-m", "ruff"]


@pytest.mark.parametrize("external", [True, False])
def test_ruff_keeps_noqa_comments_when_abl_is_external(tmp_path: Path, external: bool) -> None:
    ruff = _ruff()
    project = _project(tmp_path)
    settings = _block("toml", "**ruff alongside.**") if external else ""
    assert not external or 'external = ["ABL"]' in settings
    (project / "pyproject.toml").write_text(settings)
    subprocess.run(
        [*ruff, "check", "--no-cache", "--select", "RUF100", "--fix", "src"],
        cwd=project, capture_output=True, text=True, check=False,
    )
    kept = "# noqa: ABL101" in (project / "src" / "app.py").read_text()
    assert kept is external
