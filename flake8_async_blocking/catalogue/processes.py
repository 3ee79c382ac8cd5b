"""Family 4xx, ABL404: subprocesses started or waited for synchronously.

Data only: no ast, no logic.  See ``entry.py`` for the meaning of each table.

Types of this module:

``os._wrap_close``     what ``os.popen()`` returns: reads wait for the command.
``subprocess.Popen``   a started process; ``subprocess.pipe`` is the pseudo-type of
                       its ``stdin``/``stdout``/``stderr`` pipes.

Not listed on purpose: the ``os.exec*`` family (it never returns, so it does not
block the loop; it replaces the process).
"""

from __future__ import annotations

from typing import Mapping, Optional

from flake8_async_blocking.catalogue.entry import Api

_RUN = Api("ABL404", "subprocess_run")
_SHELL = Api("ABL404", "subprocess_shell")
_SPAWN = Api("ABL404", "subprocess_spawn")
_WAIT = Api("ABL404", "subprocess_wait")
_WAIT_PID = Api("ABL404", "subprocess_wait", "wnohang")
_PIPE = Api("ABL404", "subprocess_pipe")
_FORK = Api("ABL404", "subprocess_fork")
_PROC_OFFLOAD = Api("ABL404", "subprocess_offload")

CALLS: Mapping[str, Optional[Api]] = {
    # --- ABL404: subprocess --------------------------------------------------------------
    # Starting a process is one fork/exec (vfork or posix_spawn where CPython
    # can), the same work asyncio.create_subprocess_exec() does on the loop:
    # no async form starts it faster.  What blocks is waiting for the process,
    # and wait(), communicate(), the pipes and ``with Popen()`` are reported.
    "subprocess.Popen": None,
    "subprocess.call": _RUN,
    "subprocess.check_call": _RUN,
    "subprocess.check_output": _RUN,
    "subprocess.getoutput": _SHELL,
    "subprocess.getstatusoutput": _SHELL,
    "subprocess.run": _RUN,
    # list2cmdline() joins strings.
    "subprocess.list2cmdline": None,
    # --- ABL404: os process calls ----------------------------------------------------------
    "os.fork": _FORK,
    "os.forkpty": _FORK,
    "os.popen": _SHELL,
    # A start only, as Popen() above; os.waitpid() is what waits.
    "os.posix_spawn": None,
    "os.posix_spawnp": None,
    "os.spawnl": _SPAWN,
    "os.spawnle": _SPAWN,
    "os.spawnlp": _SPAWN,
    "os.spawnlpe": _SPAWN,
    "os.spawnv": _SPAWN,
    "os.spawnve": _SPAWN,
    "os.spawnvp": _SPAWN,
    "os.spawnvpe": _SPAWN,
    "os.system": _SHELL,
    "os.wait": _WAIT_PID,
    "os.wait3": _WAIT_PID,
    "os.wait4": _WAIT_PID,
    "os.waitid": _WAIT_PID,
    "os.waitpid": _WAIT_PID,
    # kill(2) sends a signal and returns; the status helpers decode an int.
    "os.kill": None,
    "os.waitstatus_to_exitcode": None,
    # --- ABL404: other process starters ----------------------------------------------------
    # find_library() runs ldconfig or gcc on every call.
    "ctypes.util.find_library": _PROC_OFFLOAD,
    "pty.fork": _FORK,
    "pty.spawn": _PROC_OFFLOAD,
    # webbrowser.open() runs a browser command and, for most, waits for it.
    "webbrowser.open": _PROC_OFFLOAD,
    "webbrowser.open_new": _PROC_OFFLOAD,
    "webbrowser.open_new_tab": _PROC_OFFLOAD,
}

METHODS: Mapping[str, Optional[Api]] = {
    # --- ABL404: subprocess --------------------------------------------------------------
    "os._wrap_close.close": _PIPE,  # waits for the command to exit
    "os._wrap_close.read": _PIPE,
    "os._wrap_close.readline": _PIPE,
    "os._wrap_close.readlines": _PIPE,
    "os._wrap_close.write": _PIPE,
    "subprocess.Popen.communicate": _WAIT,
    "subprocess.Popen.wait": _WAIT,
    # poll() is a WNOHANG wait; the signal senders return at once.
    "subprocess.Popen.kill": None,
    "subprocess.Popen.poll": None,
    "subprocess.Popen.send_signal": None,
    "subprocess.Popen.terminate": None,
    "subprocess.pipe.flush": _PIPE,
    "subprocess.pipe.read": _PIPE,
    "subprocess.pipe.read1": _PIPE,
    "subprocess.pipe.readinto": _PIPE,
    "subprocess.pipe.readline": _PIPE,
    "subprocess.pipe.readlines": _PIPE,
    "subprocess.pipe.write": _PIPE,  # waits while the pipe is full
    "subprocess.pipe.writelines": _PIPE,
    # Closing a pipe end never waits for the child.
    "subprocess.pipe.close": None,
    "subprocess.pipe.fileno": None,
    # With the spawn or forkserver start method start() launches an interpreter;
    # with fork it copies the running loop into the child.
    "multiprocessing.Process.start": _FORK,
}

WITH: Mapping[str, Api] = {
    # Leaving ``with Popen(...)`` waits for the process to end.
    "subprocess.Popen": _WAIT,
}

ITERATE: Mapping[str, Api] = {
    "os._wrap_close": _PIPE,
    "subprocess.pipe": _PIPE,
}

RETURNS: Mapping[str, str] = {
    "os.popen": "os._wrap_close",
    "subprocess.Popen": "subprocess.Popen",
}

MEMBERS: Mapping[str, str] = {
    "subprocess.Popen.stderr": "subprocess.pipe",
    "subprocess.Popen.stdin": "subprocess.pipe",
    "subprocess.Popen.stdout": "subprocess.pipe",
}

SUGGESTIONS: Mapping[str, Mapping[str, str]] = {
    "subprocess_fork": {
        "asyncio": "create_subprocess_exec() or a ProcessPoolExecutor",
        "anyio": "anyio.to_process.run_sync() or anyio.run_process()",
        "trio": "trio_parallel.run_sync() or trio.run_process()",
    },
    "subprocess_offload": {
        "asyncio": "await asyncio.to_thread(fn, ...)",
        "anyio": "await anyio.to_thread.run_sync(fn, ...)",
        "trio": "await trio.to_thread.run_sync(fn, ...)",
    },
    "subprocess_pipe": {
        "asyncio": "the streams of asyncio.create_subprocess_exec()",
        "anyio": "the streams of anyio.open_process()",
        "trio": "the streams of trio.lowlevel.open_process()",
    },
    "subprocess_run": {
        "asyncio": "asyncio.create_subprocess_exec() and communicate()",
        "anyio": "await anyio.run_process()",
        "trio": "await trio.run_process()",
    },
    "subprocess_shell": {
        "asyncio": "await asyncio.create_subprocess_shell()",
        "anyio": "await anyio.run_process() with a command string",
        "trio": "await trio.run_process(cmd, shell=True)",
    },
    "subprocess_spawn": {
        "asyncio": "await asyncio.create_subprocess_exec()",
        "anyio": "await anyio.open_process()",
        "trio": "await nursery.start(trio.run_process, ...)",
    },
    "subprocess_wait": {
        "asyncio": "await proc.wait() of create_subprocess_exec()",
        "anyio": "await process.wait() of anyio.open_process()",
        "trio": "await process.wait() of a trio.Process",
    },
}
