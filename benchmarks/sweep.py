"""Crash sweep: run the ABL plugin over every Python file in reach and report exceptions.

Usage::

    python benchmarks/sweep.py             # stdlib, site-packages, corpus, synthetic files
    python benchmarks/sweep.py --flake8    # also real flake8 (--select=ABL --jobs=2)
    python benchmarks/sweep.py --only-flake8     # only the flake8 part
    python benchmarks/sweep.py --no-site --no-stdlib      # the corpus and synthetic only

The plugin runs in process with FLAKE8_ASYNC_BLOCKING_RAISE=1, so an internal error is
raised instead of logged.  Sources: the running Python's stdlib (test/ and lib2to3's
test data included), its site-packages, the benchmark corpus (fetched if missing), and
synthetic files written to benchmarks/corpus/synthetic/ that push nesting and length to
what ast.parse accepts.  Files that ast.parse rejects (Python 2 test data, deliberate
syntax errors) are counted and skipped: flake8 never hands them to a plugin.

Prints the file, line and finding counts, every exception with its file and traceback,
and the slowest files; exits 1 if the plugin raised on any file.
"""

from __future__ import annotations

import argparse
import ast
import multiprocessing
import os
import subprocess
import sys
import sysconfig
import time
import tokenize
import traceback
from collections import Counter
from dataclasses import dataclass, field, replace
from importlib.metadata import entry_points
from pathlib import Path
from typing import Callable, Iterator, Optional, Sequence

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))  # the checkout's package, even where it is not installed
os.environ["FLAKE8_ASYNC_BLOCKING_RAISE"] = "1"

import corpus  # noqa: E402  (benchmarks/ is on sys.path when run as a script)

from flake8_async_blocking.plugin import Plugin  # noqa: E402

# No disk cache: its answers are keyed by the plugin's version, which stays the same
# while the analysis changes, so two sweeps to be diffed would share stale answers.
Plugin.settings = replace(Plugin.settings, cache_dir=None)
SYNTHETIC = corpus.CORPUS / "synthetic"
FLAKE8_RUN = HERE / "flake8_run.py"


# --------------------------------------------------------------------------- one file


@dataclass
class FileResult:
    path: str
    group: str
    lines: int = 0
    parsed: bool = False
    reason: str = ""  # why the file was not parsed
    codes: Counter[str] = field(default_factory=Counter)
    rows: list[str] = field(default_factory=list)  # "line:col text" of each finding
    error: str = ""  # the plugin's traceback, if it raised
    seconds: float = 0.0


def read_lines(path: Path) -> list[str]:
    """The file's lines as flake8 reads them (PEP 263 decoding, universal newlines)."""
    with tokenize.open(path) as handle:
        return handle.readlines()


def parse(lines: Sequence[str], path: str, recursion_limit: int = 0) -> ast.Module:
    """ast.parse, optionally under a raised recursion limit (restored afterwards)."""
    if not recursion_limit:
        return ast.parse("".join(lines), filename=path)
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(recursion_limit)
    try:
        return ast.parse("".join(lines), filename=path)
    finally:
        sys.setrecursionlimit(old)


def run_plugin(tree: ast.AST, path: str, lines: Sequence[str], result: FileResult) -> None:
    start = time.perf_counter()
    try:
        for line, col, text, _ in Plugin(tree, path, lines).run():
            result.codes[text.split(maxsplit=1)[0]] += 1
            result.rows.append(f"{line}:{col + 1}: {text}")
    except Exception:  # every internal error is what the sweep looks for
        result.error = traceback.format_exc()
    result.seconds = time.perf_counter() - start


def check_file(job: tuple[str, str, int]) -> FileResult:
    path, group, recursion_limit = job
    result = FileResult(path, group)
    try:
        lines = read_lines(Path(path))
        result.lines = len(lines)
        tree = parse(lines, path, recursion_limit)
    except (SyntaxError, ValueError, RecursionError, MemoryError, OSError) as err:
        result.reason = type(err).__name__
        return result
    result.parsed = True
    run_plugin(tree, path, lines, result)
    return result


# --------------------------------------------------------------------------- sources


def python_files(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*.py")):
        if path.is_file():
            yield path


def collect(args: argparse.Namespace) -> list[tuple[str, Path]]:
    """(group, path) for every file to sweep; a file reachable twice is swept once."""
    paths = sysconfig.get_paths()
    groups: list[tuple[str, list[Path]]] = []
    site = sorted({Path(paths["purelib"]).resolve(), Path(paths["platlib"]).resolve()})
    if not args.no_stdlib:
        groups.append(("stdlib", [Path(paths["stdlib"]).resolve()]))
    if not args.no_site:
        groups.append(("site-packages", list(site)))
    if not args.no_corpus:
        groups.append(("corpus", corpus.ensure(quiet=True)))
    seen: set[Path] = set()
    out: list[tuple[str, Path]] = []
    for group, roots in groups:
        for root in roots:
            for path in python_files(root):
                real = path.resolve()
                if group == "stdlib" and any(real.is_relative_to(s) for s in site):
                    continue  # site-packages below the stdlib folder is its own group
                if real not in seen:
                    seen.add(real)
                    out.append((group, path))
    return out


# --------------------------------------------------------------------------- synthetic


def _indent(depth: int) -> str:
    return "    " * depth


def gen_attribute_chain(n: int) -> str:
    chain = "a" + ".b" * n
    return (
        "import time\n\n\n"
        "async def handler(a):\n"
        f"    value = {chain}\n"
        f"    {chain}.sleep(1)\n"
        f"    time.sleep({chain})\n"
        "    return value\n"
    )


def gen_nested_blocks(n: int) -> str:
    """``n`` nested if/with/for blocks inside an async def, a blocking call at each level."""
    out = ["import time\n", "\n", "\n", "async def handler(x, path):\n"]
    for depth in range(1, n + 1):
        pad = _indent(depth)
        kind = depth % 3
        if kind == 0:
            out.append(f"{pad}if x > {depth}:\n")
        elif kind == 1:
            out.append(f"{pad}with open(path) as f{depth}:\n")
        else:
            out.append(f"{pad}for i{depth} in range(3):\n")
        out.append(f"{_indent(depth + 1)}time.sleep(0)\n")
    out.append(f"{_indent(n + 1)}return x\n")
    return "".join(out)


def gen_plus_chain(n: int) -> str:
    terms = " + ".join(["x"] * n)
    return (
        "import requests\n\n\n"
        "async def handler(x):\n"
        f"    total = {terms}\n"
        f"    requests.get({terms})\n"
        "    return total\n"
    )


def gen_nested_calls(n: int) -> str:
    """``time.sleep(time.sleep(...))``, one call per line so each can be reported."""
    opening = "".join(f"{_indent(1 + i % 8)}time.sleep(\n" for i in range(n))
    return (
        "import time\n\n\n"
        "async def handler(x):\n"
        f"    return (\n{opening}        x{')' * n}\n    )\n"
    )


def gen_elif_chain(n: int) -> str:
    out = ["import time\n", "\n", "\n", "async def handler(x):\n", "    if x == 0:\n"]
    out.append("        time.sleep(0)\n")
    for i in range(1, n):
        out.append(f"    elif x == {i}:\n        time.sleep({i})\n")
    return "".join(out)


def gen_ternary_chain(n: int) -> str:
    """``a if c else b if d else ...``, one arm per line."""
    body = "".join(f"        time.sleep({i}) if x == {i} else\n" for i in range(n))
    return "import time\n\n\nasync def handler(x):\n" f"    return (\n{body}        None\n    )\n"


def gen_nested_async_defs(n: int) -> str:
    out = ["import time\n", "\n", "\n"]
    for depth in range(n):
        pad = _indent(depth)
        out.append(f"{pad}async def level{depth}(x):\n")
        out.append(f"{pad}    time.sleep(0)\n")
    out.append(f"{_indent(n)}return x\n")
    return "".join(out)


def gen_many_functions(n: int) -> str:
    out = ["import time\n", "import requests\n", "\n"]
    for i in range(n):
        out.append(f"\nasync def handler{i}(x):\n    time.sleep(x)\n")
        out.append(f"    return requests.get(x, timeout={i})\n\n")
    return "".join(out)


# name -> (generator, nominal size)
SHAPES: dict[str, tuple[Callable[[int], str], int]] = {
    "attribute_chain": (gen_attribute_chain, 5000),
    "nested_blocks": (gen_nested_blocks, 100),
    "plus_chain": (gen_plus_chain, 10000),
    "nested_calls": (gen_nested_calls, 5000),
    "elif_chain": (gen_elif_chain, 3000),
    "ternary_chain": (gen_ternary_chain, 3000),
    "nested_async_defs": (gen_nested_async_defs, 100),
    "many_functions": (gen_many_functions, 20000),
}
DEEP_LIMIT = 100_000  # recursion limit for parsing the nominal sizes past the default


# The parser's recursion budget counts the Python frames already on the stack, so the
# largest accepted size is searched with this many frames below it: about what flake8
# (or a worker process) has on the stack when it parses a file.
HEADROOM = 80


def _at_depth(depth: int, func: Callable[[], object]) -> object:
    return func() if depth <= 0 else _at_depth(depth - 1, func)


def parses(source: str, recursion_limit: int = 0) -> bool:
    try:
        _at_depth(HEADROOM, lambda: parse([source], "<synthetic>", recursion_limit))
    except (SyntaxError, RecursionError, MemoryError):
        return False
    return True


def largest_accepted(gen: Callable[[int], str], nominal: int) -> int:
    """The largest size <= nominal that ast.parse accepts at the default recursion limit."""
    if parses(gen(nominal)):
        return nominal
    low, high = 1, nominal  # parses(low) is assumed, parses(high) is False
    while high - low > 1:
        mid = (low + high) // 2
        if parses(gen(mid)):
            low = mid
        else:
            high = mid
    return low


def write_synthetic() -> list[tuple[str, Path, int]]:
    """Write the synthetic files; return (group, path, recursion limit for parsing).

    Each shape is written at the largest size that ast.parse accepts (what flake8 can
    ever hand the plugin); where that is below the nominal size because of the
    recursion limit (not the parser's fixed limits on parentheses and indentation), the
    nominal size is written too and parsed under a raised limit, while the plugin still
    runs under the default one.
    """
    SYNTHETIC.mkdir(parents=True, exist_ok=True)
    out: list[tuple[str, Path, int]] = []
    for name, (gen, nominal) in SHAPES.items():
        size = largest_accepted(gen, nominal)
        path = SYNTHETIC / f"{name}_{size}.py"
        path.write_text(gen(size))
        out.append(("synthetic", path, 0))
        if size < nominal and parses(gen(nominal), DEEP_LIMIT):
            deep = SYNTHETIC / f"{name}_{nominal}_deep.py"
            deep.write_text(gen(nominal))
            out.append(("synthetic-deep", deep, DEEP_LIMIT))
    return out


# --------------------------------------------------------------------------- flake8


def plugin_installed() -> bool:
    return any(
        ep.value.startswith("flake8_async_blocking")
        for ep in entry_points(group="flake8.extension")
    )


def flake8_command(args: Sequence[str], alone: bool) -> list[str]:
    """``python -m flake8`` where the plugin is installed, else flake8 with it added.

    ``alone`` runs flake8 with ABL as its only checker (flake8_run.py --only): pyflakes
    and bugbear hit the recursion limit on the deepest synthetic files, and flake8 stops
    at the first plugin that raises, before ABL has seen the file.
    """
    if plugin_installed() and not alone:
        return [sys.executable, "-m", "flake8", *args]
    return [sys.executable, str(FLAKE8_RUN), "with", *(["--only"] if alone else []), "--", *args]


CRASH_MARKS = ("failed during execution", "critical error", "Traceback")
OUR_MARKS = ("flake8_async_blocking", "flake8-async-blocking", "ABL")


def run_flake8(targets: Sequence[str], jobs: int, alone: bool = False) -> tuple[bool, str]:
    """Real flake8 with --select=ABL; (clean, summary).  Clean: no error from the plugin.

    flake8 stops at the first plugin that raises and prints the reason on stdout or
    stderr ("... failed during execution due to ..."): such lines are collected, and the
    run is not clean if one names this plugin.
    """
    args = ["--isolated", "--select=ABL", f"--jobs={jobs}", *targets]
    start = time.perf_counter()
    done = subprocess.run(flake8_command(args, alone), capture_output=True, text=True)
    seconds = time.perf_counter() - start
    output = done.stdout.splitlines() + done.stderr.splitlines()
    findings = sum(1 for line in done.stdout.splitlines() if ": ABL" in line)
    crashes = [line for line in output if any(mark in line for mark in CRASH_MARKS)]
    ours = [line for line in crashes if any(mark in line for mark in OUR_MARKS)]
    clean = done.returncode in (0, 1) and not ours
    summary = f"exit {done.returncode}, {findings:,} ABL findings, {seconds:.1f}s"
    for line in crashes:
        summary += f"\n    {'PLUGIN ERROR' if line in ours else 'other'}: {line.strip()}"
    if done.stderr.strip() and not crashes:
        summary += "\n    stderr: " + done.stderr.strip().replace("\n", "\n            ")
    return clean, summary


# --------------------------------------------------------------------------- main


def sweep(jobs_list: Sequence[tuple[str, str, int]], workers: int) -> Iterator[FileResult]:
    """check_file over every job, in ``workers`` forked processes (results unordered)."""
    if workers <= 1 or len(jobs_list) < 2:
        yield from map(check_file, jobs_list)
        return
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield from pool.imap_unordered(check_file, jobs_list, chunksize=8)
        pool.close()
        pool.join()


def print_report(
    per_group: dict[str, Counter[str]],
    codes: Counter[str],
    unparsed: Counter[str],
    results: Sequence[FileResult],
    slowest: int,
) -> None:
    print(f"\n{'group':<16}{'files':>9}{'lines':>12}{'unparsed':>10}{'findings':>10}"
          f"{'plugin s':>10}{'exceptions':>12}")
    order = ["stdlib", "site-packages", "corpus", "synthetic", "synthetic-deep"]
    for group, tally in sorted(per_group.items(), key=lambda item: order.index(item[0])):
        print(f"{group:<16}{tally['files']:>9,}{tally['lines']:>12,}{tally['unparsed']:>10,}"
              f"{tally['findings']:>10,}{tally['seconds_ms'] / 1000:>10.1f}"
              f"{tally['exceptions']:>12,}")
    print("\nfindings per code: " + (", ".join(f"{c} {n:,}" for c, n in sorted(codes.items()))
                                     or "none"))
    if unparsed:
        print("not parsed (skipped): " + ", ".join(f"{r} {n}" for r, n in unparsed.items()))

    if any(r.group.startswith("synthetic") for r in results):
        print("\nsynthetic files:")
        for result in sorted((r for r in results if r.group.startswith("synthetic")),
                             key=lambda r: r.path):
            state = "RAISED" if result.error else ("ok" if result.parsed else result.reason)
            found = sum(result.codes.values())
            print(f"  {Path(result.path).name:<34}{result.lines:>7,} lines  "
                  f"{result.seconds * 1000:>9.1f} ms  {found:>6,} findings  {state}")

    if slowest:
        print(f"\nslowest {slowest} files (plugin time):")
        for result in sorted(results, key=lambda r: -r.seconds)[: slowest]:
            print(f"  {result.seconds * 1000:>9.1f} ms {result.lines:>7,} lines  {result.path}")


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--flake8", action="store_true", help="also run real flake8")
    parser.add_argument("--only-flake8", action="store_true",
                        help="skip the in-process sweep (implies --flake8)")
    parser.add_argument("--no-stdlib", action="store_true")
    parser.add_argument("--no-site", action="store_true")
    parser.add_argument("--no-corpus", action="store_true")
    parser.add_argument("--no-synthetic", action="store_true")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="worker processes (default: one per CPU)")
    parser.add_argument("--slowest", type=int, default=10, help="list the N slowest files")
    parser.add_argument("--findings", type=Path, default=None, metavar="PATH",
                        help="write every finding of the in-process sweep to PATH, one "
                        "'file:line:col: text' a line, sorted (for diffing two runs)")
    args = parser.parse_args(argv)
    started = time.perf_counter()

    flake8_corpus = not args.no_corpus
    if args.only_flake8:
        args.flake8 = True
        args.no_stdlib = args.no_site = args.no_corpus = True
    jobs_list = [(str(path), group, 0) for group, path in collect(args)]
    synthetic: list[tuple[str, Path, int]] = [] if args.no_synthetic else write_synthetic()
    if not args.only_flake8:
        jobs_list += [(str(path), group, limit) for group, path, limit in synthetic]
    print(f"sweeping {len(jobs_list):,} files with {args.jobs} worker(s) ...", flush=True)

    per_group: dict[str, Counter[str]] = {}
    codes: Counter[str] = Counter()
    failures: list[FileResult] = []
    unparsed: Counter[str] = Counter()
    results: list[FileResult] = []
    for result in sweep(jobs_list, args.jobs):
        results.append(result)
        tally = per_group.setdefault(result.group, Counter())
        tally["files"] += 1
        tally["lines"] += result.lines
        if not result.parsed:
            tally["unparsed"] += 1
            unparsed[result.reason] += 1
            continue
        tally["findings"] += sum(result.codes.values())
        tally["seconds_ms"] += round(result.seconds * 1000)
        codes.update(result.codes)
        if result.error:
            tally["exceptions"] += 1
            failures.append(result)

    if results:
        print_report(per_group, codes, unparsed, results, args.slowest)
    if args.findings is not None:
        rows = sorted(f"{result.path}:{row}" for result in results for row in result.rows)
        args.findings.write_text("".join(row + "\n" for row in rows), encoding="utf-8")
        print(f"\n{len(rows):,} findings written to {args.findings}")

    for result in failures:
        print(f"\nEXCEPTION in {result.path} ({result.group}):\n{result.error}", end="")

    flake8_clean = True
    if args.flake8:
        print("\nflake8 --select=ABL --jobs=2 over the corpus "
              f"({'installed plugin' if plugin_installed() else 'plugin added'}):", flush=True)
        targets = [str(folder) for folder in corpus.ensure(quiet=True)] if flake8_corpus else []
        if targets:
            clean, summary = run_flake8(targets, 2)
            print("  " + summary)
            flake8_clean &= clean
        print("synthetic files, one flake8 run each, ABL the only checker:", flush=True)
        for _, path, limit in synthetic:
            if limit:
                continue  # flake8 cannot parse these at its recursion limit either
            clean, summary = run_flake8([str(path)], 1, alone=True)
            print(f"  {path.name}: {summary}")
            flake8_clean &= clean

    total = sum(t["files"] for t in per_group.values())
    lines = sum(t["lines"] for t in per_group.values())
    print(f"\n{total:,} files, {lines:,} lines, {sum(codes.values()):,} findings, "
          f"{len(failures)} exception(s)"
          + ("" if flake8_clean else ", flake8 reported a plugin error")
          + f" in {time.perf_counter() - started:.0f}s")
    return 1 if failures or not flake8_clean else 0


if __name__ == "__main__":
    raise SystemExit(main())
