"""Run real flake8 with the ABL plugin switched on or off, whatever is installed.

Usage::

    python benchmarks/flake8_run.py with [--stock] -- FLAKE8-ARGS...
    python benchmarks/flake8_run.py without [--stock] -- FLAKE8-ARGS...
    python benchmarks/flake8_run.py with --only -- FLAKE8-ARGS...     # ABL alone
    python benchmarks/flake8_run.py with --measure OUT.json --report OUT.txt -- ...

This is flake8's own ``main()``; only the list of plugins that flake8 discovers is
edited before it loads them (``flake8.plugins.finder.find_plugins`` is wrapped):

* ``with``: the ABL plugin of this checkout is added (replacing an installed copy), so
  it runs even where the package is not installed;
* ``without``: every plugin whose entry point lives in ``flake8_async_blocking`` is
  removed;
* ``--stock``: other third-party plugins are removed as well, leaving flake8's own
  pycodestyle, pyflakes and mccabe, so the baseline does not depend on what else
  happens to be installed;
* ``--only``: every other checker is removed (reporters stay), so that no other
  plugin's crash can stop flake8 before ABL has seen a file.

``flake8 --version`` through this script lists the plugins that were loaded, which is
how ``bench.py`` verifies the switch.  ``--measure`` runs the same command as a child
and writes its wall and CPU time and peak RSS (see ``measure``).  With ``--jobs`` above
1, flake8's workers are forked from this process and inherit the edited list.
"""

from __future__ import annotations

import argparse
import configparser
import importlib.metadata
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable, Sequence

from flake8.plugins import finder

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "flake8-async-blocking"
MODULE = "flake8_async_blocking"
ENTRY = f"{MODULE}.plugin:Plugin"
STOCK = frozenset({"flake8", "pyflakes", "pycodestyle", "mccabe"})


def _ours(plugin: finder.Plugin) -> bool:
    value: str = plugin.entry_point.value
    return value.split(":")[0].split(".")[0] == MODULE


def _version() -> str:
    try:
        return importlib.metadata.version(PACKAGE)
    except importlib.metadata.PackageNotFoundError:
        return "checkout"


def install(mode: str, stock: bool, only: bool = False) -> None:
    """Wrap flake8's plugin discovery so that it yields the requested plugin set."""
    original: Callable[..., list[finder.Plugin]] = finder.find_plugins

    def find_plugins(
        cfg: configparser.RawConfigParser, opts: finder.PluginOptions
    ) -> list[finder.Plugin]:
        found = [plugin for plugin in original(cfg, opts) if not _ours(plugin)]
        if stock:
            found = [plugin for plugin in found if plugin.package in STOCK]
        if only:
            found = [p for p in found if p.entry_point.group == "flake8.report"]
        if mode == "with":
            entry_point = importlib.metadata.EntryPoint("ABL", ENTRY, "flake8.extension")
            found.append(finder.Plugin(PACKAGE, _version(), entry_point))
        return sorted(found)

    finder.find_plugins = find_plugins


def measure(command: Sequence[str], report: Path, result: Path) -> int:
    """Run ``command`` with stdout to ``report``; write its wall/CPU time and peak RSS.

    ``ru_maxrss`` of a child includes what it held before ``exec``, which for a child of a
    large process (bench.py holds the parsed corpus) is the parent's size.  This small
    process is the parent instead, so the figure is flake8's own.
    """
    with open(report, "wb") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(command, stdout=out)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
    proc.returncode = code = os.waitstatus_to_exitcode(status)
    figures = {
        "wall_s": wall,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "maxrss_mb": usage.ru_maxrss / 1024,  # KiB on Linux
        "returncode": code,
    }
    result.write_text(json.dumps(figures))
    return code


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    split = args.index("--") if "--" in args else len(args)
    parser = argparse.ArgumentParser(usage=__doc__)
    parser.add_argument("mode", choices=("with", "without"))
    parser.add_argument("--stock", action="store_true")
    parser.add_argument("--only", action="store_true")
    parser.add_argument("--measure", type=Path, help="write wall/cpu/maxrss JSON here")
    parser.add_argument("--report", type=Path, help="with --measure: flake8's stdout")
    ours = parser.parse_args(args[:split])
    rest = args[split + 1:]
    if ours.measure is not None:
        flags = [flag for flag, on in (("--stock", ours.stock), ("--only", ours.only)) if on]
        command = [sys.executable, __file__, ours.mode, *flags]
        report = ours.report or Path(os.devnull)
        return measure([*command, "--", *rest], report, ours.measure)
    sys.path.insert(0, str(ROOT))  # the checkout's package wins over an installed copy
    install(ours.mode, ours.stock, ours.only)
    from flake8.main.cli import main as flake8_main

    code: int = flake8_main(rest)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
