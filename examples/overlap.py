"""Check that concurrent requests overlap: the example service before and after the fix.

    python -m examples.overlap [--requests N] [--plot FILE] [--json]

For every route of ``examples/app`` (blocking) and ``examples/app_fixed``
(fixed) it measures:

- serial: one call on its own, the best of five;
- concurrent: N calls started together, until the last one answers, the best
  of two;
- overlap: N x serial / concurrent.  1.0 means the N calls ran one after
  another; N means they all ran at once;
- /health: the latency of one ``GET /health`` due while the N calls are in
  flight (in each of the two bursts, the best kept), from when it was due:
  the fast endpoint whose latency climbs with concurrency when the event
  loop is blocked.

Nothing listens on a port for the service: requests go through
``httpx.ASGITransport`` straight into the app.  The backends it talks to are
stand-ins on this machine, each waiting in the place a real one waits:

- the database is SQLite in a temporary directory, opened with a sqlite3
  connection whose statements each first wait a round trip, as a database
  server on another host makes the driver wait;
- the payment provider is a threaded HTTP server on 127.0.0.1 that answers
  after a round trip and fails each order's first attempt, so the retry and
  its back-off sleep run;
- the PDF renderer is a shell script that waits as a renderer fetching the
  page's assets would, then copies the file.

``POST /users/{id}/avatar`` is not measured: writing 64 KiB to a local disk
takes microseconds, so on a laptop there is no wait to overlap (on the NFS
mount of production there is).

Work that only computes cannot overlap beyond the number of cores: on a
2-core machine a process pool or a GIL-releasing thread brings at most about
2x.  What the fix brings there is the /health column: the event loop stays
free for every other request.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import os
import shlex
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Optional

APPS = ("app", "app_fixed")
# What the ``examples`` extra installs, as imported.
EXTRA = ("fastapi", "httpx", "sqlalchemy", "greenlet", "aiosqlite", "requests", "anyio")
DB_ROUND_TRIP = 0.03  # seconds a statement waits for the database server
PAYMENTS_ROUND_TRIP = 0.03  # seconds the payment provider takes to answer
RETRY_BACKOFF = 0.01  # first back-off of the payment retry, doubled per attempt
PBKDF2_ITERATIONS = 30_000  # tens of milliseconds of hashing per call
RENDER_SECONDS = 0.08
RENDERER = ("sh", "-c", f'sleep {RENDER_SECONDS} && cp "$1" "$2"', "render")


@dataclass(frozen=True)
class Route:
    """One route to measure and what its blocking work does."""

    method: str
    path: str  # ``{i}`` is replaced by 1..N, one id per concurrent call
    kind: str  # "waits" (for a server, a child process, a timer) or "computes"
    options: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return f"{self.method} {self.path.replace('{i}', '{id}')}"


ROUTES = (
    Route("GET", "/users/{i}", "waits"),
    Route("POST", "/orders/{i}/retry-payment", "waits"),
    Route("GET", "/orders/{i}/risk", "computes"),
    Route("POST", "/users/{i}/password", "computes", {"json": {"password": "hunter2hunter2"}}),
    Route("POST", "/reports/{i}/pdf", "waits"),
)


@dataclass(frozen=True)
class Result:
    """The timings of one route of one app, in seconds."""

    app: str
    route: str
    kind: str
    requests: int
    serial: float
    concurrent: float
    health: float

    @property
    def overlap(self) -> float:
        return self.requests * self.serial / self.concurrent


class _RemoteCursor(sqlite3.Cursor):
    """A cursor whose statements wait a network round trip, like a remote database's."""

    def execute(self, sql: str, parameters: Any = (), /) -> _RemoteCursor:
        time.sleep(DB_ROUND_TRIP)
        super().execute(sql, parameters)
        return self


class _RemoteConnection(sqlite3.Connection):
    """A sqlite3 connection whose cursors are ``_RemoteCursor``."""

    def cursor(self, factory: Any = _RemoteCursor) -> Any:
        return super().cursor(factory)


class _PaymentsServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _PaymentsHandler)
        self.lock = threading.Lock()
        self.failed: set[int] = set()  # orders whose last attempt was failed


class _PaymentsHandler(BaseHTTPRequestHandler):
    server: _PaymentsServer

    def do_POST(self) -> None:  # the name http.server dispatches POST to
        charge = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        time.sleep(PAYMENTS_ROUND_TRIP)
        with self.server.lock:
            # Fail every other attempt per order: each call of the route
            # retries once, whatever happened in the calls before it.
            first = charge["order"] not in self.server.failed
            self.server.failed ^= {charge["order"]}
        status, body = (503, {"status": "unavailable"}) if first else (200, {"status": "paid"})
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet: the table is the output


def _prepare(name: str, data: Path, payments_url: str, n: int) -> None:
    """Point the app at ``data`` through its environment variables and seed it."""
    data.mkdir()
    (data / "reports").mkdir()
    for i in range(1, n + 1):
        (data / "reports" / f"{i}.html").write_text(f"<h1>Report {i}</h1>\n")
    database = data / "shop.sqlite3"
    driver = "sqlite+aiosqlite" if name == "app_fixed" else "sqlite"
    os.environ.update(
        SHOP_DATABASE_URL=f"{driver}:///{database}",
        SHOP_MEDIA=str(data / "media"),
        SHOP_REPORTS=str(data / "reports"),
        SHOP_MAINTENANCE_FLAG=str(data / "maintenance"),
        SHOP_PAYMENTS_URL=payments_url,
        SHOP_RETRY_BACKOFF=str(RETRY_BACKOFF),
        SHOP_PBKDF2_ITERATIONS=str(PBKDF2_ITERATIONS),
        SHOP_RENDERER=shlex.join(RENDERER),
    )
    with sqlite3.connect(database) as connection:
        connection.execute("PRAGMA journal_mode=WAL")  # readers do not wait for the writer
    db = importlib.import_module(f"examples.{name}.db")
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    engine = create_engine(f"sqlite:///{database}")
    db.Base.metadata.create_all(engine)
    with Session(engine) as session:
        for i in range(1, n + 1):
            session.add(db.User(id=i, email=f"user{i}@example.com"))
            session.add(db.Order(id=i, user_id=i, total_cents=1000 + i))
        session.commit()
    engine.dispose()


def _make_remote(engine: Any) -> None:
    """Open the app's database connections with ``_RemoteConnection``."""
    from sqlalchemy import event

    sync_engine = getattr(engine, "sync_engine", engine)

    def do_connect(dialect: Any, record: Any, cargs: Any, cparams: dict[str, Any]) -> None:
        cparams["factory"] = _RemoteConnection
        # Each statement commits at once.  SQLite has one writer at a time:
        # holding its lock across the round trips of a transaction would make
        # concurrent writes of different rows wait for each other, which a
        # database server's row locks do not.
        cparams["isolation_level"] = None

    event.listen(sync_engine, "do_connect", do_connect)


async def _call(client: Any, route: Route, i: int) -> None:
    response = await client.request(route.method, route.path.format(i=i), **route.options)
    if response.status_code != 200:
        raise RuntimeError(f"{route.name} answered {response.status_code}: {response.text}")


async def _burst(client: Any, route: Route, n: int, probe_at: float) -> tuple[float, float]:
    """Run ``n`` calls at once; return their wall time and a /health latency in the middle."""

    async def probe(start: float) -> float:
        await asyncio.sleep(probe_at)
        await _call(client, Route("GET", "/health", "probe"), 0)
        # From when the probe was due, not from when the loop got round to it.
        return time.perf_counter() - (start + probe_at)

    start = time.perf_counter()
    calls = asyncio.gather(*(_call(client, route, i) for i in range(1, n + 1)))
    health = asyncio.ensure_future(probe(start))
    await calls
    wall = time.perf_counter() - start
    return wall, await health


async def _measure_route(client: Any, app: str, route: Route, n: int) -> Result:
    async def one() -> float:
        start = time.perf_counter()
        await _call(client, route, 1)
        return time.perf_counter() - start

    # One call warms up imports and caches; the first burst warms up the pools
    # (database connections, worker processes).  Single calls go before,
    # between and after the bursts, so that a moment of load on a shared
    # machine does not skew one side of the ratio.
    await one()
    serial = [await one(), await one()]
    bursts = [await _burst(client, route, n, min(serial) / 2)]
    serial.append(await one())
    bursts.append(await _burst(client, route, n, min(serial) / 2))
    serial += [await one(), await one()]
    return Result(
        app, route.name, route.kind, n, min(serial),
        min(wall for wall, _ in bursts), min(health for _, health in bursts),
    )


async def _measure_app(name: str, app: Any, client: Any, n: int) -> list[Result]:
    async with app.router.lifespan_context(app), client:
        return [await _measure_route(client, name, route, n) for route in ROUTES]


def measure(n: int) -> list[Result]:
    """Measure every route of both apps with ``n`` concurrent requests."""
    import httpx

    results = []
    server = _PaymentsServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    payments_url = f"http://127.0.0.1:{server.server_port}/v1"
    try:
        with tempfile.TemporaryDirectory(prefix="shop-") as tmp:
            for name in APPS:
                # Set up synchronously, before the event loop runs: the apps
                # read their environment and open their engines on import.
                _prepare(name, Path(tmp) / name, payments_url, n)
                app = importlib.import_module(f"examples.{name}.main").app
                _make_remote(importlib.import_module(f"examples.{name}.db").engine)
                client = httpx.AsyncClient(
                    transport=httpx.ASGITransport(app=app), base_url="http://shop"
                )
                results += asyncio.run(_measure_app(name, app, client, n))
    finally:
        server.shutdown()
        server.server_close()
    return results


def table(results: list[Result]) -> str:
    """Render the results as a fixed-width text table."""
    rows = [("app", "route", "kind", "serial", "concurrent", "overlap", "/health")]
    for r in results:
        rows.append((
            r.app, r.route, r.kind, f"{r.serial * 1000:.0f} ms",
            f"{r.concurrent * 1000:.0f} ms", f"{r.overlap:.1f}x", f"{r.health * 1000:.0f} ms",
        ))
    widths = [max(len(row[c]) for row in rows) for c in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [cell.ljust(w) if c < 3 else cell.rjust(w) for c, (cell, w) in
                 enumerate(zip(row, widths))]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def plot(results: list[Result], path: str, plt: Any) -> None:
    """Write a bar chart: the overlap of each route, and /health during its burst."""
    routes = list(dict.fromkeys(r.route for r in results))
    by_key = {(r.app, r.route): r for r in results}
    n = results[0].requests
    figure, (left, right) = plt.subplots(1, 2, figsize=(12, 4.8))
    width = 0.4
    for offset, name in ((-width / 2, "app"), (width / 2, "app_fixed")):
        positions = [i + offset for i in range(len(routes))]
        left.bar(positions, [by_key[name, route].overlap for route in routes], width, label=name)
        right.bar(positions, [by_key[name, route].health * 1000 for route in routes], width,
                  label=name)
    left.axhline(n, linestyle="--", color="grey", linewidth=1)
    left.axhline(1, linestyle=":", color="grey", linewidth=1)
    left.set_ylabel(f"overlap = {n} x serial / concurrent")
    left.set_title(f"{n} concurrent calls: 1 = one after another, {n} = all at once", fontsize=10)
    right.set_ylabel("ms")
    right.set_title(f"GET /health while the {n} calls run", fontsize=10)
    for axes in (left, right):
        axes.set_xticks(range(len(routes)), routes, rotation=20, ha="right", fontsize=8)
        axes.legend()
    figure.tight_layout()
    figure.savefig(path)


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m examples.overlap", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", "-n", type=int, default=10,
                        help="concurrent requests per route (default: %(default)s)")
    parser.add_argument("--plot", metavar="FILE", help="write a bar chart (needs matplotlib)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    if args.requests < 2:
        parser.error("--requests: needs at least 2")
    try:
        for module in EXTRA:
            importlib.import_module(module)
    except ImportError as error:
        sys.stderr.write(f"{error.name} is not installed: pip install -e '.[examples]'\n")
        return 2
    plt: Any = None
    if args.plot:
        try:
            import matplotlib

            matplotlib.use("Agg")
            import matplotlib.pyplot as plt
        except ImportError:
            sys.stderr.write("--plot needs matplotlib: pip install matplotlib\n")
            return 2
    results = measure(args.requests)
    if args.json:
        print(json.dumps([asdict(r) | {"overlap": r.overlap} for r in results], indent=2))
    else:
        print(table(results))
        fixed = [r.overlap for r in results if r.app == "app_fixed" and r.kind == "waits"]
        print(f"\n{args.requests} concurrent requests; overlap = {args.requests} x serial /"
              f" concurrent (median for waiting routes after the fix:"
              f" {statistics.median(fixed):.1f}x)")
    if plt is not None:
        plot(results, args.plot, plt)
        sys.stderr.write(f"wrote {args.plot}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
