"""Family 1xx: sleeps, waits on thread and process primitives, console input.

Data only: no ast, no logic.  See ``entry.py`` for the meaning of each table.
"""

from __future__ import annotations

from typing import Mapping, Optional

from flake8_async_blocking.catalogue.entry import Api

_LOCK = Api("ABL102", "thread_lock", "nonblocking")
_QUEUE = Api("ABL102", "thread_queue", "nonblocking")
_MP_QUEUE = Api("ABL102", "mp_queue", "nonblocking")
_POOL = Api("ABL102", "mp_pool")
_STDIN = Api("ABL103", "stdin")
_PROMPT = Api("ABL103", "console_prompt")

CALLS: Mapping[str, Optional[Api]] = {
    # --- ABL101: sleeps -------------------------------------------------------
    "signal.pause": Api("ABL101", "signal_wait"),
    "signal.sigtimedwait": Api("ABL101", "signal_wait"),
    "signal.sigwait": Api("ABL101", "signal_wait"),
    "signal.sigwaitinfo": Api("ABL101", "signal_wait"),
    "time.sleep": Api("ABL101", "sleep"),
    # --- ABL102: waits on futures ---------------------------------------------
    "concurrent.futures.as_completed": Api("ABL102", "futures_wait"),
    "concurrent.futures.wait": Api("ABL102", "futures_wait"),
    # --- ABL103: console input ------------------------------------------------
    "builtins.input": Api("ABL103", "input"),
    # The prompt helpers of CLI libraries read the console the same way.
    "click.confirm": _PROMPT,
    "click.getchar": _PROMPT,
    "click.prompt": _PROMPT,
    "fileinput.input": _STDIN,
    "getpass.getpass": Api("ABL103", "input"),
    # getpass.getuser reads environment variables first: cheap, never flagged.
    "getpass.getuser": None,
    "rich.prompt.Confirm.ask": _PROMPT,
    "rich.prompt.FloatPrompt.ask": _PROMPT,
    "rich.prompt.IntPrompt.ask": _PROMPT,
    "rich.prompt.Prompt.ask": _PROMPT,
    "typer.confirm": _PROMPT,
    "typer.prompt": _PROMPT,
}

METHODS: Mapping[str, Optional[Api]] = {
    # --- ABL102: concurrent.futures -------------------------------------------
    "concurrent.futures.Executor.shutdown": Api("ABL102", "executor_shutdown", "nonblocking"),
    "concurrent.futures.Future.exception": Api("ABL102", "future"),
    "concurrent.futures.Future.result": Api("ABL102", "future"),
    # done()/cancel()/add_done_callback() never wait.
    "concurrent.futures.Future.add_done_callback": None,
    "concurrent.futures.Future.cancel": None,
    "concurrent.futures.Future.done": None,
    # --- ABL102: logging.handlers.QueueListener ----------------------------------
    # stop() puts a sentinel on the queue and joins the listener's thread: it
    # waits until every queued record has been handled (written to a file...).
    "logging.handlers.QueueListener.stop": Api("ABL102", "listener_stop"),
    # start() launches the thread and returns; enqueue_sentinel() is a put.
    "logging.handlers.QueueListener.enqueue_sentinel": None,
    "logging.handlers.QueueListener.start": None,
    # --- ABL102: multiprocessing ----------------------------------------------
    "multiprocessing.Process.join": Api("ABL102", "process_join"),
    "multiprocessing.Queue.get": _MP_QUEUE,
    "multiprocessing.Queue.join": _MP_QUEUE,
    "multiprocessing.Queue.put": _MP_QUEUE,
    "multiprocessing.Queue.get_nowait": None,  # never waits
    "multiprocessing.Queue.put_nowait": None,  # never waits
    "multiprocessing.pool.AsyncResult.get": _POOL,
    "multiprocessing.pool.AsyncResult.wait": _POOL,
    "multiprocessing.pool.AsyncResult.ready": None,  # a flag read
    "multiprocessing.pool.Pool.apply": _POOL,
    "multiprocessing.pool.Pool.imap": _POOL,
    "multiprocessing.pool.Pool.imap_unordered": _POOL,
    "multiprocessing.pool.Pool.join": _POOL,
    "multiprocessing.pool.Pool.map": _POOL,
    "multiprocessing.pool.Pool.starmap": _POOL,
    # *_async submit work and return at once; the wait is on the AsyncResult.
    "multiprocessing.pool.Pool.apply_async": None,
    "multiprocessing.pool.Pool.map_async": None,
    "multiprocessing.pool.Pool.starmap_async": None,
    # --- ABL102: queue ----------------------------------------------------------
    "queue.Queue.get": _QUEUE,
    "queue.Queue.join": _QUEUE,
    "queue.Queue.put": _QUEUE,
    "queue.Queue.get_nowait": None,  # never waits
    "queue.Queue.put_nowait": None,  # never waits
    "queue.Queue.qsize": None,
    "queue.SimpleQueue.get": _QUEUE,
    "queue.SimpleQueue.get_nowait": None,  # never waits
    # SimpleQueue is unbounded: put() never waits.
    "queue.SimpleQueue.put": None,
    # --- ABL102: threading ------------------------------------------------------
    "threading.Barrier.wait": Api("ABL102", "thread_barrier"),
    "threading.Condition.acquire": _LOCK,
    "threading.Condition.wait": Api("ABL102", "thread_condition"),
    "threading.Condition.wait_for": Api("ABL102", "thread_condition"),
    # notify() needs the lock already held; it never waits by itself.
    "threading.Condition.notify": None,
    "threading.Condition.notify_all": None,
    "threading.Event.wait": Api("ABL102", "thread_event"),
    "threading.Event.clear": None,  # never waits
    "threading.Event.is_set": None,  # never waits
    "threading.Event.set": None,  # never waits
    "threading.Lock.acquire": _LOCK,
    "threading.Lock.locked": None,  # a flag read
    "threading.Lock.release": None,  # never waits
    "threading.RLock.acquire": _LOCK,
    "threading.RLock.release": None,  # never waits
    "threading.Semaphore.acquire": _LOCK,
    "threading.Semaphore.release": None,  # never waits
    # join(timeout=0) only checks whether the thread has ended.
    "threading.Thread.join": Api("ABL102", "thread_join", "nonblocking"),
    # start() hands the work to a new thread and returns.
    "threading.Thread.start": None,
    # --- ABL103: sys.stdin --------------------------------------------------------
    "sys.stdin.read": _STDIN,
    "sys.stdin.readline": _STDIN,
    "sys.stdin.readlines": _STDIN,
}

WITH: Mapping[str, Api] = {
    "multiprocessing.Lock": _LOCK,
    "threading.Condition": _LOCK,
    "threading.Lock": _LOCK,
    "threading.RLock": _LOCK,
    "threading.Semaphore": _LOCK,
}

# Locks judged by the module's other holders (``threads.py``): a ``with`` or
# ``acquire()`` on one is reported only when some holder in the module keeps
# the same lock around blocking work or an await.  A lock every holder keeps
# for a dict get or set is free again within microseconds.  Semaphores are
# not judged: they exist to bound concurrent long work, so taking one waits
# for that work by design.
JUDGED_LOCKS: frozenset[str] = frozenset(
    {"multiprocessing.Lock", "threading.Condition", "threading.Lock", "threading.RLock"}
)

# Queues whose put() waits only when they were made with a maxsize above 0.
BOUNDABLE_QUEUES: frozenset[str] = frozenset({"multiprocessing.Queue", "queue.Queue"})

# Future methods that return at once when the coroutine awaited the future
# (asyncio.wrap_future) or checked done() before calling them.
SETTLED_FUTURE_METHODS: frozenset[str] = frozenset(
    {"concurrent.futures.Future.exception", "concurrent.futures.Future.result"}
)

# Leaving ``with ThreadPoolExecutor() as pool:`` calls ``pool.shutdown(wait=True)``:
# it waits for every job the block submitted.
EXITS: Mapping[str, tuple[Api, frozenset[str]]] = {
    "concurrent.futures.Executor": (
        Api("ABL102", "executor_shutdown"), frozenset({"map", "submit"})
    ),
}

ITERATE: Mapping[str, Api] = {
    # Executor.map() submits every job at once; its iterator waits for each result.
    "concurrent.futures.Executor.map()": Api("ABL102", "executor_map"),
    "multiprocessing.pool.IMapIterator": _POOL,
    "sys.stdin": _STDIN,
}

RETURNS: Mapping[str, str] = {
    "concurrent.futures.Future": "concurrent.futures.Future",
    "concurrent.futures.ProcessPoolExecutor": "concurrent.futures.Executor",
    "concurrent.futures.ThreadPoolExecutor": "concurrent.futures.Executor",
    "concurrent.futures.process.ProcessPoolExecutor": "concurrent.futures.Executor",
    "concurrent.futures.thread.ThreadPoolExecutor": "concurrent.futures.Executor",
    "logging.handlers.QueueListener": "logging.handlers.QueueListener",
    "multiprocessing.JoinableQueue": "multiprocessing.Queue",
    "multiprocessing.Lock": "multiprocessing.Lock",
    "multiprocessing.Pool": "multiprocessing.pool.Pool",
    "multiprocessing.Process": "multiprocessing.Process",
    "multiprocessing.Queue": "multiprocessing.Queue",
    "multiprocessing.RLock": "multiprocessing.Lock",
    "multiprocessing.pool.Pool": "multiprocessing.pool.Pool",
    "multiprocessing.pool.ThreadPool": "multiprocessing.pool.Pool",
    "queue.LifoQueue": "queue.Queue",
    "queue.PriorityQueue": "queue.Queue",
    "queue.Queue": "queue.Queue",
    "queue.SimpleQueue": "queue.SimpleQueue",
    "threading.Barrier": "threading.Barrier",
    "threading.BoundedSemaphore": "threading.Semaphore",
    "threading.Condition": "threading.Condition",
    "threading.Event": "threading.Event",
    "threading.Lock": "threading.Lock",
    "threading.RLock": "threading.RLock",
    "threading.Semaphore": "threading.Semaphore",
    "threading.Thread": "threading.Thread",
    "threading.Timer": "threading.Thread",
}

MEMBERS: Mapping[str, str] = {
    "concurrent.futures.Executor.map()": "concurrent.futures.Executor.map()",
    "concurrent.futures.Executor.submit()": "concurrent.futures.Future",
    "multiprocessing.pool.Pool.apply_async()": "multiprocessing.pool.AsyncResult",
    "multiprocessing.pool.Pool.imap()": "multiprocessing.pool.IMapIterator",
    "multiprocessing.pool.Pool.imap_unordered()": "multiprocessing.pool.IMapIterator",
    "multiprocessing.pool.Pool.map_async()": "multiprocessing.pool.AsyncResult",
    "multiprocessing.pool.Pool.starmap_async()": "multiprocessing.pool.AsyncResult",
    "sys.stdin.buffer": "sys.stdin",
}

VALUES: Mapping[str, str] = {
    "sys.stdin": "sys.stdin",
}

ALIASES: Mapping[str, str] = {
    "click.termui.confirm": "click.confirm",
    "click.termui.getchar": "click.getchar",
    "click.termui.prompt": "click.prompt",
    "concurrent.futures.ProcessPoolExecutor": "concurrent.futures.Executor",
    "concurrent.futures.ThreadPoolExecutor": "concurrent.futures.Executor",
    "concurrent.futures._base.Executor": "concurrent.futures.Executor",
    "concurrent.futures._base.Future": "concurrent.futures.Future",
    "concurrent.futures.process.ProcessPoolExecutor": "concurrent.futures.Executor",
    "concurrent.futures.thread.ThreadPoolExecutor": "concurrent.futures.Executor",
    "multiprocessing.context.Process": "multiprocessing.Process",
    "multiprocessing.queues.JoinableQueue": "multiprocessing.Queue",
    "multiprocessing.queues.Queue": "multiprocessing.Queue",
    "queue.LifoQueue": "queue.Queue",
    "queue.PriorityQueue": "queue.Queue",
    "threading.BoundedSemaphore": "threading.Semaphore",
    "threading.Timer": "threading.Thread",
}

ENTERS: Mapping[str, Optional[str]] = {}

DISPLAY_NAMES: Mapping[str, str] = {
    "concurrent.futures.Executor.map()": "Executor.map() results",
}

SUGGESTIONS: Mapping[str, Mapping[str, str]] = {
    "console_prompt": {
        "asyncio": "await asyncio.to_thread(fn, ...)",
        "anyio": "await anyio.to_thread.run_sync(fn, ...)",
        "trio": "await trio.to_thread.run_sync(fn, ...)",
    },
    "executor_shutdown": {
        "asyncio": "a long-lived executor and await loop.run_in_executor() per call",
        "anyio": "await anyio.to_thread.run_sync() per call",
        "trio": "await trio.to_thread.run_sync() per call",
    },
    "executor_map": {
        "asyncio": "await asyncio.gather(*(loop.run_in_executor(pool, fn, x) for x in items))",
        "anyio": "an anyio task group of anyio.to_thread.run_sync(fn, x) calls",
        "trio": "a trio nursery of trio.to_thread.run_sync(fn, x) calls",
    },
    "future": {
        "asyncio": "await asyncio.wrap_future(future)",
        "anyio": "await anyio.to_thread.run_sync(future.result)",
        "trio": "await trio.to_thread.run_sync(future.result)",
    },
    "futures_wait": {
        "asyncio": "asyncio.wait() or asyncio.as_completed() on wrapped futures",
        "anyio": "an anyio task group",
        "trio": "a trio nursery",
    },
    "input": {
        "asyncio": "await asyncio.to_thread(input, ...)",
        "anyio": "await anyio.to_thread.run_sync(input, ...)",
        "trio": "await trio.to_thread.run_sync(input, ...)",
    },
    "listener_stop": {
        "asyncio": "await asyncio.to_thread(listener.stop)",
        "anyio": "await anyio.to_thread.run_sync(listener.stop)",
        "trio": "await trio.to_thread.run_sync(listener.stop)",
    },
    "mp_pool": {
        "asyncio": "await loop.run_in_executor(ProcessPoolExecutor(), fn, ...)",
        "anyio": "await anyio.to_process.run_sync(fn, ...)",
        "trio": "trio_parallel.run_sync(fn, ...)",
    },
    "mp_queue": {
        "asyncio": "await asyncio.to_thread(queue.get) or a pipe with loop.add_reader()",
        "anyio": "await anyio.to_thread.run_sync(queue.get)",
        "trio": "await trio.to_thread.run_sync(queue.get)",
    },
    "process_join": {
        "asyncio": "await asyncio.to_thread(process.join) or a ProcessPoolExecutor",
        "anyio": "await anyio.to_process.run_sync(fn, ...)",
        "trio": "await trio.to_thread.run_sync(process.join)",
    },
    "signal_wait": {
        "asyncio": "loop.add_signal_handler() and an asyncio.Event",
        "anyio": "anyio.open_signal_receiver()",
        "trio": "trio.open_signal_receiver()",
    },
    "sleep": {
        "asyncio": "await asyncio.sleep()",
        "anyio": "await anyio.sleep()",
        "trio": "await trio.sleep()",
    },
    "stdin": {
        "asyncio": "asyncio.StreamReader with loop.connect_read_pipe(), or aioconsole",
        "anyio": "anyio.wrap_file(sys.stdin)",
        "trio": "trio.wrap_file(sys.stdin)",
    },
    "thread_barrier": {
        "asyncio": "asyncio.Barrier",
        "anyio": "await anyio.to_thread.run_sync(barrier.wait)",
        "trio": "await trio.to_thread.run_sync(barrier.wait)",
    },
    "thread_condition": {
        "asyncio": "asyncio.Condition",
        "anyio": "anyio.Condition",
        "trio": "trio.Condition",
    },
    "thread_event": {
        "asyncio": "asyncio.Event (set it with loop.call_soon_threadsafe)",
        "anyio": "anyio.Event",
        "trio": "trio.Event",
    },
    "thread_join": {
        "asyncio": "await asyncio.to_thread(fn) instead of a thread",
        "anyio": "await anyio.to_thread.run_sync(fn) instead of a thread",
        "trio": "await trio.to_thread.run_sync(fn) instead of a thread",
    },
    "thread_lock": {
        "asyncio": "asyncio.Lock, or await asyncio.to_thread(lock.acquire) if threads share it",
        "anyio": "anyio.Lock, or await anyio.to_thread.run_sync(lock.acquire)",
        "trio": "trio.Lock, or await trio.to_thread.run_sync(lock.acquire)",
    },
    "thread_queue": {
        "asyncio": "asyncio.Queue, or janus/culsans between threads and tasks",
        "anyio": "anyio.create_memory_object_stream()",
        "trio": "trio.open_memory_channel()",
    },
}
