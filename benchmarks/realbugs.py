"""Measure recall on a held-out set of real blocking bugs that projects later fixed.

Usage::

    python benchmarks/realbugs.py              # fetch what is missing, run, report
    python benchmarks/realbugs.py --no-ruff    # skip ruff's ASYNC rules
    python benchmarks/realbugs.py --only ID    # one bug (repeatable)
    python benchmarks/realbugs.py --list       # print the set and exit
    python benchmarks/realbugs.py --set benchmarks/devbugs.json   # another set

``benchmarks/realbugs.json`` lists bugs found in public issue and pull-request
threads: a call inside an ``async def`` that blocked the event loop and that the
maintainers later fixed (moved to an executor, made async, or removed).  ``--set``
runs another file of the same format instead (``benchmarks/devbugs.json``, the
development set that rules may be studied against).  Each record
pins a release from before the fix, the file inside that release and the line of the
call in the coroutine (the line a linter should flag, not the deep blocking call).
For the shapes where the blocking happens inside an installed third-party library,
the record also pins the library release the project used then.

The script downloads each pinned release with ``pip download --no-deps`` into
``benchmarks/corpus/realbugs/dist/`` and extracts its ``.py`` files into
``benchmarks/corpus/realbugs/src/<dist>-<version>/``; libraries go into
``benchmarks/corpus/realbugs/lib/<dist>-<version>/`` (``pip install --no-deps
--target``, or the wheel unpacked where pip refuses it for this interpreter).  Then
it runs real flake8 with the plugin and only ABL selected (``flake8_run.py with
--only``, ``--isolated``) from the extracted project root, so that analysis across
modules can find sibling modules, passing ``--async-blocking-python-path=<lib dir>``
when this flake8 knows that option.  A bug counts as found when any ABL finding lies
on one of its lines or one line away (a call that spans lines).  ``ruff check
--select ASYNC`` gives the peer figure on the same files.

The set is held out: never tune the plugin against it, and never copy its code into
fixtures.  Results go next to the set, named after it:
``benchmarks/realbugs-results.json``, ``benchmarks/devbugs-results.json``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from collections import defaultdict
from pathlib import Path, PurePosixPath
from typing import Any, Iterator, NamedTuple, Sequence

HERE = Path(__file__).resolve().parent
DATA = HERE / "realbugs.json"
BASE = HERE / "corpus" / "realbugs"
DIST = BASE / "dist"
SRC = BASE / "src"
LIB = BASE / "lib"
RUNNER = HERE / "flake8_run.py"
PATH_OPTION = "--async-blocking-python-path"
CACHE_OPTION = "--async-blocking-cache-dir"
FINDING = re.compile(
    r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]+\d+) (?P<text>.*)$"
)
DEEP = frozenset({"other-module", "attribute-object", "library"})
SHAPES = ("same-function", "same-module-helper", "other-module", "attribute-object", "library")


def _key(dist: str, version: str) -> str:
    return f"{re.sub(r'[-_.]+', '-', dist).lower()}-{version}"


def _pip(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "pip", *args, "--disable-pip-version-check", "-q"]
    return subprocess.run(command, capture_output=True, text=True, check=False)


class Finding(NamedTuple):
    path: str
    line: int
    code: str
    text: str


def _archives(target: Path) -> list[Path]:
    if not target.is_dir():
        return []
    return sorted(p for p in target.iterdir() if p.suffix in {".whl", ".zip", ".gz"})


def download(dist: str, version: str) -> Path:
    """Download one release (a wheel where one exists) and return the archive."""
    target = DIST / _key(dist, version)
    found = _archives(target)
    if found:
        return found[0]
    target.mkdir(parents=True, exist_ok=True)
    # The pinned releases span several Python versions; only the sources are read,
    # so a release that requires a newer interpreter is still fetched.
    result = _pip(
        "download", "--no-deps", "--prefer-binary", "--ignore-requires-python",
        "-d", str(target), f"{dist}=={version}",
    )
    found = _archives(target)
    if result.returncode != 0 or not found:
        detail = result.stderr.strip()[-400:]
        raise RuntimeError(f"pip download {dist}=={version} failed: {detail}")
    return found[0]


def _members(archive: Path) -> Iterator[tuple[PurePosixPath, bytes]]:
    if archive.suffix in {".whl", ".zip"}:
        with zipfile.ZipFile(archive) as zipped:
            for name in zipped.namelist():
                if name.endswith(".py"):
                    yield PurePosixPath(name), zipped.read(name)
        return
    with tarfile.open(archive) as tarred:
        for member in tarred.getmembers():
            if member.isfile() and member.name.endswith(".py"):
                handle = tarred.extractfile(member)
                if handle is not None:
                    # An sdist wraps everything in <name>-<version>/: drop it.
                    yield PurePosixPath(*PurePosixPath(member.name).parts[1:]), handle.read()


def extract(archive: Path, target: Path) -> Path:
    """Write the archive's .py files under target (once) and return target."""
    marker = target / ".complete"
    if marker.exists():
        return target
    if target.exists():
        shutil.rmtree(target)
    for relative, data in _members(archive):
        if not relative.parts or ".." in relative.parts or relative.is_absolute():
            continue
        path = target.joinpath(*relative.parts)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    target.mkdir(parents=True, exist_ok=True)
    marker.write_text("ok\n")
    return target


def project_root(dist: str, version: str, file: str) -> Path:
    """The directory from which ``file`` (the site's path) is found."""
    root = extract(download(dist, version), SRC / _key(dist, version))
    for candidate in (root, root / "src"):
        if (candidate / file).is_file():
            return candidate
    raise RuntimeError(f"{file} is not in {dist}=={version}")


def library_dir(dist: str, version: str) -> Path:
    """Install a library (no dependencies) into its own target directory."""
    target = LIB / _key(dist, version)
    marker = target / ".complete"
    if marker.exists():
        return target
    if target.exists():
        shutil.rmtree(target)
    result = _pip(
        "install", "--no-deps", "--no-compile", "--ignore-requires-python",
        "--target", str(target), f"{dist}=={version}",
    )
    if result.returncode != 0:
        # A release that will not install on this interpreter (no wheel, and its sdist
        # does not build here): its sources are all the analysis reads.
        if target.exists():
            shutil.rmtree(target)
        extract(download(dist, version), target)
    marker.write_text("ok\n")
    return target


def flake8_knows(option: str) -> bool:
    """Whether the plugin of this checkout registers ``option``."""
    command = [sys.executable, str(RUNNER), "with", "--only", "--", "--help"]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    return option in result.stdout


def run_flake8(
    root: Path, files: Sequence[str], lib: Path | None, use_path: bool
) -> list[Finding]:
    """Real flake8, ABL only, run from the project root on the site files."""
    command = [
        sys.executable, str(RUNNER), "with", "--only", "--",
        "--isolated", "--select=ABL", "--jobs=1", "--exit-zero",
    ]
    if use_path:
        # No disk cache: its answers are keyed by the plugin's version, which stays
        # the same while the analysis changes, so a cache left by another checkout
        # (or an earlier run) would answer for code that is no longer there.
        command.append(f"{CACHE_OPTION}=none")
    if lib is not None and use_path:
        command.append(f"{PATH_OPTION}={lib}")
    command.extend(files)
    result = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
    if "failed during execution" in result.stderr or result.returncode != 0:
        raise RuntimeError(f"flake8 failed in {root}: {result.stderr.strip()[-800:]}")
    findings = []
    for line in result.stdout.splitlines():
        match = FINDING.match(line.strip())
        if match:
            path = os.path.normpath(match["path"])
            findings.append(Finding(path, int(match["line"]), match["code"], match["text"]))
    return findings


def ruff_command() -> list[str] | None:
    """How to run ruff here, or None when it is not installed."""
    if importlib.util.find_spec("ruff") is not None:
        return [sys.executable, "-m", "ruff"]
    path = shutil.which("ruff")
    return [path] if path else None


def run_ruff(command: list[str], root: Path, files: Sequence[str]) -> list[Finding]:
    args = [
        *command, "check", "--isolated", "--no-cache", "--select", "ASYNC",
        "--output-format", "json", "--exit-zero", *files,
    ]
    result = subprocess.run(args, cwd=root, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"ruff failed in {root}: {result.stderr.strip()[-800:]}")
    findings = []
    for item in json.loads(result.stdout or "[]"):
        path = os.path.normpath(os.path.relpath(item["filename"], root))
        row = int(item["location"]["row"])
        findings.append(Finding(path, row, str(item["code"]), str(item["message"])))
    return findings


def hits(bug: dict[str, Any], findings: Sequence[Finding]) -> list[str]:
    """Findings in the bug's file on one of its lines, or one line away."""
    wanted = {line + delta for line in bug["lines"] for delta in (-1, 0, 1)}
    path = os.path.normpath(bug["file"])
    return [
        f"{item.line}: {item.code} {item.text}"
        for item in findings
        if item.path == path and item.line in wanted
    ]


def results_path(data: Path) -> Path:
    """Where the results of the set in ``data`` go: ``<stem>-results.json`` beside it."""
    return data.with_name(f"{data.stem}-results.json")


def load(data: Path, only: Sequence[str]) -> list[dict[str, Any]]:
    bugs: list[dict[str, Any]] = json.loads(data.read_text())["bugs"]
    if data.resolve() != DATA.resolve():
        # A development set must not hold a fix of the held-out set: rules tuned
        # on it would count twice.  Only the fix links are compared.
        held_out = {bug["fix"] for bug in json.loads(DATA.read_text())["bugs"]}
        shared = sorted(bug["id"] for bug in bugs if bug["fix"] in held_out)
        if shared:
            raise SystemExit(f"{data.name}: fixes of the held-out set: {', '.join(shared)}")
    if only:
        bugs = [bug for bug in bugs if bug["id"] in only]
    return bugs


def evaluate(
    bugs: Sequence[dict[str, Any]], use_path: bool, ruff: list[str] | None
) -> tuple[list[dict[str, Any]], list[str]]:
    """One flake8 (and ruff) run per (release, library) pair; one row per bug."""
    groups: dict[tuple[str, str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for bug in bugs:
        lib = bug.get("library") or {}
        key = (bug["dist"], bug["version"], lib.get("dist", ""), lib.get("version", ""))
        groups[key].append(bug)
    rows: list[dict[str, Any]] = []
    errors: list[str] = []
    off = default_off()
    for (dist, version, lib_dist, lib_version), members in sorted(groups.items()):
        try:
            root = project_root(dist, version, members[0]["file"])
            lib = library_dir(lib_dist, lib_version) if lib_dist else None
            for bug in members:
                if not (root / bug["file"]).is_file():
                    raise RuntimeError(f"{bug['file']} is not in {dist}=={version}")
            files = sorted({bug["file"] for bug in members})
            ours = run_flake8(root, files, lib, use_path)
            theirs = run_ruff(ruff, root, files) if ruff else []
        except (RuntimeError, OSError, ValueError) as exc:
            errors.append(f"{dist}=={version}: {exc}")
            ours, theirs = [], []
            failed = str(exc)
        else:
            failed = ""
        for bug in members:
            mine, peer = hits(bug, ours), hits(bug, theirs)
            rows.append({
                "id": bug["id"], "project": bug["project"], "shape": bug["shape"],
                "site": f"{bug['file']}:{bug['lines'][0]}",
                "abl": bool(mine), "ruff": bool(peer),
                "abl_default": any(_code(hit) not in off for hit in mine),
                "abl_hits": mine, "ruff_hits": peer, "error": failed,
            })
    rows.sort(key=lambda row: str(row["id"]))
    return rows, errors


def default_off() -> frozenset[str]:
    """The plugin's opt-in codes: ``--select=ABL`` turns them on, a user's default run does not."""
    try:
        from flake8_async_blocking.codes import DEFAULT_OFF
    except ImportError:
        return frozenset()
    return frozenset(DEFAULT_OFF)


def _code(hit: str) -> str:
    """The code of a kept hit (``"12: ABL601 text"``)."""
    return hit.partition(": ")[2].partition(" ")[0]


def _recall(rows: Sequence[dict[str, Any]], field: str) -> dict[str, Any]:
    found = sum(1 for row in rows if row[field])
    recall = round(found / len(rows), 3) if rows else None
    return {"found": found, "total": len(rows), "recall": recall}


def _figures(rows: Sequence[dict[str, Any]], with_ruff: bool) -> dict[str, Any]:
    return {
        "abl": _recall(rows, "abl"),
        "abl_default": _recall(rows, "abl_default"),
        "ruff": _recall(rows, "ruff") if with_ruff else None,
    }


def _line(label: str, figures: dict[str, Any]) -> str:
    abl, default = figures["abl"], figures["abl_default"]
    text = f"  {label:26} ABL {abl['found']:2}/{abl['total']:<3} default codes {default['found']:2}"
    if figures["ruff"] is not None:
        text += f"  ruff {figures['ruff']['found']:2}/{figures['ruff']['total']}"
    return text


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(usage=__doc__)
    parser.add_argument("--no-ruff", action="store_true", help="skip ruff's ASYNC rules")
    parser.add_argument("--only", action="append", default=[], help="run this bug id only")
    parser.add_argument("--list", action="store_true", help="print the set and exit")
    parser.add_argument(
        "--set", type=Path, default=DATA, dest="data",
        help="the set of bugs to run (default: %(default)s)",
    )
    parser.add_argument(
        "--json", type=Path, default=None,
        help="where to write the results (default: <set>-results.json beside the set)",
    )
    args = parser.parse_args(argv)
    output: Path = args.json or results_path(args.data)

    bugs = load(args.data, args.only)
    if args.list:
        for bug in bugs:
            release = f"{bug['dist']}=={bug['version']}"
            print(f"{bug['id']:44} {bug['shape']:19} {release:28} {bug['file']}:{bug['lines'][0]}")
        return 0

    started = time.monotonic()
    use_path = flake8_knows(PATH_OPTION)
    ruff = None if args.no_ruff else ruff_command()
    known = "passed" if use_path else "not known to this flake8"
    print(f"{len(bugs)} bugs; {PATH_OPTION}: {known}; ruff: {'yes' if ruff else 'no'}")

    rows, errors = evaluate(bugs, use_path, ruff)

    print()
    print(f"{'bug':44} {'shape':19} {'ABL':5} ruff")
    for row in rows:
        mark = "error" if row["error"] else ("-" if not row["abl"] else (
            "found" if row["abl_default"] else "opt-in"))
        print(f"{row['id']:44} {row['shape']:19} {mark:5} {'found' if row['ruff'] else '-'}")

    with_ruff = ruff is not None
    summary = {
        "all": _figures(rows, with_ruff),
        "cross_module_or_library": _figures([r for r in rows if r["shape"] in DEEP], with_ruff),
        "same_module": _figures([r for r in rows if r["shape"] not in DEEP], with_ruff),
    }
    by_shape = {
        shape: _figures([r for r in rows if r["shape"] == shape], with_ruff)
        for shape in SHAPES
        if any(r["shape"] == shape for r in rows)
    }
    fixes = len({bug["fix"] for bug in bugs})
    projects = len({bug["project"] for bug in bugs})
    print()
    print(f"recall on {len(rows)} sites ({fixes} fixes, {projects} projects):")
    for label, figures in summary.items():
        print(_line(label, figures))
    for shape, figures in by_shape.items():
        print(_line(shape, figures))
    for message in errors:
        print(f"error: {message}")

    report = {
        "generated": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "set": args.data.name,
        "python_path_option": use_path,
        "ruff": with_ruff,
        "seconds": round(time.monotonic() - started, 1),
        "sites": len(rows), "fixes": fixes, "projects": projects,
        "summary": summary, "by_shape": by_shape, "bugs": rows, "errors": errors,
    }
    output.write_text(json.dumps(report, indent=2) + "\n")
    print(f"written {output}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
