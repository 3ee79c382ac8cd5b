"""The error codes: one frozen record per code, sorted by code.

Data only: no ast and no import from the rest of the package; the one
function, ``Rule.doc``, reads the documentation of a code.  The
message templates use named placeholders only; ``test_messages.py`` pins the
rendered wording of every code.

The long documentation of each code is a Markdown file of package data,
``docs/<code>.md``, with ruff's sections in this order: What it does, Why is
this bad?, Example, Use instead, Known false positives, Options.  Measured
costs quoted there come from the project's research notes (CPython 3.11,
Linux, local disk).  Only ``explain`` and the tests read these files, through
``Rule.doc``: importing this module, as the plugin does, reads none of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping


@dataclass(frozen=True)
class Rule:
    """One error code: its slug, summary, message template and documentation."""

    code: str
    name: str
    summary: str
    message: str
    default_on: bool

    @property
    def doc(self) -> str:
        """Return the documentation of the code, read from ``docs/<code>.md``."""
        # Imported here: the plugin imports this module on every flake8 run and
        # never needs the documentation.
        from importlib.resources import files

        path = files("flake8_async_blocking") / "docs" / f"{self.code}.md"
        return path.read_text(encoding="utf-8").removesuffix("\n")


_CALL_MESSAGE = "{call} blocks the event loop in async function '{function}'; use {suggestion}"
_BEYOND_MESSAGE = (
    "{call} blocks the event loop in async function '{function}' ({where}); use {suggestion}"
)

RULES: tuple[Rule, ...] = (
    Rule(
        code="ABL000",
        name="internal-error",
        summary="a function or module the plugin could not analyse (a bug to report)",
        message=(
            "flake8-async-blocking could not analyse this {scope} "
            "(internal error at line {line}: {error}); please report it"
        ),
        default_on=True,
    ),
    Rule(
        code="ABL101",
        name="blocking-sleep",
        summary="time.sleep() in a coroutine",
        message=_CALL_MESSAGE,
        default_on=True,
    ),
    Rule(
        code="ABL102",
        name="blocking-thread-wait",
        summary="a blocking wait on a threading, queue, futures or multiprocessing primitive",
        message=_CALL_MESSAGE,
        default_on=True,
    ),
    Rule(
        code="ABL103",
        name="blocking-console-input",
        summary="input(), getpass.getpass() or a read of sys.stdin",
        message=_CALL_MESSAGE,
        default_on=True,
    ),
    Rule(
        code="ABL201",
        name="sync-http-call",
        summary="a sync HTTP client: requests, httpx sync API, urllib, urllib3, http.client",
        message=_CALL_MESSAGE,
        default_on=True,
    ),
    Rule(
        code="ABL202",
        name="sync-socket-or-dns",
        summary="a sync socket operation or DNS lookup",
        message=_CALL_MESSAGE,
        default_on=True,
    ),
    Rule(
        code="ABL203",
        name="sync-network-client",
        summary="another sync network client: smtplib, ftplib, imaplib, paramiko, boto3, gRPC",
        message=_CALL_MESSAGE,
        default_on=True,
    ),
    Rule(
        code="ABL301",
        name="sync-sql-driver",
        summary="a sync SQL driver call: connect, execute, fetch, commit, cursor iteration",
        message=_CALL_MESSAGE,
        default_on=True,
    ),
    Rule(
        code="ABL302",
        name="sync-orm-query",
        summary="a sync ORM query: SQLAlchemy Session/Engine, Django ORM, peewee",
        message=_CALL_MESSAGE,
        default_on=True,
    ),
    Rule(
        code="ABL303",
        name="sync-nosql-client",
        summary="a sync NoSQL or cache client: redis, pymongo, memcache, elasticsearch",
        message=_CALL_MESSAGE,
        default_on=True,
    ),
    Rule(
        code="ABL401",
        name="sync-file-io",
        summary="open() and reads or writes on the sync file object it returns",
        message=_CALL_MESSAGE,
        default_on=True,
    ),
    Rule(
        code="ABL402",
        name="sync-pathlib-io",
        summary="a pathlib.Path method that touches the file system",
        message=_CALL_MESSAGE,
        default_on=True,
    ),
    Rule(
        code="ABL403",
        name="sync-os-filesystem-call",
        summary="a file-system call of os, os.path, shutil, glob or tempfile",
        message=_CALL_MESSAGE,
        default_on=True,
    ),
    Rule(
        code="ABL404",
        name="sync-subprocess",
        summary="a subprocess started or waited for synchronously",
        message=_CALL_MESSAGE,
        default_on=True,
    ),
    Rule(
        code="ABL501",
        name="cpu-heavy-loop",
        summary="a heavy loop that never awaits",
        message="{call} blocks the event loop in async function '{function}'; use {suggestion}",
        default_on=True,
    ),
    Rule(
        code="ABL502",
        name="cpu-heavy-call",
        summary="a known CPU-heavy call: password hashing, key derivation, compression, ML models",
        message=_CALL_MESSAGE,
        default_on=True,
    ),
    Rule(
        code="ABL503",
        name="gil-holding-parse",
        summary="opt-in: parsing of possibly large input that holds the GIL",
        message=_CALL_MESSAGE,
        default_on=False,
    ),
    Rule(
        code="ABL601",
        name="blocking-sync-helper",
        summary="a call to a sync function of this module that blocks",
        message=(
            "{call} blocks the event loop in async function '{function}' "
            "(it calls {blocker} at line {line}); use {suggestion}"
        ),
        default_on=True,
    ),
    Rule(
        code="ABL602",
        name="blocking-project-helper",
        summary="a call to a sync function, method or class of another project module that blocks",
        message=_BEYOND_MESSAGE,
        default_on=True,
    ),
    Rule(
        code="ABL603",
        name="blocking-library-call",
        summary="a call to a sync function, method or class of an installed library that blocks",
        message=_BEYOND_MESSAGE,
        default_on=True,
    ),
    Rule(
        code="ABL701",
        name="eager-offload-argument",
        summary="a call evaluated in the event loop before it is offloaded",
        message=(
            "{call} runs in the event loop before {offload} offloads it in async function "
            "'{function}'; pass the callable and its arguments separately"
        ),
        default_on=True,
    ),
    Rule(
        code="ABL702",
        name="unawaited-coroutine",
        summary="a coroutine created and never awaited",
        message=(
            "{call} creates a coroutine that is never awaited in async function "
            "'{function}'; await it or schedule it with {spawn}"
        ),
        default_on=True,
    ),
    Rule(
        code="ABL703",
        name="nested-event-loop",
        summary="an event loop started inside a running coroutine",
        message=(
            "{call} starts a nested event loop in async function '{function}'; "
            "await the coroutine instead"
        ),
        default_on=True,
    ),
    Rule(
        code="ABL801",
        name="tls-context-setup",
        summary="TLS set-up that reads certificate files",
        message=_CALL_MESSAGE,
        default_on=True,
    ),
    Rule(
        code="ABL802",
        name="runtime-import",
        summary="an import or package metadata look-up at run time",
        message=_CALL_MESSAGE,
        default_on=True,
    ),
    Rule(
        code="ABL803",
        name="per-request-startup-work",
        summary="opt-in: one-off start-up work done per request",
        message=_CALL_MESSAGE,
        default_on=False,
    ),
    Rule(
        code="ABL901",
        name="project-declared-blocking-call",
        summary="a call the project declared blocking in its flake8 configuration",
        message=_CALL_MESSAGE,
        default_on=True,
    ),
)

RULES_BY_CODE: Mapping[str, Rule] = MappingProxyType({rule.code: rule for rule in RULES})

DEFAULT_OFF: tuple[str, ...] = tuple(rule.code for rule in RULES if not rule.default_on)

# The codes of flake8-async and ruff that report the same calls as ours (the
# README's table "Relation to flake8-async and ruff's ASYNC rules").  A
# ``# noqa:`` comment that names one of them also hides our finding, so that
# lines already marked for those tools stay quiet (``suppress.py``).
PEER_CODES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "ABL101": ("ASYNC251",),
        "ABL103": ("ASYNC250",),
        "ABL201": ("ASYNC210", "ASYNC211", "ASYNC212"),
        "ABL401": ("ASYNC230", "ASYNC231", "ASYNC232"),
        "ABL402": ("ASYNC230", "ASYNC240"),
        "ABL403": ("ASYNC240",),
        "ABL404": ("ASYNC220", "ASYNC221", "ASYNC222"),
    }
)
