"""Measure recall on a held-out set of real blocking bugs that projects later fixed.

Usage::

    python benchmarks/realbugs.py              # fetch what is missing, run, report
    python benchmarks/realbugs.py --no-ruff    # skip ruff's ASYNC rules
    python benchmarks/realbugs.py --only ID    # one bug (repeatable)
    python benchmarks/realbugs.py --list       # print the set and exit

``benchmarks/realbugs.json`` lists bugs found in public issue and pull-request
threads: a call inside an ``async def`` that blocked the event loop and that the
maintainers later fixed (moved to an executor, made async, or removed).  Each record
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
fixtures.  Results go to ``benchmarks/realbugs-results.json``.
"""

from __future__ import annotations

import argparse
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
from typing import Any, Iterable, Sequence

HERE = Path(__file__).resolve().parent
DATA = HERE / "realbugs.json"
RESULTS = HERE / "realbugs-results.json"
BASE = HERE / "corpus" / "realbugs"
DIST = BASE / "dist"
SRC = BASE / "src"
LIB = BASE / "lib"
RUNNER = HERE / "flake8_run.py"
PATH_OPTION = "--async-blocking-python-path"
FINDING = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]+\d+) (?P<text>.*)$")
SHAPES = ("same-function", "same-module-helper", "other-module", "attribute-object", "library")


def _key(dist: str, version: str) -> str:
    return f"{re.sub(r'[-_.]+', '-', dist).lower()}-{version}"


def _pip(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "pip", *args, "--disable-pip-version-check", "-q"]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def download(dist: str, version: str) -> Path:
    """Download one release (a wheel where one exists) and return the archive."""
    target = DIST / _key(dist, version)
    found = [p for p in target.glob("*") if p.suffix in {".whl", ".zip", ".gz"}] if target.is_dir() else []
    if found:
        return found[0]
    target.mkdir(parents=True, exist_ok=True)
    # The pinned releases span several Python versions; only the sources are read,
    # so a release that requires a newer interpreter is still fetched.
    result = _pip(
        "download", "--no-deps", "--prefer-binary", "--ignore-requires-python",
        "-d", str(target), f"{dist}=={version}",
    )
    found = [p for p in target.glob("*") if p.suffix in {".whl", ".zip", ".gz"}]
    if result.returncode != 0 or not found:
        raise RuntimeError(f"pip download {dist}=={version} failed: {result.stderr.strip()[-400:]}")
    return found[0]


def _members(archive: Path) -> Iterable[tuple[PurePosixPath, bytes]]:
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
        if not relative.parts or ".." in relative.parts:
            continue
        path = target.joinpath(*relative.parts)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
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
        # A wheel built for another interpreter: its sources are all that is read.
        archive = download(dist, version)
        if target.exists():
            shutil.rmtree(target)
        extract(archive, target)
    marker.write_text("ok\n")
    return target


def flake8_knows(option: str) -> bool:
    """Whether the plugin of this checkout registers ``option``."""
    command = [sys.executable, str(RUNNER), "with", "--only", "--", "--help"]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    return option in result.stdout


def run_flake8(root: Path, files: Sequence[str], lib: Path | None, use_path: bool) -> list[dict[str, Any]]:
    command = [sys.executable, str(RUNNER), "with", "--only", "--",
               "--isolated", "--select=ABL", "--jobs=1", "--exit-zero"]
    if lib is not None and use_path:
        command.append(f"{PATH_OPTION}={lib}")
    command.extend(files)
    result = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
    if "failed during execution" in result.stderr or result.returncode not in (0, 1):
        raise RuntimeError(f"flake8 failed in {root}: {result.stderr.strip()[-800:]}")
    return _parse(result.stdout)


def _parse(output: str) -> list[dict[str, Any]]:
    findings = []
    for line in output.splitlines():
        match = FINDING.match(line.strip())
        if match:
            findings.append({
                "path": os.path.normpath(match["path"]), "line": int(match["line"]),
                "code": match["code"], "text": match["text"],
            })
    return findings


def ruff_command() -> list[str] | None:
    try:
        import ruff  # noqa: F401
    except ImportError:
        path = shutil.which("ruff")
        return [path] if path else None
    return [sys.executable, "-m", "ruff"]


def run_ruff(command: list[str], root: Path, files: Sequence[str]) -> list[dict[str, Any]]:
    args = [*command, "check", "--isolated", "--no-cache", "--select", "ASYNC",
            "--output-format", "json", "--exit-zero", *files]
    result = subprocess.run(args, cwd=root, capture_output=True, text=True, check=False)
    findings = []
    for item in json.loads(result.stdout or "[]"):
        findings.append({
            "path": os.path.normpath(os.path.relpath(item["filename"], root)),
            "line": int(item["location"]["row"]), "code": item["code"], "text": item["message"],
        })
    return findings


def hits(bug: dict[str, Any], findings: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Findings in the bug's file on one of its lines, or one line away."""
    wanted = {line + delta for line in bug["lines"] for delta in (-1, 0, 1)}
    path = os.path.normpath(bug["file"])
    return [f for f in findings if f["path"] == path and f["line"] in wanted]


def load(only: Sequence[str]) -> list[dict[str, Any]]:
    bugs: list[dict[str, Any]] = json.loads(DATA.read_text())["bugs"]
    if only:
        bugs = [bug for bug in bugs if bug["id"] in only]
    return bugs


def _recall(rows: Sequence[dict[str, Any]], field: str) -> dict[str, Any]:
    found = sum(1 for row in rows if row[field])
    return {"found": found, "total": len(rows), "recall": round(found / len(rows), 3) if rows else None}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(usage=__doc__)
    parser.add_argument("--no-ruff", action="store_true", help="skip ruff's ASYNC rules")
    parser.add_argument("--only", action="append", default=[], help="run this bug id only")
    parser.add_argument("--list", action="store_true", help="print the set and exit")
    parser.add_argument("--json", type=Path, default=RESULTS)
    args = parser.parse_args(argv)

    bugs = load(args.only)
    if args.list:
        for bug in bugs:
            print(f"{bug['id']:32} {bug['shape']:19} {bug['dist']}=={bug['version']} {bug['file']}:{bug['lines'][0]}")
        return 0

    started = time.monotonic()
    use_path = flake8_knows(PATH_OPTION)
    ruff = None if args.no_ruff else ruff_command()
    print(f"{len(bugs)} bugs; {PATH_OPTION}: {'passed' if use_path else 'not known to this flake8'}; "
          f"ruff: {'yes' if ruff else 'no'}")

    # One flake8 run per (release, library) pair, on all the files of its sites.
    groups: dict[tuple[str, str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for bug in bugs:
        lib = bug.get("library") or {}
        groups[(bug["dist"], bug["version"], lib.get("dist", ""), lib.get("version", ""))].append(bug)

    rows: list[dict[str, Any]] = []
    errors: list[str] = []
    for (dist, version, lib_dist, lib_version), members in sorted(groups.items()):
        try:
            root = project_root(dist, version, members[0]["file"])
            lib = library_dir(lib_dist, lib_version) if lib_dist else None
            files = sorted({bug["file"] for bug in members})
            for bug in members:
                if not (root / bug["file"]).is_file():
                    raise RuntimeError(f"{bug['file']} is not in {dist}=={version}")
            ours = run_flake8(root, files, lib, use_path)
            peers = run_ruff(ruff, root, files) if ruff else []
        except (RuntimeError, OSError, ValueError) as error:
            errors.append(f"{dist}=={version}: {error}")
            for bug in members:
                rows.append({"id": bug["id"], "shape": bug["shape"], "error": str(error),
                             "abl": False, "ruff": False, "abl_hits": [], "ruff_hits": []})
            continue
        for bug in members:
            mine, theirs = hits(bug, ours), hits(bug, peers)
            rows.append({
                "id": bug["id"], "shape": bug["shape"], "project": bug["project"],
                "site": f"{bug['file']}:{bug['lines'][0]}",
                "abl": bool(mine), "ruff": bool(theirs),
                "abl_hits": [f"{f['line']}: {f['code']} {f['text']}" for f in mine],
                "ruff_hits": [f"{f['line']}: {f['code']} {f['text']}" for f in theirs],
            })

    rows.sort(key=lambda row: row["id"])
    print()
    print(f"{"bug":44} {'shape':19} {'ABL':5} {'ruff':5}")
    for row in rows:
        mark = "error" if row.get("error") else ("found" if row["abl"] else "-")
        peer = "found" if row["ruff"] else "-"
        print(f"{row["id"]:44} {row['shape']:19} {mark:5} {peer:5}")

    summary: dict[str, Any] = {"abl": _recall(rows, "abl"), "ruff": _recall(rows, "ruff") if ruff else None}
    by_shape: dict[str, Any] = {}
    for shape in SHAPES:
        subset = [row for row in rows if row["shape"] == shape]
        if subset:
            by_shape[shape] = {"abl": _recall(subset, "abl"), "ruff": _recall(subset, "ruff") if ruff else None}
    deep = [row for row in rows if row["shape"] in {"other-module", "library", "attribute-object"}]
    summary["cross_module_or_library"] = {"abl": _recall(deep, "abl"), "ruff": _recall(deep, "ruff") if ruff else None}

    print()
    print(f"recall ABL: {summary['abl']['found']}/{summary['abl']['total']}"
          + (f"   ruff ASYNC: {summary['ruff']['found']}/{summary['ruff']['total']}" if ruff else ""))
    for shape, figures in by_shape.items():
        line = f"  {shape:19} ABL {figures['abl']['found']}/{figures['abl']['total']}"
        if ruff:
            line += f"   ruff {figures['ruff']['found']}/{figures['ruff']['total']}"
        print(line)
    for error in errors:
        print(f"error: {error}")

    report = {
        "generated": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "python_path_option": use_path,
        "seconds": round(time.monotonic() - started, 1),
        "summary": summary, "by_shape": by_shape, "bugs": rows, "errors": errors,
    }
    args.json.write_text(json.dumps(report, indent=2) + "\n")
    print(f"written {args.json}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
