"""ABL601: which sync functions of the module block, and because of what.

Each sync function or method gets a summary "blocks because of call X at
line N", found in its own body or, to a fixed point, through the sync
functions of the module it calls.  Summaries are made on demand, only for
the helpers that coroutines call, so a module with no such call costs
nothing here; each helper body is walked once.
"""

from __future__ import annotations

import ast
from typing import Optional, Union

from flake8_async_blocking.calls import Classifier, Hit
from flake8_async_blocking.names import ModuleIndex
from flake8_async_blocking.walk import Walk

FunctionNode = Union[ast.FunctionDef, ast.AsyncFunctionDef]

# Codes whose calls make a helper blocking: the opt-in heuristics and the
# coroutine-misuse codes do not.
# ABL802 (a run-time import) is a one-off cost: a helper that imports lazily
# does it once per process, not per call.
_NOT_PROPAGATED = frozenset({"ABL503", "ABL802", "ABL803", "ABL701", "ABL702", "ABL703"})

# A memoised helper with no parameters blocks once per process, not per call.
_MEMOISING_DECORATORS = frozenset({"cache", "lru_cache", "cached_property"})


class Blocker:
    """Why a helper blocks: the blocking call's display name and line."""

    __slots__ = ("display", "line", "hit")

    def __init__(self, display: str, line: int, hit: Hit) -> None:
        self.display = display
        self.line = line
        self.hit = hit


class Summaries:
    """Blocking summaries of the module's sync functions, computed lazily."""

    def __init__(self, index: ModuleIndex, classifier: Classifier, threshold: int) -> None:
        self.index = index
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
            node = self.classifier.resolver.method_of(info, "__init__") if info else None
        return node if isinstance(node, ast.FunctionDef) else None

    def blocker(self, function: ast.FunctionDef) -> Optional[Blocker]:
        """Return why ``function`` blocks, or None if it does not."""
        key = id(function)
        if key in self._final:
            return self._final[key]
        group = self._reachable(function)
        verdict = {member: self._direct[member] for member in group}
        changed = True
        while changed:
            changed = False
            for member in group:
                if verdict[member] is not None:
                    continue
                for callee in self._callees[member]:
                    found = verdict.get(id(callee), self._final.get(id(callee)))
                    if found is not None:
                        verdict[member] = found
                        changed = True
                        break
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
                    found.append(Blocker(hit.display, call.lineno, hit))
                continue
            callee = self.target(classifier.resolver.function_of(call.func, call_scope))
            if callee is not None:
                callees.append(callee)
        for expr, stmt_scope, stmt in events.withs:
            hit = classifier.with_item(expr, stmt_scope)
            if hit is not None:
                found.append(Blocker(hit.display, getattr(stmt, "lineno", 0), hit))
        for expr, stmt_scope, stmt in events.iterations:
            hit = classifier.iteration(expr, stmt_scope)
            if hit is not None:
                found.append(Blocker(hit.display, getattr(stmt, "lineno", 0), hit))
        self._direct[key] = min(found, key=lambda blocker: blocker.line) if found else None
        self._callees[key] = callees


def _memoised(function: ast.FunctionDef) -> bool:
    """Tell whether a helper with no parameters caches its result (it blocks once)."""
    args = function.args
    if args.args or args.posonlyargs or args.kwonlyargs or args.vararg or args.kwarg:
        return False
    for decorator in function.decorator_list:
        if isinstance(decorator, ast.Call):
            decorator = decorator.func
        name = decorator.attr if isinstance(decorator, ast.Attribute) else None
        if isinstance(decorator, ast.Name):
            name = decorator.id
        if name in _MEMOISING_DECORATORS:
            return True
    return False
