"""Time the plugin on method and attribute chains of growing length.

A chain is resolved link by link from its innermost receiver, so the time per
link should stay flat from a handful of links to thousands.  Three shapes are
timed: calls on a receiver of unknown type (``s.replace(...)...``), a query
builder on a typed receiver (``session.query(U).filter(...)...all()``, which
must still be reported at every length), and a plain attribute chain.
Run from the repository root: ``python benchmarks/chains.py [LENGTH ...]``.
"""

from __future__ import annotations

import ast
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flake8_async_blocking.checker import check_module  # noqa: E402
from flake8_async_blocking.settings import Settings  # noqa: E402

SHAPES = {
    "unknown receiver": lambda n: "async def f(s):\n    return s"
    + '.replace("a", "_")' * n
    + "\n",
    "Session query": lambda n: "from sqlalchemy.orm import Session\n"
    "async def f(session: Session):\n    return session.query(U)"
    + ".filter(x)" * n
    + ".all()\n",
    "attribute chain": lambda n: "async def f(o):\n    return o" + ".a" * n + ".read()\n",
}


def _parse(source: str) -> ast.AST:
    # The parser's own recursion grows with a chain; flake8 would hand us the
    # tree it built, so the limit is raised for parsing only.
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 100_000))
    try:
        return ast.parse(source)
    finally:
        sys.setrecursionlimit(limit)


def main(argv: list[str]) -> int:
    lengths = [int(arg) for arg in argv] or [10, 20, 100, 500, 1000, 2000]
    print(f"{'shape':<18} {'links':>6} {'ms':>9} {'us/link':>9}  findings")
    for shape, make in SHAPES.items():
        for length in lengths:
            tree = _parse(make(length))
            best = float("inf")
            for _ in range(3):
                start = time.perf_counter()
                findings = check_module(tree, Settings())
                best = min(best, time.perf_counter() - start)
            codes = ",".join(f.code for f in findings) or "-"
            per_link = best / length * 1e6
            print(f"{shape:<18} {length:>6} {best * 1e3:>9.2f} {per_link:>9.1f}  {codes}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
