"""ABL601: which sync functions of the module block, and because of what.

Each sync function or method gets a summary "blocks because of call X at
line N", found in its own body or, to a fixed point, through the sync
functions of the module it calls.  Summaries are made on demand, only for
the helpers that coroutines call, so a module with no such call costs
nothing here; each helper body is walked once.
"""

from __future__ import annotations

import ast
from typing import Any, NamedTuple, Optional, Protocol, Union

from flake8_async_blocking.calls import (
    Classifier,
    Hit,
    SocketIdioms,
)
from flake8_async_blocking.constructors import (
    CONSTRUCTORS,
    called_by_constructor,
    inherited_init,
    super_init,
)
from flake8_async_blocking.names import ModuleIndex, Scope
from flake8_async_blocking.origins import Ref
from flake8_async_blocking.walk import Walk

FunctionNode = Union[ast.FunctionDef, ast.AsyncFunctionDef]

# Codes whose calls make a helper blocking: the opt-in heuristics and the
# coroutine-misuse codes do not.
# ABL802 (a run-time import) is a one-off cost: a helper that imports lazily
# does it once per process, not per call.
# ABL803 (start-up work) is carried for time zone loads only (_CARRIED_ANYWAY):
# a helper whose only blocking call is one is reported under ABL803 itself,
# which is opt-in (OPT_IN_CARRIED), and it ranks below every other blocking
# call.  A helper that builds a client is most often a get-or-create cache
# (Home Assistant's async_get_clientsession()), and one that guesses a MIME
# type most often does it only for uploads: those are not carried.
_NOT_PROPAGATED = frozenset({"ABL503", "ABL802", "ABL803", "ABL701", "ABL702", "ABL703"})
OPT_IN_CARRIED = frozenset({"ABL803"})

# Calls whose cost grows with an input the helper's caller cannot see: a
# compression of a few bytes (a session cookie) costs microseconds.  Reported
# where they are written in a coroutine, not carried through helpers.
_NOT_CARRIED = frozenset({"cpu_compress"})

# Calls of a code in _NOT_PROPAGATED that are carried all the same.  A package
# metadata look-up (ABL802, importlib.metadata.version()...) is not a one-off
# like an import: it stats the path entries and reads the METADATA file on
# every call, so a helper that makes one (a User-Agent built per request)
# blocks each time it runs.  A time zone load (ABL803) reads the tz database
# the first time each zone is asked for, wherever the asking is done.
_CARRIED_ANYWAY = frozenset({"package_metadata", "tz_load"})

# Calls carried when a constructor makes them: an object that builds its own
# httpx client (an SDK's ``AsyncOpenAI()``) loads the CA bundle each time it is
# built, so building it in a coroutine blocks like building the client there
# (ABL803).  A plain helper that builds one is most often a get-or-create cache
# and is not carried (see above); a method the constructor calls on ``self``
# to build it (``self._client = self._build_client()``) is part of building.
_CARRIED_BY_CONSTRUCTORS = frozenset({"client_tls"})

# A memoised helper blocks once (per process, or per distinct argument), not per call.
_MEMOISING_DECORATORS = frozenset({"cache", "lru_cache", "cached_property"})


class Blocker(NamedTuple):
    """Why a helper blocks: the blocking call, its line and, across modules, its file."""

    hit: Hit
    line: int
    path: str = ""  # the file of the blocking call; "" for the module summarised
    shown: str = ""  # that file as messages show it
    library: bool = False  # True when the file is in an installed library
    via: tuple[str, ...] = ()  # functions of other modules on the way to the call
    # "name@position" of the parameter the blocking call depends on
    # (``if ssl_context: ...`` with ``ssl_context=None``); "" when it does not.
    guard: str = ""

    @property
    def display(self) -> str:
        """The blocking call as messages show it (``open()``)."""
        return self.hit.display

    def where(self) -> str:
        """Where the blocking call is, for a message: ``utils.py:41 open()``, with the
        next function of another module on the way when there is one."""
        where = f"{self.shown}:{self.line} {self.display}"
        return f"via {self.via[0]}(): {where}" if self.via else where

    def dump(self) -> list[Any]:
        """Return a JSON-ready form (the disk cache keeps it)."""
        return [
            list(self.hit), self.line, self.path, self.shown, self.library, list(self.via),
            self.guard,
        ]

    @classmethod
    def load(cls, data: Any) -> Optional[Blocker]:
        """Rebuild a blocker from ``dump()``'s form; None for anything malformed."""
        try:
            hit, line, path, shown, library, via, guard = data
            return cls(
                Hit(*hit), int(line), str(path), str(shown), bool(library), tuple(via), str(guard)
            )
        except (TypeError, ValueError):
            return None


# Severity, most severe first: waits of unbounded length (sleeps, network,
# subprocesses, databases, locks, CPU work) rank 0, file reads and writes
# (package metadata look-ups included) 1, file-system metadata (a stat, an
# exists, a mkdir) 2, opt-in start-up work (ABL803) 3.  A helper is reported
# for its most severe blocking call; ties go to the first line.
_FILE_CODES = frozenset({"ABL401", "ABL402", "ABL403", "ABL801", "ABL802"})
_METADATA_CALLS = frozenset(
    {
        "access", "chmod", "exists", "expanduser", "getatime", "getctime", "getmtime",
        "getsize", "is_dir", "is_file", "is_symlink", "isdir", "isfile", "islink",
        "lexists", "lstat", "makedirs", "mkdir", "realpath", "resolve", "samefile",
        "stat", "touch", "abspath", "absolute", "chown", "utime",
    }
)


def severity(blocker: Blocker) -> int:
    """Return the rank of a blocking call: 0 for the most severe."""
    code = blocker.hit.code
    if code in OPT_IN_CARRIED:
        return 3
    if code not in _FILE_CODES:
        return 0
    name = blocker.hit.display.rpartition("(")[0].rpartition(".")[2]
    return 2 if name in _METADATA_CALLS else 1


def _before(candidate: Blocker, best: Blocker, own: Optional[Blocker]) -> bool:
    """Tell whether a callee's blocker (unconditional for the caller) beats ``best``.

    A more severe one wins; of two as severe, the function's own blocking
    call (``own``) wins, and between callees' the first in a fixed order
    (file, line, call), so that the answer does not depend on which
    callees were summarised first.
    """
    if best.guard or severity(candidate) < severity(best):
        return True
    if best is own or severity(candidate) > severity(best):
        return False
    return _order(candidate) < _order(best)


def _order(blocker: Blocker) -> tuple[str, int, str, tuple[str, ...]]:
    return (blocker.path, blocker.line, blocker.display, blocker.via)


def _worst(found: list[Blocker]) -> Optional[Blocker]:
    """Return the blocker to report: unconditional ones first, then by severity and line."""
    if not found:
        return None
    return min(found, key=lambda blocker: (bool(blocker.guard), severity(blocker), blocker.line))


class BlockerSource(Protocol):
    """Where summaries of other modules come from (``program/world.py``)."""

    def blocker(self, ref: Ref) -> Optional[Blocker]: ...

    def method(self, token: str, name: str) -> Optional[Ref]: ...


class WaitJudge(Protocol):
    """Which thread waits cannot last long in this module (``threads.py``)."""

    def short_wait(self, call: ast.Call, scope: Scope) -> bool: ...

    def short_hold(self, expr: ast.expr, scope: Scope) -> bool: ...


class Summaries:
    """Blocking summaries of the module's sync functions, computed lazily."""

    def __init__(
        self,
        index: ModuleIndex,
        classifier: Classifier,
        threshold: int,
        program: Optional[BlockerSource] = None,
    ) -> None:
        self.index = index
        self.program = program
        # Judges brief locks and unbounded queues; set by whoever builds the
        # module's ThreadWaits (it needs these summaries in turn).
        self.waits: Optional[WaitJudge] = None
        # Names of the functions the module calls at import time, and theirs.
        self._warmed: Optional[frozenset[str]] = None
        self.classifier = classifier
        self.threshold = threshold
        self._direct: dict[int, Optional[Blocker]] = {}
        self._callees: dict[int, list[ast.AST]] = {}
        self._nodes: dict[int, ast.AST] = {}
        self._final: dict[int, Optional[Blocker]] = {}

    def target(self, node: Optional[ast.AST]) -> Optional[ast.FunctionDef]:
        """Return the sync function run by calling ``node`` (a def, or a class's __init__)."""
        if isinstance(node, ast.ClassDef):
            scope = self.index.scopes.get(id(node))
            info = scope.owner if scope is not None else None
            resolver = self.classifier.resolver
            node = None
            if info is not None:
                node = resolver.method_of(info, "__init__") or resolver.method_of(
                    info, "__post_init__"
                )
        return node if isinstance(node, ast.FunctionDef) else None

    def _memoised(self, function: FunctionNode) -> bool:
        """Tell whether a helper's cache keeps its blocking work from being carried.

        A memoised helper with no parameters blocks once per process.  One
        with parameters blocks once per distinct argument, which may be every
        call (a user id); it is not carried only when its module warms the
        cache at import time, calling it (or a function that calls it) at
        module level, as ``_DEFAULT_CONTEXT = client_context()`` does.
        """
        if not _memoising(function):
            return False
        if not _has_parameters(function):
            return True
        if self._warmed is None:
            top = _called_names(self.index.body, at_import=True)
            warmed = set(top)
            for name in top:
                for binding in self.index.module.bindings.get(name, ()):
                    if isinstance(binding.data, (ast.FunctionDef, ast.AsyncFunctionDef)):
                        warmed |= _called_names(binding.data.body)
            self._warmed = frozenset(warmed)
        return function.name in self._warmed

    def _constructs(self, function: FunctionNode) -> bool:
        """Tell whether ``function`` runs each time its object is built.

        A constructor, or a method its class's ``__init__`` calls on ``self``
        (``self._client = self._build_client()``).
        """
        if function.name in CONSTRUCTORS:
            return True
        return called_by_constructor(self.classifier.resolver, function)

    def foreign_blocker(self, call: ast.Call, scope: Scope) -> Optional[Blocker]:
        """Return why a call of a function, class or method of another module blocks."""
        program = self.program
        if program is None:
            return None
        resolver = self.classifier.resolver
        ref = resolver.foreign_callee(call.func, scope) or inherited_init(resolver, call, scope)
        if ref is None:
            return None
        found = applies(program.blocker(ref), ref, call)
        if found is None:
            return None
        return found._replace(via=(ref.local,) + found.via)

    def iterated(
        self, expr: ast.expr, scope: Scope
    ) -> tuple[list[ast.FunctionDef], Optional[Blocker]]:
        """Return what iterating ``expr`` runs, when it is an instance of a class with ``__iter__``.

        ``for page in response`` runs the class's ``__iter__`` once and its
        ``__next__`` per item (a paginated API response fetching each page):
        for a class of this module, those methods (to summarise as callees);
        for a class of another module, the first of them that blocks.
        """
        resolver = self.classifier.resolver
        owner = resolver.type_of(expr, scope)
        if owner is None:
            return [], None
        if owner.startswith("<"):
            info = resolver.class_of(owner)
            if info is None:
                return [], None
            methods = [self.target(resolver.method_of(info, name)) for name in _ITERATION]
            return [method for method in methods if method is not None], None
        program = self.program
        if not owner.startswith("@") or program is None:
            return [], None
        for name in _ITERATION:
            ref = program.method(owner, name)
            if ref is None:
                continue
            found = program.blocker(ref)
            if found is not None:
                return [], found._replace(via=(ref.local,) + found.via)
        return [], None

    def blocker(self, function: FunctionNode) -> Optional[Blocker]:
        """Return why ``function`` blocks, or None if it does not."""
        key = id(function)
        if key in self._final:
            return self._final[key]
        group = self._reachable(function)
        verdict = {member: self._direct[member] for member in group}
        # To a fixed point: a helper takes the most severe blocker of its own
        # calls and of its callees'.  Severities only go down, so it ends.
        changed = True
        while changed:
            changed = False
            for member in group:
                best = verdict[member]
                own = self._direct[member]
                for callee in self._callees[member]:
                    found = verdict.get(id(callee), self._final.get(id(callee)))
                    if found is not None and (best is None or _before(found, best, own)):
                        best = found._replace(guard="")
                if best is not verdict[member]:
                    verdict[member] = best
                    changed = True
        self._final.update(verdict)
        return verdict[key]

    def _reachable(self, function: FunctionNode) -> list[int]:
        group: list[int] = []
        pending: list[ast.AST] = [function]
        seen: set[int] = set()
        while pending:
            node = pending.pop()
            key = id(node)
            if key in seen or key in self._final:
                continue
            seen.add(key)
            group.append(key)
            if key not in self._direct:
                self._summarise(node)
            pending.extend(self._callees[key])
        return group

    def _summarise(self, node: ast.AST) -> None:
        key = id(node)
        self._nodes[key] = node
        scope = self.index.scopes.get(key)
        if (
            scope is None
            or not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
            or self._memoised(node)
        ):
            self._direct[key] = None
            self._callees[key] = []
            return
        events = Walk(self.index, coroutine=False, threshold=self.threshold).run(node.body, scope)
        # Which calls run only for an optional argument: a walk of the whole
        # function, asked only when a call of it blocks, as few do.
        guarded: Optional[dict[int, str]] = None

        def guard(call: ast.Call) -> str:
            nonlocal guarded
            if guarded is None:
                guarded = _guarded_calls(node)
            return guarded.get(id(call), "")

        classifier = self.classifier
        waits = self.waits
        idioms = SocketIdioms(events, node)
        # An ``async def`` is summarised only when it is a library's API (world.py):
        # the coroutines of its module that it calls run when it awaits them.
        coroutine = isinstance(node, ast.AsyncFunctionDef)
        found: list[Blocker] = []
        callees: list[ast.AST] = []
        # Calls that fill a module-level cache once per process (``if _cache is None:``).
        once = _initialised_once(node, scope.globals) if scope.globals else frozenset()
        for call, call_scope in events.calls:
            if id(call) in once:
                continue
            hit = classifier.call(call, call_scope)
            if hit is not None:
                if hit.code == "ABL102" and waits is not None:
                    if waits.short_wait(call, call_scope):
                        continue
                if idioms.excuse(call, hit):
                    continue
                if _carried(hit) or (
                    hit.suggestion in _CARRIED_BY_CONSTRUCTORS and self._constructs(node)
                ):
                    found.append(Blocker(hit, call.lineno, guard=guard(call)))
                continue
            named = classifier.resolver.function_of(call.func, call_scope)
            callee: Optional[ast.AST] = self.target(named)
            if callee is None and coroutine and isinstance(named, ast.AsyncFunctionDef):
                callee = named
            if callee is None:
                callee = super_init(classifier.resolver, call, call_scope, named)
            if callee is not None:
                callees.append(callee)
                continue
            built = classifier.constructor(call, call_scope, named)
            if built is not None:
                if _carried(built) or built.suggestion in _CARRIED_BY_CONSTRUCTORS:
                    # A subclass's construction runs the catalogued one: it builds
                    # an object each time, like a constructor of this module.
                    found.append(Blocker(built, call.lineno, guard=guard(call)))
                continue
            beyond = self.foreign_blocker(call, call_scope)
            if beyond is not None:
                found.append(beyond)
                continue
            built_class = _built_by_name(classifier.resolver, call, call_scope, node)
            if built_class is None:
                continue
            if built_class.startswith("<"):
                info = classifier.resolver.class_of(built_class)
                local = self.target(info.node) if info is not None else None
                if local is not None:
                    callees.append(local)
            elif built_class.startswith("@") and self.program is not None:
                ref = Ref(built_class[1:], "class")
                named_blocker = applies(self.program.blocker(ref), ref, call)
                if named_blocker is not None:
                    found.append(named_blocker._replace(via=(ref.local,) + named_blocker.via))
        for read, read_scope in events.reads:
            getter = classifier.resolver.property_of(read, read_scope)
            if getter is not None:
                callees.append(getter)  # reading a property runs its getter
        for expr, stmt_scope, stmt in events.withs:
            hit = classifier.with_item(expr, stmt_scope)
            if hit is not None and hit.code == "ABL102" and waits is not None:
                if waits.short_hold(expr, stmt_scope):
                    continue
            if hit is None:
                hit = classifier.with_exit(expr, stmt_scope, stmt)
            if hit is not None:
                found.append(Blocker(hit, getattr(stmt, "lineno", 0)))
        for expr, stmt_scope, stmt in events.iterations:
            if id(stmt) in once:
                continue
            hit = classifier.iteration(expr, stmt_scope)
            if hit is not None:
                found.append(Blocker(hit, getattr(stmt, "lineno", 0)))
                continue
            methods, beyond = self.iterated(expr, stmt_scope)
            callees.extend(methods)
            if beyond is not None:
                found.append(beyond)
        self._direct[key] = _worst(found)
        self._callees[key] = callees


# The methods a ``for`` loop runs on the value it iterates.
_ITERATION = ("__iter__", "__next__")


def _carried(hit: Hit) -> bool:
    """Tell whether a blocking call in a helper makes the helper's callers block."""
    if hit.suggestion in _NOT_CARRIED:
        return False
    if hit.suggestion == "file_io" and hit.display.endswith(".close()"):
        # Closing flushes at most one buffer; a helper that closes a handle it
        # did not open (a pipe, a pidfd) does not block its callers.  The open,
        # reads and writes are carried; a close in a coroutine is still reported.
        return False
    return hit.code not in _NOT_PROPAGATED or hit.suggestion in _CARRIED_ANYWAY


def _built_by_name(
    resolver: Any, call: ast.Call, scope: Scope, function: FunctionNode
) -> Optional[str]:
    """Return the class a factory builds by name: ``return getattr(module, name)(...)``.

    In a function annotated to return a class ``C``, a class looked up by a
    computed name and called right in a ``return`` is a ``C`` or a subclass of
    it, whose construction runs ``C``'s (``country_holidays("DE")`` builds
    the country's ``HolidayBase`` subclass).  Return ``C``'s type token, or
    None when the call is no such factory.
    """
    func = call.func
    if not (
        isinstance(func, ast.Call)
        and len(func.args) == 2
        and not func.keywords
        and not isinstance(func.args[1], ast.Constant)
        and function.returns is not None
        and resolver.qualname(func.func, scope) == "builtins.getattr"
        and resolver.qualname(func.args[0], scope) is not None
        and any(value is call for value in _returned_values(function))
    ):
        return None
    assert isinstance(function, ast.FunctionDef)
    made: Optional[str] = resolver.returns_of(function)
    return made if made is not None and made[:1] in ("<", "@") else None


def _returned_values(function: FunctionNode) -> list[ast.expr]:
    """The values of the ``return`` statements of ``function``, nested scopes left out."""
    values: list[ast.expr] = []
    pending: list[ast.AST] = list(function.body)
    while pending:
        node = pending.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            continue
        if isinstance(node, ast.Return) and node.value is not None:
            values.append(node.value)
            continue
        if isinstance(node, ast.stmt):
            pending.extend(ast.iter_child_nodes(node))
    return values


def applies(blocker: Optional[Blocker], ref: Ref, call: ast.Call) -> Optional[Blocker]:
    """Return ``blocker`` unless it depends on an argument this call does not pass."""
    if blocker is None or not blocker.guard:
        return blocker
    name, _, position = blocker.guard.partition("@")
    index = int(position) if position.isdigit() else -1
    if ref.kind == "class" or "." in ref.local:
        index -= 1  # self (or cls) is not written at the call
    if any(keyword.arg == name or keyword.arg is None for keyword in call.keywords):
        return blocker._replace(guard="")
    if 0 <= index < len(call.args) or any(isinstance(a, ast.Starred) for a in call.args):
        return blocker._replace(guard="")
    return None


_FALSY_DEFAULTS = (None, False, 0, "")


def _initialised_once(function: FunctionNode, declared: set[str]) -> frozenset[int]:
    """Return the id() of the calls and loops that fill a module-level cache, once per process.

    ``global _plugins`` and ``if _plugins is None: _plugins = load()`` (or
    ``if not _plugins:``): the body runs on the first call only, like a
    memoised helper's, so what it calls is not carried.
    """
    found: set[int] = set()
    for node in ast.walk(function):
        if not isinstance(node, ast.If):
            continue
        name = _unset_name(node.test)
        if name is None or name not in declared or not _assigns(node.body, name):
            continue
        for stmt in node.body:
            found.update(id(inner) for inner in ast.walk(stmt))  # its calls and its loops
    return frozenset(found)


def _unset_name(test: ast.expr) -> Optional[str]:
    """Return ``name`` for a test ``name is None`` or ``not name``, else None."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        test = test.operand
        return test.id if isinstance(test, ast.Name) else None
    return _compared_to_none(test, ast.Is)


def _assigns(body: list[ast.stmt], name: str) -> bool:
    """Tell whether a statement of ``body`` (not nested deeper) assigns ``name``."""
    for stmt in body:
        targets: list[ast.expr] = []
        if isinstance(stmt, ast.Assign):
            targets = stmt.targets
        elif isinstance(stmt, (ast.AnnAssign, ast.AugAssign)):
            targets = [stmt.target]
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            return True
    return False


def _guarded_calls(function: FunctionNode) -> dict[int, str]:
    """Map the calls that run only when an optional parameter is given to that parameter.

    ``def connect(host, ssl=None): ... if ssl: ctx = load(ssl)``: ``load`` runs
    only for callers that pass ``ssl``.  Only the body of an ``if`` on the bare
    parameter (or ``param is not None``), whose default is falsy, counts.
    """
    args = function.args
    positional = args.posonlyargs + args.args
    optional: dict[str, str] = {}
    for position, (arg, default) in enumerate(
        zip(positional[len(positional) - len(args.defaults):], args.defaults),
        start=len(positional) - len(args.defaults),
    ):
        if isinstance(default, ast.Constant) and default.value in _FALSY_DEFAULTS:
            optional[arg.arg] = f"{arg.arg}@{position}"
    for arg, kw_default in zip(args.kwonlyargs, args.kw_defaults):
        if isinstance(kw_default, ast.Constant) and kw_default.value in _FALSY_DEFAULTS:
            optional[arg.arg] = f"{arg.arg}@-1"
    found: dict[int, str] = {}
    if not optional:
        return found
    for node in ast.walk(function):
        if isinstance(node, ast.If):
            name = _tested_parameter(node.test)
            if name in optional:
                for stmt in node.body:
                    for inner in ast.walk(stmt):
                        if isinstance(inner, ast.Call):
                            found.setdefault(id(inner), optional[name])
    return found


def _tested_parameter(test: ast.expr) -> Optional[str]:
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) and test.values:
        test = test.values[0]
    if isinstance(test, ast.Name):
        return test.id
    return _compared_to_none(test, ast.IsNot)


def _compared_to_none(test: ast.expr, operator: type) -> Optional[str]:
    """Return ``name`` for a test ``name is None`` (``operator`` ast.Is) or ``is not None``."""
    if (
        isinstance(test, ast.Compare)
        and isinstance(test.left, ast.Name)
        and len(test.ops) == 1
        and isinstance(test.ops[0], operator)
        and isinstance(test.comparators[0], ast.Constant)
        and test.comparators[0].value is None
    ):
        return test.left.id
    return None


def _memoising(function: FunctionNode) -> bool:
    """Tell whether a function caches its result (``@cache``, ``@lru_cache``...)."""
    for decorator in function.decorator_list:
        if isinstance(decorator, ast.Call):
            decorator = decorator.func
        name = decorator.attr if isinstance(decorator, ast.Attribute) else None
        if isinstance(decorator, ast.Name):
            name = decorator.id
        if name in _MEMOISING_DECORATORS:
            return True
    return False


def _has_parameters(function: FunctionNode) -> bool:
    args = function.args
    return bool(args.args or args.posonlyargs or args.kwonlyargs or args.vararg or args.kwarg)


def _called_names(nodes: list[ast.stmt], at_import: bool = False) -> set[str]:
    """Return the plain names called in some statements (``f()``, not ``x.f()``).

    With ``at_import``, the bodies of functions are skipped: they do not run
    when the statements do.
    """
    found = set()
    pending: list[ast.AST] = list(nodes)
    while pending:
        node = pending.pop()
        if at_import and isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            continue
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            found.add(node.func.id)
        pending.extend(ast.iter_child_nodes(node))
    return found
