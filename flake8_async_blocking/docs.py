"""The documentation of every code, one Markdown text per code, named after it.

Data only: no ast, no logic, no imports.  ``codes.py`` attaches each text to
its record and ``python -m flake8_async_blocking explain ABL201`` prints it.
Each text has ruff's sections in this order: What it does, Why is this bad?,
Example, Use instead, Known false positives, Options.  Measured costs quoted
here come from the project's research notes (CPython 3.11, Linux, local disk).
"""

from __future__ import annotations

ABL101 = """\
## What it does
Finds `time.sleep()` in the body of an `async def`. The signal waits
`signal.pause()`, `signal.sigwait()`, `signal.sigwaitinfo()` and
`signal.sigtimedwait()` are reported under the same code.

## Why is this bad?
`time.sleep()` suspends the whole thread, and the event loop runs in that
thread. For the length of the sleep no other coroutine makes progress: every
other request, websocket and background task in the process waits behind it.
Under load this shows up as p99 latency spikes, client timeouts and failing
health checks, while CPU stays low and nothing appears in the logs.

## Example
```python
import time

import httpx
from fastapi import FastAPI

app = FastAPI()
client = httpx.AsyncClient()


@app.post("/webhooks/{hook_id}/retry")
async def retry_webhook(hook_id: int, url: str) -> dict:
    for attempt in range(3):
        response = await client.post(url, json={"hook": hook_id})
        if response.status_code < 500:
            break
        time.sleep(2**attempt)  # ABL101
    return {"status": response.status_code}
```

## Use instead
```python
import asyncio

import httpx
from fastapi import FastAPI

app = FastAPI()
client = httpx.AsyncClient()


@app.post("/webhooks/{hook_id}/retry")
async def retry_webhook(hook_id: int, url: str) -> dict:
    for attempt in range(3):
        response = await client.post(url, json={"hook": hook_id})
        if response.status_code < 500:
            break
        await asyncio.sleep(2**attempt)
    return {"status": response.status_code}
```
With anyio, `await anyio.sleep(2**attempt)`; with trio, `await trio.sleep(...)`.
`time.sleep(0)` used to let other work run becomes `await asyncio.sleep(0)`
(anyio: `await anyio.lowlevel.checkpoint()`). To wait for a signal, register
`loop.add_signal_handler(signal.SIGHUP, reload_event.set)` and
`await reload_event.wait()`; anyio and trio have `open_signal_receiver()`.

## Known false positives
None known: the call always blocks the loop. A sleep that is harmless because
the coroutine is the only task of a one-off script can be marked
`# noqa: ABL101`. A sleep inside a nested `def` or `lambda`, or
`time.sleep` passed by reference to `asyncio.to_thread`, is not reported.

## Options
- `--async-blocking-backend`: which library the suggestion names.
- `--async-blocking-allow`: qualified names listed there are never reported."""

ABL102 = """\
## What it does
Finds blocking waits on thread and process primitives in a coroutine:
`acquire()` on a `threading.Lock`, `RLock`, `Semaphore` or `Condition` (the
blocking form), `with lock:` on a threading lock, condition or semaphore or a
`multiprocessing.Lock`, `Event.wait()`, `Condition.wait()`/`wait_for()`,
`Barrier.wait()`, `Thread.join()`, `get()`/`put()`/`join()` on `queue.Queue`
and `multiprocessing.Queue`, `Process.join()`,
`concurrent.futures.Future.result()`/`exception()`,
`concurrent.futures.wait()`/`as_completed()`, `Executor.shutdown()`, and the
waiting calls of a `multiprocessing` pool (`map`, `starmap`, `apply`, `imap`,
`join`, `AsyncResult.get()`), including iterating over `pool.imap(...)`.
Acquiring a `filelock.FileLock` (it polls with `time.sleep()`) is reported
here too.

## Why is this bad?
These calls park the loop's thread until another thread or process acts. The
loop cannot run anything meanwhile: every other request waits, p99 latency
and timeouts climb under load and health checks fail, while CPU stays low and
nothing shows in the logs. When the other side needs the loop to make
progress (it calls `loop.call_soon_threadsafe()` or
`asyncio.run_coroutine_threadsafe()`), the wait never ends: a deadlock.

## Example
```python
from concurrent.futures import ThreadPoolExecutor

from aiohttp import web

from reports import render_pdf

executor = ThreadPoolExecutor(max_workers=4)


async def invoice_pdf(request: web.Request) -> web.Response:
    invoice_id = int(request.match_info["invoice_id"])
    future = executor.submit(render_pdf, invoice_id)
    pdf = future.result()  # ABL102
    return web.Response(body=pdf, content_type="application/pdf")
```

## Use instead
```python
import asyncio
from concurrent.futures import ThreadPoolExecutor

from aiohttp import web

from reports import render_pdf

executor = ThreadPoolExecutor(max_workers=4)


async def invoice_pdf(request: web.Request) -> web.Response:
    invoice_id = int(request.match_info["invoice_id"])
    loop = asyncio.get_running_loop()
    pdf = await loop.run_in_executor(executor, render_pdf, invoice_id)
    return web.Response(body=pdf, content_type="application/pdf")
```
A future you already hold: `await asyncio.wrap_future(future)`. A lock, event,
condition or queue shared only by coroutines: `asyncio.Lock`, `asyncio.Event`,
`asyncio.Condition`, `asyncio.Queue`. Shared with threads: set an
`asyncio.Event` from the thread with `loop.call_soon_threadsafe(event.set)`,
use a queue made for both sides (`janus`, `culsans`), or wait in a worker
thread with `await asyncio.to_thread(lock.acquire)`. Instead of starting a
thread and joining it, run the function with `await asyncio.to_thread(fn)`.
With anyio: `anyio.Lock`, `anyio.Event`, `anyio.create_memory_object_stream()`,
`await anyio.to_thread.run_sync(future.result)`; with trio: `trio.Lock`,
`trio.Event`, `trio.open_memory_channel()`, a nursery instead of
`concurrent.futures.wait()`. Pool work: `loop.run_in_executor()` with a
`ProcessPoolExecutor` (anyio: `anyio.to_process.run_sync`).

## Known false positives
The non-blocking forms are not reported: `acquire(blocking=False)`,
`acquire(timeout=0)`, `get(block=False)`, `get_nowait()`, `put_nowait()`,
`Event.is_set()`, `Future.done()` and the pools' `*_async` calls. A
`with lock:` around a few lines that never wait is usually uncontended and
returns at once; it is still reported. If only coroutines share the lock, an
`asyncio.Lock` is the right type; if threads share it and hold it briefly,
mark the line `# noqa: ABL102`. `future.result()` after `future.done()`
returned true is reported as well: the analysis does not follow conditions.

## Options
- `--async-blocking-backend`: which library the suggestion names.
- `--async-blocking-allow`: qualified names listed there are never reported."""

ABL103 = """\
## What it does
Finds console input in a coroutine: `input()`, `getpass.getpass()`,
`fileinput.input()`, `read()`/`readline()`/`readlines()` on `sys.stdin` (and
`sys.stdin.buffer`) and iterating over `sys.stdin`.

## Why is this bad?
The call waits for a person to type, for as long as that takes, and the event
loop waits with it. Nothing else runs: requests queue up and time out,
websocket pings go unanswered, a chat bot misses its gateway heartbeats and is
disconnected, while CPU is idle and the logs say nothing. On a server, stdin
is often closed or `/dev/null`, and the call fails with `EOFError` instead.

## Example
```python
import discord

from settings import ANNOUNCE_CHANNEL_ID

client = discord.Client(intents=discord.Intents.default())


@client.event
async def on_ready() -> None:
    channel = client.get_channel(ANNOUNCE_CHANNEL_ID)
    while True:
        text = input("announce> ")  # ABL103
        await channel.send(text)
```

## Use instead
```python
import asyncio

import discord

from settings import ANNOUNCE_CHANNEL_ID

client = discord.Client(intents=discord.Intents.default())


@client.event
async def on_ready() -> None:
    channel = client.get_channel(ANNOUNCE_CHANNEL_ID)
    while True:
        text = await asyncio.to_thread(input, "announce> ")
        await channel.send(text)
```
With anyio, `await anyio.to_thread.run_sync(input, "announce> ")`; with trio,
`await trio.to_thread.run_sync(input, "announce> ")`. The `aioconsole` package
offers `await ainput()`. To stream lines from stdin, connect an
`asyncio.StreamReader` with `loop.connect_read_pipe()`; anyio and trio have
`wrap_file(sys.stdin)`. A thread blocked in `input()` cannot be cancelled:
at shutdown it stays until the next line arrives.

## Known false positives
None known. A prompt in a one-off script, before any other task has started,
blocks nothing else: mark it `# noqa: ABL103`.

## Options
- `--async-blocking-backend`: which library the suggestion names.
- `--async-blocking-allow`: qualified names listed there are never reported."""

ABL201 = """\
## What it does
Finds sync HTTP clients in a coroutine: the `requests` functions
(`requests.get()`, `post()`, `request()`...) and the methods of a
`requests.Session`; the `httpx` module functions (`httpx.get()`,
`httpx.stream()`...) and the methods of an `httpx.Client`;
`urllib.request.urlopen()` and `urlretrieve()`; `urllib3.request()` and the
methods of a `urllib3.PoolManager`; `http.client.HTTPConnection` and
`HTTPSConnection` requests and responses; `pycurl`'s `Curl.perform()`; and
the sync APIs of `httpx2`, `niquests`, `curl_cffi`, `httplib2` and the
`websocket-client` and `websockets.sync` clients.
Methods count when the receiver's type is known: built by the constructor,
annotated, or returned by a known factory such as `requests.session()`.

## Why is this bad?
An HTTP call is a DNS lookup, a TCP connect, a TLS handshake and the time the
server takes to answer: tens of milliseconds when all goes well, seconds when
the upstream is slow, and forever when it hangs (`requests` has no default
timeout). The event loop waits through all of it, so every other request in
the worker waits too. Under load, p99 latency and timeouts climb and health
checks fail, while CPU stays low and nothing appears in the logs.

## Example
```python
import requests
from fastapi import FastAPI

app = FastAPI()
PAYMENTS = "https://payments.example.com/v1"


@app.get("/orders/{order_id}/payment")
async def payment_status(order_id: int) -> dict:
    response = requests.get(f"{PAYMENTS}/charges/{order_id}", timeout=10)  # ABL201
    response.raise_for_status()
    return response.json()
```

## Use instead
```python
from contextlib import asynccontextmanager

import httpx
from fastapi import FastAPI

payments = httpx.AsyncClient(base_url="https://payments.example.com/v1", timeout=10)


@asynccontextmanager
async def lifespan(app: FastAPI):
    yield
    await payments.aclose()


app = FastAPI(lifespan=lifespan)


@app.get("/orders/{order_id}/payment")
async def payment_status(order_id: int) -> dict:
    response = await payments.get(f"/charges/{order_id}")
    response.raise_for_status()
    return response.json()
```
`aiohttp.ClientSession` is the other common choice on asyncio. Create one
client at start-up and reuse it: a client per request loads the CA bundle
each time and loses connection reuse (see ABL803). Under trio, `aiohttp` does
not work; `httpx.AsyncClient` does, as does anything built on anyio.

## Known false positives
Calls on a receiver whose type is unknown are not reported, so `d.get(key)`
never is. A sync call in a coroutine that runs once at start-up (fetching
remote configuration before serving) blocks only the start-up; mark it
`# noqa: ABL201` if that is acceptable.

## Options
- `--async-blocking-backend`: which library the suggestion names (`aiohttp`
  is never suggested to trio code).
- `--async-blocking-allow`: qualified names listed there are never reported."""

ABL202 = """\
## What it does
Finds sync socket and DNS calls in a coroutine: `socket.create_connection()`,
`socket.getaddrinfo()`, `gethostbyname()`, `gethostbyname_ex()`,
`gethostbyaddr()`, `getfqdn()`, `getnameinfo()`; `connect()`, `accept()`,
`recv*()` and `send*()` on a `socket.socket` or an `ssl.SSLSocket`;
`select.select()`, `poll()` and `selectors` waits with a timeout;
`socketserver` loops; `multiprocessing.connection` pipes; `dnspython`
queries.

## Why is this bad?
A DNS lookup goes through the system resolver, which takes microseconds for
`localhost` and milliseconds to seconds for a remote name (a lost UDP packet
means a five-second resolver timeout). A blocking `connect()`, `accept()` or
`recv()` waits for the peer. The event loop waits with them: every other
request stalls, p99 latency and timeouts climb, health checks fail, and
neither CPU nor the logs show why.

## Example
```python
import socket

from aiohttp import web


async def readiness(request: web.Request) -> web.Response:
    try:
        with socket.create_connection(("db.internal", 5432), timeout=2):  # ABL202
            pass
    except OSError:
        return web.json_response({"database": "down"}, status=503)
    return web.json_response({"database": "up"})
```

## Use instead
```python
import asyncio

from aiohttp import web


async def readiness(request: web.Request) -> web.Response:
    try:
        _, writer = await asyncio.wait_for(
            asyncio.open_connection("db.internal", 5432), timeout=2
        )
    except (OSError, asyncio.TimeoutError):
        return web.json_response({"database": "down"}, status=503)
    writer.close()
    await writer.wait_closed()
    return web.json_response({"database": "up"})
```
For DNS alone, `await loop.getaddrinfo(host, port)`. For a raw non-blocking
socket, `await loop.sock_connect()`, `sock_recv()`, `sock_sendall()`. With
anyio, `await anyio.connect_tcp(host, port)` and `await anyio.getaddrinfo()`;
with trio, `await trio.open_tcp_stream(host, port)` and the `trio.socket`
module.

## Known false positives
A socket switched to non-blocking mode (`setblocking(False)`,
`settimeout(0)`) does not block, but the analysis does not follow that state
and still reports its `recv()` and `send()`; use the `loop.sock_*` coroutines
on such sockets. `select.select()` and the other waits with a timeout of `0`
only poll and are not reported. `socket.gethostname()` is a cheap system call
and is not reported.

## Options
- `--async-blocking-backend`: which library the suggestion names.
- `--async-blocking-allow`: qualified names listed there are never reported."""

ABL203 = """\
## What it does
Finds other sync network clients in a coroutine: `smtplib`, `ftplib`,
`imaplib`, `poplib`, `xmlrpc.client.ServerProxy`, `paramiko` SSH and SFTP
clients, `boto3` clients and resources, sync gRPC channels and stubs, and
more: Kafka, AMQP (`pika`), MQTT (`paho`), ZeroMQ, LDAP, serial ports, the
sync Google Cloud Storage and Azure Blob clients, and the sync `openai` and
`anthropic` clients.

## Why is this bad?
Each call is one or more round trips to a remote server: an SMTP session with
STARTTLS and login takes hundreds of milliseconds, an S3 upload as long as
the bytes take to travel. The event loop waits through every one, so the
other requests in the worker wait too: p99 latency and timeouts climb and
health checks fail under load, while CPU stays low and the logs are quiet.

## Example
```python
import smtplib
from email.message import EmailMessage

from fastapi import FastAPI

from app.tokens import reset_link

app = FastAPI()


@app.post("/password-reset")
async def password_reset(email: str) -> dict:
    message = EmailMessage()
    message["From"] = "no-reply@example.com"
    message["To"] = email
    message["Subject"] = "Reset your password"
    message.set_content(reset_link(email))
    with smtplib.SMTP("smtp.example.com", 587) as smtp:  # ABL203
        smtp.starttls()  # ABL203
        smtp.send_message(message)  # ABL203
    return {"sent": True}
```

## Use instead
```python
from email.message import EmailMessage

import aiosmtplib
from fastapi import FastAPI

from app.tokens import reset_link

app = FastAPI()


@app.post("/password-reset")
async def password_reset(email: str) -> dict:
    message = EmailMessage()
    message["From"] = "no-reply@example.com"
    message["To"] = email
    message["Subject"] = "Reset your password"
    message.set_content(reset_link(email))
    await aiosmtplib.send(message, hostname="smtp.example.com", port=587, start_tls=True)
    return {"sent": True}
```
Other asyncio clients: `aioftp` for FTP, `aioimaplib` for IMAP, `asyncssh` for
SSH and SFTP, `aioboto3`/`aiobotocore` for AWS, `grpc.aio` channels for gRPC.
These are asyncio-only. Under trio, or where no async client exists
(`poplib`, `xmlrpc`), run the whole exchange in a worker thread:
`await trio.to_thread.run_sync(send_mail, message)` (anyio:
`anyio.to_thread.run_sync`, asyncio: `asyncio.to_thread`).

## Known false positives
`smtplib.SMTP()`, `ftplib.FTP()` or `serial.Serial()` with no arguments does
not connect and is not reported; a Kafka or ZeroMQ `poll(0)` does not wait
and is not reported either. A method
of these clients that does no I/O and is missing from the catalogue's
exclusions would be reported; list it in `--async-blocking-allow`.

## Options
- `--async-blocking-backend`: which library the suggestion names.
- `--async-blocking-allow`: qualified names listed there are never reported."""

ABL301 = """\
## What it does
Finds sync SQL driver calls in a coroutine: connecting, `execute()`,
`executemany()`, `fetchone()`/`fetchmany()`/`fetchall()`, `commit()`,
`rollback()`, and iterating over a cursor, for `psycopg2`, sync `psycopg`,
`pymysql`, `MySQLdb`, `mysql.connector`, `sqlite3`, `pyodbc`,
`oracledb`/`cx_Oracle` and `pymssql`. `cursor()` and `close()` are not
reported: they do no round trip.

## Why is this bad?
Every call is a round trip to the database: a connect is TCP, TLS and
authentication; a query waits for the plan, row locks and the network. Most
of these drivers do their socket work in C, where runtime detectors cannot
see it. The event loop waits through each call, so every other request waits
as well: p99 latency and timeouts climb with load and health checks fail,
with low CPU and nothing in the logs. Even `sqlite3` on a local file waits on
file locks up to its busy timeout.

## Example
```python
import psycopg2
from aiohttp import web

DSN = "postgresql://app@db/app"


async def list_invoices(request: web.Request) -> web.Response:
    customer_id = int(request.match_info["customer_id"])
    conn = psycopg2.connect(DSN)  # ABL301
    try:
        cur = conn.cursor()
        cur.execute(  # ABL301
            "SELECT id, total FROM invoices WHERE customer_id = %s", (customer_id,)
        )
        rows = cur.fetchall()  # ABL301
    finally:
        conn.close()
    return web.json_response([{"id": i, "total": float(t)} for i, t in rows])
```

## Use instead
```python
import asyncpg
from aiohttp import web

DSN = "postgresql://app@db/app"


async def database(app: web.Application):
    app["db"] = await asyncpg.create_pool(DSN)
    yield
    await app["db"].close()


async def list_invoices(request: web.Request) -> web.Response:
    customer_id = int(request.match_info["customer_id"])
    rows = await request.app["db"].fetch(
        "SELECT id, total FROM invoices WHERE customer_id = $1", customer_id
    )
    return web.json_response([{"id": r["id"], "total": float(r["total"])} for r in rows])


app = web.Application()
app.cleanup_ctx.append(database)
```
Other async drivers: `psycopg.AsyncConnection` and
`psycopg_pool.AsyncConnectionPool`, `aiomysql` or `asyncmy`, `aiosqlite`,
`aioodbc`, `oracledb.connect_async()`. These run on asyncio only; under trio,
run the database work in a worker thread with `trio.to_thread.run_sync()`
(one connection per thread: sync connections are not safe to share).

## Known false positives
`sqlite3` on `:memory:` or on a small local file answers in tens of
microseconds; it is reported all the same. To accept it on purpose, list it:
`--async-blocking-allow=sqlite3.*`.

## Options
- `--async-blocking-backend`: which library the suggestion names.
- `--async-blocking-allow`: qualified names listed there are never reported."""

ABL302 = """\
## What it does
Finds sync ORM queries in a coroutine: the I/O methods of SQLAlchemy's
`Session`, `scoped_session`, `Engine` and `Connection` (`execute()`,
`scalars()`, `scalar()`, `get()`, `query(...).all()`, `commit()`, `flush()`,
`refresh()`, `connect()`, `begin()`...), Django ORM calls that run a query
(`Model.objects.get()`, `count()`, `create()`, `save()`, iterating or calling
`list()` on a QuerySet) and peewee queries. The session's type comes from
constructors, annotations and `sessionmaker()`; a FastAPI parameter whose
default is `Depends(...)` takes its annotation.

## Why is this bad?
Each of these calls is one or more database round trips through a sync
driver, and the event loop waits for all of them: every other request in the
worker waits, p99 latency and timeouts climb under load and health checks
fail, while CPU stays low and nothing shows in the logs. Django goes further
and raises `SynchronousOnlyOperation` when its ORM is used in a running
event loop. The classic case is a FastAPI route declared `async def` that
takes a sync SQLAlchemy session from `Depends`: FastAPI runs `def` routes in
a thread pool, but `async def` routes in the loop itself.

## Example
```python
from fastapi import Depends, FastAPI
from sqlalchemy import create_engine
from sqlalchemy.orm import Session, sessionmaker

from app.models import User

engine = create_engine("postgresql+psycopg2://app@db/app")
SessionLocal = sessionmaker(bind=engine)
app = FastAPI()


def get_db():
    with SessionLocal() as session:
        yield session


@app.get("/users/{user_id}")
async def read_user(user_id: int, db: Session = Depends(get_db)) -> dict:
    user = db.get(User, user_id)  # ABL302
    return {"id": user.id, "email": user.email}
```

## Use instead
```python
from fastapi import Depends, FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from app.models import User

engine = create_async_engine("postgresql+asyncpg://app@db/app")
SessionLocal = async_sessionmaker(engine, expire_on_commit=False)
app = FastAPI()


async def get_db():
    async with SessionLocal() as session:
        yield session


@app.get("/users/{user_id}")
async def read_user(user_id: int, db: AsyncSession = Depends(get_db)) -> dict:
    user = await db.get(User, user_id)
    return {"id": user.id, "email": user.email}
```
Or keep the sync session and declare the route with a plain `def`: FastAPI
then runs it in its thread pool. Django 4.1+ has async ORM methods:
`await User.objects.aget(pk=pk)`, `acount()`, `acreate()`, `instance.asave()`,
`async for user in qs`; wrap anything else in `asgiref.sync.sync_to_async`.
SQLAlchemy's asyncio extension runs on asyncio only; under trio, run the
session work in `trio.to_thread.run_sync()`.

## Known false positives
Methods that only change the session's memory (`Session.add()`,
`add_all()`, `expunge()`) and QuerySet building (`filter()`, `exclude()`,
`order_by()`) are not reported. `Session.get()` for an object already in the
identity map returns without a query but is reported, because that cannot be
known without running the code.

## Options
- `--async-blocking-backend`: which library the suggestion names.
- `--async-blocking-allow`: qualified names listed there are never reported."""

ABL303 = """\
## What it does
Finds sync NoSQL and cache clients in a coroutine: commands on a
`redis.Redis` (also `StrictRedis`, `redis.from_url()`) and its pipelines;
`pymongo` clients, databases, collections and iterating over their cursors;
`pymemcache` clients; `elasticsearch.Elasticsearch`; `cassandra` sessions.

## Why is this bad?
Every command is a network round trip, and some wait on purpose: `BLPOP` and
`XREAD BLOCK` hold the connection until data arrives or the timeout ends, and
a large `KEYS` or `HGETALL` makes the server itself slow. The event loop waits
for each reply, so every other request waits too: p99 latency and timeouts
climb under load and health checks fail, with low CPU and quiet logs.

## Example
```python
import redis
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
cache = redis.Redis(host="cache", port=6379)


@app.middleware("http")
async def rate_limit(request: Request, call_next):
    key = f"rate:{request.client.host}"
    hits = cache.incr(key)  # ABL303
    if hits == 1:
        cache.expire(key, 60)  # ABL303
    if hits > 100:
        return JSONResponse({"detail": "too many requests"}, status_code=429)
    return await call_next(request)
```

## Use instead
```python
import redis.asyncio as redis
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
cache = redis.Redis(host="cache", port=6379)


@app.middleware("http")
async def rate_limit(request: Request, call_next):
    key = f"rate:{request.client.host}"
    hits = await cache.incr(key)
    if hits == 1:
        await cache.expire(key, 60)
    if hits > 100:
        return JSONResponse({"detail": "too many requests"}, status_code=429)
    return await call_next(request)
```
MongoDB: `pymongo.AsyncMongoClient` (PyMongo 4.13+; Motor is deprecated in
its favour). Elasticsearch: `elasticsearch.AsyncElasticsearch`. Memcached:
`aiomcache`. Cassandra: bridge `Session.execute_async()` to an asyncio future,
or offload. These run on asyncio; under trio, offload with
`trio.to_thread.run_sync()`.

## Known false positives
Building a client does not connect and is not reported (`redis.Redis(...)`,
`pymongo.MongoClient("mongodb://...")`). Commands to a local Redis usually
answer in microseconds; they are reported all the same, because one slow
command stalls the loop for its full duration.

## Options
- `--async-blocking-backend`: which library the suggestion names.
- `--async-blocking-allow`: qualified names listed there are never reported."""

ABL401 = """\
## What it does
Finds `open()`, `io.open()`, `codecs.open()` and `os.fdopen()` in a
coroutine, and `read()`, `readline()`, `readlines()`, `write()`,
`writelines()`, `flush()` and iteration on the file objects they return (bound
by assignment or by `with ... as f`). Also reported here: raw descriptor I/O
(`os.open()`, `os.read()`, `os.write()`, `os.fsync()`), writing to or loading
from files with `json.dump()`, `pickle.dump()`, `tomllib.load()` and
`plistlib`, `zipfile` and `tarfile` archives, `gzip.open()` and its siblings,
and `importlib.resources` reads.

## Why is this bad?
File I/O is a system call per operation. On a warm page cache a small read
takes microseconds, but on a network file system (NFS, SMB, EFS), a cold
disk or a node under I/O pressure the same call takes milliseconds to
seconds, and `fsync` waits for the device. The event loop waits with it:
every other request stalls, and under load p99 latency and timeouts climb and
health checks fail, while CPU stays low and nothing appears in the logs.
Runtime detectors often see only the `open()`; the reads and writes that
follow are reported here too.

## Example
```python
from aiohttp import web

UPLOADS = "/srv/uploads"


async def upload_avatar(request: web.Request) -> web.Response:
    user_id = request.match_info["user_id"]
    data = await request.read()
    with open(f"{UPLOADS}/{user_id}.png", "wb") as f:  # ABL401
        f.write(data)  # ABL401
    return web.json_response({"ok": True})
```

## Use instead
```python
import aiofiles
from aiohttp import web

UPLOADS = "/srv/uploads"


async def upload_avatar(request: web.Request) -> web.Response:
    user_id = request.match_info["user_id"]
    data = await request.read()
    async with aiofiles.open(f"{UPLOADS}/{user_id}.png", "wb") as f:
        await f.write(data)
    return web.json_response({"ok": True})
```
With anyio (which also runs on asyncio):
`async with await anyio.open_file(path, "wb") as f: await f.write(data)`;
with trio, `await trio.open_file(path, "wb")`. For many small operations on
one file, a single `await asyncio.to_thread(write_avatar, path, data)` of a
plain function is cheaper than one thread hop per call.

## Known false positives
A first argument that is a string constant under `/proc` or `/sys` (pseudo
files, no disk) is not reported. `io.StringIO`, `io.BytesIO` and writes to
`sys.stdout`/`sys.stderr` are not files opened here and are not reported. A
small file read once in a start-up coroutine blocks only the start-up; mark
it `# noqa: ABL401` if that is acceptable.

## Options
- `--async-blocking-backend`: which library the suggestion names.
- `--async-blocking-allow`: qualified names listed there are never reported."""

ABL402 = """\
## What it does
Finds `pathlib.Path` methods that touch the file system in a coroutine:
`read_text()`, `read_bytes()`, `write_text()`, `write_bytes()`, `open()`,
`touch()`, `exists()`, `is_file()`, `is_dir()`, `stat()`, `iterdir()`,
`glob()`, `rglob()`, `mkdir()`, `unlink()`, `rmdir()`, `rename()`,
`replace()`, `resolve()` and the like. A value is a `Path` when it is built by
`Path(...)`, annotated `Path`, or made with `/` from a `Path`. Pure path
arithmetic (`/`, `name`, `stem`, `suffix`, `parent`, `with_suffix()`,
`joinpath()`, `relative_to()`) is not reported.

## Why is this bad?
Each of these is one or more system calls: `exists()` costs about 8
microseconds on a cached local disk, but any call can take milliseconds to
seconds on a network file system or a busy disk, and `glob()`/`rglob()` read
whole directory trees. The event loop waits through each one, so every other
request waits: under load p99 latency and timeouts climb and health checks
fail, while CPU stays low and nothing shows in the logs.

## Example
```python
from pathlib import Path

from fastapi import FastAPI, HTTPException

app = FastAPI()
REPORTS = Path("/srv/reports")


@app.get("/reports/{name}")
async def get_report(name: str) -> dict:
    path = REPORTS / f"{name}.json"
    if not path.exists():  # ABL402
        raise HTTPException(status_code=404)
    return {"name": name, "body": path.read_text()}  # ABL402
```

## Use instead
```python
import anyio
from fastapi import FastAPI, HTTPException

app = FastAPI()
REPORTS = anyio.Path("/srv/reports")


@app.get("/reports/{name}")
async def get_report(name: str) -> dict:
    path = REPORTS / f"{name}.json"
    try:
        body = await path.read_text()
    except FileNotFoundError:
        raise HTTPException(status_code=404) from None
    return {"name": name, "body": body}
```
`anyio.Path` has the same methods as `pathlib.Path`, awaited, and works in
plain asyncio programs; trio has `trio.Path`. Or offload one call:
`await asyncio.to_thread(path.read_text)`. Trying the operation and catching
`FileNotFoundError` saves the `exists()` call and its race.

## Known false positives
`PurePath` values never touch the disk and are not reported. `resolve()`
reads the disk only to follow symbolic links and is usually fast on a local
disk; it is reported all the same.

## Options
- `--async-blocking-backend`: which library the suggestion names.
- `--async-blocking-allow`: qualified names listed there are never reported."""

ABL403 = """\
## What it does
Finds file-system calls of `os`, `os.path`, `shutil`, `glob` and `tempfile`
in a coroutine: `os.stat()`, `os.listdir()`, `os.scandir()`, `os.walk()`,
`os.makedirs()`, `os.remove()`, `os.rename()`, `os.path.exists()`,
`os.path.isfile()`, `os.path.getsize()`, `os.path.realpath()`,
`shutil.copy()`, `shutil.copytree()`, `shutil.rmtree()`, `shutil.move()`,
`glob.glob()`, `tempfile.mkstemp()`, `tempfile.TemporaryDirectory()`,
`shutil.which()` and the like. Pure string helpers are not reported: `os.path.join()`, `basename()`,
`dirname()`, `split()`, `splitext()`, `normpath()`, `isabs()`.

## Why is this bad?
A stat on a cached local file costs a few microseconds; the same call on a
network file system or a disk under pressure takes milliseconds or more, and
the recursive ones (`os.walk()`, `glob.glob()`, `shutil.copytree()`,
`shutil.rmtree()`) touch every file of a tree and take seconds. The event
loop waits for all of it: every other request stalls, p99 latency and
timeouts climb under load and health checks fail, while CPU stays low and
nothing shows in the logs.

## Example
```python
import os
import shutil

from aiohttp import web

EXPORTS = "/var/app/exports"


async def delete_export(request: web.Request) -> web.Response:
    export_dir = os.path.join(EXPORTS, request.match_info["export_id"])
    if not os.path.isdir(export_dir):  # ABL403
        raise web.HTTPNotFound()
    shutil.rmtree(export_dir)  # ABL403
    return web.Response(status=204)
```

## Use instead
```python
import asyncio
import os
import shutil

import aiofiles.os
from aiohttp import web

EXPORTS = "/var/app/exports"


async def delete_export(request: web.Request) -> web.Response:
    export_dir = os.path.join(EXPORTS, request.match_info["export_id"])
    if not await aiofiles.os.path.isdir(export_dir):
        raise web.HTTPNotFound()
    await asyncio.to_thread(shutil.rmtree, export_dir)
    return web.Response(status=204)
```
`aiofiles.os` has awaitable `stat`, `listdir`, `makedirs`, `remove`,
`rename` and `path.exists`/`isfile`/`isdir`/`getsize`; `aiofiles.tempfile`
has the temporary files and directories. With anyio: `anyio.Path` methods
(`await anyio.Path(d).is_dir()`) and
`await anyio.to_thread.run_sync(shutil.rmtree, d)`; with trio: `trio.Path` and
`trio.to_thread.run_sync()`. Offload a whole tree walk as one call:
`await asyncio.to_thread(lambda: list(os.walk(root)))`.

## Known false positives
A stat of a cached local file costs microseconds and is reported all the
same. If every path your service touches is on a local disk and you accept
that cost, list the cheap calls:
`--async-blocking-allow=os.path.exists,os.path.isfile`.

## Options
- `--async-blocking-backend`: which library the suggestion names.
- `--async-blocking-allow`: qualified names listed there are never reported."""

ABL404 = """\
## What it does
Finds subprocesses started or waited for synchronously in a coroutine:
`subprocess.run()`, `call()`, `check_call()`, `check_output()`,
`getoutput()`, `getstatusoutput()`, `subprocess.Popen(...)` and its
`wait()`/`communicate()`, `os.system()`, `os.popen()`, `os.spawn*()`,
`os.posix_spawn()`/`posix_spawnp()`, `os.wait*()`, reads and writes on the
pipes of a `Popen` or `os.popen()`, and other process starts:
`os.fork()`, `multiprocessing.Process.start()`, `pty.spawn()`,
`webbrowser.open()`, `ctypes.util.find_library()` (which runs `ldconfig`).

## Why is this bad?
Starting a process forks and execs (and `Popen` blocks until the exec
succeeds or fails); waiting for it takes as long as the program runs, which
for `ffmpeg`, `git` or `pg_dump` means seconds. The event loop waits for the
child: every other request stalls, p99 latency and timeouts climb under load
and health checks fail, while the worker's CPU stays low and nothing appears
in the logs.

## Example
```python
import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.post("/videos/{video_id}/thumbnail")
async def make_thumbnail(video_id: str) -> dict:
    source, target = f"/media/{video_id}.mp4", f"/media/{video_id}.jpg"
    subprocess.run(  # ABL404
        ["ffmpeg", "-y", "-i", source, "-frames:v", "1", target], check=True
    )
    return {"thumbnail": target}
```

## Use instead
```python
import asyncio

from fastapi import FastAPI

app = FastAPI()


@app.post("/videos/{video_id}/thumbnail")
async def make_thumbnail(video_id: str) -> dict:
    source, target = f"/media/{video_id}.mp4", f"/media/{video_id}.jpg"
    process = await asyncio.create_subprocess_exec(
        "ffmpeg", "-y", "-i", source, "-frames:v", "1", target,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    _, stderr = await process.communicate()
    if process.returncode != 0:
        raise RuntimeError(stderr.decode(errors="replace"))
    return {"thumbnail": target}
```
Shell strings: `asyncio.create_subprocess_shell()`. With anyio,
`await anyio.run_process([...], check=True)` or `anyio.open_process()`; with
trio, `await trio.run_process([...])`.

## Known false positives
`os.waitpid(pid, os.WNOHANG)` and `Popen.poll()` do not wait and are not
reported. A fire-and-forget `subprocess.Popen(...)` blocks only for the fork
and exec (milliseconds); it is reported all the same.

## Options
- `--async-blocking-backend`: which library the suggestion names.
- `--async-blocking-allow`: qualified names listed there are never reported."""

ABL501 = """\
## What it does
Finds heavy loops with no `await` in them in a coroutine: a `for` loop over a
constant `range()` of 100,000 or more (the threshold is configurable), three
or more nested loops, and a `while True:` loop that never awaits.

## Why is this bad?
Pure Python holds the GIL and the event loop gets control back only at an
`await`. A loop of a million simple iterations takes a tenth of a second or
more, and all that time every other request waits: p99 latency climbs,
clients time out and health checks fail under load. The symptom differs from
I/O blocking: one core sits at 100% while the others idle, and still nothing
appears in the logs. A `while True:` loop with no `await` never gives the
loop back at all.

## Example
```python
from aiogram import Router
from aiogram.filters import Command
from aiogram.types import Message

router = Router()


@router.message(Command("primes"))
async def count_primes(message: Message) -> None:
    count = 0
    for n in range(2, 2_000_000):  # ABL501
        if all(n % d for d in range(2, int(n**0.5) + 1)):
            count += 1
    await message.answer(f"{count} primes below two million")
```

## Use instead
```python
import asyncio
from concurrent.futures import ProcessPoolExecutor

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import Message

router = Router()
pool = ProcessPoolExecutor()


def primes_below(limit: int) -> int:
    return sum(
        1 for n in range(2, limit) if all(n % d for d in range(2, int(n**0.5) + 1))
    )


@router.message(Command("primes"))
async def count_primes(message: Message) -> None:
    loop = asyncio.get_running_loop()
    count = await loop.run_in_executor(pool, primes_below, 2_000_000)
    await message.answer(f"{count} primes below two million")
```
With anyio, `await anyio.to_process.run_sync(primes_below, 2_000_000)`; with
trio, `await trio_parallel.run_sync(primes_below, 2_000_000)`. If the work
must stay in the process, yield every few thousand iterations with
`await asyncio.sleep(0)` (anyio: `await anyio.lowlevel.checkpoint()`): latency
improves, throughput does not. A thread (`asyncio.to_thread`) cuts the
worst stall to the GIL switch interval (5 ms) but adds no throughput.

## Known false positives
The threshold is a guess at the cost of a cheap loop body; 100,000 trivial
iterations take a few milliseconds. Three nested loops over small collections
(a 3x3 grid) are reported. A `while True:` that leaves with `break` after a
few rounds (a parse-and-retry loop) is reported too. Raise the threshold, or
mark such loops `# noqa: ABL501`.

## Options
- `--async-blocking-loop-threshold` (default 100000): the constant `range()`
  size from which a loop counts as heavy.
- `--async-blocking-backend`: which library the suggestion names."""

ABL502 = """\
## What it does
Finds known CPU-heavy calls in a coroutine: `hashlib.pbkdf2_hmac()`,
`hashlib.scrypt()`, `bcrypt.hashpw()`/`checkpw()`/`kdf()`, `argon2` hashing
and verifying, `passlib` and `pwdlib` hashing and verifying, the key
derivation and key generation of `cryptography`, and compression or
decompression with `zlib`, `gzip`, `bz2`, `lzma` and `zstandard`.

## Why is this bad?
Password hashes are slow on purpose: PBKDF2 with 600,000 iterations takes
about 250 ms, bcrypt with 14 rounds about 1.4 s. Compressing tens of
megabytes takes half a second. During that time the event loop runs nothing
else, so a burst of logins serialises the whole worker: p99 latency climbs,
clients time out and health checks fail. One core is busy while the others
idle, and the logs say nothing. These functions release the GIL, so a worker
thread takes the whole cost off the loop (measured: the loop's worst stall
drops from the call's full duration to a few milliseconds).

## Example
```python
import bcrypt
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from app.auth import issue_token, users

app = FastAPI()


class Login(BaseModel):
    email: str
    password: str


@app.post("/login")
async def login(body: Login) -> dict:
    user = await users.find_by_email(body.email)
    if user is None or not bcrypt.checkpw(body.password.encode(), user.password_hash):  # ABL502
        raise HTTPException(status_code=401)
    return {"token": issue_token(user)}
```

## Use instead
```python
import asyncio

import bcrypt
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from app.auth import issue_token, users

app = FastAPI()


class Login(BaseModel):
    email: str
    password: str


@app.post("/login")
async def login(body: Login) -> dict:
    user = await users.find_by_email(body.email)
    valid = user is not None and await asyncio.to_thread(
        bcrypt.checkpw, body.password.encode(), user.password_hash
    )
    if not valid:
        raise HTTPException(status_code=401)
    return {"token": issue_token(user)}
```
With anyio, `await anyio.to_thread.run_sync(bcrypt.checkpw, password, hashed)`;
with trio, `await trio.to_thread.run_sync(...)`. The default thread pools are
bounded, which also caps how many hashes run at once. Pass the function and
its arguments separately: `to_thread(bcrypt.checkpw(...))` still runs in the
loop (ABL701).

## Known false positives
Compressing a few hundred bytes costs microseconds; the size is unknown to
the analysis, so it is reported. If your payloads are always small, list the
calls in `--async-blocking-allow` (for example `zlib.*`). `bcrypt.gensalt()`
and argon2's `check_needs_rehash()` are cheap and not reported.

## Options
- `--async-blocking-backend`: which library the suggestion names.
- `--async-blocking-allow`: qualified names listed there are never reported."""

ABL503 = """\
## What it does
Opt-in. Finds parsing of possibly large input that holds the GIL, in a
coroutine: `json.loads()`/`json.load()` (and `simplejson`),
`pickle.loads()`/`pickle.load()`, `marshal.loads()`, `yaml.safe_load()`,
`yaml.load()` and their siblings, and XML parsing with
`xml.etree.ElementTree`, `xml.dom.minidom` and `lxml.etree`. Enable it with
`extend-select = ABL503`.

## Why is this bad?
These parsers run in C but keep the GIL for the whole parse. A 40 MB JSON
document takes about 1.6 s, and the event loop runs nothing else meanwhile:
every other request waits, p99 latency and timeouts climb and health checks
fail, with one core busy and nothing in the logs. Unlike hashing or
compression, a worker thread does not help: measured, the loop still
stalls for the whole parse, because the thread holds the GIL. Small
documents parse in microseconds, which is why this code is opt-in: enable it
where large bodies arrive (uploads, imports, bulk webhooks).

## Example
```python
import json

from aiohttp import web

from catalogue import save_products


async def import_products(request: web.Request) -> web.Response:
    body = await request.read()  # a bulk upload of tens of megabytes
    products = json.loads(body)  # ABL503
    await save_products(request.app["db"], products)
    return web.json_response({"imported": len(products)})
```

## Use instead
```python
import asyncio
import json
from concurrent.futures import ProcessPoolExecutor

from aiohttp import web

from catalogue import save_products

pool = ProcessPoolExecutor()


async def import_products(request: web.Request) -> web.Response:
    body = await request.read()
    loop = asyncio.get_running_loop()
    products = await loop.run_in_executor(pool, json.loads, body)
    await save_products(request.app["db"], products)
    return web.json_response({"imported": len(products)})
```
A process pool moves the parse off the GIL, at the price of copying the bytes
to the worker and the result back: worth it for large documents only. Other
ways out: a faster parser (`orjson.loads`, `msgspec.json.decode` with a typed
schema), streaming (`ijson`), or a size limit on the request (aiohttp's
`client_max_size`). With anyio,
`await anyio.to_process.run_sync(json.loads, body)`; with trio,
`await trio_parallel.run_sync(json.loads, body)`. `lxml` is the exception
among these parsers: it releases the GIL, so
`await asyncio.to_thread(lxml.etree.fromstring, body)` works.

## Known false positives
A small document (a configuration blob, a webhook of a few kilobytes) parses
in microseconds and is reported once the code is enabled. Enable it only on
the modules that take large input, with `per-file-ignores`, or mark the small
cases `# noqa: ABL503`.

## Options
- Off by default. Enable it with `extend-select = ABL503`. A `select` or
  `extend-select` entry of `ABL` also turns it on.
- `--async-blocking-backend`: which library the suggestion names.
- `--async-blocking-allow`: qualified names listed there are never reported."""

ABL601 = """\
## What it does
Finds calls, in a coroutine, to a sync function or method of the same module
that blocks: one that makes a blocking call itself, or calls another sync
function of the module that does. The message names the blocking call inside
and its line, so the chain can be followed.

## Why is this bad?
Blocking hidden one call down blocks exactly as much: the event loop waits
for the helper and everything it calls, every other request waits, and under
load p99 latency and timeouts climb and health checks fail, with low CPU and
nothing in the logs. A coroutine with no finding of its own is not proof that
it never blocks; this code follows the module's own helpers.

## Example
```python
from fastapi import FastAPI

app = FastAPI()


def read_banner() -> str:
    with open("/etc/app/banner.txt") as f:
        return f.read().strip()


@app.get("/banner")
async def banner() -> dict:
    return {"banner": read_banner()}  # ABL601
```

## Use instead
```python
import aiofiles
from fastapi import FastAPI

app = FastAPI()


async def read_banner() -> str:
    async with aiofiles.open("/etc/app/banner.txt") as f:
        return (await f.read()).strip()


@app.get("/banner")
async def banner() -> dict:
    return {"banner": await read_banner()}
```
Or keep the helper sync and offload it whole, one thread hop for all its
blocking work: `await asyncio.to_thread(read_banner)` (anyio:
`anyio.to_thread.run_sync`, trio: `trio.to_thread.run_sync`).

## Known false positives
The analysis does not follow conditions: a helper that blocks only on a path
the coroutine never takes (a cache miss that happens once at start-up) is
reported. Mark the call `# noqa: ABL601`; a `noqa` inside the helper has no
effect on this code. Helpers defined in other modules are not followed.

## Options
- `--async-blocking-allow`: a helper listed there by the name the message
  shows (`read_banner`) is not reported, and a blocking call listed there no
  longer counts when deciding whether a helper blocks.
- `--async-blocking-backend`: which library the suggestion names."""

ABL701 = """\
## What it does
Finds a call written as the callable argument of an offload helper, so that it
runs before the helper gets it: `asyncio.to_thread(f(x))`,
`loop.run_in_executor(None, f(x))`, `executor.submit(f(x))`, Starlette's and
FastAPI's `run_in_threadpool(f(x))`, `anyio.to_thread.run_sync(f())`,
`anyio.to_process.run_sync(f())`, `trio.to_thread.run_sync(f())`, asgiref's
`sync_to_async(f())` and Channels' `database_sync_to_async(f())`.

## Why is this bad?
Python evaluates arguments first. `f(x)` runs in the event loop thread, which
is exactly what the offload was meant to avoid: every other request waits for
it, and under load p99 latency and timeouts climb and health checks fail,
while CPU stays low and nothing shows in the logs. Then its result, which is
usually not callable, is handed to the helper and the call fails with a
`TypeError`. The code looks fixed, and blocks anyway.

## Example
```python
import asyncio

import requests
from fastapi import FastAPI

app = FastAPI()


@app.get("/weather/{city}")
async def weather(city: str) -> dict:
    url = f"https://wttr.in/{city}?format=j1"
    response = await asyncio.to_thread(requests.get(url, timeout=10))  # ABL701
    return response.json()
```

## Use instead
```python
import asyncio

import requests
from fastapi import FastAPI

app = FastAPI()


@app.get("/weather/{city}")
async def weather(city: str) -> dict:
    url = f"https://wttr.in/{city}?format=j1"
    response = await asyncio.to_thread(requests.get, url, timeout=10)
    return response.json()
```
Better still, use an async client and drop the thread (see ABL201).
`loop.run_in_executor()`, `anyio.to_thread.run_sync()` and
`trio.to_thread.run_sync()` take positional arguments only; bind keywords
with `functools.partial(requests.get, url, timeout=10)`.

## Known false positives
A factory whose result is the callable to run
(`to_thread(make_job(config))`) is reported although it is correct when the
factory is cheap. Bind the callable on its own line first:
`job = make_job(config)`, then `await asyncio.to_thread(job)`.

## Options
None."""

ABL702 = """\
## What it does
Finds a coroutine that is created and thrown away: a bare call statement of
`asyncio.sleep()` or another known coroutine function, or of an `async def`
of the same module, with no `await` and no task to run it.

## Why is this bad?
Calling a coroutine function only builds a coroutine object; its body never
runs. The intended work silently does not happen: `asyncio.sleep(1)` used as
a rate limit does not wait, so a client hammers an upstream API; a
notification is never sent. The only trace is a `RuntimeWarning: coroutine
... was never awaited`, printed when the object is collected, often lost in
the logs of a busy service.

## Example
```python
import asyncio

from aiogram import Router
from aiogram.types import Message

router = Router()


async def notify_admins(text: str) -> None:
    ...


@router.message()
async def relay(message: Message) -> None:
    notify_admins(f"new message from {message.from_user.id}")  # ABL702
    asyncio.sleep(1)  # ABL702
    await message.answer("Thanks, an admin will get back to you.")
```

## Use instead
```python
import asyncio

background_tasks: set[asyncio.Task[None]] = set()


@router.message()
async def relay(message: Message) -> None:
    task = asyncio.create_task(notify_admins(f"new message from {message.from_user.id}"))
    background_tasks.add(task)
    task.add_done_callback(background_tasks.discard)
    await asyncio.sleep(1)
    await message.answer("Thanks, an admin will get back to you.")
```
Either `await` the call, or schedule it and keep a reference to the task:
the event loop keeps only a weak reference, and an unreferenced task can be
collected before it finishes. With anyio or trio, start it in a task group or
nursery that outlives the handler: `task_group.start_soon(notify_admins, text)`.

## Known false positives
An `async def` wrapped by a decorator that turns it into a plain function
(`asgiref.sync.async_to_sync`, some task-queue decorators) is reported when
called as a statement, although the call runs it. Mark such calls
`# noqa: ABL702`.

## Options
None."""

ABL703 = """\
## What it does
Finds an event loop started inside a running coroutine: `asyncio.run()`,
`asyncio.Runner.run()`, `loop.run_until_complete()`, `loop.run_forever()`,
`anyio.run()` and `trio.run()`, and the thread-side bridges
`anyio.from_thread.run()` and `trio.from_thread.run()`, which wait for the
very loop they are called from.

## Why is this bad?
asyncio refuses: `asyncio.run()` raises "cannot be called from a running
event loop" and `run_until_complete()` raises "This event loop is already
running". Where a patch such as `nest_asyncio` makes it work, the inner loop
runs to completion while the outer one is frozen: every other request waits,
p99 latency and timeouts climb, health checks fail, and the logs show
nothing. The usual cause is a sync wrapper around async code, called from
async code.

## Example
```python
import asyncio

from fastapi import FastAPI

from app.rates import fetch_rates

app = FastAPI()


@app.get("/convert")
async def convert(amount: float, currency: str) -> dict:
    rates = asyncio.run(fetch_rates())  # ABL703
    return {"amount": amount * rates[currency]}
```

## Use instead
```python
from fastapi import FastAPI

from app.rates import fetch_rates

app = FastAPI()


@app.get("/convert")
async def convert(amount: float, currency: str) -> dict:
    rates = await fetch_rates()
    return {"amount": amount * rates[currency]}
```
Sync code that runs in a worker thread and must call async code can hand it
back to the running loop: `asyncio.run_coroutine_threadsafe(coro, loop)`
(anyio: `anyio.from_thread.run`, trio: `trio.from_thread.run`), from that
thread, never from a coroutine.

## Known false positives
A method named `run_until_complete` on a receiver of unknown type is taken to
be an event loop's; a class of your own with a method of that name is
reported. Mark the call `# noqa: ABL703`.

## Options
None."""

ABL801 = """\
## What it does
Finds TLS set-up that reads certificate files, in a coroutine:
`ssl.create_default_context()`, `httpx.create_ssl_context()` and the
`SSLContext` methods `load_verify_locations()`, `load_cert_chain()`,
`load_default_certs()`, `set_default_verify_paths()` and `load_dh_params()`.

## Why is this bad?
Building a default context reads and parses the system CA bundle, about
28 ms each time (measured), in C code that runtime detectors do not see.
Done per request, that caps a worker at a few dozen requests per second for
this alone, and the event loop waits each time: every other request stalls,
p99 latency and timeouts climb under load and health checks fail, while CPU
stays low and nothing appears in the logs.

## Example
```python
import ssl

from aiohttp import web


async def partner_status(request: web.Request) -> web.Response:
    context = ssl.create_default_context()  # ABL801
    context.load_cert_chain("/etc/app/client.pem", "/etc/app/client.key")  # ABL801
    url = "https://partner.example.com/status"
    async with request.app["http"].get(url, ssl=context) as response:
        return web.json_response(await response.json())
```

## Use instead
```python
import ssl

from aiohttp import web


def partner_tls() -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.load_cert_chain("/etc/app/client.pem", "/etc/app/client.key")
    return context


PARTNER_TLS = partner_tls()  # once, at import time


async def partner_status(request: web.Request) -> web.Response:
    url = "https://partner.example.com/status"
    async with request.app["http"].get(url, ssl=PARTNER_TLS) as response:
        return web.json_response(await response.json())
```
Build the context once (at import time or in a start-up hook) and reuse it;
it is safe to share. If it must be built later, offload it:
`await asyncio.to_thread(partner_tls)` (anyio and trio:
`to_thread.run_sync`).

## Known false positives
`load_verify_locations(cadata=...)` reads from memory and is not reported. A
context built in a coroutine that runs once at start-up costs nothing per
request; mark it `# noqa: ABL801`.

## Options
- `--async-blocking-backend`: which library the suggestion names.
- `--async-blocking-allow`: qualified names listed there are never reported."""

ABL802 = """\
## What it does
Finds imports and package metadata look-ups at run time, in a coroutine:
`importlib.import_module()`, `__import__()`, `importlib.reload()`,
`importlib.util.find_spec()`, the `importlib.metadata` functions
(`version()`, `metadata()`, `distribution()`, `distributions()`,
`entry_points()`, `files()`, `requires()`), their `importlib_metadata`
back-port and `pkg_resources` look-ups.

## Why is this bad?
A first import searches `sys.path`, reads and compiles the module and runs its
top-level code: a few milliseconds for a small standard module, far more
for a large package, plus whatever the module does when imported. The
`importlib.metadata` functions scan the `dist-info` directories of the
environment on every call. The event loop waits meanwhile: every other
request stalls, p99 latency climbs under load and health checks fail, while
CPU stays low and nothing shows in the logs.

## Example
```python
import importlib
from importlib.metadata import version

import discord
from discord.ext import commands

bot = commands.Bot(command_prefix="!", intents=discord.Intents.default())


@bot.command()
async def plugin(ctx: commands.Context, name: str) -> None:
    module = importlib.import_module(f"mybot.plugins.{name}")  # ABL802
    await module.handle(ctx)


@bot.command()
async def about(ctx: commands.Context) -> None:
    await ctx.send(f"mybot {version('mybot')}")  # ABL802
```

## Use instead
```python
import importlib
from importlib.metadata import version

import discord
from discord.ext import commands

bot = commands.Bot(command_prefix="!", intents=discord.Intents.default())
VERSION = version("mybot")  # once, at import time
PLUGINS = {
    name: importlib.import_module(f"mybot.plugins.{name}")
    for name in ("weather", "quotes", "polls")
}


@bot.command()
async def plugin(ctx: commands.Context, name: str) -> None:
    await PLUGINS[name].handle(ctx)


@bot.command()
async def about(ctx: commands.Context) -> None:
    await ctx.send(f"mybot {VERSION}")
```
Import at start-up and look modules up in a table. Where the set of modules
is only known later, offload the first import:
`await asyncio.to_thread(importlib.import_module, name)` (anyio and trio:
`to_thread.run_sync`).

## Known false positives
`import_module()` of a module already in `sys.modules` is a dictionary look-up
and costs nothing; it is reported because the analysis cannot know.

## Options
- `--async-blocking-backend`: which library the suggestion names.
- `--async-blocking-allow`: qualified names listed there are never reported."""

ABL803 = """\
## What it does
Opt-in. Finds one-off start-up work done in a coroutine, typically once per
request: building an `httpx.AsyncClient()` or `aiohttp.ClientSession()`,
`mimetypes.init()` and the `mimetypes.guess_*()` functions (the first call
reads the system tables), and time zone loads with `zoneinfo.ZoneInfo()`,
`pytz.timezone()` and `dateutil.tz.gettz()`. Enable it with
`extend-select = ABL803`.

## Why is this bad?
These constructors read files: an `httpx.AsyncClient()` builds a TLS context
and loads the CA bundle, about 35 ms each (measured); `mimetypes.init()`
reads the system MIME tables; a time zone is read from the tz database the
first time. The event loop waits each time, so every other request waits:
p99 latency and timeouts climb under load and health checks fail, with low
CPU and nothing in the logs. A client per request also throws away its
connection pool, so every request pays a new TCP and TLS handshake. The code
is opt-in because each call is cheap enough once; it matters when it runs per
request.

## Example
```python
import httpx
from fastapi import FastAPI

app = FastAPI()


@app.get("/github/{user}")
async def github_profile(user: str) -> dict:
    async with httpx.AsyncClient(timeout=10) as client:  # ABL803
        response = await client.get(f"https://api.github.com/users/{user}")
    return response.json()
```

## Use instead
```python
from contextlib import asynccontextmanager

import httpx
from fastapi import FastAPI

github = httpx.AsyncClient(base_url="https://api.github.com", timeout=10)


@asynccontextmanager
async def lifespan(app: FastAPI):
    yield
    await github.aclose()


app = FastAPI(lifespan=lifespan)


@app.get("/github/{user}")
async def github_profile(user: str) -> dict:
    response = await github.get(f"/users/{user}")
    return response.json()
```
Create clients once, at import time or in the application's lifespan, and
reuse them. Call `mimetypes.init()` at start-up; keep time zones in module
constants (`PARIS = ZoneInfo("Europe/Paris")`). This is the same under anyio
and trio.

## Known false positives
Work in a coroutine that runs once (a lifespan function, a start-up hook,
`main()`) costs nothing per request; if it is reported, mark it
`# noqa: ABL803`.

## Options
- Off by default. Enable it with `extend-select = ABL803`. A `select` or
  `extend-select` entry of `ABL` also turns it on.
- `--async-blocking-allow`: qualified names listed there are never reported."""

ABL901 = """\
## What it does
Finds calls the project declared blocking in its flake8 configuration with
`--async-blocking-calls`, and reports them with the suggestion given there.
Use it for your own sync SDKs and internal clients.

## Why is this bad?
A sync internal client blocks like any other: the event loop waits for it,
every other request waits too, and under load p99 latency and timeouts climb
and health checks fail, while CPU stays low and nothing appears in the logs.
Declaring such calls once keeps reviewers from having to remember them.

## Example
```ini
[flake8]
async-blocking-calls =
    acme_billing.charge -> acme_billing.aio.charge
    legacy.reports.render_pdf -> asyncio.to_thread(render_pdf)
```
```python
from acme_billing import charge
from fastapi import FastAPI

from app.models import Cart

app = FastAPI()


@app.post("/checkout")
async def checkout(cart: Cart) -> dict:
    receipt = charge(cart.customer_id, cart.total)  # ABL901
    return {"receipt": receipt.id}
```
gives `ABL901 acme_billing.charge() blocks the event loop in async function
'checkout'; use acme_billing.aio.charge`.

## Use instead
What the configuration says:
```python
from acme_billing.aio import charge
from fastapi import FastAPI

from app.models import Cart

app = FastAPI()


@app.post("/checkout")
async def checkout(cart: Cart) -> dict:
    receipt = await charge(cart.customer_id, cart.total)
    return {"receipt": receipt.id}
```

## Known false positives
Names are matched after resolving imports, so a parameter or local variable
that happens to share a name is never matched. The list is yours: a finding
that is wrong means the entry is too broad.

## Options
- `--async-blocking-calls`: the `qualified.name -> suggestion` entries,
  separated by commas or new lines. A suggestion is printed as written; it
  cannot contain a comma, and `--async-blocking-backend` does not change it."""
