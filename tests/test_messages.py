"""Golden messages: the exact rendered text of one finding per code.

The wording is public: a change here is deliberate and gets a CHANGELOG line.
"""

from __future__ import annotations

import pytest

from flake8_async_blocking.codes import RULES
from pathlib import Path

from harness import header_args, read_source, run_plugin, settings_from_args

# code -> (source, [(line, column, text)]); the first finding is the golden one.
GOLDEN: dict[str, tuple[str, tuple[int, int, str]]] = {
    # conftest.py makes the analysis of this coroutine fail on purpose.
    'ABL000': (
        'import time\n\n@app.get("/")\nasync def unanalysable_export():\n    time.sleep(1)\n',
        (4, 0, "ABL000 flake8-async-blocking could not analyse this function (internal error at line 4: ForcedError: forced by FLAKE8_ASYNC_BLOCKING_FAIL_IN); please report it"),
    ),
    'ABL101': (
        'import time\n\nasync def index():\n    time.sleep(1)\n',
        (4, 4, "ABL101 time.sleep() blocks the event loop in async function 'index'; use await asyncio.sleep()"),
    ),
    'ABL102': (
        'import queue\n\njobs = queue.Queue()\n\nasync def worker():\n    jobs.get()\n',
        (6, 4, "ABL102 queue.Queue.get() blocks the event loop in async function 'worker'; use asyncio.Queue, or janus/culsans between threads and tasks"),
    ),
    'ABL103': (
        "async def ask():\n    return input('name? ')\n",
        (2, 11, "ABL103 input() blocks the event loop in async function 'ask'; use await asyncio.to_thread(input, ...)"),
    ),
    'ABL201': (
        'import requests\n\nasync def fetch(url):\n    return requests.get(url)\n',
        (4, 11, "ABL201 requests.get() blocks the event loop in async function 'fetch'; use httpx.AsyncClient or aiohttp.ClientSession"),
    ),
    'ABL202': (
        'import socket\n\nasync def resolve(host):\n    return socket.gethostbyname(host)\n',
        (4, 11, "ABL202 socket.gethostbyname() blocks the event loop in async function 'resolve'; use await loop.getaddrinfo() / loop.getnameinfo()"),
    ),
    'ABL203': (
        "import smtplib\n\nasync def notify(msg):\n    server = smtplib.SMTP('mail.example.com')\n    server.send_message(msg)\n",
        (4, 13, "ABL203 smtplib.SMTP() blocks the event loop in async function 'notify'; use aiosmtplib.send() or aiosmtplib.SMTP"),
    ),
    'ABL301': (
        "import psycopg2\n\nasync def users():\n    conn = psycopg2.connect('dbname=app')\n    cur = conn.cursor()\n    cur.execute('SELECT 1')\n",
        (4, 11, "ABL301 psycopg2.connect() blocks the event loop in async function 'users'; use asyncpg or psycopg.AsyncConnection"),
    ),
    'ABL302': (
        'from fastapi import Depends\nfrom sqlalchemy.orm import Session\n\nasync def items(db: Session = Depends(get_db)):\n    return db.query(Item).all()\n',
        (5, 11, "ABL302 sqlalchemy.orm.Query.all() blocks the event loop in async function 'items'; use AsyncSession with create_async_engine()"),
    ),
    'ABL303': (
        'import redis\n\ncache = redis.Redis()\n\nasync def hit(key):\n    return cache.get(key)\n',
        (6, 11, "ABL303 redis.Redis.get() blocks the event loop in async function 'hit'; use redis.asyncio.Redis (await the same command)"),
    ),
    'ABL401': (
        "async def upload(path, data):\n    with open(path, 'wb') as f:\n        f.write(data)\n",
        (2, 9, "ABL401 open() blocks the event loop in async function 'upload'; use aiofiles.open() or await anyio.open_file()"),
    ),
    'ABL402': (
        "from pathlib import Path\n\nasync def config():\n    return Path('app.toml').read_text()\n",
        (4, 11, "ABL402 pathlib.Path.read_text() blocks the event loop in async function 'config'; use anyio.Path, awaited, or asyncio.to_thread()"),
    ),
    'ABL403': (
        'import os\n\nasync def has(path):\n    return os.path.exists(path)\n',
        (4, 11, "ABL403 os.path.exists() blocks the event loop in async function 'has'; use aiofiles.os or an anyio.Path method, awaited"),
    ),
    'ABL404': (
        "import subprocess\n\nasync def deploy():\n    subprocess.run(['git', 'pull'])\n",
        (4, 4, "ABL404 subprocess.run() blocks the event loop in async function 'deploy'; use asyncio.create_subprocess_exec() and communicate()"),
    ),
    'ABL501': (
        'async def total():\n    n = 0\n    for i in range(1_000_000):\n        n += i\n    return n\n',
        (3, 4, "ABL501 loop over range(1000000) with no await blocks the event loop in async function 'total'; use a process pool, or await asyncio.sleep(0) every chunk"),
    ),
    'ABL502': (
        'import bcrypt\n\nasync def login(pw, hashed):\n    return bcrypt.checkpw(pw, hashed)\n',
        (4, 11, "ABL502 bcrypt.checkpw() blocks the event loop in async function 'login'; use await asyncio.to_thread(fn, ...): it releases the GIL"),
    ),
    'ABL503': (
        '# flake8-args: --extend-select=ABL503\nimport json\n\nasync def parse(body):\n    return json.loads(body)\n',
        (5, 11, "ABL503 json.loads() blocks the event loop in async function 'parse'; use orjson or msgspec, or a process pool (not a thread)"),
    ),
    'ABL601': (
        'import time\n\ndef backoff():\n    time.sleep(1)\n\nasync def retry():\n    backoff()\n',
        (7, 4, "ABL601 backoff() blocks the event loop in async function 'retry' (it calls time.sleep() at line 4); use an async version, or await asyncio.to_thread(backoff)"),
    ),
    'ABL701': (
        'import asyncio\nimport time\n\nasync def pause():\n    await asyncio.to_thread(time.sleep(1))\n',
        (5, 28, "ABL701 time.sleep() runs in the event loop before asyncio.to_thread() offloads it in async function 'pause'; pass the callable and its arguments separately"),
    ),
    'ABL702': (
        'import asyncio\n\nasync def tick():\n    asyncio.sleep(1)\n',
        (4, 4, "ABL702 asyncio.sleep() creates a coroutine that is never awaited in async function 'tick'; await it or schedule it with asyncio.create_task() and keep the task"),
    ),
    'ABL703': (
        'import asyncio\n\nasync def main(coro):\n    asyncio.run(coro)\n',
        (4, 4, "ABL703 asyncio.run() starts a nested event loop in async function 'main'; await the coroutine instead"),
    ),
    'ABL801': (
        'import ssl\n\nasync def connect():\n    ctx = ssl.create_default_context()\n',
        (4, 10, "ABL801 ssl.create_default_context() blocks the event loop in async function 'connect'; use an ssl.SSLContext made once at start-up and reused"),
    ),
    'ABL802': (
        'import importlib\n\nasync def load(name):\n    return importlib.import_module(name)\n',
        (4, 11, "ABL802 importlib.import_module() blocks the event loop in async function 'load'; use a module-level import, or await asyncio.to_thread(import_module, name)"),
    ),
    'ABL803': (
        'import httpx\n\nasync def fetch(url):\n    async with httpx.AsyncClient() as client:\n        return await client.get(url)\n',
        (4, 15, "ABL803 httpx.AsyncClient() blocks the event loop in async function 'fetch'; use one client made at start-up (the app's lifespan) and reused"),
    ),
    'ABL901': (
        "# flake8-args: --async-blocking-calls='legacy.fetch_sync -> legacy.fetch'\nimport legacy\n\nasync def view():\n    legacy.fetch_sync()\n",
        (5, 4, "ABL901 legacy.fetch_sync() blocks the event loop in async function 'view'; use legacy.fetch"),
    ),
}


# Codes that need other modules: code -> (project file, the golden finding).
PROJECTS = Path(__file__).parent / "projects"
GOLDEN_IN_PROJECTS: dict[str, tuple[Path, tuple[int, int, str]]] = {
    'ABL602': (
        PROJECTS / "webapp" / "webapp" / "routes.py",
        (41, 11, "ABL602 load_json() blocks the event loop in async function 'index' (webapp/utils.py:12 open()); use an async version, or await asyncio.to_thread(load_json)"),
    ),
    'ABL603': (
        PROJECTS / "webapp" / "webapp" / "routes.py",
        (76, 13, "ABL603 VendorClient() blocks the event loop in async function 'library' (vendorlib/client.py:10 ssl.create_default_context()); use an async version, or await asyncio.to_thread(VendorClient)"),
    ),
}


def test_every_code_has_a_golden_message() -> None:
    assert sorted([*GOLDEN, *GOLDEN_IN_PROJECTS]) == sorted(rule.code for rule in RULES)


@pytest.mark.parametrize("code", sorted(GOLDEN_IN_PROJECTS))
def test_golden_message_in_project(code: str) -> None:
    path, expected = GOLDEN_IN_PROJECTS[code]
    args = [f"--async-blocking-python-path={PROJECTS / 'site-packages'}",
            "--async-blocking-cache-dir=none"]
    findings = run_plugin(read_source(path), settings_from_args(args), str(path))
    rendered = [(f.line, f.col, f.text) for f in findings if f.code == code]
    assert expected in rendered


@pytest.mark.parametrize("code", sorted(GOLDEN))
def test_golden_message(code: str) -> None:
    source, expected = GOLDEN[code]
    args = [arg for arg in header_args(source) if not arg.startswith("--extend-select")]
    findings = run_plugin(source, settings_from_args(args), "app.py")
    rendered = [(f.line, f.col, f.text) for f in findings if f.code == code]
    assert rendered[:1] == [expected]


@pytest.mark.parametrize("code", sorted(GOLDEN))
def test_message_is_one_line_without_trailing_period(code: str) -> None:
    text = GOLDEN[code][1][2]
    assert "\n" not in text
    assert not text.endswith(".")
    assert text.startswith(code + " ")


def test_golden_message_of_start_up_work_done_by_a_helper() -> None:
    # A helper whose only blocking work is opt-in start-up work keeps that work's code.
    source = (
        "import zoneinfo\n\ndef zone(name):\n    return zoneinfo.ZoneInfo(name)\n\n"
        "async def convert(ts, name):\n    return ts.astimezone(zone(name))\n"
    )
    findings = run_plugin(source, settings_from_args([]), "app.py")
    assert [(f.line, f.col, f.text) for f in findings] == [
        (7, 25, "ABL803 zone() (it calls zoneinfo.ZoneInfo() at line 4) blocks the event loop "
                "in async function 'convert'; use time zones made once at start-up (module level)"),
    ]
