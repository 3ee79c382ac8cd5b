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

from flake8_async_blocking.calls import Classifier, Hit
from flake8_async_blocking.names import ModuleIndex, Scope
from flake8_async_blocking.origins import Ref
from flake8_async_blocking.walk import Walk

FunctionNode = Union[ast.FunctionDef, ast.AsyncFunctionDef]

# Codes whose calls make a helper blocking: the opt-in heuristics and the
# coroutine-misuse codes do not.
# ABL802 (a run-time import) is a one-off cost: a helper that imports lazily
# does it once per process, not per call.
_NOT_PROPAGATED = frozenset({"ABL503", "ABL802", "ABL803", "ABL701", "ABL702", "ABL703"})

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

    @property
    def display(self) -> str:
        """The blocking call as messages show it (``open()``)."""
        return self.hit.display

    def dump(self) -> list[Any]:
        """Return a JSON-ready form (the disk cache keeps it)."""
        return [list(self.hit), self.line, self.path, self.shown, self.library, list(self.via)]

    @classmethod
    def load(cls, data: Any) -> Optional[Blocker]:
        """Rebuild a blocker from ``dump()``'s form; None for anything malformed."""
        try:
            hit, line, path, shown, library, via = data
            return cls(Hit(*hit), int(line), str(path), str(shown), bool(library), tuple(via))
        except (TypeError, ValueError):
            return None


# Severity, most severe first: waits of unbounded length (sleeps, network,
# subprocesses, databases, locks, CPU work) rank 0, file reads and writes 1,
# file-system metadata (a stat, an exists, a mkdir) 2.  A helper is reported
# for its most severe blocking call; ties go to the first line.
_FILE_CODES = frozenset({"ABL401", "ABL402", "ABL403", "ABL801"})
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
    if code not in _FILE_CODES:
        return 0
    name = blocker.hit.display.rpartition("(")[0].rpartition(".")[2]
    return 2 if name in _METADATA_CALLS else 1


def _worst(found: list[Blocker]) -> Optional[Blocker]:
    return min(found, key=lambda blocker: (severity(blocker), blocker.line)) if found else None


class BlockerSource(Protocol):
    """Where summaries of other modules come from (``program/world.py``)."""

    def blocker(self, ref: Ref) -> Optional[Blocker]: ...


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

    def foreign_blocker(self, func: ast.expr, scope: Scope) -> Optional[Blocker]:
        """Return why a call of a function, class or method of another module blocks."""
        program = self.program
        if program is None:
            return None
        ref = self.classifier.resolver.foreign_callee(func, scope)
        if ref is None:
            return None
        found = program.blocker(ref)
        if found is None:
            return None
        return found._replace(via=(ref.name.partition(":")[2],) + found.via)

    def blocker(self, function: ast.FunctionDef) -> Optional[Blocker]:
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
                for callee in self._callees[member]:
                    found = verdict.get(id(callee), self._final.get(id(callee)))
                    if found is not None and (best is None or severity(found) < severity(best)):
                        best = found
                if best is not verdict[member]:
                    verdict[member] = best
                    changed = True
        self._final.update(verdict)
        return verdict[key]

    def _reachable(self, function: ast.FunctionDef) -> list[int]:
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
        if scope is None or not isinstance(node, ast.FunctionDef) or _memoised(node):
            self._direct[key] = None
            self._callees[key] = []
            return
        events = Walk(self.index, coroutine=False, threshold=self.threshold).run(node.body, scope)
        classifier = self.classifier
        found: list[Blocker] = []
        callees: list[ast.AST] = []
        for call, call_scope in events.calls:
            hit = classifier.call(call, call_scope)
            if hit is not None:
                if hit.code not in _NOT_PROPAGATED:
                    found.append(Blocker(hit, call.lineno))
                continue
            callee = self.target(classifier.resolver.function_of(call.func, call_scope))
            if callee is not None:
                callees.append(callee)
                continue
            beyond = self.foreign_blocker(call.func, call_scope)
            if beyond is not None:
                found.append(beyond)
        for expr, stmt_scope, stmt in events.withs:
            hit = classifier.with_item(expr, stmt_scope)
            if hit is not None:
                found.append(Blocker(hit, getattr(stmt, "lineno", 0)))
        for expr, stmt_scope, stmt in events.iterations:
            hit = classifier.iteration(expr, stmt_scope)
            if hit is not None:
                found.append(Blocker(hit, getattr(stmt, "lineno", 0)))
        self._direct[key] = _worst(found)
        self._callees[key] = callees


def _memoised(function: ast.FunctionDef) -> bool:
    """Tell whether a helper caches its result (``@cache``, ``@lru_cache``...).

    It blocks once per process, or once per distinct argument: in real code
    the arguments of a memoised helper are few (a cipher list, a locale), and
    the cache is often warmed at start-up, so it is not carried to callers.
    """
    for decorator in function.decorator_list:
        if isinstance(decorator, ast.Call):
            decorator = decorator.func
        name = decorator.attr if isinstance(decorator, ast.Attribute) else None
        if isinstance(decorator, ast.Name):
            name = decorator.id
        if name in _MEMOISING_DECORATORS:
            return True
    return False
