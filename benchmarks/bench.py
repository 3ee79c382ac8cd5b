"""Time the ABL plugin on a corpus of real async projects.

Usage::

    python benchmarks/bench.py                 # full corpus (fetched if missing)
    python benchmarks/bench.py --quick         # a fixed subset, for a check in ~1 minute
    python benchmarks/bench.py --repeat 5      # more repeats (the minimum is kept)

Figures (README.md explains each):

(a)/(b) the plugin alone, ``list(Plugin(tree, name, lines).run())`` over every parsed
        tree, against a bare ``ast.NodeVisitor`` walk of the same trees; also on the
        files that contain "async" only (the plugin returns at once on the others);
(c)     real flake8 (``--jobs=1``, default checks) on a sample of the corpus, with the
        plugin against without it (``flake8_run.py`` switches it, verified by
        ``--version``);
(d)     flake8-async's Plugin on a sample of async files, against the walk and the ABL
        plugin on the same files;
(e)     the largest file, and the largest file that contains "async": ms per file;
(f)     peak memory (ru_maxrss) of the flake8 runs of (c).

Everything is written to benchmarks/results.json.
"""

from __future__ import annotations

import argparse
import ast
import compileall
import gc
import hashlib
import importlib.metadata
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tokenize
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, Sequence

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))  # the checkout's package, even where it is not installed

import corpus  # noqa: E402  (benchmarks/ is on sys.path when run as a script)

from flake8_async_blocking.plugin import Plugin  # noqa: E402
from flake8_async_blocking.settings import Settings  # noqa: E402

RESULTS = HERE / "results.json"
FLAKE8_RUN = HERE / "flake8_run.py"


class Walk(ast.NodeVisitor):
    """The yardstick: no visit_ methods, so every node goes through generic_visit."""


@dataclass
class Source:
    """One parsed corpus file."""

    name: str  # path relative to corpus/src
    path: Path
    lines: list[str]
    tree: ast.Module
    has_async: bool

    @property
    def size(self) -> int:
        return len(self.lines)


# --------------------------------------------------------------------------- loading


def read_lines(path: Path) -> list[str]:
    """The file's lines as flake8 reads them (PEP 263 decoding, universal newlines)."""
    with tokenize.open(path) as handle:
        return handle.readlines()


def hash_order(names: Iterable[str]) -> list[str]:
    """A fixed pseudo-random order (by SHA-1 of the path): samples are the same every run."""
    return sorted(names, key=lambda name: hashlib.sha1(name.encode()).hexdigest())


def take_lines(names: Sequence[str], sizes: dict[str, int], budget: int) -> list[str]:
    """The first files of ``names`` whose lines add up to ``budget`` (0: all of them)."""
    if budget <= 0:
        return list(names)
    chosen: list[str] = []
    total = 0
    for name in names:
        if total >= budget:
            break
        chosen.append(name)
        total += sizes[name]
    return chosen


def load(paths: dict[str, Path]) -> tuple[list[Source], dict[str, str]]:
    """Parse every file once; return the sources and the skipped files with the reason."""
    sources: list[Source] = []
    skipped: dict[str, str] = {}
    gc.disable()  # parsing allocates millions of objects that all stay alive
    try:
        for name, path in paths.items():
            try:
                lines = read_lines(path)
                tree = ast.parse("".join(lines), filename=str(path))
            except (SyntaxError, ValueError, RecursionError, MemoryError) as err:  # bad source
                skipped[name] = f"{type(err).__name__}: {err}"
                continue
            has_async = any("async" in line for line in lines)
            sources.append(Source(name, path, lines, tree, has_async))
    finally:
        gc.enable()
    gc.collect()
    gc.freeze()  # the trees are permanent: later collections need not scan them
    return sources, skipped


# --------------------------------------------------------------------------- timing


def run_walk(source: Source) -> None:
    Walk().visit(source.tree)


def run_plugin(source: Source) -> list[tuple[int, int, str, type]]:
    return list(Plugin(source.tree, str(source.path), source.lines).run())


def time_each(sources: Sequence[Source], func: Callable[[Source], object]) -> list[float]:
    """Seconds per source for one pass of ``func``."""
    clock = time.perf_counter
    out: list[float] = []
    for source in sources:
        start = clock()
        func(source)
        out.append(clock() - start)
    return out


@dataclass
class PassTimes:
    """Minimum over repeats of the total seconds, on all files and on the async files."""

    all_s: float
    async_s: float


def best_of(
    sources: Sequence[Source], func: Callable[[Source], object], repeat: int
) -> PassTimes:
    best_all = best_async = float("inf")
    for _ in range(repeat):
        times = time_each(sources, func)
        best_all = min(best_all, sum(times))
        best_async = min(best_async, sum(t for s, t in zip(sources, times) if s.has_async))
    return PassTimes(best_all, best_async)


def per_file_ms(source: Source, func: Callable[[Source], object], repeat: int) -> float:
    return 1000 * min(time_each([source], func)[0] for _ in range(repeat))


def ratio(num: float, den: float) -> float:
    return num / den if den else float("nan")


# --------------------------------------------------------------------------- flake8-async


def load_flake8_async() -> tuple[Optional[type], Optional[Callable[..., Any]], str]:
    """flake8-async's Plugin class (options set as flake8 would), its AST runner, version."""
    try:
        import flake8_async  # noqa: F401
    except ImportError:
        sys.path.append(str(corpus.ensure_vendor()))
    try:
        from argparse import ArgumentParser

        from flake8_async import Plugin as AsyncPlugin
        from flake8_async.runner import Flake8AsyncRunner
    except ImportError as err:
        return None, None, f"unavailable ({err})"
    parser = ArgumentParser()
    AsyncPlugin.add_options(parser)
    AsyncPlugin.parse_options(parser.parse_args([]))
    AsyncPlugin.standalone = False  # as under flake8: noqa is left to flake8
    options = AsyncPlugin._options

    def ast_only(tree: ast.AST) -> Any:
        return list(Flake8AsyncRunner.run(tree, options))

    return AsyncPlugin, ast_only, importlib.metadata.version("flake8-async")


# --------------------------------------------------------------------------- flake8 runs


@dataclass
class Flake8Run:
    mode: str
    wall_s: float
    cpu_s: float
    maxrss_mb: float
    findings: int
    abl_findings: int
    returncode: int


def flake8_command(mode: str, stock: bool, args: Sequence[str]) -> list[str]:
    command = [sys.executable, str(FLAKE8_RUN), mode]
    if stock:
        command.append("--stock")
    return [*command, "--", *args]


def run_flake8(
    mode: str,
    stock: bool,
    files: Sequence[str],
    workdir: Path,
    extra: Sequence[str] = (),
    label: Optional[str] = None,
) -> Flake8Run:
    """One flake8 run, measured by a small launcher (flake8_run.py --measure)."""
    args = ["--isolated", "--jobs=1", "--exit-zero", *extra, *files]
    env = {k: v for k, v in os.environ.items() if k != "FLAKE8_ASYNC_BLOCKING_RAISE"}
    with tempfile.TemporaryDirectory() as tmp:
        figures_path, report_path = Path(tmp, "figures.json"), Path(tmp, "report.txt")
        launcher = [
            sys.executable, str(FLAKE8_RUN), mode, *(["--stock"] if stock else []),
            "--measure", str(figures_path), "--report", str(report_path), "--", *args,
        ]
        done = subprocess.run(launcher, cwd=workdir, env=env, stderr=subprocess.PIPE)
        if done.returncode != 0:
            errors = done.stderr.decode(errors="replace")
            raise SystemExit(f"flake8 ({mode}) failed with {done.returncode}:\n{errors}")
        figures = json.loads(figures_path.read_text())
        report = report_path.read_text(errors="replace").splitlines()
    return Flake8Run(
        mode=label or mode,
        wall_s=figures["wall_s"],
        cpu_s=figures["cpu_s"],
        maxrss_mb=figures["maxrss_mb"],
        findings=len(report),
        abl_findings=sum(1 for line in report if ": ABL" in line),
        returncode=figures["returncode"],
    )


def paired_ratio(runs: Sequence[Flake8Run], mode: str) -> float:
    """The median over rounds of ``mode``'s CPU over the same round's run without the plugin."""
    without = [r.cpu_s for r in runs if r.mode == "without"]
    mine = [r.cpu_s for r in runs if r.mode == mode]
    return statistics.median(ratio(a, b) for a, b in zip(mine, without))


def follow_args() -> list[str]:
    """The corpus projects as installed libraries: each is found by the others' imports."""
    source = corpus.CORPUS / "src"
    folders = sorted(str(p) for p in source.iterdir() if p.is_dir()) if source.is_dir() else []
    return [f"--async-blocking-python-path={','.join(folders)}"] if folders else []


_EDITOR = """
import ast, json, sys, time, tokenize
from flake8_async_blocking.plugin import Plugin
from flake8_async_blocking.settings import Settings
path, cache, roots, edit = sys.argv[1], sys.argv[2], sys.argv[3].split(","), sys.argv[4]
with tokenize.open(path) as handle:
    source = handle.read() + edit  # an unsaved edit: the buffer differs from the file
tree, lines = ast.parse(source), source.splitlines(True)
Plugin.settings = Settings(cache_dir=cache, python_path=tuple(roots))
start = time.perf_counter()
import flake8_async_blocking.checker  # what run() imports on the first file with a coroutine
imported = time.perf_counter() - start
start = time.perf_counter()
found = list(Plugin(tree, path, lines).run())
elapsed = time.perf_counter() - start
from flake8_async_blocking import program
units = sum(p.parsed for _, p in program._PROGRAMS.values())
print(json.dumps({"s": elapsed, "import_s": imported, "findings": len(found), "modules": units}))
"""


def editor_figures() -> Optional[dict[str, Any]]:
    """(g) An editor's check of one module deep in the largest project: empty, then warm cache.

    Each check is a new process, as an editor runs flake8 on save; the time is the
    plugin's alone (parsing the checked file is flake8's).  The module is the one
    with a coroutine and the most imports of its own project in the largest corpus
    project (the deepest of those).
    """
    source = corpus.CORPUS / "src"
    if not source.is_dir():
        return None
    largest = max(
        (p for p in source.iterdir() if p.is_dir()),
        key=lambda p: sum(1 for _ in p.rglob("*.py")),
    )
    best: Optional[tuple[int, int, str]] = None
    for path in largest.rglob("*.py"):
        text = path.read_text(encoding="utf-8", errors="replace")
        if "async def" not in text:
            continue
        # Imports of the project itself: what the check will follow.
        package = path.relative_to(largest).parts[0]
        imports = text.count("\nfrom .") + text.count(f"\nfrom {package}.")
        key = (imports, len(path.relative_to(largest).parts))
        if best is None or key > best[:2]:
            best = (*key, str(path))
    if best is None:
        return None
    path = best[2]
    roots = ",".join(str(p) for p in sorted(source.iterdir()) if p.is_dir())
    env = {k: v for k, v in os.environ.items() if k != "FLAKE8_ASYNC_BLOCKING_RAISE"}
    env["PYTHONPATH"] = str(HERE.parent)
    with tempfile.TemporaryDirectory() as cache:
        figures = []
        # An empty cache; then two edits, each a new text (the answers about
        # other modules are cached, the file's findings are not); then the
        # last text again (its findings are replayed).
        for edit in ("", "# edit 1\n", "# edit 2\n", "# edit 2\n"):
            done = subprocess.run(
                [sys.executable, "-c", _EDITOR, path, cache, roots, edit],
                capture_output=True, text=True, env=env, check=True, cwd=largest,
            )
            figures.append(json.loads(done.stdout))
    return {
        "file": str(Path(path).relative_to(source)),
        "lines": sum(1 for _ in open(path, encoding="utf-8", errors="replace")),
        "cold_ms": figures[0]["s"] * 1e3,
        "warm_ms": min(f["s"] for f in figures[1:3]) * 1e3,
        "replay_ms": figures[3]["s"] * 1e3,
        "import_ms": min(f["import_s"] for f in figures) * 1e3,
        "modules": figures[0]["modules"],
        "findings": figures[0]["findings"],
    }


def verify_switch(stock: bool) -> dict[str, str]:
    """``--version`` of both modes: the plugin is listed with, and not without."""
    versions: dict[str, str] = {}
    for mode in ("with", "without"):
        done = subprocess.run(
            flake8_command(mode, stock, ["--version"]),
            capture_output=True, text=True, check=True,
        )
        versions[mode] = " ".join(done.stdout.split())
    if "flake8-async-blocking" not in versions["with"]:
        raise SystemExit(f"plugin not loaded in the 'with' run: {versions['with']}")
    if "flake8-async-blocking" in versions["without"]:
        raise SystemExit(f"plugin still loaded in the 'without' run: {versions['without']}")
    return versions


# --------------------------------------------------------------------------- main


def parse_args(argv: Optional[Sequence[str]]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a fixed subset and 2 repeats")
    parser.add_argument("--repeat", type=int, help="repeats per measure (default 3; quick 2)")
    parser.add_argument(
        "--lines", type=int, help="in-process corpus size in lines, 0 = all (quick: 250000)"
    )
    parser.add_argument(
        "--flake8-lines", type=int,
        help="lines of the flake8 sample of (c)/(f), 0 = whole corpus (default 60000)",
    )
    parser.add_argument(
        "--fa-lines", type=int,
        help="lines of the flake8-async sample of (d), async files only (default 8000)",
    )
    parser.add_argument("--no-flake8", action="store_true", help="skip (c) and (f)")
    parser.add_argument("--no-flake8-async", action="store_true", help="skip (d)")
    parser.add_argument("--no-editor", action="store_true", help="skip (g)")
    parser.add_argument(
        "--all-plugins", action="store_true",
        help="keep other installed flake8 plugins in (c)/(f) (default: stock flake8 only)",
    )
    parser.add_argument("--json", type=Path, default=RESULTS, help="where to write results")
    args = parser.parse_args(argv)
    quick = args.quick
    if args.repeat is None:
        args.repeat = 2 if quick else 3
    if args.lines is None:
        args.lines = 250_000 if quick else 0
    if args.flake8_lines is None:
        args.flake8_lines = 20_000 if quick else 60_000
    if args.fa_lines is None:
        args.fa_lines = 3_000 if quick else 8_000
    args.repeat = max(1, args.repeat)
    return args


def main(argv: Optional[Sequence[str]] = None) -> int:
    # In process, answers about other modules stay in memory; no disk cache.
    Plugin.settings = Settings(cache_dir=None)
    args = parse_args(argv)
    os.environ.pop("FLAKE8_ASYNC_BLOCKING_RAISE", None)  # time what users run
    started = time.perf_counter()
    folders = corpus.ensure(quiet=True)
    paths = {
        str(path.relative_to(corpus.SRC)): path
        for folder in folders
        for path in corpus.py_files(folder)
    }
    sizes = {name: corpus.count_lines(path.read_bytes()) for name, path in paths.items()}
    order = hash_order(paths)
    chosen = take_lines(order, sizes, args.lines)
    print(f"parsing {len(chosen):,} files ({sum(sizes[n] for n in chosen):,} lines) ...",
          flush=True)
    t0 = time.perf_counter()
    sources, skipped = load({name: paths[name] for name in sorted(chosen)})
    parse_s = time.perf_counter() - t0
    async_sources = [s for s in sources if s.has_async]
    n_lines = sum(s.size for s in sources)
    n_async_lines = sum(s.size for s in async_sources)
    print(f"parsed {len(sources):,} files, {n_lines:,} lines in {parse_s:.1f}s "
          f"({len(skipped)} skipped); {len(async_sources):,} files with 'async' "
          f"({n_async_lines:,} lines)", flush=True)

    # (a)/(b) ------------------------------------------------------------------
    findings: Counter[str] = Counter()
    for source in sources:  # one untimed pass: warm-up, and the findings
        for _, _, text, _ in run_plugin(source):
            findings[text.split()[0]] += 1
    print(f"timing walk and plugin, {args.repeat} repeats ...", flush=True)
    walk = best_of(sources, run_walk, args.repeat)
    plugin = best_of(sources, run_plugin, args.repeat)

    # (e) ----------------------------------------------------------------------
    largest = max(sources, key=lambda s: s.size)
    largest_async = max(async_sources, key=lambda s: s.size) if async_sources else largest
    big_repeat = max(5, args.repeat)
    per_file: dict[str, dict[str, Any]] = {}
    for label, source in (("largest", largest), ("largest_async", largest_async)):
        walk_ms = per_file_ms(source, run_walk, big_repeat)
        plugin_ms = per_file_ms(source, run_plugin, big_repeat)
        per_file[label] = {
            "file": source.name, "lines": source.size, "has_async": source.has_async,
            "walk_ms": walk_ms,
            "plugin_ms": plugin_ms, "ratio": ratio(plugin_ms, walk_ms),
        }

    # (d) ----------------------------------------------------------------------
    fa: dict[str, Any] = {"skipped": True}
    if not args.no_flake8_async:
        async_plugin, ast_only, fa_version = load_flake8_async()
        if async_plugin is None or ast_only is None:
            fa = {"skipped": True, "reason": fa_version}
        else:
            by_name = {s.name: s for s in async_sources}
            sample_names = take_lines(hash_order(by_name), sizes, args.fa_lines)
            sample = [by_name[n] for n in sample_names]
            print(f"timing flake8-async {fa_version} on {len(sample)} async files "
                  f"({sum(s.size for s in sample):,} lines) ...", flush=True)
            cls = async_plugin

            def run_fa(source: Source) -> object:
                return list(cls(source.tree, source.lines).run())

            def run_fa_ast(source: Source) -> object:
                return ast_only(source.tree)

            fa_repeat = 1 if args.fa_lines > 20_000 else min(2, args.repeat)
            s_walk = best_of(sample, run_walk, args.repeat).all_s
            s_ours = best_of(sample, run_plugin, args.repeat).all_s
            s_fa = best_of(sample, run_fa, fa_repeat).all_s
            s_fa_ast = best_of(sample, run_fa_ast, fa_repeat).all_s
            fa = {
                "skipped": False, "version": fa_version, "files": len(sample),
                "lines": sum(s.size for s in sample), "repeat": fa_repeat,
                "walk_s": s_walk, "abl_s": s_ours, "flake8_async_s": s_fa,
                "flake8_async_ast_only_s": s_fa_ast,
                "abl_vs_walk": ratio(s_ours, s_walk),
                "flake8_async_vs_walk": ratio(s_fa, s_walk),
                "flake8_async_ast_only_vs_walk": ratio(s_fa_ast, s_walk),
            }

    # (c)/(f) ------------------------------------------------------------------
    flake8: dict[str, Any] = {"skipped": True}
    if not args.no_flake8:
        stock = not args.all_plugins
        # An installed plugin has its bytecode compiled by pip; a checkout run
        # with PYTHONDONTWRITEBYTECODE would compile every module in each run.
        compileall.compile_dir(str(ROOT / "flake8_async_blocking"), quiet=1)
        versions = verify_switch(stock)
        sample_names = take_lines(order, sizes, args.flake8_lines)
        files = [str(paths[n]) for n in sorted(sample_names)]
        sample_lines = sum(sizes[n] for n in sample_names)
        print(f"flake8 --jobs=1 on {len(files):,} files ({sample_lines:,} lines), "
              f"{args.repeat} x with/without ...", flush=True)
        # The plugin alone on the same files, in process: its expected share of the run.
        loaded = {s.name: s for s in sources}
        missing = {n: paths[n] for n in sorted(sample_names) if n not in loaded}
        sample_sources = [loaded[n] for n in sample_names if n in loaded]
        sample_sources += load(missing)[0] if missing else []
        sample_plugin_s = best_of(sample_sources, run_plugin, args.repeat).all_s
        runs: list[Flake8Run] = []
        with tempfile.TemporaryDirectory() as caches:
            warm = [f"--async-blocking-cache-dir={caches}/warm", *follow_args()]
            run_flake8("with", stock, files, corpus.CORPUS, warm)  # fills the warm cache
            # "changed": the answers about other modules are cached, but no
            # checked file's findings are (every file edited since the last run).
            shutil.copytree(f"{caches}/warm", f"{caches}/changed")
            changed = [f"--async-blocking-cache-dir={caches}/changed", *follow_args()]
            for repeat in range(args.repeat):
                cold = [f"--async-blocking-cache-dir={caches}/cold{repeat}", *follow_args()]
                runs.append(run_flake8("without", stock, files, corpus.CORPUS))
                runs.append(run_flake8("with", stock, files, corpus.CORPUS, cold, "cold"))
                runs.append(run_flake8("with", stock, files, corpus.CORPUS, warm, "warm"))
                for kept in Path(caches, "changed").rglob("*.findings.json"):
                    kept.unlink()
                runs.append(run_flake8("with", stock, files, corpus.CORPUS, changed, "changed"))
        best: dict[str, Flake8Run] = {}
        for mode in ("without", "cold", "warm", "changed"):
            mine = [r for r in runs if r.mode == mode]
            best[mode] = Flake8Run(
                mode=mode,
                wall_s=min(r.wall_s for r in mine),
                cpu_s=min(r.cpu_s for r in mine),
                maxrss_mb=max(r.maxrss_mb for r in mine),
                findings=mine[0].findings,
                abl_findings=mine[0].abl_findings,
                returncode=0,
            )
        # The fixed cost of a run (start-up, plugin import): flake8 on one empty file.
        with tempfile.TemporaryDirectory() as tmp:
            empty = Path(tmp, "empty.py")
            empty.write_text("")
            startup = {
                mode: min(
                    run_flake8(mode, stock, [str(empty)], corpus.CORPUS).cpu_s
                    for _ in range(args.repeat)
                )
                for mode in ("without", "with")
            }
        if best["without"].abl_findings:
            raise SystemExit("ABL findings in the run without the plugin: the switch failed")
        flake8 = {
            "skipped": False, "plugins": "stock" if stock else "all installed",
            "versions": versions, "files": len(files), "lines": sample_lines,
            "repeat": args.repeat,
            "with": best["warm"].__dict__, "without": best["without"].__dict__,
            "cold": best["cold"].__dict__,
            "changed": best["changed"].__dict__,
            "cpu_ratio": ratio(best["warm"].cpu_s, best["without"].cpu_s),
            "cold_cpu_ratio": ratio(best["cold"].cpu_s, best["without"].cpu_s),
            "wall_ratio": ratio(best["warm"].wall_s, best["without"].wall_s),
            "maxrss_ratio": ratio(
                max(best["warm"].maxrss_mb, best["cold"].maxrss_mb), best["without"].maxrss_mb
            ),
            "warm_maxrss_ratio": ratio(best["warm"].maxrss_mb, best["without"].maxrss_mb),
            "cold_maxrss_ratio": ratio(best["cold"].maxrss_mb, best["without"].maxrss_mb),
            # Each round runs without, cold and warm back to back: on a shared
            # machine the median of the rounds' own ratios moves less than a
            # ratio of minimums taken from different rounds.
            "paired_cpu_ratio": paired_ratio(runs, "warm"),
            "paired_cold_cpu_ratio": paired_ratio(runs, "cold"),
            "paired_changed_cpu_ratio": paired_ratio(runs, "changed"),
            "changed_maxrss_ratio": ratio(best["changed"].maxrss_mb, best["without"].maxrss_mb),
            "startup_cpu_s": startup,
            "plugin_in_process_s": sample_plugin_s,
            "plugin_share": ratio(sample_plugin_s, best["without"].cpu_s),
            "runs": [r.__dict__ for r in runs],
        }

    editor = None if args.no_editor else editor_figures()

    results: dict[str, Any] = {
        "editor": editor,
        "environment": {
            "python": platform.python_version(),
            "implementation": platform.python_implementation(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "flake8": importlib.metadata.version("flake8"),
            "plugin": Plugin.version,
        },
        "settings": {
            "quick": args.quick, "repeat": args.repeat, "lines": args.lines,
            "flake8_lines": args.flake8_lines, "fa_lines": args.fa_lines,
        },
        "corpus": {
            "projects": dict(corpus.PINS), "files": len(sources), "lines": n_lines,
            "async_files": len(async_sources), "async_lines": n_async_lines,
            "skipped": skipped, "parse_s": parse_s,
        },
        "walk": {"all_s": walk.all_s, "async_s": walk.async_s},
        "plugin": {"all_s": plugin.all_s, "async_s": plugin.async_s},
        "ratio_all": ratio(plugin.all_s, walk.all_s),
        "ratio_async": ratio(plugin.async_s, walk.async_s),
        "findings": dict(sorted(findings.items())),
        "per_file": per_file,
        "flake8_async": fa,
        "flake8": flake8,
        "bench_s": time.perf_counter() - started,
        "bench_maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    args.json.write_text(json.dumps(results, indent=2, sort_keys=False, default=str) + "\n")
    print_table(results)
    print(f"\nwritten {args.json} ({results['bench_s']:.0f}s)")
    return 0


def print_table(r: dict[str, Any]) -> None:
    c = r["corpus"]
    rows: list[tuple[str, str, str]] = [
        ("corpus", f"{c['files']:,} files", f"{c['lines']:,} lines"),
        ("  with 'async'", f"{c['async_files']:,} files", f"{c['async_lines']:,} lines"),
        ("(b) walk, all files", f"{r['walk']['all_s']:.2f} s", ""),
        ("(a) plugin, all files", f"{r['plugin']['all_s']:.2f} s",
         f"x{r['ratio_all']:.2f} walk"),
        ("(b) walk, async files", f"{r['walk']['async_s']:.2f} s", ""),
        ("(a) plugin, async files", f"{r['plugin']['async_s']:.2f} s",
         f"x{r['ratio_async']:.2f} walk"),
    ]
    for label, key in (("largest file", "largest"), ("largest async file", "largest_async")):
        pf = r["per_file"][key]
        if key == "largest_async" and pf["file"] == r["per_file"]["largest"]["file"]:
            if pf["has_async"]:
                rows[-2] = ("(e) largest file (has 'async')", *rows[-2][1:])
            continue
        rows.append((f"(e) {label}", f"{pf['lines']:,} lines", pf["file"]))
        rows.append(("      plugin / walk",
                     f"{pf['plugin_ms']:.1f} / {pf['walk_ms']:.1f} ms",
                     f"x{pf['ratio']:.2f} walk"))
    fa = r["flake8_async"]
    if not fa["skipped"]:
        rows.append((f"(d) sample, {fa['files']} async files", f"{fa['lines']:,} lines",
                     f"walk {fa['walk_s']:.2f} s"))
        rows.append(("    ABL plugin", f"{fa['abl_s']:.2f} s", f"x{fa['abl_vs_walk']:.2f} walk"))
        rows.append((f"    flake8-async {fa['version']}", f"{fa['flake8_async_s']:.2f} s",
                     f"x{fa['flake8_async_vs_walk']:.1f} walk"))
        rows.append(("      its ast part only", f"{fa['flake8_async_ast_only_s']:.2f} s",
                     f"x{fa['flake8_async_ast_only_vs_walk']:.1f} walk"))
    elif "reason" in fa:
        rows.append(("(d) flake8-async", fa["reason"], ""))
    f8 = r["flake8"]
    if not f8["skipped"]:
        w, wo = f8["with"], f8["without"]
        rows.append((f"(c) flake8 ({f8['plugins']}) sample",
                     f"{f8['files']:,} files", f"{f8['lines']:,} lines"))
        rows.append(("    cpu without / with, warm cache",
                     f"{wo['cpu_s']:.2f} / {w['cpu_s']:.2f} s",
                     f"x{f8['cpu_ratio']:.3f}"))
        rows.append(("    cpu with, empty cache", f"{f8['cold']['cpu_s']:.2f} s",
                     f"x{f8['cold_cpu_ratio']:.3f}"))
        if "paired_cpu_ratio" in f8:
            rows.append(("    median of paired rounds, warm / empty",
                         f"x{f8['paired_cpu_ratio']:.3f} / x{f8['paired_cold_cpu_ratio']:.3f}",
                         f"{f8['repeat']} rounds"))
        if "changed" in f8:
            rows.append(("    every file edited, answers cached",
                         f"{f8['changed']['cpu_s']:.2f} s / {f8['changed']['maxrss_mb']:.0f} MB",
                         f"x{f8['paired_changed_cpu_ratio']:.3f} cpu (paired), "
                         f"x{f8['changed_maxrss_ratio']:.3f} RSS"))
        rows.append(("    wall without / with", f"{wo['wall_s']:.2f} / {w['wall_s']:.2f} s",
                     f"x{f8['wall_ratio']:.3f}"))
        rows.append(("    plugin alone on the sample", f"{f8['plugin_in_process_s']:.2f} s",
                     f"{100 * f8['plugin_share']:.1f}% of flake8 cpu without"))
        st = f8["startup_cpu_s"]
        rows.append(("    start-up cpu without / with",
                     f"{st['without']:.2f} / {st['with']:.2f} s", "(one empty file)"))
        rows.append(("    findings without / with", f"{wo['findings']:,} / {w['findings']:,}",
                     f"{w['abl_findings']:,} ABL"))
        rows.append(("(f) peak RSS without / with (worst)",
                     f"{wo['maxrss_mb']:.0f} / "
                     f"{max(w['maxrss_mb'], f8['cold']['maxrss_mb']):.0f} MB",
                     f"x{f8['maxrss_ratio']:.3f}"))
        if "warm_maxrss_ratio" in f8:
            rows.append(("    peak RSS with, warm / empty cache",
                         f"{w['maxrss_mb']:.0f} / {f8['cold']['maxrss_mb']:.0f} MB",
                         f"x{f8['warm_maxrss_ratio']:.3f} / x{f8['cold_maxrss_ratio']:.3f}"))
    ed = r.get("editor")
    if ed:
        rows.append(("(g) editor: one deep module", f"{ed['lines']:,} lines", ed["file"]))
        rows.append(("    plugin, empty / warm cache",
                     f"{ed['cold_ms']:.0f} / {ed['warm_ms']:.1f} ms",
                     f"{ed['modules']} modules reached, {ed['findings']} findings"))
        if "replay_ms" in ed:
            rows.append(("    plugin, the same text again", f"{ed['replay_ms']:.1f} ms",
                         "findings replayed"))
        rows.append(("    importing the analysis (once per process)", f"{ed['import_ms']:.0f} ms",
                     "also paid before ABL602/603"))
    total = sum(r["findings"].values())
    codes = ", ".join(f"{k} {v}" for k, v in r["findings"].items())
    rows.append(("in-process findings", f"{total:,}", codes))
    width = max(len(row[0]) for row in rows)
    mid = max(len(row[1]) for row in rows)
    print()
    for label, value, note in rows:
        print(f"{label:<{width}}  {value:>{mid}}  {note}".rstrip())


if __name__ == "__main__":
    raise SystemExit(main())
