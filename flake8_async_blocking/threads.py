"""ABL102 beyond the catalogue: long-held locks, bounded queues, settled futures.

A ``with lock:`` or ``lock.acquire()`` on a thread lock makes the event loop
wait only as long as another holder keeps the lock.  ``ThreadWaits`` finds
every place in the module that holds the same lock (the same name, or the
same ``self.x`` attribute of a class) and calls the lock long-held when one
of them does blocking work, or awaits, while holding it.  A queue made with
no ``maxsize`` (or 0) never makes ``put()`` wait.  A future awaited, or
checked with ``done()``, earlier in the same coroutine has its result ready.
All of it is computed on demand: a module with no such call pays nothing.
"""

from __future__ import annotations

import ast
from typing import Optional

from flake8_async_blocking import catalogue
from flake8_async_blocking.calls import Classifier
from flake8_async_blocking.names import ASSIGN, Binding, ModuleIndex, Scope, lookup
from flake8_async_blocking.summaries import Summaries
from flake8_async_blocking.walk import Walk

# What identifies one lock: the binding list of a name, or (class, attribute).
LockKey = tuple[str, int, str]

# Codes of calls that do not keep a lock long: coroutine misuse, one-off
# costs and the opt-in parse heuristic.  Taking another thread lock inside is
# not counted either (see ``_holds_long``).
_BRIEF = frozenset({"ABL503", "ABL701", "ABL702", "ABL703", "ABL802", "ABL803"})
_NESTED = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)
_ASYNC_NODES = (ast.Await, ast.AsyncFor, ast.AsyncWith)

Body = list[ast.stmt]


class ThreadWaits:
    """Judges the ABL102 waits whose cost depends on the rest of the module."""

    def __init__(
        self, index: ModuleIndex, classifier: Classifier, summaries: Summaries, threshold: int
    ) -> None:
        self.index = index
        self.resolver = classifier.resolver
        self.classifier = classifier
        self.summaries = summaries
        self.threshold = threshold
        self._long: Optional[set[LockKey]] = None
        self._settled: dict[int, list[tuple[tuple[int, int], str]]] = {}

    # --- locks ---------------------------------------------------------------------

    def lock_held_long(self, expr: ast.expr, scope: Scope) -> bool:
        """Tell whether some holder in the module keeps this lock around blocking work."""
        key = self._lock_key(expr, scope)
        if key is None:
            return False  # a lock of unknown identity: its holders are not in view
        if self._long is None:
            # While the module is scanned, the helpers it judges treat every
            # lock as brief: a lock's verdict never waits on itself.
            self._long = set()
            self._long = self._scan()
        return key in self._long

    def _lock_key(self, expr: ast.expr, scope: Scope) -> Optional[LockKey]:
        if isinstance(expr, ast.Name):
            found = lookup(expr.id, scope, self.index.module)
            return None if found is None else ("name", id(found), "")
        if isinstance(expr, ast.Attribute):
            info = self.resolver.class_of(self.resolver.type_of(expr.value, scope))
            owner = None if info is None else self.resolver.attribute_owner(info, expr.attr)
            return None if owner is None else ("attr", id(owner), expr.attr)
        return None

    def _is_judged_lock(self, expr: ast.expr, scope: Scope) -> bool:
        resolver = self.resolver
        return resolver.known_base(resolver.type_of(expr, scope)) in catalogue.JUDGED_LOCKS

    def _scan(self) -> set[LockKey]:
        """Find the locks some holder of the module keeps around blocking work."""
        found: set[LockKey] = set()
        # Function bodies only: a lock held at module level or in a class body
        # is held once, at import.
        bodies: list[tuple[Body, Scope]] = []
        for scope in self.index.scopes.values():
            node = scope.node
            if scope.kind == "function" and isinstance(
                node, (ast.FunctionDef, ast.AsyncFunctionDef)
            ):
                bodies.append((node.body, scope))
        for body, scope in bodies:
            for key, region, line in self._holds(body, scope):
                if key not in found and self._holds_long(region, scope, key):
                    found.add(key)
        return found

    def short_wait(
        self, call: ast.Call, scope: Scope, coroutine: Optional[ast.AsyncFunctionDef] = None
    ) -> bool:
        """Tell whether an ABL102 call cannot wait long here: a brief lock's ``acquire()``,
        ``put()`` on an unbounded queue, ``result()`` of a future already settled."""
        func = call.func
        if not isinstance(func, ast.Attribute):
            return False
        owner = self.classifier.receiver_type(func, scope)
        if owner is None:
            return False
        if func.attr == "acquire" and owner in catalogue.JUDGED_LOCKS:
            return not self.lock_held_long(func.value, scope)
        if func.attr == "put" and owner in catalogue.BOUNDABLE_QUEUES:
            return not self.queue_bounded(func.value, scope)
        if owner + "." + func.attr in catalogue.SETTLED_FUTURE_METHODS:
            return coroutine is not None and self.future_settled(call, coroutine)
        return False

    def short_hold(self, expr: ast.expr, scope: Scope) -> bool:
        """Tell whether ``with expr:`` takes a lock no holder keeps around blocking work."""
        return self._is_judged_lock(expr, scope) and not self.lock_held_long(expr, scope)

    def _holds(self, body: Body, scope: Scope) -> list[tuple[LockKey, Body, int]]:
        """Return each judged lock held in a block, the statements it is held for, the line."""
        holds: list[tuple[LockKey, Body, int]] = []
        blocks = [body]
        while blocks:
            block = blocks.pop()
            for position, stmt in enumerate(block):
                if isinstance(stmt, _NESTED):
                    continue  # a nested def or class: its own entry, or not run here
                if isinstance(stmt, ast.With):
                    for item in stmt.items:
                        key = self._held_key(item.context_expr, scope)
                        if key is not None:
                            holds.append((key, stmt.body, stmt.lineno))
                elif isinstance(stmt, ast.Expr) and _method_call(stmt.value, "acquire"):
                    receiver = stmt.value.func.value  # type: ignore[attr-defined]
                    key = self._held_key(receiver, scope)
                    if key is not None:
                        region = _until_release(block[position + 1:], receiver)
                        holds.append((key, region, stmt.lineno))
                for name in ("body", "orelse", "handlers", "finalbody", "cases"):
                    inner = getattr(stmt, name, None)
                    if isinstance(inner, list) and inner:
                        blocks.append(inner)
        return holds

    def _held_key(self, expr: ast.expr, scope: Scope) -> Optional[LockKey]:
        if not self._is_judged_lock(expr, scope):
            return None
        return self._lock_key(expr, scope)

    def _holds_long(self, region: Body, scope: Scope, key: LockKey) -> bool:
        """Tell whether statements run under a lock wait for I/O, a thread or an await.

        ``cond.wait()`` under ``with cond:`` does not count: waiting on a
        condition releases its lock until the wait ends.
        """
        if _awaits(region):
            return True
        events = Walk(self.index, coroutine=False, threshold=self.threshold).run(region, scope)
        classifier = self.classifier
        summaries = self.summaries
        for call, call_scope in events.calls:
            hit = classifier.call(call, call_scope)
            if hit is not None:
                if hit.code in _BRIEF or hit.suggestion == "thread_lock":
                    continue
                func = call.func
                if (
                    hit.suggestion == "thread_condition"
                    and isinstance(func, ast.Attribute)
                    and self._lock_key(func.value, call_scope) == key
                ):
                    continue
                return True
            target = summaries.target(self.resolver.function_of(call.func, call_scope))
            if target is not None:
                blocker = summaries.blocker(target)
                if (
                    blocker is not None
                    and blocker.hit.code not in _BRIEF
                    and blocker.hit.suggestion != "thread_lock"
                ):
                    return True
        for expr, item_scope, _ in events.withs:
            hit = classifier.with_item(expr, item_scope)
            if hit is not None and hit.suggestion != "thread_lock":
                return True
        for expr, iter_scope, _ in events.iterations:
            if classifier.iteration(expr, iter_scope) is not None:
                return True
        return False

    # --- queues ----------------------------------------------------------------------

    def queue_bounded(self, expr: ast.expr, scope: Scope) -> bool:
        """Tell whether the queue was made with a maxsize above 0 (or one not known)."""
        makers = self._makers(expr, scope)
        # Construction not in view (a parameter): most queues are unbounded, and
        # the ones that are not are usually made next to their producers.
        return any(_maxsize_may_be_positive(call) for call in makers)

    def _makers(self, expr: ast.expr, scope: Scope) -> list[ast.Call]:
        bindings: list[Binding] = []
        if isinstance(expr, ast.Call):
            return [expr]
        if isinstance(expr, ast.Name):
            bindings = lookup(expr.id, scope, self.index.module) or []
        elif isinstance(expr, ast.Attribute):
            info = self.resolver.class_of(self.resolver.type_of(expr.value, scope))
            owner = None if info is None else self.resolver.attribute_owner(info, expr.attr)
            if owner is not None:
                bindings = owner.attrs.get(expr.attr, []) + owner.scope.bindings.get(expr.attr, [])
        return [b.data for b in bindings if b.kind == ASSIGN and isinstance(b.data, ast.Call)]

    # --- futures ---------------------------------------------------------------------

    def future_settled(self, call: ast.Call, coroutine: ast.AsyncFunctionDef) -> bool:
        """Tell whether the future was awaited or checked ``done()`` earlier in the coroutine."""
        func = call.func
        if not isinstance(func, ast.Attribute):
            return False
        receiver = ast.dump(func.value)
        position = (call.lineno, call.col_offset)
        settles = self._settled.get(id(coroutine))
        if settles is None:
            settles = self._settled[id(coroutine)] = _settling_points(coroutine)
        return any(where < position and what == receiver for where, what in settles)


def _method_call(node: ast.expr, name: str) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == name
    )


def _until_release(rest: Body, receiver: ast.expr) -> Body:
    """Return the statements after ``lock.acquire()`` run before the lock is released."""
    shape = ast.dump(receiver)
    region: Body = []
    for stmt in rest:
        if isinstance(stmt, ast.Expr) and _releases(stmt.value, shape):
            break
        if isinstance(stmt, ast.Try):
            # acquire(); try: ... finally: release()
            region.extend(stmt.body)
            region.extend(stmt.orelse)
            if any(_releases(s.value, shape) for s in stmt.finalbody if isinstance(s, ast.Expr)):
                break
            continue
        region.append(stmt)
    return region


def _releases(node: ast.expr, shape: str) -> bool:
    if not _method_call(node, "release"):
        return False
    assert isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
    return ast.dump(node.func.value) == shape


def _awaits(region: Body) -> bool:
    pending: list[ast.AST] = list(region)
    while pending:
        node = pending.pop()
        if isinstance(node, _ASYNC_NODES):
            return True
        if not isinstance(node, _NESTED):
            pending.extend(ast.iter_child_nodes(node))
    return False


def _maxsize_may_be_positive(call: ast.Call) -> bool:
    size: Optional[ast.expr] = call.args[0] if call.args else None
    for keyword in call.keywords:
        if keyword.arg == "maxsize":
            size = keyword.value
        elif keyword.arg is None:
            return True  # **options: may carry a maxsize
    if size is None:
        return False
    if isinstance(size, ast.Constant):
        value = size.value
        return isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0
    return True  # a configured size: a bound


Settle = tuple[tuple[int, int], str]


def _settling_points(coroutine: ast.AsyncFunctionDef) -> list[Settle]:
    """Return where the coroutine awaits an expression or calls ``x.done()``, and on what."""
    found: list[Settle] = []
    pending: list[ast.AST] = list(coroutine.body)
    while pending:
        node = pending.pop()
        if isinstance(node, _NESTED):
            continue
        where = (getattr(node, "lineno", 0), getattr(node, "col_offset", 0))
        if isinstance(node, ast.Await):
            # await fut, await asyncio.wrap_future(fut), await asyncio.wait([fut]):
            # every name or attribute chain under the await.
            for part in ast.walk(node.value):
                if isinstance(part, (ast.Name, ast.Attribute)):
                    found.append((where, ast.dump(part)))
        elif _method_call(node, "done"):  # type: ignore[arg-type]
            found.append((where, ast.dump(node.func.value)))  # type: ignore[attr-defined]
        pending.extend(ast.iter_child_nodes(node))
    return found
