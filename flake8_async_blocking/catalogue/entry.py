"""The record type of the catalogue and the meaning of each table.

Data only: no ast, no logic.  Every family module of this package defines the
same tables (any of them may be absent); ``catalogue/__init__.py`` merges them.

Names
    A *qualified name* is what an expression resolves to through the module's
    imports: ``t.sleep`` after ``import time as t`` is ``time.sleep``; the
    builtins are ``builtins.open``, ``builtins.input``.  A *type* is a qualified
    class name (``requests.Session``) or, for objects with no public class, a
    documented pseudo-name (``psycopg2.cursor``).  ``[T]`` is a collection or
    iterator of ``T`` (what ``Path.glob()`` gives): iterating it gives a ``T``.

Tables
    ``CALLS``       qualified name of a function or class -> ``Api`` when calling
                    it blocks, or ``None`` when it is known to be safe (pure
                    helpers such as ``os.path.join``: the ``None`` rows are the
                    reviewed exclusions and each carries a comment).
    ``METHODS``     ``"Type.method"`` -> ``Api`` or ``None``.  ``"Type.*"``
                    matches every method of the type that has no row of its
                    own; give the safe ones a ``None`` row.
    ``WITH``        type -> ``Api``: ``with value:`` on a value of the type
                    blocks (a threading lock).
    ``ITERATE``     type -> ``Api``: ``for _ in value``, a comprehension over
                    it, or ``list(value)`` and the other consumers run queries
                    or reads (a DB cursor, a Django QuerySet, a file).
    ``EXITS``       type -> ``(Api, methods)``: leaving ``with value as name:``
                    waits for the work its block gave ``name`` through one of
                    ``methods`` (an executor's exit waits for its jobs), unless
                    the block awaits (its work may be awaited there).
    ``RETURNS``     qualified name of a callable -> the type of what calling it
                    gives.  A class gives itself: list it to make it known.
    ``MEMBERS``     the type of a member of a typed value:
                    ``"Type.name()"`` what calling the method gives,
                    ``"Type.name"`` what reading the attribute gives,
                    ``"Type.*"`` what reading any other attribute gives,
                    ``"Type[]"`` what subscripting gives,
                    ``"Type()"`` what calling the value itself gives,
                    ``"Type/"`` what the ``/`` operator gives.
    ``VALUES``      qualified name of a module-level object -> its type
                    (``sys.stdin`` is a ``sys.stdin``).
    ``ALIASES``     another spelling of a type or function -> the canonical
                    one (``requests.sessions.Session`` -> ``requests.Session``).
    ``ENTERS``      type -> what ``with value as x`` binds to ``x``, when that
                    is not the value itself (``None``: unknown).
    ``COROUTINES``  qualified names and ``"Type.method"`` names of coroutine
                    functions: a bare call statement of one is ABL702.
    ``OFFLOADERS``  qualified name or ``"Type.method"`` of a function that
                    runs a callable elsewhere -> the index of the positional
                    argument that must be that callable (ABL701).
    ``WRAPS``       qualified name of a wrapper that makes a sync file async ->
                    the qualified names of the calls it may wrap unreported
                    (``trio.wrap_file(os.fdopen(0))``).
    ``BUILT_WITH``  qualified name of a callable that builds a callable value from
                    the values it is given -> ``(parts, type)``: when the call's
                    arguments, however nested, call one of ``parts``, the value
                    built has ``type`` (a voluptuous schema holding ``IsDir()``
                    is a ``voluptuous.PathSchema``, which stats when called).
                    ``"Type.__call__"`` in ``METHODS`` says what calling a value
                    of the type does.
    ``FOLLOWED_LIBRARIES``  top-level packages that rows name but whose code is
                    followed all the same (``program/locate.py``): other
                    libraries the catalogue names are summarised by it.
    ``CONSUMERS``   qualified names of builtins that iterate their argument
                    (``builtins.list``, ``builtins.sorted``...).
    ``FILE_PARSERS``  qualified names of parsers (``json.load``) that read
                    their first argument when it is a file of a known type:
                    then reported as that file's read (``ITERATE``).
    ``RECEIVER_HINTS``  method name -> the type assumed for a receiver of
                    unknown type, only for names no other common type uses
                    (``run_until_complete`` is an event loop's).
    ``ATTRIBUTE_HINTS`` attribute name -> ``(import root, type)``: reading the
                    attribute on a class (imported or defined in the module)
                    gives the type when the module imports the root
                    (``Item.objects`` is a Django manager in a Django module).
    ``JUDGED_LOCKS``  lock types whose ``with``/``acquire()`` is reported only
                    when a holder in the module keeps the lock around blocking
                    work or an await (``threads.py``).
    ``BOUNDABLE_QUEUES``  queue types whose ``put()`` waits only when made with
                    a ``maxsize`` above 0.
    ``SETTLED_FUTURE_METHODS``  ``"Type.method"`` of future methods that return
                    at once after the future was awaited or checked ``done()``.
    ``SUGGESTIONS`` suggestion key -> ``{"asyncio": ..., "anyio": ...,
                    "trio": ...}``; a missing library falls back to "asyncio".

Guards (``Api.guard``) name an argument check made by the walk; the call is
not reported when the check says it cannot block:

    ``"nonblocking"``  ``blocking=False``/``block=False``, ``timeout=0`` or a
                       first positional ``False`` (``lock.acquire(False)``).
    ``"wnohang"``      an argument mentions ``WNOHANG``.
    ``"resolves_names"`` an argument mentions ``AI_NUMERICHOST`` (the host is
                       an address: nothing is looked up).
    ``"connects_with_args"``  only blocking when given arguments (a host):
                       ``smtplib.SMTP()`` with no arguments does not connect.
    ``"builds_tls"``   an HTTP client constructor given no ``transport=``,
                       ``http_client=`` or non-literal ``verify=``
                       (otherwise it builds no TLS context of its own).
    ``"not_pseudo_fs"`` a first argument that is a string constant under
                       ``/proc`` or ``/sys`` (pseudo-files, no disk).
    ``"not_cadata"``   ``load_verify_locations(cadata=...)`` reads memory only.
    ``"poll_zero"``    a last positional or ``timeout`` argument of ``0``.
    ``"waits_given_timeout"`` only blocking when given a first positional or
                       ``timeout`` argument that is not ``0``
                       (``Connection.poll()`` defaults to a poll).
    ``"opens_now"``    a logging file handler given no ``delay=`` (or a literal
                       ``delay=False``), no ``**mapping`` and fewer than four
                       positional arguments (the fourth may be ``delay``): it
                       opens its file at once.
    ``"loaded_code"``  a first argument that is code written in place: a string
                       literal, an f-string, or a literal template filled with
                       ``%`` or ``.format()`` (``exec("x = %r" % v)``).
    ``"validates_rsa"`` a private-key load not given a literal
                       ``unsafe_skip_rsa_key_validation=True``.
    ``"to_a_file"``    a data writer given a target (a first positional
                       argument, or ``path_or_buf=``, ``path=``, ``fname=`` or
                       ``file=``) that is not ``None`` and not an in-memory
                       buffer (``io.BytesIO``/``io.StringIO``, by its type):
                       ``df.to_csv()`` with none returns the text.
"""

from __future__ import annotations

from typing import NamedTuple


class Api(NamedTuple):
    """A blocking API: the code it is reported under and its suggestion key."""

    code: str
    suggestion: str
    guard: str = ""
