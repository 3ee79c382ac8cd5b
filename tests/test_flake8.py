"""The plugin under real flake8: registration, --jobs, noqa, stdin, config files, opt-in codes.

Every run is a subprocess (``python -m flake8``) in a temporary directory, with
``--isolated`` or with the config file the test writes there.
"""

from __future__ import annotations

import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterable, Sequence
from pathlib import Path

import harness
import pytest

from flake8_async_blocking import catalogue
from flake8_async_blocking.codes import DEFAULT_OFF

OUTPUT = re.compile(r"(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]+\d+) (?P<text>.*)\Z")
MARKER = re.compile(
    r"#[ \t]*error:[ \t]*(?P<codes>ABL\d{3}(?:[ \t]*,[ \t]*ABL\d{3})*)[ \t]*$", re.MULTILINE
)
CONFIG_FILES = ("setup.cfg", "tox.ini", ".flake8")

Row = tuple[str, int, str]  # (file name, line, code)

SLEEPER = textwrap.dedent(
    """\
    import time


    async def handler():
        time.sleep(1)
    """
)


@pytest.fixture(scope="session", autouse=True)
def _installed() -> None:
    found = importlib.metadata.entry_points()
    if hasattr(found, "select"):
        extensions = found.select(group="flake8.extension")
    else:  # Python 3.9: a dict of groups
        extensions = found.get("flake8.extension", ())
    names = {ep.name for ep in extensions}
    if "ABL" not in names:
        pytest.fail("the plugin is not installed (entry point ABL): run pip install -e .")


def flake8(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run flake8 in a subprocess and return what it did."""
    return subprocess.run(
        [sys.executable, "-m", "flake8", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def rows(result: subprocess.CompletedProcess[str], codes: str = "ABL") -> set[Row]:
    """Return the (file name, line, code) rows of a successful run, for codes with a prefix."""
    assert result.returncode in (0, 1), result.stderr
    assert result.stderr == "", result.stderr
    found = set()
    for line in result.stdout.splitlines():
        match = OUTPUT.match(line)
        assert match, f"unexpected output line {line!r}"
        if match["code"].startswith(codes):
            found.add((Path(match["path"]).name, int(match["line"]), match["code"]))
    if result.stdout:
        assert result.returncode == 1
    return found


def messages(result: subprocess.CompletedProcess[str]) -> dict[tuple[int, str], str]:
    """Return the text of each ABL finding of a run, by (line, code)."""
    found = {}
    for line in result.stdout.splitlines():
        match = OUTPUT.match(line)
        if match and match["code"].startswith("ABL"):
            found[int(match["line"]), match["code"]] = match["text"]
    return found


# --- fixtures, grouped by their flake8-args header ------------------------------


def _fixtures() -> list[Path]:
    return [path for path in harness.fixture_paths() if harness.runs_here(path)]


def _args(path: Path) -> tuple[str, ...]:
    return tuple(harness.header_args(harness.read_source(path)))


PLAIN = [path for path in _fixtures() if not _args(path)]
WITH_HEADER = [path for path in _fixtures() if _args(path)]


def _snapshot(paths: Iterable[Path]) -> dict[str, str]:
    """Read the fixtures once, so that flake8 and the in-process run see the same text."""
    return {path.name: harness.read_source(path) for path in paths}


def _in_process(sources: dict[str, str]) -> set[Row]:
    found = set()
    for name, source in sources.items():
        for finding in harness.compare_source(source, name).findings:
            found.add((name, finding.line, finding.code))
    return found


def _unmarked(sources: dict[str, str]) -> set[Row]:
    found = set()
    for name, source in sources.items():
        comparison = harness.compare_source(source, name)
        found |= {(name, line, code) for line, code in comparison.unexpected}
    return found


def _write(sources: dict[str, str], directory: Path, noqa: bool = False) -> Path:
    directory.mkdir(parents=True)
    for name, source in sources.items():
        if noqa:
            source = MARKER.sub(r"# noqa: \g<codes>", source)
        (directory / name).write_text(source, encoding="utf-8")
    return directory


@pytest.fixture(scope="module")
def plain_sources() -> dict[str, str]:
    if not PLAIN:
        pytest.skip("no fixture without a flake8-args header")
    return _snapshot(PLAIN)


@pytest.fixture(scope="module")
def directory_runs(
    plain_sources: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> dict[int, set[Row]]:
    directory = _write(plain_sources, tmp_path_factory.mktemp("run") / "fixtures")
    runs = {}
    for jobs in (1, 2):
        args = ("--isolated", "--select=ABL", f"--jobs={jobs}", "fixtures")
        runs[jobs] = rows(flake8(*args, cwd=directory.parent))
    return runs


# --- registration -------------------------------------------------------------


def test_version_lists_the_plugin(tmp_path: Path) -> None:
    result = flake8("--version", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    version = importlib.metadata.version("flake8-async-blocking")
    assert f"flake8-async-blocking: {version}" in result.stdout


def test_help_lists_the_options(tmp_path: Path) -> None:
    result = flake8("--help", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    for option in (
        "--async-blocking-calls",
        "--async-blocking-allow",
        "--async-blocking-backend",
        "--async-blocking-loop-threshold",
    ):
        assert option in result.stdout


# --- the fixtures under flake8 ------------------------------------------------------


def test_directory_run_matches_in_process(
    directory_runs: dict[int, set[Row]], plain_sources: dict[str, str]
) -> None:
    expected = _in_process(plain_sources)
    assert expected, "the fixtures gave no finding in process"
    assert directory_runs[2] == expected


def test_one_job_matches_two_jobs(directory_runs: dict[int, set[Row]]) -> None:
    assert directory_runs[1] == directory_runs[2]


@pytest.mark.parametrize("path", WITH_HEADER, ids=[path.name for path in WITH_HEADER])
def test_fixture_with_header_matches_in_process(path: Path, tmp_path: Path) -> None:
    sources = _snapshot([path])
    _write(sources, tmp_path / "fixtures")
    args = ("--isolated", "--select=ABL", *_args(path), f"fixtures/{path.name}")
    assert rows(flake8(*args, cwd=tmp_path)) == _in_process(sources)


def _noqa_groups() -> list[tuple[tuple[str, ...], list[Path]]]:
    groups: dict[tuple[str, ...], list[Path]] = {}
    for path in _fixtures():
        groups.setdefault(_args(path), []).append(path)
    return sorted(groups.items())


@pytest.mark.parametrize(
    ("args", "paths"),
    _noqa_groups(),
    ids=[" ".join(args) or "no-header" for args, _ in _noqa_groups()],
)
def test_noqa_silences_every_marker(
    args: Sequence[str], paths: list[Path], tmp_path: Path
) -> None:
    sources = _snapshot(paths)
    _write(sources, tmp_path / "fixtures", noqa=True)
    result = flake8("--isolated", "--select=ABL", "--jobs=2", *args, "fixtures", cwd=tmp_path)
    # Only findings with no marker (a fixture bug test_fixtures.py reports) may remain.
    assert rows(result) == _unmarked(sources)


# --- the noqa codes of flake8-async and ruff -------------------------------------

PEER_NOQA = textwrap.dedent(
    """\
    import subprocess
    import time
    from pathlib import Path


    async def handler(path: Path, name: str):
        time.sleep(1)  # noqa: ASYNC251
        with open(name) as f:  # noqa:ASYNC230,E501
            data = f.read()  # NoQA: E501 ASYNC232
        subprocess.run(["ls"])  # noqa: ASYNC22
        text = path.read_text()  # noqa: ASYNC240
        time.sleep(2)  # noqa: ASYNC230
        time.sleep(3)  # noqa: async251
        time.sleep(4)  # noqa: E501
        time.sleep(5)  # ASYNC251 is fine here, says a comment with no noqa
        return data, text
    """
)


def test_peer_noqa_codes_hide_the_matching_finding(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(PEER_NOQA)
    result = flake8("--isolated", "--select=ABL", "app.py", cwd=tmp_path)
    # Not hidden: a peer code of another finding (ASYNC230 on a sleep), a
    # lower-case code (flake8 compares codes as written), an unrelated code.
    assert rows(result) == {
        ("app.py", 12, "ABL101"),
        ("app.py", 13, "ABL101"),
        ("app.py", 14, "ABL101"),
        ("app.py", 15, "ABL101"),
    }
    disabled = flake8("--isolated", "--select=ABL", "--disable-noqa", "app.py", cwd=tmp_path)
    assert len(rows(disabled)) == 9


@pytest.mark.parametrize(
    "comment",
    ["# noqa: ASYNC251", "# noqa:ASYNC251", "# NOQA: E501, ASYNC251", "# noqa: E1 ASYNC2",
     "# noqa: ASYNC251,E501", "# noqa: E501 ASYNC230", "# noqa", "# noqa: async251",
     "# noqa : ASYNC251", "#noqa: ASYNC251"],
)
def test_peer_noqa_parses_like_flake8(comment: str) -> None:
    from flake8.defaults import NOQA_INLINE_REGEXP
    from flake8_async_blocking.suppress import peer_suppressed

    match = NOQA_INLINE_REGEXP.search("time.sleep(1)  " + comment)
    codes = (match.groupdict()["codes"] or "") if match else ""
    listed = tuple(code for code in re.split(r"[,\s]", codes) if code)
    expected = bool(listed) and ("ASYNC251" in listed or "ASYNC251".startswith(listed))
    assert peer_suppressed("ABL101", ["time.sleep(1)  " + comment + "\n"], 1) is expected


# --- stdin ----------------------------------------------------------------------


def test_stdin_with_display_name(tmp_path: Path) -> None:
    result = flake8(
        "--isolated",
        "--select=ABL",
        "--stdin-display-name=app.py",
        "-",
        cwd=tmp_path,
        stdin=SLEEPER,
    )
    assert rows(result) == {("app.py", 5, "ABL101")}
    assert result.stdout.startswith("app.py:5:5: ABL101 time.sleep() blocks the event loop")


def test_stdin_without_async_is_clean(tmp_path: Path) -> None:
    source = SLEEPER.replace("async def", "def")
    result = flake8("--isolated", "--select=ABL", "-", cwd=tmp_path, stdin=source)
    assert rows(result) == set()


# --- configuration files ------------------------------------------------------------


def _write_config(directory: Path, name: str, body: str) -> None:
    text = "[flake8]\nselect = ABL\n" + textwrap.dedent(body)
    (directory / name).write_text(text, encoding="utf-8")


def _suggestion(qualname: str, backend: str) -> str:
    api = catalogue.CALLS[qualname]
    assert api is not None
    variants = catalogue.SUGGESTIONS[api.suggestion]
    return variants.get(backend, variants["asyncio"])


CALLS_SOURCE = textwrap.dedent(
    """\
    import mylib
    from mylib.sub import query as run_query


    async def handler():
        mylib.fetch_blocking()
        await mylib.fetch_async()
        return run_query("select 1")
    """
)

LOOP_SOURCE = textwrap.dedent(
    """\
    async def handler(values):
        total = 0
        for i in range(50):
            total += i
        return total
    """
)

CONFIG_CASES = {
    "backend": (
        "async-blocking-backend = trio\n",
        SLEEPER,
        {("app.py", 5, "ABL101")},
    ),
    "calls": (
        """\
        async-blocking-calls =
            mylib.fetch_blocking -> await mylib.fetch_async(),
            mylib.sub.query -> mylib.sub.aquery
        """,
        CALLS_SOURCE,
        {("app.py", 6, "ABL901"), ("app.py", 8, "ABL901")},
    ),
    "allow": ("async-blocking-allow = time.sleep, mylib.*\n", SLEEPER, set()),
    "loop-threshold": (
        "async-blocking-loop-threshold = 10\n",
        LOOP_SOURCE,
        {("app.py", 3, "ABL501")},
    ),
}


@pytest.mark.parametrize("config", CONFIG_FILES)
@pytest.mark.parametrize("case", sorted(CONFIG_CASES))
def test_settings_from_config_file(case: str, config: str, tmp_path: Path) -> None:
    body, source, expected = CONFIG_CASES[case]
    (tmp_path / "app.py").write_text(source, encoding="utf-8")
    before = flake8("--isolated", "--select=ABL", "app.py", cwd=tmp_path)
    _write_config(tmp_path, config, body)
    after = flake8("app.py", cwd=tmp_path)
    assert rows(after) == expected
    assert rows(after) != rows(before) or messages(after) != messages(before)
    if case == "backend":
        text = messages(after)[5, "ABL101"]
        assert text.endswith(f"; use {_suggestion('time.sleep', 'trio')}"), text
        default = _suggestion("time.sleep", "asyncio")
        assert messages(before)[5, "ABL101"].endswith(f"; use {default}")
    if case == "calls":
        found = messages(after)
        assert found[6, "ABL901"].startswith("mylib.fetch_blocking() blocks the event loop")
        assert found[6, "ABL901"].endswith("; use await mylib.fetch_async()")
        assert found[8, "ABL901"].startswith("mylib.sub.query() blocks the event loop")
        assert found[8, "ABL901"].endswith("; use mylib.sub.aquery")


def test_command_line_overrides_config(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(SLEEPER, encoding="utf-8")
    _write_config(tmp_path, "setup.cfg", "async-blocking-backend = trio\n")
    result = flake8("--async-blocking-backend=anyio", "app.py", cwd=tmp_path)
    assert messages(result)[5, "ABL101"].endswith(f"; use {_suggestion('time.sleep', 'anyio')}")


BAD_VALUES = [
    ("async-blocking-backend", "foo"),
    ("async-blocking-calls", "nonsense"),
    ("async-blocking-calls", "not a name -> x"),
    ("async-blocking-allow", "os/path"),
    ("async-blocking-loop-threshold", "-3"),
    ("async-blocking-python-path", "no/such/dir"),
    ("async-blocking-cache-dir", "setup.cfg"),
]


@pytest.mark.parametrize(("option", "value"), BAD_VALUES)
def test_bad_value_in_config_stops_flake8(option: str, value: str, tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(SLEEPER, encoding="utf-8")
    _write_config(tmp_path, "setup.cfg", f"{option} = {value}\n")
    result = flake8("app.py", cwd=tmp_path)
    assert result.returncode != 0
    assert result.stdout == ""
    assert option in result.stderr
    assert "Traceback" not in result.stderr
    bad_entry = value.partition(" ->")[0] if "->" in value else value
    assert repr(bad_entry) in result.stderr, result.stderr


@pytest.mark.parametrize("config", CONFIG_FILES)
def test_bad_value_in_each_config_file(config: str, tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(SLEEPER, encoding="utf-8")
    _write_config(tmp_path, config, "async-blocking-backend = foo\n")
    result = flake8("app.py", cwd=tmp_path)
    assert result.returncode != 0
    assert "async-blocking-backend" in result.stderr and "'foo'" in result.stderr


def test_bad_value_on_the_command_line(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(SLEEPER, encoding="utf-8")
    result = flake8("--isolated", "--async-blocking-loop-threshold=-3", "app.py", cwd=tmp_path)
    assert result.returncode != 0
    assert "async-blocking-loop-threshold" in result.stderr and "'-3'" in result.stderr


# --- opt-in codes ---------------------------------------------------------------


def _opt_in_sources() -> dict[str, str]:
    """Return, per default-off code, a tiny source calling a catalogued API of it."""
    sources: dict[str, str] = {}
    for qualname, api in sorted(catalogue.CALLS.items()):
        if api is None or api.code not in DEFAULT_OFF or api.guard or api.code in sources:
            continue
        module, _, attr = qualname.rpartition(".")
        sources[api.code] = f"import {module}\n\n\nasync def handler(data):\n    {qualname}(data)\n"
    return sources


def test_opt_in_codes_are_off_by_default(tmp_path: Path) -> None:
    assert set(DEFAULT_OFF) == {"ABL503", "ABL803"}
    sources = _opt_in_sources()
    assert set(sources) == set(DEFAULT_OFF), "no catalogued API for some opt-in code"
    for code, source in sources.items():
        (tmp_path / f"{code}.py").write_text(source, encoding="utf-8")
    default = flake8("--isolated", ".", cwd=tmp_path)
    assert rows(default, "ABL") == set()
    opted_in = flake8("--isolated", f"--extend-select={','.join(DEFAULT_OFF)}", ".", cwd=tmp_path)
    assert rows(opted_in, "ABL") == {(f"{code}.py", 5, code) for code in sources}


def test_opt_in_fixture_markers_need_extend_select(tmp_path: Path) -> None:
    paths = [
        path
        for path in _fixtures()
        if {code for _, code in harness.parse_markers(harness.read_source(path))} & set(DEFAULT_OFF)
    ]
    if not paths:
        pytest.skip("no fixture has a marker of an opt-in code")
    for path in paths:
        sources = _snapshot([path])
        directory = _write(sources, tmp_path / path.stem)
        expected = {
            (path.name, line, code)
            for line, code in harness.parse_markers(sources[path.name])
            if code in DEFAULT_OFF
        }
        default = rows(flake8("--isolated", *_args(path), ".", cwd=directory), "ABL")
        assert {row for row in default if row[2] in DEFAULT_OFF} == set()
        extended = flake8(
            "--isolated",
            f"--extend-select={','.join(DEFAULT_OFF)}",
            *_args(path),
            ".",
            cwd=directory,
        )
        assert {row for row in rows(extended) if row[2] in DEFAULT_OFF} == expected


def test_select_abl_turns_on_every_code(tmp_path: Path) -> None:
    sources = _opt_in_sources()
    for code, source in sources.items():
        (tmp_path / f"{code}.py").write_text(source, encoding="utf-8")
    result = flake8("--isolated", "--select=ABL", ".", cwd=tmp_path)
    assert {row[2] for row in rows(result)} == set(sources)


# --- other modules and libraries (ABL602, ABL603) -----------------------------------

PROJECTS = Path(__file__).parent / "projects"


def test_project_through_flake8_with_config_jobs_and_cache(tmp_path: Path) -> None:
    project = tmp_path / "webapp"
    shutil.copytree(PROJECTS / "webapp", project)
    site = PROJECTS / "site-packages"
    _write_config(project, "setup.cfg", f"async-blocking-python-path = {site}\n")
    expected = {
        (path.name, line, code)
        for path in (project / "webapp").rglob("*.py")
        for line, code in harness.parse_markers(harness.read_source(path))
    }
    cold = flake8("--select=ABL", "--jobs=2", "webapp", cwd=project)
    assert rows(cold) == expected
    cache = project / ".async-blocking-cache"
    assert (cache / ".gitignore").is_file() and any(cache.rglob("*.json"))
    warm = flake8("--select=ABL", "--jobs=2", "webapp", cwd=project)
    assert warm.stdout == cold.stdout
    assert any(cache.rglob("*.findings.json"))  # each checked file's findings, replayed
    assert (cache / ".pruned").is_file()  # old files looked for, by the workers too
    # An edit to a helper reaches, through the kept findings, every file that calls it.
    utils = project / "webapp" / "utils.py"
    text = utils.read_text(encoding="utf-8")
    blocking = "    with open(path) as handle:\n        return json.load(handle)"
    utils.write_text(text.replace(blocking, "    return {'path': path}", 1), encoding="utf-8")
    os.utime(utils, ns=(1, 1))  # a different mtime even on coarse clocks
    edited = flake8("--select=ABL", "--jobs=2", "webapp", cwd=project)
    fresh = flake8("--select=ABL", "--async-blocking-cache-dir=none", "webapp", cwd=project)
    assert edited.stdout == fresh.stdout != warm.stdout
    off = flake8("--select=ABL", "--async-blocking-cache-dir=none", "webapp", cwd=tmp_path)
    assert not (tmp_path / ".async-blocking-cache").exists()
    assert not any(code == "ABL603" for _, _, code in rows(off))  # library not configured


def test_project_file_on_stdin_follows_its_imports(tmp_path: Path) -> None:
    project = tmp_path / "webapp"
    shutil.copytree(PROJECTS / "webapp", project)
    source = (project / "webapp" / "routes.py").read_text(encoding="utf-8")
    result = flake8(
        "--select=ABL",
        "--stdin-display-name=webapp/routes.py",
        "--async-blocking-cache-dir=none",
        "-",
        cwd=project,
        stdin=source,
    )
    line = next(
        number
        for number, text in enumerate(source.splitlines(), 1)
        if 'register_static_path("/static"' in text
    )
    assert ("routes.py", line, "ABL602") in rows(result)
