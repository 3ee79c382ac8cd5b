"""Command line: ``python -m flake8_async_blocking list`` and ``explain ABL201``.

It lists and explains codes, nothing more: the analysis runs through flake8.
Only ``codes.py`` is read here.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Optional, Sequence

from flake8_async_blocking.codes import RULES, RULES_BY_CODE, Rule

_PROG = "python -m flake8_async_blocking"


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=_PROG,
        description="List and explain the error codes of flake8-async-blocking.",
        epilog="Run the checks themselves with flake8, e.g. `flake8 --select=ABL src/`.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("list", help="print every code with its name, default and summary")
    explain = commands.add_parser("explain", help="print the documentation of one code")
    explain.add_argument("code", help="an error code, e.g. ABL201")
    return parser


def _status(rule: Rule) -> str:
    return "on" if rule.default_on else "opt-in"


def _list() -> int:
    rows = [(rule.code, rule.name, _status(rule), rule.summary) for rule in RULES]
    header = ("code", "name", "default", "summary")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(3)]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)), row[3])
    return 0


def _explain(code: str) -> int:
    rule = RULES_BY_CODE.get(code.strip().upper())
    if rule is None:
        print(
            f"{_PROG}: unknown code {code!r}; `{_PROG} list` shows the codes",
            file=sys.stderr,
        )
        return 2
    if rule.default_on:
        default = "on"
    else:
        default = f"off; enable it with `extend-select = {rule.code}`"
    print(f"# {rule.code} ({rule.name})")
    print()
    print(rule.summary)
    print(f"Default: {default}.")
    print()
    print(rule.doc)
    return 0


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the command line and return the exit status."""
    parser = _build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "list":
            return _list()
        if args.command == "explain":
            return _explain(args.code)
    except BrokenPipeError:
        # The reader went away (`... explain ABL201 | head`): stop quietly,
        # and keep the interpreter's final flush from failing again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    parser.print_help(sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
