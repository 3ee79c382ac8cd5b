"""Family 7xx and 8xx: offload helpers, coroutine functions, event loops, start-up work.

Data only: no ast, no logic.  See ``entry.py`` for the meaning of each table.
"""

from __future__ import annotations

from typing import Mapping, Optional

from flake8_async_blocking.catalogue.entry import Api

_NESTED_LOOP = Api("ABL703", "nested_loop")
_TLS = Api("ABL801", "tls_context")
_IMPORT = Api("ABL802", "runtime_import")
_METADATA = Api("ABL802", "package_metadata")
_RUN_CODE = Api("ABL802", "runtime_exec")
_CLIENT = Api("ABL803", "client_per_request")
# An httpx client builds its TLS context and loads the CA bundle in its
# constructor (an aiohttp session does not: it shares one made at import),
# unless it is handed a context, a transport or a client ("builds_tls").  The
# OpenAI, Anthropic and Google GenAI SDK clients build an httpx client each
# (their packages are summarised by the catalogue, not followed).
_TLS_CLIENT = Api("ABL803", "client_tls", "builds_tls")
_MIMETYPES = Api("ABL803", "mimetypes_init")
_TZ = Api("ABL803", "tz_load")
# gettext.translation() looks for a catalog of each language on disk on every
# call (a stat per candidate file), and reads and parses the one it finds the
# first time: file-system work on each call, like os.path.exists() (ABL403),
# not a one-off.
_TRANSLATION = Api("ABL403", "translation_load")

CALLS: Mapping[str, Optional[Api]] = {
    # --- ABL703: nested event loops ---------------------------------------------
    "anyio.from_thread.run": _NESTED_LOOP,
    "anyio.run": _NESTED_LOOP,
    "asyncio.run": _NESTED_LOOP,
    "trio.from_thread.run": _NESTED_LOOP,
    "trio.run": _NESTED_LOOP,
    # --- ABL801: TLS set-up -------------------------------------------------------
    "httpx.create_ssl_context": _TLS,
    "ssl.create_default_context": _TLS,
    # A bare SSLContext(protocol) loads no certificates until asked to.
    "ssl.SSLContext": None,
    # --- ABL802: imports at run time --------------------------------------------
    "builtins.__import__": _IMPORT,
    # exec() of code that comes from elsewhere (a plugin downloaded or read from
    # disk) runs its imports and module-level work here.  exec() of a literal or
    # of a template filled in place compiles a few lines: no I/O, not reported.
    "builtins.exec": Api("ABL802", "runtime_exec", "loaded_code"),
    "importlib.import_module": _IMPORT,
    "importlib.reload": _IMPORT,
    "importlib.util.find_spec": _IMPORT,
    "runpy.run_module": _RUN_CODE,
    "runpy.run_path": _RUN_CODE,
    # --- ABL802: package metadata ---------------------------------------------------
    "importlib.metadata.distribution": _METADATA,
    "importlib.metadata.distributions": _METADATA,
    "importlib.metadata.entry_points": _METADATA,
    "importlib.metadata.files": _METADATA,
    "importlib.metadata.metadata": _METADATA,
    "importlib.metadata.packages_distributions": _METADATA,
    "importlib.metadata.requires": _METADATA,
    "importlib.metadata.version": _METADATA,
    "importlib_metadata.distribution": _METADATA,
    "importlib_metadata.entry_points": _METADATA,
    "importlib_metadata.metadata": _METADATA,
    "importlib_metadata.version": _METADATA,
    "pkg_resources.get_distribution": _METADATA,
    "pkg_resources.iter_entry_points": _METADATA,
    "pkg_resources.require": _METADATA,
    # --- ABL803: start-up work done per request (opt-in) ------------------------------
    "aiohttp.ClientSession": _CLIENT,
    "anthropic.Anthropic": _TLS_CLIENT,
    "anthropic.AsyncAnthropic": _TLS_CLIENT,
    "anthropic.AsyncAnthropicBedrock": _TLS_CLIENT,
    "anthropic.AsyncAnthropicVertex": _TLS_CLIENT,
    "dateutil.tz.gettz": _TZ,
    "gettext.install": _TRANSLATION,
    "gettext.translation": _TRANSLATION,
    "google.genai.Client": _TLS_CLIENT,
    "httpx.AsyncClient": _TLS_CLIENT,
    "httpx.Client": _TLS_CLIENT,
    "mimetypes.guess_all_extensions": _MIMETYPES,
    "mimetypes.guess_extension": _MIMETYPES,
    "mimetypes.guess_type": _MIMETYPES,
    "mimetypes.init": _MIMETYPES,
    "openai.AsyncAzureOpenAI": _TLS_CLIENT,
    "openai.AsyncOpenAI": _TLS_CLIENT,
    "openai.OpenAI": _TLS_CLIENT,
    "pytz.timezone": _TZ,
    # The local zone is read from /etc/timezone, /etc/localtime or TZ.
    "tzlocal.get_localzone": _TZ,
    "tzlocal.get_localzone_name": _TZ,
    "tzlocal.reload_localzone": _TZ,
    "zoneinfo.ZoneInfo": _TZ,
    # A fixed-offset zone reads no tz database file.
    "datetime.timezone": None,
}

METHODS: Mapping[str, Optional[Api]] = {
    # --- ABL703: nested event loops ---------------------------------------------
    "asyncio.AbstractEventLoop.run_forever": _NESTED_LOOP,
    "asyncio.AbstractEventLoop.run_until_complete": _NESTED_LOOP,
    "asyncio.Runner.run": _NESTED_LOOP,
    # Scheduling on the running loop returns at once.
    "asyncio.AbstractEventLoop.call_soon": None,
    "asyncio.AbstractEventLoop.call_soon_threadsafe": None,
    "asyncio.AbstractEventLoop.create_task": None,
    "asyncio.AbstractEventLoop.is_running": None,
    # --- ABL801: TLS set-up ---------------------------------------------------------
    "ssl.SSLContext.load_cert_chain": _TLS,
    "ssl.SSLContext.load_default_certs": _TLS,
    "ssl.SSLContext.load_dh_params": _TLS,
    "ssl.SSLContext.load_verify_locations": Api("ABL801", "tls_context", "not_cadata"),
    "ssl.SSLContext.set_default_verify_paths": _TLS,
    # paho's tls_set() builds a context and loads the CA file it is given, or
    # the system's certificates.
    "paho.mqtt.client.Client.tls_set": _TLS,
    # Setting options on a context reads no file.
    "ssl.SSLContext.set_alpn_protocols": None,
    "ssl.SSLContext.set_ciphers": None,
}

WITH: Mapping[str, Api] = {}

ITERATE: Mapping[str, Api] = {}

# A name in ALIASES is looked up here by its canonical spelling: the loop
# classes (SelectorEventLoop, uvloop.Loop...) alias to AbstractEventLoop, the
# queue and semaphore variants to Queue and Semaphore.
RETURNS: Mapping[str, str] = {
    "aiohttp.ClientSession": "aiohttp.ClientSession",
    "asyncio.AbstractEventLoop": "asyncio.AbstractEventLoop",
    "asyncio.Condition": "asyncio.Condition",
    "asyncio.Event": "asyncio.Event",
    "asyncio.Lock": "asyncio.Lock",
    "asyncio.Queue": "asyncio.Queue",
    "asyncio.Runner": "asyncio.Runner",
    "asyncio.Semaphore": "asyncio.Semaphore",
    "asyncio.get_event_loop": "asyncio.AbstractEventLoop",
    "asyncio.get_running_loop": "asyncio.AbstractEventLoop",
    "asyncio.new_event_loop": "asyncio.AbstractEventLoop",
    # The future of another loop: its result() waits (ABL102).
    "asyncio.run_coroutine_threadsafe": "concurrent.futures.Future",
    "httpx.AsyncClient": "httpx.AsyncClient",
    "httpx.create_ssl_context": "ssl.SSLContext",
    "ssl.SSLContext": "ssl.SSLContext",
    "ssl.create_default_context": "ssl.SSLContext",
    "uvloop.new_event_loop": "asyncio.AbstractEventLoop",
}

MEMBERS: Mapping[str, str] = {
    "aiohttp.ClientSession.delete()": "aiohttp.ClientResponse",
    "aiohttp.ClientSession.get()": "aiohttp.ClientResponse",
    "aiohttp.ClientSession.head()": "aiohttp.ClientResponse",
    "aiohttp.ClientSession.options()": "aiohttp.ClientResponse",
    "aiohttp.ClientSession.patch()": "aiohttp.ClientResponse",
    "aiohttp.ClientSession.post()": "aiohttp.ClientResponse",
    "aiohttp.ClientSession.put()": "aiohttp.ClientResponse",
    "aiohttp.ClientSession.request()": "aiohttp.ClientResponse",
    "asyncio.Runner.get_loop()": "asyncio.AbstractEventLoop",
}

VALUES: Mapping[str, str] = {}

ALIASES: Mapping[str, str] = {
    "aiohttp.client.ClientResponse": "aiohttp.ClientResponse",
    "aiohttp.client.ClientSession": "aiohttp.ClientSession",
    "aiohttp.client_reqrep.ClientResponse": "aiohttp.ClientResponse",
    "asyncio.BaseEventLoop": "asyncio.AbstractEventLoop",
    "asyncio.BoundedSemaphore": "asyncio.Semaphore",
    "asyncio.LifoQueue": "asyncio.Queue",
    "asyncio.PriorityQueue": "asyncio.Queue",
    "asyncio.ProactorEventLoop": "asyncio.AbstractEventLoop",
    "asyncio.SelectorEventLoop": "asyncio.AbstractEventLoop",
    "asyncio.base_events.BaseEventLoop": "asyncio.AbstractEventLoop",
    "asyncio.events.AbstractEventLoop": "asyncio.AbstractEventLoop",
    "asyncio.locks.Condition": "asyncio.Condition",
    "asyncio.locks.Event": "asyncio.Event",
    "asyncio.locks.Lock": "asyncio.Lock",
    "asyncio.locks.Semaphore": "asyncio.Semaphore",
    "asyncio.queues.Queue": "asyncio.Queue",
    "asyncio.runners.Runner": "asyncio.Runner",
    "asyncio.selector_events.BaseSelectorEventLoop": "asyncio.AbstractEventLoop",
    "asyncio.streams.StreamReader": "asyncio.StreamReader",
    "asyncio.streams.StreamWriter": "asyncio.StreamWriter",
    "httpx._client.AsyncClient": "httpx.AsyncClient",
    "uvloop.Loop": "asyncio.AbstractEventLoop",
}

ENTERS: Mapping[str, Optional[str]] = {}

SUGGESTIONS: Mapping[str, Mapping[str, str]] = {
    "client_per_request": {
        "asyncio": "one client made at start-up (the app's lifespan) and reused",
    },
    "client_tls": {
        "asyncio": "one client made at start-up (the app's lifespan) and reused",
    },
    "mimetypes_init": {
        "asyncio": "mimetypes.init() once at start-up",
    },
    # ABL703's message has no suggestion; the key keeps the table uniform.
    "nested_loop": {
        "asyncio": "await the coroutine",
    },
    "package_metadata": {
        "asyncio": "a value looked up once at start-up and kept",
    },
    "runtime_import": {
        "asyncio": "a module-level import, or await asyncio.to_thread(import_module, name)",
        "anyio": "a module-level import, or await anyio.to_thread.run_sync(import_module, name)",
        "trio": "a module-level import, or await trio.to_thread.run_sync(import_module, name)",
    },
    "runtime_exec": {
        "asyncio": "code loaded once at start-up, or await asyncio.to_thread(fn, ...)",
        "anyio": "code loaded once at start-up, or await anyio.to_thread.run_sync(fn, ...)",
        "trio": "code loaded once at start-up, or await trio.to_thread.run_sync(fn, ...)",
    },
    "tls_context": {
        "asyncio": "an ssl.SSLContext made once at start-up and reused",
    },
    "translation_load": {
        "asyncio": "translations loaded once at start-up (module level) and kept",
    },
    "tz_load": {
        "asyncio": "time zones made once at start-up (module level)",
    },
}

COROUTINES: frozenset[str] = frozenset(
    {
        # --- functions ------------------------------------------------------------
        "anyio.connect_tcp",
        "anyio.connect_unix",
        "anyio.create_tcp_listener",
        "anyio.getaddrinfo",
        "anyio.lowlevel.checkpoint",
        "anyio.open_file",
        "anyio.open_process",
        "anyio.run_process",
        "anyio.sleep",
        "anyio.sleep_forever",
        "anyio.sleep_until",
        "anyio.to_process.run_sync",
        "anyio.to_thread.run_sync",
        "asyncio.create_subprocess_exec",
        "asyncio.create_subprocess_shell",
        "asyncio.open_connection",
        "asyncio.open_unix_connection",
        "asyncio.sleep",
        "asyncio.start_server",
        "asyncio.start_unix_server",
        "asyncio.to_thread",
        "asyncio.wait",
        "asyncio.wait_for",
        "trio.lowlevel.checkpoint",
        "trio.open_file",
        "trio.open_tcp_stream",
        "trio.run_process",
        "trio.serve_tcp",
        "trio.sleep",
        "trio.sleep_forever",
        "trio.sleep_until",
        "trio.to_thread.run_sync",
        # --- methods --------------------------------------------------------------
        "aiohttp.ClientResponse.json",
        "aiohttp.ClientResponse.read",
        "aiohttp.ClientResponse.text",
        "aiohttp.ClientSession.close",
        "aiohttp.ClientSession.delete",
        "aiohttp.ClientSession.get",
        "aiohttp.ClientSession.head",
        "aiohttp.ClientSession.options",
        "aiohttp.ClientSession.patch",
        "aiohttp.ClientSession.post",
        "aiohttp.ClientSession.put",
        "aiohttp.ClientSession.request",
        "aiohttp.ClientSession.ws_connect",
        "asyncio.AbstractEventLoop.create_connection",
        "asyncio.AbstractEventLoop.create_server",
        "asyncio.AbstractEventLoop.getaddrinfo",
        "asyncio.AbstractEventLoop.shutdown_asyncgens",
        "asyncio.AbstractEventLoop.shutdown_default_executor",
        "asyncio.AbstractEventLoop.sock_accept",
        "asyncio.AbstractEventLoop.sock_connect",
        "asyncio.AbstractEventLoop.sock_recv",
        "asyncio.AbstractEventLoop.sock_sendall",
        "asyncio.Condition.acquire",
        "asyncio.Condition.wait",
        "asyncio.Condition.wait_for",
        "asyncio.Event.wait",
        "asyncio.Lock.acquire",
        "asyncio.Queue.get",
        "asyncio.Queue.join",
        "asyncio.Queue.put",
        "asyncio.Semaphore.acquire",
        "asyncio.StreamReader.read",
        "asyncio.StreamReader.readexactly",
        "asyncio.StreamReader.readline",
        "asyncio.StreamReader.readuntil",
        "asyncio.StreamWriter.drain",
        "asyncio.StreamWriter.wait_closed",
        "asyncio.subprocess.Process.communicate",
        "asyncio.subprocess.Process.wait",
        "httpx.AsyncClient.aclose",
        "httpx.AsyncClient.delete",
        "httpx.AsyncClient.get",
        "httpx.AsyncClient.head",
        "httpx.AsyncClient.options",
        "httpx.AsyncClient.patch",
        "httpx.AsyncClient.post",
        "httpx.AsyncClient.put",
        "httpx.AsyncClient.request",
        "httpx.AsyncClient.send",
    }
)

OFFLOADERS: Mapping[str, int] = {
    "anyio.to_process.run_sync": 0,
    "anyio.to_thread.run_sync": 0,
    "asgiref.sync.sync_to_async": 0,
    "asyncio.AbstractEventLoop.run_in_executor": 1,
    "asyncio.to_thread": 0,
    "channels.db.database_sync_to_async": 0,
    "concurrent.futures.Executor.submit": 0,
    "fastapi.concurrency.run_in_threadpool": 0,
    # Home Assistant's executor jobs, on the ``hass`` object (``HomeAssistant``).
    "homeassistant.core.HomeAssistant.async_add_executor_job": 0,
    "homeassistant.core.HomeAssistant.async_add_import_executor_job": 0,
    "starlette.concurrency.run_in_threadpool": 0,
    "trio.to_thread.run_sync": 0,
}

# Libraries that catalogue rows name (an offloader above) whose code is still
# followed like any installed library's: Home Assistant's helpers block in
# places no row lists (``hass.config.is_allowed_path()``).
FOLLOWED_LIBRARIES: frozenset[str] = frozenset({"homeassistant"})

CONSUMERS: frozenset[str] = frozenset(
    {
        # Lazy wrappers (enumerate, map, filter, zip, reversed) iterate nothing
        # when called, so they are not consumers.
        "builtins.all",
        "builtins.any",
        "builtins.dict",
        "builtins.frozenset",
        "builtins.len",
        "builtins.list",
        "builtins.max",
        "builtins.min",
        "builtins.next",
        "builtins.set",
        "builtins.sorted",
        "builtins.sum",
        "builtins.tuple",
    }
)

RECEIVER_HINTS: Mapping[str, str] = {
    "run_in_executor": "asyncio.AbstractEventLoop",
    "run_until_complete": "asyncio.AbstractEventLoop",
}
