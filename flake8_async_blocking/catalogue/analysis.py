"""Suggestions of the codes found by analysis rather than by a table row.

Data only: no ast, no logic.  ABL501 (heavy loops), ABL601 (blocking
helpers), ABL702 (the way to schedule a coroutine) and ABL901 when the
configuration gives no suggestion.
"""

from __future__ import annotations

from typing import Mapping

SUGGESTIONS: Mapping[str, Mapping[str, str]] = {
    "cpu_loop": {
        "asyncio": "a process pool, or await asyncio.sleep(0) every chunk",
        "anyio": "anyio.to_process.run_sync(), or await anyio.sleep(0) every chunk",
        "trio": "trio_parallel.run_sync(), or await trio.sleep(0) every chunk",
    },
    "sync_helper": {
        "asyncio": "an async version, or await asyncio.to_thread({helper})",
        "anyio": "an async version, or await anyio.to_thread.run_sync({helper})",
        "trio": "an async version, or await trio.to_thread.run_sync({helper})",
    },
    "sync_iteration": {
        "asyncio": "an async iterator, or await asyncio.to_thread(list, {iterated})",
        "anyio": "an async iterator, or await anyio.to_thread.run_sync(list, {iterated})",
        "trio": "an async iterator, or await trio.to_thread.run_sync(list, {iterated})",
    },
    "blocking_coroutine": {
        "asyncio": "a release of the library that offloads it, or call it from a worker thread",
    },
    "spawn": {
        "asyncio": "asyncio.create_task() and keep the task",
        "anyio": "a task group's start_soon()",
        "trio": "a nursery's start_soon()",
    },
}

# How a type is named in messages when its catalogue name would puzzle users:
# open() returns io.TextIOWrapper or io.BufferedReader, catalogued as one type.
DISPLAY_NAMES: Mapping[str, str] = {
    "typing.IO": "file",
}
